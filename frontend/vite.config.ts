import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";

// GraphiQL's stylesheet embeds its fonts as data: URLs, which the server's
// content security policy (font-src 'self') refuses; dropping them saves
// 360 KB and leaves the system fonts its font stacks fall back to.
const dropInlineFonts = {
  postcssPlugin: "drop-inline-fonts",
  AtRule: {
    "font-face": (rule: { toString(): string; remove(): void }) => {
      if (rule.toString().includes("url(data:")) rule.remove();
    },
  },
};

// The bundle is committed and embedded in the Go binary, so the build must
// be reproducible: content-hashed names, no timestamps, no source maps.
// Two pages: the application (index.html) and the GraphQL playground
// (playground.html, served at /playground).
export default defineConfig({
  plugins: [react()],
  css: { postcss: { plugins: [dropInlineFonts] } },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
    rollupOptions: { input: { main: "index.html", playground: "playground.html" } },
  },
  server: {
    proxy: {
      "/graphql": "http://127.0.0.1:8080",
      "/reports": "http://127.0.0.1:8080",
      "/auth": "http://127.0.0.1:8080",
    },
  },
  test: { environment: "node", include: ["src/**/*.test.ts"] },
});

import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";

// The bundle is committed and embedded in the Go binary, so the build must
// be reproducible: content-hashed names, no timestamps, no source maps.
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
  },
  server: { proxy: { "/graphql": "http://127.0.0.1:8080", "/reports": "http://127.0.0.1:8080" } },
  test: { environment: "node", include: ["src/**/*.test.ts"] },
});

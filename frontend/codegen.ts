import type { CodegenConfig } from "@graphql-codegen/cli";

// Typed operations from the server's schema files (no network): every
// graphql(`...`) literal under src/ gets its result and variable types.
const config: CodegenConfig = {
  schema: ["../schema/*.graphql"],
  documents: ["src/**/*.{ts,tsx}", "!src/gql/**"],
  ignoreNoDocuments: false,
  generates: {
    "src/gql/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: "string",
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { ID: "string", Cursor: "string", Time: "string", Map: "Record<string, unknown>" },
      },
    },
  },
};
export default config;

import type { CodegenConfig } from "@graphql-codegen/cli";

// Typed documents from the API's committed schema. String mode: the browser
// gets the query text and types, not a GraphQL parser.
const config: CodegenConfig = {
  schema: process.env.NEWSGRAPH_SCHEMA ?? "../api/schema.graphql",
  documents: ["queries/**/*.ts"],
  ignoreNoDocuments: false,
  generates: {
    "./generated/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: { documentMode: "string", enumsAsTypes: true, useTypeImports: true, scalars: { ID: "string" } },
    },
  },
};

export default config;

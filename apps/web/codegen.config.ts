import { fileURLToPath } from 'node:url';
import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed GraphQL documents for the dashboard.
 *
 * Reads the committed API schema and every `graphql(...)` call under src/, and writes
 * the client preset into src/gql (committed; CI checks it is fresh with scripts/check-codegen.mjs).
 * SIXCAN_CODEGEN_OUT redirects the output, which is how the freshness check regenerates into a temp dir.
 */
const webRoot = fileURLToPath(new URL('.', import.meta.url));
const outDir = process.env.SIXCAN_CODEGEN_OUT ?? `${webRoot}src/gql/`;

const config: CodegenConfig = {
  schema: `${webRoot}../api/schema.gql`,
  documents: [`${webRoot}src/**/*.{ts,tsx}`, `!${webRoot}src/gql/**/*`],
  ignoreNoDocuments: true,
  generates: {
    [outDir.endsWith('/') ? outDir : `${outDir}/`]: {
      preset: 'client',
      presetConfig: {
        // Apollo Client 4 does its own data masking; keep the generated helpers minimal.
        fragmentMasking: false,
      },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        skipTypename: false,
        avoidOptionals: { field: true },
        scalars: { DateTime: 'string', JSONObject: 'Record<string, unknown>' },
        strictScalars: true,
      },
    },
  },
};

export default config;

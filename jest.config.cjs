// Unit tests (*.spec.ts) and integration/end-to-end tests against real PostgreSQL and Redis
// (*.int-spec.ts, *.e2e-spec.ts). Each integration file gets its own tenant, queue prefix and folders.
const { compilerOptions } = require('./tsconfig.base.json');
const swcOptions = require('./tools/swc-options.cjs')({ paths: true });

const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [`^${alias}$`, `<rootDir>/${target}`]),
);
const common = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['@swc/jest', { ...swcOptions, swcrc: false }] },
  moduleNameMapper,
  moduleFileExtensions: ['ts', 'js', 'json'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/apps/web/', '/apps/web-e2e/'],
};

module.exports = {
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,tools,bench}/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/{apps,libs,tools}/**/*.{int-spec,e2e-spec}.ts'],
      globalSetup: '<rootDir>/tools/jest-global-setup.ts',
      setupFiles: ['<rootDir>/libs/server/testing/src/setup-env.ts'],
      setupFilesAfterEnv: ['<rootDir>/libs/server/testing/src/setup-timeout.ts'],
    },
  ],
};

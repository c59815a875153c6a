// `npm run test:resilience`: R1–R12 of QUALITY.md (resilience/*.resilience-spec.ts). The fault tests
// start their own PostgreSQL, Redis, api and worker processes (from dist/server) on spare ports;
// the rest run in-process against the resilience test database. Each test records its figure in
// tmp/resilience/figures.jsonl, and tools/resilience.mjs prints them all with PASS/FAIL.
const base = require('./jest.config.cjs').projects[1];

module.exports = {
  ...base,
  displayName: 'resilience',
  testMatch: ['<rootDir>/resilience/**/*.resilience-spec.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
};

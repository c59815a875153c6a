// swc settings shared by the server build and jest: TypeScript with decorator metadata, CommonJS.
const { resolve } = require('node:path');
const { compilerOptions } = require('../tsconfig.base.json');

const root = resolve(__dirname, '..');

/** @param {{ paths?: boolean }} [opts] */
module.exports = function swcOptions(opts = {}) {
  return {
    sourceMaps: true,
    module: { type: 'commonjs', strict: false },
    jsc: {
      target: 'es2022',
      keepClassNames: true,
      parser: { syntax: 'typescript', decorators: true, dynamicImport: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      ...(opts.paths ? { baseUrl: root, paths: compilerOptions.paths } : {}),
    },
  };
};

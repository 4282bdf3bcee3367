// The validator's file API, bundled for scripts/build-site.mjs: the site is built only from a brief that
// compiles without errors.
export { compileFile } from '@briefkit/validator/node';

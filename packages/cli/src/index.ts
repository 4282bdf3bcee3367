export { EXIT_FAILED, EXIT_OK, EXIT_USAGE } from './errors.js';
export type { CliIo, OutputStream } from './io.js';
export { VERSION } from './program.js';
export { run } from './run.js';

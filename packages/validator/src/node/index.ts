export { compileFile } from './compile-file.js';
export { CONFIG_FILES, type FoundConfig, findConfig, loadConfig } from './load-config.js';

#!/usr/bin/env node
import { run } from './index.js';

// Ctrl-C stops long-running commands (watch, preview) cleanly; a second Ctrl-C exits at once.
const controller = new AbortController();
process.once('SIGINT', () => {
  controller.abort();
  process.once('SIGINT', () => process.exit(130));
});
process.once('SIGTERM', () => controller.abort());

const code = await run(process.argv.slice(2), { signal: controller.signal });
process.exitCode = code;

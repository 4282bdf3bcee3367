#!/usr/bin/env node
// Serves the built site (dist/) for a local look: `pnpm --filter tajikistan serve`, PORT and HOST override.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from './static-server.mjs';

const root = fileURLToPath(new URL('../dist/', import.meta.url));
if (!existsSync(new URL('../dist/index.html', import.meta.url))) {
  console.error(
    'The site is not built yet: run `pnpm --filter tajikistan build` (or `pnpm start` at the root).',
  );
  process.exit(1);
}

const port = Number.parseInt(process.env.PORT ?? '4173', 10);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number (0-65535), got "${process.env.PORT}".`);
  process.exit(2);
}
const host = process.env.HOST ?? '127.0.0.1';

try {
  const { close, url } = await startStaticServer({ root, port, host });
  const shown = host === '127.0.0.1' ? url.replace('127.0.0.1', 'localhost') : url;
  console.log(`Tajikistan series: ${shown}  (Ctrl+C to stop)`);
  const stop = () => close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  const reason =
    error && typeof error === 'object' && 'code' in error && error.code === 'EADDRINUSE'
      ? `port ${port} is already in use (set PORT to another one)`
      : String(error instanceof Error ? error.message : error);
  console.error(`Could not start the server: ${reason}.`);
  process.exit(1);
}

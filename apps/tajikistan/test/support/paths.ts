import { fileURLToPath } from 'node:url';

export const appDir = fileURLToPath(new URL('../../', import.meta.url));
export const distDir = fileURLToPath(new URL('../../dist/', import.meta.url));
export const outputDir = fileURLToPath(new URL('../../test-output/', import.meta.url));
export const seedFile = fileURLToPath(
  new URL('../../seed/tajikistan-new-challenges-to-security.txt', import.meta.url),
);

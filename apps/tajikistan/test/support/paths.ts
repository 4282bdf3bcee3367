import { fileURLToPath } from 'node:url';

export const appDir = fileURLToPath(new URL('../../', import.meta.url));
export const distDir = fileURLToPath(new URL('../../dist/', import.meta.url));
/** The site is a series; the Tajikistan brief's own page is the first edition's, under its id. */
export const BRIEF_ID = 'tajikistan-2016';
export const SECOND_EDITION_ID = 'tajikistan-2016-06';
export const briefDir = fileURLToPath(new URL(`../../dist/${BRIEF_ID}/`, import.meta.url));
export const outputDir = fileURLToPath(new URL('../../test-output/', import.meta.url));
export const seedFile = fileURLToPath(
  new URL('../../seed/tajikistan-new-challenges-to-security.txt', import.meta.url),
);

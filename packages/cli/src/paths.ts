import { isAbsolute, relative } from 'node:path';

/** A path as a user reads it best: relative to where they are, unless that means climbing out of it. */
export function displayPath(absolutePath: string, cwd: string): string {
  const rel = relative(cwd, absolutePath);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? absolutePath : rel;
}

import type { BuildOptions, Metafile } from 'esbuild';

/** esbuild options for a browser bundle of `entry` (a path under src/) named `name`, written to `outdir`. */
export function bundleOptions(entry: string, name: string, outdir: string): BuildOptions;

/** esbuild options for a Node ESM bundle of `entry`, run from source, written to `outfile`. */
export function nodeBundleOptions(entry: string, outfile: string): BuildOptions;

/** `start` and every file it imports statically, through a metafile's `outputs` or `inputs`. */
export function staticallyImported(
  files: Metafile['outputs'] | Metafile['inputs'],
  start: string,
): Set<string>;

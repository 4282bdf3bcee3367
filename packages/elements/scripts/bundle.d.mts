import type { BuildOptions } from 'esbuild';

/** esbuild options for a browser bundle of `entry` (a path under src/) named `name`, written to `outdir`. */
export function bundleOptions(entry: string, name: string, outdir: string): BuildOptions;

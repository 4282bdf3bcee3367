// Server-renders the fixtures once, in a separate Node process, and hands the HTML to the browser tests
// (`inject('ssr')`), so the same expectations run client-rendered, server-rendered and hydrated.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { TestProject } from 'vitest/node';
import { nodeBundleOptions } from '../../scripts/bundle.mjs';

/** Server-rendered HTML of the fixtures (base64 of UTF-8 when provided to the browser). */
export interface SsrFixtures {
  full: string;
  fullToc: string;
  fullLevel3: string;
  /** Each part rendered on its own (`renderPart`), by part name. */
  parts: Record<string, string>;
}

declare module 'vitest' {
  interface ProvidedContext {
    ssr: SsrFixtures;
  }
}

/** Bundles a TypeScript entry of this package for Node and runs it; returns its stdout. */
export async function runInNode(entry: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'briefkit-ssr-'));
  try {
    const outfile = join(dir, 'run.mjs');
    await build(nodeBundleOptions(entry, outfile));
    return execFileSync(process.execPath, [outfile], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export default async function setup(project: TestProject): Promise<void> {
  const json = await runInNode(fileURLToPath(new URL('./render-fixtures.ts', import.meta.url)));
  // Provided values are inlined into the test page's script; base64 keeps `</script>` in the HTML harmless.
  const html = JSON.parse(json) as SsrFixtures;
  const encode = (s: string) => Buffer.from(s, 'utf8').toString('base64');
  project.provide('ssr', {
    full: encode(html.full),
    fullToc: encode(html.fullToc),
    fullLevel3: encode(html.fullLevel3),
    parts: Object.fromEntries(Object.entries(html.parts).map(([name, markup]) => [name, encode(markup)])),
  });
}

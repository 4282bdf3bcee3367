#!/usr/bin/env node
// One table of every benchmark figure the last `pnpm bench` wrote (packages/*/bench/results.json): the ratio,
// its spread, its budget and floor, and whether it was met. Budgets are tracked here, not by failing CI.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const rows = [];
let missed = 0;
for (const group of ['packages', 'apps']) {
  const dir = join(root, group);
  if (!existsSync(dir)) continue;
  for (const name of readdirSync(dir).sort()) {
    const file = join(dir, name, 'bench', 'results.json');
    if (!existsSync(file)) continue;
    let results;
    try {
      results = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      console.log(`${group}/${name}: bench/results.json cannot be read (${error.message})`);
      missed++;
      continue;
    }
    for (const [figure, entry] of Object.entries(results)) {
      if (entry?.met === false) missed++;
      rows.push({
        package: name,
        figure,
        ratio: entry?.ratio ?? entry?.value ?? entry?.share,
        spread: Array.isArray(entry?.spread) ? entry.spread.join('–') : '',
        budget: entry?.budget ?? '',
        floor: entry?.floor ?? '',
        verdict: entry?.met === undefined ? '' : entry.met ? 'ok' : 'OVER BUDGET',
      });
    }
  }
}
if (rows.length === 0) console.log('benchmarks: no results.json was written');
else {
  console.table(rows);
  console.log(`benchmarks: ${rows.length} figures, ${missed} over budget`);
}

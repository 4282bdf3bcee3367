#!/usr/bin/env node
// Sums vitest's JSON reports (.test-results/vitest.json in each workspace package) into one line
// "N passed, N failed" so a run that executed no test is visible.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
let passed = 0;
let failed = 0;
let skipped = 0;
const rows = [];
const places = [['.', '']];
for (const group of ['packages', 'apps']) {
  const dir = join(root, group);
  if (existsSync(dir)) for (const name of readdirSync(dir)) places.push([group, name]);
}
{
  for (const [group, name] of places) {
    const report = join(root, group, name, '.test-results', 'vitest.json');
    if (!existsSync(report)) continue;
    const data = JSON.parse(readFileSync(report, 'utf8'));
    passed += data.numPassedTests ?? 0;
    failed += data.numFailedTests ?? 0;
    skipped += (data.numPendingTests ?? 0) + (data.numTodoTests ?? 0);
    // A file that failed to load has no tests; count it as a failure so it can't hide.
    const brokenFiles = (data.testResults ?? []).filter(
      (f) => f.status === 'failed' && (f.assertionResults ?? []).length === 0,
    ).length;
    failed += brokenFiles;
    rows.push(
      `${name ? `${group}/${name}` : 'repository'}: ${data.numPassedTests} passed, ${data.numFailedTests + brokenFiles} failed`,
    );
  }
}
for (const row of rows) console.log(row);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);

#!/usr/bin/env node
// Fails when a published package's src/ changed since its last release without a pending changeset naming it,
// so no user-visible change reaches npm without a CHANGELOG entry. A package's last release is the last commit
// that touched its CHANGELOG.md (written by `changeset version`); before the first release, the root commit.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = process.argv[2] ?? new URL('..', import.meta.url).pathname;
const git = (...args) => execFileSync('git', ['-C', root, ...args], { encoding: 'utf8' }).trim();

function pendingChangesetPackages() {
  const dir = join(root, '.changeset');
  const names = new Set();
  if (!existsSync(dir)) return names;
  for (const file of readdirSync(dir)) {
    if (!file.endsWith('.md') || file === 'README.md') continue;
    const text = readFileSync(join(dir, file), 'utf8');
    const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
    for (const line of front.split(/\r?\n/)) {
      const name = /^\s*["']?([^"':]+)["']?\s*:\s*(major|minor|patch)\s*$/.exec(line)?.[1];
      if (name) names.add(name.trim());
    }
  }
  return names;
}

const pending = pendingChangesetPackages();
const rootCommit = git('rev-list', '--max-parents=0', 'HEAD').split('\n').pop();
const problems = [];
for (const dir of readdirSync(join(root, 'packages'))) {
  const manifestPath = join(root, 'packages', dir, 'package.json');
  if (!existsSync(manifestPath)) continue;
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  if (manifest.private) continue;
  const changelog = `packages/${dir}/CHANGELOG.md`;
  const lastRelease = existsSync(join(root, changelog))
    ? git('log', '-1', '--format=%H', '--', changelog)
    : '';
  const base = lastRelease || rootCommit;
  const changed = [
    git('diff', '--name-only', base, 'HEAD', '--', `packages/${dir}/src`),
    git('status', '--porcelain', '--', `packages/${dir}/src`),
  ]
    .join('\n')
    .trim();
  const touched = lastRelease ? changed : `packages/${dir}/src (never released)`;
  if (touched && !pending.has(manifest.name)) {
    problems.push(`${manifest.name}: src changed since its last release but no .changeset/*.md names it`);
  }
}
if (problems.length > 0) {
  for (const problem of problems) console.error(problem);
  console.error('Run `pnpm changeset` to describe the change for the CHANGELOG.');
  process.exit(1);
}
console.log(`changesets: every changed package has one (${[...pending].join(', ') || 'none pending'})`);

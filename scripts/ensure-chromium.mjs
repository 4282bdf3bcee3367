#!/usr/bin/env node
// Browser tests run in Debian's Chromium. Install it where it is missing and we may (root + apt-get);
// otherwise say exactly what to do, instead of failing later inside the test runner.
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { chromiumPath } from './chromium.mjs';

const path = chromiumPath;

function usable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

if (usable(path)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
if (process.env.CHROMIUM_PATH || !isRoot || !hasApt) {
  console.error(
    `Chromium is needed for the browser tests but was not found at ${path}.\n` +
      (process.env.CHROMIUM_PATH
        ? 'CHROMIUM_PATH points to a file that does not exist or is not executable.\n'
        : "Install Debian's package as root: apt-get update && apt-get install -y chromium\n" +
          'or point CHROMIUM_PATH at an existing Chromium/Chrome binary.\n'),
  );
  process.exit(1);
}

console.error('Chromium not found: installing Debian package "chromium" (apt-get)…');
try {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: ['ignore', 'ignore', 'inherit'], env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env,
  });
} catch (error) {
  console.error(`Could not install chromium with apt-get: ${error.message}`);
  process.exit(1);
}
if (!usable(path)) {
  console.error(`apt-get finished but ${path} is still missing.`);
  process.exit(1);
}
console.error(`Chromium installed at ${path}.`);

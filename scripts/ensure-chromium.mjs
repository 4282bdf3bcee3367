#!/usr/bin/env node
// Browser tests run in Debian's Chromium, and the Nu HTML Checker in a Java runtime. Install them where they are
// missing and we may (root + apt-get); otherwise say exactly what to do, instead of failing later inside the
// test runner.
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

const javaWorks = () => spawnSync(process.env.JAVA ?? 'java', ['-version'], { stdio: 'ignore' }).status === 0;

/** Installs Debian's `pkg` quietly; false (with the reason on stderr) when that fails. */
function aptInstall(pkg) {
  try {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: ['ignore', 'ignore', 'inherit'], env });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', pkg], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env,
    });
    return true;
  } catch (error) {
    console.error(`Could not install ${pkg} with apt-get: ${error.message}`);
    return false;
  }
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
// Java is for one kind of test (the Nu HTML Checker), which says so and skips where it is missing.
if (!javaWorks()) {
  if (isRoot && hasApt && !process.env.JAVA) {
    console.error('Java not found: installing Debian package "default-jre-headless" (apt-get)…');
    if (aptInstall('default-jre-headless') && javaWorks()) console.error('Java installed.');
  } else {
    console.error(
      'No Java runtime: the Nu HTML Checker tests will skip (apt-get install default-jre-headless).',
    );
  }
}

if (usable(path)) process.exit(0);

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
if (!aptInstall('chromium')) process.exit(1);
if (!usable(path)) {
  console.error(`apt-get finished but ${path} is still missing.`);
  process.exit(1);
}
console.error(`Chromium installed at ${path}.`);

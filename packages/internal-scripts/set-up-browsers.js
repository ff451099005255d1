// The first step of `npm test` and of .ci/run: makes sure the engines the browser tests run in are
// installed (find-browsers.js says where each is looked for and which Debian packages provide it).
// On Debian or Ubuntu, as root or with passwordless sudo, it installs what is missing and says so.
// Otherwise it stops at once with the one command to run, rather than after minutes of building.
//
//   node packages/internal-scripts/set-up-browsers.js [--dry-run]
//
// --dry-run prints the commands it would run instead of running them. Exit status 0: every wanted
// engine is there (or, in a dry run, would be installed); 1: something is missing.
// Only Node's own modules are used: .ci/run calls this before `npm ci`.
import { spawnSync } from 'node:child_process';
import { ENGINES, wantedEngines } from './find-browsers.js';

const dryRun = process.argv.includes('--dry-run');
const say = (line) => process.stdout.write(`${line}\n`);

const missingEngines = () => wantedEngines().filter((name) => !ENGINES[name].find());
const titles = (names) => names.map((name) => ENGINES[name].title).join(', ');

/** Whether a program answers on this PATH (apt-get on Debian and Ubuntu, sudo where it is set up). */
const succeeds = (command, args) => {
  const { status, error } = spawnSync(command, args, { stdio: 'ignore' });
  return !error && status === 0;
};

const missing = missingEngines();
if (missing.length === 0) process.exit(0);

const packages = [...new Set(missing.flatMap((name) => ENGINES[name].debianPackages))];
const install = ['install', '-y', '-qq', '--no-install-recommends', ...packages];
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = succeeds('apt-get', ['--version']);
// sudo -n never asks for a password: it succeeds only where sudo needs none.
const sudo = !isRoot && hasApt && succeeds('sudo', ['-n', 'true']) ? ['sudo', '-n'] : [];

if (!hasApt) {
  say(`The browser tests need ${titles(missing)}, and this is not a Debian or Ubuntu system, where they could be installed here.`);
  for (const name of missing) say(`  ${ENGINES[name].howToGet}`);
  say(`Or test in the engines you have: FITLINE_BROWSERS=${wantedEngines().filter((name) => !missing.includes(name)).join(',') || 'chromium'} npm test`);
  process.exit(1);
}

if (!isRoot && sudo.length === 0) {
  say(`The browser tests need ${titles(missing)}, which are not installed, and installing them needs root. Run this, then npm test again:`);
  say(`  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${packages.join(' ')}`);
  process.exit(1);
}

say(`Installing ${packages.join(' ')} from Debian: the browser tests run in ${titles(missing)}, not installed on this machine.`);
// The packages' own questions (time zones, keyboard layouts) are answered with their defaults.
const apt = (...args) => [...sudo, 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', ...args];
for (const [command, ...args] of [apt('update', '-qq'), apt(...install)]) {
  if (dryRun) {
    say(`would run: ${[command, ...args].join(' ')}`);
    continue;
  }
  const { status, error } = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  if (error || status !== 0) {
    say(`${[command, ...args].join(' ')} failed${error ? `: ${error.message}` : ` (exit status ${status})`}.`);
    process.exit(1);
  }
}
if (dryRun) process.exit(0);

const stillMissing = missingEngines();
if (stillMissing.length > 0) {
  say(`Installed, but still not found: ${titles(stillMissing)}.`);
  for (const name of stillMissing) say(`  ${ENGINES[name].howToGet}`);
  process.exit(1);
}

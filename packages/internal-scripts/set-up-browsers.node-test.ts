// The set-up `npm test` starts with, on a machine without the browsers, as each kind of user meets it.
// No browser is installed or removed: every engine is pointed at a path that does not exist, and
// apt-get and sudo are stand-ins on a PATH of their own that write down how they were called. The user
// is made root or not by replacing process.getuid before the script runs (NODE_OPTIONS reaches the
// child processes test-all.js starts too).
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const script = (name: string) => fileURLToPath(new URL(`./${name}`, import.meta.url));
const PACKAGES = 'chromium firefox-esr webkit2gtk-driver xvfb xauth';
const NO_BROWSER = { CHROME_PATH: '/nonexistent/chrome', FIREFOX_PATH: '/nonexistent/firefox', WEBKIT_MINIBROWSER: '/nonexistent/MiniBrowser' };

let bin: string;
let calls: string;

/** A PATH holding only `env` and the stand-ins asked for: the real apt-get can never be reached. */
function fakePath({ apt = true, passwordlessSudo = false }: { apt?: boolean; passwordlessSudo?: boolean }) {
  const write = (name: string, body: string) => {
    writeFileSync(join(bin, name), `#!/bin/sh\n${body}\n`);
    chmodSync(join(bin, name), 0o755);
  };
  symlinkSync('/usr/bin/env', join(bin, 'env'));
  if (apt) write('apt-get', `[ "$1" = --version ] && exit 0; echo "apt-get $*" >> '${calls}'`);
  // `sudo -n true` answers whether sudo needs no password; `sudo -n command…` runs the command.
  write('sudo', passwordlessSudo ? `[ "$1" = -n ] && shift; [ "$1" = true ] && exit 0; echo "sudo $*" >> '${calls}'; exec "$@"` : 'exit 1');
  return bin;
}

function run(file: string, { uid, path, env = {}, args = [] }: { uid: number; path: string; env?: Record<string, string>; args?: string[] }) {
  const base = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(FITLINE_|CHROME_PATH|FIREFOX_PATH|WEBKIT_MINIBROWSER|NODE_OPTIONS)/.test(name)));
  const result = spawnSync(process.execPath, [script(file), ...args], {
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...base, ...NO_BROWSER, ...env, PATH: path, NODE_OPTIONS: `--import=data:text/javascript,process.getuid=()=>${uid}` },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}`, calls: existsSync(calls) ? readFileSync(calls, 'utf8') : '' };
}

describe('set-up-browsers.js: the browsers npm test needs', function () {
  this.timeout(60_000);

  beforeEach(() => {
    bin = mkdtempSync(join(tmpdir(), 'fitline-set-up-test-'));
    calls = join(bin, 'calls.log');
  });
  afterEach(() => rmSync(bin, { recursive: true, force: true }));

  it('as a user who cannot install, stops with the one command to run and installs nothing', () => {
    const { status, output, calls: made } = run('set-up-browsers.js', { uid: 1000, path: fakePath({}) });
    expect(status).to.equal(1);
    expect(output).to.include(`sudo apt-get update && sudo apt-get install -y --no-install-recommends ${PACKAGES}`);
    expect(output).to.include('Chromium, Firefox, WebKit');
    expect(made).to.equal('');
  });

  it('through npm test, stops before the type checks and the build, and ends with the count line', () => {
    const { status, output, calls: made } = run('test-all.js', { uid: 1000, path: fakePath({}) });
    expect(status).to.equal(1);
    expect(output).to.include(`sudo apt-get install -y --no-install-recommends ${PACKAGES}`);
    expect(output).not.to.match(/type check|== build|started:/);
    expect(output.trimEnd().split('\n').at(-1)).to.equal('0 passed, 1 failed');
    expect(made).to.equal('');
  });

  it('as root, says what it installs and why, then runs apt-get with the same packages as CI', () => {
    const { output, calls: made } = run('set-up-browsers.js', { uid: 0, path: fakePath({}) });
    expect(output).to.include(`Installing ${PACKAGES} from Debian: the browser tests run in Chromium, Firefox, WebKit`);
    expect(made).to.equal(`apt-get update -qq\napt-get install -y -qq --no-install-recommends ${PACKAGES}\n`);
    // The stand-in installed nothing, so the engines are still missing: that is a failure, said plainly.
    expect(output).to.include('Installed, but still not found: Chromium, Firefox, WebKit');
  });

  it('with passwordless sudo, installs through sudo', () => {
    const { calls: made } = run('set-up-browsers.js', { uid: 1000, path: fakePath({ passwordlessSudo: true }) });
    expect(made).to.include(`sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${PACKAGES}\n`);
    expect(made).to.include(`apt-get install -y -qq --no-install-recommends ${PACKAGES}\n`);
  });

  it('--dry-run prints the commands it would run and runs none', () => {
    const { status, output, calls: made } = run('set-up-browsers.js', { uid: 0, path: fakePath({}), args: ['--dry-run'] });
    expect(status).to.equal(0);
    expect(output).to.include(`would run: env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${PACKAGES}`);
    expect(made).to.equal('');
  });

  it('installs only the packages of the engines missing among those wanted', () => {
    const { calls: made } = run('set-up-browsers.js', { uid: 0, path: fakePath({}), env: { FITLINE_BROWSERS: 'webkit' } });
    expect(made).to.include('apt-get install -y -qq --no-install-recommends webkit2gtk-driver xvfb xauth\n');
  });

  it('without apt-get, names what is missing and how to get it, or to test in fewer engines', () => {
    const { status, output } = run('set-up-browsers.js', { uid: 0, path: fakePath({ apt: false }), env: { FITLINE_BROWSERS: 'chromium,firefox' } });
    expect(status).to.equal(1);
    expect(output).to.include('not a Debian or Ubuntu system');
    expect(output).to.include('set CHROME_PATH');
    expect(output).to.include('set FIREFOX_PATH');
  });

  it('with every wanted engine found, says nothing and calls nothing', () => {
    const { status, output, calls: made } = run('set-up-browsers.js', { uid: 1000, path: fakePath({}), env: { FITLINE_BROWSERS: 'chromium', CHROME_PATH: process.execPath } });
    expect(status).to.equal(0);
    expect(output).to.equal('');
    expect(made).to.equal('');
  });
});

// The browser engines the tests run in: Chromium, Firefox and WebKit, all three unless FITLINE_BROWSERS
// names fewer (FITLINE_BROWSERS=chromium). An engine asked for and not installed is named in one plain
// line, so a run in fewer engines never passes for a full one. WebKit runs on a virtual display whose
// theme and scale the tests can change (systemAppearancePlugin).
import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import puppeteer from 'puppeteer-core';
import { chromiumArgs } from './find-chromium.js';
import { ENGINES, wantedEngines } from './find-browsers.js';
import { xSettingsManager } from './x-settings.js';

/** WebDriver ports for WebKit's drivers: from a random start, so two runs seldom meet, and one apiece within a run. */
let nextDriverPort = 4444 + Math.floor(Math.random() * 1000);

/** How each engine is launched, once found (find-browsers.js). */
const LAUNCHERS = {
  chromium: (executablePath) => chromeLauncher({ launchOptions: { executablePath, headless: true, args: chromiumArgs() } }),
  // Puppeteer drives Firefox over WebDriver BiDi: no geckodriver needed.
  firefox: (executablePath) => chromeLauncher({ puppeteer, launchOptions: { browser: 'firefox', executablePath, headless: true } }),
  webkit: ({ driver, browser, xvfb }) => {
    // MiniBrowser has no headless mode. It always gets a virtual display of its own, never the
    // person's desktop: the tests change that display's theme and scale (systemAppearancePlugin).
    const display = startVirtualDisplay(xvfb);
    const port = nextDriverPort++;
    // WebKitGTK takes navigator.language from the locale; under C or POSIX it is "C", on which
    // uPlot's module throws as it loads (new Intl.NumberFormat('C')). Test in a real locale.
    const locale = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || 'C';
    // The driver passes its environment on to the browser. A theme or scale fixed in the environment
    // would override the display's settings, so the browser gets neither. A virtual display has no
    // GPU: compositing through software GL made every frame slower (100 chart mount cycles took
    // 9 to 10 s instead of under 6 s, as in Chromium and Firefox), so WebKit paints without it.
    const env = { DISPLAY: display, GTK_THEME: undefined, GDK_SCALE: undefined, GDK_DPI_SCALE: undefined, WEBKIT_DISABLE_COMPOSITING_MODE: '1' };
    startWithCleanup(driver, [`--port=${port}`], /^(C|POSIX)([.@]|$)/.test(locale) ? { ...env, LC_ALL: 'en_US.UTF-8' } : env);
    const launcher = webdriverLauncher({
      hostname: 'localhost',
      port,
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        // Without it the session is not created ("Failed to match capabilities").
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: browser, args: ['--automation'] },
      },
    });
    // The display's settings are served before the browser starts, so it starts light and at 1x.
    const initialize = launcher.initialize.bind(launcher);
    launcher.initialize = async (...args) => {
      ownedDesktops.set(launcher, await xSettingsManager(display, LIGHT_AT_1X));
      return initialize(...args);
    };
    return launcher;
  },
};

/** Starts Xvfb on a display number it picks itself (one no other run holds) and returns ":N". */
function startVirtualDisplay(xvfb) {
  const dir = mkdtempSync(join(tmpdir(), 'fitline-display-'));
  const numberFile = join(dir, 'number');
  // Xvfb writes the number to file descriptor 3 once it accepts connections.
  const fd = openSync(numberFile, 'w+');
  startWithCleanup(xvfb, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {}, ['ignore', 'ignore', 'ignore', fd]);
  closeSync(fd);
  const read = () => readFileSync(numberFile, 'utf8').trim();
  waitFor(() => /^\d+$/.test(read()), 10_000);
  const number = read();
  rmSync(dir, { recursive: true, force: true });
  if (!/^\d+$/.test(number)) throw new Error('Xvfb did not start a display for WebKit.');
  return `:${number}`;
}

/** The desktop appearance WebKit starts in and returns to: a light theme at one device pixel per CSS pixel. */
const LIGHT_AT_1X = { dark: false, scale: 1 };

/** The XSETTINGS managers of the virtual displays this run owns, by the launcher whose browser uses it. */
const ownedDesktops = new Map();

/**
 * The command `system-appearance` ({ dark, scale }) sets the desktop theme and scale of the browser
 * that runs the test, as a person's system settings do, and answers { applied: true } when this run
 * owns that browser's desktop (WebKit, on its virtual display); otherwise { applied: false }.
 * WebKitGTK follows both live: prefers-color-scheme from the theme's name, devicePixelRatio from the scale.
 */
export const systemAppearancePlugin = {
  name: 'fitline-system-appearance',
  async executeCommand({ command, payload, session }) {
    if (command !== 'system-appearance') return undefined;
    const settings = ownedDesktops.get(session.browser);
    if (!settings) return { applied: false };
    const appearance = { ...LIGHT_AT_1X, ...payload };
    // GTK scales windows by whole numbers only.
    if (!Number.isInteger(appearance.scale) || appearance.scale < 1) throw new Error(`A desktop scale is a whole number from 1; got ${appearance.scale}.`);
    await settings.apply(appearance);
    return { applied: true };
  },
};

/** Blocks until `ready()` or the timeout: the config is loaded synchronously, before any test starts. */
function waitFor(ready, timeoutMs) {
  const until = Date.now() + timeoutMs;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  while (!ready() && Date.now() < until) Atomics.wait(pause, 0, 0, 50);
}

const children = [];
/** Each helper program gets a home of its own, removed with it, so a run leaves nothing in the temp folder. */
const homes = [];
function startWithCleanup(command, args, env = {}, stdio = 'ignore') {
  const home = mkdtempSync(join(tmpdir(), 'fitline-browser-'));
  homes.push(home);
  children.push(spawn(command, args, { stdio, detached: false, env: { ...process.env, HOME: home, ...env } }));
}
process.on('exit', () => {
  children.forEach((child) => child.kill());
  // A program just told to stop may still be writing there: what cannot go now is left, never an error.
  for (const home of homes) {
    try {
      rmSync(home, { recursive: true, force: true, maxRetries: 2 });
    } catch {
      // Left for the system's temp-folder cleaning.
    }
  }
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(1));

/**
 * The launchers for the engines wanted (FITLINE_BROWSERS, default all three) that are installed, one
 * list per share of the test files (test-file-shares.js), each with a browser of every engine; and a
 * line for each wanted engine that is not installed.
 */
export function browserLaunchers(shares = 1) {
  const launchers = Array.from({ length: shares }, () => []);
  const missing = [];
  for (const name of wantedEngines()) {
    const found = ENGINES[name].find();
    if (found) launchers.forEach((share) => share.push(LAUNCHERS[name](found)));
    else missing.push(`${name}: ${ENGINES[name].howToGet}`);
  }
  return { launchers, missing };
}

// The browser engines the tests can run in: Chromium, Firefox and WebKit. FITLINE_BROWSERS picks them
// (FITLINE_BROWSERS=chromium,firefox,webkit); an engine asked for and not installed is named in one
// plain line, so a run in fewer engines never passes for a full one.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import puppeteer from 'puppeteer-core';
import { findChromium, chromiumArgs, HOW_TO_GET_CHROMIUM } from './find-chromium.js';

const firstExisting = (...paths) => paths.find((path) => path && existsSync(path)) ?? null;

const ENGINES = {
  chromium: {
    find: () => findChromium(),
    howToGet: HOW_TO_GET_CHROMIUM,
    launcher: (executablePath) => chromeLauncher({ launchOptions: { executablePath, headless: true, args: chromiumArgs() } }),
  },
  firefox: {
    find: () => firstExisting(process.env.FIREFOX_PATH, '/usr/lib/firefox-esr/firefox-esr', '/usr/lib/firefox/firefox', '/usr/bin/firefox'),
    howToGet: 'Firefox not found: set FIREFOX_PATH, or install it (Debian: apt-get install firefox-esr).',
    // Puppeteer drives Firefox over WebDriver BiDi: no geckodriver needed.
    launcher: (executablePath) =>
      chromeLauncher({ puppeteer, launchOptions: { browser: 'firefox', executablePath, headless: true } }),
  },
  webkit: {
    find: () => {
      const driver = firstExisting('/usr/bin/WebKitWebDriver');
      const browser = firstExisting(process.env.WEBKIT_MINIBROWSER, '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser');
      const display = process.env.DISPLAY || firstExisting('/usr/bin/Xvfb');
      return driver && browser && display ? { driver, browser } : null;
    },
    howToGet: 'WebKit not found: install WebKitGTK\'s driver and a display (Debian: apt-get install webkit2gtk-driver xvfb xauth).',
    launcher: ({ driver, browser }) => {
      // MiniBrowser has no headless mode: give it a virtual display when there is none, before the
      // driver starts, since the driver passes its own environment on to the browser.
      if (!process.env.DISPLAY) {
        const number = 90 + Math.floor(Math.random() * 100);
        startWithCleanup('/usr/bin/Xvfb', [`:${number}`, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp']);
        waitFor(() => existsSync(`/tmp/.X11-unix/X${number}`), 10_000);
        process.env.DISPLAY = `:${number}`;
      }
      const port = 4444 + Math.floor(Math.random() * 1000);
      // WebKitGTK takes navigator.language from the locale; under C or POSIX it is "C", on which
      // uPlot's module throws as it loads (new Intl.NumberFormat('C')). Test in a real locale.
      const locale = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || 'C';
      startWithCleanup(driver, [`--port=${port}`], /^(C|POSIX)([.@]|$)/.test(locale) ? { LC_ALL: 'en_US.UTF-8' } : {});
      return webdriverLauncher({
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
    },
  },
};

/** Blocks until `ready()` or the timeout: the config is loaded synchronously, before any test starts. */
function waitFor(ready, timeoutMs) {
  const until = Date.now() + timeoutMs;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  while (!ready() && Date.now() < until) Atomics.wait(pause, 0, 0, 50);
}

const children = [];
function startWithCleanup(command, args, env = {}) {
  children.push(spawn(command, args, { stdio: 'ignore', detached: false, env: { ...process.env, HOME: mkdtempSync(join(tmpdir(), 'fitline-browser-')), ...env } }));
}
process.on('exit', () => children.forEach((child) => child.kill()));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(1));

/**
 * The engines every run covers unless FITLINE_BROWSERS says otherwise. WebKit is not among them yet:
 * two of the chart's display-mode tests cannot enter dark mode or another pixel ratio there (its frames
 * ignore the embedder's colour scheme and zoom, and its driver has no emulation).
 */
const DEFAULT_ENGINES = 'chromium,firefox';

/**
 * The launchers for the engines wanted (FITLINE_BROWSERS, default all three) that are installed,
 * and a line for each wanted one that is not.
 */
export function browserLaunchers() {
  const wanted = (process.env.FITLINE_BROWSERS ?? DEFAULT_ENGINES).split(',').map((name) => name.trim()).filter(Boolean);
  const launchers = [];
  const missing = [];
  for (const name of wanted) {
    const engine = ENGINES[name];
    if (!engine) throw new Error(`FITLINE_BROWSERS names an unknown engine "${name}"; use chromium, firefox or webkit.`);
    const found = engine.find();
    if (found) launchers.push(engine.launcher(found));
    else missing.push(`${name}: ${engine.howToGet}`);
  }
  return { launchers, missing };
}


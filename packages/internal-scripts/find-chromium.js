// Where the browser tests find Chromium: CHROME_PATH first, so anyone can point at their own
// Chrome, then the usual install paths. Debian's /usr/bin/chromium is a shell wrapper that adds
// flags and prints warnings into launch errors, so its real binary comes first.
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

export const HOW_TO_GET_CHROMIUM =
  'No Chromium or Chrome found: set CHROME_PATH to one, or install it (Debian/Ubuntu: apt-get install chromium).';

/**
 * The browser a person chose (an environment variable), or else the first of the usual paths that
 * exists. A chosen path that does not exist finds nothing: running another browser than the one asked
 * for would be a quiet surprise.
 */
export function chosenOrFirstExisting(chosen, ...paths) {
  if (chosen) return existsSync(chosen) ? chosen : null;
  return paths.find((path) => existsSync(path)) ?? null;
}

/** The path of a Chromium-family browser, or null. */
export function findChromium() {
  return chosenOrFirstExisting(process.env.CHROME_PATH, ...CANDIDATES);
}

/** Flags for a quiet, offline, reproducible headless run. */
export function chromiumArgs() {
  const args = [
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    // Without this Chromium looks up Google's hosts at every start; the tests must not touch the network.
    '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1',
  ];
  // Chromium refuses to run its sandbox as root, which is how CI machines run.
  if (typeof process.getuid === 'function' && process.getuid() === 0) args.push('--no-sandbox');
  return args;
}

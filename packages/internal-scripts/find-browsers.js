// Where the browser tests find each engine, and the Debian packages that provide it. This is the one
// list of those packages: the test command's set-up (set-up-browsers.js, also run by .ci/run) installs
// them, and the launchers (browsers.js) find what they installed. It imports nothing from npm, so it
// works before `npm ci`.
import { chosenOrFirstExisting, findChromium, HOW_TO_GET_CHROMIUM } from './find-chromium.js';

/** The engines every run covers unless FITLINE_BROWSERS says otherwise. */
const DEFAULT_ENGINES = 'chromium,firefox,webkit';

export const ENGINES = {
  chromium: {
    title: 'Chromium',
    find: () => findChromium(),
    debianPackages: ['chromium'],
    howToGet: HOW_TO_GET_CHROMIUM,
  },
  firefox: {
    title: 'Firefox',
    find: () => chosenOrFirstExisting(process.env.FIREFOX_PATH, '/usr/lib/firefox-esr/firefox-esr', '/usr/lib/firefox/firefox', '/usr/bin/firefox'),
    debianPackages: ['firefox-esr'],
    howToGet: 'Firefox not found: set FIREFOX_PATH, or install it (Debian: apt-get install firefox-esr).',
  },
  webkit: {
    title: 'WebKit',
    find: () => {
      const driver = chosenOrFirstExisting(undefined, '/usr/bin/WebKitWebDriver');
      const browser = chosenOrFirstExisting(process.env.WEBKIT_MINIBROWSER, '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser');
      const xvfb = chosenOrFirstExisting(undefined, '/usr/bin/Xvfb');
      return driver && browser && xvfb ? { driver, browser, xvfb } : null;
    },
    // WebKitGTK's WebDriver with its MiniBrowser, and the virtual display MiniBrowser runs on.
    debianPackages: ['webkit2gtk-driver', 'xvfb', 'xauth'],
    howToGet: "WebKit not found: install WebKitGTK's driver and a virtual display (Debian: apt-get install webkit2gtk-driver xvfb xauth).",
  },
};

/** The names of the engines wanted: FITLINE_BROWSERS (chromium, firefox, webkit), all three by default. */
export function wantedEngines(env = process.env) {
  const wanted = (env.FITLINE_BROWSERS ?? DEFAULT_ENGINES).split(',').map((name) => name.trim()).filter(Boolean);
  for (const name of wanted) {
    if (!ENGINES[name]) throw new Error(`FITLINE_BROWSERS names an unknown engine "${name}"; use chromium, firefox or webkit.`);
  }
  return wanted;
}

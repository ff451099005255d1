// A web-test-runner command for the memory tests: `executeServerCommand('heap-usage')` collects
// garbage in the test's page and answers `{ usedBytes }`, the JavaScript heap in use after it.
// It needs the Chrome DevTools Protocol, which Chromium's puppeteer pages speak; in an engine
// without it (Firefox over WebDriver BiDi, WebKit over WebDriver) it answers `{ usedBytes: null }`
// (web-test-runner takes a bare null as "no plugin handled the command"), and the test says that it
// could not measure.

/** Collections until the heap stops shrinking: one pass can leave garbage that the next frees. */
const MAX_COLLECTIONS = 5;

async function heapUsage(page) {
  const cdp = await page.createCDPSession();
  try {
    let used = Infinity;
    for (let i = 0; i < MAX_COLLECTIONS; i++) {
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      if (usedSize >= used) break;
      used = usedSize;
    }
    return { usedBytes: used };
  } finally {
    await cdp.detach();
  }
}

export const heapCommandPlugin = {
  name: 'fitline-heap-command',
  async executeCommand({ command, session }) {
    if (command !== 'heap-usage') return undefined;
    const { browser } = session;
    const unmeasured = { usedBytes: null };
    if (browser.type !== 'puppeteer' || typeof browser.getPage !== 'function') return unmeasured;
    const page = browser.getPage(session.id);
    // Firefox runs under the same launcher but over WebDriver BiDi: no CDP session there.
    if ((await page.browser().version()).toLowerCase().includes('firefox')) return unmeasured;
    try {
      return await heapUsage(page);
    } catch {
      return unmeasured;
    }
  },
};

/* global location -- functions passed to page.evaluate run in the browser page */
// Firefox (puppeteer-core over WebDriver BiDi) pages with the few Playwright page methods the
// e2e tests use, so one test body drives both browsers. Two driver gaps are bridged here:
// - `goto` to a moz-extension:// page loads it (Firefox runs with --remote-allow-system-access)
//   but the driver's promise never settles, so the page is navigated and `location.href` polled.
// - Playwright's `fill`, `check`, `setInputFiles` and `text=` / `A >> B` selectors are mapped to
//   puppeteer's (`::-p-text()`, the deep combinator `>>>` that enters open shadow roots).
import fs from 'node:fs';
import path from 'node:path';

const NAVIGATION_TIMEOUT_MS = 15_000;

/** Playwright selector → puppeteer selector, for the forms the tests use. */
export function puppeteerSelector(selector) {
  if (selector.startsWith('text=')) return `::-p-text(${selector.slice(5)})`;
  return selector.replaceAll(' >> ', ' >>> ');
}

/** Opens an extension page with the driver's own `goto`: starts the navigation, then waits for the document to be the page's. */
async function gotoExtensionPage(page, goto, url) {
  goto(url).catch(() => {}); // settles only when the tab closes ("Frame detached")
  const deadline = Date.now() + NAVIGATION_TIMEOUT_MS;
  for (;;) {
    const state = await page.evaluate(() => `${document.readyState} ${location.href}`).catch(() => '');
    if (state === `complete ${url}` || state === `interactive ${url}`) return null;
    if (Date.now() > deadline) throw new Error(`navigation to ${url} timed out (last: ${state || 'no answer'})`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Writes a Playwright-style file payload under `dir` (kept until the browser closes: Firefox reads chosen files lazily). */
function payloadFile(dir, { name, buffer }) {
  const file = path.join(fs.mkdtempSync(path.join(dir, 'upload-')), name);
  fs.writeFileSync(file, buffer);
  return file;
}

/**
 * Adds the Playwright page methods the tests call to a puppeteer page (in place; returns it).
 * `uploadDir` holds the files chosen with `setInputFiles`.
 */
export function withPlaywrightMethods(page, uploadDir) {
  const goto = page.goto.bind(page);
  const click = page.click.bind(page);
  const element = async (selector) => {
    const handle = await page.waitForSelector(puppeteerSelector(selector), { timeout: 10_000 });
    if (!handle) throw new Error(`no element for ${selector}`);
    return handle;
  };
  return Object.assign(page, {
    goto: (url, options) => (url.startsWith('moz-extension://') ? gotoExtensionPage(page, goto, url) : goto(url, options)),
    click: (selector, options) => click(puppeteerSelector(selector), options),
    /** Replaces the field's value as typed input, like Playwright's fill. */
    fill: (selector, value) => page.locator(puppeteerSelector(selector)).setTimeout(10_000).fill(value),
    /** Clicks a checkbox or radio unless it is already checked, then insists it is. */
    async check(selector) {
      const handle = await element(selector);
      if (!(await handle.evaluate((el) => el.checked))) await handle.click();
      if (!(await handle.evaluate((el) => el.checked))) throw new Error(`${selector} did not become checked`);
    },
    /** Chooses a file in an <input type=file> through the driver, as a user's file dialog would. */
    async setInputFiles(selector, payload) {
      await (await element(selector)).uploadFile(payloadFile(uploadDir, payload));
    },
  });
}

/* global location -- functions passed to page.evaluate run in the browser page */
// Firefox (puppeteer-core over WebDriver BiDi) pages with the few Playwright page methods the
// e2e tests use, so one test body drives both browsers. Three driver gaps are bridged here:
// - `goto` to a moz-extension:// page loads it (Firefox runs with --remote-allow-system-access)
//   but the driver's promise never settles, so the page is navigated and `location.href` polled.
// - Playwright's `fill`, `check`, `setInputFiles` and `text=` / `A >> B` selectors are mapped to
//   puppeteer's (`::-p-text()`, the deep combinator `>>>` that enters open shadow roots).
// - Clicks go to the element's centre with the mouse (see withPlaywrightMethods for why).
import fs from 'node:fs';
import path from 'node:path';

const NAVIGATION_TIMEOUT_MS = 15_000;
const ELEMENT_TIMEOUT_MS = 10_000;

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

/** In the page: scrolls `el` into view and returns its centre in viewport pixels. */
function centreOf(el) {
  el.scrollIntoView({ block: 'center', inline: 'center' });
  const box = el.getBoundingClientRect();
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
}

/**
 * Adds the Playwright page methods the tests call to a puppeteer page (in place; returns it).
 * `uploadDir` holds the files chosen with `setInputFiles`. Elements are found by polling a query,
 * and clicked with the mouse at their centre: puppeteer's own waits (`click`, `waitForSelector`,
 * locators) wait for animation frames, which a background tab (an extension page behind the
 * article it acts on, as the sidebar would be) does not paint, so each took seconds there.
 */
export function withPlaywrightMethods(page, uploadDir) {
  const goto = page.goto.bind(page);
  const element = async (selector) => {
    const deadline = Date.now() + ELEMENT_TIMEOUT_MS;
    for (;;) {
      const handle = await page.$(puppeteerSelector(selector));
      if (handle) return handle;
      if (Date.now() > deadline) throw new Error(`no element for ${selector} after ${ELEMENT_TIMEOUT_MS} ms`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  const click = async (selector) => {
    const handle = await element(selector);
    const { x, y } = await handle.evaluate(centreOf);
    await page.mouse.click(x, y);
    return handle;
  };
  return Object.assign(page, {
    goto: (url, options) => (url.startsWith('moz-extension://') ? gotoExtensionPage(page, goto, url) : goto(url, options)),
    async click(selector) {
      await click(selector);
    },
    /** Replaces the field's value by typing, like Playwright's fill: focus it, select all, type over. */
    async fill(selector, value) {
      const handle = await click(selector);
      await handle.evaluate((el) => el.select());
      if (value) await page.keyboard.type(value);
      else await page.keyboard.press('Backspace');
    },
    /** Clicks a checkbox or radio unless it is already checked, then insists it is. */
    async check(selector) {
      const handle = await element(selector);
      if (!(await handle.evaluate((el) => el.checked))) await click(selector);
      if (!(await handle.evaluate((el) => el.checked))) throw new Error(`${selector} did not become checked`);
    },
    /** Chooses a file in an <input type=file> through the driver, as a user's file dialog would. */
    async setInputFiles(selector, payload) {
      await (await element(selector)).uploadFile(payloadFile(uploadDir, payload));
    },
  });
}

/* global CSS */
// Launches the built extension in Debian's headless Chromium (playwright-core) and Firefox ESR
// (puppeteer-core), with flags from the team's browser-e2e recipe (headless, no sandbox, extension loaded), and wraps
// both in one small driver API so each test runs unchanged in both browsers.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { withPlaywrightMethods } from './firefox-page.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The built extension: dist/ unless DOSSIER_DIST names another folder. */
export const DIST = path.resolve(ROOT, process.env.DOSSIER_DIST ?? 'dist');
export const CHROMIUM = '/usr/bin/chromium';
/** What a test's `run` returns when it does not apply to the browser at hand (counted as skipped). */
export const SKIP = 'skip';
export const FIREFOX = '/usr/bin/firefox-esr';
const VIEWPORT = { width: 1000, height: 700 };

/**
 * Chromium with dist/chrome loaded. `requests` collects every URL the pages and the extension's
 * service worker ask for (the no-network check).
 */
export async function launchChromium({ headless = true } = {}) {
  const { chromium } = await import('playwright-core');
  const ext = path.join(DIST, 'chrome');
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-chromium-'));
  // A launch that fails leaves no profile folder behind.
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless,
    viewport: VIEWPORT,
    args: [
      `--disable-extensions-except=${ext}`, `--load-extension=${ext}`,
      '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic',
      `--log-net-log=${path.join(userDataDir, 'netlog.json')}`,
    ],
  }).catch((error) => {
    fs.rmSync(userDataDir, { recursive: true, force: true });
    throw error;
  });
  const requests = [];
  context.on('request', (request) => requests.push(request.url()));
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 60_000 }).catch(async (error) => {
    await context.close().catch(() => {});
    fs.rmSync(userDataDir, { recursive: true, force: true });
    throw error;
  });
  return {
    name: 'chromium',
    requests,
    /** Chromium's own record of every request, by URL and initiator (tests/e2e/netlog.mjs). */
    netLog: path.join(userDataDir, 'netlog.json'),
    extensionOrigin: `chrome-extension://${new URL(worker.url()).host}/`,
    async newPage() {
      return context.newPage();
    },
    /** The extension's service worker (current one), to drive background events from a test. */
    serviceWorker() {
      return context.serviceWorkers()[0] ?? worker;
    },
    /** Reloads the extension, orphaning the content scripts already in pages. */
    async reloadExtension() {
      await worker.evaluate(() => globalThis.chrome.runtime.reload()).catch(() => {});
    },
    async close() {
      await context.close().catch(() => {});
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Firefox ESR with dist/firefox installed as a temporary add-on over WebDriver BiDi. The add-on's
 * internal UUID (its moz-extension:// host, random per profile) is chosen here through Firefox's
 * `extensions.webextensions.uuids` pref, so tests know the extension pages' URLs;
 * `--remote-allow-system-access` lets the driver navigate to them (tests/e2e/firefox-page.mjs).
 */
export async function launchFirefox() {
  const { default: puppeteer } = await import('puppeteer-core');
  const ext = path.join(DIST, 'firefox');
  const { id } = JSON.parse(fs.readFileSync(path.join(ext, 'manifest.json'), 'utf8')).browser_specific_settings.gecko;
  const uuid = crypto.randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox', executablePath: FIREFOX, headless: true, args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [id]: uuid }) },
  });
  const addonId = await browser.installExtension(ext);
  const uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-firefox-'));
  const requests = [];
  return {
    name: 'firefox',
    requests,
    extensionOrigin: `moz-extension://${uuid}/`,
    async newPage() {
      const page = withPlaywrightMethods(await browser.newPage(), uploadDir);
      await page.setViewport(VIEWPORT);
      page.on('request', (request) => requests.push(request.url()));
      return page;
    },
    /** Removes the add-on from this browser (for the last test of a session: nothing works after it). */
    async uninstallExtension() {
      await browser.uninstallExtension(addonId);
    },
    async close() {
      await browser.close().catch(() => {});
      fs.rmSync(uploadDir, { recursive: true, force: true });
    },
  };
}

/**
 * Polls `fn(arg)` in the page until it returns a truthy value; resolves with that value. Return a
 * plain value, not a DOM node: Firefox's driver hands nodes back as undefined. The wait ends when
 * the condition holds; `timeout` is only a safety net, generous because a machine busy with other
 * work can make any browser step many times slower.
 */
export async function waitFor(page, fn, arg, { timeout = 60_000, what = 'condition' } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await page.evaluate(fn, arg).catch(() => undefined);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** In the page: the centre of the first mention highlight (not a saved one) over `text`, scrolled into view. */
export function mentionCentre(text) {
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('dossier-') || name === 'dossier-saved') continue;
    const range = [...highlight].find((r) => r.toString() === text);
    if (!range) continue;
    range.startContainer.parentElement.scrollIntoView({ block: 'center' });
    const box = range.getClientRects()[0];
    return box ? { x: box.left + box.width / 2, y: box.top + box.height / 2 } : null;
  }
  return null;
}

/** In an extension page: one background call over the extension's own message protocol; throws its error. */
export async function callExtension(page, method, params) {
  const reply = await page.evaluate(
    ([m, p]) => globalThis.chrome.runtime.sendMessage({ dossier: 1, method: m, params: p }),
    [method, params],
  );
  if (!reply?.ok) throw new Error(`${method}: ${reply?.error ?? 'no answer'}`);
  return reply.result;
}

/* global CSS, Event, XMLSerializer, getComputedStyle -- functions passed to page.evaluate run in the browser page */
// End-to-end: the built extension annotates a served page in a real browser. Each test gets a
// fresh page; `env` is { browser, server } (see scripts/e2e.mjs). Runs in Chromium and Firefox.
import assert from 'node:assert/strict';
import { SKIP, waitFor } from './browsers.mjs';
import { netLogRequests } from './netlog.mjs';

/** In the page's main world: the texts of the ranges in one `dossier-*` highlight, or null. */
function highlightTexts(name) {
  const highlight = CSS.highlights.get(name);
  return highlight ? [...highlight].map((range) => range.toString()) : null;
}

/** In the page's main world: the centre of the first range in `name` whose text is `text`. */
function rangeCentre([name, text]) {
  const highlight = CSS.highlights.get(name);
  const range = highlight && [...highlight].find((r) => r.toString() === text);
  const box = range?.getClientRects()[0];
  return box ? { x: box.left + box.width / 2, y: box.top + box.height / 2 } : null;
}

function cardText() {
  const host = document.querySelector('dossier-card-host');
  return host?.shadowRoot?.querySelector('.dossier-card')?.textContent ?? '';
}

async function openAnnotated(env, pagePath, type, text) {
  const page = await env.browser.newPage();
  await page.goto(new URL(pagePath, env.server.url).href);
  await waitFor(page, ([name, t]) => CSS.highlights.get(name) && [...CSS.highlights.get(name)].some((r) => r.toString() === t),
    [`dossier-${type}`, text], { what: `a dossier-${type} highlight over "${text}"` });
  return page;
}

export const tests = [
  {
    name: 'main world sees a dossier-threat-actor highlight over "APT29"',
    async run(env) {
      const page = await openAnnotated(env, 'apt29.html', 'threat-actor', 'APT29');
      const texts = await page.evaluate(highlightTexts, 'dossier-threat-actor');
      assert.deepEqual(texts, ['APT29']);
    },
  },
  {
    name: 'hovering "APT29" opens a card in an open shadow root',
    async run(env) {
      const page = await openAnnotated(env, 'apt29.html', 'threat-actor', 'APT29');
      const centre = await page.evaluate(rangeCentre, ['dossier-threat-actor', 'APT29']);
      assert.ok(centre, 'the APT29 range has a box on screen');
      await page.mouse.move(5, 5);
      await page.mouse.move(centre.x, centre.y, { steps: 4 });
      const text = await waitFor(page, cardText, undefined, { what: 'a .dossier-card in dossier-card-host' });
      assert.match(text, /APT29/);
    },
  },
  {
    name: 'annotation leaves the page DOM as parsed, apart from the card host',
    async run(env) {
      const page = await openAnnotated(env, 'apt29.html', 'threat-actor', 'APT29');
      // Hover first so a lazily mounted card host exists too; it is the one allowed difference.
      const centre = await page.evaluate(rangeCentre, ['dossier-threat-actor', 'APT29']);
      await page.mouse.move(centre.x, centre.y, { steps: 4 });
      await waitFor(page, cardText, undefined, { what: 'the card' });
      const { before, after } = await page.evaluate(() => {
        const clone = document.documentElement.cloneNode(true);
        for (const host of clone.querySelectorAll('dossier-card-host')) host.remove();
        return { before: window.dossierTestBefore, after: new XMLSerializer().serializeToString(clone) };
      });
      assert.ok(before, 'the page recorded its serialisation before annotation');
      assert.equal(after, before);
    },
  },
  {
    name: 'highlight styles come from the stylesheet injected with the content script: no element in the page, no sheet adopted for the defaults',
    async run(env) {
      const page = await openAnnotated(env, 'apt29.html', 'threat-actor', 'APT29');
      const found = await page.evaluate(() => {
        const range = [...CSS.highlights.get('dossier-threat-actor')][0];
        return {
          // Adopting a sheet after the page rendered restyles every element: the defaults need none.
          adopted: [...document.adoptedStyleSheets].some((sheet) => [...sheet.cssRules].some((rule) => rule.cssText.includes('dossier-'))),
          styleElements: document.querySelectorAll('style[id^="dossier"], link[href*="extension://"]').length,
          drawn: window.getComputedStyle(range.startContainer.parentElement, '::highlight(dossier-threat-actor)').backgroundColor,
        };
      });
      assert.deepEqual(found, { adopted: false, styleElements: 0, drawn: 'rgba(214, 47, 75, 0.22)' });
    },
  },
  {
    name: 'a seed news page gets highlights',
    async run(env) {
      const page = await env.browser.newPage();
      await page.goto(new URL('seeds/uk-convinced-moscow-helped.html', env.server.url).href);
      const count = await waitFor(page, () => {
        let n = 0;
        for (const [name, highlight] of CSS.highlights) if (name.startsWith('dossier-')) n += highlight.size;
        return n;
      }, undefined, { what: 'any dossier-* highlight' });
      assert.ok(count >= 3, `expected several mentions, got ${count}`);
    },
  },
  {
    name: 'an orphaned content script removes its marks and sheet (extension reloaded)',
    runLast: true,
    async run(env) {
      // Firefox has no orphan to observe: a reloaded add-on is injected again into open pages (the new
      // copy re-marks them), and a removed one's scripts are destroyed before any code of theirs can run.
      if (!env.browser.reloadExtension) return SKIP;
      const page = await openAnnotated(env, 'apt29.html', 'threat-actor', 'APT29');
      await env.browser.reloadExtension();
      // A newly loaded copy would not inject into this already-open page, so every trace left is the orphan's.
      await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
      await waitFor(page, () => ![...CSS.highlights.keys()].some((name) => name.startsWith('dossier-'))
        && ![...document.adoptedStyleSheets].some((s) => [...s.cssRules].some((r) => r.cssText.includes('dossier-'))),
      undefined, { what: 'highlights and stylesheet to be removed' });
      assert.equal(await page.evaluate(() => document.querySelectorAll('dossier-card-host').length), 0);
    },
  },
  {
    name: "Chromium's NetLog records requests the extension starts (control for the no-network check)",
    async run(env) {
      if (!env.browser.netLog) return SKIP;
      const probe = new URL('apt29.html?netlog-probe', env.server.url).href;
      const admin = await env.browser.newPage();
      await admin.goto(`${env.browser.extensionOrigin}ui/options.html`);
      await admin.evaluate((url) => fetch(url).then(() => undefined), probe);
      const origin = env.browser.extensionOrigin.replace(/\/$/, '');
      const logged = () => netLogRequests(env.browser.netLog).some((r) => r.url === probe && r.initiator === origin);
      // Chromium writes the NetLog file as it goes: wait for the entry (a safety-net cap, not a speed check).
      for (let i = 0; i < 600 && !logged(); i++) await new Promise((resolve) => setTimeout(resolve, 100));
      assert.ok(logged(), 'the extension page\'s request is in the NetLog under its origin');
    },
  },
  {
    name: 'no request leaves 127.0.0.1 or the extension',
    // After every other test in the browser, so it sees all their traffic too.
    runLast: true,
    async run(env) {
      const { requests, extensionOrigin } = env.browser;
      assert.ok(requests.length > 0, 'requests were recorded');
      if (env.browser.netLog) {
        // Chromium's NetLog sees every process. Anything Dossier or a test page starts carries
        // their origin as initiator: all of it must stay local. (Requests with no initiator are
        // navigations and the browser's own update and account checks, not Dossier's.)
        const ours = (origin) => origin.startsWith(env.server.url.replace(/\/$/, '')) || `${origin}/` === extensionOrigin;
        const logged = netLogRequests(env.browser.netLog).filter((r) => ours(r.initiator));
        const leaving = logged.filter((r) => !r.url.startsWith(env.server.url) && !r.url.startsWith(extensionOrigin) && !r.url.startsWith('data:'));
        assert.deepEqual(leaving, [], 'requests started by Dossier or the pages that left the machine');
      }
      // blob: and data: URLs are made in the browser (downloads, inline images): never network.
      const local = (url) => url.startsWith('data:') || [env.server.url, extensionOrigin].some((origin) => url.replace(/^blob:/, '').startsWith(origin));
      const foreign = requests.filter((url) => !local(url));
      assert.deepEqual(foreign, []);
    },
  },
  {
    name: 'removing the add-on while a card is open takes the card off the page (Firefox)',
    // Last of all: it removes the add-on from this browser.
    runLast: true,
    async run(env) {
      // Chromium keeps a removed extension's content script alive as an orphan, which removes the
      // card itself (the orphan test above). Firefox destroys the script first; only its content.css goes.
      if (!env.browser.uninstallExtension) return SKIP;
      const page = await openAnnotated(env, 'apt29.html', 'threat-actor', 'APT29');
      const centre = await waitFor(page, rangeCentre, ['dossier-threat-actor', 'APT29'], { what: 'the mark\'s box' });
      await page.mouse.move(5, 5);
      await page.mouse.move(centre.x, centre.y, { steps: 4 });
      /** In the page: whether the card takes room on the page (its host shown, the card box not empty). */
      const cardShown = () => {
        const host = document.querySelector('dossier-card-host');
        const box = host?.shadowRoot?.querySelector('.dossier-card')?.getBoundingClientRect();
        return Boolean(host && getComputedStyle(host).display !== 'none' && box && box.width > 0 && box.height > 0);
      };
      await waitFor(page, cardShown, undefined, { what: 'the open card' });
      await env.browser.uninstallExtension();
      await waitFor(page, () => !document.querySelector('dossier-card-host') || getComputedStyle(document.querySelector('dossier-card-host')).display === 'none',
        undefined, { what: 'the card gone with the add-on' });
      assert.equal(await page.evaluate(cardShown), false);
    },
  },
];

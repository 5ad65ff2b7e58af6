/* global CSS, XMLSerializer, getComputedStyle, location */
// End-to-end: the content script on real, hostile and dynamic pages — aggressive page CSS, a
// strict CSP header, a single-page app, infinite scroll, frames, an editor, settings (paused,
// site off, inline marks) and a 2 MB live blog marked in chunks without errors. Chromium and Firefox.
import assert from 'node:assert/strict';
import { SKIP, waitFor } from './browsers.mjs';
import { GENERATED_DIR } from './server.mjs';
import { ensureGeneratedPages } from '../../scripts/lib/gen-pages.mjs';

/** In the page: texts of every `dossier-*` highlight range (entity highlights only). */
function markedTexts() {
  const texts = [];
  for (const [name, highlight] of CSS.highlights) {
    if (name.startsWith('dossier-') && name !== 'dossier-saved') for (const r of highlight) texts.push(r.toString());
  }
  return texts;
}

async function open(env, file) {
  const page = await env.browser.newPage();
  await page.goto(new URL(file, env.server.url).href);
  return page;
}

const marked = (page, text) => waitFor(page, (t) => {
  for (const [name, h] of CSS.highlights) if (name.startsWith('dossier-') && [...h].some((r) => r.toString() === t)) return true;
  return false;
}, text, { what: `a mark over "${text}"` });

async function hoverText(page, text) {
  const centre = await page.evaluate((t) => {
    for (const [, h] of CSS.highlights) {
      const range = [...h].find((r) => r.toString() === t);
      const box = range?.getClientRects()[0];
      if (box) return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    }
    return null;
  }, text);
  assert.ok(centre, `"${text}" has a box`);
  await page.mouse.move(5, 5);
  await page.mouse.move(centre.x, centre.y, { steps: 4 });
  return waitFor(page, () => {
    const host = document.querySelector('dossier-card-host');
    const card = host?.shadowRoot?.querySelector('.dossier-card');
    const box = card?.getBoundingClientRect();
    const visible = host && getComputedStyle(host).display !== 'none' && box && box.width > 50 && box.height > 20;
    return visible ? { text: card.textContent, colour: getComputedStyle(card).color, background: getComputedStyle(card).backgroundColor } : null;
  }, undefined, { what: 'a visible card' });
}

/** Writes settings from an extension page (content scripts pick them up live). */
async function setSettings(env, settings) {
  const page = await env.browser.newPage();
  await page.goto(`${env.browser.extensionOrigin}ui/options.html`);
  await page.evaluate((s) => globalThis.chrome.storage.local.set({ settings: s }), settings);
  await page.close();
}

const chromiumOnly = (run) => async (env) => (env.browser.name === 'chromium' ? run(env) : SKIP);

export const tests = [
  {
    name: 'pages: a page styling everything aggressively still gets marks and a readable card',
    async run(env) {
      const page = await open(env, 'hostile.html');
      await marked(page, 'APT29');
      const card = await hoverText(page, 'APT29');
      assert.match(card.text, /APT29/);
      assert.notEqual(card.colour, card.background, 'card text differs from its background');
    },
  },
  {
    name: 'pages: a strict CSP header (default-src none, style-src none) does not stop marks or the card',
    async run(env) {
      const page = await open(env, 'csp-strict.html');
      await marked(page, 'APT29');
      const card = await hoverText(page, 'APT29');
      assert.match(card.text, /APT29/);
    },
  },
  {
    name: 'pages: a single-page app swapping its article (pushState) gets new marks, old ones go',
    async run(env) {
      const page = await open(env, 'spa.html');
      await marked(page, 'Emmanuel Macron');
      await page.evaluate(() => window.showStory('Second story', 'Vladimir Putin met Kim Jong Un in Pyongyang.'));
      await marked(page, 'Vladimir Putin');
      await waitFor(page, () => {
        let old = 0;
        for (const [name, h] of CSS.highlights) if (name.startsWith('dossier-')) old += [...h].filter((r) => r.toString() === 'Emmanuel Macron' || r.collapsed).length;
        return old === 0;
      }, undefined, { what: 'old marks gone' });
      assert.match(await page.evaluate(() => location.search), /story=Second/);
    },
  },
  {
    name: 'pages: infinite scroll appending paragraphs gets the new names marked',
    async run(env) {
      const page = await open(env, 'spa.html');
      await marked(page, 'Olaf Scholz');
      await page.evaluate(() => window.appendParagraphs(['Later, Europol said it had arrested two suspects.', 'Interpol issued a notice.']));
      await marked(page, 'Europol');
      await marked(page, 'Interpol');
      const texts = await page.evaluate(markedTexts);
      assert.equal(texts.filter((t) => t === 'Olaf Scholz').length, 1, 'earlier marks are kept, not doubled');
    },
  },
  {
    name: 'pages: a same-origin iframe gets its own marks; an about:blank frame breaks nothing',
    async run(env) {
      const page = await open(env, 'iframe-outer.html');
      await marked(page, 'Europol');
      const frame = page.frames().find((f) => f.url().includes('iframe-inner'));
      assert.ok(frame, 'the inner frame loaded');
      await marked(frame, 'Lazarus Group');
    },
  },
  {
    name: 'pages: a contenteditable editor and a textarea are left alone, also while typing',
    async run(env) {
      const page = await open(env, 'editor.html');
      const before = await page.evaluate(() => new XMLSerializer().serializeToString(document.querySelector('#editor')));
      await marked(page, 'Vladimir Putin');
      await page.click('#editor p');
      await page.keyboard.press('End');
      await page.keyboard.type(' Olaf Scholz');
      // Signal that Dossier has handled the typing: a paragraph added after it gets its mark
      // (changes are re-linked in order), not a fixed wait.
      await page.evaluate(() => document.getElementById('outside').insertAdjacentHTML('afterend', '<p>Later, Europol was named.</p>'));
      await marked(page, 'Europol');
      const state = await page.evaluate(() => {
        const inside = (id) => {
          let n = 0;
          for (const [, h] of CSS.highlights) for (const r of h) if (document.getElementById(id).contains(r.startContainer)) n += 1;
          return n;
        };
        return { editor: inside('editor'), area: inside('area'), html: new XMLSerializer().serializeToString(document.querySelector('#editor')) };
      });
      assert.deepEqual({ editor: state.editor, area: state.area }, { editor: 0, area: 0 });
      assert.equal(state.html, before.replace('named.</p>', 'named. Olaf Scholz</p>'));
    },
  },
  {
    name: 'pages: paused and site switched off leave no marks; switching back on marks again',
    async run(env) {
      const page = await open(env, 'apt29.html');
      await marked(page, 'APT29');
      await setSettings(env, { paused: true });
      await waitFor(page, () => ![...CSS.highlights.keys()].some((k) => k.startsWith('dossier-') && k !== 'dossier-saved'), undefined, { what: 'marks removed on pause' });
      await setSettings(env, { paused: false });
      await marked(page, 'APT29');
      await setSettings(env, { disabledSites: ['127.0.0.1'] });
      const other = await open(env, 'csp-strict.html');
      await new Promise((resolve) => setTimeout(resolve, 1500));
      assert.deepEqual(await other.evaluate(markedTexts), []);
      await setSettings(env, {});
      await marked(other, 'APT29');
    },
  },
  {
    name: 'pages: highlight styles follow the settings live',
    async run(env) {
      const page = await open(env, 'apt29.html');
      await marked(page, 'APT29');
      // In the page: how APT29's mark is drawn, and how many adopted rules are Dossier's; with
      // `expected`, that text only when it matches (for waitFor).
      const drawn = (expected) => {
        const range = [...CSS.highlights.get('dossier-threat-actor')][0];
        const style = getComputedStyle(range.startContainer.parentElement, '::highlight(dossier-threat-actor)');
        const adopted = [...document.adoptedStyleSheets].flatMap((sheet) => [...sheet.cssRules]).filter((r) => r.cssText.includes('dossier-')).length;
        const text = `${style.backgroundColor} ${style.textDecorationLine} adopted:${adopted}`;
        return expected === undefined || text === expected ? text : null;
      };
      const tint = 'rgba(214, 47, 75, 0.22) none adopted:0';
      assert.equal(await page.evaluate(drawn), tint);
      // Only the type the user changed gets a rule, in one adopted sheet; back to the defaults, it goes.
      await setSettings(env, { styles: { 'threat-actor': { kind: 'underline', colour: '#123456' } } });
      await waitFor(page, drawn, 'rgba(0, 0, 0, 0) underline adopted:1', { what: 'an underline from the user style' });
      await setSettings(env, {});
      await waitFor(page, drawn, tint, { what: 'the default tint again, and no sheet' });
    },
  },
  {
    name: 'pages: inline mode puts marks in the Tab order, Enter opens the card; off restores the DOM byte for byte',
    async run(env) {
      const page = await open(env, 'apt29.html');
      await marked(page, 'APT29');
      const serialise = () => new XMLSerializer().serializeToString(document.body);
      const before = await page.evaluate(serialise);
      await setSettings(env, { inlineMarks: true });
      await waitFor(page, () => Boolean(document.querySelector('dossier-mark[role="button"][tabindex="0"]')), undefined, { what: 'inline marks' });
      await page.evaluate(() => document.activeElement?.blur());
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => ({ tag: document.activeElement?.localName, label: document.activeElement?.getAttribute('aria-label') }));
      assert.equal(focused.tag, 'dossier-mark');
      assert.match(focused.label, /APT29 — /);
      await page.keyboard.press('Enter');
      await waitFor(page, () => document.querySelector('dossier-card-host')?.dataset.visible === 'true', undefined, { what: 'card opened by Enter' });
      await page.keyboard.press('Escape');
      await setSettings(env, { inlineMarks: false });
      await waitFor(page, () => !document.querySelector('dossier-mark'), undefined, { what: 'marks unwrapped' });
      assert.equal(await page.evaluate(serialise), before);
      await marked(page, 'APT29');
    },
  },
  {
    name: 'pages: a 2 MB live blog is marked in chunks until Dossier signals the scan done, with no error (Chromium)',
    timeoutMs: 360_000,
    run: chromiumOnly(async (env) => {
      ensureGeneratedPages(GENERATED_DIR);
      const page = await env.browser.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error' && /dossier/i.test(message.text())) errors.push(`console: ${message.text()}`);
      });
      // The bench attribute makes Dossier mark each paint and the scan's end on the timeline.
      // How long its tasks and frames are is measured by `npm run bench` (scripts/bench/hostile.mjs).
      await page.addInitScript(() => {
        // <html> exists by the time the content script runs (document idle), not yet at init.
        document.addEventListener('DOMContentLoaded', () => document.documentElement.setAttribute('data-dossier-bench', ''));
      });
      await page.goto(new URL('generated/live-blog.html', env.server.url).href, { timeout: 60_000 });
      await waitFor(page, () => performance.getEntriesByName('dossier:scan-done').length > 0, undefined, { timeout: 300_000, what: "Dossier's scan-done signal" });
      const { paints, marks } = await page.evaluate(() => ({
        paints: performance.getEntriesByName('dossier:painted').length,
        marks: [...CSS.highlights].filter(([k]) => k.startsWith('dossier-') && k !== 'dossier-saved').reduce((n, [, h]) => n + h.size, 0),
      }));
      assert.ok(paints > 20, `the scan went on in chunks (${paints} paints)`);
      assert.ok(marks > 0, `marks registered (${marks})`);
      assert.deepEqual(errors, [], 'no Dossier error on the page');
    }),
  },
];

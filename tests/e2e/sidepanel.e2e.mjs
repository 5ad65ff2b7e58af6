/* global HTMLAnchorElement -- functions passed to page.evaluate run in the browser page */
// End-to-end: the side panel page (ui/sidepanel.html) over highlights seeded through the
// background's own import call: list, search, delete + undo, selection export, file import,
// "This page" for the active tab, and axe-core. Chromium and Firefox (there the page its sidebar
// shows, opened as a tab).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { callExtension as call, waitFor } from './browsers.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const AXE_SOURCE = fs.readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const FIXTURE_TEXT = fs.readFileSync(path.join(ROOT, 'tests/fixtures/sample-export.json'), 'utf8');
const FIXTURE = JSON.parse(FIXTURE_TEXT).highlights;
const FIXTURE_IDS = FIXTURE.map((h) => h.id);

/** In the page: ids of the listed highlights, in order. */
function listedIds() {
  return [...document.querySelectorAll('li.hl')].map((li) => li.dataset.id);
}

/** Opens the side panel with the fixture highlights stored and the "All highlights" tab showing them. */
async function openPanel(env) {
  const page = await env.browser.newPage();
  await page.goto(`${env.browser.extensionOrigin}ui/sidepanel.html`);
  await waitFor(page, () => document.querySelector('#app h1')?.textContent, undefined, { what: 'side panel rendered' });
  await call(page, 'importHighlights', { text: FIXTURE_TEXT });
  await page.click('#tab-all');
  await page.click('.panel-head button'); // Refresh: the import happened behind the panel's back.
  await waitFor(page, (ids) => ids.every((id) => document.querySelector(`li.hl[data-id="${id}"]`)), FIXTURE_IDS, { what: 'fixture highlights listed' });
  return page;
}

async function axeViolations(page) {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const result = await globalThis.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  });
}

/** In the page: record downloads (name and Blob text) instead of saving files. */
function captureDownloads() {
  globalThis.dossierDownloads = [];
  HTMLAnchorElement.prototype.click = function click() {
    const { download, href } = this;
    globalThis.dossierDownloads.push(fetch(href).then((r) => r.text()).then((text) => ({ download, text })));
  };
}

export const tests = [
  {
    name: 'side panel lists every highlight, newest first, with quote, site and entities',
    async run(env) {
      const page = await openPanel(env);
      const ids = (await page.evaluate(listedIds)).filter((id) => FIXTURE_IDS.includes(id));
      const newestFirst = [...FIXTURE].sort((a, b) => b.created.localeCompare(a.created)).map((h) => h.id);
      assert.deepEqual(ids, newestFirst);
      const item = await page.evaluate((id) => {
        const li = document.querySelector(`li.hl[data-id="${id}"]`);
        return { quote: li.querySelector('.hl-quote').textContent, meta: li.querySelector('.hl-meta').textContent,
          chips: [...li.querySelectorAll('.chip')].map((c) => c.textContent), note: li.querySelector('textarea').value,
          tags: li.querySelector('input[type="text"]').value };
      }, FIXTURE[3].id);
      assert.equal(item.quote, FIXTURE[3].selectors.quote.exact);
      assert.match(item.meta, /news\.example\.org/);
      assert.deepEqual(item.chips, FIXTURE[3].entities.map((e) => e.name));
      assert.equal(item.note, FIXTURE[3].note);
      assert.equal(item.tags, 'ukraine, briefing, "quotes, statements"');
    },
  },
  {
    name: 'side panel search narrows the list through the background filter',
    async run(env) {
      const page = await openPanel(env);
      await page.fill('input[type="search"]', 'annex b'); // only in the first fixture highlight's note
      const ids = await waitFor(page, (fixtureIds) => {
        const shown = [...document.querySelectorAll('li.hl')].map((li) => li.dataset.id).filter((id) => fixtureIds.includes(id));
        return shown.length === 1 ? shown : null;
      }, FIXTURE_IDS, { what: 'search to leave one fixture highlight' });
      assert.deepEqual(ids, [FIXTURE[0].id]);
      await page.click('text=Clear filters');
      await waitFor(page, (n) => document.querySelectorAll('li.hl').length >= n, FIXTURE.length, { what: 'list back after clearing' });
    },
  },
  {
    name: 'side panel delete offers undo, and undo restores the exact record',
    async run(env) {
      const page = await openPanel(env);
      const target = FIXTURE[4];
      await page.click(`li.hl[data-id="${target.id}"] button.danger`);
      await waitFor(page, (id) => !document.querySelector(`li.hl[data-id="${id}"]`), target.id, { what: 'item removed' });
      const toast = await page.evaluate(() => ({ text: document.querySelector('[aria-live] .toast')?.textContent, focused: document.activeElement?.textContent }));
      assert.match(toast.text, /Highlight deleted/);
      assert.equal(toast.focused, 'Undo', 'focus moves to Undo');
      assert.equal((await call(page, 'listHighlights', {})).some((h) => h.id === target.id), false, 'gone from the store');
      await page.keyboard.press('Enter');
      await waitFor(page, (id) => Boolean(document.querySelector(`li.hl[data-id="${id}"]`)), target.id, { what: 'item restored' });
      const stored = (await call(page, 'listHighlights', {})).find((h) => h.id === target.id);
      assert.deepEqual(stored, target);
    },
  },
  {
    name: 'side panel exports the checked highlights as JSON and CSV downloads',
    async run(env) {
      const page = await openPanel(env);
      await page.evaluate(captureDownloads);
      const chosen = [FIXTURE[1], FIXTURE[5]];
      for (const h of chosen) await page.check(`li.hl[data-id="${h.id}"] .hl-head input[type="checkbox"]`);
      await page.check('input[name="export-scope"][value="selection"]');
      await page.click('button[data-format="json"]');
      await waitFor(page, () => globalThis.dossierDownloads.length === 1 && !document.querySelector('button[data-format]:disabled'), undefined, { what: 'JSON export' });
      await page.click('button[data-format="csv"]');
      await waitFor(page, () => globalThis.dossierDownloads.length === 2, undefined, { what: 'CSV export' });
      const [json, csv] = await page.evaluate(() => Promise.all(globalThis.dossierDownloads));
      assert.match(json.download, /^dossier-selection-\d{4}-\d{2}-\d{2}\.json$/);
      const exported = JSON.parse(json.text);
      assert.equal(exported.format, 'dossier-highlights');
      assert.deepEqual(exported.highlights.map((h) => h.id).sort(), chosen.map((h) => h.id).sort());
      assert.deepEqual(exported.highlights.find((h) => h.id === FIXTURE[5].id), FIXTURE[5]);
      assert.match(csv.download, /\.csv$/);
      assert.equal(csv.text.trim().split(/\r?\n/).length, 1 + chosen.length, 'header plus one row per highlight');
      assert.ok(csv.text.includes('Germany'), 'CSV names the entities');
      // The formula-looking note is neutralised, not exported raw at the start of a cell.
      assert.ok(!/(^|,)=HYPERLINK/m.test(csv.text));
    },
  },
  {
    name: 'side panel import reports counts, and a bad file changes nothing and shows the error',
    async run(env) {
      const page = await openPanel(env);
      const before = await call(page, 'listHighlights', {});
      await page.setInputFiles('input[type="file"]', { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"dossier-highlights","version":1,"highlights":[{"id":"x"}]}') });
      const error = await waitFor(page, () => document.querySelector('.import-outcome .error')?.textContent, undefined, { what: 'import error' });
      assert.match(error, /^Nothing was imported: .*highlights/);
      assert.deepEqual(await call(page, 'listHighlights', {}), before);
      await page.setInputFiles('input[type="file"]', { name: 'sample.json', mimeType: 'application/json', buffer: Buffer.from(FIXTURE_TEXT) });
      const done = await waitFor(page, () => document.querySelector('.import-outcome p:not(.muted)')?.textContent, undefined, { what: 'import counts' });
      assert.equal(done, `Imported: 0 added, 0 updated, ${FIXTURE.length} unchanged.`);
    },
  },
  {
    name: 'side panel "This page" lists only the active tab\'s highlights',
    async run(env) {
      const panel = await openPanel(env);
      const article = await env.browser.newPage();
      const url = new URL('apt29.html?utm_source=mail#top', env.server.url).href;
      await article.goto(url);
      const mine = { ...FIXTURE[0], id: 'urn:uuid:0e2e0e2e-0000-4000-8000-000000000001', source: new URL('apt29.html', env.server.url).href };
      await call(panel, 'importHighlights', { text: JSON.stringify({ format: 'dossier-highlights', version: 1, highlights: [mine] }) });
      await article.bringToFront();
      await panel.click('#tab-page');
      await panel.click('.panel-head button');
      const ids = await waitFor(panel, (id) => {
        const shown = [...document.querySelectorAll('li.hl')].map((li) => li.dataset.id);
        return shown.includes(id) ? shown : null;
      }, mine.id, { what: 'the article\'s highlight under "This page"' });
      assert.deepEqual(ids, [mine.id], 'normalised URL (no tracking, no fragment) matches, other pages do not');
      assert.equal(await panel.evaluate(() => document.querySelector(`li.hl .hl-actions button`).textContent), 'Jump to');
    },
  },
  {
    name: 'axe-core finds no violations in the side panel',
    async run(env) {
      const page = await openPanel(env);
      await page.click('summary'); // the filters too
      await page.click(`li.hl[data-id="${FIXTURE[2].id}"] button.danger`);
      await waitFor(page, () => Boolean(document.querySelector('[aria-live] .toast')), undefined, { what: 'toast' });
      assert.deepEqual(await axeViolations(page), []);
      await page.keyboard.press('Enter'); // undo, leaving the store as it was
      await waitFor(page, (id) => Boolean(document.querySelector(`li.hl[data-id="${id}"]`)), FIXTURE[2].id, { what: 'restored' });
    },
  },
];

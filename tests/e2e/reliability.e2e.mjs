/* global IDBObjectStore -- functions passed to evaluate run in the page or worker */
// End-to-end: saves when the service worker is stopped mid-save (Chromium only: CDP
// ServiceWorker.stopAllWorkers; Firefox's background is an event page, which neither WebDriver
// BiDi nor puppeteer can stop): the content script sends the same save (same id) once more, so
// the card says "Saved" exactly when one whole highlight is stored, and never stores two; and HTML
// in highlight notes, tags, titles and entity names shown as literal text in the side panel.
import assert from 'node:assert/strict';
import { SKIP, callExtension as call, mentionCentre, waitFor } from './browsers.mjs';

const SEED = 'seeds/london-accuses-russian-pirates.html';
const SURFACE = 'Dominic Rapp';
const IMG = '<img src=x onerror=alert(1)>';
/** Delays (ms) between clicking Save and stopping the worker (besides one stop with the write held open). */
const STOP_AFTER_MS = [0, 20, 100];

/** In the page: the card's save outcome once it has one ('saved' | 'failed: …'), else null. */
function saveOutcome() {
  const root = document.querySelector('dossier-card-host')?.shadowRoot;
  const status = root?.querySelector('.status')?.textContent ?? '';
  const button = root?.querySelector('.actions button.primary')?.textContent ?? '';
  if (button === 'Saved') return 'saved';
  return status ? `failed: ${status}` : null;
}

/** Opens the seed page and hovers the mention until its card's Save button is there. */
async function cardWithSave(env) {
  const page = await env.browser.newPage();
  await page.goto(new URL(SEED, env.server.url).href);
  const centre = await waitFor(page, mentionCentre, SURFACE, { what: `a highlight over "${SURFACE}"` });
  await page.mouse.move(5, 5);
  await page.mouse.move(centre.x, centre.y, { steps: 4 });
  await waitFor(page, () => document.querySelector('dossier-card-host')?.shadowRoot?.querySelector('.actions button.primary'), undefined, { what: 'Save button' });
  return page;
}

/**
 * In the service worker: makes the next highlight write hold its transaction open for 3 s (chained
 * reads) after queuing the put, so the worker can be stopped with the write certainly in flight.
 * Only this worker instance is patched; the restarted one runs the real code.
 */
function holdNextHighlightWrite() {
  const raw = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function put(...args) {
    const request = raw.apply(this, args);
    if (this.name === 'highlights') {
      const until = Date.now() + 3000;
      const spin = () => { if (Date.now() < until) this.count().onsuccess = spin; };
      spin();
      globalThis.dossierWriteInFlight = true;
    }
    return request;
  };
}

const chromiumOnly = (run) => async (env) => (env.browser.name === 'chromium' ? run(env) : SKIP);

export const tests = [
  {
    name: 'reliability: stopping the service worker mid-save stores the highlight once and whole, and the card says "Saved" exactly when it is stored',
    run: chromiumOnly(async (env) => {
      const admin = await env.browser.newPage();
      await admin.goto(`${env.browser.extensionOrigin}ui/options.html`);
      const context = admin.context();
      const cdp = await context.newCDPSession(admin);
      await cdp.send('ServiceWorker.enable');
      const source = new URL(SEED, env.server.url).href;
      const stored = async () => (await call(admin, 'listHighlights', { source })).filter((h) => h.selectors.quote.exact === SURFACE);
      const outcomes = [];
      for (const delay of ['held', ...STOP_AFTER_MS]) {
        const page = await cardWithSave(env).catch((e) => { throw new Error(`after ${outcomes.join(', ') || 'no saves'}: ${e.message}`); });
        const before = (await stored()).map((h) => h.id);
        const [worker] = context.serviceWorkers();
        await worker.evaluate(() => { globalThis.dossierTestMarker = true; });
        if (delay === 'held') await worker.evaluate(holdNextHighlightWrite);
        await page.evaluate(() => document.querySelector('dossier-card-host').shadowRoot.querySelector('.actions button.primary').click());
        if (delay === 'held') await waitFor(worker, () => globalThis.dossierWriteInFlight, undefined, { what: 'the write in flight' });
        else await new Promise((resolve) => setTimeout(resolve, delay));
        await cdp.send('ServiceWorker.stopAllWorkers');
        const outcome = await waitFor(page, saveOutcome, undefined, { what: 'the card reporting the save' });
        // The worker restarts on the next call; it must be a fresh one (the marker is gone).
        const added = (await stored()).filter((h) => !before.includes(h.id));
        const fresh = await Promise.all(context.serviceWorkers().map((w) => w.evaluate(() => globalThis.dossierTestMarker === undefined).catch(() => true)));
        assert.ok(fresh.every(Boolean), 'the worker was really stopped');
        assert.ok(added.length <= 1, `one click stored ${added.length} highlights`);
        for (const h of added) {
          // Whole: every field the card sent, resolved entity and position, valid timestamps.
          assert.equal(h.selectors.quote.exact, SURFACE);
          assert.ok(h.selectors.quote.prefix.length > 0 && h.selectors.quote.suffix.length > 0);
          assert.ok(h.selectors.position.end > h.selectors.position.start);
          assert.equal(h.entities[0]?.name, 'Dominic Raab');
          assert.ok(h.title.length > 0 && !Number.isNaN(Date.parse(h.created)));
        }
        // A write cut off mid-transaction left nothing, so the second try (same id) stored it whole.
        if (delay === 'held') assert.deepEqual([outcome, added.length], ['saved', 1], 'the interrupted save was sent again and stored');
        if (outcome === 'saved') assert.equal(added.length, 1, `delay ${delay} ms: card said Saved but nothing was stored`);
        else assert.deepEqual([outcome.match(/^failed: That did not work: .+/) !== null, added.length], [true, 0], `delay ${delay} ms: card said ${outcome}`);
        outcomes.push(`${delay === 'held' ? 'held' : `${delay}ms`}:${outcome === 'saved' ? 'saved' : 'failed'}/${added.length ? 'stored' : 'absent'}`);
        await page.close();
        // Each attempt starts from an unsaved mention (a saved one's card offers no Save button).
        for (const h of added) await call(admin, 'deleteHighlight', { id: h.id });
      }
      // A run where every stop landed after the write proves nothing about interruption; record what happened.
      console.log(`    worker stopped mid-save: ${outcomes.join(', ')}`);
    }),
  },
  {
    name: 'reliability: HTML in notes, tags, titles and entity names shows literally in the side panel',
    async run(env) {
      const page = await env.browser.newPage();
      await page.goto(`${env.browser.extensionOrigin}ui/sidepanel.html`);
      await waitFor(page, () => document.querySelector('#app h1')?.textContent, undefined, { what: 'side panel' });
      const id = 'urn:uuid:0badc0de-0000-4000-8000-00000000abcd';
      const evil = {
        id, source: 'https://evil.example/page', title: `<script>alert(1)</script>Title`, created: '2026-02-02T00:00:00.000Z', modified: '2026-02-02T00:00:00.000Z',
        note: `note ${IMG}`, tags: [`<b>tag</b>`], colour: 'yellow',
        entities: [{ id: 'user:evil', name: `Evil ${IMG}`, type: 'person' }],
        selectors: { quote: { exact: `quote <iframe src=x></iframe>`, prefix: '', suffix: '' } },
      };
      await call(page, 'importHighlights', { text: JSON.stringify({ format: 'dossier-highlights', version: 1, exported: evil.created, highlights: [evil] }) });
      await page.click('#tab-all');
      await page.click('.panel-head button');
      const item = await waitFor(page, (hid) => {
        const li = document.querySelector(`li.hl[data-id="${hid}"]`);
        if (!li) return null;
        return { text: li.textContent, note: li.querySelector('textarea')?.value, tags: li.querySelector('input[type="text"]')?.value,
          injected: document.querySelectorAll('li.hl img, li.hl iframe, li.hl b, li.hl script').length };
      }, id, { what: 'the hostile highlight listed' });
      assert.ok(item.text.includes('quote <iframe src=x></iframe>'), item.text);
      assert.ok(item.text.includes(`Evil ${IMG}`), item.text);
      assert.equal(item.note, `note ${IMG}`);
      assert.match(item.tags, /<b>tag<\/b>/);
      assert.equal(item.injected, 0);
      await call(page, 'deleteHighlight', { id });
    },
  },
];

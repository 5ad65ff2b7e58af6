// End-to-end: saved highlights on the page. A passage selected on a seed page is saved through
// the context menu's real path (the service worker's contextMenus.onClicked listener, which
// asks the tab's content script to save its selection), given a note in the page's prompt,
// re-found and drawn as `dossier-saved` after a reload, listed in the side panel, exported;
// a slightly changed edition of the page still re-anchors, and one without the passage
// reports an orphan. Chromium and Firefox (there the menu's relay is sent from an extension page:
// see clickSaveMenu).
/* global CSS, NodeFilter, getSelection */
import assert from 'node:assert/strict';
import { callExtension as call, mentionCentre, waitFor } from './browsers.mjs';

const SEED = 'seeds/uk-convinced-moscow-helped.html';
const PASSAGE = 'Moscow immediately dismissed the allegations as “unfounded,” and Russia’s ambassador to the United Kingdom told BBC television';
const NOTE = 'Kremlin denial, check the BBC interview';

/** In the page: selects the first occurrence of `text` (inside one text node) with a DOM Range. */
function selectText(text) {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.data.indexOf(text);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + text.length);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    return true;
  }
  return false;
}

/** In the page: texts of the ranges drawn as saved highlights. */
function savedTexts() {
  return [...(CSS.highlights.get('dossier-saved') ?? [])].map((r) => r.toString());
}

/** In the page: the save UI's text (toast and note prompt), or ''. */
function saveUiText() {
  return document.querySelector('dossier-highlight-host')?.shadowRoot?.textContent ?? '';
}

/**
 * "Save highlight" from the context menu over `page`'s selection. Chromium: the menu's
 * contextMenus.onClicked event dispatched in the service worker for the active tab, as the browser
 * would. Firefox: the driver can neither click a browser menu, nor press a command's shortcut (its
 * keys reach only the page), nor run code in the background page, so an extension page sends the
 * call the menu's handler relays to the tab (`saveSelection`, extension/background/save-commands.ts).
 */
async function clickSaveMenu(env, page) {
  const worker = env.browser.serviceWorker?.();
  if (worker) {
    await worker.evaluate(async () => {
      const [tab] = await globalThis.chrome.tabs.query({ active: true, lastFocusedWindow: true });
      globalThis.chrome.contextMenus.onClicked.dispatch({ menuItemId: 'dossier-save-highlight', editable: false }, tab);
    });
    return;
  }
  const admin = await extensionPage(env);
  await page.bringToFront();
  await tabCall(admin, 'saveSelection', {});
}

/** Opens the seed (optionally a changed edition) once the scanner has painted it. */
async function openSeed(env, variant) {
  const page = await env.browser.newPage();
  await page.goto(new URL(variant ? `${SEED}?utm_content=${variant}` : SEED, env.server.url).href);
  await waitFor(page, () => [...CSS.highlights.keys()].some((k) => k.startsWith('dossier-')), undefined, { what: 'the first scan' });
  return page;
}

/** Opens the side panel page on the "This page" tab for `article` (the active tab). */
async function openPanelFor(env, article) {
  const panel = await env.browser.newPage();
  await panel.goto(`${env.browser.extensionOrigin}ui/sidepanel.html`);
  await waitFor(panel, () => document.querySelector('#app h1')?.textContent, undefined, { what: 'side panel rendered' });
  await article.bringToFront();
  await panel.click('#tab-page');
  await panel.click('.panel-head button');
  return panel;
}

/** Saves PASSAGE with NOTE through the context menu once per browser session; resolves with the stored record. */
const savedOnce = new WeakMap();
function ensureSaved(env) {
  if (!savedOnce.has(env.browser)) savedOnce.set(env.browser, saveWithNote(env));
  return savedOnce.get(env.browser);
}

async function saveWithNote(env) {
  const page = await openSeed(env);
  assert.ok(await page.evaluate(selectText, PASSAGE), 'passage found on the seed page');
  await clickSaveMenu(env, page);
  await waitFor(page, () => Boolean(document.querySelector('dossier-highlight-host')?.shadowRoot?.querySelector('textarea')), undefined, { what: 'the note prompt' });
  assert.match(await page.evaluate(saveUiText), /Highlight saved/);
  await page.fill('dossier-highlight-host >> textarea', NOTE);
  await page.click('dossier-highlight-host >> button[type="submit"]');
  await waitFor(page, () => /Note saved/.test(document.querySelector('dossier-highlight-host')?.shadowRoot?.textContent ?? ''), undefined, { what: '"Note saved"' });
  const list = await call(await extensionPage(env), 'listHighlights', { query: NOTE });
  const record = list.find((h) => h.selectors.quote.exact === PASSAGE);
  assert.ok(record, 'the store holds the passage');
  return { page, record };
}

async function extensionPage(env) {
  const page = await env.browser.newPage();
  await page.goto(`${env.browser.extensionOrigin}ui/sidepanel.html`);
  await waitFor(page, () => document.querySelector('#app h1')?.textContent, undefined, { what: 'extension page' });
  return page;
}

export const tests = [
  {
    name: 'context menu saves the selection with its page, context, entities and a note',
    async run(env) {
      const { record } = await ensureSaved(env);
      assert.equal(record.source, new URL(SEED, env.server.url).href);
      assert.equal(record.note, NOTE);
      assert.match(record.title, /convinced/);
      // Context from the page text either side, across the paragraph break.
      assert.ok(record.selectors.quote.prefix.includes('intellectual property.'), `prefix "${record.selectors.quote.prefix}"`);
      assert.ok(record.selectors.quote.suffix.startsWith(' on Sunday'), `suffix "${record.selectors.quote.suffix}"`);
      assert.ok(record.selectors.position.end - record.selectors.position.start === PASSAGE.length);
      const ids = record.entities.map((e) => e.id);
      assert.ok(ids.length >= 2, `entities inside the passage: ${ids.join(', ')}`);
      assert.ok(ids.includes('country:GB'), `United Kingdom among ${ids.join(', ')}`);
    },
  },
  {
    name: 'after a reload the saved passage is re-found and drawn as dossier-saved',
    async run(env) {
      const { record } = await ensureSaved(env);
      const page = await openSeed(env);
      const texts = await waitFor(page, (quote) => {
        const drawn = [...(CSS.highlights.get('dossier-saved') ?? [])].map((r) => r.toString());
        return drawn.includes(quote) ? drawn : null;
      }, PASSAGE, { what: 'the saved passage drawn' });
      assert.ok(texts.includes(record.selectors.quote.exact));
      const panel = await openPanelFor(env, page);
      await waitFor(panel, (id) => Boolean(document.querySelector(`li.hl[data-id="${id}"]`)), record.id, { what: 'listed under "This page"' });
      assert.equal(await panel.evaluate(() => document.querySelector('.orphans')), null, 'no orphans on the unchanged page');
      // "Jump to" scrolls to it and flashes it in the page.
      await page.evaluate(() => window.scrollTo(0, 0));
      await panel.click(`li.hl[data-id="${record.id}"] .hl-actions button:not(.danger)`);
      const flashed = await waitFor(page, () => [...(CSS.highlights.get('dossier-saved-flash') ?? [])].map((r) => r.toString())[0], undefined, { what: 'the flash' });
      assert.equal(flashed, PASSAGE);
    },
  },
  {
    name: 'side panel lists the saved highlight and the export has its quote and note (JSON, Markdown)',
    async run(env) {
      const { record } = await ensureSaved(env);
      const page = await openSeed(env);
      const panel = await openPanelFor(env, page);
      const item = await waitFor(panel, (id) => {
        const li = document.querySelector(`li.hl[data-id="${id}"]`);
        return li && { quote: li.querySelector('.hl-quote').textContent, note: li.querySelector('textarea').value };
      }, record.id, { what: 'the highlight in the side panel' });
      assert.deepEqual(item, { quote: PASSAGE, note: NOTE });
      const json = JSON.parse(await call(panel, 'exportHighlights', { format: 'json', ids: [record.id] }));
      assert.equal(json.highlights.length, 1);
      assert.equal(json.highlights[0].selectors.quote.exact, PASSAGE);
      assert.equal(json.highlights[0].note, NOTE);
      const markdown = await call(panel, 'exportHighlights', { format: 'markdown', ids: [record.id] });
      assert.ok(markdown.includes(PASSAGE), 'Markdown quotes the passage');
      assert.ok(markdown.includes(NOTE), 'Markdown has the note');
    },
  },
  {
    name: 'a slightly changed edition of the page still re-anchors the passage',
    async run(env) {
      const { record } = await ensureSaved(env);
      const page = await openSeed(env, 'changed');
      const drawn = await waitFor(page, () => [...(CSS.highlights.get('dossier-saved') ?? [])].map((r) => r.toString()).find((t) => t.includes('rejected')), undefined, { what: 'the changed passage drawn' });
      assert.match(drawn, /^Moscow immediately rejected the allegations/);
      const panel = await openPanelFor(env, page);
      await waitFor(panel, (id) => Boolean(document.querySelector(`li.hl[data-id="${id}"]`)), record.id, { what: 'listed' });
      const status = await tabCall(panel, 'getAnchorStatus', {});
      assert.ok(status.anchored.includes(record.id), 'anchored');
      assert.ok(!status.orphaned.includes(record.id), 'not an orphan');
    },
  },
  {
    name: 'a page whose passage is gone reports an orphan, listed under "Not found on this page"',
    async run(env) {
      const { record } = await ensureSaved(env);
      const page = await openSeed(env, 'gone');
      const panel = await openPanelFor(env, page);
      // Wait for this record among the orphans (others saved on the seed may be listed there first).
      const orphans = await waitFor(panel, (id) => {
        const ids = [...document.querySelectorAll('.orphans li.hl')].map((li) => li.dataset.id);
        return ids.includes(id) ? ids : null;
      }, record.id, { what: 'the passage under "Not found on this page"' });
      assert.ok(orphans.includes(record.id));
      assert.match(await panel.evaluate(() => document.querySelector('#orphans-title').textContent), /Not found on this page/);
      const status = await tabCall(panel, 'getAnchorStatus', {});
      assert.ok(status.orphaned.includes(record.id));
      assert.ok(!(await page.evaluate(savedTexts)).some((t) => t.includes('Moscow immediately')), 'nothing drawn for the orphan');
      const stored = await call(panel, 'listHighlights', { query: NOTE });
      assert.ok(stored.some((h) => h.id === record.id), 'the orphan stays in the store');
    },
  },
  {
    name: 'a passage that arrives after load (late content) is re-found and drawn (one mutation feed)',
    async run(env) {
      const { record } = await ensureSaved(env);
      const page = await openSeed(env, 'gone');
      const admin = await extensionPage(env);
      await page.bringToFront();
      assert.ok((await tabCall(admin, 'getAnchorStatus', {})).orphaned.includes(record.id), 'not on the page at first');
      // The page adds the passage itself, as a late article body would.
      await page.evaluate((text) => {
        const p = document.createElement('p');
        p.textContent = `${text} on Sunday.`;
        (document.querySelector('article') ?? document.body).append(p);
      }, PASSAGE);
      await waitFor(page, (text) => [...(CSS.highlights.get('dossier-saved') ?? [])].some((r) => r.toString() === text), PASSAGE, { what: 'the late passage drawn' });
      await page.bringToFront();
      assert.ok((await tabCall(admin, 'getAnchorStatus', {})).anchored.includes(record.id), 'and reported as found');
    },
  },
  {
    name: 'the card\'s Save button saves a mention that is re-found and drawn after a reload',
    async run(env) {
      const page = await openSeed(env);
      const centre = await waitFor(page, mentionCentre, 'Andrei Kelin', { what: 'a mark over "Andrei Kelin"' });
      await page.mouse.move(5, 5);
      await page.mouse.move(centre.x, centre.y, { steps: 4 });
      await waitFor(page, () => Boolean(document.querySelector('dossier-card-host')?.shadowRoot?.querySelector('button.primary')), undefined, { what: 'the card' });
      await page.evaluate(() => document.querySelector('dossier-card-host').shadowRoot.querySelector('button.primary').click());
      await waitFor(page, () => document.querySelector('dossier-card-host').shadowRoot.querySelector('button.primary')?.disabled, undefined, { what: 'card says Saved' });
      await page.reload();
      await waitFor(page, () => [...(CSS.highlights.get('dossier-saved') ?? [])].some((r) => r.toString() === 'Andrei Kelin'), undefined, { what: 'the saved mention drawn after reload' });
    },
  },
];

/** From an extension page: a call to the active tab's content script (top frame). */
async function tabCall(panel, method, params) {
  const reply = await panel.evaluate(async ([m, p]) => {
    const [tab] = await globalThis.chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return globalThis.chrome.tabs.sendMessage(tab.id, { dossier: 1, method: m, params: p }, { frameId: 0 });
  }, [method, params]);
  if (!reply?.ok) throw new Error(`${method}: ${reply?.error ?? 'no answer'}`);
  return reply.result;
}

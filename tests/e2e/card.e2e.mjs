/* global CSS -- functions passed to evaluate run in the page */
// End-to-end: the hover/keyboard card on a seed news page, and accessibility (axe-core) of the
// card, the popup and the options page. Runs in Chromium and Firefox.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { callExtension, mentionCentre, waitFor } from './browsers.mjs';

const AXE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../node_modules/axe-core/axe.min.js');
const AXE_SOURCE = fs.readFileSync(AXE, 'utf8');
const SEED = 'seeds/london-accuses-russian-pirates.html';
const ARTIFACTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../artifacts');

/** Resizes the page's viewport (playwright-core and puppeteer-core name it differently). */
async function resize(page, size) {
  if (page.setViewportSize) await page.setViewportSize(size);
  else await page.setViewport(size);
}

/**
 * In the page: the open card's layout: is it inside the viewport, and are its name, why-line
 * and every action button inside both the card and the viewport (not scrolled away or cut)?
 */
function cardLayout() {
  const card = document.querySelector('dossier-card-host')?.shadowRoot?.querySelector('.dossier-card');
  if (!card?.querySelector('.details')) return null;
  const vw = document.documentElement.clientWidth;
  const vh = document.documentElement.clientHeight;
  const c = card.getBoundingClientRect();
  const inside = (r, box) => r.width > 0 && r.height > 0 && r.left >= box.left - 0.5 && r.right <= box.right + 0.5 && r.top >= box.top - 0.5 && r.bottom <= box.bottom + 0.5;
  const view = { left: 0, top: 0, right: vw, bottom: vh };
  const shown = (el) => Boolean(el) && inside(el.getBoundingClientRect(), c) && inside(el.getBoundingClientRect(), view);
  const buttons = [...card.querySelectorAll('.actions button')];
  return {
    inViewport: inside(c, view),
    heading: shown(card.querySelector('h2')),
    why: shown(card.querySelector('.match')),
    actions: buttons.length === 3 && buttons.every(shown),
    roles: [...card.querySelectorAll('.roles li')].map((li) => li.textContent),
    more: card.querySelector('.roles + .more')?.textContent ?? null,
    text: card.textContent,
    box: [c.left, c.top, c.right, c.bottom, vw, vh].map(Math.round).join(' '),
  };
}

function cardState() {
  const host = document.querySelector('dossier-card-host');
  const card = host?.shadowRoot?.querySelector('.dossier-card');
  return {
    visible: host?.dataset.visible === 'true',
    text: card?.textContent ?? '',
    focused: host?.shadowRoot?.activeElement?.tagName ?? null,
    outer: document.activeElement?.id || document.activeElement?.tagName || null,
  };
}

/** Runs axe-core on `selector` (default: the whole document) and returns readable violations. */
async function axeViolations(page, selector) {
  // Evaluated over the driver protocol rather than added as a <script>: extension pages' CSP forbids inline scripts.
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (sel) => {
    const context = sel ? document.querySelector(sel) : document;
    const result = await globalThis.axe.run(context, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  }, selector);
}

async function openSeed(env, surface) {
  const page = await env.browser.newPage();
  await page.goto(new URL(SEED, env.server.url).href);
  const centre = await waitFor(page, mentionCentre, surface, { what: `a highlight over "${surface}"` });
  return { page, centre };
}

async function hover(page, centre) {
  await page.mouse.move(5, 5);
  await page.mouse.move(centre.x, centre.y, { steps: 4 });
  // Wait for the entity details (loaded lazily from the background), not just the card frame.
  return waitFor(page, () => {
    const card = document.querySelector('dossier-card-host')?.shadowRoot?.querySelector('.dossier-card');
    return card?.querySelector('.details') ? card.textContent : '';
  }, undefined, { what: 'a card with entity details' });
}

async function extensionPage(env, file) {
  const page = await env.browser.newPage();
  await page.goto(`${env.browser.extensionOrigin}ui/${file}`);
  await waitFor(page, () => document.querySelector('#app h1')?.textContent, undefined, { what: `${file} rendered` });
  return page;
}

/** In the page: how many entity highlights are registered over `text`. */
function marksOver(text) {
  let n = 0;
  for (const [name, h] of CSS.highlights) if (name.startsWith('dossier-') && name !== 'dossier-saved') for (const r of h) if (r.toString() === text) n += 1;
  return n;
}

export const tests = [
  {
    name: 'card for a garbled name shows the canonical entity, how it matched and actions',
    async run(env) {
      const { page, centre } = await openSeed(env, 'Dominic Rapp');
      const text = await hover(page, centre);
      assert.match(text, /Dominic Raab/);
      assert.match(text, /How this matched: .*Dominic Rapp.*\(\d{1,3}% confidence\)/);
      assert.match(text, /Mentions on this page: \d+/);
      assert.match(text, /Save highlight/);
    },
  },
  {
    name: 'card stays while the pointer moves onto it, and Escape closes it',
    async run(env) {
      const { page, centre } = await openSeed(env, 'Dominic Rapp');
      await hover(page, centre);
      const box = await page.evaluate(() => {
        const r = document.querySelector('dossier-card-host').shadowRoot.querySelector('.dossier-card').getBoundingClientRect();
        return { x: r.left + 20, y: r.top + 20 };
      });
      await page.mouse.move(box.x, box.y, { steps: 6 });
      await new Promise((resolve) => setTimeout(resolve, 700));
      assert.equal((await page.evaluate(cardState)).visible, true, 'card persists under the pointer');
      await page.keyboard.press('Escape');
      await waitFor(page, () => document.querySelector('dossier-card-host')?.dataset.visible === 'false', undefined, { what: 'card closed' });
    },
  },
  {
    name: 'Alt+Shift+D opens the next card with focus in it; Escape returns focus',
    async run(env) {
      const { page } = await openSeed(env, 'Dominic Rapp');
      await page.evaluate(() => {
        const button = document.createElement('button');
        button.id = 'dossier-test-start';
        button.textContent = 'start';
        document.body.prepend(button);
        button.focus();
        window.scrollTo(0, 0);
      });
      await page.keyboard.down('Alt');
      await page.keyboard.down('Shift');
      await page.keyboard.press('KeyD');
      await page.keyboard.up('Shift');
      await page.keyboard.up('Alt');
      const state = await waitFor(page, () => {
        const host = document.querySelector('dossier-card-host');
        return host?.dataset.visible === 'true' && host.shadowRoot.activeElement?.tagName === 'H2' ? host.shadowRoot.activeElement.textContent : '';
      }, undefined, { what: 'a keyboard-opened card with its heading focused' });
      assert.ok(state.length > 0);
      const label = await page.evaluate(() => document.querySelector('dossier-card-host').shadowRoot.querySelector('[role="dialog"]')?.getAttribute('aria-label'));
      assert.ok(label?.includes(state), `dialog label "${label}" names "${state}"`);
      await page.keyboard.press('Escape');
      const after = await waitFor(page, () => document.querySelector('dossier-card-host')?.dataset.visible === 'false' && document.activeElement?.id, undefined, { what: 'focus back' });
      assert.equal(after, 'dossier-test-start');
    },
  },
  {
    name: 'card layout: inside the viewport with name, why-line and actions shown, on small and large screens',
    timeoutMs: 60_000,
    async run(env) {
      fs.mkdirSync(ARTIFACTS, { recursive: true });
      for (const size of [{ width: 400, height: 560 }, { width: 1440, height: 900 }]) {
        const page = await env.browser.newPage();
        await resize(page, size);
        await page.goto(new URL('demo-article.html', env.server.url).href);
        const centre = await waitFor(page, mentionCentre, 'Dominic Raab', { what: 'a highlight over "Dominic Raab"' });
        await page.mouse.move(5, 5);
        await page.mouse.move(centre.x, centre.y, { steps: 4 });
        const layout = await waitFor(page, cardLayout, undefined, { what: 'the card with its details' });
        await page.screenshot({ path: path.join(ARTIFACTS, `e2e-card-${env.browser.name}-${size.width}x${size.height}.png`) });
        const where = `${size.width}x${size.height}`;
        assert.deepEqual({ inViewport: layout.inViewport, heading: layout.heading, why: layout.why, actions: layout.actions },
          { inViewport: true, heading: true, why: true, actions: true }, `${where}: card at ${layout.box}: ${layout.text}`);
        assert.equal(layout.roles.length, 3, `${where}: three roles before "more"`);
        assert.match(layout.more ?? '', /^Show \d+ more$/);
        assert.doesNotMatch(layout.text, /\d{4}-\d{2}-\d{2}/, 'no ISO dates');
        assert.doesNotMatch(layout.roles.join('|'), /United Kingdom/, 'the home country is not repeated in every role');
        assert.doesNotMatch(layout.roles.join('|'), /Member of/, 'offices rank above parliament seats');
        await page.close();
      }
    },
  },
  {
    name: 'axe-core finds no violations in an open card',
    async run(env) {
      const { page, centre } = await openSeed(env, 'Dominic Rapp');
      await hover(page, centre);
      // With every role shown, too: the disclosure button and the longer scrolling body.
      await page.evaluate(() => document.querySelector('dossier-card-host').shadowRoot.querySelector('.more')?.click());
      await waitFor(page, () => document.querySelector('dossier-card-host').shadowRoot.querySelector('.more')?.getAttribute('aria-expanded') !== 'false',
        undefined, { what: 'every role shown' });
      assert.deepEqual(await axeViolations(page, 'dossier-card-host'), []);
    },
  },
  {
    name: '"Wrong link" takes every such mark off at once, and it stays off when the block changes and after a reload',
    async run(env) {
      const page = await env.browser.newPage();
      await page.goto(new URL('wrong-link.html', env.server.url).href);
      const centre = await waitFor(page, mentionCentre, 'Jens Stoltenberg', { what: 'a mark over the name' });
      assert.equal(await page.evaluate(marksOver, 'Jens Stoltenberg'), 2);
      assert.match(await hover(page, centre), /Jens Stoltenberg/);
      await page.evaluate(() => [...document.querySelector('dossier-card-host').shadowRoot.querySelectorAll('.actions button')].find((b) => /wrong/i.test(b.textContent)).click());
      const status = () => document.querySelector('dossier-card-host').shadowRoot.querySelector('.status')?.textContent;
      await waitFor(page, status, undefined, { what: 'the card saying what happened' }).catch(async (e) => { throw new Error(`${e.message}: ${await page.evaluate(() => document.querySelector('dossier-card-host').shadowRoot.textContent)}`); });
      assert.equal(await page.evaluate(marksOver, 'Jens Stoltenberg'), 0, 'both marks gone at once');
      // The page rewrites the second paragraph: NATO there is linked again, the name is not.
      const natoBefore = await page.evaluate(marksOver, 'NATO');
      await page.click('#update');
      await waitFor(page, (id) => [...CSS.highlights].some(([name, h]) => name.startsWith('dossier-') && [...h].some((r) => r.toString() === 'NATO' && document.getElementById(id).contains(r.startContainer))), 'later', { what: 'NATO marked in the updated paragraph' });
      assert.equal(await page.evaluate(marksOver, 'NATO'), natoBefore);
      assert.equal(await page.evaluate(marksOver, 'Jens Stoltenberg'), 0, 'the corrected name came back with the update');
      await page.reload();
      await waitFor(page, marksOver, 'NATO', { what: 'marks after the reload' });
      assert.equal(await page.evaluate(marksOver, 'Jens Stoltenberg'), 0, 'the corrected name came back after a reload');
      const admin = await extensionPage(env, 'options.html');
      const corrections = await callExtension(admin, 'listCorrections', {});
      for (const c of corrections.filter((x) => x.quote === 'Jens Stoltenberg')) await callExtension(admin, 'removeCorrection', { key: c.key });
    },
  },
  {
    name: 'a name split across elements is one mark, and hovering any part of it opens its card',
    async run(env) {
      const page = await env.browser.newPage();
      await page.goto(new URL('split-names.html', env.server.url).href);
      await waitFor(page, marksOver, 'National Cyber Security Centre', { what: 'one mark over "National <b>Cyber</b> Security Centre"' });
      assert.equal(await page.evaluate(marksOver, 'Dominic Raab'), 2, 'the split name and the plain one');
      const centreOf = (selector) => page.evaluate((sel) => {
        const box = document.querySelector(sel).getBoundingClientRect();
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      }, selector);
      const cardSays = (pattern) => waitFor(page, (source) => {
        const text = document.querySelector('dossier-card-host')?.shadowRoot?.querySelector('.dossier-card .details')?.closest('.dossier-card').textContent ?? '';
        return new RegExp(source).test(text) ? text : '';
      }, pattern.source, { what: `a card matching ${pattern}` });
      // The end of the mention is inside <b>; then a node between its two ends.
      await page.mouse.move(5, 5);
      await page.mouse.move(...Object.values(await centreOf('#first > b')), { steps: 4 });
      assert.match(await cardSays(/Dominic Raab/), /Mentions on this page: 2/);
      await page.keyboard.press('Escape');
      await page.mouse.move(5, 5);
      await page.mouse.move(...Object.values(await centreOf('#first a b')), { steps: 4 });
      await cardSays(/National Cyber Security Centre/);
    },
  },
  {
    name: 'axe-core finds no violations in the popup and options pages',
    async run(env) {
      for (const file of ['popup.html', 'options.html']) {
        const page = await extensionPage(env, file);
        await new Promise((resolve) => setTimeout(resolve, 300));
        assert.deepEqual(await axeViolations(page), [], file);
      }
    },
  },
];

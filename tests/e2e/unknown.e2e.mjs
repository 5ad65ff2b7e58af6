/* global CSS */
// End-to-end (Chromium and Firefox): a name the knowledge base does not know is marked with the
// quieter `dossier-unknown` highlight, ordinary words and Title Case chrome are not; its card says
// "Not in the knowledge base" and quotes the page's role sentence; "Add to my entities" makes it
// a user entity that links on a second page. The card lives in the page, so Firefox runs it too;
// only the options-page steps (edit, clean-up: an extension page) are Chromium's.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { callExtension, mentionCentre, waitFor } from './browsers.mjs';

const AXE_SOURCE = fs.readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../node_modules/axe-core/axe.min.js'), 'utf8');

const NAME = 'Maribel Ostrander';

/** In the page: texts of the ranges in one highlight. */
const rangesIn = (name) => [...(CSS.highlights.get(name) ?? [])].map((r) => r.toString());

/** In the page: the unknown card's parts, once it shows. */
function unknownCard() {
  const card = document.querySelector('dossier-card-host')?.shadowRoot?.querySelector('.dossier-card.unknown');
  if (!card) return null;
  return {
    heading: card.querySelector('h2')?.textContent,
    badge: card.querySelector('.badge')?.textContent,
    sentence: card.querySelector('.sentence')?.textContent ?? '',
    text: card.textContent,
    jumps: card.querySelectorAll('button.jump').length,
  };
}

/**
 * In the page: the texts of `dossier-unknown` and `dossier-person` once they are as `want` says
 * ('both': the unknown place and the KB person marked; 'kb-only': the person and no unknown mark).
 */
function marksOnce(want) {
  const texts = (name) => [...(CSS.highlights.get(name) ?? [])].map((r) => r.toString());
  const state = { unknown: texts('dossier-unknown'), person: texts('dossier-person') };
  const person = state.person.includes('Olaf Scholz');
  const ready = want === 'both' ? person && state.unknown.includes('Lower Brackenfold') : person && state.unknown.length === 0;
  return ready ? state : null;
}

const UNKNOWN_SWITCH = 'section[aria-labelledby="styles-title"] input[type="checkbox"]';

export const tests = [
  {
    name: 'unknown names: the options switch takes their quieter marks off live and brings them back, KB marks untouched',
    timeoutMs: 90_000,
    async run(env) {
      const page = await env.browser.newPage();
      await page.goto(new URL('unknown-switch.html', env.server.url).href);
      await waitFor(page, marksOnce, 'both', { what: 'unknown and KB marks' });
      const options = await env.browser.newPage();
      await options.goto(`${env.browser.extensionOrigin}ui/options.html`);
      try {
        const shown = await waitFor(options, (sel) => document.querySelector(sel) && { checked: document.querySelector(sel).checked }, UNKNOWN_SWITCH, { what: 'the switch' });
        assert.equal(shown.checked, true, 'on by default');
        await options.click(UNKNOWN_SWITCH);
        const off = await waitFor(page, marksOnce, 'kb-only', { what: 'unknown marks taken off, the KB mark kept' });
        assert.deepEqual(off.person, ['Olaf Scholz'], 'the KB mark stays');
        const fresh = await env.browser.newPage();
        await fresh.goto(new URL('unknown-switch.html', env.server.url).href);
        await waitFor(fresh, marksOnce, 'kb-only', { what: 'a new page marked' });
        assert.deepEqual(await fresh.evaluate(rangesIn, 'dossier-unknown'), [], 'a page opened while off gets no unknown marks');
        await options.click(UNKNOWN_SWITCH);
        await waitFor(page, marksOnce, 'both', { what: 'unknown marks back' });
      } finally {
        await options.evaluate(async () => {
          const { settings } = await globalThis.chrome.storage.local.get('settings');
          await globalThis.chrome.storage.local.set({ settings: { ...settings, unknownMarks: true } });
        });
      }
    },
  },
  {
    name: 'unknown names: marked quietly, a card with the page\'s role sentence, "Add to my entities" links it on a second page (and it is editable in options)',
    timeoutMs: 60_000,
    async run(env) {
      const page = await env.browser.newPage();
      await page.goto(new URL('unknown-local.html', env.server.url).href);
      const unknown = await waitFor(page, (h) => {
        const texts = [...(CSS.highlights.get(h) ?? [])].map((r) => r.toString());
        return texts.includes('Ostrander') ? texts : null;
      }, 'dossier-unknown', { what: 'unknown names marked' });
      assert.ok(unknown.includes(NAME), `the full name is marked: ${unknown}`);
      assert.ok(unknown.includes('Lower Brackenfold') && unknown.includes('Brackenfold Community Trust'), `place and organisation: ${unknown}`);
      for (const word of ['Read More', 'Local News', 'Village Hall Plans Approved After Long Wait', 'Monday', 'However', 'Reading', 'Privacy Policy', 'Staff Reporter']) {
        assert.ok(!unknown.some((t) => t.includes(word)), `"${word}" is not marked: ${unknown}`);
      }

      const centre = await waitFor(page, mentionCentre, NAME, { what: `a highlight over "${NAME}"` });
      await page.mouse.move(5, 5);
      await page.mouse.move(centre.x, centre.y, { steps: 4 });
      const card = await waitFor(page, unknownCard, undefined, { what: 'the unknown-name card' });
      assert.equal(card.heading, NAME);
      assert.equal(card.badge, 'Not in the knowledge base');
      assert.equal(card.sentence, await page.evaluate(() => document.getElementById('role').textContent));
      assert.match(card.text, /the parish council's planning adviser/);
      assert.match(card.text, /Person/);
      assert.equal(card.jumps, 2, 'one jump button per mention ("Maribel Ostrander", "Ostrander")');
      // Evaluated over the driver protocol, as in card.e2e.mjs.
      await page.evaluate(AXE_SOURCE);
      const violations = await page.evaluate(async () => (await globalThis.axe.run(document.querySelector('dossier-card-host'), { resultTypes: ['violations'] })).violations.map((v) => v.id));
      assert.deepEqual(violations, [], 'axe-core finds no violations in the unknown card');

      await page.evaluate(() => {
        const button = [...document.querySelector('dossier-card-host').shadowRoot.querySelectorAll('.dossier-card.unknown button')].find((b) => b.textContent === 'Add to my entities');
        button.click();
      });
      await waitFor(page, () => /Added to your entities/.test(document.querySelector('dossier-card-host')?.shadowRoot?.querySelector('.dossier-card.unknown .status')?.textContent ?? ''),
        undefined, { what: 'the entity added' });

      const second = await env.browser.newPage();
      await second.goto(new URL('unknown-second.html', env.server.url).href);
      await waitFor(second, (n) => [...(CSS.highlights.get('dossier-person') ?? [])].some((r) => r.toString() === n), NAME, { what: `"${NAME}" linked as a person on the second page` });
      assert.deepEqual(await second.evaluate(rangesIn, 'dossier-unknown'), [], 'and no longer marked unknown');

      if (env.browser.name === 'chromium') {
        const options = await env.browser.newPage();
        await options.goto(`${env.browser.extensionOrigin}ui/options.html`);
        const mine = await callExtension(options, 'listUserEntities', {});
        const added = mine.find((e) => e.name === NAME);
        assert.deepEqual(added && { name: added.name, type: added.type }, { name: NAME, type: 'person' });
        assert.match(added.description, /planning adviser/);
        // Editable in options: the user corrects what the page said.
        await waitFor(options, (n) => [...document.querySelectorAll('section[aria-labelledby="packs-title"] button')].some((b) => b.getAttribute('aria-label') === `Edit: ${n}`), NAME, { what: 'an Edit button' });
        await options.click(`section[aria-labelledby="packs-title"] button[aria-label="Edit: ${NAME}"]`);
        await options.fill('form.entity-editor textarea', 'Planning adviser to the parish council.');
        await options.click('form.entity-editor button[type="submit"]');
        await waitFor(options, () => !document.querySelector('form.entity-editor'), undefined, { what: 'the editor closed after saving' });
        const edited = (await callExtension(options, 'listUserEntities', {})).find((e) => e.id === added.id);
        assert.equal(edited.description, 'Planning adviser to the parish council.');
        await callExtension(options, 'deleteUserEntity', { id: added.id });
      }
    },
  },
];

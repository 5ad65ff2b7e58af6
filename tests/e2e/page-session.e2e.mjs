/* global CSS */
// End-to-end: page-wide names (issue 14). A long page is linked in several chunks; the linker
// Worker keeps the page's state between them, so a surname far below its full name (outside
// the first chunk) is marked as that person, and a headline's surname, sent before the chunk
// that names the person, is marked afterwards; a name the KB lacks is marked again by its
// surname far below (Firefox often links the first chunk last, so either order is exercised).
// The whole-text CLI links both the same way
// (`dossier annotate tests/fixtures/pages/page-session.html`). Waits for Dossier's scan-done
// signal, then hovers each mark and reads the person's name on its card. Chromium and Firefox.
import assert from 'node:assert/strict';
import { waitFor } from './browsers.mjs';

const PAGE = 'page-session.html';

/** In the page: whether Dossier signalled a finished scan. */
const scanDone = () => performance.getEntriesByName('dossier:scan-done').length > 0;

/** In the page: the centre of the `highlight` mark over `text` inside the element `id`, scrolled into view; null if none. */
function markIn([id, text, highlight]) {
  const range = [...(CSS.highlights.get(highlight) ?? [])].find((r) => r.toString() === text && document.getElementById(id)?.contains(r.startContainer));
  if (!range) return null;
  range.startContainer.parentElement.scrollIntoView({ block: 'center' });
  const box = range.getClientRects()[0];
  return box ? { x: box.left + box.width / 2, y: box.top + box.height / 2 } : null;
}

/** The name on the card that hovering `centre` opens. */
async function cardName(page, centre) {
  // Close the card of the mark before, so the name read is this mark's.
  await page.keyboard.press('Escape');
  await waitFor(page, () => document.querySelector('dossier-card-host')?.dataset.visible !== 'true', undefined, { what: 'the last card closed' });
  await page.mouse.move(5, 5);
  await page.mouse.move(centre.x, centre.y, { steps: 4 });
  return waitFor(page, () => {
    const host = document.querySelector('dossier-card-host');
    return host?.dataset.visible === 'true' ? host.shadowRoot?.querySelector('.dossier-card h2')?.textContent ?? '' : '';
  }, undefined, { what: 'a card' });
}

export const tests = [
  {
    name: "page-wide names: a surname far below its full name, and a headline surname before it, are marked as that person; so is an unknown name's surname",
    async run(env) {
      const page = await env.browser.newPage();
      await page.goto(new URL(PAGE, env.server.url).href);
      await waitFor(page, scanDone, undefined, { timeout: 150_000, what: "Dossier's scan-done signal" });
      const marks = [
        ['full', 'Dominic Raab', 'dossier-person', 'Dominic Raab'],
        ['late', 'Raab', 'dossier-person', 'Dominic Raab'],
        ['headline', 'Raab', 'dossier-person', 'Dominic Raab'],
        // A name the KB lacks: its surname far below is marked as the same unknown person.
        ['late-local', 'Hollowell', 'dossier-unknown', 'Jane Hollowell'],
      ];
      for (const [id, text, highlight, name] of marks) {
        // On failure, every mark on the page is listed.
        const drawn = () => page.evaluate(() => [...CSS.highlights].flatMap(([n, h]) => [...h].map((r) => `${n} "${r}" in ${r.startContainer.parentElement?.id || r.startContainer.parentElement?.tagName}`)).join(', '));
        const centre = await waitFor(page, markIn, [id, text, highlight], { what: `a ${highlight} mark over "${text}" in #${id}` }).catch(async (error) => {
          throw new Error(`${error.message}; marks: ${await drawn()}`);
        });
        const shown = await cardName(page, centre);
        if (shown !== name) assert.fail(`the mark over "${text}" in #${id} opens a card for "${shown}", not "${name}"; marks: ${await drawn()}`);
      }
    },
  },
];

// End-to-end (Chromium and Firefox): the options page imports a user KB pack (JSON and CSV, chosen with a real
// file input), lists its entities, and a served page naming them shows them on a hover card, with
// HTML in names, aliases and descriptions shown as literal text. A malformed pack shows line-numbered
// errors and changes nothing.
import assert from 'node:assert/strict';
import { callExtension, mentionCentre, waitFor } from './browsers.mjs';

const IMG = '<img src=x onerror=alert(1)>';
const SCRIPT = '<script>document.title="pwned"</script>';
const JSON_PACK = JSON.stringify({ entities: [{
  name: `Quentaxis Zorblatt ${IMG}`, type: 'person',
  aliases: ['Quentaxis Zorblatt', `Q. Zorblatt ${SCRIPT}`],
  description: `Shipping magnate. <b>bold</b> ${SCRIPT} <a href="javascript:alert(1)">link</a>`,
}] });
const CSV_PACK = `name,type,aliases,description,url\r\nVellmora Tarquine Holdings,organization,"Vellmora Tarquine;<svg onload=alert(1)>","A holding company <iframe src=x></iframe>",https://vellmora.example/\r\n`;
const BAD_CSV = 'name,type,aliases\nGood Name,person,\nBad Name,planet,\n"Unterminated,person,\n';

/** Opens options.html and waits for the user-entities section to have loaded. */
export async function openOptions(env) {
  const page = await env.browser.newPage();
  await page.goto(`${env.browser.extensionOrigin}ui/options.html`);
  await waitFor(page, () => Boolean(document.querySelector('#packs-title') && document.querySelector('section[aria-labelledby="packs-title"] input[type="file"]')), undefined, { what: 'options page' });
  return page;
}

/** Chooses a file in the options page's pack input, as a user would. */
export async function choosePack(page, name, text) {
  await page.setInputFiles('section[aria-labelledby="packs-title"] input[type="file"]', { name, mimeType: name.endsWith('.csv') ? 'text/csv' : 'application/json', buffer: Buffer.from(text) });
}

const userEntities = (page) => callExtension(page, 'listUserEntities', {});

/** Hovers the mention and returns what the card's shadow root holds once details have loaded. */
async function hoverCard(page, surface) {
  const centre = await waitFor(page, mentionCentre, surface, { what: `a highlight over "${surface}"` });
  await page.mouse.move(5, 5);
  // Let any open card close before hovering the next mention.
  await waitFor(page, () => document.querySelector('dossier-card-host')?.dataset.visible !== 'true', undefined, { what: 'card closed' });
  await page.mouse.move(centre.x, centre.y, { steps: 4 });
  return waitFor(page, (quote) => {
    const root = document.querySelector('dossier-card-host')?.shadowRoot;
    const card = root?.querySelector('.dossier-card');
    if (!card?.querySelector('.details') || !card.textContent.includes(`"${quote}"`)) return null;
    return {
      text: card.textContent,
      injected: root.querySelectorAll('img, script, svg, iframe, b, a[href^="javascript:"]').length,
      title: document.title,
    };
  }, surface, { what: `card with details for "${surface}"` });
}

export const tests = [
  {
    name: 'user pack: a malformed pack shows line-numbered errors and stores nothing',
    async run(env) {
      const page = await openOptions(env);
      const before = await userEntities(page);
      await choosePack(page, 'bad.csv', BAD_CSV);
      const alert = await waitFor(page, () => document.querySelector('section[aria-labelledby="packs-title"] [role="alert"]')?.textContent, undefined, { what: 'pack errors' });
      assert.match(alert, /line 3: type must be one of/);
      assert.match(alert, /line 4: unterminated quoted field/);
      await choosePack(page, 'bad.json', '{"entities":[{"name":"X","type":"person","__proto__":{"polluted":1}}]}');
      await waitFor(page, () => /entities\[0\]\.__proto__/.test(document.querySelector('section[aria-labelledby="packs-title"] [role="alert"]')?.textContent ?? ''), undefined, { what: 'JSON path error' });
      assert.deepEqual(await userEntities(page), before);
    },
  },
  {
    name: 'user pack: JSON and CSV packs import, are listed, and show on cards as literal text (never HTML)',
    async run(env) {
      const page = await openOptions(env);
      await choosePack(page, 'people.json', JSON_PACK);
      await waitFor(page, () => /Imported 1 entities/.test(document.querySelector('section[aria-labelledby="packs-title"] [role="status"]')?.textContent ?? ''), undefined, { what: 'JSON pack imported' });
      await choosePack(page, 'orgs.csv', CSV_PACK);
      await waitFor(page, () => /Imported 1 entities/.test(document.querySelector('section[aria-labelledby="packs-title"] [role="status"]')?.textContent ?? ''), undefined, { what: 'CSV pack imported' });
      // Both imports' entities listed (the status line reads the same after each import, and other
      // tests may have added entities of their own, so wait for these two by name).
      const listed = await waitFor(page, () => {
        const items = [...document.querySelectorAll('section[aria-labelledby="packs-title"] li')].map((li) => li.textContent);
        return items.some((t) => t.includes('Quentaxis Zorblatt')) && items.some((t) => t.includes('Vellmora Tarquine Holdings')) ? items : null;
      }, undefined, { what: 'both packs\' entities listed' });
      assert.ok(listed.some((t) => t.includes(`Quentaxis Zorblatt ${IMG}`)), `listed literally: ${listed}`);
      assert.ok(listed.some((t) => t.includes('Vellmora Tarquine Holdings')));
      assert.equal(await page.evaluate(() => document.querySelectorAll('section[aria-labelledby="packs-title"] li img').length), 0);

      const article = await env.browser.newPage();
      await article.goto(new URL('hostile-user-entity.html', env.server.url).href);
      const person = await hoverCard(article, 'Quentaxis Zorblatt');
      assert.ok(person.text.includes(`Quentaxis Zorblatt ${IMG}`), `name literal in: ${person.text}`);
      assert.ok(person.text.includes(SCRIPT), 'description script shown as text');
      assert.equal(person.injected, 0, 'no element was created from entity text');
      assert.equal(person.title, 'Report naming user-pack entities');
      const org = await hoverCard(article, 'Vellmora Tarquine Holdings');
      assert.ok(org.text.includes('A holding company <iframe src=x></iframe>'), org.text);
      assert.equal(org.injected, 0);
      // Leave the store as other tests expect it.
      for (const e of await userEntities(page)) await callExtension(page, 'deleteUserEntity', { id: e.id });
    },
  },
];

#!/usr/bin/env node
/* global CSS -- functions passed to page.evaluate run in the browser page */
// `npm start`: builds the extension, serves the demo article on 127.0.0.1 and opens it in
// Chromium with Dossier loaded. With a display, the browser stays open until you close it
// (or press Ctrl-C). Without one (no DISPLAY), it runs headless, hovers a name and saves
// artifacts/demo-card.png.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, waitFor } from '../tests/e2e/browsers.mjs';
import { startServer } from '../tests/e2e/server.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SHOT = path.join(ROOT, 'artifacts/demo-card.png');
const HOVER = { highlight: 'dossier-person', text: 'Dominic Raab' };

const built = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs')], { stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);

const server = await startServer();
const demoUrl = new URL('demo-article.html', server.url).href;
const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const browser = await launchChromium({ headless });
const page = await browser.newPage();
await page.goto(demoUrl);
console.log(`demo: ${demoUrl}`);

if (!headless) {
  console.log('demo: Chromium is open with Dossier loaded; hover a highlighted name. Close the window to stop.');
  await new Promise((resolve) => page.on('close', resolve));
} else {
  try {
    const centre = await waitFor(page, ([name, text]) => {
      const range = [...(CSS.highlights.get(name) ?? [])].find((r) => r.toString() === text);
      const box = range?.getClientRects()[0];
      return box ? { x: box.left + box.width / 2, y: box.top + box.height / 2 } : null;
    }, [HOVER.highlight, HOVER.text], { timeout: 120_000, what: `a highlight over "${HOVER.text}"` });
    await page.mouse.move(5, 5);
    await page.mouse.move(centre.x, centre.y, { steps: 4 });
    await waitFor(page, () => document.querySelector('dossier-card-host')?.shadowRoot?.querySelector('.dossier-card')?.textContent,
      undefined, { what: 'the hover card' });
    // A fresh profile installs the KB's card data in the background (a minute or so at full size):
    // the card opens at once saying so, and fills in by itself; the screenshot waits for that.
    const complete = await waitFor(page, () => Boolean(document.querySelector('dossier-card-host')?.shadowRoot?.querySelector('.dossier-card .details')),
      undefined, { timeout: 300_000, what: 'the card filled in' }).catch(() => false);
    if (!complete) console.log('demo: the knowledge base is still being set up; the screenshot shows the card saying so');
    await new Promise((resolve) => setTimeout(resolve, 400)); // let the card's transition settle
    fs.mkdirSync(path.dirname(SHOT), { recursive: true });
    await page.screenshot({ path: SHOT });
    console.log(`demo: no display, ran headless; hovered "${HOVER.text}" and saved ${SHOT}`);
  } catch (error) {
    console.error(`demo failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
await browser.close();
await server.close();

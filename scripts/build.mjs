#!/usr/bin/env node
// Builds the extension for both browsers: KB → public/kb, Vite bundles (background, content
// script, extension pages), public/ assets, and one manifest per browser from manifest.json.
//   dist/chrome   background.service_worker, side_panel
//   dist/firefox  background.scripts, sidebar_action, gecko settings
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { build } from 'vite';
import { ICON_SIZES, writeIcons } from './lib/icons.mjs';
import { chromeManifest, firefoxManifest, referencedFiles } from './lib/manifests.mjs';
import { noInnerHtml } from './lib/no-inner-html.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// DOSSIER_DIST lets parallel work build into its own folder (default: dist/).
const DIST = path.resolve(ROOT, process.env.DOSSIER_DIST ?? 'dist');
const OUT = path.join(DIST, 'chrome');
const PAGES = ['popup', 'options', 'sidepanel'];

const shared = {
  configFile: false,
  root: ROOT,
  publicDir: false,
  logLevel: 'warn',
  plugins: [noInnerHtml()],
  // Library builds leave process.env alone; some dependencies branch on it.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
};
const output = { target: ['chrome121', 'firefox142'], minify: false, emptyOutDir: false, copyPublicDir: false };

function step(label) {
  process.stdout.write(`build: ${label}\n`);
}

function buildKb() {
  // The whole KB ships, bulk layer (kb/bulk, ~276,000 entities) included: linking runs in one
  // warm Worker per browser, so a page's cost does not grow with it. DOSSIER_KB=core leaves the
  // bulk layer out (a quick build of the curated KB alone).
  const layers = process.env.DOSSIER_KB === 'core' ? 'core' : 'full';
  step(`knowledge base (${layers}) → public/kb/kb.json`);
  const env = { ...process.env, DOSSIER_KB: layers };
  const run = spawnSync(process.execPath, ['bin/dossier.mjs', 'kb', 'build', '--out', 'public/kb/kb.json'], { cwd: ROOT, stdio: 'inherit', env });
  if (run.status !== 0) throw new Error('kb build failed');
}

/** One self-contained classic script (IIFE): content scripts cannot be modules, and one format serves both browsers' backgrounds. */
function buildScript(entry, fileName, name, { minify = false } = {}) {
  step(`${entry} → ${fileName}${minify ? ' (minified)' : ''}`);
  return build({
    ...shared,
    build: { ...output, minify, outDir: OUT, lib: { entry: path.join(ROOT, entry), name, formats: ['iife'], fileName: () => fileName } },
  });
}

/**
 * The card UI as an ES module (`card.js`, web-accessible): the content script imports it with
 * `import(runtime.getURL('card.js'))` on first use, so Preact and floating-ui stay out of it.
 */
function buildModule(entry, fileName) {
  step(`${entry} → ${fileName} (lazy module)`);
  return build({
    ...shared,
    build: { ...output, outDir: OUT, lib: { entry: path.join(ROOT, entry), formats: ['es'], fileName: () => fileName } },
  });
}

/** Content-script budget: what every page pays before the card UI loads. */
const CONTENT_GZIP_BUDGET = 30 * 1024;

function reportContentSize() {
  const bytes = gzipSync(fs.readFileSync(path.join(OUT, 'content.js'))).length;
  const over = bytes > CONTENT_GZIP_BUDGET ? ` — OVER the ${CONTENT_GZIP_BUDGET / 1024} KB budget` : '';
  step(`content.js is ${(bytes / 1024).toFixed(1)} KB gzipped${over}`);
}

/**
 * `content.css`, the static highlight stylesheet the manifest injects before a page is first
 * styled (extension/content/styles.ts says why it is not adopted at run time).
 */
async function writeContentCss() {
  step('highlight styles → content.css');
  const { baseStyleText } = await tsImport('../extension/content/styles.ts', import.meta.url);
  fs.writeFileSync(path.join(OUT, 'content.css'), `${baseStyleText()}\n`);
}

function buildPages() {
  const input = Object.fromEntries(PAGES.map((page) => [page, path.join(ROOT, 'extension/ui', `${page}.html`)]));
  const missing = Object.values(input).filter((file) => !fs.existsSync(file));
  if (missing.length) throw new Error(`missing extension pages: ${missing.map((file) => path.relative(ROOT, file)).join(', ')}`);
  step(`extension pages (${PAGES.join(', ')}) → ui/`);
  return build({
    ...shared,
    root: path.join(ROOT, 'extension/ui'),
    base: './',
    build: { ...output, outDir: path.join(OUT, 'ui'), modulePreload: { polyfill: false }, rolldownOptions: { input } },
  });
}

/**
 * The shipped KB's linker index as one binary file (src/link/index-binary.ts), read by the
 * linker Worker with one fetch from the package: no install-time build, nothing per page.
 */
/** The KB in the package: card data as a header and parts (src/kb/parts.ts), and the linker's binary index. */
async function writeKbFiles() {
  const started = performance.now();
  const { buildLinkerIndex } = await tsImport('../src/link/linker-index.ts', import.meta.url);
  const { encodeLinkerIndex } = await tsImport('../src/link/index-binary.ts', import.meta.url);
  const { splitKb } = await tsImport('../src/kb/parts.ts', import.meta.url);
  const kb = JSON.parse(fs.readFileSync(path.join(ROOT, 'public/kb/kb.json'), 'utf8'));
  const { header, parts } = splitKb(kb);
  fs.writeFileSync(path.join(OUT, 'kb/kb.json'), JSON.stringify(header));
  header.parts.forEach((name, i) => fs.writeFileSync(path.join(OUT, 'kb', name), parts[i]));
  step(`KB card data → kb/kb.json and ${parts.length} parts`);
  const bytes = encodeLinkerIndex(buildLinkerIndex(kb.entities));
  fs.writeFileSync(path.join(OUT, 'kb/linker-index.bin'), bytes);
  step(`linker index → kb/linker-index.bin: ${(bytes.length / 1e6).toFixed(2)} MB, ${kb.entities.length} entities, ${(performance.now() - started).toFixed(0)} ms`);
}

function copyPublic() {
  step('public/ assets');
  if (!ICON_SIZES.every((size) => fs.existsSync(path.join(ROOT, `public/icons/icon-${size}.png`)))) writeIcons(path.join(ROOT, 'public/icons'));
  // The compiled KB goes into the package in parts (writeKbFiles), not as one file.
  const whole = path.join(ROOT, 'public/kb/kb.json');
  fs.cpSync(path.join(ROOT, 'public'), OUT, { recursive: true, filter: (from) => from !== whole });
}

function writeManifests() {
  step('manifests → dist/chrome, dist/firefox');
  const template = JSON.parse(fs.readFileSync(path.join(ROOT, 'manifest.json'), 'utf8'));
  const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const FIREFOX = path.join(DIST, 'firefox');
  fs.cpSync(OUT, FIREFOX, { recursive: true });
  const write = (dir, manifest) => {
    const missing = referencedFiles(manifest).filter((file) => !fs.existsSync(path.join(dir, file)));
    if (missing.length) throw new Error(`${path.relative(ROOT, dir)}/manifest.json names missing files: ${missing.join(', ')}`);
    fs.writeFileSync(path.join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  };
  write(OUT, chromeManifest(template, version));
  write(FIREFOX, firefoxManifest(template, version));
}

/**
 * `ordinary-words.txt`: the ordinary English words (src/cli/ordinary-words.ts, as the CLI uses them),
 * space-separated. The background reads it once and hands it to pages for unknown-name detection.
 */
async function writeOrdinaryWords() {
  step('ordinary English words → ordinary-words.txt');
  const { ordinaryEnglishWords } = await tsImport('../src/cli/ordinary-words.ts', import.meta.url);
  fs.mkdirSync(OUT, { recursive: true });
  fs.writeFileSync(path.join(OUT, 'ordinary-words.txt'), [...ordinaryEnglishWords()].sort().join(' '));
}

const started = performance.now();
try {
  buildKb();
  fs.rmSync(DIST, { recursive: true, force: true });
  await buildScript('extension/background/index.ts', 'background.js', 'dossierBackground');
  // Minified: every page loads the content script, so its size is a per-page cost.
  await buildScript('extension/content/index.ts', 'content.js', 'dossierContent', { minify: true });
  await buildModule('extension/content/card/mount.ts', 'card.js');
  await buildModule('extension/content/highlights/anchor-module.ts', 'anchor.js');
  await writeOrdinaryWords();
  // The one warm linker: its Worker, and the offscreen document that hosts it in Chromium.
  await buildScript('extension/linker/worker.ts', 'linker-worker.js', 'dossierLinker');
  await buildScript('extension/linker/offscreen.ts', 'offscreen.js', 'dossierOffscreen');
  await writeContentCss();
  reportContentSize();
  await buildPages();
  copyPublic();
  await writeKbFiles();
  writeManifests();
  step(`done in ${((performance.now() - started) / 1000).toFixed(1)} s: dist/chrome, dist/firefox`);
} catch (error) {
  process.stderr.write(`build failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}

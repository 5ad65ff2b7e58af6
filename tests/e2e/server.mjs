// Static file server on 127.0.0.1 (random port) for the e2e tests and the demo:
//   /            tests/fixtures/pages/
//   /seeds/      tests/fixtures/seeds/ (the seed news pages)
//   /generated/  pages written at test time (GENERATED_DIR: the 2 MB live blog, the long read)
//   ?utm_content=NAME  a changed edition of the same page (see variantOf)
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Where tests write generated pages (gitignored, shared by parallel runs: same bytes each time). */
export const GENERATED_DIR = path.join(ROOT, '.tmp/e2e-pages');
const MOUNTS = [
  ['/generated/', GENERATED_DIR],
  ['/seeds/', path.resolve(ROOT, 'tests/fixtures/seeds')],
  ['/', path.join(ROOT, 'tests/fixtures/pages')],
];
/** Extra response headers for particular fixtures (a page with a strict Content-Security-Policy). */
const HEADERS = {
  'csp-strict.html': { 'content-security-policy': "default-src 'none'; style-src 'none'" },
};
const TYPES = { '.html': 'text/html; charset=utf-8', '.txt': 'text/plain; charset=utf-8', '.json': 'application/json', '.css': 'text/css', '.png': 'image/png' };

/** Maps a URL path to a file inside one of the mounts, or null (never escapes a mount). */
function resolveFile(urlPath) {
  for (const [prefix, dir] of MOUNTS) {
    if (!urlPath.startsWith(prefix)) continue;
    const file = path.resolve(dir, `.${decodeURIComponent(urlPath.slice(prefix.length - 1))}`);
    if (file !== dir && !file.startsWith(dir + path.sep)) return null;
    return fs.existsSync(file) && fs.statSync(file).isDirectory() ? path.join(file, 'index.html') : file;
  }
  return null;
}

/**
 * A changed edition of a page at the same address: `?utm_content=NAME` serves
 * tests/fixtures/pages/variants/<file name>.NAME.html when it exists. `utm_content` is a
 * tracking parameter, so the page's normalised URL (its highlights' key) stays the same.
 */
function variantOf(file, name) {
  if (!file || !name || !/^[a-z0-9-]+$/.test(name)) return file;
  const variant = path.join(ROOT, 'tests/fixtures/pages/variants', `${path.basename(file, '.html')}.${name}.html`);
  return fs.existsSync(variant) ? variant : file;
}

/** Starts the server; resolves with `{ url, close }` where url ends in '/'. */
export function startServer() {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const file = variantOf(resolveFile(url.pathname), url.searchParams.get('utm_content'));
    if (!file || !fs.existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      ...HEADERS[path.basename(file)],
    });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ url: `http://127.0.0.1:${port}/`, close: () => new Promise((done) => server.close(done)) });
    });
  });
}

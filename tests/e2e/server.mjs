// Static file server on 127.0.0.1 (random port) for the e2e tests and the demo:
//   /            tests/fixtures/pages/
//   /seeds/      ../shared/seeds/ (the seed news pages beside the repository)
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const MOUNTS = [
  ['/seeds/', path.resolve(ROOT, '../shared/seeds')],
  ['/', path.join(ROOT, 'tests/fixtures/pages')],
];
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

/** Starts the server; resolves with `{ url, close }` where url ends in '/'. */
export function startServer() {
  const server = http.createServer((req, res) => {
    const file = resolveFile(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    if (!file || !fs.existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ url: `http://127.0.0.1:${port}/`, close: () => new Promise((done) => server.close(done)) });
    });
  });
}

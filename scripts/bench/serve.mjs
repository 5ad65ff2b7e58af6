// A tiny static server on 127.0.0.1 for the benchmark pages. Each page is served with
// `data-dossier-bench` on its <html>, which switches on the content script's timing marks.
import fs from 'node:fs';
import http from 'node:http';

/** Serves `files` (name → path) only; resolves with `{ url, close }`, url ending in '/'. */
export function serveFiles(files) {
  const server = http.createServer((req, res) => {
    const name = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname.slice(1));
    const file = Object.hasOwn(files, name) ? files[name] : undefined;
    if (!file) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    const html = fs.readFileSync(file, 'utf8').replace(/<html\b/i, '<html data-dossier-bench');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ url: `http://127.0.0.1:${port}/`, close: () => new Promise((done) => server.close(done)) });
    });
  });
}

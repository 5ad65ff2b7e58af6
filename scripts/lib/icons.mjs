// Draws Dossier's toolbar icon (a dark folder-tab card with a highlighted line) as PNGs,
// with node:zlib only, so the repository carries no binary art and every build can recreate it.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export const ICON_SIZES = [16, 32, 48, 128];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

/** Colour of pixel (x, y) in a size×size icon, as [r, g, b, a]; shapes in unit coordinates. */
function pixel(x, y, size) {
  const u = (x + 0.5) / size;
  const v = (y + 0.5) / size;
  const r = 0.18;
  // Rounded square: distance to the inner rectangle.
  const dx = Math.max(0.06 + r - u, 0, u - (0.94 - r));
  const dy = Math.max(0.06 + r - v, 0, v - (0.94 - r));
  if (dx * dx + dy * dy > r * r) return [0, 0, 0, 0];
  const bar = (top, left, right) => v >= top && v < top + 0.1 && u >= left && u < right;
  if (bar(0.44, 0.22, 0.78)) return [250, 204, 21, 255];
  if (bar(0.26, 0.22, 0.62) || bar(0.62, 0.22, 0.7)) return [226, 232, 240, 255];
  return [30, 41, 59, 255];
}

/** PNG bytes of the icon at one size. */
export function iconPng(size) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    const row = y * (size * 4 + 1);
    for (let x = 0; x < size; x++) raw.set(pixel(x, y, size), row + 1 + x * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

/** Writes icon-<size>.png for every size into `dir` (creating it). */
export function writeIcons(dir) {
  fs.mkdirSync(dir, { recursive: true });
  for (const size of ICON_SIZES) fs.writeFileSync(path.join(dir, `icon-${size}.png`), iconPng(size));
}

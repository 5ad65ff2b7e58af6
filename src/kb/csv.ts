/**
 * RFC 4180 CSV reading with the line number where each record starts (quoted fields may span lines).
 */

export interface CsvRecord {
  line: number;
  fields: string[];
}

export interface CsvResult {
  records: CsvRecord[];
  errors: { line: number; message: string }[];
}

/** Parses CSV text; a quote inside an unquoted field or an unterminated quote is an error. */
export function parseCsv(text: string): CsvResult {
  const records: CsvRecord[] = [];
  const errors: CsvResult['errors'] = [];
  const src = text.replace(/^\uFEFF/, '');
  let line = 1;
  let i = 0;
  while (i < src.length) {
    const start = line;
    const fields: string[] = [];
    let field = '';
    let quoted = false;
    let bad = false;
    for (;;) {
      const c = src[i];
      if (quoted) {
        if (c === undefined) { errors.push({ line: start, message: 'unterminated quoted field' }); bad = true; break; }
        if (c === '"' && src[i + 1] === '"') { field += '"'; i += 2; continue; }
        if (c === '"') { quoted = false; i++; continue; }
        if (c === '\n') line++;
        field += c; i++; continue;
      }
      if (c === undefined || c === '\n' || (c === '\r' && src[i + 1] === '\n')) {
        fields.push(field);
        i += c === '\r' ? 2 : c === '\n' ? 1 : 0;
        line++;
        break;
      }
      if (c === ',') { fields.push(field); field = ''; i++; continue; }
      if (c === '"') {
        if (field === '') { quoted = true; i++; continue; }
        errors.push({ line, message: 'quote inside an unquoted field' });
        bad = true;
      }
      field += c; i++;
    }
    const blank = fields.length === 1 && fields[0].trim() === '';
    if (!bad && !blank) records.push({ line: start, fields });
    if (bad && src[i] === undefined) break;
  }
  return { records, errors };
}

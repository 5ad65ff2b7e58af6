/**
 * The tags field: tags edited as one comma-separated line. A tag that itself holds a comma or a
 * quote (imports can bring them, e.g. "quotes, statements") is written in double quotes, CSV
 * style, so showing the line and reading it back never splits or changes a tag.
 */

/** Reads a tags line: trims each tag, drops empty ones and repeats (first one wins). */
export function parseTags(text: string): string[] {
  const tags: string[] = [];
  let i = 0;
  while (i <= text.length) {
    while (text[i] === ' ' || text[i] === '\t') i += 1;
    let tag: string;
    if (text[i] === '"') {
      [tag, i] = readQuoted(text, i + 1);
      // Anything between the closing quote and the next comma is kept, unquoted.
      const comma = nextComma(text, i);
      tag += text.slice(i, comma).trimEnd();
      i = comma;
    } else {
      const comma = nextComma(text, i);
      tag = text.slice(i, comma).trim();
      i = comma;
    }
    if (tag.length > 0 && !tags.includes(tag)) tags.push(tag);
    i += 1; // past the comma (or past the end, which ends the loop)
  }
  return tags;
}

function nextComma(text: string, from: number): number {
  const at = text.indexOf(',', from);
  return at === -1 ? text.length : at;
}

/** Reads a quoted tag whose opening quote is just before `from`; `""` is a literal quote. An unclosed quote runs to the end. */
function readQuoted(text: string, from: number): [string, number] {
  let out = '';
  let i = from;
  while (i < text.length) {
    if (text[i] === '"') {
      if (text[i + 1] !== '"') return [out, i + 1];
      out += '"';
      i += 2;
    } else {
      out += text[i];
      i += 1;
    }
  }
  return [out, i];
}

/** Writes tags as one line that `parseTags` reads back to the same list. */
export function formatTags(tags: readonly string[]): string {
  return tags.map((tag) => (/[",]/.test(tag) || tag !== tag.trim() ? `"${tag.replace(/"/g, '""')}"` : tag)).join(', ');
}

/** Same tags in the same order (so an unchanged field never writes). */
export function sameTags(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((tag, i) => tag === b[i]);
}

/**
 * `dossier annotate [--json | --csv] [--main] FILE...`: links the entity mentions of saved HTML
 * pages, and the names on them the KB does not know (`entity: null`). A file that cannot be read
 * or is not HTML gets a one-line error; the others still run.
 */
import { readFileSync } from 'node:fs';
import { annotateHtml, linkerFor, looksLikeHtml, type AnnotatedDocument } from './annotate-core.ts';
import { parseCommandArgs } from './args.ts';
import { kbNameKeys, unknownJson, unknownNamesIn, unknownText } from './annotate-unknown.ts';
import { loadKb } from './load-kb.ts';
import type { KnowledgeBase } from '../kb/model.ts';

function csvCell(value: string | number): string {
  const text = String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function toJson(docs: AnnotatedDocument[], kb: KnowledgeBase): string {
  const names = kbNameKeys(kb);
  const byId = new Map(kb.entities.map((e) => [e.id, e]));
  return JSON.stringify(
    {
      documents: docs.map((d) => ({
        source: d.source,
        title: d.title,
        mentions: [...d.mentions.map((m) => ({
          quote: m.quote,
          start: m.start,
          end: m.end,
          entity: { id: m.entityId, name: m.entityName, type: m.entityType, aliases: (byId.get(m.entityId)?.aliases ?? []).map((a) => a.text) },
          confidence: m.confidence,
          how: m.how,
          explanation: m.explanation,
        })), ...unknownNamesIn(d.text, d.mentions, names).map(unknownJson)].sort((a, b) => a.start - b.start),
      })),
    },
    null,
    2,
  );
}

function toCsv(docs: AnnotatedDocument[]): string {
  const rows = [['source', 'quote', 'start', 'end', 'entity_id', 'entity_name', 'entity_type', 'confidence', 'how']];
  for (const d of docs) for (const m of d.mentions) rows.push([d.source, m.quote, String(m.start), String(m.end), m.entityId, m.entityName, m.entityType, String(m.confidence), m.how]);
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n');
}

function toText(docs: AnnotatedDocument[], kb: KnowledgeBase): string {
  const names = kbNameKeys(kb);
  return docs
    .map((d) => [
      `${d.source} — ${d.title}`,
      ...d.mentions.map((m) => `  ${m.quote} → ${m.entityName} [${m.entityType}] ${m.how} ${m.confidence}`),
      ...unknownText(unknownNamesIn(d.text, d.mentions, names)),
    ].join('\n'))
    .join('\n\n');
}

const USAGE = 'usage: dossier annotate [--json | --csv] [--main] FILE...';

/** Runs `dossier annotate`; returns the exit code (0 ok, 1 a file failed, 2 bad usage). */
export async function annotateCommand(args: string[]): Promise<number> {
  const parsed = parseCommandArgs(args, { flags: ['json', 'csv', 'main'] });
  const problem = typeof parsed === 'string' ? parsed
    : parsed.flags.has('json') && parsed.flags.has('csv') ? '--json and --csv do not go together'
      : parsed.positionals.length === 0 ? 'no FILE given' : null;
  if (problem !== null || typeof parsed === 'string') {
    process.stderr.write(`dossier annotate: ${problem}\n${USAGE}\n`);
    return 2;
  }
  const format = parsed.flags.has('csv') ? 'csv' : parsed.flags.has('json') ? 'json' : 'text';
  const scope = parsed.flags.has('main') ? 'main' : 'page';
  const files = parsed.positionals;
  const kb = await loadKb();
  const linker = linkerFor(kb);
  const docs: AnnotatedDocument[] = [];
  let failed = 0;
  for (const file of files) {
    let html: string;
    try {
      html = readFileSync(file, 'utf8');
    } catch (error) {
      process.stderr.write(`dossier annotate: ${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})\n`);
      failed += 1;
      continue;
    }
    if (!looksLikeHtml(html)) {
      process.stderr.write(`dossier annotate: ${file}: not an HTML document\n`);
      failed += 1;
      continue;
    }
    docs.push(annotateHtml(linker, file, html, scope));
  }
  // Nothing read, nothing printed: stdout carries results only, never an empty document beside an error.
  if (docs.length > 0) process.stdout.write(`${format === 'json' ? toJson(docs, kb) : format === 'csv' ? toCsv(docs) : toText(docs, kb)}\n`);
  return failed > 0 ? 1 : 0;
}

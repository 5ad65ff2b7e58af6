/**
 * A company is called by its name without the legal form ("Rolls-Royce Holdings PLC" is
 * "Rolls-Royce Holdings", "Mercedes-Benz Group AG" is "Mercedes-Benz Group"), and a British
 * "PLC" writes itself "plc" ("Shell plc"). Registries list the full legal name: at compile time
 * a company gains those forms as aliases, unless the shorter form is an ordinary word ("Next")
 * or another entity's name.
 */
import type { Entity } from './model.ts';
import { normalizeKey } from './keys.ts';

/** One trailing legal form ("AG", "PLC", "Inc.", "S.A."), with the comma that may precede it. */
const LEGAL_FORM = /,?\s+(?:Inc\.?|Incorporated|Corp\.?|Corporation|Co\.,? Ltd\.?|Co\.|Ltd\.?|Limited|plc|PLC|N\.V\.|NV|AG|SE|S\.A\.?|SA|S\.p\.A\.|SpA|A\/S|ASA|AB(?:\s*\(publ\))?|Oyj|GmbH|KGaA|Aktiengesellschaft|Bhd\.?|Berhad|Tbk\.?|PJSC|OJSC|JSC|S\.A\.B\. de C\.V\.|L\.P\.|LP|LLC|Ltda\.?|K\.K\.)$/;

/** The other forms of a company's legal name: without its legal form, and "plc" for "PLC". */
export function legalNameForms(name: string): string[] {
  const forms: string[] = [];
  const bare = name.replace(LEGAL_FORM, '').trim();
  if (bare !== name && bare.length >= 2) forms.push(bare);
  if (/\sPLC$/.test(name)) forms.push(name.replace(/PLC$/, 'plc'));
  return forms;
}

/**
 * Adds the legal-name forms of every company's name as aliases, where the form is no ordinary
 * word (`commonWords`, lower case) and no other entity's name or alias.
 */
export function addLegalNameForms(entities: Entity[], commonWords: ReadonlySet<string>): void {
  const owners = new Map<string, string>();
  for (const e of entities) {
    for (const text of [e.name, ...e.aliases.map((a) => a.text)]) {
      const key = normalizeKey(text);
      owners.set(key, owners.has(key) && owners.get(key) !== e.id ? '' : e.id);
    }
  }
  for (const e of entities) {
    if (e.type !== 'company') continue;
    const have = new Set([e.name, ...e.aliases.map((a) => a.text)]);
    for (const form of legalNameForms(e.name)) {
      const key = normalizeKey(form);
      const owner = owners.get(key);
      if (have.has(form) || commonWords.has(key) || (owner !== undefined && owner !== e.id)) continue;
      e.aliases.push({ text: form, kind: 'official' });
      have.add(form);
    }
  }
}

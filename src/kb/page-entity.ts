/**
 * "Add to my entities" from an unknown-name card: a user entity pre-filled from what the page
 * says (name, guessed type, role, the page's address), checked by the same rules as a user pack.
 */
import type { Entity, EntityType } from './model.ts';
import { parseUserPack, type PackResult } from './user-pack.ts';

/** What a card knows about a name the KB does not: sent by the content script, untrusted. */
export interface PageEntityDraft {
  name: string;
  type: EntityType;
  /** The role or description the page gives ("the trade adviser"). */
  role?: string;
  /** The page it was found on (http or https), kept as the entity's source. */
  url: string;
  /** The page's title, for the source's label. */
  title?: string;
}

const MAX = 300;

/** Upper-cases the first letter of a role for a description: "the trade adviser" → "The trade adviser". */
function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The user entity for a draft, validated as a one-entity pack (a bad name, type or URL is an error, nothing is made). */
export function entityFromPage(draft: PageEntityDraft): PackResult {
  const name = String(draft.name ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX);
  const role = draft.role ? String(draft.role).replace(/\s+/g, ' ').trim().slice(0, MAX) : '';
  const url = String(draft.url ?? '');
  const raw = {
    name,
    type: draft.type,
    aliases: [],
    description: role ? `${sentenceCase(role)} (as the page put it).` : 'Added from a page that named it.',
    ...(/^https?:\/\/\S+$/.test(url) ? { sources: [{ label: (draft.title ? String(draft.title).slice(0, MAX) : '') || 'Page it was found on', url }] } : {}),
  };
  return parseUserPack(JSON.stringify([raw]), 'json');
}

/** The fields of a user entity the options page edits. */
export interface UserEntityEdit {
  name: string;
  type: EntityType;
  /** Other names, each its own alias. */
  aliases: string[];
  description: string;
}

/** `current` with the edit applied, validated like a pack; it keeps its id (links and highlights refer to it). */
export function editedUserEntity(current: Entity, edit: UserEntityEdit): PackResult {
  const aliases = (Array.isArray(edit.aliases) ? edit.aliases : []).map((a) => String(a).trim()).filter(Boolean).map((text) => ({ text }));
  const raw = { ...current, name: String(edit.name ?? ''), type: edit.type, aliases, description: String(edit.description ?? '') };
  delete (raw as Partial<Entity>).id;
  delete (raw as Partial<Entity>).origin;
  const result = parseUserPack(JSON.stringify([raw]), 'json');
  return { entities: result.entities.map((e) => ({ ...e, id: current.id })), errors: result.errors };
}

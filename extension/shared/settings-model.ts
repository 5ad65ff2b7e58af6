/**
 * The settings' shape, defaults and pure helpers, apart from storage so they test without a
 * browser (see `settings.ts` for reading, writing and watching them).
 */
import { ENTITY_TYPES, type EntityType } from '../../src/kb/model.ts';

export const SETTINGS_KEY = 'settings';

export type MarkKind = 'underline' | 'tint' | 'off';

export interface MarkStyle {
  kind: MarkKind;
  /** CSS hex colour, `#rrggbb`. */
  colour: string;
}

export interface Settings {
  paused: boolean;
  /** Hostnames (`www.example.com`) where Dossier does nothing. */
  disabledSites: string[];
  styles: Record<EntityType, MarkStyle>;
  /** Accessible inline mode: mentions become focusable `<dossier-mark>` elements (changes the page's DOM). */
  inlineMarks: boolean;
  /** Names the knowledge base does not know get their quieter grey mark (on by default). */
  unknownMarks: boolean;
}

/**
 * Subtle defaults: a light tint, one hue per type, readable on light and dark pages. A tint and
 * not an underline because Chromium re-measures the ink overflow of every underlined mark
 * (and its ancestors) whenever any CSS highlight or the page's DOM changes: on a page of 200,000
 * nodes that made each repaint during a scan cost 50–70 ms. Underline stays a user choice.
 */
export const DEFAULT_STYLES: Readonly<Record<EntityType, MarkStyle>> = {
  person: { kind: 'tint', colour: '#2f7de1' },
  organization: { kind: 'tint', colour: '#8a5cd6' },
  company: { kind: 'tint', colour: '#6d4fc2' },
  agency: { kind: 'tint', colour: '#c2410c' },
  party: { kind: 'tint', colour: '#a3479c' },
  'sports-team': { kind: 'tint', colour: '#0f8a8a' },
  media: { kind: 'tint', colour: '#9a6b2f' },
  university: { kind: 'tint', colour: '#4f6fc2' },
  court: { kind: 'tint', colour: '#8c5a3c' },
  'threat-actor': { kind: 'tint', colour: '#d62f4b' },
  country: { kind: 'tint', colour: '#2e9960' },
  place: { kind: 'tint', colour: '#2e9960' },
  event: { kind: 'tint', colour: '#b58900' },
  work: { kind: 'tint', colour: '#c0567a' },
  other: { kind: 'tint', colour: '#7a7a85' },
};

/** True when two styles draw the same (the colour of "off" does not matter). */
export function sameStyle(a: MarkStyle, b: MarkStyle): boolean {
  return a.kind === b.kind && (a.kind === 'off' || a.colour === b.colour);
}

export const DEFAULT_SETTINGS: Readonly<Settings> = { paused: false, disabledSites: [], styles: DEFAULT_STYLES, inlineMarks: false, unknownMarks: true };

const KINDS: readonly MarkKind[] = ['underline', 'tint', 'off'];
const HEX = /^#[0-9a-f]{6}$/i;

function normaliseStyle(raw: unknown, fallback: MarkStyle): MarkStyle {
  const s = (raw ?? {}) as Partial<MarkStyle>;
  return {
    kind: KINDS.includes(s.kind as MarkKind) ? (s.kind as MarkKind) : fallback.kind,
    colour: typeof s.colour === 'string' && HEX.test(s.colour) ? s.colour.toLowerCase() : fallback.colour,
  };
}

/** Any stored value (older shape, partial, corrupted) made into complete, valid settings. */
export function normaliseSettings(raw: unknown): Settings {
  const s = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<Record<keyof Settings, unknown>>;
  const storedStyles = (typeof s.styles === 'object' && s.styles !== null ? s.styles : {}) as Record<string, unknown>;
  const sites = Array.isArray(s.disabledSites) ? s.disabledSites.filter((x): x is string => typeof x === 'string') : [];
  return {
    paused: s.paused === true,
    disabledSites: [...new Set(sites.map((x) => x.toLowerCase()))].sort(),
    styles: Object.fromEntries(ENTITY_TYPES.map((t) => [t, normaliseStyle(storedStyles[t], DEFAULT_STYLES[t])])) as Settings['styles'],
    inlineMarks: s.inlineMarks === true,
    // Settings stored before this switch existed had the marks on.
    unknownMarks: s.unknownMarks !== false,
  };
}

/** Whether Dossier should run on `hostname` under `settings`. */
export function isActiveOn(settings: Settings, hostname: string): boolean {
  return !settings.paused && !settings.disabledSites.includes(hostname.toLowerCase());
}

/** `settings` with `hostname` switched on or off. */
export function withSite(settings: Settings, hostname: string, enabled: boolean): Settings {
  const host = hostname.toLowerCase();
  const others = settings.disabledSites.filter((s) => s !== host);
  return { ...settings, disabledSites: enabled ? others : [...others, host].sort() };
}

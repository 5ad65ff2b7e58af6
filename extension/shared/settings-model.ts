/**
 * The settings' shape, defaults and pure helpers, apart from storage so they test without a
 * browser (see `settings.ts` for reading, writing and watching them).
 */
import { ENTITY_TYPES, type EntityType } from '../../src/kb/model.ts';

export const SETTINGS_KEY = 'settings';

export type HighlightKind = 'underline' | 'tint' | 'off';

export interface HighlightStyle {
  kind: HighlightKind;
  /** CSS hex colour, `#rrggbb`. */
  colour: string;
}

export interface Settings {
  paused: boolean;
  /** Hostnames (`www.example.com`) where Dossier does nothing. */
  disabledSites: string[];
  styles: Record<EntityType, HighlightStyle>;
  /** Accessible inline mode: mentions become focusable `<dossier-mark>` elements (changes the page's DOM). */
  inlineMarks: boolean;
}

/** Subtle defaults: a thin coloured underline, one hue per type, readable on light and dark pages. */
export const DEFAULT_STYLES: Readonly<Record<EntityType, HighlightStyle>> = {
  person: { kind: 'underline', colour: '#2f7de1' },
  organization: { kind: 'underline', colour: '#8a5cd6' },
  agency: { kind: 'underline', colour: '#c2410c' },
  'threat-actor': { kind: 'underline', colour: '#d62f4b' },
  country: { kind: 'underline', colour: '#2e9960' },
  place: { kind: 'underline', colour: '#2e9960' },
  event: { kind: 'underline', colour: '#b58900' },
  other: { kind: 'underline', colour: '#7a7a85' },
};

export const DEFAULT_SETTINGS: Readonly<Settings> = { paused: false, disabledSites: [], styles: DEFAULT_STYLES, inlineMarks: false };

const KINDS: readonly HighlightKind[] = ['underline', 'tint', 'off'];
const HEX = /^#[0-9a-f]{6}$/i;

function normaliseStyle(raw: unknown, fallback: HighlightStyle): HighlightStyle {
  const s = (raw ?? {}) as Partial<HighlightStyle>;
  return {
    kind: KINDS.includes(s.kind as HighlightKind) ? (s.kind as HighlightKind) : fallback.kind,
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

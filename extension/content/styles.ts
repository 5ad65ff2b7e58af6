/**
 * The CSS for Dossier's marks (mentions) and highlights (saved passages), both CSS Custom
 * Highlights. Two layers, so that a page is never restyled as a whole after it has rendered:
 * - `baseStyleText()`: the default `::highlight(dossier-*)` rules of the marks and the highlights,
 *   written at build time into `content.css`, which the manifest injects before the page is
 *   first styled. Adopting a stylesheet later makes the browser restyle every element (half a
 *   second on a page of 200,000 nodes), and for the defaults nothing more is ever adopted.
 * - `overrideText(styles)`: only the types whose style the user changed, `!important` so they
 *   win over the base whatever the cascade order; adopted by the MarkPainter when non-empty.
 * Kept to properties the highlight pseudo-element supports (colours and text decoration), and
 * to colours at partial strength so the page's own text colour stays readable.
 */
import { ENTITY_TYPES } from '../../src/kb/model.ts';
import { DEFAULT_STYLES, sameStyle, type MarkStyle, type Settings } from '../shared/settings-model.ts';
import { HOSTS_SHOWN_RULE } from './ui-hosts.ts';

/** The user's highlights and the flash of "Jump to" (`extension/content/highlights/draw.ts`). */
export const HIGHLIGHT = 'dossier-saved';
export const HIGHLIGHT_FLASH = 'dossier-saved-flash';

/** `#rrggbb` plus an alpha byte: the same hue at partial strength. */
function withAlpha(colour: string, alpha: number): string {
  return `${colour}${Math.round(alpha * 255).toString(16).padStart(2, '0')}`;
}

/**
 * The declarations for one style, every one `!important` when `important`. An underline clears
 * the base tint; "off" is nothing in the base and clears it in an override.
 */
function declarations(style: MarkStyle, important = false): string {
  const decls =
    style.kind === 'underline'
      ? [`text-decoration: underline 2px ${withAlpha(style.colour, 0.9)}`, 'text-underline-offset: 3px', 'background-color: transparent']
      : style.kind === 'tint'
        ? [`background-color: ${withAlpha(style.colour, 0.22)}`]
        : important
          ? ['background-color: transparent', 'text-decoration: none']
          : [];
  const bang = important ? ' !important' : '';
  return decls.map((d) => `${d}${bang};`).join(' ');
}

/** One rule per type in `types` whose declarations are not empty. */
function rules(styles: Settings['styles'], types: readonly (typeof ENTITY_TYPES)[number][], important: boolean): string {
  return types
    .map((type) => {
      const body = declarations(styles[type], important);
      return body ? `::highlight(dossier-${type}) { ${body} }` : '';
    })
    .filter(Boolean)
    .join('\n');
}

/** The whole mark stylesheet for `styles` (one rule per type whose style is not "off"). */
export function styleText(styles: Settings['styles']): string {
  return rules(styles, ENTITY_TYPES, false);
}

/** The static stylesheet (`content.css`): default marks, highlights, the flash, the UI hosts. */
export function baseStyleText(): string {
  return [
    styleText(DEFAULT_STYLES),
    // A warm fill and no underline: a text decoration would make every repaint re-measure it.
    // Names the KB does not know (issue 16): a faint grey, quieter than any entity type's tint.
    `::highlight(dossier-unknown) { background-color: rgba(148, 163, 184, 0.2); }`,
    `::highlight(${HIGHLIGHT}) { background-color: rgba(253, 224, 71, 0.55); }`,
    `::highlight(${HIGHLIGHT_FLASH}) { background-color: rgb(251, 146, 60); color: #111; }`,
    // The card and the save toast show only while this sheet is on the page (ui-hosts.ts).
    HOSTS_SHOWN_RULE,
  ].join('\n');
}

/** Rules for the types whose style differs from the default, or '' when none does. */
export function overrideText(styles: Settings['styles']): string {
  return rules(styles, ENTITY_TYPES.filter((type) => !sameStyle(styles[type], DEFAULT_STYLES[type])), true);
}

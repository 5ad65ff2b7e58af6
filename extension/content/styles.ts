/**
 * The `::highlight(dossier-<type>)` rules for the user's highlight styles. Kept to properties the
 * highlight pseudo-element supports (colours and text decoration), and to colours at partial
 * strength so the page's own text colour stays readable on light and dark backgrounds alike.
 */
import { ENTITY_TYPES } from '../../src/kb/model.ts';
import type { HighlightStyle, Settings } from '../shared/settings-model.ts';

/** `#rrggbb` plus an alpha byte: the same hue at partial strength. */
function withAlpha(colour: string, alpha: number): string {
  return `${colour}${Math.round(alpha * 255).toString(16).padStart(2, '0')}`;
}

/** The declarations for one style, or '' for "off". */
export function declarations(style: HighlightStyle): string {
  if (style.kind === 'underline') {
    return `text-decoration: underline 2px ${withAlpha(style.colour, 0.9)}; text-underline-offset: 3px;`;
  }
  if (style.kind === 'tint') return `background-color: ${withAlpha(style.colour, 0.22)};`;
  return '';
}

/** The whole stylesheet: one rule per type whose style is not "off". */
export function styleText(styles: Settings['styles']): string {
  return ENTITY_TYPES.map((type) => {
    const body = declarations(styles[type]);
    return body ? `::highlight(dossier-${type}) { ${body} }` : '';
  })
    .filter(Boolean)
    .join('\n');
}

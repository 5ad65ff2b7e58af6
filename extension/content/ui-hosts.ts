/**
 * Dossier's own elements in a page: the card's host and the save toast's host, each holding its
 * UI in a shadow root. They show only while the extension's `content.css` is on the page: it sets
 * `--dossier-ui` on them, and each host's own sheet reads `display: var(--dossier-ui, none)`.
 * Firefox takes a removed or disabled add-on's `content.css` off every open page but destroys its
 * content scripts before they can run any code, so this is what hides a card left open then
 * (Chromium's orphaned scripts remove the hosts themselves: lifecycle.ts). `all: …` resets do
 * not touch custom properties, so a page resetting every element cannot hide the UI this way.
 */
export const CARD_HOST_TAG = 'dossier-card-host';
export const SAVE_HOST_TAG = 'dossier-highlight-host';

/** For a host's `:host` rule: shown only while `content.css` is there. */
export const HOST_DISPLAY = 'display: var(--dossier-ui, none) !important';

/** The `content.css` rule that lets the hosts show (styles.ts writes it into content.css). */
export const HOSTS_SHOWN_RULE = `${CARD_HOST_TAG}, ${SAVE_HOST_TAG} { --dossier-ui: contents !important; }`;

/**
 * Removes hosts a previous copy of the content script left: Firefox injects a reloaded or
 * updated add-on into open pages again, and its `content.css` would show the old, dead card.
 */
export function removeLeftHosts(doc: Document): void {
  for (const host of doc.querySelectorAll(`${CARD_HOST_TAG}, ${SAVE_HOST_TAG}`)) host.remove();
}

/**
 * The ordinary English words shipped in the package (`ordinary-words.txt`, written by the build
 * from src/cli/common-words.ts): read once per worker, handed to pages for unknown-name detection.
 */
import browser from 'webextension-polyfill';

let words: Promise<string> | null = null;

/** The words, space-separated ('' if the file cannot be read: detection then leans on the page's own words). */
export function ordinaryWords(): Promise<string> {
  words ??= fetch(browser.runtime.getURL('ordinary-words.txt'))
    .then((response) => (response.ok ? response.text() : ''))
    .catch(() => '');
  return words;
}

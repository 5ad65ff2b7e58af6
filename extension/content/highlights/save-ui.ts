/**
 * The feedback of a save from the context menu or the keyboard: a toast saying whether it
 * saved, and a small note prompt (textarea + Save) for the new highlight. Both live in a
 * `<dossier-highlight-host>` with an open shadow root, created on first use, so page CSS
 * cannot reach them and a page never showing them keeps its DOM as parsed.
 */
import { t } from '../../shared/i18n.ts';
import { HOST_DISPLAY, SAVE_HOST_TAG } from '../ui-hosts.ts';

export { SAVE_HOST_TAG };
const TOAST_MS = 4000;

const STYLE = `:host{all:initial;${HOST_DISPLAY}}
.box{position:fixed;z-index:2147483647;right:16px;bottom:16px;max-width:22rem;display:grid;gap:.5rem;
 font:14px/1.4 system-ui,sans-serif;color:#1a1a1a}
.toast,form{background:#fff;border:1px solid #888;border-radius:8px;padding:.6rem .75rem;box-shadow:0 4px 16px rgba(0,0,0,.2)}
.toast[data-tone=error]{border-color:#b91c1c;color:#7f1d1d}
.toast:empty{display:none}
form{display:grid;gap:.4rem}
textarea{font:inherit;min-height:4rem;resize:vertical;border:1px solid #666;border-radius:4px;padding:.3rem}
.row{display:flex;gap:.5rem;justify-content:flex-end}
button{font:inherit;padding:.2rem .7rem;border-radius:4px;border:1px solid #555;background:#f4f4f5;color:#111;cursor:pointer}
button[type=submit]{background:#1d4ed8;border-color:#1d4ed8;color:#fff}
:focus-visible{outline:2px solid #1d4ed8;outline-offset:2px}`;

export interface SaveUi {
  /** Shows a short message; `error` styles it as a failure. */
  toast(message: string, tone?: 'ok' | 'error'): void;
  /** Asks for a note; `save` stores it (a rejection is shown and the prompt stays). */
  askNote(save: (note: string) => Promise<void>): void;
  destroy(): void;
}

interface Parts {
  host: HTMLElement;
  box: HTMLElement;
  status: HTMLElement;
}

function createParts(doc: Document): Parts {
  const host = doc.createElement(SAVE_HOST_TAG);
  const root = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(STYLE);
  root.adoptedStyleSheets = [sheet];
  const box = doc.createElement('div');
  box.className = 'box';
  const status = doc.createElement('div');
  status.className = 'toast';
  status.setAttribute('role', 'status');
  box.append(status);
  root.append(box);
  doc.documentElement.append(host);
  return { host, box, status };
}

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}): HTMLElementTagNameMap[K] {
  return Object.assign(doc.createElement(tag), props);
}

function noteForm(doc: Document, close: () => void, submit: (note: string) => void): HTMLFormElement {
  const form = el(doc, 'form', { className: 'note' });
  const label = el(doc, 'label', { htmlFor: 'dossier-note', textContent: t('savedNoteLabel') });
  const area = el(doc, 'textarea', { id: 'dossier-note', name: 'note' });
  const row = el(doc, 'div', { className: 'row' });
  const skip = el(doc, 'button', { type: 'button', textContent: t('savedNoteSkip') });
  skip.addEventListener('click', close);
  row.append(skip, el(doc, 'button', { type: 'submit', textContent: t('savedNoteSave') }));
  form.append(label, area, row);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit(area.value);
  });
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') close();
  });
  return form;
}

/** Creates the save feedback UI for `doc` (nothing is added to the page until it is used). */
export function createSaveUi(doc: Document = document): SaveUi {
  let parts: Parts | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let form: HTMLFormElement | null = null;
  const get = (): Parts => {
    if (!parts || !parts.host.isConnected) parts = createParts(doc);
    return parts;
  };
  const toast: SaveUi['toast'] = (message, tone = 'ok') => {
    const { status } = get();
    clearTimeout(timer);
    status.dataset.tone = tone;
    status.textContent = message;
    timer = setTimeout(() => (status.textContent = ''), TOAST_MS);
  };
  const closeForm = (): void => {
    form?.remove();
    form = null;
  };
  return {
    toast,
    askNote(save) {
      closeForm();
      const mine = noteForm(doc, closeForm, (note) => {
        save(note).then(() => {
          if (form === mine) closeForm();
          toast(t('savedNoteDone'));
        }, (error: unknown) => toast(t('savedFailed', error instanceof Error ? error.message : String(error)), 'error'));
      });
      form = mine;
      get().box.append(mine);
      mine.querySelector('textarea')?.focus();
    },
    destroy() {
      clearTimeout(timer);
      parts?.host.remove();
      parts = null;
      form = null;
    },
  };
}

// Vite plugin: the bundles must never assign HTML strings (AMO's linter rejects it, and Dossier
// never inserts HTML). Preact's only such assignment serves `dangerouslySetInnerHTML`, which
// Dossier does not use: it is rewritten to a textContent assignment, so even a stray use would
// show text, not run markup. Any other dynamic innerHTML/outerHTML assignment fails the build.

const PREACT_ASSIGNMENT = '(u.innerHTML=h.__html)';
const DYNAMIC_HTML_WRITE = /\.(?:inner|outer)HTML\s*=(?!=)(?!\s*(?:""|''|``))/;

/** @returns {import('vite').Plugin} */
export function noInnerHtml() {
  return {
    name: 'dossier-no-inner-html',
    transform(code, id) {
      if (!/\/preact\/dist\/preact\.(module\.js|mjs)$/.test(id)) return null;
      if (!code.includes(PREACT_ASSIGNMENT)) this.error(`preact changed: "${PREACT_ASSIGNMENT}" not found in ${id}; update scripts/lib/no-inner-html.mjs`);
      return { code: code.replace(PREACT_ASSIGNMENT, '(u.textContent=h.__html)'), map: null };
    },
    renderChunk(code, chunk) {
      const match = DYNAMIC_HTML_WRITE.exec(code);
      if (match) this.error(`${chunk.fileName}: dynamic HTML assignment near "${code.slice(match.index - 40, match.index + 40)}"`);
      return null;
    },
  };
}

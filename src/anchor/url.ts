/**
 * The page key highlights are stored under: the same article reached from a newsletter, a
 * social post or an in-page link must give the same key, or its highlights are lost.
 */

/** Query parameters that only track where a click came from; never part of what a page is. */
const TRACKING = new Set([
  'fbclid', 'gclid', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'li_fat_id',
  'mc_cid', 'mc_eid', 'ocid', 'igshid', '_ga', '_gl', 'ref_src', 'ref_url', '_hsenc', '_hsmi',
  'mkt_tok', 'vero_id', 'oly_enc_id', 'oly_anon_id', 'wt_mc', 'cmpid', 'smid', 'at_medium', 'at_campaign',
]);

/** True for a tracking parameter name (`utm_*` and the known click ids). */
export function isTrackingParam(name: string): boolean {
  const key = name.toLowerCase();
  return key.startsWith('utm_') || TRACKING.has(key);
}

function parse(url: string, base?: string): URL | null {
  try {
    return new URL(url, base);
  } catch {
    return null;
  }
}

/** Host without a leading `www.`, for the same-site test. */
const bareHost = (host: string) => host.replace(/^www\./, '');

/**
 * Same site for our purpose: the same host, or one a subdomain of the other (`m.` and `amp.`
 * editions pointing at the main site). Cross-site canonicals are ignored: a page must not be
 * able to file its highlights under someone else's URL.
 */
function sameSite(a: URL, b: URL): boolean {
  const x = bareHost(a.hostname);
  const y = bareHost(b.hostname);
  return x === y || x.endsWith(`.${y}`) || y.endsWith(`.${x}`);
}

function strip(url: URL): string {
  url.hash = '';
  // Filter the raw query rather than rebuild it with URLSearchParams, which would re-encode
  // what is kept (`%20` → `+`) and so change the key.
  const kept = url.search.slice(1).split('&').filter((pair) => {
    if (!pair) return false;
    const name = pair.split('=')[0];
    let decoded = name;
    try {
      decoded = decodeURIComponent(name.replace(/\+/g, ' '));
    } catch {
      // A malformed escape is not a tracking parameter; keep it as it is.
    }
    return !isTrackingParam(decoded);
  });
  url.search = kept.length ? `?${kept.join('&')}` : '';
  return url.href;
}

/**
 * Normalises a page URL: drops the fragment and tracking parameters, lower-cases the host
 * (and drops a default port), and honours a same-site `<link rel=canonical>` href. The order
 * of the remaining parameters and the path's case are kept: they can matter to the server.
 * An unparseable URL is returned trimmed and otherwise unchanged.
 */
export function normalisePageUrl(url: string, canonicalHref?: string | null): string {
  const page = parse(url.trim());
  if (!page) return url.trim();
  if (canonicalHref) {
    const canonical = parse(canonicalHref.trim(), page.href);
    if (canonical && /^https?:$/.test(canonical.protocol) && page.protocol.startsWith('http') && sameSite(page, canonical)) {
      return strip(canonical);
    }
  }
  return strip(page);
}

/**
 * What the card's buttons send: the payload to save a highlight, a wrong-link report and the
 * mentions it covers.
 */
import type { HighlightDescription } from '../../shared/protocol.ts';
import { rangeOf } from '../mention-place.ts';
import type { ContentContext, PageMention } from '../types.ts';
import { describeRange } from '../highlights/describe-span.ts';
import { pageKey } from '../highlights/page-text.ts';
import { quoteContext } from './quote-context.ts';
import { linkKey } from '../../shared/corrections.ts';

/**
 * The `saveHighlight` payload for one mention on this page: described over the same extracted
 * text that re-anchoring reads (highlights/page-text.ts). The block-local context below is
 * only a fallback for a mention outside that text.
 */
export function saveParams(mention: PageMention, doc: Document = document): HighlightDescription {
  const range = rangeOf(mention);
  const described = describeRange(range, [mention.entityId], doc);
  if (described) return described;
  const { prefix, suffix } = quoteContext(range);
  return {
    url: pageKey(doc),
    title: doc.title,
    quote: mention.quote,
    prefix,
    suffix,
    start: mention.start,
    end: mention.end,
    entityIds: [mention.entityId],
  };
}

/** Mentions a correction covers: the same entity and quote (the background keys it that way). */
export function coveredBy(mention: PageMention, all: readonly PageMention[]): PageMention[] {
  const key = linkKey(mention.entityId, mention.quote);
  return all.filter((m) => m.entityId === mention.entityId && linkKey(m.entityId, m.quote) === key);
}

/** Sends the correction; resolves with the mentions it covers on this page (`mention` among them). */
export async function reportWrongLink(ctx: ContentContext, mention: PageMention, doc: Document = document): Promise<PageMention[]> {
  await ctx.call('addCorrection', { site: doc.location.hostname, entityId: mention.entityId, quote: mention.quote });
  const covered = coveredBy(mention, ctx.mentions());
  return covered.includes(mention) ? covered : [...covered, mention];
}

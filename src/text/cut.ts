/**
 * Where a long run of text may be cut in two without cutting a name: after a sentence end, else
 * before a lower-case word. Used to hand out a huge text node (a 5 KB paragraph with no markup)
 * in pieces small enough for one step.
 */

/**
 * A sentence end: a lower-case word, then . ! or ? (and a closing quote or bracket), then space.
 * A capitalised word before the stop may be a title or an initial ("Mr.", "Gen.", "U.S.") that
 * belongs to the name after it.
 */
const SENTENCE_END = /(?<!\p{L})\p{Ll}{2,}[.!?]["'\u2019\u201d)]?\s+/gu;
/** A space before a lower-case word that is not a name particle ("Ursula von der Leyen"). */
const BEFORE_LOWER = /\s+(?!(?:von|van|der|den|de|da|di|del|della|du|dos|das|la|le|bin|ibn|al|el|ter|ten|zu)\s)(?=\p{Ll})/gu;

/** The last end of a `pattern` match that falls in [from, to], or -1. */
function lastEnd(pattern: RegExp, text: string, from: number, to: number): number {
  let found = -1;
  pattern.lastIndex = Math.max(0, from - 64);
  for (let m = pattern.exec(text); m && m.index <= to; m = pattern.exec(text)) {
    const end = m.index + m[0].length;
    if (end >= from && end <= to) found = end;
  }
  return found;
}

/**
 * A cut offset in `text` within [from, to], as late as it can be: after a sentence end if there
 * is one in that stretch, else before a lower-case word; -1 if neither is there.
 */
export function safeCut(text: string, from: number, to: number): number {
  const atSentence = lastEnd(SENTENCE_END, text, from, to);
  return atSentence >= 0 ? atSentence : lastEnd(BEFORE_LOWER, text, from, to);
}

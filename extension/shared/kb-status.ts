/** Figures of a running KB install as the card and the popup print them. */

/** Entries written, entries in all and the whole percentage done, formatted for the UI locale. */
export function installFigures(done: number, total: number): [string, string, string] {
  const share = total > 0 ? Math.min(100, Math.floor((100 * done) / total)) : 0;
  return [done.toLocaleString(), total.toLocaleString(), String(share)];
}

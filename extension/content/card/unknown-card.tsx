/**
 * The card of a name the knowledge base does not know (issue 16): says so plainly, then what the
 * page says — the role and the sentence it came from, the type guessed and why, each mention
 * (jump to it), the names it appears next to — and offers "Add to my entities".
 */
import { useState } from 'preact/hooks';
import { t, typeLabel } from '../../shared/i18n.ts';
import type { PageMention } from '../types.ts';
import { useCardPlace } from './use-card-place.ts';

export interface UnknownCardProps {
  mention: PageMention & { unknown: NonNullable<PageMention['unknown']> };
  /** Every mention on the page, in document order. */
  all: readonly PageMention[];
  focus: boolean;
  onClose(): void;
  /** Scrolls to one mention of the name and opens its card there. */
  onJump(m: PageMention): void;
  /** Makes a user entity of the name; resolves with its id or a reason it could not. */
  onAdd(): Promise<{ id: string } | { error: string }>;
}

/** Characters either side of a mention within which another name counts as appearing next to it. */
const NEAR = 200;

/** Names (KB or unknown) within `NEAR` characters of any mention of `entityId`, nearest-first order of the page, at most 6. */
export function nearbyNames(all: readonly PageMention[], entityId: string): string[] {
  const own = all.filter((m) => m.entityId === entityId);
  const names: string[] = [];
  for (const m of all) {
    if (m.entityId === entityId || names.includes(m.entityName)) continue;
    if (own.some((o) => o.startNode === m.startNode && Math.abs(o.startOffset - m.startOffset) < NEAR)) names.push(m.entityName);
    else if (own.some((o) => Math.abs(o.start - m.start) < NEAR && o.startNode.parentNode === m.startNode.parentNode)) names.push(m.entityName);
  }
  return names.slice(0, 6);
}

type AddState = { kind: 'idle' } | { kind: 'busy' } | { kind: 'added' } | { kind: 'failed'; message: string };

function AddButton({ onAdd }: Pick<UnknownCardProps, 'onAdd'>) {
  const [state, setState] = useState<AddState>({ kind: 'idle' });
  const add = (): void => {
    setState({ kind: 'busy' });
    onAdd().then(
      (result) => setState('id' in result ? { kind: 'added' } : { kind: 'failed', message: result.error }),
      (err: unknown) => setState({ kind: 'failed', message: err instanceof Error ? err.message : String(err) }),
    );
  };
  const message = state.kind === 'added' ? t('unknownAdded') : state.kind === 'failed' ? t('unknownAddFailed', state.message) : '';
  return (
    <div class="actions">
      <button type="button" class="primary" onClick={add} disabled={state.kind === 'busy' || state.kind === 'added'}>{t('unknownAdd')}</button>
      <p class="status" role="status" aria-live="polite">{message}</p>
    </div>
  );
}

/** The card itself; positions itself against the mention while mounted. */
export function UnknownCard({ mention, all, focus, onClose, onJump, onAdd }: UnknownCardProps) {
  const { cardRef, headingRef } = useCardPlace(mention, focus);
  const { name, type, evidence } = mention.unknown;
  const own = all.filter((m) => m.entityId === mention.entityId);
  const near = nearbyNames(all, mention.entityId);
  return (
    <div class="dossier-card unknown" ref={cardRef} role="dialog" aria-label={t('cardLabel', name)}>
      <div class="head">
        <h2 tabIndex={-1} ref={headingRef}>{name}</h2>
        <span class="badge">{t('unknownBadge')}</span>
        <button type="button" class="close" aria-label={t('cardClose')} title={t('cardClose')} onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <p class="muted">{t('unknownLead')}</p>
      {evidence.role ? <p class="role">{t('unknownRole', evidence.role)}</p> : null}
      {evidence.sentence ? <blockquote class="sentence">{evidence.sentence}</blockquote> : null}
      <p class="guess">{t('unknownType', typeLabel(type), evidence.reasons.join('; '))}</p>
      <p class="count">{t('unknownMentions', String(own.length))}</p>
      <ul class="inline jumps">
        {own.map((m, i) => (
          <li key={m.start}>
            <button type="button" class="jump" aria-current={m === mention ? 'true' : undefined} aria-label={t('unknownJump', String(i + 1), m.quote)} onClick={() => onJump(m)}>{String(i + 1)}</button>
          </li>
        ))}
      </ul>
      {near.length ? <p class="near">{t('unknownNear', near.join(', '))}</p> : null}
      <AddButton key={mention.entityId} onAdd={onAdd} />
    </div>
  );
}

/**
 * One hover/keyboard card: a non-modal `role="dialog"` beside the mention. Focus moves into it
 * only when it was opened from the keyboard, so hovering never steals focus from the page.
 */
import { useLayoutEffect, useRef } from 'preact/hooks';
import { t, typeLabel } from '../../shared/i18n.ts';
import { rangeOf } from '../mention-place.ts';
import type { PageMention } from '../types.ts';
import { CardActions, type CardActionHandlers } from './card-actions.tsx';
import type { EntityLoader } from './entity-cache.ts';
import { EntityDetails } from './entity-details.tsx';
import { percent } from './facts.ts';
import { followRange } from './position.ts';
import { useEntity } from './use-entity.ts';

export interface CardViewProps {
  mention: PageMention;
  /** Mentions of this entity on the page. */
  count: number;
  load: EntityLoader;
  /** Move focus to the heading once shown (keyboard open). */
  focus: boolean;
  onClose(): void;
  actions: CardActionHandlers;
}

function Body({ mention, load }: Pick<CardViewProps, 'mention' | 'load'>) {
  const state = useEntity(load, mention.entityId);
  if (state.status === 'loading') return <p class="muted">{t('cardLoading')}</p>;
  if (state.status === 'missing') return <p class="muted">{t('cardMissing')}</p>;
  if (state.status === 'error') return <p class="muted">{t('cardError')}</p>;
  return <EntityDetails card={state.card} />;
}

/** The card itself; positions itself against a range over the mention while mounted. */
export function CardView({ mention, count, load, focus, onClose, actions }: CardViewProps) {
  const cardRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => (cardRef.current ? followRange(rangeOf(mention), cardRef.current) : undefined), [mention]);
  useLayoutEffect(() => {
    if (focus) headingRef.current?.focus({ preventScroll: true });
  }, [mention, focus]);
  return (
    <div class={`dossier-card type-${mention.entityType}`} ref={cardRef} role="dialog" aria-label={t('cardLabel', mention.entityName)}>
      <div class="head">
        <h2 tabIndex={-1} ref={headingRef}>{mention.entityName}</h2>
        <span class="badge">{typeLabel(mention.entityType)}</span>
        <button type="button" class="close" aria-label={t('cardClose')} title={t('cardClose')} onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <Body mention={mention} load={load} />
      <p class="match">{t('cardMatched', mention.explanation, percent(mention.confidence))}</p>
      <p class="count">{t('cardCount', String(count))}</p>
      <CardActions key={`${mention.entityId}:${mention.start}`} actions={actions} />
    </div>
  );
}

/**
 * One hover/keyboard card: a non-modal `role="dialog"` beside the mention. Focus moves into it
 * only when it was opened from the keyboard, so hovering never steals focus from the page.
 */
import { t, typeLabel } from '../../shared/i18n.ts';
import { installFigures } from '../../shared/kb-status.ts';
import type { KbStatus } from '../../shared/protocol.ts';
import type { PageMention } from '../types.ts';
import { CardActions, type CardActionHandlers } from './card-actions.tsx';
import type { EntityLoader } from './entity-cache.ts';
import { EntityDetails } from './entity-details.tsx';
import { percent } from './facts.ts';
import { useCardPlace } from './use-card-place.ts';
import { useEntity, type EntityState } from './use-entity.ts';

export interface CardViewProps {
  mention: PageMention;
  /** Mentions of this entity on the page. */
  count: number;
  load: EntityLoader;
  /** How the KB install stands (asked while the entity's record is on its way). */
  kbStatus(): Promise<KbStatus>;
  /** Move focus to the heading once shown (keyboard open). */
  focus: boolean;
  onClose(): void;
  actions: CardActionHandlers;
}

/** "Still setting up (1,500 of 9,796 entries, 15%)", or the install's error. */
function SetupNote({ setup }: { setup: NonNullable<Extract<EntityState, { status: 'loading' }>['setup']> }) {
  if (setup.state === 'failed') return <p class="note">{t('cardSetupFailed', setup.error)}</p>;
  if (setup.total <= 0) return <p class="note">{t('cardSettingUpStart')}</p>;
  return <p class="note">{t('cardSettingUp', ...installFigures(setup.done, setup.total))}</p>;
}

function Body({ mention, load, kbStatus }: Pick<CardViewProps, 'mention' | 'load' | 'kbStatus'>) {
  const [state, retry] = useEntity(load, kbStatus, mention.entityId);
  if (state.status === 'loading') return state.setup ? <SetupNote setup={state.setup} /> : <p class="muted">{t('cardLoading')}</p>;
  if (state.status === 'missing') return <p class="muted">{t('cardMissing')}</p>;
  if (state.status === 'error') {
    return (
      <p class="note">
        {t('cardError', state.message)}{' '}
        <button type="button" class="retry" onClick={retry}>{t('cardRetry')}</button>
      </p>
    );
  }
  return <EntityDetails card={state.card} />;
}

/** The card itself; positions itself against a range over the mention while mounted. */
export function CardView({ mention, count, load, kbStatus, focus, onClose, actions }: CardViewProps) {
  const { cardRef, headingRef } = useCardPlace(mention, focus);
  return (
    <div class={`dossier-card type-${mention.entityType}`} ref={cardRef} role="dialog" aria-label={t('cardLabel', mention.entityName)}>
      <div class="head">
        <h2 tabIndex={-1} ref={headingRef}>{mention.entityName}</h2>
        <span class="badge">{typeLabel(mention.entityType)}</span>
        <button type="button" class="close" aria-label={t('cardClose')} title={t('cardClose')} onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {/* Only the middle scrolls: the name, the why-line and the actions always show. */}
      <div class="body" role="group" tabIndex={0} aria-label={t('cardDetails')}>
        <Body mention={mention} load={load} kbStatus={kbStatus} />
      </div>
      <div class="foot">
        <p class="match">{t('cardMatched', mention.explanation, percent(mention.confidence))}</p>
        <p class="count">{t('cardCount', String(count))}</p>
        <CardActions key={`${mention.entityId}:${mention.start}`} actions={actions} />
      </div>
    </div>
  );
}

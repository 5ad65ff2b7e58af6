/** "On this page": linked entities grouped by type; choosing one reveals it in the page. */
import { t, typeLabel } from '../../shared/i18n.ts';
import type { PageSummary } from '../../shared/protocol.ts';
import { groupByType, type SummaryEntity } from './group.ts';

export interface EntityListProps {
  summary: PageSummary;
  onReveal(entity: SummaryEntity): void;
}

/** Each entity is a button; its accessible name says what pressing it does. */
export function EntityList({ summary, onReveal }: EntityListProps) {
  const groups = groupByType(summary.entities);
  if (groups.length === 0) return <p class="muted">{t('popupNothing')}</p>;
  return (
    <div>
      {groups.map((g) => (
        <section key={g.type} aria-labelledby={`group-${g.type}`}>
          <h3 id={`group-${g.type}`}>{typeLabel(g.type)}</h3>
          <ul class="plain">
            {g.entities.map((e) => (
              <li key={e.id}>
                <button type="button" class="entity-button" aria-label={t('popupReveal', e.name)} onClick={() => onReveal(e)}>
                  <span>{e.name}</span>
                  <span class="count" aria-hidden="true">{e.count}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

/** The body of a card: description, key facts, names, identifiers, related entities, sources. */
import type { ComponentChildren } from 'preact';
import type { EntityCard } from '../../shared/protocol.ts';
import { t } from '../../shared/i18n.ts';
import { countryName, formatDates, formatRole, identifierLinks, safeUrl, sortRoles } from './facts.ts';

function Fact({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function KeyFacts({ card }: { card: EntityCard }) {
  const { entity, related } = card;
  const present = t('cardPresent');
  const nameOf = (id: string): string => related.find((r) => r.id === id)?.name ?? id;
  const roles = sortRoles(entity.roles ?? []).slice(0, 4);
  return (
    <dl class="facts">
      {roles.length > 0 && (
        <Fact label={t('cardRoles')}>
          <ul>{roles.map((r, i) => <li key={i}>{formatRole(r, present)}</li>)}</ul>
        </Fact>
      )}
      {entity.country && entity.type !== 'country' && <Fact label={t('cardCountry')}>{countryName(entity.country)}</Fact>}
      {entity.affiliation?.length ? <Fact label={t('cardAffiliation')}>{entity.affiliation.map(nameOf).join(', ')}</Fact> : null}
      {entity.born && <Fact label={t('cardBorn')}>{entity.born}</Fact>}
      {entity.died && <Fact label={t('cardDied')}>{entity.died}</Fact>}
      {entity.founded && <Fact label={t('cardFounded')}>{formatDates(entity.founded, undefined, present).replace(/–.*$/, '')}</Fact>}
    </dl>
  );
}

function Identifiers({ card }: { card: EntityCard }) {
  const links = identifierLinks(card.entity.ids);
  if (links.length === 0) return null;
  return (
    <Fact label={t('cardIdentifiers')}>
      <ul class="inline">
        {links.map((l) => (
          <li key={l.scheme}>
            {l.url ? <a href={l.url} target="_blank" rel="noopener noreferrer">{`${l.label} ${l.value}`}</a> : `${l.label}: ${l.value}`}
          </li>
        ))}
      </ul>
    </Fact>
  );
}

function Sources({ card }: { card: EntityCard }) {
  const sources = (card.entity.sources ?? []).filter((s) => safeUrl(s.url));
  if (sources.length === 0) return null;
  return (
    <Fact label={t('cardSources')}>
      <ul class="inline">
        {sources.map((s) => (
          <li key={s.url}><a href={safeUrl(s.url)} target="_blank" rel="noopener noreferrer">{s.label}</a></li>
        ))}
      </ul>
    </Fact>
  );
}

/** Everything the KB knows, compactly; empty sections are left out. */
export function EntityDetails({ card }: { card: EntityCard }) {
  const aliases = card.entity.aliases.map((a) => a.text).filter((a) => a !== card.entity.name);
  return (
    <div class="details">
      {card.entity.description && <p class="description">{card.entity.description}</p>}
      <KeyFacts card={card} />
      <dl class="facts">
        {aliases.length > 0 && <Fact label={t('cardAliases')}>{aliases.slice(0, 8).join(', ')}</Fact>}
        <Identifiers card={card} />
        {card.related.length > 0 && (
          <Fact label={t('cardRelated')}>
            <ul>{card.related.slice(0, 6).map((r) => <li key={r.id + r.relation}>{`${r.name} (${r.relation.replace(/-/g, ' ')})`}</li>)}</ul>
          </Fact>
        )}
        <Sources card={card} />
      </dl>
    </div>
  );
}

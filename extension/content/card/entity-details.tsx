/** The body of a card: description, key facts, names, identifiers, related entities, sources. */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Role } from '../../../src/kb/model.ts';
import type { EntityCard } from '../../shared/protocol.ts';
import { t } from '../../shared/i18n.ts';
import { countryName, identifierLinks, readableDate, safeUrl, yearOf } from './facts.ts';
import { roleLines, roleParts, type RoleLine } from './roles.ts';

/** Roles shown before "more": enough to say who this is, few enough to keep the card short. */
export const ROLES_SHOWN = 3;

function Fact({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function RoleItem({ line, present }: { line: RoleLine; present: string }) {
  const { title, when } = roleParts(line, present);
  return <li>{title}{when && <>, <span class="when">{when}</span></>}</li>;
}

/** The most telling roles, the rest behind a disclosure button. */
function RoleList({ roles, country }: { roles: readonly Role[]; country?: string }) {
  const [open, setOpen] = useState(false);
  const lines = roleLines(roles, country);
  const present = t('cardPresent');
  const hidden = lines.length - ROLES_SHOWN;
  return (
    <Fact label={t('cardRoles')}>
      <ul class="roles">{lines.slice(0, open ? lines.length : ROLES_SHOWN).map((l) => <RoleItem key={l.title + (l.country ?? '')} line={l} present={present} />)}</ul>
      {hidden > 0 && (
        <button type="button" class="more" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? t('cardFewer') : t('cardMore', String(hidden))}
        </button>
      )}
    </Fact>
  );
}

function KeyFacts({ card }: { card: EntityCard }) {
  const { entity, related } = card;
  const nameOf = (id: string): string => related.find((r) => r.id === id)?.name ?? id;
  return (
    <dl class="facts">
      {entity.roles?.length ? <RoleList roles={entity.roles} country={entity.country} /> : null}
      {entity.country && entity.type !== 'country' && <Fact label={t('cardCountry')}>{countryName(entity.country)}</Fact>}
      {entity.affiliation?.length ? <Fact label={t('cardAffiliation')}>{entity.affiliation.map(nameOf).join(', ')}</Fact> : null}
      {entity.born && <Fact label={t('cardBorn')}>{readableDate(entity.born)}</Fact>}
      {entity.died && <Fact label={t('cardDied')}>{readableDate(entity.died)}</Fact>}
      {entity.founded && <Fact label={t('cardFounded')}>{yearOf(entity.founded)}</Fact>}
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

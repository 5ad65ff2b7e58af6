/**
 * Every numeric weight and threshold the linker decides with, in one table (as Readability keeps
 * its tunables): each stage reads its figures from here, so one can see and tune them together.
 * Confidences and support are on a 0..1 scale; a link is shown at `threshold` or above.
 * Structural limits (how many tokens a stage looks at) stay with their stage.
 */
export const WEIGHTS = {
  // ── Shown or not ──
  /** Links below this confidence are never shown. */
  threshold: 0.6,

  // ── Alias matches before context (exact.ts) ──
  /** A context-dependent alias ("Labour", "Play") starts well below the threshold: the page must speak for it. */
  aliasContextDependent: 0.45,
  /** The entity's own name: almost certain. */
  aliasPrimary: 0.97,
  /** A short case-sensitive alias (an acronym such as "SVR") is a little less sure than a long name. */
  aliasShortCaseSensitive: 0.85,
  /** Up to this many letters, a case-sensitive alias counts as short. */
  aliasShortLength: 4,
  /** Any other alias. */
  aliasOther: 0.92,

  // ── Choosing among alias candidates (resolve.ts) ──
  /** A demonym's top country must lead the next by this much prominence to be the one meant ("French"). */
  demonymLead: 0.2,
  /** Below this prominence a body's ambiguous acronym is more often something else (as in the KB's alias rules). */
  obscureProminence: 0.5,
  /** What a curated entity is worth over a bulk namesake when both are supported. */
  bulkDiscount: 0.1,
  /** Prominence tips close calls only: a famous namesake must not win on fame alone. */
  prominenceWeight: 0.05,
  /** Taken off a strong alias that several entities share: the page must choose. */
  ambiguityPenalty: 0.12,
  /** A strong alias needs context less, so its support counts half. */
  strongAliasSupport: 0.5,
  /** A country "in play" for choosing among namesakes: a fair share of the page's country mentions. */
  inPlayShare: 0.15,

  // ── Context support (support.ts) ──
  /** Words that say what kind of thing is named: at most this many count... */
  typeCueMax: 2,
  /** ...each worth this much. */
  typeCueWeight: 0.1,
  /** The entity's own cue words (role, party, institution): at most this many count... */
  ownCueMax: 3,
  /** ...each worth this much (less than a type cue: they are many and some are loose). */
  ownCueWeight: 0.08,
  /** The entity's country named in the sentence or the one before (else a share of this, by the page's share). */
  countryNear: 0.15,
  /** A country with half the page's country mentions counts as fully in play. */
  countryShareScale: 2,
  /** Related entities linked on the page: at most this many count... */
  relatedMax: 2,
  /** ...each worth this much. */
  relatedWeight: 0.15,
  /** The entity already linked elsewhere on the page. */
  linkedBefore: 0.15,
  /** A country adjective right before the mention: this much for its own country, as much against another's. */
  adjacentCountry: 0.2,
  /** A credit ("Photo: AP") or a market quote ("Nikkei 48,088 ▲ 1.1%") naming the entity (credits.ts). */
  furniture: 0.25,
  /** A word of the entity's kind right before its name, in apposition ("the consulting company EY"). */
  kindApposition: 0.15,
  /** One sense per page: a rejected context-dependent alias gains this much from the page's accepted use (discourse.ts). */
  repeatedAlias: 0.15,

  // ── Places by the page's evidence (place-evidence.ts) ──
  /** Confidence of a place linked by the words around it (a dateline, "X in Y", "from X" on a page of X's country). */
  placeEvidence: 0.7,
  /** A place this prominent (a city of about 180,000) after a preposition is the one meant when the page has no home country… */
  placeProminent: 0.35,
  /** …or a dateline's place, or one an office is held for, this prominent (a town of about 20,000)… */
  placeDateline: 0.2,
  /** …when it leads every namesake by this much. */
  placeLead: 0.1,

  // ── The bulk layer's gate (bulk-gate.ts) ──
  /** A bulk entity this prominent (a city of millions, a mega-cap company) is known by its name given a cue of its kind. */
  bulkHousehold: 0.45,
  /** A bulk entity's longer name this prominent needs no further evidence. */
  bulkSelfEvident: 0.3,

  // ── Bare surnames and references back (coreference.ts, full-names.ts) ──
  /** Prominence of the few people a bare surname names almost anywhere (heads of state of large countries). */
  household: 0.9,
  /** A bare surname must be the KB's spelling or another romanisation of it (never only a sound-alike). */
  bareSurnameSimilarity: 0.92,
  /** Below this prominence a bare surname never links by prominence alone. */
  bareSurnameProminence: 0.5,
  /** A household name needs its country this share of the page's country mentions... */
  householdShare: 0.1,
  /** ...and at least this much confidence when it links. */
  householdFloor: 0.65,
  /** Anyone else needs this much support... */
  bareSurnameSupport: 0.25,
  /** ...and their country this share of the page's country mentions. */
  bareSurnameShare: 0.15,
  /** A bare surname's confidence: this base... */
  bareSurnameBase: 0.4,
  /** ...plus support times this... */
  bareSurnameSupportWeight: 0.5,
  /** ...plus prominence times this... */
  bareSurnameProminenceWeight: 0.1,
  /** ...at most this. */
  bareSurnameCap: 0.8,
  /** Two people this close in confidence for one surname: neither is linked. */
  bareSurnameRivalMargin: 0.1,
  /** A name the page gave an entity itself ("known as X"), where it recurs. */
  localAlias: 0.8,
  /** A surname referring back is at most this sure, however sure its full name was. */
  referenceCap: 0.95,
  /** A full name's surname must be at least this like the bare one to be referred back to. */
  referenceSimilarity: 0.85,
  /** A full name later on the page (a headline before the article) counts this much of an earlier one. */
  laterReference: 0.9,
  /** A bare surname in a team sheet, naming the one player of the page's sport with it (team-sheet.ts). */
  teamSheetSurname: 0.7,

  // ── Names the page gives (appositive.ts) ──
  /** The list's anchor must be this much above the threshold to lend its entity to the other names. */
  appositiveAnchorMargin: 0.1,
  /** A name in a "known as" list is at most this sure. */
  appositiveListCap: 0.85,
  /** An acronym in brackets after a name is at most this sure. */
  appositiveAcronymCap: 0.95,

  // ── Code-like names (code-names.ts) ──
  /** A code one letter off needs at least this much support. */
  codeSlipSupport: 0.15,
  /** A code spelt as known: this base plus support times `codeExactSupportWeight`. */
  codeExactBase: 0.9,
  codeExactSupportWeight: 0.2,
  /** A code one letter off: this base plus support times `codeSlipSupportWeight`. */
  codeSlipBase: 0.5,
  codeSlipSupportWeight: 0.6,
  /** A code matched by compact spelling is at most this sure. */
  codeCap: 0.97,

  // ── Organisation names by word set (org-names.ts) ──
  /** A word set one word off needs support plus prominence × `orgSlipProminence` of at least this. */
  orgSlipEvidence: 0.1,
  orgSlipProminence: 0.2,
  /** Base confidence of a word set one word off... */
  orgSlipBase: 0.72,
  /** ...and of a whole word set. */
  orgBase: 0.78,
  /** Taken off for each word a synonym stood in for. */
  orgSynonymPenalty: 0.08,
  /** Support counts this much. */
  orgSupportWeight: 0.4,
  /** A country adjective of the entity's own country in the name. */
  orgCountryBonus: 0.05,
  /** An organisation matched by word set is at most this sure. */
  orgCap: 0.95,
  /** Two bodies this close in confidence: neither is linked. */
  orgRivalMargin: 0.05,

  // ── Garbled names of prominent bodies and places (near-table.ts, near-names.ts) ──
  /** Only names of entities this prominent are looked for in garbled spellings. */
  nearNameProminence: 0.3,
  /** A garbled one-word name needs this much support (a name with its other words as known needs some). */
  nearNameSupport: 0.15,
  /** Each further word spelt as known is evidence too ("Mersedes-Benz"). */
  nearNameWordBonus: 0.05,
  /** A garbled name is at most this sure. */
  nearNameCap: 0.9,

  // ── Spelling variants of people (person-names.ts, name-keys.ts) ──
  /** A given name in another romanisation ("Dmitri" for "Dmitry"). */
  givenRomanisation: 0.95,
  /** A given name that sounds alike ("Fladimir" for "Vladimir"). */
  givenSoundAlike: 0.85,
  /** At and above this similarity a name is a spelling variant; at and above `phoneticMatch` a sound-alike; else fuzzy. */
  variantMatch: 0.92,
  phoneticMatch: 0.78,
  /** Any but a close variant needs at least this much support. */
  personVariantSupport: 0.1,
  /** A variant more letters off than this needs support too. */
  personVariantEdits: 2,
  /** A spelling variant: similarity plus support times this. */
  variantSupportWeight: 0.3,
  /** A sound-alike or fuzzy name: similarity less `soundAlikePenalty`, plus support times `soundAlikeSupportWeight`. */
  soundAlikePenalty: 0.15,
  soundAlikeSupportWeight: 0.6,
  /** A person matched by a variant is at most this sure. */
  personCap: 0.99,
  /** Surname similarity: another romanisation (the same romanisation key)... */
  surnameRomanisation: 0.92,
  /** ...the same transliteration key (other vowels)... */
  surnameTransliteration: 0.88,
  /** ...the same sound one letter off, or two... */
  surnameSoundOneEdit: 0.85,
  surnameSoundTwoEdits: 0.78,
  /** ...one letter off in a long name (six letters or more). */
  surnameOneEdit: 0.7,

  // ── Page layout (context.ts, longer-names.ts) ──
  /** A sentence of at least `titleCaseWords` words, this share capitalised, is a Title Case headline. */
  titleCaseShare: 0.7,
  titleCaseWords: 4,
  /** A line of `titleLineWords` words or more with this share capitalised is a Title Case headline or a menu. */
  titleLineShare: 0.75,
  titleLineWords: 4,

  // ── Places, lists and sport by the page (bulk-evidence, coordination, place-context, sports-teams, team-names, team-sheet, page-sport) ──
  /** A leading place this prominent, this far ahead of its namesakes, is the one a preposition of place means. */
  leadingPlace: 0.2,
  leadingPlaceMargin: 0.1,
  /** Confidence of a link made by its list alone. */
  listedConfidence: 0.7,
  /** A share of the page's linked names (with a country) that makes their country the page's own… */
  homeCountryShare: 0.4,
  /** …given this many of them at least. */
  homeCountryMinLinks: 2,
  /** Share of a page's sentences that must speak of sport. */
  sportSentenceShare: 0.2,
  /** And at least this many of them: a short page of chrome is no match report. */
  sportMinSentences: 5,
  /** A team this much more prominent than the others of its name and fit is the one meant. */
  teamProminenceMargin: 0.05,
  /** Confidence of a team named by a league table's cell. */
  leagueTableCell: 0.7,
  /** A page's sport must be named this often, and this many times more than any other sport. */
  pageSportMinMentions: 3,
  pageSportLead: 2,
} as const;

/**
 * Small word lists the linker reasons with. General language knowledge only: nothing here names
 * an entity or a garble.
 */
import type { EntityType } from '../kb/model.ts';

/** Capitalised words that start sentences or titles and are never names by themselves. */
export const FUNCTION_WORDS = new Set(
  ('the a an and or but if of in on at to for by with from as into about after before over under he she it ' +
    'they we you i his her its their our this that these those there here however moreover meanwhile ' +
    'according while when where what which who whom why how also then thus so yet still even mr mrs ms dr ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july ' +
    'august september october november december today yesterday tomorrow said says one two three new ' +
    'former president minister secretary spokesman spokeswoman ambassador foreign british russian american')
    .split(' '),
);

/**
 * Capitalised titles written before a surname ("Chancellor Scholz", "General Gerasimov"): not
 * part of the name, unlike the unknown given name in "Judd Trump".
 */
export const TITLE_WORDS = new Set(
  ('chancellor general king queen prince princess pope patriarch senator congressman congresswoman governor ' +
    'mayor judge colonel major captain admiral marshal commander lieutenant sergeant sheikh emir premier ' +
    'commissioner envoy lord lady sir dame baron baroness deputy chairman chairwoman chief director ' +
    'professor prof father saint comrade speaker leader vice acting interim opposition prime defence defense ' +
    'home interior justice finance health culture labour labor conservative tory democrat republican')
    .split(' '),
);

/** Adverbs that open a sentence right before a name ("Earlier Raab said"); FUNCTION_WORDS holds the commonest. */
export const SENTENCE_ADVERBS = new Set(
  ('earlier later now instead again once finally first next last soon recently previously subsequently ' +
    'separately likewise similarly indeed nevertheless nonetheless otherwise besides overall consequently ' +
    'therefore accordingly initially ultimately apparently only just meanwhile furthermore additionally ' +
    'tonight last week please thanks yes no perhaps maybe certainly clearly').split(' '),
);

/** Months, days and feasts: capitalised, and sometimes surnames ("May"), so never a bare-surname link nor a name. */
export const CALENDAR_WORDS = new Set(
  ('monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december ' +
    'christmas easter ramadan eid diwali hanukkah thanksgiving halloween passover lent advent').split(' '),
);

/**
 * Words of KB descriptions that say nothing of who is meant ("Chancellor of Germany (from 2021)"):
 * never cue words, or "a baker from Hamburg" would speak for Scholz.
 */
export const CUE_FILLER = new Set(['from', 'under', 'new', 'that', 'with', 'first', 'since', 'until', 'non', 'multi', ...CALENDAR_WORDS]);

/** Words that, near a mention, say what kind of thing is named. */
export const TYPE_CUES: Record<EntityType, readonly string[]> = {
  person: ['minister', 'secretary', 'spokesman', 'spokeswoman', 'spokesperson', 'president', 'ambassador', 'prime',
    'chancellor', 'leader', 'said', 'says', 'told', 'mr', 'mrs', 'ms', 'senator', 'mp', 'director', 'chief', 'envoy',
    'deputy', 'head', 'he', 'she', 'his', 'her', 'statement', 'interview', 'agent', 'spy', 'former', 'poisoning'],
  agency: ['agency', 'center', 'service', 'services', 'intelligence', 'security', 'bureau', 'directorate', 'authority',
    'authorities', 'spy', 'counterintelligence', 'cyber', 'department'],
  'threat-actor': ['group', 'groups', 'hacker', 'hackers', 'hacking', 'cyber', 'apt', 'attack', 'attacks', 'attacked',
    'espionage', 'malware', 'pirates', 'pirate', 'campaign', 'actor', 'actors', 'threat', 'intrusion', 'phishing',
    'ransomware', 'breach', 'compromise', 'backdoor', 'spyware', 'programmers', 'operators', 'targeted', 'target'],
  organization: ['party', 'company', 'firm', 'news', 'network', 'broadcaster', 'agency', 'union', 'organization',
    'group', 'site', 'platform', 'shares', 'chief', 'executive', 'newspaper', 'television', 'channel', 'spokesperson',
    'spokesman', 'spokeswoman', 'declined', 'comment', 'customers', 'founder', 'ceo', 'subsidiary', 'acquired'],
  company: ['company', 'firm', 'shares', 'stock', 'chief', 'executive', 'ceo', 'customers', 'founder', 'subsidiary',
    'acquired', 'brand', 'maker', 'investors', 'profit', 'revenue', 'sales', 'spokesperson', 'declined', 'comment',
    'manufacturer', 'manufacturers', 'carmaker', 'carmakers', 'automaker', 'concern', 'bank', 'lender', 'exporters'],
  party: ['party', 'parties', 'election', 'vote', 'votes', 'voters', 'coalition', 'opposition', 'leader', 'seats', 'mps',
    'candidate', 'campaign', 'manifesto', 'members'],
  'sports-team': ['club', 'team', 'side', 'match', 'game', 'season', 'league', 'cup', 'coach', 'manager', 'striker',
    'goal', 'goals', 'win', 'won', 'beat', 'defeat', 'draw', 'fans', 'stadium', 'players', 'squad'],
  media: ['news', 'newspaper', 'paper', 'broadcaster', 'television', 'channel', 'radio', 'reported', 'reports',
    'editor', 'columnist', 'magazine', 'website', 'told', 'interview', 'according'],
  university: ['university', 'college', 'professor', 'researchers', 'research', 'students', 'study', 'campus',
    'school', 'institute', 'lecturer', 'scientists'],
  court: ['court', 'judge', 'judges', 'ruling', 'ruled', 'appeal', 'case', 'trial', 'sentenced', 'justice',
    'lawsuit', 'verdict', 'hearing', 'filed'],
  country: ['country', 'government', 'state', 'nation', 'embassy', 'border'],
  place: ['city', 'town', 'capital', 'region', 'village', 'in', 'between', 'county', 'district'],
  event: ['referendum', 'attack', 'poisoning', 'war', 'invasion', 'since', 'after', 'crisis', 'hack'],
  work: ['film', 'movie', 'book', 'novel', 'album', 'song', 'single', 'series', 'show', 'documentary', 'released',
    'release', 'starring', 'directed', 'premiere', 'tour'],
  other: ['virus', 'vaccine', 'pandemic', 'disease', 'infection', 'outbreak', 'health', 'coronavirus', 'research'],
};

/**
 * Words of TYPE_CUES too general to speak for one low-trust bulk-layer name ("in" for a place,
 * "said" for a person): a bulk entity's one-word name needs a cue that names its kind.
 */
export const GENERIC_TYPE_CUES = new Set(['in', 'between', 'since', 'after', 'said', 'says', 'told', 'he', 'she', 'his', 'her',
  'head', 'chief', 'declined', 'comment', 'according', 'members', 'case', 'filed', 'win', 'won', 'release', 'show', 'single',
  'state', 'group', 'groups', 'network', 'site', 'platform', 'target', 'targeted']);

/** Words of organisation names that translations swap for one another. */
export const NAME_WORD_SYNONYMS: Record<string, string> = {
  electronic: 'cyber',
  computer: 'cyber',
  digital: 'cyber',
  cybernetic: 'cyber',
  cybersecurity: 'cyber security',
  centre: 'center',
  chief: 'main', // Russian and Ukrainian "golovne": Chief or Main Directorate
  organisation: 'organization',
};

/** Words that carry no identity in an organisation name. */
export const NAME_STOPWORDS = new Set(['the', 'of', 'for', 'and', 'on', 'in', 'at', 'to', 'a', 'an', 'de', 'la', 'du']);

/**
 * Equivalent romanisations of common given names (Russian, Ukrainian and others), each group
 * one name. Surnames need no table: they go through the transliteration key.
 */
export const GIVEN_NAME_GROUPS: readonly string[] = [
  'dmitry dmitri dimitri dmitriy dimitry dimitriy',
  'sergei sergey serguei sergiy serhiy',
  'andrei andrey andriy andrii andre',
  'alexander aleksandr alexandr aleksander oleksandr alexandre',
  'alexei aleksei alexey aleksey oleksiy oleksii',
  'yuri yury yuriy iouri yurii',
  'nikolai nikolay mykola nicolai',
  'mikhail mikhail michail',
  'yevgeny evgeny evgeni yevgeni yevgeniy evgeniy',
  'vasily vasiliy vasili vassily',
  'valery valeri valeriy',
  'vyacheslav viacheslav',
  'anatoly anatoliy anatoli',
  'gennady gennadiy gennadi',
  'grigory grigoriy grigori',
  'maria mariya',
  'natalia natalya nataliya natalie',
  'tatiana tatyana tetiana',
  'yulia yuliya julia iulia',
  'olga olha',
  'yelena elena jelena olena',
  'vladimir volodymyr wladimir',
  'pyotr petr piotr',
  'fyodor fedor',
  'ilya ilia',
  'arkady arkadiy arkadi',
  'igor ihor',
  'kirill kiril',
  'maxim maksim',
  'denis denys',
  'pavel pavlo',
  'viktor victor',
  'yevgeniy evgenii',
  'konstantin kostiantyn',
];

/** Words that label a credit when a colon follows ("Photo:", "Source:"). */
export const CREDIT_LABELS: readonly string[] = ['photo', 'photos', 'photograph', 'picture', 'pictures', 'image', 'images', 'video', 'source', 'sources', 'credit', 'credits', 'via'];
/** Words that label a credit when "by" follows ("Reporting by"). */
export const BY_LABELS: readonly string[] = ['reporting', 'editing', 'writing', 'compiled'];
/** Cue words of the entities a market quote names: indices and listed companies. */
export const QUOTED_CUES: readonly string[] = ['index', 'shares'];
/** Cue words of the bodies a credit names: news agencies, broadcasters, papers ("Photo: Target" is no credit to a shop). */
export const CREDITED_CUES: readonly string[] = ['news', 'agency', 'broadcaster', 'newspaper', 'television', 'media', 'wire'];

/** Phrases that introduce the other names of an entity ("known as A, B and C"). */
export const APPOSITIVE_TRIGGERS: readonly (readonly string[])[] = [['known', 'as'], ['also', 'called'], ['dubbed'], ['nicknamed'], ['aka'], ['referred', 'to', 'as'], ['alias']];
/** Lower-case words between the names of such a list. */
export const APPOSITIVE_CONNECTORS: readonly string[] = ['as', 'well', 'and', 'or', 'also', 'the'];
/** Joiners walked back over to the head of a name before an acronym in brackets ("Centre for … of Britain (NCSC)"). */
export const ACRONYM_HEAD_JOINERS: readonly string[] = ['of', 'the', 'for'];
/** Joiners inside a longer proper name ("Bank of England", "Court for the District"). */
export const NAME_JOINERS: ReadonlySet<string> = new Set(['of', 'for', 'the', 'and', 'de', 'du', 'la', 'von']);
/** Joiners between a body's name and the country that qualifies it ("… of the Ministry of Defence of Ukraine"). */
export const QUALIFIER_JOINERS: readonly string[] = ['of', 'the', 'for', 'and'];
/** Lower-case particles inside personal names ("Abdulaziz bin Salman", "Ursula von der Leyen"). */
export const NAME_PARTICLES: readonly string[] = ['bin', 'ibn', 'bint', 'al', 'el', 'von', 'van', 'der', 'den', 'de', 'da', 'di', 'du', 'le', 'la', 'ben'];
/** Head nouns of a body named "<Head> of <place>" ("Central Bank of Nigeria", "University of Geneva"). */
export const OF_HEADS: readonly string[] =
  'bank university college institute institution school academy museum hospital foundation society association federation league club church'.split(' ');
/** Words of an office held in a place or body, besides TITLE_WORDS ("UK Prime Minister", "Labour MP"). */
export const OFFICE_WORDS: readonly string[] = ['president', 'minister', 'secretary', 'spokesman', 'spokeswoman', 'ambassador', 'whip', 'mp', 'mep', 'ceo'];
/** Titles that only a person's name follows ("Defence Minister Israel Katz"). */
export const PERSON_TITLES: ReadonlySet<string> = new Set(['minister', 'president', 'secretary', 'chancellor', 'ambassador', 'spokesman', 'spokeswoman', 'senator', 'governor', 'mayor', 'envoy', 'premier', 'general']);
/**
 * Prefixes a name may write with a hyphen, a space or neither ("Co-operation", "Cooperation";
 * "Anti-Corruption", "Anticorruption"): joined to the next word, so all three meet.
 */
export const JOINED_PREFIXES: ReadonlySet<string> = new Set(['co', 'anti', 'counter', 'inter', 'non', 'multi']);
/**
 * Words that end a company's name and say what line it is in ("Micron Technology", "Renesas
 * Electronics"): once the page has named it in full, the word before them names it alone.
 */
export const COMPANY_NAME_TAILS: ReadonlySet<string> = new Set(
  ('technology technologies group holdings holding motors motor electronics industries corporation corp company inc ' +
    'plc systems airlines airways energy pharmaceuticals semiconductor semiconductors networks software communications ' +
    'entertainment automotive aerospace instruments').split(' '),
);

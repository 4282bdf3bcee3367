/** The element's own words. Brief content is never translated; only the chrome around it is. */
const en = {
  contents: 'Contents',
  sources: 'Sources',
  timeline: 'Timeline',
  actors: 'Actors',
  threats: 'Threats',
  keyFigures: 'Key figures',
  keyFacts: 'Key facts',
  map: 'Map',
  published: 'Published',
  asOf: 'Information as of',
  by: 'By',
  publisher: 'Publisher',
  licence: 'Licence',
  linkNotAvailable: 'link not available',
  backToText: 'Back to text',
  citation: 'Citation',
  source: 'Source',
  accessed: 'accessed',
  locator: 'at',
  internal: 'Internal',
  external: 'External',
  trend: 'Trend',
  likelihood: 'Likelihood',
  confidence: 'Confidence',
  'trend.increasing': 'increasing',
  'trend.stable': 'stable',
  'trend.decreasing': 'decreasing',
  'trend.unclear': 'unclear',
  'likelihood.almost-no-chance': 'almost no chance',
  'likelihood.very-unlikely': 'very unlikely',
  'likelihood.unlikely': 'unlikely',
  'likelihood.roughly-even-chance': 'roughly even chance',
  'likelihood.likely': 'likely',
  'likelihood.very-likely': 'very likely',
  'likelihood.almost-certain': 'almost certain',
  'confidence.low': 'low confidence',
  'confidence.moderate': 'moderate confidence',
  'confidence.high': 'high confidence',
  responses: 'Responses',
  'outcome.killed': 'killed',
  'outcome.injured': 'injured',
  'outcome.casualties': 'casualties',
  'outcome.arrested': 'arrested',
  'outcome.missing': 'missing',
  'outcome.displaced': 'displaced',
  'outcome.departed': 'departed',
  'outcome.returned': 'returned',
  'kind.person': 'People',
  'kind.party': 'Political parties',
  'kind.government-body': 'State bodies',
  'kind.state': 'States',
  'kind.armed-group': 'Armed groups',
  'kind.international-organisation': 'International organisations',
  'kind.ngo': 'Non-governmental organisations',
  'kind.media': 'Media',
  'kind.other': 'Other',
  'claim.designation': 'Designation',
  'claim.account': 'Account',
  'claim.denial': 'Denial',
  'claim.allegation': 'Allegation',
  'claim.statement': 'Statement',
  'claim.assessment': 'Assessment',
  'claim.announcement': 'Announcement',
  claimBy: 'by',
  aliases: 'Also known as',
  memberOf: 'Member of',
  ratedBy: 'rated by',
  disputes: 'disputes',
  unsourced: 'unsourced',
  unattributed: 'unattributed',
  estimates: 'Estimates',
  estimateCount: '{count} estimates',
  estimateBy: 'according to {who}',
  loading: 'Loading the brief…',
  empty: 'No brief to show.',
  errorTitle: 'The brief could not be shown.',
  'error.not-found': 'The brief was not found (HTTP 404).',
  'error.http': 'The server answered with an error (HTTP {status}).',
  'error.timeout': 'The brief took too long to load.',
  'error.network': 'The brief could not be fetched.',
  'error.invalid-json': 'The file is not valid JSON.',
  'error.not-a-brief': 'The file is not a security brief: {detail}.',
  'error.render': 'The brief contains data that cannot be displayed: {detail}.',
  mapLoading: 'Loading the map…',
  mapError: 'The map could not be loaded.',
  mapAlternative: 'Places shown on the map',
  noEntries: 'None listed.',
  'date.from': 'from {date}',
  'date.until': 'until {date}',
  'date.approximate': 'c. {date}',
  'date.uncertain': '{date}?',
  'qty.exactly': 'exactly {n}',
  'qty.about': 'about {n}',
  'qty.almost': 'almost {n}',
  'qty.over': 'over {n}',
  'qty.under': 'under {n}',
  'qty.at-least': 'at least {n}',
  'qty.at-most': 'at most {n}',
  'qty.up-to': 'up to {n}',
  'qty.range': '{low}–{high}',
  quoteOpen: '“',
  quoteClose: '”',
  // Words of the parts, by part.
  'timeline.places': 'Places',
  'timeline.actors': 'Actors',
  'timeline.casualties': 'Casualties',
  'timeline.claims': 'Who says what',
  'timeline.empty': 'No events in this brief.',
  'threats.internalThreats': 'Internal threats',
  'threats.externalThreats': 'External threats',
  'threats.otherThreats': 'Other threats',
  'threats.assessment': 'Assessment',
  'threats.empty': 'No threats assessed in this brief.',
  'threats.actors': 'Actors',
  'threats.places': 'Places',
  'threats.events': 'Events',
  'threats.confidence.low': 'low',
  'threats.confidence.moderate': 'moderate',
  'threats.confidence.high': 'high',
  'figures.ratings': 'Ratings',
  'figures.empty': 'No key figures in this brief.',
  'figures.categoryOf': 'category {n} of {count}, from “{first}” to “{last}”',
  'figures.scaleRange': 'on a scale of {min} to {max}',
  'figures.direction.higher-is-better': 'higher is better',
  'figures.direction.lower-is-better': 'lower is better',
} as const;

export type MessageKey = keyof typeof en;
export type Table = Partial<Record<MessageKey, string>>;
/** The keys of one part's words (`timeline.empty` → `empty` for `PartKey<'timeline'>`). */
export type PartKey<P extends string> = MessageKey extends infer M
  ? M extends `${P}.${infer K}`
    ? K
    : never
  : never;

// English is built in; other languages are separate chunks, fetched the first time an element needs one
// (an English page never downloads them). Server rendering loads them up front (see the ssr entry).
const loaders: Record<string, () => Promise<{ default: Table }>> = {
  fr: () => import('./locales/fr.js'),
};
const tables: Record<string, Table> = { en };
let generation = 0;

/** Changes whenever a language's words arrive, so text worded before can be worded again. */
export function wordsGeneration(): number {
  return generation;
}
const pending = new Map<string, Promise<void>>();

/** Languages with their own table; any other language falls back to English. */
export const supportedLanguages = ['en', ...Object.keys(loaders)];

/** The table language for a BCP 47 tag: `fr-CA` → `fr`, unknown → `en`. */
export function baseLanguage(lang: string | undefined): string {
  const key = lang ?? '';
  let base = bases.get(key);
  if (base === undefined) {
    const tag = key.toLowerCase().split('-')[0] ?? '';
    base = tag in loaders ? tag : 'en';
    bases.set(key, base);
  }
  return base;
}
// Looked up for every word of every render: remember each tag's answer.
const bases = new Map<string, string>();

/**
 * Makes the words of `lang` available to `msg`. Returns `undefined` when they already are (English, a
 * language loaded before, or one without a table), else a promise that settles once they are — or once
 * loading failed, in which case the words stay English.
 */
export function loadLanguage(lang: string | undefined): Promise<void> | undefined {
  const base = baseLanguage(lang);
  if (tables[base]) return undefined;
  let loading = pending.get(base);
  if (!loading) {
    const load = loaders[base];
    if (!load) return undefined;
    loading = load().then(
      (module) => {
        tables[base] = module.default;
        generation++;
      },
      () => {
        // Offline, say: fall back to English for good rather than asking on every update.
        tables[base] = en;
        generation++;
      },
    );
    pending.set(base, loading);
  }
  return loading;
}

/** Makes a table available synchronously: server rendering cannot wait for a chunk mid-render. */
export function addLanguage(lang: string, table: Table): void {
  tables[baseLanguage(lang)] = table;
  generation++;
}

/**
 * One of the element's words in `lang`, with `{name}` placeholders filled from `vars`.
 * Missing words fall back to English, so a partial table (or one not loaded yet) never shows a key.
 */
export function msg(
  lang: string | undefined,
  key: MessageKey,
  vars?: Record<string, string | number>,
): string {
  const text = tables[baseLanguage(lang)]?.[key] ?? en[key];
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

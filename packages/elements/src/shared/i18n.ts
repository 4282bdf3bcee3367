/**
 * The words `<security-brief>` and its lists show. Brief content is never translated; only the chrome around
 * it is. The other parts carry their own words (`parts/<part>/words.ts`), so they load with the part's code.
 */
const en = {
  contents: 'Contents',
  sources: 'Sources',
  actors: 'Actors',
  keyFacts: 'Key facts',
  published: 'Published',
  asOf: 'Information as of',
  publisher: 'Publisher',
  licence: 'Licence',
  linkNotAvailable: 'link not available',
  backToText: 'Back to text',
  source: 'Source',
  accessed: 'accessed',
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
  'date.from': 'from {date}',
  'date.until': 'until {date}',
  'date.approximate': 'c. {date}',
  'date.uncertain': '{date}?',
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
} as const;

export type MessageKey = keyof typeof en;
export type Table = Partial<Record<MessageKey, string>>;
/** The keys of one part's words (`timeline.empty` → `empty` for `PartKey<'timeline'>`). */
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

export type Vars = Record<string, string | number>;

/** `text` with its `{name}` placeholders filled from `vars` (a name without a value stays as written). */
export function fill(text: string, vars?: Vars): string {
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/**
 * One of the element's words in `lang`, with `{name}` placeholders filled from `vars`.
 * Missing words fall back to English, so a partial table (or one not loaded yet) never shows a key.
 */
export function msg(lang: string | undefined, key: MessageKey, vars?: Vars): string {
  return fill(tables[baseLanguage(lang)]?.[key] ?? en[key], vars);
}

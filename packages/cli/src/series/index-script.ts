import type MiniSearch from 'minisearch';
import { SEARCH_OPTIONS } from './search-index.js';

type MiniSearchClass = typeof MiniSearch;

/**
 * The index page's script, run in the browser. It is written out as its own source text (`toString`), so it
 * must be self-contained: nothing from this module's scope, only its parameters and the page. Without it, the
 * page is the plain list it was rendered as; with it, the hidden filter form appears and narrows the list by
 * country and by full-text search over every brief, loading the prebuilt index on the first search.
 */
export function runIndexPage(
  Search: MiniSearchClass,
  options: typeof SEARCH_OPTIONS,
  indexUrl: string,
): void {
  const form = document.getElementById('series-filter') as HTMLFormElement | null;
  if (form === null) return;
  const query = form.elements.namedItem('q') as HTMLInputElement;
  const country = form.elements.namedItem('country') as HTMLSelectElement;
  const count = document.getElementById('series-count') as HTMLOutputElement;
  const items = [...document.querySelectorAll<HTMLElement>('[data-brief]')];
  const groups = [...document.querySelectorAll<HTMLElement>('[data-country-group]')];
  let index: Promise<MiniSearch> | undefined;
  let latest = 0;

  const load = () => {
    index ??= fetch(indexUrl)
      .then((response) => {
        if (!response.ok) throw new Error(`the search index could not be loaded (${response.status})`);
        return response.text();
      })
      .then((json) => Search.loadJSON(json, options));
    return index;
  };

  const update = async () => {
    const run = ++latest;
    const words = query.value.trim();
    const code = country.value;
    let matches: Set<string> | undefined;
    if (words !== '') {
      try {
        matches = new Set((await load()).search(words).map((result) => String(result.id)));
      } catch (error) {
        index = undefined;
        count.value = error instanceof Error ? error.message : String(error);
        return;
      }
    }
    // A slower earlier search must not overwrite the answer to what the reader typed since.
    if (run !== latest) return;
    let shown = 0;
    for (const item of items) {
      const visible =
        (code === '' || item.dataset.country === code) &&
        (matches === undefined || matches.has(item.dataset.brief ?? ''));
      item.hidden = !visible;
      if (visible) shown++;
    }
    for (const group of groups) group.hidden = group.querySelector('[data-brief]:not([hidden])') === null;
    count.value =
      words === '' && code === ''
        ? ''
        : `${shown} of ${items.length} ${items.length === 1 ? 'brief' : 'briefs'}`;
  };

  const params = new URLSearchParams(location.search);
  query.value = params.get('q') ?? '';
  country.value = params.get('country') ?? '';
  if (country.selectedIndex < 0) country.value = '';
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void update();
  });
  query.addEventListener('input', () => void update());
  country.addEventListener('change', () => void update());
  form.hidden = false;
  if (query.value !== '' || country.value !== '') void update();
}

/** The module the index page loads: MiniSearch beside it, then the function above, called. */
export function indexScriptModule(): string {
  return [
    '// The series index: filter by country and search every brief (MiniSearch, prebuilt index).',
    "import MiniSearch from './minisearch.js';",
    `(${runIndexPage.toString()})(MiniSearch, ${JSON.stringify(SEARCH_OPTIONS)}, new URL('../search-index.json', import.meta.url).href);`,
    '',
  ].join('\n');
}

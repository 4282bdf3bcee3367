import { PAGE_PARTS, type PagePart } from '@briefkit/elements/ssr';
import type { Brief } from '@briefkit/schema';
import { CliError } from './errors.js';
import type { Diagnostic } from './report/diagnostic.js';

interface Unshown {
  id: string;
  what: string;
  /** What would put it on the page. */
  fix: string;
}

const ids = (list: readonly { id: string }[] | undefined) => new Set((list ?? []).map((e) => e.id));

/** Ids listed in the brief's key-facts boxes: each gets an entry in the text. */
function keyFacts(brief: Brief): Set<string> {
  const found = new Set<string>();
  const walk = (sections: Brief['sections']) => {
    for (const section of sections) {
      for (const block of section.content)
        if (block.type === 'key-facts') for (const id of block.facts) found.add(id);
      if (section.sections) walk(section.sections);
    }
  };
  walk(brief.sections);
  return found;
}

/**
 * The figures, ratings, events, threats and places that get no entry of their own on a page with these parts:
 * the brief shows its sections, actors (with the claims and ratings about them) and sources; each part adds
 * its own kind, and a key-facts box shows what it lists. A mention in the text is only a tooltip.
 */
export function unshownEntities(brief: Brief, parts: readonly PagePart[]): Unshown[] {
  const on = (part: PagePart) => parts.includes(part);
  const facts = keyFacts(brief);
  const actors = ids(brief.actors);
  const out: Unshown[] = [];
  const add = (id: string, what: string, part: PagePart, orFacts: boolean) =>
    out.push({ id, what, fix: `add ${part} to --parts${orFacts ? ' (or list it in a key-facts box)' : ''}` });
  if (!on('figures')) {
    for (const f of brief.figures ?? []) if (!facts.has(f.id)) add(f.id, 'figure', 'figures', true);
    for (const r of brief.ratings ?? [])
      if (!facts.has(r.id) && !actors.has(r.subject)) add(r.id, 'rating', 'figures', true);
  }
  if (!on('timeline')) {
    for (const e of brief.events ?? []) if (!facts.has(e.id)) add(e.id, 'event', 'timeline', true);
  }
  if (!on('threats')) for (const t of brief.threats ?? []) add(t.id, 'threat', 'threats', false);
  const listedByEvents = on('timeline')
    ? new Set((brief.events ?? []).flatMap((e) => e.places ?? []))
    : new Set();
  for (const p of brief.places ?? []) {
    const onMap = on('map') && p.coordinates !== undefined;
    if (onMap || listedByEvents.has(p.id)) continue;
    out.push({
      id: p.id,
      what: 'place',
      fix: on('map')
        ? 'give it coordinates to put it on the map'
        : 'add map to --parts and give it coordinates',
    });
  }
  return out;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Where `id: <id>` (YAML) or `"id": "<id>"` (JSON) is written, 1-based; the file's start if nowhere. */
export function locateId(source: string | undefined, id: string): { line: number; column: number } {
  if (source === undefined) return { line: 1, column: 1 };
  const name = escapeRegExp(id);
  const pattern = new RegExp(`(?:^|[\\s{,])("?id"?\\s*:\\s*["']?${name}["']?)(?=[\\s,}]|$)`, 'm');
  const match = pattern.exec(source);
  if (!match) return { line: 1, column: 1 };
  const at = match.index + match[0].length - (match[1] ?? '').length;
  const before = source.slice(0, at);
  const line = before.split('\n').length;
  return { line, column: at - before.lastIndexOf('\n') };
}

/** An info diagnostic for each entity the built page will not show. */
export function coverageDiagnostics(
  brief: Brief,
  parts: readonly PagePart[],
  file: string,
  source: string | undefined,
): Diagnostic[] {
  return unshownEntities(brief, parts).map(({ id, what, fix }) => ({
    file,
    ...locateId(source, id),
    severity: 'info',
    rule: 'not-on-page',
    message: `${what} "${id}" is not shown on the built page: ${fix}`,
  }));
}

/**
 * `--parts map,figures,threats,timeline` (any of them, in any order), `all` (the default) or `none` (the brief
 * alone). An unknown name is a usage error that lists the known ones.
 */
export function partsOption(value: unknown): PagePart[] {
  const v = Array.isArray(value) ? value[value.length - 1] : value;
  if (v === undefined || v === 'all') return [...PAGE_PARTS];
  if (typeof v !== 'string')
    throw new CliError('--parts needs a value: a comma-separated list of parts, all or none');
  if (v === 'none') return [];
  const names = v
    .split(',')
    .map((n) => n.trim())
    .filter(Boolean);
  const unknown = names.filter((n) => !(PAGE_PARTS as readonly string[]).includes(n));
  if (unknown.length > 0 || names.length === 0) {
    throw new CliError(
      `--parts: unknown part${unknown.length > 1 ? 's' : ''} ${unknown.map((n) => `"${n}"`).join(', ') || '""'}: use ${PAGE_PARTS.join(', ')}, all or none`,
    );
  }
  return PAGE_PARTS.filter((part) => names.includes(part));
}

export { PAGE_PARTS, type PagePart };

import type { EntityCollection } from '@briefkit/schema';

/** What a link destination means in a brief. */
export type LinkTarget =
  | { kind: 'mention'; scheme: MentionScheme; id: string }
  | { kind: 'citation'; id: string }
  | { kind: 'quote'; ids: string[] }
  | { kind: 'web'; href: string };

export const mentionSchemes = ['actor', 'place', 'event', 'figure', 'rating', 'claim', 'threat'] as const;
export type MentionScheme = (typeof mentionSchemes)[number];

/** The link scheme that names an id of each collection: `actor:` for actors, … `source:` for sources. */
export const collectionScheme: Record<EntityCollection, MentionScheme | 'source'> = {
  actors: 'actor',
  places: 'place',
  events: 'event',
  figures: 'figure',
  ratings: 'rating',
  claims: 'claim',
  threats: 'threat',
  sources: 'source',
};

/** The scheme that mentions an id declared in `kind`; undefined for sources (cited, never mentioned). */
export function mentionSchemeOf(kind: string | undefined): MentionScheme | undefined {
  const scheme = kind === undefined ? undefined : collectionScheme[kind as EntityCollection];
  return scheme === 'source' ? undefined : scheme;
}

const schemeOf = /^([a-z]+):(.*)$/i;

export function linkTarget(url: string): LinkTarget {
  const match = schemeOf.exec(url.trim());
  if (match) {
    const scheme = match[1]!.toLowerCase();
    const rest = match[2]!;
    if ((mentionSchemes as readonly string[]).includes(scheme))
      return { kind: 'mention', scheme: scheme as MentionScheme, id: rest };
    if (scheme === 'source') return { kind: 'citation', id: rest };
    if (scheme === 'quote')
      return {
        kind: 'quote',
        ids: rest
          .split(',')
          .map((id) => id.trim())
          .filter(Boolean),
      };
  }
  return { kind: 'web', href: url };
}

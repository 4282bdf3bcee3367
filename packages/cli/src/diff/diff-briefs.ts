import { isDeepStrictEqual } from 'node:util';
import type { Brief } from '@briefkit/schema';
import { diffCollections } from './entity-diff.js';
import { diffMetadata } from './metadata-diff.js';
import { diffText } from './section-diff.js';
import { type BriefDiff, DIFF_COLLECTIONS, type EditionSummary } from './types.js';

function summary(brief: Brief): EditionSummary {
  return {
    id: brief.id,
    title: brief.title,
    published: brief.published,
    ...(brief.asOf === undefined ? {} : { asOf: brief.asOf }),
  };
}

/** What changed from the `before` edition of a brief to the `after` edition, in analyst terms. */
export function diffBriefs(before: Brief, after: Brief): BriefDiff {
  const metadata = diffMetadata(before, after);
  const text = diffText(before, after);
  const collections = diffCollections(before, after);
  const listed =
    metadata.length > 0 ||
    text.length > 0 ||
    DIFF_COLLECTIONS.some((c) => {
      const d = collections[c];
      return d.added.length + d.removed.length + d.changed.length > 0;
    });
  // `$schema` only tells editors where the schema is; it is not part of what a reader gets.
  const { $schema: _a, ...a } = before;
  const { $schema: _b, ...b } = after;
  const otherChanges = !listed && !isDeepStrictEqual(a, b);
  return {
    identical: !listed && !otherChanges,
    old: summary(before),
    new: summary(after),
    metadata,
    text,
    collections,
    otherChanges,
  };
}

import type { Rule } from '../rule.js';
import { asOfAfterPublished } from './as-of-after-published.js';
import { countryCodeUnknown } from './country-code-unknown.js';
import { dateAfterPublication } from './date-after-publication.js';
import { dateInvalid } from './date-invalid.js';
import { dateRangeOrder } from './date-range-order.js';
import { estimateDisputeUnresolved } from './estimate-dispute-unresolved.js';
import { figureUnitMissing } from './figure-unit-missing.js';
import { formatVersionTooOld } from './format-version-too-old.js';
import { idDuplicate } from './id-duplicate.js';
import { ledeLength } from './lede-length.js';
import { quantityBounds } from './quantity-bounds.js';
import { quantityUnsourced } from './quantity-unsourced.js';
import { referenceKind } from './reference-kind.js';
import { referenceUnresolved } from './reference-unresolved.js';
import { sectionEmpty } from './section-empty.js';
import { sourceDuplicate } from './source-duplicate.js';
import { sourceLinkUnknown } from './source-link-unknown.js';
import { sourceTitleMissing } from './source-title-missing.js';
import { textControlCharacters } from './text-control-characters.js';
import { unusedActor } from './unused-actor.js';
import { unusedSource } from './unused-source.js';
import { urlScheme } from './url-scheme.js';

/** The semantic rules, run on every schema-valid brief. */
export const semanticRules: readonly Rule[] = [
  referenceUnresolved,
  referenceKind,
  idDuplicate,
  dateInvalid,
  dateRangeOrder,
  dateAfterPublication,
  asOfAfterPublished,
  sectionEmpty,
  unusedSource,
  unusedActor,
  sourceDuplicate,
  sourceTitleMissing,
  sourceLinkUnknown,
  urlScheme,
  textControlCharacters,
  quantityBounds,
  figureUnitMissing,
  quantityUnsourced,
  estimateDisputeUnresolved,
  formatVersionTooOld,
  ledeLength,
  countryCodeUnknown,
];

import type { Brief, Claim } from '@briefkit/schema';
import { entityIndex, entityName } from '../../shared/entities.js';
import { formatEdtf } from '../../shared/format.js';
import { type MessageKey, msg } from '../../shared/i18n.js';

type BriefEvent = NonNullable<Brief['events']>[number];

/** The claims about an event: those it lists, then those that name it, each once. */
export function eventClaims(brief: Brief, event: BriefEvent): Claim[] {
  const index = entityIndex(brief);
  const seen = new Set<string>();
  const claims: Claim[] = [];
  const add = (claim: Claim | undefined) => {
    if (claim && !seen.has(claim.id)) {
      seen.add(claim.id);
      claims.push(claim);
    }
  };
  for (const id of Array.isArray(event.claims) ? event.claims : []) {
    const ref = index.get(id);
    add(ref?.kind === 'claim' ? ref.entity : undefined);
  }
  for (const claim of Array.isArray(brief.claims) ? brief.claims : []) {
    if (claim?.event === event.id) add(claim);
  }
  return claims;
}

/** Who makes a claim, as a reader wants to see it first: "Account by Government of Tajikistan". */
export function attribution(brief: Brief, claim: Claim, lang: string): string {
  const kind = msg(lang, `claim.${claim.kind}` as MessageKey);
  return `${kind} ${msg(lang, 'claimBy')} ${entityName(brief, claim.claimant)}`;
}

/** "September 2015", or nothing when the claim is undated. */
export function claimDate(claim: Claim, lang: string): string | undefined {
  return typeof claim.date === 'string' ? formatEdtf(claim.date, lang) : undefined;
}

/** "disputes the account by Government of Tajikistan" for each claim this one contradicts. */
export function disputesText(brief: Brief, claim: Claim, lang: string): string[] {
  const index = entityIndex(brief);
  return (Array.isArray(claim.disputes) ? claim.disputes : []).flatMap((id) => {
    const ref = index.get(id);
    if (ref?.kind !== 'claim') return [];
    const other = attribution(brief, ref.entity, lang);
    return [`${msg(lang, 'disputes')} ${other.charAt(0).toLocaleLowerCase(lang) + other.slice(1)}`];
  });
}

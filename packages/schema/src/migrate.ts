import type { Section } from './blocks.js';
import { type CheckResult, checkBrief } from './check.js';
import { FORMAT_VERSION, SCHEMA_ID } from './version.js';

/**
 * The pre-release 0.9 shape some early briefs were written in: a plain-text summary, a bare country code,
 * sections with string paragraphs and sources with `href`.
 */
export interface BriefV09 {
  formatVersion: `0.${number}`;
  id: string;
  country: string;
  countryName: string;
  title: string;
  summary: string;
  date: string;
  language?: string;
  sections: SectionV09[];
  sources?: { id: string; title: string; href?: string }[];
}
interface SectionV09 {
  heading: string;
  paragraphs: string[];
  subsections?: SectionV09[];
}

export type MigrateResult = CheckResult & { from: string; to: string; notes: string[] };

function slug(text: string, used: Set<string>): string {
  const base =
    text
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'section';
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

function sectionFrom09(section: SectionV09, used: Set<string>): Section {
  const out: Section = {
    id: slug(section.heading, used),
    title: section.heading,
    content: section.paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
  };
  if (section.subsections?.length) out.sections = section.subsections.map((s) => sectionFrom09(s, used));
  return out;
}

function from09(doc: BriefV09, notes: string[]): unknown {
  const used = new Set<string>();
  notes.push('summary became the lede; string paragraphs became paragraph blocks; href became url');
  return {
    formatVersion: FORMAT_VERSION,
    id: doc.id,
    country: { code: doc.country, name: doc.countryName },
    title: doc.title,
    lede: [{ type: 'text', text: doc.summary }],
    published: doc.date,
    language: doc.language ?? 'en',
    sections: doc.sections.map((s) => sectionFrom09(s, used)),
    sources: doc.sources?.map(({ id, title, href }) =>
      href ? { id, title, url: href } : { id, title, linkUnknown: true },
    ),
  };
}

const OLD_SCHEMA_ID = /^https:\/\/briefkit\.dev\/schema\/brief\/1\.\d+\/brief\.schema\.json$/;

/**
 * 1.0 → 1.1 only added optional fields (`estimates` on figures and casualties, `quantity` on claims,
 * `sources` on casualties), so a 1.0 document is already a valid 1.1 one: only its version (and its
 * `$schema`, if it names an older schema of ours) move forward. The input is not changed.
 */
function fromOlderMinor(doc: Record<string, unknown>, version: string, notes: string[]): unknown {
  notes.push(`formatVersion ${version} became ${FORMAT_VERSION}; nothing else needed to change`);
  const out: Record<string, unknown> = { ...doc, formatVersion: FORMAT_VERSION };
  if (typeof doc.$schema === 'string' && OLD_SCHEMA_ID.test(doc.$schema) && doc.$schema !== SCHEMA_ID) {
    out.$schema = SCHEMA_ID;
    notes.push(`$schema now names ${SCHEMA_ID}`);
  }
  return out;
}

/** `1.0` → [1, 0]; anything else → undefined. */
function parseVersion(version: string): [number, number] | undefined {
  const m = /^(\d+)\.(\d+)$/.exec(version);
  return m ? [Number(m[1]), Number(m[2])] : undefined;
}

const [CURRENT_MAJOR, CURRENT_MINOR] = parseVersion(FORMAT_VERSION) as [number, number];

/**
 * Brings a document of an older format version up to the current one and checks it: pre-release 0.x
 * documents are rewritten, older 1.x minors get the current version. Current documents (and newer minors,
 * which this package may not fully read) are checked as they are. Never throws.
 */
export function migrate(doc: unknown): MigrateResult {
  const notes: string[] = [];
  const version =
    typeof doc === 'object' && doc !== null && 'formatVersion' in doc ? String(doc.formatVersion) : 'unknown';
  try {
    if (/^0\.\d+$/.test(version)) {
      const result = checkBrief(from09(doc as BriefV09, notes));
      return { ...result, from: version, to: FORMAT_VERSION, notes };
    }
    const parsed = parseVersion(version);
    if (parsed && parsed[0] === CURRENT_MAJOR && parsed[1] < CURRENT_MINOR) {
      const result = checkBrief(fromOlderMinor(doc as Record<string, unknown>, version, notes));
      return { ...result, from: version, to: FORMAT_VERSION, notes };
    }
  } catch (error) {
    return {
      ok: false,
      issues: [
        {
          path: [],
          code: 'migration-failed',
          message: `could not migrate from ${version}: ${String(error)}`,
        },
      ],
      from: version,
      to: FORMAT_VERSION,
      notes,
    };
  }
  return { ...checkBrief(doc), from: version, to: version, notes };
}

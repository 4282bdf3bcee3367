// The elements' XSS corpus through the validator: dangerous URLs are refused by `url-scheme`, invisible and
// reordering characters by `text-control-characters`, each at the field (or line) where they are written, and
// the validator and the elements agree on which URLs may become links.
import type { Brief } from '@briefkit/schema';
import { fullBrief } from '@briefkit/schema/fixtures';
import { describe, expect, it } from 'vitest';
// The corpus and the link check live with the elements, which render what the validator lets through.
import { payloads } from '../../../elements/src/hardening/payloads.js';
import { safeHref } from '../../../elements/src/shared/safe-url.js';
import { compileSource } from '../compile.js';
import { formatBriefMarkdown } from '../format/format-markdown.js';
import { validateBrief } from '../validate.js';

type Path = (string | number)[];

function set(brief: Brief, path: Path, value: string): Brief {
  const copy = structuredClone(brief) as unknown as Record<string | number, unknown>;
  let node: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = value;
  return copy as unknown as Brief;
}

const linkFields: Path[] = [
  ['publisher', 'url'],
  ['licence', 'url'],
  ['sources', 3, 'url'],
  ['sections', 0, 'content', 0, 'content', 11, 'href'],
];
const imageField: Path = ['sections', 1, 'content', 2, 'src'];

// Bidi embeddings/overrides/isolates, zero-width space, word joiner, BOM and C0/C1 controls: what the
// text-control-characters rule exists for. (LRM, RLM, ALM and ZWJ/ZWNJ are left alone: RTL text needs them.)
const hidden =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;

const rulesAt = (brief: Brief, path: Path) =>
  validateBrief(brief)
    .diagnostics.filter((d) => d.severity === 'error' && JSON.stringify(d.path) === JSON.stringify(path))
    .map((d) => d.rule);

describe(`the validator on the ${payloads.length}-payload XSS corpus`, () => {
  it('refuses, in every link field, every payload the elements would not link — and only those', () => {
    const disagreements: string[] = [];
    for (const path of linkFields) {
      for (const p of payloads) {
        const rules = rulesAt(set(fullBrief, path, p.text), path);
        const refused = rules.includes('url-scheme') || rules.includes('text-control-characters');
        const linked = safeHref(p.text) !== undefined;
        if (refused === linked) {
          disagreements.push(
            `${path.join('.')} ${JSON.stringify(p.text)}: validator ${refused ? 'refuses' : 'accepts'}, elements ${linked ? 'link' : 'do not link'}`,
          );
        }
      }
    }
    expect(disagreements).toEqual([]);
  });

  it('refuses image sources with any scheme but http(s) and data:image, judged as the browser parses them', () => {
    const accepted: string[] = [];
    for (const p of payloads) {
      const rules = rulesAt(set(fullBrief, imageField, p.text), imageField);
      if (rules.length > 0) continue;
      // What a browser would request for this src on a page at https://site.example/.
      let url: URL | undefined;
      try {
        url = new URL(p.text, 'https://site.example/brief/');
      } catch {
        continue;
      }
      const image = url.protocol === 'data:' && /^image\//i.test(url.pathname);
      if (!['http:', 'https:'].includes(url.protocol) && !image)
        accepted.push(`${JSON.stringify(p.text)} (${url.protocol})`);
    }
    expect(accepted).toEqual([]);
    expect(rulesAt(set(fullBrief, imageField, 'data:image/png;base64,iVBORw0KGgo='), imageField)).toEqual([]);
  });

  it('flags invisible and reordering characters in text fields, and in URLs', () => {
    const missed: string[] = [];
    for (const p of payloads) {
      for (const path of [
        ['title'],
        ['events', 0, 'title'],
        ['sections', 0, 'content', 0, 'content', 0, 'text'],
      ] as Path[]) {
        const rules = rulesAt(set(fullBrief, path, p.text), path);
        if (hidden.test(p.text) !== rules.includes('text-control-characters')) {
          missed.push(`${path.join('.')} ${JSON.stringify(p.text)}: ${rules.join(', ') || 'no diagnostic'}`);
        }
      }
    }
    expect(missed).toEqual([]);
    const bidiUrl = set(fullBrief, ['sources', 3, 'url'], 'https://example.org/\u202Etxt.exe');
    expect(rulesAt(bidiUrl, ['sources', 3, 'url'])).toContain('text-control-characters');
  });

  it('locates a javascript: link and a bidi override at their line in a .brief.md', () => {
    const source = formatBriefMarkdown(fullBrief)
      .replace('[OSCE](https://www.osce.org/)', '[OSCE](javascript:alert(1))')
      .replace('Tajikistan: New challenges to security', 'Tajikistan: New \u202Echallenges');
    const lines = source.split('\n');
    const result = compileSource(source, { file: 'x.brief.md' });
    expect(result.brief).toBeUndefined();
    const scheme = result.diagnostics.find((d) => d.rule === 'url-scheme');
    const bidi = result.diagnostics.find((d) => d.rule === 'text-control-characters');
    expect(lines[scheme!.line - 1]).toContain('javascript:alert(1)');
    expect(lines[bidi!.line - 1]).toContain('\u202E');
  });

  it('treats markup and template syntax in text as text: no diagnostic for what is only odd-looking prose', () => {
    const plain = payloads.filter((p) => !hidden.test(p.text));
    const flagged: string[] = [];
    for (const p of plain) {
      const rules = rulesAt(set(fullBrief, ['title'], p.text), ['title']);
      if (rules.length > 0) flagged.push(`${JSON.stringify(p.text)}: ${rules.join(', ')}`);
    }
    expect(flagged).toEqual([]);
  });
});

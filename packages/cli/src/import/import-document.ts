import { basename, extname } from 'node:path';
import { CliError } from '../errors.js';
import type { CountryInfo } from '../scaffold/country.js';
import { guessCountry } from './country-guess.js';
import { type ImportedDocument, type ImportWarning, type Run, runsText } from './document.js';
import { IdPool, slugWords } from './slug.js';
import { SourceTable } from './sources.js';
import { outline } from './structure.js';
import { findSuggestions } from './suggestions.js';
import { type FrontMatter, writeBody, writeFrontMatter } from './write-brief.js';

export interface ImportOptions {
  /** The source file as the user named it: in the header comment and the fallback title. */
  file: string;
  /** From `--country`; guessed from the title or the text when absent. */
  country?: CountryInfo;
  /** The import date, written as `published` (the sources never say theirs). */
  now: Date;
}

export interface ImportStats {
  sections: number;
  paragraphs: number;
  citations: number;
  sources: number;
  suggestions: number;
}

export interface ImportResult {
  markdown: string;
  warnings: ImportWarning[];
  stats: ImportStats;
  /** The country, and whether it was guessed (the user is told). */
  country: CountryInfo;
  countryGuessed: boolean;
}

const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

function titleFromFileName(file: string): string {
  const words = basename(file, extname(file))
    .replace(/[-_.]+/g, ' ')
    .trim();
  return words === '' ? 'Imported brief' : words[0]!.toUpperCase() + words.slice(1);
}

/** Turns a read document into the text of a `.brief.md`. */
export function importDocument(doc: ImportedDocument, options: ImportOptions): ImportResult {
  const shape = outline(doc);
  if (shape.lede === undefined) {
    throw new CliError(`${options.file}: no paragraph of text to import`, {
      hint: 'A brief needs at least one paragraph: its lede.',
    });
  }
  const paragraphs: string[] = [runsText(shape.lede)];
  let paragraphCount = 1;
  for (const section of shape.sections) {
    for (const block of section.blocks) {
      const list: Run[][] =
        block.type === 'paragraph' ? [block.runs] : block.type === 'list' ? block.items : block.paragraphs;
      for (const runs of list) paragraphs.push(runsText(runs));
      paragraphCount += list.length;
    }
  }

  const title = shape.title ?? titleFromFileName(options.file);
  let country = options.country;
  let countryNote: string | undefined;
  if (country === undefined) {
    const guess = guessCountry(title, () => paragraphs.join('\n'));
    if (guess === undefined) {
      throw new CliError(`${options.file}: could not tell which country the brief is about`, {
        hint: 'Name it: briefkit import <file> --country XX (an ISO 3166-1 code, such as TJ or KG).',
      });
    }
    country = guess.country;
    countryNote =
      guess.from === 'title'
        ? `The country was guessed from the title, which names ${guess.name}: check it, or import again with --country.`
        : `The country was guessed from the text, which names ${guess.name} most often: check it, or import again with --country.`;
  }

  const ids = new IdPool();
  const briefId = ids.take(slugWords(title) || 'brief');
  const sources = new SourceTable(ids);
  const body = writeBody(shape, shape.lede, sources, ids);
  const suggestions = findSuggestions(paragraphs, doc.language ?? 'en', ids);
  const language = doc.language !== undefined && LANGUAGE_TAG.test(doc.language) ? doc.language : undefined;
  const front: FrontMatter = {
    id: briefId,
    title,
    ...(shape.title === undefined
      ? { titleNote: 'The source has no title: this one is made from the file name.' }
      : {}),
    country,
    ...(countryNote ? { countryNote } : {}),
    published: `${options.now.getFullYear()}-${String(options.now.getMonth() + 1).padStart(2, '0')}`,
    publishedNote: 'The source gives no date of publication: this is the month of the import. Replace it.',
    language: language ?? 'en',
    ...(language === undefined
      ? { languageNote: 'The source does not say its language: English is assumed.' }
      : {}),
    importedFrom: basename(options.file),
  };
  const markdown = `${writeFrontMatter(front, sources.sources, suggestions)}\n${body}`;
  return {
    markdown,
    warnings: [...doc.warnings, ...shape.warnings].sort((a, b) => (a.line ?? 0) - (b.line ?? 0)),
    stats: {
      sections: shape.sections.length,
      paragraphs: paragraphCount,
      citations: sources.citations,
      sources: sources.sources.length,
      suggestions: suggestions.actors.length + suggestions.events.length + suggestions.figures.length,
    },
    country,
    countryGuessed: countryNote !== undefined,
  };
}

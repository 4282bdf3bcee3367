// Writes src/import/fixtures/bouvet-fiction.docx, the Word document the import tests read. Run it again after
// changing the text below (node scripts/make-docx-fixture.mjs); the .docx is committed so tests need no tools.
// (A new run writes new creation dates into the file; the text is what the tests read.)
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Document, ExternalHyperlink, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';

const link = (text, url) =>
  new ExternalHyperlink({ link: url, children: [new TextRun({ text, style: 'Hyperlink' })] });

const doc = new Document({
  creator: 'briefkit tests',
  title: 'Bouvet Island: the seal council (a work of fiction)',
  sections: [
    {
      children: [
        new Paragraph({
          heading: HeadingLevel.HEADING_1,
          text: 'Bouvet Island: the seal council (a work of fiction)',
        }),
        new Paragraph({
          children: [
            new TextRun(
              'This brief is invented; the island has no people and its seals hold no council. The Seal Council met in ',
            ),
            link('June 2040', 'https://example.org/seal-council'),
            new TextRun(' to talk about the glacier.'),
          ],
        }),
        new Paragraph({ heading: HeadingLevel.HEADING_2, text: 'Background: the glacier dispute' }),
        new Paragraph({
          children: [
            new TextRun('On 12 June 2040 the Seal Council counted about 3 000 seals on the north beach. '),
            new TextRun({ text: 'The Skua Watch', bold: true }),
            new TextRun(' said the count was '),
            link('too low', 'https://example.org/skua-watch'),
            new TextRun(', and the Seal Council '),
            link('answered', 'https://example.org/seal-council'),
            new TextRun(' that the Skua Watch had counted rocks.'),
          ],
        }),
        new Paragraph({ heading: HeadingLevel.HEADING_2, text: 'Outlook' }),
        new Paragraph({
          children: [
            new TextRun({ text: 'Nobody expects', italics: true }),
            new TextRun(' the glacier to move before 2045. The Skua Watch will count again.'),
          ],
        }),
      ],
    },
  ],
});

const out = fileURLToPath(new URL('../src/import/fixtures/bouvet-fiction.docx', import.meta.url));
await writeFile(out, await Packer.toBuffer(doc));
process.stdout.write(`Wrote ${out}\n`);

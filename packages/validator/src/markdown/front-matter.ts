/** A `.brief.md` split into front matter and body, both padded so that positions match the file. */
export interface SplitSource {
  /** The YAML between the `---` lines; the opening line is blanked so YAML lines are file lines. */
  yaml: string | undefined;
  /** The Markdown after the closing line, preceded by as many empty lines as the front matter took. */
  body: string;
  /** 1-based line of the first body line. */
  bodyStartLine: number;
  /** Number of lines of the whole file (for telling author text from appended definitions). */
  lineCount: number;
  problem?: { message: string; line: number };
}

const opening = /^---[ \t]*$/;
const closing = /^(?:---|\.\.\.)[ \t]*$/;

export function splitFrontMatter(text: string): SplitSource {
  const lines = text.split('\n');
  const lineCount = lines.length;
  const strip = (line: string) => (line.endsWith('\r') ? line.slice(0, -1) : line);
  if (!opening.test(strip(lines[0] ?? ''))) {
    return {
      yaml: undefined,
      body: text,
      bodyStartLine: 1,
      lineCount,
      problem: {
        message:
          'the brief has no front matter: start the file with a line "---", the YAML fields (formatVersion, id, title …) and another "---"',
        line: 1,
      },
    };
  }
  for (let i = 1; i < lines.length; i++) {
    if (closing.test(strip(lines[i]!))) {
      const yaml = `\n${lines.slice(1, i).join('\n')}\n`;
      const body = '\n'.repeat(i + 1) + lines.slice(i + 1).join('\n');
      return { yaml, body, bodyStartLine: i + 2, lineCount };
    }
  }
  return {
    yaml: undefined,
    body: '',
    bodyStartLine: lineCount + 1,
    lineCount,
    problem: { message: 'the front matter is not closed: add a line "---" after the YAML fields', line: 1 },
  };
}

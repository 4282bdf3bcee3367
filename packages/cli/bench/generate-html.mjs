// A made-up brief as one HTML page of about `bytes` bytes: headings, paragraphs with marks, links to web
// addresses (some repeated) and lost ones (`#`), lists and quotes — what a long exported brief looks like.
export function generateHtml(bytes) {
  const parts = [
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Antarctica: a long made-up brief</title></head><body>',
    '<h1>Antarctica: a long made-up brief</h1>',
    '<p>This brief is invented from start to finish, to measure the importer. The Emperor Assembly met on 4 March 2031.</p>',
  ];
  let size = parts.join('').length;
  for (let i = 1; size < bytes; i++) {
    const chunk = [
      `<h2>Section ${i}: the shelf in winter ${2030 + (i % 20)}</h2>`,
      `<p>On ${1 + (i % 28)} May ${2030 + (i % 20)} the Emperor Assembly <a href="https://example.org/assembly/${i % 50}">met</a> with almost ${i * 10} delegates, and the Adélie Front <a href="#">answered</a> in <em>strong</em> terms. The Krill Bank said prices rose by ${i % 90}% in June ${2031 + (i % 9)}.</p>`,
      `<h3>What the colony said</h3>`,
      `<p>According to the <strong>Skua Watch</strong>, ${i * 3} chicks were counted on the north beach; the count is <a href="https://example.org/skua/${i}">disputed</a> &amp; will be repeated. Nobody knows what the seals think.</p>`,
      `<ul><li>The first talks failed.</li><li>The second talks ended with a <a href="#">truce</a>.</li></ul>`,
      `<blockquote><p>The ice will decide, not us.</p></blockquote>`,
    ].join('\n');
    parts.push(chunk);
    size += chunk.length;
  }
  parts.push('</body></html>');
  return parts.join('\n');
}

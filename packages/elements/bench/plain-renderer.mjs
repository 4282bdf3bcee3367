// The baseline for server rendering: the same publication written with template strings and an escape
// function — no framework, no hydration markers. What Lit SSR is compared with.
const ESC = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const esc = (s) => String(s).replace(/[&<>"']/g, (c) => ESC[c]);

export function plainRender(brief, styles) {
  const numbers = new Map();
  const index = new Map();
  for (const c of ['actors', 'places', 'events', 'figures', 'ratings', 'claims', 'threats', 'sources']) {
    for (const e of brief[c] ?? []) index.set(e.id, e);
  }
  for (const s of brief.sources ?? []) numbers.set(s.id, numbers.size + 1);
  let seq = 0;
  const cite = (id) =>
    `<sup class="cite"><a href="#src-${esc(id)}" id="cite-${esc(id)}-${++seq}">${numbers.get(id) ?? ''}</a></sup>`;
  const marks = (text, m = []) =>
    m.reduce(
      (t, k) =>
        k === 'emphasis' ? `<em>${t}</em>` : k === 'strong' ? `<strong>${t}</strong>` : `<code>${t}</code>`,
      esc(text),
    );
  const span = (s) => {
    switch (s.type) {
      case 'text':
        return marks(s.text, s.marks);
      case 'citation':
        return `${s.text ? marks(s.text, s.marks) : ''}${cite(s.source)}`;
      case 'mention': {
        const e = index.get(s.entity);
        const tip = e ? esc(e.name ?? e.title ?? e.label ?? e.text ?? '') : '';
        return `<span class="has-tip"><a class="mention" href="#entity-${esc(s.entity)}" aria-describedby="tip-${++seq}">${marks(s.text, s.marks)}</a><span class="tip" role="tooltip" id="tip-${seq}">${tip}</span></span>`;
      }
      case 'quote':
        return `<span class="quote">“${esc(s.text)}”</span>${s.source ? cite(s.source) : ''}`;
      case 'link':
        return /^(https?|mailto):/i.test(s.href)
          ? `<a class="link" href="${esc(s.href)}">${marks(s.text, s.marks)}</a>`
          : marks(s.text, s.marks);
      default:
        return '';
    }
  };
  const inline = (spans) => (spans ?? []).map(span).join('');
  const block = (b) => {
    switch (b.type) {
      case 'paragraph':
        return `<p>${inline(b.content)}</p>`;
      case 'quote':
        return `<figure class="quote-block"><blockquote>${b.paragraphs.map((p) => `<p>${inline(p)}</p>`).join('')}</blockquote><figcaption>— ${inline(b.attribution)}${b.source ? cite(b.source) : ''}</figcaption></figure>`;
      case 'list': {
        const tag = b.ordered ? 'ol' : 'ul';
        return `<${tag}>${b.items.map((i) => `<li>${inline(i)}</li>`).join('')}</${tag}>`;
      }
      case 'key-facts':
        return `<div class="key-facts" role="group"><p class="key-facts-title">${esc(b.title ?? 'Key facts')}</p><dl>${b.facts
          .map((id) => {
            const e = index.get(id) ?? {};
            return `<div class="fact"><dt>${esc(e.label ?? e.date ?? '')}</dt><dd>${esc(e.title ?? e.value ?? e.quantity?.value ?? '')}${(e.sources ?? []).map(cite).join('')}</dd></div>`;
          })
          .join('')}</dl></div>`;
      case 'figure':
        return `<figure class="figure"><img src="${esc(b.src)}" alt="${esc(b.alt)}" loading="lazy"><figcaption>${inline(b.caption)}</figcaption></figure>`;
      default:
        return '';
    }
  };
  const section = (s, level) =>
    `<section class="section" id="sec-${esc(s.id)}"><h${Math.min(level, 6)}>${esc(s.title)}</h${Math.min(level, 6)}>${s.content
      .map(block)
      .join('')}${(s.sections ?? []).map((x) => section(x, level + 1)).join('')}</section>`;
  const actors = (brief.actors ?? [])
    .map(
      (a) =>
        `<div class="actor" id="entity-${esc(a.id)}"><dt>${esc(a.name)}</dt>${a.role ? `<dd>${esc(a.role)}</dd>` : ''}</div>`,
    )
    .join('');
  const sources = (brief.sources ?? [])
    .map(
      (s) =>
        `<li id="src-${esc(s.id)}">${esc(s.title ?? s.citedAs ?? s.id)}${s.url ? ` <a href="${esc(s.url)}">${esc(s.url)}</a>` : ' (link not available)'}</li>`,
    )
    .join('');
  return `<security-brief><template shadowrootmode="open"><style>${styles}</style><article class="brief" lang="${esc(brief.language)}"><header class="masthead"><p class="kicker">${esc(brief.series ?? '')} ${esc(brief.country.name)}</p><h1 class="title">${esc(brief.title)}</h1><p class="subtitle">${esc(brief.subtitle ?? '')}</p></header><div class="lede"><p>${inline(brief.lede)}</p></div><div class="body">${brief.sections
    .map((s) => section(s, 2))
    .join(
      '',
    )}</div><section class="appendix actors"><h2>Actors</h2><dl>${actors}</dl></section><section class="appendix sources"><h2>Sources</h2><ol>${sources}</ol></section></article></template><script type="application/json">${JSON.stringify(brief).replace(/</g, '\\u003c')}</script></security-brief>`;
}

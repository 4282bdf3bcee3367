// In YAML a bare year (`date: 2015`) is a number; in the format every date is text. Years in date fields are
// read as the text the author meant, so `2015` needs no quotes.

const dateFields: Record<string, readonly string[]> = {
  events: ['date'],
  claims: ['date'],
  figures: ['date'],
  ratings: ['date'],
  sources: ['date'],
};

function year(value: unknown): unknown {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1000 && value <= 9999
    ? String(value)
    : value;
}

export function coerceYears(doc: unknown): void {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return;
  const record = doc as Record<string, unknown>;
  for (const key of ['published', 'asOf']) if (key in record) record[key] = year(record[key]);
  for (const [collection, fields] of Object.entries(dateFields)) {
    const list = record[collection];
    if (!Array.isArray(list)) continue;
    for (const item of list) {
      if (typeof item !== 'object' || item === null) continue;
      const entry = item as Record<string, unknown>;
      for (const field of fields) if (field in entry) entry[field] = year(entry[field]);
    }
  }
}

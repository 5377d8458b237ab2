// Deep copy of plain objects and arrays (what $state.snapshot does), usable outside rune files.
// Typed arrays, Dates, Blobs and Files pass through untouched: structured clone handles them.

export function plainSnapshot(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plainSnapshot);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) copy[key] = plainSnapshot(item);
    return copy;
  }
  return value;
}

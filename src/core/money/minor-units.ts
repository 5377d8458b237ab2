// Exact integer minor units for hot loops: "12.34" at scale 2 → 1234. Exact while |x| < 2^53.

const MAX_SAFE = 9007199254740991;

/**
 * Parses a decimal string into integer minor units without going through a float.
 * Returns null when the text is not a decimal or has more decimals than `scale`.
 */
export function parseMinorUnits(text: string, scale: number): number | null {
  let i = 0;
  const n = text.length;
  if (n === 0) return null;
  let negative = false;
  const first = text.charCodeAt(0);
  if (first === 45 /* - */ || first === 43 /* + */) {
    negative = first === 45;
    i = 1;
  }
  let value = 0;
  let digits = 0;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 /* . */) break;
    if (c < 48 || c > 57) return null;
    value = value * 10 + (c - 48);
    digits++;
  }
  if (digits === 0) return null;
  let decimals = 0;
  if (i < n) {
    i++; // skip '.'
    if (i === n) return null;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c < 48 || c > 57) return null;
      if (decimals >= scale) {
        if (c !== 48) return null; // extra non-zero decimal: too precise
        continue;
      }
      value = value * 10 + (c - 48);
      decimals++;
    }
  }
  for (; decimals < scale; decimals++) value *= 10;
  if (value > MAX_SAFE) return null;
  return negative && value !== 0 ? -value : value;
}

/** Same as parseMinorUnits for model data known to be valid; throws on a bug. */
export function toMinorUnits(text: string, scale: number): number {
  const v = parseMinorUnits(text === '' ? '0' : text, scale);
  if (v === null) throw new Error(`not an amount at scale ${scale}: ${JSON.stringify(text)}`);
  return v;
}

/** Formats integer minor units as a decimal string with exactly `scale` decimals. */
export function fromMinorUnits(value: number, scale: number): string {
  if (!Number.isSafeInteger(value)) throw new Error(`minor units out of range: ${value}`);
  const negative = value < 0;
  let s = String(negative ? -value : value);
  if (scale > 0) {
    s = s.padStart(scale + 1, '0');
    s = `${s.slice(0, s.length - scale)}.${s.slice(s.length - scale)}`;
  }
  return negative ? `-${s}` : s;
}

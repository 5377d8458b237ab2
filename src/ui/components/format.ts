// Display formatting for the data pages: amounts from decimal strings (never through a float),
// counts, byte sizes and dates in the UI language.

/** "-1234.5" → "-1,234.50" (en) / "−1 234,50" (sv), digits taken from the string, never a float. */
export function formatAmount(value: unknown, tag: string, decimals = 2): string {
  if (typeof value !== 'string' || !/^-?\d+(\.\d+)?$/.test(value)) return typeof value === 'string' ? value : '';
  const negative = value.startsWith('-');
  const [whole = '0', fraction = ''] = (negative ? value.slice(1) : value).split('.');
  const sv = tag.startsWith('sv');
  const group = sv ? '\u00a0' : ',';
  const point = sv ? ',' : '.';
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const digits = fraction.length >= decimals ? fraction : fraction.padEnd(decimals, '0');
  const text = digits === '' ? grouped : `${grouped}${point}${digits}`;
  return negative && /[1-9]/.test(text) ? `${sv ? '\u2212' : '-'}${text}` : text;
}

/** A quantity as stored ("10", "2.5"), grouped, without padding decimals. */
export function formatQuantity(value: unknown, tag: string): string {
  return formatAmount(value, tag, 0);
}

export function formatCount(n: number, tag: string): string {
  return new Intl.NumberFormat(tag).format(n);
}

const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

export function formatBytes(n: number, tag: string): string {
  let value = n;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  return new Intl.NumberFormat(tag, {
    style: 'unit',
    unit: UNITS[unit],
    // CLDR's short form of a plain byte count is "78 byte"; the long one reads "78 bytes".
    unitDisplay: unit === 0 ? 'long' : 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}

export function formatDateTime(iso: string, tag: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? iso
    : new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}

/** Whole minor units (an exact integer, e.g. a chart value) as a decimal string: 5499 at scale 2 → "54.99". */
export function minorToDecimal(minor: number, scale: number): string {
  const whole = Math.round(minor);
  const digits = Math.abs(whole)
    .toString()
    .padStart(scale + 1, '0');
  const text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  return whole < 0 ? `-${text}` : text;
}

// Dimension sets as posting sees them: a canonical text for grouping and ordering ("CODE=VALUE;…",
// codes sorted, empty set = ""), and the default-dimension value-posting rules of a G/L account.
import type { DimensionSet } from '../model';
import type { Issue } from './issues';
import type { PostingContext } from './posting-context';

/** Canonical text of a dimension set; blank values are left out (a blank value is no dimension). */
export function dimensionSetText(dims: DimensionSet): string {
  let keys: string[] | null = null;
  for (const k in dims) {
    if (dims[k] === '') continue;
    (keys ??= []).push(k);
  }
  if (keys === null) return '';
  if (keys.length === 1) return `${keys[0]!.toUpperCase()}=${dims[keys[0]!]!.toUpperCase()}`;
  const upper = keys.map((k) => [k.toUpperCase(), dims[k]!.toUpperCase()] as const);
  upper.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return upper.map(([k, v]) => `${k}=${v}`).join(';');
}

/** BC's "DIM - VALUE; DIM2 - VALUE2" text of a canonical set text. */
export function dimensionDisplayText(canonical: string): string {
  if (canonical === '') return '';
  return canonical
    .split(';')
    .map((pair) => pair.replace('=', ' - '))
    .join('; ');
}

function valueOf(dims: DimensionSet, code: string): string {
  const direct = dims[code];
  if (direct !== undefined) return direct.toUpperCase();
  for (const k in dims) if (k.toUpperCase() === code) return dims[k]!.toUpperCase();
  return '';
}

/** Check 8: the G/L account's default dimensions (Code Mandatory, Same Code, No Code) against a set. */
export function dimensionIssues(ctx: PostingContext, accountNo: string, dims: DimensionSet): Issue[] {
  const own = ctx.defaultDimensions.get(accountNo.toUpperCase());
  const all = accountNo === '' ? undefined : ctx.defaultDimensions.get('');
  if (!own && !all) return [];
  const issues: Issue[] = [];
  for (const rule of [...(own ?? []), ...(all ?? [])]) {
    const code = rule.dimensionCode.toUpperCase();
    const value = valueOf(dims, code);
    const expected = rule.dimensionValueCode.toUpperCase();
    const base = { table: 'defaultDimensions', field: 'dimensionCode', value: code };
    if (rule.valuePosting === 'Code Mandatory' && value === '') {
      issues.push({
        ...base,
        code: 'dimension-value-required',
        message: `Select a Dimension Value Code for the Dimension Code ${code} for G/L Account ${accountNo}.`,
        hint: `Give the entry a ${code} dimension value, or relax the default dimension of G/L account ${accountNo}.`,
      });
    } else if (rule.valuePosting === 'Same Code' && value !== expected) {
      issues.push({
        ...base,
        code: 'dimension-value-mismatch',
        message:
          expected === ''
            ? `The Dimension Code ${code} must be blank for G/L Account ${accountNo} (it is ${value}).`
            : `Select Dimension Value Code ${expected} for the Dimension Code ${code} for G/L Account ${accountNo}${value === '' ? '' : ` (it is ${value})`}.`,
        hint: `G/L account ${accountNo} requires ${code} = ${expected || 'blank'} (Same Code).`,
      });
    } else if (rule.valuePosting === 'No Code' && value !== '') {
      issues.push({
        ...base,
        code: 'dimension-not-allowed',
        message: `The Dimension Code ${code} must not be used for G/L Account ${accountNo} (it is ${value}).`,
        hint: `G/L account ${accountNo} does not allow dimension ${code} (No Code).`,
      });
    }
  }
  return issues;
}

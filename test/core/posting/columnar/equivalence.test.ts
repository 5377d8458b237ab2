// The columnar posting path against the object path (postInventoryCostToGL) over generated ledgers with
// every kind of skip (missing setup, blocked accounts and setups, disallowed dates, not-allowed
// combinations, wrong entry types, expected cost not posted), filters, chunks and split dictionaries.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromMinorUnits } from '../../../../src/core/money';
import { buildPostingContext } from '../../../../src/core/posting';
import {
  POSTING_STRING_FIELDS,
  postInventoryCostColumnar,
  postingColumnsOf,
  type PostingChunk,
  type PostingEntryColumns,
} from '../../../../src/core/posting/columnar';
import { baseDataset } from '../fixtures';
import { entryArb, fixedEntry, generatedEntries, KINDS, type GeneratedEntry } from '../generated-entries';
import { expectSamePosting } from './same-posting';

/** The one chunk of postingColumnsOf cut into chunks of `size` rows. */
function rechunk(cols: PostingEntryColumns, size: number): PostingEntryColumns {
  const whole = cols.chunks[0]!;
  const chunks: PostingChunk[] = [];
  for (let at = 0; at < whole.rowCount; at += size) {
    const c: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(whole)) {
      c[k] = k === 'rowCount' ? Math.min(size, whole.rowCount - at) : (v as Float64Array).slice(at, at + size);
    }
    chunks.push(c as PostingChunk);
  }
  return { ...cols, chunks };
}

/**
 * The dictionary doubled: odd chunks' string and dimension cells point into the second copy, so equal
 * texts have two codes (as a dictionary grown by appends can have).
 */
function splitDictionary(cols: PostingEntryColumns): PostingEntryColumns {
  const n = cols.strings.length;
  let sets = 0;
  for (const c of cols.chunks) for (const d of c.dimensions) sets = Math.max(sets, d + 1);
  const chunks = cols.chunks.map((c, k) => {
    if (k % 2 === 0) return c;
    const copy = { ...c };
    for (const f of POSTING_STRING_FIELDS) copy[f] = c[f].map((code) => code + n);
    copy.dimensions = c.dimensions.map((code) => code + sets);
    return copy;
  });
  return {
    ...cols,
    chunks,
    strings: [...cols.strings, ...cols.strings],
    dimensionSet: (code) => cols.dimensionSet(code % sets),
  };
}

const setupArb = fc.record({
  blockedAccount: fc.constantFrom(null, '7291', '2131', '7290'),
  notPostingAccount: fc.constantFrom(null, '7270'),
  blockedGeneralSetup: fc.constantFrom(false, false, true),
  blankAccount: fc.constantFrom(null, 'cogsAccountInterim', 'purchaseVarianceAccount'),
});

const scenarioArb = fc.record({
  rows: fc.array(entryArb('wide'), { minLength: 0, maxLength: 40 }),
  reverseNos: fc.boolean(),
  expectedOn: fc.boolean(),
  itemFilter: fc.constantFrom(undefined, '1000|BIKE', '<>1001'),
  dateFilter: fc.constantFrom(undefined, '2026-01-02..2026-01-03', '..2026-01-02'),
  allowFrom: fc.constantFrom('', '2026-01-02'),
  allowTo: fc.constantFrom('', '2026-01-03'),
  setup: setupArb,
  chunkRows: fc.integer({ min: 1, max: 16 }),
  split: fc.boolean(),
  reportLines: fc.constantFrom<'all' | 'none' | 'first'>('all', 'none', 'first'),
});

type Scenario = typeof scenarioArb extends fc.Arbitrary<infer T> ? T : never;

function dataset(s: Scenario) {
  const ds = baseDataset();
  ds.inventorySetup.expectedCostPostingToGL = s.expectedOn;
  ds.generalLedgerSetup.allowPostingFrom = s.allowFrom;
  ds.generalLedgerSetup.allowPostingTo = s.allowTo;
  for (const a of ds.glAccounts) {
    if (a.no === s.setup.blockedAccount) a.blocked = true;
    if (a.no === s.setup.notPostingAccount) a.accountType = 'Heading';
  }
  const domestic = ds.generalPostingSetup.find((g) => g.genBusPostingGroup === 'DOMESTIC')!;
  domestic.blocked = s.setup.blockedGeneralSetup;
  if (s.setup.blankAccount) domestic[s.setup.blankAccount] = '';
  const nos = s.rows.map((_, i) => (s.reverseNos ? s.rows.length - i : i + 1) * 3);
  ds.valueEntries = generatedEntries(s.rows, nos);
  ds.glEntries = [];
  return ds;
}

describe('columnar posting per posting group', () => {
  it('equals the object path (G/L entries, relations, watermarks, skipped, report lines, totals)', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const ds = dataset(s);
        const req = {
          postingMethod: 'Per Posting Group' as const,
          documentNo: 'RUN-1',
          post: true,
          itemFilter: s.itemFilter,
          dateFilter: s.dateFilter,
          ...(s.reportLines === 'none' ? { includeReportLines: false } : {}),
        };
        expectSamePosting(ds, req, {
          columns: (cols) => {
            const chunked = rechunk(cols, s.chunkRows);
            return s.split ? splitDictionary(chunked) : chunked;
          },
          ...(s.reportLines === 'first' ? { reportLineLimit: 3 } : {}),
        });
      }),
      { numRuns: 400 },
    );
  });

  it('posts WIP to the source item group when the source is another item', () => {
    // Same codes but the source: consumption of 1000 for BIKE's order takes BIKE's WIP account (2141).
    const row = (source: GeneratedEntry['source'], i: number): GeneratedEntry =>
      fixedEntry({ kind: KINDS[9]!, day: 1 + i, actual: '-10.00', source });
    const ds = baseDataset();
    ds.valueEntries = generatedEntries([row('item', 0), row('other-item', 1), row('customer', 2)], [1, 2, 3]);
    const req = { postingMethod: 'Per Posting Group' as const, documentNo: 'WIP', post: true };
    const obj = expectSamePosting(ds, req);
    if (!obj.ok) throw new Error('refused');
    expect(obj.value.glEntries.filter((g) => g.amount === '10.00').map((g) => g.glAccountNo)).toEqual([
      '2140',
      '2141',
      '2140',
    ]);
  });

  const LOWER_CASE: Record<string, string> = { department: 'sales' };
  const UPPER_CASE: Record<string, string> = { DEPARTMENT: 'SALES' };

  it('keeps relations in read order over long buffer lines, and the dimension set of the first entry read', () => {
    // 300 entries of three items on two days into few buffer lines, stored by entry no. (not read order);
    // the same department in two spellings, so the G/L entry carries the set of the first entry read.
    const rows: GeneratedEntry[] = Array.from({ length: 300 }, (_, i) =>
      fixedEntry({
        kind: KINDS[i % 3 === 0 ? 4 : 0]!,
        itemNo: (['1001', 'BIKE', '1000'] as const)[i % 3]!,
        day: 1 + (i % 2),
        actual: fromMinorUnits(((i * 7919) % 5000) - 2000 || 1, 2),
        dims: i % 5 === 0 ? LOWER_CASE : UPPER_CASE,
      }),
    );
    const ds = baseDataset();
    ds.valueEntries = generatedEntries(
      rows,
      rows.map((_, i) => i + 1),
    );
    const req = { postingMethod: 'Per Posting Group' as const, documentNo: 'LONG', post: true };
    const obj = expectSamePosting(ds, req, { columns: (cols) => rechunk(cols, 64) });
    if (!obj.ok) throw new Error('refused');
    const perGL = new Map<number, number>();
    for (const r of obj.value.relations) perGL.set(r.glEntryNo, (perGL.get(r.glEntryNo) ?? 0) + 1);
    expect(Math.max(...perGL.values())).toBeGreaterThan(24);
    // Entry 1 (item 1001, stored first) has the lower-case spelling; item 1000's entries are read first.
    expect(obj.value.glEntries.some((g) => g.dimensions.department === 'sales')).toBe(true);
    expect(obj.value.glEntries.some((g) => g.dimensions.DEPARTMENT === 'SALES')).toBe(true);
  });

  it('keeps only the first report lines under a limit, and none when left out', () => {
    const ds = baseDataset();
    ds.valueEntries = generatedEntries(
      Array.from({ length: 5 }, (_, i) => fixedEntry({ actual: `${i + 1}.00` })),
      [1, 2, 3, 4, 5],
    );
    const ctx = buildPostingContext(ds);
    const cols = postingColumnsOf(ds.valueEntries, ctx.scale);
    const req = { postingMethod: 'Per Posting Group' as const, documentNo: 'X', post: false };
    const limited = postInventoryCostColumnar(ctx, cols, req, { firstGLEntryNo: 1, reportLineLimit: 2 });
    const none = postInventoryCostColumnar(ctx, cols, { ...req, includeReportLines: false }, { firstGLEntryNo: 1 });
    if (!limited.ok || !none.ok) throw new Error('refused');
    expect(limited.value.reportLines.map((l) => l.valueEntryNo)).toEqual([1, 2]);
    expect(none.value.reportLines).toEqual([]);
    expect(limited.value.counts.valueEntriesPosted).toBe(5);
    // 15.00 to Inventory and back from Direct Cost Applied: two G/L entries, five relations each.
    expect(limited.value.glEntries.map((g) => g.amount)).toEqual(['15.00', '-15.00']);
    expect(limited.value.relations.length).toBe(10);
  });
});

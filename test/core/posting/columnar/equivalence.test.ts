// The columnar posting path against the object path (postInventoryCostToGL) over generated ledgers:
// the same G/L entries, relations, watermarks, skipped entries, report lines, totals and summary.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultValueEntry, type ValueEntry } from '../../../../src/core/model';
import { fromMinorUnits, toMinorUnits } from '../../../../src/core/money';
import { buildPostingContext, postInventoryCostToGL } from '../../../../src/core/posting';
import {
  postInventoryCostColumnar,
  postingColumnsOf,
  type PostingChunk,
  type PostingEntryColumns,
} from '../../../../src/core/posting/columnar';
import { baseDataset } from '../fixtures';

const KINDS: [ValueEntry['itemLedgerEntryType'], ValueEntry['entryType'], ValueEntry['varianceType']][] = [
  ['Purchase', 'Direct Cost', ''],
  ['Purchase', 'Indirect Cost', ''],
  ['Purchase', 'Variance', 'Purchase'],
  ['Purchase', 'Variance', 'Material'], // variance type not allowed
  ['Sale', 'Direct Cost', ''],
  ['Sale', 'Revaluation', ''],
  ['Sale', 'Indirect Cost', ''], // not allowed
  ['Positive Adjmt.', 'Direct Cost', ''],
  ['Transfer', 'Rounding', ''],
  ['Consumption', 'Direct Cost', ''],
  ['Output', 'Variance', 'Material'],
  ['Output', 'Direct Cost', ''],
  ['', 'Direct Cost', ''],
  ['', 'Indirect Cost', ''],
];

const amount = fc.integer({ min: -50000, max: 50000 }).map((n) => fromMinorUnits(n, 2));

const entryArb = fc.record({
  kind: fc.constantFrom(...KINDS),
  itemNo: fc.constantFrom('1000', '1001', 'BIKE', 'bike'),
  day: fc.integer({ min: 1, max: 4 }),
  location: fc.constantFrom('BLUE', 'RED', '', 'MARS', 'blue'),
  bus: fc.constantFrom('DOMESTIC', '', 'EXPORT'),
  actual: amount,
  expected: amount,
  expectedCost: fc.boolean(),
  wrongExpected: fc.constantFrom(false, false, false, true),
  postedActual: fc.constantFrom('0', 'same', 'half'),
  postedExpected: fc.constantFrom('0', 'same'),
  inventoriable: fc.constantFrom(true, true, true, false),
  order: fc.constantFrom<[ValueEntry['orderType'], string]>(
    ['Production', 'PO-1'],
    ['Production', 'po-0'],
    ['Assembly', 'A-1'],
  ),
  dims: fc.constantFrom<Record<string, string>>(
    {},
    { DEPARTMENT: 'SALES' },
    { department: 'sales' },
    { DEPARTMENT: 'ADM', AREA: 'EU' },
    { AREA: 'EU', DEPARTMENT: 'ADM' },
    { AREA: '' },
  ),
});

type Row = typeof entryArb extends fc.Arbitrary<infer T> ? T : never;

function entries(rows: Row[], entryNos: number[]): ValueEntry[] {
  return rows.map((r, i): ValueEntry => {
    const [ile, et, vt] = r.kind;
    const capacity = ile === '';
    const carriesExpected = et === 'Direct Cost' || et === 'Revaluation' || r.wrongExpected;
    const half = fromMinorUnits(Math.trunc(toMinorUnits(r.actual, 2) / 2), 2);
    const expected = carriesExpected ? r.expected : '0';
    return defaultValueEntry({
      entryNo: entryNos[i]!,
      itemLedgerEntryNo: capacity ? 0 : i + 1,
      itemNo: r.itemNo,
      postingDate: `2026-01-0${r.day}`,
      itemLedgerEntryType: ile,
      entryType: et,
      varianceType: vt,
      orderType: capacity ? r.order[0] : '',
      orderNo: capacity ? r.order[1] : '',
      sourceType: 'Item',
      sourceNo: r.itemNo === 'BIKE' ? '1000' : r.itemNo,
      documentNo: `D-${r.day}`,
      locationCode: r.location,
      inventoryPostingGroup: 'RESALE',
      genBusPostingGroup: r.bus,
      genProdPostingGroup: 'RETAIL',
      costAmountActual: r.actual,
      costAmountExpected: expected,
      expectedCost: carriesExpected && r.expectedCost,
      costPostedToGL: r.postedActual === 'same' ? r.actual : r.postedActual === 'half' ? half : '0',
      expectedCostPostedToGL: r.postedExpected === 'same' ? expected : '0',
      inventoriable: r.inventoriable,
      dimensions: r.dims,
    });
  });
}

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

const scenarioArb = fc.record({
  rows: fc.array(entryArb, { minLength: 0, maxLength: 40 }),
  reverseNos: fc.boolean(),
  expectedOn: fc.boolean(),
  itemFilter: fc.constantFrom(undefined, '1000|BIKE', '<>1001'),
  dateFilter: fc.constantFrom(undefined, '2026-01-02..2026-01-03', '..2026-01-02'),
  allowFrom: fc.constantFrom('', '2026-01-02'),
  chunkRows: fc.integer({ min: 1, max: 16 }),
});

const minor = (s: string | undefined): number => (s === undefined || s === '' ? NaN : toMinorUnits(s, 2));

describe('columnar posting per posting group', () => {
  it('equals the object path (G/L entries, relations, watermarks, skipped, report lines, totals)', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const ds = baseDataset();
        ds.inventorySetup.expectedCostPostingToGL = s.expectedOn;
        ds.generalLedgerSetup.allowPostingFrom = s.allowFrom;
        const nos = s.rows.map((_, i) => (s.reverseNos ? s.rows.length - i : i + 1) * 3);
        ds.valueEntries = entries(s.rows, nos);
        ds.glEntries = [];
        const req = {
          postingMethod: 'Per Posting Group' as const,
          documentNo: 'RUN-1',
          post: true,
          itemFilter: s.itemFilter,
          dateFilter: s.dateFilter,
        };
        const obj = postInventoryCostToGL(ds, req);
        const ctx = buildPostingContext(ds);
        const cols = rechunk(postingColumnsOf(ds.valueEntries, ctx.scale), s.chunkRows);
        const col = postInventoryCostColumnar(ctx, cols, req, { firstGLEntryNo: 1 });
        expect(col.ok).toBe(obj.ok);
        if (!obj.ok || !col.ok) return;
        const o = obj.value;
        const c = col.value;
        expect(c.glEntries).toEqual(o.glEntries);
        expect(c.postingGroupSummary).toEqual(o.postingGroupSummary);
        expect(c.reportTotals).toEqual(o.reportTotals);
        expect(c.counts).toEqual(o.counts);
        expect(c.message).toBe(o.message);
        expect(c.reportLines).toEqual(o.reportLines);
        expect(
          Array.from({ length: c.relations.length }, (_, i) => [
            c.relations.glEntryNo[i],
            c.relations.valueEntryNo[i],
            c.relations.amount[i],
          ]),
        ).toEqual(o.relations.map((r) => [r.glEntryNo, r.valueEntryNo, minor(r.amount ?? undefined)]));
        expect(
          Array.from({ length: c.watermarks.length }, (_, i) => [
            c.watermarks.valueEntryNo[i],
            c.watermarks.costPostedToGL[i],
            c.watermarks.expectedCostPostedToGL[i],
            ds.valueEntries[c.watermarks.row[i]!]!.entryNo,
          ]),
        ).toEqual(
          o.changes.watermarks.map((w) => [
            w.valueEntryNo,
            minor(w.costPostedToGL),
            minor(w.expectedCostPostedToGL),
            w.valueEntryNo,
          ]),
        );
        const skippedView = (k: (typeof o.skipped)[number]) => ({
          ...k,
          costAmount: minor(k.costAmount),
          problem: { ...k.problem, where: { ...k.problem.where, value: undefined } },
        });
        expect(c.skipped.map(skippedView)).toEqual(o.skipped.map(skippedView));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps only the first report lines under a limit, and none when left out', () => {
    const ds = baseDataset();
    ds.valueEntries = entries(
      Array.from({ length: 5 }, (_, i) => ({
        kind: KINDS[0]!,
        itemNo: '1000',
        day: 1,
        location: 'BLUE',
        bus: 'DOMESTIC',
        actual: `${i + 1}.00`,
        expected: '0',
        expectedCost: false,
        wrongExpected: false,
        postedActual: '0',
        postedExpected: '0',
        inventoriable: true,
        order: ['Production', 'PO-1'],
        dims: {},
      })),
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

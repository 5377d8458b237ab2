// Generated value entries for the posting property tests: one arbitrary, narrow (kinds and codes as set up)
// or wide (every kind of skip, case variants, other source items and orders), and the entries it describes.
import fc from 'fast-check';
import { defaultValueEntry, type ValueEntry } from '../../../src/core/model';
import { fromMinorUnits, toMinorUnits } from '../../../src/core/money';

type Kind = [ValueEntry['itemLedgerEntryType'], ValueEntry['entryType'], ValueEntry['varianceType']];

/** Item ledger entry type, entry type and variance type; the last of each group only in wide ledgers. */
export const KINDS: Kind[] = [
  ['Purchase', 'Direct Cost', ''],
  ['Purchase', 'Indirect Cost', ''],
  ['Purchase', 'Variance', 'Purchase'],
  ['Purchase', 'Variance', 'Material'], // variance type not allowed (wide)
  ['Sale', 'Direct Cost', ''],
  ['Sale', 'Revaluation', ''],
  ['Sale', 'Indirect Cost', ''], // not allowed: skipped
  ['Positive Adjmt.', 'Direct Cost', ''],
  ['Transfer', 'Rounding', ''],
  ['Consumption', 'Direct Cost', ''],
  ['Output', 'Variance', 'Material'],
  ['Output', 'Direct Cost', ''],
  ['', 'Direct Cost', ''],
  ['', 'Indirect Cost', ''], // (wide)
];
const WIDE_ONLY = new Set([KINDS[3], KINDS[13]]);

const amount = fc.integer({ min: -50000, max: 50000 }).map((n) => fromMinorUnits(n, 2));

/** Narrow ledgers hold what posting expects; wide ones add lower-case codes, wrong fields and other sources. */
export function entryArb(width: 'narrow' | 'wide') {
  const wide = width === 'wide';
  const or = <T>(narrow: T[], extra: T[]) => fc.constantFrom(...(wide ? [...narrow, ...extra] : narrow));
  return fc.record({
    kind: fc.constantFrom(...KINDS.filter((k) => wide || !WIDE_ONLY.has(k))),
    itemNo: or(['1000', '1001', 'BIKE'], ['bike']),
    day: fc.integer({ min: 1, max: 4 }),
    location: or(['BLUE', 'RED', '', 'MARS'], ['blue']),
    bus: fc.constantFrom('DOMESTIC', '', 'EXPORT'),
    actual: amount,
    expected: amount,
    expectedCost: fc.boolean(),
    wrongExpected: or([false], [false, false, true]),
    postedActual: fc.constantFrom('0', 'same', 'half'),
    postedExpected: or(['0'], ['same']),
    inventoriable: or([true], [true, true, false]),
    order: or<[ValueEntry['orderType'], string]>(
      [['Production', 'PO-1']],
      [
        ['Production', 'po-0'],
        ['Assembly', 'A-1'],
      ],
    ),
    source: or(['item'], ['item', 'other-item', 'customer']),
    dims: or<Record<string, string>>(
      [{}, { DEPARTMENT: 'SALES' }, { DEPARTMENT: 'ADM', AREA: 'EU' }],
      [{ department: 'sales' }, { AREA: 'EU', DEPARTMENT: 'ADM' }, { AREA: '' }],
    ),
  });
}

export type GeneratedEntry = typeof entryArb extends (w: never) => fc.Arbitrary<infer T> ? T : never;

/** A hand-written row: a plain purchase of 1000 at BLUE, unposted, changed by `o`. */
export function fixedEntry(o: Partial<GeneratedEntry>): GeneratedEntry {
  return {
    kind: KINDS[0]!,
    itemNo: '1000',
    day: 1,
    location: 'BLUE',
    bus: 'DOMESTIC',
    actual: '0',
    expected: '0',
    expectedCost: false,
    wrongExpected: false,
    postedActual: '0',
    postedExpected: '0',
    inventoriable: true,
    order: ['Production', 'PO-1'],
    source: 'item',
    dims: {},
    ...o,
  };
}

/** The value entries the rows describe, numbered `entryNos`. */
export function generatedEntries(rows: readonly GeneratedEntry[], entryNos: readonly number[]): ValueEntry[] {
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
      // A source item other than the item takes the WIP account from the source item's posting group.
      sourceType: r.source === 'customer' ? 'Customer' : 'Item',
      sourceNo: r.source === 'other-item' ? (r.itemNo.toUpperCase() === 'BIKE' ? '1000' : 'BIKE') : r.itemNo,
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

// Checks across records: duplicate entry nos. and setup keys, and references between tables.
// Setup rows may name accounts that do not exist (BC keeps them; posting reports it), so those
// are warnings; ledger entries of deleted items are kept with a warning (BC reconciles them too).
import type { Dataset, DatasetTableName } from '../model/dataset';
import type { ProblemCollector } from './collector';
import { reportField, type RecordLocator } from './record-locator';
import { hasEntryNo, TABLE_SPECS } from './schema';
import { SinkRows } from './columnar';

type Row = Record<string, unknown>;

/** What a reference must name: a Set, or the sorted entry nos. of a columnar import. */
interface Target {
  has(value: string | number): boolean;
}

export function checkDataset(ds: Dataset, collector: ProblemCollector, locator: RecordLocator): void {
  checkDuplicates(ds, collector, locator);
  checkReferences(ds, collector, locator);
}

function rows(ds: Dataset, table: DatasetTableName): Row[] {
  return ds[table] as unknown as Row[];
}

/** The ledger's view when it was read into a columnar sink (its checks then read whole columns). */
function columnarOf(ds: Dataset, table: DatasetTableName): SinkRows | null {
  const view: unknown = ds[table];
  return view instanceof SinkRows ? view : null;
}

function strictlyIncreasing(nos: Float64Array): boolean {
  for (let i = 1; i < nos.length; i++) if (!(nos[i]! > nos[i - 1]!)) return false;
  return true;
}

/** Keys (entry nos.) in strictly increasing order hold no duplicate: the usual export order, checked without a Map. */
function keysStrictlyIncreasing(ds: Dataset, table: DatasetTableName, keys: readonly string[]): boolean {
  const view = columnarOf(ds, table);
  if (!view) return false;
  const columns: Float64Array[] = [];
  for (const key of keys) {
    const column = view.entryNos(key);
    if (!column) return false;
    columns.push(column);
  }
  if (columns.length === 1) return strictlyIncreasing(columns[0]!);
  const n = view.length;
  for (let i = 1; i < n; i++) {
    let order = 0;
    for (let k = 0; k < columns.length && order === 0; k++) {
      const a = columns[k]![i - 1]!;
      const b = columns[k]![i]!;
      order = b > a ? 1 : b < a ? -1 : Number.isNaN(a) || Number.isNaN(b) ? -1 : 0;
    }
    if (order <= 0) return false;
  }
  return true;
}

/** The entry nos. of a table, as a Target (a million numbers in order need no Set). */
function entryNos(ds: Dataset, table: DatasetTableName): Target {
  const nos = columnarOf(ds, table)?.entryNos('entryNo');
  if (!nos || !strictlyIncreasing(nos)) return new Set(rows(ds, table).map((e) => e.entryNo as number));
  return {
    has(value) {
      if (typeof value !== 'number') return false;
      let lo = 0;
      let hi = nos.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >>> 1;
        const at = nos[mid]!;
        if (at === value) return true;
        if (at < value) lo = mid + 1;
        else hi = mid - 1;
      }
      return false;
    },
  };
}

function checkDuplicates(ds: Dataset, collector: ProblemCollector, locator: RecordLocator): void {
  for (const table of Object.keys(TABLE_SPECS) as DatasetTableName[]) {
    const spec = TABLE_SPECS[table];
    const entries = hasEntryNo(spec);
    if (keysStrictlyIncreasing(ds, table, spec.keys)) continue;
    const seen = new Map<string | number, number>();
    rows(ds, table).forEach((row, index) => {
      const key = entries ? (row.entryNo as number) : spec.keys.map((k) => String(row[k])).join('|');
      if (entries && key === 0) return; // entry no. itself was invalid, already reported
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, index);
        return;
      }
      const firstLine = locator.line(table, first);
      const firstPlace = firstLine !== undefined ? `line ${firstLine}` : `record ${first + 1}`;
      const field = spec.keys.join('+');
      const value = entries ? String(key) : spec.keys.map((k) => row[k]).join(', ');
      reportField(collector, locator, { table, index, record: row }, field, value, {
        code: entries ? 'duplicate-entry-no' : 'duplicate-key',
        reason: `is already used by ${firstPlace}`,
      });
    });
  }
  ds.dimensions.forEach((dim, index) => {
    const values = new Set<string>();
    for (const v of dim.values) {
      if (values.has(v)) {
        reportField(collector, locator, { table: 'dimensions', index, record: {} }, 'values', v, {
          code: 'duplicate-key',
          reason: `is listed twice for dimension ${dim.code}`,
        });
      }
      values.add(v);
    }
  });
}

interface RefCheck {
  table: DatasetTableName;
  field: string;
  target: Target;
  targetName: string;
  severity?: 'warning';
  /** Report each unknown value once (for warnings that would repeat on every entry). */
  once?: boolean;
  code?: 'item-unknown-kept';
}

const SETUP_ACCOUNT_FIELDS: Partial<Record<DatasetTableName, readonly string[]>> = {
  inventoryPostingSetup: TABLE_SPECS.inventoryPostingSetup.fields.slice(2).map((f) => f.name),
  generalPostingSetup: TABLE_SPECS.generalPostingSetup.fields.slice(2, -1).map((f) => f.name),
};

function checkReferences(ds: Dataset, collector: ProblemCollector, locator: RecordLocator): void {
  const locations = new Set(ds.locations.map((l) => l.code));
  const accounts = new Set(ds.glAccounts.map((a) => a.no));
  const items = new Set(ds.items.map((i) => i.no));
  const ileNos = entryNos(ds, 'itemLedgerEntries');
  const veNos = entryNos(ds, 'valueEntries');
  const glNos = entryNos(ds, 'glEntries');
  const dimensions = new Set(ds.dimensions.map((d) => d.code));

  const checks: RefCheck[] = [
    { table: 'inventoryPostingSetup', field: 'locationCode', target: locations, targetName: 'location' },
    { table: 'itemLedgerEntries', field: 'locationCode', target: locations, targetName: 'location' },
    { table: 'valueEntries', field: 'locationCode', target: locations, targetName: 'location' },
    { table: 'glEntries', field: 'glAccountNo', target: accounts, targetName: 'G/L account' },
    { table: 'defaultDimensions', field: 'glAccountNo', target: accounts, targetName: 'G/L account' },
    { table: 'itemLedgerEntries', field: 'appliesToEntry', target: ileNos, targetName: 'item ledger entry' },
    { table: 'itemApplicationEntries', field: 'itemLedgerEntryNo', target: ileNos, targetName: 'item ledger entry' },
    { table: 'itemApplicationEntries', field: 'inboundItemEntryNo', target: ileNos, targetName: 'item ledger entry' },
    { table: 'itemApplicationEntries', field: 'outboundItemEntryNo', target: ileNos, targetName: 'item ledger entry' },
    { table: 'glItemLedgerRelations', field: 'glEntryNo', target: glNos, targetName: 'G/L entry' },
    { table: 'glItemLedgerRelations', field: 'valueEntryNo', target: veNos, targetName: 'value entry' },
    {
      table: 'itemLedgerEntries',
      field: 'itemNo',
      target: items,
      targetName: 'item',
      once: true,
      code: 'item-unknown-kept',
    },
    {
      table: 'valueEntries',
      field: 'itemNo',
      target: items,
      targetName: 'item',
      once: true,
      code: 'item-unknown-kept',
    },
    {
      table: 'defaultDimensions',
      field: 'dimensionCode',
      target: dimensions,
      targetName: 'dimension',
      severity: 'warning',
    },
  ];
  for (const [table, fields] of Object.entries(SETUP_ACCOUNT_FIELDS)) {
    for (const field of fields) {
      checks.push({
        table: table as DatasetTableName,
        field,
        target: accounts,
        targetName: 'G/L account',
        severity: 'warning',
      });
    }
  }
  if (ds.itemLedgerEntries.length > 0) {
    checks.push({ table: 'valueEntries', field: 'itemLedgerEntryNo', target: ileNos, targetName: 'item ledger entry' });
  } else if (ds.valueEntries.some((v) => v.itemLedgerEntryNo !== 0)) {
    collector.warn(
      'reference-unknown',
      'valueEntries name item ledger entries but the dataset holds none: those references are not checked',
      { table: 'valueEntries', field: 'itemLedgerEntryNo' },
      'include item-ledger-entries to check them',
    );
  }
  for (const check of checks) runCheck(ds, check, collector, locator);
  checkDimensionSets(ds, collector, locator);
}

function runCheck(ds: Dataset, check: RefCheck, collector: ProblemCollector, locator: RecordLocator): void {
  const reported = new Set<unknown>();
  const report = (row: Row, index: number, value: unknown) => {
    if (check.once) {
      if (reported.has(value)) return;
      reported.add(value);
    }
    const kept = check.code === 'item-unknown-kept';
    reportField(collector, locator, { table: check.table, index, record: row }, check.field, value, {
      code: check.code ?? 'reference-unknown',
      reason: kept
        ? `is not in items; its entries are kept (BC reconciles entries of deleted items too)`
        : `is not a known ${check.targetName}`,
      severity: kept ? 'warning' : check.severity,
    });
  };
  const view = columnarOf(ds, check.table);
  if (view && runColumnarCheck(view, check, report)) return;
  rows(ds, check.table).forEach((row, index) => {
    const value = row[check.field];
    if (value === '' || value === 0 || value === null || value === undefined) return;
    if (check.target.has(value as string | number)) return;
    report(row, index, value);
  });
}

/** runCheck over whole columns: entry nos. as numbers, codes checked once per distinct code. False when the sink keeps no such column. */
function runColumnarCheck(
  view: SinkRows,
  check: RefCheck,
  report: (row: Row, index: number, value: unknown) => void,
): boolean {
  const nos = view.entryNos(check.field);
  if (nos) {
    for (let i = 0; i < nos.length; i++) {
      const value = nos[i]!;
      // 0 and null (NaN) name nothing.
      if (value === 0 || Number.isNaN(value) || check.target.has(value)) continue;
      report(view.row(i), i, value);
    }
    return true;
  }
  const column = view.codes(check.field);
  if (!column) return false;
  const { codes, strings } = column;
  // Per dictionary code: 0 not looked at yet, 1 known (or blank), 2 unknown.
  const state = new Uint8Array(strings.length);
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i]!;
    let known = state[code]!;
    if (known === 0) {
      const text = strings[code]!;
      known = state[code] = text === '' || check.target.has(text) ? 1 : 2;
    }
    if (known === 2) report(view.row(i), i, strings[code]);
  }
  return true;
}

/** Dimension values on entries should be defined under `dimensions` (a warning: BC exports may omit them). */
function checkDimensionSets(ds: Dataset, collector: ProblemCollector, locator: RecordLocator): void {
  if (ds.dimensions.length === 0) return;
  const known = new Map(ds.dimensions.map((d) => [d.code, new Set(d.values)]));
  const reported = new Set<string>();
  for (const table of ['valueEntries', 'glEntries'] as const) {
    ds[table].forEach((entry, index) => {
      for (const [code, value] of Object.entries(entry.dimensions)) {
        const values = known.get(code);
        if (values?.has(value)) continue;
        const id = `${code}=${value}`;
        if (reported.has(id)) continue;
        reported.add(id);
        reportField(collector, locator, { table, index, record: entry }, 'dimensions', id, {
          code: 'reference-unknown',
          reason: values ? `names a value not listed under dimension ${code}` : `names a dimension not in dimensions`,
          severity: 'warning',
        });
      }
    });
  }
}

// Checks across records: duplicate entry nos. and setup keys, and references between tables.
// Setup rows may name accounts that do not exist (BC keeps them; posting reports it), so those
// are warnings; ledger entries of deleted items are kept with a warning (BC reconciles them too).
import type { Dataset, DatasetTableName } from '../model/dataset';
import type { ProblemCollector } from './collector';
import { reportField, type RecordLocator } from './record-locator';
import { hasEntryNo, TABLE_SPECS } from './schema';

type Row = Record<string, unknown>;

export function checkDataset(ds: Dataset, collector: ProblemCollector, locator: RecordLocator): void {
  checkDuplicates(ds, collector, locator);
  checkReferences(ds, collector, locator);
}

function rows(ds: Dataset, table: DatasetTableName): Row[] {
  return ds[table] as unknown as Row[];
}

function checkDuplicates(ds: Dataset, collector: ProblemCollector, locator: RecordLocator): void {
  for (const table of Object.keys(TABLE_SPECS) as DatasetTableName[]) {
    const spec = TABLE_SPECS[table];
    const entries = hasEntryNo(spec);
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
  target: ReadonlySet<string | number>;
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
  const ileNos = new Set(ds.itemLedgerEntries.map((e) => e.entryNo));
  const veNos = new Set(ds.valueEntries.map((e) => e.entryNo));
  const glNos = new Set(ds.glEntries.map((e) => e.entryNo));
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
  rows(ds, check.table).forEach((row, index) => {
    const value = row[check.field];
    if (value === '' || value === 0 || value === null || value === undefined) return;
    if (check.target.has(value as string | number)) return;
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
  });
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

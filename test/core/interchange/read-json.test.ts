// readDatasetJson / readDatasetObject on small hand-written files: defaults, codes upper case,
// every problem collected with its place, unknown fields kept, BOM, versions and migrations.
import { describe, expect, it } from 'vitest';
import {
  migrateDataset,
  readDatasetJson,
  readDatasetObject,
  writeDatasetJson,
  type DatasetMigration,
  type ExtraFields,
} from '../../../src/core/interchange';

const file = (body: object) => JSON.stringify({ format: 'costbook-dataset', version: 1, ...body }, null, 2);

describe('readDatasetJson', () => {
  it('fills BC defaults, stores codes upper case and writes amounts at the precision', () => {
    const r = readDatasetJson(
      file({
        locations: [{ code: ' blue ' }],
        glAccounts: [{ no: '2130' }],
        valueEntries: [
          {
            entryNo: 1,
            itemLedgerEntryNo: 0,
            itemNo: 'bike',
            postingDate: '2026-01-05',
            itemLedgerEntryType: '',
            entryType: 'Direct Cost',
            orderType: 'Production',
            orderNo: 'rpo-1',
            locationCode: 'Blue',
            costAmountActual: '+12.5',
          },
        ],
      }),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const ve = r.value.valueEntries[0]!;
    expect(ve).toMatchObject({
      itemNo: 'BIKE',
      locationCode: 'BLUE',
      orderNo: 'RPO-1',
      valuationDate: '2026-01-05',
      costAmountActual: '12.50',
      costAmountExpected: '0.00',
      inventoriable: true,
      dimensions: {},
    });
    expect(r.value.locations).toEqual([{ code: 'BLUE', name: '' }]);
    expect(r.value.glAccounts[0]).toMatchObject({ accountType: 'Posting', blocked: false });
    expect(r.value.inventorySetup.automaticCostAdjustment).toBe('Never');
    // Item BIKE is not in items: kept, with a warning.
    expect(r.warnings.map((w) => w.code)).toEqual(['item-unknown-kept']);
  });

  it('tolerates a UTF-8 BOM', () => {
    expect(readDatasetJson(`\uFEFF${file({ name: 'x' })}`).ok).toBe(true);
  });

  it('collects every problem, each with file, line, field and value', () => {
    const text = file({
      glEntries: [
        { entryNo: 1, glAccountNo: '2130', postingDate: '2026-01-32', amount: '12,5.0' },
        { entryNo: 1, glAccountNo: '2130', postingDate: '2026-01-05', amount: '1.001' },
      ],
      glAccounts: [{ no: '2130', incomeBalance: 'Balance' }],
    });
    const r = readDatasetJson(text, { file: 'jan.json' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const lineOf = (needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;
    // Tables are checked in document order (glAccounts before glEntries), then duplicates.
    expect(r.problems.map((p) => [p.code, p.where?.line, p.where?.field, p.where?.value])).toEqual([
      ['option-invalid', lineOf('"Balance"'), 'incomeBalance', 'Balance'],
      ['date-invalid', lineOf('2026-01-32'), 'postingDate', '2026-01-32'],
      ['amount-invalid', lineOf('12,5.0'), 'amount', '12,5.0'],
      ['amount-too-precise', lineOf('1.001'), 'amount', '1.001'],
      [
        'duplicate-entry-no',
        lineOf('"entryNo": 1,\n      "glAccountNo": "2130",\n      "postingDate": "2026-01-05"'),
        'entryNo',
        '1',
      ],
    ]);
    expect(r.problems[2]?.message).toBe(`jan.json line ${lineOf('12,5.0')}, field amount: "12,5.0" is not an amount`);
  });

  it('reports JSON syntax errors with line and column', () => {
    const r = readDatasetJson('{\n  "format": "costbook-dataset",\n  "version": 1\n  "name": "x"\n}', {
      file: 'a.json',
    });
    expect(!r.ok && r.problems[0]).toMatchObject({
      code: 'json-syntax-error',
      message: "a.json line 4, column 3: unexpected '\"' where ',' or '}' was expected",
      where: { file: 'a.json', line: 4, column: 3 },
    });
  });

  it('refuses a newer version naming both versions', () => {
    const r = readDatasetJson('{ "format": "costbook-dataset", "version": 7 }', { file: 'new.json' });
    expect(!r.ok && r.problems[0]?.message).toBe(
      'new.json is dataset version 7; this Costbook reads version 1 and older',
    );
  });

  it('keeps unknown fields (a warning) and writes them back; strict mode makes them errors', () => {
    const text = file({
      glAccounts: [{ no: '2130', name: 'Inventory', directPosting: false }],
      exportedBy: 'BC 24',
    });
    const extraFields: ExtraFields = {};
    const r = readDatasetJson(text, { extraFields });
    expect(r.ok && r.warnings.map((w) => [w.code, w.severity, w.where?.field])).toEqual([
      ['field-unknown', 'warning', 'exportedBy'],
      ['field-unknown', 'warning', 'directPosting'],
    ]);
    if (!r.ok) return;
    const out = JSON.parse(writeDatasetJson(r.value, { extraFields })) as Record<string, unknown>;
    expect(out.exportedBy).toBe('BC 24');
    expect((out.glAccounts as object[])[0]).toEqual({
      no: '2130',
      name: 'Inventory',
      incomeBalance: 'Income Statement',
      accountType: 'Posting',
      blocked: false,
      directPosting: false,
    });
    const strict = readDatasetJson(text, { strict: true });
    expect(!strict.ok && strict.problems.map((p) => [p.code, p.severity])).toEqual([
      ['field-unknown', 'error'],
      ['field-unknown', 'error'],
    ]);
  });

  it('uses the dataset precision: whole-unit amounts refuse decimals, unit amounts their own precision', () => {
    const r = readDatasetObject({
      generalLedgerSetup: { amountRoundingPrecision: '1', unitAmountRoundingPrecision: '0.01' },
      items: [{ no: 'A', unitCost: '1.005' }],
      glAccounts: [{ no: '1' }],
      glEntries: [
        { entryNo: 1, glAccountNo: '1', postingDate: '2026-01-01', amount: '10' },
        { entryNo: 2, glAccountNo: '1', postingDate: '2026-01-01', amount: '10.5' },
      ],
    });
    expect(!r.ok && r.problems.map((p) => [p.code, p.where?.table, p.where?.field])).toEqual([
      ['amount-too-precise', 'items', 'unitCost'],
      ['amount-too-precise', 'glEntries', 'amount'],
    ]);
  });

  it('names the record by entry no. when there is no line (an embedded scenario dataset)', () => {
    const r = readDatasetObject({
      glAccounts: [{ no: 'X' }],
      glEntries: [{ entryNo: 4, glAccountNo: 'X', postingDate: 'soon', amount: '1' }],
    });
    expect(!r.ok && r.problems[0]?.message).toBe('glEntries entry no. 4, field postingDate: "soon" is not a date');
  });
});

describe('migrations', () => {
  const renameStep: DatasetMigration = {
    from: 0,
    name: 'v0→v1: ledgerEntries renamed glEntries',
    migrate: ({ ledgerEntries, ...rest }) => ({ ...rest, glEntries: ledgerEntries }),
  };

  it('applies named steps in order up to the current version', () => {
    const out = migrateDataset({ ledgerEntries: [1] }, 0, 1, [renameStep]);
    expect(out).toEqual({ ok: true, body: { glEntries: [1] }, applied: [renameStep.name] });
  });

  it('reads an older file through the steps, and refuses a version with no step', () => {
    const old = JSON.stringify({
      format: 'costbook-dataset',
      version: 0,
      glAccounts: [{ no: '2130' }],
      ledgerEntries: [{ entryNo: 1, glAccountNo: '2130', postingDate: '2026-01-05', amount: '5.00' }],
    });
    const r = readDatasetJson(old, { migrations: [renameStep] });
    expect(r.ok && r.value.glEntries[0]?.amount).toBe('5.00');
    const refused = readDatasetJson(old);
    expect(!refused.ok && refused.problems[0]?.code).toBe('format-unknown');
  });
});

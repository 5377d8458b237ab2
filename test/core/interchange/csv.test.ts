// CSV import and export on hand-written files: BC captions, `;` with decimal comma, dim: columns,
// dimensions.csv, setup files, header recognition, line numbers, neutralised cells, base dataset.
import { describe, expect, it } from 'vitest';
import {
  readDatasetCsv,
  readDatasetObject,
  unzipCsvFiles,
  writeDatasetCsvZip,
  writeTableCsv,
} from '../../../src/core/interchange';
import type { Dataset } from '../../../src/core/model';

function read(files: { name: string; text: string }[], base?: Dataset) {
  const r = readDatasetCsv(files, base ? { base } : {});
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('\n'));
  return r;
}

const setup = readDatasetObject({
  glAccounts: [{ no: '2130' }, { no: '7290' }],
  locations: [{ code: 'BLUE' }],
  items: [{ no: '1000' }],
});
if (!setup.ok) throw new Error('setup must load');

describe('readDatasetCsv', () => {
  it('reads a BC export: captions, `;`, decimal comma, Yes/No, BOM and CRLF', () => {
    const text =
      '\uFEFFEntry No.;Item Ledger Entry No.;Item No.;Posting Date;Item Ledger Entry Type;Entry Type;' +
      'Location Code;Cost Amount (Actual);Cost Posted to G/L;Item Ledger Entry Quantity;Expected Cost;Description\r\n' +
      '7;3;1000;2026-01-05;Sale;Direct Cost;blue;-1234,50;-1234,5;-2,5;No;Bicycle\r\n';
    const r = read([{ name: 'Value Entries.csv', text }], setup.value);
    expect(r.value.valueEntries).toEqual([
      expect.objectContaining({
        entryNo: 7,
        itemLedgerEntryNo: 3,
        itemLedgerEntryType: 'Sale',
        locationCode: 'BLUE',
        costAmountActual: '-1234.50',
        costPostedToGL: '-1234.50',
        itemLedgerEntryQuantity: '-2.5',
        expectedCost: false,
      }),
    ]);
    // The Description column is not a value entry field: ignored with a note.
    expect(r.warnings.map((w) => [w.code, w.where?.line, w.where?.field])).toContainEqual([
      'field-unknown',
      1,
      'Description',
    ]);
  });

  it('recognises the table from the header when the file name says nothing', () => {
    const r = read(
      [{ name: 'export (3).csv', text: 'Entry No.,G/L Account No.,Posting Date,Amount\n1,2130,2026-01-05,10.00\n' }],
      setup.value,
    );
    expect(r.value.glEntries.map((g) => [g.entryNo, g.glAccountNo, g.amount])).toEqual([[1, '2130', '10.00']]);
  });

  it('reads dim: columns and dimensions.csv', () => {
    const r = read(
      [
        { name: 'dimensions.csv', text: 'code,value\nDEPARTMENT,ADM\nDEPARTMENT,SALES\nPROJECT,\n' },
        {
          name: 'gl-entries.csv',
          text: 'entryNo,glAccountNo,postingDate,amount,dim:DEPARTMENT,dim:project\n1,2130,2026-01-05,1.00,sales,\n',
        },
      ],
      setup.value,
    );
    expect(r.value.dimensions).toEqual([
      { code: 'DEPARTMENT', values: ['ADM', 'SALES'] },
      { code: 'PROJECT', values: [] },
    ]);
    expect(r.value.glEntries[0]?.dimensions).toEqual({ DEPARTMENT: 'SALES' });
  });

  it('reads the setup files first, so the precision decides the decimals of amounts', () => {
    const files = [
      { name: 'gl-entries.csv', text: 'entryNo,glAccountNo,postingDate,amount\n1,2130,2026-01-05,10.125\n' },
      { name: 'general-ledger-setup.csv', text: 'Amount Rounding Precision\n0.001\n' },
      { name: 'inventory-setup.csv', text: 'automaticCostPosting;averageCostPeriod\nyes;Month\n' },
    ];
    const r = read(files, setup.value);
    expect(r.value.glEntries[0]?.amount).toBe('10.125');
    expect(r.value.generalLedgerSetup.amountRoundingPrecision).toBe('0.001');
    expect(r.value.inventorySetup).toMatchObject({ automaticCostPosting: true, averageCostPeriod: 'Month' });
    // Tables not in the files come from the base dataset.
    expect(r.value.items.map((i) => i.no)).toEqual(['1000']);
  });

  it('counts a quoted line break when naming the line of a bad row', () => {
    const text =
      'entryNo,glAccountNo,postingDate,description,amount\n1,2130,2026-01-05,"two\nlines",1.00\n2,2130,2026-01-05,x,1.0.0\n';
    const r = readDatasetCsv([{ name: 'gl-entries.csv', text }], { base: setup.value });
    expect(!r.ok && r.problems.map((p) => p.message)).toEqual([
      'gl-entries.csv line 4, field amount: "1.0.0" is not an amount',
    ]);
  });

  it('reports an unknown reference with the line of the row', () => {
    const text = 'entryNo,glAccountNo,postingDate,amount\n1,2130,2026-01-05,1.00\n2,9999,2026-01-05,-1.00\n';
    const r = readDatasetCsv([{ name: 'gl-entries.csv', text }], { base: setup.value });
    expect(!r.ok && r.problems.map((p) => [p.code, p.message])).toEqual([
      ['reference-unknown', 'gl-entries.csv line 3, field glAccountNo: "9999" is not a known G/L account'],
    ]);
  });
});

describe('writeTableCsv', () => {
  const ds = readDatasetObject({
    glAccounts: [{ no: '2130' }],
    glEntries: [
      {
        entryNo: 1,
        glAccountNo: '2130',
        postingDate: '2026-01-05',
        documentNo: '-CORR',
        description: '=HYPERLINK("x"), or "quoted"',
        amount: '-5',
        dimensions: { DEPT: 'ADM' },
      },
    ],
  });
  if (!ds.ok) throw new Error('must load');

  it('writes camelCase headers, numeric amounts and neutralised text cells', () => {
    expect(writeTableCsv(ds.value, 'glEntries')).toBe(
      'entryNo,glAccountNo,postingDate,documentNo,description,amount,sourceCode,closingDate,dateCompressed,dim:DEPT\r\n' +
        `1,2130,2026-01-05,'-CORR,"'=HYPERLINK(""x""), or ""quoted""",-5.00,,false,false,ADM\r\n`,
    );
  });

  it('reads its own output back to the same records', () => {
    const text = writeTableCsv(ds.value, 'glEntries');
    const back = read([{ name: 'gl-entries.csv', text }], ds.value);
    expect(back.value.glEntries).toEqual(ds.value.glEntries);
  });

  it('zips every table and both setups', () => {
    const files = unzipCsvFiles(writeDatasetCsvZip(ds.value));
    expect(files.ok && files.value.map((f) => f.name)).toEqual([
      'dataset.csv',
      'default-dimensions.csv',
      'dimensions.csv',
      'general-ledger-setup.csv',
      'general-posting-setup.csv',
      'gl-accounts.csv',
      'gl-entries.csv',
      'gl-item-ledger-relations.csv',
      'inventory-posting-setup.csv',
      'inventory-setup.csv',
      'item-application-entries.csv',
      'item-ledger-entries.csv',
      'items.csv',
      'locations.csv',
      'value-entries.csv',
    ]);
    expect(writeDatasetCsvZip(ds.value)).toEqual(writeDatasetCsvZip(ds.value));
  });
});

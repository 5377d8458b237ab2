// Rules within one record that span fields: a value entry with item ledger entry no. 0 is a
// capacity entry, so it has a blank item ledger entry type and an order type (dataset-format.md).
import type { RecordReader } from './read-record';
import { reportField } from './record-locator';

/** `record` holds only the fields that were present and valid; `raw` is the record as given. */
export function checkValueEntryRules(
  record: Record<string, unknown>,
  raw: Record<string, unknown>,
  index: number,
  reader: RecordReader,
): void {
  const given = raw.itemLedgerEntryNo;
  if (record.itemLedgerEntryNo === undefined && given !== undefined && given !== null && given !== '') return;
  const at = { table: 'valueEntries', index, record };
  const ileNo = record.itemLedgerEntryNo ?? 0;
  const type = record.itemLedgerEntryType;
  if (ileNo === 0) {
    if (type !== undefined && type !== '') {
      reportField(reader.collector, reader.locator, at, 'itemLedgerEntryType', type, {
        code: 'value-invalid',
        reason: 'must be blank on a capacity value entry (item ledger entry no. 0)',
        hint: 'give the item ledger entry no., or leave the type blank for a capacity entry',
      });
    }
    if (!record.orderType) {
      reportField(reader.collector, reader.locator, at, 'orderType', record.orderType ?? '', {
        code: 'field-required',
        reason: 'is required on a capacity value entry (item ledger entry no. 0)',
      });
    }
  } else if (type === '') {
    reportField(reader.collector, reader.locator, at, 'itemLedgerEntryType', type, {
      code: 'field-required',
      reason: 'is required (blank only on capacity value entries)',
    });
  }
}

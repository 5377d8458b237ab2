// The columns of each ledger as Business Central shows them: field, caption key, kind and width.
import type { LedgerTableName } from '../../../worker/engine-api';
import type { MessageKey } from '../../i18n/en';

export type ColumnKind = 'int' | 'date' | 'text' | 'amount' | 'unit' | 'quantity' | 'bool';

export interface LedgerColumn {
  field: string;
  caption: MessageKey;
  kind: ColumnKind;
  /** Width in px. */
  width: number;
}

const c = (field: string, caption: MessageKey, kind: ColumnKind, width: number): LedgerColumn => ({
  field,
  caption,
  kind,
  width,
});

export const LEDGER_COLUMNS: Record<LedgerTableName, LedgerColumn[]> = {
  itemLedgerEntries: [
    c('entryNo', 'col.entryNo', 'int', 80),
    c('postingDate', 'col.postingDate', 'date', 110),
    c('entryType', 'col.entryType', 'text', 130),
    c('documentNo', 'col.documentNo', 'text', 120),
    c('itemNo', 'col.itemNo', 'text', 90),
    c('locationCode', 'col.locationCode', 'text', 100),
    c('quantity', 'col.quantity', 'quantity', 90),
    c('invoicedQuantity', 'col.invoicedQuantity', 'quantity', 110),
    c('remainingQuantity', 'col.remainingQuantity', 'quantity', 120),
    c('open', 'col.open', 'bool', 60),
    c('appliesToEntry', 'col.appliesToEntry', 'int', 110),
    c('orderType', 'col.orderType', 'text', 90),
    c('orderNo', 'col.orderNo', 'text', 100),
  ],
  valueEntries: [
    c('entryNo', 'col.entryNo', 'int', 80),
    c('postingDate', 'col.postingDate', 'date', 110),
    c('itemLedgerEntryType', 'col.itemLedgerEntryType', 'text', 140),
    c('entryType', 'col.valueEntryType', 'text', 110),
    c('documentNo', 'col.documentNo', 'text', 110),
    c('itemNo', 'col.itemNo', 'text', 80),
    c('locationCode', 'col.locationCode', 'text', 90),
    c('itemLedgerEntryQuantity', 'col.valuedQuantity', 'quantity', 90),
    c('invoicedQuantity', 'col.invoicedQuantity', 'quantity', 100),
    c('costPerUnit', 'col.costPerUnit', 'unit', 100),
    c('costAmountActual', 'col.costAmountActual', 'amount', 130),
    c('costAmountExpected', 'col.costAmountExpected', 'amount', 140),
    c('costPostedToGL', 'col.costPostedToGL', 'amount', 130),
    c('expectedCostPostedToGL', 'col.expectedCostPostedToGL', 'amount', 150),
    c('salesAmountActual', 'col.salesAmountActual', 'amount', 130),
    c('itemLedgerEntryNo', 'col.itemLedgerEntryNo', 'int', 110),
    c('inventoryPostingGroup', 'col.inventoryPostingGroup', 'text', 120),
    c('genBusPostingGroup', 'col.genBusPostingGroup', 'text', 120),
    c('genProdPostingGroup', 'col.genProdPostingGroup', 'text', 120),
    c('adjustment', 'col.adjustment', 'bool', 80),
    c('expectedCost', 'col.expectedCost', 'bool', 80),
  ],
  glEntries: [
    c('entryNo', 'col.entryNo', 'int', 80),
    c('postingDate', 'col.postingDate', 'date', 110),
    c('documentNo', 'col.documentNo', 'text', 120),
    c('glAccountNo', 'col.glAccountNo', 'text', 100),
    c('description', 'col.description', 'text', 320),
    c('amount', 'col.amount', 'amount', 130),
    c('sourceCode', 'col.sourceCode', 'text', 100),
    c('closingDate', 'col.closingDate', 'bool', 80),
  ],
  glItemLedgerRelations: [
    c('glEntryNo', 'col.glEntryNo', 'int', 120),
    c('valueEntryNo', 'col.valueEntryNo', 'int', 120),
    c('amount', 'col.amount', 'amount', 130),
  ],
  itemApplicationEntries: [
    c('entryNo', 'col.entryNo', 'int', 80),
    c('itemLedgerEntryNo', 'col.itemLedgerEntryNo', 'int', 120),
    c('inboundItemEntryNo', 'col.inboundItemEntryNo', 'int', 120),
    c('outboundItemEntryNo', 'col.outboundItemEntryNo', 'int', 130),
    c('quantity', 'col.quantity', 'quantity', 90),
  ],
};

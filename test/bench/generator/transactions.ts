// A deterministic stream of item transactions for the costing figure: purchases (some received now and
// invoiced later at another cost, which Adjust Cost must forward), sales, adjustments and transfers.
import type { ItemTransactionAction } from '../../../src/core/costing/types';
import type { DatasetChanges } from '../../../src/core/model';
import { Prng } from './prng';
import { centsText, ITEM_SPECS, LOCATIONS } from './setup';

const FIRST_DAY = Date.UTC(2025, 0, 1);
const WEIGHTS = {
  purchase: 35,
  receipt: 8,
  invoice: 7,
  sale: 38,
  positiveAdjmt: 4,
  negativeAdjmt: 4,
  transfer: 4,
} as const;

interface PendingReceipt {
  ileNo: number;
  quantity: number;
  itemNo: string;
}

export class ItemTransactionStream {
  private readonly rng: Prng;
  private readonly onHand = new Map<string, number>();
  private readonly pending: PendingReceipt[] = [];
  private step = 0;
  private lastReceipt: { itemNo: string; quantity: number } | null = null;

  constructor(
    private readonly total: number,
    seed: number,
  ) {
    this.rng = new Prng(seed ^ 0x5eed);
  }

  /** The next transaction; call posted() with its changes before asking for another. */
  next(): ItemTransactionAction {
    const rng = this.rng;
    const spec = rng.pick(ITEM_SPECS);
    const itemNo = spec.no;
    const locationCode = rng.pick(LOCATIONS);
    const quantity = rng.int(1, 20);
    const postingDate = new Date(FIRST_DAY + Math.floor((this.step * 365) / this.total) * 86400000)
      .toISOString()
      .slice(0, 10);
    const documentNo = `BT${String(++this.step).padStart(8, '0')}`;
    const cost = centsText(Math.max(1, Math.round(spec.unitCostCents * (0.9 + rng.next() * 0.2))));
    const available = this.onHand.get(`${itemNo}|${locationCode}`) ?? 0;
    let kind: keyof typeof WEIGHTS = rng.weighted(WEIGHTS);
    if ((kind === 'sale' || kind === 'negativeAdjmt' || kind === 'transfer') && available < quantity) kind = 'purchase';
    if (kind === 'invoice' && this.pending.length === 0) kind = 'receipt';
    this.lastReceipt = null;
    const common = { postingDate, documentNo, genBusPostingGroup: 'DOMESTIC' };
    switch (kind) {
      case 'purchase':
      case 'receipt':
        if (kind === 'receipt') this.lastReceipt = { itemNo, quantity };
        this.move(itemNo, locationCode, quantity);
        return {
          ...common,
          action: 'purchase',
          itemNo,
          locationCode,
          quantity: String(quantity),
          directUnitCost: cost,
          receive: true,
          invoice: kind === 'purchase',
          sourceNo: '10000',
        };
      case 'invoice': {
        const r = this.pending.splice(rng.int(0, this.pending.length - 1), 1)[0]!;
        return {
          postingDate,
          documentNo,
          action: 'purchaseInvoice',
          of: r.ileNo,
          quantity: String(r.quantity),
          directUnitCost: cost,
        };
      }
      case 'sale':
        this.move(itemNo, locationCode, -quantity);
        return {
          ...common,
          action: 'sale',
          itemNo,
          locationCode,
          quantity: String(quantity),
          unitPrice: cost,
          ship: true,
          invoice: true,
          sourceNo: '20000',
        };
      case 'positiveAdjmt':
      case 'negativeAdjmt':
        this.move(itemNo, locationCode, kind === 'positiveAdjmt' ? quantity : -quantity);
        return {
          postingDate,
          documentNo,
          action: kind,
          itemNo,
          locationCode,
          quantity: String(quantity),
          ...(kind === 'positiveAdjmt' ? { unitCost: cost } : {}),
        };
      case 'transfer': {
        const toLocation = LOCATIONS[(LOCATIONS.indexOf(locationCode) + 1) % LOCATIONS.length]!;
        this.move(itemNo, locationCode, -quantity);
        this.move(itemNo, toLocation, quantity);
        return {
          postingDate,
          documentNo,
          action: 'transfer',
          itemNo,
          fromLocation: locationCode,
          toLocation,
          quantity: String(quantity),
        };
      }
    }
  }

  /** Records the item ledger entry of a receipt so a later step can invoice it. */
  posted(changes: DatasetChanges): void {
    if (!this.lastReceipt) return;
    const ile = changes.itemLedgerEntries.find(
      (e) => e.entryType === 'Purchase' && e.itemNo === this.lastReceipt?.itemNo,
    );
    if (ile) this.pending.push({ ileNo: ile.entryNo, ...this.lastReceipt });
  }

  private move(itemNo: string, locationCode: string, delta: number): void {
    const key = `${itemNo}|${locationCode}`;
    this.onHand.set(key, (this.onHand.get(key) ?? 0) + delta);
  }
}

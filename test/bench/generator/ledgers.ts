// Deterministic ledgers for the bench: item transactions over one year as item ledger entries and value
// entries; the earliest value entries posted to the G/L per entry (with relations), plus a few direct postings.
import type {
  GLEntry,
  GLItemLedgerRelation,
  Item,
  ItemLedgerEntry,
  OrderType,
  ValueEntry,
} from '../../../src/core/model';
import { actualRule, expectedRule, type RuleOutcome } from '../../../src/core/posting/posting-table';
import { ACCOUNT_SOURCE, type InventoryAccountType } from '../../../src/core/posting/account-types';
import { Prng } from './prng';
import { centsText, ITEM_SPECS, LOCATIONS, type BenchSetup } from './setup';

export interface LedgerSink {
  itemLedgerEntry(e: ItemLedgerEntry): void;
  valueEntry(e: ValueEntry): void;
  glEntry(e: GLEntry): void;
  relation(r: GLItemLedgerRelation): void;
}

export interface GenerateOptions {
  /** Value entries to create. */
  n: number;
  /** G/L entries to create: value entries are posted in entry order until this many exist; 0 leaves all unposted. */
  glEntries: number;
  seed: number;
}

export interface LedgerCounts {
  itemLedgerEntries: number;
  valueEntries: number;
  glEntries: number;
  relations: number;
  postedValueEntries: number;
}

const FIRST_DAY = Date.UTC(2025, 0, 1);
const DAYS = 365;
const DATES = Array.from({ length: DAYS }, (_, d) => new Date(FIRST_DAY + d * 86400000).toISOString().slice(0, 10));
const EMPTY_DIMENSIONS = Object.freeze({}) as Record<string, string>;
/** Every this many posted G/L entries, a general journal posts straight to an inventory account. */
const DIRECT_POSTING_EVERY = 5000;

const TRANSACTION_WEIGHTS = {
  purchase: 36,
  sale: 38,
  positiveAdjmt: 4,
  negativeAdjmt: 4,
  transfer: 6,
  consumption: 6,
  output: 6,
} as const;

type VeDraft = Pick<ValueEntry, 'itemLedgerEntryType' | 'entryType'> & Partial<ValueEntry>;
interface Tx {
  item: Item;
  date: string;
  locationCode: string;
  qty: number;
  documentNo: string;
  orderType: OrderType;
  orderNo: string;
}

/** Generates the ledgers into `sink` in entry-no. order; the same options always give the same entries. */
export function generateLedgers(setup: BenchSetup, options: GenerateOptions, sink: LedgerSink): LedgerCounts {
  return new LedgerGenerator(setup, options, sink).run();
}

class LedgerGenerator {
  private readonly rng: Prng;
  private readonly accountOf: (ve: ValueEntry, type: InventoryAccountType) => string;
  private readonly counts: LedgerCounts = {
    itemLedgerEntries: 0,
    valueEntries: 0,
    glEntries: 0,
    relations: 0,
    postedValueEntries: 0,
  };
  private posting: boolean;
  private nextDirectPosting = DIRECT_POSTING_EVERY;
  private readonly rawMaterials: Item[];
  private readonly finished: Item[];
  private readonly saleable: Item[];
  private readonly baseCost: Map<string, number>;

  constructor(
    private readonly setup: BenchSetup,
    private readonly options: GenerateOptions,
    private readonly sink: LedgerSink,
  ) {
    this.rng = new Prng(options.seed);
    this.accountOf = accountResolver(setup);
    this.posting = options.glEntries > 0;
    this.rawMaterials = setup.items.filter((i) => i.inventoryPostingGroup === 'RAWMAT');
    this.finished = setup.items.filter((i) => i.inventoryPostingGroup === 'FINISHED');
    this.saleable = setup.items.filter((i) => i.inventoryPostingGroup !== 'RAWMAT');
    this.baseCost = new Map(ITEM_SPECS.map((s) => [s.no, s.unitCostCents]));
  }

  run(): LedgerCounts {
    const { n, glEntries } = this.options;
    let txNo = 0;
    while (this.counts.valueEntries < n) {
      txNo++;
      this.transaction(txNo);
    }
    if (glEntries > 0) {
      const last = DATES[DAYS - 1]!;
      while (this.counts.glEntries + 2 <= glEntries) this.directPosting(last);
      if (this.counts.glEntries < glEntries)
        this.glEntry('2130', 100, last, 'GJ-LAST', 'Inventory correction', 'GENJNL');
    }
    return this.counts;
  }

  private more(): boolean {
    return this.counts.valueEntries < this.options.n;
  }

  private transaction(txNo: number): void {
    const rng = this.rng;
    const date = DATES[Math.min(DAYS - 1, Math.floor((this.counts.valueEntries * DAYS) / this.options.n))]!;
    const kind = rng.weighted(TRANSACTION_WEIGHTS);
    const item =
      kind === 'consumption'
        ? rng.pick(this.rawMaterials)
        : kind === 'output'
          ? rng.pick(this.finished)
          : kind === 'sale'
            ? rng.pick(this.saleable)
            : rng.pick(this.setup.items);
    const locationCode = rng.pick(LOCATIONS);
    const std = this.baseCost.get(item.no) ?? 100;
    const unitCents = Math.max(1, Math.round(std * (0.9 + rng.next() * 0.2)));
    const qty = item.no === '1120' ? rng.int(50, 500) : rng.int(1, 20);
    const costCents = item.costingMethod === 'Standard' ? std : unitCents;
    const amount = qty * costCents;
    const tx: Tx = { item, date, locationCode, qty, documentNo: '', orderType: '', orderNo: '' };
    const base = {
      itemNo: item.no,
      postingDate: date,
      locationCode,
      inventoryPostingGroup: item.inventoryPostingGroup,
      genProdPostingGroup: item.genProdPostingGroup,
      costPerUnit: centsText(costCents),
    };
    const no = String(txNo).padStart(8, '0');
    switch (kind) {
      case 'purchase': {
        tx.documentNo = `PR${no}`;
        const receiptOnly = rng.chance(0.12);
        const e = this.ile(tx, 'Purchase', qty, !receiptOnly);
        const p = {
          ...base,
          itemLedgerEntryType: 'Purchase',
          documentNo: tx.documentNo,
          genBusPostingGroup: 'DOMESTIC',
          sourceType: 'Vendor',
          sourceNo: '10000',
          itemLedgerEntryQuantity: String(qty),
        } as const;
        if (receiptOnly) {
          this.valueEntry(e, { ...p, entryType: 'Direct Cost', expectedCost: true }, 0, amount);
          return;
        }
        const invoiced = { ...p, itemLedgerEntryQuantity: '0', invoicedQuantity: String(qty) };
        this.valueEntry(e, { ...p, entryType: 'Direct Cost', invoicedQuantity: String(qty) }, amount, 0);
        if (item.costingMethod === 'Standard' && unitCents !== std && this.more()) {
          this.valueEntry(
            e,
            { ...invoiced, entryType: 'Variance', varianceType: 'Purchase' },
            qty * (unitCents - std),
            0,
          );
        }
        if (rng.chance(0.15) && this.more()) {
          this.valueEntry(e, { ...invoiced, entryType: 'Indirect Cost' }, Math.round(amount / 20) || 1, 0);
        }
        if (rng.chance(0.03) && this.more()) {
          this.valueEntry(
            e,
            { ...invoiced, entryType: 'Revaluation', invoicedQuantity: '0' },
            qty * rng.int(-200, 200) || 1,
            0,
          );
        }
        return;
      }
      case 'sale': {
        tx.documentNo = `SS${no}`;
        const shipOnly = rng.chance(0.08);
        const e = this.ile(tx, 'Sale', -qty, !shipOnly);
        const s = {
          ...base,
          itemLedgerEntryType: 'Sale',
          documentNo: tx.documentNo,
          genBusPostingGroup: rng.chance(0.8) ? 'DOMESTIC' : 'EXPORT',
          sourceType: 'Customer',
          sourceNo: '20000',
          itemLedgerEntryQuantity: String(-qty),
        } as const;
        if (shipOnly) {
          this.valueEntry(e, { ...s, entryType: 'Direct Cost', expectedCost: true }, 0, -amount);
          return;
        }
        this.valueEntry(
          e,
          {
            ...s,
            entryType: 'Direct Cost',
            invoicedQuantity: String(-qty),
            salesAmountActual: centsText(Math.round(amount * 1.4)),
          },
          -amount,
          0,
        );
        if (rng.chance(0.1) && this.more()) {
          // Cost adjustment forwarded to the sale.
          this.valueEntry(
            e,
            { ...s, entryType: 'Direct Cost', adjustment: true, itemLedgerEntryQuantity: '0', invoicedQuantity: '0' },
            qty * rng.int(-150, 150) || -1,
            0,
          );
        }
        return;
      }
      case 'positiveAdjmt':
      case 'negativeAdjmt': {
        const sign = kind === 'positiveAdjmt' ? 1 : -1;
        const type = kind === 'positiveAdjmt' ? 'Positive Adjmt.' : 'Negative Adjmt.';
        tx.documentNo = `IJ${no}`;
        const e = this.ile(tx, type, sign * qty, true);
        this.valueEntry(
          e,
          {
            ...base,
            itemLedgerEntryType: type,
            entryType: 'Direct Cost',
            documentNo: tx.documentNo,
            itemLedgerEntryQuantity: String(sign * qty),
            invoicedQuantity: String(sign * qty),
          },
          sign * amount,
          0,
        );
        return;
      }
      case 'transfer': {
        Object.assign(tx, { documentNo: `TS${no}`, orderType: 'Transfer', orderNo: `T${txNo}` });
        const to = LOCATIONS[(LOCATIONS.indexOf(locationCode) + 1) % LOCATIONS.length] as string;
        const t = {
          ...base,
          itemLedgerEntryType: 'Transfer',
          entryType: 'Direct Cost',
          documentNo: tx.documentNo,
          orderType: 'Transfer',
          orderNo: tx.orderNo,
        } as const;
        const out = this.ile(tx, 'Transfer', -qty, true);
        this.valueEntry(
          out,
          { ...t, itemLedgerEntryQuantity: String(-qty), invoicedQuantity: String(-qty) },
          -amount,
          0,
        );
        if (!this.more()) return;
        tx.locationCode = to;
        const inn = this.ile(tx, 'Transfer', qty, true);
        this.valueEntry(
          inn,
          { ...t, locationCode: to, itemLedgerEntryQuantity: String(qty), invoicedQuantity: String(qty) },
          amount,
          0,
        );
        return;
      }
      case 'consumption':
      case 'output': {
        const orderNo = `RPO${String(Math.floor(txNo / 8)).padStart(6, '0')}`;
        Object.assign(tx, { documentNo: orderNo, orderType: 'Production', orderNo });
        const sign = kind === 'output' ? 1 : -1;
        const type = kind === 'output' ? 'Output' : 'Consumption';
        const pr = {
          ...base,
          itemLedgerEntryType: type,
          documentNo: orderNo,
          orderType: 'Production',
          orderNo,
        } as const;
        const e = this.ile(tx, type, sign * qty, true);
        this.valueEntry(
          e,
          {
            ...pr,
            entryType: 'Direct Cost',
            itemLedgerEntryQuantity: String(sign * qty),
            invoicedQuantity: String(sign * qty),
          },
          sign * amount,
          0,
        );
        if (kind === 'output' && rng.chance(0.2) && this.more()) {
          this.valueEntry(
            e,
            {
              ...pr,
              entryType: 'Variance',
              varianceType: 'Material',
              itemLedgerEntryQuantity: '0',
              invoicedQuantity: String(qty),
            },
            rng.int(-5000, 5000) || 1,
            0,
          );
        }
        if (kind === 'output' && rng.chance(0.3) && this.more()) {
          // Capacity: a value entry without an item ledger entry (machine and labour time).
          this.valueEntry(
            null,
            {
              ...pr,
              itemLedgerEntryType: '',
              entryType: 'Direct Cost',
              itemLedgerEntryQuantity: '0',
              invoicedQuantity: '0',
            },
            rng.int(1000, 20000),
            0,
          );
        }
        return;
      }
    }
  }

  private ile(tx: Tx, entryType: ItemLedgerEntry['entryType'], signedQty: number, invoiced: boolean): ItemLedgerEntry {
    this.counts.itemLedgerEntries++;
    const e: ItemLedgerEntry = {
      entryNo: this.counts.itemLedgerEntries,
      itemNo: tx.item.no,
      postingDate: tx.date,
      entryType,
      documentNo: tx.documentNo,
      locationCode: tx.locationCode,
      quantity: String(signedQty),
      invoicedQuantity: invoiced ? String(signedQty) : '0',
      remainingQuantity: signedQty > 0 ? String(signedQty) : '0',
      open: signedQty > 0,
      positive: signedQty > 0,
      appliesToEntry: null,
      orderType: tx.orderType,
      orderNo: tx.orderNo,
    };
    this.sink.itemLedgerEntry(e);
    return e;
  }

  private valueEntry(ile: ItemLedgerEntry | null, d: VeDraft, actual: number, expected: number): void {
    const counts = this.counts;
    counts.valueEntries++;
    const ve: ValueEntry = {
      entryNo: counts.valueEntries,
      itemLedgerEntryNo: ile ? ile.entryNo : 0,
      itemNo: d.itemNo ?? '',
      postingDate: d.postingDate ?? '',
      valuationDate: d.postingDate ?? '',
      itemLedgerEntryType: d.itemLedgerEntryType,
      entryType: d.entryType,
      documentNo: d.documentNo ?? '',
      locationCode: d.locationCode ?? '',
      inventoryPostingGroup: d.inventoryPostingGroup ?? '',
      genBusPostingGroup: d.genBusPostingGroup ?? '',
      genProdPostingGroup: d.genProdPostingGroup ?? '',
      itemLedgerEntryQuantity: d.itemLedgerEntryQuantity ?? '0',
      invoicedQuantity: d.invoicedQuantity ?? '0',
      costPerUnit: d.costPerUnit ?? '0',
      costAmountActual: centsText(actual),
      costAmountExpected: centsText(expected),
      costPostedToGL: '0.00',
      expectedCostPostedToGL: '0.00',
      salesAmountActual: d.salesAmountActual ?? '0.00',
      adjustment: d.adjustment ?? false,
      expectedCost: d.expectedCost ?? false,
      sourceType: d.sourceType ?? '',
      sourceNo: d.sourceNo ?? '',
      orderType: d.orderType ?? '',
      orderNo: d.orderNo ?? '',
      varianceType: d.varianceType ?? '',
      itemChargeNo: '',
      externalDocumentNo: '',
      inventoriable: true,
      dimensions: EMPTY_DIMENSIONS,
    };
    if (this.posting && counts.glEntries + 4 > this.nextDirectPosting) {
      this.directPosting(ve.postingDate);
      this.nextDirectPosting += DIRECT_POSTING_EVERY;
    }
    if (this.posting && counts.glEntries + 4 <= this.options.glEntries) {
      ve.costPostedToGL = ve.costAmountActual;
      ve.expectedCostPostedToGL = ve.costAmountExpected;
      const description = this.itemDescription(ve.itemNo);
      this.postPart(ve, actual, actualRule(ve), description);
      this.postPart(ve, expected, expectedRule(ve), description);
      counts.postedValueEntries++;
    } else {
      this.posting = false;
    }
    this.sink.valueEntry(ve);
  }

  private itemDescription(itemNo: string): string {
    return this.setup.items.find((i) => i.no === itemNo)?.description ?? '';
  }

  /** Per-entry cost posting of one part (actual or expected): account +x, balancing account −x, each related to the entry. */
  private postPart(ve: ValueEntry, cents: number, rule: RuleOutcome, description: string): void {
    if (cents === 0 || rule.kind !== 'pair') return;
    const debit = this.glEntry(
      this.accountOf(ve, rule.pair.account),
      cents,
      ve.postingDate,
      ve.documentNo,
      description,
      'INVTPCOST',
    );
    this.relation(debit, ve.entryNo, cents);
    const credit = this.glEntry(
      this.accountOf(ve, rule.pair.balancing),
      -cents,
      ve.postingDate,
      ve.documentNo,
      description,
      'INVTPCOST',
    );
    this.relation(credit, ve.entryNo, -cents);
  }

  private relation(glEntryNo: number, valueEntryNo: number, cents: number): void {
    this.counts.relations++;
    this.sink.relation({ glEntryNo, valueEntryNo, amount: centsText(cents) });
  }

  private glEntry(
    glAccountNo: string,
    cents: number,
    postingDate: string,
    documentNo: string,
    description: string,
    sourceCode: string,
  ): number {
    const entryNo = ++this.counts.glEntries;
    this.sink.glEntry({
      entryNo,
      glAccountNo,
      postingDate,
      documentNo,
      description,
      amount: centsText(cents),
      sourceCode,
      closingDate: false,
      dateCompressed: false,
      dimensions: EMPTY_DIMENSIONS,
    });
    return entryNo;
  }

  /** A general journal line straight on an inventory account: the reconciliation shows it as a direct posting. */
  private directPosting(date: string): void {
    const rng = this.rng;
    const cents = rng.int(-50000, 50000) || 100;
    const doc = `GJ${String(this.counts.glEntries).padStart(8, '0')}`;
    this.glEntry(rng.pick(['2110', '2120', '2130']), cents, date, doc, 'Inventory correction', 'GENJNL');
    this.glEntry('7170', -cents, date, doc, 'Inventory correction', 'GENJNL');
  }
}

/** Resolves an account type to the G/L account of a value entry's posting setup rows (cached per combination). */
function accountResolver(setup: BenchSetup): (ve: ValueEntry, type: InventoryAccountType) => string {
  const cache = new Map<string, string>();
  return (ve, type) => {
    const key = `${type}|${ve.locationCode}|${ve.inventoryPostingGroup}|${ve.genBusPostingGroup}|${ve.genProdPostingGroup}`;
    let no = cache.get(key);
    if (no === undefined) {
      const source = ACCOUNT_SOURCE[type];
      if (source.table === 'Inventory Posting Setup') {
        const row = setup.inventoryPostingSetup.find(
          (r) => r.locationCode === ve.locationCode && r.inventoryPostingGroup === ve.inventoryPostingGroup,
        );
        no = row ? row[source.field] : '';
      } else {
        const row = setup.generalPostingSetup.find(
          (r) => r.genBusPostingGroup === ve.genBusPostingGroup && r.genProdPostingGroup === ve.genProdPostingGroup,
        );
        no = row ? String(row[source.field]) : '';
      }
      if (no === '') throw new Error(`bench setup lacks ${type} for ${key}`);
      cache.set(key, no);
    }
    return no;
  };
}

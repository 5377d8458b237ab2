// The costing engine session: keeps the ledger indexes across many transactions (one posting
// touches only its item's open entries), refuses a transaction whole, posts its value entries to
// the G/L at once with Automatic Cost Posting (else only runs the checks), and runs Automatic Cost
// Adjustment. The engine owns and mutates its dataset; the functional API in index.ts works on a copy.
import type { Dataset, DatasetChanges, Item, ItemLedgerEntry, ValueEntry } from '../model';
import { emptyChanges, mergeChanges } from '../model';
import { fail, ok, type Result } from '../problems';
import { AutomaticPoster } from '../posting';
import type { ItemTransactionAction, TransactionContext } from './types';
import { LedgerIndex } from './ledger-index';
import { Txn } from './txn';
import { precisionsOf } from './entries';
import type { PostCtx } from './context';
import { postPurchase, postPurchaseInvoice } from './purchase';
import { postSale, postSaleInvoice } from './sale';
import { postItemAdjustment } from './item-journal';
import { postTransfer } from './transfer';
import { postItemCharge } from './item-charge';
import { postRevaluation } from './revaluation';
import { finishProductionOrder, postCapacity, postConsumption, postOutput } from './production';
import { planAdjustCost } from './adjust-cost';
import { automaticAdjustmentFrom } from './valuation';

export interface PostedTransaction {
  changes: DatasetChanges;
  /** First item ledger entry the transaction created (what a scenario `id` names), if any. */
  itemLedgerEntryNo: number | null;
}

export class CostingEngine {
  private idx: LedgerIndex;
  private readonly poster: AutomaticPoster;

  constructor(private readonly ds: Dataset) {
    this.idx = new LedgerIndex(ds);
    this.poster = new AutomaticPoster(ds);
  }

  get dataset(): Dataset {
    return this.ds;
  }

  /** Posts one item transaction; on success the engine's dataset already holds the changes. */
  post(action: ItemTransactionAction, ctx: TransactionContext = {}): Result<PostedTransaction> {
    const txn = new Txn(this.idx);
    const c: PostCtx = { ds: this.ds, txn, p: precisionsOf(this.ds) };
    const items = runHandler(c, action);
    if (txn.problems.length > 0) return fail(txn.problems);
    const gl = this.postToGL(txn, !this.ds.inventorySetup.automaticCostPosting);
    if (!gl.ok) return gl;
    const undo = this.commit(txn, gl.value);
    let changes = mergeChanges(txn.changes(), gl.value);
    if (items.length > 0 && this.autoAdjustDue(action.postingDate, ctx)) {
      const adj = this.adjustCost({ itemNos: items });
      if (!adj.ok) {
        undo();
        return adj;
      }
      changes = mergeChanges(changes, adj.value);
    }
    const first = txn.newIles.keys().next();
    return ok({ changes, itemLedgerEntryNo: first.done ? null : first.value });
  }

  /** Adjust Cost – Item Entries (all items, or the given ones); posts to the G/L when ACP is on. */
  adjustCost(options: { itemNos?: readonly string[] } = {}): Result<DatasetChanges> {
    const txn = new Txn(this.idx);
    planAdjustCost(txn, this.ds, precisionsOf(this.ds), options.itemNos);
    if (txn.ves.length === 0 && txn.changedIles.size === 0) return ok(emptyChanges());
    let gl = emptyChanges();
    if (this.ds.inventorySetup.automaticCostPosting) {
      const r = this.postToGL(txn, false);
      if (!r.ok) return r;
      gl = r.value;
    }
    this.commit(txn, gl);
    return ok(mergeChanges(txn.changes(), gl));
  }

  private autoAdjustDue(postingDate: string, ctx: TransactionContext): boolean {
    const setting = this.ds.inventorySetup.automaticCostAdjustment;
    if (setting === 'Never') return false;
    if (setting === 'Always') return true;
    const workDate = ctx.workDate ?? this.ds.workDate;
    if (!workDate) return true;
    const from = automaticAdjustmentFrom(workDate, setting);
    return from === null || postingDate >= from;
  }

  /** Automatic Cost Posting (or its check-only run) over the transaction's new value entries. */
  private postToGL(txn: Txn, checkOnly: boolean): Result<DatasetChanges> {
    if (txn.ves.length === 0) return ok(emptyChanges());
    // The posting helper reads entries from the dataset: show it the new ones for the call only.
    const ileLen = this.ds.itemLedgerEntries.length;
    const veLen = this.ds.valueEntries.length;
    for (const e of txn.newIles.values()) this.ds.itemLedgerEntries.push(e);
    for (const v of txn.ves) this.ds.valueEntries.push(v);
    try {
      return this.poster.post(txn.ves, { checkOnly });
    } finally {
      this.ds.itemLedgerEntries.length = ileLen;
      this.ds.valueEntries.length = veLen;
    }
  }

  /** Stores a planned transaction and its G/L changes; returns how to take it back. */
  private commit(txn: Txn, gl: DatasetChanges): () => void {
    const ds = this.ds;
    const lengths = [
      ds.itemLedgerEntries.length,
      ds.valueEntries.length,
      ds.itemApplicationEntries.length,
      ds.glEntries.length,
      ds.glItemLedgerRelations.length,
    ] as const;
    const oldIles: ItemLedgerEntry[] = [];
    const oldMarks: { ve: ValueEntry; cost: string; expected: string }[] = [];
    const oldItems: Item[] = [];
    for (const item of txn.changedItems.values()) {
      const old = this.idx.items.get(item.no);
      if (old) oldItems.push(old);
      this.putItem(item);
    }
    for (const changed of txn.changedIles.values()) {
      const stored = this.idx.ile.get(changed.entryNo);
      if (!stored) continue;
      oldIles.push({ ...stored });
      Object.assign(stored, changed);
    }
    for (const e of txn.newIles.values()) {
      ds.itemLedgerEntries.push(e);
      this.idx.addIle(e);
    }
    for (const v of txn.ves) {
      ds.valueEntries.push(v);
      this.idx.addVe(v);
    }
    for (const a of txn.apps) {
      ds.itemApplicationEntries.push(a);
      this.idx.addApp(a);
    }
    for (const g of gl.glEntries) ds.glEntries.push(g);
    for (const r of gl.glItemLedgerRelations) ds.glItemLedgerRelations.push(r);
    for (const w of gl.watermarks) {
      const ve = this.idx.veByNo.get(w.valueEntryNo);
      if (!ve) continue;
      oldMarks.push({ ve, cost: ve.costPostedToGL, expected: ve.expectedCostPostedToGL });
      if (w.costPostedToGL !== undefined) ve.costPostedToGL = w.costPostedToGL;
      if (w.expectedCostPostedToGL !== undefined) ve.expectedCostPostedToGL = w.expectedCostPostedToGL;
    }
    this.idx.nextIle = Math.max(this.idx.nextIle, ...[...txn.newIles.keys()].map((n) => n + 1));
    this.idx.nextVe = Math.max(this.idx.nextVe, ...txn.ves.map((v) => v.entryNo + 1));
    this.idx.nextApp = Math.max(this.idx.nextApp, ...txn.apps.map((a) => a.entryNo + 1));
    this.compactOpenLists(txn);
    return () => {
      ds.itemLedgerEntries.length = lengths[0];
      ds.valueEntries.length = lengths[1];
      ds.itemApplicationEntries.length = lengths[2];
      ds.glEntries.length = lengths[3];
      ds.glItemLedgerRelations.length = lengths[4];
      for (const old of oldIles) {
        const stored = this.idx.ile.get(old.entryNo);
        if (stored) Object.assign(stored, old);
      }
      for (const old of oldItems) this.putItem(old);
      for (const m of oldMarks) {
        m.ve.costPostedToGL = m.cost;
        m.ve.expectedCostPostedToGL = m.expected;
      }
      this.idx = new LedgerIndex(ds);
    };
  }

  /** Replaces an item by no. in the dataset and the index (appends a new one). */
  private putItem(item: Item): void {
    this.idx.items.set(item.no, item);
    const at = this.ds.items.findIndex((i) => i.no === item.no);
    if (at < 0) this.ds.items.push(item);
    else this.ds.items[at] = item;
  }

  /**
   * Drops closed entries from the ends of the open lists they were in (FIFO closes at the front, LIFO
   * at the back) without rescanning long lists; one closed in the middle is skipped when read, and the
   * list is filtered whole only once such entries make up half of it.
   */
  private compactOpenLists(txn: Txn): void {
    const touched = new Set<string>();
    for (const e of txn.changedIles.values()) if (!e.open) touched.add(`${e.itemNo}\u0000${e.locationCode}`);
    for (const e of txn.newIles.values()) if (!e.open) touched.add(`${e.itemNo}\u0000${e.locationCode}`);
    const isOpen = (n: number) => this.idx.ile.get(n)?.open === true;
    for (const key of touched) {
      const o = this.idx.open.get(key);
      if (!o) continue;
      o.inbound = trimClosed(o.inbound, isOpen);
      o.outbound = trimClosed(o.outbound, isOpen);
    }
  }
}

function trimClosed(list: number[], isOpen: (n: number) => boolean): number[] {
  let start = 0;
  while (start < list.length && !isOpen(list[start]!)) start++;
  let end = list.length;
  while (end > start && !isOpen(list[end - 1]!)) end--;
  if (start > 0 || end < list.length) list = list.slice(start, end);
  // Closed entries left in the middle: sample the middle cheaply, filter when it looks half closed.
  if (list.length > 64) {
    const probe = list[list.length >> 1]!;
    const probe2 = list[list.length >> 2]!;
    if (!isOpen(probe) && !isOpen(probe2)) return list.filter(isOpen);
  }
  return list;
}

/** Runs the action's handler; returns the items whose cost Automatic Cost Adjustment should adjust. */
function runHandler(c: PostCtx, a: ItemTransactionAction): string[] {
  switch (a.action) {
    case 'purchase':
    case 'purchaseReturn':
      return itemsOf(postPurchase(c, a));
    case 'purchaseInvoice':
      postPurchaseInvoice(c, a);
      return itemOfEntry(c, a.of);
    case 'itemCharge':
      postItemCharge(c, a);
      return itemOfEntry(c, a.appliesToEntry);
    case 'sale':
    case 'salesReturn':
      return itemsOf(postSale(c, a));
    case 'saleInvoice':
      postSaleInvoice(c, a);
      return itemOfEntry(c, a.of);
    case 'positiveAdjmt':
    case 'negativeAdjmt':
      return itemsOf(postItemAdjustment(c, a));
    case 'transfer':
      return itemsOf(postTransfer(c, a));
    case 'revaluation':
      postRevaluation(c, a);
      return [a.itemNo];
    case 'consumption':
      return itemsOf(postConsumption(c, a));
    case 'capacity':
      postCapacity(c, a);
      return [];
    case 'output':
      return itemsOf(postOutput(c, a));
    case 'finishProductionOrder':
      return finishProductionOrder(c, a);
  }
}

function itemsOf(e: ItemLedgerEntry | null): string[] {
  return e ? [e.itemNo] : [];
}

function itemOfEntry(c: PostCtx, no: number): string[] {
  const e = c.txn.ile(no);
  return e ? [e.itemNo] : [];
}

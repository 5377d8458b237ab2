// Rows of one ledger fetched page by page as the list scrolls: only the pages in view are asked for,
// and far pages are dropped, so a million-row ledger costs a few hundred rows of memory.
import type { Problem } from '../../../core/problems';
import type { LedgerTableName } from '../../../worker/engine-api';
import { engine } from '../../engine-client';

export const PAGE_SIZE = 200;
const KEEP_PAGES = 40;

type Row = Record<string, unknown>;

export class LedgerPages {
  total = $state(0);
  /** Page no. → rows; replaced whole when a page arrives. */
  pages = $state.raw<Readonly<Record<number, Row[]>>>({});
  problems = $state.raw<Problem[]>([]);
  loading = $state(false);
  // Bookkeeping only, never rendered: a plain Set on purpose.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  private readonly pending = new Set<number>();
  private generation = 0;

  constructor(
    private readonly datasetId: string,
    readonly table: LedgerTableName,
  ) {}

  /** Reads the row count (and the first page). */
  async start(): Promise<void> {
    await this.load(0);
  }

  row(index: number): Row | undefined {
    return this.pages[Math.floor(index / PAGE_SIZE)]?.[index % PAGE_SIZE];
  }

  /** The rows [start, end) are in view: fetch the pages they need. */
  show(start: number, end: number): void {
    const first = Math.floor(start / PAGE_SIZE);
    const last = Math.floor(Math.max(start, end - 1) / PAGE_SIZE);
    for (let p = first; p <= last; p++) if (!(p in this.pages)) void this.load(p);
  }

  private async load(pageNo: number): Promise<void> {
    if (this.pending.has(pageNo)) return;
    this.pending.add(pageNo);
    this.loading = true;
    const generation = this.generation;
    try {
      const r = await engine.ledgerEntries(this.datasetId, {
        table: this.table,
        offset: pageNo * PAGE_SIZE,
        limit: PAGE_SIZE,
      });
      if (generation !== this.generation) return;
      if (!r.ok) {
        this.problems = r.problems;
        return;
      }
      this.total = r.value.total;
      let next: Record<number, Row[]> = { ...this.pages, [pageNo]: r.value.rows };
      // Keep the pages nearest the one just read.
      const held = Object.entries(next);
      if (held.length > KEEP_PAGES) {
        const distance = ([p]: [string, Row[]]) => Math.abs(Number(p) - pageNo); // allow-number: page nos.
        next = Object.fromEntries(held.sort((a, b) => distance(a) - distance(b)).slice(0, KEEP_PAGES));
      }
      this.pages = next;
    } finally {
      this.pending.delete(pageNo);
      this.loading = this.pending.size > 0;
    }
  }

  /** Forget every page (the dataset changed) and read again. */
  async reload(): Promise<void> {
    this.generation++;
    this.pending.clear();
    this.pages = {};
    await this.load(0);
  }
}

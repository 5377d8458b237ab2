// State of the entry drill-down: lists of value entries / G/L entries fetched page by page from the
// worker as the virtual list scrolls, and a stack of views for G/L entry ↔ value entry navigation.
import type { Result } from '../../core/problems';
import type { DrillDownTarget, ReconciliationFilters } from '../../core/reconciliation';
import type { DrillDownList } from '../../worker/engine-api';
import { engine } from '../engine-client';

export type EntryTable = 'valueEntries' | 'glEntries';
export type EntryRow = Record<string, unknown>;
type PageLoader = (offset: number, limit: number) => Promise<Result<{ rows: EntryRow[]; total: number }>>;

const PAGE = 200;

/** One list of entries, loaded a page at a time. */
export class PagedEntries {
  total = $state(0);
  loaded = $state(false);
  error = $state<string | null>(null);
  /** Loaded pages by page index; replaced whole when a page arrives. */
  pages = $state.raw<Readonly<Record<number, EntryRow[]>>>({});
  /** Pages asked for and not yet arrived (not shown, so plain). */
  private pending: number[] = [];

  constructor(
    readonly table: EntryTable,
    private readonly load: PageLoader,
    /** The list as the engine's export names it (every entry, not just the pages loaded). */
    readonly exportAs: DrillDownList,
  ) {}

  row(index: number): EntryRow | undefined {
    return this.pages[Math.floor(index / PAGE)]?.[index % PAGE];
  }

  /** Loads the pages covering rows [start, end). */
  async ensure(start: number, end: number): Promise<void> {
    const last = Math.max(start, end - 1);
    const wanted: number[] = [];
    for (let p = Math.floor(start / PAGE); p <= Math.floor(last / PAGE); p++)
      if (!(p in this.pages) && !this.pending.includes(p)) wanted.push(p);
    await Promise.all(wanted.map((p) => this.fetchPage(p)));
  }

  private async fetchPage(p: number): Promise<void> {
    this.pending.push(p);
    try {
      const r = await this.load(p * PAGE, PAGE);
      if (!r.ok) {
        this.error = r.problems.map((x) => x.message).join(' ');
        return;
      }
      this.total = r.value.total;
      this.pages = { ...this.pages, [p]: r.value.rows };
    } finally {
      this.pending = this.pending.filter((x) => x !== p);
      this.loaded = true;
    }
  }
}

export interface DrillView {
  /** Read while rendering, so the heading follows a language switch. */
  title: () => string;
  lists: PagedEntries[];
}

async function rowsOf(
  datasetId: string,
  table: EntryTable,
  entryNos: number[],
): Promise<Result<{ rows: EntryRow[]; total: number }>> {
  if (entryNos.length === 0) return { ok: true, value: { rows: [], total: 0 }, warnings: [] };
  const r = await engine.ledgerEntries(datasetId, { table, offset: 0, limit: entryNos.length, entryNos });
  return r.ok ? { ok: true, value: { rows: r.value.rows, total: entryNos.length }, warnings: [] } : r;
}

/** One list (value entries or G/L entries) behind a matrix cell or cause, under `filters`. */
function targetList(
  datasetId: string,
  table: EntryTable,
  target: DrillDownTarget,
  filters: ReconciliationFilters,
): PagedEntries {
  return new PagedEntries(
    table,
    async (offset, limit) => {
      const page = await engine.matrixDrillDown(datasetId, target, filters, { offset, limit });
      if (!page.ok) return page;
      const nos = table === 'valueEntries' ? page.value.valueEntryNos : page.value.glEntryNos;
      const total = table === 'valueEntries' ? page.value.valueEntryCount : page.value.glEntryCount;
      const rows = await rowsOf(datasetId, table, nos);
      return rows.ok ? { ok: true, value: { rows: rows.value.rows, total }, warnings: [] } : rows;
    },
    { kind: 'matrix', target, filters, table },
  );
}

/** The value entries and G/L entries behind a matrix cell or cause, under the matrix's filters. */
export function targetView(
  datasetId: string,
  title: () => string,
  target: DrillDownTarget,
  filters: ReconciliationFilters,
): DrillView {
  return {
    title,
    lists: [
      targetList(datasetId, 'valueEntries', target, filters),
      targetList(datasetId, 'glEntries', target, filters),
    ],
  };
}

/** The value entries behind one cell and the G/L entries behind another (a field's Total and G/L Total on a day). */
export function sidesView(
  datasetId: string,
  title: () => string,
  cells: { item: string; gl: string },
  filters: ReconciliationFilters,
): DrillView {
  return {
    title,
    lists: [
      targetList(datasetId, 'valueEntries', { cell: cells.item }, filters),
      targetList(datasetId, 'glEntries', { cell: cells.gl }, filters),
    ],
  };
}

/** The entries related to one entry: a G/L entry's value entries, or a value entry's G/L entries. */
export function relatedView(
  datasetId: string,
  title: () => string,
  of: { glEntryNo: number } | { valueEntryNo: number },
): DrillView {
  const table: EntryTable = 'glEntryNo' in of ? 'valueEntries' : 'glEntries';
  return {
    title,
    lists: [
      new PagedEntries(
        table,
        async (offset, limit) => {
          const page = await engine.relatedEntries(datasetId, of, { offset, limit });
          if (!page.ok) return page;
          const rows = await rowsOf(datasetId, table, page.value.entryNos);
          return rows.ok ? { ok: true, value: { rows: rows.value.rows, total: page.value.total }, warnings: [] } : rows;
        },
        { kind: 'related', of },
      ),
    ],
  };
}

/** The drill-down panel: a stack of views (the newest on top), Back pops one. */
export class EntryDrillDown {
  views = $state.raw<DrillView[]>([]);
  readonly current = $derived(this.views.at(-1) ?? null);

  open(view: DrillView): void {
    this.views = [view];
  }

  push(view: DrillView): void {
    this.views = [...this.views, view];
  }

  back(): void {
    this.views = this.views.slice(0, -1);
  }

  close(): void {
    this.views = [];
  }
}

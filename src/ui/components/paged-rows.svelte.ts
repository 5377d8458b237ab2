// A long list kept in the worker, shown a page at a time: the first page arrives with the result, the rest
// are fetched as the virtual list scrolls to them (pages are never fetched twice at once).
import type { Result } from '../../core/problems';

const DEFAULT_PAGE = 200;

export type RowPageLoader<T> = (offset: number, limit: number) => Promise<Result<{ rows: T[] }>>;

export class PagedRows<T> {
  /** Loaded pages by page index; replaced whole when a page arrives. */
  pages = $state.raw<Readonly<Record<number, readonly T[]>>>({});
  error = $state<string | null>(null);
  /** Pages asked for and not yet arrived (not shown, so plain). */
  private pending: number[] = [];

  /** Rows per page: the length of the first page when more rows follow. */
  readonly pageSize: number;

  /**
   * `total` rows, of which `first` (page 0: a full page, or all rows when fewer) came with the result.
   * `load` fetches rows [offset, offset + limit).
   */
  constructor(
    readonly total: number,
    first: readonly T[],
    private readonly load: RowPageLoader<T>,
  ) {
    this.pageSize = first.length > 0 ? first.length : DEFAULT_PAGE;
    if (first.length > 0) this.pages = { 0: first };
  }

  row(index: number): T | undefined {
    return this.pages[Math.floor(index / this.pageSize)]?.[index % this.pageSize];
  }

  /** Loads the pages covering rows [start, end). */
  async ensure(start: number, end: number): Promise<void> {
    const last = Math.min(this.total, Math.max(start + 1, end)) - 1;
    const wanted: number[] = [];
    for (let p = Math.floor(start / this.pageSize); p <= Math.floor(last / this.pageSize); p++)
      if (!(p in this.pages) && !this.pending.includes(p)) wanted.push(p);
    await Promise.all(wanted.map((p) => this.fetchPage(p)));
  }

  private async fetchPage(p: number): Promise<void> {
    this.pending.push(p);
    try {
      const r = await this.load(p * this.pageSize, this.pageSize);
      if (!r.ok) {
        this.error = r.problems.map((x) => x.message).join(' ');
        return;
      }
      this.pages = { ...this.pages, [p]: r.value.rows };
    } finally {
      this.pending = this.pending.filter((x) => x !== p);
    }
  }
}

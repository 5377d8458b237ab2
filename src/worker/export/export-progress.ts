// Progress and cancel of an export: ledger rows written out of the rows to write, reported at most every
// 100 ms without waiting for the page (the export goes on), and a cancel taken at the next page of rows.
import { csvFileName } from '../../core/interchange';
import type { ExportSource, LedgerTableName } from '../../storage';
import type { ProgressCallback } from '../operations';

/** Thrown from inside a page of rows to stop the export; the use case turns it into `operation-cancelled`. */
export class ExportCancelled extends Error {
  override name = 'ExportCancelled';
}

const REPORT_EVERY_MS = 100;

export class ExportProgress {
  private done = 0;
  private reported = -Infinity;

  constructor(
    private readonly total: number,
    private readonly onProgress: ProgressCallback | undefined,
    private readonly cancelled: () => boolean,
  ) {}

  /** The source as the writers see it: each page of rows counted after it is written. */
  track(source: ExportSource): ExportSource {
    return {
      ...source,
      forEachPage: (table, options, onPage) =>
        source.forEachPage(table, options, (rows) => {
          onPage(rows);
          this.wrote(rows.length, table);
        }),
    };
  }

  private wrote(rows: number, table: LedgerTableName): void {
    this.done += rows;
    if (this.cancelled()) throw new ExportCancelled();
    const now = performance.now();
    if (now - this.reported < REPORT_EVERY_MS) return;
    this.reported = now;
    const fraction = this.total === 0 ? 1 : Math.min(1, this.done / this.total);
    // Not awaited: a page of rows is written inside a synchronous callback, and the page only shows it.
    void Promise.resolve()
      .then(() => this.onProgress?.({ stage: 'exporting', fraction, message: csvFileName(table) }))
      .catch(() => undefined);
  }
}

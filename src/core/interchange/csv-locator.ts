// Remembers the file and line of every CSV record, so problems found later (duplicates,
// references) still name `value-entries.csv line 118`. Records on consecutive lines are kept as
// runs, so a million one-line rows cost a few numbers, not two arrays of a million.
import type { RecordLocator } from './record-locator';

interface Place {
  file: number;
  line: number;
}

/** Runs of records at consecutive indexes on consecutive lines of one file, by first index. */
interface TablePlaces {
  startIndex: number[];
  startLine: number[];
  file: number[];
  length: number[];
  /** Index and line that would extend the last run. */
  nextIndex: number;
  nextLine: number;
  /** Records noted again, or out of order (a second file of a one-record table): the last note wins. */
  overrides: Map<number, Place>;
}

export class CsvLocator implements RecordLocator {
  private readonly fileNames: string[] = [];
  private readonly places = new Map<string, TablePlaces>();

  /** Notes where record `index` of `table` came from. */
  note(table: string, index: number, file: string, line: number): void {
    let fileNo = this.fileNames.indexOf(file);
    if (fileNo < 0) fileNo = this.fileNames.push(file) - 1;
    let p = this.places.get(table);
    if (!p) {
      p = { startIndex: [], startLine: [], file: [], length: [], nextIndex: 0, nextLine: 0, overrides: new Map() };
      this.places.set(table, p);
    }
    if (index < p.nextIndex) {
      p.overrides.set(index, { file: fileNo, line });
      return;
    }
    const last = p.file.length - 1;
    if (last >= 0 && index === p.nextIndex && line === p.nextLine && p.file[last] === fileNo) p.length[last]!++;
    else {
      p.startIndex.push(index);
      p.startLine.push(line);
      p.file.push(fileNo);
      p.length.push(1);
    }
    p.nextIndex = index + 1;
    p.nextLine = line + 1;
  }

  private place(table: string, index: number): Place | undefined {
    const p = this.places.get(table);
    if (!p || index < 0 || index >= p.nextIndex) return undefined;
    const override = p.overrides.get(index);
    if (override) return override;
    // The last run starting at or before `index` (an index in a gap after a run was never noted).
    let lo = 0;
    let hi = p.startIndex.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (p.startIndex[mid]! <= index) lo = mid;
      else hi = mid - 1;
    }
    const start = p.startIndex[lo]!;
    if (index < start || index >= start + p.length[lo]!) return undefined;
    return { file: p.file[lo]!, line: p.startLine[lo]! + (index - start) };
  }

  file(table: string, index: number): string | undefined {
    const place = this.place(table, index);
    return place ? this.fileNames[place.file] : undefined;
  }

  line(table: string, index: number): number | undefined {
    return this.place(table, index)?.line;
  }
}

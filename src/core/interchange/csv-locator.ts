// Remembers the file and line of every CSV record, so problems found later (duplicates,
// references) still name `value-entries.csv line 118`.
import type { RecordLocator } from './record-locator';

export class CsvLocator implements RecordLocator {
  private readonly fileNames: string[] = [];
  private readonly places = new Map<string, { file: number[]; line: number[] }>();

  /** Notes where record `index` of `table` came from. */
  note(table: string, index: number, file: string, line: number): void {
    let fileNo = this.fileNames.indexOf(file);
    if (fileNo < 0) fileNo = this.fileNames.push(file) - 1;
    let p = this.places.get(table);
    if (!p) this.places.set(table, (p = { file: [], line: [] }));
    p.file[index] = fileNo;
    p.line[index] = line;
  }

  file(table: string, index: number): string | undefined {
    const fileNo = this.places.get(table)?.file[index];
    return fileNo === undefined ? undefined : this.fileNames[fileNo];
  }

  line(table: string, index: number): number | undefined {
    return this.places.get(table)?.line[index];
  }
}

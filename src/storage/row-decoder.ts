// Stored ledger rows back as row objects, as readTableRows gives them (exceptions verbatim, strings from the
// dictionary), one row at a time for export pages; texts of repeated cells (dates, dimension sets) made once.
import type { DimensionSet } from '../core/model';
import { decodeCell, exceptionValue, type Scales } from './chunk-codec';
import { COLUMN_SPECS, type ColumnKind } from './column-specs';
import type { DictionaryWindow } from './dictionary-window';
import type { ChunkRecord, ColumnArray, LedgerTableName } from './records';
import { decodeDate, parseDimensionSetText } from './value-codecs';

type Row = Record<string, unknown>;

interface ChunkField {
  field: string;
  kind: ColumnKind;
  cells: ColumnArray;
  exceptions: Map<number, string> | undefined;
}

/** Entries a cache keeps before it starts again (dates and dimension sets repeat; a few distinct ones do not). */
const CACHE_LIMIT = 100_000;

/** `make(key)` once per distinct key; the cache starts over when full (a dataset may hold millions). */
function cached<V>(cache: Map<number, V>, key: number, make: (key: number) => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    value = make(key);
    cache.set(key, value);
  }
  return value;
}

export class RowDecoder {
  /** Each chunk's fields, prepared once (rows out of key order switch chunks from row to row). */
  private readonly prepared = new WeakMap<ChunkRecord, ChunkField[]>();
  private readonly dates = new Map<number, string>();
  private readonly dimensionSets = new Map<number, DimensionSet>();
  /** Made once: a closure per decoded row would be garbage on the hot path. */
  private readonly parseSet = (index: number): DimensionSet => parseDimensionSetText(this.dict.lookup(index));

  constructor(
    private readonly table: LedgerTableName,
    private readonly dict: DictionaryWindow,
    private readonly scales: Scales,
  ) {}

  /** Row `row` of `chunk` (whose dictionary pages the window holds). */
  row(chunk: ChunkRecord, row: number): Row {
    const fields = this.prepared.get(chunk) ?? this.prepare(chunk);
    const out: Row = {};
    for (const { field, kind, cells, exceptions } of fields) {
      const text = exceptions?.get(row);
      const cell = cells[row]!;
      if (text !== undefined) out[field] = exceptionValue(kind, text);
      else if (kind === 'string') out[field] = this.dict.lookup(cell);
      else if (kind === 'date') out[field] = this.date(cell);
      else if (kind === 'dimensions') out[field] = this.dimensionSet(cell);
      else out[field] = decodeCell(kind, cell, [], this.scales);
    }
    return out;
  }

  private prepare(chunk: ChunkRecord): ChunkField[] {
    const fields = COLUMN_SPECS[this.table].map(({ field, kind }) => {
      const cells = chunk.columns[field];
      if (!cells) throw new Error(`chunk lacks column ${field}`);
      const list = chunk.exceptions[field];
      return { field, kind, cells, exceptions: list?.length ? new Map(list) : undefined };
    });
    this.prepared.set(chunk, fields);
    return fields;
  }

  private date(day: number): string {
    return cached(this.dates, day, decodeDate);
  }

  /** The set at a dictionary index (shared by the rows that have it: writers only read it). */
  private dimensionSet(index: number): DimensionSet {
    return cached(this.dimensionSets, index, this.parseSet);
  }
}

// Line numbers for problems in a JSON dataset file. Built lazily (only when a problem is found)
// by one scan that notes where each top-level table's records start; a field's line is then
// found by scanning that one record.
import type { RecordLocator } from './record-locator';

interface Index {
  /** table → start offset of each record (single records: index 0). */
  starts: Map<string, number[]>;
  /** Offsets of every '\n'. */
  newlines: number[];
}

export function jsonLineLocator(text: string, file: string | undefined): RecordLocator {
  let index: Index | undefined;
  return {
    file: () => file,
    line(table, recordIndex, field) {
      index ??= buildIndex(text);
      const start = table === 'dataset' ? 0 : index.starts.get(table)?.[recordIndex];
      if (start === undefined) return undefined;
      const at = field !== undefined ? (findKey(text, start, field) ?? start) : start;
      return lineOf(index.newlines, at);
    },
  };
}

function buildIndex(text: string): Index {
  const starts = new Map<string, number[]>();
  const newlines: number[] = [];
  let depth = 0;
  let key = '';
  let expectKey = false;
  let current: number[] | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) newlines.push(i);
    if (c === 0x22) {
      const end = stringEnd(text, i);
      if (depth === 1 && expectKey) key = text.slice(i + 1, end - 1);
      else if (depth === 2 && current) current.push(i);
      for (let j = i; j < end; j++) if (text.charCodeAt(j) === 0x0a) newlines.push(j);
      i = end - 1;
      continue;
    }
    if (c === 0x7b || c === 0x5b) {
      if (depth === 1) {
        current = c === 0x5b ? [] : undefined;
        if (c === 0x5b) starts.set(key, current!);
        else starts.set(key, [i]);
      } else if (depth === 2 && current) current.push(i);
      depth++;
      expectKey = c === 0x7b && depth === 1;
    } else if (c === 0x7d || c === 0x5d) {
      depth--;
      if (depth === 1) current = undefined;
    } else if (depth === 1 && c === 0x2c) expectKey = true;
    else if (depth === 1 && c === 0x3a) expectKey = false;
    else if (depth === 2 && current && c !== 0x2c && c > 0x20) {
      current.push(i); // a scalar element: skip to its end
      while (i + 1 < text.length && !',]'.includes(text.charAt(i + 1))) i++;
    }
  }
  return { starts, newlines };
}

function stringEnd(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x5c) i += 2;
    else if (c === 0x22) return i + 1;
    else i++;
  }
  return text.length;
}

/** Offset of `"field"` as a key directly inside the object starting at `start`. */
function findKey(text: string, start: number, field: string): number | undefined {
  if (text.charCodeAt(start) !== 0x7b) return undefined;
  let depth = 0;
  const quoted = JSON.stringify(field);
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      const end = stringEnd(text, i);
      if (depth === 1 && text.slice(i, end) === quoted) return i;
      i = end - 1;
    } else if (c === 0x7b || c === 0x5b) depth++;
    else if (c === 0x7d || c === 0x5d) {
      depth--;
      if (depth === 0) return undefined;
    }
  }
  return undefined;
}

function lineOf(newlines: number[], offset: number): number {
  let lo = 0;
  let hi = newlines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (newlines[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo + 1;
}

// CSV files given as sources: planned from their heads, each text read once when its turn comes (setup
// first), with the same result as the same files given as text.
import { describe, expect, it } from 'vitest';
import { readDatasetCsv, type CsvSource } from '../../../src/core/interchange';

const FILES: Record<string, string> = {
  'gl-entries.csv':
    '\uFEFFentryNo,glAccountNo,postingDate,documentNo,amount\n1,2130,2026-01-05,D-1,10.50\n2,7290,2026-01-05,D-1,-10.50\n',
  'gl-accounts.csv': 'no,name\n2130,Inventory\n7290,COGS\n',
  'general-ledger-setup.csv': 'amountRoundingPrecision\n0.01\n',
};

function sources(log: string[]): CsvSource[] {
  return Object.entries(FILES).map(([name, text]) => ({
    name,
    head: () => text.slice(0, text.indexOf('\n') + 1),
    text: () => {
      log.push(name);
      return text;
    },
  }));
}

describe('readDatasetCsv from sources', () => {
  it('reads each text once, in table order, and gives what the texts give', () => {
    const log: string[] = [];
    const fromSources = readDatasetCsv(sources(log));
    const fromTexts = readDatasetCsv(Object.entries(FILES).map(([name, text]) => ({ name, text })));
    expect(fromSources).toEqual(fromTexts);
    if (!fromSources.ok) throw new Error('the files are valid');
    expect(fromSources.value.glEntries.map((e) => [e.entryNo, e.glAccountNo, e.amount])).toEqual([
      [1, '2130', '10.50'],
      [2, '7290', '-10.50'],
    ]);
    expect(log).toEqual(['general-ledger-setup.csv', 'gl-accounts.csv', 'gl-entries.csv']);
  });

  it('calls a file empty only when its whole text is blank', () => {
    const blank = (name: string, text: string): CsvSource => ({ name, head: () => '  ', text: () => text });
    const r = readDatasetCsv([blank('empty.csv', ' \n'), blank('gl-accounts.csv', '  no,name\n2130,Inventory\n')]);
    expect(r.ok ? [] : r.problems.map((p) => [p.code, p.where?.file])).toEqual([['file-empty', 'empty.csv']]);
  });
});

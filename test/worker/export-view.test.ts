// "Export view (CSV)": the page's grid of cells written as a CSV file named after the view; anything that is not
// a grid of texts of screen size is refused with a problem.
import { describe, expect, it } from 'vitest';
import { createEngineApi } from '../../src/worker/engine-api';
import { uniqueDbName } from '../storage/fixtures';
import { value } from './engine-fixtures';

function codes(r: { ok: boolean; problems?: { code: string }[] }): string[] {
  return r.ok ? [] : (r.problems ?? []).map((p) => p.code);
}

describe('export of the view on screen', () => {
  it('writes the cells as CSV named after the view, and refuses what is not a grid of texts', async () => {
    const api = createEngineApi({ dbName: uniqueDbName(), locks: null });
    const file = value(
      await api.exportViewCsv('Cronus demo reconciliation', [
        ['', 'Inventory'],
        ['Difference', '-54.99'],
      ]),
    );
    expect(file.name).toBe('cronus-demo-reconciliation.csv');
    expect(await file.data.text()).toBe(',Inventory\r\nDifference,-54.99\r\n');
    const bad = await api.exportViewCsv('x', [['a', 1]] as unknown as string[][]);
    expect(codes(bad)).toEqual(['value-invalid']);
    const huge = await api.exportViewCsv(
      'x',
      Array.from({ length: 1001 }, () => Array<string>(100).fill('1')),
    );
    expect(codes(huge)).toEqual(['value-invalid']);
  });
});

// The matrix as shown, as rows of cells: captions through the page's language, blank for zero, warning labels,
// and the Warning row and column only when shown.
import { describe, expect, it } from 'vitest';
import { matrixGrid } from '../../src/ui/components/matrix-grid';
import type { MatrixView } from '../../src/worker/engine-api';

const matrix: MatrixView = {
  rows: ['Inventory', 'Difference', 'Warning'],
  columns: ['Total', 'G/L Total', 'Difference', 'Warning'],
  cells: {
    'Inventory|Total': '55.01',
    'Inventory|G/L Total': '110.00',
    'Inventory|Difference': '-54.99',
    'Difference|Total': '0',
  },
  warnings: { 'Inventory|Warning': 'Post Cost to G/L' },
  causes: [],
  filtered: false,
};

const sv: Record<string, string> = { Inventory: 'Lager', Total: 'Totalt', Difference: 'Differens' };
const caption = (key: string) => sv[key] ?? key;
const warning = (label: string) => (label === '' ? '' : `SV: ${label}`);

describe('matrixGrid', () => {
  it('gives the shown cells with the captions and warning labels of the page', () => {
    expect(matrixGrid(matrix, true, caption, warning)).toEqual([
      ['', 'Totalt', 'G/L Total', 'Differens', 'Warning'],
      ['Lager', '55.01', '110.00', '-54.99', 'SV: Post Cost to G/L'],
      ['Differens', '', '', '', ''],
      ['Warning', '', '', '', ''],
    ]);
  });

  it('leaves out the Warning row and column when they are hidden', () => {
    expect(matrixGrid(matrix, false, caption, warning)).toEqual([
      ['', 'Totalt', 'G/L Total', 'Differens'],
      ['Lager', '55.01', '110.00', '-54.99'],
      ['Differens', '', '', ''],
    ]);
  });
});

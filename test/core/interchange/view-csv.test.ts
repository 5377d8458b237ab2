// A view exported as CSV: amounts stay numbers (a minus is a sign), texts that a spreadsheet would run as a
// formula get a leading ', texts with the delimiter, quotes or line breaks are quoted.
import { describe, expect, it } from 'vitest';
import { viewCell, writeViewCsv } from '../../../src/core/interchange/view-csv';

describe('view CSV', () => {
  it('writes amounts as numbers and neutralises formula-like texts', () => {
    expect(viewCell('-440881103.60')).toBe('-440881103.60');
    expect(viewCell('54.99')).toBe('54.99');
    expect(viewCell('7')).toBe('7');
    expect(viewCell('=SUM(A1:A9)')).toBe("'=SUM(A1:A9)");
    expect(viewCell('-cost')).toBe("'-cost");
    expect(viewCell('@A1')).toBe("'@A1");
    expect(viewCell('+46 8 123')).toBe("'+46 8 123");
    expect(viewCell('-1.2.3')).toBe("'-1.2.3");
  });

  it('quotes what needs quoting and ends every line with CRLF', () => {
    expect(
      writeViewCsv([
        ['', 'Inventory', 'Lager, netto'],
        ['Difference', '54.99', ''],
        ['Warning', 'Post "Cost" to G/L', 'two\nlines'],
      ]),
    ).toBe(',Inventory,"Lager, netto"\r\nDifference,54.99,\r\nWarning,"Post ""Cost"" to G/L","two\nlines"\r\n');
  });
});

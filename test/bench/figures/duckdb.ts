// DuckDB baseline on the same CSV files: load them into tables (duckdbLoadMs), and go from CSV straight
// to the grouped sums the reconciliation matrix needs (duckdbCsvToResultMs). Median of a few fresh runs.
import { DuckDBInstance } from '@duckdb/node-api';
import { join } from 'node:path';
import type { CsvDataset } from '../generator/csv-files';
import { errorText, median, timedAsync, type PartResult } from './types';

const RUNS = 3;
const VE_AMOUNTS = [
  'costAmountActual',
  'costAmountExpected',
  'costPostedToGL',
  'expectedCostPostedToGL',
  'salesAmountActual',
];
/** Exact decimals, as Costbook sums them, rather than DuckDB's sniffed DOUBLE. */
const TYPES: Record<string, Record<string, string>> = {
  'value-entries.csv': Object.fromEntries(VE_AMOUNTS.map((c) => [c, 'DECIMAL(18,2)'])),
  'gl-entries.csv': { amount: 'DECIMAL(18,2)', glAccountNo: 'VARCHAR' },
  'gl-item-ledger-relations.csv': { amount: 'DECIMAL(18,2)' },
};

function readCsv(dir: string, file: string): string {
  const types = TYPES[file];
  const typeArg = types
    ? `, types = {${Object.entries(types)
        .map(([k, v]) => `'${k}': '${v}'`)
        .join(', ')}}`
    : '';
  return `read_csv('${join(dir, file).replace(/'/g, "''")}', header = true${typeArg})`;
}

/** What the matrix needs from the ledgers: value entry sums per posting-rule key and setup key, G/L net change per account. */
function resultQueries(dir: string): string[] {
  return [
    `SELECT itemLedgerEntryType, entryType, varianceType, orderType, locationCode, inventoryPostingGroup,
            genBusPostingGroup, genProdPostingGroup,
            sum(costAmountActual) AS actual, sum(costAmountExpected) AS expected,
            sum(costPostedToGL) AS postedActual, sum(expectedCostPostedToGL) AS postedExpected, count(*) AS entries
       FROM ${readCsv(dir, 'value-entries.csv')}
      GROUP BY ALL`,
    `SELECT glAccountNo, sum(amount) AS netChange, count(*) AS entries
       FROM ${readCsv(dir, 'gl-entries.csv')}
      GROUP BY glAccountNo`,
  ];
}

async function loadOnce(data: CsvDataset): Promise<number> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    const { ms } = await timedAsync(async () => {
      for (const file of Object.keys(data.files)) {
        const table = file.replace(/\.csv$/, '').replace(/-/g, '_');
        await connection.run(`CREATE TABLE ${table} AS SELECT * FROM ${readCsv(data.dir, file)}`);
      }
    });
    return ms;
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

async function csvToResultOnce(data: CsvDataset): Promise<{ ms: number; groups: number; accounts: number }> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    const { value, ms } = await timedAsync(async () => {
      const [veQuery, glQuery] = resultQueries(data.dir) as [string, string];
      const ve = await connection.runAndReadAll(veQuery);
      const gl = await connection.runAndReadAll(glQuery);
      return { groups: ve.getRows().length, accounts: gl.getRows().length };
    });
    return { ms, ...value };
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

export async function duckdbFigures(data: CsvDataset): Promise<PartResult> {
  try {
    const loads: number[] = [];
    const results: number[] = [];
    let shape = { groups: 0, accounts: 0 };
    for (let i = 0; i < RUNS; i++) {
      loads.push(await loadOnce(data));
      const r = await csvToResultOnce(data);
      results.push(r.ms);
      shape = { groups: r.groups, accounts: r.accounts };
    }
    return {
      figures: { duckdbLoadMs: median(loads), duckdbCsvToResultMs: median(results) },
      notes: [],
      details: { duckdbLoadRunsMs: loads, duckdbCsvToResultRunsMs: results, duckdbResultShape: shape },
    };
  } catch (e) {
    return { figures: { duckdbLoadMs: null, duckdbCsvToResultMs: null }, notes: [`DuckDB failed: ${errorText(e)}`] };
  }
}

// Scenarios 01–10 (transaction level) are the engine's acceptance tests: every item ledger entry,
// value entry and G/L entry they expect must come out exactly.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCostingScenario, SCENARIO_DIR } from './scenario-harness';

const files = readdirSync(SCENARIO_DIR)
  .filter((f) => /^(0\d|10)-.*\.json$/.test(f))
  .sort();

describe('transaction-level scenarios', () => {
  it('finds the ten scenario files', () => {
    expect(files.length).toBe(10);
  });
  for (const file of files) {
    it(file, () => {
      const report = runCostingScenario(`${SCENARIO_DIR}/${file}`);
      expect(report.status === 'fail' ? report.mismatches : []).toEqual([]);
      expect(report.status).toBe('pass');
    });
  }
});

// The columnar path against the row-object batch job on the shared scenarios' datasets: at every
// Post Inventory Cost to G/L and test-report step, before the step runs, both paths post the dataset
// per posting group (with the step's filters) and must agree on everything.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  defaultActions,
  parseScenarioText,
  runScenario,
  StepFields,
  type ActionHandler,
} from '../../../../src/core/scenarios';
import type { PostInventoryCostRequest } from '../../../../src/core/posting';
import { expectSamePosting } from './same-posting';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const folder = process.env.COSTBOOK_SCENARIOS ?? resolve(repoRoot, '../shared/scenarios');
const files = readdirSync(folder)
  .filter((n) => n.endsWith('.json'))
  .sort();

function comparing(action: string, seen: { steps: number }): ActionHandler {
  const handler = defaultActions[action]!;
  return (state, step) => {
    const fields = new StepFields(step);
    const req: PostInventoryCostRequest = {
      postingMethod: 'Per Posting Group',
      documentNo: fields.optionalString('documentNo') ?? 'COLUMNAR',
      post: true,
    };
    const itemFilter = fields.optionalString('itemFilter');
    const dateFilter = fields.optionalString('dateFilter');
    if (itemFilter !== undefined) req.itemFilter = itemFilter;
    if (dateFilter !== undefined) req.dateFilter = dateFilter;
    expectSamePosting(state.dataset, req);
    expectSamePosting(state.dataset, { ...req, post: false }, { reportLineLimit: 1 });
    seen.steps++;
    return handler(state, step);
  };
}

describe('columnar posting on the scenarios', () => {
  it('finds the shared scenarios', () => expect(files.length).toBeGreaterThan(0));

  for (const name of files) {
    const parsed = parseScenarioText(readFileSync(join(folder, name), 'utf8'), { file: name });
    if (!parsed.ok) continue;
    const posts = parsed.value.steps.some((s) => s.action === 'postInventoryCostToGL' || s.action === 'testReport');
    if (!posts) continue;
    it(`${name}: both paths post the same`, () => {
      const seen = { steps: 0 };
      const report = runScenario(parsed.value, {
        ...defaultActions,
        postInventoryCostToGL: comparing('postInventoryCostToGL', seen),
        testReport: comparing('testReport', seen),
      });
      expect(report.status).toBe('pass');
      expect(seen.steps).toBeGreaterThan(0);
    });
  }
});

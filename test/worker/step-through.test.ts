// Scenario step-through through the engine API: scenario 01's steps one at a time, with the value
// entries and G/L entries its file expects (Ex. 1: 70.00 direct cost, 10.00 overhead).
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEngineApi } from '../../src/worker/engine-api';
import { uniqueDbName } from '../storage/fixtures';
import { value } from './engine-fixtures';

const text = readFileSync(new URL('../e2e/fixtures/01-purchase-overhead-sale-per-entry.json', import.meta.url), 'utf8');

describe('scenario step-through', () => {
  it('runs scenario 01 step by step, each step passing', async () => {
    const api = createEngineApi({ dbName: uniqueDbName(), locks: null });
    const session = value(await api.openScenario(text, '01.json'));
    expect(session.steps.map((s) => s.action)).toEqual(['purchase', 'sale', 'postInventoryCostToGL', 'reconcile']);
    expect(session.steps[0]!.fields).toContainEqual(['itemNo', 'ITEM1']);
    expect(session.missingActions).toEqual([]);

    const purchase = value(await api.runScenarioStep(session.sessionId));
    expect(purchase.passed).toBe(true);
    expect(purchase.valueEntries.map((e) => [e.entryType, e.costAmountActual])).toEqual([
      ['Direct Cost', '70.00'],
      ['Indirect Cost', '10.00'],
    ]);
    expect(purchase.glEntries).toEqual([]);

    const sale = value(await api.runScenarioStep(session.sessionId));
    expect(sale.valueEntries.map((e) => e.costAmountActual)).toEqual(['-80.00']);
    const post = value(await api.runScenarioStep(session.sessionId));
    expect(post.passed).toBe(true);
    expect(post.glEntries.filter((e) => e.glAccountNo === '2130').map((e) => e.amount)).toEqual([
      '70.00',
      '10.00',
      '-80.00',
    ]);
    const reconcile = value(await api.runScenarioStep(session.sessionId));
    expect(reconcile.passed).toBe(true);
    expect(reconcile.matrix?.cells['Direct Cost Applied|Inventory']).toBe('-70.00');

    const done = await api.runScenarioStep(session.sessionId);
    expect(done.ok).toBe(false);

    value(await api.resetScenario(session.sessionId));
    expect(value(await api.runScenarioStep(session.sessionId)).valueEntries).toHaveLength(2);
  });

  it('reports a failed expectation with its mismatch line', async () => {
    const api = createEngineApi({ dbName: uniqueDbName(), locks: null });
    const broken = text.replace('"directUnitCost": "7"', '"directUnitCost": "6"');
    const session = value(await api.openScenario(broken));
    const step = value(await api.runScenarioStep(session.sessionId));
    expect(step.passed).toBe(false);
    expect(step.mismatches.some((m) => m.startsWith('step 1 purchase:') && m.includes('70.00'))).toBe(true);
  });

  it('refuses a file that is not a scenario, with the problem located', async () => {
    const api = createEngineApi({ dbName: uniqueDbName(), locks: null });
    const r = await api.openScenario('{"format": "other"}', 'x.json');
    expect(r.ok ? [] : r.problems.map((p) => [p.code, p.where?.file])).toEqual([['format-unknown', 'x.json']]);
  });

  it('saves the scenario dataset after a step as a new dataset', async () => {
    const api = createEngineApi({ dbName: uniqueDbName(), locks: null });
    const session = value(await api.openScenario(text));
    value(await api.runScenarioStep(session.sessionId));
    const saved = value(await api.saveScenarioDataset(session.sessionId));
    expect([saved.counts.valueEntries, saved.counts.itemLedgerEntries]).toEqual([2, 1]);
  });
});

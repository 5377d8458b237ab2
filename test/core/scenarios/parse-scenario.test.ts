// Reading scenario files: the envelope and its version, typos in actions and expectation keys,
// and the embedded dataset loaded with BC's defaults and upper-case codes.
import { describe, expect, it } from 'vitest';
import {
  formatScenarioReport,
  formatSummary,
  parseScenario,
  parseScenarioText,
  runScenarioText,
  type ScenarioReport,
} from '../../../src/core/scenarios';
import { scenario } from './fixtures';

const codes = (r: { ok: boolean; problems?: { code: string }[] }): string[] => (r.problems ?? []).map((p) => p.code);

describe('parseScenario', () => {
  it('reads the envelope and loads the dataset with defaults and upper-case codes', () => {
    const r = parseScenario(scenario([], { dataset: { locations: [{ code: 'blue' }] } }));
    expect(r.ok && r.value.dataset.locations).toEqual([{ code: 'BLUE', name: '' }]);
    expect(r.ok && r.value.workDate).toBe('2020-01-31');
    expect(r.ok && r.value.dataset.workDate).toBe('2020-01-31');
  });

  it('refuses a newer version with a clear problem', () => {
    const r = parseScenario(scenario([], { version: 2 }), { file: 'new.json' });
    expect(codes(r)).toEqual(['format-version-too-new']);
    expect(!r.ok && r.problems[0]?.where).toMatchObject({ file: 'new.json', field: 'version', value: '2' });
  });

  it('refuses another format', () => {
    expect(codes(parseScenario(scenario([], { format: 'costbook-dataset' })))).toEqual(['format-unknown']);
  });

  it('refuses an unknown action and an unknown expectation key (typos would otherwise pass silently)', () => {
    const r = parseScenario(scenario([{ action: 'purchse' }, { action: 'reconcile', expect: { matrx: {} } }]));
    expect(codes(r)).toEqual(['value-invalid', 'field-unknown']);
  });

  it('refuses a dataset field interchange does not know', () => {
    const r = parseScenario(scenario([], { dataset: { items: [{ no: 'A', costingMthod: 'FIFO' }] } }));
    expect(codes(r)).toEqual(['field-unknown']);
  });

  it('reports JSON syntax errors and empty files', () => {
    expect(codes(parseScenarioText('{ "format": ', { file: 'x.json' }))).toEqual(['json-syntax-error']);
    expect(codes(parseScenarioText('  \n'))).toEqual(['file-empty']);
  });
});

describe('report text', () => {
  it('fails a file that cannot be parsed, naming the problem', () => {
    const report = runScenarioText(JSON.stringify(scenario([], { version: 3 })), { file: 'v3.json' });
    expect(report.status).toBe('fail');
    expect(formatScenarioReport(report)[0]).toBe('FAIL v3.json');
    expect(formatScenarioReport(report)[1]).toMatch(
      /^ {2}format-version-too-new: v3\.json, field version: scenario version 3 is newer/,
    );
  });

  it('prints PASS, FAIL with indented mismatches, TODO with its actions, and the summary lines', () => {
    const reports: ScenarioReport[] = [
      { status: 'pass', title: 'A' },
      { status: 'fail', title: 'B', mismatches: ['step 1 x: y'] },
      { status: 'todo', title: 'C', missingActions: ['purchase', 'sale'] },
    ];
    expect(reports.flatMap(formatScenarioReport)).toEqual([
      'PASS A',
      'FAIL B',
      '  step 1 x: y',
      'TODO C (action purchase, sale)',
    ]);
    expect(formatSummary(reports)).toEqual(['1 passed, 1 failed', '1 todo']);
    expect(formatSummary(reports.slice(0, 1))).toEqual(['1 passed, 0 failed']);
  });
});

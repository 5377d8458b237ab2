// One test per scenario file in ../shared/scenarios (or $COSTBOOK_SCENARIOS) and in our own
// test/scenarios/extra, read at run time: a new scenario needs no code. Files whose actions have no
// handler yet are `it.todo`, never passed.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { missingActions, parseScenarioText, runScenarioText } from '../../src/core/scenarios';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const folders = [
  process.env.COSTBOOK_SCENARIOS ?? resolve(repoRoot, '../shared/scenarios'),
  resolve(repoRoot, 'test/scenarios/extra'),
];

for (const folder of folders) describeFolder(folder);

function describeFolder(folder: string): void {
  const files = existsSync(folder)
    ? readdirSync(folder)
        .filter((name) => name.endsWith('.json'))
        .sort()
    : [];

  describe(`scenarios in ${folder}`, () => {
    it('the folder holds scenario files', () => {
      expect(files.length, `no *.json scenario files in ${folder}`).toBeGreaterThan(0);
    });

    for (const name of files) {
      const text = readFileSync(join(folder, name), 'utf8');
      const parsed = parseScenarioText(text, { file: name });
      const missing = parsed.ok ? missingActions(parsed.value) : [];
      if (parsed.ok && missing.length > 0) {
        it.todo(`${name}: ${parsed.value.title} (action ${missing.join(', ')})`);
        continue;
      }
      it(parsed.ok ? `${name}: ${parsed.value.title}` : name, () => {
        const report = runScenarioText(text, { file: name });
        expect(report.status === 'fail' ? report.mismatches : []).toEqual([]);
        expect(report.status).toBe('pass');
      });
    }
  });
}

// Sums the Vitest and Playwright JSON reports into one `N passed, N failed` line.
// A failed `npm test` with no failing test (format, lint, typecheck, a server that did not start) counts as 1 failed.
import { existsSync, readFileSync } from 'node:fs';

const status = Number(process.argv[2] ?? '0');

function readReport(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
}

const vitest = readReport('test-results/reports/vitest.json');
const playwright = readReport('test-results/reports/playwright.json');

const passed = (vitest?.numPassedTests ?? 0) + (playwright?.stats?.expected ?? 0) + (playwright?.stats?.flaky ?? 0);
let failed = (vitest?.numFailedTests ?? 0) + (playwright?.stats?.unexpected ?? 0);
// A test file that fails to load (syntax error, missing module) has no tests but is a failure.
failed += (vitest?.testResults ?? []).filter(
  (file) => file.status === 'failed' && !file.assertionResults?.length,
).length;
if (playwright?.errors?.length) failed += playwright.errors.length;
if (status !== 0 && failed === 0) failed = 1;

console.log(`${passed} passed, ${failed} failed`);

// The runner's text output (scenario-format.md): PASS/FAIL/TODO per file, mismatches indented,
// then "N passed, N failed" and, when any, "N todo".
import type { ScenarioReport } from './types';

export function formatScenarioReport(report: ScenarioReport): string[] {
  switch (report.status) {
    case 'pass':
      return [`PASS ${report.title}`];
    case 'fail':
      return [`FAIL ${report.title}`, ...report.mismatches.map((m) => `  ${m}`)];
    case 'todo':
      return [`TODO ${report.title} (action ${report.missingActions.join(', ')})`];
  }
}

export function formatSummary(reports: readonly ScenarioReport[]): string[] {
  const count = (status: ScenarioReport['status']): number => reports.filter((r) => r.status === status).length;
  const lines = [`${count('pass')} passed, ${count('fail')} failed`];
  if (count('todo') > 0) lines.push(`${count('todo')} todo`);
  return lines;
}

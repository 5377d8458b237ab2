// `npm run scenario -- FILE…`: runs scenario files (a folder runs every *.json in it) and prints
// PASS/FAIL/TODO per file, then "N passed, N failed" (and "N todo"); exits 1 on any failure.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { formatScenarioReport, formatSummary, runScenarioText, type ScenarioReport } from '../core/scenarios';

function expand(arg: string): string[] {
  try {
    if (statSync(arg).isDirectory()) {
      return readdirSync(arg)
        .filter((name) => name.endsWith('.json'))
        .sort()
        .map((name) => join(arg, name));
    }
  } catch {
    // not there: reading it below reports the error
  }
  return [arg];
}

function runFile(path: string): ScenarioReport {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return { status: 'fail', title: path, mismatches: [`cannot read the file: ${reason}`] };
  }
  const report = runScenarioText(text, { file: basename(path) });
  // A file that is not a scenario is named by its path, as the title is unknown.
  return report.status === 'fail' && report.title === basename(path) ? { ...report, title: path } : report;
}

function main(args: string[]): number {
  if (args.length === 0 || args.includes('--help')) {
    console.log('usage: npm run scenario -- FILE|FOLDER…');
    return args.length === 0 ? 2 : 0;
  }
  const reports = args.flatMap(expand).map((path) => {
    const report = runFile(path);
    for (const line of formatScenarioReport(report)) console.log(line);
    return report;
  });
  for (const line of formatSummary(reports)) console.log(line);
  return reports.some((r) => r.status === 'fail') || reports.length === 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));

// The machine a bench ran on, so figures from different laptops are not compared blindly.
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './node/optional-module';

export interface MachineInfo {
  cores: number;
  cpuModel: string;
  memoryGB: number;
  platform: string;
  node: string;
  duckdb: string | null;
  browser: string | null;
  /** 1-minute load average when the bench started: other work on the machine skews the figures. */
  loadAverageAtStart: number;
  loadAverageAtEnd: number | null;
}

function packageVersion(name: string): string | null {
  try {
    return (
      JSON.parse(readFileSync(join(REPO_ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }
    ).version;
  } catch {
    return null;
  }
}

export function currentLoadAverage(): number {
  return loadavg()[0] ?? 0;
}

export function machineInfo(): MachineInfo {
  return {
    cores: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    platform: `${platform()} ${release()}`,
    node: process.version,
    duckdb: packageVersion('@duckdb/node-api'),
    browser: null,
    loadAverageAtStart: loadavg()[0] ?? 0,
    loadAverageAtEnd: null,
  };
}

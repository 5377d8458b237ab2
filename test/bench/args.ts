// Command-line flags of npm run bench: --n 100000, --seed 7, --skip-browser, --skip-duckdb, --skip-node, --out file.
import { join } from 'node:path';
import { REPO_ROOT } from './node/optional-module';

export interface BenchArgs {
  n: number;
  seed: number;
  skipBrowser: boolean;
  skipDuckdb: boolean;
  skipNode: boolean;
  dataDir: string;
  out: string;
}

export function parseArgs(argv: readonly string[]): BenchArgs {
  const args: BenchArgs = {
    n: 1_000_000,
    seed: 1,
    skipBrowser: false,
    skipDuckdb: false,
    skipNode: false,
    dataDir: join(REPO_ROOT, 'bench', 'data'),
    out: join(REPO_ROOT, 'bench', 'results.json'),
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    if (flag === '--n') args.n = positiveInt(flag, value().replace(/_/g, ''));
    else if (flag === '--seed') args.seed = positiveInt(flag, value());
    else if (flag === '--skip-browser') args.skipBrowser = true;
    else if (flag === '--skip-duckdb') args.skipDuckdb = true;
    else if (flag === '--skip-node') args.skipNode = true;
    else if (flag === '--data-dir') args.dataDir = value();
    else if (flag === '--out') args.out = value();
    else
      throw new Error(
        `unknown flag ${flag} (known: --n, --seed, --skip-browser, --skip-duckdb, --skip-node, --data-dir, --out)`,
      );
  }
  return args;
}

function positiveInt(flag: string, text: string): number {
  const v = Number(text);
  if (!Number.isSafeInteger(v) || v < 1) throw new Error(`${flag} must be a positive integer, got ${text}`);
  return v;
}

// Builds the bench page (page/index.html + the app's engine client and worker) with Vite into bench/data/page.
import { join } from 'node:path';
import { build } from 'vite';
import { REPO_ROOT } from '../node/optional-module';

export async function buildBenchPage(): Promise<string> {
  const outDir = join(REPO_ROOT, 'bench', 'data', 'page');
  await build({
    configFile: false,
    root: join(import.meta.dirname, 'page'),
    base: './',
    logLevel: 'error',
    worker: { format: 'es' },
    build: { outDir, emptyOutDir: true, target: 'es2022', sourcemap: false },
  });
  return outDir;
}

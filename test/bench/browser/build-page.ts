// Builds the bench page (page/index.html + the app's engine client and worker) with Vite into <data dir>/page.
import { join } from 'node:path';
import { build } from 'vite';

export async function buildBenchPage(dataDir: string): Promise<string> {
  const outDir = join(dataDir, 'page');
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

// Proves the ESLint layer rules: a forbidden import in each layer is reported by `no-restricted-imports`.
// Lints in-memory text under fake paths with the repo's real config, so no file in src/ is touched.
// Type-aware parsing is switched off for the probes: the files do not exist, and layer rules need no types.
import { ESLint } from 'eslint';
import ts from 'typescript-eslint';
import { beforeAll, describe, expect, it, vi } from 'vitest';

const eslint = new ESLint({
  cwd: process.cwd(),
  overrideConfig: { files: ['**/*.ts', '**/*.svelte'], ...ts.configs.disableTypeChecked },
});
const rule = '@typescript-eslint/no-restricted-imports';

// Loading ESLint's parsers and plugins takes seconds on a busy machine; do it once, outside the test timeouts.
vi.setConfig({ testTimeout: 20_000 });
beforeAll(async () => {
  await eslint.lintText('export {};\n', { filePath: 'src/core/warm-up.ts' });
}, 60_000);

/** The layer-rule messages ESLint reports for `code` as if it were the file at `path`. */
async function layerErrors(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path });
  const fatal = result!.messages.filter((m) => m.fatal);
  expect(fatal, 'the probe must parse').toEqual([]);
  return result!.messages.filter((m) => m.ruleId === rule).map((m) => m.message);
}

describe('core is pure', () => {
  it.each([
    ["import Dexie from 'dexie';", 'dexie'],
    ["import * as Comlink from 'comlink';", 'comlink'],
    ["import { mount } from 'svelte';", 'svelte'],
    ["import { db } from '../../storage/db';", 'storage'],
    ["import type { EngineApi } from '../../worker/engine-api';", 'worker (even types)'],
    ["import { i18n } from '../../ui/i18n/i18n.svelte';", 'ui'],
  ])('rejects %s (%s)', async (importLine) => {
    const errors = await layerErrors('src/core/posting/probe.ts', `${importLine}\nexport const probe = 1;\n`);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('src/core is pure');
  });

  it('accepts imports inside core', async () => {
    const errors = await layerErrors(
      'src/core/posting/probe.ts',
      "import type { Problem } from '../problems';\nexport type Probe = Problem;\n",
    );
    expect(errors).toEqual([]);
  });
});

describe('only storage imports dexie', () => {
  it('accepts dexie in src/storage', async () => {
    const errors = await layerErrors(
      'src/storage/probe.ts',
      "import Dexie from 'dexie';\nexport const probe = Dexie;\n",
    );
    expect(errors).toEqual([]);
  });

  it.each(['src/worker/probe.ts', 'src/ui/probe.ts'])('rejects dexie in %s', async (path) => {
    const errors = await layerErrors(path, "import Dexie from 'dexie';\nexport const probe = Dexie;\n");
    expect(errors).toEqual([expect.stringContaining('Only src/storage imports dexie')]);
  });
});

describe('only the worker entry and ui/engine-client.ts import comlink', () => {
  const code = "import * as Comlink from 'comlink';\nexport const probe = Comlink.wrap;\n";

  it.each(['src/worker/engine.worker.ts', 'src/ui/engine-client.ts'])('accepts comlink in %s', async (path) => {
    expect(await layerErrors(path, code)).toEqual([]);
  });

  it.each(['src/ui/state/probe.svelte.ts', 'src/ui/probe.ts', 'src/worker/engine-api.ts', 'src/storage/probe.ts'])(
    'rejects comlink in %s',
    async (path) => {
      expect(await layerErrors(path, code)).toEqual([expect.stringContaining('import comlink')]);
    },
  );

  it('rejects comlink in a Svelte component', async () => {
    const component = `<script lang="ts">\n  import * as Comlink from 'comlink';\n  const probe = Comlink.wrap;\n</script>\n\n{typeof probe}\n`;
    expect(await layerErrors('src/ui/pages/Probe.svelte', component)).toEqual([
      expect.stringContaining('import comlink'),
    ]);
  });
});

describe('ui imports worker and core types only', () => {
  it('accepts `import type` from worker and core', async () => {
    const code =
      "import type { EngineApi } from '../worker/engine-api';\nimport type { Problem } from '../core/problems';\nexport type Probe = [EngineApi, Problem];\n";
    expect(await layerErrors('src/ui/probe.ts', code)).toEqual([]);
  });

  it.each([
    ["import { createEngineApi } from '../worker/engine-api';\nexport const probe = createEngineApi;\n"],
    ["import { PROBLEM_CODES } from '../core/problems';\nexport const probe = PROBLEM_CODES;\n"],
  ])('rejects a value import: %s', async (code) => {
    expect(await layerErrors('src/ui/probe.ts', code)).toEqual([expect.stringContaining('import type')]);
  });
});

// The engine API answers directly (as Node code) and through Comlink over a MessageChannel, as the UI calls it.
import { readFileSync } from 'node:fs';
import * as Comlink from 'comlink';
import { afterEach, describe, expect, it } from 'vitest';
import { createEngineApi, type EngineApi } from '../../src/worker/engine-api';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

describe('engine API', () => {
  it('reports the package version as the engine version', async () => {
    expect(await createEngineApi().engineVersion()).toBe(version);
  });

  describe('through Comlink', () => {
    const channel = new MessageChannel();
    afterEach(() => {
      channel.port1.close();
      channel.port2.close();
    });

    it('answers engineVersion() across the message boundary', async () => {
      Comlink.expose(createEngineApi(), channel.port1);
      const remote = Comlink.wrap<EngineApi>(channel.port2);
      expect(await remote.engineVersion()).toBe(version);
    });
  });
});

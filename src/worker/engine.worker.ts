// Web Worker entry: exposes the engine API to the UI thread through Comlink.
// The only worker file that imports comlink.
import * as Comlink from 'comlink';
import { createEngineApi } from './engine-api';

Comlink.expose(createEngineApi());

// How Chromium's IndexedDB reads typed arrays of various record sizes with one getAll (fresh page each read):
// the measurement behind column-records.ts's inline limit (values under 64 KiB stay in LevelDB, slower in bulk).
// Usage: npx tsx test/bench/browser/idb-record-sizes.ts
import { chromium } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS } from './run-chromium';
import { serveStatic } from './static-server';

const LAYOUTS = [
  { count: 400, bytes: 50_000 },
  { count: 400, bytes: 70_000 },
  { count: 200, bytes: 100_000 },
  { count: 100, bytes: 200_000 },
  { count: 10, bytes: 2_000_000 },
];
const READS = 3;

const dir = mkdtempSync(join(tmpdir(), 'idb-sizes-'));
writeFileSync(join(dir, 'index.html'), '<!doctype html><title>idb</title>');
const { server, origin } = await serveStatic({ '/': dir });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: CHROMIUM_ARGS,
});
try {
  const context = await browser.newContext();
  // tsx names functions through a __name helper the page does not have
  await context.addInitScript('window.__name = (f) => f');
  for (const { count, bytes } of LAYOUTS) {
    const name = `s${count}x${bytes}`;
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    await page.evaluate(
      async ({ name, count, bytes }) => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const r = indexedDB.open(name, 1);
          r.onupgradeneeded = () => r.result.createObjectStore('s');
          r.onsuccess = () => resolve(r.result);
          r.onerror = () => reject(new Error(String(r.error)));
        });
        await new Promise<void>((resolve, reject) => {
          const tx = db.transaction('s', 'readwrite');
          for (let i = 0; i < count; i++) {
            const a = new Int32Array(bytes / 4);
            for (let j = 0; j < a.length; j++) a[j] = (Math.random() * 1e9) | 0; // incompressible
            tx.objectStore('s').put(a, i);
          }
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(new Error(String(tx.error)));
        });
        db.close();
      },
      { name, count, bytes },
    );
    await page.close();
    const ms: number[] = [];
    for (let k = 0; k < READS; k++) {
      const reader = await context.newPage();
      await reader.goto(`${origin}/`);
      ms.push(
        await reader.evaluate(async (name) => {
          const db = await new Promise<IDBDatabase>((resolve) => {
            const r = indexedDB.open(name, 1);
            r.onsuccess = () => resolve(r.result);
          });
          const started = performance.now();
          await new Promise<void>((resolve) => {
            const r = db.transaction('s').objectStore('s').getAll();
            r.onsuccess = () => resolve();
          });
          db.close();
          return performance.now() - started;
        }, name),
      );
      await reader.close();
    }
    const mb = (count * bytes) / 1e6;
    const perMB = ms.map((m) => (m / mb).toFixed(1)).join(' ');
    process.stdout.write(
      `${count} × ${bytes / 1000} kB (${mb} MB): getAll ${ms.map((m) => m.toFixed(0)).join(' ')} ms = ${perMB} ms/MB\n`,
    );
  }
} finally {
  await browser.close();
  server.close();
}

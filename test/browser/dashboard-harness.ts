import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { chromium, type Browser } from 'playwright-core';
import { createApi } from '../../src/server/create-api.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { runCli } from '../cli/run-cli.js';

/** Debian's Chromium, which `.ci/run` installs; Playwright never downloads a browser of its own. */
export const CHROMIUM = '/usr/bin/chromium';
/** Where `npm run build` puts the dashboard. */
export const WEB = fileURLToPath(new URL('../../dist/web/', import.meta.url));
const DEMO = fileURLToPath(new URL('../../data/demo/', import.meta.url));

/**
 * The flags this machine's Chromium needs: no sandbox (it runs as root in CI), no GPU, and no
 * background networking (the network is closed: Chromium's own connections would be refused).
 */
export const CHROMIUM_ARGS = Object.freeze([
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-default-apps', '--disable-extensions', '--mute-audio',
]);

/** A dashboard served over a demo store, and a browser to look at it. */
export interface DashboardHarness {
  readonly url: string;
  readonly browser: Browser;
  close(): Promise<void>;
}

/**
 * Builds a store from every team-written demo file with the real coder (`parley ingest`), serves
 * it and the built dashboard on a free loopback port, and starts headless Chromium. Fails, never
 * skips, when Chromium or the built dashboard is missing.
 */
export async function startDashboard(): Promise<DashboardHarness> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is missing at ${CHROMIUM}: the dashboard's browser tests need Debian's chromium (apt-get install -y chromium; .ci/run installs it)`);
  }
  if (!existsSync(join(WEB, 'index.html'))) throw new Error(`the dashboard is not built (no ${WEB}index.html): run npm run build`);
  const dir = mkdtempSync(join(tmpdir(), 'parley-browser-'));
  const db = join(dir, 'demo.db');
  const inputs = readdirSync(DEMO).filter((f) => f.endsWith('.jsonl')).sort().map((f) => join(DEMO, f));
  const run = await runCli(['ingest', '--db', db, ...inputs]);
  if (run.code !== 0) throw new Error(`ingest of the demo store failed: ${run.stderr}`);
  const store: Store = openStore(db, { readonly: true });
  const app = createApi({ db: store, web: WEB, onFailure: (e) => console.error(e) });
  const server = await new Promise<Server>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s as Server));
  });
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...CHROMIUM_ARGS] });
  return {
    url: `http://127.0.0.1:${port}/`,
    browser,
    async close() {
      await browser.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      store.close();
    },
  };
}

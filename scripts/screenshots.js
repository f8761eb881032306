// Saves a PNG of each view of the dashboard under docs/screenshots/, from a store of the demo
// articles: `npm run screenshots` (it builds first). Drives Debian's Chromium (/usr/bin/chromium).
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { chromium } from 'playwright-core';
import { main } from '../dist/src/cli/main.js';
import { createApi } from '../dist/src/server/create-api.js';
import { openStore } from '../dist/src/store/open-store.js';

const CHROMIUM = '/usr/bin/chromium';
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WEB = join(ROOT, 'dist/web');
const OUT = join(ROOT, 'docs/screenshots');
const DEMO = join(ROOT, 'data/demo');
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

if (!existsSync(CHROMIUM)) throw new Error(`Chromium is missing at ${CHROMIUM}: apt-get install -y chromium`);
if (!existsSync(join(WEB, 'index.html'))) throw new Error('the dashboard is not built: run npm run build');

const dir = mkdtempSync(join(tmpdir(), 'parley-shots-'));
const db = join(dir, 'demo.db');
const inputs = readdirSync(DEMO).filter((f) => f.endsWith('.jsonl')).sort().map((f) => join(DEMO, f));
if (await main(['ingest', '--db', db, ...inputs]) !== 0) throw new Error('ingest of the demo articles failed');
const store = openStore(db, { readonly: true });
const server = await new Promise((resolve) => {
  const s = serve({ fetch: createApi({ db: store, web: WEB }).fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
});
const url = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
mkdirSync(OUT, { recursive: true });

try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  page.on('request', (r) => { if (!r.url().startsWith(url) && !r.url().startsWith('data:')) throw new Error(`request to ${r.url()}`); });
  const ready = async (...ids) => { for (const id of ids) await page.waitForSelector(`#${id}[data-state="ready"]`, { timeout: 20_000 }); await page.waitForTimeout(300); };
  const shot = async (name, selector) => {
    const path = join(OUT, `${name}.png`);
    if (selector) await page.locator(selector).screenshot({ path });
    else await page.screenshot({ path });
    console.log(`saved ${path}`);
  };

  // The whole dashboard as it opens.
  await page.goto(url);
  await ready('timeline', 'map', 'network', 'events');
  console.log(`first view drawn ${await page.locator('html').getAttribute('data-first-view-ms')} ms after navigation`);
  await shot('dashboard');

  // Timeline, map, network and table: the events of February to April.
  await page.goto(`${url}#from=2015-02-01&to=2015-04-30`);
  await page.reload();
  await ready('timeline', 'map', 'network', 'events');
  await shot('timeline', '#timeline');
  await page.locator('#map .cluster').first().click();
  await page.waitForSelector('#map .map-events .event-item');
  await shot('map', '#map');
  await shot('network', '#network');
  await shot('table', '#events');

  // Search, then the reader on a hit; then the reader on an event of a dyad.
  await page.fill('#search-input', 'ceasefire');
  await page.click('#search button[type="submit"]');
  await page.waitForSelector('#search .search-hit');
  await shot('search', '#search');

  await page.goto(`${url}#dyad=USA,CUB`);
  await page.reload();
  await ready('events');
  await page.locator('#events tr.event-row').filter({ hasText: 'CUB' }).first().click();
  await page.waitForSelector('#reader[data-state="ready"] mark.evidence');
  await page.waitForTimeout(300);
  await shot('reader');
} finally {
  await browser.close();
  server.close();
  store.close();
  rmSync(dir, { recursive: true, force: true });
}

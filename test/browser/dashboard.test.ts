import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDashboard, type DashboardHarness } from './dashboard-harness.js';

// Issue 5: the dashboard, driven in Debian's Chromium against the demo store.

let dash: DashboardHarness;
let page: Page;
const requests: string[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  dash = await startDashboard();
  page = await dash.browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => pageErrors.push(e.message));
}, 240_000);

afterAll(async () => {
  await dash?.close();
});

const timelineEvents = async () => Number(await page.locator('.timeline-chart').getAttribute('data-events'));
const rowDates = () => page.locator('#events tbody tr.event-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-date') ?? ''));
const rowIds = () => page.locator('#events tbody tr.event-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-event-id') ?? ''));
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('the dashboard over the demo store', () => {
  it('opens with every view drawn', async () => {
    await page.goto(dash.url);
    for (const id of ['timeline', 'map', 'network', 'events']) await page.waitForSelector(`#${id}[data-state="ready"]`, { timeout: 20_000 });
    expect(await timelineEvents()).toBeGreaterThan(500);
    expect(await page.locator('#map .cluster').count()).toBeGreaterThan(10);
    expect(await page.locator('#network .node').count()).toBeGreaterThan(5);
    expect(await page.locator('#events tbody tr.event-row').count()).toBeGreaterThan(100);
    const firstView = Number(await page.locator('html').getAttribute('data-first-view-ms'));
    // The budget is 2 s; it is measured here and reported, not asserted (a loaded CI machine is no benchmark).
    console.log(`dashboard first view drawn ${firstView} ms after navigation`);
    expect(firstView).toBeGreaterThan(0);
  }, 60_000);

  it('picks a dyad and the timeline and table change to its events', async () => {
    const before = await timelineEvents();
    await page.selectOption('#focus-mode', 'dyad');
    await page.fill('#dyad-source', 'USA');
    await page.fill('#dyad-target', 'CUB');
    await page.click('#focus-apply');
    await page.waitForSelector('.timeline-chart[data-focus="USA → CUB"]');
    await page.waitForSelector('#timeline[data-state="ready"]');
    await page.waitForSelector('#events[data-state="ready"]');
    const after = await timelineEvents();
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThan(before);
    expect(await page.locator('.timeline-chart .bar').count()).toBeGreaterThanOrEqual(2);
    const sources = await page.locator('#events tbody tr.event-row td:nth-child(2)').allTextContents();
    expect(sources.length).toBeGreaterThan(0);
    expect(sources.every((s) => s.startsWith('USA'))).toBe(true);
  }, 60_000);

  it('brushes a date range on the timeline and the table follows it', async () => {
    const idsBefore = await rowIds();
    // Drag from just before the dyad's second busy period to just after its last one.
    const bars = await page.locator('.timeline-chart .bar').evaluateAll((gs) => gs.map((g) => {
      const box = g.getBoundingClientRect();
      return { left: box.left, right: box.right };
    }));
    const overlay = await page.locator('.timeline-chart .brush .overlay').boundingBox();
    if (!overlay) throw new Error('the timeline has no brush');
    const y = overlay.y + overlay.height * 0.4;
    await page.mouse.move(bars[1].left - 2, y);
    await page.mouse.down();
    await page.mouse.move((bars[1].left + bars[bars.length - 1].right) / 2, y, { steps: 4 });
    await page.mouse.move(bars[bars.length - 1].right + 2, y, { steps: 4 });
    await page.mouse.up();

    await page.waitForSelector('#range-label:not([data-from=""])');
    const from = await page.locator('#range-label').getAttribute('data-from') as string;
    const to = await page.locator('#range-label').getAttribute('data-to') as string;
    await page.waitForSelector(`#events table[data-from="${from}"][data-to="${to}"]`);
    await page.waitForSelector('#events[data-state="ready"]');
    const dates = await rowDates();
    expect(dates.length).toBeGreaterThan(0);
    expect(dates.every((d) => d >= from && d <= to)).toBe(true);
    expect(await rowIds()).not.toEqual(idsBefore);
    expect(page.url()).toContain(`from=${from}`);
  }, 60_000);

  it('opens an event in the article reader with its evidence sentence marked', async () => {
    const row = page.locator('#events tbody tr.event-row').first();
    const eventId = await row.getAttribute('data-event-id');
    const evidence = await row.locator('td.evidence').getAttribute('title') as string;
    await row.click();
    await page.waitForSelector(`#reader[data-state="ready"][data-event-id="${eventId}"]`);
    const marks = await page.locator('#reader .reader-text mark.evidence').allTextContents();
    expect(marks.length).toBe(1);
    expect(squash(marks[0])).toContain(squash(evidence));
    expect(await page.locator('#reader .reader-text .hl-actor').count()).toBeGreaterThan(0);
    expect(await page.locator(`#reader .reader-event.selected [data-event-id="${eventId}"]`).count()).toBe(1);
    await page.keyboard.press('Escape');
    await page.waitForSelector('#reader', { state: 'hidden' });
  }, 60_000);

  it('searches the articles and opens a hit in the reader', async () => {
    await page.fill('#search-input', 'ceasefire');
    await page.click('#search button[type="submit"]');
    await page.waitForSelector('#search .search-hit');
    const hit = page.locator('#search .search-hit').first();
    const articleId = await hit.getAttribute('data-article-id');
    await hit.click();
    await page.waitForSelector(`#reader[data-state="ready"][data-article-id="${articleId}"]`);
    expect(squash(await page.locator('#reader .reader-text').textContent() ?? '').toLowerCase()).toContain('ceasefire');
    await page.keyboard.press('Escape');
  }, 60_000);

  it('lists the events of a place clicked on the map', async () => {
    await page.click('#range-clear');
    await page.selectOption('#focus-mode', 'all');
    await page.waitForSelector('#map[data-state="ready"]');
    await page.locator('#map .cluster').first().click();
    await page.waitForSelector('#map .map-events .event-item');
    expect(await page.locator('#map .map-events .event-item').count()).toBeGreaterThan(0);
  }, 60_000);

  it('asks nothing of any host but its own, and throws no error', () => {
    const origin = new URL(dash.url).origin;
    const elsewhere = requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith('data:') && !u.startsWith('blob:'));
    expect(requests.length).toBeGreaterThan(10);
    expect(elsewhere).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});

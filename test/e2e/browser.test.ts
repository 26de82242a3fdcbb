/**
 * The published page in a real browser: Debian's chromium, driven by playwright-core.
 * `.ci/run` installs chromium; on a developer machine without it the test is skipped
 * (in CI it must run).
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { extname, join, normalize } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { cleanTempDirs, ppid, ROOT, tempDir } from '../helpers/cli.js';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = join(ROOT, 'test-artifacts');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/atom+xml',
};

describe.skipIf(!existsSync(CHROMIUM) && !process.env.CI)('published DIK in headless Chromium', () => {
  const out = tempDir();
  let server: Server;
  let base: string;
  let browser: Browser;
  let rows: number;

  beforeAll(async () => {
    const r = ppid(['publish', '--archive', join(ROOT, 'archive-example'), '--out', out, '--today', '2026-11-02'], { cwd: ROOT });
    expect(r.code, r.stderr).toBe(0);
    rows = JSON.parse(readFileSync(join(out, 'dik.json'), 'utf8')).butir.length;
    server = createServer((req, res) => {
      const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0]!)).replace(/^([/\\])+/, '') || 'index.html';
      const file = join(out, path);
      if (!file.startsWith(out) || !existsSync(file)) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
      ],
    });
    mkdirSync(ARTIFACTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((ok) => (server ? server.close(() => ok()) : ok()));
    cleanTempDirs();
  });

  async function open(path: string, opts: { width?: number; javaScriptEnabled?: boolean } = {}): Promise<{ page: Page; errors: string[] }> {
    const context = await browser.newContext({ viewport: { width: opts.width ?? 1280, height: 900 }, javaScriptEnabled: opts.javaScriptEnabled ?? true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${base}/${path}`, { waitUntil: 'load' });
    return { page, errors };
  }

  const visibleRows = (page: Page) => page.locator('#dik tbody tr:visible').count();

  it('loads with no console errors and shows every row', async () => {
    const { page, errors } = await open('index.html');
    expect(rows).toBeGreaterThanOrEqual(10);
    expect(await visibleRows(page)).toBe(rows);
    expect(await page.locator('#jumlah').textContent()).toBe(`Menampilkan semua ${rows} informasi.`);
    expect(await page.title()).toContain('Pemerintah Kabupaten Tanjung Rawa');
    await page.screenshot({ path: join(ARTIFACTS, 'dik-desktop.png'), fullPage: true });
    expect(errors).toEqual([]);
  });

  it('the search box and the filters narrow the rows', async () => {
    const { page, errors } = await open('index.html');
    await page.fill('#cari', 'jembatan');
    expect(await visibleRows(page)).toBe(1);
    expect(await page.locator('#jumlah').textContent()).toBe(`Menampilkan 1 dari ${rows} informasi.`);
    await page.fill('#cari', 'tidak-ada-yang-seperti-ini');
    expect(await visibleRows(page)).toBe(0);
    expect(await page.locator('#jumlah').textContent()).toBe('Tidak ada informasi yang cocok.');
    await page.fill('#cari', '');
    await page.selectOption('#unit', 'Sekretariat Daerah');
    const setda = await visibleRows(page);
    expect(setda).toBeGreaterThan(0);
    expect(setda).toBeLessThan(rows);
    await page.selectOption('#unit', '');
    await page.selectOption('#huruf', 'h');
    const h = await page.locator('#dik tbody tr:visible').evaluateAll((trs) => trs.map((t) => t.getAttribute('data-huruf')));
    expect(h.length).toBeGreaterThan(0);
    expect(h.every((x) => (x ?? '').split(' ').includes('h'))).toBe(true);
    expect(errors).toEqual([]);
  });

  it('is complete without JavaScript', async () => {
    const { page } = await open('index.html', { javaScriptEnabled: false });
    expect(await visibleRows(page)).toBe(rows);
    expect(await page.locator('#saring').isVisible()).toBe(false);
  });

  it('prints for the notice board without the search controls', async () => {
    const { page } = await open('index.html');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#saring').isVisible()).toBe(false);
    expect(await visibleRows(page)).toBe(rows);
    const pdf = await page.pdf({ format: 'A4', landscape: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('reads on a phone', async () => {
    const { page, errors } = await open('index.html', { width: 390 });
    expect(await visibleRows(page)).toBe(rows);
    // No sideways scrolling on a small screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'dik-ponsel.png'), fullPage: false });
    expect(errors).toEqual([]);
  });

  for (const path of ['index.html', 'dibuka.html']) {
    it(`axe-core finds no serious or critical violation on ${path}`, async () => {
      const { page } = await open(path);
      const require = createRequire(import.meta.url);
      await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
      const result = await page.evaluate(async () => {
        const r = await (
          window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: Array<{ id: string; impact: string; nodes: unknown[] }> }> } }
        ).axe.run(document);
        return r.violations.map((v) => ({ id: v.id, impact: v.impact, n: v.nodes.length }));
      });
      expect(result.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    });
  }
});

// Uses the dashboard of a running `entente serve` in headless Chromium as a
// reader would, and checks what the reader sees against the API and the CLI:
//   - the map draws, and a state's tooltip shows the API's value;
//   - the map's table downloads as CSV equal to the API's rows; the chart as
//     SVG and as PNG (a PNG file);
//   - the URL holds the page's state: a reload shows the same view;
//   - the arrow keys move between the tabs;
//   - the pair page's headline numbers equal `entente report --format json`;
//   - the claims page checks the example claim file and shows each verdict;
//   - the data page lists every dataset with its checksum and draws coverage;
//   - no request leaves the server, the console shows no error (a refused
//     Content-Security-Policy would be one), and at phone width no page is
//     wider than the window;
//   - axe-core finds no WCAG 2 A or AA violation on any page.
// Saves a screenshot of each page in OUT_DIR.
//
// Usage: node dashboard.mjs BASE_URL REPORT.json OUT_DIR
//   BASE_URL: the server's, e.g. http://127.0.0.1:8750
//   REPORT.json: `entente report PAK CHN --from 2013 --to 2018 --format json`
// Environment: CHROMIUM (default /usr/bin/chromium).
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { readFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const [base, reportPath, out] = process.argv.slice(2);
if (!base || !reportPath || !out) {
  console.error('usage: node dashboard.mjs BASE_URL REPORT.json OUT_DIR');
  process.exit(2);
}
mkdirSync(out, { recursive: true });
const failures = [];
// Set while a step provokes an error answer on purpose: the browser logs the
// failed request as a console error.
let expectedStatus = null;
const check = (ok, message) => {
  if (!ok) failures.push(message);
  return ok;
};

// RFC 4180 as the dashboard writes it: a header, then rows; quoted fields
// may hold commas, quotes ("") and line breaks.
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i += 1; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i += 1; }
    else field += c;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}

const cell = (v) => (v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
         '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

async function openPage(width = 1200) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    if (expectedStatus && msg.text().includes(`status of ${expectedStatus}`)) return;
    failures.push(`console error on ${page.url()}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => failures.push(`page error on ${page.url()}: ${err.message}`));
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(base) && !url.startsWith('blob:') && !url.startsWith('data:')) {
      failures.push(`request left the server: ${url}`);
    }
  });
  return page;
}

async function ready(page) {
  await page.waitForSelector('main[data-ready="true"]', { timeout: 60000 });
}

async function axe(page, name) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  check(result.passes.length > 10, `axe on ${name}: only ${result.passes.length} rules ran`);
  for (const v of result.violations) {
    failures.push(`axe on ${name}: ${v.id} (${v.impact}): ${v.help}; ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  }
}

async function download(page, selector) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return readFileSync(await file.path());
}

async function api(page, path) {
  return page.evaluate(async (p) => (await fetch(p)).json(), path);
}

try {
  // --- Map ------------------------------------------------------------------
  const mapQuery = 'state=PAK&measure=agree&from=2000&to=2019';
  let page = await openPage();
  await page.goto(`${base}/map?${mapQuery}`);
  await ready(page);
  await page.waitForSelector('#map-figure svg path');
  await page.screenshot({ path: join(out, 'dashboard-map.png'), fullPage: false });
  const partners = await api(page, `/api/v1/votes/partners?${mapQuery}`);
  const india = partners.partners.find((r) => r.ccode === 750);
  const path = page.locator('#map-figure path[aria-label^="India;"]').first();
  if (check(await path.count() === 1, 'map: no shape labelled India')) {
    await path.hover();
    const tooltip = page.locator('#vg-tooltip-element');
    await tooltip.waitFor({ state: 'visible', timeout: 10000 });
    const text = await tooltip.innerText();
    check(text.includes(india.agree.toFixed(3)),
      `map: India's tooltip "${text.replace(/\s+/g, ' ')}" does not show the API's agree ${india.agree}`);
  }
  const hatched = await page.locator('#map-figure path[fill="url(#entente-hatch)"]').count();
  check(hatched > 0, 'map: no state is hatched as without data');
  const svg = (await download(page, '#map-figure [data-download="svg"]')).toString('utf8');
  check(svg.startsWith('<svg') && svg.includes('entente-hatch'), 'map: the SVG download is not an SVG with its hatching');
  const png = await download(page, '#map-figure [data-download="png"]');
  check(png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
    'map: the PNG download is not a PNG');
  await axe(page, 'map');

  // The table tab, chosen by keyboard; its CSV is the API's rows.
  await page.focus('[role="tab"][data-tab="map"]');
  await page.keyboard.press('ArrowRight');
  check(await page.locator('[role="tab"][data-tab="table"]').getAttribute('aria-selected') === 'true',
    'map: ArrowRight does not select the table tab');
  check(page.url().includes('tab=table'), `map: the URL ${page.url()} does not hold the tab`);
  const csv = parseCsv((await download(page, '[role="tabpanel"]:not([hidden]) [data-download="csv"]')).toString('utf8'));
  const columns = Object.keys(partners.partners[0]);
  check(JSON.stringify(csv[0]) === JSON.stringify(columns), `map: CSV header ${csv[0]} is not the API's ${columns}`);
  check(csv.length - 1 === partners.partners.length, `map: CSV has ${csv.length - 1} rows, the API ${partners.partners.length}`);
  const firstDiff = partners.partners.findIndex((r, i) => JSON.stringify(columns.map((c) => cell(r[c]))) !== JSON.stringify(csv[i + 1]));
  check(firstDiff < 0, `map: CSV row ${firstDiff + 1} differs from the API's`);
  await axe(page, 'map (table)');

  // A reload shows the same view: the state, measure, period and tab.
  await page.reload();
  await ready(page);
  check(await page.locator('[role="tab"][data-tab="table"]').getAttribute('aria-selected') === 'true',
    'map: after a reload the table tab is not selected');
  check(await page.inputValue('input[name="state"]') === 'PAK', 'map: after a reload the state is lost');
  check(await page.inputValue('select[name="measure"]') === 'agree', 'map: after a reload the measure is lost');
  check(await page.inputValue('input[name="from"]') === '2000' && await page.inputValue('input[name="to"]') === '2019',
    'map: after a reload the period is lost');
  await page.context().close();

  // --- Pair -----------------------------------------------------------------
  const report = JSON.parse(readFileSync(reportPath, 'utf8'));
  page = await openPage();
  await page.goto(`${base}/pair?a=PAK&b=CHN&from=2013&to=2018`);
  await ready(page);
  const cards = await page.$$eval('.card', (nodes) => nodes.map((n) => ({
    label: n.querySelector('.label').textContent, value: n.querySelector('.value').dataset.value,
    text: n.querySelector('.value').textContent,
  })));
  check(cards.length === report.summary.length, `pair: ${cards.length} headline cards, the report has ${report.summary.length}`);
  report.summary.forEach((s, i) => {
    const c = cards[i] || {};
    check(c.label === s.label && c.text === s.text && c.value === (s.value === null ? '' : String(s.value)),
      `pair: headline ${i} shows ${JSON.stringify(c)}, the report ${JSON.stringify({ label: s.label, value: s.value, text: s.text })}`);
  });
  const panels = await page.$$eval('section.panel h2', (nodes) => nodes.map((n) => n.textContent));
  for (const part of report.parts) check(panels.includes(part.title), `pair: no panel "${part.title}"`);
  // Each chart drawn with a width and marks (a chart drawn while detached from
  // the page is 0 pixels wide).
  const charts = await page.$$eval('figure.chart', (nodes) => nodes.map((n) => {
    const svg = n.querySelector('.view svg');
    return svg && Number(svg.getAttribute('width')) > 100 ? n.querySelectorAll('g.role-mark path, g.role-mark rect').length : 0;
  }));
  // The report's charts, and the events on a timeline.
  const timelines = report.parts.filter((p) => p.tables.timeline && p.tables.timeline.rows.length).length;
  check(charts.length === report.parts.reduce((k, p) => k + p.charts.length, 0) + timelines && charts.every((k) => k > 0),
    `pair: charts drawn ${JSON.stringify(charts)}`);
  await page.screenshot({ path: join(out, 'dashboard-pair.png'), fullPage: false });
  await page.screenshot({ path: join(out, 'dashboard-pair-full.png'), fullPage: true });
  await axe(page, 'pair');
  await page.reload();
  await ready(page);
  check(await page.inputValue('input[name="a"]') === 'PAK' && await page.inputValue('input[name="b"]') === 'CHN',
    'pair: after a reload the states are lost');
  await page.context().close();

  // --- Claims ---------------------------------------------------------------
  page = await openPage();
  await page.goto(`${base}/claims`);
  await ready(page);
  await page.click('form.claims-form button[type="submit"]');
  await page.waitForSelector('[data-ready="true"] table', { timeout: 60000 });
  const verdicts = await page.$$eval('td[data-key="verdict"]', (nodes) => nodes.map((n) => n.textContent));
  const claimText = await page.inputValue('#claims-text');
  const expected = (claimText.match(/^\[\[claim\]\]/gm) || []).length;
  check(verdicts.length === expected && verdicts.every((v) => v.length > 0),
    `claims: ${verdicts.length} verdicts for ${expected} claims (${verdicts})`);
  await page.screenshot({ path: join(out, 'dashboard-claims.png'), fullPage: true });
  await axe(page, 'claims');
  // A broken file gets the check's located error.
  await page.fill('#claims-text', '[[claim]]\nid = 3\n');
  expectedStatus = 400;
  await page.click('form.claims-form button[type="submit"]');
  const problem = await page.locator('.problem').innerText({ timeout: 30000 });
  expectedStatus = null;
  check(/claims\.toml:\d+:\d+/.test(problem), `claims: the error "${problem}" names no file, line and column`);
  await page.context().close();

  // --- Data -----------------------------------------------------------------
  page = await openPage();
  await page.goto(`${base}/data`);
  await ready(page);
  const datasets = await api(page, '/api/v1/datasets');
  const shown = await page.$$eval('article.dataset', (nodes) => nodes.map((n) => ({
    name: n.dataset.dataset, sha: n.querySelector('code.digest').textContent,
  })));
  check(shown.length === datasets.files.length, `data: ${shown.length} datasets shown, the API lists ${datasets.files.length}`);
  for (const f of datasets.files) {
    check(shown.some((s) => s.name === f.dataset && s.sha === f.sha256), `data: ${f.dataset} without its SHA-256`);
  }
  check(await page.locator('figure.chart svg path, figure.chart svg rect').count() > 0, 'data: no coverage bars');
  await page.screenshot({ path: join(out, 'dashboard-data.png'), fullPage: true });
  await axe(page, 'data');
  await page.context().close();

  // --- Phone width ----------------------------------------------------------
  for (const path of [`/map?${mapQuery}`, '/pair?a=PAK&b=CHN&from=2013&to=2018', '/claims', '/data']) {
    page = await openPage(390);
    await page.goto(`${base}${path}`);
    await ready(page);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    check(width <= 392, `phone: ${path} is ${width} px wide in a 390 px window`);
    if (path.startsWith('/map')) await page.screenshot({ path: join(out, 'dashboard-map-phone.png'), fullPage: true });
    await page.context().close();
  }
} catch (error) {
  failures.push(`failed: ${error.stack || error}`);
} finally {
  await browser.close();
}

if (failures.length) {
  for (const f of failures) console.error(`FAIL ${f}`);
  process.exit(1);
}
console.log(`dashboard: every check passed; screenshots in ${out}`);

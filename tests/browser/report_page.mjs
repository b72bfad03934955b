// Opens an HTML report in headless Chromium as a reader would and checks it:
// every chart container holds an SVG with marks, the console shows no error,
// no request leaves the page, and the page prints. Saves a screenshot.
//
// Usage: node report_page.mjs REPORT.html SCREENSHOT.png
// Environment: CHROMIUM (default /usr/bin/chromium).
import { chromium } from 'playwright-core';
import { pathToFileURL } from 'node:url';

const [report, screenshot] = process.argv.slice(2);
if (!report || !screenshot) {
  console.error('usage: node report_page.mjs REPORT.html SCREENSHOT.png');
  process.exit(2);
}

const failures = [];
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
         '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 1500 } });
  const url = pathToFileURL(report).href;
  page.on('console', (msg) => {
    if (msg.type() === 'error') failures.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => failures.push(`page error: ${err.message}`));
  page.on('request', (req) => {
    if (req.url() !== url) failures.push(`request left the page: ${req.url()}`);
  });

  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('body[data-charts="drawn"]', { timeout: 30000 });

  const charts = await page.$$eval('.chart', (nodes) => nodes.map((n) => ({
    id: n.id,
    svg: n.querySelectorAll('svg').length,
    marks: n.querySelectorAll('svg g.role-mark path, svg g.role-mark rect, svg g.role-mark line').length,
  })));
  if (charts.length === 0) failures.push('the report has no chart container');
  for (const c of charts) {
    if (c.svg === 0) failures.push(`${c.id}: no SVG drawn`);
    else if (c.marks === 0) failures.push(`${c.id}: an SVG without marks`);
  }
  const headings = await page.$$eval('h2', (nodes) => nodes.map((n) => n.textContent));
  for (const wanted of ['Summary', 'Data and definitions']) {
    if (!headings.includes(wanted)) failures.push(`no "${wanted}" section`);
  }
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4' });
  if (pdf.length < 10000) failures.push(`the printed report is only ${pdf.length} bytes`);
  await page.emulateMedia({ media: 'screen' });
  await page.screenshot({ path: screenshot, fullPage: false });
  console.log(`${charts.length} charts drawn: ${charts.map((c) => `${c.id} (${c.marks} marks)`).join(', ')}`);
  console.log(`sections: ${headings.join(' | ')}`);
  console.log(`printed: ${pdf.length} bytes; screenshot: ${screenshot}`);
} catch (err) {
  failures.push(String(err));
} finally {
  await browser.close();
}
if (failures.length) {
  for (const f of failures) console.error(`FAIL ${f}`);
  process.exit(1);
}

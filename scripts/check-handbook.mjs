// Opens every generated handbook page (docs/handbook/*.html) in headless
// Chromium, as a reader would: no console errors, every link resolves (an
// anchor on the page, or a file in docs/), a screenshot for review, and
// printing to PDF works. Exit code 1 on any problem.
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, 'docs', 'handbook');
const review = join(root, 'docs', 'review');
mkdirSync(review, { recursive: true });
const pages = readdirSync(dir)
  .filter((f) => f.endsWith('.html'))
  .sort();
if (pages.length === 0) throw new Error('no handbook pages: run npm run docs first');

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
const problems = [];
for (const name of pages) {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${name}: console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${name}: page error: ${error.message}`));
  const url = pathToFileURL(join(dir, name)).href;
  await page.goto(url, { waitUntil: 'load' });
  const links = await page.$$eval('a[href]', (as) => as.map((a) => a.getAttribute('href') ?? ''));
  const ids = new Set(await page.$$eval('[id]', (els) => els.map((e) => e.id)));
  for (const href of links) {
    if (href.startsWith('#')) {
      if (!ids.has(href.slice(1)))
        problems.push(`${name}: link ${href} points to nothing on the page`);
    } else if (!/^[a-z]+:/.test(href)) {
      const target = join(dir, href.split('#')[0] ?? '');
      if (!existsSync(target) || !statSync(target).isFile())
        problems.push(`${name}: link ${href} points to a missing file`);
    }
  }
  if (name === 'helseplattformen.html') {
    await page.screenshot({ path: join(review, 'handbook-helseplattformen.png') });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    if (pdf.length < 10_000)
      problems.push(`${name}: the PDF is suspiciously small (${pdf.length} bytes)`);
    console.log(`printed ${name} to PDF: ${pdf.length} bytes`);
  }
  console.log(`checked ${name}: ${links.length} links`);
  await page.close();
}
await browser.close();
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log('handbooks: no console errors, every link resolves; screenshot in docs/review/');

// Opens every generated handbook page in headless Chromium, as a reader
// would: no console errors, every link resolves (an anchor on the page, or a
// file beside it), a screenshot for review, and printing to A4 PDF works.
// It checks the handbooks `npm run docs` wrote (docs/handbook) and a second
// set the CLI writes into a temporary directory without --api-base, as from
// the npm package: the links must work wherever --out points, none may lead
// to ../api, and no page may cite LEGAL.md. Each page is printed, and
// pdftotext (poppler-utils) reads the PDF back: every page has its number
// ("Side 3 av 37") and the fingerprint in the running footer, and no page
// ends with a heading whose text follows on the next page. Exit code 1 on
// any problem.
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const review = join(root, 'docs', 'review');
mkdirSync(review, { recursive: true });
const work = mkdtempSync(join(tmpdir(), 'handbook-check-'));
const elsewhere = join(work, 'somewhere', 'else');
const results = join(root, 'reports', 'agreement-tests.json');
execFileSync(
  process.execPath,
  [
    join(root, 'dist', 'cli.js'),
    'docs',
    '--out',
    elsewhere,
    ...(existsSync(results) ? ['--results', results] : []),
  ],
  { stdio: 'ignore' },
);
const sets = [
  { dir: join(root, 'docs', 'handbook'), name: 'docs/handbook', api: true },
  { dir: elsewhere, name: '--out elsewhere', api: false },
];

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
for (const set of sets) {
  const pages = readdirSync(set.dir)
    .filter((f) => f.endsWith('.html'))
    .sort();
  if (pages.length === 0)
    throw new Error(`no handbook pages in ${set.dir}: run npm run docs first`);
  for (const name of pages) {
    const where = `${set.name}/${name}`;
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`${where}: console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`${where}: page error: ${error.message}`));
    await page.goto(pathToFileURL(join(set.dir, name)).href, { waitUntil: 'load' });
    const links = await page.$$eval('a[href]', (as) => as.map((a) => a.getAttribute('href') ?? ''));
    const ids = new Set(await page.$$eval('[id]', (els) => els.map((e) => e.id)));
    for (const href of links) {
      if (href.startsWith('#')) {
        if (!ids.has(href.slice(1)))
          problems.push(`${where}: link ${href} points to nothing on the page`);
      } else if (!/^[a-z]+:/.test(href)) {
        if (!set.api && href.includes('api/'))
          problems.push(`${where}: link ${href} leads to the API reference, which is not there`);
        const target = join(set.dir, href.split('#')[0] ?? '');
        if (!existsSync(target) || !statSync(target).isFile())
          problems.push(`${where}: link ${href} points to a missing file`);
      }
    }
    const text = await page.innerText('body');
    if (text.includes('LEGAL.md') || text.includes('UNVERIFIED'))
      problems.push(`${where}: cites LEGAL.md or says UNVERIFIED`);
    if (name !== 'index.html') {
      for (const field of [
        'Kildeangivelse',
        'Programversjon: kommunesamarbeid ',
        'Håndbokens dato: ',
        'Fingeravtrykk av avtaleteksten',
      ])
        if (!text.includes(field)) problems.push(`${where}: the header lacks "${field}"`);
      if (existsSync(results) && !/Testene ble kjørt \d/.test(text))
        problems.push(`${where}: the test results are not shown`);
      await checkPrint(page, where, name);
    }
    if (set.api && name === 'helseplattformen.html')
      await page.screenshot({ path: join(review, 'handbook-helseplattformen.png') });
    console.log(`checked ${where}: ${links.length} links`);
    await page.close();
  }
}
await browser.close();
rmSync(work, { recursive: true, force: true });
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(
  'handbooks: no console errors, every link resolves wherever --out points, no LEGAL.md, footer and page numbers on every printed page, no heading alone at a page foot; screenshot in docs/review/',
);

/** Prints the page to A4 and reads the PDF back, page by page. */
async function checkPrint(page, where, name) {
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const file = join(work, `${name}.pdf`);
  writeFileSync(file, pdf);
  const printed = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
    .split('\f')
    .filter((p) => p.trim() !== '');
  const fingerprint = await page.$$eval('li code', (codes) =>
    codes.map((c) => c.textContent ?? '').find((t) => /^[0-9a-f]{64}$/.test(t)),
  );
  const headings = new Set(
    (await page.$$eval('h2, h3', (hs) => hs.map((h) => h.textContent ?? ''))).map((h) => h.trim()),
  );
  printed.forEach((text, i) => {
    // Lines as laid out: a heading starts at the margin, a list item (the contents) is indented.
    const lines = text
      .split('\n')
      .map((l) => l.trimEnd())
      .filter((l) => l !== '');
    if (!new RegExp(`Side\\s+${i + 1}\\s+av\\s+${printed.length}\\b`).test(text))
      problems.push(
        `${where}: printed page ${i + 1} has no page number "Side ${i + 1} av ${printed.length}"`,
      );
    if (fingerprint === undefined || !text.replace(/\s+/g, '').includes(fingerprint))
      problems.push(`${where}: printed page ${i + 1} lacks the fingerprint in its footer`);
    // The last line above the footer (two lines: source and fingerprint, with the page number).
    const footerAt = lines.findLastIndex((l) => l.includes('SHA-256 av avtaleteksten'));
    const body = lines
      .slice(0, footerAt < 0 ? lines.length : footerAt)
      .filter((l) => !/Side\s+\d+\s+av|håndbok per |^\s*\d+$/.test(l));
    const last = body.at(-1) ?? '';
    if (i < printed.length - 1 && headings.has(last))
      problems.push(`${where}: printed page ${i + 1} ends with the heading "${last}"`);
  });
  console.log(`printed ${where}: ${printed.length} A4 pages, ${pdf.length} bytes`);
}

// An eager candidate: presses Start with a real mouse click at the button's centre on the first
// frame that shows it, and waits for the first question. Measured on the stand-alone page and
// the Italian frame page under the bench's three conditions, with when the widget goes live.
// Part of `cargo xtask bench`; it rewrites its own section of docs/benchmarks.md
// (ROLEFIT_BENCH_DOCS=0: only the JSON in target/bench/).
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const S = require('./tests/support');
const B = require('./bench');

const OUT = path.join(__dirname, '../target/bench/eager.json');
const SECTION = '## An eager candidate';
const PAGES = [
  { name: 'stand-alone (index.html)', address: '/index.html' },
  { name: 'frame, Italian (frame-it.html)', address: '/frame-it.html?lang=it' },
];

// When the first question is in the page (beside the bench's Start and live times).
const QUESTION = () => {
  new MutationObserver(() => {
    if (window.__questionAt === undefined && document.querySelector('[data-testid=question]')) {
      window.__questionAt = performance.now();
    }
  }).observe(document, { childList: true, subtree: true });
};

async function once(browser, origin, address, condition) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (condition.network) await cdp.send('Network.emulateNetworkConditions', condition.network);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: condition.cpu });
  await page.addInitScript(B.WATCH);
  await page.addInitScript(QUESTION);
  await page.goto(origin + address, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__shownAt !== undefined, null, { timeout: 60_000, polling: 'raf' });
  // The page's own intro may be swapped for the live widget's between two looks: look again.
  let box = null;
  while (!box) box = await page.locator('[data-testid=start]').first().boundingBox();
  const clicked = await page.evaluate(() => performance.now());
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.waitForFunction(() => window.__questionAt !== undefined, null, { timeout: 60_000 });
  await page.waitForFunction(() => window.__readyAt !== undefined, null, { timeout: 60_000 });
  const times = await page.evaluate(() => ({ shown: window.__shownAt, question: window.__questionAt, ready: window.__readyAt }));
  await context.close();
  return { ...times, clicked };
}

function section(results) {
  const rows = results.map(
    (r) => `| ${r.page} | ${r.condition} | ${B.span(r.shown)} | ${B.span(r.clicked)} | ${B.span(r.ready)} | ${B.span(r.question)} |`,
  );
  return `${SECTION}

Written by \`cargo xtask bench\` (\`e2e/bench-eager.js\`); do not edit by hand. Last run:
${new Date().toISOString().slice(0, 10)}, commit ${B.commit()}, headless Chromium, the release build served
gzipped on 127.0.0.1 under the strict CSP, ${B.RUNS} runs of each page per condition, each with a
fresh cache.

A candidate who presses Start as soon as it shows: the bench waits for the first frame that
draws an enabled Start, then clicks its centre with the mouse (through the DevTools protocol,
so the click itself reaches the page a little later: "clicked" is when it was sent). Then it
waits for the first question to be in the page. Milliseconds from navigation start, medians
with min–max. The goals, at CPU 4× + Slow 4G on the stand-alone page: the first question at
most 1,200 ms, the widget live at most 1,000 ms.

| page | condition | Start on screen | clicked | widget live | first question |
|---|---|---:|---:|---:|---:|
${rows.join('\n')}
`;
}

async function main() {
  const server = await B.serve(new Map());
  const browser = await S.launch();
  try {
    const results = [];
    for (const condition of B.CONDITIONS) {
      for (const p of PAGES) {
        const runs = [];
        for (let i = 0; i < B.RUNS; i++) runs.push(await once(browser, server.origin, p.address, condition));
        const of = (key) => B.summary(runs.map((r) => r[key]));
        const r = { page: p.name, condition: condition.name, shown: of('shown'), clicked: of('clicked'), ready: of('ready'), question: of('question') };
        console.log(`${r.page}, ${r.condition}: Start ${B.span(r.shown)}, live ${B.span(r.ready)}, first question ${B.span(r.question)}`);
        results.push(r);
      }
    }
    fs.mkdirSync(path.dirname(OUT), { recursive: true });
    fs.writeFileSync(OUT, JSON.stringify(results, null, 2));
    if (process.env.ROLEFIT_BENCH_DOCS !== '0') B.writeDocs(section(results), SECTION);
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

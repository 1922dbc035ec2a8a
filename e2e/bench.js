// Time to an enabled Start: how long after navigation a candidate can press Start, on the
// stand-alone page, the frame page and a host page with the inline embed, each beside a static
// page with the same intro markup and stylesheets and no script. Under three conditions (no
// throttling; CPU 4× slower; CPU 4× and Slow 4G), through the DevTools protocol, alternating
// RoleFit and static pages, with a fresh cache each run. Timings vary with the machine, so this
// is its own command (`cargo xtask bench`), never a test; it rewrites its section of
// docs/benchmarks.md (ROLEFIT_BENCH_DOCS=0: only the JSON in target/bench/).
'use strict';

const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');
const zlib = require('node:zlib');
const { execSync } = require('node:child_process');
const S = require('./tests/support');

const DIST = path.resolve(process.env.ROLEFIT_DIST || path.join(__dirname, '../dist'));
const RUNS = Number(process.env.ROLEFIT_BENCH_RUNS || 10);
const OUT = process.env.ROLEFIT_BENCH_OUT || path.join(__dirname, '../target/bench/start.json');
const BEFORE = process.env.ROLEFIT_BENCH_BEFORE;
const BEFORE_LABEL = process.env.ROLEFIT_BENCH_BEFORE_LABEL || 'an earlier build';
const DOCS = path.join(__dirname, '../docs/benchmarks.md');
const SECTION = '## Time to an enabled Start';

// Slow 4G as DevTools defines it: 150 ms latency, 1.6 Mbps each way (in bytes per second).
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 1.6e6 / 8 };
const CONDITIONS = [
  { name: 'no throttling', cpu: 1, network: null },
  { name: 'CPU 4× slower', cpu: 4, network: null },
  { name: 'CPU 4× + Slow 4G', cpu: 4, network: SLOW_4G },
];

// A blog post with the inline embed in the middle, as docs/embedding.md shows it; `head` is
// more for its head, `inside` what the placeholder holds.
const host = (head = '', inside = '') => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>A blog post</title><link rel="icon" href="data:,">${head}</head>
<body><article><h1>Which role fits you?</h1><p>Take the quiz below; it runs in your browser.</p>
<div data-rolefit>${inside}</div>
<p>Thanks for reading.</p></article>
<script type="module" src="embed.js"></script></body></html>`;


const PAGES = [
  { name: 'stand-alone (index.html)', live: '/index.html', fixed: '/static-index.html' },
  { name: 'frame (frame.html)', live: '/frame.html?lang=en', fixed: '/static-frame.html' },
  { name: 'frame, Italian (frame-it.html)', live: '/frame-it.html?lang=it', fixed: '/static-frame-it.html' },
  { name: 'inline (host page, embed.js)', live: '/host.html', fixed: '/static-host.html' },
  { name: 'inline, the host linking rolefit.css', live: '/host-styled.html', fixed: '/static-host.html' },
  { name: 'inline, the host linking rolefit.css with intro-en.html inside', live: '/host-intro.html', fixed: '/static-host.html' },
];

// Records, inside the page, when an enabled Start first exists, when the first frame that
// shows it is drawn (a page's stylesheets hold its first frame back, static or not), and when
// the widget is live.
const WATCH = () => {
  const seen = () => {
    const start = document.querySelector('[data-testid=start]');
    if (start && !start.disabled && window.__startAt === undefined) {
      window.__startAt = performance.now();
      requestAnimationFrame(() => (window.__shownAt = performance.now()));
    }
  };
  new MutationObserver(seen).observe(document, { childList: true, subtree: true, attributes: true });
  document.addEventListener('rolefit:ready', () => (window.__readyAt ??= performance.now()), true);
};

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.json': 'application/json',
};

/** dist/ and the bench's pages, gzipped as any host would serve them, under the strict CSP. */
function serve(pages) {
  const zipped = new Map();
  const server = http.createServer((req, res) => {
    const pathname = new URL(req.url, 'http://localhost').pathname;
    let body = pages.get(pathname);
    const file = path.join(DIST, pathname);
    if (body === undefined && file.startsWith(DIST) && fs.existsSync(file) && fs.statSync(file).isFile()) {
      body = fs.readFileSync(file);
    }
    const headers = { 'content-security-policy': S.cspFor(pathname), 'cache-control': 'no-store' };
    if (body === undefined) return res.writeHead(404, headers).end('not found');
    headers['content-type'] = TYPES[path.extname(pathname)] || 'application/octet-stream';
    if (/gzip/.test(req.headers['accept-encoding'] ?? '')) {
      if (!zipped.has(pathname)) zipped.set(pathname, zlib.gzipSync(body, { level: 9 }));
      body = zipped.get(pathname);
      headers['content-encoding'] = 'gzip';
    }
    res.writeHead(200, headers).end(body);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve({ origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() }));
  });
}

/** The live page once its widget is ready, without its scripts or preloads: the static twin. */
async function staticTwin(browser, origin, address) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(WATCH);
  await page.goto(origin + address);
  await page.waitForFunction(() => window.__readyAt !== undefined);
  const html = await page.evaluate(() => {
    const copy = document.documentElement.cloneNode(true);
    copy.querySelectorAll('script, link[rel=modulepreload], link[rel=preload]').forEach((e) => e.remove());
    return `<!doctype html>\n${copy.outerHTML}`;
  });
  await context.close();
  return html;
}

async function once(browser, origin, address, condition, live) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (condition.network) await cdp.send('Network.emulateNetworkConditions', condition.network);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: condition.cpu });
  await page.addInitScript(WATCH);
  await page.goto(origin + address, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__shownAt !== undefined, null, { timeout: 60_000 });
  if (live) await page.waitForFunction(() => window.__readyAt !== undefined, null, { timeout: 60_000 });
  const times = await page.evaluate(() => ({ start: window.__startAt, shown: window.__shownAt, ready: window.__readyAt }));
  await context.close();
  return times;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const summary = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs) });

function commit() {
  try {
    return execSync('git rev-parse --short HEAD', { cwd: __dirname }).toString().trim();
  } catch {
    return 'unknown';
  }
}

const ms = (x) => `${Math.round(x).toLocaleString('en')} ms`;
const span = (s) => `${ms(s.median)} (${Math.round(s.min)}–${Math.round(s.max)})`;

function section(results, before) {
  const rows = [];
  for (const r of results) {
    const earlier = before?.find((b) => b.page === r.page && b.condition === r.condition);
    const was = earlier ? `${ms(earlier.rolefit.median)} (${(earlier.rolefit.median / earlier.fixed.median).toFixed(2)}×) | ` : before ? '– | ' : '';
    const shown = r.rolefitShown
      ? ` ${span(r.rolefitShown)} | ${span(r.fixedShown)} | **${(r.rolefitShown.median / r.fixedShown.median).toFixed(2)}×** |`
      : ' | | |';
    rows.push(
      `| ${r.page} | ${r.condition} | ${was}${span(r.rolefit)} | ${span(r.fixed)} | ${(r.rolefit.median / r.fixed.median).toFixed(2)}× |${shown} ${ms(r.ready.median)} |`,
    );
  }
  const columns =
    'in the page: RoleFit | in the page: static | ratio | on screen: RoleFit | on screen: static | ratio | widget live |';
  const head = before
    ? `| page | condition | before, in the page (ratio) | ${columns}\n|---|---|---:|---:|---:|---:|---:|---:|---:|---:|`
    : `| page | condition | ${columns}\n|---|---|---:|---:|---:|---:|---:|---:|---:|`;
  return `${SECTION}

Written by \`cargo xtask bench\` (\`e2e/bench.js\`); do not edit by hand. Last run:
${new Date().toISOString().slice(0, 10)}, commit ${commit()}, headless Chromium, release build served gzipped on
127.0.0.1 under the strict CSP, ${RUNS} runs of each page per condition, RoleFit and static
pages alternating, each run with a fresh cache.

Milliseconds from navigation start until an enabled Start button exists in the page (a
MutationObserver in an init script), and until the first frame that shows it is drawn (the
next \`requestAnimationFrame\` after that: a browser draws nothing of a page, static or not,
before its stylesheets have come, so a static page's button is in the page one round trip
before anyone can see or press it). Medians, with min–max. The static page is the same page with the widget's
intro as markup (taken from the live widget) and the same stylesheets, and no script; inline,
it is the snippet in the same spot of the same host page, its stylesheet linked in the head.
"Widget live" is when the wasm widget has taken over (its \`rolefit:ready\`). Slow 4G is
150 ms latency and 1.6 Mbps each way; the CPU is slowed with \`Emulation.setCPUThrottlingRate\`.
The goal is a ratio of at most 1.5×. The stand-alone and frame pages carry the intro as
markup (\`index.html\` and \`frame.html\` in English, \`frame-it.html\` in Italian), and so
does the host page that puts \`intro-en.html\` inside its placeholder, as docs/embedding.md
shows: the loader keeps it until the widget is live. On a host page with an empty placeholder
the widget draws its intro once its wasm and its language edition have come: a page whose intro waits for a script needs at least one
request more than a static page, and under Slow 4G each request waits at least 150 ms.
The machine is shared and the timings are noisy; compare the ranges.${before ? ` "Before" is ${BEFORE_LABEL}, measured the same way.` : ''}

${head}
${rows.join('\n')}
`;
}

/** Rewrites one benchmark's section of docs/benchmarks.md (the one `text` starts with). */
function writeDocs(text, heading = SECTION) {
  const old = fs.existsSync(DOCS) ? fs.readFileSync(DOCS, 'utf8') : '# Benchmarks\n';
  const at = old.indexOf(heading);
  let next;
  if (at < 0) next = `${old.trimEnd()}\n\n${text}`;
  else {
    const end = old.indexOf('\n## ', at + heading.length);
    next = old.slice(0, at) + text + (end < 0 ? '' : old.slice(end));
  }
  fs.writeFileSync(DOCS, next);
}

async function main() {
  // The post as it is, and with the widget's stylesheet linked in its head, as
  // docs/embedding.md suggests for the quickest start.
  const pages = new Map([
    ['/host.html', host()],
    ['/host-styled.html', host('<link rel="stylesheet" href="rolefit.css">')],
    ['/host-intro.html', host('<link rel="stylesheet" href="rolefit.css">', fs.readFileSync(path.join(DIST, 'intro-en.html'), 'utf8').trim())],
  ]);
  const server = await serve(pages);
  const browser = await S.launch();
  try {
    for (const p of PAGES) if (!pages.has(p.fixed)) pages.set(p.fixed, await staticTwin(browser, server.origin, p.live));
    const results = [];
    for (const condition of CONDITIONS) {
      for (const p of PAGES) {
        const [rolefit, fixed, ready, rolefitShown, fixedShown] = [[], [], [], [], []];
        for (let i = 0; i < RUNS; i++) {
          const live = await once(browser, server.origin, p.live, condition, true);
          rolefit.push(live.start);
          rolefitShown.push(live.shown);
          ready.push(live.ready);
          const still = await once(browser, server.origin, p.fixed, condition, false);
          fixed.push(still.start);
          fixedShown.push(still.shown);
        }
        const r = {
          page: p.name,
          condition: condition.name,
          rolefit: summary(rolefit),
          fixed: summary(fixed),
          rolefitShown: summary(rolefitShown),
          fixedShown: summary(fixedShown),
          ready: summary(ready),
        };
        console.log(
          `${r.page}, ${r.condition}: in the page RoleFit ${span(r.rolefit)}, static ${span(r.fixed)}, ${(r.rolefit.median / r.fixed.median).toFixed(2)}×; ` +
            `on screen RoleFit ${span(r.rolefitShown)}, static ${span(r.fixedShown)}, ${(r.rolefitShown.median / r.fixedShown.median).toFixed(2)}×; live ${ms(r.ready.median)}`,
        );
        results.push(r);
      }
    }
    fs.mkdirSync(path.dirname(OUT), { recursive: true });
    fs.writeFileSync(OUT, JSON.stringify(results, null, 2));
    // A run on an earlier build (its JSON), for a "before" column.
    const before = BEFORE && fs.existsSync(BEFORE) ? JSON.parse(fs.readFileSync(BEFORE, 'utf8')) : null;
    if (process.env.ROLEFIT_BENCH_DOCS !== '0') writeDocs(section(results, before));
  } finally {
    await browser.close();
    server.close();
  }
}

module.exports = { CONDITIONS, DIST, RUNS, WATCH, commit, ms, serve, span, summary, writeDocs };

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}

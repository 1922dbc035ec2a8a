// Shared by the end-to-end tests: a static server for dist/, the browser, and helpers that
// drive the widget as a candidate would.
'use strict';

const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');
const { chromium } = require('playwright-core');

const DIST = process.env.ROLEFIT_DIST || path.join(__dirname, '../../dist');
const ARTIFACTS = process.env.ROLEFIT_ARTIFACTS || path.join(__dirname, '../../target/e2e');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** Serves dist/ on 127.0.0.1 at a free port; resolves to { origin, close }. */
function serve(root = DIST) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    const rel = decodeURIComponent(url.pathname).replace(/^\/+/, '') || 'index.html';
    const file = path.join(root, rel);
    if (!file.startsWith(root) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ origin: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

const FIXTURES = path.join(__dirname, '../fixtures');
const VENDOR = path.join(__dirname, '../node_modules/bootstrap/dist/css');
const EXAMPLES = path.join(__dirname, '../../examples');

/** The policy the widget's pages are meant to work under. */
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:";

/** The Content-Security-Policy header for a path, allowing the given origins to frame frame.html. */
function cspFor(pathname, ancestors = []) {
  const framers = /^\/frame(-\w\w)?\.html$/.test(pathname) ? ["'self'", ...ancestors] : ["'self'"];
  return `${CSP}; frame-ancestors ${framers.join(' ')}`;
}

/**
 * Serves a whole test site on 127.0.0.1 at a free port: dist/ at `/`, e2e/fixtures at
 * `/fixtures/`, Bootstrap's CSS at `/vendor/`, and examples/ at `/examples/` with dist/ also
 * at `/dist/` beside it, as the examples expect.
 *
 * In fixture HTML files, `{{widget}}` becomes the origin serving the widget (options.widget,
 * or this server's own origin) and `{{host}}` this server's origin, URL-encoded for a query
 * parameter. `{{lang}}` becomes the address's `lang` parameter (en if none) and `{{intro}}` the
 * built intro in that language (dist/intro-<lang>.html), as a host pastes it into its placeholder.
 * `/redirect?to=<address>` answers 302 to that address (an open redirect).
 * With options.csp, every response carries the strict policy; options.ancestors
 * lists the other origins allowed to frame frame.html. Options can be changed after the
 * server starts, through the returned `options`. Resolves to { origin, options, close }.
 */
function serveSite(options = {}) {
  const site = { origin: '', options };
  const mounts = [
    ['/fixtures/', FIXTURES],
    ['/vendor/', VENDOR],
    ['/examples/', EXAMPLES],
    ['/dist/', DIST],
    ['/', DIST],
  ];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    const pathname = decodeURIComponent(url.pathname);
    // An open redirect, as many sites have one: `/redirect?to=<any address>`.
    if (pathname === '/redirect') {
      res.writeHead(302, { location: url.searchParams.get('to') ?? '/' }).end();
      return;
    }
    const [prefix, root] = mounts.find(([p]) => pathname.startsWith(p));
    const rel = pathname.slice(prefix.length) || 'index.html';
    const file = path.join(root, rel);
    const headers = {};
    if (site.options.csp) headers['content-security-policy'] = cspFor(pathname, site.options.ancestors);
    if (!file.startsWith(root) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404, headers).end('not found');
      return;
    }
    headers['content-type'] = TYPES[path.extname(file)] || 'application/octet-stream';
    headers['cache-control'] = 'no-store';
    if (root === FIXTURES && file.endsWith('.html')) {
      const lang = /^(it|es|en)$/.test(url.searchParams.get('lang')) ? url.searchParams.get('lang') : 'en';
      const body = fs
        .readFileSync(file, 'utf8')
        .replaceAll('{{widget}}', site.options.widget || site.origin)
        .replaceAll('{{host}}', encodeURIComponent(site.origin))
        .replaceAll('{{lang}}', lang)
        .replace('{{intro}}', () => fs.readFileSync(path.join(DIST, `intro-${lang}.html`), 'utf8').trim());
      res.writeHead(200, headers).end(body);
      return;
    }
    res.writeHead(200, headers);
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      site.origin = `http://127.0.0.1:${server.address().port}`;
      site.close = () => new Promise((r) => server.close(r));
      resolve(site);
    });
  });
}

function launch(extra = []) {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      ...extra,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * A page that records every request leaving for another origin and every console error or
 * page error, so a test can assert there were none (`assertClean`). It opens `path` (with
 * `query`) and waits for the start button, unless `ready` is false.
 */
async function openPage(browser, origin, options = {}) {
  const { query = '', path: address = '/index.html', ready = true, ...contextOptions } = options;
  const context = await browser.newContext(contextOptions);
  const page = await context.newPage();
  const problems = { foreign: [], errors: [] };
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin + '/') && !url.startsWith('data:') && !url.startsWith('blob:')) {
      problems.foreign.push(url);
    }
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.errors.push(message.text());
  });
  page.on('pageerror', (error) => problems.errors.push(String(error)));
  await page.goto(`${origin}${address}${query}`);
  if (ready) await page.getByTestId('start').waitFor();
  return { context, page, problems };
}

/** No request left the page's origin, and nothing went to the console as an error. */
function assertClean(problems) {
  const assert = require('node:assert/strict');
  assert.deepEqual(problems.foreign, [], 'requests left the page origin');
  assert.deepEqual(problems.errors, [], 'console errors');
}

/**
 * Runs axe-core on a page or frame, or only on the part a selector matches; resolves to its
 * violations.
 */
async function axe(scope, selector) {
  // What is still fading in (an overlay's entrance) is judged once it has arrived.
  await scope.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
  );
  await scope.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const result = await scope.evaluate(
    (include) =>
      window.axe.run(include ? { include: [include] } : document, {
        runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      }),
    selector ?? null,
  );
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

async function screenshot(page, name) {
  fs.mkdirSync(path.join(ARTIFACTS, 'screens'), { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, 'screens', `${name}.png`), fullPage: true });
}

const personas = JSON.parse(fs.readFileSync(path.join(__dirname, '../personas.json'), 'utf8'));

/** The question on screen now: its id and the kind of its inputs. */
async function currentQuestion(page) {
  const question = page.getByTestId('question');
  await question.waitFor();
  const id = await question.getAttribute('data-question-id');
  const type = await page.locator('[data-testid=option] input').first().getAttribute('type');
  return { id, type };
}

/** Answers the current question from a persona's answers, by mouse or touch. */
async function answerByPointer(page, answer, how = 'click') {
  const choices = Array.isArray(answer) ? answer : [answer];
  for (const choice of choices) {
    const option = page.locator(`[data-testid=option][data-choice-id="${choice}"]`);
    if (how === 'tap') await option.tap();
    else await option.click();
  }
}

/**
 * Taps Start on a touch screen and waits for the first question. The quick quiz's first
 * question opens with an option right under the finger, and a tap there within a double
 * tap's reach of Start's is dropped as Start's second tap (the widget's guard against double
 * taps: view.rs, `deliberate`); a candidate reads the question first, which a tap on its
 * heading (which does nothing) stands for here.
 */
async function startByTouch(page) {
  await page.getByTestId('start').tap();
  await page.getByTestId('question').waitFor();
  await page.locator('.rf-prompt').tap();
}

/**
 * Where an answered question stands: it moved on by itself (a kiosk's single choice, once
 * shown as chosen), or it waits for Next. Resolves to true when it moves on by itself.
 */
async function movesOnByItself(scope, id) {
  const here = `[data-testid=question][data-question-id="${id}"]`;
  const waiting = scope.locator(`${here}:not([data-confirming]) [data-testid=next]:not([disabled])`);
  await scope
    .locator(`${here}[data-confirming]`)
    .or(scope.locator(`[data-testid=question]:not([data-question-id="${id}"])`))
    .or(scope.getByTestId('result'))
    .or(waiting)
    .first()
    .waitFor();
  // Nothing moves a question that waits for Next: this count cannot change under it.
  return (await waiting.count()) === 0;
}

/**
 * Goes to the next screen and waits for it: Next, unless the answer moves on by itself (a
 * kiosk's single choice).
 */
async function goOn(page, how = 'click') {
  const before = await page.getByTestId('question').getAttribute('data-question-id');
  if (!(await movesOnByItself(page, before))) {
    const next = page.getByTestId('next');
    if (how === 'tap') await next.tap();
    else await next.click();
  }
  await page.waitForFunction(
    (prev) => {
      const q = document.querySelector('[data-testid=question]');
      return !q || q.getAttribute('data-question-id') !== prev;
    },
    before,
  );
}

/**
 * Waits for the next screen, a question or the result as the keep module draws it, and says
 * whether it is the result.
 */
async function atResult(page) {
  const result = page.getByTestId('result');
  await page.getByTestId('question').or(result).first().waitFor();
  return result.isVisible();
}

/**
 * Takes the quiz inside a scope (a page, a frame or the locator of one widget) with a set of
 * answers, by mouse, from its intro or (`start: false`) from wherever it is. Calls `onScreen`
 * after every screen change. Resolves to the result read; with `drawn: false`, stops at the
 * result screen, drawn or not (offline), and reads nothing.
 */
async function takeQuiz(scope, answers, { start = true, drawn = true, onScreen = async () => {} } = {}) {
  if (start) await scope.getByTestId('start').click();
  const result = scope.getByTestId(drawn ? 'result' : 'keep');
  for (;;) {
    await scope.getByTestId('question').or(result).first().waitFor();
    await onScreen();
    if (await result.isVisible()) break;
    const id = await scope.getByTestId('question').getAttribute('data-question-id');
    await answerByPointer(scope, answers[id]);
    if (!(await movesOnByItself(scope, id))) await scope.getByTestId('next').click();
    await scope.locator(`[data-testid=question]:not([data-question-id="${id}"])`).or(result).first().waitFor();
  }
  return drawn ? readResult(scope) : null;
}

/**
 * Reads the result screen: roles in ranked order with their percentages, the lean and its
 * stability. A quick result that stopped early shows no figure: its percentages and stability
 * are null.
 */
async function readResult(page) {
  const result = page.getByTestId('result');
  await result.waitFor();
  const figures = (await result.getAttribute('data-length')) !== 'quick';
  const roles = await page.locator('[data-testid^=role-]').evaluateAll((items) =>
    items.map((item) => ({
      id: item.getAttribute('data-testid').replace('role-', ''),
      percent: item.hasAttribute('data-percent') ? Number(item.getAttribute('data-percent')) : null,
    })),
  );
  return {
    roles,
    lean: await result.getAttribute('data-lean'),
    top: await result.getAttribute('data-top'),
    stability: figures ? Number(await page.getByTestId('stability').getAttribute('data-percent')) : null,
  };
}

module.exports = {
  serve,
  serveSite,
  cspFor,
  launch,
  openPage,
  assertClean,
  axe,
  screenshot,
  personas,
  currentQuestion,
  answerByPointer,
  startByTouch,
  goOn,
  movesOnByItself,
  atResult,
  takeQuiz,
  readResult,
  ARTIFACTS,
  DIST,
};

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

function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
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
 * page error, so a test can assert there were none.
 */
async function openPage(browser, origin, options = {}) {
  const { query = '', ...contextOptions } = options;
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
  await page.goto(`${origin}/index.html${query}`);
  await page.getByTestId('start').waitFor();
  return { context, page, problems };
}

/** Runs axe-core on the page; resolves to its violations. */
async function axe(page) {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const result = await page.evaluate(() =>
    window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] }),
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

/** Goes to the next screen and waits for it. */
async function goOn(page, how = 'click') {
  const before = await page.getByTestId('question').getAttribute('data-question-id');
  const next = page.getByTestId('next');
  if (how === 'tap') await next.tap();
  else await next.click();
  await page.waitForFunction(
    (prev) => {
      const q = document.querySelector('[data-testid=question]');
      return !q || q.getAttribute('data-question-id') !== prev;
    },
    before,
  );
}

/** Reads the result screen: roles in ranked order with their percentages, and the lean. */
async function readResult(page) {
  const result = page.getByTestId('result');
  await result.waitFor();
  const roles = await page.locator('[data-testid^=role-]').evaluateAll((items) =>
    items.map((item) => ({
      id: item.getAttribute('data-testid').replace('role-', ''),
      percent: Number(item.getAttribute('data-percent')),
    })),
  );
  return {
    roles,
    lean: await result.getAttribute('data-lean'),
    top: await result.getAttribute('data-top'),
    stability: Number(await page.getByTestId('stability').getAttribute('data-percent')),
  };
}

module.exports = {
  serve,
  launch,
  openPage,
  axe,
  screenshot,
  personas,
  currentQuestion,
  answerByPointer,
  goOn,
  readResult,
  ARTIFACTS,
};

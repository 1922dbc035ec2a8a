// Every HTML, CSS and JavaScript block of the docs, put on a page as a reader would put it on
// theirs and taken to a result. The addresses the docs use (a blog at https://blog.example, the quiz's
// own site at https://quiz.example, a CDN at https://cdn.example) are answered by the browser's
// request routing with the release build's files, so each block runs exactly as written. A
// block that no page below uses fails the test: a new one needs its page here.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const S = require('./support');

const DIST = process.env.ROLEFIT_DIST || path.join(__dirname, '../../dist');
const DOCS = path.join(__dirname, '../../docs');
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };

/** The HTML, CSS and JavaScript blocks of every doc, by doc: { 'embedding.md': [{ language, code }, …], … }. */
function pageBlocks() {
  const blocks = {};
  for (const doc of fs.readdirSync(DOCS).filter((n) => n.endsWith('.md'))) {
    const found = [...fs.readFileSync(path.join(DOCS, doc), 'utf8').matchAll(/^```(html|css|js)\n([\s\S]*?)^```$/gm)].map((m) => ({ language: m[1], code: m[2] }));
    if (found.length) blocks[doc] = found;
  }
  return blocks;
}

const blocks = pageBlocks();
const used = new Set();

/** The one `language` block of `doc` that contains `mark`, or (`whole`) is `mark` and nothing else. */
function block(doc, mark, { whole = false, language = 'html' } = {}) {
  const matching = (blocks[doc] ?? []).filter((b) => b.language === language && (whole ? b.code.trim() === mark : b.code.includes(mark)));
  assert.equal(matching.length, 1, `one ${language} block in ${doc} with ${mark}`);
  used.add(`${doc}:${blocks[doc].indexOf(matching[0])}`);
  return matching[0].code;
}

const page = (body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A career blog</title><link rel="icon" href="data:,"></head><body><main><h1>Which role suits you?</h1>${body}</main></body></html>`;

let browser;

before(async () => {
  browser = await S.launch();
});

after(async () => {
  await browser?.close();
});

/**
 * A browser context whose requests to the docs' addresses are answered: `pages` maps a path
 * on https://blog.example to its HTML; /rolefit/ there and on quiz.example, and the CDN's
 * package folder, serve the release build.
 */
async function site(pages) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const problems = { foreign: [], errors: [] };
  await context.route(/^https?:\/\//, (route) => {
    const url = new URL(route.request().url());
    const served = (file) => {
      const full = path.join(DIST, file);
      if (!full.startsWith(DIST) || !fs.existsSync(full)) return route.fulfill({ status: 404, body: 'not found' });
      return route.fulfill({ status: 200, contentType: TYPES[path.extname(full)] ?? 'application/octet-stream', body: fs.readFileSync(full) });
    };
    if (url.origin === 'https://blog.example' && pages[url.pathname]) return route.fulfill({ status: 200, contentType: 'text/html', body: pages[url.pathname] });
    if (/^https:\/\/(blog|quiz)\.example$/.test(url.origin) && url.pathname.startsWith('/rolefit/')) return served(url.pathname.slice(9));
    const cdn = /^\/npm\/rolefit@\d+\.\d+\.\d+\//.exec(url.pathname);
    if (url.origin === 'https://cdn.example' && cdn) return served(url.pathname.slice(cdn[0].length));
    problems.foreign.push(url.href);
    return route.abort();
  });
  const tab = await context.newPage();
  tab.on('console', (message) => message.type() === 'error' && problems.errors.push(message.text()));
  tab.on('pageerror', (error) => problems.errors.push(String(error)));
  return { context, tab, problems };
}

/**
 * `body` on the blog's page, on a fresh visit (the widget would show a returning candidate
 * their result), in `lang`, taken by `persona` to a result with their role on top.
 */
async function takenToResult(body, lang, persona) {
  const { context, tab, problems } = await site({ '/': page(body) });
  await tab.goto('https://blog.example/');
  await tab.locator(`.rolefit[lang=${lang}]`).waitFor();
  assert.equal((await S.takeQuiz(tab, persona.answers)).top, persona.top);
  S.assertClean(problems);
  await context.close();
}

test('embedding.md: the placeholder and the script tag, then the stylesheet linked ahead and the intro in the placeholder', async () => {
  const placeholder = block('embedding.md', '<div data-rolefit data-lang="en"></div>');
  const script = block('embedding.md', '<script type="module" src="/rolefit/embed.js"></script>');
  const stylesheet = block('embedding.md', '<link rel="stylesheet" href="/rolefit/rolefit.css">', { whole: true });
  const withIntro = block('embedding.md', 'intro-it.html');
  const persona = S.personas['social-media-strategist'];
  for (const [body, lang] of [[placeholder + script, 'en'], [stylesheet + placeholder + script, 'en'], [withIntro + script, 'it']]) {
    await takenToResult(body, lang, persona);
  }
});

test('embedding.md: the iframe on a blog of another origin, with its script, taken to a result', async () => {
  const frame = block('embedding.md', 'origin=https%3A%2F%2Fblog.example"');
  const script = block('embedding.md', 'rolefit-frame.js');
  const style = block('embedding.md', 'iframe[data-rolefit-frame]', { language: 'css' });
  const { context, tab, problems } = await site({ '/': page(`<style>${style}</style>${frame}${script}`) });
  await tab.goto('https://blog.example/');
  const fits = await tab.evaluate(() => {
    const frame = document.querySelector('iframe[data-rolefit-frame]');
    const css = getComputedStyle(frame);
    return { width: frame.offsetWidth === frame.parentElement.clientWidth, border: css.borderTopWidth, display: css.display };
  });
  assert.deepEqual(fits, { width: true, border: '0px', display: 'block' }, "the docs' style: the frame as wide as its column, no border");
  const completed = tab.evaluate(
    () => new Promise((resolve) => document.querySelector('iframe').addEventListener('rolefit:complete', (e) => resolve(e.detail.ranking[0].role))),
  );
  const persona = S.personas['community-manager'];
  const inside = tab.frameLocator('iframe[data-rolefit-frame]');
  assert.equal((await S.takeQuiz(inside, persona.answers)).top, persona.top);
  assert.equal(await completed, persona.top, 'rolefit:complete on the iframe');
  S.assertClean(problems);
  await context.close();
});

test("embedding.md: next steps per role, the top role's shown on its result", async () => {
  const next = block('embedding.md', 'data-next-community-manager');
  const script = block('embedding.md', '<script type="module" src="/rolefit/embed.js"></script>');
  const { context, tab, problems } = await site({ '/': page(next + script) });
  await tab.goto('https://blog.example/');
  const persona = S.personas['community-manager'];
  await S.takeQuiz(tab, persona.answers);
  const link = tab.getByTestId('next-step');
  await link.waitFor();
  assert.equal(await link.getAttribute('href'), 'https://blog.example/guides/community-manager/');
  assert.equal((await link.textContent()).trim(), 'Leggi la nostra guida al Community Manager');
  S.assertClean(problems);
  await context.close();
});

test("embedding.md: the iframe with a next step: its link opens the blog's guide in the blog's page", async () => {
  const frame = block('embedding.md', '&next-community-manager=');
  const script = block('embedding.md', 'rolefit-frame.js');
  const { context, tab, problems } = await site({ '/': page(frame + script), '/guides/community-manager/': page('<h2 id="guide">The guide</h2>') });
  await tab.goto('https://blog.example/');
  const persona = S.personas['community-manager'];
  const inside = tab.frameLocator('iframe[data-rolefit-frame]');
  assert.equal((await S.takeQuiz(inside, persona.answers)).top, persona.top);
  const link = inside.getByTestId('next-step');
  assert.equal((await link.textContent()).trim(), 'Leggi la nostra guida');
  await link.click();
  await tab.locator('#guide').waitFor();
  assert.equal(tab.url(), 'https://blog.example/guides/community-manager/');
  S.assertClean(problems);
  await context.close();
});

test('cdn-npm.md: from the release folder and from a CDN, each to a result', async () => {
  const local = block('cdn-npm.md', 'src="/rolefit/embed.js"');
  const cdn = block('cdn-npm.md', 'https://cdn.example/');
  const persona = S.personas['social-media-manager'];
  for (const [body, lang] of [[local, 'it'], [cdn, 'es']]) await takenToResult(body, lang, persona);
});

test("embedding.md: the page's listener, added before the widget loads, logs the result", async () => {
  const listener = block('embedding.md', "document.addEventListener('rolefit:complete'", { language: 'js' });
  const placeholder = block('embedding.md', '<div data-rolefit data-lang="en"></div>');
  const script = block('embedding.md', '<script type="module" src="/rolefit/embed.js"></script>');
  const { context, tab, problems } = await site({ '/': page(`${placeholder}<script type="module">${listener}</script>${script}`) });
  await tab.goto('https://blog.example/');
  const persona = S.personas['social-media-manager'];
  const line = tab.waitForEvent('console', { predicate: (message) => message.text().startsWith('Top role: ') });
  assert.equal((await S.takeQuiz(tab, persona.answers)).top, persona.top);
  assert.match((await line).text(), new RegExp(`^Top role: ${persona.top} \\(\\d+%\\), (clear|blend|flat)$`));
  S.assertClean(problems);
  await context.close();
});

test("wordpress.md: the theme's listener logs the top role when a candidate finishes", async () => {
  const listener = block('wordpress.md', "addEventListener('rolefit:complete'");
  const placeholder = block('embedding.md', '<div data-rolefit data-lang="en"></div>');
  const script = block('embedding.md', '<script type="module" src="/rolefit/embed.js"></script>');
  const { context, tab, problems } = await site({ '/': page(placeholder + script + listener) });
  await tab.goto('https://blog.example/');
  const persona = S.personas['social-media-strategist'];
  const line = tab.waitForEvent('console', { predicate: (message) => message.text().startsWith(`${persona.top} `) });
  const result = await S.takeQuiz(tab, persona.answers);
  assert.equal(result.top, persona.top);
  assert.match((await line).text(), new RegExp(`^${persona.top} \\d+$`));
  S.assertClean(problems);
  await context.close();
});

test('every html, css and js block of the docs is on one of the pages above', () => {
  const all = Object.entries(blocks).flatMap(([doc, list]) => list.map((_, i) => `${doc}:${i}`));
  assert.deepEqual(all.filter((id) => !used.has(id)), []);
});

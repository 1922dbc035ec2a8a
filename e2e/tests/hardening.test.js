// Hardening: what a hostile page, link or network can do to the widget and the pages that
// embed it, and what the widget does about it.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const http = require('node:http');
const fs = require('node:fs');
const path = require('node:path');
const { PNG } = require('pngjs');
const jsQR = require('jsqr');
const S = require('./support');
const { makeBanks, VALID_TITLE } = require('../fixtures/make-banks');

const EVENTS = ['rolefit:ready', 'rolefit:start', 'rolefit:complete', 'rolefit:shared', 'rolefit:error'];
const persona = S.personas['community-manager'];

let site; // the widget's origin, with an open redirect
let blog; // a blog on another origin that frames the widget
let third; // a page on a third origin
let foreign; // another origin that serves a valid bank to anyone (Access-Control-Allow-Origin: *)
let foreignHits = 0;
let browser;
let code; // a share code, as anybody can make one

before(async () => {
  makeBanks();
  site = await S.serveSite();
  blog = await S.serveSite({ widget: site.origin });
  third = await S.serveSite();
  const bank = fs.readFileSync(path.join(__dirname, '../fixtures/bank-valid.json'));
  const server = http.createServer((req, res) => {
    foreignHits += 1;
    res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' }).end(bank);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  foreign = { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) };
  browser = await S.launch();
  code = await shareCode();
});

after(async () => {
  await browser?.close();
  for (const server of [site, blog, third, foreign]) await server?.close();
});

/** Runs in every frame before its scripts: records every rolefit:* event with its detail. */
function recorder(types) {
  const events = [];
  Object.defineProperty(window, '__events', { value: events });
  for (const type of types) {
    document.addEventListener(type, (event) => {
      events.push({ type, target: event.target.id || event.target.tagName, detail: JSON.parse(JSON.stringify(event.detail ?? null)) });
    });
  }
}

async function context(options = {}) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 900 }, ...options });
  await context.addInitScript(recorder, EVENTS);
  return context;
}

async function open(url, options) {
  const ctx = await context(options);
  const page = await ctx.newPage();
  await page.goto(url);
  return { context: ctx, page };
}

/** Waits until `count` events of `type` have reached the document of `scope`; returns them. */
async function waitForEvent(scope, type, count = 1) {
  await scope.waitForFunction(([t, n]) => window.__events.filter((e) => e.type === t).length >= n, [type, count]);
  return (await eventsIn(scope)).filter((e) => e.type === type);
}

const eventsIn = (scope) => scope.evaluate(() => window.__events);

/** A share code for the persona's answers, from the share link a candidate would copy. */
async function shareCode() {
  const { context: ctx, page } = await open(`${site.origin}/fixtures/plain.html?lang=en`);
  await S.takeQuiz(page, persona.answers);
  const link = await page.getByTestId('share-link').inputValue();
  await ctx.close();
  return link.split('#rolefit=')[1];
}

// 3. The same-origin rule for banks counts the origin the bytes come from.

test('a bank redirected to another origin is refused, inline and in a frame', async () => {
  const redirect = `/redirect?to=${encodeURIComponent(`${foreign.origin}/bank.json`)}`;
  for (const address of [
    `/fixtures/plain.html?lang=en&bank=${encodeURIComponent(redirect)}`,
    `/frame.html?lang=en&bank=${encodeURIComponent(redirect)}`,
  ]) {
    const hits = foreignHits;
    const { context: ctx, page } = await open(`${site.origin}${address}`);
    await page.getByTestId('content-error').or(page.getByTestId('start')).first().waitFor();
    assert.ok(foreignHits > hits, `${address}: the redirect really reached the other origin`);
    assert.equal(await page.getByText(VALID_TITLE.en).count(), 0, `${address}: the foreign bank is not shown`);
    const problem = await page.getByTestId('content-error').locator('li').innerText();
    assert.match(problem, /another site/, address);
    assert.ok(problem.includes(foreign.origin), `${address}: the problem names where the bytes came from`);
    const [error] = await waitForEvent(page, 'rolefit:error');
    assert.equal(error.detail.kind, 'content');
    assert.ok(error.detail.problems[0].includes(foreign.origin));
    await ctx.close();
  }
});

// 7. A file that is not there is not a connection problem.

test('a bank that is not there is said so, with its status; a connection that is down offers Try again', async () => {
  const missing = '/fixtures/no-such-bank.json';
  const { context: ctx, page } = await open(`${site.origin}/fixtures/plain.html?lang=it&bank=${encodeURIComponent(missing)}`);
  const problem = await page.getByTestId('content-error').locator('li').innerText();
  assert.match(problem, /HTTP 404/);
  assert.ok(problem.includes(missing), 'the problem names the file');
  assert.equal(await page.getByTestId('retry').count(), 0, 'no Try again: it would fail the same way');
  const [error] = await waitForEvent(page, 'rolefit:error');
  assert.match(error.detail.problems[0], /HTTP 404/);
  await ctx.close();

  // The same bank with the network down: a connection problem, which Try again can mend.
  const down = await context();
  const offline = await down.newPage();
  await offline.route('**/fixtures/bank-valid.json', (route) => route.abort('internetdisconnected'));
  await offline.goto(`${site.origin}/fixtures/plain.html?lang=it&bank=${encodeURIComponent('/fixtures/bank-valid.json')}`);
  await offline.getByTestId('load-error').waitFor();
  assert.equal(await offline.getByTestId('content-error').count(), 0);
  await offline.unroute('**/fixtures/bank-valid.json');
  await offline.getByTestId('retry').click();
  await offline.getByText(VALID_TITLE.it).first().waitFor();
  await down.close();
});

// 4. A share link is not a finished quiz.

test('a share link fires rolefit:shared, never rolefit:complete, and never with answers', async () => {
  const { context: ctx, page } = await open(`${site.origin}/fixtures/plain.html?lang=en&include-answers#rolefit=${code}`);
  await page.getByTestId('shared').waitFor();
  const [shared] = await waitForEvent(page, 'rolefit:shared');
  assert.equal(shared.target, 'quiz');
  assert.equal(shared.detail.ranking[0].role, persona.top);
  assert.equal('answers' in shared.detail, false, 'a shared result never carries answers');
  assert.deepEqual((await eventsIn(page)).map((e) => e.type), ['rolefit:ready', 'rolefit:shared']);

  // Taking the quiz oneself is a finished result, with the answers the host asked for.
  await page.getByTestId('restart').click();
  await S.takeQuiz(page, S.personas.blend.answers);
  const [complete] = await waitForEvent(page, 'rolefit:complete');
  assert.equal(typeof complete.detail.answers, 'object');
  assert.deepEqual((await eventsIn(page)).map((e) => e.type), ['rolefit:ready', 'rolefit:shared', 'rolefit:start', 'rolefit:complete']);
  await ctx.close();
});

test("a third page that navigates a blog's frame to a forged link gets the blog no rolefit:complete and no answers", async () => {
  // The third page holds the blog in a frame of its own (the blog sends no frame-ancestors),
  // which lets it navigate every frame inside, the blog's RoleFit frame included.
  const ctx = await context();
  const attacker = await ctx.newPage();
  await attacker.goto(`${third.origin}/fixtures/plain.html`);
  const blogUrl = `${blog.origin}/fixtures/frame-host-answers.html`;
  await attacker.evaluate((url) => {
    const frame = Object.assign(document.createElement('iframe'), { src: url, id: 'blog' });
    document.body.append(frame);
  }, blogUrl);
  await attacker.waitForFunction((url) => [...document.querySelectorAll('iframe')].some((f) => f.src === url), blogUrl);
  const blogFrame = await (await attacker.$('#blog')).contentFrame();
  await waitForEvent(blogFrame, 'rolefit:ready');
  const forged = `${site.origin}/frame.html?include-answers=true&origin=${encodeURIComponent(blog.origin)}#rolefit=${code}`;
  await attacker.evaluate((url) => {
    window.frames[0].frames[0].location.href = url;
  }, forged);
  await blogFrame.waitForFunction(() => window.__events.some((e) => ['rolefit:complete', 'rolefit:shared'].includes(e.type)));
  const events = await eventsIn(blogFrame);
  assert.deepEqual(events.map((e) => e.type), ['rolefit:ready', 'rolefit:ready', 'rolefit:shared'], 'the blog is told it is a shared result');
  assert.equal('answers' in events[2].detail, false, 'and gets no answers');
  assert.equal(events[2].detail.ranking[0].role, persona.top);
  await ctx.close();
});

test('a frame sends answers only when its page asked from its own window, not for include-answers in its address', async () => {
  const { context: ctx, page } = await open(`${blog.origin}/fixtures/frame-host-url-answers.html`);
  const frame = page.frameLocator('#quiz');
  await S.takeQuiz(frame, persona.answers);
  const [complete] = await waitForEvent(page, 'rolefit:complete');
  assert.equal(complete.target, 'quiz');
  assert.equal(complete.detail.ranking[0].role, persona.top);
  assert.equal('answers' in complete.detail, false, 'the page did not ask');
  await ctx.close();
});

// 5. A download that never answers.

test('a language edition that never answers gives up with the download message, rolefit:error and Try again', async () => {
  const ctx = await context();
  const page = await ctx.newPage();
  await page.clock.install();
  let answering = false;
  await page.route('**/rolefit-en.json', (route) => {
    if (answering) route.continue();
    // Otherwise never answered: the request hangs, as on a dead connection.
  });
  const asked = page.waitForRequest('**/rolefit-en.json');
  await page.goto(`${site.origin}/fixtures/plain.html?lang=en`);
  await asked;
  await page.getByTestId('loading').waitFor();
  await page.clock.fastForward('00:25');
  await page.getByTestId('load-error').waitFor();
  assert.match(await page.getByTestId('load-error').innerText(), /could not be downloaded/);
  const [error] = await waitForEvent(page, 'rolefit:error');
  assert.deepEqual(error.detail, { kind: 'download', problems: [] });
  answering = true;
  await page.getByTestId('retry').click();
  await page.getByTestId('start').waitFor();
  await ctx.close();
});

// 8. Offline at the result.

test('offline from the start, the result says it needs the connection, in the candidate language, and retries', async () => {
  const { context: ctx, page } = await open(`${site.origin}/fixtures/plain.html?lang=it`);
  await page.getByTestId('start').waitFor();
  await ctx.setOffline(true);
  await S.takeQuiz(page, persona.answers, { drawn: false });
  const keep = page.getByTestId('keep');
  const alert = keep.getByRole('alert');
  await alert.waitFor();
  assert.equal(await alert.innerText(), 'Per mostrare il risultato serve la connessione. Controlla la connessione e riprova.');
  assert.equal(await page.getByTestId('result').count(), 0, 'no result without the module that draws it');
  const retry = keep.getByRole('button', { name: 'Riprova' });
  // Still offline: it says so again.
  await retry.click();
  await keep.getByRole('button', { name: 'Riprova' }).waitFor();
  assert.deepEqual(await S.axe(page, '[data-testid=keep]'), []);
  await ctx.setOffline(false);
  await keep.getByRole('button', { name: 'Riprova' }).click();
  await page.getByTestId('keep-panel').waitFor();
  assert.match(await page.getByTestId('share-link').inputValue(), /#rolefit=/);
  assert.equal(await alert.count(), 0);
  assert.equal((await S.readResult(page)).top, persona.top);
  await ctx.close();
});

test('offline once the quiz has started, the result still shows, whole, from what was fetched ahead', async () => {
  const { context: ctx, page } = await open(`${site.origin}/fixtures/plain.html?lang=it`);
  await page.getByTestId('start').click();
  await page.getByTestId('question').waitFor();
  // The keep module and the complete edition come in the background while the first
  // question is on screen; nothing of them was in the first load.
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.endsWith('/rolefit_keep_bg.wasm')));
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.endsWith('/rolefit-it-complete.json')));
  await ctx.setOffline(true);
  const result = await S.takeQuiz(page, persona.answers, { start: false });
  assert.equal(result.top, persona.top);
  assert.equal(result.lean, persona.lean);
  assert.equal(result.roles.reduce((sum, r) => sum + r.percent, 0), 100);
  await page.getByTestId('reasons').waitFor();
  await page.getByTestId('keep-panel').waitFor();
  assert.equal(await page.locator('.rf-role').count(), 3, 'the role guides, from the complete edition');
  assert.equal(await page.getByTestId('keep').getByRole('alert').count(), 0);
  assert.match(await page.getByTestId('share-link').inputValue(), /#rolefit=/);
  await ctx.close();
});

// 10. Two widgets, one share link.

test('a share link belongs to the first widget on the page; the other shows its own progress', async () => {
  const { context: ctx, page } = await open(`${site.origin}/fixtures/two.html#rolefit=${code}`);
  const [first, second] = [page.locator('#quiz-it'), page.locator('#quiz-es')];
  await first.getByTestId('shared').waitFor();
  await second.getByTestId('start').waitFor();
  assert.equal(await second.getByTestId('result').count(), 0, 'the second widget does not show the link');
  await first.getByTestId('restart').click();
  await first.getByTestId('start').waitFor();
  assert.equal(await page.evaluate(() => location.hash), '', 'the code has left the address');
  assert.equal(await page.getByTestId('shared').count(), 0, 'no widget shows the shared result');
  await ctx.close();
});

// 11. A kiosk's next candidate.

test("after a kiosk's reset, the keep module's memory holds no earlier candidate's share code", async () => {
  const { context: ctx, page } = await open(`${site.origin}/fixtures/plain.html?lang=en&mode=kiosk`);
  await S.takeQuiz(page, persona.answers);
  const png = PNG.sync.read(await page.getByTestId('qr').screenshot());
  const link = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? '';
  const kioskCode = link.split('#rolefit=')[1];
  assert.ok(kioskCode, `a share code in the QR code: ${link}`);
  await page.getByTestId('restart').click();
  await page.getByTestId('start').waitFor();
  const found = await page.evaluate(async (needle) => {
    // The module keep.js loaded: the same import, already initialised, gives its exports.
    const { memory } = await (await import('/rolefit_keep_kiosk.js')).default();
    const bytes = new Uint8Array(memory.buffer);
    const text = new TextEncoder().encode(needle);
    let hits = 0;
    for (let i = bytes.indexOf(text[0]); i >= 0; i = bytes.indexOf(text[0], i + 1)) {
      if (text.every((b, j) => bytes[i + j] === b)) hits += 1;
    }
    return hits;
  }, kioskCode);
  assert.equal(found, 0, 'copies of the code left in the keep module');
  await ctx.close();
});

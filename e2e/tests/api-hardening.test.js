// The JavaScript API against what a page gets wrong: a refused mount leaves nothing behind, a
// language asked for while the widget loads is the one it shows, a widget inside a shadow
// root is styled, input that is not an option is refused with a short message, and an
// unmount before the widget is ready leaves the element as it was.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const S = require('./support');

let server;
let browser;

before(async () => {
  server = await S.serveSite();
  browser = await S.launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** The API fixture; `hold` (a pattern) keeps matching downloads until `release()`. */
async function open({ hold } = {}) {
  const context = await browser.newContext({ viewport: { width: 900, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  let release = () => {};
  if (hold) {
    const gate = new Promise((resolve) => (release = resolve));
    await page.route(hold, async (route) => {
      await gate;
      await route.continue().catch(() => {});
    });
  }
  await page.goto(`${server.origin}/fixtures/api.html`);
  await page.waitForFunction(() => window.apiReady);
  return { context, page, errors, release };
}

test('a refused mount leaves none of its options on the element for the next mount', async () => {
  const { context, page, errors } = await open();
  const after = await page.evaluate(async () => {
    const route = document.getElementById('route');
    const refused = await window.RoleFit.mount(route, { includeAnswers: true, mode: 'kiosk', length: 'quick', accent: '#123456', theme: 'neon' })
      .then(() => 'accepted', (e) => `${e.name}: ${e.message}`);
    return { refused, left: route.outerHTML };
  });
  assert.match(after.refused, /^TypeError: .*theme/);
  assert.equal(after.left, '<div id="route"></div>');
  // The next mount is the page's plain widget: not a kiosk, not quick, no answers.
  await page.evaluate(async () => {
    window.completed = [];
    const route = document.getElementById('route');
    window.widget = await window.RoleFit.mount(route, { lang: 'en', onComplete: (d) => window.completed.push(d) });
  });
  await page.getByTestId('start').click();
  await page.getByText('Question 1 of 22').waitFor();
  const settings = await page.evaluate(() => [...document.getElementById('route').attributes].map((a) => a.name).sort());
  assert.deepEqual(settings, ['data-lang', 'data-rolefit-mounted', 'id']);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a language asked for while the widget loads is the one it shows once ready', async () => {
  const { context, page, errors, release } = await open({ hold: /rolefit-en\.json$/ });
  await page.evaluate(async () => {
    window.widget = await window.RoleFit.mount(document.getElementById('route'), { lang: 'en' });
    // Before rolefit:ready: the route's language changed while the widget was loading.
    window.widget.setLanguage('es');
  });
  release();
  await page.locator('.rolefit[lang=es]').getByTestId('start').waitFor();
  assert.match(await page.getByTestId('start').innerText(), /^Empezar/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('inside a shadow root the widget is styled as on the page, and unmounts without a trace', async () => {
  const { context, page, errors } = await open();
  const size = (scope) =>
    scope.evaluate((start) => {
      const box = start.getBoundingClientRect();
      return { width: Math.round(box.width), height: Math.round(box.height), font: getComputedStyle(start).fontSize };
    });
  await page.evaluate(async () => {
    window.light = await window.RoleFit.mount(document.getElementById('route'), { lang: 'en' });
  });
  const onPage = await size(await page.locator('#route [data-testid=start]').elementHandle());
  await page.evaluate(() => window.light.unmount());
  await page.evaluate(async () => {
    const host = document.createElement('rolefit-card');
    document.querySelector('main').append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<div id="inside"></div>';
    window.shadowed = await window.RoleFit.mount(shadow.getElementById('inside'), { lang: 'en', mode: 'kiosk' });
  });
  const start = page.locator('rolefit-card [data-testid=start]');
  await start.waitFor();
  // The stylesheets have loaded when the Start button has its size.
  await page.waitForFunction(() => document.querySelector('rolefit-card').shadowRoot.querySelector('[data-testid=start]').getBoundingClientRect().height > 40);
  const inside = await size(await start.elementHandle());
  assert.ok(inside.height >= onPage.height, `Start inside the shadow root is ${JSON.stringify(inside)}, on the page ${JSON.stringify(onPage)}`);
  assert.equal(inside.font === onPage.font || parseFloat(inside.font) > parseFloat(onPage.font), true, 'kiosk type at least as large');
  await S.screenshot(page, 'api-shadow-root');
  await page.evaluate(() => window.shadowed.unmount());
  assert.equal(await page.evaluate(() => document.querySelector('rolefit-card').shadowRoot.innerHTML), '<div id="inside"></div>');
  assert.deepEqual(errors, []);
  await context.close();
});

test('what is not an option is refused with a short TypeError, and nothing goes unhandled', async () => {
  const { context, page, errors } = await open();
  const out = await page.evaluate(async () => {
    const route = document.getElementById('route');
    const own = (key, value) => Object.defineProperty({}, key, { value, enumerable: true });
    const huge = 'x'.repeat(1024 * 1024);
    const tries = {
      __proto__: own('__proto__', () => {}),
      constructor: { constructor: () => {} },
      toString: { toString: () => {} },
      null: null,
      number: 42,
      hugeTheme: { theme: huge },
      hugeKey: { [huge]: true },
      javascriptBase: { base: 'javascript:alert(1)' },
      dataBase: { base: 'data:text/plain,x' },
    };
    const result = {};
    for (const [name, options] of Object.entries(tries)) {
      result[name] = await window.RoleFit.mount(route, options).then(
        (widget) => (widget.unmount(), 'accepted'),
        (e) => ({ name: e.name, message: e.message }),
      );
    }
    return { result, left: route.outerHTML };
  });
  for (const [name, refusal] of Object.entries(out.result)) {
    assert.equal(refusal.name, 'TypeError', `${name}: ${JSON.stringify(refusal).slice(0, 200)}`);
    assert.match(refusal.message, /^RoleFit: /, name);
    assert.ok(refusal.message.length < 300, `${name}: a message of ${refusal.message.length} characters`);
  }
  assert.equal(out.left, '<div id="route"></div>');
  // A mount that follows is not harmed by any of them.
  await page.evaluate(async () => (window.widget = await window.RoleFit.mount(document.getElementById('route'), { lang: 'en' })));
  await page.getByTestId('start').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('a bank far larger than any quiz is refused at once, with rolefit:error', async () => {
  const { context, page, errors } = await open();
  // 30 MB of valid JSON: a document with one long text.
  await page.route('**/fixtures/huge-bank.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: `{"format":1,"title":"${'x'.repeat(30 * 1024 * 1024)}"}` }));
  const started = Date.now();
  const detail = await page.evaluate(
    () =>
      new Promise((resolve) => {
        window.RoleFit.mount(document.getElementById('route'), { bank: '/fixtures/huge-bank.json', onError: resolve });
      }),
  );
  const seconds = (Date.now() - started) / 1000;
  assert.equal(detail.kind, 'content');
  assert.match(detail.problems[0], /^\(document\) size in bytes: the value 31457\d+ is outside the range 0 to 1048576$/);
  assert.ok(seconds < 10, `refused after ${seconds} s`);
  assert.ok(errors.every((e) => /Failed to load resource/.test(e)), errors.join('\n'));
  await context.close();
});

test('an unmount before the widget is ready leaves no preload in the element, however often', async () => {
  const { context, page, errors } = await open({ hold: /rolefit-en\.json$/ });
  const left = await page.evaluate(async () => {
    const route = document.getElementById('route');
    for (let i = 0; i < 20; i += 1) (await window.RoleFit.mount(route, { lang: 'en' })).unmount();
    return route.outerHTML;
  });
  assert.equal(left, '<div id="route"></div>');
  assert.deepEqual(errors, []);
  await context.close();
});

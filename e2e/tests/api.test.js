// The JavaScript API, as a single-page site uses it: mount on an element with options, hear
// the callbacks, change the language, unmount without a trace, and do it a thousand times.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const S = require('./support');

let server;
let browser;

before(async () => {
  server = await S.serveSite();
  browser = await S.launch(['--js-flags=--expose-gc']);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function open() {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(`${server.origin}/fixtures/api.html`);
  await page.waitForFunction(() => window.apiReady);
  return { context, page, errors };
}

test('invalid options are refused with an error naming the option', async () => {
  const { context, page } = await open();
  const refusals = await page.evaluate(async () => {
    const route = document.getElementById('route');
    const tries = [{ lang: 'fr' }, { theme: 'pink' }, { accent: 'green' }, { mode: 'arcade' }, { idleSeconds: 0 },
      { includeAnswers: 'maybe' }, { colour: 'red' }, { onComplete: 'not a function' }];
    const out = [];
    for (const options of tries) {
      try {
        await window.RoleFit.mount(route, options);
        out.push('accepted');
      } catch (error) {
        out.push(`${error.name}: ${error.message}`);
      }
    }
    return { out, left: route.outerHTML };
  });
  for (const [i, name] of ['lang', 'theme', 'accent', 'mode', 'idleSeconds', 'includeAnswers', 'colour', 'onComplete'].entries()) {
    assert.match(refusals.out[i], new RegExp(`^TypeError: .*${name}`), `option ${name}`);
  }
  assert.equal(refusals.left, '<div id="route"></div>', 'a refused mount leaves the element alone');
  await context.close();
});

test('a mounted widget calls back, changes language, refuses a second mount and unmounts without a trace', async () => {
  const { context, page, errors } = await open();
  await page.evaluate(async () => {
    window.heard = [];
    const route = document.getElementById('route');
    window.widget = await window.RoleFit.mount(route, {
      lang: 'it',
      accent: '#0a7d5a',
      onReady: () => window.heard.push('ready'),
      onStart: () => window.heard.push('start'),
    });
  });
  await page.getByTestId('start').waitFor();
  await page.waitForFunction(() => window.heard.includes('ready'));
  const second = await page.evaluate(() =>
    window.RoleFit.mount(document.getElementById('route')).then(() => 'accepted', (e) => e.message));
  assert.match(second, /already holds a widget/);
  await page.evaluate(() => window.widget.setLanguage('es'));
  await page.waitForFunction(() => document.querySelector('.rolefit')?.getAttribute('lang') === 'es');
  await page.getByTestId('start').click();
  await page.getByTestId('question').waitFor();
  await page.waitForFunction(() => window.heard.includes('start'));
  const bad = await page.evaluate(() => { try { window.widget.setLanguage('fr'); return 'accepted'; } catch (e) { return e.name; } });
  assert.equal(bad, 'TypeError');
  await page.evaluate(() => window.widget.unmount());
  await page.waitForFunction(() => document.getElementById('route').childElementCount === 0);
  assert.equal(await page.evaluate(() => document.getElementById('route').outerHTML), '<div id="route"></div>');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a thousand mounts and unmounts leave the page as it was', async () => {
  const { context, page, errors } = await open();
  const measure = () =>
    page.evaluate(async () => {
      window.gc();
      await new Promise((r) => setTimeout(r, 0));
      window.gc();
      return {
        nodes: document.getElementsByTagName('*').length,
        heap: performance.memory.usedJSHeapSize,
        wasm: await window.wasmBytes(),
      };
    });
  const cycle = (count) =>
    page.evaluate(async (count) => {
      const route = document.getElementById('route');
      for (let i = 0; i < count; i += 1) {
        const widget = await window.RoleFit.mount(route, { lang: ['it', 'es', 'en'][i % 3] });
        // Each route shows its widget before the candidate leaves it.
        await new Promise((resolve) => {
          const seen = () => route.querySelector('[data-testid=start]');
          if (seen()) return resolve();
          const observer = new MutationObserver(() => seen() && (observer.disconnect(), resolve()));
          observer.observe(route, { childList: true, subtree: true });
        });
        widget.unmount();
      }
      return route.outerHTML;
    }, count);
  // A first round lets the browser's caches and the allocator settle.
  await cycle(50);
  const baseline = await measure();
  const started = Date.now();
  const left = await cycle(1000);
  const seconds = (Date.now() - started) / 1000;
  const end = await measure();
  const figures = {
    cycles: 1000,
    seconds,
    nodes: [baseline.nodes, end.nodes],
    heapGrowth: end.heap - baseline.heap,
    wasmGrowth: end.wasm - baseline.wasm,
  };
  fs.mkdirSync(S.ARTIFACTS, { recursive: true });
  fs.writeFileSync(path.join(S.ARTIFACTS, 'mount-cycles.json'), JSON.stringify(figures, null, 2));
  console.log('mount/unmount:', JSON.stringify(figures));
  assert.equal(left, '<div id="route"></div>');
  assert.equal(end.nodes, baseline.nodes, 'DOM nodes back to where they were');
  assert.ok(figures.heapGrowth < 1024 * 1024, `JS heap grew by ${figures.heapGrowth} bytes`);
  assert.ok(figures.wasmGrowth < 1024 * 1024, `wasm memory grew by ${figures.wasmGrowth} bytes`);
  assert.deepEqual(errors, []);
  await context.close();
});

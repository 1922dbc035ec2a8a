// The widget's own pages under a policy that allows images from their own origin only
// (`img-src 'self'`, no `data:`): the stand-alone page and the frame pages load nothing the
// policy refuses, from the first frame to a drawn result.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const S = require('./support');

const POLICY = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'";

let server;
let browser;

before(async () => {
  server = await S.serve();
  browser = await S.launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens `address` with every response under POLICY; records what the policy refused. */
async function open(address) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.refused = [];
    document.addEventListener('rolefit:ready', () => (window.live = true), true);
    document.addEventListener('securitypolicyviolation', (e) => window.refused.push(`${e.effectiveDirective} ${e.blockedURI}`));
  });
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.route('**/*', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': POLICY } });
  });
  await page.goto(`${server.origin}${address}`);
  await page.waitForFunction(() => window.live);
  return { context, page, errors };
}

for (const address of ['/index.html', '/frame.html', '/frame-it.html', '/frame-es.html']) {
  test(`${address} under img-src 'self' loads nothing the policy refuses`, async () => {
    const { context, page, errors } = await open(address);
    if (address === '/index.html') await S.takeQuiz(page, S.personas['community-manager'].answers);
    assert.deepEqual(await page.evaluate(() => window.refused), []);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

// The React and Vue components of docs/single-page-apps.md, exactly as the page shows them,
// in a Vite app (e2e/fixtures/frameworks) with the npm package from the release: React under
// Strict Mode, a language change through each component's prop, a quiz taken to its result
// through the React one, and both taken off the page with nothing left behind; and on Vite's
// development server, where Strict Mode really mounts twice, progress kept 10 times of 10.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const net = require('node:net');
const { stripVTControlCharacters } = require('node:util');
const { execFileSync, spawn } = require('node:child_process');
const S = require('./support');
const { openRecorded } = require('./take-quiz');

const RELEASE = process.env.ROLEFIT_RELEASE || path.join(__dirname, '../../target/artefacts');
const FIXTURE = path.join(__dirname, '../fixtures/frameworks');
const DOC = path.join(__dirname, '../../docs/single-page-apps.md');

let work;
let site;
let browser;

function npm(args, cwd) {
  execFileSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd, stdio: ['ignore', 'inherit', 'inherit'] });
}

/** The one code block of the given language in the docs page. */
function snippet(language) {
  const blocks = [...fs.readFileSync(DOC, 'utf8').matchAll(new RegExp('```' + language + '\\n([\\s\\S]*?)```', 'g'))];
  assert.equal(blocks.length, 1, `one ${language} block in single-page-apps.md`);
  return blocks[0][1];
}

before(async () => {
  const tgz = fs.readdirSync(RELEASE).find((n) => /^rolefit-\d.*\.tgz$/.test(n));
  assert.ok(tgz, `no rolefit-<version>.tgz in ${RELEASE} (cargo xtask release makes it)`);
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'rolefit-frameworks-'));
  fs.cpSync(FIXTURE, work, { recursive: true });
  fs.writeFileSync(path.join(work, 'src/RoleFitQuiz.tsx'), snippet('tsx'));
  fs.writeFileSync(path.join(work, 'src/RoleFitQuiz.vue'), snippet('vue'));
  npm(['install'], work);
  npm(['install', path.join(RELEASE, tgz)], work);
  npm(['run', 'build'], work);
  site = await S.serve(path.join(work, 'dist'));
  browser = await S.launch();
});

after(async () => {
  await browser?.close();
  await site?.close();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

test('the React and Vue components of the docs: one quiz each, languages, a result, unmounting', async () => {
  const { context, page, problems, warnings } = await openRecorded(browser, site.origin, `${site.origin}/index.html`);
  const react = page.locator('#react');
  const vue = page.locator('#vue');
  await react.getByTestId('start').waitFor();
  await vue.getByTestId('start').waitFor();
  // Strict Mode mounted the React component twice: one widget is left.
  await page.waitForFunction(() => document.querySelectorAll('#react .rolefit').length === 1);
  assert.equal(await react.locator('.rolefit').getAttribute('lang'), 'en');
  assert.equal(await vue.locator('.rolefit').getAttribute('lang'), 'es');

  await react.getByTestId('start').click();
  await page.evaluate(() => window.host.setReactLang('it'));
  await react.locator('.rolefit[lang=it]').waitFor();
  assert.equal(await react.getByTestId('question').count(), 1, 'the candidate kept their place');
  await page.evaluate(() => {
    window.host.vueRoot.lang = 'en';
  });
  await vue.locator('.rolefit[lang=en]').waitFor();

  const persona = S.personas['social-media-strategist'];
  const result = await S.takeQuiz(react, persona.answers, { start: false });
  assert.equal(result.top, persona.top);
  const completed = await page.evaluate(() => window.host.completed);
  assert.deepEqual(completed.map(([who, detail]) => [who, detail.lang, detail.ranking[0].role]), [['react', 'it', persona.top]]);
  await S.screenshot(page, 'frameworks');

  await page.evaluate(() => window.host.setReactShown(false));
  await page.locator('#react-gone').waitFor();
  await page.waitForFunction(() => document.querySelectorAll('#react .rolefit, #react [data-rolefit-mounted]').length === 0);
  await page.evaluate(() => window.host.vueApp.unmount());
  assert.equal(await vue.innerHTML(), '', 'Vue took its element away');
  assert.deepEqual(warnings, []);
  S.assertClean(problems);
  await context.close();
});

test('the Vue component: a quiz taken to its result, heard through its onComplete', async () => {
  const { context, page, problems } = await openRecorded(browser, site.origin, `${site.origin}/index.html`);
  const persona = S.personas['community-manager'];
  const result = await S.takeQuiz(page.locator('#vue'), persona.answers);
  assert.equal(result.top, persona.top);
  const completed = await page.evaluate(() => window.host.completed);
  assert.deepEqual(completed.map(([who, detail]) => [who, detail.lang]), [['vue', 'es']]);
  S.assertClean(problems);
  await context.close();
});

/** A port nothing listens on. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** Vite's development server on the app, once it says where it listens. */
async function devServer() {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  // Plain text, whatever the environment (a CI variable turns Vite's colours on).
  const env = { ...process.env, NO_COLOR: '1' };
  delete env.FORCE_COLOR;
  const vite = spawn(process.execPath, ['node_modules/vite/bin/vite.js', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    cwd: work,
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise((resolve) => vite.once('exit', resolve));
  await new Promise((resolve, reject) => {
    let said = '';
    vite.stdout.on('data', (chunk) => {
      // Any colour codes left out, should some remain.
      said += stripVTControlCharacters(String(chunk));
      if (said.includes(origin)) resolve();
    });
    exited.then((code) => reject(new Error(`vite exited with ${code}: ${said}`)));
  });
  return { origin, close: () => (vite.exitCode === null ? (vite.kill(), exited) : exited) };
}

test('React in development, where Strict Mode mounts twice: progress kept on leaving and coming back, 10 times of 10', { timeout: 300_000 }, async () => {
  const dev = await devServer();
  try {
    const persona = S.personas['community-manager'];
    for (let run = 1; run <= 10; run++) {
      const { context, page, problems } = await openRecorded(browser, dev.origin, `${dev.origin}/index.html`);
      const react = page.locator('#react');
      await react.getByTestId('start').click();
      // Two answers, then the candidate is on the third question.
      for (let i = 0; i < 2; i++) {
        const { id } = await S.currentQuestion(react);
        await S.answerByPointer(react, persona.answers[id]);
        await react.getByTestId('next').click();
        await react.locator(`[data-testid=question]:not([data-question-id="${id}"])`).waitFor();
      }
      const { id: left } = await S.currentQuestion(react);
      await page.evaluate(() => window.host.setReactShown(false));
      await page.locator('#react-gone').waitFor();
      await page.evaluate(() => window.host.setReactShown(true));
      const back = react.locator('[data-testid=question], [data-testid=start]').first();
      await back.waitFor();
      assert.equal(await back.getAttribute('data-question-id'), left, `run ${run}: back where the candidate left`);
      await page.reload();
      await react.getByTestId('question').waitFor();
      assert.equal(await react.getByTestId('question').getAttribute('data-question-id'), left, `run ${run}: the same after a reload`);
      assert.equal(await page.locator('#react .rolefit').count(), 1);
      S.assertClean(problems);
      await context.close();
    }
  } finally {
    await dev.close();
  }
});

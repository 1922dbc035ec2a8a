// The npm package from the release (`rolefit-<version>.tgz`): its manifest; served as a CDN
// that mirrors npm serves it (`…/rolefit@<version>/embed.js`); and installed into a fresh Vite
// project (e2e/fixtures/vite: TypeScript, from npm) that imports the API with its types,
// builds, and runs the quiz in Chromium.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const http = require('node:http');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const S = require('./support');
const { openRecorded, eventsOf } = require('./take-quiz');

const RELEASE = process.env.ROLEFIT_RELEASE || path.join(__dirname, '../../target/artefacts');
const FIXTURE = path.join(__dirname, '../fixtures/vite');

let work; // the fresh project folder
let installed; // node_modules/rolefit in it
let browser;

function npm(args, cwd) {
  execFileSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd, stdio: ['ignore', 'inherit', 'inherit'] });
}

/** The fenced blocks of `language` in docs/cdn-npm.md, as written. */
function guideBlocks(language) {
  const text = fs.readFileSync(path.join(__dirname, '../../docs/cdn-npm.md'), 'utf8');
  return [...text.matchAll(new RegExp(`^\`\`\`${language}\n([\\s\\S]*?)^\`\`\`$`, 'gm'))].map((m) => m[1]);
}

// The project follows docs/cdn-npm.md: its `scripts` blocks added to package.json in the
// page's order, and its install command run as written beside the release's `.tgz`.
before(() => {
  const tgz = fs.readdirSync(RELEASE).find((n) => /^rolefit-\d.*\.tgz$/.test(n));
  assert.ok(tgz, `no rolefit-<version>.tgz in ${RELEASE} (cargo xtask release makes it)`);
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'rolefit-vite-'));
  fs.cpSync(FIXTURE, work, { recursive: true });
  const manifest = JSON.parse(fs.readFileSync(path.join(work, 'package.json'), 'utf8'));
  const scripts = guideBlocks('json').map((block) => JSON.parse(block).scripts);
  assert.equal(scripts.length, 2, "the guide's two package.json blocks");
  manifest.scripts = Object.assign({}, ...scripts);
  fs.writeFileSync(path.join(work, 'package.json'), JSON.stringify(manifest, null, 2));
  npm(['install'], work);
  const [install] = guideBlocks('sh');
  assert.equal(install.trim(), `npm install ./${tgz}`, "the guide's install command names the release's package");
  fs.copyFileSync(path.join(RELEASE, tgz), path.join(work, tgz));
  execFileSync('sh', ['-c', install], { cwd: work, stdio: ['ignore', 'inherit', 'inherit'] });
  installed = path.join(work, 'node_modules/rolefit');
});

after(async () => {
  await browser?.close();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

test('the package: its version, entry points, declarations and files', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(installed, 'package.json'), 'utf8'));
  const tgz = fs.readdirSync(RELEASE).find((n) => n.endsWith('.tgz'));
  assert.equal(tgz, `rolefit-${manifest.version}.tgz`, 'named with the version it carries');
  assert.equal(manifest.type, 'module');
  assert.deepEqual(manifest.exports['.'], { types: './rolefit.d.ts', default: './embed.js' });
  for (const file of ['embed.js', 'rolefit.js', 'rolefit_bg.wasm', 'rolefit.css', 'rolefit-it.json', 'rolefit.d.ts', 'README.md', 'LICENSE']) {
    assert.ok(manifest.files.includes(file), `files lists ${file}`);
    assert.ok(fs.existsSync(path.join(installed, file)), `${file} installed`);
  }
  const checksum = fs.readFileSync(path.join(RELEASE, `${tgz}.sha256`), 'utf8');
  const digest = require('node:crypto').createHash('sha256').update(fs.readFileSync(path.join(RELEASE, tgz))).digest('hex');
  assert.equal(checksum, `${digest}  ${tgz}\n`);
});

test('from a CDN that mirrors npm: …/rolefit@<version>/embed.js on a plain page', async () => {
  const { version } = JSON.parse(fs.readFileSync(path.join(installed, 'package.json'), 'utf8'));
  const prefix = `/npm/rolefit@${version}/`;
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CDN</title><link rel="icon" href="data:,"></head>
<body><main><div data-rolefit data-lang="it"></div></main><script type="module" src="${prefix}embed.js"></script></body></html>`;
  const types = { '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.json': 'application/json' };
  const server = http.createServer((req, res) => {
    const pathname = new URL(req.url, 'http://localhost').pathname;
    if (pathname === '/') return res.writeHead(200, { 'content-type': 'text/html' }).end(page);
    const file = path.join(installed, pathname.slice(prefix.length));
    if (!pathname.startsWith(prefix) || !file.startsWith(installed) || !fs.existsSync(file)) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': types[path.extname(file)] || 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  browser = browser || (await S.launch());
  try {
    const { context, page: tab, problems } = await openRecorded(browser, origin, `${origin}/`);
    await tab.getByTestId('start').waitFor();
    assert.equal(await tab.locator('.rolefit').first().getAttribute('lang'), 'it');
    S.assertClean(problems);
    await context.close();
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
});

test('a Vite project imports the API, type-checks, builds, and its page runs the quiz', async (t) => {
  npm(['run', 'build'], work);
  const built = path.join(work, 'dist');
  for (const file of ['index.html', 'rolefit/rolefit_bg.wasm', 'rolefit/rolefit.js', 'rolefit/rolefit-en.json']) {
    assert.ok(fs.existsSync(path.join(built, file)), `dist/${file}`);
  }
  // What the bundler took from `import { mount } from 'rolefit'`: an embedded quiz's scripts,
  // none of the kiosk's, and no wasm (rolefit/, copied as the docs say, has it once).
  const files = fs.readdirSync(built, { recursive: true }).filter((f) => fs.statSync(path.join(built, f)).isFile());
  const kiosk = files.filter((f) => /rolefit_keep_kiosk|kiosk[.-]|tallies|staff/.test(path.basename(f)));
  assert.deepEqual(kiosk, [], 'no kiosk module, kiosk script or tallies piece in the build');
  const assets = files.filter((f) => f.startsWith(`assets${path.sep}`));
  assert.deepEqual(assets.filter((f) => !f.endsWith('.js')), [], 'only scripts in assets/: no wasm, no page');
  assert.ok(assets.some((f) => /^keep-/.test(path.basename(f))) && assets.some((f) => /^rolefit_keep-/.test(path.basename(f))), 'the candidate\'s keep module is bundled');
  const bytes = files.reduce((sum, f) => sum + fs.statSync(path.join(built, f)).size, 0);
  t.diagnostic(`the build folder: ${files.length} files, ${bytes} B (assets/: ${assets.length} files)`);
  const site = await S.serve(built);
  browser = browser || (await S.launch());
  try {
    const { context, page, problems } = await openRecorded(browser, site.origin, `${site.origin}/index.html`);
    const widget = page.locator('#quiz');
    await widget.getByTestId('start').waitFor();
    const persona = S.personas['social-media-manager'];
    const result = await S.takeQuiz(widget, persona.answers);
    assert.equal(result.top, persona.top);
    const [complete] = await eventsOf(page, 'rolefit:complete');
    assert.equal(complete.detail.ranking[0].role, persona.top);
    assert.equal(await page.locator('#outcome').getAttribute('data-role'), persona.top, 'onComplete was called');
    await S.screenshot(page, 'vite-app');
    await page.evaluate(() => window.rolefitHandle.unmount());
    assert.equal(await widget.getByTestId('result').count(), 0, 'unmounted');
    S.assertClean(problems);
    await context.close();
  } finally {
    await site.close();
  }
});

test('the same app in kiosk mode loads the kiosk build from base', async () => {
  const built = path.join(work, 'dist');
  assert.ok(fs.existsSync(path.join(built, 'index.html')), 'built by the test before');
  // The package copied whole, as cdn-npm.md's first snippet does for a site with a kiosk.
  fs.cpSync(installed, path.join(built, 'rolefit'), { recursive: true });
  const site = await S.serve(built);
  browser = browser || (await S.launch());
  try {
    const { context, page, problems, requests } = await openRecorded(browser, site.origin, `${site.origin}/index.html?mode=kiosk`);
    const widget = page.locator('#quiz');
    const persona = S.personas['community-manager'];
    const result = await S.takeQuiz(widget, persona.answers);
    assert.ok(result.top, 'a result');
    await widget.getByTestId('qr').waitFor();
    for (const file of ['rolefit/rolefit_keep_kiosk.js', 'rolefit/rolefit_keep_kiosk_bg.wasm']) {
      assert.ok(requests.includes(`${site.origin}/${file}`), `${file} fetched from base`);
    }
    assert.deepEqual(requests.filter((r) => /\/rolefit_keep(_bg\.wasm|\.js)$/.test(r)), [], 'not the candidate\'s build');
    S.assertClean(problems);
    await context.close();
  } finally {
    await site.close();
  }
});

// The static folder from the release (`rolefit-<version>-static.zip`), unzipped into a folder
// of a plain static site, as a host would: its files, its checksum, an inline embed from the
// README's snippet, a frame and the kiosk page, all from that folder.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const S = require('./support');
const { openRecorded } = require('./take-quiz');

const RELEASE = process.env.ROLEFIT_RELEASE || path.join(__dirname, '../../target/artefacts');
const DIST = process.env.ROLEFIT_DIST || path.join(__dirname, '../../dist');
const FOLDER = 'blog/assets'; // where the host unzips it

let work;
let zip;
let site;
let browser;

before(async () => {
  zip = fs.readdirSync(RELEASE).find((n) => /^rolefit-.+-static\.zip$/.test(n));
  assert.ok(zip, `no rolefit-<version>-static.zip in ${RELEASE} (cargo xtask release makes it)`);
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'rolefit-static-'));
  const target = path.join(work, FOLDER);
  fs.mkdirSync(target, { recursive: true });
  // Python's own zip tool, on every machine of this project's kind.
  execFileSync('python3', ['-m', 'zipfile', '--extract', path.join(RELEASE, zip), target]);
  fs.writeFileSync(
    path.join(work, 'post.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A post</title><link rel="icon" href="data:,"></head>
<body><main><h1>A post</h1><div data-rolefit data-lang="es"></div>
<iframe data-rolefit-frame title="RoleFit" src="/${FOLDER}/rolefit/frame.html?lang=it"></iframe></main>
<script type="module" src="/${FOLDER}/rolefit/embed.js"></script></body></html>`,
  );
  site = await S.serve(work);
  browser = await S.launch();
});

after(async () => {
  await browser?.close();
  await site?.close();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

test('the zip holds the release build, the README and the licence, under rolefit/', () => {
  const unzipped = path.join(work, FOLDER, 'rolefit');
  // The one-file kiosk is an artefact of its own, not part of a web host's folder.
  const built = fs
    .readdirSync(DIST)
    .filter((n) => fs.statSync(path.join(DIST, n)).isFile() && !n.startsWith('.') && n !== 'rolefit-kiosk.html');
  assert.deepEqual(fs.readdirSync(unzipped).sort(), [...built, 'LICENSE', 'README.md'].sort());
  for (const name of built) {
    assert.ok(fs.readFileSync(path.join(unzipped, name)).equals(fs.readFileSync(path.join(DIST, name))), `${name} as built`);
  }
  assert.match(fs.readFileSync(path.join(unzipped, 'README.md'), 'utf8'), /<script type="module" src="\/rolefit\/embed\.js"><\/script>/);
  const digest = crypto.createHash('sha256').update(fs.readFileSync(path.join(RELEASE, zip))).digest('hex');
  assert.ok(fs.readFileSync(path.join(RELEASE, 'SHA256SUMS'), 'utf8').includes(`${digest}  ${zip}\n`));
});

test('unzipped into a folder of a static site: inline, in a frame, and the kiosk page', async () => {
  const { context, page, problems } = await openRecorded(browser, site.origin, `${site.origin}/post.html`);
  await page.locator('main > [data-rolefit]').getByTestId('start').waitFor();
  assert.equal(await page.locator('main > [data-rolefit] .rolefit').first().getAttribute('lang'), 'es');
  const frame = page.frameLocator('iframe[data-rolefit-frame]');
  await frame.getByTestId('start').waitFor();
  await page.goto(`${site.origin}/${FOLDER}/rolefit/kiosk.html`);
  await page.locator('[data-rolefit]').first().waitFor();
  await page.waitForFunction(() => document.querySelector('[data-rolefit-mounted]'));
  S.assertClean(problems);
  await context.close();
});

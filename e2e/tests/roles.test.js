// Roles as data, in the browser: a host's bank with four roles (the shipped three and a
// Content Creator) and one with two, each on a blog page through data-bank, taken to a result
// where the bank's own role is on top, with its guide and the image card drawn. The banks are
// core/tests/documents/*.json, the native tests' own; role-banks.json holds, for each, the
// answers that favour a role (rolefit_core::scoring::answers_favouring on that bank).
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { PNG } = require('pngjs');
const S = require('./support');
const { openRecorded, eventsOf } = require('./take-quiz');

const DOCUMENTS = path.join(__dirname, '../../core/tests/documents');
const FIXTURES = path.join(__dirname, '../fixtures');
const ANSWERS = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'role-banks.json'), 'utf8'));
const BANKS = ['four-roles', 'two-roles'];

let site;
let browser;

before(async () => {
  for (const bank of BANKS) fs.copyFileSync(path.join(DOCUMENTS, `${bank}.json`), path.join(FIXTURES, `bank-${bank}.json`));
  site = await S.serveSite();
  browser = await S.launch();
  fs.mkdirSync(path.join(S.ARTIFACTS, 'screens'), { recursive: true });
});

after(async () => {
  await browser?.close();
  await site?.close();
  for (const bank of BANKS) fs.rmSync(path.join(FIXTURES, `bank-${bank}.json`), { force: true });
});

/**
 * Takes the quiz of `bank` on the blog page with the answers that favour `role`, and checks
 * the result: the role on top of every role of the bank, the event, a guide to each role, the
 * image card.
 */
async function toResult(bank, role) {
  const document = JSON.parse(fs.readFileSync(path.join(DOCUMENTS, `${bank}.json`), 'utf8'));
  const ids = document.roles.map((r) => r.id);
  const name = document.roles.find((r) => r.id === role).name.en;
  const url = `${site.origin}/fixtures/blog-bank.html?bank=/fixtures/bank-${bank}.json`;
  const { context, page, problems } = await openRecorded(browser, site.origin, url);
  await page.locator('.rolefit').getByText(document.title.en).first().waitFor();
  const result = await S.takeQuiz(page, ANSWERS[bank][role]);
  assert.equal(result.top, role, `${bank}: ${role} on top`);
  assert.deepEqual(result.roles.map((r) => r.id).sort(), [...ids].sort(), `${bank}: every role ranked`);
  assert.equal(result.roles[0].id, role);
  assert.equal(result.roles.reduce((sum, r) => sum + r.percent, 0), 100);

  const [complete] = await eventsOf(page, 'rolefit:complete');
  assert.equal(complete.detail.ranking.length, ids.length);
  assert.deepEqual(complete.detail.ranking[0], { role, name, percent: result.roles[0].percent });

  // A guide to each role, the top one first, with its summary.
  await page.getByTestId('keep-panel').waitFor();
  const guides = await page.locator('.rf-role').evaluateAll((cards) => cards.map((card) => card.dataset.role));
  assert.deepEqual(guides, result.roles.map((r) => r.id), `${bank}: a guide to each role, in ranked order`);
  const guide = page.locator(`.rf-role[data-role="${role}"]`);
  assert.match(await guide.innerText(), new RegExp(document.roles.find((r) => r.id === role).summary.en.slice(0, 40)));
  await S.screenshot(page, `roles-${bank}-result`);

  // The image card, with every role's bar.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-image').click()]);
  assert.equal(download.suggestedFilename(), `rolefit-${role}.png`);
  const file = path.join(S.ARTIFACTS, 'screens', `card-${bank}.png`);
  await download.saveAs(file);
  const png = PNG.sync.read(fs.readFileSync(file));
  assert.deepEqual([png.width, png.height], [1200, 630]);
  S.assertClean(problems);
  await context.close();
}

test('a bank with a fourth role: a candidate for it gets it on top, with its guide and card', async () => {
  await toResult('four-roles', 'content-creator');
});

test('a bank with two roles: each can come out on top, with its guide and card', async () => {
  await toResult('two-roles', 'social-media-strategist');
  await toResult('two-roles', 'community-manager');
});

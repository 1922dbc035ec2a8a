// The host's next step after the result: per role, a link and its label chosen by the page
// (data-next-<role>, data-next-label-<role>[-<lang>], or mount's `next`), shown under the
// lean in the candidate's language; following it fires rolefit:next with the role. Only
// https:, http: and same-site addresses: a javascript: one is dropped with a warning. Not on
// a kiosk. Under the strict Content-Security-Policy.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const S = require('./support');

let site;
let browser;

before(async () => {
  site = await S.serveSite({ csp: true });
  browser = await S.launch();
});

after(async () => {
  await browser?.close();
  await site?.close();
});

async function open(path, colorScheme = 'light') {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 }, colorScheme });
  const page = await context.newPage();
  const warnings = [];
  const errors = [];
  page.on('console', (m) => (m.type() === 'warning' ? warnings : m.type() === 'error' ? errors : []).push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${site.origin}${path}`);
  return { context, page, warnings, errors };
}

async function axe(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  const result = await page.evaluate(() => window.axe.run({ include: ['#quiz'] }, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] }));
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

const heard = (page) => page.evaluate(() => JSON.parse(sessionStorage.getItem('heard-next') ?? '[]'));

/** The next step as drawn, and whether it sits right under the lean. */
const step = (page) =>
  page.getByTestId('next-step').evaluate((a) => ({
    text: a.textContent,
    href: a.href,
    role: a.dataset.role,
    underLean: a.parentElement.previousElementSibling?.dataset.testid === 'lean',
  }));

const EXPECTED = {
  'community-manager': {
    it: 'Leggi la nostra guida al Community Manager',
    es: 'Lee nuestra guía de Community Manager',
    en: 'Read our Community Manager guide',
    href: (origin) => `${origin}/fixtures/next-guide.html?role=community-manager`,
  },
  'social-media-manager': {
    it: 'Social Media Manager course',
    es: 'Social Media Manager course',
    en: 'Social Media Manager course',
    href: () => 'https://school.example/courses/social-media-manager',
  },
  'social-media-strategist': {
    it: 'Posizioni aperte da Strategist',
    es: 'Puestos abiertos de Strategist',
    en: 'Your next step',
    href: () => 'https://jobs.example/strategist?ref=rolefit',
  },
};

test("each role's result shows the blog's next step in the candidate's language, and following it fires rolefit:next", async () => {
  for (const role of Object.keys(EXPECTED)) {
    for (const lang of ['it', 'es', 'en']) {
      const what = `${role} ${lang}`;
      const { context, page, warnings, errors } = await open(`/fixtures/next.html?lang=${lang}`);
      const result = await S.takeQuiz(page, S.personas[role].answers);
      assert.equal(result.top, role, what);
      await page.getByTestId('next-step').waitFor();
      const shown = await step(page);
      assert.deepEqual(shown, { text: EXPECTED[role][lang], href: EXPECTED[role].href(site.origin), role, underLean: true }, what);
      assert.deepEqual(await axe(page), [], what);
      if (lang === 'en') await page.screenshot({ path: `${S.ARTIFACTS}/screens/next-step-${role}.png` });
      const external = !shown.href.startsWith(site.origin);
      // Another site's page cannot load here: the test stays on this one.
      if (external) await page.evaluate(() => document.addEventListener('click', (e) => e.preventDefault()));
      await page.getByTestId('next-step').click();
      if (!external) {
        await page.waitForURL(/next-guide\.html/);
        await page.locator('h1').waitFor();
      }
      await page.waitForFunction(() => sessionStorage.getItem('heard-next'));
      assert.deepEqual(await heard(page), [{ target: 'quiz', lang, role, url: shown.href }], what);
      assert.deepEqual(warnings, [], what);
      assert.deepEqual(errors, [], what);
      await context.close();
    }
  }
});

test('a javascript: address, another site without a scheme and a data: address are refused, each with its warning', async () => {
  const { context, page, warnings, errors } = await open('/fixtures/next-bad.html?lang=en');
  const result = await S.takeQuiz(page, S.personas['community-manager'].answers);
  assert.equal(result.top, 'community-manager');
  await page.waitForFunction(() => document.querySelector('[data-testid=result]'));
  assert.equal(await page.getByTestId('next-step').count(), 0);
  assert.equal(await page.locator('#quiz a[href^="javascript:"]').count(), 0);
  assert.deepEqual(warnings.sort(), [
    'RoleFit: data-next-community-manager="javascript:alert(document.domain)" is not an https:, http: or same-site address; no next step is shown for community-manager',
    'RoleFit: data-next-social-media-manager="//elsewhere.example/course" is not an https:, http: or same-site address; no next step is shown for social-media-manager',
    'RoleFit: data-next-social-media-strategist="data:text/html,hello" is not an https:, http: or same-site address; no next step is shown for social-media-strategist',
  ]);
  // Another language redraws the result: the warnings are not repeated.
  await page.getByTestId('lang-it').click();
  await page.waitForFunction(() => document.querySelector('.rolefit').lang === 'it');
  await page.getByTestId('result').waitFor();
  assert.equal(warnings.length, 3);
  assert.deepEqual(errors, []);
  await context.close();
});

test('mount() takes the same next steps, with onNext, and refuses a malformed one', async () => {
  const { context, page, errors } = await open('/fixtures/api.html');
  await page.waitForFunction(() => window.apiReady);
  const refused = await page.evaluate(() =>
    window.RoleFit.mount(document.getElementById('route'), { next: { 'social-media-manager': 'https://school.example' } }).then(
      () => 'mounted',
      (e) => `${e.name}: ${e.message}`,
    ),
  );
  assert.match(refused, /^TypeError: RoleFit: option next\.social-media-manager is "https:\/\/school\.example"; expected/);
  assert.equal(await page.locator('#route').getAttribute('data-next-social-media-manager'), null);
  await page.evaluate(async () => {
    window.followed = [];
    window.handle = await window.RoleFit.mount(document.getElementById('route'), {
      lang: 'es',
      next: { 'social-media-manager': { url: 'https://school.example/smm', label: { it: 'Il corso', es: 'El curso' } } },
      onNext: (detail) => window.followed.push(detail),
    });
  });
  await S.takeQuiz(page, S.personas['social-media-manager'].answers);
  await page.getByTestId('next-step').waitFor();
  assert.equal(await page.getByTestId('next-step').innerText(), 'El curso');
  await page.evaluate(() => document.addEventListener('click', (e) => e.preventDefault()));
  await page.getByTestId('next-step').click();
  assert.deepEqual(await page.evaluate(() => window.followed), [{ lang: 'es', role: 'social-media-manager', url: 'https://school.example/smm' }]);
  await page.evaluate(() => window.handle.unmount());
  assert.equal(await page.locator('#route').getAttribute('data-next-social-media-manager'), null, 'unmount takes the settings away');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a kiosk shows no next step: its take-home page does', async () => {
  const context = await browser.newContext({ viewport: { width: 1080, height: 1920 }, hasTouch: true });
  const page = await context.newPage();
  await page.goto(`${site.origin}/kiosk.html?lang=en`);
  await page.locator('#rolefit').evaluate((el) => el.setAttribute('data-next-community-manager', 'https://blog.example/guide'));
  await page.getByTestId('start').waitFor();
  await S.takeQuiz(page, S.personas['community-manager'].answers);
  await page.getByTestId('qr').waitFor();
  assert.equal(await page.getByTestId('next-step').count(), 0);
  await context.close();
});

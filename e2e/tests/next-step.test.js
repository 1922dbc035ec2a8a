// The host's next step after the result: per role, a link and its label chosen by the page
// (data-next-<role>, data-next-label-<role>[-<lang>], or mount's `next`), shown under the
// lean in the candidate's language; following it fires rolefit:next with the role. Only
// https:, http: and same-site addresses: a javascript: one is dropped with a warning. Not on
// a kiosk. Under the strict Content-Security-Policy. In a frame on another origin, the same
// next steps as the frame's parameters: the link opens in the host page, an address on the
// host's site is the host's, and rolefit:next (with every other rolefit:* event, the kiosk's
// rolefit:reset included) reaches the host page on the iframe.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const S = require('./support');

let site;
let blog; // another origin, playing the blog that frames the widget
let browser;

before(async () => {
  site = await S.serveSite({ csp: true });
  blog = await S.serveSite({ widget: site.origin });
  site.options.ancestors = [blog.origin];
  browser = await S.launch();
});

after(async () => {
  await browser?.close();
  await site?.close();
  await blog?.close();
});

async function open(path, colorScheme = 'light', origin = site.origin) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 }, colorScheme });
  // Every rolefit:* event that reaches the page's document, with the element it was fired on.
  await context.addInitScript(() => {
    window.heardHere = [];
    for (const type of ['ready', 'start', 'complete', 'shared', 'error', 'next', 'reset']) {
      document.addEventListener(`rolefit:${type}`, (event) => window.heardHere.push({ type: event.type, target: event.target.id, detail: event.detail }));
    }
  });
  const page = await context.newPage();
  const warnings = [];
  const errors = [];
  // (The console of a frame in the page is the page's too.)
  page.on('console', (m) => (m.type() === 'warning' ? warnings : m.type() === 'error' ? errors : []).push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${origin}${path}`);
  return { context, page, warnings, errors };
}

/** The frame document of the page's iframe#quiz. */
async function frameOf(page) {
  const frame = await (await page.waitForSelector('iframe#quiz')).contentFrame();
  assert.ok(frame, 'iframe#quiz has a frame');
  return frame;
}

/** The rolefit:* events of a type that reached the page so far, once there are `count`. */
async function heardOnPage(page, type, count = 1) {
  await page.waitForFunction(([t, n]) => window.heardHere.filter((e) => e.type === t).length >= n, [type, count]);
  return page.evaluate((t) => window.heardHere.filter((e) => e.type === t), type);
}

async function axe(page, include = '#quiz') {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  const result = await page.evaluate((include) => window.axe.run({ include: [include] }, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] }), include);
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
    target: a.target,
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
      assert.deepEqual(shown, { text: EXPECTED[role][lang], href: EXPECTED[role].href(site.origin), role, underLean: true, target: '' }, what);
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

// The three roles, each in one language, in a frame on the blog's origin: the guide on the
// blog's own site is followed for real (the blog's page goes to it, not the frame).
const FRAMED = { 'community-manager': 'it', 'social-media-manager': 'es', 'social-media-strategist': 'en' };

test("in a frame: each role's result shows the blog's next step, which opens in the blog's page, and rolefit:next reaches the iframe", async () => {
  for (const [role, lang] of Object.entries(FRAMED)) {
    const what = `${role} ${lang}, framed`;
    const { context, page, warnings, errors } = await open(`/fixtures/next-frame.html?lang=${lang}`, 'light', blog.origin);
    const frame = await frameOf(page);
    assert.notEqual(new URL(frame.url()).origin, blog.origin, 'the frame is on another origin');
    const result = await S.takeQuiz(frame, S.personas[role].answers);
    assert.equal(result.top, role, what);
    await frame.getByTestId('next-step').waitFor();
    const shown = await step(frame);
    // The guide is on the blog's site: an address on "this site" is the host page's.
    assert.deepEqual(shown, { text: EXPECTED[role][lang], href: EXPECTED[role].href(blog.origin), role, underLean: true, target: '_parent' }, what);
    assert.deepEqual(await axe(frame, 'main'), [], what);
    const [complete] = await heardOnPage(page, 'rolefit:complete');
    assert.equal(complete.detail.ranking[0].role, role, what);
    if (lang === 'en') await page.screenshot({ path: `${S.ARTIFACTS}/screens/next-step-frame-${role}.png` });
    const external = !shown.href.startsWith(blog.origin);
    if (external) {
      // Another site's page cannot load here: the test stays on this one.
      await frame.evaluate(() => document.addEventListener('click', (e) => e.preventDefault()));
      await frame.getByTestId('next-step').click();
      const [next] = await heardOnPage(page, 'rolefit:next');
      assert.deepEqual(next, { type: 'rolefit:next', target: 'quiz', detail: { lang, role, url: shown.href } }, what);
    } else {
      await frame.getByTestId('next-step').click();
      // The blog's page itself went to the guide, and its listener heard the event first.
      await page.waitForURL(`${blog.origin}/fixtures/next-guide.html?role=community-manager`);
      await page.locator('h1').waitFor();
      await page.waitForFunction(() => sessionStorage.getItem('heard-next'));
      assert.deepEqual(await heard(page), [{ target: 'quiz', lang, role, url: shown.href }], what);
    }
    assert.deepEqual(warnings, [], what);
    assert.deepEqual(errors, [], what);
    await context.close();
  }
});

test('in a frame: a javascript: address, another site without a scheme and a data: address are refused, each with its warning', async () => {
  const { context, page, warnings, errors } = await open('/fixtures/next-frame-bad.html', 'light', blog.origin);
  const frame = await frameOf(page);
  const result = await S.takeQuiz(frame, S.personas['community-manager'].answers);
  assert.equal(result.top, 'community-manager');
  await heardOnPage(page, 'rolefit:complete');
  await frame.getByTestId('keep-panel').waitFor();
  assert.equal(await frame.getByTestId('next-step').count(), 0);
  assert.equal(await frame.locator('a[href^="javascript:"]').count(), 0);
  assert.deepEqual(warnings.sort(), [
    'RoleFit: data-next-community-manager="javascript:alert(document.domain)" is not an https:, http: or same-site address; no next step is shown for community-manager',
    'RoleFit: data-next-social-media-manager="//elsewhere.example/course" is not an https:, http: or same-site address; no next step is shown for social-media-manager',
    'RoleFit: data-next-social-media-strategist="data:text/html,hello" is not an https:, http: or same-site address; no next step is shown for social-media-strategist',
  ]);
  assert.deepEqual(errors, []);
  await context.close();
});

test("in a frame: a kiosk's reset for the next candidate reaches the host page as rolefit:reset on the iframe", async () => {
  const { context, page, errors } = await open('/fixtures/frame-host-kiosk.html', 'light', blog.origin);
  const frame = await frameOf(page);
  await frame.getByTestId('start').click();
  const [start] = await heardOnPage(page, 'rolefit:start');
  assert.equal(start.target, 'quiz');
  // Nobody touches it: "Still there?", then the attract screen again, in the kiosk's language.
  const [reset] = await heardOnPage(page, 'rolefit:reset');
  assert.equal(reset.target, 'quiz', 'fired on the iframe element');
  assert.equal(reset.detail.lang, 'es');
  assert.equal(typeof reset.detail.version, 'string');
  await frame.getByTestId('start').waitFor();
  const types = await page.evaluate(() => window.heardHere.map((e) => e.type));
  assert.deepEqual(types, ['rolefit:ready', 'rolefit:start', 'rolefit:reset']);
  assert.deepEqual(errors, []);
  await context.close();
});

// The WordPress plugin from the release zip on a real WordPress (Debian's package, MariaDB,
// PHP): installed and activated through WordPress's own API, posts made through the REST API
// as the block editor saves them, the quiz taken in Chromium on a post with two shortcodes and
// on one with the block, bad settings, a page without a quiz, next steps after the result for
// each role (shortcode and block, and addresses that are not allowed), the block's settings in
// the editor in Italian, PHP's log, and deactivating and uninstalling.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const S = require('./support');
const { openRecorded, eventsOf } = require('./take-quiz');
const { startWordPress } = require('./wordpress-site');

const RELEASE = process.env.ROLEFIT_RELEASE || path.join(__dirname, '../../target/artefacts');
const PLUGIN_FILES = '/plugins/rolefit/';

let wp; // the running site
let browser;
let filesBefore; // the content folder before the plugin came
const posts = {};
const NEXT = {}; // the guide's address on the site, from its root

function pluginZip() {
  const name = fs.readdirSync(RELEASE).find((n) => /^rolefit-wordpress-.+\.zip$/.test(n));
  assert.ok(name, `no rolefit-wordpress-<version>.zip in ${RELEASE} (cargo xtask release makes it)`);
  return path.join(RELEASE, name);
}

async function publish(title, content) {
  const post = await wp.rest('/wp/v2/posts', { title, content, status: 'publish' });
  return { id: post.id, link: post.link };
}

before(async () => {
  wp = await startWordPress();
  filesBefore = wp.files();
  browser = await S.launch();
  const installed = wp.site('plugin-install', pluginZip());
  assert.equal(installed, 'rolefit/rolefit.php');
  assert.equal(wp.site('activate'), true, 'the plugin is active');
  posts.shortcodes = await publish(
    'Two quizzes',
    '<!-- wp:paragraph --><p>Which role suits you?</p><!-- /wp:paragraph -->\n' +
      '<!-- wp:shortcode -->[rolefit lang="it" theme="auto" mode="embedded" accent="#0a7d5a" include-answers="false"]<!-- /wp:shortcode -->\n' +
      '<!-- wp:shortcode -->[rolefit lang="en" theme="dark"]<!-- /wp:shortcode -->',
  );
  posts.block = await publish(
    'The block',
    '<!-- wp:rolefit/quiz {"lang":"es","theme":"light","accent":"#c2185b","includeAnswers":true} /-->',
  );
  posts.bad = await publish(
    'Bad settings',
    '<!-- wp:shortcode -->[rolefit lang="xx" theme="neon" accent="red" mode="weird" include-answers="maybe" colour="blue"]<!-- /wp:shortcode -->\n' +
      `<!-- wp:shortcode -->[rolefit theme='" onmouseover="window.rolefitInjected=1']<!-- /wp:shortcode -->\n` +
      '<!-- wp:rolefit/quiz {"theme":"\\u0022 onmouseover=\\u0022window.rolefitInjected=2","includeAnswers":"yes","accent":42} /-->',
  );
  posts.plain = await publish('No quiz', '<!-- wp:paragraph --><p>Nothing to see.</p><!-- /wp:paragraph -->');
  // The next steps: a guide on this site (the post without a quiz, from the site's root), a
  // course elsewhere whose address has two parameters, open positions.
  const guide = new URL(posts.plain.link);
  NEXT.guide = `${guide.pathname}${guide.search}`;
  posts.next = await publish(
    'Next steps',
    '<!-- wp:shortcode -->[rolefit lang="it"' +
      ` next-community-manager="${NEXT.guide}" next-label-community-manager-it="Leggi la nostra guida" next-label-community-manager="Read our guide"` +
      ' next-social-media-manager="https://school.example/courses/smm?from=rolefit&lang=it" next-label-social-media-manager="Il corso per Social Media Manager"' +
      ' next-social-media-strategist="https://jobs.example/strategist" next-label-social-media-strategist="Posizioni aperte"]<!-- /wp:shortcode -->',
  );
  // As the editor saves it: the attributes' JSON with & written \u0026.
  const blockNext = {
    'community-manager': { url: NEXT.guide, label: 'Lee nuestra guía' },
    'social-media-manager': { url: 'https://school.example/courses/smm?from=rolefit&lang=es', label: 'El curso' },
    'social-media-strategist': { url: 'https://jobs.example/strategist', label: 'Puestos abiertos' },
  };
  posts.nextBlock = await publish(
    'Next steps in the block',
    `<!-- wp:rolefit/quiz ${JSON.stringify({ lang: 'es', length: 'quick', next: blockNext }).replaceAll('&', '\\u0026')} /-->`,
  );
  posts.nextBad = await publish(
    'Next steps that are not addresses',
    '<!-- wp:shortcode -->[rolefit lang="en" length="quick" next-community-manager="javascript:alert(document.domain)" next-label-community-manager="Click me"' +
      ' next-social-media-manager="guide.html" next-social-media-strategist="JaVaScRiPt&#58;alert(document.cookie)" next-Bad_Name="https://x.example"]<!-- /wp:shortcode -->\n' +
      '<!-- wp:rolefit/quiz {"next":{"community-manager":{"url":"data:text/html,hello","label":"\\u0022 onmouseover=\\u0022window.rolefitInjected=3"},"label-x":{"url":"https://x.example"},"Bad Role":{"url":"https://x.example"}}} /-->',
  );
});

after(async () => {
  await browser?.close();
  await wp?.stop();
});

test('the plugin installs from the release zip with the widget in its own folder', () => {
  const files = wp.files().filter((f) => f.startsWith('plugins/rolefit/'));
  for (const file of ['rolefit.php', 'readme.txt', 'block/block.json', 'widget/embed.js', 'widget/rolefit_bg.wasm', 'LICENSE']) {
    assert.ok(files.includes(`plugins/rolefit/${file}`), `${file} installed`);
  }
  assert.ok(files.includes('plugins/rolefit/languages/rolefit-it_IT.mo'));
  assert.ok(files.includes('plugins/rolefit/languages/rolefit-es_ES-rolefit-quiz-editor-script.json'));
});

test('two shortcodes in one post: two quizzes, one taken to its result', async () => {
  const { context, page, problems } = await openRecorded(browser, wp.origin, posts.shortcodes.link);
  const widgets = page.locator('[data-rolefit]');
  await widgets.nth(0).getByTestId('start').waitFor();
  await widgets.nth(1).getByTestId('start').waitFor();
  assert.equal(await widgets.count(), 2);
  assert.equal(await widgets.nth(0).locator('.rolefit').first().getAttribute('lang'), 'it');
  assert.equal(await widgets.nth(1).locator('.rolefit').first().getAttribute('lang'), 'en');
  assert.equal(await page.locator(`script[type=module][src*="${PLUGIN_FILES}widget/embed.js"]`).count(), 1, 'the loader, once');

  const persona = S.personas['community-manager'];
  const result = await S.takeQuiz(widgets.nth(0), persona.answers);
  assert.equal(result.top, persona.top);
  const [complete] = await eventsOf(page, 'rolefit:complete');
  assert.equal(complete.detail.lang, 'it');
  assert.equal(complete.detail.ranking[0].role, persona.top);
  assert.equal(complete.detail.answers, undefined, 'include-answers="false"');
  assert.ok(await widgets.nth(1).getByTestId('start').isVisible(), 'the other quiz is still on its intro');
  await S.screenshot(page, 'wordpress-shortcodes');
  S.assertClean(problems);
  await context.close();
});

test('the block, as the editor saves it: the quiz runs with its settings', async () => {
  const { context, page, problems } = await openRecorded(browser, wp.origin, posts.block.link);
  const widget = page.locator('.wp-block-rolefit-quiz [data-rolefit]');
  await widget.getByTestId('start').waitFor();
  assert.equal(await widget.locator('.rolefit').first().getAttribute('lang'), 'es');
  const persona = S.personas['social-media-strategist'];
  const result = await S.takeQuiz(widget, persona.answers);
  assert.equal(result.top, persona.top);
  const [complete] = await eventsOf(page, 'rolefit:complete');
  assert.equal(complete.detail.lang, 'es');
  assert.equal(complete.detail.ranking[0].role, persona.top);
  assert.ok(complete.detail.answers, 'includeAnswers: the answers are in the event');
  await S.screenshot(page, 'wordpress-block');
  S.assertClean(problems);
  await context.close();
});

test('bad settings: whole markup, the widget’s warnings, the defaults', async () => {
  const html = await (await fetch(posts.bad.link)).text();
  const placeholders = html.match(/<div[^>]*data-rolefit[^>]*>/g) || [];
  assert.equal(placeholders.length, 3, placeholders.join('\n'));
  // Each value escaped, and cut to the longest a valid one can be.
  assert.equal(placeholders.filter((p) => p.includes('data-theme="&quot; onmouseover=&quot;w"')).length, 2, placeholders.join('\n'));
  assert.ok(!/onmouseover="/.test(html), 'no attribute of its own');
  assert.ok(!/data-colour/.test(placeholders.join()), 'an unknown setting left out');
  assert.ok(placeholders[2].includes('data-include-answers="false"'), 'a mistyped block value: the default');

  const { context, page, problems, warnings } = await openRecorded(browser, wp.origin, posts.bad.link);
  const widgets = page.locator('[data-rolefit]');
  for (let i = 0; i < 3; i++) await widgets.nth(i).getByTestId('start').waitFor();
  assert.equal(await widgets.count(), 3);
  await widgets.nth(0).hover();
  await widgets.nth(1).hover();
  await widgets.nth(2).hover();
  assert.equal(await page.evaluate(() => window.rolefitInjected), undefined, 'no attribute broke out');
  for (const setting of ['data-theme', 'data-accent', 'data-mode', 'data-include-answers']) {
    assert.ok(warnings.some((w) => w.includes(setting)), `a warning names ${setting}: ${warnings.join(' | ')}`);
  }
  assert.equal(await widgets.nth(0).locator('.rolefit').first().getAttribute('lang'), 'en', 'lang="xx": the browser’s language');
  S.assertClean(problems);
  await context.close();
});

test("the intro is in the post's HTML, styled from the head, and a Start pressed before the widget is live opens the first question", async () => {
  const html = await (await fetch(posts.shortcodes.link)).text();
  const head = html.slice(0, html.indexOf('</head>'));
  assert.match(head, /<link[^>]+id=['"]rolefit-css['"][^>]+widget\/rolefit\.css['"]/, 'the stylesheet in the head');
  const intros = [...html.matchAll(/data-rolefit-early(?:="")?><div lang="(\w+)"/g)].map((m) => m[1]);
  assert.deepEqual(intros, ['it', 'en'], 'each placeholder with the intro in its language');
  const bad = await (await fetch(posts.bad.link)).text();
  assert.ok(!bad.includes('data-rolefit-early'), 'no intro where the language is not one the author set right');

  // The widget's wasm held back until the test lets it go.
  const { context, page, problems } = await openRecorded(browser, wp.origin, 'about:blank');
  let release;
  const gate = new Promise((resolve) => (release = resolve));
  await page.route(/rolefit_bg\.wasm/, async (route) => {
    await gate;
    await route.continue().catch(() => {});
  });
  await page.goto(posts.block.link);
  const early = page.locator('[data-rolefit-early]');
  assert.equal(await early.locator('.rolefit').getAttribute('lang'), 'es');
  await S.screenshot(page, 'wordpress-block-early');
  await early.getByTestId('start').click();
  release();
  await page.getByTestId('question').waitFor();
  assert.equal(await page.locator('[data-rolefit-early]').count(), 0);
  S.assertClean(problems);
  await context.close();
});

test('a page without a quiz loads nothing of the plugin', async () => {
  const { context, page, problems, requests } = await openRecorded(browser, wp.origin, posts.plain.link);
  await page.waitForLoadState('load');
  assert.deepEqual(requests.filter((r) => r.includes(PLUGIN_FILES)), []);
  assert.equal(await page.locator('script[src*="rolefit"]').count(), 0);
  S.assertClean(problems);
  await context.close();
});

/** The placeholders' start tags in a page's HTML (not the intro's elements inside them). */
const placeholdersIn = (html) => html.match(/<div data-rolefit(?=[\s>])[^>]*>/g) || [];

/** The next step drawn on the result of a widget: its text, address, role and target. */
const nextStep = (widget) =>
  widget.getByTestId('next-step').evaluate((a) => ({ text: a.textContent, href: a.href, role: a.dataset.role, target: a.target }));

test("next steps in a shortcode: each role's result shows its link, axe finds nothing, and following it fires rolefit:next", async () => {
  const EXPECTED = {
    'community-manager': { text: 'Leggi la nostra guida', href: `${wp.origin}${NEXT.guide}` },
    'social-media-manager': { text: 'Il corso per Social Media Manager', href: 'https://school.example/courses/smm?from=rolefit&lang=it' },
    'social-media-strategist': { text: 'Posizioni aperte', href: 'https://jobs.example/strategist' },
  };
  const html = await (await fetch(posts.next.link)).text();
  const [placeholder] = placeholdersIn(html);
  assert.ok(placeholder.includes('data-next-social-media-manager="https://school.example/courses/smm?from=rolefit&#038;lang=it"'), placeholder);
  for (const [role, expected] of Object.entries(EXPECTED)) {
    const { context, page, problems, warnings } = await openRecorded(browser, wp.origin, 'about:blank');
    // The page's own record of rolefit:next, kept for the page the link leads to.
    await context.addInitScript(() =>
      document.addEventListener('rolefit:next', (event) => sessionStorage.setItem('heard-next', JSON.stringify(event.detail))),
    );
    await page.goto(posts.next.link);
    const widget = page.locator('[data-rolefit]');
    const result = await S.takeQuiz(widget, S.personas[role].answers);
    assert.equal(result.top, role);
    await widget.getByTestId('next-step').waitFor();
    const shown = await nextStep(widget);
    assert.deepEqual(shown, { ...expected, role, target: '' }, role);
    assert.deepEqual(await S.axe(page, '[data-rolefit]'), [], `the result with its next step (${role})`);
    const detail = { lang: 'it', role, url: expected.href };
    if (role === 'community-manager') {
      await S.screenshot(page, 'wordpress-next-step');
      // On this site: followed for real.
      await widget.getByTestId('next-step').click();
      await page.waitForURL(expected.href);
      await page.getByText('Nothing to see.').waitFor();
      assert.deepEqual(JSON.parse(await page.evaluate(() => sessionStorage.getItem('heard-next'))), detail);
    } else {
      // Another site's page cannot load here: the test stays on this one.
      await page.evaluate(() => document.addEventListener('click', (e) => e.preventDefault()));
      await widget.getByTestId('next-step').click();
      const [next] = await eventsOf(page, 'rolefit:next');
      assert.deepEqual(next.detail, detail, role);
    }
    assert.deepEqual(warnings, [], role);
    S.assertClean(problems);
    await context.close();
  }
});

test('next steps and the length in the block, as the editor saves it', async () => {
  const html = await (await fetch(posts.nextBlock.link)).text();
  const [placeholder] = placeholdersIn(html);
  for (const attribute of [
    'data-length="quick"',
    `data-next-community-manager="${NEXT.guide}"`,
    'data-next-label-community-manager="Lee nuestra guía"',
    'data-next-social-media-manager="https://school.example/courses/smm?from=rolefit&#038;lang=es"',
    'data-next-label-social-media-manager="El curso"',
    'data-next-social-media-strategist="https://jobs.example/strategist"',
    'data-next-label-social-media-strategist="Puestos abiertos"',
  ]) {
    assert.ok(placeholder.includes(attribute), `${attribute} in ${placeholder}`);
  }
  const EXPECTED = {
    'community-manager': { text: 'Lee nuestra guía', href: `${wp.origin}${NEXT.guide}` },
    'social-media-manager': { text: 'El curso', href: 'https://school.example/courses/smm?from=rolefit&lang=es' },
    'social-media-strategist': { text: 'Puestos abiertos', href: 'https://jobs.example/strategist' },
  };
  for (const [role, expected] of Object.entries(EXPECTED)) {
    const { context, page, problems, warnings } = await openRecorded(browser, wp.origin, posts.nextBlock.link);
    const widget = page.locator('.wp-block-rolefit-quiz [data-rolefit]');
    const result = await S.takeQuiz(widget, S.personas[role].answers);
    assert.equal(result.top, role);
    // The quick quiz, stopped early (length="quick").
    assert.equal(await widget.getByTestId('result').getAttribute('data-length'), 'quick');
    await widget.getByTestId('next-step').waitFor();
    assert.deepEqual(await nextStep(widget), { ...expected, role, target: '' }, role);
    assert.deepEqual(await S.axe(page, '[data-rolefit]'), [], `the result with its next step (${role})`);
    await page.evaluate(() => document.addEventListener('click', (e) => e.preventDefault()));
    await widget.getByTestId('next-step').click();
    const [next] = await eventsOf(page, 'rolefit:next');
    assert.deepEqual(next.detail, { lang: 'es', role, url: expected.href }, role);
    assert.deepEqual(warnings, [], role);
    S.assertClean(problems);
    await context.close();
  }
});

test('a javascript: address never reaches the page: the widget warns that the role has no next step', async () => {
  const html = await (await fetch(posts.nextBad.link)).text();
  const placeholders = placeholdersIn(html);
  assert.equal(placeholders.length, 2, placeholders.join('\n'));
  assert.ok(!/alert\(document\.(domain|cookie)\)/.test(html), 'nothing of the scripts in the page');
  assert.ok(!/javascript/i.test(placeholders.join()), 'no javascript: in a placeholder');
  assert.ok(!/onmouseover="/.test(html), 'no attribute of its own');
  assert.ok(placeholders[0].includes('data-length="quick"'), placeholders[0]);
  for (const role of ['community-manager', 'social-media-manager', 'social-media-strategist']) {
    assert.ok(placeholders[0].includes(`data-next-${role}=""`), `${role}: ${placeholders[0]}`);
  }
  assert.ok(placeholders[0].includes('data-next-label-community-manager="Click me"'), placeholders[0]);
  assert.ok(!/data-next-bad/i.test(placeholders[0]), 'a name that is not a role id left out');
  assert.ok(placeholders[1].includes('data-next-community-manager=""'), placeholders[1]);
  assert.ok(placeholders[1].includes('data-next-label-community-manager="&quot; onmouseover=&quot;window.rolefitInjected=3"'), placeholders[1]);
  assert.ok(!/data-next-(label-x|bad)/i.test(placeholders[1]), 'a role id of another shape left out');

  const { context, page, problems, warnings } = await openRecorded(browser, wp.origin, posts.nextBad.link);
  const widget = page.locator('[data-rolefit]').first();
  const result = await S.takeQuiz(widget, S.personas['community-manager'].answers);
  assert.equal(result.top, 'community-manager');
  await widget.getByTestId('keep-panel').waitFor();
  assert.equal(await widget.getByTestId('next-step').count(), 0);
  assert.equal(await page.locator('a[href^="javascript:" i]').count(), 0);
  const told = warnings.filter((w) => w.includes('data-next-')).sort();
  assert.deepEqual(told, [
    'RoleFit: data-next-community-manager="" is not an https:, http: or same-site address; no next step is shown for community-manager',
    'RoleFit: data-next-social-media-manager="" is not an https:, http: or same-site address; no next step is shown for social-media-manager',
    'RoleFit: data-next-social-media-strategist="" is not an https:, http: or same-site address; no next step is shown for social-media-strategist',
  ]);
  await page.locator('[data-rolefit]').nth(1).hover();
  assert.equal(await page.evaluate(() => window.rolefitInjected), undefined, 'no attribute broke out');
  S.assertClean(problems);
  await context.close();
});

test('the block in the editor: its settings in the sidebar, in Italian and Spanish, saved by the editor', async () => {
  wp.site('locale', 'it_IT');
  const { context, page, problems } = await openRecorded(browser, wp.origin, `${wp.origin}/wp-login.php`);
  await page.fill('#user_login', 'admin');
  await page.fill('#user_pass', 'rolefit-admin-password');
  await page.click('#wp-submit');
  await page.waitForURL(/wp-admin/);
  await page.goto(`${wp.origin}/wp-admin/post.php?post=${posts.block.id}&action=edit`);
  const block = page.locator('[data-type="rolefit/quiz"]');
  await block.click();
  await page.getByText('Impostazioni del quiz').waitFor();
  const sidebar = page.locator('.interface-complementary-area');
  const theme = sidebar.getByLabel('Tema', { exact: true });
  assert.equal(await theme.inputValue(), 'light');
  await theme.selectOption('dark');
  await sidebar.getByLabel('Durata', { exact: true }).selectOption('quick');
  // The next step for a role, in its own panel.
  await sidebar.getByRole('button', { name: 'Il passo successivo dopo il risultato' }).click();
  await sidebar.getByLabel('Community Manager: indirizzo', { exact: true }).fill('/guida/community-manager/');
  await sidebar.getByLabel('Community Manager: testo del link', { exact: true }).fill('La nostra guida');
  assert.ok(await sidebar.getByText('Vuoto: «Il tuo prossimo passo», nella lingua di chi legge.').first().isVisible());
  await S.screenshot(page, 'wordpress-editor');
  assert.ok(await sidebar.getByLabel('Lingua', { exact: true }).isVisible(), 'Lingua');
  assert.ok(await sidebar.getByText('Colore d’accento').isVisible(), 'Colore d’accento');
  // The block's description comes from block.json, translated on the PHP side (the .mo file).
  assert.ok(await sidebar.getByText('Un quiz di autovalutazione per la carriera').isVisible(), 'the description');
  await page.locator('.editor-post-publish-button').click();
  await page.waitForFunction(() => {
    const editor = window.wp.data.select('core/editor');
    return !editor.isSavingPost() && !editor.isEditedPostDirty();
  });
  const saved = await wp.rest(`/wp/v2/posts/${posts.block.id}`, undefined, { context: 'edit' });
  assert.match(saved.content.raw, /<!-- wp:rolefit\/quiz \{.*"theme":"dark".*\} \/-->/);
  const attributes = JSON.parse(/<!-- wp:rolefit\/quiz (\{.*\}) \/-->/.exec(saved.content.raw)[1]);
  assert.equal(attributes.length, 'quick');
  assert.deepEqual(attributes.next, { 'community-manager': { url: '/guida/community-manager/', label: 'La nostra guida' } });
  const html = await (await fetch(posts.block.link)).text();
  assert.match(placeholdersIn(html)[0], / data-length="quick" .* data-next-community-manager="\/guida\/community-manager\/" data-next-label-community-manager="La nostra guida">$/);
  // The same labels in Spanish, for a user who works in Spanish.
  wp.site('locale', 'es_ES');
  await page.reload();
  await page.locator('[data-type="rolefit/quiz"]').click();
  await page.getByText('Ajustes del test').waitFor();
  assert.equal(await sidebar.getByLabel('Tema', { exact: true }).inputValue(), 'dark', 'the saved theme');
  assert.ok(await sidebar.getByLabel('Idioma', { exact: true }).isVisible(), 'Idioma');
  assert.equal(await sidebar.getByLabel('Duración', { exact: true }).inputValue(), 'quick', 'the saved length');
  await sidebar.getByRole('button', { name: 'El siguiente paso tras el resultado' }).click();
  assert.equal(await sidebar.getByLabel('Community Manager: dirección', { exact: true }).inputValue(), '/guida/community-manager/');
  assert.equal(await sidebar.getByLabel('Community Manager: texto del enlace', { exact: true }).inputValue(), 'La nostra guida');
  // WordPress's own admin bar asks Gravatar for the user's picture; nothing else leaves the site.
  const foreign = problems.foreign.filter((url) => !/^https?:\/\/\d\.gravatar\.com\/avatar\//.test(url));
  assert.deepEqual(foreign, [], 'the editor made no other request off the site');
  await context.close();
});

test('PHP logged no notice or warning about the plugin', () => {
  const ours = wp.logLines().filter((line) => /rolefit/i.test(line));
  assert.deepEqual(ours, []);
});

test('deactivating and uninstalling leave nothing behind', () => {
  assert.equal(wp.site('deactivate'), true);
  assert.equal(wp.site('uninstall'), true);
  // WordPress's own working folder for uploads of plugins, and its log, are not the plugin's.
  const ours = (files) => files.filter((f) => !f.startsWith('upgrade/') && f !== 'debug.log');
  assert.deepEqual(ours(wp.files()), ours(filesBefore), 'the content folder as it was');
  const traces = wp.site('traces');
  // WordPress itself remembers a plugin deactivated in the last week.
  assert.deepEqual(traces.options.filter((o) => o !== 'recently_activated'), []);
  assert.deepEqual(traces.usermeta, []);
  assert.deepEqual(traces.postmeta, []);
});

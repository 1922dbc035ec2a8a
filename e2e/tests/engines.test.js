// The flows a candidate meets, in Chromium, Firefox ESR and WebKitGTK (engine-driver.js): the
// quiz on the stand-alone page by keyboard alone and in a frame by pointer, in three languages;
// a Start pressed on the page's intro before the loader, the wasm or the edition has come;
// saved progress and a share link; and every file downloaded once. The kiosk's flows are in
// engines-kiosk.test.js.
'use strict';

const { describe, test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { ENGINES, launch } = require('./engine-driver');
const { serveSite, repeated } = require('./engine-site');
const F = require('./engine-flows');
const S = require('./support');

const CONTENT = require('../../content/rolefit.json');
const FIRST = CONTENT.questions[0].id;
const shot = (engine, name) => path.join(S.ARTIFACTS, 'screens', `engine-${engine}-${name}.png`);

for (const engine of ENGINES) {
  describe(engine, () => {
    let browser;
    before(async () => {
      browser = await launch(engine);
    });
    after(async () => {
      await browser?.close();
    });

    test(`${engine}: the stand-alone page by keyboard alone, in Italian picked on the intro, each file downloaded once`, async () => {
      const site = await serveSite();
      const page = await browser.page();
      await page.goto(`${site.origin}/index.html`);
      await page.visible('[data-testid=start]');
      await page.screenshot(shot(engine, 'intro'));
      await F.tabTo(page, 'lang-it');
      await page.keys('Enter');
      await page.waitFor(() => document.querySelector('[data-rolefit-mounted] .rolefit')?.lang === 'it');
      await F.tabTo(page, 'start');
      await page.keys('Enter');
      await F.screen(page);
      assert.equal(await page.eval(() => document.querySelector('[data-testid=question]').dataset.questionId), FIRST);
      await page.screenshot(shot(engine, 'question'));
      const persona = F.personas['social-media-strategist'];
      await F.byKeyboard(page, persona);
      assert.deepEqual(await F.result(page), { top: persona.top, lean: persona.lean });
      await page.visible('.rf-role');
      await page.screenshot(shot(engine, 'result'));
      assert.deepEqual(repeated(site.requests), [], 'each file once');
      assert.deepEqual(await F.problems(page), []);
      await page.close();
      await site.close();
    });

    test(`${engine}: the quiz in a frame by pointer, in Spanish`, async () => {
      const site = await serveSite({ store: false });
      const page = await browser.page();
      await page.goto(`${site.origin}/fixtures/engines-frame.html`);
      await page.frame('iframe');
      await page.click('[data-testid=start]');
      const persona = F.personas['community-manager'];
      await F.byPointer(page, persona);
      assert.deepEqual(await F.result(page), { top: persona.top, lean: persona.lean });
      assert.equal(await page.eval(() => document.querySelector('.rolefit').lang), 'es');
      assert.deepEqual(await F.problems(page), []);
      await page.top();
      assert.ok((await page.eval(() => window.__frameEvents)).includes('rolefit:complete'), 'the host heard the result');
      assert.deepEqual(repeated(site.requests), [], 'each file once');
      await page.close();
      await site.close();
    });

    test(`${engine}: progress kept across a reload, and the share link opens the same result`, async () => {
      const site = await serveSite();
      const page = await browser.page();
      await page.goto(`${site.origin}/fixtures/pasted.html?lang=en`);
      await page.click('[data-testid=start]');
      const persona = F.personas.blend;
      for (let i = 0; i < 3; i++) {
        const { id } = await F.screen(page);
        for (const choice of [persona.answers[id]].flat()) await page.click(`[data-testid=option][data-choice-id="${choice}"]`);
        await page.click('[data-testid=next]');
        await F.left(page, id);
      }
      const here = (await F.screen(page)).id;
      await page.goto(`${site.origin}/fixtures/pasted.html?lang=en&again`);
      assert.equal((await F.screen(page)).id, here, 'the same question after a reload');
      await F.byPointer(page, persona);
      const own = await F.result(page);
      const link = await page.waitFor(() => document.querySelector('[data-testid=share-link]')?.value);
      await page.close();
      const other = await browser.page();
      await other.goto(link);
      assert.deepEqual(await F.result(other), own);
      await other.visible('[data-testid=shared]');
      await other.waitFor(() => window.__events.includes('shared'));
      assert.equal(await F.events(other, 'shared'), 1);
      assert.deepEqual(await F.problems(other), []);
      await other.close();
      await site.close();
    });

    // Whatever comes last, the Start pressed on the page's intro opens the first question once.
    for (const [held, file] of [
      ['embed.js', /\/embed\.js$/],
      ['the wasm', /\/rolefit_bg\.wasm$/],
      ['the edition', /\/rolefit-en\.json$/],
    ]) {
      test(`${engine}: Start pressed twice on the page's intro while ${held} is held back opens the first question, once`, async () => {
        const site = await serveSite({ store: false });
        const release = site.hold(file);
        const page = await browser.page();
        // Chromium draws nothing of index.html before its loader (blocking="render"): there,
        // a host page whose intro is drawn first, as on a page that defers its scripts.
        const address = engine === 'chromium' && held === 'embed.js' ? '/fixtures/pasted.html?lang=en' : '/index.html';
        await page.goto(`${site.origin}${address}`, { wait: false });
        await page.visible('[data-rolefit-early] [data-testid=start]');
        await page.click('[data-rolefit-early] [data-testid=start]');
        await page.click('[data-rolefit-early] [data-testid=start]');
        assert.equal(await page.eval(() => document.querySelector('[data-testid=question]')), null);
        release();
        await F.screen(page);
        assert.equal(await page.eval(() => document.querySelector('[data-testid=question]').dataset.questionId), FIRST);
        await page.waitFor(() => window.__events.includes('start'));
        assert.equal(await F.events(page, 'start'), 1);
        assert.deepEqual(repeated(site.requests), [], 'each file once');
        assert.deepEqual(await F.problems(page), []);
        await page.close();
        await site.close();
      });
    }
  });
}

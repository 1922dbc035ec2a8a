// The kiosk in Chromium, Firefox ESR and WebKitGTK (engine-driver.js), as a candidate at a fair
// meets it on a portrait screen (1080 × 1920): by pointer, each single choice moving on by
// itself, the take-home QR code on the first screen of the result in every language, and the
// reset for the next candidate; and the one-file kiosk opened from file://.
'use strict';

const { describe, test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const { ENGINES, launch } = require('./engine-driver');
const { serveSite, withProbe, repeated, DIST } = require('./engine-site');
const F = require('./engine-flows');
const S = require('./support');

const PORTRAIT = { width: 1080, height: 1920 };
const HOME = encodeURIComponent('https://fair.example/rolefit/');
const shot = (engine, name) => path.join(S.ARTIFACTS, 'screens', `engine-${engine}-${name}.png`);

/** Where the QR code and its line end, down the page, and the screen's height. */
const qrPlace = (page) =>
  page.waitFor(() => {
    const qr = document.querySelector('[data-testid=qr]');
    const role = document.querySelector('.rf-role');
    if (!qr || !role) return null;
    const line = qr.previousElementSibling;
    const bottom = (e) => e.getBoundingClientRect().bottom + scrollY;
    return { qr: Math.round(bottom(qr)), line: Math.round(bottom(line)), screen: innerHeight, lang: document.querySelector('.rolefit').lang };
  });

for (const engine of ENGINES) {
  describe(`${engine}, kiosk`, () => {
    let browser;
    before(async () => {
      browser = await launch(engine);
    });
    after(async () => {
      await browser?.close();
    });

    test(`${engine}: the kiosk by pointer: single choices move on, the QR code on the first screen in it, es, en, then the reset`, async () => {
      const site = await serveSite();
      const page = await browser.page(PORTRAIT);
      await page.goto(`${site.origin}/kiosk.html?lang=it&take-home=${HOME}&idle-seconds=600&warning-seconds=2&result-seconds=4`);
      await page.click('[data-testid=start]');
      // The question's heading, as a candidate reads it first (a tap there does nothing).
      await F.screen(page);
      await page.click('.rf-prompt');
      const persona = F.personas['social-media-strategist'];
      const singles = await F.byPointer(page, persona);
      assert.ok(singles.count > 0);
      assert.equal(singles.moved, singles.count, 'every single choice moved on by itself');
      assert.equal((await F.result(page)).top, persona.top);
      for (const lang of ['it', 'es', 'en']) {
        if (lang !== 'it') await page.click(`[data-testid=lang-${lang}]`);
        const place = await page.waitFor((l) => document.querySelector('.rolefit').lang === l && document.querySelector('[data-testid=qr]'), lang);
        assert.ok(place);
        const at = await qrPlace(page);
        assert.equal(at.lang, lang);
        assert.ok(at.qr <= at.screen && at.line <= at.screen, `${lang}: the QR code ends at ${at.qr} px, the screen at ${at.screen}`);
        await page.eval(() => scrollTo(0, 0));
        await page.screenshot(shot(engine, `kiosk-result-${lang}`));
      }
      // Left alone, the kiosk warns, then starts over for the next candidate.
      await page.visible('[data-testid=still-there]');
      await page.visible('[data-testid=start]', { timeout: 10000 });
      assert.equal(await page.eval(() => document.querySelectorAll('[data-testid=qr], [data-testid=question]').length), 0);
      assert.deepEqual(await F.problems(page), []);
      await page.close();
      await site.close();
    });

    test(`${engine}: the kiosk page downloads each file once`, async () => {
      const site = await serveSite({ store: false });
      const page = await browser.page(PORTRAIT);
      await page.goto(`${site.origin}/kiosk.html?lang=es`);
      await page.click('[data-testid=start]');
      await F.screen(page);
      // Until the keep module, fetched ahead once the quiz starts, has come.
      await page.waitFor(() => performance.getEntriesByType('resource').some((e) => /rolefit_keep_kiosk_bg\.wasm$/.test(e.name) && e.responseEnd > 0));
      assert.deepEqual(repeated(site.requests), []);
      await page.close();
      await site.close();
    });

    test(`${engine}: the one-file kiosk from file://, a whole candidate by pointer`, async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rolefit-kiosk-'));
      const file = path.join(dir, 'rolefit-kiosk.html');
      fs.writeFileSync(file, withProbe(fs.readFileSync(path.join(DIST, 'rolefit-kiosk.html'), 'utf8'), true));
      const page = await browser.page(PORTRAIT);
      await page.goto(`${pathToFileURL(file).href}?lang=en&result-seconds=600`);
      await page.click('[data-testid=start]');
      await F.screen(page);
      await page.click('.rf-prompt');
      const persona = F.personas['community-manager'];
      const singles = await F.byPointer(page, persona);
      assert.equal(singles.moved, singles.count, 'every single choice moved on by itself');
      assert.equal((await F.result(page)).top, persona.top);
      await page.visible('[data-testid=take-home-unset]');
      assert.deepEqual(await F.problems(page), []);
      await page.close();
      fs.rmSync(dir, { recursive: true, force: true });
    });
  });
}

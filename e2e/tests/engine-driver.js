// One way to drive Chromium, Firefox and WebKit from the cross-engine tests: Debian's Chromium
// through Playwright, Debian's Firefox ESR through puppeteer-core over WebDriver BiDi, and
// WebKitGTK's MiniBrowser through WebKitWebDriver (started here under xvfb-run, and stopped
// with the browser) and selenium-webdriver. A page offers what a candidate does (a click at an
// element's centre, keys) and what a test needs (a script's value, a condition waited for, a
// screenshot); `frame(selector)` acts inside an iframe, `top()` on the page again.
'use strict';

const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');
const { spawn } = require('node:child_process');

const FIREFOX = process.env.FIREFOX || '/usr/bin/firefox-esr';
const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER || '/usr/bin/WebKitWebDriver';
const MINIBROWSER = process.env.MINIBROWSER || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
// ROLEFIT_ENGINES=firefox,webkit runs only those.
const ENGINES = (process.env.ROLEFIT_ENGINES || 'chromium,firefox,webkit').split(',');
const WAIT = 15000;

/** A script that runs `fn(arg)` in the page and gives its value (awaited; an element is true). */
const script = (fn, arg) =>
  `Promise.resolve((${fn})(${arg === undefined ? '' : JSON.stringify(arg)})).then((v) => (v instanceof Node ? true : v))`;

const freePort = () =>
  new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/** What every page offers, whatever drives it; `impl` does the engine's part. */
class Page {
  constructor(impl) {
    this.impl = impl;
  }
  /**
   * Opens `url` and waits for its load event; with `{ wait: false }`, only until the page is
   * the one at `url` (its loader may be held back, and its load event with it).
   */
  async goto(url, { wait = true } = {}) {
    const href = new URL(url).href;
    await this.impl.goto(href, wait);
    const at = ([h, w]) => location.href === h && (!w || document.readyState === 'complete');
    await this.waitFor(at, [href, wait], { what: `the page at ${href}` });
  }
  /** The value of `fn(arg)` run in the page (or the frame). */
  eval(fn, arg) {
    return this.impl.eval(script(fn, arg));
  }
  /** Waits until `fn(arg)` is truthy in the page, and gives its value. */
  async waitFor(fn, arg, { timeout = WAIT, what = String(fn) } = {}) {
    const until = Date.now() + timeout;
    for (;;) {
      const value = await this.eval(fn, arg).catch(() => undefined);
      if (value) return value;
      if (Date.now() > until) throw new Error(`${this.impl.engine}: timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 40));
    }
  }
  /** Waits until `selector` matches an element that is drawn. */
  visible(selector, options) {
    const drawn = (s) => [...document.querySelectorAll(s)].some((e) => e.getClientRects().length > 0);
    return this.waitFor(drawn, selector, { what: selector, ...options });
  }
  /**
   * A pointer's click at the centre of the first drawn element that `selector` matches. An
   * element can go between being seen and being clicked (the widget replacing a page's early
   * intro with its own): then, with nothing clicked yet, it waits for one again.
   */
  async click(selector) {
    const until = Date.now() + WAIT;
    for (;;) {
      await this.visible(selector, { timeout: Math.max(until - Date.now(), 0) });
      const shown = await this.eval((s) => {
        const element = [...document.querySelectorAll(s)].find((e) => e.getClientRects().length > 0);
        element?.scrollIntoView({ block: 'center' });
        return Boolean(element);
      }, selector);
      if (!shown) continue;
      try {
        return await this.impl.click(selector);
      } catch (error) {
        if (!/nothing drawn matches/.test(error.message) || Date.now() > until) throw error;
      }
    }
  }
  /** Keys pressed one after another: 'Tab', 'Enter', ' ', 'ArrowRight', a letter. */
  async keys(...keys) {
    for (const key of keys) await this.impl.key(key);
  }
  size(width, height) {
    return this.impl.size(width, height);
  }
  async screenshot(file) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, await this.impl.screenshot());
  }
  frame(selector) {
    return this.impl.frame(selector);
  }
  top() {
    return this.impl.top();
  }
  close() {
    return this.impl.close();
  }
}

const KEYS = { Tab: '\uE004', Enter: '\uE007', ' ': ' ', ArrowRight: '\uE014', ArrowLeft: '\uE012', ArrowDown: '\uE015', ArrowUp: '\uE013' };

/** Chromium and Firefox: Playwright's and Puppeteer's pages have the same shape here. */
function scriptedPage(engine, page, close) {
  let scope = page.mainFrame();
  return new Page({
    engine,
    goto: (url, wait) =>
      wait || engine === 'chromium' ? page.goto(url, { waitUntil: wait ? 'load' : 'commit' }) : void page.goto(url).catch(() => {}),
    eval: (source) => scope.evaluate(source),
    async click(selector) {
      const handles = await scope.$$(selector);
      for (const handle of handles) {
        if (await handle.evaluate((e) => e.getClientRects().length > 0)) return handle.click();
      }
      throw new Error(`${engine}: nothing drawn matches ${selector}`);
    },
    key: (key) => page.keyboard.press(key === ' ' && engine === 'chromium' ? 'Space' : key),
    size: (width, height) => (page.setViewportSize ? page.setViewportSize({ width, height }) : page.setViewport({ width, height })),
    screenshot: () => page.screenshot(),
    async frame(selector) {
      scope = await (await page.mainFrame().$(selector)).contentFrame();
    },
    top: () => (scope = page.mainFrame()),
    close,
  });
}

async function chromium() {
  const S = require('./support');
  const browser = await S.launch();
  return {
    engine: 'chromium',
    async page({ width = 1280, height = 900 } = {}) {
      const context = await browser.newContext({ viewport: { width, height } });
      return scriptedPage('chromium', await context.newPage(), () => context.close());
    },
    close: () => browser.close(),
  };
}

async function firefox() {
  const puppeteer = require('puppeteer-core');
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
  return {
    engine: 'firefox',
    async page({ width = 1280, height = 900 } = {}) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport({ width, height });
      return scriptedPage('firefox', page, () => context.close());
    },
    close: () => browser.close(),
  };
}

/** WebKitWebDriver under its own X server, for as long as the browser is open. */
async function webkit() {
  const { Builder, By } = require('selenium-webdriver');
  const port = await freePort();
  const server = spawn('xvfb-run', ['-a', '-s', '-screen 0 2200x2200x24', WEBKIT_DRIVER, `--port=${port}`], {
    stdio: 'ignore',
    detached: true,
  });
  const stop = () => {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  };
  // Never left running, even when the test process ends on a failure.
  process.once('exit', stop);
  const until = Date.now() + WAIT;
  for (;;) {
    const up = await fetch(`http://127.0.0.1:${port}/status`).then((r) => r.ok, () => false);
    if (up) break;
    if (Date.now() > until) {
      stop();
      throw new Error('WebKitWebDriver did not start');
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  // Commands never wait for a page to load: goto() waits for what it needs.
  const capabilities = { pageLoadStrategy: 'none', browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] } };
  let driver;
  try {
    driver = await new Builder().usingServer(`http://127.0.0.1:${port}`).withCapabilities(capabilities).build();
  } catch (error) {
    stop();
    throw error;
  }
  const pick = async (selector) => {
    for (const element of await driver.findElements(By.css(selector))) {
      if (await element.isDisplayed()) return element;
    }
    throw new Error(`webkit: nothing drawn matches ${selector}`);
  };
  return {
    engine: 'webkit',
    server,
    // One window: a page is the window, at a new address (so a new origin has new storage).
    async page({ width = 1280, height = 900 } = {}) {
      const page = new Page({
        engine: 'webkit',
        goto: (url) => driver.get(url),
        eval: (source) => driver.executeScript(`return ${source}`),
        click: async (selector) => (await pick(selector)).click(),
        key: (key) => driver.actions().sendKeys(KEYS[key] ?? key).perform(),
        // The window's size less its frame gives the page's.
        async size(w, h) {
          await driver.manage().window().setRect({ width: w, height: h });
          const [iw, ih] = await driver.executeScript('return [innerWidth, innerHeight]');
          if (iw !== w || ih !== h) await driver.manage().window().setRect({ width: 2 * w - iw, height: 2 * h - ih });
        },
        screenshot: async () => Buffer.from(await driver.takeScreenshot(), 'base64'),
        frame: async (selector) => driver.switchTo().frame(await pick(selector)),
        top: () => driver.switchTo().defaultContent(),
        close: async () => {
          await driver.switchTo().defaultContent();
          await page.goto('about:blank');
        },
      });
      await page.goto('about:blank');
      await page.size(width, height);
      return page;
    },
    async close() {
      await driver.quit().catch(() => {});
      stop();
    },
  };
}

/** Opens the browser of an engine: chromium, firefox or webkit. */
function launch(engine) {
  return { chromium, firefox, webkit }[engine]();
}

module.exports = { ENGINES, launch };

// Shared by the release tests: records the widget's events in every page and what leaves it.
'use strict';


/** Runs in the page before its own scripts: every rolefit:* event that reaches the document. */
function recordEvents() {
  const events = [];
  Object.defineProperty(window, '__rolefitEvents', { value: events });
  for (const type of ['rolefit:ready', 'rolefit:start', 'rolefit:complete', 'rolefit:error', 'rolefit:shared', 'rolefit:next', 'rolefit:reset']) {
    document.addEventListener(type, (event) => {
      events.push({
        type,
        target: event.target.id || event.target.className || event.target.tagName,
        detail: event.detail === undefined ? undefined : JSON.parse(JSON.stringify(event.detail)),
      });
    });
  }
}

/** Resolves to the recorded events of a type once there are at least `count` of them. */
async function eventsOf(page, type, count = 1) {
  await page.waitForFunction(([t, n]) => window.__rolefitEvents.filter((e) => e.type === t).length >= n, [type, count]);
  return page.evaluate((t) => window.__rolefitEvents.filter((e) => e.type === t), type);
}

/**
 * A page whose every request off `origin`, console error and page error is recorded, with the
 * console's warnings kept apart.
 */
async function openRecorded(browser, origin, url, contextOptions = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...contextOptions });
  await context.addInitScript(recordEvents);
  const page = await context.newPage();
  const problems = { foreign: [], errors: [] };
  const warnings = [];
  const requests = [];
  page.on('request', (request) => {
    const address = request.url();
    requests.push(address);
    if (!address.startsWith(`${origin}/`) && !/^(data|blob):/.test(address)) problems.foreign.push(address);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.errors.push(message.text());
    if (message.type() === 'warning') warnings.push(message.text());
  });
  page.on('pageerror', (error) => problems.errors.push(String(error)));
  await page.goto(url);
  return { context, page, problems, warnings, requests };
}

module.exports = { openRecorded, eventsOf };

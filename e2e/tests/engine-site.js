// The site the cross-engine tests open, the same for every engine: dist/ at `/` and
// e2e/fixtures at `/fixtures/`, every request counted by the server (what each page downloads,
// whatever the engine), any file held back until the test lets it go, and a probe in every
// HTML page that records, from the page itself, its errors and the widget's events (WebKit's
// driver has no console to listen to).
'use strict';

const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');

const DIST = process.env.ROLEFIT_DIST || path.join(__dirname, '../../dist');
const FIXTURES = path.join(__dirname, '../fixtures');
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
};

/** Runs first in every page: its errors, console errors and the widget's events. */
function probe() {
  const problems = [];
  const events = [];
  window.__problems = problems;
  window.__events = events;
  addEventListener('error', (e) => problems.push(`error: ${e.message}`));
  addEventListener('unhandledrejection', (e) => problems.push(`rejection: ${e.reason}`));
  const error = console.error;
  console.error = (...args) => (problems.push(`console: ${args.join(' ')}`), error.apply(console, args));
  for (const type of ['ready', 'start', 'complete', 'error', 'shared', 'reset']) {
    document.addEventListener(`rolefit:${type}`, () => events.push(type), true);
  }
}
const PROBE = `(${probe})();`;

/** The probe as a page's first script: from the site, or inline (a page opened from a file). */
function withProbe(html, inline = false) {
  const tag = inline ? `<script>${PROBE}</script>` : '<script src="/__probe.js"></script>';
  // A minified page may leave out its <head> tag: then right after the doctype.
  const at = /<head[^>]*>/i.test(html) ? /<head[^>]*>/i : /<!doctype html>/i;
  return html.replace(at, (open) => `${open}${tag}`);
}

/**
 * Serves the site at a free port; resolves to { origin, requests, hold, close }. `requests`
 * lists every path the pages asked for, in order; `hold(pattern)` keeps every file whose path matches
 * until the returned function is called. With `store: false`, answers say Cache-Control:
 * no-store.
 */
function serveSite({ store = true } = {}) {
  const requests = [];
  const holds = [];
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    const pathname = decodeURIComponent(url.pathname);
    if (pathname === '/__probe.js') return res.writeHead(200, { 'content-type': TYPES['.js'] }).end(PROBE);
    // The kiosk's service worker copies every file for offline use: its requests (which name
    // it as their referrer) are not the page's.
    const worker = /\/sw\.js$/.test(req.headers.referer ?? '');
    if (!worker) requests.push(pathname);
    for (const { pattern, gate } of holds) if (pattern.test(pathname)) await gate;
    const [root, rel] = pathname.startsWith('/fixtures/') ? [FIXTURES, pathname.slice(10)] : [DIST, pathname.slice(1) || 'index.html'];
    const file = path.join(root, rel);
    if (!file.startsWith(root) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      return res.writeHead(404).end('not found');
    }
    const headers = { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream' };
    if (!store) headers['cache-control'] = 'no-store';
    if (file.endsWith('.html')) {
      const lang = /^(it|es|en)$/.test(url.searchParams.get('lang')) ? url.searchParams.get('lang') : 'en';
      const html = fs
        .readFileSync(file, 'utf8')
        .replaceAll('{{widget}}', site.origin)
        .replaceAll('{{host}}', encodeURIComponent(site.origin))
        .replaceAll('{{lang}}', lang)
        .replace('{{intro}}', () => fs.readFileSync(path.join(DIST, `intro-${lang}.html`), 'utf8').trim());
      return res.writeHead(200, headers).end(withProbe(html));
    }
    res.writeHead(200, headers);
    fs.createReadStream(file).pipe(res);
  });
  const site = {
    origin: '',
    requests,
    hold(pattern) {
      let release;
      const held = { pattern, gate: new Promise((r) => (release = r)) };
      holds.push(held);
      return () => {
        holds.splice(holds.indexOf(held), 1);
        release();
      };
    },
    close: () => new Promise((r) => server.close(r)),
  };
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      site.origin = `http://127.0.0.1:${server.address().port}`;
      // A test that fails before closing its site must not keep the test file running.
      server.unref();
      resolve(site);
    });
  });
}

/** The paths asked for more than once among `requests`. */
function repeated(requests) {
  const seen = new Map();
  for (const p of requests) seen.set(p, (seen.get(p) ?? 0) + 1);
  return [...seen].filter(([, n]) => n > 1).map(([p, n]) => `${p} ×${n}`);
}

module.exports = { serveSite, withProbe, repeated, DIST };

// Kiosk endurance: 1,000 candidates in one page session on the release build, each left to
// the idle reset (1-second timeouts), then the page is compared with how it was after the
// first: DOM nodes, JS heap, wasm memory, console errors. Too slow for every CI run (about
// half an hour), so it is its own command: `cargo xtask endurance`. It writes the figures to
// docs/benchmarks.md. The kiosk counts its candidates for the organiser (tallies on, its
// default): at the end the counts must say every candidate started and finished, and the
// tallies must be the only thing stored. ROLEFIT_CANDIDATES sets a smaller run.
'use strict';

const fs = require('node:fs');
const { execSync } = require('node:child_process');
const path = require('node:path');
const S = require('./tests/support');

const CANDIDATES = Number(process.env.ROLEFIT_CANDIDATES || 1000);
const LIMIT_BYTES = 1024 * 1024;
const DOCS = path.join(__dirname, '../docs/benchmarks.md');
const SECTION = '## Kiosk endurance';

/** Rewrites this run's section of docs/benchmarks.md, keeping the other benchmarks' sections. */
function writeSection(text) {
  const old = fs.existsSync(DOCS) ? fs.readFileSync(DOCS, 'utf8') : '# Benchmarks\n';
  const at = old.indexOf(SECTION);
  const end = at < 0 ? -1 : old.indexOf('\n## ', at + SECTION.length);
  const next = at < 0 ? `${old.trimEnd()}\n\n${text}` : old.slice(0, at) + text + (end < 0 ? '' : old.slice(end));
  fs.writeFileSync(DOCS, next);
}
const TALLIES_KEY = 'rolefit-kiosk-tallies';

// Test instrumentation, not part of the widget: keeps a handle on each wasm module's memory.
const WATCH_WASM = () => {
  const keep = (result) => {
    const instance = result.instance ?? result;
    (window.__wasmMemories ||= []).push(instance.exports.memory);
    return result;
  };
  const streaming = WebAssembly.instantiateStreaming;
  WebAssembly.instantiateStreaming = (...args) => streaming(...args).then(keep);
  const plain = WebAssembly.instantiate;
  WebAssembly.instantiate = (...args) => plain(...args).then(keep);
};

/** Takes the quiz inside the page, choosing options in turn, and waits for the result. */
function takeQuiz(page, seed) {
  return page.evaluate(async (seed) => {
    const frame = () => new Promise((resolve) => setTimeout(resolve, 0));
    const until = async (test) => {
      for (let i = 0; i < 2000 && !test(); i++) await frame();
      if (!test()) throw new Error('RoleFit endurance: the widget stopped answering');
    };
    document.querySelector('[data-testid=start]').click();
    await until(() => document.querySelector('[data-testid=question]'));
    for (let n = 0; ; n++) {
      // The next question, or the result (drawn by the keep module a moment after the last
      // question has gone).
      await until(() => document.querySelector('[data-testid=question], [data-testid=result]'));
      if (document.querySelector('[data-testid=result]')) break;
      const question = document.querySelector('[data-testid=question]').dataset.questionId;
      const options = [...document.querySelectorAll('[data-testid=option] input')];
      const picks = options[0].type === 'checkbox' ? 3 : 1;
      for (let k = 0; k < picks; k++) options[(seed + n + k * 2) % options.length].click();
      await until(() => !document.querySelector('[data-testid=next]')?.disabled);
      document.querySelector('[data-testid=next]').click();
      await until(() => {
        const now = document.querySelector('[data-testid=question]');
        return !now || now.dataset.questionId !== question;
      });
    }
    await until(() => document.querySelector('[data-testid=qr]'));
  }, seed);
}

async function measure(page, cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  return page.evaluate(([jsHeap, TALLIES_KEY]) => ({
    nodes: document.getElementsByTagName('*').length,
    jsHeap,
    wasm: (window.__wasmMemories || []).reduce((sum, m) => sum + m.buffer.byteLength, 0),
    wasmModules: (window.__wasmMemories || []).length,
    storage: [...Object.keys(localStorage), ...Object.keys(sessionStorage)].filter((key) => key !== TALLIES_KEY).length,
    tallies: JSON.parse(localStorage.getItem(TALLIES_KEY) ?? 'null'),
    address: location.href,
  }), [heap.usedSize, TALLIES_KEY]);
}

(async () => {
  const server = await S.serve();
  const browser = await S.launch();
  const context = await browser.newContext({ viewport: { width: 1080, height: 1920 }, hasTouch: true, locale: 'it-IT' });
  await context.addInitScript(WATCH_WASM);
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  const cdp = await context.newCDPSession(page);
  const address = `${server.origin}/kiosk.html?lang=it&idle-seconds=1&warning-seconds=1&result-seconds=1`;
  await page.goto(address);
  await page.getByTestId('start').waitFor();

  const started = Date.now();
  let baseline;
  for (let i = 0; i < CANDIDATES; i++) {
    await takeQuiz(page, i);
    // Nobody touches the screen: "Still there?", then the reset to the attract screen.
    await page.getByTestId('still-there').waitFor({ timeout: 10_000 });
    await page.getByTestId('start').waitFor({ timeout: 10_000 });
    // After the first candidate: the keep module and its stylesheet are loaded by then.
    if (i === 0) baseline = await measure(page, cdp);
    if ((i + 1) % 100 === 0 || (process.env.ROLEFIT_TRACE && (i + 1) % 10 === 0)) {
      const now = await measure(page, cdp);
      console.log(`${i + 1} candidates, ${Math.round((Date.now() - started) / 1000)} s: ${now.nodes} nodes, JS heap ${now.jsHeap} B, wasm ${now.wasm} B`);
    }
  }
  const end = await measure(page, cdp);
  const minutes = (Date.now() - started) / 60000;
  await browser.close();
  await server.close();

  const growth = { nodes: end.nodes - baseline.nodes, jsHeap: end.jsHeap - baseline.jsHeap, wasm: end.wasm - baseline.wasm };
  const counted = end.tallies ?? {};
  const tallied = counted.started === CANDIDATES && counted.finished === CANDIDATES && counted.walked_away === 0;
  const ok = growth.nodes === 0 && growth.jsHeap < LIMIT_BYTES && growth.wasm < LIMIT_BYTES && errors.length === 0
    && end.storage === 0 && end.address === address && tallied;
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  let commit = 'unknown';
  try {
    commit = execSync('git rev-parse --short HEAD', { cwd: __dirname }).toString().trim();
  } catch {
    // Not a git checkout: the figures stand without it.
  }
  const report = `${SECTION}

Written by \`cargo xtask endurance\` (\`e2e/endurance.js\`); do not edit by hand. Last run:
${new Date().toISOString().slice(0, 10)}, commit ${commit}, headless Chromium, release build, kiosk page at
1080 × 1920.

${CANDIDATES.toLocaleString('en')} candidates in one page session, each taking the quiz the kiosk gives (by default the quick quiz: questions until the
result shows), with the organiser's tallies on, and leaving the result to the idle reset (timeouts of 1 second: "Still there?", then the
attract screen). Measured after the first candidate (once the keep module has loaded) and
after the last, each time after a forced garbage collection.

| | after the first | after the last | growth | limit |
|---|---:|---:|---:|---:|
| DOM nodes | ${baseline.nodes} | ${end.nodes} | ${growth.nodes} | 0 |
| JS heap | ${kb(baseline.jsHeap)} | ${kb(end.jsHeap)} | ${kb(growth.jsHeap)} | 1 MB |
| wasm memory (${end.wasmModules} modules) | ${kb(baseline.wasm)} | ${kb(end.wasm)} | ${kb(growth.wasm)} | 1 MB |
| console errors | | ${errors.length} | | 0 |
| storage entries besides the tallies, address | | ${end.storage}, unchanged: ${end.address === address} | | 0, unchanged |
| tallies: started, finished, walked away | | ${counted.started}, ${counted.finished}, ${counted.walked_away} | | ${CANDIDATES}, ${CANDIDATES}, 0 |

Time: ${minutes.toFixed(1)} minutes (${((minutes * 60) / CANDIDATES).toFixed(2)} s per candidate, mostly the
two seconds of idle timeout). Result: **${ok ? 'passed' : 'FAILED'}**.
`;
  writeSection(report);
  console.log(report);
  if (errors.length) console.log(errors.slice(0, 10).join('\n'));
  process.exit(ok ? 0 : 1);
})().catch((error) => {
  console.error(error);
  process.exit(1);
});

// Every TypeScript block in the docs (```ts and ```tsx), type-checked as written in a fresh
// Vite `react-ts` project, made by create-vite with the template's own strict settings, with
// the npm package from the release installed: what a reader pastes compiles.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFileSync, spawnSync } = require('node:child_process');

const RELEASE = process.env.ROLEFIT_RELEASE || path.join(__dirname, '../../target/artefacts');
const DOCS = path.join(__dirname, '../../docs');
// The generator the reader runs, at a version that names its template's settings.
const CREATE_VITE = 'vite@9.3.0';

let work;
let app;

function npm(args, cwd) {
  execFileSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd, stdio: ['ignore', 'inherit', 'inherit'] });
}

/** Every block fenced as `ts` or `tsx` in the docs: { doc, n, language, code }. */
function typescriptBlocks() {
  const blocks = [];
  for (const doc of fs.readdirSync(DOCS).filter((n) => n.endsWith('.md')).sort()) {
    const text = fs.readFileSync(path.join(DOCS, doc), 'utf8');
    let n = 0;
    for (const [, language, code] of text.matchAll(/^```(tsx?)\n([\s\S]*?)^```$/gm)) {
      blocks.push({ doc, n: ++n, language, code });
    }
  }
  return blocks;
}

before(() => {
  const tgz = fs.readdirSync(RELEASE).find((n) => /^rolefit-\d.*\.tgz$/.test(n));
  assert.ok(tgz, `no rolefit-<version>.tgz in ${RELEASE} (cargo xtask release makes it)`);
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'rolefit-docs-'));
  npm(['create', '--yes', CREATE_VITE, 'app', '--', '--template', 'react-ts', '--no-interactive'], work);
  app = path.join(work, 'app');
  npm(['install'], app);
  npm(['install', path.join(RELEASE, tgz)], app);
});

after(() => {
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

test('every TypeScript block of the docs type-checks in a fresh Vite react-ts project', () => {
  const blocks = typescriptBlocks();
  const names = blocks.map(({ doc, n, language }) => `${doc.replace(/\.md$/, '')}-${n}.${language}`);
  // The quick start, the events on the document, the React component.
  assert.ok(names.includes('cdn-npm-1.ts') && names.includes('single-page-apps-1.tsx'), `found ${names.join(', ')}`);
  const dir = path.join(app, 'src/docs');
  fs.mkdirSync(dir);
  blocks.forEach((block, i) => fs.writeFileSync(path.join(dir, names[i]), block.code));
  const config = JSON.parse(fs.readFileSync(path.join(app, 'tsconfig.app.json'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, ''));
  assert.equal(config.compilerOptions.noUnusedLocals, true, "the template's own settings");
  const tsc = spawnSync(process.execPath, [path.join(app, 'node_modules/typescript/bin/tsc'), '-b'], { cwd: app, encoding: 'utf8' });
  assert.equal(tsc.status, 0, `tsc -b:\n${tsc.stdout}${tsc.stderr}`);
});

test('a block that does not type-check is caught', () => {
  const bad = path.join(app, 'src/docs/unused.ts');
  fs.writeFileSync(bad, "import { mount } from 'rolefit';\nconst handle = mount(document.body, { lang: 'xx' });\n");
  const tsc = spawnSync(process.execPath, [path.join(app, 'node_modules/typescript/bin/tsc'), '-b'], { cwd: app, encoding: 'utf8' });
  fs.rmSync(bad);
  assert.notEqual(tsc.status, 0);
  assert.match(tsc.stdout, /unused\.ts/);
});

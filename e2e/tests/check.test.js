// `npx rolefit-check` from the release's npm package, installed from its `.tgz` into a fresh
// folder as a host with a build pipeline would: the test banks of the core (four roles, fair;
// two roles) pass; the four-role bank made unfair fails, naming the questions that make it so;
// a bank with problems lists each at its place; `--json` gives one line per bank.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFileSync, spawnSync } = require('node:child_process');

const RELEASE = process.env.ROLEFIT_RELEASE || path.join(__dirname, '../../target/artefacts');
const DOCUMENTS = path.join(__dirname, '../../core/tests/documents');
const FIXTURES = path.join(__dirname, '../fixtures');

let work;

/** Runs the package's command in the host's folder: its status and what it printed. */
function check(...args) {
  const run = spawnSync('npx', ['--no-install', 'rolefit-check', ...args], { cwd: work, encoding: 'utf8' });
  return { status: run.status, out: run.stdout, err: run.stderr };
}

before(() => {
  const tgz = fs.readdirSync(RELEASE).find((n) => /^rolefit-\d.*\.tgz$/.test(n));
  assert.ok(tgz, `no rolefit-<version>.tgz in ${RELEASE} (cargo xtask release makes it)`);
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'rolefit-check-'));
  fs.writeFileSync(path.join(work, 'package.json'), JSON.stringify({ name: 'a-career-blog', private: true }));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', path.join(RELEASE, tgz)], { cwd: work, stdio: 'inherit' });
  fs.copyFileSync(path.join(DOCUMENTS, 'four-roles-fair.json'), path.join(work, 'four-roles.json'));
  fs.copyFileSync(path.join(DOCUMENTS, 'two-roles.json'), path.join(work, 'two-roles.json'));
  fs.copyFileSync(path.join(FIXTURES, 'bank-invalid.json'), path.join(work, 'invalid.json'));
  // Three of the Content Creator's statements also weigh against every other role.
  const unfair = JSON.parse(fs.readFileSync(path.join(DOCUMENTS, 'four-roles-fair.json'), 'utf8'));
  for (const q of unfair.questions) {
    if (['content-statement-1', 'content-statement-2', 'content-statement-4'].includes(q.id)) {
      const w = q.weights.content;
      q.weights = { content: w, interpersonal: -w, marketing: -w, strategy: -w };
    }
  }
  fs.writeFileSync(path.join(work, 'unfair.json'), JSON.stringify(unfair));
});

after(() => {
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

test('the fair four-role bank and the two-role bank pass, every check with its figure and floor', () => {
  const { status, out, err } = check('four-roles.json', 'two-roles.json');
  assert.equal(status, 0, `${out}\n${err}`);
  assert.match(out, /^four-roles\.json: passes the validity suite$/m);
  assert.match(out, /^two-roles\.json: passes the validity suite$/m);
  assert.match(out, /content-creator/, 'the fourth role is checked');
  assert.doesNotMatch(out, /FAIL/);
});

test('the unfair bank fails and names the questions that make it unfair', () => {
  const { status, out } = check('--json', 'unfair.json');
  assert.equal(status, 1);
  const lines = out.trim().split('\n').map((line) => JSON.parse(line));
  assert.equal(lines.length, 1);
  const [{ file, report }] = lines;
  assert.equal(file, 'unfair.json');
  assert.equal(report.passed, false);
  const failed = report.checks.filter((c) => c.status === 'fail');
  assert.ok(failed.length > 0);
  const causes = new Set(failed.flatMap((c) => c.causes.map((cause) => cause.question)));
  assert.ok(
    ['content-statement-1', 'content-statement-2', 'content-statement-4'].some((q) => causes.has(q)),
    `causes named: ${[...causes].join(', ')}`,
  );
  const text = check('unfair.json');
  assert.equal(text.status, 1);
  assert.match(text.out, /^unfair\.json: FAILS the validity suite$/m);
  assert.match(text.out, /cause: content-statement-[124]/);
});

test('a bank with problems lists each at its place, and is not checked further', () => {
  const { status, out } = check('invalid.json');
  assert.equal(status, 1);
  assert.match(out, /^invalid\.json: \d+ problem\(s\), not checked further$/m);
  const json = JSON.parse(check('--json', 'invalid.json').out);
  assert.ok(json.problems.length > 0);
  for (const problem of json.problems) {
    assert.ok(problem.at.length > 0 && problem.text.length > 0, JSON.stringify(problem));
  }
});

test('a wrong command line is told with the usage, exit 2', () => {
  for (const args of [[], ['--frobnicate', 'four-roles.json'], ['missing.json']]) {
    const { status, err } = check(...args);
    assert.equal(status, 2, args.join(' '));
    assert.match(err, /usage: rolefit-check/);
  }
});

test("cdn-npm.md's command, as written, on a bank of that name", () => {
  const guide = fs.readFileSync(path.join(__dirname, '../../docs/cdn-npm.md'), 'utf8');
  const blocks = [...guide.matchAll(/^```sh\n([\s\S]*?)^```$/gm)].map((m) => m[1]);
  const command = blocks.find((b) => b.startsWith('npx rolefit-check'));
  assert.ok(command, 'the guide shows the command');
  fs.copyFileSync(path.join(DOCUMENTS, 'two-roles.json'), path.join(work, 'my-bank.json'));
  const run = spawnSync('sh', ['-c', command], { cwd: work, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stdout + run.stderr);
  assert.match(run.stdout, /^my-bank\.json: passes the validity suite$/m);
});

// `npx rolefit-check` from the release's npm package, installed from its `.tgz` into a fresh
// folder as a host with a build pipeline would, each bank with `--quick` (the whole suite takes
// far longer in wasm): the core's fair four-role bank passes, with the guide's command as
// written; the same bank made unfair fails, naming the questions that make it so; the two-role
// bank is checked for its two roles; a bank with problems lists each at its place.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFileSync, spawnSync } = require('node:child_process');

const RELEASE = process.env.ROLEFIT_RELEASE || path.join(__dirname, '../../target/artefacts');
const DOCUMENTS = path.join(__dirname, '../../core/tests/documents');

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
  // The two-role bank with a role's profile emptied and a weight on a dimension it lacks.
  const invalid = JSON.parse(fs.readFileSync(path.join(DOCUMENTS, 'two-roles.json'), 'utf8'));
  invalid.roles[0].profile = {};
  invalid.questions[0].weights = { numbrs: 1 };
  fs.writeFileSync(path.join(work, 'invalid.json'), JSON.stringify(invalid));
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

test('the unfair bank fails and names the questions that make it unfair', () => {
  const { status, out } = check('--quick', '--json', 'unfair.json');
  assert.equal(status, 1);
  const lines = out.trim().split('\n').map((line) => JSON.parse(line));
  assert.equal(lines.length, 1);
  const [{ file, report }] = lines;
  assert.equal(file, 'unfair.json');
  assert.equal(report.passed, false);
  const failed = report.checks.filter((c) => c.status === 'fail' && c.certain);
  assert.ok(failed.length > 0);
  const causes = new Set(failed.flatMap((c) => c.causes.map((cause) => cause.question)));
  assert.ok(
    ['content-statement-1', 'content-statement-2', 'content-statement-4'].some((q) => causes.has(q)),
    `causes named: ${[...causes].join(', ')}`,
  );
});

test('a bank with problems lists each at its place, and is not checked further', () => {
  const { status, out } = check('invalid.json');
  assert.equal(status, 1);
  assert.match(out, /^invalid\.json: \d+ problem\(s\), not checked further$/m);
  const json = JSON.parse(check('--json', 'invalid.json').out);
  assert.ok(json.problems.length >= 2, JSON.stringify(json.problems));
  assert.ok(json.problems.some((p) => /^questions\[0\]/.test(p.at) && /numbrs/.test(p.at + p.text)), JSON.stringify(json.problems));
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

test("cdn-npm.md's command as written: the fair four-role bank passes, every check with its figure and floor", () => {
  const guide = fs.readFileSync(path.join(__dirname, '../../docs/cdn-npm.md'), 'utf8');
  const blocks = [...guide.matchAll(/^```sh\n([\s\S]*?)^```$/gm)].map((m) => m[1]);
  const command = blocks.find((b) => b.startsWith('npx rolefit-check'));
  assert.ok(command, 'the guide shows the command');
  fs.copyFileSync(path.join(DOCUMENTS, 'four-roles-fair.json'), path.join(work, 'my-bank.json'));
  const run = spawnSync('sh', ['-c', command], { cwd: work, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stdout + run.stderr);
  assert.match(run.stdout, /^my-bank\.json: passes the validity suite \(a first estimate\)$/m);
  assert.match(run.stdout, /^ {2}ok {3}1\. random answers: content-creator on top: [\d.]+ % \(floor 25 % ± 3\)$/m, 'the fourth role checked');
  assert.doesNotMatch(run.stdout, /FAIL/);
});

test('the two-role bank is checked for its two roles', () => {
  const { out } = check('--quick', '--json', 'two-roles.json');
  const { report } = JSON.parse(out);
  assert.deepEqual(report.roles, ['community-manager', 'social-media-strategist']);
  const shares = report.checks.filter((c) => c.id === 'random-share');
  assert.deepEqual(shares.map((c) => c.floor_text), ['50 % ± 3', '50 % ± 3']);
});

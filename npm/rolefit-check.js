#!/usr/bin/env node
// `npx rolefit-check bank.json…`: checks question banks as the widget reads them, and runs the
// validity suite on each (random answers spread over the roles, simulated candidates found
// again, the quick quiz as honest as the full one…), with RoleFit's own wasm module
// (`rolefit_check`), so no Rust is needed. Exit status 0 when every bank reads and passes,
// 1 when one has a problem or fails a check, 2 for a wrong command line.
import { readFileSync } from 'node:fs';
import { initSync, checkBank } from './rolefit_check.js';

const USAGE = `usage: rolefit-check [--json] [--quick] bank.json…
  --json   one JSON line per bank: {"file", "problems"} or {"file", "report"}
  --quick  a first estimate, from a sixteenth of the simulated candidates`;

function fail(message) {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => a.startsWith('-')));
const files = args.filter((a) => !a.startsWith('-'));
for (const flag of flags) if (!['--json', '--quick', '--help'].includes(flag)) fail(`unknown option ${flag}`);
if (flags.has('--help')) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
if (files.length === 0) fail('no bank given');

initSync({ module: readFileSync(new URL('./rolefit_check_bg.wasm', import.meta.url)) });

function print(file, result) {
  if (result.problems) {
    process.stdout.write(`${file}: ${result.problems.length} problem(s), not checked further\n`);
    for (const p of result.problems) process.stdout.write(`  ${p.at}: ${p.text}\n`);
    return;
  }
  const { report } = result;
  process.stdout.write(`${file}: ${report.passed ? 'passes' : 'FAILS'} the validity suite\n`);
  for (const check of report.checks) {
    const mark = { pass: 'ok  ', fail: 'FAIL', report: '    ' }[check.status] ?? check.status;
    process.stdout.write(`  ${mark} ${check.label}: ${check.figure_text} (floor ${check.floor_text})\n`);
    if (check.status === 'fail') {
      for (const cause of check.causes.slice(0, 3)) {
        const answer = cause.option ? ` › ${cause.option}` : cause.point !== undefined ? ` › ${cause.point}` : '';
        process.stdout.write(`       cause: ${cause.question}${answer}\n`);
      }
    }
  }
}

let status = 0;
for (const file of files) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    fail(`${file}: ${error.message}`);
  }
  const result = JSON.parse(checkBank(text, flags.has('--quick') ? 16 : 1));
  if (result.problems || !result.report.passed) status = 1;
  if (flags.has('--json')) process.stdout.write(`${JSON.stringify({ file, ...result })}\n`);
  else print(file, result);
}
process.exit(status);

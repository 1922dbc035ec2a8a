#!/usr/bin/env node
// `npx rolefit-check bank.json…`: checks question banks as the widget reads them, and runs the
// validity suite on each (random answers spread over the roles, simulated candidates found
// again, the quick quiz as honest as the full one…), with RoleFit's own wasm module
// (`rolefit_check`), so no Rust is needed. Exit status 0 when every bank reads and passes,
// 1 when one has a problem or fails a check (with --quick, one its sample is sure of), 2 for a
// wrong command line.
import { readFileSync } from 'node:fs';
import { initSync, checkBank } from './rolefit_check.js';

const USAGE = `usage: rolefit-check [--json] [--quick] bank.json…
  --json   one JSON line per bank: {"file", "problems"} or {"file", "report"}
  --quick  a first estimate, from a 64th of the simulated candidates: a check fails
           only where that sample is big enough to tell`;

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

/** The checks that fail: in a quick estimate, only those whose sample is big enough to say. */
function failing(report, quick) {
  return report.checks.filter((c) => c.status === 'fail' && (!quick || c.certain));
}

function print(file, result, quick) {
  if (result.problems) {
    process.stdout.write(`${file}: ${result.problems.length} problem(s), not checked further\n`);
    for (const p of result.problems) process.stdout.write(`  ${p.at}: ${p.text}\n`);
    return;
  }
  const { report } = result;
  const failed = failing(report, quick);
  const verdict = failed.length === 0 ? 'passes' : 'FAILS';
  process.stdout.write(`${file}: ${verdict} the validity suite${quick ? ' (a first estimate)' : ''}\n`);
  for (const check of report.checks) {
    const unsure = check.status === 'fail' && !failed.includes(check);
    const mark = unsure ? '  ? ' : { pass: 'ok  ', fail: 'FAIL', report: '    ' }[check.status];
    process.stdout.write(`  ${mark} ${check.label.trim()}: ${check.figure_text} (floor ${check.floor_text})\n`);
    if (check.status === 'fail') {
      for (const cause of check.causes.slice(0, 3)) {
        const answer = cause.option ? `=${cause.option}` : cause.point !== undefined ? `=${cause.point}` : '';
        process.stdout.write(`       cause: ${cause.question}${answer}\n`);
      }
    }
  }
  if (quick && report.checks.some((c) => c.status === 'fail' && !failed.includes(c))) {
    process.stdout.write('  ? : too few candidates to tell; run without --quick\n');
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
  const quick = flags.has('--quick');
  const result = JSON.parse(checkBank(text, quick ? 64 : 1));
  if (result.problems || failing(result.report, quick).length > 0) status = 1;
  if (flags.has('--json')) process.stdout.write(`${JSON.stringify({ file, ...result })}\n`);
  else print(file, result, quick);
}
process.exit(status);

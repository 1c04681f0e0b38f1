/**
 * `npm run bench`: every benchmark in one run, printed as one table with each goal beside it.
 * Ratios are measured within the run, so they hold on any machine.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchCliStart } from './bench/cli';
import { benchLookup, benchScoring } from './bench/core';
import { benchFill } from './bench-fill';
import { benchSheets } from './bench-sheets';

interface Row {
  name: string;
  value: string;
  goal: string;
  ok: boolean;
}

const rows: Row[] = [];

const scoring = benchScoring();
rows.push({
  name: 'scoring throughput (gap, 100,000 people)',
  value: `${scoring.peoplePerSecond.toLocaleString('en')} people/s`,
  goal: '≥ 100,000 people/s',
  ok: scoring.peoplePerSecond >= 100_000,
});

const lookup = benchLookup();
rows.push({
  name: `indicator lookup, both sets (${lookup.queries} queries)`,
  value: `mean ${lookup.meanMs.toFixed(3)} ms, p95 ${lookup.p95Ms.toFixed(3)} ms`,
  goal: '< 5 ms per query',
  ok: lookup.p95Ms < 5,
});

const cli = await benchCliStart();
rows.push({
  name: '`samatthana --version` start (median of 10)',
  value: `${cli.binMs.toFixed(0)} ms`,
  goal: '≤ 150 ms',
  ok: cli.binMs <= 150,
});
rows.push({
  name: '`npx samatthana --version` (npm’s own start: npx esbuild --version)',
  value: `${cli.npxMs.toFixed(0)} ms (${cli.npxFloorMs.toFixed(0)} ms)`,
  goal: 'npx’s time, reported',
  ok: true,
});

const fill = await benchFill([50, 500]);
for (const g of fill.grids) {
  rows.push({
    name: `fill a ${g.people}-person × 5 grid vs setting by id (Chromium)`,
    value: `${g.engineMs.toFixed(1)} ms vs ${g.directMs.toFixed(1)} ms = ${g.ratio.toFixed(1)}×`,
    goal: `≤ ${fill.goals.ratio}×`,
    ok: g.ratio <= fill.goals.ratio,
  });
}
rows.push({
  name: `first fill in a fresh page, ${fill.coldPeople} people (the engine compiling)`,
  value: `${fill.coldMs.toFixed(1)} ms`,
  goal: 'reported',
  ok: true,
});
rows.push({
  name: 'fill time per person, 500 vs 50 people',
  value: `${fill.linearity.toFixed(2)}`,
  goal: `≤ ${fill.goals.linearity} (linear)`,
  ok: fill.linearOk,
});
rows.push({
  name: `scan of the ${fill.grids[fill.grids.length - 1]!.people}-person grid (Chromium, median)`,
  value: `${fill.scanMs.toFixed(1)} ms`,
  goal: `< ${fill.goals.scanMs} ms`,
  ok: fill.scanOk,
});
rows.push({
  name: 'dist/fill-engine.js gzipped',
  value: `${fill.bundle.gzipBytes.toLocaleString('en')} B (${fill.bundle.bytes.toLocaleString('en')} B raw)`,
  goal: `≤ ${fill.goals.gzipBytes.toLocaleString('en')} B (a ceiling against accidental dependencies)`,
  ok: fill.bundle.gzipOk,
});

const sheets = await benchSheets();
rows.push({
  name: '.xlsx template, 10,000 people (median of 3)',
  value: `${sheets.xlsx10kMs} ms (${sheets.peoplePerSecond.toLocaleString('en')} people/s)`,
  goal: '≤ 1,500 ms',
  ok: sheets.xlsx10kMs <= 1500,
});
const callBudget = 1.5 * sheets.appsScriptCalls10 + 10;
rows.push({
  name: 'Apps Script adapter calls, 10 → 1,000 people',
  value: `${sheets.appsScriptCalls10} → ${sheets.appsScriptCalls1000}`,
  goal: `1,000 people ≤ 1.5 × (10 people) + 10 = ${callBudget}`,
  ok: sheets.appsScriptCalls1000 <= callBudget,
});

const width = (k: keyof Row) => Math.max(k.length, ...rows.map((r) => String(r[k]).length));
const line = (r: Record<string, string>) =>
  `| ${r.name!.padEnd(width('name'))} | ${r.value!.padEnd(width('value'))} | ${r.goal!.padEnd(width('goal'))} | ${r.ok!.padEnd(4)} |`;
const table = [
  line({ name: 'benchmark', value: 'value', goal: 'goal', ok: 'met' }),
  `|${'-'.repeat(width('name') + 2)}|${'-'.repeat(width('value') + 2)}|${'-'.repeat(width('goal') + 2)}|------|`,
  ...rows.map((r) => line({ ...r, ok: r.ok ? 'yes' : 'NO' })),
].join('\n');
console.log(table);
if (rows.some((r) => !r.ok)) process.exitCode = 1;

// `npm run bench -- --write` records the table in BENCHMARKS.md, between its markers.
if (process.argv.includes('--write')) {
  const file = join(dirname(fileURLToPath(import.meta.url)), '..', 'BENCHMARKS.md');
  const [head, rest] = readFileSync(file, 'utf8').split('<!-- table -->');
  const tail = rest!.split('<!-- /table -->')[1];
  const when = `Measured ${new Date().toISOString().slice(0, 10)} on ${cpus().length} × ${cpus()[0]?.model.trim()}, Node ${process.version}.`;
  writeFileSync(file, `${head}<!-- table -->\n${when}\n\n${table}\n<!-- /table -->${tail}`);
  console.log(`\nwrote ${file}`);
}

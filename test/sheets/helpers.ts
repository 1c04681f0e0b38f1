/** Shared by the spreadsheet tests: generated people, LibreOffice recalculation, reading its CSV. */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse as parseCsv } from 'csv-parse/sync';
import { levelRange } from '../../shared/dictionary';
import { COMPETENCY_CODES, type SetId } from '../../shared/dictionary/types';
import type { Method, Person } from '../../shared/interchange/types';
import { POSITIONS } from '../../shared/rules/positions';

const run = promisify(execFile);

/** A small seeded generator (mulberry32), so a failure can be replayed. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Achievement scores with up to 2 decimals, many of them ties once weighted (…x5 hundredths). */
function achievement(r: () => number): number | undefined {
  const k = Math.floor(r() * 8);
  const base = Math.floor(r() * 100);
  switch (k) {
    case 0:
      return undefined;
    case 1:
      return [0, 100, 59.99, 60, 89.99, 90][Math.floor(r() * 6)];
    case 2:
      return Math.min(100, base + 0.5);
    case 3:
    case 4:
      return Math.min(100, Math.round((base + Math.floor(r() * 10) / 10 + 0.05) * 100) / 100);
    default:
      return Math.round(r() * 10000) / 100;
  }
}

const NAMES = [
  'นางสาวสมศรี ใจดี',
  'นายสมชาย รักงาน',
  'นางวันดี มีสุข',
  '=HYPERLINK("http://x","คลิก")',
  '+66 ทดสอบ',
  '-ไม่มีชื่อ',
  '@สมาชิก',
];

/** People with random positions (government employees included), levels, overrides and achievement. */
export function generatePeople(count: number, set: SetId, method: Method, seed: number): Person[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  return Array.from({ length: count }, (_, i) => {
    const pos = pick(POSITIONS);
    const competencies: Person['competencies'] = {};
    for (const code of COMPETENCY_CODES) {
      const { min, max } = method === 'rating' ? { min: 1, max: 5 } : levelRange(set, code);
      competencies[code] = min + Math.floor(r() * (max - min + 1));
    }
    const p: Person = {
      id: i % 9 === 0 ? String(i).padStart(3, '0') : `P${String(i).padStart(3, '0')}`,
      name: i < NAMES.length ? NAMES[i]! : `ผู้ทดสอบ ${i}`,
      competencies,
    };
    // Positions as forms print them: with prefixes, or as a DPIS code.
    const style = Math.floor(r() * 4);
    if (style === 0) {
      p.positionType = pos.type;
      p.positionLevel = pos.level;
    } else if (style === 1) {
      p.positionType = `ประเภท${pos.type}`;
      p.positionLevel = `ระดับ${pos.level}`;
    } else if (style === 2) {
      p.positionLevel = pos.code;
    } else {
      p.positionType = pos.type;
      p.positionLevel = ` ${pos.level} `;
    }
    const a = achievement(r);
    if (a !== undefined) p.achievement = a;
    if (r() < 0.15) {
      p.expected = {};
      for (const code of COMPETENCY_CODES)
        if (r() < 0.6) p.expected[code] = Math.floor(r() * (levelRange(set, code).max + 1));
    }
    return p;
  });
}

/**
 * Opens `source` in LibreOffice (through UNO), sets the cells of `edits`, recalculates and saves it
 * as `${dir}/${out}` .xlsx, .csv and .txt (UTF-16 "Unicode text"), as a user's spreadsheet would.
 */
export async function editWithLibreOffice(
  dir: string,
  source: string,
  edits: { sheet: string; row: number; col: number; value: string | number }[],
  out: string,
): Promise<void> {
  writeFileSync(join(dir, 'edits.json'), JSON.stringify(edits));
  await run(
    '/usr/bin/python3',
    [LO_EDIT, join(dir, 'profile'), source, join(dir, 'edits.json'), join(dir, out)],
    { timeout: 300_000 },
  );
}

const LO_EDIT = new URL('./lo-edit.py', import.meta.url).pathname;

/**
 * Recalculates an .xlsx with LibreOffice and returns one sheet's raw values (not as formatted): the
 * first sheet, or the one at `sheet` (1-based).
 */
export async function recalculate(xlsx: Uint8Array, sheet?: number): Promise<string[][]> {
  const dir = mkdtempSync(join(tmpdir(), 'samatthana-lo-'));
  try {
    const file = join(dir, 'template.xlsx');
    writeFileSync(file, xlsx);
    // 9th option false: write values as they are, not as the cell's number format shows them;
    // the 12th names the sheet to write.
    const options = `44,34,76,1,,0,false,true,false,false${sheet ? `,false,${sheet}` : ''}`;
    await run(
      'soffice',
      [
        `-env:UserInstallation=file://${dir}/profile`,
        '--headless',
        '--convert-to',
        `csv:Text - txt - csv (StarCalc):${options}`,
        '--outdir',
        dir,
        file,
      ],
      { timeout: 180_000 },
    );
    const csv = readdirSync(dir).find((f) => f.endsWith('.csv'));
    if (!csv) throw new Error('LibreOffice wrote no CSV');
    return parseCsv(readFileSync(join(dir, csv), 'utf8'), {
      relax_column_count: true,
      bom: true,
    }) as string[][];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The rows under the header row (first cell รหัส), keyed by header. */
export function rowsByHeader(grid: string[][]): Record<string, string>[] {
  const h = grid.findIndex((line) => line[0] === 'รหัส');
  if (h < 0) throw new Error('no header row');
  const header = grid[h]!;
  return grid
    .slice(h + 1)
    .filter((line) => line.some((c) => c !== ''))
    .map((line) => Object.fromEntries(header.map((name, i) => [name, line[i] ?? ''])));
}

/**
 * `npm start`: the main job on the bundled sample team — score everyone and print the Thai table,
 * then look up an indicator. Finishes by itself when not interactive (CI=true or no TTY).
 */
import { mkdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../cli/main';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const sample = relative(process.cwd(), join(root, 'shared', 'samples', 'team.json'));
const interactive = process.stdout.isTTY && !process.env.CI;

function heading(text: string) {
  console.log(`\n━━ ${text} ${'━'.repeat(Math.max(0, 60 - text.length))}\n`);
}

async function run(argv: string[]) {
  console.log(`$ samatthana ${argv.join(' ')}\n`);
  const code = await main(argv);
  if (code !== 0) process.exit(code);
}

heading('1. คิดคะแนนทีมตัวอย่าง (score the sample team)');
await run(['score', sample]);

heading('2. ค้นพฤติกรรมบ่งชี้ (look up an indicator)');
await run(['lookup', 'ซื่อสัตย์', '--limit', '3']);

heading('3. แม่แบบคิดคะแนนสำหรับ Excel / Google Sheets (scoring template)');
const outDir = join(root, 'out');
mkdirSync(outDir, { recursive: true });
await run([
  'template',
  '--people',
  sample,
  '--out',
  relative(process.cwd(), join(outDir, 'team-template.xlsx')),
]);

heading('เสร็จ (done)');
console.log(`ไฟล์ตัวอย่าง: ${sample}`);
console.log('ดูคำสั่งทั้งหมด: npx samatthana --help');
if (interactive) console.log('(โหมดโต้ตอบ: ไม่มีขั้นตอนที่ต้องรอ)');

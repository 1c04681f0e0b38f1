/**
 * `npm start`: the main job on the bundled sample team — score everyone and print the Thai table,
 * then look up an indicator. Finishes by itself when not interactive (CI=true or no TTY).
 */
import { mkdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { fileURLToPath } from 'node:url';
import { main } from '../cli/main';
import { runExtensionDemo } from './demo-extension';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const sample = relative(process.cwd(), join(root, 'shared', 'samples', 'team.json'));
const interactive = process.stdout.isTTY && !process.env.CI;

async function pressEnter(prompt: string) {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  await rl.question(`${prompt} `);
  rl.close();
}

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

heading('3. แม่แบบคิดคะแนนสำหรับ Excel / Google Sheets และแบบสรุปรายคนที่พิมพ์ได้ (template and printed summaries)');
const outDir = join(root, 'out');
mkdirSync(outDir, { recursive: true });
await run([
  'template',
  '--people',
  sample,
  '--out',
  relative(process.cwd(), join(outDir, 'team-template.xlsx')),
]);
await run(['print', sample, '--out', relative(process.cwd(), join(outDir, 'team-summaries.pdf'))]);

heading('4. เติมแบบฟอร์มประเมินในเบราว์เซอร์ด้วยส่วนขยาย (fill an e-evaluation form)');
console.log('สร้างส่วนขยาย เปิดแบบฟอร์มตัวอย่างใน Chromium นำเข้าทีมตัวอย่างผ่านแถบด้านข้าง แล้วเติมให้ทุกคน…\n');
const { screenshot, report } = await runExtensionDemo({
  headless: !interactive,
  beforeClose: interactive ? () => pressEnter('ดูผลใน Chromium ได้เลย — กด Enter เพื่อปิด') : undefined,
});
console.log(
  `เติมแล้ว ${report.filled.length} ช่อง, ข้าม ${report.skipped.length} (มีค่าอยู่แล้วหรือไม่มีตัวเลือกนั้น), ไม่พบ ${report.missing.length}`,
);
for (const s of report.skipped) console.log(`  ข้าม: ${s.evaluatee ?? ''} ${s.competency} — ${s.reason}`);
console.log(`ภาพหน้าจอแบบฟอร์มที่เติมแล้ว: ${relative(process.cwd(), screenshot)}`);

heading('เสร็จ (done)');
console.log(`ไฟล์ตัวอย่าง: ${sample}`);
console.log('ดูคำสั่งทั้งหมด: npx samatthana --help');

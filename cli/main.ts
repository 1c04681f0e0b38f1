/** The samatthana command: parses the command line, calls shared/, prints. */
import { readFileSync } from 'node:fs';
import { evidence } from './commands/evidence';
import { lookup } from './commands/lookup';
import { plan } from './commands/plan';
import { score } from './commands/score';
import { sets } from './commands/sets';
import { template } from './commands/template';
import { validate } from './commands/validate';
import { type Command, InputError, type Io, UsageError } from './io';

const COMMANDS: Record<string, Command> = { sets, lookup, validate, score, template, plan, evidence };

export const USAGE = `samatthana — สมรรถนะหลักข้าราชการ: พจนานุกรม ค้นพฤติกรรมบ่งชี้ ตรวจและคิดคะแนน

การใช้งาน (usage):
  samatthana sets [--json]                          รายการชุดสมรรถนะและสมรรถนะ
  samatthana lookup QUERY [--set ID] [--limit N] [--json]
                                                    ค้นชื่อระดับและพฤติกรรมบ่งชี้
  samatthana validate FILE [OPTIONS]                ตรวจไฟล์การประเมิน (.json หรือ .csv)
  samatthana score FILE [OPTIONS] [--json]          คิดคะแนนทุกคนในไฟล์
      OPTIONS: --set bma|ocsc  --method gap|rating|bma-points  --weights 70/30
  samatthana template --people FILE --out OUT.xlsx [--set ID] [--method …]
                                                    เขียนแม่แบบคิดคะแนน (Excel / Google Sheets)
  samatthana plan FILE [OPTIONS] [--json]           แผนพัฒนา: สมรรถนะที่ต่ำกว่าระดับที่คาดหวัง พร้อมเป้าหมายจากพจนานุกรม
  samatthana evidence FILE --person ID [--json]     พฤติกรรมบ่งชี้ของแต่ละสมรรถนะถึงระดับของคนนั้น (ใช้เขียนเหตุการณ์/พฤติกรรม)
  samatthana --help | --version

Exit status: 0 สำเร็จ, 1 ข้อมูลนำเข้าไม่ถูกต้อง (ไม่เขียนอะไรเลย), 2 ใช้คำสั่งผิด`;

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  return pkg.version;
}

export async function main(argv: string[], io: Io = stdio()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(USAGE);
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    io.out(version());
    return 0;
  }
  const command = COMMANDS[name];
  try {
    if (!command) throw new UsageError(`ไม่รู้จักคำสั่ง "${name}"`);
    if (rest.includes('--help') || rest.includes('-h')) {
      io.out(USAGE);
      return 0;
    }
    return await command(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`samatthana: ${e.message}\nดู samatthana --help`);
      return 2;
    }
    if (e instanceof InputError) {
      io.err(e.message);
      return 1;
    }
    throw e;
  }
}

function stdio(): Io {
  return {
    out: (t) => process.stdout.write(`${t}\n`),
    err: (t) => process.stderr.write(`${t}\n`),
  };
}

/** The samatthana command: parses the command line, calls shared/, prints. */
import { version } from '../package.json';
import { type Command, InputError, type Io, UsageError } from './io';

/**
 * Each command is loaded only when it runs, so `--version`, `--help` and a usage error load no
 * command, and `lookup` never loads the spreadsheet library `template` needs (docs/cli.md).
 */
const COMMANDS: Record<string, () => Promise<Command>> = {
  sets: async () => (await import('./commands/sets')).sets,
  lookup: async () => (await import('./commands/lookup')).lookup,
  validate: async () => (await import('./commands/validate')).validate,
  score: async () => (await import('./commands/score')).score,
  template: async () => (await import('./commands/template')).template,
  convert: async () => (await import('./commands/convert')).convert,
  plan: async () => (await import('./commands/plan')).plan,
  evidence: async () => (await import('./commands/evidence')).evidence,
  print: async () => (await import('./commands/print')).print,
};

export const USAGE = `samatthana — สมรรถนะหลักข้าราชการ: พจนานุกรม ค้นพฤติกรรมบ่งชี้ ตรวจและคิดคะแนน

การใช้งาน (usage):
  samatthana sets [--json]                          รายการชุดสมรรถนะและสมรรถนะ
  samatthana lookup QUERY [--set ID] [--limit N] [--json]
                                                    ค้นชื่อระดับและพฤติกรรมบ่งชี้
  samatthana validate FILE [OPTIONS]                ตรวจไฟล์การประเมิน (.json .csv ข้อความคั่นแท็บ หรือ .xlsx)
  samatthana score FILE [OPTIONS] [--json]          คิดคะแนนทุกคนที่ประเมินครบ และบอกคนที่ยังไม่ครบ
      OPTIONS: --set bma|ocsc  --method gap|rating|bma-points  --weights 70/30
  samatthana template [--people FILE] --out OUT.xlsx [--rows N] [--set ID] [--method …] [--summaries]
                                                    เขียนแม่แบบคิดคะแนน (Excel / Google Sheets);
                                                    ไม่มี --people = แม่แบบเปล่า, --out team.csv = CSV เปล่า
                                                    --summaries: ชีตแบบสรุปของแต่ละคนด้วย (ไม่เกิน 100 คน)
  samatthana convert FILE --out OUT.json|OUT.csv|OUT.xlsx [OPTIONS]
                                                    แปลงไฟล์การประเมินเป็นรูปแบบอื่น (.xlsx = แม่แบบ)
  samatthana print FILE --out OUT.pdf [OPTIONS]     แบบสรุปของทุกคน คนละหนึ่งหน้า A4 เป็น PDF (ใช้ Chromium)
  samatthana plan FILE [OPTIONS] [--json]           แผนพัฒนา: สมรรถนะที่ต่ำกว่าระดับที่คาดหวัง พร้อมเป้าหมายจากพจนานุกรม
  samatthana evidence FILE --person ID [--json]     พฤติกรรมบ่งชี้ของแต่ละสมรรถนะถึงระดับของคนนั้น (ใช้เขียนเหตุการณ์/พฤติกรรม)
  samatthana --help | --version

รหัสออก: 0 สำเร็จ, 1 ข้อมูลนำเข้าไม่ถูกต้อง (ไม่เขียนอะไรเลย), 2 ใช้คำสั่งผิด`;

export async function main(argv: string[], io: Io = stdio()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(USAGE);
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    io.out(version);
    return 0;
  }
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  try {
    if (!load) throw new UsageError(`ไม่รู้จักคำสั่ง "${name}"`);
    if (rest.includes('--help') || rest.includes('-h')) {
      io.out(USAGE);
      return 0;
    }
    const command = await load();
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
  // Output piped into a reader that stops early (`samatthana sets | head`) ends the command quietly.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit(process.exitCode ?? 0);
  });
  return {
    out: (t) => process.stdout.write(`${t}\n`),
    err: (t) => process.stderr.write(`${t}\n`),
  };
}

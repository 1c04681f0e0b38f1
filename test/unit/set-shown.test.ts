/**
 * A file that does not state its competency set (a CSV, an HR workbook) is read with the set its
 * headers or title show; one that shows none takes the caller's set (the CLI's default); one that
 * shows one set while the caller chose the other is refused, naming the file and the header.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { competencyName, getCompetency, SET_OWN_NAMES } from '../../shared/dictionary';
import { COMPETENCY_CODES, SET_IDS, type SetId } from '../../shared/dictionary/types';
import {
  assessmentToCsv,
  parseAssessment,
  parseAssessmentCsv,
  readAssessmentFile,
} from '../../shared/interchange';
import { templateFromAssessment } from '../../shared/template';
import { templateXlsx } from '../../shared/template/xlsx';
import { problemsOf } from '../support/problems';

const PERSON = 'P1,นายวิชัย ทองคำ,วิชาการ,เชี่ยวชาญ,90,3,3,3,3,3';
const FIELDS = 'รหัส,ชื่อ-สกุล,ประเภทตำแหน่ง,ระดับตำแหน่ง,ผลสัมฤทธิ์';
/** The CSV our writer gives a set (the blank template `samatthana template --out x.csv --set …`), with one person. */
const filled = (set: SetId) => `${assessmentToCsv({ set, people: [] }, { thaiHeaders: true })}${PERSON}\r\n`;
const read = (csv: string, overrides = {}) => readAssessmentFile(csv, 'team.csv', overrides);

describe('the set a table shows', () => {
  it('each set’s own headers name it', () => {
    expect(read(filled('ocsc')).assessment.set).toBe('ocsc');
    expect(read(filled('bma')).assessment.set).toBe('bma');
    expect(read(filled('ocsc')).namesSet).toBe(true);
  });

  it('reads the OCSC headers as if the OCSC set had been chosen', () => {
    expect(read(filled('ocsc')).assessment).toEqual(read(filled('ocsc'), { set: 'ocsc' }).assessment);
  });

  it('a header in any column family, with numbering or a code beside the name, still shows the set', () => {
    const csv = `รหัส,ชื่อ,ระดับ,ACH,SERV,EXP,ING,5. การทำงานเป็นทีม (TW)\nA,ก,K1,1,1,1,1,1\n`;
    expect(read(csv).assessment.set).toBe('ocsc');
    const self = `รหัส,ชื่อ,ระดับ,ACH,SERV,EXP,ING,TW,ประเมินตนเอง ความร่วมแรงร่วมใจ\nA,ก,K1,1,1,1,1,1,1\n`;
    expect(read(self).assessment.set).toBe('bma');
  });

  it('codes and names both sets use show none: the default set, and namesSet is false', () => {
    for (const header of [
      'id,name,positionType,positionLevel,achievement,ACH,SERV,EXP,ING,TW',
      `${FIELDS},การมุ่งผลสัมฤทธิ์,การบริการที่ดี,การสั่งสมความเชี่ยวชาญในงานอาชีพ,จริยธรรม,Teamwork`,
      `${FIELDS},ACH,บริการที่ดี,EXP,คุณธรรมจริยธรรม,TW`,
    ]) {
      const r = read(`${header}\n${PERSON}\n`);
      expect(r.assessment.set).toBe('bma');
      expect(r.namesSet).toBe(false);
      expect(read(`${header}\n${PERSON}\n`, { set: 'ocsc' }).assessment.set).toBe('ocsc');
    }
  });

  it('headers that name both sets show none', () => {
    const csv = `${FIELDS},ACH,SERV,EXP,การยึดมั่นในความถูกต้องชอบธรรม และจริยธรรม,ความร่วมแรงร่วมใจ\n${PERSON}\n`;
    expect(read(csv).namesSet).toBe(false);
    expect(read(csv, { set: 'ocsc' }).assessment.set).toBe('ocsc');
  });

  it('a title row above codes shows the set (the template saved as CSV)', () => {
    const title = 'แบบประเมินสมรรถนะหลัก — สมรรถนะหลัก ก.พ. (101–105),,,,,,,,,\n';
    const csv = `${title}id,name,positionType,positionLevel,achievement,ACH,SERV,EXP,ING,TW\n${PERSON}\n`;
    expect(read(csv).assessment.set).toBe('ocsc');
    const bma = csv.replace('สมรรถนะหลัก ก.พ. (101–105)', 'สมรรถนะหลัก 5 ประการ (ฉบับกรุงเทพมหานคร)');
    expect(read(bma).assessment.set).toBe('bma');
    // Headers win over a title.
    expect(read(`${title}${filled('bma').replace(/^\uFEFF/, '')}`).assessment.set).toBe('bma');
  });

  it('a chosen set that the headers contradict is an error naming the file, the row and the header', () => {
    const problems = problemsOf(() => parseAssessmentCsv(filled('ocsc'), 'ocsc-filled.csv', { set: 'bma' }));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.where).toBe('บรรทัด 1, คอลัมน์ 9');
    expect(problems[0]!.message).toContain(`หัวคอลัมน์ "${getCompetency('ocsc', 'ING').nameTh}"`);
    expect(problems[0]!.message).toMatch(/ฉบับ ก\.พ\. แต่เลือกให้คำนวณด้วยฉบับกรุงเทพมหานคร/);
    expect(() => parseAssessmentCsv(filled('ocsc'), 'ocsc-filled.csv', { set: 'bma' })).toThrow(
      /^ocsc-filled\.csv: /,
    );
    expect(problemsOf(() => read(filled('bma'), { set: 'ocsc' }))[0]!.message).toContain(
      'หัวคอลัมน์ "ความร่วมแรงร่วมใจ" เป็นชื่อสมรรถนะของฉบับกรุงเทพมหานคร',
    );
  });

  it('an HR workbook shows its set by its headers; the template’s settings sheet still states it', {
    timeout: 120_000,
  }, async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('รายชื่อ');
    sheet.addRow(['บัญชีรายชื่อข้าราชการ']);
    sheet.addRow(['ที่', 'ชื่อ-สกุล', 'ตำแหน่ง', 'ACH', 'SERV', 'EXP', 'ING', 'การทำงานเป็นทีม']);
    sheet.addRow([1, 'นางสาวสมศรี ใจดี', 'นักวิชาการคอมพิวเตอร์ชำนาญการ', 2, 2, 2, 2, 2]);
    const hr = new Uint8Array(await wb.xlsx.writeBuffer());
    expect(readAssessmentFile(hr, 'hr.xlsx').assessment.set).toBe('ocsc');
    expect(problemsOf(() => readAssessmentFile(hr, 'hr.xlsx', { set: 'bma' }))[0]!.where).toBe(
      'แถว 2, คอลัมน์ 8',
    );
    // The template states its set: an option overrides it, as the contract says, headers or not.
    const team = parseAssessment(
      `{"format":"samatthana/assessment","version":1,"set":"ocsc","people":[]}`,
      'x.json',
    );
    const xlsx = await templateXlsx(templateFromAssessment(team));
    expect(readAssessmentFile(xlsx, 'team.xlsx', { set: 'bma' }).assessment.set).toBe('bma');
  });

  it('a set the caller only defaults to (the panel’s choice) gives way to the set the file shows', () => {
    expect(readAssessmentFile(filled('ocsc'), 'team.csv', {}, { set: 'bma' }).assessment.set).toBe('ocsc');
  });

  it('every set’s own names are the dictionary’s or short forms of them, owned by that set only', () => {
    for (const set of SET_IDS) {
      for (const code of COMPETENCY_CODES) {
        for (const name of SET_OWN_NAMES[set][code] ?? [])
          expect(competencyName(name)).toEqual({ code, set });
        // The name the set's own template writes is never claimed by the other set.
        expect(competencyName(getCompetency(set, code).nameTh)?.set ?? set).toBe(set);
      }
    }
  });
});

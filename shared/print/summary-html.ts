/**
 * Each person's summary as one A4 page of HTML, for `samatthana print` (Chromium prints it to PDF):
 * the same form as the template's แบบสรุป sheet, its labels and count table shared with it, the
 * values computed by the core and written in Thai digits. Pure strings: no DOM, no Node APIs.
 */
import { getSet } from '../dictionary';
import { COMPETENCY_CODES, type CompetencyCode } from '../dictionary/types';
import { missingCompetencies } from '../interchange/resolve';
import { METHOD_LABELS, type Person, type ResolvedAssessment } from '../interchange/types';
import { incompletePlanNote, planApplies, planStanding, printedPlan } from '../rules/plan';
import { roundLabel } from '../rules/rounds';
import { expectedFor, METHOD_RULES, scorePerson } from '../rules/scoring';
import { countRows, SUMMARY_LABELS as L } from '../template/summary-sheet';
import { toThaiDigits } from '../text/normalize';

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A number in Thai digits, with `decimals` places; empty for none. */
const num = (n: number | null | undefined, decimals = 0) =>
  n === null || n === undefined ? '' : toThaiDigits(n.toFixed(decimals));
/** A weight as typed (70, 66.67), in Thai digits. */
const weight = (n: number) => toThaiDigits(String(n));

interface Row {
  code: CompetencyCode;
  expected: number | undefined;
  shown: number | undefined;
  points: number | undefined;
}

/** Each competency's expected level, value and points, as far as the person's data goes. */
function competencyRows(p: Person, a: ResolvedAssessment): Row[] {
  const rule = METHOD_RULES[a.method];
  let expected: Partial<Record<CompetencyCode, number>> = {};
  try {
    expected = expectedFor(p, a.set);
  } catch {
    // An unknown position leaves the expected levels empty (the rating method needs none).
  }
  return COMPETENCY_CODES.map((code) => {
    const shown = p.competencies[code];
    const e = expected[code];
    const ready = shown !== undefined && (!rule.usesExpected || e !== undefined);
    return { code, expected: e, shown, points: ready ? rule.points(shown, e ?? 0) : undefined };
  });
}

/**
 * The plan table's closing row: nothing below expectation is said only of a person whose every
 * competency is assessed and at or above its expected level; a person not fully assessed is said
 * to be so (the page is still printed, to fill in by hand).
 */
function planNote(
  p: Person,
  a: ResolvedAssessment,
  missing: CompetencyCode[],
  complete: boolean,
  hasRows: boolean,
): string {
  const row = (text: string) => `<tr><td colspan="4" class="c">${esc(text)}</td></tr>`;
  const incomplete = incompletePlanNote(a.set, missing, hasRows);
  if (incomplete) return row(incomplete);
  if (hasRows) return '';
  if (!planApplies(a.method)) return row('ยังไม่มีแผนพัฒนาที่เขียนไว้');
  return row(
    complete && planStanding(p, a).meetsAll
      ? 'ไม่มีสมรรถนะที่ต่ำกว่าระดับที่คาดหวัง'
      : 'ยังไม่ทราบระดับที่คาดหวังของตำแหน่งนี้ จึงยังบอกไม่ได้ว่ามีสมรรถนะใดต่ำกว่าระดับที่คาดหวัง',
  );
}

function personPage(p: Person, a: ResolvedAssessment): string {
  const set = getSet(a.set);
  const rule = METHOD_RULES[a.method];
  const rows = competencyRows(p, a);
  const missing = missingCompetencies(p);
  const complete = missing.length === 0 && rows.every((r) => r.points !== undefined);
  const score = complete ? scorePerson(p, a) : null;
  const n = COMPETENCY_CODES.length;
  const sum = complete ? rows.reduce((s, r) => s + r.points!, 0) : null;
  const position = [p.positionType, p.positionLevel].filter(Boolean).join(' ');
  const round = a.round ? toThaiDigits(roundLabel(a.round.fiscalYear, a.round.round)) : '';
  const H = L.tableHead;

  const competencyTable = rows
    .map((r, i) => {
      const name = set.competencies.find((c) => c.code === r.code)!.nameTh;
      const result = r.points === undefined ? null : ((r.points / rule.max) * a.weights.competency) / n;
      return `<tr><td class="c">${num(i + 1)}</td><td>${esc(name)}</td><td class="c">${num(r.expected)}</td>
<td class="c">${num(r.shown)}</td><td class="c">${num(r.points)}</td><td class="c">${num(result, 2)}</td>
<td class="evidence">${esc(p.evidence?.[r.code] ?? '')}</td></tr>`;
    })
    .join('\n');

  const PH = L.planHead;
  const plan = printedPlan(p, a)
    .map((r) => {
      const name = set.competencies.find((c) => c.code === r.competency)!.nameTh;
      const goal = r.goal ? `<div>${esc(L.goal)}: ${esc(toThaiDigits(r.goal))}</div>` : '';
      return `<tr><td class="text"><b>${esc(name)}</b>${goal}</td><td class="text">${esc(r.method)}</td>
<td class="text">${esc(r.period)}</td><td class="text">${esc(r.measure)}</td></tr>`;
    })
    .join('\n');
  const planTable = `<h2>${esc(L.plan)}</h2>
<table class="grid plan">
<colgroup><col style="width:32%"><col style="width:28%"><col style="width:14%"><col></colgroup>
<tr><th>${esc(PH.competency)}</th><th>${esc(PH.method)}</th><th>${esc(PH.period)}</th><th>${esc(PH.measure)}</th></tr>
${plan}${planNote(p, a, missing, complete, plan !== '')}
</table>`;

  const counts = countRows(a.method)
    .map((c) => {
      const k = complete ? rows.filter((r) => r.points === c.points).length : null;
      return `<tr><td>${esc(c.label)}</td><td class="c">${num(k)}</td><td class="c">${num(c.points)}</td>
<td class="c">${num(k === null ? null : k * c.points)}</td></tr>`;
    })
    .join('\n');

  const competencyOf100 = sum === null ? null : (sum / (n * rule.max)) * 100;
  // Three signatures side by side: the dotted lines shortened to fit a third of the page.
  const short = (t: string) => t.replace(/\.{8,}/g, (dots) => '.'.repeat(Math.ceil(dots.length / 2)));
  const signature = (who: string, name: string) => `<div class="sign">
<div>${esc(short(L.sign))}</div><div>${name ? `( ${esc(name)} )` : esc(short(L.blankName))}</div><div><b>${esc(who)}</b></div><div>${esc(short(L.date))}</div></div>`;

  return `<section class="page"><div class="fit">
<h1>${esc(L.title)}</h1>
<p class="sub">${esc(set.nameTh)} · วิธีคำนวณ: ${esc(METHOD_LABELS[a.method])}</p>
<table class="who">
<tr><th>${esc(L.id)}</th><td>${esc(p.id)}</td></tr>
<tr><th>${esc(L.name)}</th><td>${esc(p.name)}</td></tr>
<tr><th>${esc(L.position)}</th><td>${esc(position)}</td></tr>
<tr><th>${esc(L.round)}</th><td>${esc(round)}</td></tr>
</table>
<h2>${esc(L.competencies)}</h2>
<table class="grid competencies">
<colgroup><col style="width:7%"><col style="width:25%"><col style="width:9%"><col style="width:9%"><col style="width:9%"><col style="width:12%"><col></colgroup>
<tr><th>${esc(H.no)}</th><th>${esc(H.name)}</th><th>${esc(H.expected)}</th>
<th>${esc(a.method === 'rating' ? H.displayed.rating : H.displayed.level)}</th><th>${esc(H.points)}</th>
<th>${esc(H.result)}</th><th>${esc(H.evidence)}</th></tr>
${competencyTable}
<tr class="sum"><td colspan="4" class="r">${esc(L.sum)}</td><td class="c">${num(sum)}</td>
<td class="c">${num(score?.competencyScore, 2)}</td><td></td></tr>
</table>
<table class="grid counts">
<colgroup><col style="width:64%"><col><col><col></colgroup>
<tr><th>${esc(L.countHead.rule)}</th><th>${esc(L.countHead.count)}</th><th>${esc(L.countHead.multiplier)}</th><th>${esc(L.countHead.points)}</th></tr>
${counts}
<tr class="sum"><td colspan="3" class="r">${esc(L.countTotal)}</td><td class="c">${num(sum)}</td></tr>
</table>
<h2>${esc(L.summary)}</h2>
<table class="grid summary">
<colgroup><col style="width:46%"><col><col><col></colgroup>
<tr><th>${esc(L.summaryHead.part)}</th><th>${esc(L.summaryHead.score)}</th><th>${esc(L.summaryHead.weight)}</th><th>${esc(L.summaryHead.result)}</th></tr>
<tr><td>๑. ${esc(L.achievement)}</td><td class="c">${num(p.achievement, 2)}</td><td class="c">${weight(a.weights.achievement)}</td>
<td class="c">${num(score?.achievementScore, 2)}</td></tr>
<tr><td>๒. ${esc(L.competency)}</td><td class="c">${num(competencyOf100, 2)}</td><td class="c">${weight(a.weights.competency)}</td>
<td class="c">${num(score?.competencyScore, 2)}</td></tr>
<tr class="sum"><td class="r">${esc(L.total)}</td><td></td><td class="c">${weight(a.weights.achievement + a.weights.competency)}</td>
<td class="c">${num(score?.total, 2)}</td></tr>
<tr class="sum"><td class="r">${esc(L.band)}</td><td colspan="3" class="c">${esc(score?.band ?? '')}</td></tr>
</table>
${planTable}
<div class="signs">
${signature(L.signers[0], p.name)}
${signature(L.signers[1], '')}
${signature(L.signers[2], '')}
</div>
</div>
<footer>${esc(p.id)} · ${esc(p.name)}</footer>
</section>`;
}

/** Fonts tried in order: the office font if installed, else its metric twin from fonts-thai-tlwg. */
export const PRINT_FONTS = ['TH Sarabun New', 'THSarabunNew', 'Laksaman', 'Garuda', 'Noto Sans Thai'];

const CSS = `@page { size: A4 portrait; margin: 12mm 14mm 10mm; }
* { box-sizing: border-box; }
html { font-family: ${PRINT_FONTS.map((f) => `"${f}"`).join(', ')}, serif; font-size: 12pt; line-height: 1.45; color: #000; }
body { margin: 0; }
.page { width: 100%; height: 274mm; padding: 0 1pt; overflow: hidden; position: relative; break-after: page; }
.page:last-child { break-after: auto; }
h1 { font-size: 17pt; text-align: center; margin: 0; line-height: 1.4; }
h2 { font-size: 13pt; margin: 4pt 0 2pt; }
.sub { text-align: center; margin: 0 0 4pt; }
table { border-collapse: collapse; width: 100%; }
.who th { text-align: left; width: 32%; font-weight: bold; }
.who td, .who th { padding: 0 4pt; }
.grid { margin-bottom: 6pt; table-layout: fixed; }
.grid th, .grid td { border: 0.5pt solid #555; padding: 1pt 4pt 0; vertical-align: top; line-height: 1.4; }
.grid th { background: #DDEBF7; font-weight: bold; text-align: center; vertical-align: middle; line-height: 1.2; }
.competencies td { height: 2.2em; }
.evidence, .text { font-size: 11pt; line-height: 1.4; white-space: pre-line; overflow-wrap: anywhere; }
.c { text-align: center; } .r { text-align: right; } .sum td { font-weight: bold; }
.signs { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 6pt; margin-top: 8pt; text-align: center; line-height: 1.5; font-size: 11pt; }
.sign div:first-child { margin-top: 14pt; }
footer { position: absolute; bottom: 0; left: 0; right: 0; text-align: center; font-size: 10pt; color: #444; }`;

/** The whole document: one page per person, in the file's order. */
export function summariesHtml(a: ResolvedAssessment): string {
  return `<!doctype html>
<html lang="th"><head><meta charset="utf-8"><title>${esc(L.title)}</title><style>${CSS}</style></head>
<body>
${a.people.map((p) => personPage(p, a)).join('\n')}
</body></html>`;
}

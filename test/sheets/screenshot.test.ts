/** The README's printing pictures: real PDF pages of the sample team, showing its text, not blank. */
import { describe, expect, it } from 'vitest';
import { picturedPerson, printShots, sampleTeam } from './screenshot';

const flat = (s: string) => s.replace(/\s+/g, '');

describe('printing pictures', () => {
  it('are PNGs of the printed score sheet, summary and print page, each with the team on it', async () => {
    const team = sampleTeam();
    const shots = await printShots(team);
    expect(shots.map((s) => s.file)).toEqual(['template.png', 'template-summary.png', 'print.png']);
    // The summaries picture someone whose evidence and plan are written, so they show.
    const person = picturedPerson(team);
    expect(person.evidence).toBeDefined();
    for (const s of shots) {
      expect([...s.png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      const view = new DataView(s.png.buffer, s.png.byteOffset, s.png.byteLength);
      expect(Math.min(view.getUint32(16), view.getUint32(20)), s.file).toBeGreaterThan(600);
      // A blank page fails both: the pictured page carries the first person's name, and ink.
      expect(flat(s.page.text), s.file).toContain(flat(person.name));
      expect(s.ink, s.file).toBeGreaterThan(0.01);
    }
    // Their evidence and plan method are on the summaries (the start of each: a cell wraps them).
    const start = (text: string) => flat(text).slice(0, 12);
    for (const s of shots.slice(1)) {
      expect(flat(s.page.text), s.file).toContain(start(Object.values(person.evidence!)[0]!));
      expect(flat(s.page.text), s.file).toContain(start(person.plan![0]!.method!));
    }
    // The score sheet pictures everyone in the team.
    for (const p of team.people) expect(shots[0]!.page.text).toContain(p.id);
  }, 300_000);
});

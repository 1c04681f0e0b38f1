import { SET_LABELS } from '../../shared/dictionary/types';
import { METHOD_LABELS } from '../../shared/interchange';
import { ASSESSMENT_OPTIONS, overridesFrom, parse, readInput } from '../args';
import { renderIncomplete } from '../incomplete';
import { type Command, UsageError } from '../io';
import { scoreAll } from './score';

export const validate: Command = (argv, io) => {
  const { values, positionals } = parse(argv, { ...ASSESSMENT_OPTIONS, json: { type: 'boolean' } }, 1);
  const file = positionals[0];
  if (!file) throw new UsageError('ต้องระบุไฟล์: samatthana validate FILE');
  const { assessment: a, places } = readInput(file, overridesFrom(values));
  const { incomplete } = scoreAll(a, places);
  if (values.json) {
    io.out(
      JSON.stringify({
        ok: true,
        people: a.people.length,
        set: a.set,
        method: a.method,
        weights: a.weights,
        incomplete: incomplete.map((x) => ({ id: x.id, missing: x.missing })),
      }),
    );
    return 0;
  }
  io.out(
    `✓ ${file}: ถูกต้อง — ${a.people.length} คน (${SET_LABELS[a.set]}, วิธี${METHOD_LABELS[a.method]}, น้ำหนัก ${a.weights.achievement}/${a.weights.competency})`,
  );
  const note = renderIncomplete(a, incomplete);
  if (note) io.out(note);
  return 0;
};

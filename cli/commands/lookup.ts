import { getCompetency, getLevel } from '../../shared/dictionary';
import { searchIndicators } from '../../shared/search';
import { parse, setOption } from '../args';
import { type Command, UsageError } from '../io';

export const lookup: Command = (argv, io) => {
  const { values, positionals } = parse(
    argv,
    { set: { type: 'string' }, limit: { type: 'string' }, json: { type: 'boolean' } },
    Number.POSITIVE_INFINITY,
  );
  const query = positionals.join(' ').trim();
  if (!query) throw new UsageError('ต้องระบุคำค้น: samatthana lookup QUERY');
  const limit = values.limit === undefined ? 10 : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1)
    throw new UsageError(`--limit ต้องเป็นจำนวนเต็มบวก (ได้ "${values.limit}")`);
  const set = setOption(values.set);
  const hits = searchIndicators(query, { ...(set ? { set } : {}), limit });
  if (values.json) {
    io.out(JSON.stringify({ hits }));
    return 0;
  }
  if (hits.length === 0) {
    io.out(`ไม่พบ "${query}" ในชื่อระดับและพฤติกรรมบ่งชี้`);
    return 0;
  }
  for (const h of hits) {
    const c = getCompetency(h.set, h.competency);
    const level = getLevel(h.set, h.competency, h.level);
    io.out(`[${h.set}] ${c.nameTh} — ระดับ ${h.level}: ${h.title}`);
    if (level?.titleOriginal) io.out(`        (ต้นฉบับ: ${level.titleOriginal})`);
    if (level?.missingFromSource) io.out(`        (${level.textSource ?? 'ต้นฉบับไม่มีระดับนี้'})`);
    if (h.text !== h.title) io.out(`      • ${h.text}`);
  }
  return 0;
};

/** Benchmarks of the shared core: scoring throughput and indicator-lookup latency. */
import { COMPETENCY_CODES } from '../../shared/dictionary/types';
import type { Person } from '../../shared/interchange/types';
import { OCSC_BANDS, POSITIONS, scorePerson } from '../../shared/rules';
import { searchIndicators } from '../../shared/search';

/** A deterministic pseudo-random team, so runs compare. */
export function generatePeople(n: number, seed = 1): Person[] {
  let x = seed;
  const rnd = (k: number) => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x % k;
  };
  return Array.from({ length: n }, (_, i) => {
    const pos = POSITIONS[rnd(POSITIONS.length)]!;
    return {
      id: `P${i + 1}`,
      name: `บุคคล ${i + 1}`,
      positionType: pos.type,
      positionLevel: pos.level,
      achievement: rnd(10001) / 100,
      competencies: Object.fromEntries(COMPETENCY_CODES.map((c) => [c, rnd(6)])),
    };
  });
}

export function benchScoring(n = 100_000) {
  const people = generatePeople(n);
  const ctx = {
    set: 'ocsc' as const,
    method: 'gap' as const,
    weights: { achievement: 70, competency: 30 },
    bands: OCSC_BANDS,
  };
  for (const p of people.slice(0, 2000)) scorePerson(p, ctx); // warm up
  const t0 = performance.now();
  for (const p of people) scorePerson(p, ctx);
  const ms = performance.now() - t0;
  return { people: n, ms, peoplePerSecond: Math.round((n / ms) * 1000) };
}

const QUERIES = [
  'ซื่อสัตย์',
  'ชื่อสัตย์',
  'ประ สิทธิภาพ',
  'มิตรภาพ',
  'จริยธรรม ระดับ ๓',
  'ทีม',
  'วิทยาการ',
  'ผู้รับบริการ',
  'เป้าหมายที่ท้าทาย',
  'ปัด\u200Bภาระ',
  // mistyped: found through the forgiving keys (shared/search/spelling.ts)
  'บริการทีดี',
  'ทำงานเปนทีม',
  'มุ่งผลสำฤทธิ์',
  'เชียวชาญ',
  'จริยธรรม 3',
  'ING 3',
];

export function benchLookup(rounds = 50) {
  searchIndicators('warm up'); // builds the index once
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of QUERIES) {
      const t0 = performance.now();
      searchIndicators(q);
      times.push(performance.now() - t0);
    }
  }
  times.sort((a, b) => a - b);
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  return { queries: times.length, meanMs: mean, p95Ms: times[Math.floor(times.length * 0.95)]! };
}

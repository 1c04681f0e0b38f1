/** Result bands (ผลการประเมิน). Agencies set their own each round: bands are data, not code. */

export interface Band {
  label: string;
  /** The lowest total (inclusive) that earns this band. */
  min: number;
}

/** OCSC's five default bands (docs/scoring-rules.md). */
export const OCSC_BANDS: readonly Band[] = [
  { label: 'ดีเด่น', min: 90 },
  { label: 'ดีมาก', min: 80 },
  { label: 'ดี', min: 70 },
  { label: 'พอใช้', min: 60 },
  { label: 'ต้องปรับปรุง', min: 0 },
];

/** The Bangkok Metropolitan Administration's three bands. */
export const BMA_BANDS: readonly Band[] = [
  { label: 'ดีเด่น', min: 90 },
  { label: 'เป็นที่ยอมรับได้', min: 60 },
  { label: 'ต้องปรับปรุง', min: 0 },
];

export const DEFAULT_BANDS = OCSC_BANDS;

/** Bands sorted by `min`, highest first. */
export function sortBands(bands: readonly Band[]): Band[] {
  return [...bands].sort((a, b) => b.min - a.min);
}

/** The band of a (rounded) total: the first band, highest first, whose `min` it reaches; null below all. */
export function bandFor(total: number, bands: readonly Band[] = DEFAULT_BANDS): string | null {
  for (const b of sortBands(bands)) if (total >= b.min) return b.label;
  return null;
}

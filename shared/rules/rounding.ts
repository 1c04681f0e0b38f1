/**
 * Exact arithmetic for scores. Scores are ratios of small integers and decimals with few digits;
 * computing them as bigint fractions and rounding once at the end means floating point can never
 * tip a result (11 / 15 × 30 is exactly 22, and prints 22.00).
 */

export interface Fraction {
  num: bigint;
  den: bigint; // always > 0
}

/** Scores repeat the same few weights and achievement values: parse each decimal once. */
const CACHE = new Map<number, Fraction>();

/** A finite decimal number as an exact fraction (80.05 → 8005/100), through its shortest decimal form. */
export function fraction(x: number): Fraction {
  let f = CACHE.get(x);
  if (!f) {
    f = parseDecimal(x);
    if (CACHE.size < 100_000) CACHE.set(x, f);
  }
  return f;
}

function parseDecimal(x: number): Fraction {
  if (!Number.isFinite(x)) throw new RangeError(`not a finite number: ${x}`);
  const [mantissa = '0', exp = '0'] = x.toString().toLowerCase().split('e');
  const [int = '0', frac = ''] = mantissa.split('.');
  let num = BigInt(int + frac);
  let den = 10n ** BigInt(frac.length);
  const e = Number(exp);
  if (e > 0) num *= 10n ** BigInt(e);
  else if (e < 0) den *= 10n ** BigInt(-e);
  return { num, den };
}

export function ratio(num: number | bigint, den: number | bigint): Fraction {
  const n = BigInt(num);
  const d = BigInt(den);
  if (d === 0n) throw new RangeError('division by zero');
  return d < 0n ? { num: -n, den: -d } : { num: n, den: d };
}

export function add(a: Fraction, b: Fraction): Fraction {
  return { num: a.num * b.den + b.num * a.den, den: a.den * b.den };
}

export function mul(a: Fraction, b: Fraction): Fraction {
  return { num: a.num * b.num, den: a.den * b.den };
}

/** Rounds to `places` decimals, half away from zero, and returns the nearest number to that decimal. */
export function round(f: Fraction, places = 2): number {
  const scale = 10n ** BigInt(places);
  const neg = f.num < 0n;
  const abs = neg ? -f.num : f.num;
  // floor(abs * scale / den + 1/2) = floor((2 * abs * scale + den) / (2 * den))
  const q = (2n * abs * scale + f.den) / (2n * f.den);
  const r = Number(neg ? -q : q) / Number(scale);
  return Object.is(r, -0) ? 0 : r;
}

/** Encodes text as windows-874 (TIS-620 plus a few extras), which TextEncoder cannot do: test files only. */
export function encodeCp874(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out.push(cp);
    else if (cp >= 0x0e01 && cp <= 0x0e5b) out.push(cp - 0x0d60);
    else if (cp === 0x00a0) out.push(0xa0);
    else throw new Error(`cannot encode U+${cp.toString(16)} in windows-874`);
  }
  return new Uint8Array(out);
}

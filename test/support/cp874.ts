/**
 * Encodes text as windows-874 (TIS-620 plus Microsoft's additions), which TextEncoder cannot do,
 * through iconv-lite: test files and fixture pages only. A character windows-874 cannot hold is an
 * error naming it, never a silent "?".
 */
import iconv from 'iconv-lite';

export function encodeCp874(text: string): Uint8Array {
  const bytes = iconv.encode(text, 'windows-874');
  if (iconv.decode(bytes, 'windows-874') !== text) {
    for (const ch of text) {
      if (iconv.decode(iconv.encode(ch, 'windows-874'), 'windows-874') !== ch) {
        const c = ch.codePointAt(0)!;
        throw new Error(`U+${c.toString(16).toUpperCase()} "${ch}" has no windows-874 byte`);
      }
    }
  }
  return new Uint8Array(bytes);
}

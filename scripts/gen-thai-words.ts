/**
 * Regenerates shared/text/thai-words.generated.ts: every Thai word of the texts the side panel and
 * the Sheets sidebar show (our sources and the competency dictionary), as Node's ICU word segmenter
 * (with its full Thai dictionary) reads them. Run by `npm run gen`; a unit test keeps it current.
 */
import { writeFileSync } from 'node:fs';
import { renderThaiWords, THAI_WORDS_FILE } from './thai-words-source';

writeFileSync(THAI_WORDS_FILE, renderThaiWords());
console.log(`wrote ${THAI_WORDS_FILE}`);

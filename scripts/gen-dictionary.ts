/** Regenerates shared/dictionary/sets.generated.ts from the source files. Run by `npm run gen`. */
import { writeFileSync } from 'node:fs';
import { dictionarySourceFile, renderGeneratedSets } from './dictionary-source';

const out = dictionarySourceFile();
writeFileSync(out.path, renderGeneratedSets());
console.log(`wrote ${out.path}`);

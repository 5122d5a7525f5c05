/**
 * `npm run check`: check every entry of the content folder without building anything.
 * Exits 1 when there is an error. CONTENT_DIR checks another folder with the same layout.
 */
import { formatText } from '../src/diagnostics/format-text';
import { hasErrors } from '../src/diagnostics/diagnostic';
import { loadCorpus } from '../src/corpus/index';

const corpus = await loadCorpus({ contentDir: process.env.CONTENT_DIR ?? 'content' });
console.log(formatText(corpus.diagnostics, process.stdout.isTTY));
if (hasErrors(corpus.diagnostics)) process.exitCode = 1;

/**
 * npm run content:status — the translation status of every page: its Spanish and English files,
 * when each last changed (from git, or from the file's date when it has changes not yet committed)
 * and whether they are in step. Pages out of step come first, each with what to do; every line fits
 * in 80 columns (lib/content/status-text.ts). It only informs: the exit code is 0.
 */
import {statusText} from '../lib/content/status-text';
import {translationReport} from '../lib/content/translation-status';

const now = new Date();
const {pairs, skipped} = translationReport({now});
for (const line of statusText(pairs, skipped, now)) console.log(line);

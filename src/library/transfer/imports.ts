/** Importing a library JSON file: validate all of it, then write all of it in one transaction. */
import { putArticles } from '../../store/articles-db';
import { describeStorageError } from '../../store/storage-errors';
import { parseLibraryFile } from './library-file';

export type ImportOutcome = { ok: true; message: string; written: number } | { ok: false; message: string };

export async function importLibraryText(text: string): Promise<ImportOutcome> {
  const parsed = parseLibraryFile(text);
  if (!parsed.ok) return { ok: false, message: parsed.error };
  if (parsed.articles.length === 0) return { ok: false, message: 'This library file contains no articles.' };
  try {
    const { written, keptNewer } = await putArticles(parsed.articles);
    const plural = (n: number) => (n === 1 ? '' : 's');
    let message = `Imported ${written} article${plural(written)}.`;
    if (keptNewer) message += ` ${keptNewer} already in your library with a later save ${keptNewer === 1 ? 'was' : 'were'} kept as they are.`;
    return { ok: true, message, written };
  } catch (error) {
    return { ok: false, message: describeStorageError(error, 'Nothing was imported') };
  }
}

export async function importLibraryFile(file: Blob): Promise<ImportOutcome> {
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    return { ok: false, message: `The file could not be read: ${(error as Error).message}` };
  }
  return importLibraryText(text);
}

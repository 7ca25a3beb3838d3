/**
 * `prep star edit ID`: $EDITOR on the story's YAML; validated on save. On an error the file is re-opened
 * with the error (and its hint) in a header that replaces the last one, with line numbers that match
 * the file as shown. Quitting without saving stops; the edits are never deleted while unsaved.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { ensureDir } from '../adapters/ensure-dir.js';
import { join } from 'node:path';
import type { Ctx } from '../context.js';
import type { Outcome } from '../outcome.js';
import { PrepError } from '../errors.js';
import { stripHeader, withHeader } from '../core/edit-header.js';
import { exportable, parseStories, storyOr404 } from './star.js';

const START = 'Edit the story, save and close. Quit without saving, or delete everything, to cancel.';
const RESUMED = 'Your unsaved edit from last time. Save and close to store it; delete everything to drop it.';
const FIX = 'Fix the problem above, save and close. Quit without saving to stop (your edits stay in this file).';

export async function starEdit(ctx: Ctx, id: string): Promise<Outcome> {
  const { repo, story } = await storyOr404(ctx, id);
  const editor = ctx.env.VISUAL || ctx.env.EDITOR || (ctx.interactive ? 'vi' : '');
  if (!editor) {
    throw new PrepError('no-tty', 'prep star edit needs $EDITOR or an interactive terminal', {
      hint: `Set EDITOR (e.g. EDITOR=nano prep star edit ${id}), or write the story to a file with \`prep star export --format yaml\`, change it and run \`prep star import FILE\`.`,
    });
  }
  const { stringify } = await import('yaml');
  const dir = join(ctx.paths.cacheDir, 'edit');
  ensureDir(dir);
  const file = join(dir, `${id}.yaml`);
  const kept = () => `Your edits are kept in ${file}: fix them and run \`prep star import ${file}\`, or \`prep star edit ${id}\` to carry on.`;
  // An edit left unsaved last time is carried on, not overwritten.
  const leftover = existsSync(file) ? stripHeader(readFileSync(file, 'utf8')).body : '';
  let written = withHeader([leftover.trim() ? RESUMED : START], leftover.trim() ? leftover : stringify(exportable(story), { lineWidth: 0 }), { file, oldHeader: 0 });
  writeFileSync(file, written);
  let failed = false;
  for (;;) {
    const r = spawnSync(`${editor} "${file}"`, { shell: true, stdio: 'inherit' });
    if (r.status !== 0) throw new PrepError('usage', `the editor (${editor}) exited with ${r.status ?? r.signal}; ${id} was not changed`, { hint: `Set EDITOR to your editor, e.g. EDITOR=nano. ${kept()}` });
    const text = readFileSync(file, 'utf8');
    if (!text.replace(/^#.*$/gm, '').trim()) {
      rmSync(file, { force: true });
      return { text: `Empty file: ${id} was not changed.` };
    }
    if (text === written) {
      // Quit without saving: stop. Unsaved edits (after an error, or carried over) stay in the file.
      if (failed || leftover.trim()) throw new PrepError('invalid-input', `${id} was not changed${failed ? ': the edit still has the error shown at the top of the file' : ''}`, { hint: kept() });
      rmSync(file, { force: true });
      return { text: `No changes to ${id}.` };
    }
    try {
      const [edited] = await parseStories(ctx, file);
      if (!edited) throw new PrepError('invalid-input', 'the file holds no story', { hint: 'Write one story: title, template, situation, task, action, result.' });
      repo.saveStory({ ...edited, id }, ctx.now());
      rmSync(file, { force: true });
      return { json: { version: 1, story: { ...edited, id } }, text: `Saved ${id}.${edited.id && edited.id !== id ? ` (ids do not change on edit; kept "${id}")` : ''}` };
    } catch (e) {
      if (!(e instanceof PrepError)) throw e;
      failed = true;
      const { body, lines } = stripHeader(text);
      written = withHeader([e.message, ...e.details, ...(e.hint ? [`hint: ${e.hint}`] : []), FIX], body, { file, oldHeader: lines });
      writeFileSync(file, written);
    }
  }
}

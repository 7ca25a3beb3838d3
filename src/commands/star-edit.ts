/** `prep star edit ID`: $EDITOR on the story's YAML; validate on save, re-open with the error on failure. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Ctx } from '../context.js';
import type { Outcome } from '../main.js';
import { PrepError } from '../errors.js';
import { exportable, parseStories, storyOr404 } from './star.js';

export async function starEdit(ctx: Ctx, id: string): Promise<Outcome> {
  const { repo, story } = await storyOr404(ctx, id);
  const editor = ctx.env.VISUAL || ctx.env.EDITOR || 'vi';
  const { stringify } = await import('yaml');
  const dir = join(ctx.paths.cacheDir, 'edit');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = join(dir, `${id}.yaml`);
  const original = `# Edit the story, save and close. Delete everything to cancel.\n${stringify(exportable(story), { lineWidth: 0 })}`;
  writeFileSync(file, original);
  try {
    for (let attempt = 1; ; attempt++) {
      const r = spawnSync(`${editor} "${file}"`, { shell: true, stdio: 'inherit' });
      if (r.status !== 0) throw new PrepError('usage', `the editor (${editor}) exited with ${r.status ?? r.signal}`, { hint: 'Set EDITOR to your editor, e.g. EDITOR=nano; nothing was changed.' });
      const text = readFileSync(file, 'utf8');
      if (!text.replace(/^#.*$/gm, '').trim()) return { text: 'Empty file: nothing was changed.' };
      if (text === original) return { text: 'No changes.' };
      try {
        const [edited] = await parseStories(ctx, file);
        if (!edited) throw new PrepError('invalid-input', 'the file holds no story');
        repo.saveStory({ ...edited, id }, ctx.now());
        return { json: { version: 1, story: { ...edited, id } }, text: `Saved ${id}.${edited.id && edited.id !== id ? ` (ids do not change on edit; kept "${id}")` : ''}` };
      } catch (e) {
        if (!(e instanceof PrepError) || attempt >= 5) throw e;
        const why = [e.message, ...e.details].map((l) => `# prep: ${l.replace(/\n/g, ' ')}`).join('\n');
        writeFileSync(file, `${why}\n# Fix the problem above, save and close (or delete everything to cancel).\n${text.replace(/^# prep: .*\n/gm, '')}`);
      }
    }
  } finally {
    rmSync(file, { force: true });
  }
}

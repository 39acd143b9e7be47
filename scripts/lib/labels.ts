// Labelled page folders (labels.json): the format of ../shared/corpus and tests/fixtures.
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import * as z from 'zod';

export const LabelSchema = z.object({
  verdict: z.enum(['fraud', 'clean']),
  signals: z.array(z.string()).optional(),
  /** The fraud appears only when scripts run (or inside a frame): a real browser must catch it. */
  dynamic: z.boolean().optional(),
  category: z.string().optional(),
  note: z.string().optional(),
  /** Generated pages: the family they come from and the evasion applied (scripts/corpus). */
  family: z.string().optional(),
  mutation: z.string().optional(),
});
export type Label = z.infer<typeof LabelSchema>;

export interface LabelledPage extends Label {
  /** Path relative to the folder, as written in labels.json. */
  page: string;
  file: string;
}

/** Reads a folder's labels.json; throws a clear error when it is missing or malformed. */
export async function readLabels(folder: string): Promise<{ pages: LabelledPage[]; unlabelled: string[] }> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(join(folder, 'labels.json'), 'utf8'));
  } catch (error) {
    throw new Error(`${folder}: cannot read labels.json (${error instanceof Error ? error.message : String(error)})`);
  }
  if (typeof raw !== 'object' || raw === null) throw new Error(`${folder}/labels.json: expected an object of page → label`);
  const pages: LabelledPage[] = [];
  for (const [page, value] of Object.entries(raw)) {
    if (page.startsWith('_')) continue;
    const parsed = LabelSchema.safeParse(value);
    if (!parsed.success) throw new Error(`${folder}/labels.json: bad label for ${page}: ${z.prettifyError(parsed.error)}`);
    pages.push({ page, file: join(folder, page), ...parsed.data });
  }
  const labelled = new Set(pages.map((p) => p.page));
  const unlabelled = (await htmlBelow(folder)).map((f) => relative(folder, f)).filter((p) => !labelled.has(p));
  return { pages, unlabelled };
}

async function htmlBelow(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await htmlBelow(path)));
    else if (/\.html?$/i.test(e.name)) out.push(path);
  }
  return out.sort();
}

export interface LabelledFolder {
  folder: string;
  pages: LabelledPage[];
}

/**
 * Opens labelled folders for an evaluation, printing a FAIL line for each problem (missing folder, bad labels,
 * an unlabelled page) and counting them; with `ifPresent`, a missing folder is skipped instead.
 */
export async function openLabelledFolders(folders: readonly string[], ifPresent: boolean): Promise<{ sets: LabelledFolder[]; broken: number }> {
  const sets: LabelledFolder[] = [];
  let broken = 0;
  for (const folder of folders) {
    if (!existsSync(folder)) {
      process.stdout.write(ifPresent ? `skipped ${folder}: not present here\n` : `FAIL ${folder}: folder not found\n`);
      if (!ifPresent) broken++;
      continue;
    }
    try {
      const labels = await readLabels(folder);
      for (const page of labels.unlabelled) {
        process.stdout.write(`FAIL ${folder}/${page}: not in labels.json (every page needs a label)\n`);
        broken++;
      }
      sets.push({ folder, pages: labels.pages });
    } catch (error) {
      process.stdout.write(`FAIL ${error instanceof Error ? error.message : String(error)}\n`);
      broken++;
    }
  }
  return { sets, broken };
}

export const percent = (n: number, d: number): string => `${n}/${d}${d ? ` (${Math.round((100 * n) / d)}%)` : ''}`;

import {test, expect, type Page} from '@playwright/test';
import {boxes} from './boxes.mjs';
import {field, files, openEditor, readCopy, scrollTo} from './local-folder';

// The staff editor as `npm run cms` serves it, in Chromium, on a copy of the content
// (cms/local-folder.ts). Nothing is written to the real files.
const titles = (locale: string) =>
  Object.entries(files)
    .filter(([file]) => file.startsWith(`content/${locale}/`))
    .map(([, text]) => field(text, 'title')!);
const changedLines = (before: string, after: string) => {
  const [a, b] = [before.split('\n'), after.split('\n')];
  return b.flatMap((line, i) => (line === a[i] ? [] : [`${i + 1}: ${line}`])).concat(a.length === b.length ? [] : ['(line count changed)']);
};

/** Saves, and waits until the file in the copy has changed. */
async function save(page: Page, file: string) {
  await page.getByRole('button', {name: 'Guardar', exact: true}).click();
  await expect.poll(() => readCopy(page, file)).not.toBe(files[file]);
}

test('loads from npm run cms with nothing from other sites, and lists every page paired across the two languages', async ({page}) => {
  const {outside, errors} = await openEditor(page);
  for (const title of titles('es')) await expect(page.getByText(title, {exact: true})).toBeVisible();
  await expect(page.getByText(/19 entradas/)).toBeAttached();

  // One page: Spanish and English side by side, from files with different names, linked by id.
  await page.getByText('Señales de trata en un trabajo o en una relación', {exact: true}).click();
  await expect(page.getByText('Español', {exact: true})).toBeVisible();
  await expect(page.getByText('Inglés', {exact: true})).toBeVisible();
  const titleBoxes = page.getByRole('textbox', {name: /Title · Título/});
  await expect(titleBoxes.nth(0)).toHaveValue('Señales de trata en un trabajo o en una relación');
  await expect(titleBoxes.nth(1)).toHaveValue(field(files['content/en/signs-of-trafficking.mdx'], 'title')!);

  // Its icons are drawn by its own font (a missing font shows their names, like "arrow_back").
  await expect
    .poll(() => page.evaluate(() => [...document.fonts].filter((f) => f.family.includes('Material Symbols') && f.status === 'loaded').length))
    .toBeGreaterThan(0);
  expect(outside, 'requests to other sites').toEqual([]);
  // The GitHub status check is the one thing it tries, and the page's CSP stops it (cms/README.md).
  expect(errors.filter((e) => !/githubstatus\.com/.test(e))).toEqual([]);
});

test('offers the site\'s boxes in the Insert menu of the text', async ({page}) => {
  await openEditor(page);
  await page.getByText('Pide ayuda: líneas gratis, de día y de noche', {exact: true}).click();
  const insert = page.getByRole('button', {name: 'Insertar'});
  await scrollTo(page, insert);
  await insert.first().click();
  for (const box of boxes) await expect(page.getByRole('menuitem', {name: box.label})).toBeVisible();
});

test('a title edit changes only the title line, in that language only', async ({page}) => {
  await openEditor(page);
  const es = 'content/es/como-ayudar-a-alguien.mdx';
  const en = 'content/en/how-to-help-someone.mdx';
  await page.getByText(field(files[es], 'title')!, {exact: true}).click();
  await page.getByRole('textbox', {name: /Title · Título/}).first().fill('Cómo ayudar a una amiga, un amigo o alguien de tu familia');
  await save(page, es);
  expect(changedLines(files[es], await readCopy(page, es))).toEqual(['3: title: "Cómo ayudar a una amiga, un amigo o alguien de tu familia"']);
  expect(await readCopy(page, en)).toBe(files[en]);
});

test('a text edit in the rich-text editor changes only that line; the boxes stay as they were', async ({page}) => {
  await openEditor(page);
  const es = 'content/es/ayuda.mdx';
  const en = 'content/en/get-help.mdx';
  await page.getByText('Pide ayuda: líneas gratis, de día y de noche', {exact: true}).click();
  const line = 'Llamar a estas líneas es gratis, a cualquier hora del día o de la noche.';
  const paragraph = page.locator('[contenteditable="true"] p', {hasText: line});
  await scrollTo(page, paragraph);
  await paragraph.first().click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Nadie te va a juzgar.');
  await save(page, es);
  const lineNumber = files[es].split('\n').indexOf(line) + 1;
  expect(changedLines(files[es], await readCopy(page, es))).toEqual([`${lineNumber}: ${line} Nadie te va a juzgar.`]);
  expect(await readCopy(page, en)).toBe(files[en]);
});

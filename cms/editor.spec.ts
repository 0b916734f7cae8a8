import {test, expect, type Locator, type Page} from '@playwright/test';

import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type {AddressInfo} from 'node:net';
import os from 'node:os';
import path from 'node:path';
import sirv from 'sirv';
import {boxes} from './boxes.mjs';

import {field, files, openEditor, readCopy, scrollTo} from './local-folder';

// The staff editor as `npm run cms` serves it, in Chromium, on a copy of the content
// (cms/local-folder.ts). Nothing is written to the real files.
/**
 * Whether a page file is in the editor's form (cms/frontmatter.mjs) and its fields pass the site's
 * schema, asked of Node with tsx: Playwright's loader cannot load those two modules here.
 */
const checkInNode = (text: string) => {
  const script = `
    import fs from 'node:fs';
    import {normalisePage, readPage} from ${JSON.stringify(path.join(__dirname, 'frontmatter.mjs'))};
    import schema from ${JSON.stringify(path.join(__dirname, '../lib/content/schema.ts'))};
    const text = fs.readFileSync(0, 'utf8');
    const {fields} = readPage(text);
    console.log(JSON.stringify({normal: normalisePage(text) === text, valid: schema.frontmatterSchema.safeParse(fields).success, fields}));`;
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    input: text,
    cwd: path.join(__dirname, '..')
  });
  return JSON.parse(out.toString()) as {normal: boolean; valid: boolean; fields: Record<string, unknown>};
};
const titles = (locale: string) =>
  Object.entries(files)
    .filter(([file]) => file.startsWith(`content/${locale}/`))
    .map(([, text]) => field(text, 'title')!);
const changedLines = (before: string, after: string) => {
  const [a, b] = [before.split('\n'), after.split('\n')];
  return b
    .flatMap((line, i) => (line === a[i] ? [] : [`${i + 1}: ${line}`]))
    .concat(a.length === b.length ? [] : ['(line count changed)']);
};

/** Saves, and waits until the file in the copy has changed. */
async function save(page: Page, file: string) {
  await page.getByRole('button', {name: 'Guardar', exact: true}).click();
  await expect.poll(() => readCopy(page, file)).not.toBe(files[file]);
}

test('loads from npm run cms with nothing from other sites, and lists every page paired across the two languages', async ({
  page
}) => {
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
    .poll(() =>
      page.evaluate(
        () => [...document.fonts].filter((f) => f.family.includes('Material Symbols') && f.status === 'loaded').length
      )
    )
    .toBeGreaterThan(0);
  expect(outside, 'requests to other sites').toEqual([]);
  // The GitHub status check is the one thing it tries, and the page's CSP stops it (cms/README.md).
  expect(errors.filter((e) => !/githubstatus\.com/.test(e))).toEqual([]);
});

test("offers the site's boxes in the Insert menu of the text", async ({page}) => {
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
  await page
    .getByRole('textbox', {name: /Title · Título/})
    .first()
    .fill('Cómo ayudar a una amiga, un amigo o alguien de tu familia');
  await save(page, es);
  expect(changedLines(files[es], await readCopy(page, es))).toEqual([
    '3: title: "Cómo ayudar a una amiga, un amigo o alguien de tu familia"'
  ]);
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
  // The paragraph holds two lines of the file, and End after a click depends on where the click lands and how
  // the text wraps: the caret is put right after the line's last character instead.
  await paragraph.first().click();
  await paragraph.first().evaluate((p, line) => {
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(line);
      if (at >= 0) return getSelection()!.setBaseAndExtent(node, at + line.length, node, at + line.length);
    }
    throw new Error(`no text node holds: ${line}`);
  }, line);
  await page.keyboard.type(' Nadie te va a juzgar.');
  await save(page, es);
  const lineNumber = files[es].split('\n').indexOf(line) + 1;
  expect(changedLines(files[es], await readCopy(page, es))).toEqual([`${lineNumber}: ${line} Nadie te va a juzgar.`]);
  expect(await readCopy(page, en)).toBe(files[en]);
});

test('a new page gets a file in each language, named from its titles, with one id, written as the site accepts', async ({
  page
}) => {
  await openEditor(page);
  await page.getByRole('button', {name: 'Crear una nueva entrada'}).click();
  const title = page.getByRole('textbox', {name: /Title · Título/});
  const description = page.getByRole('textbox', {name: /Description · Descripción/});
  const textFields: [Locator, string][] = [
    [page.getByRole('textbox', {name: /^id/}).first(), 'keeping-copies'],
    [title.nth(0), 'Cómo guardar copias de tus documentos'],
    [title.nth(1), 'How to keep copies of your documents'],
    [
      description.nth(0),
      'Por qué conviene tener copias de tus papeles, dónde guardarlas y cómo hacerlo sin que nadie se entere.'
    ],
    [
      description.nth(1),
      'Why copies of your papers help, where to keep them, and how to make them without anyone finding out.'
    ]
  ];
  await page
    .getByRole('radio', {name: /page \(core page/})
    .first()
    .check();
  await page
    .getByRole('radio', {name: /survivors/})
    .first()
    .check();
  await page.getByRole('combobox').first().click();
  await page
    .getByRole('option', {name: /Seguridad · Safety/})
    .first()
    .click();
  await page.getByText('Kind · Tipo').first().click();
  const dates = page.locator('input[type="date"]');
  await dates.nth(0).fill('2026-12-05');
  await dates.nth(2).fill('2026-12-05');
  const text = page.locator('[contenteditable="true"]');
  await scrollTo(page, text);
  await text.nth(0).click();
  await page.keyboard.type('Guarda una copia de tus papeles en un lugar seguro.');
  await text.nth(1).click();
  await page.keyboard.type('Keep a copy of your papers in a safe place.');
  // The text fields last, each checked and typed again if lost: on a busy machine a value typed while the new form
  // was still being set up did not stay.
  for (const [box, value] of textFields)
    await expect(async () => {
      await box.fill(value);
      await expect(box).toHaveValue(value, {timeout: 500});
    }).toPass();
  await page.getByRole('button', {name: 'Guardar', exact: true}).click();
  await expect(page.getByText('Cómo guardar copias de tus documentos', {exact: true})).toBeVisible();

  const es = await readCopy(page, 'content/es/como-guardar-copias-de-tus-documentos.mdx');
  const en = await readCopy(page, 'content/en/how-to-keep-copies-of-your-documents.mdx');
  for (const [saved, body] of [
    [es, 'Guarda una copia de tus papeles en un lugar seguro.'],
    [en, 'Keep a copy of your papers in a safe place.']
  ]) {
    const {normal, valid, fields} = checkInNode(saved);
    expect(normal, 'in the form of cms/frontmatter.mjs').toBe(true);
    expect(valid, 'accepted by lib/content/schema.ts').toBe(true);
    expect(fields).toMatchObject({
      id: 'keeping-copies',
      kind: 'page',
      topics: ['safety'],
      published: '2026-12-05',
      draft: false
    });
    expect(saved.endsWith(`---\n\n${body}\n`)).toBe(true);
  }
});

test('npm run cms:export makes a folder that any static host can serve: the same editor, nothing else needed', async ({page}) => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-export-'));
  execFileSync(process.execPath, [path.join(__dirname, 'export.mjs'), folder]);
  // A plain file server: no rule for the editor's languages or imports, only file types.
  const serve = sirv(folder, {dev: true});
  const server = http.createServer((req, res) =>
    serve(req, res, () => {
      res.statusCode = 404;
      res.end();
    })
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const {outside, errors} = await openEditor(page, true, `http://localhost:${(server.address() as AddressInfo).port}/`);
    for (const title of titles('es')) await expect(page.getByText(title, {exact: true})).toBeVisible();
    await expect(page.getByText(/19 entradas/)).toBeAttached();
    expect(outside).toEqual([]);
    expect(errors.filter((e) => !/githubstatus\.com/.test(e))).toEqual([]);
  } finally {
    server.close();
    fs.rmSync(folder, {recursive: true, force: true});
  }
});

test('an uploaded photo is made small, saved in content/images, and written on a line of its own as images/<name>', async ({page}) => {
  await openEditor(page);
  const es = 'content/es/ayuda.mdx';
  await page.getByText('Pide ayuda: líneas gratis, de día y de noche', {exact: true}).click();
  // A 1600 × 1000 JPEG of about 170 KB, made by the browser.
  const photo = await page.evaluate(() => {
    const canvas = Object.assign(document.createElement('canvas'), {width: 1600, height: 1000});
    const context = canvas.getContext('2d')!;
    for (let i = 0; i < 400; i++) {
      context.fillStyle = `hsl(${(i * 37) % 360} 70% 50%)`;
      context.fillRect((i * 97) % 1600, (i * 53) % 1000, 120, 90);
    }
    return canvas.toDataURL('image/jpeg', 0.95).split(',')[1];
  });
  expect(Buffer.from(photo, 'base64').length).toBeGreaterThan(51_200);
  // The cursor on a new empty line at the end of the text, then the image button.
  const last = page.locator('[contenteditable="true"] p', {hasText: 'Cuando corregimos algo importante'});
  await scrollTo(page, last);
  const box = (await last.first().boundingBox())!;
  await last.first().click({position: {x: box.width - 2, y: box.height - 4}});
  await page.keyboard.press('Enter');
  await page.getByRole('button', {name: 'Imagen'}).first().click();
  await page.locator('input[type="file"]').first().setInputFiles({name: 'Mi Foto Grande.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(photo, 'base64')});
  // Converted and named: the form shows the new file's address.
  await expect(page.getByText('/images/mi-foto-grande.webp')).toBeVisible();
  await page.getByRole('textbox', {name: 'Texto alternativo'}).first().fill('Cuadros de colores de prueba');
  await save(page, es);

  const image = await page.evaluate(async () => {
    const content = await (await (await navigator.storage.getDirectory()).getDirectoryHandle('repo')).getDirectoryHandle('content');
    const file = await (await (await content.getDirectoryHandle('images')).getFileHandle('mi-foto-grande.webp')).getFile();
    const bitmap = await createImageBitmap(file);
    return {size: file.size, type: file.type, width: bitmap.width};
  });
  expect(image.type).toBe('image/webp');
  expect(image.width).toBe(800);
  expect(image.size).toBeLessThanOrEqual(51_200);
  // The text as it was, then an empty line and the image on its own line.
  expect(await readCopy(page, es)).toBe(`${files[es]}\n![Cuadros de colores de prueba](images/mi-foto-grande.webp)\n`);
});

test('a translationNotNeeded value with a time (a second note the same day) is kept as written when the page is saved', async ({
  page
}) => {
  const es = 'content/es/como-ayudar-a-alguien.mdx';
  const original = files[es];
  files[es] = original.replace(/^translationNotNeeded: .*$/m, 'translationNotNeeded: "2026-12-04 15:42"');
  try {
    await openEditor(page);
    await page.getByText(field(files[es], 'title')!, {exact: true}).click();
    await page.getByRole('textbox', {name: /Title · Título/}).first().fill('Cómo ayudar a alguien que quieres');
    await save(page, es);
    expect(changedLines(files[es], await readCopy(page, es))).toEqual(['3: title: "Cómo ayudar a alguien que quieres"']);
  } finally {
    files[es] = original;
  }
});

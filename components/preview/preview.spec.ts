import {spawn, type ChildProcess} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {expect} from '@playwright/test';
import {newCheckedPage, notFoundConsoleError, test} from '../../tests/e2e/site';

/**
 * The staff preview, as an editor uses it: `npm run dev` on a copy of the content, files edited,
 * added and broken while it runs. See README.md beside this file.
 */

const port = Number(process.env.PORT ?? 3100) + 5;
const origin = `http://127.0.0.1:${port}`;
let work: string;
let content: string;
let preview: ChildProcess;

const file = (name: string) => path.join(content, name);
const read = (name: string) => fs.readFileSync(file(name), 'utf8');
const titleOf = (name: string) => /^title: "?(.*?)"?$/m.exec(read(name))![1];

test.describe.configure({mode: 'serial', timeout: 180_000});

test.beforeAll(async () => {
  test.setTimeout(240_000);
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'preview-'));
  content = path.join(work, 'content');
  fs.cpSync('content', content, {recursive: true});
  preview = spawn('npx', ['next', 'dev', '--port', String(port), '--hostname', '127.0.0.1'], {
    env: {...process.env, CONTENT_DIR: content, NEXT_TELEMETRY_DISABLED: '1'},
    stdio: 'ignore',
    detached: true
  });
  // The first request compiles the pages: wait until the preview answers.
  const deadline = Date.now() + 200_000;
  for (;;) {
    const status = await fetch(`${origin}/es`).then(
      (r) => r.status,
      () => 0
    );
    if (status === 200) break;
    if (Date.now() > deadline) throw new Error(`npm run dev did not answer on ${origin} (last status ${status})`);
    await new Promise((r) => setTimeout(r, 1000));
  }
});

test.afterAll(() => {
  if (preview?.pid) process.kill(-preview.pid, 'SIGTERM');
  fs.rmSync(work, {recursive: true, force: true});
});

test('a saved change shows on the next reload, with no developer badge on a correct page', async ({page}) => {
  await page.goto(`${origin}/es/ayuda`);
  await expect(page.locator('h1')).toHaveText(titleOf('es/ayuda.mdx'));
  fs.writeFileSync(
    file('es/ayuda.mdx'),
    read('es/ayuda.mdx').replace(/^title: .*$/m, 'title: "Pide ayuda hoy: título cambiado en la vista previa"')
  );
  await page.reload();
  await expect(page.locator('h1')).toHaveText('Pide ayuda hoy: título cambiado en la vista previa');
  // Next's badge ("1 Issue") and overlay live in a shadow root, which Playwright's locators pierce.
  await expect(page.locator('[data-next-badge]')).toBeHidden();
  await expect(page.locator('[data-next-badge][data-error="true"], [data-nextjs-dialog]')).toHaveCount(0);
});

test.describe('files added and deleted', () => {
  // Its address answers 404 (the console says so), and in the preview React draws Next's not-found
  // page in the browser, which warns about the page's own inline script; the built 404 is plain HTML.
  // One pattern: Playwright would read a list of two objects as [value, options].
  test.use({
    expectedConsoleErrors: [
      new RegExp(`${notFoundConsoleError.source}|Encountered a script tag while rendering React component`)
    ]
  });

  test('a new file shows, a draft needs no twin, and a deleted file is gone', async ({page}) => {
    const draft = read('es/senales-de-trata.mdx')
      .replace(/^id: .*$/m, 'id: borrador-de-prueba')
      .replace(/^title: .*$/m, 'title: "Un borrador nuevo, solo en español"')
      .replace(/^draft: .*$/m, 'draft: true');
    fs.writeFileSync(file('es/borrador-de-prueba.mdx'), draft);
    await page.goto(`${origin}/es/articulos/borrador-de-prueba`);
    await expect(page.locator('h1')).toHaveText('Un borrador nuevo, solo en español');
    // With no English file yet, the language switch goes to the English home page.
    await expect(page.locator('.language-switch')).toHaveAttribute('href', '/en');

    fs.rmSync(file('es/borrador-de-prueba.mdx'));
    const gone = await page.goto(`${origin}/es/articulos/borrador-de-prueba`);
    expect(gone?.status()).toBe(404);
  });

  test("a new file's address says it is being prepared until the preview has it, then opens by itself", async ({
    page,
    browser
  }) => {
    fs.writeFileSync(
      file('es/recien-guardado.mdx'),
      read('es/senales-de-trata.mdx')
        .replace(/^id: .*$/m, 'id: recien-guardado')
        .replace(/^title: .*$/m, 'title: "Un archivo recién guardado"')
        .replace(/^draft: .*$/m, 'draft: true')
    );
    // For a few seconds after a file is added, next dev answers its address with the not-found page
    // (the same page for every address). The first answer is that page here, whatever this
    // machine's speed; the next ones come from the preview.
    let first = true;
    await page.route(`${origin}/es/articulos/recien-guardado`, async (route) => {
      if (!first) return route.continue();
      first = false;
      await route.fulfill({response: await route.fetch({url: `${origin}/es/articulos/no-existe-esta-direccion`})});
    });
    const visited: string[] = [];
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) visited.push(frame.url());
    });
    await page.goto(`${origin}/es/articulos/recien-guardado`);
    await expect(page.locator('h1:visible')).toHaveText('Un archivo recién guardado', {timeout: 30_000});
    // On the way: the not-found answer went on to "being prepared", which came back a second later
    // (again, for as long as next dev had not caught up), and nowhere else.
    const address = `${origin}/es/articulos/recien-guardado`;
    const preparing = `${origin}/es/preview/preparing#/es/articulos/recien-guardado`;
    expect(visited[0]).toBe(address);
    expect(visited).toContain(preparing);
    expect(visited.at(-1)).toBe(address);
    expect(visited.filter((url) => url !== address && url !== preparing)).toEqual([]);
    // What that page says (with no address after the #, it stays).
    await page.goto(`${origin}/es/preview/preparing`);
    await expect(page.locator('h1')).toHaveText('Esta página se está preparando');
    await expect(page.locator('.lead')).toHaveText(
      'Acabas de guardar este archivo. La vista previa lo está leyendo: la página se abre sola en unos segundos.'
    );

    // An address with no file is still not found, and without JavaScript that page says to wait and reload.
    await page.goto(`${origin}/es/articulos/no-existe-esta-direccion`);
    await expect(page.locator('h1:visible')).toHaveText('No encontramos esta página');
    const noScript = await newCheckedPage(browser, {javaScriptEnabled: false});
    await noScript.page.goto(`${origin}/es/articulos/no-existe-esta-direccion`);
    await expect(noScript.page.locator('h1:visible')).toHaveText('No encontramos esta página');
    await expect(noScript.page.getByText('¿Acabas de guardar un archivo nuevo?').first()).toBeVisible();
    await noScript.close([notFoundConsoleError]);
    fs.rmSync(file('es/recien-guardado.mdx'));
  });

  test('a page with no file in the other language offers the line that makes it a draft, in its language', async ({
    page
  }) => {
    const name = 'es/solo-en-espanol.mdx';
    const text = read('es/senales-de-trata.mdx')
      .replace(/^id: .*$/m, 'id: solo-en-espanol')
      .replace(/^title: .*$/m, 'title: "Una página solo en español"');
    fs.writeFileSync(file(name), text);
    await page.goto(`${origin}/es/articulos/solo-en-espanol`);
    const panel = page.locator('section[role="alert"]');
    await expect(panel.locator('li code').first()).toHaveText(
      'content/es/solo-en-espanol.mdx:2  id  se esperaba un archivo en content/en/ con «id: solo-en-espanol» ' +
        '(cada página existe en los dos idiomas)  se encontró ninguno',
      // A new file: "being prepared" first, for as long as next dev takes to list it.
      {timeout: 30_000}
    );
    await expect(panel).toContainText('márcala como borrador');
    await expect(panel.locator('pre')).toHaveText('draft: true');

    // The line copied in: the page shows, alone.
    fs.writeFileSync(
      file(name),
      text.replace(/^draft: false$/m, 'draft: true')
    );
    await page.reload();
    await expect(page.locator('h1')).toHaveText('Una página solo en español');
    fs.rmSync(file(name));
  });
});

test('a broken file shows its problems on its page, in its language; the other pages keep working', async ({
  page,
  browser
}) => {
  const name = 'en/signs-of-trafficking.mdx';
  const original = read(name);
  const brokenLine = original.replace(/\n$/, '').split('\n').length + 2;
  fs.writeFileSync(file(name), `${original.replace(/\n$/, '')}\n\nIf you are <18, call.\n`);

  await page.goto(`${origin}/en/articles/signs-of-trafficking`);
  const panel = page.locator('section[role="alert"]');
  await expect(panel.getByRole('heading', {level: 1})).toHaveText('This page needs fixing');
  await expect(panel).toContainText(`content/${name}:${brokenLine}`);
  await expect(panel).not.toContainText(/acorn|U\+00|at \w+ \(/);
  // The quick exit and the safety notice are still there, before the panel.
  await expect(page.locator('.quick-exit').first()).toBeVisible();

  // The same panel without JavaScript: it is plain HTML from the server.
  const noScript = await newCheckedPage(browser, {javaScriptEnabled: false});
  await noScript.page.goto(`${origin}/en/articles/signs-of-trafficking`);
  await expect(noScript.page.locator('section[role="alert"]')).toContainText(`content/${name}:${brokenLine}`);
  await noScript.close();

  // Its Spanish twin and the rest of the site work meanwhile.
  await page.goto(`${origin}/es/articulos/senales-de-trata`);
  await expect(page.locator('h1')).toHaveText(titleOf('es/senales-de-trata.mdx'));
  await page.goto(`${origin}/en`);
  await expect(page.locator('h1')).toBeVisible();

  // A Spanish page with a problem says so in Spanish.
  const spanish = 'es/senales-de-trata.mdx';
  const spanishOriginal = read(spanish);
  fs.writeFileSync(file(spanish), `${spanishOriginal}\nSi tienes {18} años.\n`);
  await page.goto(`${origin}/es/articulos/senales-de-trata`);
  await expect(page.locator('section[role="alert"]').getByRole('heading', {level: 1})).toHaveText(
    'Esta página tiene que arreglarse'
  );
  // Each line too, followed by the check's own line.
  await expect(page.locator('section[role="alert"] li').first()).toContainText(
    'se esperaba \\{ y \\} para mostrar las llaves'
  );
  await expect(page.locator('section[role="alert"] li').first()).toContainText('se encontró {18}');
  await expect(page.locator('section[role="alert"] li [lang="en"] code').first()).toContainText('expected \\{ and \\}');

  // Fixed and saved: the pages are back.
  fs.writeFileSync(file(name), original);
  fs.writeFileSync(file(spanish), spanishOriginal);
  await page.goto(`${origin}/en/articles/signs-of-trafficking`);
  await expect(page.locator('h1')).toHaveText(titleOf(name));
});

test('the side-by-side page shows both languages of a page', async ({page}) => {
  await page.goto(`${origin}/es/preview`);
  const row = page.getByRole('row', {name: /signs-of-trafficking/});
  await expect(row).toContainText('senales-de-trata.mdx');
  await expect(row).toContainText('signs-of-trafficking.mdx');
  await row.getByRole('link', {name: 'Ver las dos'}).click();
  await expect(page).toHaveURL(`${origin}/es/preview/signs-of-trafficking`);
  await expect(page.frameLocator('iframe[lang="es"]').locator('h1')).toHaveText(titleOf('es/senales-de-trata.mdx'));
  await expect(page.frameLocator('iframe[lang="en"]').locator('h1')).toHaveText(titleOf('en/signs-of-trafficking.mdx'));
  // Side by side on a wide screen: the same top, the English frame to the right of the Spanish one.
  const [es, en] = await Promise.all(['es', 'en'].map((l) => page.locator(`iframe[lang="${l}"]`).boundingBox()));
  expect(en!.y).toBe(es!.y);
  expect(en!.x).toBeGreaterThanOrEqual(es!.x + es!.width);
  // The titles, not the id.
  await expect(page.locator('h1')).toHaveText(`Las dos versiones de «${titleOf('es/senales-de-trata.mdx')}»`);
  await expect(page.locator('figcaption')).toHaveText([
    `Versión en español: ${titleOf('es/senales-de-trata.mdx')}`,
    `Versión en inglés: ${titleOf('en/signs-of-trafficking.mdx')}`
  ]);
  // Scrolling one frame scrolls the other to the same point of its page.
  const frame = (l: string) =>
    page.frames().find((f) => f.url().includes(l === 'es' ? '/es/articulos/' : '/en/articles/'))!;
  await frame('es').evaluate(() => window.scrollTo(0, (document.documentElement.scrollHeight - innerHeight) / 2));
  await expect
    .poll(() => frame('en').evaluate(() => scrollY / (document.documentElement.scrollHeight - innerHeight)))
    .toBeGreaterThan(0.4);
  await frame('en').evaluate(() => window.scrollTo(0, 0));
  await expect.poll(() => frame('es').evaluate(() => scrollY)).toBe(0);
});

test('the preview pages are not in the production build', async ({request}) => {
  for (const locale of ['es', 'en']) {
    expect(fs.existsSync(path.join('dist', 'site', locale, 'preview'))).toBe(false);
    expect(fs.existsSync(path.join('dist', 'site', locale, 'preview.html'))).toBe(false);
    expect((await request.get(`/${locale}/preview`)).status()).toBe(404);
  }
  // Built and not in the build: the check above is not vacuous.
  expect(fs.existsSync(path.join('dist', 'site', 'es.html'))).toBe(true);
});

import fs from 'node:fs';
import path from 'node:path';
import type {Locator, Page} from '@playwright/test';

// The editor's local-folder mode opens the project folder with the browser's folder picker, which a
// headless browser cannot click. Here the picker hands over a folder of the browser's own private
// storage (the same File System Access API), filled with a copy of content/es and content/en: the
// editor reads and writes it as it would the real folder. For cms/editor.spec.ts and
// cms/screenshots.ts.
const root = path.resolve(__dirname, '..');
export const files: Record<string, string> = {};
for (const locale of ['es', 'en']) {
  for (const name of fs.readdirSync(path.join(root, 'content', locale)).filter((n) => n.endsWith('.mdx'))) {
    files[`content/${locale}/${name}`] = fs.readFileSync(path.join(root, 'content', locale, name), 'utf8');
  }
}
export const field = (text: string, name: string) => new RegExp(`^${name}: "(.*)"$`, 'm').exec(text)?.[1];

/**
 * Opens the editor (at `address`) on the copy of the content (with `signIn` false, stops at its
 * sign-in page); returns what it tried to load from other sites, and its console errors.
 */
export async function openEditor(page: Page, signIn = true, address = '/') {
  const outside: string[] = [];
  await page.route(
    (url) => url.hostname !== 'localhost',
    (route) => {
      outside.push(route.request().url());
      return route.abort();
    }
  );
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  // A string, not a function: tsx (cms/screenshots.ts) would add its own helper names to a function.
  await page.addInitScript(
    'window.showDirectoryPicker = async () => (await navigator.storage.getDirectory()).getDirectoryHandle("repo");'
  );
  await page.goto(address);
  await page.evaluate(async (files) => {
    const repo = await (await navigator.storage.getDirectory()).getDirectoryHandle('repo', {create: true});
    await repo.getDirectoryHandle('.git', {create: true});
    for (const [name, text] of Object.entries(files)) {
      const parts = name.split('/');
      let dir = repo;
      for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, {create: true});
      const writable = await (await dir.getFileHandle(parts.at(-1)!, {create: true})).createWritable();
      await writable.write(text);
      await writable.close();
    }
  }, files);
  if (signIn) await page.getByRole('button', {name: /repositorio local/i}).click();
  return {outside, errors};
}

/** A file as the editor left it in the copy. While the editor is still writing it, the browser refuses to
 *  read it (NotReadableError): then it is read again a moment later. */
export const readCopy = (page: Page, file: string) =>
  page.evaluate(async (file) => {
    let dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('repo');
    const parts = file.split('/');
    for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part);
    const handle = await dir.getFileHandle(parts.at(-1)!);
    for (let attempt = 1; ; attempt++) {
      try {
        return await (await handle.getFile()).text();
      } catch (error) {
        if ((error as Error).name !== 'NotReadableError' || attempt === 20) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  }, file);


/** Scrolls the Spanish side down until `target` is there (the editor draws long forms as they come into view). */
export async function scrollTo(page: Page, target: Locator) {
  for (let i = 0; i < 40 && !(await target.count()); i++) {
    await page.mouse.move(300, 500);
    await page.mouse.wheel(0, 600);
    await page.waitForTimeout(100);
  }
  await target.first().scrollIntoViewIfNeeded();
}


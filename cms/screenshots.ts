// Takes the screenshots of cms/README.md from the local editor, on a copy of the content
// (cms/local-folder.ts): npx tsx cms/screenshots.ts   (starts npm run cms on port 3630 itself).
import {spawn} from 'node:child_process';
import path from 'node:path';
import {chromium} from '@playwright/test';
import chromiumPath from '../scripts/chromium.cjs';
import {openEditor, scrollTo} from './local-folder';

const port = Number(process.env.PORT ?? 3630);
const out = (name: string) => path.join(__dirname, 'screenshots', name);

async function main() {
  const server = spawn(process.execPath, [path.join(__dirname, 'server.mjs')], {env: {...process.env, PORT: String(port)}, stdio: 'ignore'});
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const browser = await chromium.launch({executablePath: chromiumPath.chromiumPath() ?? undefined});
  try {
    const page = await browser.newPage({viewport: {width: 1100, height: 680}, locale: 'es-US', baseURL: `http://localhost:${port}`});
    await openEditor(page, false);
    await page.screenshot({path: out('1-sign-in.png')});
    await page.getByRole('button', {name: /repositorio local/i}).click();
    await page.getByText('Señales de trata en un trabajo o en una relación', {exact: true}).waitFor();
    await page.screenshot({path: out('2-pages.png')});
    await page.getByText('Pide ayuda: líneas gratis, de día y de noche', {exact: true}).click();
    await page.getByRole('textbox', {name: /Title · Título/}).first().waitFor();
    await page.screenshot({path: out('3-both-languages.png')});
    const insert = page.getByRole('button', {name: 'Insertar'});
    await scrollTo(page, insert);
    await insert.first().click();
    await page.getByRole('menuitem').first().waitFor();
    await page.screenshot({path: out('4-insert-a-box.png')});
  } finally {
    await browser.close();
    server.kill();
  }
}

main();

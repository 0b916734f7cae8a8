/**
 * The optional filter of a place's page (PlacePage.tsx): by the language staff speak and by kind of
 * help. Inlined after the list; it shows the filter (hidden without JavaScript, when every entry
 * shows), and hides the entries that do not match. It writes nothing anywhere: no storage, no
 * change to the address or the history.
 */
export function armDirectoryFilter(box: HTMLElement | null): void {
  if (!box) return;
  const page = box.closest('[data-directory]') as HTMLElement;
  const language = box.querySelector('[data-filter="language"]') as HTMLSelectElement;
  const kind = box.querySelector('[data-filter="kind"]') as HTMLSelectElement;
  const status = box.querySelector('[role="status"]') as HTMLElement;
  const entries = Array.from(page.querySelectorAll('[data-entry]')) as HTMLElement[];
  const groups = Array.from(page.querySelectorAll('[data-group]')) as HTMLElement[];
  const update = () => {
    let shown = 0;
    for (const entry of entries) {
      const speaks = (entry.getAttribute('data-languages') || '').split(' ');
      const match =
        (!language.value || speaks.includes(language.value)) && (!kind.value || entry.getAttribute('data-kind') === kind.value);
      entry.hidden = !match;
      if (match) shown++;
    }
    for (const group of groups) group.hidden = !group.querySelector('[data-entry]:not([hidden])');
    status.textContent = (box.getAttribute('data-shown') || '')
      .replace('{shown}', String(shown))
      .replace('{total}', String(entries.length));
  };
  language.addEventListener('change', update);
  kind.addEventListener('change', update);
  box.hidden = false;
}

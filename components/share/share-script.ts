/**
 * Copy-link and native share for each address of the share box (see Share.tsx). Inlined after
 * the box; self-contained like the quick-exit script. Without JavaScript the box still shows
 * both addresses, ready to select and copy.
 */
export function armShare(box: HTMLElement | null, nav: Navigator): void {
  if (!box) return;
  const status = box.querySelector('[role="status"]') as HTMLElement;
  box.querySelectorAll('[data-share-link]').forEach((link) => {
    const address = link.querySelector('input') as HTMLInputElement;
    const copy = link.querySelector('[data-share-copy]') as HTMLButtonElement;
    const share = link.querySelector('[data-share-native]') as HTMLButtonElement;
    // The discreet address is shared with its neutral title, never the page's own.
    const title = link.getAttribute('data-title') || '';
    copy.hidden = false;
    copy.addEventListener('click', () => {
      const done = () => (status.textContent = link.getAttribute('data-copied'));
      const failed = () => {
        address.select();
        status.textContent = box.getAttribute('data-copy-failed');
      };
      if (nav.clipboard) nav.clipboard.writeText(address.value).then(done, failed);
      else failed();
    });
    if (typeof nav.share === 'function') {
      share.hidden = false;
      share.addEventListener('click', () => {
        nav.share({title, url: address.value}).catch(() => {});
      });
    }
  });
}

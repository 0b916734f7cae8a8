/**
 * Copy-link and native share for the share box (see Share.tsx). Inlined after the
 * box; self-contained like the quick-exit script. Without JavaScript the box
 * still shows the page's address, ready to select and copy.
 */
export function armShare(box: HTMLElement | null, nav: Navigator): void {
  if (!box) return;
  const address = box.querySelector('input') as HTMLInputElement;
  const status = box.querySelector('[role="status"]') as HTMLElement;
  const copy = box.querySelector('[data-share-copy]') as HTMLButtonElement;
  const share = box.querySelector('[data-share-native]') as HTMLButtonElement;
  const title = box.getAttribute('data-title') || document.title;
  copy.hidden = false;
  copy.addEventListener('click', () => {
    const done = () => (status.textContent = box.getAttribute('data-copied'));
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
}

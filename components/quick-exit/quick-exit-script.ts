/**
 * The quick exit's behaviour in the browser. This function is inlined into the
 * <head> of every page (see QuickExit.tsx) so it is armed before the first paint.
 * It must stay self-contained: no imports, no closures
 * over module scope, nothing a bundler would rewrite into a helper.
 *
 * - Click/Enter on any [data-quick-exit] link, Shift x3 or Escape x2: location.replace(url),
 *   then, in the same task (so before the page is painted again or any other page can show),
 *   a cover over the page, a neutral title, a blank favicon and everything behind the cover inert.
 * - Links between the site's pages are ordinary links, so the phone's Back works
 *   inside the site; only the exit replaces its own history entry.
 * - A page restored from the back/forward cache is reset: no cover, no counts, its title and icon.
 */

export type QuickExitConfig = {
  url: string;
  title: string;
  loading: string;
  shiftTwoMore: string;
  shiftOneMore: string;
  escapeOneMore: string;
  timedOut: string;
  cancelled: string;
};

type Nav = {replace(url: string): void; assign(url: string): void};

export function armQuickExit(cfg: QuickExitConfig, win: Window, nav?: Nav): void {
  const doc = win.document as Document & {quickExitArmed?: boolean};
  // Once per document, however many times the component renders.
  if (doc.quickExitArmed) return;
  doc.quickExitArmed = true;
  const go: Nav = nav || win.location;
  const PRESS_GAP = 5000;
  const ESCAPE_GAP = 1000;
  let shifts = 0;
  let shiftWithOtherKey = false;
  let lastEscape = -Infinity;
  let pressTimer: ReturnType<typeof setTimeout> | undefined;
  let clearTimer: ReturnType<typeof setTimeout> | undefined;
  let savedTitle: string | null = null;
  let savedIcons: [HTMLLinkElement, string][] = [];

  // Every status region (the 404 page holds one per language; hidden ones stay silent).
  const say = (text: string) => {
    doc.querySelectorAll('[data-quick-exit-status]').forEach((region) => (region.textContent = text));
  };
  const showPresses = (n: number) => {
    doc.querySelectorAll('[data-quick-exit-root]').forEach((el) => el.setAttribute('data-presses', String(n)));
  };
  const resetKeys = () => {
    shifts = 0;
    lastEscape = -Infinity;
    clearTimeout(pressTimer);
    clearTimeout(clearTimer);
    showPresses(0);
  };

  const exit = (event?: Event) => {
    if (event) event.preventDefault();
    // 1. Leave, replacing this page in the history. The request starts now; everything below runs
    // in this same task, before the browser paints this page again or shows another, so the cover
    // is on screen from the next frame, as it would be if it came first (README, Performance).
    try {
      go.replace(cfg.url);
    } catch {
      try {
        go.assign(cfg.url);
      } catch {
        // Nowhere to go (a sandboxed frame): the cover below still hides the page.
      }
    }
    const root = doc.documentElement;
    const body = doc.body || root;
    // 2. Hide the page: a cover in system colours, everything else hidden (a static rule in
    // quick-exit.css, keyed on the class). Styled through CSSOM, which a CSP without
    // 'unsafe-inline' allows, where a style attribute or a new <style> element would be refused.
    const cover = doc.createElement('div');
    cover.id = 'quick-exit-cover';
    cover.setAttribute('role', 'alert');
    cover.style.cssText =
      'position:fixed;inset:0;z-index:2147483647;background:Canvas;color:CanvasText;' +
      'font:16px system-ui,sans-serif;padding:1rem;display:block';
    body.appendChild(cover);
    root.classList.add('quick-exit-active');
    // Text after the node is in the page: screen readers announce it more reliably.
    cover.appendChild(doc.createTextNode(cfg.loading));
    // 3. The shortcut counts start again, nothing behind the cover can be reached, and the tab is
    // neutral: its title and a blank favicon.
    resetKeys();
    for (const child of Array.from(body.children)) if (child !== cover) (child as HTMLElement).inert = true;
    savedTitle = doc.title;
    doc.title = cfg.title;
    const icons = Array.from(doc.querySelectorAll<HTMLLinkElement>('link[rel~="icon"]'));
    savedIcons = icons.map((link) => [link, link.href]);
    icons.forEach((link) => (link.href = 'data:,'));
  };

  const reset = () => {
    resetKeys();
    say('');
    const cover = doc.getElementById('quick-exit-cover');
    if (cover) cover.remove();
    doc.documentElement.classList.remove('quick-exit-active');
    if (doc.body) for (const child of Array.from(doc.body.children)) (child as HTMLElement).inert = false;
    if (savedTitle !== null) doc.title = savedTitle;
    savedTitle = null;
    savedIcons.forEach(([link, href]) => (link.href = href));
    savedIcons = [];
  };

  const isTyping = (target: EventTarget | null) => {
    const el = target as HTMLElement | null;
    if (!el || !el.tagName) return false;
    if (el.isContentEditable || /^(TEXTAREA|SELECT)$/.test(el.tagName)) return true;
    if (el.tagName === 'INPUT') {
      return !/^(button|checkbox|radio|submit|reset|image|file|color|range)$/.test((el as HTMLInputElement).type);
    }
    return /^(textbox|combobox|searchbox)$/.test(el.getAttribute('role') || '');
  };
  const dialogOpen = () => !!doc.querySelector('dialog[open],[aria-modal="true"]');

  doc.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Shift') {
        if (!event.repeat) shiftWithOtherKey = false;
        return;
      }
      // Any other key ends a Shift sequence (and says so, as GOV.UK's component does, so the status
      // does not keep asking for one more press); a key pressed with Shift makes that Shift not count.
      if (event.shiftKey) shiftWithOtherKey = true;
      if (shifts > 0) {
        say(cfg.cancelled);
        clearTimeout(clearTimer);
        clearTimer = setTimeout(() => say(''), PRESS_GAP);
      }
      shifts = 0;
      clearTimeout(pressTimer);
      showPresses(0);
      if (event.key !== 'Escape') {
        lastEscape = -Infinity;
        return;
      }
      if (event.defaultPrevented || isTyping(event.target) || dialogOpen()) {
        lastEscape = -Infinity;
        return;
      }
      const now = Date.now();
      if (now - lastEscape <= ESCAPE_GAP) {
        // preventDefault: Escape would otherwise stop the navigation it starts.
        exit(event);
        return;
      }
      lastEscape = now;
      say(cfg.escapeOneMore);
      clearTimeout(clearTimer);
      clearTimer = setTimeout(() => say(''), PRESS_GAP);
    },
    true
  );

  doc.addEventListener(
    'keyup',
    (event) => {
      if (event.key !== 'Shift') return;
      if (shiftWithOtherKey) {
        shiftWithOtherKey = false;
        return;
      }
      shifts++;
      lastEscape = -Infinity;
      clearTimeout(pressTimer);
      clearTimeout(clearTimer);
      if (shifts >= 3) {
        exit();
        return;
      }
      showPresses(shifts);
      say(shifts === 1 ? cfg.shiftTwoMore : cfg.shiftOneMore);
      pressTimer = setTimeout(() => {
        resetKeys();
        say(cfg.timedOut);
        clearTimer = setTimeout(() => say(''), PRESS_GAP);
      }, PRESS_GAP);
    },
    true
  );

  doc.addEventListener(
    'click',
    (event) => {
      const target = event.target as Element | null;
      const link = target && target.closest ? (target.closest('a[data-quick-exit]') as HTMLAnchorElement | null) : null;
      if (!link || event.defaultPrevented) return;
      exit(event);
    },
    true
  );

  // A press on the exit while typing keeps the focus in the field, so the exit, moved to the top while
  // a field has focus (quick-exit.css), does not move back from under the finger before the tap ends.
  doc.addEventListener(
    'mousedown',
    (event) => {
      const target = event.target as Element | null;
      if (target && target.closest && target.closest('a[data-quick-exit]') && isTyping(doc.activeElement)) event.preventDefault();
    },
    true
  );

  // A page restored from the back/forward cache comes back as it was left: reset it. A fresh load
  // starts reset, and resetting it then would undo a Shift pressed while it loads and cost a style
  // and layout pass of the whole page (README, Performance).
  win.addEventListener('pageshow', (event) => {
    if ((event as PageTransitionEvent).persisted) reset();
  });
  // Where the visible part of the page starts (Safari pans it when the keyboard opens): the bar, moved
  // to the top while a field has focus (quick-exit.css), stays on screen. Set on the bar alone, so the
  // rest of the page is not styled again.
  const view = win.visualViewport;
  if (view) {
    const follow = () =>
      doc.querySelectorAll<HTMLElement>('[data-quick-exit-root]').forEach((el) => el.style.setProperty('--vv-top', view.offsetTop + 'px'));
    view.addEventListener('resize', follow);
    view.addEventListener('scroll', follow);
  }
  // For `npm run bench:exit`: when, after the first byte, the exit was armed.
  if (win.performance && win.performance.mark) win.performance.mark('quick-exit-armed');
}

// @vitest-environment jsdom
import {afterEach, beforeEach, describe, expect, it, vi, type Mock} from 'vitest';
import {armQuickExit, type QuickExitConfig} from './quick-exit-script';
import {validateExitUrl} from '@/lib/exit-destination';

/** The quick exit's behaviour in a DOM: shortcuts, activation order, reset, once-only. */

const config: QuickExitConfig = {
  url: 'https://weather.example/',
  title: 'New Tab',
  loading: 'Loading…',
  shiftTwoMore: 'Shift, press 2 more times to exit.',
  shiftOneMore: 'Shift, press 1 more time to exit.',
  escapeOneMore: 'Escape, press 1 more time to exit.',
  timedOut: 'Quick exit timed out.',
  cancelled: 'Quick exit: Shift shortcut cancelled.'
};

type NavMock = (url: string) => void;
let nav: {replace: Mock<NavMock>; assign: Mock<NavMock>};
let fresh: Document;

function setUp(before?: (doc: Document) => void) {
  // A new document each time: the "armed" flag lives on the document.
  fresh = document.implementation.createHTMLDocument('Sensitive page');
  fresh.body.innerHTML = `
    <a data-quick-exit href="${config.url}" id="exit">Quick exit</a>
    <div data-quick-exit-root data-presses="0"><span role="status" data-quick-exit-status></span></div>
    <main><p>Page</p><input id="field"><textarea id="area"></textarea></main>`;
  fresh.head.insertAdjacentHTML('beforeend', '<link rel="icon" href="/icon.svg">');
  before?.(fresh);
  nav = {replace: vi.fn<NavMock>(), assign: vi.fn<NavMock>()};
  const win = {document: fresh, location: window.location, addEventListener: vi.fn()} as unknown as Window;
  armQuickExit(config, win, nav);
  return win as Window & {addEventListener: ReturnType<typeof vi.fn>};
}

const key = (type: 'keydown' | 'keyup', k: string, init: KeyboardEventInit = {}, target: EventTarget = fresh.body) =>
  target.dispatchEvent(new KeyboardEvent(type, {key: k, bubbles: true, cancelable: true, ...init}));
const press = (k: string, init: KeyboardEventInit = {}, target?: EventTarget) => {
  key('keydown', k, {shiftKey: k === 'Shift' || init.shiftKey, ...init}, target);
  key('keyup', k, init, target);
};
const status = () => fresh.querySelector('[data-quick-exit-status]')!.textContent;

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2026-11-22T10:00:00Z'));
  setUp();
});
afterEach(() => vi.useRealTimers());

describe('Shift pressed three times', () => {
  it('exits on the third press and counts down in the live region', () => {
    press('Shift');
    expect(status()).toBe(config.shiftTwoMore);
    expect(fresh.querySelector('[data-quick-exit-root]')!.getAttribute('data-presses')).toBe('1');
    press('Shift');
    expect(status()).toBe(config.shiftOneMore);
    expect(nav.replace).not.toHaveBeenCalled();
    press('Shift');
    expect(nav.replace).toHaveBeenCalledExactlyOnceWith(config.url);
  });

  it('does not count Shift used to type a capital letter', () => {
    press('Shift');
    press('Shift');
    key('keydown', 'Shift', {shiftKey: true});
    key('keydown', 'A', {shiftKey: true});
    key('keyup', 'A', {shiftKey: true});
    key('keyup', 'Shift');
    press('Shift');
    expect(nav.replace).not.toHaveBeenCalled();
  });

  it('starts again after any other key, and says so instead of asking for one more press', () => {
    press('Shift');
    press('Shift');
    expect(status()).toBe(config.shiftOneMore);
    press('a');
    expect(status()).toBe(config.cancelled);
    vi.advanceTimersByTime(5001);
    expect(status()).toBe('');
    press('Shift');
    press('Shift');
    expect(nav.replace).not.toHaveBeenCalled();
    press('Shift');
    expect(nav.replace).toHaveBeenCalledOnce();
  });

  it('times out after 5 seconds between presses', () => {
    press('Shift');
    vi.advanceTimersByTime(4900);
    press('Shift');
    vi.advanceTimersByTime(5001);
    expect(status()).toBe(config.timedOut);
    vi.advanceTimersByTime(5001);
    expect(status()).toBe('');
    // The sequence starts over: two more presses do not exit.
    press('Shift');
    press('Shift');
    expect(nav.replace).not.toHaveBeenCalled();
  });

  it('counts left and right Shift alike', () => {
    press('Shift', {code: 'ShiftLeft', location: 1});
    press('Shift', {code: 'ShiftRight', location: 2});
    press('Shift', {code: 'ShiftLeft', location: 1});
    expect(nav.replace).toHaveBeenCalledOnce();
  });

  it('works while typing in a form field', () => {
    const field = fresh.getElementById('field')!;
    press('Shift', {}, field);
    press('Shift', {}, field);
    press('Shift', {}, field);
    expect(nav.replace).toHaveBeenCalledOnce();
  });
});

describe('Escape pressed twice', () => {
  it('exits when pressed twice within a second', () => {
    press('Escape');
    expect(status()).toBe(config.escapeOneMore);
    vi.advanceTimersByTime(600);
    const second = new KeyboardEvent('keydown', {key: 'Escape', bubbles: true, cancelable: true});
    fresh.body.dispatchEvent(second);
    expect(nav.replace).toHaveBeenCalledOnce();
    // Escape would otherwise stop the page load the exit starts.
    expect(second.defaultPrevented).toBe(true);
  });

  it('does not exit on a single Escape or a slow second one', () => {
    press('Escape');
    vi.advanceTimersByTime(1100);
    press('Escape');
    expect(nav.replace).not.toHaveBeenCalled();
  });

  it('is ignored while typing in a text field', () => {
    const area = fresh.getElementById('area')!;
    press('Escape', {}, area);
    press('Escape', {}, area);
    expect(nav.replace).not.toHaveBeenCalled();
  });

  it('is ignored while a dialog is open', () => {
    fresh.body.insertAdjacentHTML('beforeend', '<dialog open><p>Menu</p></dialog>');
    press('Escape');
    press('Escape');
    expect(nav.replace).not.toHaveBeenCalled();
  });

  it('is ignored when the page already handled it', () => {
    // A page handler that runs before ours (registered first, same phase) and handles Escape.
    setUp((doc) => doc.addEventListener('keydown', (e) => e.key === 'Escape' && e.preventDefault(), true));
    press('Escape');
    press('Escape');
    expect(nav.replace).not.toHaveBeenCalled();
  });
});

describe('activation', () => {
  it('covers the page, navigates, and makes the tab neutral before the handler returns', () => {
    const seen: Record<string, unknown> = {};
    const state = () => {
      const cover = fresh.getElementById('quick-exit-cover');
      return {
        cover: cover?.textContent,
        role: cover?.getAttribute('role'),
        hidden: fresh.documentElement.classList.contains('quick-exit-active'),
        title: fresh.title,
        icon: fresh.querySelector('link[rel~="icon"]')!.getAttribute('href'),
        inert: (fresh.querySelector('main') as HTMLElement & {inert: boolean}).inert,
        coverInert: Boolean((cover as (HTMLElement & {inert: boolean}) | null)?.inert)
      };
    };
    // The request starts first; the cover and the tab changes follow in the same task, so they are
    // done before the page is painted again or the browser can show another page.
    nav.replace.mockImplementation(() => Object.assign(seen, state()));
    const click = new MouseEvent('click', {bubbles: true, cancelable: true, button: 0});
    fresh.getElementById('exit')!.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(nav.replace).toHaveBeenCalledExactlyOnceWith(config.url);
    expect(seen).toMatchObject({cover: undefined, hidden: false});
    expect(state()).toEqual({
      cover: 'Loading…',
      role: 'alert',
      hidden: true,
      title: 'New Tab',
      icon: 'data:,',
      inert: true,
      coverInert: false
    });
    // Styled through CSSOM (allowed by a CSP without 'unsafe-inline'), never a style attribute or element.
    expect(fresh.getElementById('quick-exit-cover')!.style.position).toBe('fixed');
    expect(fresh.querySelectorAll('style').length).toBe(0);
  });

  it('falls back to location.assign when replace throws', () => {
    nav.replace.mockImplementation(() => {
      throw new Error('blocked');
    });
    fresh.getElementById('exit')!.dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true}));
    expect(nav.assign).toHaveBeenCalledExactlyOnceWith(config.url);
  });

  it('still covers the page when it cannot navigate at all', () => {
    const blocked = () => {
      throw new Error('blocked');
    };
    nav.replace.mockImplementation(blocked);
    nav.assign.mockImplementation(blocked);
    fresh.getElementById('exit')!.dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true}));
    expect(fresh.getElementById('quick-exit-cover')?.textContent).toBe('Loading…');
    expect(fresh.documentElement.classList.contains('quick-exit-active')).toBe(true);
    expect(fresh.title).toBe('New Tab');
  });

  it('does not touch history or storage', () => {
    const push = vi.spyOn(history, 'pushState');
    const length = history.length;
    fresh.getElementById('exit')!.dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true}));
    expect(push).not.toHaveBeenCalled();
    expect(history.length).toBe(length);
    expect(localStorage.length + sessionStorage.length).toBe(0);
  });
});

describe('pageshow', () => {
  it('after a restore from the back/forward cache, resets the cover, title, favicon, counters and messages', () => {
    const win = setUp();
    const onPageshow = win.addEventListener.mock.calls.find(([type]) => type === 'pageshow')![1];
    press('Shift');
    fresh.getElementById('exit')!.dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true}));
    onPageshow(new PageTransitionEvent('pageshow', {persisted: true}));
    expect(fresh.getElementById('quick-exit-cover')).toBeNull();
    expect(fresh.documentElement.classList.contains('quick-exit-active')).toBe(false);
    expect((fresh.querySelector('main') as HTMLElement & {inert: boolean}).inert).toBe(false);
    expect(fresh.title).toBe('Sensitive page');
    expect(fresh.querySelector('link[rel~="icon"]')!.getAttribute('href')).toMatch(/icon\.svg$/);
    expect(fresh.querySelector('[data-quick-exit-status]')!.textContent).toBe('');
    // Counting starts from zero again.
    nav.replace.mockClear();
    press('Shift');
    press('Shift');
    expect(nav.replace).not.toHaveBeenCalled();
  });

  it('on a fresh load changes nothing: a Shift pressed while the page loaded still counts', () => {
    const win = setUp();
    const onPageshow = win.addEventListener.mock.calls.find(([type]) => type === 'pageshow')![1];
    press('Shift');
    const status = fresh.querySelector('[data-quick-exit-status]')!.textContent;
    expect(status).not.toBe('');
    onPageshow(new PageTransitionEvent('pageshow', {persisted: false}));
    expect(fresh.querySelector('[data-quick-exit-status]')!.textContent).toBe(status);
    press('Shift');
    press('Shift');
    expect(nav.replace).toHaveBeenCalledWith(config.url);
  });
});

describe('listeners are registered once', () => {
  it('a second arming of the same document adds nothing', () => {
    const win = {document: fresh, location: window.location, addEventListener: vi.fn()} as unknown as Window;
    armQuickExit(config, win, nav);
    expect(win.addEventListener).not.toHaveBeenCalled();
    press('Shift');
    press('Shift');
    press('Shift');
    expect(nav.replace).toHaveBeenCalledOnce();
  });
});

describe('on-screen keyboard', () => {
  it('tells the bar where the visible part of the page starts, when the keyboard pans it', () => {
    const doc = document.implementation.createHTMLDocument('Page');
    doc.body.innerHTML = '<div data-quick-exit-root data-presses="0"></div>';
    const view = Object.assign(new EventTarget(), {offsetTop: 0});
    const win = {document: doc, location: window.location, addEventListener: vi.fn(), visualViewport: view} as unknown as Window;
    armQuickExit(config, win, nav);
    const bar = doc.querySelector<HTMLElement>('[data-quick-exit-root]')!;
    view.offsetTop = 120;
    view.dispatchEvent(new Event('resize'));
    expect(bar.style.getPropertyValue('--vv-top')).toBe('120px');
    view.offsetTop = 80;
    view.dispatchEvent(new Event('scroll'));
    expect(bar.style.getPropertyValue('--vv-top')).toBe('80px');
  });
});

describe('other links', () => {
  it('are left to the browser, so Back works inside the site', () => {
    fresh.body.insertAdjacentHTML('beforeend', `<a id="internal" href="${location.origin}/es/ayuda">Ayuda</a>`);
    fresh.body.insertAdjacentHTML('beforeend', '<a id="external" href="https://polarisproject.org/">Polaris</a>');
    for (const id of ['internal', 'external']) {
      const click = new MouseEvent('click', {bubbles: true, cancelable: true, button: 0});
      fresh.getElementById(id)!.dispatchEvent(click);
      expect(click.defaultPrevented).toBe(false);
    }
    expect(nav.replace).not.toHaveBeenCalled();
    expect(nav.assign).not.toHaveBeenCalled();
  });
});

describe('exit destination', () => {
  it('accepts an absolute https URL', () => {
    expect(validateExitUrl('https://weather.com/')).toBe('https://weather.com/');
  });
  it.each([
    ['http://weather.com/', /must use https/],
    ['/es', /absolute https/],
    ['javascript:alert(1)', /must use https/],
    ['https://user:secret@weather.com/', /user name or password/]
  ])('rejects %s', (url, message) => {
    expect(() => validateExitUrl(url, 'EXIT_URL')).toThrow(message);
  });
});

/**
 * Search in the browser, against the Pagefind index the build writes to /pagefind/ (one index per
 * language; the one of <html lang> is used). Inlined on the search page only, through SiteScript,
 * and self-contained like the quick-exit script. The words typed never leave the page: the only
 * requests are for index files, the query is never put in the address, the history or any storage.
 * Without JavaScript, the page shows the topic index instead (see Search.tsx).
 */

export type SearchStrings = {
  /** "Para: #", # standing for the audience. */
  forAudience: string;
  results: string;
  oneResult: string;
  none: string;
  searching: string;
  failed: string;
};

type PagefindResult = {url: string; excerpt: string; meta: Record<string, string>};
type Pagefind = {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string): Promise<{results: {data(): Promise<PagefindResult>}[]}>;
};

export function armSearch(root: HTMLElement | null, strings: SearchStrings, bundle: string): void {
  if (!root) return;
  const form = root.querySelector('form') as HTMLFormElement;
  const input = root.querySelector('input') as HTMLInputElement;
  const status = root.querySelector('[role="status"]') as HTMLElement;
  const list = root.querySelector('[data-search-results]') as HTMLOListElement;
  const none = root.querySelector('[data-search-none]') as HTMLElement;
  const MAX_QUERY = 200;
  const MAX_RESULTS = 20;
  let loading: Promise<Pagefind> | undefined;
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  // Trusted Types: Pagefind starts a worker from its own folder; that is the one script URL allowed.
  const folder = new URL(bundle.slice(0, bundle.lastIndexOf('/') + 1), location.href).href;
  const trusted = (window as Window & {trustedTypes?: {createPolicy(n: string, p: object): unknown; defaultPolicy?: unknown}}).trustedTypes;
  if (trusted && !trusted.defaultPolicy) {
    trusted.createPolicy('default', {
      createScriptURL(url: string) {
        if (new URL(url, location.href).href.startsWith(folder)) return url;
        throw new TypeError(`Script not allowed: ${url}`);
      }
    });
  }

  (root.querySelector('[data-search-needs-js]') as HTMLElement).hidden = true;
  form.hidden = false;

  const load = () => {
    if (!loading) {
      loading = (import(/* webpackIgnore: true */ /* turbopackIgnore: true */ bundle) as Promise<Pagefind>).then(async (pagefind) => {
        await pagefind.options({excerptLength: 24});
        await pagefind.init();
        return pagefind;
      });
      // A failed load may be tried again on the next search.
      loading.catch(() => (loading = undefined));
    }
    return loading;
  };

  // The excerpt is HTML-escaped text with <mark> around the words found: rebuilt as nodes, never parsed.
  const entity: Record<string, string> = {'&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'"};
  const unescape = (text: string) => text.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (m) => entity[m]);
  const excerptNodes = (excerpt: string) =>
    excerpt.split(/(<mark>[\s\S]*?<\/mark>)/).map((part) => {
      const marked = /^<mark>([\s\S]*)<\/mark>$/.exec(part);
      if (!marked) return document.createTextNode(unescape(part));
      const mark = document.createElement('mark');
      mark.textContent = unescape(marked[1]);
      return mark;
    });

  const show = (results: PagefindResult[]) => {
    list.replaceChildren(
      ...results.map((r) => {
        const item = document.createElement('li');
        item.className = 'search-result';
        const heading = document.createElement('h3');
        const link = document.createElement('a');
        link.href = r.url;
        link.textContent = r.meta.title || r.url;
        heading.appendChild(link);
        const kind = document.createElement('p');
        kind.className = 'search-result-kind';
        kind.textContent = [r.meta.kind, r.meta.audience && strings.forAudience.replace('#', r.meta.audience)].filter(Boolean).join(' · ');
        const excerpt = document.createElement('p');
        excerpt.append(...excerptNodes(r.excerpt));
        item.append(heading, kind, excerpt);
        return item;
      })
    );
  };

  const run = async () => {
    const query = input.value.trim().slice(0, MAX_QUERY);
    const mine = ++latest;
    if (!query) {
      list.replaceChildren();
      none.hidden = true;
      status.textContent = '';
      return;
    }
    status.textContent = strings.searching;
    let results: PagefindResult[] = [];
    let failed = false;
    try {
      const pagefind = await load();
      const found = await pagefind.search(query);
      results = await Promise.all(found.results.slice(0, MAX_RESULTS).map((r) => r.data()));
    } catch {
      failed = true;
    }
    if (mine !== latest) return;
    show(results);
    none.hidden = results.length > 0;
    // With the on-screen keyboard up, the answer must show above it: the field goes to the top of the
    // screen (under the exit, which is there while typing), and the first results right under it.
    const view = window.visualViewport;
    const first = list.firstElementChild || status;
    if (first.getBoundingClientRect().top + 48 > (view ? view.height : innerHeight)) input.scrollIntoView({block: 'start'});
    status.textContent = failed
      ? strings.failed
      : results.length === 0
        ? strings.none
        : results.length === 1
          ? strings.oneResult
          : strings.results.replace('#', String(results.length));
  };

  input.addEventListener('focus', () => void load().catch(() => {}), {once: true});
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, 150);
  });
  // Enter searches at once and goes nowhere: the words are never sent, not even to this site.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run();
  });
}

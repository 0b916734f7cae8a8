/**
 * An inline script of the site's own (the quick exit, copy-link). The build keeps only scripts
 * carrying this marker and removes the framework's (site/strip-runtime.mjs), and the CSP allows
 * each one by its hash, so every behaviour of the site goes through here.
 */
export function SiteScript({source, id}: {source: string; id?: string}) {
  // "</script" inside the source would end the element early.
  return <script id={id} data-site-script="" dangerouslySetInnerHTML={{__html: source.replace(/<\/script/gi, '<\\/script')}} />;
}

/**
 * The site's mark: a tick on the site's teal. The tab icon (app/icon.tsx) and the share images
 * (lib/share-image.tsx) both draw it from here.
 */
export function SiteMark({size}: {size: number}) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32">
      <rect width="32" height="32" rx="6" fill="#00585c" />
      <path d="M9 17l5 5 9-11" fill="none" stroke="#fff" strokeWidth="3.5" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

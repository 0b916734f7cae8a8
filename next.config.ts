import type {NextConfig} from 'next';
import {PHASE_DEVELOPMENT_SERVER} from 'next/constants';
import createNextIntlPlugin from 'next-intl/plugin';

/**
 * Next is the build tool: `next build` writes a static export (`out/`), which
 * site/postexport.mjs turns into the site that is served, without the framework's
 * client runtime. Response headers (CSP, caching, content types) are generated
 * there too, from site/headers.mjs: Next's own headers() does not apply to an export.
 */
const nextConfig = (phase: string): NextConfig => ({
  output: 'export',
  poweredByHeader: false,
  // The benchmark builds synthetic content into its own folder, leaving the real build alone.
  ...(process.env.NEXT_DIST_DIR ? {distDir: process.env.NEXT_DIST_DIR} : {}),
  reactStrictMode: true,
  // No image endpoint: the site has no images to resize, and a static export has no server.
  images: {unoptimized: true},
  // One prerendered 404 for every unknown address (app/global-not-found.tsx), and the CSS
  // inlined into each page: one request per page, no render-blocking stylesheet.
  experimental: {globalNotFound: true, inlineCss: true},
  // The staff preview (`npm run dev`): pages named page.preview.tsx exist only there, never in a
  // build (app/[locale]/preview). Content problems show on their pages, so Next's badge is not needed.
  ...(phase === PHASE_DEVELOPMENT_SERVER ? {pageExtensions: ['preview.tsx', 'tsx', 'ts'], devIndicators: false} : {})
});

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');
const config = (phase: string) => withNextIntl(nextConfig(phase));
export default config;

import type {NextConfig} from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

/**
 * Next is the build tool: `next build` writes a static export (`out/`), which
 * site/postexport.mjs turns into the site that is served, without the framework's
 * client runtime. Response headers (CSP, caching, content types) are generated
 * there too, from site/headers.mjs: Next's own headers() does not apply to an export.
 */
const nextConfig: NextConfig = {
  output: 'export',
  poweredByHeader: false,
  // The benchmark builds synthetic content into its own folder, leaving the real build alone.
  ...(process.env.NEXT_DIST_DIR ? {distDir: process.env.NEXT_DIST_DIR} : {}),
  reactStrictMode: true,
  // No image endpoint: the site has no images to resize, and a static export has no server.
  images: {unoptimized: true},
  // One prerendered 404 for every unknown address (app/global-not-found.tsx), and the CSS
  // inlined into each page: one request per page, no render-blocking stylesheet.
  experimental: {globalNotFound: true, inlineCss: true}
};

export default createNextIntlPlugin('./i18n/request.ts')(nextConfig);

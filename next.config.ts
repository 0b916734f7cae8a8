import type {NextConfig} from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

/**
 * Security and privacy headers for every response. The CSP allows nothing from
 * other origins. 'unsafe-inline' for scripts is needed by Next's prerendered
 * pages (their inline bootstrap scripts; nonces would force dynamic rendering)
 * and by the inline quick-exit script that must run before anything else.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'"
].join('; ');

const securityHeaders = [
  {key: 'Content-Security-Policy', value: contentSecurityPolicy},
  {key: 'Referrer-Policy', value: 'no-referrer'},
  {key: 'X-Content-Type-Options', value: 'nosniff'},
  {key: 'X-Frame-Options', value: 'DENY'},
  {
    key: 'Permissions-Policy',
    value:
      'camera=(), microphone=(), geolocation=(), payment=(), usb=(), bluetooth=(), serial=(), hid=(), ' +
      'midi=(), magnetometer=(), gyroscope=(), accelerometer=(), display-capture=(), browsing-topics=(), interest-cohort=()'
  },
  {key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains'},
  {key: 'Cross-Origin-Opener-Policy', value: 'same-origin'},
  {key: 'Cross-Origin-Resource-Policy', value: 'same-origin'}
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The benchmark builds synthetic content into its own folder, leaving the real build alone.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  reactStrictMode: true,
  // One prerendered 404 for every unknown address (app/global-not-found.tsx).
  experimental: {globalNotFound: true, inlineCss: true},
  async headers() {
    return [
      // Documents and everything else get the full set; scripts, styles and the icon only need
      // nosniff: the other headers would add about 800 bytes to each of a page's seven files.
      {source: '/((?!_next/static/|icon\\.svg).*)', headers: securityHeaders},
      {source: '/(_next/static/.*|icon\\.svg)', headers: [{key: 'X-Content-Type-Options', value: 'nosniff'}]}
    ];
  }
};

export default createNextIntlPlugin('./i18n/request.ts')(nextConfig);

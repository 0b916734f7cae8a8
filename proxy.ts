import createMiddleware from 'next-intl/middleware';
import {routing} from './i18n/routing';

// Sends "/" and unprefixed paths to /es or /en by the browser's Accept-Language
// (Spanish when it asks for neither). Sets no cookie: see i18n/routing.ts.
export default createMiddleware(routing);

export const config = {
  matcher: '/((?!_next|.*opengraph-image|.*\\..*).*)'
};

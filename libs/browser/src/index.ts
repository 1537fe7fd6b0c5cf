// @fordeling/browser: Debian's Chromium driven by playwright-core — the one place the browser is found
// and launched, for the letters' PDFs and the browser tests of the report and the API's pages.
export { chromiumAvailable, chromiumPath, launchChromium } from './chromium.js';

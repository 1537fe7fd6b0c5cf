import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '@fordeling/browser';

/** How a letter gets into its page: in place of the page's last letter (the default), or in a new document. */
export type PdfLoad = 'replace' | 'navigate';

/**
 * Puts the letter's document in place of the page's current one: parsed by the page's DOMParser and
 * swapped in as the new root element (its head with title, letter id, styles and fonts; its body), so
 * nothing of the previous letter remains. Runs in the page.
 */
const replaceDocument = (html: string) => {
  const next = new DOMParser().parseFromString(html, 'text/html');
  document.replaceChild(document.adoptNode(next.documentElement), document.documentElement);
  return document.fonts.ready.then(() => true);
};

/**
 * One headless Chromium with a small pool of pages rendering in parallel, each letter printed to A4
 * as its own tagged PDF with a "Side X af Y" footer. A page's first letter is loaded with setContent
 * (no network: the HTML is self-contained); every later letter replaces the document in the same
 * page instead of navigating to a new one — a navigation (a new document, its frame and its loading
 * machinery) cost a fifth to a third of a letter's CPU (docs/letters.md, "Rendering"). `navigate` keeps
 * the new document per letter: the reference the tests compare the fast path with.
 */
export class PdfRenderer {
  private readonly idle: Page[] = [];
  private readonly waiting: Array<(page: Page) => void> = [];
  private created = 0;

  private constructor(
    private readonly browser: Browser,
    private readonly concurrency: number,
    private readonly load: PdfLoad,
  ) {}

  static async launch(concurrency = 4, load: PdfLoad = 'replace'): Promise<PdfRenderer> {
    return new PdfRenderer(await launchChromium(), Math.max(1, concurrency), load);
  }

  private async acquire(): Promise<Page> {
    const page = this.idle.pop();
    if (page) return page;
    if (this.created < this.concurrency) {
      this.created++;
      // One context per page so each gets its own renderer process and pages print in parallel.
      // Letters are self-contained (setContent, inline CSS, inline fonts): nothing is fetched.
      const context = await this.browser.newContext({ offline: true });
      return context.newPage();
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(page: Page): void {
    const next = this.waiting.shift();
    if (next) next(page);
    else this.idle.push(page);
  }

  private readonly loaded = new WeakSet<Page>();

  async render(html: string, footerTemplate: string): Promise<Buffer> {
    const page = await this.acquire();
    try {
      if (this.load === 'replace' && this.loaded.has(page)) {
        await page.evaluate(replaceDocument, html);
      } else {
        await page.setContent(html, { waitUntil: 'load' });
        this.loaded.add(page);
        // The inline fonts decode asynchronously; printing before they are ready would leave the text
        // invisible (font-display: block). replaceDocument waits for them too.
        await page.evaluate('document.fonts.ready.then(() => true)');
      }
      return await page.pdf({
        format: 'A4',
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate,
        margin: { top: '16mm', bottom: '20mm', left: '20mm', right: '20mm' },
        // Tagged (accessible) PDF with an outline from the headings, so screen readers and archives
        // can read the letter's structure (pdf-renderer.test.ts checks both with pdfinfo).
        tagged: true,
        outline: true,
      });
    } finally {
      this.release(page);
    }
  }

  async close(): Promise<void> {
    await this.browser.close();
  }
}

import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '@fordeling/browser';

/**
 * One headless Chromium with a small pool of pages rendering in parallel. Letters are loaded with
 * setContent (no network: the HTML is self-contained) and printed to A4 with a "Side X af Y" footer.
 */
export class PdfRenderer {
  private readonly idle: Page[] = [];
  private readonly waiting: Array<(page: Page) => void> = [];
  private created = 0;

  private constructor(
    private readonly browser: Browser,
    private readonly concurrency: number,
  ) {}

  static async launch(concurrency = 4): Promise<PdfRenderer> {
    return new PdfRenderer(await launchChromium(), Math.max(1, concurrency));
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

  async render(html: string, footerTemplate: string): Promise<Buffer> {
    const page = await this.acquire();
    try {
      await page.setContent(html, { waitUntil: 'load' });
      // The inline fonts decode asynchronously; printing before they are ready would leave the text
      // invisible (font-display: block).
      await page.evaluate('document.fonts.ready.then(() => true)');
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

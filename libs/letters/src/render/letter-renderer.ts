import Handlebars from 'handlebars';
import type { LetterKind } from '../letter-kind.js';
import type { LetterData } from '../data/letter-data.js';
import { HELPER_NAMES, letterHelpers } from '../templates/helpers.js';
import type { TemplateSet } from '../templates/template-set.js';
import { fontFaces, htmlDocument, pdfFooter } from './html-document.js';

/** Rendering failed for one letter (strict mode found a missing field, a helper got a bad value). */
export class LetterRenderError extends Error {}

/**
 * Compiles the letter templates once, in Handlebars strict mode with only the known helpers, and
 * renders a letter's data to a complete HTML document. The static check (checkTemplateSet) runs
 * before this so template errors surface before any letter is written.
 */
export class LetterRenderer {
  private readonly handlebars = Handlebars.create();
  private readonly compiled = new Map<LetterKind, Handlebars.TemplateDelegate>();
  private readonly options: CompileOptions = {
    strict: true,
    knownHelpers: Object.fromEntries([...HELPER_NAMES].map((name) => [name, true])),
    knownHelpersOnly: true,
  };

  /** Built once: the base64 fonts are the same in every letter. */
  private readonly fontFaces: string;

  constructor(private readonly templates: TemplateSet) {
    this.fontFaces = fontFaces(templates.fonts);
    this.handlebars.registerHelper(letterHelpers);
    for (const [name, partial] of Object.entries(templates.partials)) {
      this.handlebars.registerPartial(name, this.handlebars.compile(partial.source, this.options));
    }
  }

  private template(kind: LetterKind): Handlebars.TemplateDelegate {
    let template = this.compiled.get(kind);
    if (!template) {
      const source = this.templates.letters[kind];
      if (!source) throw new LetterRenderError(`skabelonen templates/${kind}/letter.hbs findes ikke`);
      template = this.handlebars.compile(source.source, this.options);
      this.compiled.set(kind, template);
    }
    return template;
  }

  /** The letter as a self-contained HTML document. */
  render(kind: LetterKind, data: LetterData): string {
    let body: string;
    try {
      body = this.template(kind)(data);
    } catch (error) {
      const message = (error as Error).message.replace(/ in \[object Object\]/, '');
      throw new LetterRenderError(`skabelonen templates/${kind}/letter.hbs kunne ikke udfyldes: ${message}`);
    }
    return htmlDocument({
      title: `${data.letter.title} – ${data.clinic.name} (ydernr. ${data.clinic.providerNumber})`,
      letterId: data.letter.id,
      css: this.templates.css,
      body,
      synthetic: data.letter.synthetic,
      fontFaces: this.fontFaces,
    });
  }

  /** The PDF footer for the letter, in the letter's font. */
  pdfFooter(data: LetterData): string {
    return pdfFooter(data.letter.id, data.region.name, this.fontFaces);
  }
}

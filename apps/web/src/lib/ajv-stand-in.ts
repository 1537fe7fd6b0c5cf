// The browser build's stand-in for Ajv and ajv-formats (vite.config.ts aliases both here). JSON Forms
// creates an Ajv for its own validation, which the workbench turns off: the engine validates every
// edit on the server and its Danish messages are shown at the fields. Ajv would also compile with
// `new Function`, which the pages' Content-Security-Policy (script-src 'self') forbids, and it is
// a third of the editor's JavaScript. JSON Forms still asks for a validator to choose among
// oneOf/anyOf alternatives: this one accepts everything, so the first alternative that fits shows.
type Validate = ((data: unknown) => boolean) & { errors: null };

const acceptAll: Validate = Object.assign(() => true, { errors: null });

export default class Ajv {
  errors = null;
  compile(): Validate {
    return acceptAll;
  }
  validate(): boolean {
    return true;
  }
  addSchema(): this {
    return this;
  }
  addFormat(): this {
    return this;
  }
  addKeyword(): this {
    return this;
  }
  getSchema(): Validate {
    return acceptAll;
  }
}

/** ajv-formats' default export: registers nothing here. */
export function addFormats<T>(ajv: T): T {
  return ajv;
}

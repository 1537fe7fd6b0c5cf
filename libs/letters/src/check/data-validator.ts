import { Ajv, type ValidateFunction } from 'ajv';
import type { LetterKind } from '../letter-kind.js';
import { LETTER_SCHEMAS } from '../schema/letter-schemas.js';
import { danishAjvError } from './ajv-danish.js';

/** Validates a letter's data against its kind's schema; problems name the field (JSON pointer) in Danish. */
export class LetterDataValidator {
  private readonly ajv = new Ajv({ allErrors: true, strict: false });
  private readonly validators = new Map<LetterKind, ValidateFunction>();

  problems(kind: LetterKind, data: unknown): string[] {
    let validate = this.validators.get(kind);
    if (!validate) {
      validate = this.ajv.compile(LETTER_SCHEMAS[kind]);
      this.validators.set(kind, validate);
    }
    if (validate(data)) return [];
    return (validate.errors ?? []).map((e) => danishAjvError(e));
  }
}


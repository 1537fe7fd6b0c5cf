import Handlebars from 'handlebars';
import type { JsonSchema } from '../schema/json-schema.js';
import type { TemplateIssue } from './template-issue.js';

type Node = hbs.AST.Node;
type PathExpression = hbs.AST.PathExpression;
type Expression = hbs.AST.Expression;

/** What the static check needs to know about the template set. */
export interface TemplateSource {
  /** Display name (path relative to the templates folder). */
  name: string;
  source: string;
}

export interface PathCheckInput {
  template: TemplateSource;
  partials: Record<string, TemplateSource>;
  schema: JsonSchema;
  helpers: ReadonlySet<string>;
}

/** A data context while walking: the schema of `this`, where it sits in the data, which optional paths are known present. */
interface Scope {
  schema: JsonSchema;
  /** Absolute path of `this` in the data, array items as "[]". */
  path: string[];
  parent: Scope | null;
  /** Absolute paths guarded by an enclosing #if/#with/#each, so optional fields may be used. */
  guarded: ReadonlySet<string>;
  inEach: boolean;
}

const BLOCK_GUARDS = new Set(['if', 'unless', 'with', 'each']);
const EACH_DATA = new Set(['index', 'first', 'last', 'key']);

/**
 * Walks a template's AST (and the partials it uses) and checks every field path against the letter
 * kind's data schema: unknown fields, objects written as text, optional fields used without an
 * {{#if}} around them, unknown helpers and partials. Strict Handlebars only catches these at render
 * time for the clinic that happens to lack the field; this catches them before any letter is written.
 */
export function checkTemplatePaths(input: PathCheckInput): TemplateIssue[] {
  return walkTemplatePaths(input).issues;
}

/**
 * Every field a template (with its partials) uses, as dotted paths from the letter's data root, list
 * items as "[]" (e.g. "timeline.finalEffective", "ruleSets.[].version"): what the letter can print.
 * Fields the check reports as issues are left out.
 */
export function templateFieldPaths(input: PathCheckInput): Set<string> {
  return walkTemplatePaths(input).fields;
}

function walkTemplatePaths(input: PathCheckInput): { issues: TemplateIssue[]; fields: Set<string> } {
  const issues: TemplateIssue[] = [];
  const fields = new Set<string>();
  const root: Scope = { schema: input.schema, path: [], parent: null, guarded: new Set(), inEach: false };
  const partialStack: string[] = [];

  const walkTemplate = (template: TemplateSource, scope: Scope, partialBlock?: () => void): void => {
    let ast: hbs.AST.Program;
    try {
      ast = Handlebars.parse(template.source);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const line = Number(/line (\d+)/.exec(message)?.[1] ?? 0);
      issues.push({ template: template.name, line, column: 0, field: '', message: `skabelonen kan ikke læses: ${message.split('\n')[0]}` });
      return;
    }
    walkProgram(template, ast, scope, partialBlock);
  };

  const issue = (template: TemplateSource, node: Node, field: string, message: string): void => {
    issues.push({ template: template.name, line: node.loc?.start.line ?? 0, column: (node.loc?.start.column ?? 0) + 1, field, message });
  };

  const walkProgram = (template: TemplateSource, program: hbs.AST.Program | undefined, scope: Scope, partialBlock?: () => void): void => {
    for (const statement of program?.body ?? []) walkStatement(template, statement, scope, partialBlock);
  };

  /** Resolves a path to its schema; reports and returns undefined when it does not exist. */
  const resolve = (template: TemplateSource, path: PathExpression, scope: Scope, allowOptionalLast: boolean): { schema: JsonSchema; abs: string[] } | undefined => {
    let base: Scope | null = scope;
    let parts = [...path.parts];
    if (path.data) {
      const [head, ...rest] = parts;
      if (head === 'root') {
        base = root;
        parts = rest;
      } else if (EACH_DATA.has(head) && rest.length === 0) {
        if (!scope.inEach) issue(template, path, path.original, `@${head} kan kun bruges inde i {{#each}}`);
        return { schema: { type: head === 'index' ? 'integer' : head === 'key' ? 'string' : 'boolean' }, abs: [] };
      } else {
        issue(template, path, path.original, 'ukendt @-variabel');
        return undefined;
      }
    }
    for (let i = 0; i < path.depth; i++) base = base?.parent ?? null;
    if (!base) {
      issue(template, path, path.original, 'peger uden for dataene (for mange »../«)');
      return undefined;
    }
    let schema = base.schema;
    const abs = [...base.path];
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i];
      const isLast = i === parts.length - 1;
      if (schema.type === 'array' && part === 'length') {
        schema = { type: 'integer' };
        abs.push(part);
        continue;
      }
      const child = schema.type === 'object' ? schema.properties?.[part] : undefined;
      if (!child) {
        const known = Object.keys(schema.properties ?? {});
        const hint = known.length ? ` (kendte felter her: ${known.join(', ')})` : '';
        issue(template, path, path.original, `feltet »${part}« findes ikke i brevets data${hint}`);
        return undefined;
      }
      abs.push(part);
      const optional = !(schema.required ?? []).includes(part);
      if (optional && !(isLast && allowOptionalLast) && !scope.guarded.has(abs.join('.'))) {
        issue(template, path, path.original, `feltet »${abs.join('.')}« er valgfrit; brug det inden i {{#if ${abs.join('.')}}} … {{/if}}`);
        return undefined;
      }
      schema = child;
    }
    if (abs.length > 0) fields.add(abs.join('.'));
    return { schema, abs };
  };

  const checkExpression = (template: TemplateSource, expression: Expression, scope: Scope): void => {
    if (expression.type === 'PathExpression') resolve(template, expression as PathExpression, scope, false);
    else if (expression.type === 'SubExpression') checkHelperCall(template, expression as hbs.AST.SubExpression, scope);
  };

  const checkHelperCall = (template: TemplateSource, call: { path: Expression; params: Expression[]; hash: hbs.AST.Hash }, scope: Scope): void => {
    const name = (call.path as PathExpression).original;
    if (!input.helpers.has(name)) {
      issue(template, call.path, name, `ukendt hjælpefunktion »${name}«`);
      return;
    }
    for (const param of call.params) checkExpression(template, param, scope);
    for (const pair of call.hash?.pairs ?? []) checkExpression(template, pair.value, scope);
  };

  const walkStatement = (template: TemplateSource, node: hbs.AST.Statement, scope: Scope, partialBlock?: () => void): void => {
    switch (node.type) {
      case 'ContentStatement':
      case 'CommentStatement':
        return;
      case 'MustacheStatement': {
        const mustache = node as hbs.AST.MustacheStatement;
        const path = mustache.path as PathExpression;
        if (mustache.path.type === 'PathExpression' && input.helpers.has(path.original) && !path.data) {
          checkHelperCall(template, mustache, scope);
          return;
        }
        if (mustache.params.length > 0 || mustache.path.type !== 'PathExpression') {
          issue(template, mustache, path.original ?? '', `ukendt hjælpefunktion »${path.original}«`);
          return;
        }
        const resolved = resolve(template, path, scope, false);
        if (resolved && (resolved.schema.type === 'object' || resolved.schema.type === 'array')) {
          issue(template, mustache, path.original, `feltet er ${resolved.schema.type === 'object' ? 'et objekt' : 'en liste'} og kan ikke skrives direkte; skriv et af dets felter`);
        }
        return;
      }
      case 'BlockStatement': {
        const block = node as hbs.AST.BlockStatement;
        const name = (block.path as PathExpression).original;
        if (block.program?.blockParams?.length) {
          issue(template, block, name, 'blokparametre (as |x|) understøttes ikke; brug this og ../');
          return;
        }
        if (!BLOCK_GUARDS.has(name)) {
          if (!input.helpers.has(name)) {
            issue(template, block, name, `ukendt blok »${name}«`);
            return;
          }
          checkHelperCall(template, block, scope);
          walkProgram(template, block.program, scope, partialBlock);
          walkProgram(template, block.inverse, scope, partialBlock);
          return;
        }
        const [param] = block.params;
        if (!param || block.params.length !== 1) {
          issue(template, block, name, `{{#${name}}} skal have præcis ét felt`);
          return;
        }
        if (param.type === 'SubExpression') {
          checkHelperCall(template, param as hbs.AST.SubExpression, scope);
          walkProgram(template, block.program, scope, partialBlock);
          walkProgram(template, block.inverse, scope, partialBlock);
          return;
        }
        if (param.type !== 'PathExpression') {
          issue(template, block, name, `{{#${name}}} skal have et felt, ikke en fast værdi`);
          return;
        }
        const field = (param as PathExpression).original;
        const resolved = resolve(template, param as PathExpression, scope, true);
        if (!resolved) return;
        const guarded = new Set(scope.guarded);
        guarded.add(resolved.abs.join('.'));
        const guardedScope: Scope = { ...scope, guarded };
        if (name === 'if') {
          walkProgram(template, block.program, guardedScope, partialBlock);
          walkProgram(template, block.inverse, scope, partialBlock);
        } else if (name === 'unless') {
          walkProgram(template, block.program, scope, partialBlock);
          walkProgram(template, block.inverse, guardedScope, partialBlock);
        } else if (name === 'with') {
          if (resolved.schema.type !== 'object') issue(template, block, field, '{{#with}} kræver et objekt');
          else walkProgram(template, block.program, { schema: resolved.schema, path: resolved.abs, parent: scope, guarded, inEach: scope.inEach }, partialBlock);
          walkProgram(template, block.inverse, scope, partialBlock);
        } else {
          if (resolved.schema.type !== 'array' || !resolved.schema.items) {
            issue(template, block, field, '{{#each}} kræver en liste');
          } else {
            const itemScope: Scope = { schema: resolved.schema.items, path: [...resolved.abs, '[]'], parent: scope, guarded, inEach: true };
            walkProgram(template, block.program, itemScope, partialBlock);
          }
          walkProgram(template, block.inverse, scope, partialBlock);
        }
        return;
      }
      case 'PartialStatement':
      case 'PartialBlockStatement': {
        const partial = node as hbs.AST.PartialStatement;
        const name = (partial.name as PathExpression).original;
        if (name === '@partial-block') {
          partialBlock?.();
          return;
        }
        const target = input.partials[name];
        if (!target) {
          issue(template, partial, name, `ukendt delskabelon »${name}« (findes ikke i templates/_shared)`);
          return;
        }
        if (partialStack.includes(name)) return; // recursion: checked once
        let partialScope = scope;
        const [param] = partial.params;
        if (param?.type === 'PathExpression') {
          const resolved = resolve(template, param as PathExpression, scope, false);
          if (!resolved) return;
          partialScope = { schema: resolved.schema, path: resolved.abs, parent: scope, guarded: scope.guarded, inEach: scope.inEach };
        }
        const blockProgram = node.type === 'PartialBlockStatement' ? (node as hbs.AST.PartialBlockStatement).program : undefined;
        partialStack.push(name);
        walkTemplate(target, partialScope, blockProgram ? () => walkProgram(template, blockProgram, scope, partialBlock) : undefined);
        partialStack.pop();
        return;
      }
      default:
        issue(template, node, '', `konstruktionen ${node.type} understøttes ikke i brevskabeloner`);
    }
  };

  walkTemplate(input.template, root);
  return { issues, fields };
}

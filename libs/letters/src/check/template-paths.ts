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
  const walk = new TemplateWalk(input);
  walk.template(input.template, walk.root);
  return { issues: walk.issues, fields: walk.fields };
}

/** Resolving a field path: its schema and its absolute place in the data. */
interface ResolvedPath {
  schema: JsonSchema;
  abs: string[];
}

type BlockCall = { path: Expression; params: Expression[]; hash: hbs.AST.Hash };

/**
 * One walk over a template and the partials it reaches, in named steps: a template is parsed and its
 * statements walked; a mustache prints one field or calls a helper; a block is a helper, a guard
 * (#if/#unless) or a new context (#with/#each); a partial is walked in its own context once.
 * Every path is resolved against the schema of the context it stands in.
 */
class TemplateWalk {
  readonly issues: TemplateIssue[] = [];
  readonly fields = new Set<string>();
  readonly root: Scope;
  private readonly partialStack: string[] = [];

  constructor(private readonly input: PathCheckInput) {
    this.root = { schema: input.schema, path: [], parent: null, guarded: new Set(), inEach: false };
  }

  /** Parses a template (or partial); one it cannot parse is an issue at its line. */
  template(template: TemplateSource, scope: Scope, partialBlock?: () => void): void {
    let ast: hbs.AST.Program;
    try {
      ast = Handlebars.parse(template.source);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const line = Number(/line (\d+)/.exec(message)?.[1] ?? 0);
      this.issues.push({ template: template.name, line, column: 0, field: '', message: `skabelonen kan ikke læses: ${message.split('\n')[0]}` });
      return;
    }
    this.program(template, ast, scope, partialBlock);
  }

  private issue(template: TemplateSource, node: Node, field: string, message: string): void {
    this.issues.push({ template: template.name, line: node.loc?.start.line ?? 0, column: (node.loc?.start.column ?? 0) + 1, field, message });
  }

  private program(template: TemplateSource, program: hbs.AST.Program | undefined, scope: Scope, partialBlock?: () => void): void {
    for (const statement of program?.body ?? []) this.statement(template, statement, scope, partialBlock);
  }

  private statement(template: TemplateSource, node: hbs.AST.Statement, scope: Scope, partialBlock?: () => void): void {
    switch (node.type) {
      case 'ContentStatement':
      case 'CommentStatement':
        return;
      case 'MustacheStatement':
        return this.mustache(template, node as hbs.AST.MustacheStatement, scope);
      case 'BlockStatement':
        return this.block(template, node as hbs.AST.BlockStatement, scope, partialBlock);
      case 'PartialStatement':
      case 'PartialBlockStatement':
        return this.partial(template, node as hbs.AST.PartialStatement | hbs.AST.PartialBlockStatement, scope, partialBlock);
      default:
        this.issue(template, node, '', `konstruktionen ${node.type} understøttes ikke i brevskabeloner`);
    }
  }

  /** `{{field}}` prints a text or a number (never an object or a list); `{{helper …}}` calls a known helper. */
  private mustache(template: TemplateSource, mustache: hbs.AST.MustacheStatement, scope: Scope): void {
    const path = mustache.path as PathExpression;
    if (mustache.path.type === 'PathExpression' && this.input.helpers.has(path.original) && !path.data) {
      this.helperCall(template, mustache, scope);
      return;
    }
    if (mustache.params.length > 0 || mustache.path.type !== 'PathExpression') {
      this.issue(template, mustache, path.original ?? '', `ukendt hjælpefunktion »${path.original}«`);
      return;
    }
    const resolved = this.resolve(template, path, scope, false);
    if (resolved && (resolved.schema.type === 'object' || resolved.schema.type === 'array')) {
      this.issue(template, mustache, path.original, `feltet er ${resolved.schema.type === 'object' ? 'et objekt' : 'en liste'} og kan ikke skrives direkte; skriv et af dets felter`);
    }
  }

  /** A block is a known helper's, or one of the guards (#if/#unless/#with/#each) on exactly one field. */
  private block(template: TemplateSource, block: hbs.AST.BlockStatement, scope: Scope, partialBlock?: () => void): void {
    const name = (block.path as PathExpression).original;
    if (block.program?.blockParams?.length) {
      this.issue(template, block, name, 'blokparametre (as |x|) understøttes ikke; brug this og ../');
      return;
    }
    if (!BLOCK_GUARDS.has(name)) {
      if (!this.input.helpers.has(name)) {
        this.issue(template, block, name, `ukendt blok »${name}«`);
        return;
      }
      this.helperBlock(template, block, scope, partialBlock);
      return;
    }
    const [param] = block.params;
    if (!param || block.params.length !== 1) {
      this.issue(template, block, name, `{{#${name}}} skal have præcis ét felt`);
      return;
    }
    if (param.type === 'SubExpression') {
      this.helperCall(template, param as hbs.AST.SubExpression, scope);
      this.program(template, block.program, scope, partialBlock);
      this.program(template, block.inverse, scope, partialBlock);
      return;
    }
    if (param.type !== 'PathExpression') {
      this.issue(template, block, name, `{{#${name}}} skal have et felt, ikke en fast værdi`);
      return;
    }
    const resolved = this.resolve(template, param as PathExpression, scope, true);
    if (resolved) this.guardBlock(template, block, name, (param as PathExpression).original, resolved, scope, partialBlock);
  }

  private helperBlock(template: TemplateSource, block: hbs.AST.BlockStatement, scope: Scope, partialBlock?: () => void): void {
    this.helperCall(template, block, scope);
    this.program(template, block.program, scope, partialBlock);
    this.program(template, block.inverse, scope, partialBlock);
  }

  /**
   * Inside `{{#if field}}` (the else of `{{#unless field}}`) the field is known present, so its
   * optional parts may be used; `{{#with}}` enters an object, `{{#each}}` the items of a list.
   */
  private guardBlock(template: TemplateSource, block: hbs.AST.BlockStatement, name: string, field: string, resolved: ResolvedPath, scope: Scope, partialBlock?: () => void): void {
    const guarded = new Set(scope.guarded);
    guarded.add(resolved.abs.join('.'));
    const guardedScope: Scope = { ...scope, guarded };
    if (name === 'if') {
      this.program(template, block.program, guardedScope, partialBlock);
    } else if (name === 'unless') {
      this.program(template, block.program, scope, partialBlock);
    } else if (name === 'with') {
      if (resolved.schema.type !== 'object') this.issue(template, block, field, '{{#with}} kræver et objekt');
      else this.program(template, block.program, { schema: resolved.schema, path: resolved.abs, parent: scope, guarded, inEach: scope.inEach }, partialBlock);
    } else if (resolved.schema.type !== 'array' || !resolved.schema.items) {
      this.issue(template, block, field, '{{#each}} kræver en liste');
    } else {
      this.program(template, block.program, { schema: resolved.schema.items, path: [...resolved.abs, '[]'], parent: scope, guarded, inEach: true }, partialBlock);
    }
    this.program(template, block.inverse, name === 'unless' ? guardedScope : scope, partialBlock);
  }

  /** `{{> name}}` or `{{> name field}}`: a partial of templates/_shared, walked once per stack in the context given. */
  private partial(template: TemplateSource, node: hbs.AST.PartialStatement | hbs.AST.PartialBlockStatement, scope: Scope, partialBlock?: () => void): void {
    const name = (node.name as PathExpression).original;
    if (name === '@partial-block') {
      partialBlock?.();
      return;
    }
    const target = this.input.partials[name];
    if (!target) {
      this.issue(template, node, name, `ukendt delskabelon »${name}« (findes ikke i templates/_shared)`);
      return;
    }
    if (this.partialStack.includes(name)) return; // recursion: checked once
    let partialScope = scope;
    const [param] = node.params;
    if (param?.type === 'PathExpression') {
      const resolved = this.resolve(template, param as PathExpression, scope, false);
      if (!resolved) return;
      partialScope = { schema: resolved.schema, path: resolved.abs, parent: scope, guarded: scope.guarded, inEach: scope.inEach };
    }
    const blockProgram = node.type === 'PartialBlockStatement' ? (node as hbs.AST.PartialBlockStatement).program : undefined;
    this.partialStack.push(name);
    this.template(target, partialScope, blockProgram ? () => this.program(template, blockProgram, scope, partialBlock) : undefined);
    this.partialStack.pop();
  }

  private expression(template: TemplateSource, expression: Expression, scope: Scope): void {
    if (expression.type === 'PathExpression') this.resolve(template, expression as PathExpression, scope, false);
    else if (expression.type === 'SubExpression') this.helperCall(template, expression as hbs.AST.SubExpression, scope);
  }

  private helperCall(template: TemplateSource, call: BlockCall, scope: Scope): void {
    const name = (call.path as PathExpression).original;
    if (!this.input.helpers.has(name)) {
      this.issue(template, call.path, name, `ukendt hjælpefunktion »${name}«`);
      return;
    }
    for (const param of call.params) this.expression(template, param, scope);
    for (const pair of call.hash?.pairs ?? []) this.expression(template, pair.value, scope);
  }

  /** Resolves a path to its schema; reports and returns undefined when it does not exist. */
  private resolve(template: TemplateSource, path: PathExpression, scope: Scope, allowOptionalLast: boolean): ResolvedPath | undefined {
    const start = this.start(template, path, scope);
    if (!start || 'schema' in start) return start;
    let schema = start.base.schema;
    const abs = [...start.base.path];
    for (let i = 0; i < start.parts.length; i++) {
      const part = start.parts[i];
      if (schema.type === 'array' && part === 'length') {
        schema = { type: 'integer' };
        abs.push(part);
        continue;
      }
      const child = schema.type === 'object' ? schema.properties?.[part] : undefined;
      if (!child) {
        const known = Object.keys(schema.properties ?? {});
        const hint = known.length ? ` (kendte felter her: ${known.join(', ')})` : '';
        this.issue(template, path, path.original, `feltet »${part}« findes ikke i brevets data${hint}`);
        return undefined;
      }
      abs.push(part);
      const optional = !(schema.required ?? []).includes(part);
      const isLast = i === start.parts.length - 1;
      if (optional && !(isLast && allowOptionalLast) && !scope.guarded.has(abs.join('.'))) {
        this.issue(template, path, path.original, `feltet »${abs.join('.')}« er valgfrit; brug det inden i {{#if ${abs.join('.')}}} … {{/if}}`);
        return undefined;
      }
      schema = child;
    }
    if (abs.length > 0) this.fields.add(abs.join('.'));
    return { schema, abs };
  }

  /**
   * Where a path starts: `@root`, an `{{#each}}` variable (@index, @first, @last, @key: resolved
   * at once), or the scope `../` steps up to; the parts left to follow from there.
   */
  private start(template: TemplateSource, path: PathExpression, scope: Scope): { base: Scope; parts: string[] } | ResolvedPath | undefined {
    let base: Scope | null = scope;
    let parts = [...path.parts];
    if (path.data) {
      const [head, ...rest] = parts;
      if (head === 'root') {
        base = this.root;
        parts = rest;
      } else if (EACH_DATA.has(head) && rest.length === 0) {
        if (!scope.inEach) this.issue(template, path, path.original, `@${head} kan kun bruges inde i {{#each}}`);
        return { schema: { type: head === 'index' ? 'integer' : head === 'key' ? 'string' : 'boolean' }, abs: [] };
      } else {
        this.issue(template, path, path.original, 'ukendt @-variabel');
        return undefined;
      }
    }
    for (let i = 0; i < path.depth; i++) base = base?.parent ?? null;
    if (!base) {
      this.issue(template, path, path.original, 'peger uden for dataene (for mange »../«)');
      return undefined;
    }
    return { base, parts };
  }
}

// Module boundaries (issue 12): which package may import which, and how. The layers are Nx project
// tags (each project.json's `layer:*` tag) with Nx's own vocabulary — `depConstraints`, as
// @nx/enforce-module-boundaries takes them — and dependency-cruiser checks every import of every
// file against them, type-only imports included, together with three rules Nx's project graph
// cannot see: no import cycles between files, other packages only through their entry points
// (`src/index.ts`, test helpers through `src/testing/index.ts`), and test helpers never in code that
// ships. `npm test` runs the check (module-boundaries.test.ts); `npx tsx tools/boundaries/check.ts`
// prints what it finds.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { cruise, type ICruiseResult, type IForbiddenRuleType } from 'dependency-cruiser';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';

/** What a project with `sourceTag` may import: projects with one of these tags (its own files always). */
export interface DepConstraint {
  sourceTag: string;
  onlyDependOnLibsWithTags: string[];
  /** Its test files may import these as well (the synthetic Denmark, a browser). */
  testsMayAlsoDependOn?: string[];
}

/**
 * The layer picture (docs/architecture.md): engine → model → store/letters → apps; the launcher (the
 * CLI) starts the apps; tools (benchmarks, generators of project files) may use anything but the
 * launcher. `layer:support` is what needs nothing of ours: the synthetic Denmark and the browser.
 */
export const depConstraints: DepConstraint[] = [
  { sourceTag: 'layer:support', onlyDependOnLibsWithTags: [] },
  { sourceTag: 'layer:engine', onlyDependOnLibsWithTags: [] },
  { sourceTag: 'layer:model', onlyDependOnLibsWithTags: ['layer:engine'], testsMayAlsoDependOn: ['layer:support'] },
  { sourceTag: 'layer:store', onlyDependOnLibsWithTags: ['layer:engine'] },
  { sourceTag: 'layer:letters', onlyDependOnLibsWithTags: ['layer:engine', 'layer:model', 'layer:support'] },
  { sourceTag: 'layer:app', onlyDependOnLibsWithTags: ['layer:engine', 'layer:model', 'layer:store', 'layer:letters', 'layer:support'] },
  // The workbench's browser code talks to the API over HTTP only; its tests (and their helpers in
  // src/testing/) start a real server, so they may use the apps, the store and a browser.
  { sourceTag: 'layer:web', onlyDependOnLibsWithTags: [], testsMayAlsoDependOn: ['layer:engine', 'layer:store', 'layer:support', 'layer:app'] },
  { sourceTag: 'layer:launcher', onlyDependOnLibsWithTags: ['layer:engine', 'layer:model', 'layer:store', 'layer:letters', 'layer:support', 'layer:app'] },
  { sourceTag: 'layer:tools', onlyDependOnLibsWithTags: ['layer:engine', 'layer:model', 'layer:store', 'layer:letters', 'layer:support', 'layer:app', 'layer:web'] },
];

export interface Project {
  name: string;
  /** Relative to the workspace root, e.g. "libs/engine". */
  root: string;
  tags: string[];
}

/** Every Nx project of the workspace (apps/*, libs/*, tools) with its tags. */
export function readProjects(workspace: string): Project[] {
  const roots = ['apps', 'libs'].flatMap((dir) =>
    existsSync(path.join(workspace, dir)) ? readdirSync(path.join(workspace, dir)).map((name) => `${dir}/${name}`) : [],
  );
  return [...roots, 'tools']
    .filter((root) => existsSync(path.join(workspace, root, 'project.json')))
    .map((root) => {
      const project = JSON.parse(readFileSync(path.join(workspace, root, 'project.json'), 'utf8')) as { name: string; tags?: string[] };
      return { name: project.name, root, tags: project.tags ?? [] };
    });
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const under = (roots: string[]) => `^(${roots.map(escape).join('|')})/`;
const TEST_FILE = '\\.test\\.ts$';
/** Test code: test files and the test helpers beside them (src/testing/). */
const TEST_CODE = '(\\.test\\.ts$|/src/testing/)';

/** The dependency-cruiser rules: the tag constraints per project, then the three rules of files. */
export function boundaryRules(projects: Project[], constraints: DepConstraint[] = depConstraints): IForbiddenRuleType[] {
  const rules: IForbiddenRuleType[] = [];
  for (const project of projects) {
    const constraint = constraints.find((c) => project.tags.includes(c.sourceTag));
    if (!constraint) {
      throw new Error(`${project.root}/project.json: projektet »${project.name}« har intet lag-tag (${constraints.map((c) => c.sourceTag).join(', ')}).`);
    }
    const outside = (allowed: string[]) => projects.filter((p) => p !== project && !p.tags.some((t) => allowed.includes(t))).map((p) => p.root);
    const forbidden = outside(constraint.onlyDependOnLibsWithTags);
    const forbiddenToTests = outside([...constraint.onlyDependOnLibsWithTags, ...(constraint.testsMayAlsoDependOn ?? [])]);
    const comment = `${project.name} (${constraint.sourceTag}) may only import ${constraint.onlyDependOnLibsWithTags.join(', ') || 'nothing of ours'}`;
    if (forbidden.length) {
      rules.push({ name: `layer:${project.name}`, comment, severity: 'error', from: { path: `^${escape(project.root)}/`, pathNot: TEST_CODE }, to: { path: under(forbidden) } });
    }
    if (forbiddenToTests.length) {
      rules.push({ name: `layer:${project.name}`, comment, severity: 'error', from: { path: `^${escape(project.root)}/.*${TEST_CODE}` }, to: { path: under(forbiddenToTests) } });
    }
  }
  const packages = projects.filter((p) => p.root !== 'tools').map((p) => p.root);
  rules.push(
    { name: 'no-circular', comment: 'files that import each other in a loop', severity: 'error', from: {}, to: { circular: true } },
    {
      name: 'entry-points-only',
      comment: 'another package is imported by its name (src/index.ts) or its test helpers (src/testing/index.ts), never a file inside it',
      severity: 'error',
      from: { path: '^((apps|libs)/[^/]+|tools)/' },
      to: { path: `${under(packages)}`, pathNot: ['^$1/', `${under(packages)}src/(index|testing/index)\\.ts$`] },
    },
    {
      name: 'test-helpers-stay-in-tests',
      comment: 'test helpers (src/testing/) are for tests, other test helpers and tools, never for code that ships',
      severity: 'error',
      from: { path: '^(apps|libs)/', pathNot: [TEST_FILE, '/testing/'] },
      to: { path: '/testing/' },
    },
  );
  return rules;
}

export interface Violation {
  rule: string;
  from: string;
  to: string;
  comment: string;
}

/** Cruises apps/, libs/ and tools/ of `workspace` and returns every import that breaks a rule. */
export async function checkBoundaries(workspace: string): Promise<Violation[]> {
  const projects = readProjects(workspace);
  const tsConfigFile = path.join(workspace, 'tsconfig.json');
  const dirs = ['apps', 'libs', 'tools'].filter((dir) => existsSync(path.join(workspace, dir)));
  const rules = boundaryRules(projects);
  const { output } = await cruise(
    dirs,
    {
      // Paths are reported relative to the workspace, which the rules assume.
      baseDir: workspace,
      validate: true,
      ruleSet: { forbidden: rules },
      tsPreCompilationDeps: true,
      tsConfig: { fileName: tsConfigFile },
      doNotFollow: { path: 'node_modules' },
      exclude: { path: ['node_modules', '\\.d\\.ts$'] },
    },
    {},
    { tsConfig: extractTSConfig(tsConfigFile) },
  );
  return (output as ICruiseResult).summary.violations.map((v) => ({
    rule: v.rule.name,
    from: v.from,
    to: v.cycle ? v.cycle.map((step) => step.name).join(' → ') : v.to,
    comment: rules.find((r) => r.name === v.rule.name)?.comment ?? '',
  }));
}

export const formatViolation = (v: Violation): string => `${v.rule}: ${v.from} → ${v.to} (${v.comment})`;

// The reference populations of the impact preview (issue 13): the model input folder of a registered
// run, read once with the model's reader, checked file by file against the hashes the run's run.json
// recorded (so it is the population the run used), and held parsed in memory. The folder is recorded
// in the store, so every replica finds it and reads it on first use.
import path from 'node:path';
import { weightsRules, type Problem } from '@fordeling/engine';
import { InputError, readInputs, ReferencePopulation } from '@fordeling/model';
import type { Actor, HearingStore, ModelRunRecord, RunInputsRecord } from '@fordeling/store';
import { problems } from '../http/problem.js';
import type { RulesContext } from '../rules/rules-context.js';
import { resolveInside } from '../runs/read-run-to-register.js';

export interface LoadedPopulation {
  record: RunInputsRecord;
  population: ReferencePopulation;
}

/** Populations kept in memory at once (≈ 80 MB each at scale 1). */
const KEPT = 2;

export class ReferencePopulations {
  private readonly loaded = new Map<string, Promise<LoadedPopulation>>();

  constructor(
    private readonly store: HearingStore,
    private readonly rules: RulesContext,
    private readonly runsRoot: string,
  ) {}

  /** Reads the run's input folder, checks it against the run, records it and keeps it in memory. */
  async register(runId: string, folder: string, actor: Actor): Promise<LoadedPopulation> {
    const run = await this.store.getRun(runId);
    if (!run) throw problems.notFound(`Modelkørslen »${runId}« findes ikke.`);
    const dir = await resolveInside(this.runsRoot, folder);
    const population = await this.read(run, dir, '/path');
    const record = await this.store.registerRunInputs({
      runId,
      path: path.relative(path.resolve(this.runsRoot), dir) || '.',
      files: population.inputs.reports.map(({ file, sha256 }) => ({ file, sha256 })),
      citizens: population.inputs.citizens.count,
      actor,
      ruleSets: run.run.ruleSets,
    });
    const loaded = Promise.resolve({ record, population });
    this.keep(runId, loaded);
    return loaded;
  }

  /** The population of `runId`, or of the run whose inputs were registered last; read on first use. */
  async get(runId?: string): Promise<LoadedPopulation> {
    const record = runId ? await this.store.getRunInputs(runId) : await this.store.latestRunInputs();
    if (!record) {
      const detail = runId
        ? `Modelkørslen »${runId}« har ingen registreret inputmappe. Registrér den med PUT /v1/runs/${runId}/inputs { "path": … }.`
        : 'Der er ingen referencebefolkning: registrér inputmappen til en modelkørsel med PUT /v1/runs/{id}/inputs { "path": … }.';
      throw problems.invalid(detail, [{ pointer: '/runId', message: detail }]);
    }
    const cached = this.loaded.get(record.runId);
    if (cached) {
      const held = await cached;
      if (held.record.registeredAt === record.registeredAt) return held;
    }
    const loading = (async () => {
      const run = (await this.store.getRun(record.runId))!;
      return { record, population: await this.read(run, await resolveInside(this.runsRoot, record.path), '/runId') };
    })();
    this.keep(record.runId, loading);
    return loading;
  }

  private keep(runId: string, loading: Promise<LoadedPopulation>): void {
    this.loaded.delete(runId);
    if (this.loaded.size >= KEPT) this.loaded.delete(this.loaded.keys().next().value!);
    this.loaded.set(runId, loading);
    loading.catch(() => this.loaded.delete(runId));
  }

  /** The folder read with the rules in force on the run's as-of date, each file checked against the run's hash. */
  private async read(run: ModelRunRecord, dir: string, pointer: string): Promise<ReferencePopulation> {
    const book = this.rules.bookAt(run.asOf);
    let inputs;
    try {
      inputs = await readInputs(dir, { book });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      throw problems.invalid('Inputmappen kan ikke bruges; se »errors«.', error.problems.map((p) => ({ pointer, message: describe(p) })));
    }
    const recorded = (run.run.inputs as Array<{ file: string; sha256: string }> | undefined) ?? [];
    const mismatches = recorded.filter((f) => inputs.reports.find((r) => r.file === f.file)?.sha256 !== f.sha256);
    if (recorded.length === 0 || mismatches.length > 0) {
      const detail = recorded.length === 0 ? 'Modelkørslen nævner ingen inputfiler med kontrolsum.' : `Inputmappen er ikke den, kørslen brugte: ${mismatches.map((f) => f.file).join(', ')} har en anden kontrolsum end i kørslens run.json.`;
      throw problems.invalid(detail, [{ pointer, message: detail }]);
    }
    const population = new ReferencePopulation(inputs);
    // Counted by cell now, so the first preview is as fast as the next.
    population.prepare(weightsRules.of(book));
    return population;
  }
}

function describe(p: Problem): string {
  return `${p.file}${p.line > 0 ? ` linje ${p.line}` : ''}: ${p.message}`;
}

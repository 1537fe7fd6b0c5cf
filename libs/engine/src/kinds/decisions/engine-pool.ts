import type { Engine, EngineResult } from 'json-rules-engine';

/** Idle engines kept after a burst of concurrent runs; more are built when needed and then dropped. */
const MAX_IDLE = 8;

/**
 * json-rules-engine engines built once and reused, one engine per run in progress. Reuse is safe for
 * runs one after the other: the facts, results and evaluated conditions of a run live in its own
 * almanac and rule results (json-rules-engine 7.3 clones each rule's conditions per evaluation). What
 * is NOT per run is `engine.status`: `run()` sets it to RUNNING, finishing sets it to FINISHED, and a
 * rule is skipped while it is not RUNNING — so a run finishing on a shared engine while another one
 * is between its start and its rules would make the other skip every rule. Hence never two runs on
 * one engine at the same time: a busy engine is out of the pool until its run has settled.
 */
export class EnginePool {
  private readonly idle: Engine[] = [];

  constructor(private readonly create: () => Engine) {}

  async run(facts: Record<string, unknown>): Promise<EngineResult> {
    const engine = this.idle.pop() ?? this.create();
    try {
      return await engine.run(facts);
    } finally {
      if (this.idle.length < MAX_IDLE) this.idle.push(engine);
    }
  }
}

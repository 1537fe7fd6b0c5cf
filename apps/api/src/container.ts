// The API's composition root. What varies is bound here and nowhere else: the rule kinds (plugins
// under RULE_KIND), the rule source they are loaded from (the shipped rules folder composed with the
// versions published through the store), the store (PGlite, or PostgreSQL with a URL) and the
// logger; the live rule library — reloaded whenever the store reports a publication — and the app are
// resolved from them. Libraries never see the container.
import 'reflect-metadata';
import type { Express } from 'express';
import { Container } from 'inversify';
import type { Logger } from 'pino';
import {
  CachedRuleSource,
  CompositeRuleSource,
  createRegistry,
  defaultRulesDir,
  DirectoryRuleSource,
  loadRules,
  RULE_KIND,
  standardKinds,
  type RuleKind,
  type RuleLibrary,
  type RuleSource,
} from '@fordeling/engine';
import { openStore, StoreRuleSource, type HearingStore, type OpenStoreOptions } from '@fordeling/store';
import { createApp, createLogger, type AppOptions } from './app.js';
import { LiveRuleLibrary } from './rules/live-rules.js';

export const API = {
  RuleSource: Symbol.for('fordeling.api.RuleSource'),
  LiveRules: Symbol.for('fordeling.api.LiveRuleLibrary'),
  Store: Symbol.for('fordeling.api.Store'),
  Logger: Symbol.for('fordeling.api.Logger'),
  App: Symbol.for('fordeling.api.App'),
} as const;

export interface ComposeOptions extends OpenStoreOptions, Partial<Omit<AppOptions, 'store' | 'library'>> {
  rulesDir?: string;
  kinds?: readonly RuleKind[];
}

export interface ComposedApi {
  app: Express;
  store: HearingStore;
  /** The library served now; throws (Danish) while the rules are unavailable. */
  readonly library: RuleLibrary;
  /** The live library: its status, and reload() after a publication. */
  rules: LiveRuleLibrary;
  logger: Logger;
  container: Container;
  close(): Promise<void>;
}

function apiContainer(options: ComposeOptions): Container {
  const { rulesDir = defaultRulesDir, kinds = standardKinds, dataDir, databaseUrl, backend, groupCommit, ...appOptions } = options;
  const container = new Container({ defaultScope: 'Singleton' });
  for (const kind of kinds) container.bind<RuleKind>(RULE_KIND).toConstantValue(kind);
  // The shipped folder is read once (it changes only with a deploy); the store is asked on every load.
  container
    .bind<RuleSource>(API.RuleSource)
    .toResolvedValue((store: HearingStore) => new CompositeRuleSource([new CachedRuleSource(new DirectoryRuleSource(rulesDir)), new StoreRuleSource(store)]), [API.Store]);
  container.bind<HearingStore>(API.Store).toResolvedValue(() => openStore({ dataDir, databaseUrl, backend, groupCommit }));
  container.bind<Logger>(API.Logger).toConstantValue(appOptions.logger ?? createLogger());
  container
    .bind<LiveRuleLibrary>(API.LiveRules)
    .toResolvedValue(
      (bound: RuleKind[], source: RuleSource, logger: Logger) => {
        const registry = createRegistry(bound);
        return LiveRuleLibrary.start(registry, () => loadRules(source, registry), { logger, clock: appOptions.clock });
      },
      [{ serviceIdentifier: RULE_KIND, isMultiple: true }, API.RuleSource, API.Logger],
    );
  container
    .bind<Express>(API.App)
    .toResolvedValue(
      (store: HearingStore, rules: LiveRuleLibrary, logger: Logger) => createApp({ ...appOptions, store, rules, logger }),
      [API.Store, API.LiveRules, API.Logger],
    );
  return container;
}

/**
 * Opens the store, loads the rules and builds the app, and keeps the rules live: every publication
 * the store reports (this process on PGlite, any replica on PostgreSQL) reloads the library.
 */
export async function composeApi(options: ComposeOptions = {}): Promise<ComposedApi> {
  const container = apiContainer(options);
  const app = await container.getAsync<Express>(API.App);
  const store = await container.getAsync<HearingStore>(API.Store);
  const rules = await container.getAsync<LiveRuleLibrary>(API.LiveRules);
  const logger = container.get<Logger>(API.Logger);
  const stopWatching = await store.watchRuleVersions(() => {
    void rules.reload();
  });
  return {
    app,
    store,
    get library() {
      const library = rules.library;
      if (!library) throw new Error(`Regelsættene kan ikke bruges: ${rules.status().problems[0]?.message ?? 'ukendt fejl'}`);
      return library;
    },
    rules,
    logger,
    container,
    close: async () => {
      await stopWatching();
      await store.close();
    },
  };
}

// The API's composition root. What varies is bound here and nowhere else: the rule kinds (plugins
// under RULE_KIND), the rule source they are loaded from (the rules folder), the store (PGlite, or PostgreSQL with a
// URL) and the logger; the rule library and the app are resolved from them. Libraries never see the
// container.
import 'reflect-metadata';
import type { Express } from 'express';
import { Container } from 'inversify';
import type { Logger } from 'pino';
import { createRegistry, defaultRulesDir, DirectoryRuleSource, loadRules, RULE_KIND, standardKinds, type RuleKind, type RuleLibrary, type RuleSource } from '@fordeling/engine';
import { openStore, type HearingStore, type OpenStoreOptions } from '@fordeling/store';
import { createApp, createLogger, type AppOptions } from './app.js';

export const API = {
  RuleSource: Symbol.for('fordeling.api.RuleSource'),
  Library: Symbol.for('fordeling.api.RuleLibrary'),
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
  library: RuleLibrary;
  logger: Logger;
  container: Container;
  close(): Promise<void>;
}

function apiContainer(options: ComposeOptions): Container {
  const { rulesDir = defaultRulesDir, kinds = standardKinds, dataDir, databaseUrl, backend, groupCommit, ...appOptions } = options;
  const container = new Container({ defaultScope: 'Singleton' });
  for (const kind of kinds) container.bind<RuleKind>(RULE_KIND).toConstantValue(kind);
  container.bind<RuleSource>(API.RuleSource).toConstantValue(new DirectoryRuleSource(rulesDir));
  container.bind<HearingStore>(API.Store).toResolvedValue(() => openStore({ dataDir, databaseUrl, backend, groupCommit }));
  container.bind<Logger>(API.Logger).toConstantValue(appOptions.logger ?? createLogger());
  container
    .bind<RuleLibrary>(API.Library)
    .toResolvedValue((bound: RuleKind[], source: RuleSource) => loadRules(source, createRegistry(bound)), [{ serviceIdentifier: RULE_KIND, isMultiple: true }, API.RuleSource]);
  container
    .bind<Express>(API.App)
    .toResolvedValue(
      (store: HearingStore, library: RuleLibrary, logger: Logger) => createApp({ ...appOptions, store, library, logger }),
      [API.Store, API.Library, API.Logger],
    );
  return container;
}

/** Loads the rules, opens the store and builds the app: the container resolves the app and what it needs. */
export async function composeApi(options: ComposeOptions = {}): Promise<ComposedApi> {
  const container = apiContainer(options);
  const app = await container.getAsync<Express>(API.App);
  const store = await container.getAsync<HearingStore>(API.Store);
  return {
    app,
    store,
    library: await container.getAsync<RuleLibrary>(API.Library),
    logger: container.get<Logger>(API.Logger),
    container,
    close: () => store.close(),
  };
}

// The API's composition root: rule kinds are plugins bound under RULE_KIND; the store, the rule
// library and the app are bound here and nowhere else. Libraries never see the container.
import 'reflect-metadata';
import type { Express } from 'express';
import { Container } from 'inversify';
import type { Logger } from 'pino';
import { createRegistry, defaultRulesDir, loadRules, RULE_KIND, standardKinds, type RuleKind, type RuleLibrary } from '@fordeling/engine';
import { openStore, type HearingStore, type OpenStoreOptions } from '@fordeling/store';
import { createApp, createLogger, type AppOptions } from './app.js';

export const API = {
  Store: Symbol.for('fordeling.api.Store'),
  Library: Symbol.for('fordeling.api.RuleLibrary'),
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

/** Loads the rules, opens the store (PGlite, or PostgreSQL when a URL is given) and builds the app. */
export async function composeApi(options: ComposeOptions = {}): Promise<ComposedApi> {
  const { rulesDir = defaultRulesDir, kinds = standardKinds, dataDir, databaseUrl, backend, groupCommit, ...appOptions } = options;
  const container = new Container();
  for (const kind of kinds) container.bind<RuleKind>(RULE_KIND).toConstantValue(kind);
  const library = await loadRules(rulesDir, createRegistry(container.getAll<RuleKind>(RULE_KIND)));
  const store = await openStore({ dataDir, databaseUrl, backend, groupCommit });
  container.bind<Logger>(API.Logger).toConstantValue(appOptions.logger ?? createLogger());
  container.bind<HearingStore>(API.Store).toConstantValue(store);
  container.bind<RuleLibrary>(API.Library).toConstantValue(library);
  container
    .bind<Express>(API.App)
    .toDynamicValue((ctx) => createApp({ ...appOptions, store: ctx.get<HearingStore>(API.Store), library: ctx.get<RuleLibrary>(API.Library), logger: ctx.get<Logger>(API.Logger) }))
    .inSingletonScope();
  return {
    app: container.get<Express>(API.App),
    store,
    library,
    logger: container.get<Logger>(API.Logger),
    container,
    close: () => store.close(),
  };
}

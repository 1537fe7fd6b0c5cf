// The `fordeling` command: one file per command under ./commands, each exporting
// `run(argv): Promise<number>` (the exit code). Messages to users are Danish.
const commands: Record<string, { summary: string; load: () => Promise<{ run(argv: string[]): Promise<number> }> }> = {
  demo: { summary: 'Hovedkørslen på et syntetisk Danmark (synth + run, med cache)', load: () => import('./commands/demo.js') },
  rules: { summary: 'Regelsæt: validate | list | diff | test | new | publish | log | history | explore', load: () => import('./commands/rules.js') },
  decide: { summary: 'Afgør en anmodning om kapacitet (JSON på stdin)', load: () => import('./commands/decide.js') },
  explain: { summary: 'Forklar én borgers sygdomsvægt trin for trin', load: () => import('./commands/explain.js') },
  synth: { summary: 'Dan et syntetisk Danmark (CSV-filer)', load: () => import('./commands/synth.js') },
  run: { summary: 'Den nationale model: vægte, lofter, minimumspatienttal', load: () => import('./commands/run.js') },
  serve: { summary: 'Start HTTP-API’et', load: () => import('./commands/serve.js') },
  tokens: { summary: 'API’ets adgangsnøgler: list | create | revoke (også mens serveren kører)', load: () => import('./commands/tokens.js') },
  letters: { summary: 'Dan breve til klinikkerne (HTML/PDF)', load: () => import('./commands/letters.js') },
};

function usage(): string {
  const lines = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(8)} ${c.summary}`);
  return ['Brug: fordeling <kommando> [tilvalg]', '', 'Kommandoer:', ...lines, '', 'Hjælp til en kommando: fordeling <kommando> --help'].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    console.log(usage());
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    console.error(`Ukendt kommando »${name}«.\n\n${usage()}`);
    return 2;
  }
  return (await command.load()).run(rest);
}

// A reader that stops early (`| head`) closes the pipe: that is the end of the output, not a failure.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // An unexpected failure still ends with a Danish message and a non-zero code, never a raw stack
    // alone; the stack follows for developers.
    console.error(`Uventet fejl: ${error instanceof Error ? error.message : String(error)}`);
    if (error instanceof Error && error.stack) console.error(error.stack);
    process.exitCode = 70;
  },
);

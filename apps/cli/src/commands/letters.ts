// `fordeling letters`: delegates to the letters app (apps/letters), which has its own composition root.
export async function run(argv: string[]): Promise<number> {
  const { runLettersCli } = await import('@fordeling/letters-app');
  return runLettersCli(argv);
}

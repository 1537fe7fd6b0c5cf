import cliProgress from 'cli-progress';
import type { GenerateListener } from './letters-app.js';

/** A cli-progress bar on stderr (silent when stderr is not a terminal), plus Danish warnings. */
export function progressListener(label: string): GenerateListener & { counts: Record<'written' | 'skipped' | 'failed', number> } {
  const counts = { written: 0, skipped: 0, failed: 0 };
  const bar = new cliProgress.SingleBar(
    {
      format: `${label} [{bar}] {value}/{total} breve · {written} skrevet, {skipped} uændrede, {failed} fejl · {eta_formatted}`,
      stream: process.stderr,
      noTTYOutput: false,
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  return {
    counts,
    start: (total) => bar.start(total, 0, counts),
    letter: (status) => {
      counts[status]++;
      bar.increment(1, counts);
    },
    stop: () => bar.stop(),
    warn: (message) => console.error(`Advarsel: ${message}`),
  };
}

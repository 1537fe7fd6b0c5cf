import cliProgress from 'cli-progress';
import { formatNumber } from '@fordeling/engine';

/** A progress display on stderr: a bar on a terminal, a few plain lines otherwise (CI logs). */
export interface StageProgress {
  update(done: number, total: number): void;
  stop(): void;
}

export function stageProgress(label: string): StageProgress {
  if (process.stderr.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        stream: process.stderr,
        format: `${label.padEnd(22)} {bar} {percentage} % | {value} af {total}`,
        // Danish thousands separators for the counts.
        formatValue: (value, options, type) => (type === 'value' || type === 'total' ? formatNumber(value) : cliProgress.Format.ValueFormat(value, options, type)),
        hideCursor: true,
        clearOnComplete: false,
      },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    return {
      update(done, total) {
        if (!started) bar.start(total, done);
        else bar.update(done);
        started = true;
      },
      stop: () => {
        if (started) bar.stop();
      },
    };
  }
  let lastTenth = -1;
  return {
    update(done, total) {
      const tenth = total ? Math.floor((done / total) * 10) : 10;
      if (tenth === lastTenth) return;
      lastTenth = tenth;
      process.stderr.write(`${label}: ${tenth * 10} %\n`);
    },
    stop: () => undefined,
  };
}

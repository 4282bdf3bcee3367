import type { OutputStream } from '../io.js';

/** Up to this many briefs build too fast for a bar to be worth drawing. */
export const PROGRESS_THRESHOLD = 5;
const WIDTH = 24;

export interface Progress {
  tick(): void;
  done(): void;
}

/**
 * A progress bar on stderr for a series of more than a handful of briefs: redrawn in place on a terminal,
 * and in a log (no terminal) one line at each quarter, so CI output stays readable.
 */
export function progressBar(total: number, stream: OutputStream, label: string): Progress {
  if (total <= PROGRESS_THRESHOLD) return { tick: () => undefined, done: () => undefined };
  let count = 0;
  let drawn = -1;
  const tty = stream.isTTY === true;
  const bar = () => {
    const filled = Math.round((count / total) * WIDTH);
    return `[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${count}/${total} ${label}`;
  };
  return {
    tick() {
      count++;
      if (tty) {
        const filled = Math.round((count / total) * WIDTH * 4);
        if (filled === drawn && count !== total) return;
        drawn = filled;
        stream.write(`\r${bar()}`);
      } else {
        const quarter = Math.floor((count / total) * 4);
        if (quarter === drawn || quarter === 0) return;
        drawn = quarter;
        stream.write(`${bar()}\n`);
      }
    },
    done() {
      if (tty && count > 0) stream.write('\n');
    },
  };
}

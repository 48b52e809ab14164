/** Progress on stderr: a redrawn bar when stderr is a terminal, one plain line per step otherwise (logs, pipes). */
import type { Io } from "./main.js";

export interface Progress {
  /** One more step done; `label` names it (a file). */
  tick(label: string): void;
  /** Clears the bar; plain lines stay. */
  done(): void;
}

const WIDTH = 24;

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `…${text.slice(text.length - max + 1)}`;
}

export function createProgress(io: Io, total: number, verb: string): Progress {
  let count = 0;
  if (!io.isTTY) {
    return {
      tick(label) {
        count++;
        io.stderr(`${verb} ${count}/${total} ${label}\n`);
      },
      done() {},
    };
  }
  return {
    tick(label) {
      count++;
      const filled = total === 0 ? WIDTH : Math.round((WIDTH * Math.min(count, total)) / total);
      // \r and "erase line" redraw the bar in place.
      io.stderr(
        `\r\x1b[2K${verb} [${"#".repeat(filled)}${"-".repeat(WIDTH - filled)}] ${count}/${total} ${shorten(label, 40)}`,
      );
    },
    done() {
      io.stderr("\r\x1b[2K");
    },
  };
}

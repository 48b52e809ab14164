/** A captured Io for command tests. */
import type { Io } from "../src/main.js";

export function capture(options: { isTTY?: boolean; signal?: AbortSignal } = {}): Io & {
  out: string;
  err: string;
} {
  const io = {
    out: "",
    err: "",
    isTTY: options.isTTY ?? false,
    signal: options.signal,
    stdout: (t: string) => {
      io.out += t;
    },
    stderr: (t: string) => {
      io.err += t;
    },
  };
  return io;
}

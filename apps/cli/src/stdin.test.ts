/** Reading a password line from a pipe, and typed keys from a terminal in raw mode. */
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { readHiddenFrom, readLineFrom } from "./stdin.js";

function terminal() {
  const stream = new PassThrough() as PassThrough & { setRawMode(mode: boolean): void };
  const modes: boolean[] = [];
  stream.setRawMode = (mode: boolean) => {
    modes.push(mode);
  };
  return { stream, modes };
}

describe("readLineFrom", () => {
  it("returns the first line without its ending, however the bytes arrive", async () => {
    const pipe = new PassThrough();
    const line = readLineFrom(pipe);
    // "pässwörd" with the ä split across two chunks.
    const bytes = Buffer.from("pässwörd 1\r\nsecond line\n");
    pipe.write(bytes.subarray(0, 2));
    pipe.write(bytes.subarray(2));
    expect(await line).toBe("pässwörd 1");
    expect(pipe.isPaused()).toBe(true);
  });

  it("takes text without a final newline, and null from empty input", async () => {
    const pipe = new PassThrough();
    const line = readLineFrom(pipe);
    pipe.end("no newline at the end");
    expect(await line).toBe("no newline at the end");

    const empty = new PassThrough();
    const none = readLineFrom(empty);
    empty.end();
    expect(await none).toBeNull();
  });
});

describe("readHiddenFrom", () => {
  it("reads typed keys in raw mode until Enter, applying Backspace and Ctrl-U, dropping arrow keys", async () => {
    const { stream, modes } = terminal();
    const typed = readHiddenFrom(stream);
    stream.write("wrong\x15ab");
    stream.write("x\x7fc\x1b[Dd");
    stream.write("\x1bOCé\rafter");
    expect(await typed).toBe("abcdé");
    // Raw mode on while typing, then back to normal.
    expect(modes).toEqual([true, false]);
  });

  it("returns null on Ctrl-C, and on Ctrl-D before any key", async () => {
    const interrupted = terminal();
    const first = readHiddenFrom(interrupted.stream);
    interrupted.stream.write("half typed\x03");
    expect(await first).toBeNull();
    expect(interrupted.modes).toEqual([true, false]);

    const closed = terminal();
    const second = readHiddenFrom(closed.stream);
    closed.stream.write("\x04");
    expect(await second).toBeNull();

    // Ctrl-D after some keys is ignored, as a terminal does.
    const typed = terminal();
    const third = readHiddenFrom(typed.stream);
    typed.stream.write("abc\x04def\n");
    expect(await third).toBe("abcdef");
  });
});

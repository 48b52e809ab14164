/** Reading passwords: one line piped on stdin (scripts), or typed on the terminal with nothing shown. */
/** The part of a tty.ReadStream the hidden prompt needs. */
interface RawInput extends NodeJS.ReadableStream {
  setRawMode(mode: boolean): unknown;
}

export interface Stdin {
  /** Whether stdin is a terminal someone can type a hidden password on. */
  isTTY: boolean;
  /** The next line of stdin without its line ending; null when the input ends before any text. */
  readLine(): Promise<string | null>;
  /** One line typed on the terminal, echoing nothing; null when cancelled (Ctrl-C, or Ctrl-D on an empty line). */
  readHidden(): Promise<string | null>;
}

export function readLineFrom(stdin: NodeJS.ReadableStream): Promise<string | null> {
  stdin.setEncoding("utf8");
  return new Promise((resolve, reject) => {
    let text = "";
    const finish = (line: string | null) => {
      stdin.off("data", onData);
      stdin.off("end", onEnd);
      stdin.off("error", onError);
      // Paused, stdin no longer keeps the process alive.
      stdin.pause();
      resolve(line === null ? null : line.replace(/\r$/, ""));
    };
    const onData = (chunk: string) => {
      text += chunk;
      const end = text.indexOf("\n");
      if (end >= 0) finish(text.slice(0, end));
    };
    const onEnd = () => finish(text === "" ? null : text);
    const onError = (error: Error) => {
      stdin.off("data", onData);
      stdin.off("end", onEnd);
      reject(error);
    };
    stdin.on("data", onData);
    stdin.once("end", onEnd);
    stdin.once("error", onError);
    stdin.resume();
  });
}

/**
 * Raw mode hands over every key as typed, so the terminal echoes nothing; line editing is reduced
 * to Backspace and Ctrl-U, and escape sequences (arrow keys) are dropped rather than stored.
 */
export function readHiddenFrom(stdin: RawInput): Promise<string | null> {
  stdin.setEncoding("utf8");
  return new Promise((resolve) => {
    let text = "";
    let inEscape: "none" | "start" | "sequence" = "none";
    const finish = (value: string | null) => {
      stdin.off("data", onData);
      stdin.setRawMode(false);
      stdin.pause();
      resolve(value);
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (inEscape === "start") {
          inEscape = char === "[" || char === "O" ? "sequence" : "none";
          continue;
        }
        if (inEscape === "sequence") {
          if (char >= "@" && char <= "~") inEscape = "none";
          continue;
        }
        if (char === "\r" || char === "\n") return finish(text);
        if (char === "\x03") return finish(null);
        if (char === "\x04") {
          if (text === "") return finish(null);
        } else if (char === "\x7f" || char === "\b") {
          text = Array.from(text).slice(0, -1).join("");
        } else if (char === "\x15") {
          text = "";
        } else if (char === "\x1b") {
          inEscape = "start";
        } else if (char >= " ") {
          text += char;
        }
      }
    };
    stdin.setRawMode(true);
    stdin.on("data", onData);
    stdin.resume();
  });
}

export const processStdin: Stdin = {
  get isTTY() {
    return Boolean(process.stdin.isTTY);
  },
  readLine: () => readLineFrom(process.stdin),
  readHidden: () => readHiddenFrom(process.stdin as RawInput),
};

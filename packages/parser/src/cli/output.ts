import type { Writable } from "node:stream";

/**
 * Writes to a stream and waits for it to drain when its buffer is full, so a
 * large batch never piles its output up in memory.
 */
export function writer(stream: Writable): (chunk: string) => Promise<void> {
  return (chunk) =>
    new Promise((resolve, reject) => {
      if (stream.write(chunk)) resolve();
      else {
        const onDrain = () => {
          stream.off("error", onError);
          resolve();
        };
        const onError = (error: Error) => {
          stream.off("drain", onDrain);
          reject(error);
        };
        stream.once("drain", onDrain);
        stream.once("error", onError);
      }
    });
}

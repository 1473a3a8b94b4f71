/** A one-line progress bar on stderr when it is a terminal; occasional lines otherwise. */
export function progressBar(label: string) {
  const tty = process.stderr.isTTY;
  let lastPercent = -1;
  return {
    update(done: number, total: number) {
      const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
      if (tty) {
        const width = 30;
        const filled = Math.round((percent / 100) * width);
        process.stderr.write(`\r${label} [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total}`);
        if (done === total) process.stderr.write("\n");
      } else if (percent >= lastPercent + 10 || done === total) {
        process.stderr.write(`${label} ${done}/${total}\n`);
        lastPercent = percent;
      }
    },
  };
}

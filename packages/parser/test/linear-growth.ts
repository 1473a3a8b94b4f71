/**
 * How many times longer a run takes on an input `factor` times as long, each side timed as the
 * best of a few runs taken back to back. A ratio, not a wall-clock bound: a fixed bound failed
 * under CI load on code that stayed linear. Timed in CPU time of the process, not wall time:
 * on a loaded machine a run of a few milliseconds may wait tens of milliseconds for a core,
 * which made the wall-time ratio swing between 3 and 40 on linear code.
 * Linear work gives about `factor`, quadratic work about `factor` squared.
 *
 * `prepare(scale)` builds the input at that scale (not timed: building a test's doc may cost
 * more than the stage under test on a small input) and returns the run that is timed.
 */
export function growthRatio(prepare: (scale: number) => () => unknown, factor: number, attempts = 2): number {
  // warm caches and compiled code on both sides first: the first runs of a large input cost
  // several times the later ones, which alone made linear code look quadratic
  for (let i = 0; i < 3; i++) prepare(1)();
  prepare(factor)();
  // the lowest of two measures: at load 15–20 on two cores one measure of linear code read 31–36
  // where it reads 13 quiet; quadratic code reads 60 and more every time, so it still fails
  let lowest = Number.POSITIVE_INFINITY;
  for (let i = 0; i < attempts; i++) {
    const small = bestTime(() => prepare(1), 7);
    const large = bestTime(() => prepare(factor), 3);
    lowest = Math.min(lowest, large / Math.max(small, 0.5));
  }
  return lowest;
}

function bestTime(prepare: () => () => unknown, tries: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < tries; i++) {
    const run = prepare();
    const started = process.cpuUsage();
    run();
    const spent = process.cpuUsage(started);
    best = Math.min(best, (spent.user + spent.system) / 1000);
  }
  return best;
}

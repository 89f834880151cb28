// The built-in generator: a stream of lines of words with no server. A seeded PRNG
// (mulberry32) makes the same lines for the same seed; words come from a vocabulary,
// uniformly or with Zipf's law (the first words are the frequent ones).

/** mulberry32: a small, fast, well-mixed 32-bit PRNG; returns floats in [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = a;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/** A function giving word indexes in [0, n) by the distribution. */
function picker(random, n, distribution) {
  if (distribution !== "zipf") return () => Math.floor(random() * n);
  const weights = Array.from({ length: n }, (_, i) => 1 / (i + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const cumulative = [];
  let acc = 0;
  for (const w of weights) cumulative.push((acc += w / total));
  return () => {
    const r = random();
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < r) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

/** Makes lines: `next(count)` returns the next `count` lines of the stream. */
export function lineMaker({ seed = 1, vocabulary, wordsPerLine = 5, distribution = "uniform" }) {
  const words = vocabulary.length ? vocabulary : ["spark"];
  const pick = picker(mulberry32(seed), words.length, distribution);
  return (count) => {
    const lines = new Array(count);
    for (let i = 0; i < count; i++) {
      const line = new Array(wordsPerLine);
      for (let j = 0; j < wordsPerLine; j++) line[j] = words[pick()];
      lines[i] = line.join(" ");
    }
    return lines;
  };
}

/** Pushes `rate` lines per second through `push(lines)` in 100 ms ticks until stopped. */
export class Generator {
  constructor(push) {
    this.push = push;
    this.timer = null;
  }

  get running() {
    return this.timer !== null;
  }

  start(settings) {
    this.stop();
    const next = lineMaker(settings);
    let owed = 0;
    this.timer = setInterval(() => {
      owed += settings.rate / 10;
      const n = Math.floor(owed);
      owed -= n;
      if (n > 0) this.push(next(n));
    }, 100);
  }

  stop() {
    clearInterval(this.timer);
    this.timer = null;
  }
}

// Synthetic release texts for the log benches (scripts/bench/body-search.ts, scripts/bench/log-bodies.ts): the
// corpus median's size (~3,400 characters, 8 paragraphs of 60 words) with a realistic vocabulary. Words every
// release repeats, then a long tail: a text draws half its words from COMMON and half from 30,000 made-up words,
// skewed towards the start of the list, so a body has a few hundred distinct words and the log tens of thousands,
// as a real log has. Every 100th text holds a rare marker word (zebracorn<i>) for a selective query.

export const COMMON_WORDS = 'port terminal operators trial driverless tractors quay section rail interchange control room crews quarter blocks pricing fleet the and of to in for'.split(' ');
const SYLLABLES = 'ka lo mi ne ru sa ti vo be da fe gi ho ju ly pe'.split(' ');
const TAIL = Array.from({ length: 30_000 }, (_, w) => {
  let word = '';
  for (let n = w + 16 * 16; n > 0; n = Math.floor(n / 16)) word += SYLLABLES[n % 16];
  return word;
});

// A small seeded generator (mulberry32): the same log on every run.
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function benchBody(i: number): { html: string; text: string } {
  const next = random(i + 1);
  const word = () => (next() < 0.5 ? COMMON_WORDS[Math.floor(next() * COMMON_WORDS.length)]! : TAIL[Math.floor(TAIL.length * next() ** 3)]!);
  const paragraphs = Array.from({ length: 8 }, () => Array.from({ length: 60 }, word).join(' '));
  if (i % 100 === 0) paragraphs.push(`Rare marker word zebracorn${i}.`);
  return { html: paragraphs.map((p) => `<p>${p}</p>`).join(''), text: paragraphs.join('\n\n') };
}

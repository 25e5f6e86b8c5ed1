// The answers of a pure function, kept for the last few inputs: asked again, it answers from memory.
// Bounded, so a long session cannot grow it; the oldest answer goes first.

export function boundedMemo<I, T>(answer: (input: I) => T, keyOf: (input: I) => string, kept: number): (input: I) => T {
  const answers = new Map<string, T>();
  // The keys in the order they came, as a ring: the oldest is found at once, where walking the map to its first
  // key steps over every entry deleted since the map last compacted (a pass per answer on a stream of new inputs).
  const order: string[] = [];
  let oldest = 0;
  return (input) => {
    const key = keyOf(input);
    if (answers.has(key)) return answers.get(key) as T;
    const value = answer(input);
    if (order.length < kept) order.push(key);
    else {
      answers.delete(order[oldest] as string);
      order[oldest] = key;
      oldest = (oldest + 1) % kept;
    }
    answers.set(key, value);
    return value;
  };
}

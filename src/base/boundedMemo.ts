// The answers of a pure function, kept for the last few inputs: asked again, it answers from memory.
// Bounded, so a long session cannot grow it; the oldest answer goes first.

export function boundedMemo<I, T>(answer: (input: I) => T, keyOf: (input: I) => string, kept: number): (input: I) => T {
  const answers = new Map<string, T>();
  return (input) => {
    const key = keyOf(input);
    if (answers.has(key)) return answers.get(key) as T;
    const value = answer(input);
    if (answers.size >= kept) answers.delete(answers.keys().next().value as string);
    answers.set(key, value);
    return value;
  };
}

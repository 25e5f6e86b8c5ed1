// The answers of a pure function of one string, kept for the last few inputs: asked again, it answers
// from memory. Bounded, so a long session cannot grow it; the oldest answer goes first.

export function boundedMemo<T>(answer: (input: string) => T, kept: number): (input: string) => T {
  const answers = new Map<string, T>();
  return (input) => {
    if (answers.has(input)) return answers.get(input) as T;
    const value = answer(input);
    if (answers.size >= kept) answers.delete(answers.keys().next().value as string);
    answers.set(input, value);
    return value;
  };
}

/**
 * globalState as the extension host keeps it (ExtHostMemento): a write shows at once and sends the whole
 * value to the main side; the main side stores each value it is sent, in order, and echoes it back, which
 * replaces the whole value in the host, before it answers the write. `deliver` hands over the oldest write
 * still under way.
 */
export function echoingMemento() {
  let value = new Map<string, unknown>();
  let stored = new Map<string, unknown>();
  const underWay: { sent: Map<string, unknown>; answer: () => void }[] = [];
  return {
    get: <T>(key: string) => structuredClone(value.get(key)) as T | undefined,
    update: (key: string, written: unknown): Promise<void> => {
      value = new Map(value).set(key, structuredClone(written));
      return new Promise<void>((answer) => underWay.push({ sent: value, answer }));
    },
    /** The main side takes the oldest write under way, echoes it and answers it; false when none is left. */
    deliver: (): boolean => {
      const next = underWay.shift();
      if (!next) return false;
      stored = next.sent;
      value = next.sent;
      next.answer();
      return true;
    },
    deliverAll(): void {
      while (this.deliver());
    },
    /** What is on disk: what a reloaded window reads. */
    stored: <T>(key: string) => structuredClone(stored.get(key)) as T | undefined,
  };
}

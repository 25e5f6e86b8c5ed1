// globalState as this window wrote it. The extension host's memento takes a write at once, but each
// write also comes back from the main side later and replaces the memento's whole value (ExtHostMemento's
// onDidChangeStorage). Until a write's own echo is back, an earlier write's echo can stand in its place:
// a read misses the write (a contact created a moment ago is not found by the duplicate check), and the
// next write of any other key sends that earlier value to disk, losing the write for good.
import { KeyValueStorage } from './workspaceStorage';

export class OwnWritesFirst implements KeyValueStorage {
  /** Key → this window's write of it that the main side has not taken yet. */
  private readonly untaken = new Map<string, { value: unknown }>();

  constructor(private readonly memento: KeyValueStorage) {}

  get<T>(key: string): T | undefined {
    const own = this.untaken.get(key);
    return own ? (own.value as T) : this.memento.get<T>(key);
  }

  update(key: string, value: unknown): PromiseLike<void> {
    // A copy, as the memento keeps: the caller may change its object after writing it.
    const write = { value: value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as unknown) };
    this.untaken.set(key, write);
    // The memento sends its whole value with this write: the other writes not taken yet go again with
    // it, in case an earlier echo has replaced them meanwhile.
    // A failure is the caller's to hear, through its own write's answer.
    for (const [other, pending] of this.untaken)
      if (other !== key) this.memento.update(other, pending.value).then(undefined, () => undefined);
    // The main side echoes a write before it answers it, so once answered the memento holds it.
    return Promise.resolve(this.memento.update(key, write.value)).finally(() => {
      if (this.untaken.get(key) === write) this.untaken.delete(key);
    });
  }
}

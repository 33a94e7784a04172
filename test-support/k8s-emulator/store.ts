/**
 * The in-memory object store: one resourceVersion counter for everything (as etcd's revision),
 * a history of watch events so a watch can resume from any resourceVersion, and listeners for
 * open watches.
 */
import type { ResourceType } from './kinds.js';
import { clone, meta, nameOf, namespaceOf, type KObj } from './objects.js';

export type EventType = 'ADDED' | 'MODIFIED' | 'DELETED';

export interface StoreEvent {
  readonly type: EventType;
  readonly typeKey: string;
  readonly rv: number;
  readonly object: KObj;
}

export const typeKeyOf = (t: ResourceType): string => `${t.group}/${t.plural}`;
const objectKey = (t: ResourceType, namespace: string | undefined, name: string): string =>
  `${typeKeyOf(t)}|${t.namespaced ? (namespace ?? '') : ''}|${name}`;

export class Store {
  private revision = 1;
  private readonly objects = new Map<string, KObj>();
  private readonly history: StoreEvent[] = [];
  private readonly listeners = new Set<(e: StoreEvent) => void>();

  get resourceVersion(): number {
    return this.revision;
  }

  get(t: ResourceType, namespace: string | undefined, name: string): KObj | undefined {
    return clone(this.objects.get(objectKey(t, namespace, name)));
  }

  list(t: ResourceType, namespace?: string): KObj[] {
    const prefix = `${typeKeyOf(t)}|`;
    const out: KObj[] = [];
    for (const [key, obj] of this.objects) {
      if (!key.startsWith(prefix)) continue;
      if (namespace !== undefined && t.namespaced && namespaceOf(obj) !== namespace) continue;
      out.push(clone(obj));
    }
    return out.sort((a, b) =>
      `${namespaceOf(a) ?? ''}/${nameOf(a)}`.localeCompare(`${namespaceOf(b) ?? ''}/${nameOf(b)}`),
    );
  }

  /** Stores the object with a new resourceVersion and notifies watches; returns the stored copy. */
  write(t: ResourceType, obj: KObj): KObj {
    const key = objectKey(t, namespaceOf(obj), nameOf(obj));
    const type: EventType = this.objects.has(key) ? 'MODIFIED' : 'ADDED';
    this.revision += 1;
    const stored = clone(obj);
    meta(stored).resourceVersion = String(this.revision);
    this.objects.set(key, stored);
    this.emit({ type, typeKey: typeKeyOf(t), rv: this.revision, object: clone(stored) });
    return clone(stored);
  }

  remove(t: ResourceType, namespace: string | undefined, name: string): KObj | undefined {
    const key = objectKey(t, namespace, name);
    const existing = this.objects.get(key);
    if (!existing) return undefined;
    this.objects.delete(key);
    this.revision += 1;
    const gone = clone(existing);
    meta(gone).resourceVersion = String(this.revision);
    this.emit({ type: 'DELETED', typeKey: typeKeyOf(t), rv: this.revision, object: clone(gone) });
    return gone;
  }

  /** Events after `rv` (for resuming a watch). */
  since(rv: number): StoreEvent[] {
    return this.history.filter((e) => e.rv > rv);
  }

  subscribe(listener: (e: StoreEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(event: StoreEvent): void {
    this.history.push(event);
    for (const listener of this.listeners) listener(event);
  }
}

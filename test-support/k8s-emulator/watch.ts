/**
 * Watches (`?watch=true`): a chunked stream of JSON watch events, as client-go's watch decoder
 * reads them. With `resourceVersion=N` the stream resumes after N (the store keeps its whole
 * history); without one (or "0") it starts with an ADDED event per current object. With
 * `sendInitialEvents=true` (client-go's WatchList) it ends the initial list with a bookmark.
 */
import type { ServerResponse } from 'node:http';
import type { Api, Route } from './api.js';
import { apiVersionOf } from './kinds.js';
import { matchesFields, matchesLabels, namespaceOf, type KObj } from './objects.js';
import { typeKeyOf, type StoreEvent } from './store.js';

const DEFAULT_TIMEOUT_S = 1800;

export function serveWatch(
  api: Api,
  route: Route,
  query: URLSearchParams,
  res: ServerResponse,
  track: (close: () => void) => () => void,
): void {
  const t = route.type;
  const key = typeKeyOf(t);
  const labelSelector = query.get('labelSelector') ?? undefined;
  const fieldSelector = query.get('fieldSelector') ?? undefined;
  const matches = (obj: KObj): boolean =>
    (route.namespace === undefined || !t.namespaced || namespaceOf(obj) === route.namespace) &&
    matchesLabels(obj, labelSelector) &&
    matchesFields(obj, fieldSelector);

  res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-cache' });
  // Send the headers now: client-go blocks in Watch() until they arrive, and a client that
  // stops watching before any event would otherwise hang.
  res.flushHeaders();
  const send = (type: string, object: KObj): void => {
    res.write(`${JSON.stringify({ type, object })}\n`);
  };
  const onEvent = (e: StoreEvent): void => {
    if (e.typeKey === key && matches(e.object)) send(e.type, e.object);
  };

  const rv = query.get('resourceVersion') ?? '';
  if (query.get('sendInitialEvents') === 'true') {
    for (const obj of api.list(t, route.namespace, query)) send('ADDED', obj);
    send('BOOKMARK', {
      kind: t.kind,
      apiVersion: apiVersionOf(t),
      metadata: {
        resourceVersion: String(api.store.resourceVersion),
        annotations: { 'k8s.io/initial-events-end': 'true' },
      },
    });
  } else if (rv !== '' && rv !== '0') {
    for (const e of api.store.since(Number(rv))) onEvent(e);
  } else {
    for (const obj of api.list(t, route.namespace, query)) send('ADDED', obj);
  }

  const unsubscribe = api.store.subscribe(onEvent);
  const seconds = Number(query.get('timeoutSeconds') ?? DEFAULT_TIMEOUT_S);
  let untrack = (): void => undefined;
  const close = (): void => {
    clearTimeout(timer);
    unsubscribe();
    untrack();
    if (!res.writableEnded) res.end();
  };
  const timer = setTimeout(close, Math.max(1, seconds) * 1000);
  timer.unref();
  untrack = track(close);
  res.on('close', close);
}

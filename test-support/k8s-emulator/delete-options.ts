/**
 * The DeleteOptions body kubectl sends with every delete: `propagationPolicy` from `--cascade`
 * (background by default; kubernetes/kubernetes staging/src/k8s.io/kubectl/pkg/cmd/delete/delete.go,
 * `options.PropagationPolicy = &o.CascadingStrategy`). The API server validates it and answers
 * 422 Invalid on a bad value (staging/src/k8s.io/apiserver/pkg/endpoints/handlers/delete.go:
 * `ValidateDeleteOptions` -> `errors.NewInvalid(... Kind: "DeleteOptions" ...)`). Deletes here
 * are immediate (no graceful deletion, no finalizers), so Foreground and Background both remove
 * the dependents at once; Orphan leaves them, without the owner reference
 * (https://kubernetes.io/docs/concepts/architecture/garbage-collection/#cascading-deletion).
 */
import type { ApiRequest } from './api.js';
import { ApiError, isObject } from './objects.js';

export type Propagation = 'Orphan' | 'Background' | 'Foreground';
const POLICIES: readonly Propagation[] = ['Orphan', 'Background', 'Foreground'];

export function propagationOf(req: ApiRequest): Propagation {
  let parsed: unknown;
  try {
    parsed = req.body.trim() ? JSON.parse(req.body) : {};
  } catch {
    throw new ApiError(400, 'the DeleteOptions body is not JSON', undefined, 'BadRequest');
  }
  const body = isObject(parsed) ? parsed : {};
  const fromQuery = req.query.get('propagationPolicy') ?? undefined;
  const policy = (body.propagationPolicy as unknown) ?? fromQuery;
  if (policy === undefined || policy === null || policy === '') {
    // The resource's default: Background for the kinds served here (orphanDependents unset).
    return body.orphanDependents === true ? 'Orphan' : 'Background';
  }
  if (!POLICIES.includes(policy as Propagation)) {
    throw new ApiError(
      422,
      `DeleteOptions.meta.k8s.io "" is invalid: propagationPolicy: Unsupported value: "${String(policy)}": supported values: "Foreground", "Background", "Orphan"`,
      { kind: 'DeleteOptions', group: 'meta.k8s.io' },
      'Invalid',
    );
  }
  return policy as Propagation;
}

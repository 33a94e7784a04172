/**
 * helm-airflow's provenance: the Helm release description (`helm upgrade --description`, shown
 * by `helm history`) and annotations on the `<release>-deploy-state` ConfigMap, both written
 * only with an upgrade or a rollback, so a run that changes nothing writes nothing.
 *
 * `helm rollback` has no `--description` in any released Helm (3.x: cmd/helm/rollback.go
 * flags; 4.x up to v4.2.4: pkg/cmd/rollback.go; it was added on main later, helm/helm
 * f8180e6), so a rollback's provenance goes on the deploy-state ConfigMap only; Helm itself
 * records "Rollback to N".
 */
import {
  changeCause,
  Provenance,
  stampProvenance,
  type RunProvenance,
} from '../../lib/k8s/provenance.js';
import type { KubeObject } from '../../lib/tools/kubectl.js';
import type { Values } from './values.js';

/** The image the chart's pods run: `images.airflow` (digest first), else the chart default. */
export function airflowImageOf(values: Values | undefined): string {
  const image = (values?.images as { airflow?: Record<string, unknown> } | undefined)?.airflow;
  const text = (v: unknown): string | undefined =>
    typeof v === 'string' && v.trim() ? v.trim() : undefined;
  const repo = text(image?.repository);
  if (!repo) return 'the chart default image';
  const digest = text(image?.digest);
  const tag = text(image?.tag);
  return digest ? `${repo}@${digest}` : `${repo}:${tag ?? '<chart default tag>'}`;
}

/** Under 256 characters, the limit Helm puts on a rollback description (pkg/action/rollback.go). */
export function releaseDescription(p: RunProvenance, values: Values): string {
  const text = `${changeCause(p)}; image ${airflowImageOf(values)}`;
  return text.length > 256 ? `${text.slice(0, 255)}…` : text;
}

/** The deploy-state ConfigMap stamped with this run's provenance (its `images` = the Airflow image). */
export function stampDeployState(cm: KubeObject, p: RunProvenance, image: string): KubeObject {
  const stamped = stampProvenance(cm, p);
  stamped.metadata.annotations = { ...stamped.metadata.annotations, [Provenance.Images]: image };
  return stamped;
}

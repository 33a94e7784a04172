/**
 * Test-side handle on the simulated helm (bin/helm, sim.mjs): a private state dir, the env that
 * puts the simulator first on PATH, seeding of releases, fault injection and the call log.
 * The simulator exists only because no real Helm can be installed where these tests run.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const HELM_SIM_BIN = path.join(path.dirname(fileURLToPath(import.meta.url)), 'bin');
export const HELM_SIM_CHART_VALUES = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  'charts',
  'airflow',
  'values.yaml',
);

export type ReleaseStatus =
  | 'deployed'
  | 'superseded'
  | 'failed'
  | 'uninstalled'
  | 'pending-install'
  | 'pending-upgrade'
  | 'pending-rollback';

export interface SimRevision {
  name: string;
  namespace: string;
  version: number;
  status: ReleaseStatus;
  updated: string;
  first_deployed: string;
  description: string;
  chart: { name: string; version: string; appVersion: string };
  config: Record<string, unknown>;
}

export interface HelmFault {
  command: 'upgrade' | 'rollback';
  /** Helm's failure text after `Error: UPGRADE FAILED: ` (e.g. an SSA conflict). */
  error?: string;
  /**
   * `wait-timeout`: resources never get ready; `killed`: helm dies leaving a pending revision;
   * `job-failed`: the migration Job fails, which only --wait-for-jobs notices.
   */
  kind?: 'wait-timeout' | 'killed' | 'job-failed';
  times?: number;
}

export interface HelmSim {
  readonly stateDir: string;
  /** HELM_SIM_STATE, HELM_SIM_VERSION and PATH with the simulator first. */
  readonly env: Record<string, string>;
  setVersion(version: string): void;
  history(namespace: string, name: string): SimRevision[];
  /** Seeds a release's revisions (replacing any). */
  seed(namespace: string, name: string, revisions: SimRevision[]): void;
  inject(fault: HelmFault): void;
  /** Every argv the simulator was called with. */
  calls(): string[][];
  /** Octal permission bits of every values file (-f) helm was handed, by path. */
  valuesFileModes(): Record<string, string>;
  cleanup(): void;
}

export function createHelmSim(
  options: {
    version?: string;
    pathRest?: string;
    /** Apply the chart's non-hook Jobs to the cluster of KUBECONFIG (cluster.mjs). */
    kubeJobs?: boolean;
  } = {},
): HelmSim {
  const stateDir = mkdtempSync(path.join(tmpdir(), 'helm-sim-'));
  const env: Record<string, string> = {
    HELM_SIM_STATE: stateDir,
    HELM_SIM_VERSION: options.version ?? '3.21.4',
    PATH: `${HELM_SIM_BIN}${path.delimiter}${options.pathRest ?? process.env.PATH ?? ''}`,
    ...(options.kubeJobs ? { HELM_SIM_KUBE_JOBS: '1' } : {}),
  };
  const file = (name: string): string => path.join(stateDir, name);
  const read = <T>(name: string, fallback: T): T =>
    existsSync(file(name)) ? (JSON.parse(readFileSync(file(name), 'utf8')) as T) : fallback;
  return {
    stateDir,
    env,
    setVersion(version) {
      env.HELM_SIM_VERSION = version;
    },
    history(namespace, name) {
      return read<Record<string, SimRevision[]>>('releases.json', {})[`${namespace}/${name}`] ?? [];
    },
    seed(namespace, name, revisions) {
      const all = read<Record<string, SimRevision[]>>('releases.json', {});
      all[`${namespace}/${name}`] = revisions;
      writeFileSync(file('releases.json'), JSON.stringify(all, null, 2));
    },
    inject(fault) {
      const faults = read<HelmFault[]>('faults.json', []);
      writeFileSync(file('faults.json'), JSON.stringify([...faults, fault]));
    },
    calls() {
      if (!existsSync(file('calls.jsonl'))) return [];
      return readFileSync(file('calls.jsonl'), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => (JSON.parse(l) as { argv: string[] }).argv);
    },
    valuesFileModes() {
      if (!existsSync(file('calls.jsonl'))) return {};
      const modes: Record<string, string> = {};
      for (const line of readFileSync(file('calls.jsonl'), 'utf8').split('\n').filter(Boolean)) {
        Object.assign(
          modes,
          (JSON.parse(line) as { fileModes?: Record<string, string> }).fileModes,
        );
      }
      return modes;
    },
    cleanup() {
      rmSync(stateDir, { recursive: true, force: true });
    },
  };
}

/** A revision for seeding, with the fields tests rarely care about filled in. */
export function simRevision(
  partial: Partial<SimRevision> & Pick<SimRevision, 'version' | 'status'>,
): SimRevision {
  const updated = partial.updated ?? new Date().toISOString();
  return {
    name: 'airflow',
    namespace: 'airflow',
    updated,
    first_deployed: updated,
    description: partial.status,
    chart: { name: 'airflow', version: '1.22.0', appVersion: '3.2.2' },
    config: {},
    ...partial,
  };
}

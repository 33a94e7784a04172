/**
 * The simulated Job controller: one pod, then the Complete (or Failed) condition that
 * `kubectl wait --for=condition=complete` waits for, per the behaviour the test set.
 */
import type { Api } from './api.js';
import { isReady, ownedBy } from './controller-kit.js';
import { findByPlural, type ResourceType } from './kinds.js';
import {
  ApiError,
  at,
  clone,
  deepEqual,
  meta,
  nameOf,
  namespaceOf,
  stringMap,
  type KObj,
} from './objects.js';
import { POD, recordEvent, type WorkloadBehaviour } from './pods.js';

const JOB = findByPlural('batch', 'v1', 'jobs') as ResourceType;

export interface JobSim {
  readonly api: Api;
  behaviourFor(namespace: string, name: string): WorkloadBehaviour;
  createPods(
    owner: KObj,
    template: KObj,
    count: number,
    behaviour: WorkloadBehaviour,
    changed: () => void,
  ): void;
}

/**
 * batch/v1 Job update validation: kubernetes pkg/apis/batch/validation/validation.go
 * ValidateJobSpecUpdate keeps `completions`, `selector`, `completionMode` and the pod
 * `template` immutable (validatePodTemplateUpdate relaxes only a suspended Job's scheduling
 * directives, which nothing here uses). The message is the API server's
 * `Job.batch "NAME" is invalid: spec.template: Invalid value: ...: field is immutable`, the one
 * a chart upgrade hits when its non-hook Job still exists (apache/airflow#27561).
 */
export function validateJobUpdate(t: ResourceType, obj: KObj, before: KObj): void {
  for (const field of ['completions', 'selector', 'completionMode', 'template']) {
    const now = at(obj, `spec.${field}`);
    const was = at(before, `spec.${field}`);
    if (deepEqual(now, was)) continue;
    const detail = `Invalid value: ${field === 'template' ? 'core.PodTemplateSpec' : JSON.stringify(now)}{...}: field is immutable`;
    throw new ApiError(
      422,
      `${t.kind}.${t.group} "${nameOf(obj)}" is invalid: spec.${field}: ${detail}`,
      {
        name: nameOf(obj),
        group: t.group,
        kind: t.kind,
        causes: [{ reason: 'FieldValueInvalid', message: detail, field: `spec.${field}` }],
      },
    );
  }
}

export function runJob(sim: JobSim, job: KObj): void {
  const ns = namespaceOf(job) ?? 'default';
  const behaviour = sim.behaviourFor(ns, nameOf(job));
  const template = clone(at(job, 'spec.template')) as KObj;
  Object.assign(stringMap(template, 'labels'), {
    'job-name': nameOf(job),
    'batch.kubernetes.io/job-name': nameOf(job),
    'controller-uid': String(meta(job).uid),
  });
  recordEvent(
    sim.api,
    job,
    'Normal',
    'SuccessfulCreate',
    `Created pod: ${nameOf(job)}-pod`,
    'job-controller',
  );
  const startTime = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  const finish = (): void => {
    const live = sim.api.store.get(JOB, ns, nameOf(job));
    if (!live || meta(live).uid !== meta(job).uid) return;
    const pods = sim.api.store.list(POD, ns).filter((p) => ownedBy(p, job));
    const now = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
    const cond = (type: string, reason?: string, message?: string): KObj => ({
      type,
      status: 'True',
      ...(reason ? { reason, message } : {}),
      lastProbeTime: now,
      lastTransitionTime: now,
    });
    let status: KObj = {
      startTime,
      active: pods.length,
      ready: pods.filter(isReady).length,
      terminating: 0,
    };
    if (pods.some((p) => at(p, 'status.phase') === 'Succeeded')) {
      status = {
        startTime,
        completionTime: now,
        succeeded: 1,
        ready: 0,
        terminating: 0,
        conditions: [
          cond(
            'SuccessCriteriaMet',
            'CompletionsReached',
            'Reached expected number of succeeded pods',
          ),
          cond('Complete', 'CompletionsReached', 'Reached expected number of succeeded pods'),
        ],
      };
      recordEvent(sim.api, job, 'Normal', 'Completed', 'Job completed', 'job-controller');
    } else if (behaviour.kind === 'crash-loop' || behaviour.kind === 'progress-deadline') {
      const [reason, message] =
        behaviour.kind === 'crash-loop'
          ? ['BackoffLimitExceeded', 'Job has reached the specified backoff limit']
          : ['DeadlineExceeded', 'Job was active longer than specified deadline'];
      status = {
        startTime,
        failed: 1,
        ready: 0,
        terminating: 0,
        conditions: [cond('FailureTarget', reason, message), cond('Failed', reason, message)],
      };
      recordEvent(sim.api, job, 'Warning', reason, message, 'job-controller');
    }
    const next = clone(live);
    next.status = status;
    sim.api.commit(JOB, live, next, { manager: 'job-controller', sub: 'status' });
  };
  sim.createPods(job, template, 1, behaviour, finish);
  finish();
}

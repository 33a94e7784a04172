/**
 * Reads a failed command's stderr and decides what kind of failure it is. The patterns follow
 * the error texts gcloud, kubectl, helm and docker print (see
 * shared/reference/security-reliability.md section 4.4).
 */
import type { FailureKind } from '../errors.js';
import { NOT_FOUND_EXIT_CODE, TIMEOUT_EXIT_CODE } from './runner.js';

/** Daily or hard quotas do not heal within a job: retrying only burns time. */
const STICKY_QUOTA = /exceeded your current quota|quota exceeded for quota metric '[^']*per day/i;
// GCS refuses a stale IAM etag with 412, which gcloud prints as "HTTPError 412: Precondition Failed".
const CONFLICT =
  /concurrent policy changes|etag|\bABORTED\b|the object has been modified|HTTPError 412|Precondition Failed/i;
const TRANSIENT = new RegExp(
  [
    '\\b429\\b',
    'RESOURCE_EXHAUSTED',
    'rateLimitExceeded',
    'Too Many Requests',
    'Quota exceeded for quota metric',
    '\\b50[0234]\\b',
    '\\bUNAVAILABLE\\b',
    '\\bINTERNAL\\b',
    'Internal Server Error',
    'Service Unavailable',
    // kubectl prints the API server's Status reason: "Error from server (ServiceUnavailable): ...".
    '\\((?:ServiceUnavailable|TooManyRequests|InternalError|Timeout)\\)',
    'the server is currently unable to handle the request',
    'Bad Gateway',
    'DEADLINE_EXCEEDED',
    'deadline exceeded',
    'connection reset',
    'ECONNRESET',
    'ECONNREFUSED',
    'TLS handshake timeout',
    'i/o timeout',
    'temporarily unavailable',
    'try again later',
  ].join('|'),
  'i',
);
// gcloud words a 403 as "[acct] does not have permission to access <kind> instance [x]", and GCS
// as "does not have storage.buckets.get access ... Permission 'storage.buckets.get' denied".
const PERMISSION =
  /PERMISSION_DENIED|\b403\b|Forbidden|does not have [\w.]+ permission|does not have permission to access|does not have [\w.]+ access to|Permission '[\w.]+' denied|is forbidden/i;
const NOT_FOUND = /NOT_FOUND|\b404\b|NotFound|not found|was not found|does not exist/i;

export function classifyFailure(exitCode: number, stderr: string): FailureKind {
  if (exitCode === TIMEOUT_EXIT_CODE) return 'transient';
  if (exitCode === NOT_FOUND_EXIT_CODE && /command not found/.test(stderr)) return 'permanent';
  if (STICKY_QUOTA.test(stderr)) return 'permanent';
  if (CONFLICT.test(stderr)) return 'conflict';
  if (TRANSIENT.test(stderr)) return 'transient';
  if (PERMISSION.test(stderr)) return 'permission';
  if (NOT_FOUND.test(stderr)) return 'not-found';
  return 'permanent';
}

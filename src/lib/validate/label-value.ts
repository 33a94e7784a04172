/**
 * A Kubernetes label value: "must be 63 characters or less (can be empty), unless empty, must
 * begin and end with an alphanumeric character ([a-z0-9A-Z]), could contain dashes (-),
 * underscores (_), dots (.), and alphanumerics between"
 * (https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#syntax-and-character-set).
 * We never want an empty one: an empty value would select every unlabelled object's peers.
 */
import { ConfigurationError } from '../errors.js';
import { safeValue, type Rule } from './rules.js';

const LABEL_VALUE = /^[A-Za-z0-9](?:[-A-Za-z0-9_.]*[A-Za-z0-9])?$/;

export const labelValue: Rule = (input, value) => {
  const v = safeValue(input, value);
  if (v.length > 63 || !LABEL_VALUE.test(v)) {
    throw new ConfigurationError(
      input,
      `must be a Kubernetes label value: at most 63 characters, letters, digits, "-", "_" and ".", starting and ending with a letter or digit (got "${v}")`,
    );
  }
  return v;
};

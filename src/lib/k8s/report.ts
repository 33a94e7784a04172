/** The job summary both deploy actions write: outcomes, warnings, manifests (Secrets redacted). */
import type { Outcome } from '../reconcile/engine.js';
import { actionSummary, codeBlock, details } from '../reconcile/report.js';

export function deploySummary(parts: {
  readonly heading: string;
  readonly intro?: string;
  readonly outcomes: readonly Outcome[];
  readonly warnings: readonly string[];
  readonly manifestsYaml?: string;
  readonly diagnostics?: string;
}): string {
  return actionSummary({
    ...parts,
    sections: [
      parts.diagnostics ?? '',
      parts.manifestsYaml
        ? details('Manifests (Secret values redacted)', codeBlock('yaml', parts.manifestsYaml))
        : '',
    ],
  });
}

/** The job summary both deploy actions write: outcomes, warnings, manifests (Secrets redacted). */
import { codeBlock, details, outcomesTable } from '../action/summary.js';
import type { Outcome } from '../reconcile/engine.js';

export function deploySummary(parts: {
  readonly heading: string;
  readonly intro?: string;
  readonly outcomes: readonly Outcome[];
  readonly warnings: readonly string[];
  readonly manifestsYaml?: string;
  readonly diagnostics?: string;
}): string {
  return (
    [
      `## ${parts.heading}`,
      parts.intro ?? '',
      outcomesTable(parts.outcomes),
      parts.warnings.map((w) => `> [!WARNING]\n> ${w}`).join('\n\n'),
      parts.diagnostics ?? '',
      parts.manifestsYaml
        ? details('Manifests (Secret values redacted)', codeBlock('yaml', parts.manifestsYaml))
        : '',
    ]
      .filter(Boolean)
      .join('\n\n') + '\n'
  );
}

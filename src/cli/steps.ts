/**
 * Finds every action's step.ts (src/actions/<name>/step.ts) so that adding an action folder
 * adds it to the CLI; nothing lists the actions by hand.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { PlatformStep } from '../lib/reconcile/step.js';

const actionsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../actions');

export async function discoverSteps(): Promise<PlatformStep[]> {
  const names = readdirSync(actionsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
  const steps: PlatformStep[] = [];
  for (const name of names) {
    const file = ['step.ts', 'step.js']
      .map((f) => path.join(actionsDir, name, f))
      .find((f) => existsSync(f));
    if (!file) continue;
    const mod = (await import(pathToFileURL(file).href)) as { step?: PlatformStep };
    if (mod.step) steps.push(mod.step);
  }
  return steps.sort((a, b) => a.order - b.order);
}

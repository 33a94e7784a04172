/** The `needs` graph of a workflow's jobs, for the local runner. */
interface Needing {
  needs?: string | string[];
}

export const needsOf = (job: Needing): string[] =>
  typeof job.needs === 'string' ? [job.needs] : (job.needs ?? []);

export function order(jobs: Record<string, Needing>): string[] {
  const done: string[] = [];
  const visit = (name: string, trail: string[]): void => {
    if (done.includes(name)) return;
    if (trail.includes(name)) throw new Error(`needs cycle at ${name}`);
    if (!jobs[name]) throw new Error(`needs names an unknown job: ${name}`);
    for (const n of needsOf(jobs[name])) visit(n, [...trail, name]);
    done.push(name);
  };
  for (const name of Object.keys(jobs)) visit(name, []);
  return done;
}

export function ancestors(jobs: Record<string, Needing>, name: string): string[] {
  const out = new Set<string>();
  const walk = (n: string): void => {
    for (const need of needsOf(jobs[n] ?? {})) {
      out.add(need);
      walk(need);
    }
  };
  walk(name);
  return [...out];
}

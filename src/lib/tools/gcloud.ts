/** The gcloud wrapper: argv builders live with the actions; this runs them and parses JSON. */
import { CliTool, isNotFound, parseJson, type ToolContext } from './tool.js';

export class Gcloud extends CliTool {
  constructor(ctx: ToolContext) {
    super('gcloud', ctx);
  }

  /** A cluster update (enabling the workload pool) takes minutes: watch it live. */
  protected override streams(args: readonly string[]): boolean {
    return args[0] === 'container' && args[1] === 'clusters' && args[2] === 'update';
  }

  /** A read that prints JSON (`--format=json` is appended). */
  async json<T>(args: readonly string[]): Promise<T> {
    const result = await this.read([...args, '--format=json']);
    return parseJson<T>(result.stdout, `output of ${args.slice(0, 3).join(' ')}`);
  }

  /** A describe: the parsed object, or undefined when gcloud says it does not exist. */
  async describe<T>(args: readonly string[]): Promise<T | undefined> {
    try {
      return await this.json<T>(args);
    } catch (err) {
      if (isNotFound(err)) return undefined;
      throw err;
    }
  }
}

/** Policy types as `gcloud ... get-iam-policy --format=json` prints them. */
export interface IamBinding {
  role: string;
  members: string[];
  condition?: { title?: string; expression?: string; description?: string };
}

export interface IamPolicy {
  version?: number;
  etag?: string;
  bindings?: IamBinding[];
  auditConfigs?: unknown[];
}

/** Whether `policy` grants `role` to `member` unconditionally. */
export function hasBinding(policy: IamPolicy, role: string, member: string): boolean {
  return (policy.bindings ?? []).some(
    (b) => b.role === role && b.condition === undefined && b.members.includes(member),
  );
}

/**
 * Adds unconditional bindings to a copy of `policy`, keeping everything else as it was,
 * including the etag (so IAM rejects the write if someone changed the policy meanwhile) and
 * the version (so conditional bindings are not dropped).
 */
export function withBindings(
  policy: IamPolicy,
  additions: readonly { role: string; member: string }[],
): IamPolicy {
  const bindings: IamBinding[] = (policy.bindings ?? []).map((b) => ({
    ...b,
    members: [...b.members],
  }));
  for (const { role, member } of additions) {
    const existing = bindings.find((b) => b.role === role && b.condition === undefined);
    if (existing) {
      if (!existing.members.includes(member)) existing.members.push(member);
    } else {
      bindings.push({ role, members: [member] });
    }
  }
  return { ...policy, bindings };
}

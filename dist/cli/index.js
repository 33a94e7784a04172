#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 8525:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  B: () => (/* binding */ definitions)
});

// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __nccwpck_require__(7268);
// EXTERNAL MODULE: ./src/lib/reconcile/engine.ts
var engine = __nccwpck_require__(5324);
;// CONCATENATED MODULE: ./src/lib/reconcile/report.ts
function escapeCell(text) {
    return text.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}
function markdownTable(header, rows) {
    const line = (cells) => `| ${cells.map(escapeCell).join(' | ')} |`;
    return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
const ICONS = {
    done: '✅',
    unchanged: '➖',
    planned: '📝',
    failed: '❌',
    skipped: '⏭️',
};
/** The table every action writes: resource, what was done, why. */
function report_outcomesTable(outcomes) {
    if (outcomes.length === 0)
        return '_Nothing to reconcile._';
    return markdownTable(['Resource', 'Action', 'Result', 'Detail'], outcomes.map((o) => [
        `\`${o.resource}\``,
        o.action,
        `${ICONS[o.status]} ${o.status}`,
        o.detail,
    ]));
}
function codeBlock(language, body) {
    const fence = body.includes('```') ? '````' : '```';
    return `${fence}${language}\n${body.trimEnd()}\n${fence}`;
}
function details(title, body) {
    return `<details><summary>${title}</summary>\n\n${body}\n\n</details>`;
}
/** The heading every action's summary starts with; a dry run says that nothing changed. */
function headingOf(name, dryRun, what = 'nothing was changed') {
    return dryRun ? `${name} (dry run: ${what})` : name;
}
function warningsMarkdown(warnings) {
    return warnings.map((w) => `> [!WARNING]\n> ${w}`).join('\n\n');
}
/** The job summary every action writes: heading, intro, outcomes, warnings, extra sections. */
function actionSummary(parts) {
    return ([
        `## ${parts.heading}`,
        parts.intro ?? '',
        report_outcomesTable(parts.outcomes),
        warningsMarkdown(parts.warnings),
        ...(parts.sections ?? []),
    ]
        .filter(Boolean)
        .join('\n\n') + '\n');
}

// EXTERNAL MODULE: ./src/lib/reconcile/run.ts
var run = __nccwpck_require__(6557);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: ./src/lib/action/io.ts
/**
 * The GitHub adapter: what an action's run() needs from the runner, as one interface so that
 * tests hand run() a typed fake instead of mocking modules deep inside.
 *
 * Why not @actions/core here: importing it loads @actions/http-client and undici (for OIDC),
 * which by itself more than doubles a bundle's cold start. The few runner commands an action
 * needs are a small, documented protocol
 * (https://docs.github.com/actions/reference/workflow-commands-for-github-actions), spoken
 * here the way @actions/core speaks it; __tests__/lib/action/io.test.ts holds the two in step.
 */


/** The variable the runner sets for an input, as @actions/core derives it. */
function inputVariable(name) {
    return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}
function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function command(name, message) {
    process.stdout.write(`::${name}::${escapeData(message)}${EOL}`);
}
/** The real adapter, over the runner's environment, files and workflow commands. */
function io_runnerIO(env = process.env) {
    return {
        getInput: (name) => env[inputVariable(name)] ?? '',
        setOutput: (name, value) => {
            const file = env.GITHUB_OUTPUT;
            if (!file) {
                process.stdout.write(`${EOL}::set-output name=${name}::${escapeData(value)}${EOL}`);
                return;
            }
            // The Web Crypto global: importing node:crypto would cost every start-up a few ms.
            const delimiter = `ghadelimiter_${globalThis.crypto.randomUUID()}`;
            appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8');
        },
        setSecret: (value) => command('add-mask', value),
        setFailed: (message) => {
            process.exitCode = 1;
            command('error', message);
        },
        debug: (message) => command('debug', message),
        info: (message) => process.stdout.write(`${message}${EOL}`),
        warning: (message) => command('warning', message),
        error: (message) => command('error', message),
        group: async (title, body) => {
            process.stdout.write(`::group::${escapeData(title)}${EOL}`);
            try {
                return await body();
            }
            finally {
                process.stdout.write(`::endgroup::${EOL}`);
            }
        },
        writeSummary: async (markdown) => {
            // Outside a runner (the CLI, local runs) there is no summary file; that is not an error.
            const file = env.GITHUB_STEP_SUMMARY;
            if (file)
                appendFileSync(file, markdown.endsWith(EOL) ? markdown : `${markdown}${EOL}`, 'utf8');
        },
    };
}

// EXTERNAL MODULE: ./src/lib/config/load.ts
var load = __nccwpck_require__(6372);
// EXTERNAL MODULE: ./src/lib/action/inputs.ts
var inputs = __nccwpck_require__(4681);
;// CONCATENATED MODULE: ./src/lib/action/platform-config.ts
/** Reads the `config` input (a platform file path) when it is set. */


async function platform_config_readPlatformConfig(source) {
    const path = optional(source, CONFIG_INPUT);
    return path === undefined ? undefined : loadPlatformConfig(path);
}

;// CONCATENATED MODULE: ./src/lib/action/run-action.ts
/**
 * The GitHub front end: runs an ActionDefinition as a GitHub Action. It reads the inputs (with
 * the platform file when `config` is set), masks the secrets, lets the engine run the phases,
 * and writes outputs and the job summary. The one place a failure becomes setFailed:
 * configuration errors, command errors and bugs all end here, redacted and prefixed with the
 * action's name.
 */






async function run_action_runDefinition(definition, deps = { io: runnerIO() }, extras) {
    const { io } = deps;
    const { name } = definition;
    let ctx;
    const redact = (text) => ctx?.runner.redactor.redact(text) ?? text;
    try {
        const source = (input) => io.getInput(input);
        const inputs = await definition.parse(source, await readPlatformConfig(source));
        ctx = createRunContext({ logger: io, runner: deps.runner, clock: deps.clock, maskSecret: (v) => io.setSecret(v) }, { dryRun: inputs.dryRun });
        for (const secret of definition.secrets(inputs))
            ctx.registerSecret(secret);
        const run = await definition.start(inputs, ctx, extras);
        let result;
        try {
            result = await execute(run, ctx);
        }
        catch (err) {
            if (!(err instanceof ApplyError))
                throw err;
            const report = await reportFailure(name, io, err, run.onFailure, redact);
            throw report.message === undefined ? err : new ApplyError(err.outcomes, report.message);
        }
        for (const [key, value] of Object.entries(await run.outputs(result)))
            io.setOutput(key, value);
        await io.writeSummary(redact(await run.report(result)));
        io.info(run.done(result));
    }
    catch (err) {
        fail(name, io, err, ctx?.runner.redactor);
    }
}
async function reportFailure(name, io, err, onFailure, redact) {
    const report = (await onFailure?.(err).catch(() => undefined)) ?? {};
    for (const [key, value] of Object.entries(report.outputs ?? {}))
        io.setOutput(key, value);
    const summary = report.summary ?? `## ${name} failed\n\n${outcomesTable(err.outcomes)}\n\n${err.message}\n`;
    await io.writeSummary(redact(summary)).catch(() => undefined);
    return report;
}
function fail(name, io, err, redactor) {
    const redact = (text) => redactor?.redact(text) ?? text;
    const message = redact(errorMessage(err));
    if (!(err instanceof ConfigurationError) &&
        !(err instanceof ApplyError) &&
        err instanceof Error) {
        io.debug(redact(err.stack ?? message));
    }
    io.setFailed(`${name}: ${message}`);
}

// EXTERNAL MODULE: ./src/lib/exec/runner.ts
var runner = __nccwpck_require__(8507);
;// CONCATENATED MODULE: ./src/lib/exec/classify.ts

/** Daily or hard quotas do not heal within a job: retrying only burns time. */
const STICKY_QUOTA = /exceeded your current quota|quota exceeded for quota metric '[^']*per day/i;
// GCS refuses a stale IAM etag with 412, which gcloud prints as "HTTPError 412: Precondition Failed".
const CONFLICT = /concurrent policy changes|etag|\bABORTED\b|the object has been modified|HTTPError 412|Precondition Failed/i;
const TRANSIENT = new RegExp([
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
].join('|'), 'i');
// gcloud words a 403 as "[acct] does not have permission to access <kind> instance [x]", and GCS
// as "does not have storage.buckets.get access ... Permission 'storage.buckets.get' denied".
const PERMISSION = /PERMISSION_DENIED|\b403\b|Forbidden|does not have [\w.]+ permission|does not have permission to access|does not have [\w.]+ access to|Permission '[\w.]+' denied|is forbidden/i;
const NOT_FOUND = /NOT_FOUND|\b404\b|NotFound|not found|was not found|does not exist/i;
function classifyFailure(exitCode, stderr) {
    if (exitCode === runner/* TIMEOUT_EXIT_CODE */.lT)
        return 'transient';
    if (exitCode === runner/* NOT_FOUND_EXIT_CODE */.yp && /command not found/.test(stderr))
        return 'permanent';
    if (STICKY_QUOTA.test(stderr))
        return 'permanent';
    if (CONFLICT.test(stderr))
        return 'conflict';
    if (TRANSIENT.test(stderr))
        return 'transient';
    if (PERMISSION.test(stderr))
        return 'permission';
    if (NOT_FOUND.test(stderr))
        return 'not-found';
    return 'permanent';
}

// EXTERNAL MODULE: ./src/lib/exec/retry.ts
var retry = __nccwpck_require__(4083);
;// CONCATENATED MODULE: ./src/lib/tools/tool.ts




class CliTool {
    tool;
    ctx;
    constructor(tool, ctx) {
        this.tool = tool;
        this.ctx = ctx;
    }
    /** Runs the command once; throws a CommandError on a non-zero exit. */
    async execute(args, options) {
        const spec = { tool: this.tool, args, ...options };
        const result = await this.ctx.runner.run(spec);
        if (result.exitCode === 0)
            return result;
        if (result.exitCode === runner/* NOT_FOUND_EXIT_CODE */.yp && /command not found/.test(result.stderr)) {
            throw new errors/* ToolNotFoundError */.Mm(this.tool);
        }
        const redactor = this.ctx.runner.redactor;
        const stderr = redactor.redact(result.stderr);
        throw new errors/* CommandError */.Qd((0,runner/* formatCommand */.fE)(spec, redactor), result.exitCode, stderr, classifyFailure(result.exitCode, stderr));
    }
    /** A read-only command, retried on transient failures. */
    async read(args, options = {}) {
        return (0,retry/* withRetry */.bD)(() => this.execute(args, { ...options, mutating: false }), {
            label: (0,runner/* formatCommand */.fE)({ tool: this.tool, args }, this.ctx.runner.redactor),
            logger: this.ctx.logger,
            clock: this.ctx.clock,
        });
    }
    /** A mutating command, retried only on the failures `retryable` accepts. */
    async mutate(args, options = {}) {
        const { retryable, policy, ...exec } = options;
        return (0,retry/* withRetry */.bD)(() => this.execute(args, { ...exec, mutating: true }), {
            label: (0,runner/* formatCommand */.fE)({ tool: this.tool, args }, this.ctx.runner.redactor),
            logger: this.ctx.logger,
            clock: this.ctx.clock,
            ...(retryable ? { retryable } : {}),
            ...(policy ? { policy } : {}),
        });
    }
    /** Fails before any mutation when the tool is missing (case F8). */
    async ensureAvailable() {
        if (!(await this.ctx.runner.has(this.tool)))
            throw new errors/* ToolNotFoundError */.Mm(this.tool);
    }
    display(args) {
        return (0,runner/* formatCommand */.fE)({ tool: this.tool, args }, this.ctx.runner.redactor);
    }
}
function isNotFound(err) {
    return err instanceof errors/* CommandError */.Qd && err.kind === 'not-found';
}
function parseJson(text, what) {
    try {
        return JSON.parse(text);
    }
    catch {
        throw new Error(`could not parse ${what} as JSON: ${text.slice(0, 200)}`);
    }
}

;// CONCATENATED MODULE: ./src/lib/tools/kubectl.ts
/** The kubectl wrapper: JSON reads with NotFound as undefined, server-side apply from stdin. */


/** The field manager our server-side applies are recorded under. */
const FIELD_MANAGER = 'gke-data-platform';
const MANAGED_BY_LABEL = { 'app.kubernetes.io/managed-by': FIELD_MANAGER };
/**
 * Serialises objects as a multi-document YAML stream for `kubectl apply -f -`. The YAML
 * library is loaded on first use to keep it off every action's start-up path.
 */
async function toYamlStream(objects) {
    const { stringify } = await __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19));
    return objects.map((o) => stringify(o, { lineWidth: 0 })).join('---\n');
}
function applyArgs(options = {}) {
    const args = [
        'apply',
        '--server-side',
        `--field-manager=${options.fieldManager ?? FIELD_MANAGER}`,
    ];
    // Takes over fields another manager set (e.g. by `kubectl annotate`): without it the API
    // server answers 409 "Apply failed with 1 conflict" and the value is never converged.
    if (options.forceConflicts)
        args.push('--force-conflicts');
    if (options.dryRun)
        args.push(`--dry-run=${options.dryRun}`);
    args.push('-f', '-');
    return args;
}
class Kubectl extends CliTool {
    constructor(ctx) {
        super('kubectl', ctx);
    }
    /** `kubectl get KIND NAME [-n NS] -o json`, or undefined when it does not exist. */
    async get(kind, name, namespace) {
        const args = [
            'get',
            kind,
            name,
            ...(namespace ? ['--namespace', namespace] : []),
            '-o',
            'json',
        ];
        try {
            const result = await this.read(args);
            return parseJson(result.stdout, `kubectl get ${kind}/${name}`);
        }
        catch (err) {
            if (isNotFound(err))
                return undefined;
            if (err instanceof retry/* RetryExhaustedError */.aB && isNotFound(err.lastError))
                return undefined;
            throw err;
        }
    }
    /**
     * Server-side apply from stdin. Secrets go this way too: client-side apply would copy their
     * data into the last-applied-configuration annotation.
     */
    async apply(objects, options = {}) {
        const result = await this.mutate(applyArgs(options), { stdin: await toYamlStream(objects) });
        return result.stdout.trim();
    }
}

;// CONCATENATED MODULE: ./src/lib/k8s/client.ts
/**
 * kubectl calls the deploy machinery needs beyond the base wrapper: server-side diff (decides
 * whether anything changed), server-side apply with sanitised errors, rollout status/undo,
 * pods and events for diagnostics. Extends Kubectl without changing it.
 */






/**
 * Our apply: server-side, our field manager, and --force-conflicts, because this step is the
 * deployer of record: a field last set by hand (`kubectl apply` in the runbook) would otherwise
 * make every run fail with a conflict.
 */
const deployApplyArgs = () => {
    const args = applyArgs();
    args.splice(args.length - 2, 0, '--force-conflicts');
    return args;
};
const diffArgs = () => [
    'diff',
    '--server-side',
    `--field-manager=${FIELD_MANAGER}`,
    '--force-conflicts',
    '-f',
    '-',
];
/**
 * Reads `kubectl diff` output: one `diff -u -N LIVE/<group.>version.Kind.namespace.name
 * MERGED/...` header per changed object; an empty (or `null`) live side means it is new.
 */
function parseDiff(stdout) {
    const entries = [];
    const lines = stdout.split('\n');
    lines.forEach((line, i) => {
        const m = /^diff -u -N (\S+) \S+$/.exec(line);
        if (!m)
            return;
        const base = (m[1] ?? '').split('/').pop() ?? '';
        const id = /(?:^|\.)v[0-9][a-z0-9]*\.([A-Z][A-Za-z0-9]*)\.([^.]*)\.(.+)$/.exec(base);
        if (!id)
            return;
        const at = lines.findIndex((l, j) => j > i && l.startsWith('@@'));
        const hunk = at > i && at <= i + 3 ? (lines[at] ?? '') : '';
        // kubectl prints a missing object as an empty file, or (for a masked Secret) as `null`.
        const created = /^@@ -0,0 /.test(hunk) || (/^@@ -1 /.test(hunk) && lines[at + 1] === '-null');
        entries.push({ kind: id[1] ?? '', namespace: id[2] ?? '', name: id[3] ?? '', created });
    });
    return entries;
}
/**
 * Keeps only kubectl's own error lines: on some failures kubectl echoes the object it tried to
 * send ("error when applying patch: {...}"), which for a Secret is its data (F36).
 */
function sanitizeApplyError(stderr) {
    return stderr
        .split('\n')
        .map((l) => l.replace(/(error when (?:applying patch|creating|retrieving current configuration))[\s\S]*$/i, '$1'))
        .filter((l) => /^(error|Error from server|Warning|unable|the server)/i.test(l.trim()))
        .map((l) => (l.length > 400 ? `${l.slice(0, 400)}…` : l))
        .join('\n');
}
class K8sClient extends Kubectl {
    async namespaceExists(namespace) {
        return (await this.get('namespace', namespace)) !== undefined;
    }
    /** What server-side apply would change; `[]` when nothing. A read: runs in dry-run too. */
    async diff(objects) {
        const stdin = await toYamlStream(objects);
        const spec = { tool: this.tool, args: diffArgs(), stdin, mutating: false };
        return (0,retry/* withRetry */.bD)(async () => {
            const result = await this.ctx.runner.run(spec);
            // kubectl diff: 0 = no differences, 1 = differences, >1 = kubectl or diff failed.
            if (result.exitCode === 0)
                return [];
            if (result.exitCode === 1 && /^diff -u -N /m.test(result.stdout))
                return parseDiff(result.stdout);
            throw this.failure(spec, result.exitCode, result.stderr);
        }, {
            label: (0,runner/* formatCommand */.fE)(spec, this.ctx.runner.redactor),
            logger: this.ctx.logger,
            clock: this.ctx.clock,
        });
    }
    /** Server-side apply from stdin, retried on transient failures (apply is idempotent: F50). */
    async applyObjects(objects) {
        const stdin = await toYamlStream(objects);
        const spec = { tool: this.tool, args: deployApplyArgs(), stdin, mutating: true };
        return (0,retry/* withRetry */.bD)(async () => {
            const result = await this.ctx.runner.run(spec);
            if (result.exitCode !== 0)
                throw this.failure(spec, result.exitCode, result.stderr);
            return result.stdout.trim();
        }, {
            label: (0,runner/* formatCommand */.fE)(spec, this.ctx.runner.redactor),
            logger: this.ctx.logger,
            clock: this.ctx.clock,
        });
    }
    failure(spec, exitCode, stderr) {
        const redactor = this.ctx.runner.redactor;
        const clean = redactor.redact(sanitizeApplyError(stderr) || stderr.split('\n')[0] || '');
        return new errors/* CommandError */.Qd((0,runner/* formatCommand */.fE)(spec, redactor), exitCode, clean, classifyFailure(exitCode, clean));
    }
    /**
     * One look at a rollout (`--watch=false` returns at once): done, still going, or failed on
     * its progress deadline.
     */
    async rolloutStatus(kind, name, namespace) {
        const args = [
            'rollout',
            'status',
            `${kind.toLowerCase()}/${name}`,
            '--namespace',
            namespace,
            '--watch=false',
        ];
        try {
            const { stdout } = await this.read(args);
            return {
                done: /successfully rolled out|roll out complete/i.test(stdout),
                message: stdout.trim(),
            };
        }
        catch (err) {
            const text = err instanceof Error ? err.message : String(err);
            if (/exceeded its progress deadline/.test(text))
                return { done: false, failed: text, message: text };
            throw err;
        }
    }
    async rolloutUndo(kind, name, namespace, toRevision) {
        await this.mutate([
            'rollout',
            'undo',
            `${kind.toLowerCase()}/${name}`,
            '--namespace',
            namespace,
            ...(toRevision ? [`--to-revision=${toRevision}`] : []),
        ]);
    }
    /** Pods matching a label selector, with every waiting container's reason. */
    async podProblems(namespace, matchLabels) {
        const selector = Object.entries(matchLabels)
            .map(([k, v]) => `${k}=${v}`)
            .join(',');
        if (!selector)
            return [];
        const { stdout } = await this.read([
            'get',
            'pods',
            '--namespace',
            namespace,
            '--selector',
            selector,
            '-o',
            'json',
        ]);
        const pods = parseJson(stdout, 'kubectl get pods').items ?? [];
        return pods.flatMap((pod) => [
            ...(pod.status?.initContainerStatuses ?? []),
            ...(pod.status?.containerStatuses ?? []),
        ].flatMap((c) => {
            const waiting = c.state?.waiting;
            if (!waiting?.reason)
                return [];
            return [
                {
                    pod: pod.metadata.name,
                    container: c.name,
                    reason: waiting.reason,
                    message: waiting.message ?? '',
                    restarts: c.restartCount ?? 0,
                },
            ];
        }));
    }
    /** Events in the namespace whose object's name starts with one of `names`, oldest first. */
    async events(namespace, names) {
        const { stdout } = await this.read(['get', 'events', '--namespace', namespace, '-o', 'json']);
        const items = parseJson(stdout, 'kubectl get events').items ?? [];
        const when = (e) => e.lastTimestamp ?? e.eventTime ?? e.metadata?.creationTimestamp ?? '';
        return items
            .filter((e) => names.some((n) => (e.involvedObject?.name ?? '').startsWith(n)))
            .sort((a, b) => when(a).localeCompare(when(b)));
    }
}

// EXTERNAL MODULE: ./src/lib/validate/rules.ts
var rules = __nccwpck_require__(3325);
;// CONCATENATED MODULE: ./src/lib/k8s/rollout.ts

/** Waiting reasons that never heal by waiting. */
const FATAL_REASONS = new Set([
    'ImagePullBackOff',
    'ErrImagePull',
    'InvalidImageName',
    'ErrImageNeverPull',
    'CreateContainerConfigError',
    'CreateContainerError',
]);
const DEFAULT_POLL_MS = 5000;
const DEFAULT_CRASH_LOOP_RESTARTS = 3;
function fatalProblems(problems, crashLoopRestarts) {
    return problems.filter((p) => FATAL_REASONS.has(p.reason) ||
        (p.reason === 'CrashLoopBackOff' && p.restarts >= crashLoopRestarts));
}
const describeProblem = (p) => `pod ${p.pod} container ${p.container}: ${p.reason}${p.message ? ` (${p.message})` : ''}${p.restarts ? `, ${p.restarts} restarts` : ''}`;
/** Waits for one workload; resolves with why it failed, or undefined when it rolled out. */
async function watchRollout(client, w, options) {
    const { clock } = options;
    const started = clock.now();
    for (;;) {
        const status = await client.rolloutStatus(w.kind, w.name, w.namespace);
        if (status.done)
            return undefined;
        if (status.failed) {
            return {
                reason: status.failed,
                problems: await client.podProblems(w.namespace, w.matchLabels),
            };
        }
        if (options.failFast !== false) {
            const problems = await client.podProblems(w.namespace, w.matchLabels);
            const fatal = fatalProblems(problems, options.crashLoopRestarts);
            if (fatal.length > 0) {
                return {
                    reason: `${fatal[0]?.reason ?? 'pod failure'}: ${describeProblem(fatal[0])}`,
                    problems,
                };
            }
        }
        if (clock.now() - started >= options.timeoutMs) {
            return {
                reason: `not rolled out within ${(0,rules/* formatDuration */.a3)(options.timeoutMs)} (${status.message})`,
                problems: await client.podProblems(w.namespace, w.matchLabels),
            };
        }
        await clock.sleep(options.pollMs);
    }
}

;// CONCATENATED MODULE: ./src/lib/k8s/diagnostics.ts
/** Failure diagnostics for the job summary: pod reasons and the recent events of a workload. */


const EVENT_LIMIT = 15;
function eventsTable(events) {
    if (events.length === 0)
        return '_No events._';
    return markdownTable(['Type', 'Reason', 'Object', 'Message'], events
        .slice(-EVENT_LIMIT)
        .map((e) => [
        e.type ?? '',
        `${e.reason ?? ''}${e.count && e.count > 1 ? ` (x${e.count})` : ''}`,
        `${e.involvedObject?.kind ?? ''}/${e.involvedObject?.name ?? ''}`,
        e.message ?? '',
    ]));
}
/** Best effort: a failure to read diagnostics must not hide the failure itself. */
async function workloadDiagnostics(client, namespace, name, problems) {
    const events = await client.events(namespace, [name]).catch((err) => {
        return [
            { type: 'Warning', reason: 'DiagnosticsUnavailable', message: String(err) },
        ];
    });
    const pods = problems.length > 0
        ? codeBlock('text', problems.map(describeProblem).join('\n'))
        : '_No waiting pods._';
    return [`#### Pods of ${name}`, pods, `#### Recent events for ${name}`, eventsTable(events)].join('\n\n');
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/lib/k8s/manifests.ts
/**
 * Kubernetes manifests as typed objects: parse the user's YAML (files or a folder), validate
 * what kubectl would only reject half-way through an apply (kind, apiVersion, names,
 * duplicates), set or check the namespace, and render them back for plans and summaries with
 * Secret data redacted. The YAML library is loaded lazily to keep it off the start-up path.
 */




/** Kinds that live outside namespaces: their namespace is never set. */
const CLUSTER_SCOPED = new Set([
    'Namespace',
    'ClusterRole',
    'ClusterRoleBinding',
    'CustomResourceDefinition',
    'PersistentVolume',
    'StorageClass',
    'PriorityClass',
    'IngressClass',
    'RuntimeClass',
    'APIService',
    'ValidatingWebhookConfiguration',
    'MutatingWebhookConfiguration',
]);
/** Kinds whose names must be DNS-1123 labels rather than subdomains. */
const LABEL_NAMED = new Set(['Namespace', 'Service']);
const API_VERSION = /^(?:[a-z0-9]([-a-z0-9.]*[a-z0-9])?\/)?v[1-9][0-9]*(?:(?:alpha|beta)[1-9][0-9]*)?$/;
const KIND = /^[A-Z][A-Za-z0-9]*$/;
const isClusterScoped = (kind) => CLUSTER_SCOPED.has(kind);
/** `Kind/name` (with the namespace when set), for messages and summary rows. */
function refOf(o) {
    const ns = o.metadata.namespace;
    return `${o.kind}/${ns ? `${ns}/` : ''}${o.metadata.name}`;
}
function isRecord(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** Checks one parsed document; `where` names the input and file/document for the message. */
function validateObject(input, where, doc) {
    const bad = (rule) => new errors/* ConfigurationError */.j1(input, `${where}: ${rule}`);
    if (!isRecord(doc))
        throw bad('each document must be a mapping with apiVersion, kind and metadata');
    const { apiVersion, kind, metadata } = doc;
    if (typeof apiVersion !== 'string' || !API_VERSION.test(apiVersion)) {
        throw bad(`apiVersion must be like v1 or apps/v1 (got ${JSON.stringify(apiVersion ?? null)})`);
    }
    if (typeof kind !== 'string' || !KIND.test(kind)) {
        throw bad(`kind must be a Kubernetes kind such as Deployment (got ${JSON.stringify(kind ?? null)})`);
    }
    if (!isRecord(metadata) || typeof metadata.name !== 'string') {
        throw bad(`${kind} must have metadata.name (generateName is not supported with apply)`);
    }
    const nameRule = LABEL_NAMED.has(kind) ? rules/* dnsLabel */.UG : rules/* dnsSubdomain */.ou;
    try {
        nameRule('', metadata.name);
        if (metadata.namespace !== undefined)
            (0,rules/* dnsLabel */.UG)('', String(metadata.namespace));
    }
    catch (err) {
        throw bad(`${kind} ${err instanceof errors/* ConfigurationError */.j1 ? `name: ${err.rule}` : String(err)}`);
    }
    return doc;
}
/** Parses a multi-document YAML stream; empty documents are skipped, `kind: List` is flattened. */
async function parseManifests(input, source, text) {
    const { parseAllDocuments } = await __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19));
    const objects = [];
    parseAllDocuments(text).forEach((doc, index) => {
        const where = `${source} document ${index + 1}`;
        if (doc.errors.length > 0) {
            throw new errors/* ConfigurationError */.j1(input, `${where}: invalid YAML: ${doc.errors[0]?.message ?? ''}`);
        }
        const value = doc.toJS();
        if (value === null || value === undefined)
            return;
        if (isRecord(value) && value.kind === 'List' && Array.isArray(value.items)) {
            value.items.forEach((item, i) => objects.push(validateObject(input, `${where} item ${i + 1}`, item)));
            return;
        }
        objects.push(validateObject(input, where, value));
    });
    return objects;
}
/** The YAML/JSON files named by the input: files as given, folders' files sorted by name. */
async function manifestFiles(input, paths) {
    const files = [];
    for (const p of paths) {
        const info = await (0,promises_.stat)(p).catch(() => undefined);
        if (!info)
            throw new errors/* ConfigurationError */.j1(input, `${p} does not exist`);
        if (info.isDirectory()) {
            const names = (await (0,promises_.readdir)(p)).filter((n) => /\.(ya?ml|json)$/i.test(n)).sort();
            if (names.length === 0)
                throw new errors/* ConfigurationError */.j1(input, `folder ${p} has no .yaml, .yml or .json files`);
            files.push(...names.map((n) => external_node_path_default().join(p, n)));
        }
        else {
            files.push(p);
        }
    }
    return files;
}
/** Reads, parses and validates every manifest the input names. */
async function loadManifests(input, paths) {
    const objects = [];
    for (const file of await manifestFiles(input, paths)) {
        objects.push(...(await parseManifests(input, file, await (0,promises_.readFile)(file, 'utf8'))));
    }
    if (objects.length === 0)
        throw new errors/* ConfigurationError */.j1(input, 'the manifests hold no objects');
    return objects;
}
/**
 * Puts every namespaced object in `namespace`. An object that names another namespace is an
 * error: applying it elsewhere would silently deploy to the wrong place.
 */
function inNamespace(input, objects, namespace) {
    return objects.map((o) => {
        if (isClusterScoped(o.kind))
            return o;
        const own = o.metadata.namespace;
        if (own !== undefined && own !== namespace) {
            throw new errors/* ConfigurationError */.j1(input, `${o.kind}/${o.metadata.name} is in namespace "${own}", but this step deploys to "${namespace}"; remove metadata.namespace or make them equal`);
        }
        return { ...o, metadata: { ...o.metadata, namespace } };
    });
}
/** Fails on two objects with the same kind, namespace and name (the later would win silently). */
function assertUnique(input, objects) {
    const seen = new Set();
    for (const o of objects) {
        const key = `${o.apiVersion.split('/')[0]}/${refOf(o)}`;
        if (seen.has(key))
            throw new errors/* ConfigurationError */.j1(input, `${refOf(o)} is defined twice`);
        seen.add(key);
    }
}
const REDACTED = '<redacted>';
/** The objects with every Secret value replaced, for plans, logs and summaries. */
function redactSecrets(objects) {
    return objects.map((o) => {
        if (o.kind !== 'Secret')
            return o;
        const out = { ...o };
        for (const field of ['data', 'stringData']) {
            const values = o[field];
            if (isRecord(values)) {
                out[field] = Object.fromEntries(Object.keys(values).map((k) => [k, REDACTED]));
            }
        }
        return out;
    });
}
/** YAML for display: Secret data redacted. */
async function displayYaml(objects) {
    const { stringify } = await __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19));
    return redactSecrets(objects)
        .map((o) => stringify(o, { lineWidth: 0 }))
        .join('---\n');
}

// EXTERNAL MODULE: ./src/lib/k8s/images.ts
var k8s_images = __nccwpck_require__(7696);
;// CONCATENATED MODULE: ./src/lib/k8s/secret-rollout.ts

const SECRETS_MARKER = 'gke-data-platform/secrets-changed-at';
const isWorkload = (o) => o.kind === 'Deployment' || o.kind === 'StatefulSet';
/** The Secret names a workload's pods read (env, envFrom, volumes, projected volumes). */
function referencedSecrets(o) {
    const pod = (0,k8s_images/* podSpecOf */.qz)(o);
    const names = new Set();
    if (!pod)
        return names;
    for (const c of [...pod.containers, ...(pod.initContainers ?? [])]) {
        for (const e of c.env ??
            []) {
            if (e.valueFrom?.secretKeyRef?.name)
                names.add(e.valueFrom.secretKeyRef.name);
        }
        for (const e of c.envFrom ?? []) {
            if (e.secretRef?.name)
                names.add(e.secretRef.name);
        }
    }
    for (const v of pod.volumes ?? []) {
        if (v.secret?.secretName)
            names.add(v.secret.secretName);
        for (const s of v.projected?.sources ?? [])
            if (s.secret?.name)
                names.add(s.secret.name);
    }
    return names;
}
function setMarker(o, value) {
    const spec = o.spec;
    spec.template = spec.template ?? {};
    spec.template.metadata = spec.template.metadata ?? {};
    spec.template.metadata.annotations = {
        ...spec.template.metadata.annotations,
        [SECRETS_MARKER]: value,
    };
}
/** Workloads (by `Kind/name`) that read one of the applied Secrets, with their live marker. */
async function liveMarkers(client, objects) {
    const applied = new Set(objects.filter((o) => o.kind === 'Secret').map((o) => o.metadata.name));
    const out = new Map();
    for (const o of objects) {
        if (!isWorkload(o) || ![...referencedSecrets(o)].some((n) => applied.has(n)))
            continue;
        const live = await client.get(o.kind.toLowerCase(), o.metadata.name, o.metadata.namespace);
        const marker = live?.spec?.template?.metadata?.annotations?.[SECRETS_MARKER];
        out.set(`${o.kind}/${o.metadata.name}`, { exists: live !== undefined, marker });
    }
    return out;
}
/** Copies of the objects with each live marker carried over (so nothing differs by itself). */
function withLiveMarkers(objects, live) {
    return objects.map((o) => {
        const marker = live.get(`${o.kind}/${o.metadata.name}`)?.marker;
        if (marker === undefined)
            return o;
        const copy = structuredClone(o);
        setMarker(copy, marker);
        return copy;
    });
}
/**
 * Bumps the marker of every existing workload that reads a Secret the diff says will change.
 * Returns the names bumped; `objects` is updated in place.
 */
function bumpMarkers(objects, diff, live, now) {
    const changedSecrets = new Set(diff.filter((d) => d.kind === 'Secret').map((d) => d.name));
    const bumped = [];
    objects.forEach((o, i) => {
        const key = `${o.kind}/${o.metadata.name}`;
        if (!live.get(key)?.exists)
            return;
        if (![...referencedSecrets(o)].some((n) => changedSecrets.has(n)))
            return;
        const copy = structuredClone(o);
        setMarker(copy, now);
        objects[i] = copy;
        bumped.push(key);
    });
    return bumped;
}

;// CONCATENATED MODULE: ./src/lib/k8s/deploy.ts
/**
 * The deploy flow both apply-litellm and deploy-app use, as Changes for the engine: observe
 * (namespace, live secret markers, server-side diff) and plan one Change per object; apply
 * writes only what differs, in one server-side apply; verify watches every changed
 * Deployment/StatefulSet and, on a failed rollout, undoes exactly what this run changed before
 * failing with diagnostics. Dry-run is the engine's: nothing here checks it.
 */








class RolloutFailedError extends Error {
    diagnostics;
    rolledBack;
    resource;
    name = 'RolloutFailedError';
    constructor(message, diagnostics, rolledBack, 
    /** The outcome's resource that failed (`Deployment/ns/name`). */
    resource) {
        super(message);
        this.diagnostics = diagnostics;
        this.rolledBack = rolledBack;
        this.resource = resource;
    }
}
class NamespaceMissingError extends Error {
    name = 'NamespaceMissingError';
}
const REVISION = 'deployment.kubernetes.io/revision';
const APPLY_LINE = (0,runner/* formatCommand */.fE)({ tool: 'kubectl', args: deployApplyArgs() });
function entryFor(o, diff) {
    return diff.find((d) => d.kind === o.kind &&
        d.name === o.metadata.name &&
        d.namespace === (o.metadata.namespace ?? ''));
}
function workloadOf(o) {
    if (o.kind !== 'Deployment' && o.kind !== 'StatefulSet')
        return undefined;
    const selector = o.spec
        ?.selector;
    return {
        kind: o.kind,
        name: o.metadata.name,
        namespace: o.metadata.namespace ?? '',
        matchLabels: selector?.matchLabels ?? {},
    };
}
/** Plans, applies and verifies one deploy; one instance per run. */
class Deploy {
    tools;
    client;
    req;
    diff = [];
    previous = new Map();
    applied = [];
    constructor(tools, client, req) {
        this.tools = tools;
        this.client = client;
        this.req = req;
    }
    /** Observe and plan; offline, every object is "not observed" and ensured by apply. */
    async plan(offline) {
        const { req, client } = this;
        if (offline) {
            return this.changes(req.objects.map((object) => ({
                object,
                action: 'update',
                reason: 'not observed; ensured by server-side apply',
            })));
        }
        if (!(await client.namespaceExists(req.namespace))) {
            if (!req.createNamespace) {
                throw new NamespaceMissingError(`namespace "${req.namespace}" does not exist; create it first (setup-wi creates the namespaces of its bindings), set create-namespace: true, or fix the namespace input`);
            }
            const namespace = {
                resource: `Namespace/${req.namespace}`,
                action: 'create',
                reason: 'does not exist',
                commands: [APPLY_LINE],
                op: { type: 'namespace' },
            };
            // Nothing can be diffed against a namespace that does not exist: everything is new.
            const rest = req.objects.map((object) => ({
                object,
                action: 'create',
                reason: 'namespace does not exist yet',
            }));
            this.diff = rest.map(({ object: o }) => ({
                kind: o.kind,
                name: o.metadata.name,
                namespace: o.metadata.namespace ?? '',
                created: true,
            }));
            return [namespace, ...this.changes(rest)];
        }
        const live = await liveMarkers(client, req.objects);
        const objects = withLiveMarkers(req.objects, live);
        this.diff = await client.diff(objects);
        const bumped = bumpMarkers(objects, this.diff, live, new Date(this.tools.clock.now()).toISOString());
        for (const o of objects) {
            if (bumped.includes(`${o.kind}/${o.metadata.name}`) && !entryFor(o, this.diff)) {
                this.diff.push({
                    kind: o.kind,
                    namespace: o.metadata.namespace ?? '',
                    name: o.metadata.name,
                    created: false,
                });
            }
        }
        return this.changes(objects.map((object) => {
            const entry = entryFor(object, this.diff);
            if (!entry)
                return { object, action: 'noop', reason: 'no difference' };
            const secretOnly = bumped.includes(`${object.kind}/${object.metadata.name}`);
            return {
                object,
                action: entry.created ? 'create' : 'update',
                reason: entry.created
                    ? 'does not exist'
                    : secretOnly
                        ? 'differs, or a Secret it reads changed (pods restart)'
                        : 'differs from the cluster',
            };
        }));
    }
    changes(planned) {
        const batch = planned.filter((p) => p.action !== 'noop').map((p) => p.object);
        return planned.map((p) => ({
            resource: refOf(p.object),
            action: p.action,
            reason: p.reason,
            commands: p.action === 'noop' ? [] : [APPLY_LINE],
            ...(p.action === 'noop'
                ? {}
                : { op: { type: 'objects', batch, first: p.object === batch[0] } }),
        }));
    }
    /** The outcome's detail stays the planned reason (`does not exist`, `differs ...`). */
    async apply(op) {
        const { client, req } = this;
        if (op.type === 'namespace') {
            await client.applyObjects([
                {
                    apiVersion: 'v1',
                    kind: 'Namespace',
                    metadata: { name: req.namespace, labels: { ...MANAGED_BY_LABEL } },
                },
            ]);
            return;
        }
        // Only what the diff found changed is written: an unchanged object gets no request at all.
        if (!op.first)
            return;
        // Remember each updated Deployment's revision, so an undo returns to exactly it.
        for (const o of op.batch) {
            const w = workloadOf(o);
            if (w?.kind === 'Deployment' && !entryFor(o, this.diff)?.created) {
                const live = await client.get('deployment', w.name, w.namespace);
                this.previous.set(w.name, live?.metadata.annotations?.[REVISION]);
            }
        }
        await client.applyObjects(op.batch);
        this.applied = op.batch;
        this.tools.logger.info(`applied ${op.batch.length} changed object(s) to namespace ${req.namespace}`);
    }
    /** Watches every changed workload; a failed rollout is undone, then reported. */
    async verify() {
        const { client, req, tools } = this;
        const workloads = this.applied.flatMap((o) => workloadOf(o) ?? []);
        const watch = {
            timeoutMs: req.timeoutMs,
            pollMs: req.pollMs ?? DEFAULT_POLL_MS,
            crashLoopRestarts: req.crashLoopRestarts ?? DEFAULT_CRASH_LOOP_RESTARTS,
            clock: tools.clock,
        };
        for (const w of workloads) {
            tools.logger.info(`waiting for ${w.kind.toLowerCase()}/${w.name} to roll out`);
            const failure = await watchRollout(client, w, watch);
            if (!failure)
                continue;
            const diagnostics = await workloadDiagnostics(client, w.namespace, w.name, failure.problems);
            const { rolledBack, notes } = await undoChanged(client, workloads, this.previous, this.diff, this.applied, watch, tools);
            throw new RolloutFailedError(`${w.kind.toLowerCase()}/${w.name} in namespace ${w.namespace} failed to roll out: ${failure.reason}` +
                (rolledBack.length ? `; rolled back ${rolledBack.join(', ')}` : '') +
                (notes.length ? `; ${notes.join('; ')}` : ''), diagnostics, rolledBack, `${w.kind}/${w.namespace}/${w.name}`);
        }
    }
}
/** Undoes every workload this run updated (a created one has nothing to return to). */
async function undoChanged(client, workloads, previous, diff, changedObjects, watch, tools) {
    const rolledBack = [];
    const notes = [];
    for (const w of workloads) {
        const object = changedObjects.find((o) => o.kind === w.kind && o.metadata.name === w.name);
        const created = object ? entryFor(object, diff)?.created : false;
        const label = `${w.kind.toLowerCase()}/${w.name}`;
        if (created) {
            notes.push(`${label} was created by this run, so there is no earlier revision to return to`);
            continue;
        }
        const revision = previous.get(w.name);
        if (w.kind === 'Deployment' && revision === undefined) {
            // Without the revision we had, `undo` would go back one step, perhaps past a change that
            // was not ours.
            notes.push(`${label} had no recorded revision before this run, so it was not rolled back`);
            continue;
        }
        try {
            tools.logger.warning(`rolling back ${label}`);
            await client.rolloutUndo(w.kind, w.name, w.namespace, revision);
            const after = await watchRollout(client, w, { ...watch, failFast: false });
            if (after)
                notes.push(`the rollback of ${label} did not complete: ${after.reason}`);
            rolledBack.push(label);
        }
        catch (err) {
            notes.push(`rolling back ${label} failed: ${(0,errors/* errorMessage */.gJ)(err)}`);
        }
    }
    return { rolledBack, notes };
}

;// CONCATENATED MODULE: ./src/lib/k8s/report.ts

function deploySummary(parts) {
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

;// CONCATENATED MODULE: ./src/lib/k8s/smoke.ts
/** The HTTP smoke check after a rollout: bounded retries with node's fetch, a clear failure. */

const DEFAULT_SMOKE = { attempts: 10, delayMs: 6000, requestTimeoutMs: 10_000 };
/** Resolves with the HTTP status once a GET answers 2xx/3xx; throws after `attempts`. */
async function smokeCheck(url, options) {
    const doFetch = options.fetch ?? fetch;
    let last = '';
    for (let attempt = 1; attempt <= options.attempts; attempt++) {
        try {
            const response = await doFetch(url, {
                method: 'GET',
                redirect: 'manual',
                signal: AbortSignal.timeout(options.requestTimeoutMs),
            });
            await response.body?.cancel().catch(() => undefined);
            if (response.status >= 200 && response.status < 400) {
                options.logger.info(`smoke check: GET ${url} answered ${response.status}`);
                return response.status;
            }
            last = `HTTP ${response.status}`;
        }
        catch (err) {
            last = (0,errors/* errorMessage */.gJ)(err);
        }
        if (attempt < options.attempts) {
            options.logger.info(`smoke check: GET ${url}: ${last}; attempt ${attempt}/${options.attempts}`);
            await options.clock.sleep(options.delayMs);
        }
    }
    throw new Error(`smoke check failed: GET ${url} did not answer 2xx/3xx after ${options.attempts} attempts (last: ${last})`);
}

;// CONCATENATED MODULE: ./src/lib/k8s/action-deploy.ts





const tuned = (t = {}) => ({
    pollMs: t.pollMs ?? 5000,
    addressPollMs: t.addressPollMs ?? 10_000,
    smokeAttempts: t.smokeAttempts ?? DEFAULT_SMOKE.attempts,
    smokeDelayMs: t.smokeDelayMs ?? DEFAULT_SMOKE.delayMs,
});
/** The HTTP smoke check after a deploy, with the tuned attempts. */
async function smoke(url, ctx, tuning = {}) {
    const knobs = tuned(tuning);
    await smokeCheck(url, {
        attempts: knobs.smokeAttempts,
        delayMs: knobs.smokeDelayMs,
        requestTimeoutMs: 10_000,
        clock: ctx.clock,
        logger: ctx.logger,
    });
}
/** The preflight, plan, apply and verify of a deploy, for a definition's run. */
function deploySteps(ctx, request) {
    const client = new K8sClient(ctx);
    const deploy = new Deploy(ctx, client, request);
    return {
        client,
        preflight: () => client.ensureAvailable(),
        plan: () => withAuthHint(() => deploy.plan(ctx.offline)),
        apply: (op) => withAuthHint(() => deploy.apply(op)),
        verify: () => withAuthHint(() => deploy.verify()),
    };
}
/** The failure summary of a deploy: outcomes, pod reasons and events, the manifests. */
async function deployFailure(action, err, warnings, objects, intro) {
    const rollout = err.cause instanceof RolloutFailedError ? err.cause : undefined;
    const diagnostics = err.cause.diagnostics;
    if (typeof diagnostics !== 'string')
        return {};
    return {
        summary: deploySummary({
            heading: `${action} failed`,
            intro: intro ?? err.message,
            outcomes: err.outcomes,
            warnings,
            diagnostics,
            manifestsYaml: rollout ? await displayYaml(objects) : undefined,
        }),
    };
}
const EXPIRED = /You must be logged in to the server|\(Unauthorized\)|token (?:has )?expired|Unauthorized/;
/**
 * A kubeconfig from get-gke-credentials carries an access token that lives about an hour; a
 * long job outlives it and every call then fails "Unauthorized" (F52). Say what to do.
 */
async function withAuthHint(fn) {
    try {
        return await fn();
    }
    catch (err) {
        if (err instanceof Error && !(err instanceof RolloutFailedError) && EXPIRED.test(err.message)) {
            throw new Error(`${err.message}\nThe cluster credentials were refused: the access token in the kubeconfig has probably expired (they last about an hour). Run google-github-actions/auth and get-gke-credentials again right before this step, or split long jobs.`, { cause: err });
        }
        throw err;
    }
}

// EXTERNAL MODULE: ./src/lib/k8s/resources.ts
var resources = __nccwpck_require__(6157);
;// CONCATENATED MODULE: ./src/lib/k8s/secrets.ts
/**
 * Kubernetes Secrets built in code and applied by server-side apply from stdin (never argv,
 * never client-side apply, whose last-applied annotation would copy the data). Values go in
 * `data` as base64 of their exact bytes: `stringData` does not work well with server-side apply
 * (security-reliability.md section 5).
 */


/** https://kubernetes.io/docs/concepts/configuration/secret/#restriction-names-data */
const SECRET_KEY = /^[-._a-zA-Z0-9]+$/;
/** Keys that become environment variables through envFrom must be C identifiers to be usable. */
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Checks a Secret's keys and values; the error names the key, never the value (F35). */
function checkSecretData(input, data, envNames = false) {
    for (const [key, value] of Object.entries(data)) {
        if (!SECRET_KEY.test(key) || key.length > 253 || key === '.' || key === '..') {
            throw new errors/* ConfigurationError */.j1(input, `secret key "${key}" must be letters, digits, "-", "_" or "." (at most 253)`);
        }
        if (envNames && !ENV_NAME.test(key)) {
            throw new errors/* ConfigurationError */.j1(input, `secret key "${key}" must be an environment variable name (letters, digits, "_")`);
        }
        if (value.length === 0)
            throw new errors/* ConfigurationError */.j1(input, `secret key "${key}" has an empty value`);
    }
}
function secretObject(name, namespace, data, labels = {}) {
    return {
        apiVersion: 'v1',
        kind: 'Secret',
        metadata: { name, namespace, labels: { ...MANAGED_BY_LABEL, ...labels } },
        type: 'Opaque',
        data: Object.fromEntries(Object.entries(data).map(([k, v]) => [k, Buffer.from(v, 'utf8').toString('base64')])),
    };
}
/** Decodes a Secret read back from the cluster (tests and verification). */
function decodeSecretData(secret) {
    return Object.fromEntries(Object.entries(secret.data ?? {}).map(([k, v]) => [
        k,
        Buffer.from(v, 'base64').toString('utf8'),
    ]));
}

;// CONCATENATED MODULE: ./src/actions/apply-litellm/inputs.ts
/** apply-litellm's input and output names (kept equal to action.yml by a test) and parseInputs(). */







const Inputs = {
    Namespace: 'namespace',
    CreateNamespace: 'create-namespace',
    Manifests: 'manifests',
    Image: 'image',
    Replicas: 'replicas',
    ConfigFile: 'config-file',
    MasterKey: 'master-key',
    EnvSecrets: 'env-secrets',
    ServiceType: 'service-type',
    Resources: 'resources',
    Timeout: 'timeout',
    SmokeUrl: 'smoke-url',
    Config: 'config',
    DryRun: 'dry-run',
};
const Outputs = {
    ServiceUrl: 'service-url',
    Changed: 'changed',
};
const SERVICE_TYPES = ['ClusterIP', 'NodePort', 'LoadBalancer'];
const DEFAULTS = {
    namespace: 'model-serving',
    replicas: 1,
    serviceType: 'ClusterIP',
    timeout: '10m',
    // LiteLLM's docs: production wants at least 4 CPU and 8 GB; these suit a small gateway.
    resources: { requests: { cpu: '500m', memory: '1Gi' }, limits: { memory: '2Gi' } },
};
/** Tags that move under you: a pinned version makes a deploy repeatable. */
const FLOATING_TAG = /:(main-latest|main-stable|latest|lts)$/;
async function parseInputs(source, config) {
    const file = config?.litellm;
    const warnings = [];
    const namespace = rules/* dnsLabel */.UG(Inputs.Namespace, (0,inputs/* pick */.Up)((0,inputs/* optional */.lq)(source, Inputs.Namespace), file?.namespace, DEFAULTS.namespace) ?? '');
    const manifestList = (0,inputs/* parseList */.E1)((0,inputs/* optional */.lq)(source, Inputs.Manifests));
    const manifests = manifestList.length > 0 ? manifestList : file?.manifests;
    const imageValue = (0,inputs/* pick */.Up)((0,inputs/* optional */.lq)(source, Inputs.Image), file?.image);
    const masterKey = (0,inputs/* optional */.lq)(source, Inputs.MasterKey);
    if (masterKey !== undefined && !masterKey.startsWith('sk-')) {
        // LiteLLM rejects admin keys without the prefix (domain-facts 2); never echo the value.
        throw new errors/* ConfigurationError */.j1(Inputs.MasterKey, 'must start with "sk-"');
    }
    const envSecrets = Object.fromEntries((0,inputs/* parseKeyValueLines */.FF)(Inputs.EnvSecrets, source(Inputs.EnvSecrets)));
    checkSecretData(Inputs.EnvSecrets, envSecrets, true);
    if ('LITELLM_MASTER_KEY' in envSecrets) {
        throw new errors/* ConfigurationError */.j1(Inputs.EnvSecrets, 'must not set LITELLM_MASTER_KEY; use the master-key input');
    }
    let render;
    if (manifests && manifests.length > 0) {
        if (imageValue !== undefined) {
            throw new errors/* ConfigurationError */.j1(Inputs.Image, 'cannot be combined with manifests; set the image in your manifests');
        }
    }
    else {
        const image = (0,k8s_images/* imageRef */.D6)(Inputs.Image, imageValue ?? '');
        if (FLOATING_TAG.test(image) || !/[:@]/.test(image.split('/').pop() ?? '')) {
            throw new errors/* ConfigurationError */.j1(Inputs.Image, `must be pinned to a version tag or digest, not a floating tag (got "${image}")`);
        }
        if (masterKey === undefined) {
            throw new errors/* ConfigurationError */.j1(Inputs.MasterKey, 'is required for the rendered deployment: without it the proxy accepts every caller');
        }
        const configFile = (0,inputs/* pick */.Up)((0,inputs/* optional */.lq)(source, Inputs.ConfigFile), file?.configFile);
        const configText = configFile === undefined ? undefined : await readConfigFile(configFile, envSecrets, warnings);
        const resourcesText = (0,inputs/* optional */.lq)(source, Inputs.Resources);
        render = {
            image,
            replicas: (0,inputs/* positiveInteger */.Cq)(Inputs.Replicas, (0,inputs/* optional */.lq)(source, Inputs.Replicas) ?? String(file?.replicas ?? DEFAULTS.replicas), 100),
            configFile,
            configText,
            serviceType: (0,inputs/* parseEnum */.nL)(Inputs.ServiceType, (0,inputs/* pick */.Up)((0,inputs/* optional */.lq)(source, Inputs.ServiceType), file?.serviceType, DEFAULTS.serviceType) ?? '', SERVICE_TYPES),
            resources: resourcesText
                ? await (0,resources/* parseResources */.t)(Inputs.Resources, resourcesText)
                : file?.resources !== undefined
                    ? (0,resources/* checkResources */.E)(Inputs.Resources, file.resources)
                    : DEFAULTS.resources,
        };
        if (render.serviceType === 'LoadBalancer') {
            warnings.push('service-type LoadBalancer exposes the LiteLLM gateway outside the cluster; keep the master key strong and prefer an internal load balancer or an Ingress with TLS');
        }
    }
    const smokeUrl = (0,inputs/* pick */.Up)((0,inputs/* optional */.lq)(source, Inputs.SmokeUrl), file?.smokeUrl);
    if (smokeUrl !== undefined && !/^https?:\/\/[^\s]+$/.test(smokeUrl)) {
        throw new errors/* ConfigurationError */.j1(Inputs.SmokeUrl, `must be an http(s) URL (got "${smokeUrl}")`);
    }
    return {
        namespace,
        manifests,
        render,
        masterKey,
        envSecrets,
        timeoutMs: rules/* duration */.p0(Inputs.Timeout, (0,inputs/* pick */.Up)((0,inputs/* optional */.lq)(source, Inputs.Timeout), file?.timeout, DEFAULTS.timeout) ?? ''),
        smokeUrl,
        createNamespace: (0,inputs/* booleanInput */.tE)(source, Inputs.CreateNamespace, config?.litellm?.createNamespace ?? true),
        dryRun: (0,inputs/* booleanInput */.tE)(source, Inputs.DryRun, false),
        warnings,
    };
}
/** Reads config.yaml, checks it is a mapping, and warns about inline secrets. */
async function readConfigFile(path, envSecrets, warnings) {
    const text = await (0,promises_.readFile)(path, 'utf8').catch(() => {
        throw new errors/* ConfigurationError */.j1(Inputs.ConfigFile, `${path} cannot be read`);
    });
    const { parse } = await __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19));
    let doc;
    try {
        doc = parse(text);
    }
    catch (err) {
        throw new errors/* ConfigurationError */.j1(Inputs.ConfigFile, `${path} is not valid YAML: ${err instanceof Error ? err.message.split('\n')[0] : ''}`);
    }
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
        throw new errors/* ConfigurationError */.j1(Inputs.ConfigFile, `${path} must be a mapping (model_list, litellm_settings, general_settings)`);
    }
    const inline = inlineSecretKeys(doc);
    if (inline.length > 0) {
        warnings.push(`${path} has inline ${[...new Set(inline)].join(', ')} values; a ConfigMap is not secret: use os.environ/NAME and pass the value in env-secrets`);
    }
    const provided = new Set([...Object.keys(envSecrets), 'LITELLM_MASTER_KEY']);
    const missing = [
        ...new Set([...text.matchAll(/os\.environ\/([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1] ?? '')),
    ].filter((n) => !provided.has(n));
    if (missing.length > 0) {
        warnings.push(`${path} reads ${missing.join(', ')} from the environment, but env-secrets does not provide ${missing.length > 1 ? 'them' : 'it'}`);
    }
    return text;
}
const SECRET_KEYS = new Set([
    'api_key',
    'master_key',
    'database_url',
    'salt_key',
    'aws_secret_access_key',
]);
/** Keys in config.yaml that hold a literal value where a secret belongs. */
function inlineSecretKeys(node) {
    if (Array.isArray(node))
        return node.flatMap(inlineSecretKeys);
    if (typeof node !== 'object' || node === null)
        return [];
    return Object.entries(node).flatMap(([key, value]) => SECRET_KEYS.has(key) && typeof value === 'string' && !value.startsWith('os.environ/')
        ? [key]
        : inlineSecretKeys(value));
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./src/actions/apply-litellm/manifests.ts
/**
 * The rendered default LiteLLM deployment: ConfigMap (config.yaml mounted outside /app, so the
 * image's own files are not shadowed), Secrets (master key, provider keys), Deployment with the
 * documented health probes on port 4000, and a Service. Pure: inputs in, objects out.
 */



const NAME = 'litellm';
const PORT = 4000;
const CONFIG_MAP = 'litellm-config';
const MASTER_KEY_SECRET = 'litellm-master-key';
const MASTER_KEY_KEY = 'master-key';
const ENV_SECRET = 'litellm-env';
const CONFIG_DIR = '/etc/litellm';
// Functions, not shared objects: a shared object would be written as a YAML anchor and alias.
const labels = () => ({
    'app.kubernetes.io/name': NAME,
    ...MANAGED_BY_LABEL,
});
const selector = () => ({ 'app.kubernetes.io/name': NAME });
const sha = (text) => (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex');
/** The Secrets both modes apply: the master key and the provider keys. */
function litellmSecrets(namespace, masterKey, envSecrets) {
    const out = [];
    if (masterKey !== undefined)
        out.push(secretObject(MASTER_KEY_SECRET, namespace, { [MASTER_KEY_KEY]: masterKey }, selector()));
    if (Object.keys(envSecrets).length > 0)
        out.push(secretObject(ENV_SECRET, namespace, envSecrets, selector()));
    return out;
}
function renderLitellm(namespace, settings, secrets) {
    const hasEnvSecret = secrets.some((s) => s.metadata.name === ENV_SECRET);
    const configMap = settings.configText === undefined
        ? undefined
        : {
            apiVersion: 'v1',
            kind: 'ConfigMap',
            metadata: { name: CONFIG_MAP, namespace, labels: labels() },
            data: { 'config.yaml': settings.configText },
        };
    // A pod template annotation that changes with the config rolls the pods: they read it only at
    // start. (Secrets are not hashed here: deployObjects restarts the readers of a changed Secret.)
    const annotations = {};
    if (settings.configText !== undefined)
        annotations['checksum/config'] = sha(settings.configText);
    const probe = (path, extra) => ({
        httpGet: { path, port: 'http' },
        timeoutSeconds: 10,
        ...extra,
    });
    const deployment = {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: NAME, namespace, labels: labels() },
        spec: {
            replicas: settings.replicas,
            selector: { matchLabels: selector() },
            template: {
                metadata: { labels: labels(), ...(Object.keys(annotations).length ? { annotations } : {}) },
                spec: {
                    securityContext: { seccompProfile: { type: 'RuntimeDefault' } },
                    containers: [
                        {
                            name: NAME,
                            image: settings.image,
                            args: [
                                ...(configMap ? ['--config', `${CONFIG_DIR}/config.yaml`] : []),
                                '--port',
                                String(PORT),
                            ],
                            ports: [{ name: 'http', containerPort: PORT, protocol: 'TCP' }],
                            env: secrets.some((s) => s.metadata.name === MASTER_KEY_SECRET)
                                ? [
                                    {
                                        name: 'LITELLM_MASTER_KEY',
                                        valueFrom: { secretKeyRef: { name: MASTER_KEY_SECRET, key: MASTER_KEY_KEY } },
                                    },
                                ]
                                : [],
                            ...(hasEnvSecret ? { envFrom: [{ secretRef: { name: ENV_SECRET } }] } : {}),
                            ...(configMap
                                ? { volumeMounts: [{ name: 'config', mountPath: CONFIG_DIR, readOnly: true }] }
                                : {}),
                            // https://docs.litellm.ai/docs/proxy/health: neither endpoint calls a model or needs auth.
                            startupProbe: probe('/health/liveliness', {
                                periodSeconds: 10,
                                failureThreshold: 30,
                            }),
                            livenessProbe: probe('/health/liveliness', {
                                periodSeconds: 15,
                                failureThreshold: 3,
                            }),
                            readinessProbe: probe('/health/readiness', {
                                periodSeconds: 10,
                                failureThreshold: 3,
                            }),
                            resources: settings.resources,
                            securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } },
                        },
                    ],
                    ...(configMap ? { volumes: [{ name: 'config', configMap: { name: CONFIG_MAP } }] } : {}),
                },
            },
        },
    };
    const service = {
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name: NAME, namespace, labels: labels() },
        spec: {
            type: settings.serviceType,
            selector: selector(),
            ports: [{ name: 'http', port: PORT, targetPort: 'http', protocol: 'TCP' }],
        },
    };
    return [...(configMap ? [configMap] : []), ...secrets, deployment, service];
}
/** The in-cluster URL of the first Service among the objects. */
function serviceUrlOf(objects) {
    const svc = objects.find((o) => o.kind === 'Service');
    if (!svc)
        return undefined;
    const port = svc.spec?.ports?.[0]?.port;
    const host = `${svc.metadata.name}.${svc.metadata.namespace ?? 'default'}.svc.cluster.local`;
    return `http://${host}${port && port !== 80 ? `:${port}` : ''}`;
}

;// CONCATENATED MODULE: ./src/actions/apply-litellm/definition.ts
/** apply-litellm: the LiteLLM gateway (rendered default or your manifests), rolled out and watched. */







const definition_NAME = 'apply-litellm';
/** The objects to apply: the rendered default, or the user's manifests, with the Secrets. */
async function litellmObjects(inputs) {
    const secrets = litellmSecrets(inputs.namespace, inputs.masterKey, inputs.envSecrets);
    const objects = inputs.render
        ? renderLitellm(inputs.namespace, inputs.render, secrets)
        : [
            ...inNamespace(Inputs.Manifests, await loadManifests(Inputs.Manifests, inputs.manifests ?? []), inputs.namespace),
            ...secrets,
        ];
    assertUnique(Inputs.Manifests, objects);
    return objects;
}
const definition = {
    name: definition_NAME,
    order: 50,
    parse: (source, config) => parseInputs(source, config),
    secrets: (inputs) => [
        ...(inputs.masterKey === undefined ? [] : [inputs.masterKey]),
        ...Object.values(inputs.envSecrets),
    ],
    cli: {
        enabled: (config) => config.litellm !== undefined,
        // The plan renders with a placeholder key (its Secret is shown redacted); apply needs it.
        secrets: [
            {
                input: Inputs.MasterKey,
                env: 'LITELLM_MASTER_KEY',
                planPlaceholder: 'sk-planned-placeholder',
            },
            { input: Inputs.EnvSecrets, env: 'LITELLM_ENV_SECRETS' },
        ],
    },
    async start(inputs, ctx, tuning) {
        const objects = await litellmObjects(inputs);
        const knobs = tuned(tuning);
        const deploy = deploySteps(ctx, {
            namespace: inputs.namespace,
            createNamespace: inputs.createNamespace,
            objects,
            timeoutMs: inputs.timeoutMs,
            pollMs: knobs.pollMs,
        });
        const serviceUrl = serviceUrlOf(objects) ?? '';
        return {
            preflight: deploy.preflight,
            plan: async () => ({
                changes: await deploy.plan(),
                warnings: inputs.warnings,
                artifacts: [
                    {
                        title: `${definition_NAME}: manifests (Secret values redacted)`,
                        language: 'yaml',
                        body: await displayYaml(objects),
                    },
                ],
            }),
            apply: deploy.apply,
            verify: deploy.verify,
            check: async () => {
                if (inputs.smokeUrl)
                    await smoke(inputs.smokeUrl, ctx, tuning);
            },
            outputs: (result) => ({
                [Outputs.ServiceUrl]: serviceUrl,
                [Outputs.Changed]: String(result.changed),
            }),
            report: async (result) => deploySummary({
                heading: headingOf(definition_NAME, result.dryRun),
                intro: `Namespace \`${inputs.namespace}\`${serviceUrl ? `, in-cluster URL \`${serviceUrl}\`` : ''}.`,
                outcomes: result.outcomes,
                warnings: inputs.warnings,
                manifestsYaml: await displayYaml(objects),
            }),
            done: (result) => result.changed
                ? `${definition_NAME}: applied changes`
                : `${definition_NAME}: already up to date; nothing applied`,
            onFailure: (err) => deployFailure(definition_NAME, err, inputs.warnings, objects),
        };
    },
};
const definition_run = (deps, tuning) => runDefinition(definition, deps, tuning);

;// CONCATENATED MODULE: ./src/actions/build-push-image/argv.ts
const argv_refOf = (name, tag) => `${name}:${tag}`;
const digestRefOf = (name, digest) => `${name}@${digest}`;
/** Flags both builders share, in one order so the two argv stay comparable. */
function commonBuildFlags(inputs) {
    return [
        ...(inputs.dockerfile ? ['--file', inputs.dockerfile] : []),
        ...(inputs.target ? ['--target', inputs.target] : []),
        ...inputs.buildArgs.flatMap(([k, v]) => ['--build-arg', `${k}=${v}`]),
        ...inputs.labels.flatMap(([k, v]) => ['--label', `${k}=${v}`]),
        ...inputs.tags.flatMap((t) => ['--tag', argv_refOf(inputs.image.name, t)]),
    ];
}
/**
 * `docker buildx build`: pushes every tag itself when `push` is set, and writes the pushed
 * manifest's digest to the metadata file (`containerimage.digest`). Without push a single
 * platform image is loaded into the local engine (`--load`), as `docker build` would leave it.
 */
function buildxBuild(inputs, options) {
    return [
        'buildx',
        'build',
        ...commonBuildFlags(inputs),
        ...(inputs.platforms.length > 0 ? ['--platform', inputs.platforms.join(',')] : []),
        ...options.secretFiles.flatMap((s) => ['--secret', `id=${s.id},src=${s.file}`]),
        ...(options.ghaCache ? ['--cache-from', 'type=gha', '--cache-to', 'type=gha,mode=max'] : []),
        '--metadata-file',
        options.metadataFile,
        ...(inputs.push ? ['--push'] : inputs.platforms.length <= 1 ? ['--load'] : []),
        '--',
        inputs.context,
    ];
}
/**
 * The classic `docker build` (no BuildKit): no secrets, no cache export, one platform. The
 * caller refuses what it cannot do before anything runs.
 */
function dockerBuild(inputs) {
    return [
        'build',
        ...commonBuildFlags(inputs),
        ...(inputs.platforms.length === 1 ? ['--platform', inputs.platforms[0] ?? ''] : []),
        '--',
        inputs.context,
    ];
}
const gcloudArgv = {
    accessToken: () => ['auth', 'print-access-token'],
    describeRepository: (r) => [
        'artifacts',
        'repositories',
        'describe',
        r.id,
        `--location=${r.location}`,
        `--project=${r.project}`,
    ],
    createRepository: (r) => [
        'artifacts',
        'repositories',
        'create',
        r.id,
        '--repository-format=docker',
        `--location=${r.location}`,
        `--project=${r.project}`,
        '--description=Created by build-push-image',
        '--quiet',
    ],
};

// EXTERNAL MODULE: ./src/lib/validate/image.ts
var validate_image = __nccwpck_require__(9119);
;// CONCATENATED MODULE: ./src/actions/build-push-image/tags.ts
/**
 * Default tags and OCI labels from the GitHub context. Read from the environment variables
 * the runner sets (https://docs.github.com/actions/reference/variables-reference), so
 * @actions/github is not loaded at start-up.
 */
const SEMVER = /^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;
/** The short commit SHA as `git rev-parse --short` prints it by default. */
const SHORT_SHA_LENGTH = 7;
/** A ref name turned into a valid tag: invalid characters become `-`, at most 128 characters. */
function sanitiseTag(name) {
    const cleaned = name
        .replace(/[^A-Za-z0-9_.-]+/g, '-')
        .replace(/^[.-]+/, '')
        .replace(/-+$/, '');
    return cleaned.slice(0, 128);
}
/**
 * The tags of a run with no `tags` input, most specific first (the first is the primary tag
 * that `skip-existing` checks): the short SHA; for a `vX.Y.Z` tag push `X.Y.Z`, `X.Y`, `X`
 * (only `X.Y.Z-pre` for a pre-release, so `1` never points at a release candidate); for a
 * branch its sanitised name; for a pull request `pr-N`.
 */
function defaultTags(env) {
    const tags = [];
    const sha = env.GITHUB_SHA?.trim();
    if (sha && /^[0-9a-f]{7,64}$/i.test(sha))
        tags.push(sha.slice(0, SHORT_SHA_LENGTH).toLowerCase());
    const ref = env.GITHUB_REF?.trim() ?? '';
    const refName = env.GITHUB_REF_NAME?.trim() || ref.replace(/^refs\/(heads|tags)\//, '');
    if (ref.startsWith('refs/tags/')) {
        const m = SEMVER.exec(refName);
        if (m) {
            const [, major, minor, patch, pre] = m;
            if (pre)
                tags.push(`${major}.${minor}.${patch}-${pre}`);
            else
                tags.push(`${major}.${minor}.${patch}`, `${major}.${minor}`, `${major}`);
        }
        else if (sanitiseTag(refName)) {
            tags.push(sanitiseTag(refName));
        }
    }
    else if (ref.startsWith('refs/pull/')) {
        const n = /^refs\/pull\/(\d+)\//.exec(ref)?.[1];
        if (n)
            tags.push(`pr-${n}`);
    }
    else if (ref.startsWith('refs/heads/') && sanitiseTag(refName)) {
        tags.push(sanitiseTag(refName));
    }
    return [...new Set(tags)];
}
/** The OCI annotation keys (https://github.com/opencontainers/image-spec/blob/main/annotations.md). */
const OCI = {
    source: 'org.opencontainers.image.source',
    revision: 'org.opencontainers.image.revision',
    created: 'org.opencontainers.image.created',
};
/** OCI labels from the GitHub context; user labels with the same key win. */
function ociLabels(env, now) {
    const labels = [];
    if (env.GITHUB_REPOSITORY) {
        const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
        labels.push([OCI.source, `${server}/${env.GITHUB_REPOSITORY}`]);
    }
    if (env.GITHUB_SHA)
        labels.push([OCI.revision, env.GITHUB_SHA]);
    labels.push([OCI.created, now.toISOString()]);
    return labels;
}

;// CONCATENATED MODULE: ./src/actions/build-push-image/inputs.ts
/** build-push-image's input and output names (kept equal to action.yml by a test) and parseInputs(). */





const inputs_Inputs = {
    Image: 'image',
    Context: 'context',
    Dockerfile: 'dockerfile',
    Tags: 'tags',
    BuildArgs: 'build-args',
    Secrets: 'secrets',
    Target: 'target',
    Platforms: 'platforms',
    Labels: 'labels',
    Push: 'push',
    SkipExisting: 'skip-existing',
    CreateRepository: 'create-repository',
    Cache: 'cache',
    Config: 'config',
    DryRun: 'dry-run',
};
const inputs_Outputs = {
    Image: 'image',
    Digest: 'digest',
    ImageRef: 'image-ref',
    Tags: 'tags',
    Skipped: 'skipped',
};
/** The platform file's entry that `image` names, or the only one when `image` is not set. */
function configEntry(imageInput, config) {
    const entries = config?.images ?? [];
    if (imageInput === undefined)
        return entries.length === 1 ? entries[0] : undefined;
    if (imageInput.includes('/'))
        return entries.find((e) => e.image === imageInput);
    const entry = entries.find((e) => e.name === imageInput);
    if (!entry) {
        throw new errors/* ConfigurationError */.j1(inputs_Inputs.Image, entries.length > 0
            ? `"${imageInput}" is not an image path, nor a name in the platform file's images (${entries.map((e) => e.name).join(', ')})`
            : `must be a full Artifact Registry path ${validate_image/* AR_EXAMPLE */.R$}`);
    }
    return entry;
}
/** A Dockerfile stage name (`FROM base AS name`). */
function buildStage(value) {
    const v = (0,rules/* safeValue */.pI)(inputs_Inputs.Target, value);
    if (!/^[A-Za-z][A-Za-z0-9_.-]{0,127}$/.test(v)) {
        throw new errors/* ConfigurationError */.j1(inputs_Inputs.Target, `"${v}" is not a build stage name`);
    }
    return v;
}
function inputs_parseInputs(source, config, env = process.env, now = new Date()) {
    const warnings = [];
    const imageInput = (0,inputs/* optional */.lq)(source, inputs_Inputs.Image);
    const entry = configEntry(imageInput, config);
    const imageValue = entry?.image ?? imageInput;
    if (imageValue === undefined) {
        throw new errors/* ConfigurationError */.j1(inputs_Inputs.Image, `is required: a full Artifact Registry path ${validate_image/* AR_EXAMPLE */.R$} (or a name from the platform file's images)`);
    }
    const name = validate_image/* imageName */.tO(inputs_Inputs.Image, imageValue);
    if (name.kind === 'gcr')
        warnings.push(validate_image/* gcrWarning */.l8(name));
    const context = (0,rules/* safeValue */.pI)(inputs_Inputs.Context, (0,inputs/* pick */.Up)((0,inputs/* optional */.lq)(source, inputs_Inputs.Context), entry?.context, '.') ?? '.');
    const dockerfileValue = (0,inputs/* pick */.Up)((0,inputs/* optional */.lq)(source, inputs_Inputs.Dockerfile), entry?.dockerfile);
    const dockerfile = dockerfileValue && (0,rules/* safeValue */.pI)(inputs_Inputs.Dockerfile, dockerfileValue);
    const targetValue = (0,inputs/* pick */.Up)((0,inputs/* optional */.lq)(source, inputs_Inputs.Target), entry?.target);
    const target = targetValue && buildStage(targetValue);
    const tagsInput = (0,inputs/* parseList */.E1)((0,inputs/* optional */.lq)(source, inputs_Inputs.Tags));
    const tagValues = tagsInput.length > 0 ? tagsInput : (entry?.tags ?? defaultTags(env));
    if (tagValues.length === 0) {
        throw new errors/* ConfigurationError */.j1(inputs_Inputs.Tags, 'is required outside a GitHub Actions run (no GITHUB_SHA or GITHUB_REF to derive tags from)');
    }
    const tags = (0,inputs/* unique */.Am)(tagValues.map((t) => validate_image/* imageTag */.I_(inputs_Inputs.Tags, t)));
    if (tags.includes('latest')) {
        warnings.push('`latest` is a mutable tag: deploy by the `image-ref` output (a digest), never by `latest`');
    }
    const argsInput = (0,inputs/* parseKeyValueLines */.FF)(inputs_Inputs.BuildArgs, (0,inputs/* optional */.lq)(source, inputs_Inputs.BuildArgs));
    const buildArgs = (argsInput.length > 0 ? argsInput : Object.entries(entry?.buildArgs ?? {})).map(([k, v]) => [validate_image/* buildArgName */.EW(inputs_Inputs.BuildArgs, k), v]);
    const secrets = (0,inputs/* parseKeyValueLines */.FF)(inputs_Inputs.Secrets, (0,inputs/* optional */.lq)(source, inputs_Inputs.Secrets)).map(([id, value]) => {
        if (value.length === 0)
            throw new errors/* ConfigurationError */.j1(inputs_Inputs.Secrets, `secret "${id}" is empty`);
        return { id: validate_image/* buildSecretId */.yZ(inputs_Inputs.Secrets, id), value };
    });
    if (new Set(secrets.map((s) => s.id)).size !== secrets.length) {
        throw new errors/* ConfigurationError */.j1(inputs_Inputs.Secrets, 'each secret id may appear only once');
    }
    const platformsInput = (0,inputs/* parseList */.E1)((0,inputs/* optional */.lq)(source, inputs_Inputs.Platforms));
    const platforms = (0,inputs/* unique */.Am)((platformsInput.length > 0 ? platformsInput : (entry?.platforms ?? [])).map((p) => validate_image/* platform */.iD(inputs_Inputs.Platforms, p)));
    const labelsInput = (0,inputs/* parseKeyValueLines */.FF)(inputs_Inputs.Labels, (0,inputs/* optional */.lq)(source, inputs_Inputs.Labels));
    const userLabels = (labelsInput.length > 0 ? labelsInput : Object.entries(entry?.labels ?? {})).map(([k, v]) => [validate_image/* labelKey */.kJ(inputs_Inputs.Labels, k), v]);
    const labels = new Map(ociLabels(env, now));
    for (const [k, v] of userLabels)
        labels.set(k, v);
    const push = (0,inputs/* booleanInput */.tE)(source, inputs_Inputs.Push, true);
    const skipExisting = (0,inputs/* booleanInput */.tE)(source, inputs_Inputs.SkipExisting, entry?.skipExisting ?? false);
    const createRepository = (0,inputs/* booleanInput */.tE)(source, inputs_Inputs.CreateRepository, entry?.createRepository ?? false);
    if (createRepository && name.kind !== 'artifact-registry') {
        throw new errors/* ConfigurationError */.j1(inputs_Inputs.CreateRepository, `can only create Artifact Registry repositories (${validate_image/* AR_EXAMPLE */.R$}); ${name.host} is not one`);
    }
    if (skipExisting && !push) {
        warnings.push('skip-existing has no effect with push: false (nothing is pushed to compare)');
    }
    return {
        image: name,
        context,
        dockerfile,
        tags,
        buildArgs,
        secrets,
        target,
        platforms,
        labels: [...labels.entries()],
        push,
        skipExisting: skipExisting && push,
        createRepository,
        cache: (0,inputs/* booleanInput */.tE)(source, inputs_Inputs.Cache, false),
        dryRun: (0,inputs/* booleanInput */.tE)(source, inputs_Inputs.DryRun, false),
        warnings,
    };
}

;// CONCATENATED MODULE: ./src/lib/fs.ts
/** Files the suite writes for a CLI to read: private, in RUNNER_TEMP, removed in finally. */



function tempRoot() {
    return process.env.RUNNER_TEMP || (0,external_node_os_namespaceObject.tmpdir)();
}
/** Writes `content` to a 0600 file in a fresh private folder, runs `fn`, then removes both. */
async function withTempFile(name, content, fn) {
    const dir = await (0,promises_.mkdtemp)(external_node_path_default().join(tempRoot(), 'gke-dp-'));
    const file = external_node_path_default().join(dir, name);
    try {
        await (0,promises_.writeFile)(file, content, { mode: 0o600, flag: 'wx' });
        return await fn(file);
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./src/lib/tools/docker.ts
/**
 * The docker wrapper: argv for the registry-facing commands, the parsers for what they print,
 * and push/login with the retry and secrecy rules of security-reliability.md (cases 29, 31).
 */



/** The user name Google registries take with an OAuth access token as the password. */
const OAUTH_USER = 'oauth2accesstoken';
/** Pushing a layer of a few hundred MB on a slow runner takes minutes; allow for it. */
const PUSH_TIMEOUT_MS = 30 * 60 * 1000;
const BUILD_TIMEOUT_MS = 60 * 60 * 1000;
const dockerArgv = {
    /** The password is never in argv: it goes on stdin (case F31). */
    login: (host, user = OAUTH_USER) => [
        'login',
        '--username',
        user,
        '--password-stdin',
        host,
    ],
    push: (ref) => ['push', ref],
    pull: (ref) => ['pull', ref],
    tag: (source, target) => ['tag', source, target],
    /** `--insecure` lets the client talk plain HTTP, which docker allows only for loopback hosts. */
    manifestInspect: (ref, insecure) => [
        'manifest',
        'inspect',
        '--verbose',
        ...(insecure ? ['--insecure'] : []),
        ref,
    ],
    buildxVersion: () => ['buildx', 'version'],
    /**
     * The top-level manifest with its digest, for single images and multi-platform lists alike
     * (https://docs.docker.com/reference/cli/docker/buildx/imagetools/inspect/#format).
     */
    imagetoolsInspect: (ref) => [
        'buildx',
        'imagetools',
        'inspect',
        '--format',
        '{{json .Manifest}}',
        ref,
    ],
    /** A registry-side retag: no pull, no rebuild. */
    imagetoolsCreate: (source, targets) => [
        'buildx',
        'imagetools',
        'create',
        ...targets.flatMap((t) => ['--tag', t]),
        source,
    ],
};
const DIGEST_IN_PUSH = /: digest: (sha256:[a-f0-9]{64}) size: \d+/g;
/** The digest `docker push` prints last (`TAG: digest: sha256:... size: N`). */
function parsePushDigest(output) {
    let digest;
    for (const m of output.matchAll(DIGEST_IN_PUSH))
        digest = m[1];
    return digest;
}
/** `containerimage.digest` from a `docker buildx build --metadata-file` file. */
function parseMetadataDigest(text) {
    try {
        const json = JSON.parse(text);
        const digest = json['containerimage.digest'];
        return typeof digest === 'string' && /^sha256:[a-f0-9]{64}$/.test(digest) ? digest : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * The digest in `docker manifest inspect --verbose` output. A single image prints one object
 * whose Descriptor is the manifest's; a multi-platform list prints an array of the platform
 * manifests, which does not hold the list's own digest, so that answers undefined.
 */
function parseManifestInspectDigest(text) {
    try {
        const json = JSON.parse(text);
        if (Array.isArray(json) || typeof json !== 'object' || json === null)
            return undefined;
        const descriptor = json.Descriptor;
        const digest = descriptor?.digest;
        return typeof digest === 'string' && /^sha256:[a-f0-9]{64}$/.test(digest) ? digest : undefined;
    }
    catch {
        return undefined;
    }
}
/** `digest` of `docker buildx imagetools inspect --format '{{json .Manifest}}'`. */
function parseImagetoolsDigest(text) {
    try {
        const digest = JSON.parse(text).digest;
        return typeof digest === 'string' && /^sha256:[a-f0-9]{64}$/.test(digest) ? digest : undefined;
    }
    catch {
        return undefined;
    }
}
/** What docker and buildx print when a tag is not in the registry. */
const MISSING = /no such manifest|manifest unknown|: not found|not found: |name unknown|NAME_UNKNOWN/i;
function isMissingManifest(err) {
    return err instanceof errors/* CommandError */.Qd && MISSING.test(err.stderr);
}
/**
 * A push is idempotent (content-addressed), so a 5xx, reset or timeout is retried; the
 * daemon's own layer retries do not cover the manifest PUT.
 */
function isRetryablePush(err) {
    return (0,retry/* isTransient */.dg)(err);
}
class Docker extends CliTool {
    buildx;
    constructor(ctx) {
        super('docker', ctx);
    }
    /** Whether `docker buildx` works here (GitHub's runners: yes; Debian's docker.io: no). */
    hasBuildx() {
        this.buildx ??= this.execute(dockerArgv.buildxVersion(), { mutating: false }).then(() => true, () => false);
        return this.buildx;
    }
    /**
     * Logs in with the password on stdin. Counted as a read: it changes no remote state, and a
     * dry run needs it to look the tag up in the registry.
     */
    async login(host, password, user = OAUTH_USER) {
        await this.read(dockerArgv.login(host, user), { stdin: password });
    }
    /** Whether `ref` (image:tag) is in the registry, and its digest when it can be known. */
    async inspect(ref, insecure) {
        try {
            if (await this.hasBuildx()) {
                const out = await this.read(dockerArgv.imagetoolsInspect(ref));
                return { exists: true, digest: parseImagetoolsDigest(out.stdout) };
            }
            const out = await this.read(dockerArgv.manifestInspect(ref, insecure));
            return { exists: true, digest: parseManifestInspectDigest(out.stdout) };
        }
        catch (err) {
            const last = err instanceof errors/* CommandError */.Qd ? err : err.lastError;
            if (isMissingManifest(last) || isMissingManifest(err))
                return { exists: false };
            throw err;
        }
    }
    /** Pushes one tag, retried on transient failures; returns the digest docker printed. */
    async push(ref, policy) {
        const result = await this.mutate(dockerArgv.push(ref), {
            timeoutMs: PUSH_TIMEOUT_MS,
            retryable: isRetryablePush,
            ...(policy ? { policy } : {}),
        });
        return parsePushDigest(result.stdout);
    }
}

;// CONCATENATED MODULE: ./src/lib/tools/gcloud.ts
/** The gcloud wrapper: argv builders live with the actions; this runs them and parses JSON. */


class Gcloud extends CliTool {
    constructor(ctx) {
        super('gcloud', ctx);
    }
    /** A read that prints JSON (`--format=json` is appended). */
    async json(args) {
        const result = await this.read([...args, '--format=json']);
        return parseJson(result.stdout, `output of ${args.slice(0, 3).join(' ')}`);
    }
    /** A describe: the parsed object, or undefined when gcloud says it does not exist. */
    async describe(args) {
        try {
            return await this.json(args);
        }
        catch (err) {
            if (isNotFound(err))
                return undefined;
            if (err instanceof retry/* RetryExhaustedError */.aB && isNotFound(err.lastError))
                return undefined;
            throw err;
        }
    }
}
/** Whether `policy` grants `role` to `member` unconditionally. */
function hasBinding(policy, role, member) {
    return (policy.bindings ?? []).some((b) => b.role === role && b.condition === undefined && b.members.includes(member));
}
/**
 * Adds unconditional bindings to a copy of `policy`, keeping everything else as it was,
 * including the etag (so IAM rejects the write if someone changed the policy meanwhile) and
 * the version (so conditional bindings are not dropped).
 */
function withBindings(policy, additions) {
    const bindings = (policy.bindings ?? []).map((b) => ({
        ...b,
        members: [...b.members],
    }));
    for (const { role, member } of additions) {
        const existing = bindings.find((b) => b.role === role && b.condition === undefined);
        if (existing) {
            if (!existing.members.includes(member))
                existing.members.push(member);
        }
        else {
            bindings.push({ role, members: [member] });
        }
    }
    return { ...policy, bindings };
}

;// CONCATENATED MODULE: ./src/actions/build-push-image/reconcile.ts
/** build-push-image's observe, apply and verify around the registry and the builder. */









class ImageReconciler {
    ctx;
    inputs;
    docker;
    gcloud;
    /** The digest of what this run built and pushed. */
    digest;
    constructor(ctx, inputs) {
        this.ctx = ctx;
        this.inputs = inputs;
        this.docker = new Docker(ctx);
        this.gcloud = new Gcloud(ctx);
    }
    get needsGcloud() {
        return (0,validate_image/* isGoogleHost */.Yn)(this.inputs.image.host) || this.inputs.createRepository;
    }
    /** Tools present, and what the builder on this runner can do; all before any mutation. */
    async preflight() {
        await this.docker.ensureAvailable();
        if (this.needsGcloud)
            await this.gcloud.ensureAvailable();
        const buildx = await this.docker.hasBuildx();
        const warnings = [];
        if (!buildx) {
            if (this.inputs.secrets.length > 0) {
                throw new errors/* ConfigurationError */.j1(inputs_Inputs.Secrets, 'build secrets need BuildKit (`docker buildx`), which this runner lacks; install buildx (docker/setup-buildx-action)');
            }
            if (this.inputs.platforms.length > 1) {
                throw new errors/* ConfigurationError */.j1(inputs_Inputs.Platforms, 'several platforms need `docker buildx`, which this runner lacks');
            }
            if (this.inputs.cache)
                warnings.push('cache: ignored, `docker buildx` is not available (the classic builder cannot use the GitHub Actions cache)');
        }
        else if (this.inputs.cache && !this.ghaCacheUsable()) {
            warnings.push('cache: ignored, the GitHub Actions cache service is not exposed to this step (ACTIONS_RUNTIME_TOKEN unset)');
        }
        return { buildx, warnings };
    }
    ghaCacheUsable() {
        return (this.inputs.cache &&
            Boolean(process.env.ACTIONS_RUNTIME_TOKEN) &&
            Boolean(process.env.ACTIONS_CACHE_URL || process.env.ACTIONS_RESULTS_URL));
    }
    /**
     * Logs in to a Google registry with a short-lived access token. The token is masked before
     * any use and only ever written to docker's stdin (case F31). Private registries are left to
     * the workflow (docker/login-action), and need none in tests.
     */
    async login() {
        const host = this.inputs.image.host;
        if (!(0,validate_image/* isGoogleHost */.Yn)(host))
            return;
        const token = (await this.gcloud.read(gcloudArgv.accessToken())).stdout.trim();
        if (!token)
            throw new Error('gcloud auth print-access-token printed no token; is the step authenticated (google-github-actions/auth)?');
        this.ctx.registerSecret(token);
        await this.docker.login(host, token);
    }
    async observe() {
        const { inputs } = this;
        let repositoryExists;
        const repo = inputs.image.repository;
        if (inputs.createRepository && repo) {
            repositoryExists =
                (await this.gcloud.describe(gcloudArgv.describeRepository(repo))) !== undefined;
        }
        const tags = new Map();
        if (inputs.skipExisting && repositoryExists !== false) {
            const insecure = (0,validate_image/* isLoopbackHost */.cW)(inputs.image.host);
            const primary = inputs.tags[0] ?? '';
            const state = await this.docker.inspect(argv_refOf(inputs.image.name, primary), insecure);
            tags.set(primary, state.exists ? (state.digest ?? '') : null);
            if (state.exists && !state.digest) {
                this.ctx.logger.warning(`${primary} exists but its digest cannot be read without buildx (a multi-platform list?); building again`);
                tags.set(primary, null);
            }
            if (state.exists && state.digest) {
                for (const tag of inputs.tags.slice(1)) {
                    const other = await this.docker.inspect(argv_refOf(inputs.image.name, tag), insecure);
                    tags.set(tag, other.exists ? (other.digest ?? '') : null);
                }
            }
        }
        return { repositoryExists, tags };
    }
    async apply(op, buildx) {
        switch (op.type) {
            case 'repository':
                return this.createRepository();
            case 'build':
                this.digest = buildx ? await this.buildx() : await this.buildClassic();
                return this.digest ? `pushed ${this.digest}` : 'built (not pushed)';
            case 'retag':
                await this.retag(op.digest, op.tags, buildx);
                return `tagged ${op.tags.join(', ')}`;
        }
    }
    async createRepository() {
        const repo = this.inputs.image.repository;
        if (!repo)
            throw new Error('internal: repository change without an Artifact Registry path');
        try {
            await this.gcloud.mutate(gcloudArgv.createRepository(repo));
            return 'created (format docker)';
        }
        catch (err) {
            // Created by a concurrent run between describe and create: adopt it.
            if (err instanceof errors/* CommandError */.Qd && /ALREADY_EXISTS|already exists|\b409\b/i.test(err.stderr))
                return 'already existed; adopted';
            throw err;
        }
    }
    async buildClassic() {
        const { inputs } = this;
        await this.docker.mutate(dockerBuild(inputs), {
            timeoutMs: BUILD_TIMEOUT_MS,
            retryable: () => false,
        });
        if (!inputs.push)
            return undefined;
        let digest;
        for (const tag of inputs.tags) {
            const pushed = await this.docker.push(argv_refOf(inputs.image.name, tag));
            if (digest && pushed && pushed !== digest) {
                throw new Error(`docker push of ${tag} reported ${pushed}, not ${digest} as the other tags`);
            }
            digest ??= pushed;
        }
        return digest;
    }
    /** Writes secrets and the metadata file to a private temp folder, removed in finally (F37). */
    async buildx() {
        const { inputs } = this;
        const dir = await (0,promises_.mkdtemp)(external_node_path_default().join(tempRoot(), 'build-push-image-'));
        try {
            const secretFiles = [];
            for (const [i, s] of inputs.secrets.entries()) {
                const file = external_node_path_default().join(dir, `secret-${i}`);
                await (0,promises_.writeFile)(file, s.value, { mode: 0o600, flag: 'wx' });
                secretFiles.push({ id: s.id, file });
            }
            const metadataFile = external_node_path_default().join(dir, 'metadata.json');
            await this.docker.mutate(buildxBuild(inputs, { metadataFile, secretFiles, ghaCache: this.ghaCacheUsable() }), {
                timeoutMs: BUILD_TIMEOUT_MS,
                retryable: inputs.push ? isRetryablePush : () => false,
            });
            if (!inputs.push)
                return undefined;
            const digest = parseMetadataDigest(await (0,promises_.readFile)(metadataFile, 'utf8').catch(() => ''));
            if (!digest)
                throw new Error('docker buildx build pushed, but its metadata file has no containerimage.digest');
            return digest;
        }
        finally {
            await (0,promises_.rm)(dir, { recursive: true, force: true });
        }
    }
    async retag(digest, tags, buildx) {
        const name = this.inputs.image.name;
        const source = digestRefOf(name, digest);
        if (buildx) {
            await this.docker.mutate(dockerArgv.imagetoolsCreate(source, tags.map((t) => argv_refOf(name, t))), { retryable: isRetryablePush });
            return;
        }
        await this.docker.mutate(dockerArgv.pull(source), { retryable: isRetryablePush });
        for (const tag of tags) {
            await this.docker.mutate(dockerArgv.tag(source, argv_refOf(name, tag)), {
                retryable: () => false,
            });
            await this.docker.push(argv_refOf(name, tag));
        }
    }
    /** Reads the primary tag back: it must point at the digest the build reported. */
    async verify(digest) {
        const ref = argv_refOf(this.inputs.image.name, this.inputs.tags[0] ?? '');
        const state = await this.docker.inspect(ref, (0,validate_image/* isLoopbackHost */.cW)(this.inputs.image.host));
        if (!state.exists)
            throw new Error(`verification failed: ${ref} is not in the registry after the push`);
        if (digest && state.digest && state.digest !== digest) {
            throw new Error(`verification failed: ${ref} is at ${state.digest}, not at the pushed ${digest}`);
        }
        const result = digest ?? state.digest;
        if (!result)
            throw new Error(`could not learn the digest of ${ref}`);
        return result;
    }
}

;// CONCATENATED MODULE: ./src/actions/build-push-image/builds.ts



const imageRefOutput = (name) => `image-ref:${name}`;
function parseBuilds(source, config, chain) {
    const entries = config?.images ?? [];
    if (chain !== undefined && (0,inputs/* optional */.lq)(source, inputs_Inputs.Image) === undefined && entries.length > 0) {
        return { dryRun: false, entries: entries.map((e) => e.name), config };
    }
    const single = inputs_parseInputs(source, config);
    return { dryRun: single.dryRun, single };
}
/** Outside GitHub Actions the commit comes from git, so a local plan tags like CI would. */
async function gitEnv(tools) {
    if (process.env.GITHUB_SHA)
        return process.env;
    const head = await tools.runner.run({
        tool: 'git',
        args: ['rev-parse', 'HEAD'],
        mutating: false,
    });
    return head.exitCode === 0 ? { GITHUB_SHA: head.stdout.trim() } : {};
}
async function unitsOf(builds, ctx) {
    const unit = (inputs, name) => ({
        name,
        inputs,
        reconciler: new ImageReconciler(ctx, inputs),
        buildx: false,
    });
    if (builds.single)
        return [unit(builds.single)];
    const env = await gitEnv(ctx);
    return (builds.entries ?? []).map((name) => unit(inputs_parseInputs((input) => (input === inputs_Inputs.Image ? name : ''), builds.config, env), name));
}
function unitChanges(units) {
    return units.flatMap((u, unit) => (u.plan?.changes ?? []).map((c) => ({ ...c, op: c.op && { unit, op: c.op } })));
}

;// CONCATENATED MODULE: ./src/actions/build-push-image/preflight.ts
/**
 * Local checks that need the file system but no command: the build context and Dockerfile
 * exist, and no Google credential file written by google-github-actions/auth would be sent
 * to the builder inside the context (security-reliability.md case 14).
 */




/** google-github-actions/auth writes these into the workspace by default. */
const CREDENTIAL_FILE = /^gha-creds-[\w-]*\.json$/;
async function isDirectory(p) {
    try {
        return (await (0,promises_.stat)(p)).isDirectory();
    }
    catch {
        return false;
    }
}
async function isFile(p) {
    try {
        return (await (0,promises_.stat)(p)).isFile();
    }
    catch {
        return false;
    }
}
/** Whether a .dockerignore line excludes files named like `gha-creds-*.json` at the top. */
function ignoresCredentials(dockerignore) {
    return dockerignore
        .split(/\r?\n/)
        .map((l) => l.trim().replace(/^\/+/, ''))
        .some((l) => [
        'gha-creds-*',
        'gha-creds-*.json',
        '*.json',
        '*',
        '**',
        '**/gha-creds-*.json',
        '**/gha-creds-*',
    ].includes(l));
}
async function checkContext(inputs) {
    const context = inputs.context;
    if (!(await isDirectory(context))) {
        throw new errors/* ConfigurationError */.j1(inputs_Inputs.Context, `"${context}" is not a directory`);
    }
    const dockerfile = inputs.dockerfile ?? external_node_path_default().join(context, 'Dockerfile');
    if (!(await isFile(dockerfile))) {
        throw new errors/* ConfigurationError */.j1(inputs_Inputs.Dockerfile, inputs.dockerfile
            ? `"${dockerfile}" does not exist`
            : `no Dockerfile in "${context}"; set \`dockerfile\``);
    }
    const credentials = (await (0,promises_.readdir)(context)).filter((f) => CREDENTIAL_FILE.test(f));
    if (credentials.length === 0)
        return;
    let ignore = '';
    try {
        ignore = await (0,promises_.readFile)(external_node_path_default().join(context, '.dockerignore'), 'utf8');
    }
    catch {
        // No .dockerignore: everything in the context is sent to the builder.
    }
    if (!ignoresCredentials(ignore)) {
        throw new errors/* ConfigurationError */.j1(inputs_Inputs.Context, `holds Google credentials (${credentials.join(', ')}) that would be sent to the builder and could end up in the image; ` +
            'add `gha-creds-*.json` to .dockerignore, or set `create_credentials_file: false` / run checkout before auth');
    }
}

;// CONCATENATED MODULE: ./src/actions/build-push-image/plan.ts
/**
 * build-push-image's planner: desired state (inputs) + what the registry holds -> Changes.
 * Pure: no I/O, so each branch is a table test.
 */



const line = (tool, args) => (0,runner/* formatCommand */.fE)({ tool, args });
/** Pure: desired (inputs) + observed -> Changes. */
function planImage(inputs, observed, buildx) {
    const changes = [];
    const name = inputs.image.name;
    const repo = inputs.image.repository;
    if (inputs.createRepository && repo) {
        const resource = `artifact-registry/${repo.project}/${repo.location}/${repo.id}`;
        changes.push(observed.repositoryExists
            ? { resource, action: 'noop', reason: 'exists', commands: [] }
            : {
                resource,
                action: 'create',
                reason: observed.repositoryExists === false
                    ? 'does not exist'
                    : 'not observed; created unless it exists',
                commands: [line('gcloud', gcloudArgv.createRepository(repo))],
                op: { type: 'repository' },
            });
    }
    const primary = inputs.tags[0] ?? '';
    const existing = inputs.skipExisting ? observed.tags.get(primary) : undefined;
    if (existing) {
        const missing = inputs.tags.filter((t) => t !== primary && observed.tags.get(t) !== existing);
        changes.push({
            resource: `image/${argv_refOf(name, primary)}`,
            action: 'noop',
            reason: `already in the registry at ${existing}; build skipped`,
            commands: [],
        });
        if (missing.length > 0) {
            const source = digestRefOf(name, existing);
            const targets = missing.map((t) => argv_refOf(name, t));
            changes.push({
                resource: `image/${name} tags`,
                action: 'update',
                reason: `point ${missing.join(', ')} at ${existing}`,
                commands: buildx
                    ? [line('docker', dockerArgv.imagetoolsCreate(source, targets))]
                    : [
                        line('docker', dockerArgv.pull(source)),
                        ...targets.map((t) => line('docker', dockerArgv.push(t))),
                    ],
                op: { type: 'retag', digest: existing, tags: missing },
            });
        }
        return { changes, existingDigest: existing };
    }
    const buildLine = buildx
        ? line('docker', buildxBuild(inputs, {
            metadataFile: 'METADATA.json',
            secretFiles: inputs.secrets.map((s) => ({ id: s.id, file: `SECRET_${s.id}` })),
            ghaCache: inputs.cache,
        }))
        : line('docker', dockerBuild(inputs));
    const pushLines = inputs.push && !buildx
        ? inputs.tags.map((t) => line('docker', dockerArgv.push(argv_refOf(name, t))))
        : [];
    changes.push({
        resource: `image/${argv_refOf(name, primary)}`,
        action: 'create',
        reason: `${inputs.push ? 'build and push' : 'build (no push)'} ${inputs.tags.length} tag(s)${inputs.skipExisting && existing === null ? `; ${primary} is not in the registry` : ''}`,
        commands: [buildLine, ...pushLines],
        op: { type: 'build' },
    });
    return { changes };
}

;// CONCATENATED MODULE: ./src/actions/build-push-image/definition.ts
/** build-push-image: build a container image, push it to Artifact Registry, output its digest. */







/** The reference to deploy: the pushed digest, else (dry run, push: false) the primary tag. */
function imageRefOf(u) {
    const digest = u.digest ?? u.plan?.existingDigest;
    const name = u.inputs.image.name;
    return digest ? digestRefOf(name, digest) : argv_refOf(name, u.inputs.tags[0] ?? '');
}
const definition_definition = {
    name: 'build-push-image',
    order: 30,
    parse: parseBuilds,
    // Build secrets are masked before any command runs, so no log line can carry them.
    secrets: (builds) => (builds.single?.secrets ?? []).map((s) => s.value),
    cli: { enabled: (config) => (config.images?.length ?? 0) > 0 },
    async start(builds, ctx) {
        const units = await unitsOf(builds, ctx);
        const warnings = units.flatMap((u) => u.inputs.warnings);
        return {
            async preflight() {
                for (const u of units) {
                    await checkContext(u.inputs);
                    const pre = await u.reconciler.preflight();
                    u.buildx = pre.buildx;
                    warnings.push(...pre.warnings);
                    await u.reconciler.login();
                }
            },
            async plan() {
                for (const u of units) {
                    const observed = ctx.offline ? { tags: new Map() } : await u.reconciler.observe();
                    u.plan = planImage(u.inputs, observed, u.buildx);
                }
                return { changes: unitChanges(units), warnings };
            },
            apply: ({ unit, op }) => units[unit].reconciler.apply(op, units[unit].buildx),
            async verify(applied) {
                for (const [i, u] of units.entries()) {
                    const built = applied.some((a) => a.unit === i && a.op.type === 'build');
                    if (built && u.inputs.push)
                        u.digest = await u.reconciler.verify(u.reconciler.digest);
                }
            },
            outputs() {
                const [first] = units;
                if (builds.single && first) {
                    const digest = first.digest ?? first.plan?.existingDigest ?? '';
                    const name = first.inputs.image.name;
                    return {
                        [inputs_Outputs.Image]: name,
                        [inputs_Outputs.Digest]: digest,
                        [inputs_Outputs.ImageRef]: imageRefOf(first),
                        [inputs_Outputs.Tags]: JSON.stringify(first.inputs.tags.map((t) => argv_refOf(name, t))),
                        [inputs_Outputs.Skipped]: String(first.plan?.existingDigest !== undefined),
                    };
                }
                // The CLI chain: deploy-app and helm-airflow find each image by its file name.
                return Object.fromEntries(units.map((u) => [imageRefOutput(u.name ?? ''), imageRefOf(u)]));
            },
            report: (result) => actionSummary({
                heading: headingOf('build-push-image', result.dryRun, 'nothing was built or pushed'),
                intro: [
                    markdownTable(['image', 'digest', 'tags', 'builder'], units.map((u) => [
                        u.inputs.image.name,
                        u.digest ?? u.plan?.existingDigest ?? '(not pushed)',
                        u.inputs.tags.join(', '),
                        u.buildx ? 'docker buildx' : 'docker build',
                    ])),
                    ...units.map((u) => `Deploy with \`${imageRefOf(u)}\`.`),
                ].join('\n\n'),
                outcomes: result.outcomes,
                warnings: result.planned.warnings,
            }),
            done: () => units
                .map((u) => u.plan?.existingDigest !== undefined
                ? `build-push-image: ${u.inputs.tags[0] ?? ''} already pushed; build skipped`
                : `build-push-image: ${imageRefOf(u)}`)
                .join('\n'),
        };
    },
};
const build_push_image_definition_run = (deps) => runDefinition(definition_definition, deps);

;// CONCATENATED MODULE: ./src/lib/k8s/service.ts


class AddressTimeoutError extends Error {
    diagnostics;
    name = 'AddressTimeoutError';
    constructor(message, diagnostics) {
        super(message);
        this.diagnostics = diagnostics;
    }
}
async function waitForAddress(client, namespace, name, options) {
    const started = options.clock.now();
    for (;;) {
        const svc = await client.get('service', name, namespace);
        if (!svc)
            throw new Error(`service ${namespace}/${name} does not exist; check the service input`);
        const ingress = svc.status?.loadBalancer?.ingress?.[0];
        const address = ingress?.ip ?? ingress?.hostname;
        if (address)
            return { address, port: svc.spec?.ports?.[0]?.port ?? 80 };
        if (options.clock.now() - started >= options.timeoutMs) {
            const events = await client.events(namespace, [name]).catch(() => []);
            throw new AddressTimeoutError(`service ${namespace}/${name} got no load balancer address within ${(0,rules/* formatDuration */.a3)(options.timeoutMs)}` +
                (events.length
                    ? `; last event: ${events[events.length - 1]?.reason ?? ''}: ${events[events.length - 1]?.message ?? ''}`
                    : ''), `#### Events for service ${name}\n\n${eventsTable(events)}`);
        }
        await options.clock.sleep(options.pollMs);
    }
}
/** `http://ADDRESS[:PORT]`, with brackets for IPv6. */
function urlOf(address, port) {
    const host = address.includes(':') ? `[${address}]` : address;
    return `http://${host}${port === 80 ? '' : `:${port}`}`;
}

// EXTERNAL MODULE: ./src/lib/k8s/cloud-sql.ts
var cloud_sql = __nccwpck_require__(5512);
;// CONCATENATED MODULE: ./src/actions/deploy-app/inputs.ts
/** deploy-app's input and output names (kept equal to action.yml by a test) and parseInputs(). */





const deploy_app_inputs_Inputs = {
    Namespace: 'namespace',
    Manifests: 'manifests',
    Images: 'images',
    ServiceAccount: 'service-account',
    DatabaseUrl: 'database-url',
    CloudSqlInstance: 'cloud-sql-instance',
    AutoIamAuthn: 'auto-iam-authn',
    PrivateIp: 'private-ip',
    Backend: 'backend',
    Frontend: 'frontend',
    Service: 'service',
    WaitForAddress: 'wait-for-address',
    AddressTimeout: 'address-timeout',
    SmokePath: 'smoke-path',
    Timeout: 'timeout',
    Config: 'config',
    DryRun: 'dry-run',
};
const deploy_app_inputs_Outputs = {
    ExternalIp: 'external-ip',
    Url: 'url',
    Changed: 'changed',
    RolledBack: 'rolled-back',
};
const inputs_DEFAULTS = {
    namespace: 'application',
    serviceAccount: 'fastapi-backend-ksa',
    backend: 'fastapi-backend',
    frontend: 'react-frontend',
    service: 'react-frontend-service',
    timeout: '10m',
    addressTimeout: '10m',
};
/**
 * `carried` are images from earlier steps (the CLI's `image-ref:NAME`); explicit `images`
 * lines and the platform file's map win over them.
 */
function deploy_app_inputs_parseInputs(source, config, carried = []) {
    const file = config?.app;
    const warnings = [];
    const namespace = rules/* dnsLabel */.UG(deploy_app_inputs_Inputs.Namespace, (0,inputs/* pick */.Up)((0,inputs/* optional */.lq)(source, deploy_app_inputs_Inputs.Namespace), file?.namespace, inputs_DEFAULTS.namespace) ?? '');
    const listed = (0,inputs/* parseList */.E1)((0,inputs/* optional */.lq)(source, deploy_app_inputs_Inputs.Manifests));
    const manifests = listed.length > 0 ? listed : (file?.manifests ?? []);
    if (manifests.length === 0) {
        throw new errors/* ConfigurationError */.j1(deploy_app_inputs_Inputs.Manifests, "is required (the app repo's deployments/*.yaml files or the folder)");
    }
    const explicitImages = (0,k8s_images/* parseImages */.eb)(deploy_app_inputs_Inputs.Images, source(deploy_app_inputs_Inputs.Images));
    const fileImages = Object.entries(file?.images ?? {}).map(([name, ref]) => ({
        name,
        ref: (0,k8s_images/* imageRef */.D6)(deploy_app_inputs_Inputs.Images, ref),
    }));
    const byName = new Map();
    for (const o of [...carried, ...fileImages, ...explicitImages])
        byName.set(o.name, o);
    const images = [...byName.values()];
    const floating = images.filter((o) => !(0,k8s_images/* isDigestRef */.oO)(o.ref)).map((o) => o.name);
    if (floating.length > 0) {
        warnings.push(`images ${floating.join(', ')} are not pinned by digest; pass build-push-image's image@sha256 output so the deploy runs exactly what was built`);
    }
    const saInput = (0,inputs/* pick */.Up)((0,inputs/* optional */.lq)(source, deploy_app_inputs_Inputs.ServiceAccount), file?.serviceAccount);
    const databaseUrl = (0,inputs/* optional */.lq)(source, deploy_app_inputs_Inputs.DatabaseUrl);
    const instance = (0,inputs/* pick */.Up)((0,inputs/* optional */.lq)(source, deploy_app_inputs_Inputs.CloudSqlInstance), file?.cloudSqlInstance);
    const cloudSql = instance === undefined
        ? undefined
        : {
            instance: (0,cloud_sql/* cloudSqlInstance */.LV)(deploy_app_inputs_Inputs.CloudSqlInstance, instance),
            autoIamAuthn: (0,inputs/* booleanInput */.tE)(source, deploy_app_inputs_Inputs.AutoIamAuthn, file?.autoIamAuthn ?? false),
            privateIp: (0,inputs/* booleanInput */.tE)(source, deploy_app_inputs_Inputs.PrivateIp, file?.privateIp ?? false),
        };
    if (databaseUrl !== undefined && (0,cloud_sql/* urlHasPassword */.Pq)(databaseUrl)) {
        warnings.push(cloudSql?.autoIamAuthn
            ? 'database-url carries a password although auto-iam-authn is on; with IAM database authentication the URL needs no password'
            : "database-url carries a password; with the Cloud SQL proxy's auto-iam-authn (an IAM database user for the GSA) the URL needs none and nothing can leak");
    }
    const smokePath = (0,inputs/* pick */.Up)((0,inputs/* optional */.lq)(source, deploy_app_inputs_Inputs.SmokePath), file?.smokePath);
    if (smokePath !== undefined && !/^\/[^\s]*$/.test(smokePath)) {
        throw new errors/* ConfigurationError */.j1(deploy_app_inputs_Inputs.SmokePath, `must be a path starting with / (got "${smokePath}")`);
    }
    const waitForAddress = (0,inputs/* booleanInput */.tE)(source, deploy_app_inputs_Inputs.WaitForAddress, file?.waitForAddress ?? true);
    if (smokePath !== undefined && !waitForAddress) {
        throw new errors/* ConfigurationError */.j1(deploy_app_inputs_Inputs.SmokePath, "needs wait-for-address: true (the check goes to the load balancer's address)");
    }
    return {
        namespace,
        manifests,
        images,
        requiredImages: [...explicitImages, ...fileImages].map((o) => o.name),
        serviceAccount: rules/* dnsSubdomain */.ou(deploy_app_inputs_Inputs.ServiceAccount, saInput ?? inputs_DEFAULTS.serviceAccount),
        serviceAccountExplicit: saInput !== undefined,
        databaseUrl,
        cloudSql,
        backend: rules/* dnsSubdomain */.ou(deploy_app_inputs_Inputs.Backend, (0,inputs/* pick */.Up)((0,inputs/* optional */.lq)(source, deploy_app_inputs_Inputs.Backend), file?.backend, inputs_DEFAULTS.backend) ?? ''),
        frontend: rules/* dnsSubdomain */.ou(deploy_app_inputs_Inputs.Frontend, (0,inputs/* pick */.Up)((0,inputs/* optional */.lq)(source, deploy_app_inputs_Inputs.Frontend), file?.frontend, inputs_DEFAULTS.frontend) ?? ''),
        service: rules/* dnsLabel */.UG(deploy_app_inputs_Inputs.Service, (0,inputs/* pick */.Up)((0,inputs/* optional */.lq)(source, deploy_app_inputs_Inputs.Service), file?.service, inputs_DEFAULTS.service) ?? ''),
        waitForAddress,
        addressTimeoutMs: rules/* duration */.p0(deploy_app_inputs_Inputs.AddressTimeout, (0,inputs/* pick */.Up)((0,inputs/* optional */.lq)(source, deploy_app_inputs_Inputs.AddressTimeout), file?.addressTimeout, inputs_DEFAULTS.addressTimeout) ?? ''),
        smokePath,
        timeoutMs: rules/* duration */.p0(deploy_app_inputs_Inputs.Timeout, (0,inputs/* pick */.Up)((0,inputs/* optional */.lq)(source, deploy_app_inputs_Inputs.Timeout), file?.timeout, inputs_DEFAULTS.timeout) ?? ''),
        dryRun: (0,inputs/* booleanInput */.tE)(source, deploy_app_inputs_Inputs.DryRun, false),
        warnings,
    };
}

;// CONCATENATED MODULE: ./src/actions/deploy-app/manifests.ts
/**
 * Turns the app repo's manifests into what deploy-app applies: namespace set, images replaced by
 * the built digests, the backend on its Workload Identity KSA with the Cloud SQL proxy as a
 * native sidecar, and the database URL in the `db-credentials` Secret. Pure.
 */






const DB_SECRET = 'db-credentials';
const DB_SECRET_KEY = 'database-url';
function prepareApp(inputs, userObjects) {
    const warnings = [];
    const placed = inNamespace(deploy_app_inputs_Inputs.Manifests, userObjects, inputs.namespace);
    const { objects, substitutions, unused } = (0,k8s_images/* substituteImages */.Rd)(placed, inputs.images);
    const typos = unused.filter((name) => inputs.requiredImages.includes(name));
    if (typos.length > 0) {
        throw new errors/* ConfigurationError */.j1(deploy_app_inputs_Inputs.Images, `${typos.join(', ')} matched no container name or image in the manifests`);
    }
    const backend = objects.find((o) => o.kind === 'Deployment' && o.metadata.name === inputs.backend);
    const needsBackend = inputs.cloudSql !== undefined ||
        inputs.databaseUrl !== undefined ||
        inputs.serviceAccountExplicit;
    if (!backend && needsBackend) {
        throw new errors/* ConfigurationError */.j1(deploy_app_inputs_Inputs.Backend, `no Deployment named "${inputs.backend}" in the manifests (it gets the service account, database secret and Cloud SQL proxy)`);
    }
    if (!objects.some((o) => o.kind === 'Deployment' && o.metadata.name === inputs.frontend) &&
        inputs.frontend !== inputs_DEFAULTS.frontend) {
        throw new errors/* ConfigurationError */.j1(deploy_app_inputs_Inputs.Frontend, `no Deployment named "${inputs.frontend}" in the manifests`);
    }
    const secrets = [];
    const pod = backend ? (0,k8s_images/* podSpecOf */.qz)(backend) : undefined;
    if (backend && pod) {
        if (inputs.serviceAccountExplicit || pod.serviceAccountName === undefined) {
            if (pod.serviceAccountName !== undefined &&
                pod.serviceAccountName !== inputs.serviceAccount) {
                warnings.push(`${inputs.backend} ran as service account ${pod.serviceAccountName}; the service-account input sets ${inputs.serviceAccount}`);
            }
            pod.serviceAccountName = inputs.serviceAccount;
        }
        if (inputs.databaseUrl !== undefined) {
            const secret = secretObject(DB_SECRET, inputs.namespace, {
                [DB_SECRET_KEY]: inputs.databaseUrl,
            });
            secrets.push(secret);
            wireDatabaseUrl(pod.containers[0], secret);
        }
        if (inputs.cloudSql)
            warnings.push(...(0,cloud_sql/* addProxySidecar */.b2)(pod, inputs.cloudSql));
    }
    // Secrets first: the pods that read them start right after the apply.
    const all = [
        ...secrets,
        ...objects.filter((o) => !(o.kind === 'Secret' && o.metadata.name === DB_SECRET && secrets.length)),
    ];
    assertUnique(deploy_app_inputs_Inputs.Manifests, all);
    const service = all.find((o) => o.kind === 'Service' && o.metadata.name === inputs.service);
    if (service)
        warnings.push(...serviceWarnings(service));
    return { objects: all, substitutions, warnings, service };
}
/** Adds DATABASE_URL from the Secret unless the container already reads db-credentials. */
function wireDatabaseUrl(container, secret) {
    if (!container)
        return;
    const env = (container.env ?? []);
    const reads = env.some((e) => e.name === 'DATABASE_URL' || e.valueFrom?.secretKeyRef?.name === secret.metadata.name);
    if (!reads) {
        container.env = [
            ...env,
            {
                name: 'DATABASE_URL',
                valueFrom: { secretKeyRef: { name: DB_SECRET, key: DB_SECRET_KEY } },
            },
        ];
    }
}
const INTERNAL_LB = ['networking.gke.io/load-balancer-type', 'cloud.google.com/load-balancer-type'];
/** A public LoadBalancer without TLS serves plain HTTP to the internet. */
function serviceWarnings(service) {
    const spec = service.spec;
    if (spec?.type !== 'LoadBalancer')
        return [];
    const annotations = service.metadata.annotations ?? {};
    if (INTERNAL_LB.some((k) => /internal/i.test(annotations[k] ?? '')))
        return [];
    if ((spec.ports ?? []).some((p) => p.port === 443))
        return [];
    return [
        `service ${service.metadata.name} is a public LoadBalancer serving plain HTTP; put TLS in front (a Gateway or Ingress with a Google-managed certificate) before real users arrive`,
    ];
}

;// CONCATENATED MODULE: ./src/actions/deploy-app/address.ts


/** The LoadBalancer's address, waited for; undefined when the Service is not a LoadBalancer. */
async function serviceAddress(ctx, client, inputs, prepared, warnings, pollMs) {
    const log = ctx.logger;
    const service = prepared.service ?? (await client.get('service', inputs.service, inputs.namespace));
    if (!service) {
        log.warning(`service ${inputs.service} is neither in the manifests nor in namespace ${inputs.namespace}; no address to report`);
        return undefined;
    }
    if (service.spec?.type !== 'LoadBalancer') {
        log.info(`service ${inputs.service} is not a LoadBalancer; no external address to wait for`);
        return undefined;
    }
    if (!prepared.service) {
        for (const w of serviceWarnings(service)) {
            warnings.push(w);
            log.warning(w);
        }
    }
    log.info(`waiting for service ${inputs.service} to get a load balancer address`);
    return waitForAddress(client, inputs.namespace, inputs.service, {
        timeoutMs: inputs.addressTimeoutMs,
        pollMs,
        clock: ctx.clock,
    });
}

;// CONCATENATED MODULE: ./src/actions/deploy-app/definition.ts
/** deploy-app: the app repo's manifests, digest-pinned, with the Cloud SQL proxy, rolled out and watched. */










const deploy_app_definition_NAME = 'deploy-app';
/** build-push-image's outputs in the CLI chain: `image-ref:<name>` -> the pushed reference. */
const IMAGE_REF = 'image-ref:';
function imagesTable(prepared) {
    if (prepared.substitutions.length === 0)
        return '';
    return markdownTable(['Workload', 'Container', 'Image'], prepared.substitutions.map((s) => [s.object, s.container, `\`${s.to}\``]));
}
const deploy_app_definition_definition = {
    name: deploy_app_definition_NAME,
    order: 60,
    parse: (source, config, chain) => deploy_app_inputs_parseInputs(source, config, [...(chain ?? [])]
        .filter(([key]) => key.startsWith(IMAGE_REF))
        .map(([key, ref]) => ({ name: key.slice(IMAGE_REF.length), ref }))),
    secrets: (inputs) => (inputs.databaseUrl === undefined ? [] : [inputs.databaseUrl]),
    cli: {
        enabled: (config) => (config.app?.manifests?.length ?? 0) > 0,
        secrets: [{ input: deploy_app_inputs_Inputs.DatabaseUrl, env: 'DATABASE_URL' }],
    },
    async start(inputs, ctx, tuning) {
        const prepared = prepareApp(inputs, await loadManifests(deploy_app_inputs_Inputs.Manifests, inputs.manifests));
        const warnings = [...inputs.warnings, ...prepared.warnings];
        const knobs = tuned(tuning);
        const deploy = deploySteps(ctx, {
            namespace: inputs.namespace,
            objects: prepared.objects,
            timeoutMs: inputs.timeoutMs,
            pollMs: knobs.pollMs,
        });
        let address;
        const url = () => (address ? urlOf(address.address, address.port) : '');
        return {
            preflight: deploy.preflight,
            plan: async () => ({
                changes: await deploy.plan(),
                warnings,
                artifacts: [
                    {
                        title: `${deploy_app_definition_NAME}: manifests (Secret values redacted)`,
                        language: 'yaml',
                        body: await displayYaml(prepared.objects),
                    },
                ],
            }),
            apply: deploy.apply,
            verify: deploy.verify,
            async check() {
                if (inputs.waitForAddress) {
                    address = await withAuthHint(() => serviceAddress(ctx, deploy.client, inputs, prepared, warnings, knobs.addressPollMs));
                }
                if (inputs.smokePath && url())
                    await smoke(`${url()}${inputs.smokePath}`, ctx, tuning);
            },
            outputs: (result) => ({
                [deploy_app_inputs_Outputs.ExternalIp]: address?.address ?? '',
                [deploy_app_inputs_Outputs.Url]: url(),
                [deploy_app_inputs_Outputs.Changed]: String(result.changed),
                [deploy_app_inputs_Outputs.RolledBack]: 'false',
            }),
            report: async (result) => deploySummary({
                heading: headingOf(deploy_app_definition_NAME, result.dryRun),
                intro: [
                    `Namespace \`${inputs.namespace}\`${url() ? `, reachable at ${url()}` : ''}.`,
                    imagesTable(prepared),
                ]
                    .filter(Boolean)
                    .join('\n\n'),
                outcomes: result.outcomes,
                warnings,
                manifestsYaml: await displayYaml(prepared.objects),
            }),
            done: (result) => result.changed
                ? `${deploy_app_definition_NAME}: applied changes`
                : `${deploy_app_definition_NAME}: already up to date; nothing applied`,
            async onFailure(err) {
                const report = await deployFailure(deploy_app_definition_NAME, err, warnings, prepared.objects);
                if (!(err.cause instanceof RolloutFailedError))
                    return report;
                const rolledBack = err.cause.rolledBack.length > 0;
                return {
                    ...report,
                    outputs: { [deploy_app_inputs_Outputs.Changed]: 'true', [deploy_app_inputs_Outputs.RolledBack]: String(rolledBack) },
                };
            },
        };
    },
};
const deploy_app_definition_run = (deps, tuning) => runDefinition(deploy_app_definition_definition, deps, tuning);

// EXTERNAL MODULE: ./src/lib/validate/bucket.ts
var validate_bucket = __nccwpck_require__(6418);
;// CONCATENATED MODULE: ./src/actions/gcs-log-bucket/inputs.ts
/** gcs-log-bucket's input and output names (kept equal to action.yml by a test) and parseInputs(). */



const gcs_log_bucket_inputs_Inputs = {
    ProjectId: 'project-id',
    Bucket: 'bucket',
    Location: 'location',
    Member: 'member',
    Role: 'role',
    RetentionDays: 'retention-days',
    Labels: 'labels',
    Config: 'config',
    DryRun: 'dry-run',
};
const gcs_log_bucket_inputs_Outputs = {
    BucketUrl: 'bucket-url',
    LogFolder: 'log-folder',
    Created: 'created',
    Changed: 'changed',
};
const DEFAULT_ROLE = 'roles/storage.objectAdmin';
/**
 * The prefix inside the bucket that Airflow writes task logs under (its
 * `logging.remote_base_log_folder`). Fixed, so every run and the airflow action agree on it.
 */
const LOG_PREFIX = 'logs';
/** A lifecycle age beyond a century is a typo, not a policy. */
const MAX_RETENTION_DAYS = 36500;
/** Reads, merges (explicit inputs win over the platform file) and validates every input. */
function gcs_log_bucket_inputs_parseInputs(source, config, defaults = {}) {
    const file = config?.logBucket;
    const projectId = rules/* projectId */.Lg(gcs_log_bucket_inputs_Inputs.ProjectId, (0,inputs/* requiredFrom */.UB)(gcs_log_bucket_inputs_Inputs.ProjectId, (0,inputs/* optional */.lq)(source, gcs_log_bucket_inputs_Inputs.ProjectId), config?.project));
    const bucket = (0,validate_bucket/* bucketName */.EL)(gcs_log_bucket_inputs_Inputs.Bucket, (0,inputs/* requiredFrom */.UB)(gcs_log_bucket_inputs_Inputs.Bucket, (0,inputs/* optional */.lq)(source, gcs_log_bucket_inputs_Inputs.Bucket), file?.name));
    const location = (0,validate_bucket/* bucketLocation */.G4)(gcs_log_bucket_inputs_Inputs.Location, (0,inputs/* requiredFrom */.UB)(gcs_log_bucket_inputs_Inputs.Location, (0,inputs/* optional */.lq)(source, gcs_log_bucket_inputs_Inputs.Location), file?.location ?? config?.region, "(it defaults to the platform file's region)"));
    const memberValue = (0,inputs/* pick */.Up)((0,inputs/* optional */.lq)(source, gcs_log_bucket_inputs_Inputs.Member), file?.member, defaults.member);
    const role = rules/* iamRole */.UQ(gcs_log_bucket_inputs_Inputs.Role, (0,inputs/* pick */.Up)((0,inputs/* optional */.lq)(source, gcs_log_bucket_inputs_Inputs.Role), file?.role, DEFAULT_ROLE) ?? DEFAULT_ROLE);
    const retentionInput = (0,inputs/* optional */.lq)(source, gcs_log_bucket_inputs_Inputs.RetentionDays);
    const retentionDays = retentionInput !== undefined
        ? (0,inputs/* positiveInteger */.Cq)(gcs_log_bucket_inputs_Inputs.RetentionDays, retentionInput, MAX_RETENTION_DAYS)
        : file?.retentionDays;
    const labelsInput = (0,inputs/* optional */.lq)(source, gcs_log_bucket_inputs_Inputs.Labels);
    const labels = (0,validate_bucket/* bucketLabels */.WA)(gcs_log_bucket_inputs_Inputs.Labels, labelsInput !== undefined
        ? (0,inputs/* parseKeyValueLines */.FF)(gcs_log_bucket_inputs_Inputs.Labels, labelsInput)
        : Object.entries(file?.labels ?? {}));
    return {
        projectId,
        bucket,
        location,
        member: memberValue === undefined ? undefined : (0,validate_bucket/* bucketMember */.X1)(gcs_log_bucket_inputs_Inputs.Member, memberValue),
        role,
        retentionDays,
        labels,
        dryRun: (0,inputs/* booleanInput */.tE)(source, gcs_log_bucket_inputs_Inputs.DryRun, false),
    };
}
const bucketUrlOf = (bucket) => `gs://${bucket}`;
const logFolderOf = (bucket) => `gs://${bucket}/${LOG_PREFIX}`;

;// CONCATENATED MODULE: ./src/actions/gcs-log-bucket/argv.ts
/**
 * Every command gcs-log-bucket can run, as argv builders (pure; the conformance test feeds each
 * to the real CLI). `gcloud storage` only: gsutil is in maintenance
 * (https://cloud.google.com/storage/docs/gsutil-transition-to-gcloud).
 */

/** `k=v,k2=v2`: safe because label rules exclude `,` and `=` (validate/bucket.ts). */
const labelsArg = (labels) => Object.entries(labels)
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
const argv = {
    /**
     * `--raw` prints the Storage API's own JSON (projectNumber, iamConfiguration, lifecycle)
     * instead of gcloud's renamed fields, which leave out the owning project number.
     */
    describeBucket: (bucket) => [
        'storage',
        'buckets',
        'describe',
        bucketUrlOf(bucket),
        '--raw',
    ],
    describeProject: (projectId) => ['projects', 'describe', projectId],
    createBucket: (projectId, bucket, location, lifecycleFile) => [
        'storage',
        'buckets',
        'create',
        bucketUrlOf(bucket),
        `--project=${projectId}`,
        `--location=${location}`,
        '--uniform-bucket-level-access',
        '--public-access-prevention',
        ...(lifecycleFile ? [`--lifecycle-file=${lifecycleFile}`] : []),
    ],
    updateBucket: (bucket, update) => [
        'storage',
        'buckets',
        'update',
        bucketUrlOf(bucket),
        ...(update.uniform ? ['--uniform-bucket-level-access'] : []),
        ...(update.pap ? ['--public-access-prevention'] : []),
        ...(update.labels && Object.keys(update.labels).length > 0
            ? [`--update-labels=${labelsArg(update.labels)}`]
            : []),
        ...(update.lifecycleFile ? [`--lifecycle-file=${update.lifecycleFile}`] : []),
    ],
    getPolicy: (bucket) => ['storage', 'buckets', 'get-iam-policy', bucketUrlOf(bucket)],
    setPolicy: (bucket) => (file) => [
        'storage',
        'buckets',
        'set-iam-policy',
        bucketUrlOf(bucket),
        file,
    ],
};

;// CONCATENATED MODULE: ./src/actions/gcs-log-bucket/plan.ts





/** The message of cases F25: the same whichever way we learn the name is not ours. */
function takenGloballyError(bucket, detail) {
    return new errors/* ConfigurationError */.j1(gcs_log_bucket_inputs_Inputs.Bucket, `bucket name already taken globally; choose another \`bucket\` (gs://${bucket}: ${detail}). Bucket names are one namespace across all of Google Cloud.`);
}
const retentionRule = (days) => ({
    action: { type: 'Delete' },
    condition: { age: days },
});
/** A Delete rule whose only condition is an age: what `retention-days` manages. */
function isAgeDelete(rule) {
    const keys = Object.keys(rule.condition ?? {});
    return rule.action.type === 'Delete' && keys.length === 1 && keys[0] === 'age';
}
/**
 * The lifecycle rules the bucket should have, or undefined when it already has them. Other
 * rules (storage-class moves, conditional deletes) are kept; an age-only delete rule with
 * another age is replaced, since it is the retention this input manages.
 */
function desiredLifecycle(retentionDays, current) {
    if (retentionDays === undefined)
        return undefined;
    const ageDeletes = current.filter(isAgeDelete);
    if (ageDeletes.length === 1 && ageDeletes[0]?.condition?.age === retentionDays)
        return undefined;
    return [...current.filter((r) => !isAgeDelete(r)), retentionRule(retentionDays)];
}
/** What differs between an existing bucket and the inputs (the location is checked apart). */
function bucketDrift(inputs, bucket) {
    const url = bucketUrlOf(inputs.bucket);
    const reasons = [];
    const warnings = [];
    const uniform = !bucket.uniform;
    const pap = bucket.publicAccessPrevention !== 'enforced';
    if (uniform) {
        reasons.push('turn on uniform bucket-level access');
        warnings.push(`${url} had uniform bucket-level access off; this run turns it on, so object ACLs stop granting access and only IAM decides (it can be turned off again within 90 days).`);
    }
    if (pap) {
        reasons.push('enforce public access prevention');
        warnings.push(`${url} had public access prevention "${bucket.publicAccessPrevention ?? 'unset'}"; this run enforces it, so nothing in the bucket can be made public.`);
    }
    const labels = Object.fromEntries(Object.entries(inputs.labels).filter(([k, v]) => bucket.labels[k] !== v));
    if (Object.keys(labels).length > 0)
        reasons.push(`set labels ${Object.keys(labels).join(', ')}`);
    const lifecycle = desiredLifecycle(inputs.retentionDays, bucket.lifecycleRules);
    if (lifecycle)
        reasons.push(`delete objects older than ${inputs.retentionDays} days`);
    if (reasons.length === 0)
        return { reasons, warnings };
    return { update: { uniform, pap, labels, lifecycle }, reasons, warnings };
}
const gcloudLine = (args) => (0,runner/* formatCommand */.fE)({ tool: 'gcloud', args });
const LIFECYCLE_FILE = 'LIFECYCLE.json';
function updateArgs(bucket, update, lifecycleFile) {
    const spec = {
        uniform: update.uniform,
        pap: update.pap,
        labels: update.labels,
        lifecycleFile: update.lifecycle ? lifecycleFile : undefined,
    };
    return argv.updateBucket(bucket, spec);
}
function planGcsLogBucket(inputs, observed) {
    const { bucket: name, projectId: p } = inputs;
    const bucketUrl = bucketUrlOf(name);
    const changes = [];
    const warnings = [];
    const resource = `bucket/${bucketUrl}`;
    const bucket = observed.bucket;
    if (bucket) {
        if (bucket.projectNumber !== undefined &&
            observed.projectNumber !== undefined &&
            bucket.projectNumber !== observed.projectNumber) {
            throw takenGloballyError(name, `it belongs to project number ${bucket.projectNumber}, not ${p} (${observed.projectNumber})`);
        }
        if (bucket.location !== inputs.location) {
            throw new errors/* ConfigurationError */.j1(gcs_log_bucket_inputs_Inputs.Location, `${bucketUrl} already exists in ${bucket.location}, not ${inputs.location}; a bucket's location cannot be changed. Set location to ${bucket.location} to keep this bucket, or choose another bucket name`);
        }
        changes.push({
            resource,
            action: 'noop',
            reason: `exists in ${bucket.location}`,
            commands: [],
        });
        const drift = bucketDrift(inputs, bucket);
        warnings.push(...drift.warnings);
        changes.push(drift.update
            ? {
                resource: `${resource} settings`,
                action: 'update',
                reason: drift.reasons.join('; '),
                commands: [gcloudLine(updateArgs(name, drift.update, LIFECYCLE_FILE))],
                op: { type: 'update', update: drift.update },
            }
            : {
                resource: `${resource} settings`,
                action: 'noop',
                reason: 'uniform access on, public access prevention enforced, labels and lifecycle as wanted',
                commands: [],
            });
    }
    else {
        if (name.includes('.')) {
            warnings.push(`${bucketUrl} has dots in its name: Cloud Storage creates such a bucket only for an identity that has verified ownership of that domain (https://cloud.google.com/storage/docs/domain-name-verification); a name without dots avoids this.`);
        }
        const lifecycle = desiredLifecycle(inputs.retentionDays, []);
        const labels = Object.keys(inputs.labels).length > 0;
        changes.push({
            resource,
            action: 'create',
            reason: bucket === null
                ? `does not exist; create in ${inputs.location} with uniform access and public access prevention`
                : 'not observed; created unless it exists',
            commands: [
                gcloudLine(argv.createBucket(p, name, inputs.location, lifecycle ? LIFECYCLE_FILE : undefined)),
                ...(labels ? [gcloudLine(argv.updateBucket(name, { labels: inputs.labels }))] : []),
            ],
            op: { type: 'create', lifecycle },
        });
    }
    if (inputs.member !== undefined) {
        const { role, member } = inputs;
        const iamResource = `${resource} IAM`;
        changes.push(observed.policy && hasBinding(observed.policy, role, member)
            ? { resource: iamResource, action: 'noop', reason: `${member} has ${role}`, commands: [] }
            : {
                resource: iamResource,
                action: 'update',
                reason: `${observed.policy ? 'grant' : 'not observed; ensure'} ${role} to ${member}`,
                commands: [
                    gcloudLine(argv.getPolicy(name)),
                    gcloudLine(argv.setPolicy(name)('POLICY.json')),
                ],
                op: { type: 'grant', role, member },
            });
    }
    return { bucketUrl, logFolder: logFolderOf(name), changes, warnings };
}

;// CONCATENATED MODULE: ./src/lib/tools/iam.ts




function missingGrants(policy, grants) {
    return grants.filter((g) => !hasBinding(policy, g.role, g.member));
}
/** True for "Service account ... does not exist" / NOT_FOUND right after a create. */
function isPropagationDelay(err) {
    return (err instanceof errors/* CommandError */.Qd &&
        (err.kind === 'not-found' ||
            /does not exist|NOT_FOUND|INVALID_ARGUMENT.*service account/i.test(err.stderr)));
}
/**
 * Adds `grants` to the target's policy when missing. Returns the grants it wrote (empty when
 * all were present: then no write is made).
 */
async function ensureGrants(target, grants, options) {
    const { gcloud } = options;
    return (0,retry/* withRetry */.bD)(async () => {
        const policy = await gcloud.json(target.getArgs);
        const missing = missingGrants(policy, grants);
        if (missing.length === 0)
            return [];
        const updated = withBindings(policy, missing);
        await withTempFile('policy.json', JSON.stringify(updated), (file) => gcloud.execute([...target.setArgs(file), '--format=json', '--quiet'], { mutating: true }));
        return missing;
    }, {
        label: `update IAM policy of ${target.label}`,
        logger: options.logger,
        clock: options.clock,
        policy: options.principalJustCreated ? retry/* PROPAGATION_POLICY */.w1 : retry/* TRANSIENT_POLICY */.CI,
        retryable: (err) => (0,retry/* isTransient */.dg)(err) ||
            (err instanceof errors/* CommandError */.Qd && err.kind === 'conflict') ||
            (options.principalJustCreated === true && isPropagationDelay(err)),
    });
}

;// CONCATENATED MODULE: ./src/actions/gcs-log-bucket/reconcile.ts
/** gcs-log-bucket's observe, apply and verify: the I/O around the pure planner. */








function toObservedBucket(json) {
    return {
        location: (json.location ?? '').toUpperCase(),
        projectNumber: json.projectNumber === undefined ? undefined : String(json.projectNumber),
        uniform: json.iamConfiguration?.uniformBucketLevelAccess?.enabled === true,
        publicAccessPrevention: json.iamConfiguration?.publicAccessPrevention,
        labels: json.labels ?? {},
        lifecycleRules: json.lifecycle?.rule ?? [],
    };
}
/** 409 on create: the name exists, ours (an earlier attempt) or someone else's. */
function isNameConflict(err) {
    return (err instanceof errors/* CommandError */.Qd &&
        /\b409\b|not available|already own|already exists/i.test(err.stderr));
}
/** "Service account X does not exist": IAM has not caught up with a new GSA yet. */
function isUnknownServiceAccount(err) {
    return err instanceof errors/* CommandError */.Qd && /service account \S+ does not exist/i.test(err.stderr);
}
/**
 * 403 on describe. gcloud words it "... does not have permission to access b instance [NAME]
 * (or it may not exist): ... does not have storage.buckets.get access ...", without the code,
 * so the shared classifier does not see a permission error in it.
 */
function isForbidden(err) {
    return (err instanceof errors/* CommandError */.Qd &&
        (err.kind === 'permission' ||
            /does not have (?:permission to access|[\w.]+ access to)|\b403\b/i.test(err.stderr)));
}
/** Cloud Storage answers a stale IAM etag with 412 Precondition Failed, not IAM's 409. */
function isPreconditionFailed(err) {
    return err instanceof errors/* CommandError */.Qd && /\b412\b|precondition/i.test(err.stderr);
}
class GcsLogBucketReconciler {
    ctx;
    inputs;
    gcloud;
    /** True when this run created the bucket (also when a retried create met its own 409). */
    created = false;
    projectNumber;
    constructor(ctx, inputs) {
        this.ctx = ctx;
        this.inputs = inputs;
        this.gcloud = new Gcloud(ctx);
    }
    /** Fails before anything runs when gcloud is missing. */
    async preflight() {
        await this.gcloud.ensureAvailable();
    }
    /** The bucket, or null when absent. A 403 means the name is someone else's (F25). */
    async describeBucket() {
        try {
            const json = await this.gcloud.describe(argv.describeBucket(this.inputs.bucket));
            return json ? toObservedBucket(json) : null;
        }
        catch (err) {
            if (isForbidden(err)) {
                throw takenGloballyError(this.inputs.bucket, 'describe answered 403: it exists in a project this identity cannot read. If it is in fact yours, grant the deployer storage.buckets.get on it');
            }
            throw err;
        }
    }
    /**
     * Our project's number, to check that an existing bucket is ours. A deployer may lack
     * resourcemanager.projects.get; then ownership is not verified and we say so.
     */
    async readProjectNumber() {
        if (this.projectNumber !== undefined)
            return this.projectNumber;
        try {
            const json = await this.gcloud.json(argv.describeProject(this.inputs.projectId));
            this.projectNumber =
                json.projectNumber === undefined ? undefined : String(json.projectNumber);
        }
        catch (err) {
            this.ctx.logger.warning(`could not read the number of project ${this.inputs.projectId}, so the owner of ${bucketUrlOf(this.inputs.bucket)} is not verified: ${(0,errors/* errorMessage */.gJ)(err).split('\n')[0]}`);
        }
        return this.projectNumber;
    }
    async observe() {
        const bucket = await this.describeBucket();
        if (!bucket)
            return { bucket, policy: this.inputs.member !== undefined ? {} : undefined };
        const projectNumber = bucket.projectNumber !== undefined ? await this.readProjectNumber() : undefined;
        const policy = this.inputs.member !== undefined
            ? await this.gcloud.json(argv.getPolicy(this.inputs.bucket))
            : undefined;
        return { bucket, projectNumber, policy };
    }
    /** Runs one planned operation; returns a short detail for the summary. */
    async apply(op) {
        switch (op.type) {
            case 'create':
                return this.create(op.lifecycle);
            case 'update':
                await this.update(op.update);
                return 'updated';
            case 'grant': {
                const written = await this.grant(op.role, op.member);
                return written ? `granted ${op.role} to ${op.member}` : 'already granted';
            }
        }
    }
    async create(lifecycle) {
        const { projectId, bucket, location, labels } = this.inputs;
        let attempts = 0;
        const createOnce = async (file) => {
            await (0,retry/* withRetry */.bD)(async () => {
                attempts += 1;
                await this.gcloud.execute(argv.createBucket(projectId, bucket, location, file), {
                    mutating: true,
                });
            }, {
                label: `create ${bucketUrlOf(bucket)}`,
                logger: this.ctx.logger,
                clock: this.ctx.clock,
                retryable: retry/* isTransient */.dg, // 429/503 (F27); a create is idempotent by name
            });
        };
        try {
            if (lifecycle) {
                await withTempFile('lifecycle.json', JSON.stringify({ rule: lifecycle }), createOnce);
            }
            else {
                await createOnce();
            }
        }
        catch (err) {
            if (!isNameConflict(err))
                throw err;
            // A retried create whose first attempt went through answers 409 too (F26): look again.
            return this.adoptAfterConflict(attempts > 1);
        }
        this.created = true;
        if (Object.keys(labels).length > 0) {
            await this.update({ uniform: false, pap: false, labels });
        }
        return `created in ${location}`;
    }
    async adoptAfterConflict(retried) {
        const { bucket: name, location } = this.inputs;
        const bucket = await this.describeBucket();
        if (!bucket)
            throw takenGloballyError(name, 'create answered 409 and the bucket is not visible');
        const projectNumber = await this.readProjectNumber();
        if (bucket.projectNumber && projectNumber && bucket.projectNumber !== projectNumber) {
            throw takenGloballyError(name, `create answered 409; it belongs to project number ${bucket.projectNumber}`);
        }
        if (bucket.location !== location) {
            throw new errors/* ConfigurationError */.j1(gcs_log_bucket_inputs_Inputs.Location, `${bucketUrlOf(name)} already exists in ${bucket.location}, not ${location}; a bucket's location cannot be changed`);
        }
        this.created = retried;
        const drift = bucketDrift(this.inputs, bucket);
        for (const warning of drift.warnings)
            this.ctx.logger.warning(warning);
        if (drift.update)
            await this.update(drift.update);
        return `already existed in this project${retried ? ' (an earlier attempt created it)' : ''}; adopted${drift.update ? ` and updated: ${drift.reasons.join('; ')}` : ''}`;
    }
    async update(update) {
        const run = (file) => this.gcloud.mutate(updateArgs(this.inputs.bucket, update, file), {
            retryable: retry/* isTransient */.dg,
        });
        if (update.lifecycle) {
            await withTempFile('lifecycle.json', JSON.stringify({ rule: update.lifecycle }), run);
        }
        else {
            await run();
        }
    }
    /** The binding, written only when missing, with setup-wi's retries; true when written. */
    async grant(role, member) {
        const bucket = this.inputs.bucket;
        const written = await (0,retry/* withRetry */.bD)(() => ensureGrants({
            label: `bucket ${bucketUrlOf(bucket)}`,
            getArgs: argv.getPolicy(bucket),
            setArgs: argv.setPolicy(bucket),
        }, [{ role, member }], { gcloud: this.gcloud, logger: this.ctx.logger, clock: this.ctx.clock }), {
            label: `update IAM policy of bucket ${bucketUrlOf(bucket)}`,
            logger: this.ctx.logger,
            clock: this.ctx.clock,
            // The GSA usually comes from setup-wi a moment earlier and IAM may not know it yet
            // (F16): that is waited out, with IAM's propagation budget. A role that does not
            // exist (F20) is not retried.
            policy: retry/* PROPAGATION_POLICY */.w1,
            retryable: (err) => isPreconditionFailed(err) || isUnknownServiceAccount(err),
        });
        return written.length > 0;
    }
    /** Reads back what this run changed and fails if it did not take. */
    async verify(ops) {
        const problems = [];
        const bucket = await this.describeBucket();
        if (!bucket)
            throw new Error(`verification failed: ${bucketUrlOf(this.inputs.bucket)} is not visible`);
        const drift = bucketDrift(this.inputs, bucket);
        if (drift.update)
            problems.push(`the bucket still needs: ${drift.reasons.join('; ')}`);
        for (const op of ops) {
            if (op.type !== 'grant')
                continue;
            const policy = await this.gcloud.json(argv.getPolicy(this.inputs.bucket));
            if (!hasBinding(policy, op.role, op.member)) {
                problems.push(`the bucket's IAM policy still lacks ${op.role} for ${op.member}`);
            }
        }
        if (problems.length)
            throw new Error(`verification failed: ${problems.join('; ')}`);
    }
}

;// CONCATENATED MODULE: ./src/actions/gcs-log-bucket/definition.ts
/** gcs-log-bucket: the bucket Airflow's remote logging writes to, converged idempotently. */





const gcs_log_bucket_definition_definition = {
    name: 'gcs-log-bucket',
    order: 20,
    // In the CLI chain setup-wi's GSA writes the logs unless the file names another member.
    parse: (source, config, chain) => gcs_log_bucket_inputs_parseInputs(source, config, { member: chain?.get('gsa-email') }),
    secrets: () => [],
    cli: { enabled: (config) => config.logBucket !== undefined },
    start(inputs, ctx) {
        const reconciler = new GcsLogBucketReconciler(ctx, inputs);
        return {
            preflight: () => reconciler.preflight(),
            async plan() {
                return planGcsLogBucket(inputs, ctx.offline ? {} : await reconciler.observe());
            },
            apply: (op) => reconciler.apply(op),
            verify: (applied) => reconciler.verify(applied),
            outputs: (result) => ({
                [gcs_log_bucket_inputs_Outputs.BucketUrl]: bucketUrlOf(inputs.bucket),
                [gcs_log_bucket_inputs_Outputs.LogFolder]: logFolderOf(inputs.bucket),
                [gcs_log_bucket_inputs_Outputs.Created]: String(result.dryRun
                    ? result.planned.changes.some((c) => c.op?.type === 'create')
                    : reconciler.created),
                [gcs_log_bucket_inputs_Outputs.Changed]: String(result.changed),
            }),
            report: (result) => actionSummary({
                heading: headingOf('gcs-log-bucket', result.dryRun),
                intro: `Bucket \`${bucketUrlOf(inputs.bucket)}\` in \`${inputs.location}\`; Airflow log folder \`${logFolderOf(inputs.bucket)}\`.`,
                outcomes: result.outcomes,
                warnings: result.planned.warnings,
            }),
            done: (result) => result.changed
                ? 'gcs-log-bucket: converged with changes'
                : 'gcs-log-bucket: already converged; nothing changed',
        };
    },
};
const gcs_log_bucket_definition_run = (deps) => runDefinition(gcs_log_bucket_definition_definition, deps);

;// CONCATENATED MODULE: ./src/lib/tools/helm.ts
/**
 * The helm wrapper: argv builders for every helm command the suite runs, the Helm 3 vs Helm 4
 * flag choice, and typed reads of Helm's documented `-o json` output.
 * Flag differences: shared/reference/security-reliability.md section 6 (case F45).
 */



/** Reads `v3.21.4`, `v4.2.4+g1234` or `3.19.0` into numbers. */
function parseHelmVersion(text) {
    const m = /v?(\d+)\.(\d+)\.(\d+)/.exec(text.trim());
    if (!m)
        return undefined;
    const [major, minor, patch] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return { major, minor, patch, text: `${major}.${minor}.${patch}` };
}
/** Negative when a < b, zero when equal, positive when a > b (numeric, by component). */
function compareVersions(a, b) {
    const pa = a.replace(/^v/, '').split(/[.+-]/).map(Number);
    const pb = b.replace(/^v/, '').split(/[.+-]/).map(Number);
    for (let i = 0; i < 3; i += 1) {
        const d = (pa[i] ?? 0) - (pb[i] ?? 0);
        if (d !== 0 && !Number.isNaN(d))
            return d;
    }
    return 0;
}
const PENDING_STATUSES = ['pending-install', 'pending-upgrade', 'pending-rollback'];
const isPending = (status) => PENDING_STATUSES.includes(status);
/**
 * Helm 3's `--wait` is a boolean; Helm 4's bare `--wait` means `watcher` and omitting it means
 * hooks only, so Helm 4 gets the explicit form.
 */
const waitFlag = (major) => (major >= 4 ? '--wait=watcher' : '--wait');
/** `--atomic` was renamed in Helm 4 (kept there only as a deprecated alias). */
const rollbackOnFailureFlag = (major) => major >= 4 ? '--rollback-on-failure' : '--atomic';
const helmArgv = {
    version: () => ['version', '--template', '{{.Version}}'],
    repoAdd: (name, url) => ['repo', 'add', '--force-update', name, url],
    repoUpdate: (name) => ['repo', 'update', name],
    history: (release, namespace) => [
        'history',
        release,
        '--namespace',
        namespace,
        '--max',
        '20',
        '-o',
        'json',
    ],
    status: (release, namespace) => [
        'status',
        release,
        '--namespace',
        namespace,
        '-o',
        'json',
    ],
    getValues: (release, namespace) => [
        'get',
        'values',
        release,
        '--namespace',
        namespace,
        '-o',
        'json',
    ],
    /** Renders offline: validates the values against the chart's schema before touching the cluster. */
    template: (a) => [
        'template',
        a.release,
        a.chart,
        '--version',
        a.version,
        '--namespace',
        a.namespace,
        '-f',
        a.valuesFile,
    ],
    /** Never `--force-conflicts`: an SSA conflict is reported, not overridden (F46). */
    upgrade: (a) => [
        'upgrade',
        '--install',
        a.release,
        a.chart,
        '--version',
        a.version,
        '--namespace',
        a.namespace,
        '--create-namespace',
        '-f',
        a.valuesFile,
        waitFlag(a.major),
        '--timeout',
        a.timeout,
        rollbackOnFailureFlag(a.major),
        '--cleanup-on-fail',
    ],
    rollback: (major, release, namespace, revision, timeout) => [
        'rollback',
        release,
        String(revision),
        '--namespace',
        namespace,
        waitFlag(major),
        '--timeout',
        timeout,
        '--cleanup-on-fail',
    ],
    uninstall: (major, release, namespace, timeout) => [
        'uninstall',
        release,
        '--namespace',
        namespace,
        waitFlag(major),
        '--timeout',
        timeout,
    ],
};
class Helm extends CliTool {
    /** `binary` is `helm` (from PATH) or the absolute path of an installed one. */
    constructor(ctx, binary = 'helm') {
        super(binary, ctx);
    }
    async version() {
        const result = await this.read(helmArgv.version());
        return parseHelmVersion(result.stdout);
    }
    /** The release's revisions, oldest first; undefined when there is no such release. */
    async history(release, namespace) {
        const text = await this.readOrUndefined(helmArgv.history(release, namespace));
        if (text === undefined)
            return undefined;
        const list = parseJson(text, 'helm history');
        return [...(list ?? [])].sort((a, b) => a.revision - b.revision);
    }
    async status(release, namespace) {
        const text = await this.readOrUndefined(helmArgv.status(release, namespace));
        return text === undefined ? undefined : parseJson(text, 'helm status');
    }
    /** The user-supplied values of the latest revision (`null` from helm means none). */
    async getValues(release, namespace) {
        const text = await this.readOrUndefined(helmArgv.getValues(release, namespace));
        if (text === undefined)
            return undefined;
        return parseJson(text, 'helm get values') ?? {};
    }
    /**
     * Only helm's own "release: not found" means absent: a generic "not found" (a missing kube
     * context, say) must fail rather than be read as "install afresh".
     */
    async readOrUndefined(args) {
        try {
            return (await this.read(args)).stdout;
        }
        catch (err) {
            const cause = err instanceof retry/* RetryExhaustedError */.aB ? err.lastError : err;
            if (cause instanceof errors/* CommandError */.Qd && RELEASE_NOT_FOUND.test(cause.stderr))
                return undefined;
            throw err;
        }
    }
}
const RELEASE_NOT_FOUND = /release: not found/;

;// CONCATENATED MODULE: ./src/lib/tools/helm-install.ts
/**
 * Which helm to run: the one on PATH when its version fits, else a pinned release installed
 * through @actions/tool-cache after checking the sha256 that get.helm.sh publishes next to it.
 * A mismatch is refused: the archive is deleted and nothing is extracted.
 * @actions/tool-cache is imported on first use only (it pulls in an HTTP stack).
 */






/** Pinned default: the Helm 3 line GitHub's ubuntu runners ship (security-reliability.md §6). */
const DEFAULT_HELM_VERSION = '3.21.4';
/** The Airflow chart 1.22.0 needs Helm >= 3.19.0 (domain-facts.md §1.1). */
const MIN_HELM_VERSION = '3.19.0';
const HELM_DOWNLOAD_BASE = 'https://get.helm.sh';
class ChecksumMismatchError extends Error {
    name = 'ChecksumMismatchError';
}
async function loadToolCache() {
    return (await __nccwpck_require__.e(/* import() */ 991).then(__nccwpck_require__.bind(__nccwpck_require__, 5991)));
}
function helmArchive(version, platform, arch) {
    const os = platform === 'win32' ? 'windows' : platform;
    const cpu = arch === 'x64' ? 'amd64' : arch;
    return `helm-v${version.replace(/^v/, '')}-${os}-${cpu}.tar.gz`;
}
/** The first hex field of a `.sha256sum` file (`<hex>  <name>`). */
function parseSha256File(text) {
    const hex = text.trim().split(/\s+/)[0] ?? '';
    if (!/^[0-9a-f]{64}$/i.test(hex))
        throw new ChecksumMismatchError(`published checksum is not a sha256: "${text.slice(0, 80)}"`);
    return hex.toLowerCase();
}
async function sha256File(file) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of (0,external_node_fs_.createReadStream)(file))
        hash.update(chunk);
    return hash.digest('hex');
}
async function resolveHelm(ctx, options = {}) {
    const requested = options.requested?.replace(/^v/, '');
    const onPath = new Helm(ctx);
    if (await ctx.runner.has('helm')) {
        const version = await onPath.version();
        const fits = version
            ? requested
                ? version.text === requested
                : compareVersions(version.text, MIN_HELM_VERSION) >= 0
            : false;
        if (version && fits)
            return { helm: onPath, version, source: 'path' };
        ctx.logger.info(`helm on PATH is ${version?.text ?? 'of unknown version'}; ${requested ? `helm-version asks for ${requested}` : `the chart needs >= ${MIN_HELM_VERSION}`}, so installing a pinned helm`);
    }
    const want = requested ?? DEFAULT_HELM_VERSION;
    let binary;
    try {
        binary = await installHelm(want, {
            toolCache: await (options.toolCache ?? loadToolCache)(),
            logger: ctx.logger,
            platform: options.platform ?? process.platform,
            arch: options.arch ?? process.arch,
        });
    }
    catch (err) {
        if (err instanceof ChecksumMismatchError)
            throw err;
        // Case F8: say plainly that there is no usable helm, before anything was changed.
        throw new Error(`no usable helm: none fits on PATH, and installing helm ${want} failed: ${(0,errors/* errorMessage */.gJ)(err)}`);
    }
    const helm = new Helm(ctx, binary.path);
    const version = parseHelmVersion(want);
    if (!version)
        throw new Error(`internal: cannot parse helm version ${want}`);
    return { helm, version, source: binary.cached ? 'tool-cache' : 'download' };
}
async function installHelm(version, deps) {
    const { toolCache: tc, platform, arch } = deps;
    const exe = platform === 'win32' ? 'helm.exe' : 'helm';
    const cached = tc.find('helm', version, arch);
    if (cached)
        return { path: external_node_path_default().join(cached, exe), cached: true };
    const archive = helmArchive(version, platform, arch);
    const url = `${HELM_DOWNLOAD_BASE}/${archive}`;
    deps.logger.info(`downloading ${url} and its published sha256`);
    const file = await tc.downloadTool(url);
    const sumFile = await tc.downloadTool(`${url}.sha256sum`);
    try {
        const expected = parseSha256File(await (0,promises_.readFile)(sumFile, 'utf8'));
        const actual = await sha256File(file);
        if (actual !== expected) {
            await (0,promises_.rm)(file, { force: true });
            throw new ChecksumMismatchError(`refusing ${archive}: its sha256 is ${actual} but get.helm.sh publishes ${expected}`);
        }
    }
    finally {
        await (0,promises_.rm)(sumFile, { force: true });
    }
    const extracted = await tc.extractTar(file);
    await (0,promises_.rm)(file, { force: true });
    const dir = await tc.cacheDir(external_node_path_default().join(extracted, `${platform === 'win32' ? 'windows' : platform}-${arch === 'x64' ? 'amd64' : arch}`), 'helm', version, arch);
    return { path: external_node_path_default().join(dir, exe), cached: false };
}

// EXTERNAL MODULE: ./src/lib/validate/helm-airflow.ts
var helm_airflow = __nccwpck_require__(2541);
;// CONCATENATED MODULE: ./src/actions/helm-airflow/inputs.ts
/** helm-airflow's input and output names (kept equal to action.yml by a test) and parseInputs(). */




const helm_airflow_inputs_Inputs = {
    Release: 'release',
    Namespace: 'namespace',
    ChartVersion: 'chart-version',
    ChartRepo: 'chart-repo',
    ValuesFiles: 'values-files',
    Values: 'values',
    Image: 'image',
    AirflowVersion: 'airflow-version',
    ServiceAccount: 'service-account',
    LogFolder: 'log-folder',
    GitSyncRepo: 'git-sync-repo',
    GitSyncBranch: 'git-sync-branch',
    GitSyncSubpath: 'git-sync-subpath',
    GitSshKey: 'git-ssh-key',
    GitKnownHosts: 'git-known-hosts',
    AdminUsername: 'admin-username',
    AdminPassword: 'admin-password',
    AdminEmail: 'admin-email',
    Timeout: 'timeout',
    RecoverPendingAfter: 'recover-pending-after',
    HelmVersion: 'helm-version',
    ForceUpgrade: 'force-upgrade',
    Config: 'config',
    DryRun: 'dry-run',
};
const helm_airflow_inputs_Outputs = {
    Revision: 'revision',
    Status: 'status',
    ChartVersion: 'chart-version',
    AppVersion: 'app-version',
    UiService: 'ui-service',
    PortForwardCommand: 'port-forward-command',
    Changed: 'changed',
};
/** The chart version this suite is tested against (domain-facts.md §1.1). */
const TESTED_CHART_VERSION = '1.22.0';
const DEFAULT_CHART_REPO = 'https://airflow.apache.org';
const SSH_KEY_SECRET = 'airflow-git-ssh-key';
const MIN_TIMEOUT_MS = 60_000;
/** Helm's wait plus a rollback of the same length must fit a job; beyond 1h they rarely do. */
const MAX_TIMEOUT_MS = 60 * 60_000;
/** First installs run DB migrations; under this the wait usually times out. */
const SHORT_TIMEOUT_MS = 5 * 60_000;
/** Reads, merges (explicit inputs win over the platform file) and validates every input. */
function helm_airflow_inputs_parseInputs(source, config) {
    const file = config?.airflow;
    const release = rules/* helmRelease */.Mu(helm_airflow_inputs_Inputs.Release, (0,inputs/* pick */.Up)((0,inputs/* optional */.lq)(source, helm_airflow_inputs_Inputs.Release), file?.release, 'airflow') ?? '');
    const namespace = rules/* dnsLabel */.UG(helm_airflow_inputs_Inputs.Namespace, (0,inputs/* pick */.Up)((0,inputs/* optional */.lq)(source, helm_airflow_inputs_Inputs.Namespace), file?.namespace, 'airflow') ?? '');
    // Required, not defaulted: the pin belongs in the workflow, where a bump is a reviewed change.
    const chartVersion = helm_airflow/* chartVersion */.X9(helm_airflow_inputs_Inputs.ChartVersion, (0,inputs/* requiredFrom */.UB)(helm_airflow_inputs_Inputs.ChartVersion, (0,inputs/* optional */.lq)(source, helm_airflow_inputs_Inputs.ChartVersion), file?.chartVersion, `(an exact version; ${TESTED_CHART_VERSION} is the one this action is tested with)`))
        .replace(/^v/, '');
    const chartRepo = helm_airflow/* chartRepo */.z4(helm_airflow_inputs_Inputs.ChartRepo, (0,inputs/* pick */.Up)((0,inputs/* optional */.lq)(source, helm_airflow_inputs_Inputs.ChartRepo), file?.chartRepo, DEFAULT_CHART_REPO) ?? '');
    const filesInput = (0,inputs/* parseList */.E1)((0,inputs/* optional */.lq)(source, helm_airflow_inputs_Inputs.ValuesFiles));
    const valuesFiles = (filesInput.length > 0 ? filesInput : (file?.valuesFiles ?? [])).map((f) => rules/* safeValue */.pI(helm_airflow_inputs_Inputs.ValuesFiles, f));
    const imageText = (0,inputs/* pick */.Up)((0,inputs/* optional */.lq)(source, helm_airflow_inputs_Inputs.Image), file?.image);
    const airflowVersion = (0,inputs/* pick */.Up)((0,inputs/* optional */.lq)(source, helm_airflow_inputs_Inputs.AirflowVersion), file?.airflowVersion);
    const logFolder = (0,inputs/* pick */.Up)((0,inputs/* optional */.lq)(source, helm_airflow_inputs_Inputs.LogFolder), file?.logFolder);
    const repo = (0,inputs/* pick */.Up)((0,inputs/* optional */.lq)(source, helm_airflow_inputs_Inputs.GitSyncRepo), file?.gitSync?.repo);
    const branch = (0,inputs/* pick */.Up)((0,inputs/* optional */.lq)(source, helm_airflow_inputs_Inputs.GitSyncBranch), file?.gitSync?.branch, 'main') ?? 'main';
    const subPath = source(helm_airflow_inputs_Inputs.GitSyncSubpath).trim() || file?.gitSync?.subPath || '';
    const knownHosts = (0,inputs/* pick */.Up)((0,inputs/* optional */.lq)(source, helm_airflow_inputs_Inputs.GitKnownHosts), file?.gitSync?.knownHosts);
    // Secrets are read raw: a key's trailing newline matters to ssh.
    const sshKeyRaw = source(helm_airflow_inputs_Inputs.GitSshKey);
    const gitSshKey = sshKeyRaw.trim()
        ? helm_airflow/* sshPrivateKey */.n8(helm_airflow_inputs_Inputs.GitSshKey, sshKeyRaw)
        : undefined;
    if (gitSshKey && !repo) {
        throw new errors/* ConfigurationError */.j1(helm_airflow_inputs_Inputs.GitSshKey, `is only used with ${helm_airflow_inputs_Inputs.GitSyncRepo}; set it too`);
    }
    const password = source(helm_airflow_inputs_Inputs.AdminPassword);
    const timeoutText = (0,inputs/* pick */.Up)((0,inputs/* optional */.lq)(source, helm_airflow_inputs_Inputs.Timeout), file?.timeout, '10m') ?? '10m';
    const timeoutMs = rules/* duration */.p0(helm_airflow_inputs_Inputs.Timeout, timeoutText);
    if (timeoutMs < MIN_TIMEOUT_MS || timeoutMs > MAX_TIMEOUT_MS) {
        throw new errors/* ConfigurationError */.j1(helm_airflow_inputs_Inputs.Timeout, `must be between 1m and 1h (got "${timeoutText}"): helm may wait this long and then roll back for as long again, and both must fit in the job's timeout-minutes`);
    }
    const recoverText = (0,inputs/* optional */.lq)(source, helm_airflow_inputs_Inputs.RecoverPendingAfter);
    const recoverPendingAfterMs = recoverText
        ? rules/* duration */.p0(helm_airflow_inputs_Inputs.RecoverPendingAfter, recoverText)
        : Math.max(timeoutMs + 5 * 60_000, 15 * 60_000);
    if (recoverPendingAfterMs <= timeoutMs) {
        throw new errors/* ConfigurationError */.j1(helm_airflow_inputs_Inputs.RecoverPendingAfter, `must be longer than timeout (${timeoutText}), or a helm operation that is still running could be rolled back`);
    }
    const helmVersion = (0,inputs/* pick */.Up)((0,inputs/* optional */.lq)(source, helm_airflow_inputs_Inputs.HelmVersion), file?.helmVersion);
    const adminUser = (0,inputs/* pick */.Up)((0,inputs/* optional */.lq)(source, helm_airflow_inputs_Inputs.AdminUsername), file?.admin?.username);
    const adminEmail = (0,inputs/* pick */.Up)((0,inputs/* optional */.lq)(source, helm_airflow_inputs_Inputs.AdminEmail), file?.admin?.email);
    return {
        release,
        namespace,
        chartVersion,
        chartRepo,
        valuesFiles,
        values: (0,inputs/* optional */.lq)(source, helm_airflow_inputs_Inputs.Values),
        configValues: file?.values,
        image: imageText ? helm_airflow/* imageRef */.D6(helm_airflow_inputs_Inputs.Image, imageText) : undefined,
        airflowVersion: airflowVersion &&
            helm_airflow/* exactVersion */.y(helm_airflow_inputs_Inputs.AirflowVersion, airflowVersion).replace(/^v/, ''),
        serviceAccount: rules/* dnsSubdomain */.ou(helm_airflow_inputs_Inputs.ServiceAccount, (0,inputs/* pick */.Up)((0,inputs/* optional */.lq)(source, helm_airflow_inputs_Inputs.ServiceAccount), file?.serviceAccount, 'airflow-ksa') ?? ''),
        logFolder: logFolder && helm_airflow/* logFolder */.hI(helm_airflow_inputs_Inputs.LogFolder, logFolder),
        gitSync: repo
            ? {
                repo: helm_airflow/* gitRepo */.bS(helm_airflow_inputs_Inputs.GitSyncRepo, repo),
                branch: helm_airflow/* gitBranch */.bC(helm_airflow_inputs_Inputs.GitSyncBranch, branch),
                subPath: helm_airflow/* gitSubPath */.Up(helm_airflow_inputs_Inputs.GitSyncSubpath, subPath),
                knownHosts: knownHosts?.trim() ? `${knownHosts.trim()}\n` : undefined,
            }
            : undefined,
        gitSshKey,
        admin: {
            username: adminUser && helm_airflow/* userName */.nT(helm_airflow_inputs_Inputs.AdminUsername, adminUser),
            email: adminEmail && helm_airflow/* email */.Rp(helm_airflow_inputs_Inputs.AdminEmail, adminEmail),
            password: password.length > 0 ? password : undefined,
        },
        timeoutMs,
        timeout: rules/* formatDuration */.a3(timeoutMs),
        recoverPendingAfterMs,
        helmVersion: helmVersion && helm_airflow/* exactVersion */.y(helm_airflow_inputs_Inputs.HelmVersion, helmVersion).replace(/^v/, ''),
        forceUpgrade: (0,inputs/* booleanInput */.tE)(source, helm_airflow_inputs_Inputs.ForceUpgrade, false),
        dryRun: (0,inputs/* booleanInput */.tE)(source, helm_airflow_inputs_Inputs.DryRun, false),
    };
}
/** Secrets to mask before anything runs. */
function secretsOf(inputs) {
    return [inputs.gitSshKey, inputs.admin.password].filter((s) => Boolean(s));
}

;// CONCATENATED MODULE: ./src/actions/helm-airflow/values.ts
/**
 * Values composition in TypeScript: the user's files in order, then inline values, then what
 * this action owns (image, Workload Identity KSA on every Google-facing component, remote
 * logging, git-sync, admin user, hooks off for --wait). A user value that an owned value
 * replaces is reported as a conflict. Keys follow the chart's values.yaml (domain-facts.md §1.2).
 */




/** Owner of the hook settings: not an input, but the action's fixed use of `helm --wait`. */
const WAIT_OWNER = '(helm --wait)';
const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
/** Helm's merge of values layers: maps merge key by key, anything else is replaced. */
function mergeValues(base, over) {
    const out = { ...base };
    for (const [k, v] of Object.entries(over)) {
        const b = out[k];
        out[k] = isObject(b) && isObject(v) ? mergeValues(b, v) : v;
    }
    return out;
}
async function parseYamlMapping(text, input, where) {
    const { parse } = await __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19));
    let doc;
    try {
        doc = parse(text);
    }
    catch (err) {
        throw new errors/* ConfigurationError */.j1(input, `${where} is not valid YAML: ${(0,errors/* errorMessage */.gJ)(err).split('\n')[0]}`);
    }
    if (doc === null || doc === undefined)
        return {};
    if (!isObject(doc))
        throw new errors/* ConfigurationError */.j1(input, `${where} must be a YAML mapping of chart values`);
    return doc;
}
/** Reads the user's layers (F38: a bad path or bad YAML fails here, before any command). */
async function loadUserLayers(inputs) {
    const layers = [];
    for (const file of inputs.valuesFiles) {
        let text;
        try {
            text = await (0,promises_.readFile)(file, 'utf8');
        }
        catch (err) {
            throw new errors/* ConfigurationError */.j1(helm_airflow_inputs_Inputs.ValuesFiles, `cannot read ${file}: ${(0,errors/* errorMessage */.gJ)(err)}`);
        }
        layers.push(await parseYamlMapping(text, helm_airflow_inputs_Inputs.ValuesFiles, file));
    }
    if (inputs.configValues)
        layers.push(inputs.configValues);
    if (inputs.values)
        layers.push(await parseYamlMapping(inputs.values, helm_airflow_inputs_Inputs.Values, 'the values input'));
    return layers;
}
/** The Airflow major version the release runs: from airflow-version, the image tag, else 3. */
function airflowMajor(inputs, appVersion) {
    const text = inputs.airflowVersion ?? /^\d+\.\d+/.exec(inputs.image?.tag ?? '')?.[0] ?? appVersion;
    const major = Number(/^(\d+)\./.exec(text ?? '')?.[1]);
    // Charts >= 1.17 default to Airflow 3 (domain-facts.md §1.1).
    return Number.isFinite(major) && major > 0 ? major : 3;
}
/** Components that talk to Google and so must run as the Workload Identity KSA. */
function googleFacingComponents(chartVersion, major) {
    const components = [
        ['scheduler'],
        ['triggerer'],
        ['dagProcessor'],
        ['createUserJob'],
        ['migrateDatabaseJob'],
    ];
    // Airflow 3 serves UI and API from apiServer (it reads task logs from GCS); Airflow 2 from webserver.
    components.push(major >= 3 ? ['apiServer'] : ['webserver']);
    // Chart 1.22 moved worker KSAs to workers.celery / workers.kubernetes (#66598).
    if (compareVersions(chartVersion, '1.22.0') >= 0)
        components.push(['workers', 'celery'], ['workers', 'kubernetes']);
    else
        components.push(['workers']);
    return components;
}
function ownedValues(inputs) {
    const owned = [];
    const own = (path, value, input) => {
        owned.push({ path: path.split('.'), value, input });
    };
    if (inputs.image) {
        own('images.airflow.repository', inputs.image.repository, helm_airflow_inputs_Inputs.Image);
        // The chart renders repo@digest whenever a digest is set, so a tag-only ref clears it.
        own('images.airflow.digest', inputs.image.digest ?? null, helm_airflow_inputs_Inputs.Image);
        if (inputs.image.tag)
            own('images.airflow.tag', inputs.image.tag, helm_airflow_inputs_Inputs.Image);
    }
    if (inputs.airflowVersion)
        own('airflowVersion', inputs.airflowVersion, helm_airflow_inputs_Inputs.AirflowVersion);
    const major = airflowMajor(inputs);
    for (const component of googleFacingComponents(inputs.chartVersion, major)) {
        owned.push({
            path: [...component, 'serviceAccount', 'create'],
            value: false,
            input: helm_airflow_inputs_Inputs.ServiceAccount,
        });
        owned.push({
            path: [...component, 'serviceAccount', 'name'],
            value: inputs.serviceAccount,
            input: helm_airflow_inputs_Inputs.ServiceAccount,
        });
    }
    if (inputs.logFolder) {
        own('config.logging.remote_logging', 'True', helm_airflow_inputs_Inputs.LogFolder);
        own('config.logging.remote_base_log_folder', inputs.logFolder, helm_airflow_inputs_Inputs.LogFolder);
        // With Workload Identity the GCS handler uses Application Default Credentials; the id only
        // has to be set, the connection need not exist.
        own('config.logging.remote_log_conn_id', 'google_cloud_default', helm_airflow_inputs_Inputs.LogFolder);
    }
    if (inputs.gitSync) {
        own('dags.gitSync.enabled', true, helm_airflow_inputs_Inputs.GitSyncRepo);
        own('dags.gitSync.repo', inputs.gitSync.repo, helm_airflow_inputs_Inputs.GitSyncRepo);
        // git-sync v4 reads `ref`; v3 images read `branch`: keep both on the same branch.
        own('dags.gitSync.branch', inputs.gitSync.branch, helm_airflow_inputs_Inputs.GitSyncBranch);
        own('dags.gitSync.ref', inputs.gitSync.branch, helm_airflow_inputs_Inputs.GitSyncBranch);
        own('dags.gitSync.subPath', inputs.gitSync.subPath, helm_airflow_inputs_Inputs.GitSyncSubpath);
        if (inputs.gitSshKey)
            own('dags.gitSync.sshKeySecret', SSH_KEY_SECRET, helm_airflow_inputs_Inputs.GitSshKey);
        if (inputs.gitSync.knownHosts)
            own('dags.gitSync.knownHosts', inputs.gitSync.knownHosts, helm_airflow_inputs_Inputs.GitKnownHosts);
    }
    // Chart 1.19 moved the admin user from webserver.defaultUser to createUserJob.defaultUser (#59767).
    const userPath = compareVersions(inputs.chartVersion, '1.19.0') >= 0
        ? 'createUserJob.defaultUser'
        : 'webserver.defaultUser';
    if (inputs.admin.username)
        own(`${userPath}.username`, inputs.admin.username, helm_airflow_inputs_Inputs.AdminUsername);
    if (inputs.admin.email)
        own(`${userPath}.email`, inputs.admin.email, helm_airflow_inputs_Inputs.AdminEmail);
    if (inputs.admin.password)
        own(`${userPath}.password`, inputs.admin.password, helm_airflow_inputs_Inputs.AdminPassword);
    // The chart's docs: with --wait, the migrate and create-user jobs must not be hooks, or the
    // Deployments wait for migrations that only run after they are ready (domain-facts.md §1.4).
    for (const job of ['createUserJob', 'migrateDatabaseJob']) {
        own(`${job}.useHelmHooks`, false, WAIT_OWNER);
        own(`${job}.applyCustomEnv`, false, WAIT_OWNER);
    }
    return owned;
}
function lookup(values, path) {
    let cur = values;
    for (const key of path) {
        if (!isObject(cur) || !(key in cur))
            return { found: false, value: undefined };
        cur = cur[key];
    }
    return { found: true, value: cur };
}
function setPath(values, path, value) {
    let cur = values;
    for (const key of path.slice(0, -1)) {
        const next = cur[key];
        if (!isObject(next))
            cur[key] = {};
        cur = cur[key];
    }
    cur[path[path.length - 1]] = value;
}
function composeValues(layers, owned) {
    const user = layers.reduce((acc, layer) => mergeValues(acc, layer), {});
    const values = structuredClone(user);
    const conflicts = [];
    for (const o of owned) {
        const mine = lookup(user, o.path);
        if (mine.found && !sameValue(mine.value, o.value)) {
            conflicts.push({
                path: o.path.join('.'),
                input: o.input,
                secret: isSecretKey(o.path.at(-1) ?? ''),
            });
        }
        setPath(values, o.path, o.value);
    }
    return { values, conflicts };
}
function sameValue(a, b) {
    return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}
function canonical(v) {
    if (Array.isArray(v))
        return v.map(canonical);
    if (isObject(v))
        return Object.fromEntries(Object.keys(v)
            .sort()
            .map((k) => [k, canonical(v[k])]));
    return v;
}
/** Dotted paths where two values trees differ (for "why upgrade" reasons; never the values). */
function diffPaths(a, b, at = '') {
    if (isObject(a) && isObject(b)) {
        const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
        return keys.flatMap((k) => diffPaths(a[k], b[k], at ? `${at}.${k}` : k));
    }
    return sameValue(a, b) ? [] : [at || '(root)'];
}
const values_SECRET_KEY = /(password|passwd|token|fernetkey|secretkey|jwtsecret|sshkey|privatekey|apikey|connection)$|^pass$/i;
const isSecretKey = (key) => values_SECRET_KEY.test(key);
/** A copy safe to print, and the secret strings found (to register for masking). */
function redactValues(values) {
    const secrets = [];
    const walk = (v, key) => {
        if (isObject(v))
            return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, k)]));
        if (Array.isArray(v))
            return v.map((x) => walk(x, key));
        if (typeof v === 'string' && v.length > 0 && isSecretKey(key)) {
            secrets.push(v);
            return '***';
        }
        return v;
    };
    return { redacted: walk(values, ''), secrets };
}

;// CONCATENATED MODULE: ./src/actions/helm-airflow/desired.ts
/** What helm-airflow wants installed: merged values, their printable form, and the warnings. */



async function desiredValues(inputs) {
    const layers = await loadUserLayers(inputs);
    const { values, conflicts } = composeValues(layers, ownedValues(inputs));
    const { redacted, secrets } = redactValues(values);
    return {
        values,
        redacted,
        secrets,
        conflicts,
        warnings: inputWarnings(inputs, conflicts, values),
    };
}
function inputWarnings(inputs, conflicts, values = {}) {
    const warnings = [];
    for (const c of conflicts) {
        const owner = c.input === WAIT_OWNER
            ? 'which must be false because this action always runs helm with --wait (the chart docs require it)'
            : `which this action owns through input "${c.input}"`;
        warnings.push(`values-files/values set ${c.path}, ${owner}; the action's value is used. Remove it from your values to silence this.`);
    }
    if (inputs.timeoutMs < SHORT_TIMEOUT_MS) {
        warnings.push(`timeout ${(0,rules/* formatDuration */.a3)(inputs.timeoutMs)} is shorter than an Airflow install usually needs (database migrations, image pulls); 10m is safer.`);
    }
    if (inputs.gitSshKey && !inputs.gitSync?.knownHosts) {
        warnings.push(`git-known-hosts is not set, so git-sync cannot verify the git server's host key. Set it to the output of "ssh-keyscan -t rsa,ecdsa,ed25519 HOST" after checking the fingerprints.`);
    }
    const createUser = values.createUserJob;
    if (!inputs.admin.password && createUser?.enabled !== false) {
        warnings.push(`admin-password is not set: the chart's create-user job uses its default password ("admin"). Pass ${helm_airflow_inputs_Inputs.AdminPassword} from a secret.`);
    }
    if (inputs.image && !inputs.image.digest) {
        warnings.push(`image ${inputs.image.repository}:${inputs.image.tag ?? ''} is referenced by tag: pushing a new image under the same tag will not roll the pods. Prefer the image@sha256 digest from build-push-image.`);
    }
    if (inputs.image && !inputs.airflowVersion) {
        warnings.push(`airflow-version is not set: the chart then assumes its own default Airflow version. Set it to the Airflow version inside ${inputs.image.repository}.`);
    }
    return warnings;
}
/** The merged values as YAML for summaries and plans (yaml is loaded only here, at the end). */
async function valuesYaml(values) {
    const { stringify } = await __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19));
    return stringify(values, { lineWidth: 0 });
}

;// CONCATENATED MODULE: ./src/actions/helm-airflow/diagnostics.ts
/**
 * What went wrong after a failed upgrade (F42): the release's pods that are not ready, their
 * containers' waiting/terminated reasons, and recent Warning events, read with kubectl.
 * Best effort: a failed read becomes a line in the report, never a second error.
 */



const MAX_EVENTS = 10;
function diagnosePods(pods, release) {
    const mine = pods.filter((p) => p.metadata.labels?.release === release || p.metadata.name.startsWith(`${release}-`));
    const out = [];
    for (const pod of mine) {
        const statuses = [
            ...(pod.status?.initContainerStatuses ?? []),
            ...(pod.status?.containerStatuses ?? []),
        ];
        const reasons = statuses.flatMap((c) => {
            const w = c.state?.waiting;
            const t = c.state?.terminated;
            if (w?.reason)
                return [`${c.name}: ${w.reason}${w.message ? ` (${w.message})` : ''}`];
            if (t?.reason && t.reason !== 'Completed')
                return [`${c.name}: ${t.reason} (exit ${t.exitCode ?? '?'})`];
            return [];
        });
        const ready = statuses.length > 0 && (pod.status?.containerStatuses ?? []).every((c) => c.ready);
        const phase = pod.status?.phase ?? 'Unknown';
        if (phase === 'Succeeded' || (ready && reasons.length === 0))
            continue;
        out.push({
            name: pod.metadata.name,
            phase,
            reasons,
            restarts: statuses.reduce((n, c) => n + (c.restartCount ?? 0), 0),
        });
    }
    return out;
}
function recentWarnings(events) {
    const time = (e) => e.lastTimestamp ?? e.eventTime ?? e.firstTimestamp ?? e.metadata?.creationTimestamp ?? '';
    return events
        .filter((e) => e.type === 'Warning')
        .sort((a, b) => time(a).localeCompare(time(b)))
        .slice(-MAX_EVENTS)
        .map((e) => ({
        object: `${e.involvedObject?.kind ?? ''}/${e.involvedObject?.name ?? ''}`,
        reason: e.reason ?? '',
        message: e.message ?? '',
        count: e.count ?? 1,
        time: time(e),
    }));
}
async function collectDiagnostics(kubectl, namespace, release) {
    const problems = [];
    let pods = [];
    let events = [];
    try {
        const result = await kubectl.read(['get', 'pods', '--namespace', namespace, '-o', 'json']);
        pods = diagnosePods(parseJson(result.stdout, 'kubectl get pods').items ?? [], release);
    }
    catch (err) {
        problems.push(`could not list pods: ${(0,errors/* errorMessage */.gJ)(err)}`);
    }
    try {
        const result = await kubectl.read(['get', 'events', '--namespace', namespace, '-o', 'json']);
        events = recentWarnings(parseJson(result.stdout, 'kubectl get events').items ?? []);
    }
    catch (err) {
        problems.push(`could not list events: ${(0,errors/* errorMessage */.gJ)(err)}`);
    }
    return { pods, events, problems };
}
/** One line for the error message: which pods are stuck and why. */
function diagnosticsLine(d) {
    const pods = d.pods.map((p) => `${p.name} (${p.reasons.length ? p.reasons.join(', ') : p.phase})`);
    const events = d.events.slice(-3).map((e) => `${e.object} ${e.reason}: ${e.message}`);
    const parts = [
        pods.length ? `unready pods: ${pods.join('; ')}` : 'no unready pods found',
        ...(events.length ? [`recent warnings: ${events.join('; ')}`] : []),
    ];
    return parts.join('. ');
}
function diagnosticsMarkdown(d) {
    const parts = ['### Failure diagnostics'];
    parts.push(d.pods.length
        ? markdownTable(['Pod', 'Phase', 'Waiting / terminated reasons', 'Restarts'], d.pods.map((p) => [
            `\`${p.name}\``,
            p.phase,
            p.reasons.join('\n') || '-',
            String(p.restarts),
        ]))
        : '_No unready pods of the release were found._');
    if (d.events.length) {
        parts.push('**Recent Warning events**', markdownTable(['Time', 'Object', 'Reason', 'Message', 'Count'], d.events.map((e) => [e.time, e.object, e.reason, e.message, String(e.count)])));
    }
    for (const problem of d.problems)
        parts.push(`> ${escapeCell(problem)}`);
    return parts.join('\n\n');
}

;// CONCATENATED MODULE: ./src/actions/helm-airflow/plan.ts






class ConcurrentOperationError extends Error {
    name = 'ConcurrentOperationError';
}
const GOOD = ['deployed', 'superseded'];
function chartVersionOf(revision) {
    return /-(\d+\.\d+\.\d+(?:-[\w.-]+)?)$/.exec(revision.chart)?.[1] ?? revision.chart;
}
function planHelmAirflow(inputs, desired, observed) {
    const { release: rel, namespace: ns } = inputs;
    const helm = (args) => (0,runner/* formatCommand */.fE)({ tool: 'helm', args });
    const changes = [];
    const warnings = [];
    const history = observed.history;
    const last = history?.at(-1);
    let releaseGone = history === null;
    const lockResource = `helm-release/${ns}/${rel} lock`;
    if (last?.status === 'uninstalled') {
        // Uninstalled with --keep-history: the name is free again, so this is a plain install.
        releaseGone = true;
    }
    else if (history && last && isPending(last.status)) {
        const ageMs = observed.nowMs - Date.parse(last.updated);
        const good = [...history]
            .reverse()
            .find((r) => r.revision !== last.revision && GOOD.includes(r.status));
        const recovery = good
            ? helmArgv.rollback(desired.helmMajor, rel, ns, good.revision, inputs.timeout)
            : helmArgv.uninstall(desired.helmMajor, rel, ns, inputs.timeout);
        if (!(ageMs >= inputs.recoverPendingAfterMs)) {
            throw new ConcurrentOperationError(`release ${rel} in namespace ${ns} is ${last.status} (revision ${last.revision}, updated ${last.updated}, ${(0,rules/* formatDuration */.a3)(Math.max(0, ageMs))} ago): ` +
                `another helm operation may still be running, so it is left alone. If nothing else is deploying, wait until it is older than ` +
                `${(0,rules/* formatDuration */.a3)(inputs.recoverPendingAfterMs)} (recover-pending-after) and re-run, or run: ${helm(recovery)}`);
        }
        const reason = `revision ${last.revision} is ${last.status} since ${last.updated} (older than ${(0,rules/* formatDuration */.a3)(inputs.recoverPendingAfterMs)}): a killed run left helm's lock`;
        if (good) {
            changes.push({
                resource: lockResource,
                action: 'update',
                reason: `${reason}; roll back to revision ${good.revision}`,
                commands: [helm(recovery)],
                op: { type: 'rollback', revision: good.revision },
            });
        }
        else {
            changes.push({
                resource: lockResource,
                action: 'update',
                reason: `${reason}; no revision ever succeeded, so uninstall and install afresh`,
                commands: [helm(recovery)],
                op: { type: 'uninstall' },
            });
            releaseGone = true;
        }
    }
    else if (history && last && !history.some((r) => GOOD.includes(r.status))) {
        // A first install that failed without being cleaned up: helm would refuse or half-upgrade it (F43).
        changes.push({
            resource: lockResource,
            action: 'update',
            reason: `revision ${last.revision} is ${last.status} and no revision ever succeeded; uninstall and install afresh`,
            commands: [helm(helmArgv.uninstall(desired.helmMajor, rel, ns, inputs.timeout))],
            op: { type: 'uninstall' },
        });
        releaseGone = true;
    }
    if (inputs.gitSshKey) {
        const resource = `secret/${ns}/${SSH_KEY_SECRET}`;
        const state = observed.sshSecret;
        const line = (0,runner/* formatCommand */.fE)({ tool: 'kubectl', args: applyArgs() });
        changes.push(state === 'same'
            ? { resource, action: 'noop', reason: 'holds the same gitSshKey', commands: [] }
            : {
                resource,
                action: state === 'different' ? 'update' : 'create',
                reason: state === 'different'
                    ? 'gitSshKey differs'
                    : state === 'absent'
                        ? 'does not exist'
                        : 'not observed; ensured by server-side apply',
                commands: [line],
                op: { type: 'ssh-secret', withNamespace: observed.namespaceExists !== true },
            });
    }
    const resource = `helm-release/${ns}/${rel}`;
    const upgradeLine = helm(helmArgv.upgrade({
        major: desired.helmMajor,
        release: rel,
        chart: desired.chart,
        version: inputs.chartVersion,
        namespace: ns,
        valuesFile: 'VALUES.yaml',
        timeout: inputs.timeout,
    }));
    if (releaseGone || !last) {
        changes.push({
            resource,
            action: 'create',
            reason: history === undefined
                ? `not observed; install or upgrade to chart ${inputs.chartVersion}`
                : `install chart ${inputs.chartVersion}`,
            commands: [upgradeLine],
            op: { type: 'upgrade', install: true },
        });
        return { changes, warnings };
    }
    const reasons = [];
    const deployedVersion = chartVersionOf(last);
    if (last.status !== 'deployed')
        reasons.push(`status is ${last.status}`);
    if (deployedVersion !== inputs.chartVersion)
        reasons.push(`chart ${deployedVersion} -> ${inputs.chartVersion}`);
    const differing = diffPaths(observed.deployedValues ?? {}, desired.values);
    if (differing.length > 0) {
        const shown = differing.slice(0, 6).join(', ');
        reasons.push(`values differ at ${shown}${differing.length > 6 ? ` and ${differing.length - 6} more` : ''}`);
    }
    if (changes.some((c) => c.op?.type === 'rollback'))
        reasons.push('re-apply after lock recovery');
    if (reasons.length === 0 && !inputs.forceUpgrade) {
        changes.push({
            resource,
            action: 'noop',
            reason: `deployed revision ${last.revision} already runs chart ${deployedVersion} with the same values; upgrade skipped`,
            commands: [],
        });
        return { changes, warnings };
    }
    if (reasons.length === 0)
        reasons.push('force-upgrade is set');
    changes.push({
        resource,
        action: 'update',
        reason: reasons.join('; '),
        commands: [upgradeLine],
        op: { type: 'upgrade', install: false },
    });
    return { changes, warnings };
}

;// CONCATENATED MODULE: ./src/actions/helm-airflow/reconcile.ts
/** helm-airflow's observe, apply and verify: the I/O around the pure planner. */








const CHART = 'airflow';
/** Long enough for helm's own wait plus the rollback it does on failure. */
const processTimeout = (timeoutMs) => 2 * timeoutMs + 2 * 60_000;
const never = () => false;
const SSA_CONFLICT = /conflict(s)? occurred while applying|Apply failed with \d+ conflicts?|conflicts? with "[^"]+"/i;
const SCHEMA = /values don't meet the specifications of the schema|error validating|YAML parse error/i;
const CHART_MISSING = /chart "[^"]*" (matching|version)[^\n]*not found|no chart version found|not found in [^\n]*(index|repository)/i;
const IN_PROGRESS = /another operation \(install\/upgrade\/rollback\) is in progress/i;
/** The repo name helm knows the chart repository by. */
function repoName(url) {
    if (url.replace(/\/$/, '') === DEFAULT_CHART_REPO)
        return 'apache-airflow';
    return `airflow-${(0,external_node_crypto_.createHash)('sha256').update(url).digest('hex').slice(0, 8)}`;
}
function chartRef(url) {
    return url.startsWith('oci://')
        ? `${url.replace(/\/$/, '')}/${CHART}`
        : `${repoName(url)}/${CHART}`;
}
function sshSecretObject(namespace, key) {
    return {
        apiVersion: 'v1',
        kind: 'Secret',
        metadata: { name: SSH_KEY_SECRET, namespace, labels: { ...MANAGED_BY_LABEL } },
        type: 'Opaque',
        // `data`, not `stringData`: stringData does not work well with server-side apply.
        data: { gitSshKey: Buffer.from(key, 'utf8').toString('base64') },
    };
}
const stderrOf = (err) => err instanceof errors/* CommandError */.Qd
    ? err.stderr
    : err instanceof retry/* RetryExhaustedError */.aB
        ? stderrOf(err.lastError)
        : undefined;
class HelmAirflowReconciler {
    ctx;
    inputs;
    helm;
    helmMajor;
    values;
    kubectl;
    chart;
    constructor(ctx, inputs, helm, helmMajor, values) {
        this.ctx = ctx;
        this.inputs = inputs;
        this.helm = helm;
        this.helmMajor = helmMajor;
        this.values = values;
        this.kubectl = new Kubectl(ctx);
        this.chart = chartRef(inputs.chartRepo);
    }
    withValuesFile(fn) {
        // 0600 in RUNNER_TEMP, removed in finally: it may hold the admin password (never --set).
        return withTempFile('values.json', `${JSON.stringify(this.values, null, 2)}\n`, fn);
    }
    /** Adds the repo and renders the chart offline with our values (F38, F44) before any cluster change. */
    async prepareChart() {
        const { chartRepo, chartVersion, release, namespace } = this.inputs;
        if (!chartRepo.startsWith('oci://')) {
            // Local helm configuration only, so not "mutating": a dry run needs it to render too.
            await this.helm.read(helmArgv.repoAdd(repoName(chartRepo), chartRepo));
            await this.helm.read(helmArgv.repoUpdate(repoName(chartRepo)));
        }
        try {
            await this.withValuesFile((file) => this.helm.read(helmArgv.template({
                release,
                chart: this.chart,
                version: chartVersion,
                namespace,
                valuesFile: file,
            })));
        }
        catch (err) {
            const stderr = stderrOf(err) ?? '';
            if (CHART_MISSING.test(stderr)) {
                throw new errors/* ConfigurationError */.j1(helm_airflow_inputs_Inputs.ChartVersion, `chart ${CHART} version ${chartVersion} was not found in ${chartRepo} (${stderr.trim().split('\n')[0]}); list versions with: helm search repo ${repoName(chartRepo)}/${CHART} --versions`);
            }
            if (SCHEMA.test(stderr)) {
                throw new errors/* ConfigurationError */.j1(helm_airflow_inputs_Inputs.ValuesFiles, `chart ${CHART} ${chartVersion} rejects the merged values: ${stderr.trim()}`);
            }
            throw err;
        }
    }
    async observe(nowMs) {
        const { release, namespace } = this.inputs;
        const history = (await this.helm.history(release, namespace)) ?? null;
        const deployedValues = history && history.length > 0 ? await this.helm.getValues(release, namespace) : undefined;
        let sshSecret;
        let namespaceExists;
        if (this.inputs.gitSshKey) {
            namespaceExists = (await this.kubectl.get('namespace', namespace)) !== undefined;
            const secret = namespaceExists
                ? await this.kubectl.get('secret', SSH_KEY_SECRET, namespace)
                : undefined;
            const want = Buffer.from(this.inputs.gitSshKey, 'utf8').toString('base64');
            sshSecret =
                secret === undefined ? 'absent' : secret.data?.gitSshKey === want ? 'same' : 'different';
        }
        return { history, deployedValues, sshSecret, namespaceExists, nowMs };
    }
    async apply(op) {
        const { release, namespace, timeout, timeoutMs } = this.inputs;
        switch (op.type) {
            case 'rollback':
                await this.helm.mutate(helmArgv.rollback(this.helmMajor, release, namespace, op.revision, timeout), {
                    timeoutMs: processTimeout(timeoutMs),
                    retryable: never,
                });
                return `rolled back to revision ${op.revision}`;
            case 'uninstall':
                await this.helm.mutate(helmArgv.uninstall(this.helmMajor, release, namespace, timeout), {
                    timeoutMs: processTimeout(timeoutMs),
                    retryable: never,
                });
                return 'uninstalled the never-deployed release';
            case 'ssh-secret': {
                const objects = [];
                if (op.withNamespace)
                    objects.push({
                        apiVersion: 'v1',
                        kind: 'Namespace',
                        metadata: { name: namespace, labels: { ...MANAGED_BY_LABEL } },
                    });
                objects.push(sshSecretObject(namespace, this.inputs.gitSshKey ?? ''));
                await this.kubectl.apply(objects);
                return 'applied (server-side, from stdin)';
            }
            case 'upgrade':
                return this.upgrade(op.install);
        }
    }
    async upgrade(install) {
        const { release, namespace, chartVersion, timeout, timeoutMs } = this.inputs;
        try {
            await this.withValuesFile((file) => this.helm.mutate(helmArgv.upgrade({
                major: this.helmMajor,
                release,
                chart: this.chart,
                version: chartVersion,
                namespace,
                valuesFile: file,
                timeout,
            }), { timeoutMs: processTimeout(timeoutMs), retryable: never }));
        }
        catch (err) {
            throw this.explainUpgradeFailure(err);
        }
        return `${install ? 'installed' : 'upgraded to'} chart ${chartVersion}`;
    }
    explainUpgradeFailure(err) {
        const stderr = stderrOf(err);
        if (stderr === undefined)
            return err instanceof Error ? err : new Error(String(err));
        // F9: with empty stderr, the CommandError message still names the command and exit code.
        const detail = stderr.trim() || (err instanceof Error ? err.message : String(err));
        if (SSA_CONFLICT.test(detail)) {
            return new UpgradeFailedError(`helm upgrade hit server-side apply conflicts (another field manager owns these fields, e.g. a manual kubectl edit or scale): ${detail}. ` +
                `This action never passes --force-conflicts; remove the other manager's change (or move it into the values) and re-run.`);
        }
        if (IN_PROGRESS.test(detail)) {
            return new ConcurrentOperationError(`another helm operation started on ${release(this.inputs)} while this run was planning: ${detail}`);
        }
        if (CHART_MISSING.test(detail)) {
            return new errors/* ConfigurationError */.j1(helm_airflow_inputs_Inputs.ChartVersion, `chart ${CHART} version ${this.inputs.chartVersion} was not found in ${this.inputs.chartRepo}: ${detail}`);
        }
        const rolledBack = /has been (rolled back|uninstalled) due to/.test(detail);
        return new UpgradeFailedError(`helm upgrade of ${release(this.inputs)} failed${rolledBack ? ' and helm restored the previous state' : ''}: ${detail}`);
    }
    async status() {
        return this.helm.status(this.inputs.release, this.inputs.namespace);
    }
    /** The release must end `deployed`; anything else fails the step. */
    async verify() {
        const status = await this.status();
        if (!status || status.info.status !== 'deployed') {
            throw new Error(`after the upgrade, release ${release(this.inputs)} is ${status?.info.status ?? 'missing'}, not deployed`);
        }
        return status;
    }
}
const release = (i) => `${i.namespace}/${i.release}`;
/** A failed upgrade: main collects diagnostics for it. */
class UpgradeFailedError extends Error {
    name = 'UpgradeFailedError';
}

;// CONCATENATED MODULE: ./src/actions/helm-airflow/release.ts


function factsFrom(status, last) {
    if (status) {
        return {
            revision: String(status.version),
            status: status.info.status,
            chartVersion: status.chart?.metadata?.version ?? '',
            appVersion: status.chart?.metadata?.appVersion ?? '',
        };
    }
    if (last) {
        return {
            revision: String(last.revision),
            status: last.status,
            chartVersion: chartVersionOf(last),
            appVersion: last.app_version,
        };
    }
    return { revision: '', status: 'not-installed', chartVersion: '', appVersion: '' };
}
/**
 * The chart's resource prefix, as Helm's usual `fullname` helper computes it: fullnameOverride,
 * else with useStandardNaming RELEASE-airflow (unless the release name contains the chart name),
 * else the release name.
 */
function fullnameOf(release, values = {}) {
    const override = values.fullnameOverride;
    if (typeof override === 'string' && override.trim())
        return override.trim().slice(0, 63);
    if (values.useStandardNaming !== true)
        return release;
    const name = typeof values.nameOverride === 'string' && values.nameOverride
        ? values.nameOverride
        : 'airflow';
    return release.includes(name) ? release : `${release}-${name}`.slice(0, 63);
}
/** The service to port-forward: `-api-server` on Airflow 3, `-webserver` on 2 (domain-facts.md §1.2). */
function uiService(inputs, appVersion, values) {
    const suffix = airflowMajor(inputs, appVersion) >= 3 ? 'api-server' : 'webserver';
    const service = `${fullnameOf(inputs.release, values)}-${suffix}`;
    return {
        service,
        command: `kubectl port-forward svc/${service} 8080:8080 --namespace ${inputs.namespace}`,
    };
}

;// CONCATENATED MODULE: ./src/actions/helm-airflow/definition.ts
/** helm-airflow: Apache Airflow on GKE through the official chart, idempotently. */









const helm_airflow_definition_NAME = 'helm-airflow';
/** Earlier steps' outputs this step uses in the CLI chain when the platform file leaves them out. */
const CARRIED_LOG_FOLDER = 'log-folder';
const CARRIED_IMAGE = 'image-ref:custom-airflow';
function parse(source, config, chain) {
    const file = config?.airflow;
    return helm_airflow_inputs_parseInputs((name) => {
        const given = source(name);
        if (given || !chain)
            return given;
        if (name === helm_airflow_inputs_Inputs.LogFolder && !file?.logFolder)
            return chain.get(CARRIED_LOG_FOLDER) ?? '';
        if (name === helm_airflow_inputs_Inputs.Image && !file?.image)
            return chain.get(CARRIED_IMAGE) ?? '';
        return given;
    }, config);
}
async function valuesDetails(desired) {
    return details('Merged values (secrets redacted)', codeBlock('yaml', await valuesYaml(desired.redacted)));
}
const helm_airflow_definition_definition = {
    name: helm_airflow_definition_NAME,
    order: 40,
    parse,
    secrets: secretsOf,
    cli: {
        enabled: (config) => config.airflow !== undefined,
        secrets: [
            { input: helm_airflow_inputs_Inputs.GitSshKey, env: 'AIRFLOW_GIT_SYNC_SSH_KEY' },
            { input: helm_airflow_inputs_Inputs.AdminPassword, env: 'AIRFLOW_ADMIN_PASSWORD' },
        ],
    },
    async start(inputs, ctx, extras) {
        // Values files and inline YAML are read and checked before any command runs (F38).
        const desired = await desiredValues(inputs);
        for (const secret of desired.secrets)
            ctx.registerSecret(secret);
        let reconciler;
        let helmText = '';
        let helmMajor = 3;
        let status;
        let observed;
        const ready = () => reconciler;
        const facts = () => factsFrom(status, observed?.history?.at(-1) ?? undefined);
        return {
            async preflight() {
                const resolved = await resolveHelm(ctx, {
                    requested: inputs.helmVersion,
                    toolCache: extras?.toolCache,
                });
                helmText = resolved.version.text;
                helmMajor = resolved.version.major;
                ctx.logger.info(`using helm ${helmText} (${resolved.source}); Helm ${helmMajor} flags`);
                reconciler = new HelmAirflowReconciler(ctx, inputs, resolved.helm, helmMajor, desired.values);
                if (inputs.gitSshKey)
                    await reconciler.kubectl.ensureAvailable();
                await reconciler.prepareChart();
            },
            async plan() {
                // Offline nothing can be observed: plan an install/upgrade with Helm 3 flags.
                observed = reconciler
                    ? await reconciler.observe(ctx.clock.now())
                    : { nowMs: ctx.clock.now() };
                const chart = reconciler?.chart ?? chartRef(inputs.chartRepo);
                const plan = planHelmAirflow(inputs, { values: desired.values, chart, helmMajor }, observed);
                return {
                    changes: plan.changes,
                    warnings: [...desired.warnings, ...plan.warnings],
                    artifacts: [
                        {
                            title: `${helm_airflow_definition_NAME}: merged values for ${inputs.namespace}/${inputs.release} (secrets redacted)`,
                            language: 'yaml',
                            body: await valuesYaml(desired.redacted),
                        },
                    ],
                };
            },
            apply: (op) => ready().apply(op),
            async verify(applied) {
                if (applied.some((op) => op.type === 'upgrade'))
                    status = await ready().verify();
            },
            async check() {
                status ??= await ready().status();
            },
            outputs(result) {
                const f = facts();
                const ui = uiService(inputs, f.appVersion, desired.values);
                return {
                    [helm_airflow_inputs_Outputs.Revision]: f.revision,
                    [helm_airflow_inputs_Outputs.Status]: f.status,
                    [helm_airflow_inputs_Outputs.ChartVersion]: f.chartVersion || inputs.chartVersion,
                    [helm_airflow_inputs_Outputs.AppVersion]: f.appVersion,
                    [helm_airflow_inputs_Outputs.UiService]: ui.service,
                    [helm_airflow_inputs_Outputs.PortForwardCommand]: ui.command,
                    [helm_airflow_inputs_Outputs.Changed]: String(result.changed),
                };
            },
            async report(result) {
                const f = facts();
                const ui = uiService(inputs, f.appVersion, desired.values);
                return actionSummary({
                    heading: headingOf(helm_airflow_definition_NAME, result.dryRun),
                    intro: `Release \`${inputs.namespace}/${inputs.release}\`: chart ${f.chartVersion || inputs.chartVersion}, revision ${f.revision || '-'}, status **${f.status}** (helm ${helmText}).`,
                    outcomes: result.outcomes,
                    warnings: result.planned.warnings,
                    sections: [
                        `UI: \`${ui.command}\`, then open http://localhost:8080`,
                        await valuesDetails(desired),
                    ],
                });
            },
            done: (result) => result.changed
                ? `${helm_airflow_definition_NAME}: converged with changes`
                : `${helm_airflow_definition_NAME}: already converged; upgrade skipped`,
            onFailure: (err) => upgradeFailure(err, ctx, inputs, desired, reconciler),
        };
    },
};
/** A failed upgrade: pod and event diagnostics in the summary and in the error. */
async function upgradeFailure(err, ctx, inputs, desired, reconciler) {
    if (!(err.cause instanceof UpgradeFailedError) || !reconciler)
        return {};
    const diagnostics = (await ctx.runner.has('kubectl'))
        ? await collectDiagnostics(reconciler.kubectl, inputs.namespace, inputs.release)
        : { pods: [], events: [], problems: ['kubectl is not on PATH: no pod diagnostics'] };
    return {
        summary: [
            `## ${helm_airflow_definition_NAME} failed`,
            report_outcomesTable(err.outcomes),
            err.message,
            diagnosticsMarkdown(diagnostics),
            await valuesDetails(desired),
        ].join('\n\n') + '\n',
        message: `${err.message} ${diagnosticsLine(diagnostics)}`,
    };
}
const helm_airflow_definition_run = (deps, extras) => runDefinition(helm_airflow_definition_definition, deps, extras);

;// CONCATENATED MODULE: ./src/actions/setup-wi/inputs.ts
/** setup-wi's input and output names (kept equal to action.yml by a test) and parseInputs(). */



const setup_wi_inputs_Inputs = {
    ProjectId: 'project-id',
    Location: 'location',
    Cluster: 'cluster',
    GsaName: 'gsa-name',
    GsaDisplayName: 'gsa-display-name',
    ProjectRoles: 'project-roles',
    Bindings: 'bindings',
    EnableWorkloadPool: 'enable-workload-pool',
    Config: 'config',
    DryRun: 'dry-run',
};
const setup_wi_inputs_Outputs = {
    GsaEmail: 'gsa-email',
    WorkloadPool: 'workload-pool',
    Changed: 'changed',
    Changes: 'changes',
};
/** Reads, merges (explicit inputs win over the platform file) and validates every input. */
function setup_wi_inputs_parseInputs(source, config) {
    const projectId = rules/* projectId */.Lg(setup_wi_inputs_Inputs.ProjectId, (0,inputs/* requiredFrom */.UB)(setup_wi_inputs_Inputs.ProjectId, (0,inputs/* optional */.lq)(source, setup_wi_inputs_Inputs.ProjectId), config?.project));
    const enableWorkloadPool = (0,inputs/* booleanInput */.tE)(source, setup_wi_inputs_Inputs.EnableWorkloadPool, config?.workloadIdentity?.enableWorkloadPool ?? true);
    const clusterName = (0,inputs/* pick */.Up)((0,inputs/* optional */.lq)(source, setup_wi_inputs_Inputs.Cluster), config?.cluster?.name);
    const location = (0,inputs/* pick */.Up)((0,inputs/* optional */.lq)(source, setup_wi_inputs_Inputs.Location), config?.cluster?.location);
    let cluster;
    if (enableWorkloadPool || clusterName !== undefined) {
        cluster = {
            name: rules/* clusterName */.SL(setup_wi_inputs_Inputs.Cluster, (0,inputs/* requiredFrom */.UB)(setup_wi_inputs_Inputs.Cluster, clusterName, undefined, 'when enable-workload-pool is true')),
            location: rules/* location */.C5(setup_wi_inputs_Inputs.Location, (0,inputs/* requiredFrom */.UB)(setup_wi_inputs_Inputs.Location, location, undefined, 'with cluster')),
        };
    }
    const gsaName = rules/* serviceAccountName */.uY(setup_wi_inputs_Inputs.GsaName, (0,inputs/* requiredFrom */.UB)(setup_wi_inputs_Inputs.GsaName, (0,inputs/* optional */.lq)(source, setup_wi_inputs_Inputs.GsaName), config?.gsa?.name));
    const gsaDisplayName = (0,inputs/* pick */.Up)((0,inputs/* optional */.lq)(source, setup_wi_inputs_Inputs.GsaDisplayName), config?.gsa?.displayName);
    if (gsaDisplayName !== undefined && gsaDisplayName.length > 100) {
        throw new errors/* ConfigurationError */.j1(setup_wi_inputs_Inputs.GsaDisplayName, 'must be at most 100 characters');
    }
    const rolesInput = (0,inputs/* parseList */.E1)((0,inputs/* optional */.lq)(source, setup_wi_inputs_Inputs.ProjectRoles));
    const projectRoles = (0,inputs/* unique */.Am)((rolesInput.length > 0 ? rolesInput : (config?.gsa?.projectRoles ?? [])).map((role) => rules/* iamRole */.UQ(setup_wi_inputs_Inputs.ProjectRoles, role)));
    const bindingsInput = (0,inputs/* parseList */.E1)((0,inputs/* optional */.lq)(source, setup_wi_inputs_Inputs.Bindings));
    const bindingValues = bindingsInput.length > 0 ? bindingsInput : (config?.workloadIdentity?.bindings ?? []);
    const bindings = (0,inputs/* uniqueBy */.pD)(bindingValues.map((b) => rules/* namespacedName */.vq(setup_wi_inputs_Inputs.Bindings, b)), (b) => `${b.namespace}/${b.name}`);
    return {
        projectId,
        cluster,
        gsaName,
        gsaDisplayName: gsaDisplayName && rules/* safeValue */.pI(setup_wi_inputs_Inputs.GsaDisplayName, gsaDisplayName),
        projectRoles,
        bindings,
        enableWorkloadPool,
        dryRun: (0,inputs/* booleanInput */.tE)(source, setup_wi_inputs_Inputs.DryRun, false),
    };
}

;// CONCATENATED MODULE: ./src/actions/setup-wi/argv.ts
const workloadPoolOf = (projectId) => `${projectId}.svc.id.goog`;
const gsaEmailOf = (name, projectId) => `${name}@${projectId}.iam.gserviceaccount.com`;
const wiMemberOf = (projectId, namespace, ksa) => `serviceAccount:${workloadPoolOf(projectId)}[${namespace}/${ksa}]`;
const WI_USER_ROLE = 'roles/iam.workloadIdentityUser';
const GSA_ANNOTATION = 'iam.gke.io/gcp-service-account';
const argv_argv = {
    describeCluster: (p, c) => [
        'container',
        'clusters',
        'describe',
        c.name,
        `--location=${c.location}`,
        `--project=${p}`,
    ],
    enableWorkloadPool: (p, c) => [
        'container',
        'clusters',
        'update',
        c.name,
        `--location=${c.location}`,
        `--project=${p}`,
        `--workload-pool=${workloadPoolOf(p)}`,
        '--quiet',
    ],
    /** Printed in a warning only: recreating nodes is disruptive, so we never run it ourselves. */
    nodePoolMetadata: (p, c, pool) => [
        'container',
        'node-pools',
        'update',
        pool,
        `--cluster=${c.name}`,
        `--location=${c.location}`,
        `--project=${p}`,
        '--workload-metadata=GKE_METADATA',
    ],
    describeGsa: (p, email) => [
        'iam',
        'service-accounts',
        'describe',
        email,
        `--project=${p}`,
    ],
    createGsa: (p, name, displayName) => [
        'iam',
        'service-accounts',
        'create',
        name,
        `--project=${p}`,
        ...(displayName ? [`--display-name=${displayName}`] : []),
        '--quiet',
    ],
    getProjectPolicy: (p) => ['projects', 'get-iam-policy', p],
    setProjectPolicy: (p) => (file) => ['projects', 'set-iam-policy', p, file],
    getGsaPolicy: (p, email) => [
        'iam',
        'service-accounts',
        'get-iam-policy',
        email,
        `--project=${p}`,
    ],
    setGsaPolicy: (p, email) => (file) => [
        'iam',
        'service-accounts',
        'set-iam-policy',
        email,
        file,
        `--project=${p}`,
    ],
};

;// CONCATENATED MODULE: ./src/actions/setup-wi/plan.ts




const plan_gcloudLine = (args) => (0,runner/* formatCommand */.fE)({ tool: 'gcloud', args });
const kubectlApplyLine = (0,runner/* formatCommand */.fE)({ tool: 'kubectl', args: applyArgs() });
const kubectlForcedApplyLine = (0,runner/* formatCommand */.fE)({
    tool: 'kubectl',
    args: applyArgs({ forceConflicts: true }),
});
function planSetupWi(inputs, observed) {
    const p = inputs.projectId;
    const gsaEmail = gsaEmailOf(inputs.gsaName, p);
    const workloadPool = workloadPoolOf(p);
    const changes = [];
    const warnings = [];
    if (inputs.enableWorkloadPool && inputs.cluster) {
        const c = inputs.cluster;
        const resource = `cluster/${c.name} workload pool`;
        const cluster = observed.cluster;
        if (cluster === null) {
            throw new Error(`cluster ${c.name} was not found in ${c.location} of project ${p}; check the cluster and location inputs`);
        }
        if (cluster?.autopilot) {
            changes.push({
                resource,
                action: 'noop',
                reason: 'Autopilot clusters always have Workload Identity',
                commands: [],
            });
        }
        else if (cluster?.workloadPool === workloadPool) {
            changes.push({ resource, action: 'noop', reason: `already ${workloadPool}`, commands: [] });
        }
        else {
            changes.push({
                resource,
                action: 'update',
                reason: cluster
                    ? `workload pool is ${cluster.workloadPool ?? 'not set'}; want ${workloadPool}`
                    : `not observed; ensures ${workloadPool}`,
                commands: [plan_gcloudLine(argv_argv.enableWorkloadPool(p, c))],
                op: { type: 'workload-pool' },
            });
        }
        for (const pool of cluster && !cluster.autopilot ? cluster.nodePools : []) {
            if (pool.metadataMode !== 'GKE_METADATA') {
                warnings.push(`node pool ${pool.name} runs with metadata mode ${pool.metadataMode ?? 'unset'}, so its pods cannot use Workload Identity. ` +
                    `Updating it recreates its nodes, so this action does not do it; when ready, run: ${plan_gcloudLine(argv_argv.nodePoolMetadata(p, c, pool.name))}`);
            }
        }
    }
    const gsaResource = `serviceaccount/${gsaEmail}`;
    if (observed.gsaExists === true) {
        changes.push({ resource: gsaResource, action: 'noop', reason: 'exists', commands: [] });
    }
    else {
        changes.push({
            resource: gsaResource,
            action: 'create',
            reason: observed.gsaExists === false ? 'does not exist' : 'not observed; created unless it exists',
            commands: [plan_gcloudLine(argv_argv.createGsa(p, inputs.gsaName, inputs.gsaDisplayName))],
            op: { type: 'gsa' },
        });
    }
    if (inputs.projectRoles.length > 0) {
        const member = `serviceAccount:${gsaEmail}`;
        const missing = observed.projectPolicy
            ? inputs.projectRoles.filter((role) => !hasBinding(observed.projectPolicy ?? {}, role, member))
            : [...inputs.projectRoles];
        changes.push(missing.length === 0
            ? {
                resource: `project/${p} IAM`,
                action: 'noop',
                reason: `already grants ${inputs.projectRoles.join(', ')}`,
                commands: [],
            }
            : {
                resource: `project/${p} IAM`,
                action: 'update',
                reason: `${observed.projectPolicy ? 'grant' : 'not observed; ensure'} ${missing.join(', ')} to ${member}`,
                commands: [
                    plan_gcloudLine(argv_argv.getProjectPolicy(p)),
                    plan_gcloudLine(argv_argv.setProjectPolicy(p)('POLICY.json')),
                ],
                op: { type: 'project-roles', roles: missing },
            });
    }
    const wantedMembers = [];
    const namespacesSeen = new Set();
    for (const { namespace, name } of inputs.bindings) {
        const nsState = observed.namespaces.get(namespace);
        if (!namespacesSeen.has(namespace)) {
            namespacesSeen.add(namespace);
            changes.push(nsState === true
                ? { resource: `namespace/${namespace}`, action: 'noop', reason: 'exists', commands: [] }
                : {
                    resource: `namespace/${namespace}`,
                    action: 'create',
                    reason: nsState === false ? 'does not exist' : 'not observed; ensured by server-side apply',
                    commands: [kubectlApplyLine],
                    op: { type: 'namespace', namespace },
                });
        }
        const key = `${namespace}/${name}`;
        const ksa = observed.ksas.get(key);
        const ksaResource = `serviceaccount/${key}`;
        if (ksa && ksa.annotation === gsaEmail) {
            changes.push({
                resource: ksaResource,
                action: 'noop',
                reason: `annotated for ${gsaEmail}`,
                commands: [],
            });
        }
        else {
            changes.push({
                resource: ksaResource,
                action: ksa ? 'update' : 'create',
                reason: ksa
                    ? `annotation ${GSA_ANNOTATION} is ${ksa.annotation ?? 'missing'}; want ${gsaEmail}`
                    : ksa === null
                        ? 'does not exist'
                        : 'not observed; ensured by server-side apply',
                commands: [kubectlForcedApplyLine],
                op: { type: 'ksa', namespace, name },
            });
        }
        wantedMembers.push(wiMemberOf(p, namespace, name));
    }
    if (wantedMembers.length > 0) {
        const missing = observed.gsaPolicy
            ? wantedMembers.filter((m) => !hasBinding(observed.gsaPolicy ?? {}, WI_USER_ROLE, m))
            : wantedMembers;
        const resource = `serviceaccount/${gsaEmail} IAM`;
        changes.push(missing.length === 0
            ? {
                resource,
                action: 'noop',
                reason: `${WI_USER_ROLE} granted to ${wantedMembers.length} KSA(s)`,
                commands: [],
            }
            : {
                resource,
                action: 'update',
                reason: `${observed.gsaPolicy ? 'grant' : 'not observed; ensure'} ${WI_USER_ROLE} to ${missing.join(', ')}`,
                commands: [
                    plan_gcloudLine(argv_argv.getGsaPolicy(p, gsaEmail)),
                    plan_gcloudLine(argv_argv.setGsaPolicy(p, gsaEmail)('POLICY.json')),
                ],
                op: { type: 'wi-members', members: missing },
            });
    }
    return { gsaEmail, workloadPool, changes, warnings };
}

;// CONCATENATED MODULE: ./src/actions/setup-wi/reconcile.ts





/** Updating the workload pool of a Standard cluster can take tens of minutes. */
const CLUSTER_UPDATE_TIMEOUT_MS = 45 * 60 * 1000;
class SetupWiReconciler {
    ctx;
    inputs;
    gcloud;
    kubectl;
    /** Set when this run created the GSA: IAM may not see it yet (case F16). */
    gsaCreated = false;
    constructor(ctx, inputs) {
        this.ctx = ctx;
        this.inputs = inputs;
        this.gcloud = new Gcloud(ctx);
        this.kubectl = new Kubectl(ctx);
    }
    /** Fails before anything runs when a CLI this run needs is missing. */
    async preflight() {
        await this.gcloud.ensureAvailable();
        if (this.inputs.bindings.length > 0)
            await this.kubectl.ensureAvailable();
    }
    async observe() {
        const { projectId: p, cluster } = this.inputs;
        const gsaEmail = `${this.inputs.gsaName}@${p}.iam.gserviceaccount.com`;
        let observedCluster;
        if (this.inputs.enableWorkloadPool && cluster) {
            const json = await this.gcloud.describe(argv_argv.describeCluster(p, cluster));
            observedCluster = json ? toObservedCluster(json) : null;
        }
        const gsaExists = (await this.gcloud.describe(argv_argv.describeGsa(p, gsaEmail))) !== undefined;
        const projectPolicy = this.inputs.projectRoles.length > 0
            ? await this.gcloud.json(argv_argv.getProjectPolicy(p))
            : undefined;
        const namespaces = new Map();
        const ksas = new Map();
        for (const { namespace, name } of this.inputs.bindings) {
            if (!namespaces.has(namespace)) {
                namespaces.set(namespace, (await this.kubectl.get('namespace', namespace)) !== undefined);
            }
            const ksa = namespaces.get(namespace)
                ? await this.kubectl.get('serviceaccount', name, namespace)
                : undefined;
            ksas.set(`${namespace}/${name}`, ksa ? { annotation: ksa.metadata.annotations?.[GSA_ANNOTATION] } : null);
        }
        // A GSA that does not exist yet has an empty policy; reading it would only fail.
        const gsaPolicy = this.inputs.bindings.length > 0
            ? gsaExists
                ? await this.gcloud.json(argv_argv.getGsaPolicy(p, gsaEmail))
                : {}
            : undefined;
        return { cluster: observedCluster, gsaExists, projectPolicy, namespaces, ksas, gsaPolicy };
    }
    /** Runs one planned operation; returns a short detail for the summary. */
    async apply(op, plan) {
        const p = this.inputs.projectId;
        const { gsaEmail } = plan;
        switch (op.type) {
            case 'workload-pool': {
                const cluster = this.inputs.cluster;
                if (!cluster)
                    throw new Error('internal: workload-pool change without a cluster');
                await this.gcloud.mutate(argv_argv.enableWorkloadPool(p, cluster), {
                    timeoutMs: CLUSTER_UPDATE_TIMEOUT_MS,
                });
                return `set to ${plan.workloadPool}`;
            }
            case 'gsa':
                try {
                    await this.gcloud.mutate(argv_argv.createGsa(p, this.inputs.gsaName, this.inputs.gsaDisplayName));
                    this.gsaCreated = true;
                    return 'created';
                }
                catch (err) {
                    // Someone (or a run we lost) created it between observe and apply: adopt it (F15).
                    if (err instanceof errors/* CommandError */.Qd &&
                        /already exists|ALREADY_EXISTS|\b409\b/i.test(err.stderr)) {
                        return 'already existed; adopted';
                    }
                    throw err;
                }
            case 'project-roles': {
                const member = `serviceAccount:${gsaEmail}`;
                const written = await ensureGrants({
                    label: `project ${p}`,
                    getArgs: argv_argv.getProjectPolicy(p),
                    setArgs: argv_argv.setProjectPolicy(p),
                }, op.roles.map((role) => ({ role, member })), { ...this.ctx, gcloud: this.gcloud, principalJustCreated: this.gsaCreated });
                return written.length
                    ? `granted ${written.map((g) => g.role).join(', ')}`
                    : 'already granted';
            }
            case 'namespace':
                await this.kubectl.apply([namespaceObject(op.namespace)]);
                return 'applied';
            case 'ksa':
                // Forced: the annotation is ours to converge even when set by hand (another manager).
                await this.kubectl.apply([ksaObject(op.namespace, op.name, gsaEmail)], {
                    forceConflicts: true,
                });
                return `annotated ${GSA_ANNOTATION}=${gsaEmail}`;
            case 'wi-members': {
                const written = await ensureGrants({
                    label: `service account ${gsaEmail}`,
                    getArgs: argv_argv.getGsaPolicy(p, gsaEmail),
                    setArgs: argv_argv.setGsaPolicy(p, gsaEmail),
                }, op.members.map((member) => ({ role: WI_USER_ROLE, member })), { ...this.ctx, gcloud: this.gcloud, principalJustCreated: this.gsaCreated });
                return written.length
                    ? `granted ${WI_USER_ROLE} to ${written.length} KSA(s)`
                    : 'already granted';
            }
        }
    }
    /** Reads back what this run changed and fails if it did not take. */
    async verify(ops, plan) {
        const p = this.inputs.projectId;
        const problems = [];
        for (const op of ops) {
            if (op.type === 'workload-pool' && this.inputs.cluster) {
                const json = await this.gcloud.describe(argv_argv.describeCluster(p, this.inputs.cluster));
                const pool = json?.workloadIdentityConfig?.workloadPool;
                if (pool !== plan.workloadPool)
                    problems.push(`cluster workload pool is ${pool ?? 'unset'}, not ${plan.workloadPool}`);
            }
            if (op.type === 'project-roles') {
                const policy = await this.gcloud.json(argv_argv.getProjectPolicy(p));
                const member = `serviceAccount:${plan.gsaEmail}`;
                const absent = op.roles.filter((role) => !hasBinding(policy, role, member));
                if (absent.length)
                    problems.push(`project policy still lacks ${absent.join(', ')}`);
            }
            if (op.type === 'wi-members') {
                const policy = await this.gcloud.json(argv_argv.getGsaPolicy(p, plan.gsaEmail));
                const absent = op.members.filter((m) => !hasBinding(policy, WI_USER_ROLE, m));
                if (absent.length)
                    problems.push(`GSA policy still lacks ${WI_USER_ROLE} for ${absent.join(', ')}`);
            }
        }
        if (problems.length)
            throw new Error(`verification failed: ${problems.join('; ')}`);
    }
}
function toObservedCluster(json) {
    return {
        workloadPool: json.workloadIdentityConfig?.workloadPool,
        autopilot: json.autopilot?.enabled === true,
        nodePools: (json.nodePools ?? []).map((np) => ({
            name: np.name,
            metadataMode: np.config?.workloadMetadataConfig?.mode,
        })),
    };
}
function namespaceObject(name) {
    return {
        apiVersion: 'v1',
        kind: 'Namespace',
        metadata: { name, labels: { ...MANAGED_BY_LABEL } },
    };
}
function ksaObject(namespace, name, gsaEmail) {
    return {
        apiVersion: 'v1',
        kind: 'ServiceAccount',
        metadata: {
            name,
            namespace,
            labels: { ...MANAGED_BY_LABEL },
            annotations: { [GSA_ANNOTATION]: gsaEmail },
        },
    };
}

;// CONCATENATED MODULE: ./src/actions/setup-wi/definition.ts
/** setup-wi: Workload Identity from cluster to KSA, converged idempotently. */





const NOT_OBSERVED = { namespaces: new Map(), ksas: new Map() };
const setup_wi_definition_definition = {
    name: 'setup-wi',
    order: 10,
    parse: (source, config) => setup_wi_inputs_parseInputs(source, config),
    secrets: () => [],
    cli: { enabled: (config) => config.gsa !== undefined },
    start(inputs, ctx) {
        const reconciler = new SetupWiReconciler(ctx, inputs);
        let plan;
        const planned = () => plan ?? planSetupWi(inputs, NOT_OBSERVED);
        return {
            preflight: () => reconciler.preflight(),
            async plan() {
                plan = planSetupWi(inputs, ctx.offline ? NOT_OBSERVED : await reconciler.observe());
                return plan;
            },
            apply: (op) => reconciler.apply(op, planned()),
            verify: (applied) => reconciler.verify(applied, planned()),
            outputs: (result) => ({
                [setup_wi_inputs_Outputs.GsaEmail]: planned().gsaEmail,
                [setup_wi_inputs_Outputs.WorkloadPool]: planned().workloadPool,
                [setup_wi_inputs_Outputs.Changed]: String(result.changed),
                [setup_wi_inputs_Outputs.Changes]: JSON.stringify(result.outcomes),
            }),
            report: (result) => actionSummary({
                heading: headingOf('setup-wi', result.dryRun),
                intro: `GSA \`${planned().gsaEmail}\`, workload pool \`${planned().workloadPool}\`.`,
                outcomes: result.outcomes,
                warnings: result.planned.warnings,
            }),
            done: (result) => result.changed
                ? 'setup-wi: converged with changes'
                : 'setup-wi: already converged; nothing changed',
        };
    },
};
const setup_wi_definition_run = (deps) => runDefinition(setup_wi_definition_definition, deps);

;// CONCATENATED MODULE: ./src/cli/definitions.ts






const definitions = [
    definition,
    definition_definition,
    deploy_app_definition_definition,
    gcs_log_bucket_definition_definition,
    helm_airflow_definition_definition,
    setup_wi_definition_definition,
];


/***/ }),

/***/ 486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2957);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_main_js__WEBPACK_IMPORTED_MODULE_0__]);
_main_js__WEBPACK_IMPORTED_MODULE_0__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];

process.exitCode = await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .iW)(process.argv.slice(2));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 2957:
/***/ ((module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   iW: () => (/* binding */ main)
/* harmony export */ });
/* unused harmony exports parseCli, planPlatform */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_readline_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6848);
/* harmony import */ var node_readline_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_readline_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _lib_action_logger_js__WEBPACK_IMPORTED_MODULE_9__ = __nccwpck_require__(7660);
/* harmony import */ var _lib_config_load_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6372);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7268);
/* harmony import */ var _lib_exec_process_runner_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(1195);
/* harmony import */ var _lib_exec_redact_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(5700);
/* harmony import */ var _definitions_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(8525);
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(4984);
/* harmony import */ var _run_steps_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(729);
/**
 * The local front end: `plan` and `apply` over the same action definitions the GitHub Actions
 * run, reading one platform file. Secrets come from the environment or files (see README).
 * Built into dist/cli/index.js (the package's `bin`); `npm run plan` runs that bundle.
 */










const USAGE = `usage: platform <plan|apply> --config FILE [--offline] [--json] [--only a,b] [--yes]`;
function parseCli(argv) {
    const { values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
        args: [...argv],
        allowPositionals: true,
        options: {
            config: { type: 'string', short: 'c' },
            offline: { type: 'boolean' },
            json: { type: 'boolean', default: false },
            only: { type: 'string' },
            yes: { type: 'boolean', short: 'y', default: false },
        },
    });
    const command = positionals[0];
    if (command !== 'plan' && command !== 'apply')
        throw new Error(USAGE);
    if (!values.config)
        throw new Error(`--config is required\n${USAGE}`);
    return {
        command,
        config: values.config,
        offline: values.offline,
        json: values.json ?? false,
        only: (values.only ?? '')
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean),
        yes: values.yes ?? false,
    };
}
/** Credentials are present when gcloud has an active account or a token is configured. */
async function hasCredentials(runner) {
    if (process.env.CLOUDSDK_AUTH_ACCESS_TOKEN_FILE || process.env.GOOGLE_GHA_CREDS_PATH)
        return true;
    if (!(await runner.has('gcloud')))
        return false;
    const result = await runner.run({
        tool: 'gcloud',
        args: ['auth', 'list', '--filter=status:ACTIVE', '--format=value(account)'],
        mutating: false,
        timeoutMs: 30_000,
    });
    return result.exitCode === 0 && result.stdout.trim().length > 0;
}
/** The whole chain as a dry run: what `plan` prints and what `apply` asks to confirm. */
async function planPlatform(options, runner, logger) {
    const config = await (0,_lib_config_load_js__WEBPACK_IMPORTED_MODULE_2__/* .loadPlatformConfig */ .O)(options.config);
    (0,_run_steps_js__WEBPACK_IMPORTED_MODULE_7__/* .checkOnly */ .DT)(_definitions_js__WEBPACK_IMPORTED_MODULE_5__/* .definitions */ .B, options.only);
    const offline = options.offline ?? !(await hasCredentials(runner));
    const steps = await (0,_run_steps_js__WEBPACK_IMPORTED_MODULE_7__/* .runChain */ .Zt)(_definitions_js__WEBPACK_IMPORTED_MODULE_5__/* .definitions */ .B, {
        config,
        dryRun: true,
        offline,
        only: options.only,
        runner,
        logger,
    });
    return { steps, offline, config };
}
async function confirm(question) {
    const rl = (0,node_readline_promises__WEBPACK_IMPORTED_MODULE_1__.createInterface)({ input: process.stdin, output: process.stdout });
    try {
        return /^y(es)?$/i.test((await rl.question(question)).trim());
    }
    finally {
        rl.close();
    }
}
async function main(argv) {
    const redactor = new _lib_exec_redact_js__WEBPACK_IMPORTED_MODULE_8__/* .Redactor */ .pO();
    const quiet = new _lib_action_logger_js__WEBPACK_IMPORTED_MODULE_9__/* .MemoryLogger */ .C();
    try {
        const options = parseCli(argv);
        const runner = new _lib_exec_process_runner_js__WEBPACK_IMPORTED_MODULE_4__/* .ProcessRunner */ .S(quiet, redactor);
        const { steps, offline, config } = await planPlatform(options, runner, quiet);
        if (options.json) {
            process.stdout.write(`${(0,_render_js__WEBPACK_IMPORTED_MODULE_6__/* .renderJson */ .h)(steps, redactor, offline)}\n`);
        }
        else {
            process.stdout.write(`${(0,_render_js__WEBPACK_IMPORTED_MODULE_6__/* .renderText */ .S)(steps, redactor, offline)}\n`);
        }
        if (options.command === 'plan')
            return 0;
        if (offline) {
            process.stderr.write('apply needs Google Cloud credentials (gcloud auth login, or a token file).\n');
            return 1;
        }
        if (!options.yes && !(await confirm('Apply these changes? [y/N] '))) {
            process.stderr.write('Nothing applied.\n');
            return 1;
        }
        // Apply observes again and runs the same definitions for real: what changed since the
        // plan is planned anew, and each step's real outputs (pushed digests) feed the next.
        try {
            await (0,_run_steps_js__WEBPACK_IMPORTED_MODULE_7__/* .runChain */ .Zt)(_definitions_js__WEBPACK_IMPORTED_MODULE_5__/* .definitions */ .B, {
                config,
                dryRun: false,
                offline: false,
                only: options.only,
                runner,
                logger: quiet,
                onStep: (name, phase) => process.stdout.write(phase === 'start' ? `-> ${name}\n` : `   ${name} done\n`),
            });
        }
        catch (err) {
            process.stderr.write(`${redactor.redact((0,_lib_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err))}\n` +
                'Fix the cause and run apply again: every step converges, so finished steps are skipped.\n');
            return 1;
        }
        return 0;
    }
    catch (err) {
        process.stderr.write(`${redactor.redact((0,_lib_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err))}\n`);
        return 1;
    }
}
// Run from source (`node --import ./scripts/register-ts.mjs src/cli/main.ts`, as the bench
// did); the shipped entry is dist/cli/index.js, built from index.ts.
if (process.argv[1]?.endsWith('src/cli/main.ts')) {
    process.exitCode = await main(process.argv.slice(2));
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 4984:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ renderText),
/* harmony export */   h: () => (/* binding */ renderJson)
/* harmony export */ });
/** Outputs that describe the run rather than the platform; the plan lists the changes itself. */
const RUN_OUTPUTS = new Set(['changed', 'changes']);
function platformOutputs(step) {
    return Object.entries(step.outputs).filter(([key]) => !RUN_OUTPUTS.has(key));
}
const SYMBOL = { create: '+', update: '~', noop: '=' };
function renderText(steps, redactor, offline) {
    const out = [];
    if (offline) {
        out.push('Offline plan: no Google Cloud credentials, so nothing was observed. Every resource is listed', 'with the commands that would ensure it; with credentials, `plan` observes first and lists only real changes.', '');
    }
    let mutations = 0;
    for (const step of steps) {
        const { name } = step;
        out.push(`== ${name} ${'='.repeat(Math.max(0, 60 - name.length))}`);
        for (const change of step.changes) {
            if (change.action !== 'noop')
                mutations += 1;
            out.push(`  ${SYMBOL[change.action] ?? '?'} ${change.resource}: ${change.action} (${change.reason})`);
            for (const command of change.commands)
                out.push(`      $ ${command}`);
        }
        for (const warning of step.warnings)
            out.push(`  ! ${warning}`);
        for (const [key, value] of platformOutputs(step))
            out.push(`  -> ${key} = ${value}`);
        for (const artifact of step.artifacts) {
            out.push(`  --- ${artifact.title} (${artifact.language}) ---`);
            out.push(...artifact.body
                .trimEnd()
                .split('\n')
                .map((line) => `  | ${line}`));
        }
        out.push('');
    }
    out.push(`Plan: ${mutations} change(s) across ${steps.length} step(s).`);
    return redactor.redact(out.join('\n'));
}
function renderJson(steps, redactor, offline) {
    const doc = {
        offline,
        steps: steps.map((step) => ({
            name: step.name,
            changes: step.changes.map(({ resource, action, reason, commands }) => ({
                resource,
                action,
                reason,
                commands,
            })),
            outputs: Object.fromEntries(platformOutputs(step)),
            warnings: step.warnings,
            artifacts: step.artifacts,
        })),
    };
    return redactor.redact(JSON.stringify(doc, null, 2));
}


/***/ }),

/***/ 729:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DT: () => (/* binding */ checkOnly),
/* harmony export */   Zt: () => (/* binding */ runChain)
/* harmony export */ });
/* unused harmony export readSecret */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7268);
/* harmony import */ var _lib_reconcile_run_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6557);
/**
 * The CLI front end: runs every action's definition as a step of one chain, in the runbook's
 * order, over one platform file. `plan` runs each step as a dry run (reads are real, writes are
 * recorded); `apply` runs it for real. Earlier steps' outputs are carried to later ones, and
 * secret inputs come from the environment or files, never from argv or the platform file.
 */



/**
 * A secret from VAR, or from the file VAR_FILE names (a key file, a mounted secret). A file's
 * one trailing newline is dropped, as `echo secret > file` adds it.
 */
function readSecret(env, variable) {
    const value = env[variable];
    if (value)
        return value;
    const file = env[`${variable}_FILE`];
    if (!file)
        return undefined;
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8').replace(/\r?\n$/, '');
    }
    catch (err) {
        throw new Error(`${variable}_FILE: cannot read ${file}: ${(0,_lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err)}`, { cause: err });
    }
}
/** Settings come from the platform file; the source only answers secret inputs. */
function secretSource(secrets, env, dryRun) {
    const values = new Map();
    for (const secret of secrets) {
        const value = readSecret(env, secret.env) ?? (dryRun ? secret.planPlaceholder : undefined);
        if (value !== undefined)
            values.set(secret.input, value);
    }
    return (name) => values.get(name) ?? '';
}
function checkOnly(definitions, only) {
    const unknown = only.filter((name) => !definitions.some((d) => d.name === name));
    if (unknown.length > 0) {
        throw new Error(`--only: unknown step(s) ${unknown.join(', ')}; known: ${definitions.map((d) => d.name).join(', ')}`);
    }
}
async function runChain(definitions, options) {
    checkOnly(definitions, options.only);
    const env = options.env ?? process.env;
    const carried = new Map(options.carried);
    const reports = [];
    for (const definition of [...definitions].sort((a, b) => a.order - b.order)) {
        if (!definition.cli.enabled(options.config))
            continue;
        if (options.only.length > 0 && !options.only.includes(definition.name))
            continue;
        options.onStep?.(definition.name, 'start');
        try {
            const source = secretSource(definition.cli.secrets ?? [], env, options.dryRun);
            const inputs = await definition.parse(source, options.config, carried);
            const ctx = (0,_lib_reconcile_run_js__WEBPACK_IMPORTED_MODULE_2__/* .createRunContext */ .f)({ logger: options.logger, runner: options.runner, clock: options.clock }, { dryRun: options.dryRun, offline: options.offline });
            for (const secret of definition.secrets(inputs))
                ctx.registerSecret(secret);
            const run = await definition.start(inputs, ctx, options.extras?.[definition.name]);
            const result = await (0,_lib_reconcile_run_js__WEBPACK_IMPORTED_MODULE_2__/* .execute */ .g)(run, ctx);
            const outputs = await run.outputs(result);
            for (const [key, value] of Object.entries(outputs))
                carried.set(key, value);
            reports.push({
                name: definition.name,
                changes: result.planned.changes,
                outcomes: result.outcomes,
                outputs,
                warnings: result.planned.warnings,
                artifacts: result.planned.artifacts ?? [],
            });
        }
        catch (err) {
            throw new Error(`${definition.name}: ${(0,_lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err)}`, { cause: err });
        }
        options.onStep?.(definition.name, 'done');
    }
    return reports;
}


/***/ }),

/***/ 4681:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Am: () => (/* binding */ unique),
/* harmony export */   Cq: () => (/* binding */ positiveInteger),
/* harmony export */   E1: () => (/* binding */ parseList),
/* harmony export */   FF: () => (/* binding */ parseKeyValueLines),
/* harmony export */   UB: () => (/* binding */ requiredFrom),
/* harmony export */   Up: () => (/* binding */ pick),
/* harmony export */   lq: () => (/* binding */ optional),
/* harmony export */   nL: () => (/* binding */ parseEnum),
/* harmony export */   pD: () => (/* binding */ uniqueBy),
/* harmony export */   tE: () => (/* binding */ booleanInput)
/* harmony export */ });
/* unused harmony exports required, parseBoolean, check */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7268);
/**
 * Input parsing helpers. Every action reads each input once, through these, into a typed object
 * before anything runs. Booleans are strict (true/false only), because a lenient `=== 'true'`
 * reads a typo as false.
 */

/** The trimmed input, or undefined when empty. */
function optional(source, name) {
    const value = source(name).trim();
    return value.length > 0 ? value : undefined;
}
function required(source, name) {
    const value = optional(source, name);
    if (value === undefined)
        throw new ConfigurationError(name, 'is required and must not be empty');
    return value;
}
function parseBoolean(name, value) {
    const v = value.trim().toLowerCase();
    if (v === 'true')
        return true;
    if (v === 'false')
        return false;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(name, `must be true or false (got "${value.trim()}")`);
}
function booleanInput(source, name, fallback) {
    const value = optional(source, name);
    return value === undefined ? fallback : parseBoolean(name, value);
}
/** A list input: one item per line, or comma-separated. Blank lines and `#` comments skipped. */
function parseList(value) {
    if (!value)
        return [];
    return value
        .split(/\r?\n/)
        .flatMap((line) => (line.trim().startsWith('#') ? [] : line.split(',')))
        .map((item) => item.trim())
        .filter((item) => item.length > 0);
}
/** `KEY=value` lines into pairs (values may contain `=`; split on the first one only). */
function parseKeyValueLines(name, value) {
    if (!value)
        return [];
    const pairs = [];
    for (const raw of value.split(/\r?\n/)) {
        const line = raw.trim();
        if (line.length === 0 || line.startsWith('#'))
            continue;
        const eq = line.indexOf('=');
        if (eq <= 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(name, `each line must be KEY=VALUE (got "${line.slice(0, 40)}")`);
        pairs.push([line.slice(0, eq).trim(), line.slice(eq + 1)]);
    }
    return pairs;
}
function parseEnum(name, value, allowed) {
    const v = value.trim();
    if (allowed.includes(v))
        return v;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(name, `must be one of ${allowed.join(', ')} (got "${v}")`);
}
function positiveInteger(name, value, max = Number.MAX_SAFE_INTEGER) {
    const v = value.trim();
    if (!/^\d+$/.test(v) || Number(v) < 1 || Number(v) > max) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(name, `must be a whole number from 1 to ${max} (got "${v}")`);
    }
    return Number(v);
}
/** Applies a validation rule to an optional value. */
function check(rule, name, value) {
    return value === undefined ? undefined : rule(name, value);
}
/**
 * Picks the explicit input when given, else the platform file's value, else the default.
 * Explicit inputs always win over the file.
 */
function pick(explicit, fromFile, fallback) {
    return explicit ?? fromFile ?? fallback;
}
/**
 * A value that must come from the input or the platform file. The error names the input and
 * says that either place will do.
 */
function requiredFrom(name, explicit, fromFile, when = '') {
    const value = explicit ?? fromFile;
    if (value === undefined || value.trim() === '') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(name, `is required${when ? ` ${when}` : ''} (set the input or its value in the platform file)`);
    }
    return value;
}
function unique(values) {
    return [...new Set(values)];
}
function uniqueBy(values, key) {
    const seen = new Map();
    for (const v of values)
        if (!seen.has(key(v)))
            seen.set(key(v), v);
    return [...seen.values()];
}


/***/ }),

/***/ 7660:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ MemoryLogger)
/* harmony export */ });
/** A logger that keeps every line, for tests and for the CLI's quiet mode. */
class MemoryLogger {
    lines = [];
    debug(message) {
        this.lines.push({ level: 'debug', message });
    }
    info(message) {
        this.lines.push({ level: 'info', message });
    }
    warning(message) {
        this.lines.push({ level: 'warning', message });
    }
    error(message) {
        this.lines.push({ level: 'error', message });
    }
    /** Groups are a display concern; the title is kept as a line so tests can see the phases. */
    async group(title, body) {
        this.lines.push({ level: 'info', message: `[group] ${title}` });
        return body();
    }
    text() {
        return this.lines.map((l) => `${l.level}: ${l.message}`).join('\n');
    }
}


/***/ }),

/***/ 6372:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ loadPlatformConfig)
/* harmony export */ });
/* unused harmony exports CONFIG_INPUT, parsePlatformConfig */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7268);
/** Loads and validates the platform file; errors point at the path inside it. */


const CONFIG_INPUT = 'config';
/**
 * yaml and zod are imported here, on first use, so an action that is not given a platform
 * file never pays for loading them (they are most of a bundle's start-up time).
 */
async function parsePlatformConfig(text, source = 'platform file') {
    const [{ parse }, { platformSchema }] = await Promise.all([
        __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19)),
        Promise.all(/* import() */[__nccwpck_require__.e(311), __nccwpck_require__.e(667)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1667)),
    ]);
    let document;
    try {
        document = parse(text);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(CONFIG_INPUT, `${source} is not valid YAML: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err)}`);
    }
    const result = platformSchema.safeParse(document ?? {});
    if (!result.success) {
        const problems = result.error.issues.map((issue) => {
            const where = issue.path.length > 0 ? issue.path.join('.') : '(top level)';
            return `${where}: ${issue.message}`;
        });
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(CONFIG_INPUT, `${source} is invalid:\n  ${problems.join('\n  ')}`);
    }
    return result.data;
}
async function loadPlatformConfig(path) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(CONFIG_INPUT, `cannot read ${path}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err)}`);
    }
    return parsePlatformConfig(text, path);
}


/***/ }),

/***/ 7268:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Mm: () => (/* binding */ ToolNotFoundError),
/* harmony export */   Qd: () => (/* binding */ CommandError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   j1: () => (/* binding */ ConfigurationError)
/* harmony export */ });
/**
 * The suite's error classes. Three kinds, because they call for three different reactions:
 * - ConfigurationError: the user must change an input or the platform file. Raised before any
 *   command runs.
 * - CommandError: a CLI failed. Its `kind` says whether a retry can help.
 * - Anything else is a bug in the suite and is reported as such.
 */
/** A value the user must fix. The message names the input (or file path) and the rule. */
class ConfigurationError extends Error {
    input;
    rule;
    name = 'ConfigurationError';
    constructor(input, rule) {
        super(`input "${input}": ${rule}`);
        this.input = input;
        this.rule = rule;
    }
}
/** A CLI exited non-zero (or could not start). Everything in it is already redacted. */
class CommandError extends Error {
    command;
    exitCode;
    stderr;
    kind;
    name = 'CommandError';
    constructor(command, exitCode, stderr, kind) {
        const detail = stderr.trim() || `command exited ${exitCode}, but stderr had no output`;
        super(`${command} failed (exit ${exitCode}): ${detail}`);
        this.command = command;
        this.exitCode = exitCode;
        this.stderr = stderr;
        this.kind = kind;
    }
}
/** A tool the action needs is not on PATH. */
class ToolNotFoundError extends Error {
    tool;
    name = 'ToolNotFoundError';
    constructor(tool) {
        super(`${tool} not found on PATH; install it before this step (GitHub's ubuntu runners ship it)`);
        this.tool = tool;
    }
}
/** Normalises anything thrown into a message. */
function errorMessage(err) {
    if (err instanceof Error)
        return err.message;
    if (typeof err === 'string')
        return err;
    try {
        return JSON.stringify(err);
    }
    catch {
        return String(err);
    }
}


/***/ }),

/***/ 1195:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ ProcessRunner)
/* harmony export */ });
/* unused harmony export findOnPath */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(5700);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(8507);





const DEFAULT_TIMEOUT_MS = 10 * 60 * 1000;
const KILL_GRACE_MS = 5000;
class ProcessRunner {
    logger;
    baseEnv;
    redactor;
    children = new Set();
    cancelHooked = false;
    constructor(logger, redactor, baseEnv = process.env) {
        this.logger = logger;
        this.baseEnv = baseEnv;
        this.redactor = redactor ?? new _redact_js__WEBPACK_IMPORTED_MODULE_3__/* .Redactor */ .pO();
    }
    async has(tool) {
        return (await findOnPath(tool, this.baseEnv.PATH ?? '')) !== undefined;
    }
    async run(spec) {
        // Loaded on first use: an action that fails validation never starts a process, and
        // child_process is a noticeable part of a bundle's start-up.
        const { spawn } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 1421, 23));
        this.hookCancellation();
        const shown = (0,_runner_js__WEBPACK_IMPORTED_MODULE_4__/* .formatCommand */ .fE)(spec, this.redactor);
        this.logger.debug(`$ ${shown}`);
        const timeoutMs = spec.timeoutMs ?? DEFAULT_TIMEOUT_MS;
        return new Promise((resolve) => {
            const child = spawn(spec.tool, [...spec.args], {
                cwd: spec.cwd,
                env: { ...this.baseEnv, ...spec.env },
                stdio: ['pipe', 'pipe', 'pipe'],
                shell: false,
            });
            this.children.add(child);
            const out = [];
            const err = [];
            let timedOut = false;
            let settled = false;
            const timer = setTimeout(() => {
                timedOut = true;
                terminate(child);
            }, timeoutMs);
            const finish = (result) => {
                if (settled)
                    return;
                settled = true;
                clearTimeout(timer);
                this.children.delete(child);
                resolve(result);
            };
            child.stdout.on('data', (chunk) => out.push(chunk));
            child.stderr.on('data', (chunk) => err.push(chunk));
            child.on('error', (e) => {
                const missing = e.code === 'ENOENT';
                finish({
                    exitCode: missing ? _runner_js__WEBPACK_IMPORTED_MODULE_4__/* .NOT_FOUND_EXIT_CODE */ .yp : 1,
                    stdout: '',
                    stderr: missing ? `${spec.tool}: command not found` : e.message,
                });
            });
            child.on('close', (code, signal) => {
                let stderr = Buffer.concat(err).toString('utf8');
                let exitCode = code ?? 1;
                if (timedOut) {
                    exitCode = _runner_js__WEBPACK_IMPORTED_MODULE_4__/* .TIMEOUT_EXIT_CODE */ .lT;
                    stderr += `\n${spec.tool} timed out after ${Math.round(timeoutMs / 1000)}s`;
                }
                else if (signal) {
                    stderr += `\n${spec.tool} was terminated by ${signal}`;
                }
                finish({ exitCode, stdout: Buffer.concat(out).toString('utf8'), stderr });
            });
            // A closed stdin pipe (EPIPE) when the child exits early is not our failure to report.
            child.stdin.on('error', () => undefined);
            child.stdin.end(spec.stdin ?? '');
        });
    }
    /**
     * When the step is cancelled, GitHub sends SIGINT; pass it on so no child keeps mutating
     * after we are gone, and say that the next run will finish the job.
     */
    hookCancellation() {
        if (this.cancelHooked)
            return;
        this.cancelHooked = true;
        const onSignal = (signal) => {
            for (const child of this.children)
                terminate(child);
            this.logger.warning(`received ${signal}: stopped running commands; resources may be partly reconciled, and the next run will converge them`);
            process.exitCode = 1;
        };
        process.once('SIGINT', onSignal);
        process.once('SIGTERM', onSignal);
    }
}
function terminate(child) {
    child.kill('SIGTERM');
    setTimeout(() => {
        if (child.exitCode === null && child.signalCode === null)
            child.kill('SIGKILL');
    }, KILL_GRACE_MS).unref();
}
/** Finds an executable on PATH without a shell. */
async function findOnPath(tool, searchPath) {
    if (tool.includes('/'))
        return (await isExecutable(tool)) ? tool : undefined;
    for (const dir of searchPath.split((node_path__WEBPACK_IMPORTED_MODULE_2___default().delimiter))) {
        if (!dir)
            continue;
        const candidate = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, tool);
        if (await isExecutable(candidate))
            return candidate;
    }
    return undefined;
}
async function isExecutable(file) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.access)(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.X_OK);
        return true;
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 5700:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   pO: () => (/* binding */ Redactor)
/* harmony export */ });
/* unused harmony exports MASK, secretForms */
/**
 * Secret redaction for everything the suite prints: command lines, error text, summaries.
 * Every secret is registered once (with its base64 form, since Kubernetes Secret manifests
 * carry that) and masked everywhere after.
 */
const MASK = '***';
class Redactor {
    secrets = new Set();
    /** Registers a secret and the forms it may appear in. Returns every registered form. */
    add(value) {
        const forms = secretForms(value);
        for (const form of forms)
            this.secrets.add(form);
        return forms;
    }
    /** Replaces every registered secret in `text`, longest first so overlaps mask fully. */
    redact(text) {
        if (this.secrets.size === 0 || text.length === 0)
            return text;
        let out = text;
        for (const secret of [...this.secrets].sort((a, b) => b.length - a.length)) {
            out = out.split(secret).join(MASK);
        }
        return out;
    }
    has(value) {
        return this.secrets.has(value);
    }
}
/** The forms of a secret worth masking: itself, its base64, and each non-trivial line. */
function secretForms(value) {
    if (value.trim().length === 0)
        return [];
    const forms = new Set([value, Buffer.from(value, 'utf8').toString('base64')]);
    for (const line of value.split(/\r?\n/)) {
        if (line.trim().length >= 4)
            forms.add(line);
    }
    return [...forms];
}


/***/ }),

/***/ 4083:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CI: () => (/* binding */ TRANSIENT_POLICY),
/* harmony export */   aB: () => (/* binding */ RetryExhaustedError),
/* harmony export */   bD: () => (/* binding */ withRetry),
/* harmony export */   dg: () => (/* binding */ isTransient),
/* harmony export */   ml: () => (/* binding */ systemClock),
/* harmony export */   w1: () => (/* binding */ PROPAGATION_POLICY)
/* harmony export */ });
/* unused harmony export backoffDelay */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7268);

/** For 429/5xx: a handful of quick attempts. */
const TRANSIENT_POLICY = {
    attempts: 5,
    baseMs: 1000,
    maxDelayMs: 16_000,
    deadlineMs: 120_000,
};
/**
 * For IAM eventual consistency: a new service account can read as "does not exist" for 60 s
 * or more (https://cloud.google.com/iam/docs/service-accounts-create), so the budget is longer.
 */
const PROPAGATION_POLICY = {
    attempts: 10,
    baseMs: 2000,
    maxDelayMs: 20_000,
    deadlineMs: 180_000,
};
const systemClock = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    random: () => Math.random(),
};
class RetryExhaustedError extends Error {
    attempts;
    lastError;
    name = 'RetryExhaustedError';
    constructor(label, attempts, lastError) {
        super(`${label}: failed after ${attempts} attempts: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(lastError)}`);
        this.attempts = attempts;
        this.lastError = lastError;
    }
}
/** Transient failures by default; the caller widens this (etag conflicts, IAM propagation). */
function isTransient(err) {
    return err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CommandError */ .Qd && err.kind === 'transient';
}
function backoffDelay(attempt, policy, random) {
    const cap = Math.min(policy.maxDelayMs, policy.baseMs * 2 ** (attempt - 1));
    // Full jitter spreads parallel CI jobs that share a project's quota.
    return Math.round(cap / 2 + (cap / 2) * random);
}
async function withRetry(fn, options) {
    const policy = options.policy ?? TRANSIENT_POLICY;
    const retryable = options.retryable ?? isTransient;
    const clock = options.clock ?? systemClock;
    const started = clock.now();
    let attempt = 1;
    for (;;) {
        try {
            return await fn(attempt);
        }
        catch (err) {
            if (!retryable(err))
                throw err;
            const delay = backoffDelay(attempt, policy, clock.random());
            const outOfTime = clock.now() - started + delay > policy.deadlineMs;
            if (attempt >= policy.attempts || outOfTime) {
                throw new RetryExhaustedError(options.label, attempt, err);
            }
            options.logger.warning(`${options.label}: attempt ${attempt}/${policy.attempts} failed (${firstLine(err)}); retrying in ${(delay / 1000).toFixed(1)}s`);
            await clock.sleep(delay);
            attempt += 1;
        }
    }
}
function firstLine(err) {
    const text = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err);
    const line = text.split('\n').find((l) => l.trim().length > 0) ?? text;
    return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}


/***/ }),

/***/ 8507:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   LZ: () => (/* binding */ DryRunRunner),
/* harmony export */   fE: () => (/* binding */ formatCommand),
/* harmony export */   lT: () => (/* binding */ TIMEOUT_EXIT_CODE),
/* harmony export */   yp: () => (/* binding */ NOT_FOUND_EXIT_CODE)
/* harmony export */ });
/** Exit code used when a command was killed on its timeout (as coreutils' timeout does). */
const TIMEOUT_EXIT_CODE = 124;
/** Exit code used when the tool could not be started at all. */
const NOT_FOUND_EXIT_CODE = 127;
/** The redacted, human-readable form of a command, for logs and error messages. */
function formatCommand(spec, redactor) {
    const text = [spec.tool, ...spec.args].map(quoteForDisplay).join(' ');
    return redactor ? redactor.redact(text) : text;
}
function quoteForDisplay(arg) {
    return /^[\w@%+=:,./[\]-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}
/**
 * Lets reads through and records writes instead of running them, so a plan observes the real
 * world without changing it.
 */
class DryRunRunner {
    inner;
    logger;
    recorded = [];
    constructor(inner, logger) {
        this.inner = inner;
        this.logger = logger;
    }
    get redactor() {
        return this.inner.redactor;
    }
    async run(spec) {
        if (!spec.mutating)
            return this.inner.run(spec);
        this.recorded.push(spec);
        this.logger?.info(`[dry-run] would run: ${formatCommand(spec, this.redactor)}`);
        return { exitCode: 0, stdout: '', stderr: '' };
    }
    has(tool) {
        return this.inner.has(tool);
    }
}


/***/ }),

/***/ 5512:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   LV: () => (/* binding */ cloudSqlInstance),
/* harmony export */   Pq: () => (/* binding */ urlHasPassword),
/* harmony export */   b2: () => (/* binding */ addProxySidecar)
/* harmony export */ });
/* unused harmony exports PROXY_CONTAINER, PROXY_IMAGE, PROXY_PORT, proxyContainer */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7268);
/* harmony import */ var _validate_rules_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3325);
/**
 * The Cloud SQL Auth Proxy v2 as a native sidecar (Kubernetes >= 1.29): an init container with
 * `restartPolicy: Always` starts before the app and does not block shutdown or Job completion.
 * Image, flags and non-root uid from the proxy's README and k8s-sidecar example (domain-facts 3).
 */


const PROXY_CONTAINER = 'cloud-sql-proxy';
const PROXY_IMAGE = 'gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.25.3';
const PROXY_PORT = 5432;
/** The distroless image's nonroot user. */
const NONROOT_UID = 65532;
const INSTANCE = /^(?:[a-z][a-z0-9.-]*:)?[a-z][a-z0-9-]{4,28}[a-z0-9]:[a-z]+(?:-[a-z]+)*[0-9]+:[a-z](?:[a-z0-9-]{0,96}[a-z0-9])?$/;
/** `PROJECT:REGION:INSTANCE`, the proxy's positional argument. */
function cloudSqlInstance(input, value) {
    const v = (0,_validate_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .safeValue */ .pI)(input, value);
    if (!INSTANCE.test(v)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(input, `must be a Cloud SQL connection name PROJECT:REGION:INSTANCE (got "${v}")`);
    }
    return v;
}
function proxyContainer(o) {
    return {
        name: PROXY_CONTAINER,
        image: o.image ?? PROXY_IMAGE,
        restartPolicy: 'Always',
        args: [
            `--port=${PROXY_PORT}`,
            '--structured-logs',
            ...(o.autoIamAuthn ? ['--auto-iam-authn'] : []),
            ...(o.privateIp ? ['--private-ip'] : []),
            '--health-check',
            '--http-address=0.0.0.0',
            '--http-port=9801',
            '--exit-zero-on-sigterm',
            o.instance,
        ],
        ports: [{ name: 'proxy-health', containerPort: 9801, protocol: 'TCP' }],
        startupProbe: {
            httpGet: { path: '/startup', port: 'proxy-health' },
            periodSeconds: 1,
            failureThreshold: 60,
        },
        livenessProbe: {
            httpGet: { path: '/liveness', port: 'proxy-health' },
            periodSeconds: 10,
            failureThreshold: 3,
        },
        securityContext: {
            runAsNonRoot: true,
            runAsUser: NONROOT_UID,
            runAsGroup: NONROOT_UID,
            allowPrivilegeEscalation: false,
            readOnlyRootFilesystem: true,
            capabilities: { drop: ['ALL'] },
        },
        // The proxy's needs scale with connections and I/O; this is a floor, not a ceiling.
        resources: { requests: { cpu: '250m', memory: '256Mi' }, limits: { memory: '1Gi' } },
    };
}
/**
 * Adds (or replaces) the proxy as a native sidecar. Returns warnings, e.g. for a classic
 * sidecar in `containers` that it replaces.
 */
function addProxySidecar(pod, o) {
    const warnings = [];
    const classic = pod.containers.findIndex((c) => c.name === PROXY_CONTAINER || /cloud-sql-proxy|gce-proxy/.test(c.image ?? ''));
    if (classic >= 0) {
        warnings.push(`container ${pod.containers[classic]?.name ?? ''} (a Cloud SQL proxy in containers) was replaced by the native sidecar`);
        pod.containers.splice(classic, 1);
    }
    const inits = (pod.initContainers ?? []).filter((c) => c.name !== PROXY_CONTAINER);
    // First, so the database is reachable before any other init container runs.
    pod.initContainers = [proxyContainer(o), ...inits];
    return warnings;
}
/** Whether a database URL carries a password (`scheme://user:password@host`). Never returns it. */
function urlHasPassword(url) {
    return /^[a-z][a-z0-9+.-]*:\/\/[^/@:\s]*:[^/@\s]+@/i.test(url) || /[?&]password=/i.test(url);
}


/***/ }),

/***/ 7696:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D6: () => (/* binding */ imageRef),
/* harmony export */   Rd: () => (/* binding */ substituteImages),
/* harmony export */   eb: () => (/* binding */ parseImages),
/* harmony export */   oO: () => (/* binding */ isDigestRef),
/* harmony export */   qz: () => (/* binding */ podSpecOf)
/* harmony export */ });
/* unused harmony export repositoryOf */
/* harmony import */ var _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4681);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7268);
/* harmony import */ var _validate_rules_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3325);
/**
 * Image substitution: the `images` input (`name=ref` lines, as build-push-image emits) replaces
 * container images in the manifests, matched by container name or by image repository, so a
 * deploy runs exactly the digest that was built.
 */



const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
// A first component is a registry only with a dot, a port or `localhost`, as in docker.
const IMAGE_REF = new RegExp(`^(?:(?:localhost|[a-zA-Z0-9-]+(?:\\.[a-zA-Z0-9-]+)+)(?::[0-9]+)?/|[a-zA-Z0-9-]+:[0-9]+/)?${COMPONENT}(?:/${COMPONENT})*(?::[\\w][\\w.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$`);
/** A container image reference: `[registry/]path[:tag][@sha256:digest]`. */
function imageRef(input, value) {
    const v = (0,_validate_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .safeValue */ .pI)(input, value);
    if (!IMAGE_REF.test(v)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(input, `must be an image reference such as asia-southeast1-docker.pkg.dev/PROJECT/REPO/app@sha256:... (got "${v}")`);
    }
    return v;
}
const isDigestRef = (ref) => /@sha256:[a-f0-9]{64}$/.test(ref);
/** The repository part of a reference: no tag, no digest. */
function repositoryOf(ref) {
    const noDigest = ref.split('@')[0] ?? ref;
    const slash = noDigest.lastIndexOf('/');
    const colon = noDigest.lastIndexOf(':');
    return colon > slash ? noDigest.slice(0, colon) : noDigest;
}
/** Parses `name=ref` lines. When a name appears twice, a digest-pinned ref wins over a tag. */
function parseImages(input, value) {
    const byName = new Map();
    for (const [rawName, rawRef] of (0,_action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .parseKeyValueLines */ .FF)(input, value)) {
        const name = (0,_validate_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .safeValue */ .pI)(input, rawName);
        const ref = imageRef(input, rawRef);
        const previous = byName.get(name);
        if (previous !== undefined && previous !== ref && isDigestRef(previous) === isDigestRef(ref)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(input, `"${name}" is given twice with different images`);
        }
        if (previous === undefined || isDigestRef(ref))
            byName.set(name, ref);
    }
    return [...byName].map(([name, ref]) => ({ name, ref }));
}
/** The pod spec inside a workload object (Pod, Deployment, StatefulSet, Job, CronJob, ...). */
function podSpecOf(o) {
    const spec = o.spec;
    if (!spec)
        return undefined;
    if (o.kind === 'Pod')
        return spec;
    if (o.kind === 'CronJob') {
        const job = spec.jobTemplate;
        return job?.spec?.template?.spec;
    }
    return spec.template?.spec;
}
function matches(override, c) {
    if (override.name === c.name)
        return true;
    if (!c.image)
        return false;
    const repo = repositoryOf(c.image);
    return override.name === repo || override.name === repo.split('/').pop();
}
/**
 * Returns copies of the objects with images replaced, what was replaced, and the overrides
 * that matched nothing (a typo the caller should report).
 */
function substituteImages(objects, overrides) {
    const used = new Set();
    const substitutions = [];
    const out = objects.map((original) => {
        const o = structuredClone(original);
        const pod = podSpecOf(o);
        for (const c of [...(pod?.containers ?? []), ...(pod?.initContainers ?? [])]) {
            // A container-name match is more specific than an image-name match.
            const override = overrides.find((x) => x.name === c.name) ?? overrides.find((x) => matches(x, c));
            if (!override)
                continue;
            used.add(override.name);
            if (c.image !== override.ref) {
                substitutions.push({
                    object: `${o.kind}/${o.metadata.name}`,
                    container: c.name,
                    from: c.image ?? '',
                    to: override.ref,
                });
                c.image = override.ref;
            }
        }
        return o;
    });
    return {
        objects: out,
        substitutions,
        unused: overrides.filter((x) => !used.has(x.name)).map((x) => x.name),
    };
}


/***/ }),

/***/ 6157:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ checkResources),
/* harmony export */   t: () => (/* binding */ parseResources)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7268);
/** Container resources as an input: a small YAML mapping of requests/limits, checked early. */

const QUANTITY = /^\d+(\.\d+)?(m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?$/;
const RESOURCE_NAMES = new Set(['cpu', 'memory', 'ephemeral-storage']);
/** Checks an already-parsed resources object (from the input or the platform file). */
function checkResources(input, value) {
    const out = {};
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(input, 'must be a mapping with requests and/or limits');
    }
    for (const [section, entries] of Object.entries(value)) {
        if (section !== 'requests' && section !== 'limits') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(input, `only requests and limits are allowed (got "${section}")`);
        }
        if (typeof entries !== 'object' || entries === null || Array.isArray(entries)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(input, `${section} must be a mapping such as {cpu: 500m, memory: 1Gi}`);
        }
        const checked = {};
        for (const [name, q] of Object.entries(entries)) {
            const quantity = String(q);
            if (!RESOURCE_NAMES.has(name)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(input, `${section}.${name}: use cpu, memory or ephemeral-storage`);
            }
            if (!QUANTITY.test(quantity)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(input, `${section}.${name} must be a quantity such as 500m or 2Gi (got "${quantity}")`);
            }
            checked[name] = quantity;
        }
        out[section] = checked;
    }
    return out;
}
/** Parses the input's YAML text (lazily loading the YAML library). */
async function parseResources(input, text) {
    const { parse } = await __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19));
    let value;
    try {
        value = parse(text);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(input, 'must be YAML such as "requests: {cpu: 500m, memory: 1Gi}"');
    }
    return checkResources(input, value);
}


/***/ }),

/***/ 5324:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   TI: () => (/* binding */ anyChanged),
/* harmony export */   YF: () => (/* binding */ applyChanges),
/* harmony export */   d5: () => (/* binding */ ApplyError)
/* harmony export */ });
/* unused harmony export isMutation */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7268);

/** Thrown when a change failed; carries the outcomes so far for the summary. */
class ApplyError extends Error {
    outcomes;
    cause;
    name = 'ApplyError';
    constructor(outcomes, cause) {
        super((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(cause));
        this.outcomes = outcomes;
        this.cause = cause;
    }
}
function isMutation(change) {
    return change.action !== 'noop';
}
/**
 * Applies changes in order. Noops are reported as unchanged; in dry-run every mutation is
 * reported as planned and nothing runs. The first failure stops the loop: later changes are
 * reported as skipped, so the summary shows exactly how far the run got.
 */
async function applyChanges(changes, execute, options) {
    const outcomes = [];
    let failed;
    for (const change of changes) {
        const base = { resource: change.resource, action: change.action };
        if (failed !== undefined) {
            outcomes.push({
                ...base,
                status: 'skipped',
                detail: 'not attempted after an earlier failure',
            });
            continue;
        }
        if (change.action === 'noop' || change.op === undefined) {
            outcomes.push({ ...base, status: 'unchanged', detail: change.reason });
            continue;
        }
        if (options.dryRun) {
            options.logger.info(`[dry-run] ${change.action} ${change.resource}: ${change.reason}`);
            outcomes.push({ ...base, status: 'planned', detail: change.reason });
            continue;
        }
        options.logger.info(`${change.action} ${change.resource}: ${change.reason}`);
        try {
            const detail = await execute(change.op, change);
            outcomes.push({ ...base, status: 'done', detail: detail || change.reason });
        }
        catch (err) {
            failed = err;
            outcomes.push({ ...base, status: 'failed', detail: (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err) });
        }
    }
    if (failed !== undefined)
        throw new ApplyError(outcomes, failed);
    return outcomes;
}
function anyChanged(outcomes) {
    return outcomes.some((o) => o.status === 'done' || o.status === 'planned');
}


/***/ }),

/***/ 6557:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ createRunContext),
/* harmony export */   g: () => (/* binding */ execute)
/* harmony export */ });
/* harmony import */ var _exec_process_runner_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1195);
/* harmony import */ var _exec_redact_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(5700);
/* harmony import */ var _exec_retry_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4083);
/* harmony import */ var _exec_runner_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(8507);
/* harmony import */ var _engine_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5324);





function createRunContext(deps, mode) {
    const base = deps.runner ?? new _exec_process_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .ProcessRunner */ .S(deps.logger, new _exec_redact_js__WEBPACK_IMPORTED_MODULE_3__/* .Redactor */ .pO());
    // The one place a run becomes harmless: every mutating command is recorded, not run.
    const runner = mode.dryRun ? new _exec_runner_js__WEBPACK_IMPORTED_MODULE_4__/* .DryRunRunner */ .LZ(base, deps.logger) : base;
    return {
        runner,
        logger: deps.logger,
        clock: deps.clock ?? _exec_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .systemClock */ .ml,
        dryRun: mode.dryRun,
        offline: mode.offline ?? false,
        registerSecret(value) {
            for (const form of runner.redactor.add(value))
                deps.maskSecret?.(form);
        },
    };
}
async function execute(run, ctx) {
    const log = ctx.logger;
    if (run.preflight && !ctx.offline)
        await log.group('Preflight', () => run.preflight());
    const planned = await log.group('Observe and plan', () => run.plan());
    for (const warning of planned.warnings)
        log.warning(warning);
    const outcomes = await log.group(ctx.dryRun ? 'Apply (dry run: nothing changes)' : 'Apply', () => (0,_engine_js__WEBPACK_IMPORTED_MODULE_2__/* .applyChanges */ .YF)(planned.changes, (op, change) => run.apply(op, change), {
        dryRun: ctx.dryRun,
        logger: log,
    }));
    const applied = planned.changes.flatMap((c) => (c.op === undefined ? [] : [c.op]));
    const verify = async () => {
        if (run.verify && applied.length > 0)
            await run.verify(applied, outcomes);
        if (run.check)
            await run.check();
    };
    if (!ctx.dryRun && (run.check || (run.verify && applied.length > 0))) {
        try {
            await log.group('Verify', verify);
        }
        catch (err) {
            // The summary shows what was applied before the verification failed.
            throw new _engine_js__WEBPACK_IMPORTED_MODULE_2__/* .ApplyError */ .d5(markFailed(outcomes, err), err);
        }
    }
    return { planned, outcomes, dryRun: ctx.dryRun, changed: (0,_engine_js__WEBPACK_IMPORTED_MODULE_2__/* .anyChanged */ .TI)(outcomes) };
}
/** A verification error may name the resource that failed (a workload that did not roll out). */
function markFailed(outcomes, err) {
    const failed = err.resource;
    return outcomes.map((o) => typeof failed === 'string' && o.resource === failed
        ? { ...o, status: 'failed', detail: err.message }
        : o);
}


/***/ }),

/***/ 6418:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EL: () => (/* binding */ bucketName),
/* harmony export */   G4: () => (/* binding */ bucketLocation),
/* harmony export */   WA: () => (/* binding */ bucketLabels),
/* harmony export */   X1: () => (/* binding */ bucketMember)
/* harmony export */ });
/* unused harmony export MAX_LABELS */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7268);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3325);
/**
 * Cloud Storage rules: bucket names, bucket locations and labels. Checked before any command
 * runs, so a bad name fails with the rule instead of a 400 from the API (case F23).
 * https://cloud.google.com/storage/docs/buckets#naming
 * https://cloud.google.com/storage/docs/tags-and-labels#bucket-labels
 */


const NAME_CHARS = /^[a-z0-9._-]+$/;
const ALNUM_EDGES = /^[a-z0-9](?:.*[a-z0-9])?$/;
const DOTTED_DECIMAL = /^\d{1,3}(?:\.\d{1,3}){3}$/;
/**
 * "google" and close misspellings that Google rejects ("g00gle" and friends). Digits that
 * look like letters are folded first, so one list covers the look-alike spellings.
 */
const GOOGLE_LIKE = ['google', 'googel', 'goolge', 'gooogle'];
const LOOK_ALIKES = { '0': 'o', '1': 'l', '3': 'e' };
function looksLikeGoogle(name) {
    const folded = name.replace(/[013]/g, (c) => LOOK_ALIKES[c] ?? c);
    return GOOGLE_LIKE.some((word) => folded.includes(word));
}
/** A Cloud Storage bucket name, without the `gs://` scheme. */
function bucketName(input, value) {
    const v = (0,_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .safeValue */ .pI)(input, value);
    const fail = (rule) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(input, `${rule} (got "${v}")`);
    };
    if (v.startsWith('gs://'))
        fail('must be the bucket name alone, without "gs://"');
    if (!NAME_CHARS.test(v)) {
        fail('must be a bucket name: lowercase letters, digits, "-", "_" and "." only (no uppercase, spaces or "/")');
    }
    if (!ALNUM_EDGES.test(v))
        fail('must start and end with a lowercase letter or digit');
    const parts = v.split('.');
    if (parts.length === 1 && (v.length < 3 || v.length > 63)) {
        fail(`must be 3-63 characters long (is ${v.length})`);
    }
    if (parts.length > 1) {
        if (v.length < 3 || v.length > 222) {
            fail(`must be 3-222 characters long when it contains dots (is ${v.length})`);
        }
        if (parts.some((p) => p.length === 0 || p.length > 63)) {
            fail('each dot-separated part must be 1-63 characters long');
        }
    }
    if (DOTTED_DECIMAL.test(v))
        fail('must not be an IP address in dotted-decimal form');
    if (v.startsWith('goog'))
        fail('must not start with "goog" (reserved by Google)');
    if (looksLikeGoogle(v))
        fail('must not contain "google" or a close misspelling of it');
    return v;
}
/**
 * A bucket location: a region (`asia-southeast1`), a multi-region (`US`, `EU`, `ASIA`) or a
 * predefined dual-region (`NAM4`, `ASIA1`). Returned upper-case, as the API reports it, so a
 * later compare with the observed location is a plain equality.
 */
function bucketLocation(input, value) {
    const v = (0,_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .safeValue */ .pI)(input, value);
    if (!/^(?:[a-z]+(?:-[a-z]+)*[0-9]+|[a-z]+[0-9]?)$/i.test(v)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(input, `must be a Cloud Storage location: a region such as asia-southeast1, a multi-region such as US or EU, or a dual-region such as ASIA1 (got "${v}")`);
    }
    return v.toUpperCase();
}
// Google allows international lowercase letters too; \p{Ll}/\p{Lo} accept them.
const LABEL_KEY = /^[\p{Ll}\p{Lo}][\p{Ll}\p{Lo}\p{N}_-]{0,62}$/u;
const LABEL_VALUE = /^[\p{Ll}\p{Lo}\p{N}_-]{0,63}$/u;
const MAX_LABELS = 64;
/**
 * Bucket labels. The character sets exclude `,` and `=`, which is what makes them safe to
 * pass as `--update-labels=k=v,k2=v2`.
 */
function bucketLabels(input, pairs) {
    if (pairs.length > MAX_LABELS) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(input, `at most ${MAX_LABELS} labels (got ${pairs.length})`);
    }
    const labels = {};
    for (const [rawKey, rawValue] of pairs) {
        const key = rawKey.trim();
        const value = rawValue.trim();
        if (!LABEL_KEY.test(key)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(input, `label key "${key}" must be 1-63 characters: lowercase letters, digits, "_" and "-", starting with a lowercase letter`);
        }
        if (!LABEL_VALUE.test(value)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(input, `label value "${value}" of "${key}" must be at most 63 characters: lowercase letters, digits, "_" and "-"`);
        }
        if (key in labels)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(input, `label key "${key}" is given twice`);
        labels[key] = value;
    }
    return labels;
}
const MEMBER_PREFIXES = /^(?:serviceAccount|user|group|domain):[^\s,]+$|^principal(?:Set)?:\/\/\S+$/;
/**
 * The principal to grant on the bucket: a service account email (setup-wi's `gsa-email`,
 * made `serviceAccount:EMAIL`) or an IAM member string (`group:...`, `principal://...`).
 */
function bucketMember(input, value) {
    const v = (0,_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .safeValue */ .pI)(input, value);
    if (/^[a-z][-a-z0-9]{4,28}[a-z0-9]@[a-z][-a-z0-9.:]*\.gserviceaccount\.com$/.test(v)) {
        return `serviceAccount:${v}`;
    }
    if (MEMBER_PREFIXES.test(v))
        return v;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(input, `must be a service account email (NAME@PROJECT.iam.gserviceaccount.com) or an IAM member such as serviceAccount:EMAIL or group:EMAIL (got "${v}")`);
}


/***/ }),

/***/ 2541:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D6: () => (/* binding */ imageRef),
/* harmony export */   Rp: () => (/* binding */ email),
/* harmony export */   Up: () => (/* binding */ gitSubPath),
/* harmony export */   X9: () => (/* binding */ chartVersion),
/* harmony export */   bC: () => (/* binding */ gitBranch),
/* harmony export */   bS: () => (/* binding */ gitRepo),
/* harmony export */   hI: () => (/* binding */ logFolder),
/* harmony export */   n8: () => (/* binding */ sshPrivateKey),
/* harmony export */   nT: () => (/* binding */ userName),
/* harmony export */   y: () => (/* binding */ exactVersion),
/* harmony export */   z4: () => (/* binding */ chartRepo)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7268);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3325);
/** Validation rules for helm-airflow's inputs and the platform file's `airflow` section. */


function pattern(re, rule) {
    return (input, value) => {
        const v = (0,_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .safeValue */ .pI)(input, value);
        if (!re.test(v))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(input, `${rule} (got "${v}")`);
        return v;
    };
}
/** An exact chart version: a pin, never a range or "latest" (CI must be reproducible). */
const chartVersion = pattern(/^v?\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/, 'must be an exact chart version such as 1.22.0 (no ranges, not "latest")');
const exactVersion = pattern(/^v?\d+\.\d+\.\d+$/, 'must be an exact version such as 3.21.4');
const chartRepo = pattern(/^(https:\/\/|oci:\/\/)[A-Za-z0-9.-]+(:\d+)?(\/[\w.~%/-]*)?$/, 'must be an https:// chart repository or an oci:// registry path');
const logFolder = pattern(/^gs:\/\/[a-z0-9][a-z0-9._-]{1,220}[a-z0-9](\/[\w./-]*)?$/, 'must be a Cloud Storage folder such as gs://BUCKET/logs');
const gitRepo = pattern(/^(https:\/\/[\w.@:/~%-]+|ssh:\/\/[\w.@:/~%-]+|[\w.-]+@[\w.-]+:[\w./~%-]+)$/, 'must be a git URL: https://HOST/PATH, ssh://git@HOST/PATH or git@HOST:PATH');
const gitBranch = (input, value) => {
    const v = (0,_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .safeValue */ .pI)(input, value);
    if (!/^[\w./-]+$/.test(v) || v.includes('..') || v.endsWith('/') || v.endsWith('.lock')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(input, `must be a git branch name (got "${v}")`);
    }
    return v;
};
/** A folder inside the repo; empty means the repo root. */
function gitSubPath(input, value) {
    const v = value.trim();
    if (v === '')
        return '';
    if (!/^[\w.-]+(\/[\w.-]+)*\/?$/.test(v) || v.split('/').includes('..')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(input, `must be a relative folder such as dags (got "${v}")`);
    }
    return v;
}
const email = pattern(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'must be an email address');
const userName = pattern(/^[A-Za-z0-9_.@-]{1,64}$/, 'must be 1-64 letters, digits, "_", ".", "@" or "-"');
/** Checked without ever echoing the value: it is a secret. */
function sshPrivateKey(input, value) {
    if (!/-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----[\s\S]+-----END [A-Z0-9 ]*PRIVATE KEY-----/.test(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(input, 'must be an SSH private key (PEM or OpenSSH, "-----BEGIN ... PRIVATE KEY-----"); the value is not shown');
    }
    return value.endsWith('\n') ? value : `${value}\n`;
}
const REPOSITORY = /^[a-z0-9]+([._-][a-z0-9]+)*(\.[a-z0-9-]+)*(:\d+)?(\/[a-z0-9]+([._-]+[a-z0-9]+)*)*$/;
/** `repo@sha256:…`, `repo:tag` or `repo:tag@sha256:…` (build-push-image's `image-ref` output). */
function imageRef(input, value) {
    const v = (0,_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .safeValue */ .pI)(input, value);
    const [nameTag = '', digest, extra] = v.split('@');
    if (extra !== undefined || (digest !== undefined && !/^sha256:[0-9a-f]{64}$/.test(digest))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(input, `digest must be sha256:<64 hex> (got "${v}")`);
    }
    const colon = nameTag.lastIndexOf(':');
    const hasTag = colon > nameTag.lastIndexOf('/');
    const repository = hasTag ? nameTag.slice(0, colon) : nameTag;
    const tag = hasTag ? nameTag.slice(colon + 1) : undefined;
    if (!REPOSITORY.test(repository)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(input, `must be an image reference such as REGION-docker.pkg.dev/PROJECT/REPO/IMAGE:TAG (got "${v}")`);
    }
    if (tag !== undefined && !/^[\w][\w.-]{0,127}$/.test(tag)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(input, `has an invalid tag "${tag}"`);
    }
    if (tag === undefined && digest === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(input, `must carry a tag or a sha256 digest (got "${v}")`);
    }
    return { repository, ...(tag ? { tag } : {}), ...(digest ? { digest } : {}) };
}


/***/ }),

/***/ 9119:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EW: () => (/* binding */ buildArgName),
/* harmony export */   I_: () => (/* binding */ imageTag),
/* harmony export */   R$: () => (/* binding */ AR_EXAMPLE),
/* harmony export */   Yn: () => (/* binding */ isGoogleHost),
/* harmony export */   cW: () => (/* binding */ isLoopbackHost),
/* harmony export */   iD: () => (/* binding */ platform),
/* harmony export */   kJ: () => (/* binding */ labelKey),
/* harmony export */   l8: () => (/* binding */ gcrWarning),
/* harmony export */   tO: () => (/* binding */ imageName),
/* harmony export */   yZ: () => (/* binding */ buildSecretId)
/* harmony export */ });
/* unused harmony exports imageDigest, isDigest */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7268);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3325);
/**
 * Rules for container image references, tags, digests and build arguments (build-push-image).
 *
 * Which registries an `image` may name (a decision, documented in action.yml):
 * - Artifact Registry, `REGION-docker.pkg.dev/PROJECT/REPOSITORY/IMAGE[/...]`: the default and
 *   the only kind `create-repository` can create.
 * - `gcr.io`, `us.gcr.io`, `eu.gcr.io`, `asia.gcr.io`: accepted with a warning. Container
 *   Registry is shut down (18 March 2025); such paths only work when the project has an
 *   Artifact Registry "gcr.io repository" (https://cloud.google.com/artifact-registry/docs/transition/setup-gcr-repo).
 * - Any other host that names a port (`registry.example.com:5000/team/app`) or `localhost`: a
 *   private registry. The action does not log in to it (log in beforehand), and it is how the
 *   tests point the action at a local registry.
 * Anything else (Docker Hub's `library/nginx`, `ghcr.io/...`) is refused: this suite deploys to
 * GKE from Artifact Registry, and a silently accepted Docker Hub name would push elsewhere.
 */


/** A path component as the distribution spec defines it (lowercase, separators inside). */
const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const AR_HOST = /^([a-z][a-z0-9-]*[a-z0-9])-docker\.pkg\.dev$/;
const GCR_HOSTS = new Set(['gcr.io', 'us.gcr.io', 'eu.gcr.io', 'asia.gcr.io']);
/** https://cloud.google.com/artifact-registry/docs/repositories/create-repos: lowercase, digits, hyphens. */
const AR_REPOSITORY = /^[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const HOST_WITH_PORT = /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9-]+)*|\[[0-9a-fA-F:]+\]):[0-9]{1,5}$/;
const LOOPBACK = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\])(?::\d+)?$/;
const AR_EXAMPLE = 'REGION-docker.pkg.dev/PROJECT/REPOSITORY/IMAGE';
function imageName(input, value) {
    const v = (0,_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .safeValue */ .pI)(input, value);
    const bad = (why) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(input, `${why} (got "${v}")`);
    };
    if (v.includes('@'))
        bad('must not hold a digest; give the repository path only');
    const slash = v.indexOf('/');
    if (slash < 0)
        bad(`must be a full Artifact Registry path ${AR_EXAMPLE}`);
    const host = v.slice(0, slash);
    const path = v.slice(slash + 1);
    if (path.includes(':'))
        bad('must not hold a tag; list tags in the `tags` input');
    const parts = path.split('/');
    if (parts.some((p) => !COMPONENT.test(p))) {
        bad('each path part must be lowercase letters and digits, separated by ".", "_", "__" or "-"');
    }
    if (v.length > 255)
        bad('must be at most 255 characters');
    const ar = AR_HOST.exec(host);
    if (ar) {
        if (parts.length < 3)
            bad(`must be ${AR_EXAMPLE}`);
        const [project = '', repo = ''] = parts;
        (0,_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .projectId */ .Lg)(input, project);
        if (!AR_REPOSITORY.test(repo)) {
            bad(`"${repo}" is not an Artifact Registry repository id (lowercase letters, digits, "-")`);
        }
        return {
            name: v,
            host,
            path,
            kind: 'artifact-registry',
            repository: { location: ar[1] ?? '', project, id: repo },
        };
    }
    if (GCR_HOSTS.has(host)) {
        if (parts.length < 2)
            bad(`must be ${host}/PROJECT/IMAGE`);
        (0,_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .projectId */ .Lg)(input, parts[0] ?? '');
        return { name: v, host, path, kind: 'gcr' };
    }
    if (HOST_WITH_PORT.test(host) || host === 'localhost') {
        return { name: v, host, path, kind: 'private' };
    }
    return bad(`must be a full Artifact Registry path ${AR_EXAMPLE} (or a private registry host with a port)`);
}
/** Docker only treats loopback registries as plain-HTTP-allowed; so do we. */
function isLoopbackHost(host) {
    return LOOPBACK.test(host);
}
/** The registry hosts the action logs in to with a Google access token. */
function isGoogleHost(host) {
    return AR_HOST.test(host) || GCR_HOSTS.has(host);
}
/** The warning for `gcr.io` paths (domain-facts.md section 5). */
function gcrWarning(name) {
    return (`${name.host} is a Container Registry host. Container Registry was shut down on 18 March 2025; ` +
        `pushing to ${name.name} only works when project ${name.path.split('/')[0]} has an Artifact Registry ` +
        `gcr.io repository named "${name.host}". Prefer a standard repository: ${AR_EXAMPLE}.`);
}
/** https://distribution.github.io/distribution/spec/api/ (tag grammar). */
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
function imageTag(input, value) {
    const v = (0,_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .safeValue */ .pI)(input, value);
    if (!TAG.test(v)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(input, `"${v}" is not a valid image tag: up to 128 letters, digits, "_", "." and "-", not starting with "." or "-"`);
    }
    return v;
}
const DIGEST = /^sha256:[a-f0-9]{64}$/;
function imageDigest(input, value) {
    const v = safeValue(input, value);
    if (!DIGEST.test(v)) {
        throw new ConfigurationError(input, `"${v}" is not a digest of the form sha256:<64 hex digits>`);
    }
    return v;
}
function isDigest(value) {
    return DIGEST.test(value);
}
const ARG_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Names that look like they carry a credential (security-reliability.md case 30). */
const SECRET_LOOKING = /TOKEN|PASSWORD|PASSWD|SECRET|KEY|CREDENTIAL/i;
/**
 * A build argument's name. Secret-looking names are refused: build args are stored in the
 * image's history for anyone who can pull it
 * (https://docs.docker.com/reference/build-checks/secrets-used-in-arg-or-env/).
 */
function buildArgName(input, name) {
    if (!ARG_NAME.test(name)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(input, `"${name}" is not a build argument name (letters, digits and "_", not starting with a digit)`);
    }
    if (SECRET_LOOKING.test(name)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(input, `"${name}" looks like a secret; build args are kept in the image history, so pass it in the \`secrets\` input ` +
            `(id=value) and read it in the Dockerfile with RUN --mount=type=secret,id=${name}`);
    }
    return name;
}
const SECRET_ID = /^[A-Za-z0-9_.-]{1,64}$/;
function buildSecretId(input, id) {
    if (!SECRET_ID.test(id)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(input, `"${id}" is not a build secret id (1-64 letters, digits, "_", "." and "-")`);
    }
    return id;
}
const PLATFORM = /^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?$/;
function platform(input, value) {
    const v = (0,_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .safeValue */ .pI)(input, value);
    if (!PLATFORM.test(v)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(input, `"${v}" is not a platform such as linux/amd64`);
    }
    return v;
}
/** An OCI label key: reverse-DNS style, no spaces or `=`. */
const LABEL_KEY = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;
function labelKey(input, key) {
    if (!LABEL_KEY.test(key)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(input, `"${key}" is not a label key (letters, digits, ".", "_", "-", "/")`);
    }
    return key;
}


/***/ }),

/***/ 3325:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C5: () => (/* binding */ location),
/* harmony export */   Lg: () => (/* binding */ projectId),
/* harmony export */   Mu: () => (/* binding */ helmRelease),
/* harmony export */   Ny: () => (/* binding */ region),
/* harmony export */   SL: () => (/* binding */ clusterName),
/* harmony export */   UG: () => (/* binding */ dnsLabel),
/* harmony export */   UQ: () => (/* binding */ iamRole),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   ou: () => (/* binding */ dnsSubdomain),
/* harmony export */   p0: () => (/* binding */ duration),
/* harmony export */   pI: () => (/* binding */ safeValue),
/* harmony export */   uY: () => (/* binding */ serviceAccountName),
/* harmony export */   vq: () => (/* binding */ namespacedName)
/* harmony export */ });
/* unused harmony exports zone, serviceAccountEmail */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7268);
/**
 * Validation rules for every value that reaches a CLI. Each rule returns the value (trimmed)
 * or throws a ConfigurationError naming the input and the rule. A value that starts with `-`
 * or holds a control character never gets past `safeValue`, so user input cannot become a flag
 * (security-reliability.md section 7, cases 2 and 3).
 */

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;
/** Base check for every single-line value. */
function safeValue(input, value) {
    const v = value.trim();
    if (v.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(input, 'must not be empty');
    if (v.startsWith('-'))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(input, `must not start with "-" (got "${v}")`);
    if (CONTROL.test(v))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(input, 'must not contain control characters or newlines');
    return v;
}
function pattern(re, rule) {
    return (input, value) => {
        const v = safeValue(input, value);
        if (!re.test(v))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(input, `${rule} (got "${v}")`);
        return v;
    };
}
/** https://cloud.google.com/resource-manager/docs/creating-managing-projects#before_you_begin */
const projectId = pattern(/^[a-z][a-z0-9-]{4,28}[a-z0-9]$/, 'must be a Google Cloud project id: 6-30 characters, lowercase letters, digits and hyphens, starting with a letter and not ending with a hyphen');
const REGION_RE = /^[a-z]+(-[a-z]+)*[0-9]+$/;
const region = pattern(REGION_RE, 'must be a Google Cloud region such as asia-southeast1');
const zone = pattern(/^[a-z]+(-[a-z]+)*[0-9]+-[a-z]$/, 'must be a Google Cloud zone such as asia-southeast1-a');
/** A GKE cluster location: a region (regional cluster) or a zone (zonal cluster). */
const location = pattern(/^[a-z]+(-[a-z]+)*[0-9]+(-[a-z])?$/, 'must be a Google Cloud region or zone such as asia-southeast1 or asia-southeast1-a');
/** https://cloud.google.com/kubernetes-engine/docs/reference/rest/v1/projects.locations.clusters */
const clusterName = pattern(/^[a-z](?:[-a-z0-9]{0,38}[a-z0-9])?$/, 'must be a GKE cluster name: at most 40 characters, lowercase letters, digits and hyphens, starting with a letter');
/** https://cloud.google.com/iam/docs/service-accounts-create#creating */
const serviceAccountName = pattern(/^[a-z](?:[-a-z0-9]{4,28}[a-z0-9])$/, 'must be a service account id: 6-30 characters, lowercase letters, digits and hyphens, starting with a letter');
const serviceAccountEmail = pattern(/^[a-z][-a-z0-9]{4,28}[a-z0-9]@[a-z][-a-z0-9.:]*\.gserviceaccount\.com$/, 'must be a service account email such as NAME@PROJECT.iam.gserviceaccount.com');
const iamRole = pattern(/^(?:roles\/[A-Za-z0-9_.]+|(?:projects\/[a-z][a-z0-9-]{4,28}[a-z0-9]|organizations\/[0-9]+)\/roles\/[A-Za-z0-9_.]+)$/, 'must be an IAM role such as roles/cloudsql.client or projects/PROJECT/roles/NAME');
const LABEL = /^[a-z0-9](?:[-a-z0-9]*[a-z0-9])?$/;
/** A DNS-1123 label (namespaces, Services): at most 63 characters. */
const dnsLabel = (input, value) => {
    const v = safeValue(input, value);
    if (v.length > 63 || !LABEL.test(v)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(input, `must be a DNS-1123 label: at most 63 characters, lowercase letters, digits and "-", starting and ending with a letter or digit (got "${v}")`);
    }
    return v;
};
/** A DNS-1123 subdomain (ServiceAccounts, Secrets, Deployments): at most 253 characters. */
const dnsSubdomain = (input, value) => {
    const v = safeValue(input, value);
    if (v.length > 253 || !v.split('.').every((part) => LABEL.test(part))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(input, `must be a DNS-1123 subdomain: at most 253 characters, lowercase letters, digits, "-" and ".", each part starting and ending with a letter or digit (got "${v}")`);
    }
    return v;
};
/** Helm release names are DNS-1123 labels of at most 53 characters. */
const helmRelease = (input, value) => {
    const v = dnsLabel(input, value);
    if (v.length > 53)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(input, `must be at most 53 characters (got ${v.length})`);
    return v;
};
/** `namespace/name`, for Workload Identity bindings. */
function namespacedName(input, value) {
    const v = safeValue(input, value);
    const parts = v.split('/');
    if (parts.length !== 2) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(input, `must be NAMESPACE/KSA such as airflow/airflow-ksa (got "${v}")`);
    }
    return {
        namespace: dnsLabel(input, parts[0] ?? ''),
        name: dnsSubdomain(input, parts[1] ?? ''),
    };
}
const DURATION_UNITS = { h: 3_600_000, m: 60_000, s: 1000 };
/** A Go-style duration as kubectl and helm take it: `90s`, `10m`, `1h30m`. Returns milliseconds. */
function duration(input, value) {
    const v = safeValue(input, value);
    const re = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/;
    const m = re.exec(v);
    if (!m || v === '') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(input, `must be a duration such as 90s, 10m or 1h30m (got "${v}")`);
    }
    const ms = Number(m[1] ?? 0) * (DURATION_UNITS.h ?? 0) +
        Number(m[2] ?? 0) * (DURATION_UNITS.m ?? 0) +
        Number(m[3] ?? 0) * (DURATION_UNITS.s ?? 0);
    if (ms <= 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(input, `must be longer than zero (got "${v}")`);
    return ms;
}
/** Formats milliseconds back into the Go form (`5m0s` style is accepted; we print `5m`). */
function formatDuration(ms) {
    const total = Math.round(ms / 1000);
    const h = Math.floor(total / 3600);
    const m = Math.floor((total % 3600) / 60);
    const s = total % 60;
    return `${h ? `${h}h` : ''}${m ? `${m}m` : ''}${s || total === 0 ? `${s}s` : ''}`;
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 6848:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline/promises");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

//# sourceMappingURL=index.js.map
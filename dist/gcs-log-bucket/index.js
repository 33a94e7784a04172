import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 8773:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// UNUSED EXPORTS: definition

// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __nccwpck_require__(7268);
;// CONCATENATED MODULE: ./src/lib/reconcile/engine.ts

/** Thrown when a change failed; carries the outcomes so far for the summary. */
class ApplyError extends Error {
    outcomes;
    cause;
    name = 'ApplyError';
    constructor(outcomes, cause) {
        super((0,errors/* errorMessage */.gJ)(cause));
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
            outcomes.push({ ...base, status: 'failed', detail: (0,errors/* errorMessage */.gJ)(err) });
        }
    }
    if (failed !== undefined)
        throw new ApplyError(outcomes, failed);
    return outcomes;
}
function anyChanged(outcomes) {
    return outcomes.some((o) => o.status === 'done' || o.status === 'planned');
}

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
function outcomesTable(outcomes) {
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
        outcomesTable(parts.outcomes),
        warningsMarkdown(parts.warnings),
        ...(parts.sections ?? []),
    ]
        .filter(Boolean)
        .join('\n\n') + '\n');
}

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: ./src/lib/exec/redact.ts
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

;// CONCATENATED MODULE: ./src/lib/exec/runner.ts
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

;// CONCATENATED MODULE: ./src/lib/exec/process-runner.ts





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
        this.redactor = redactor ?? new Redactor();
    }
    async has(tool) {
        return (await findOnPath(tool, this.baseEnv.PATH ?? '')) !== undefined;
    }
    async run(spec) {
        // Loaded on first use: an action that fails validation never starts a process, and
        // child_process is a noticeable part of a bundle's start-up.
        const { spawn } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 1421, 23));
        this.hookCancellation();
        const shown = formatCommand(spec, this.redactor);
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
                    exitCode: missing ? NOT_FOUND_EXIT_CODE : 1,
                    stdout: '',
                    stderr: missing ? `${spec.tool}: command not found` : e.message,
                });
            });
            child.on('close', (code, signal) => {
                let stderr = Buffer.concat(err).toString('utf8');
                let exitCode = code ?? 1;
                if (timedOut) {
                    exitCode = TIMEOUT_EXIT_CODE;
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
    for (const dir of searchPath.split((external_node_path_default()).delimiter)) {
        if (!dir)
            continue;
        const candidate = external_node_path_default().join(dir, tool);
        if (await isExecutable(candidate))
            return candidate;
    }
    return undefined;
}
async function isExecutable(file) {
    try {
        await (0,promises_namespaceObject.access)(file, external_node_fs_namespaceObject.constants.X_OK);
        return true;
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/lib/exec/retry.ts

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
        super(`${label}: failed after ${attempts} attempts: ${(0,errors/* errorMessage */.gJ)(lastError)}`);
        this.attempts = attempts;
        this.lastError = lastError;
    }
}
/** Transient failures by default; the caller widens this (etag conflicts, IAM propagation). */
function isTransient(err) {
    return err instanceof errors/* CommandError */.Qd && err.kind === 'transient';
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
    const text = (0,errors/* errorMessage */.gJ)(err);
    const line = text.split('\n').find((l) => l.trim().length > 0) ?? text;
    return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}

;// CONCATENATED MODULE: ./src/lib/reconcile/run.ts





function createRunContext(deps, mode) {
    const base = deps.runner ?? new ProcessRunner(deps.logger, new Redactor());
    // The one place a run becomes harmless: every mutating command is recorded, not run.
    const runner = mode.dryRun ? new DryRunRunner(base, deps.logger) : base;
    return {
        runner,
        logger: deps.logger,
        clock: deps.clock ?? systemClock,
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
    const outcomes = await log.group(ctx.dryRun ? 'Apply (dry run: nothing changes)' : 'Apply', () => applyChanges(planned.changes, (op, change) => run.apply(op, change), {
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
            throw new ApplyError(markFailed(outcomes, err), err);
        }
    }
    return { planned, outcomes, dryRun: ctx.dryRun, changed: anyChanged(outcomes) };
}
/** A verification error may name the resource that failed (a workload that did not roll out). */
function markFailed(outcomes, err) {
    const failed = err.resource;
    return outcomes.map((o) => typeof failed === 'string' && o.resource === failed
        ? { ...o, status: 'failed', detail: err.message }
        : o);
}

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
    process.stdout.write(`::${name}::${escapeData(message)}${external_node_os_namespaceObject.EOL}`);
}
/** The real adapter, over the runner's environment, files and workflow commands. */
function runnerIO(env = process.env) {
    return {
        getInput: (name) => env[inputVariable(name)] ?? '',
        setOutput: (name, value) => {
            const file = env.GITHUB_OUTPUT;
            if (!file) {
                process.stdout.write(`${external_node_os_namespaceObject.EOL}::set-output name=${name}::${escapeData(value)}${external_node_os_namespaceObject.EOL}`);
                return;
            }
            // The Web Crypto global: importing node:crypto would cost every start-up a few ms.
            const delimiter = `ghadelimiter_${globalThis.crypto.randomUUID()}`;
            (0,external_node_fs_namespaceObject.appendFileSync)(file, `${name}<<${delimiter}${external_node_os_namespaceObject.EOL}${value}${external_node_os_namespaceObject.EOL}${delimiter}${external_node_os_namespaceObject.EOL}`, 'utf8');
        },
        setSecret: (value) => command('add-mask', value),
        setFailed: (message) => {
            process.exitCode = 1;
            command('error', message);
        },
        debug: (message) => command('debug', message),
        info: (message) => process.stdout.write(`${message}${external_node_os_namespaceObject.EOL}`),
        warning: (message) => command('warning', message),
        error: (message) => command('error', message),
        group: async (title, body) => {
            process.stdout.write(`::group::${escapeData(title)}${external_node_os_namespaceObject.EOL}`);
            try {
                return await body();
            }
            finally {
                process.stdout.write(`::endgroup::${external_node_os_namespaceObject.EOL}`);
            }
        },
        writeSummary: async (markdown) => {
            // Outside a runner (the CLI, local runs) there is no summary file; that is not an error.
            const file = env.GITHUB_STEP_SUMMARY;
            if (file)
                (0,external_node_fs_namespaceObject.appendFileSync)(file, markdown.endsWith(external_node_os_namespaceObject.EOL) ? markdown : `${markdown}${external_node_os_namespaceObject.EOL}`, 'utf8');
        },
    };
}

;// CONCATENATED MODULE: ./src/lib/config/load.ts
/** Loads and validates the platform file; errors point at the path inside it. */


const CONFIG_INPUT = 'config';
/**
 * yaml and zod are imported here, on first use, so an action that is not given a platform
 * file never pays for loading them (they are most of a bundle's start-up time).
 */
async function parsePlatformConfig(text, source = 'platform file') {
    const [{ parse }, { platformSchema }] = await Promise.all([
        __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19)),
        Promise.all(/* import() */[__nccwpck_require__.e(311), __nccwpck_require__.e(382)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8382)),
    ]);
    let document;
    try {
        document = parse(text);
    }
    catch (err) {
        throw new errors/* ConfigurationError */.j1(CONFIG_INPUT, `${source} is not valid YAML: ${(0,errors/* errorMessage */.gJ)(err)}`);
    }
    const result = platformSchema.safeParse(document ?? {});
    if (!result.success) {
        const problems = result.error.issues.map((issue) => {
            const where = issue.path.length > 0 ? issue.path.join('.') : '(top level)';
            return `${where}: ${issue.message}`;
        });
        throw new errors/* ConfigurationError */.j1(CONFIG_INPUT, `${source} is invalid:\n  ${problems.join('\n  ')}`);
    }
    return result.data;
}
async function loadPlatformConfig(path) {
    let text;
    try {
        text = await (0,promises_namespaceObject.readFile)(path, 'utf8');
    }
    catch (err) {
        throw new errors/* ConfigurationError */.j1(CONFIG_INPUT, `cannot read ${path}: ${(0,errors/* errorMessage */.gJ)(err)}`);
    }
    return parsePlatformConfig(text, path);
}

// EXTERNAL MODULE: ./src/lib/action/inputs.ts
var inputs = __nccwpck_require__(4681);
;// CONCATENATED MODULE: ./src/lib/action/platform-config.ts
/** Reads the `config` input (a platform file path) when it is set. */


async function readPlatformConfig(source) {
    const path = (0,inputs/* optional */.lq)(source, CONFIG_INPUT);
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






async function runDefinition(definition, deps = { io: runnerIO() }, extras) {
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
    const message = redact((0,errors/* errorMessage */.gJ)(err));
    if (!(err instanceof errors/* ConfigurationError */.j1) &&
        !(err instanceof ApplyError) &&
        err instanceof Error) {
        io.debug(redact(err.stack ?? message));
    }
    io.setFailed(`${name}: ${message}`);
}

// EXTERNAL MODULE: ./src/lib/validate/bucket.ts
var validate_bucket = __nccwpck_require__(6418);
// EXTERNAL MODULE: ./src/lib/validate/rules.ts
var rules = __nccwpck_require__(3325);
;// CONCATENATED MODULE: ./src/actions/gcs-log-bucket/inputs.ts
/** gcs-log-bucket's input and output names (kept equal to action.yml by a test) and parseInputs(). */



const Inputs = {
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
const Outputs = {
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
function parseInputs(source, config, defaults = {}) {
    const file = config?.logBucket;
    const projectId = rules/* projectId */.Lg(Inputs.ProjectId, (0,inputs/* requiredFrom */.UB)(Inputs.ProjectId, (0,inputs/* optional */.lq)(source, Inputs.ProjectId), config?.project));
    const bucket = (0,validate_bucket/* bucketName */.EL)(Inputs.Bucket, (0,inputs/* requiredFrom */.UB)(Inputs.Bucket, (0,inputs/* optional */.lq)(source, Inputs.Bucket), file?.name));
    const location = (0,validate_bucket/* bucketLocation */.G4)(Inputs.Location, (0,inputs/* requiredFrom */.UB)(Inputs.Location, (0,inputs/* optional */.lq)(source, Inputs.Location), file?.location ?? config?.region, "(it defaults to the platform file's region)"));
    const memberValue = (0,inputs/* pick */.Up)((0,inputs/* optional */.lq)(source, Inputs.Member), file?.member, defaults.member);
    const role = rules/* iamRole */.UQ(Inputs.Role, (0,inputs/* pick */.Up)((0,inputs/* optional */.lq)(source, Inputs.Role), file?.role, DEFAULT_ROLE) ?? DEFAULT_ROLE);
    const retentionInput = (0,inputs/* optional */.lq)(source, Inputs.RetentionDays);
    const retentionDays = retentionInput !== undefined
        ? (0,inputs/* positiveInteger */.Cq)(Inputs.RetentionDays, retentionInput, MAX_RETENTION_DAYS)
        : file?.retentionDays;
    const labelsInput = (0,inputs/* optional */.lq)(source, Inputs.Labels);
    const labels = (0,validate_bucket/* bucketLabels */.WA)(Inputs.Labels, labelsInput !== undefined
        ? (0,inputs/* parseKeyValueLines */.FF)(Inputs.Labels, labelsInput)
        : Object.entries(file?.labels ?? {}));
    return {
        projectId,
        bucket,
        location,
        member: memberValue === undefined ? undefined : (0,validate_bucket/* bucketMember */.X1)(Inputs.Member, memberValue),
        role,
        retentionDays,
        labels,
        dryRun: (0,inputs/* booleanInput */.tE)(source, Inputs.DryRun, false),
    };
}
const bucketUrlOf = (bucket) => `gs://${bucket}`;
const logFolderOf = (bucket) => `gs://${bucket}/${LOG_PREFIX}`;

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
    if (exitCode === TIMEOUT_EXIT_CODE)
        return 'transient';
    if (exitCode === NOT_FOUND_EXIT_CODE && /command not found/.test(stderr))
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
        if (result.exitCode === NOT_FOUND_EXIT_CODE && /command not found/.test(result.stderr)) {
            throw new errors/* ToolNotFoundError */.Mm(this.tool);
        }
        const redactor = this.ctx.runner.redactor;
        const stderr = redactor.redact(result.stderr);
        throw new errors/* CommandError */.Qd(formatCommand(spec, redactor), result.exitCode, stderr, classifyFailure(result.exitCode, stderr));
    }
    /** A read-only command, retried on transient failures. */
    async read(args, options = {}) {
        return withRetry(() => this.execute(args, { ...options, mutating: false }), {
            label: formatCommand({ tool: this.tool, args }, this.ctx.runner.redactor),
            logger: this.ctx.logger,
            clock: this.ctx.clock,
        });
    }
    /** A mutating command, retried only on the failures `retryable` accepts. */
    async mutate(args, options = {}) {
        const { retryable, policy, ...exec } = options;
        return withRetry(() => this.execute(args, { ...exec, mutating: true }), {
            label: formatCommand({ tool: this.tool, args }, this.ctx.runner.redactor),
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
        return formatCommand({ tool: this.tool, args }, this.ctx.runner.redactor);
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
            if (err instanceof RetryExhaustedError && isNotFound(err.lastError))
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
    return new errors/* ConfigurationError */.j1(Inputs.Bucket, `bucket name already taken globally; choose another \`bucket\` (gs://${bucket}: ${detail}). Bucket names are one namespace across all of Google Cloud.`);
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
const gcloudLine = (args) => formatCommand({ tool: 'gcloud', args });
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
            throw new errors/* ConfigurationError */.j1(Inputs.Location, `${bucketUrl} already exists in ${bucket.location}, not ${inputs.location}; a bucket's location cannot be changed. Set location to ${bucket.location} to keep this bucket, or choose another bucket name`);
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

;// CONCATENATED MODULE: ./src/lib/fs.ts
/** Files the suite writes for a CLI to read: private, in RUNNER_TEMP, removed in finally. */



function tempRoot() {
    return process.env.RUNNER_TEMP || (0,external_node_os_namespaceObject.tmpdir)();
}
/** Writes `content` to a 0600 file in a fresh private folder, runs `fn`, then removes both. */
async function withTempFile(name, content, fn) {
    const dir = await (0,promises_namespaceObject.mkdtemp)(external_node_path_default().join(tempRoot(), 'gke-dp-'));
    const file = external_node_path_default().join(dir, name);
    try {
        await (0,promises_namespaceObject.writeFile)(file, content, { mode: 0o600, flag: 'wx' });
        return await fn(file);
    }
    finally {
        await (0,promises_namespaceObject.rm)(dir, { recursive: true, force: true });
    }
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
    return withRetry(async () => {
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
        policy: options.principalJustCreated ? PROPAGATION_POLICY : TRANSIENT_POLICY,
        retryable: (err) => isTransient(err) ||
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
            await withRetry(async () => {
                attempts += 1;
                await this.gcloud.execute(argv.createBucket(projectId, bucket, location, file), {
                    mutating: true,
                });
            }, {
                label: `create ${bucketUrlOf(bucket)}`,
                logger: this.ctx.logger,
                clock: this.ctx.clock,
                retryable: isTransient, // 429/503 (F27); a create is idempotent by name
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
            throw new errors/* ConfigurationError */.j1(Inputs.Location, `${bucketUrlOf(name)} already exists in ${bucket.location}, not ${location}; a bucket's location cannot be changed`);
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
            retryable: isTransient,
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
        const written = await withRetry(() => ensureGrants({
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
            policy: PROPAGATION_POLICY,
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





const definition = {
    name: 'gcs-log-bucket',
    order: 20,
    // In the CLI chain setup-wi's GSA writes the logs unless the file names another member.
    parse: (source, config, chain) => parseInputs(source, config, { member: chain?.get('gsa-email') }),
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
                [Outputs.BucketUrl]: bucketUrlOf(inputs.bucket),
                [Outputs.LogFolder]: logFolderOf(inputs.bucket),
                [Outputs.Created]: String(result.dryRun
                    ? result.planned.changes.some((c) => c.op?.type === 'create')
                    : reconciler.created),
                [Outputs.Changed]: String(result.changed),
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
const run = (deps) => runDefinition(definition, deps);


/***/ }),

/***/ 6821:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _definition_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8773);

await (0,_definition_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 4681:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Cq: () => (/* binding */ positiveInteger),
/* harmony export */   FF: () => (/* binding */ parseKeyValueLines),
/* harmony export */   UB: () => (/* binding */ requiredFrom),
/* harmony export */   Up: () => (/* binding */ pick),
/* harmony export */   lq: () => (/* binding */ optional),
/* harmony export */   tE: () => (/* binding */ booleanInput)
/* harmony export */ });
/* unused harmony exports required, parseBoolean, parseList, parseEnum, check, unique, uniqueBy */
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
    throw new ConfigurationError(name, `must be one of ${allowed.join(', ')} (got "${v}")`);
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
/* harmony export */   ou: () => (/* binding */ dnsSubdomain),
/* harmony export */   p0: () => (/* binding */ duration),
/* harmony export */   pI: () => (/* binding */ safeValue),
/* harmony export */   uY: () => (/* binding */ serviceAccountName),
/* harmony export */   vq: () => (/* binding */ namespacedName)
/* harmony export */ });
/* unused harmony exports zone, serviceAccountEmail, formatDuration */
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

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

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
/******/ var __webpack_exports__ = __nccwpck_require__(6821);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

//# sourceMappingURL=index.js.map
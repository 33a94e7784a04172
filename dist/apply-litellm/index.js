import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 8148:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  eF: () => (/* binding */ run)
});

// UNUSED EXPORTS: definition, litellmObjects

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
        Promise.all(/* import() */[__nccwpck_require__.e(311), __nccwpck_require__.e(205)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3205)),
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
            if (err instanceof RetryExhaustedError && isNotFound(err.lastError))
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
        return withRetry(async () => {
            const result = await this.ctx.runner.run(spec);
            // kubectl diff: 0 = no differences, 1 = differences, >1 = kubectl or diff failed.
            if (result.exitCode === 0)
                return [];
            if (result.exitCode === 1 && /^diff -u -N /m.test(result.stdout))
                return parseDiff(result.stdout);
            throw this.failure(spec, result.exitCode, result.stderr);
        }, {
            label: formatCommand(spec, this.ctx.runner.redactor),
            logger: this.ctx.logger,
            clock: this.ctx.clock,
        });
    }
    /** Server-side apply from stdin, retried on transient failures (apply is idempotent: F50). */
    async applyObjects(objects) {
        const stdin = await toYamlStream(objects);
        const spec = { tool: this.tool, args: deployApplyArgs(), stdin, mutating: true };
        return withRetry(async () => {
            const result = await this.ctx.runner.run(spec);
            if (result.exitCode !== 0)
                throw this.failure(spec, result.exitCode, result.stderr);
            return result.stdout.trim();
        }, {
            label: formatCommand(spec, this.ctx.runner.redactor),
            logger: this.ctx.logger,
            clock: this.ctx.clock,
        });
    }
    failure(spec, exitCode, stderr) {
        const redactor = this.ctx.runner.redactor;
        const clean = redactor.redact(sanitizeApplyError(stderr) || stderr.split('\n')[0] || '');
        return new errors/* CommandError */.Qd(formatCommand(spec, redactor), exitCode, clean, classifyFailure(exitCode, clean));
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
        const info = await (0,promises_namespaceObject.stat)(p).catch(() => undefined);
        if (!info)
            throw new errors/* ConfigurationError */.j1(input, `${p} does not exist`);
        if (info.isDirectory()) {
            const names = (await (0,promises_namespaceObject.readdir)(p)).filter((n) => /\.(ya?ml|json)$/i.test(n)).sort();
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
        objects.push(...(await parseManifests(input, file, await (0,promises_namespaceObject.readFile)(file, 'utf8'))));
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
const APPLY_LINE = formatCommand({ tool: 'kubectl', args: deployApplyArgs() });
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
    const text = await (0,promises_namespaceObject.readFile)(path, 'utf8').catch(() => {
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

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
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
const sha = (text) => (0,external_node_crypto_namespaceObject.createHash)('sha256').update(text).digest('hex');
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
const run = (deps, tuning) => runDefinition(definition, deps, tuning);


/***/ }),

/***/ 5878:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _definition_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8148);

await (0,_definition_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .eF)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 4681:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Cq: () => (/* binding */ positiveInteger),
/* harmony export */   E1: () => (/* binding */ parseList),
/* harmony export */   FF: () => (/* binding */ parseKeyValueLines),
/* harmony export */   Up: () => (/* binding */ pick),
/* harmony export */   lq: () => (/* binding */ optional),
/* harmony export */   nL: () => (/* binding */ parseEnum),
/* harmony export */   tE: () => (/* binding */ booleanInput)
/* harmony export */ });
/* unused harmony exports required, parseBoolean, check, requiredFrom, unique, uniqueBy */
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
        throw new ConfigurationError(name, `is required${when ? ` ${when}` : ''} (set the input or its value in the platform file)`);
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

/***/ 7696:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D6: () => (/* binding */ imageRef),
/* harmony export */   qz: () => (/* binding */ podSpecOf)
/* harmony export */ });
/* unused harmony exports isDigestRef, repositoryOf, parseImages, substituteImages */
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
    for (const [rawName, rawRef] of parseKeyValueLines(input, value)) {
        const name = safeValue(input, rawName);
        const ref = imageRef(input, rawRef);
        const previous = byName.get(name);
        if (previous !== undefined && previous !== ref && isDigestRef(previous) === isDigestRef(ref)) {
            throw new ConfigurationError(input, `"${name}" is given twice with different images`);
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
/******/ var __webpack_exports__ = __nccwpck_require__(5878);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

//# sourceMappingURL=index.js.map
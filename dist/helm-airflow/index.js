import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 563:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  eF: () => (/* binding */ run)
});

// UNUSED EXPORTS: CARRIED_IMAGE, CARRIED_LOG_FOLDER, definition

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
        Promise.all(/* import() */[__nccwpck_require__.e(311), __nccwpck_require__.e(384)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1384)),
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
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
            const cause = err instanceof RetryExhaustedError ? err.lastError : err;
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
    for await (const chunk of (0,external_node_fs_namespaceObject.createReadStream)(file))
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
        const expected = parseSha256File(await (0,promises_namespaceObject.readFile)(sumFile, 'utf8'));
        const actual = await sha256File(file);
        if (actual !== expected) {
            await (0,promises_namespaceObject.rm)(file, { force: true });
            throw new ChecksumMismatchError(`refusing ${archive}: its sha256 is ${actual} but get.helm.sh publishes ${expected}`);
        }
    }
    finally {
        await (0,promises_namespaceObject.rm)(sumFile, { force: true });
    }
    const extracted = await tc.extractTar(file);
    await (0,promises_namespaceObject.rm)(file, { force: true });
    const dir = await tc.cacheDir(external_node_path_default().join(extracted, `${platform === 'win32' ? 'windows' : platform}-${arch === 'x64' ? 'amd64' : arch}`), 'helm', version, arch);
    return { path: external_node_path_default().join(dir, exe), cached: false };
}

// EXTERNAL MODULE: ./src/lib/validate/rules.ts
var rules = __nccwpck_require__(3325);
// EXTERNAL MODULE: ./src/lib/validate/helm-airflow.ts
var helm_airflow = __nccwpck_require__(2541);
;// CONCATENATED MODULE: ./src/actions/helm-airflow/inputs.ts
/** helm-airflow's input and output names (kept equal to action.yml by a test) and parseInputs(). */




const Inputs = {
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
const Outputs = {
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
function parseInputs(source, config) {
    const file = config?.airflow;
    const release = rules/* helmRelease */.Mu(Inputs.Release, (0,inputs/* pick */.Up)((0,inputs/* optional */.lq)(source, Inputs.Release), file?.release, 'airflow') ?? '');
    const namespace = rules/* dnsLabel */.UG(Inputs.Namespace, (0,inputs/* pick */.Up)((0,inputs/* optional */.lq)(source, Inputs.Namespace), file?.namespace, 'airflow') ?? '');
    // Required, not defaulted: the pin belongs in the workflow, where a bump is a reviewed change.
    const chartVersion = helm_airflow/* chartVersion */.X9(Inputs.ChartVersion, (0,inputs/* requiredFrom */.UB)(Inputs.ChartVersion, (0,inputs/* optional */.lq)(source, Inputs.ChartVersion), file?.chartVersion, `(an exact version; ${TESTED_CHART_VERSION} is the one this action is tested with)`))
        .replace(/^v/, '');
    const chartRepo = helm_airflow/* chartRepo */.z4(Inputs.ChartRepo, (0,inputs/* pick */.Up)((0,inputs/* optional */.lq)(source, Inputs.ChartRepo), file?.chartRepo, DEFAULT_CHART_REPO) ?? '');
    const filesInput = (0,inputs/* parseList */.E1)((0,inputs/* optional */.lq)(source, Inputs.ValuesFiles));
    const valuesFiles = (filesInput.length > 0 ? filesInput : (file?.valuesFiles ?? [])).map((f) => rules/* safeValue */.pI(Inputs.ValuesFiles, f));
    const imageText = (0,inputs/* pick */.Up)((0,inputs/* optional */.lq)(source, Inputs.Image), file?.image);
    const airflowVersion = (0,inputs/* pick */.Up)((0,inputs/* optional */.lq)(source, Inputs.AirflowVersion), file?.airflowVersion);
    const logFolder = (0,inputs/* pick */.Up)((0,inputs/* optional */.lq)(source, Inputs.LogFolder), file?.logFolder);
    const repo = (0,inputs/* pick */.Up)((0,inputs/* optional */.lq)(source, Inputs.GitSyncRepo), file?.gitSync?.repo);
    const branch = (0,inputs/* pick */.Up)((0,inputs/* optional */.lq)(source, Inputs.GitSyncBranch), file?.gitSync?.branch, 'main') ?? 'main';
    const subPath = source(Inputs.GitSyncSubpath).trim() || file?.gitSync?.subPath || '';
    const knownHosts = (0,inputs/* pick */.Up)((0,inputs/* optional */.lq)(source, Inputs.GitKnownHosts), file?.gitSync?.knownHosts);
    // Secrets are read raw: a key's trailing newline matters to ssh.
    const sshKeyRaw = source(Inputs.GitSshKey);
    const gitSshKey = sshKeyRaw.trim()
        ? helm_airflow/* sshPrivateKey */.n8(Inputs.GitSshKey, sshKeyRaw)
        : undefined;
    if (gitSshKey && !repo) {
        throw new errors/* ConfigurationError */.j1(Inputs.GitSshKey, `is only used with ${Inputs.GitSyncRepo}; set it too`);
    }
    const password = source(Inputs.AdminPassword);
    const timeoutText = (0,inputs/* pick */.Up)((0,inputs/* optional */.lq)(source, Inputs.Timeout), file?.timeout, '10m') ?? '10m';
    const timeoutMs = rules/* duration */.p0(Inputs.Timeout, timeoutText);
    if (timeoutMs < MIN_TIMEOUT_MS || timeoutMs > MAX_TIMEOUT_MS) {
        throw new errors/* ConfigurationError */.j1(Inputs.Timeout, `must be between 1m and 1h (got "${timeoutText}"): helm may wait this long and then roll back for as long again, and both must fit in the job's timeout-minutes`);
    }
    const recoverText = (0,inputs/* optional */.lq)(source, Inputs.RecoverPendingAfter);
    const recoverPendingAfterMs = recoverText
        ? rules/* duration */.p0(Inputs.RecoverPendingAfter, recoverText)
        : Math.max(timeoutMs + 5 * 60_000, 15 * 60_000);
    if (recoverPendingAfterMs <= timeoutMs) {
        throw new errors/* ConfigurationError */.j1(Inputs.RecoverPendingAfter, `must be longer than timeout (${timeoutText}), or a helm operation that is still running could be rolled back`);
    }
    const helmVersion = (0,inputs/* pick */.Up)((0,inputs/* optional */.lq)(source, Inputs.HelmVersion), file?.helmVersion);
    const adminUser = (0,inputs/* pick */.Up)((0,inputs/* optional */.lq)(source, Inputs.AdminUsername), file?.admin?.username);
    const adminEmail = (0,inputs/* pick */.Up)((0,inputs/* optional */.lq)(source, Inputs.AdminEmail), file?.admin?.email);
    return {
        release,
        namespace,
        chartVersion,
        chartRepo,
        valuesFiles,
        values: (0,inputs/* optional */.lq)(source, Inputs.Values),
        configValues: file?.values,
        image: imageText ? helm_airflow/* imageRef */.D6(Inputs.Image, imageText) : undefined,
        airflowVersion: airflowVersion &&
            helm_airflow/* exactVersion */.y(Inputs.AirflowVersion, airflowVersion).replace(/^v/, ''),
        serviceAccount: rules/* dnsSubdomain */.ou(Inputs.ServiceAccount, (0,inputs/* pick */.Up)((0,inputs/* optional */.lq)(source, Inputs.ServiceAccount), file?.serviceAccount, 'airflow-ksa') ?? ''),
        logFolder: logFolder && helm_airflow/* logFolder */.hI(Inputs.LogFolder, logFolder),
        gitSync: repo
            ? {
                repo: helm_airflow/* gitRepo */.bS(Inputs.GitSyncRepo, repo),
                branch: helm_airflow/* gitBranch */.bC(Inputs.GitSyncBranch, branch),
                subPath: helm_airflow/* gitSubPath */.Up(Inputs.GitSyncSubpath, subPath),
                knownHosts: knownHosts?.trim() ? `${knownHosts.trim()}\n` : undefined,
            }
            : undefined,
        gitSshKey,
        admin: {
            username: adminUser && helm_airflow/* userName */.nT(Inputs.AdminUsername, adminUser),
            email: adminEmail && helm_airflow/* email */.Rp(Inputs.AdminEmail, adminEmail),
            password: password.length > 0 ? password : undefined,
        },
        timeoutMs,
        timeout: rules/* formatDuration */.a3(timeoutMs),
        recoverPendingAfterMs,
        helmVersion: helmVersion && helm_airflow/* exactVersion */.y(Inputs.HelmVersion, helmVersion).replace(/^v/, ''),
        forceUpgrade: (0,inputs/* booleanInput */.tE)(source, Inputs.ForceUpgrade, false),
        dryRun: (0,inputs/* booleanInput */.tE)(source, Inputs.DryRun, false),
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
            text = await (0,promises_namespaceObject.readFile)(file, 'utf8');
        }
        catch (err) {
            throw new errors/* ConfigurationError */.j1(Inputs.ValuesFiles, `cannot read ${file}: ${(0,errors/* errorMessage */.gJ)(err)}`);
        }
        layers.push(await parseYamlMapping(text, Inputs.ValuesFiles, file));
    }
    if (inputs.configValues)
        layers.push(inputs.configValues);
    if (inputs.values)
        layers.push(await parseYamlMapping(inputs.values, Inputs.Values, 'the values input'));
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
        own('images.airflow.repository', inputs.image.repository, Inputs.Image);
        // The chart renders repo@digest whenever a digest is set, so a tag-only ref clears it.
        own('images.airflow.digest', inputs.image.digest ?? null, Inputs.Image);
        if (inputs.image.tag)
            own('images.airflow.tag', inputs.image.tag, Inputs.Image);
    }
    if (inputs.airflowVersion)
        own('airflowVersion', inputs.airflowVersion, Inputs.AirflowVersion);
    const major = airflowMajor(inputs);
    for (const component of googleFacingComponents(inputs.chartVersion, major)) {
        owned.push({
            path: [...component, 'serviceAccount', 'create'],
            value: false,
            input: Inputs.ServiceAccount,
        });
        owned.push({
            path: [...component, 'serviceAccount', 'name'],
            value: inputs.serviceAccount,
            input: Inputs.ServiceAccount,
        });
    }
    if (inputs.logFolder) {
        own('config.logging.remote_logging', 'True', Inputs.LogFolder);
        own('config.logging.remote_base_log_folder', inputs.logFolder, Inputs.LogFolder);
        // With Workload Identity the GCS handler uses Application Default Credentials; the id only
        // has to be set, the connection need not exist.
        own('config.logging.remote_log_conn_id', 'google_cloud_default', Inputs.LogFolder);
    }
    if (inputs.gitSync) {
        own('dags.gitSync.enabled', true, Inputs.GitSyncRepo);
        own('dags.gitSync.repo', inputs.gitSync.repo, Inputs.GitSyncRepo);
        // git-sync v4 reads `ref`; v3 images read `branch`: keep both on the same branch.
        own('dags.gitSync.branch', inputs.gitSync.branch, Inputs.GitSyncBranch);
        own('dags.gitSync.ref', inputs.gitSync.branch, Inputs.GitSyncBranch);
        own('dags.gitSync.subPath', inputs.gitSync.subPath, Inputs.GitSyncSubpath);
        if (inputs.gitSshKey)
            own('dags.gitSync.sshKeySecret', SSH_KEY_SECRET, Inputs.GitSshKey);
        if (inputs.gitSync.knownHosts)
            own('dags.gitSync.knownHosts', inputs.gitSync.knownHosts, Inputs.GitKnownHosts);
    }
    // Chart 1.19 moved the admin user from webserver.defaultUser to createUserJob.defaultUser (#59767).
    const userPath = compareVersions(inputs.chartVersion, '1.19.0') >= 0
        ? 'createUserJob.defaultUser'
        : 'webserver.defaultUser';
    if (inputs.admin.username)
        own(`${userPath}.username`, inputs.admin.username, Inputs.AdminUsername);
    if (inputs.admin.email)
        own(`${userPath}.email`, inputs.admin.email, Inputs.AdminEmail);
    if (inputs.admin.password)
        own(`${userPath}.password`, inputs.admin.password, Inputs.AdminPassword);
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
const SECRET_KEY = /(password|passwd|token|fernetkey|secretkey|jwtsecret|sshkey|privatekey|apikey|connection)$|^pass$/i;
const isSecretKey = (key) => SECRET_KEY.test(key);
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
        warnings.push(`admin-password is not set: the chart's create-user job uses its default password ("admin"). Pass ${Inputs.AdminPassword} from a secret.`);
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
    const helm = (args) => formatCommand({ tool: 'helm', args });
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
        const line = formatCommand({ tool: 'kubectl', args: applyArgs() });
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
    : err instanceof RetryExhaustedError
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
                throw new errors/* ConfigurationError */.j1(Inputs.ChartVersion, `chart ${CHART} version ${chartVersion} was not found in ${chartRepo} (${stderr.trim().split('\n')[0]}); list versions with: helm search repo ${repoName(chartRepo)}/${CHART} --versions`);
            }
            if (SCHEMA.test(stderr)) {
                throw new errors/* ConfigurationError */.j1(Inputs.ValuesFiles, `chart ${CHART} ${chartVersion} rejects the merged values: ${stderr.trim()}`);
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
            return new errors/* ConfigurationError */.j1(Inputs.ChartVersion, `chart ${CHART} version ${this.inputs.chartVersion} was not found in ${this.inputs.chartRepo}: ${detail}`);
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









const NAME = 'helm-airflow';
/** Earlier steps' outputs this step uses in the CLI chain when the platform file leaves them out. */
const CARRIED_LOG_FOLDER = 'log-folder';
const CARRIED_IMAGE = 'image-ref:custom-airflow';
function parse(source, config, chain) {
    const file = config?.airflow;
    return parseInputs((name) => {
        const given = source(name);
        if (given || !chain)
            return given;
        if (name === Inputs.LogFolder && !file?.logFolder)
            return chain.get(CARRIED_LOG_FOLDER) ?? '';
        if (name === Inputs.Image && !file?.image)
            return chain.get(CARRIED_IMAGE) ?? '';
        return given;
    }, config);
}
async function valuesDetails(desired) {
    return details('Merged values (secrets redacted)', codeBlock('yaml', await valuesYaml(desired.redacted)));
}
const definition = {
    name: NAME,
    order: 40,
    parse,
    secrets: secretsOf,
    cli: {
        enabled: (config) => config.airflow !== undefined,
        secrets: [
            { input: Inputs.GitSshKey, env: 'AIRFLOW_GIT_SYNC_SSH_KEY' },
            { input: Inputs.AdminPassword, env: 'AIRFLOW_ADMIN_PASSWORD' },
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
                            title: `${NAME}: merged values for ${inputs.namespace}/${inputs.release} (secrets redacted)`,
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
                    [Outputs.Revision]: f.revision,
                    [Outputs.Status]: f.status,
                    [Outputs.ChartVersion]: f.chartVersion || inputs.chartVersion,
                    [Outputs.AppVersion]: f.appVersion,
                    [Outputs.UiService]: ui.service,
                    [Outputs.PortForwardCommand]: ui.command,
                    [Outputs.Changed]: String(result.changed),
                };
            },
            async report(result) {
                const f = facts();
                const ui = uiService(inputs, f.appVersion, desired.values);
                return actionSummary({
                    heading: headingOf(NAME, result.dryRun),
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
                ? `${NAME}: converged with changes`
                : `${NAME}: already converged; upgrade skipped`,
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
            `## ${NAME} failed`,
            outcomesTable(err.outcomes),
            err.message,
            diagnosticsMarkdown(diagnostics),
            await valuesDetails(desired),
        ].join('\n\n') + '\n',
        message: `${err.message} ${diagnosticsLine(diagnostics)}`,
    };
}
const run = (deps, extras) => runDefinition(definition, deps, extras);


/***/ }),

/***/ 4125:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _definition_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(563);

await (0,_definition_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .eF)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 4681:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E1: () => (/* binding */ parseList),
/* harmony export */   UB: () => (/* binding */ requiredFrom),
/* harmony export */   Up: () => (/* binding */ pick),
/* harmony export */   lq: () => (/* binding */ optional),
/* harmony export */   tE: () => (/* binding */ booleanInput)
/* harmony export */ });
/* unused harmony exports required, parseBoolean, parseKeyValueLines, parseEnum, positiveInteger, check, unique, uniqueBy */
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
            throw new ConfigurationError(name, `each line must be KEY=VALUE (got "${line.slice(0, 40)}")`);
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
        throw new ConfigurationError(name, `must be a whole number from 1 to ${max} (got "${v}")`);
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

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

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
/******/ var __webpack_exports__ = __nccwpck_require__(4125);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

//# sourceMappingURL=index.js.map
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 1852:
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
        Promise.all(/* import() */[__nccwpck_require__.e(311), __nccwpck_require__.e(310)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1310)),
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

;// CONCATENATED MODULE: ./src/actions/build-push-image/argv.ts
const refOf = (name, tag) => `${name}:${tag}`;
const digestRefOf = (name, digest) => `${name}@${digest}`;
/** Flags both builders share, in one order so the two argv stay comparable. */
function commonBuildFlags(inputs) {
    return [
        ...(inputs.dockerfile ? ['--file', inputs.dockerfile] : []),
        ...(inputs.target ? ['--target', inputs.target] : []),
        ...inputs.buildArgs.flatMap(([k, v]) => ['--build-arg', `${k}=${v}`]),
        ...inputs.labels.flatMap(([k, v]) => ['--label', `${k}=${v}`]),
        ...inputs.tags.flatMap((t) => ['--tag', refOf(inputs.image.name, t)]),
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
// EXTERNAL MODULE: ./src/lib/validate/rules.ts
var rules = __nccwpck_require__(3325);
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





const Inputs = {
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
const Outputs = {
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
        throw new errors/* ConfigurationError */.j1(Inputs.Image, entries.length > 0
            ? `"${imageInput}" is not an image path, nor a name in the platform file's images (${entries.map((e) => e.name).join(', ')})`
            : `must be a full Artifact Registry path ${validate_image/* AR_EXAMPLE */.R$}`);
    }
    return entry;
}
/** A Dockerfile stage name (`FROM base AS name`). */
function buildStage(value) {
    const v = (0,rules/* safeValue */.pI)(Inputs.Target, value);
    if (!/^[A-Za-z][A-Za-z0-9_.-]{0,127}$/.test(v)) {
        throw new errors/* ConfigurationError */.j1(Inputs.Target, `"${v}" is not a build stage name`);
    }
    return v;
}
function parseInputs(source, config, env = process.env, now = new Date()) {
    const warnings = [];
    const imageInput = (0,inputs/* optional */.lq)(source, Inputs.Image);
    const entry = configEntry(imageInput, config);
    const imageValue = entry?.image ?? imageInput;
    if (imageValue === undefined) {
        throw new errors/* ConfigurationError */.j1(Inputs.Image, `is required: a full Artifact Registry path ${validate_image/* AR_EXAMPLE */.R$} (or a name from the platform file's images)`);
    }
    const name = validate_image/* imageName */.tO(Inputs.Image, imageValue);
    if (name.kind === 'gcr')
        warnings.push(validate_image/* gcrWarning */.l8(name));
    const context = (0,rules/* safeValue */.pI)(Inputs.Context, (0,inputs/* pick */.Up)((0,inputs/* optional */.lq)(source, Inputs.Context), entry?.context, '.') ?? '.');
    const dockerfileValue = (0,inputs/* pick */.Up)((0,inputs/* optional */.lq)(source, Inputs.Dockerfile), entry?.dockerfile);
    const dockerfile = dockerfileValue && (0,rules/* safeValue */.pI)(Inputs.Dockerfile, dockerfileValue);
    const targetValue = (0,inputs/* pick */.Up)((0,inputs/* optional */.lq)(source, Inputs.Target), entry?.target);
    const target = targetValue && buildStage(targetValue);
    const tagsInput = (0,inputs/* parseList */.E1)((0,inputs/* optional */.lq)(source, Inputs.Tags));
    const tagValues = tagsInput.length > 0 ? tagsInput : (entry?.tags ?? defaultTags(env));
    if (tagValues.length === 0) {
        throw new errors/* ConfigurationError */.j1(Inputs.Tags, 'is required outside a GitHub Actions run (no GITHUB_SHA or GITHUB_REF to derive tags from)');
    }
    const tags = (0,inputs/* unique */.Am)(tagValues.map((t) => validate_image/* imageTag */.I_(Inputs.Tags, t)));
    if (tags.includes('latest')) {
        warnings.push('`latest` is a mutable tag: deploy by the `image-ref` output (a digest), never by `latest`');
    }
    const argsInput = (0,inputs/* parseKeyValueLines */.FF)(Inputs.BuildArgs, (0,inputs/* optional */.lq)(source, Inputs.BuildArgs));
    const buildArgs = (argsInput.length > 0 ? argsInput : Object.entries(entry?.buildArgs ?? {})).map(([k, v]) => [validate_image/* buildArgName */.EW(Inputs.BuildArgs, k), v]);
    const secrets = (0,inputs/* parseKeyValueLines */.FF)(Inputs.Secrets, (0,inputs/* optional */.lq)(source, Inputs.Secrets)).map(([id, value]) => {
        if (value.length === 0)
            throw new errors/* ConfigurationError */.j1(Inputs.Secrets, `secret "${id}" is empty`);
        return { id: validate_image/* buildSecretId */.yZ(Inputs.Secrets, id), value };
    });
    if (new Set(secrets.map((s) => s.id)).size !== secrets.length) {
        throw new errors/* ConfigurationError */.j1(Inputs.Secrets, 'each secret id may appear only once');
    }
    const platformsInput = (0,inputs/* parseList */.E1)((0,inputs/* optional */.lq)(source, Inputs.Platforms));
    const platforms = (0,inputs/* unique */.Am)((platformsInput.length > 0 ? platformsInput : (entry?.platforms ?? [])).map((p) => validate_image/* platform */.iD(Inputs.Platforms, p)));
    const labelsInput = (0,inputs/* parseKeyValueLines */.FF)(Inputs.Labels, (0,inputs/* optional */.lq)(source, Inputs.Labels));
    const userLabels = (labelsInput.length > 0 ? labelsInput : Object.entries(entry?.labels ?? {})).map(([k, v]) => [validate_image/* labelKey */.kJ(Inputs.Labels, k), v]);
    const labels = new Map(ociLabels(env, now));
    for (const [k, v] of userLabels)
        labels.set(k, v);
    const push = (0,inputs/* booleanInput */.tE)(source, Inputs.Push, true);
    const skipExisting = (0,inputs/* booleanInput */.tE)(source, Inputs.SkipExisting, entry?.skipExisting ?? false);
    const createRepository = (0,inputs/* booleanInput */.tE)(source, Inputs.CreateRepository, entry?.createRepository ?? false);
    if (createRepository && name.kind !== 'artifact-registry') {
        throw new errors/* ConfigurationError */.j1(Inputs.CreateRepository, `can only create Artifact Registry repositories (${validate_image/* AR_EXAMPLE */.R$}); ${name.host} is not one`);
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
        cache: (0,inputs/* booleanInput */.tE)(source, Inputs.Cache, false),
        dryRun: (0,inputs/* booleanInput */.tE)(source, Inputs.DryRun, false),
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
    const dir = await mkdtemp(path.join(tempRoot(), 'gke-dp-'));
    const file = path.join(dir, name);
    try {
        await writeFile(file, content, { mode: 0o600, flag: 'wx' });
        return await fn(file);
    }
    finally {
        await rm(dir, { recursive: true, force: true });
    }
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
    return isTransient(err);
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
                throw new errors/* ConfigurationError */.j1(Inputs.Secrets, 'build secrets need BuildKit (`docker buildx`), which this runner lacks; install buildx (docker/setup-buildx-action)');
            }
            if (this.inputs.platforms.length > 1) {
                throw new errors/* ConfigurationError */.j1(Inputs.Platforms, 'several platforms need `docker buildx`, which this runner lacks');
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
            const state = await this.docker.inspect(refOf(inputs.image.name, primary), insecure);
            tags.set(primary, state.exists ? (state.digest ?? '') : null);
            if (state.exists && !state.digest) {
                this.ctx.logger.warning(`${primary} exists but its digest cannot be read without buildx (a multi-platform list?); building again`);
                tags.set(primary, null);
            }
            if (state.exists && state.digest) {
                for (const tag of inputs.tags.slice(1)) {
                    const other = await this.docker.inspect(refOf(inputs.image.name, tag), insecure);
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
            const pushed = await this.docker.push(refOf(inputs.image.name, tag));
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
        const dir = await (0,promises_namespaceObject.mkdtemp)(external_node_path_default().join(tempRoot(), 'build-push-image-'));
        try {
            const secretFiles = [];
            for (const [i, s] of inputs.secrets.entries()) {
                const file = external_node_path_default().join(dir, `secret-${i}`);
                await (0,promises_namespaceObject.writeFile)(file, s.value, { mode: 0o600, flag: 'wx' });
                secretFiles.push({ id: s.id, file });
            }
            const metadataFile = external_node_path_default().join(dir, 'metadata.json');
            await this.docker.mutate(buildxBuild(inputs, { metadataFile, secretFiles, ghaCache: this.ghaCacheUsable() }), {
                timeoutMs: BUILD_TIMEOUT_MS,
                retryable: inputs.push ? isRetryablePush : () => false,
            });
            if (!inputs.push)
                return undefined;
            const digest = parseMetadataDigest(await (0,promises_namespaceObject.readFile)(metadataFile, 'utf8').catch(() => ''));
            if (!digest)
                throw new Error('docker buildx build pushed, but its metadata file has no containerimage.digest');
            return digest;
        }
        finally {
            await (0,promises_namespaceObject.rm)(dir, { recursive: true, force: true });
        }
    }
    async retag(digest, tags, buildx) {
        const name = this.inputs.image.name;
        const source = digestRefOf(name, digest);
        if (buildx) {
            await this.docker.mutate(dockerArgv.imagetoolsCreate(source, tags.map((t) => refOf(name, t))), { retryable: isRetryablePush });
            return;
        }
        await this.docker.mutate(dockerArgv.pull(source), { retryable: isRetryablePush });
        for (const tag of tags) {
            await this.docker.mutate(dockerArgv.tag(source, refOf(name, tag)), {
                retryable: () => false,
            });
            await this.docker.push(refOf(name, tag));
        }
    }
    /** Reads the primary tag back: it must point at the digest the build reported. */
    async verify(digest) {
        const ref = refOf(this.inputs.image.name, this.inputs.tags[0] ?? '');
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
    if (chain !== undefined && (0,inputs/* optional */.lq)(source, Inputs.Image) === undefined && entries.length > 0) {
        return { dryRun: false, entries: entries.map((e) => e.name), config };
    }
    const single = parseInputs(source, config);
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
    return (builds.entries ?? []).map((name) => unit(parseInputs((input) => (input === Inputs.Image ? name : ''), builds.config, env), name));
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
        return (await (0,promises_namespaceObject.stat)(p)).isDirectory();
    }
    catch {
        return false;
    }
}
async function isFile(p) {
    try {
        return (await (0,promises_namespaceObject.stat)(p)).isFile();
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
        throw new errors/* ConfigurationError */.j1(Inputs.Context, `"${context}" is not a directory`);
    }
    const dockerfile = inputs.dockerfile ?? external_node_path_default().join(context, 'Dockerfile');
    if (!(await isFile(dockerfile))) {
        throw new errors/* ConfigurationError */.j1(Inputs.Dockerfile, inputs.dockerfile
            ? `"${dockerfile}" does not exist`
            : `no Dockerfile in "${context}"; set \`dockerfile\``);
    }
    const credentials = (await (0,promises_namespaceObject.readdir)(context)).filter((f) => CREDENTIAL_FILE.test(f));
    if (credentials.length === 0)
        return;
    let ignore = '';
    try {
        ignore = await (0,promises_namespaceObject.readFile)(external_node_path_default().join(context, '.dockerignore'), 'utf8');
    }
    catch {
        // No .dockerignore: everything in the context is sent to the builder.
    }
    if (!ignoresCredentials(ignore)) {
        throw new errors/* ConfigurationError */.j1(Inputs.Context, `holds Google credentials (${credentials.join(', ')}) that would be sent to the builder and could end up in the image; ` +
            'add `gha-creds-*.json` to .dockerignore, or set `create_credentials_file: false` / run checkout before auth');
    }
}

;// CONCATENATED MODULE: ./src/actions/build-push-image/plan.ts
/**
 * build-push-image's planner: desired state (inputs) + what the registry holds -> Changes.
 * Pure: no I/O, so each branch is a table test.
 */



const line = (tool, args) => formatCommand({ tool, args });
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
            resource: `image/${refOf(name, primary)}`,
            action: 'noop',
            reason: `already in the registry at ${existing}; build skipped`,
            commands: [],
        });
        if (missing.length > 0) {
            const source = digestRefOf(name, existing);
            const targets = missing.map((t) => refOf(name, t));
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
        ? inputs.tags.map((t) => line('docker', dockerArgv.push(refOf(name, t))))
        : [];
    changes.push({
        resource: `image/${refOf(name, primary)}`,
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
    return digest ? digestRefOf(name, digest) : refOf(name, u.inputs.tags[0] ?? '');
}
const definition = {
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
                        [Outputs.Image]: name,
                        [Outputs.Digest]: digest,
                        [Outputs.ImageRef]: imageRefOf(first),
                        [Outputs.Tags]: JSON.stringify(first.inputs.tags.map((t) => refOf(name, t))),
                        [Outputs.Skipped]: String(first.plan?.existingDigest !== undefined),
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
const run = (deps) => runDefinition(definition, deps);


/***/ }),

/***/ 1491:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _definition_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1852);

await (0,_definition_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 4681:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Am: () => (/* binding */ unique),
/* harmony export */   E1: () => (/* binding */ parseList),
/* harmony export */   FF: () => (/* binding */ parseKeyValueLines),
/* harmony export */   Up: () => (/* binding */ pick),
/* harmony export */   lq: () => (/* binding */ optional),
/* harmony export */   tE: () => (/* binding */ booleanInput)
/* harmony export */ });
/* unused harmony exports required, parseBoolean, parseEnum, positiveInteger, check, requiredFrom, uniqueBy */
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
/******/ var __webpack_exports__ = __nccwpck_require__(1491);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

//# sourceMappingURL=index.js.map
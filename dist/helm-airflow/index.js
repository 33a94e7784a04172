import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 770:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

module.exports = __nccwpck_require__(218);


/***/ }),

/***/ 218:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var net = __nccwpck_require__(9278);
var tls = __nccwpck_require__(4756);
var http = __nccwpck_require__(8611);
var https = __nccwpck_require__(5692);
var events = __nccwpck_require__(4434);
var assert = __nccwpck_require__(2613);
var util = __nccwpck_require__(9023);


exports.httpOverHttp = httpOverHttp;
exports.httpsOverHttp = httpsOverHttp;
exports.httpOverHttps = httpOverHttps;
exports.httpsOverHttps = httpsOverHttps;


function httpOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  return agent;
}

function httpsOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}

function httpOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  return agent;
}

function httpsOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}


function TunnelingAgent(options) {
  var self = this;
  self.options = options || {};
  self.proxyOptions = self.options.proxy || {};
  self.maxSockets = self.options.maxSockets || http.Agent.defaultMaxSockets;
  self.requests = [];
  self.sockets = [];

  self.on('free', function onFree(socket, host, port, localAddress) {
    var options = toOptions(host, port, localAddress);
    for (var i = 0, len = self.requests.length; i < len; ++i) {
      var pending = self.requests[i];
      if (pending.host === options.host && pending.port === options.port) {
        // Detect the request to connect same origin server,
        // reuse the connection.
        self.requests.splice(i, 1);
        pending.request.onSocket(socket);
        return;
      }
    }
    socket.destroy();
    self.removeSocket(socket);
  });
}
util.inherits(TunnelingAgent, events.EventEmitter);

TunnelingAgent.prototype.addRequest = function addRequest(req, host, port, localAddress) {
  var self = this;
  var options = mergeOptions({request: req}, self.options, toOptions(host, port, localAddress));

  if (self.sockets.length >= this.maxSockets) {
    // We are over limit so we'll add it to the queue.
    self.requests.push(options);
    return;
  }

  // If we are under maxSockets create a new one.
  self.createSocket(options, function(socket) {
    socket.on('free', onFree);
    socket.on('close', onCloseOrRemove);
    socket.on('agentRemove', onCloseOrRemove);
    req.onSocket(socket);

    function onFree() {
      self.emit('free', socket, options);
    }

    function onCloseOrRemove(err) {
      self.removeSocket(socket);
      socket.removeListener('free', onFree);
      socket.removeListener('close', onCloseOrRemove);
      socket.removeListener('agentRemove', onCloseOrRemove);
    }
  });
};

TunnelingAgent.prototype.createSocket = function createSocket(options, cb) {
  var self = this;
  var placeholder = {};
  self.sockets.push(placeholder);

  var connectOptions = mergeOptions({}, self.proxyOptions, {
    method: 'CONNECT',
    path: options.host + ':' + options.port,
    agent: false,
    headers: {
      host: options.host + ':' + options.port
    }
  });
  if (options.localAddress) {
    connectOptions.localAddress = options.localAddress;
  }
  if (connectOptions.proxyAuth) {
    connectOptions.headers = connectOptions.headers || {};
    connectOptions.headers['Proxy-Authorization'] = 'Basic ' +
        new Buffer(connectOptions.proxyAuth).toString('base64');
  }

  debug('making CONNECT request');
  var connectReq = self.request(connectOptions);
  connectReq.useChunkedEncodingByDefault = false; // for v0.6
  connectReq.once('response', onResponse); // for v0.6
  connectReq.once('upgrade', onUpgrade);   // for v0.6
  connectReq.once('connect', onConnect);   // for v0.7 or later
  connectReq.once('error', onError);
  connectReq.end();

  function onResponse(res) {
    // Very hacky. This is necessary to avoid http-parser leaks.
    res.upgrade = true;
  }

  function onUpgrade(res, socket, head) {
    // Hacky.
    process.nextTick(function() {
      onConnect(res, socket, head);
    });
  }

  function onConnect(res, socket, head) {
    connectReq.removeAllListeners();
    socket.removeAllListeners();

    if (res.statusCode !== 200) {
      debug('tunneling socket could not be established, statusCode=%d',
        res.statusCode);
      socket.destroy();
      var error = new Error('tunneling socket could not be established, ' +
        'statusCode=' + res.statusCode);
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    if (head.length > 0) {
      debug('got illegal response body from proxy');
      socket.destroy();
      var error = new Error('got illegal response body from proxy');
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    debug('tunneling connection has established');
    self.sockets[self.sockets.indexOf(placeholder)] = socket;
    return cb(socket);
  }

  function onError(cause) {
    connectReq.removeAllListeners();

    debug('tunneling socket could not be established, cause=%s\n',
          cause.message, cause.stack);
    var error = new Error('tunneling socket could not be established, ' +
                          'cause=' + cause.message);
    error.code = 'ECONNRESET';
    options.request.emit('error', error);
    self.removeSocket(placeholder);
  }
};

TunnelingAgent.prototype.removeSocket = function removeSocket(socket) {
  var pos = this.sockets.indexOf(socket)
  if (pos === -1) {
    return;
  }
  this.sockets.splice(pos, 1);

  var pending = this.requests.shift();
  if (pending) {
    // If we have pending requests and a socket gets closed a new one
    // needs to be created to take over in the pool for the one that closed.
    this.createSocket(pending, function(socket) {
      pending.request.onSocket(socket);
    });
  }
};

function createSecureSocket(options, cb) {
  var self = this;
  TunnelingAgent.prototype.createSocket.call(self, options, function(socket) {
    var hostHeader = options.request.getHeader('host');
    var tlsOptions = mergeOptions({}, self.options, {
      socket: socket,
      servername: hostHeader ? hostHeader.replace(/:.*$/, '') : options.host
    });

    // 0 is dummy port for v0.6
    var secureSocket = tls.connect(0, tlsOptions);
    self.sockets[self.sockets.indexOf(socket)] = secureSocket;
    cb(secureSocket);
  });
}


function toOptions(host, port, localAddress) {
  if (typeof host === 'string') { // since v0.10
    return {
      host: host,
      port: port,
      localAddress: localAddress
    };
  }
  return host; // for v0.11 or later
}

function mergeOptions(target) {
  for (var i = 1, len = arguments.length; i < len; ++i) {
    var overrides = arguments[i];
    if (typeof overrides === 'object') {
      var keys = Object.keys(overrides);
      for (var j = 0, keyLen = keys.length; j < keyLen; ++j) {
        var k = keys[j];
        if (overrides[k] !== undefined) {
          target[k] = overrides[k];
        }
      }
    }
  }
  return target;
}


var debug;
if (process.env.NODE_DEBUG && /\btunnel\b/.test(process.env.NODE_DEBUG)) {
  debug = function() {
    var args = Array.prototype.slice.call(arguments);
    if (typeof args[0] === 'string') {
      args[0] = 'TUNNEL: ' + args[0];
    } else {
      args.unshift('TUNNEL:');
    }
    console.error.apply(console, args);
  }
} else {
  debug = function() {};
}
__webpack_unused_export__ = debug; // for test


/***/ }),

/***/ 9465:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  eF: () => (/* binding */ run)
});

// UNUSED EXPORTS: CARRIED_IMAGE, CARRIED_LOG_FOLDER, definition

// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __nccwpck_require__(7268);
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
    /**
     * How much of `text` can be redacted and printed now when more text may follow it (a line
     * too long to wait for): no secret may straddle the cut, so the cut stops short of the last
     * (longest secret - 1) characters and before any whole occurrence that spans it.
     */
    safeCut(text) {
        let cut = text.length;
        for (const secret of this.secrets)
            cut = Math.min(cut, text.length - secret.length + 1);
        cut = Math.max(cut, 0);
        for (let moved = true; moved;) {
            moved = false;
            for (const secret of this.secrets) {
                const from = Math.max(0, cut - secret.length + 1);
                const at = text.indexOf(secret, from);
                if (at !== -1 && at < cut && at + secret.length > cut) {
                    cut = at;
                    moved = true;
                }
            }
        }
        return cut;
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
/** A deletion stands out in a table of creates and updates (prune: reviewers look for it). */
const actionCell = (action) => action === 'delete' ? `🗑️ ${action}` : action;
/** The table every action writes: resource, what was done, why. */
function outcomesTable(outcomes) {
    if (outcomes.length === 0)
        return '_Nothing to reconcile._';
    return markdownTable(['Resource', 'Action', 'Result', 'Detail'], outcomes.map((o) => [
        `\`${o.resource}\``,
        actionCell(o.action),
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
;// CONCATENATED MODULE: external "node:string_decoder"
const external_node_string_decoder_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");
;// CONCATENATED MODULE: ./src/lib/exec/output.ts
/**
 * A child's output, live and bounded: LineStream prints whole lines as they arrive, each
 * redacted before it is printed (a secret split across two chunks is only ever seen whole);
 * BoundedCapture keeps the head and the tail of a long output for parsing and error messages,
 * so an hour of build log does not sit in memory.
 */

/** A line longer than this is printed in pieces (at cuts no secret straddles). */
const MAX_LINE_CHARS = 16 * 1024;
class LineStream {
    redactor;
    emit;
    maxLine;
    decoder = new external_node_string_decoder_namespaceObject.StringDecoder('utf8');
    pending = '';
    constructor(redactor, emit, maxLine = MAX_LINE_CHARS) {
        this.redactor = redactor;
        this.emit = emit;
        this.maxLine = maxLine;
    }
    write(chunk) {
        this.pending += this.decoder.write(chunk);
        // \r too: progress output (gcloud, docker) rewrites a line in place instead of ending it.
        // A \r at the very end stays pending: it may be the first half of a \r\n.
        const parts = this.pending.split(/\r\n|\n|\r(?!$)/);
        this.pending = parts.pop() ?? '';
        for (const line of parts)
            this.emit(this.redactor.redact(line));
        if (this.pending.length > this.maxLine) {
            const cut = this.redactor.safeCut(this.pending);
            if (cut > 0) {
                this.emit(this.redactor.redact(this.pending.slice(0, cut)));
                this.pending = this.pending.slice(cut);
            }
        }
    }
    /** Prints what is left once the stream has ended. */
    end() {
        this.pending = (this.pending + this.decoder.end()).replace(/\r$/, '');
        if (this.pending.length > 0)
            this.emit(this.redactor.redact(this.pending));
        this.pending = '';
    }
}
const CAPTURE_HEAD_BYTES = 64 * 1024;
const CAPTURE_TAIL_BYTES = 256 * 1024;
/** Keeps the first `headBytes` and the last `tailBytes` of a stream, and counts the rest. */
class BoundedCapture {
    headBytes;
    tailBytes;
    head = [];
    headSize = 0;
    tail = [];
    tailSize = 0;
    dropped = 0;
    constructor(headBytes = CAPTURE_HEAD_BYTES, tailBytes = CAPTURE_TAIL_BYTES) {
        this.headBytes = headBytes;
        this.tailBytes = tailBytes;
    }
    push(chunk) {
        let rest = chunk;
        if (this.headSize < this.headBytes) {
            const take = rest.subarray(0, this.headBytes - this.headSize);
            this.head.push(take);
            this.headSize += take.length;
            rest = rest.subarray(take.length);
        }
        if (rest.length === 0)
            return;
        this.tail.push(rest);
        this.tailSize += rest.length;
        while (this.tailSize > this.tailBytes) {
            const first = this.tail[0];
            const over = this.tailSize - this.tailBytes;
            if (first.length <= over) {
                this.tail.shift();
                this.tailSize -= first.length;
                this.dropped += first.length;
            }
            else {
                this.tail[0] = first.subarray(over);
                this.tailSize -= over;
                this.dropped += over;
            }
        }
    }
    text() {
        const head = Buffer.concat(this.head).toString('utf8');
        const tail = Buffer.concat(this.tail).toString('utf8');
        return this.dropped === 0
            ? head + tail
            : `${head}\n[... ${this.dropped} bytes not kept ...]\n${tail}`;
    }
}

;// CONCATENATED MODULE: ./src/lib/exec/child-env.ts
/**
 * The environment each CLI is started with (issue 15, class 2): only what that tool reads, so
 * the step's `INPUT_*` variables (secret inputs included), the runner's tokens and whatever
 * else the job exported never reach a child process.
 *
 * What the tools read, from their documentation:
 * - gcloud: `CLOUDSDK_*` properties and config dir, `GOOGLE_APPLICATION_CREDENTIALS`
 *   (https://cloud.google.com/sdk/docs/properties, "Setting properties via environment
 *   variables"); it is Python, so `PYTHONPATH` too.
 * - kubectl: `KUBECONFIG`, `KUBECACHEDIR`, `KUBECTL_*`
 *   (https://kubernetes.io/docs/reference/kubectl/generated/kubectl/); GKE kubeconfigs run
 *   gke-gcloud-auth-plugin, which reads gcloud's settings and `USE_GKE_GCLOUD_AUTH_PLUGIN`.
 * - helm: `HELM_*` and `KUBECONFIG` (https://helm.sh/docs/helm/helm/, "Environment variables"),
 *   plus the GKE plugin's.
 * - docker: `DOCKER_*` (`DOCKER_CONFIG`, `DOCKER_HOST`...;
 *   https://docs.docker.com/reference/cli/docker/#environment-variables), `BUILDX_*`,
 *   `BUILDKIT_*`, `SOURCE_DATE_EPOCH`, and for buildx's `type=gha` cache `ACTIONS_CACHE_URL`,
 *   `ACTIONS_RESULTS_URL`, `ACTIONS_RUNTIME_TOKEN`
 *   (https://docs.docker.com/build/cache/backends/gha/); docker-credential-gcloud reads gcloud's.
 * Every tool also gets the basics: PATH, HOME, locale, temp folders, proxies and CA bundles.
 */

/** Extra variable names to pass to every child, comma- or space-separated (self-hosted needs). */
const PASS_ENV_VARIABLE = 'GKE_DP_CHILD_ENV';
const BASIC = {
    names: [
        'PATH',
        'HOME',
        'USER',
        'LOGNAME',
        'LANG',
        'LANGUAGE',
        'TZ',
        'TMPDIR',
        'RUNNER_TEMP',
        'CI',
        'HTTP_PROXY',
        'HTTPS_PROXY',
        'NO_PROXY',
        'ALL_PROXY',
        'http_proxy',
        'https_proxy',
        'no_proxy',
        'all_proxy',
        'SSL_CERT_FILE',
        'SSL_CERT_DIR',
        'XDG_CONFIG_HOME',
        'XDG_CACHE_HOME',
        'XDG_DATA_HOME',
        'XDG_RUNTIME_DIR',
    ],
    prefixes: ['LC_'],
};
/** gcloud's own settings: also what gke-gcloud-auth-plugin and docker-credential-gcloud read. */
const GOOGLE = {
    names: ['GOOGLE_APPLICATION_CREDENTIALS', 'PYTHONPATH', 'USE_GKE_GCLOUD_AUTH_PLUGIN'],
    prefixes: ['CLOUDSDK_'],
};
const KUBE = { names: ['KUBECONFIG', 'KUBECACHEDIR'], prefixes: ['KUBECTL_'] };
const TOOLS = {
    gcloud: [GOOGLE],
    kubectl: [KUBE, GOOGLE],
    helm: [KUBE, GOOGLE, { names: [], prefixes: ['HELM_'] }],
    docker: [
        GOOGLE,
        {
            names: [
                'SOURCE_DATE_EPOCH',
                'ACTIONS_CACHE_URL',
                'ACTIONS_RESULTS_URL',
                'ACTIONS_RUNTIME_TOKEN',
            ],
            prefixes: ['DOCKER_', 'BUILDX_', 'BUILDKIT_'],
        },
    ],
};
/** The environment for `tool`: the allowed part of `base`, then the command's own `extra`. */
function childEnv(tool, base, extra = {}) {
    const allows = [BASIC, ...(TOOLS[external_node_path_default().basename(tool)] ?? [])];
    const passed = new Set((base[PASS_ENV_VARIABLE] ?? '').split(/[\s,]+/).filter(Boolean));
    const env = {};
    for (const [name, value] of Object.entries(base)) {
        if (value === undefined || name.startsWith('INPUT_'))
            continue;
        const allowed = passed.has(name) ||
            allows.some((a) => a.names.includes(name) || a.prefixes.some((p) => name.startsWith(p)));
        if (allowed)
            env[name] = value;
    }
    return { ...env, ...extra };
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
        if (spec.stream)
            return this.logger.group(`$ ${shown}`, () => this.spawn(spawn, spec, true));
        this.logger.debug(`$ ${shown}`);
        return this.spawn(spawn, spec, false);
    }
    spawn(spawn, spec, live) {
        const timeoutMs = spec.timeoutMs ?? DEFAULT_TIMEOUT_MS;
        return new Promise((resolve) => {
            const child = spawn(spec.tool, [...spec.args], {
                cwd: spec.cwd,
                env: childEnv(spec.tool, this.baseEnv, spec.env),
                stdio: ['pipe', 'pipe', 'pipe'],
                shell: false,
            });
            this.children.add(child);
            const out = live ? new BoundedCapture() : new Unbounded();
            const err = live ? new BoundedCapture() : new Unbounded();
            const print = (line) => this.logger.info(line);
            const lines = live
                ? [new LineStream(this.redactor, print), new LineStream(this.redactor, print)]
                : [];
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
            child.stdout.on('data', (chunk) => {
                out.push(chunk);
                lines[0]?.write(chunk);
            });
            child.stderr.on('data', (chunk) => {
                err.push(chunk);
                lines[1]?.write(chunk);
            });
            child.on('error', (e) => {
                const missing = e.code === 'ENOENT';
                finish({
                    exitCode: missing ? NOT_FOUND_EXIT_CODE : 1,
                    stdout: '',
                    stderr: missing ? `${spec.tool}: command not found` : e.message,
                });
            });
            child.on('close', (code, signal) => {
                for (const stream of lines)
                    stream.end();
                let stderr = err.text();
                let exitCode = code ?? 1;
                if (timedOut) {
                    exitCode = TIMEOUT_EXIT_CODE;
                    stderr += `\n${spec.tool} timed out after ${Math.round(timeoutMs / 1000)}s`;
                }
                else if (signal) {
                    stderr += `\n${spec.tool} was terminated by ${signal}`;
                }
                finish({ exitCode, stdout: out.text(), stderr });
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
/** All of a stream: what a command that is not streamed prints is data to parse, in full. */
class Unbounded {
    chunks = [];
    push(chunk) {
        this.chunks.push(chunk);
    }
    text() {
        return Buffer.concat(this.chunks).toString('utf8');
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
/** How many attempts withRetry made before it rethrew `err`; undefined for a first failure. */
function attemptsOf(err) {
    const attempts = err?.attempts;
    return typeof attempts === 'number' ? attempts : undefined;
}
/**
 * The last error, told how many attempts were made. The same object keeps its class and fields
 * (CommandError's kind and stderr); only what was thrown as a non-Error is wrapped.
 */
function exhausted(label, attempts, err) {
    const error = err instanceof Error ? err : new Error((0,errors/* errorMessage */.gJ)(err));
    error.message = `${error.message} (${label}: gave up after ${attempts} attempts)`;
    return Object.assign(error, { attempts });
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
                throw exhausted(options.label, attempt, err);
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
/** Runs the phases; the run's cleanup (temporary credentials) happens whatever the outcome. */
async function execute(run, ctx) {
    try {
        return await phases(run, ctx);
    }
    finally {
        await run.cleanup?.();
    }
}
async function phases(run, ctx) {
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
;// CONCATENATED MODULE: ./src/lib/action/credentials-preflight.ts
/**
 * Google credentials, checked before any command (issue 15, class 11; cases F11-F13). The
 * token exchange belongs to google-github-actions/auth, but what a user meets when it did not
 * happen is ours: without this check the first gcloud call fails with gcloud's own "You do not
 * currently have an active account selected", which says neither what is missing nor where.
 *
 * What auth leaves behind (google-github-actions/auth src/main.ts): with its defaults it writes
 * a credentials file under RUNNER_TEMP and exports CLOUDSDK_AUTH_CREDENTIAL_FILE_OVERRIDE,
 * GOOGLE_APPLICATION_CREDENTIALS and GOOGLE_GHA_CREDS_PATH; for Workload Identity Federation it
 * first needs ACTIONS_ID_TOKEN_REQUEST_URL and _TOKEN, which the runner only sets when the job
 * has `permissions: id-token: write`
 * (https://docs.github.com/actions/security-for-github-actions/security-hardening-your-deployments/about-security-hardening-with-openid-connect#adding-permissions-settings).
 * A reusable workflow cannot grant itself more than its caller's job allows, so the calling job
 * must grant it too.
 *
 * Only on GitHub-hosted runners (GITHUB_ACTIONS=true and RUNNER_ENVIRONMENT=github-hosted or
 * unset): a self-hosted runner on GCE or GKE has credentials from the metadata server, which no
 * variable shows, and the CLI on a laptop uses gcloud's own login. A dry run is checked too: it
 * still observes through gcloud and kubectl, so it needs the same credentials.
 */



class MissingCredentialsError extends Error {
    name = 'MissingCredentialsError';
}
/** Variables that point gcloud (and the libraries) at credentials. */
const CREDENTIAL_FILES = [
    'GOOGLE_APPLICATION_CREDENTIALS',
    'CLOUDSDK_AUTH_CREDENTIAL_FILE_OVERRIDE',
    'GOOGLE_GHA_CREDS_PATH',
    'CLOUDSDK_AUTH_ACCESS_TOKEN_FILE',
];
const AUTH_STEP = 'add `- uses: google-github-actions/auth@<sha>` with `workload_identity_provider` and `service_account` to this job, before this step';
/** Whether gcloud has a login of its own (`gcloud auth login` / `activate-service-account`). */
function gcloudHasLogin(env) {
    const config = env.CLOUDSDK_CONFIG || external_node_path_default().join(env.HOME || (0,external_node_os_namespaceObject.homedir)(), '.config', 'gcloud');
    return (0,external_node_fs_namespaceObject.existsSync)(external_node_path_default().join(config, 'credentials.db'));
}
/** Why this step has no usable Google credentials, or undefined when it has them (or cannot tell). */
function missingCredentials(env = process.env) {
    if (env.GITHUB_ACTIONS !== 'true')
        return undefined;
    if (env.RUNNER_ENVIRONMENT && env.RUNNER_ENVIRONMENT !== 'github-hosted')
        return undefined;
    if (env.CLOUDSDK_AUTH_ACCESS_TOKEN)
        return undefined;
    const set = CREDENTIAL_FILES.filter((name) => Boolean(env[name]));
    const present = set.filter((name) => (0,external_node_fs_namespaceObject.existsSync)(env[name] ?? ''));
    if (present.length > 0 || gcloudHasLogin(env))
        return undefined;
    const job = env.GITHUB_JOB ? `job "${env.GITHUB_JOB}"` : 'this job';
    if (set.length > 0) {
        return `no Google credentials: ${set.join(', ')} points to ${env[set[0] ?? ''] ?? ''}, which does not exist on this runner; credentials are per job, so google-github-actions/auth must run in ${job} (${AUTH_STEP})`;
    }
    if (!env.ACTIONS_ID_TOKEN_REQUEST_URL) {
        return `no Google credentials, and ${job} cannot get any: ACTIONS_ID_TOKEN_REQUEST_URL is unset, so the job lacks \`permissions: id-token: write\`. Add \`permissions: {contents: read, id-token: write}\` to ${job}; if it calls a reusable workflow, the calling job must grant \`id-token: write\` as well. Then ${AUTH_STEP}`;
    }
    return `no Google credentials: google-github-actions/auth has not run in ${job} (none of ${CREDENTIAL_FILES.slice(0, 3).join(', ')} is set); ${AUTH_STEP}`;
}
/** Whether the kubeconfig kubectl will use gets its token from Google (a GKE kubeconfig). */
function kubeconfigUsesGoogle(env = process.env) {
    const files = (env.KUBECONFIG || external_node_path_default().join(env.HOME || (0,external_node_os_namespaceObject.homedir)(), '.kube', 'config'))
        .split((external_node_path_default()).delimiter)
        .filter(Boolean);
    return files.some((file) => {
        try {
            return (0,external_node_fs_namespaceObject.readFileSync)(file, 'utf8').includes('gke-gcloud-auth-plugin');
        }
        catch {
            return false;
        }
    });
}
const ALWAYS_GOOGLE = new Set(['setup-wi', 'gcs-log-bucket']);
const KUBERNETES = new Set(['helm-airflow', 'deploy-app', 'apply-litellm']);
const isImageInputs = (v) => typeof v === 'object' && v !== null && typeof v.image?.host === 'string';
/** Whether `action`, with these parsed inputs, talks to Google. */
function needsGoogle(action, inputs, env = process.env) {
    if (ALWAYS_GOOGLE.has(action))
        return true;
    if (KUBERNETES.has(action))
        return kubeconfigUsesGoogle(env);
    if (action === 'build-push-image' && isImageInputs(inputs)) {
        const host = inputs.image.host;
        return (inputs.createRepository === true || host.endsWith('.pkg.dev') || /(^|\.)gcr\.io$/.test(host));
    }
    return false;
}
/** Fails before any command when `action` needs Google credentials and the step has none. */
function checkCredentials(action, inputs, env = process.env) {
    if (!needsGoogle(action, inputs, env))
        return;
    const problem = missingCredentials(env);
    if (problem !== undefined)
        throw new MissingCredentialsError(problem);
}

;// CONCATENATED MODULE: ./src/lib/inputs/limits.ts
/**
 * Length limits checked before any rule looks at a value (issue 15, class 4): a pattern that
 * is linear on a 60-character name can still be slow on a megabyte, and no input of this
 * suite is legitimately anywhere near that long.
 */

/**
 * The most any input may hold. The runner hands inputs to the action as environment
 * variables, and Linux refuses one longer than 128 KiB (MAX_ARG_STRLEN, 32 pages: execve(2),
 * "Limits on size of arguments and environment"); 64 KiB leaves room for the largest honest
 * input, an inline `values` document, while anything bigger belongs in a file.
 */
const MAX_INPUT_LENGTH = 64 * 1024;
/** The input source, refusing (by length only, never quoting) any value over the limit. */
function boundedSource(read) {
    return (name) => {
        const value = read(name);
        if (value.length > MAX_INPUT_LENGTH) {
            throw new errors/* ConfigurationError */.j1(name, `is ${value.length} characters long; the limit is ${MAX_INPUT_LENGTH} (put large content in a file)`);
        }
        return value;
    };
}

;// CONCATENATED MODULE: ./src/lib/inputs/secrets.ts
/**
 * Secret inputs are masked before anything parses them (issue 15, class 1). Parsing is where
 * a careless value leaks: a `KEY=VALUE` line pasted without its name, wrapped onto two lines
 * or ending in `=` used to be quoted in the error. So every form a secret input's text can
 * take is registered with the runner (`::add-mask::`) first, and the parser of `KEY=VALUE`
 * secret inputs names line numbers, never any part of a line.
 */

/** The secret inputs of each action (the inputs action.yml calls secret). */
const SECRET_INPUTS = {
    'apply-litellm': ['master-key', 'env-secrets'],
    'build-push-image': ['secrets'],
    'deploy-app': ['database-url'],
    'helm-airflow': ['git-ssh-key', 'admin-password'],
};
/** Secret inputs written as `KEY=VALUE` lines: each value is masked on its own too. */
const KEY_VALUE_INPUTS = new Set(['env-secrets', 'secrets']);
const MIN_PART = 3;
/**
 * Every string worth masking in a secret input's raw text: the whole text, each line (raw and
 * trimmed), and for `KEY=VALUE` inputs each value on its own. The Redactor adds base64 forms.
 */
function secretInputValues(input, raw) {
    if (raw.trim().length === 0)
        return [];
    const values = new Set([raw, raw.trim()]);
    // A part of one or two characters is no secret, and masking it would star out the whole log.
    const add = (part) => {
        if (part.trim().length >= MIN_PART)
            values.add(part).add(part.trim());
    };
    for (const line of raw.split(/\r?\n/)) {
        add(line);
        if (KEY_VALUE_INPUTS.has(input)) {
            const eq = line.indexOf('=');
            if (eq >= 0)
                add(line.slice(eq + 1));
        }
    }
    return [...values];
}
/** Reads the action's secret inputs and hands every form of them to `mask`, before parsing. */
function maskSecretInputs(action, read, mask) {
    const all = [];
    for (const input of SECRET_INPUTS[action] ?? []) {
        for (const value of secretInputValues(input, read(input))) {
            mask(value);
            all.push(value);
        }
    }
    return all;
}
/**
 * `KEY=VALUE` lines of a secret input. Errors name the input and the line number only: the
 * line may be a secret pasted without its name. A value of nothing but `=` is a base64 value
 * whose padding was read as the separator, so it is refused too.
 */
function parseSecretLines(input, raw) {
    if (!raw)
        return [];
    const pairs = [];
    raw.split(/\r?\n/).forEach((rawLine, index) => {
        const line = rawLine.trim();
        if (line.length === 0 || line.startsWith('#'))
            return;
        const where = `line ${index + 1}`;
        const eq = line.indexOf('=');
        if (eq <= 0) {
            throw new ConfigurationError(input, `${where} must be NAME=VALUE (the line is not shown: it may be a secret)`);
        }
        const key = line.slice(0, eq).trim();
        const value = line.slice(eq + 1);
        if (!/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(key) || key.length > 253) {
            throw new ConfigurationError(input, `${where}: the name before "=" must be letters, digits, "_", "-" or "." (not shown: it may be part of a secret)`);
        }
        if (value.trim().length === 0 || /^=+$/.test(value.trim())) {
            throw new ConfigurationError(input, `${where}: the value after "=" is empty (a value pasted without its name, or wrapped onto two lines?)`);
        }
        pairs.push([key, value]);
    });
    return pairs;
}

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 8 modules
var core = __nccwpck_require__(6058);
;// CONCATENATED MODULE: ./src/lib/log/logger.ts
/**
 * Counts open groups so that only the outermost one is a real group: GitHub cannot nest them
 * (see io.ts), so an inner one is announced with a plain header line. Shared by every Logger.
 */
class GroupDepth {
    start;
    end;
    header;
    open = 0;
    constructor(start, end, header) {
        this.start = start;
        this.end = end;
        this.header = header;
    }
    async run(title, body) {
        if (this.open > 0) {
            this.header(`-> ${title}`);
            return body();
        }
        this.open += 1;
        this.start(title);
        try {
            return await body();
        }
        finally {
            this.open -= 1;
            this.end();
        }
    }
    get isOpen() {
        return this.open > 0;
    }
}
/**
 * The CLI's quiet mode: every streamed line of an hour-long build would otherwise sit in memory.
 * The same split as a command's captured output (exec/output.ts): a short head, a longer tail.
 */
const QUIET_LOG_LIMITS = { headChars: 64 * 1024, tailChars: 256 * 1024 };
const UNBOUNDED = { headChars: Infinity, tailChars: Infinity };
/**
 * A logger that keeps its lines in memory, for tests (everything, by default) and for the CLI's
 * quiet mode (bounded: the head and the tail, with a count of the lines left out between).
 */
class MemoryLogger {
    limits;
    head = [];
    headSize = 0;
    tail = [];
    tailSize = 0;
    dropped = 0;
    depth = new GroupDepth((title) => this.push('group', title), () => this.push('endgroup', ''), (title) => this.info(title));
    constructor(limits = UNBOUNDED) {
        this.limits = limits;
    }
    /** The kept lines in order; a marker line stands where lines were left out. */
    get lines() {
        if (this.dropped === 0)
            return [...this.head, ...this.tail];
        const gap = { level: 'info', message: `[... ${this.dropped} lines not kept ...]` };
        return [...this.head, gap, ...this.tail];
    }
    push(level, message) {
        const line = { level, message };
        if (this.tail.length === 0 && this.headSize + message.length <= this.limits.headChars) {
            this.head.push(line);
            this.headSize += message.length;
            return;
        }
        this.tail.push(line);
        this.tailSize += message.length;
        // Always keep the newest line, even one longer than the whole tail.
        while (this.tailSize > this.limits.tailChars && this.tail.length > 1) {
            this.tailSize -= this.tail.shift().message.length;
            this.dropped += 1;
        }
    }
    debug(message) {
        this.push('debug', message);
    }
    info(message) {
        this.push('info', message);
    }
    warning(message) {
        this.push('warning', message);
    }
    error(message) {
        this.push('error', message);
    }
    group(title, body) {
        return this.depth.run(title, body);
    }
    text() {
        return this.lines.map((l) => `${l.level}: ${l.message}`).join('\n');
    }
}

;// CONCATENATED MODULE: ./src/lib/action/summary-limit.ts
/**
 * Step summaries under GitHub's limit (issue 15, class 5). GitHub's "Adding a job summary":
 * "Job summaries are isolated between steps and each step is restricted to a maximum size of
 * 1MiB" and a step's summary over it is not uploaded at all, outcome table included
 * (https://docs.github.com/actions/reference/workflows-and-actions/workflow-commands#step-isolation-and-limits).
 * So a summary that would not fit is shortened: the collapsible sections (merged values,
 * manifests) first, largest first, then the tail; the heading and outcome table come first in
 * every summary we write and are kept.
 */
const SUMMARY_LIMIT_BYTES = 1024 * 1024;
const bytes = (text) => Buffer.byteLength(text, 'utf8');
const NOTE = (shown, total) => `_Shortened: ${shown} of ${total} bytes shown. GitHub drops a step summary over 1 MiB whole._`;
/** The first lines of `text` that fit in `max` bytes (never cutting a line, or a character). */
function headLines(text, max) {
    const lines = [];
    let size = -1; // the first line has no newline before it
    for (const line of text.split('\n')) {
        const next = size + 1 + bytes(line);
        if (next > max)
            break;
        lines.push(line);
        size = next;
    }
    return lines.join('\n');
}
/** A `<details>` block cut down to about `max` bytes, its code fence closed, with a note. */
function shortenDetails(block, max) {
    const open = block.indexOf('</summary>');
    const head = open < 0 ? '<details><summary>Details</summary>' : block.slice(0, open + 10);
    const inner = block.slice(head.length, block.lastIndexOf('</details>')).trim();
    const fence = /^(`{3,})[^\n]*\n/.exec(inner);
    const body = fence ? inner.slice(fence[0].length).replace(/\n?`{3,}\s*$/, '') : inner;
    const kept = headLines(body, Math.max(0, max));
    const shownBody = fence ? `${fence[0]}${kept}\n${fence[1]}` : kept;
    return `${head}\n\n${shownBody}\n\n${NOTE(bytes(kept), bytes(body))}\n\n</details>`;
}
/** `<details>...</details>` spans, as [start, end) offsets. */
function detailsSpans(text) {
    const spans = [];
    let from = 0;
    for (;;) {
        const start = text.indexOf('<details>', from);
        if (start < 0)
            break;
        const close = text.indexOf('</details>', start);
        if (close < 0)
            break;
        spans.push([start, close + '</details>'.length]);
        from = close + 1;
    }
    return spans;
}
/** `markdown` shortened to at most `budget` bytes, keeping its beginning (heading, outcomes). */
function fitSummary(markdown, budget = SUMMARY_LIMIT_BYTES) {
    if (bytes(markdown) <= budget)
        return markdown;
    let text = markdown;
    const spans = detailsSpans(text).sort((a, b) => b[1] - b[0] - (a[1] - a[0]));
    for (const [start, end] of spans) {
        const excess = bytes(text) - budget;
        if (excess <= 0)
            break;
        const block = text.slice(start, end);
        // Positions shift as blocks shrink, so find this block again by its text.
        const at = text.indexOf(block);
        const short = shortenDetails(block, bytes(block) - excess - 512);
        text = `${text.slice(0, at)}${short}${text.slice(at + block.length)}`;
    }
    if (bytes(text) <= budget)
        return text;
    const total = bytes(text);
    const note = `\n\n${NOTE(0, total)}\n`;
    const kept = headLines(text, Math.max(0, budget - bytes(note) - 64));
    return `${kept}${note.replace(NOTE(0, total), NOTE(bytes(kept), total))}`;
}

;// CONCATENATED MODULE: ./src/lib/action/io.ts
/**
 * The GitHub adapter: what an action's run() needs from the runner, as one interface so that
 * tests hand run() a typed fake instead of mocking modules deep inside. The real one is
 * @actions/core: its output file, masks, annotations, groups and job summary are the
 * protocol every action speaks (https://github.com/actions/toolkit/tree/main/packages/core).
 */



/** The variable the runner sets for an input, as @actions/core's getInput() reads it. */
function inputVariable(name) {
    return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}
/**
 * One per process: groups are a property of the step's log, not of an adapter instance.
 * GitHub's log viewer does not nest groups: an inner ::group:: shows beside its parent and its
 * ::endgroup:: ends the parent's fold too (actions/toolkit#1001, actions/runner#802 and
 * #1477), so a group opened inside an open one is printed as a plain header line instead.
 */
const depth = new GroupDepth((title) => core/* startGroup */.Oh(title), () => core/* endGroup */.N4(), (title) => core/* info */.pq(title));
/** The real adapter, over @actions/core (which reads process.env and writes process.stdout). */
function runnerIO() {
    // Bytes this step wrote to its summary file: GitHub drops a step summary over 1 MiB.
    let summaryBytes = 0;
    return {
        // Raw, like every input source we test with: trimming is the input helpers' job.
        getInput: (name) => core/* getInput */.V4(name, { trimWhitespace: false }),
        setOutput: (name, value) => core/* setOutput */.uH(name, value),
        setSecret: (value) => core/* setSecret */.Pq(value),
        setFailed: (message) => core/* setFailed */.C1(message),
        debug: (message) => core/* debug */.Yz(message),
        info: (message) => core/* info */.pq(message),
        warning: (message) => core/* warning */.$e(message),
        error: (message) => core/* error */.z3(message),
        group: (title, body) => depth.run(title, body),
        writeSummary: async (markdown) => {
            // Outside a runner (the CLI, local runs) there is no summary file: not an error, while
            // core.summary.write() would throw without GITHUB_STEP_SUMMARY.
            if (!process.env.GITHUB_STEP_SUMMARY)
                return;
            const text = fitSummary(markdown.endsWith('\n') ? markdown : `${markdown}\n`, SUMMARY_LIMIT_BYTES - summaryBytes);
            summaryBytes += Buffer.byteLength(text, 'utf8');
            await core/* summary */.z.addRaw(text).write();
        },
    };
}

;// CONCATENATED MODULE: ./src/lib/inputs/file.ts
/**
 * The one way a file named by an input is read (issue 15, class 3): only a regular file, only
 * up to a size limit, and every failure names the input. Reading whatever the path names made
 * `/dev/zero` read for many seconds and end in "Invalid string length" with a stack trace; a
 * FIFO would block the step for ever.
 */



/**
 * Generous for what these files are: Kubernetes rejects an object over about 1.5 MiB (etcd's
 * request limit), and Helm keeps a release, values included, in one Secret capped at 1 MiB.
 */
const MAX_INPUT_FILE_BYTES = 4 * 1024 * 1024;
const REASONS = {
    ENOENT: 'does not exist',
    EACCES: 'cannot be read (permission denied)',
    EISDIR: 'is a folder, not a file',
    ENOTDIR: 'does not exist (a part of the path is not a folder)',
    ELOOP: 'cannot be read (too many symbolic links)',
};
/** Reads `file` (named by input `input`) as UTF-8 text, refusing anything but a regular file. */
async function readInputFile(input, file, maxBytes = MAX_INPUT_FILE_BYTES) {
    let handle;
    try {
        // O_NONBLOCK: opening a FIFO must not wait for a writer; a regular file ignores the flag.
        handle = await (0,promises_namespaceObject.open)(file, external_node_fs_namespaceObject.constants.O_RDONLY | external_node_fs_namespaceObject.constants.O_NONBLOCK);
    }
    catch (err) {
        const code = err.code ?? '';
        throw new errors/* ConfigurationError */.j1(input, `${file} ${REASONS[code] ?? `cannot be read (${code})`}`);
    }
    try {
        // fstat on the open handle: what was checked is what is read, even if the path changes.
        const info = await handle.stat();
        if (!info.isFile()) {
            const kind = info.isDirectory()
                ? 'a folder'
                : info.isFIFO()
                    ? 'a pipe'
                    : info.isCharacterDevice() || info.isBlockDevice()
                        ? 'a device'
                        : 'not a regular file';
            throw new errors/* ConfigurationError */.j1(input, `${file} is ${kind}; give a regular file`);
        }
        const tooBig = () => new errors/* ConfigurationError */.j1(input, `${file} is larger than the ${maxBytes / 1024 / 1024} MiB limit for this file`);
        if (info.size > maxBytes)
            throw tooBig();
        // Read at most one byte past the limit, in case the file grew since fstat.
        const buffer = Buffer.alloc(Math.min(info.size, maxBytes) + 1);
        let length = 0;
        while (length < buffer.length) {
            const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
            if (bytesRead === 0)
                break;
            length += bytesRead;
        }
        if (length > maxBytes)
            throw tooBig();
        return buffer.subarray(0, length).toString('utf8');
    }
    finally {
        await handle.close();
    }
}

;// CONCATENATED MODULE: ./src/lib/inputs/yaml.ts
/**
 * The one YAML parser for every YAML input and file (issue 11 item 3): the platform file,
 * manifests, Helm values (files and the inline input), LiteLLM's config.yaml and the resources
 * input. Every error names the input and where the text came from (the file, and the document
 * for a stream); the library's message is cut to its first line, because the rest is a frame
 * of source text, and a values document may hold a secret.
 *
 * Limits, checked before or while parsing:
 * - size: MAX_YAML_BYTES (the file reader's cap; inline inputs are capped lower on the way in);
 * - aliases: yaml's `maxAliasCount`, pinned here rather than left to the library's default.
 *   yaml 2.x counts each alias's expansion (nodes/Alias.js: `data.count * data.aliasCount >
 *   maxAliasCount` throws "Excessive alias count indicates a resource exhaustion attack"), so
 *   a "billion laughs" document fails in milliseconds instead of filling memory.
 * The library is imported on first use, to keep it off the start-up path of actions that
 * parse no YAML.
 */


const MAX_YAML_BYTES = MAX_INPUT_FILE_BYTES;
const MAX_YAML_ALIASES = 100;
const yaml_firstLine = (message) => (message.split('\n')[0] ?? '').replace(/:\s*$/, '').trim();
/** Every document of a YAML stream as plain data ("document N" in errors), empty ones kept. */
async function parseYamlDocuments(text, source, limits = {}) {
    const docs = await parseStream(text, source, limits);
    return docs.map((doc, index) => toData(doc, source.input, `${source.where} document ${index + 1}`, limits));
}
/** A single YAML document (undefined when empty); a second document is an error. */
async function parseYamlDocument(text, source, limits = {}) {
    const docs = await parseStream(text, source, limits);
    if (docs.length > 1) {
        throw new errors/* ConfigurationError */.j1(source.input, `${source.where} holds ${docs.length} YAML documents; give one (no "---" between parts)`);
    }
    return docs[0] && toData(docs[0], source.input, source.where, limits);
}
const isMapping = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
async function parseStream(text, { input, where }, limits) {
    const maxBytes = limits.maxBytes ?? MAX_YAML_BYTES;
    const size = Buffer.byteLength(text, 'utf8');
    if (size > maxBytes) {
        throw new errors/* ConfigurationError */.j1(input, `${where} is ${size} bytes of YAML; the limit is ${maxBytes} bytes`);
    }
    const { parseAllDocuments } = await __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19));
    const docs = parseAllDocuments(text);
    // An empty stream (only comments or directives) comes back as an EmptyStream, not a list.
    return Array.isArray(docs) ? docs : [];
}
function toData(doc, input, at, limits) {
    const error = doc.errors[0];
    try {
        if (error)
            throw error;
        return doc.toJS({ maxAliasCount: limits.maxAliases ?? MAX_YAML_ALIASES });
    }
    catch (err) {
        // A syntax error, an alias past the limit, or one whose anchor is not defined before it.
        throw new errors/* ConfigurationError */.j1(input, `${at} is not valid YAML: ${yaml_firstLine((0,errors/* errorMessage */.gJ)(err))}`);
    }
}

;// CONCATENATED MODULE: ./src/lib/config/load.ts
/** Loads and validates the platform file; errors point at the path inside it. */



const CONFIG_INPUT = 'config';
/**
 * yaml and zod are imported here, on first use, so an action that is not given a platform
 * file never pays for loading them (they are most of a bundle's start-up time).
 */
async function parsePlatformConfig(text, source = 'platform file') {
    const [document, { certainlyValid }] = await Promise.all([
        parseYamlDocument(text, { input: CONFIG_INPUT, where: source }),
        __nccwpck_require__.e(/* import() */ 43).then(__nccwpck_require__.bind(__nccwpck_require__, 6043)),
    ]);
    // A valid file needs no zod (fast-check.ts says why); zod decides and words everything else.
    const valid = certainlyValid(document ?? {});
    if (valid)
        return valid;
    const { platformSchema } = await Promise.all(/* import() */[__nccwpck_require__.e(368), __nccwpck_require__.e(7)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5007));
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
    return parsePlatformConfig(await readInputFile(CONFIG_INPUT, path), path);
}

;// CONCATENATED MODULE: ./src/lib/inputs/parse.ts
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
    throw new errors/* ConfigurationError */.j1(name, `must be true or false (got "${value.trim()}")`);
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
function parse_parseKeyValueLines(name, value) {
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
        throw new errors/* ConfigurationError */.j1(name, `is required${when ? ` ${when}` : ''} (set the input or its value in the platform file)`);
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

;// CONCATENATED MODULE: ./src/lib/action/platform-config.ts
/** Reads the `config` input (a platform file path) when it is set. */


async function readPlatformConfig(source) {
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










/** The output every action sets: its outcomes as JSON (each action.yml declares it). */
const CHANGES_OUTPUT = 'changes';
async function runDefinition(definition, deps = { io: runnerIO() }, extras) {
    const { io } = deps;
    const { name } = definition;
    let ctx;
    // Secret inputs are masked before anything parses them (issue 15): errors can then not echo them.
    const early = new Redactor();
    const redact = (text) => (ctx?.runner.redactor ?? early).redact(text);
    try {
        const source = boundedSource((input) => io.getInput(input));
        const secrets = maskSecretInputs(name, source, (v) => {
            for (const form of early.add(v))
                io.setSecret(form);
        });
        const inputs = await definition.parse(source, await readPlatformConfig(source));
        // Real processes only: a runner handed in (tests) brings its own world.
        if (!deps.runner)
            checkCredentials(name, inputs);
        ctx = createRunContext({ logger: io, runner: deps.runner, clock: deps.clock, maskSecret: (v) => io.setSecret(v) }, { dryRun: inputs.dryRun });
        for (const secret of secrets)
            ctx.runner.redactor.add(secret);
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
        // Every action's plan as JSON (`changes`): what plan-comment renders on a pull request.
        io.setOutput(CHANGES_OUTPUT, redact(JSON.stringify(result.outcomes)));
        await io.writeSummary(redact(await run.report(result)));
        io.info(run.done(result));
    }
    catch (err) {
        fail(name, io, err, ctx?.runner.redactor ?? early);
    }
}
/**
 * For an action that is not a reconcile definition (plan-comment): its body, with the same one
 * catch, redaction and setFailed as every definition's run.
 */
async function runAction(name, io, body, redactor) {
    try {
        await body();
    }
    catch (err) {
        fail(name, io, err, redactor());
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
    // Stack traces are for bugs only: an expected failure's message already says it all.
    if ((0,errors/* isBug */.X9)(err))
        io.debug(redact((err instanceof Error && err.stack) || message));
    io.setFailed(`${name}: ${message}`);
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
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
        const { sanitize: _sanitize, ...run } = options;
        const spec = {
            tool: this.tool,
            args,
            ...(this.streams(args) ? { stream: true } : {}),
            ...run,
        };
        const result = await this.ctx.runner.run(spec);
        if (result.exitCode === 0)
            return result;
        if (result.exitCode === NOT_FOUND_EXIT_CODE && /command not found/.test(result.stderr)) {
            throw new errors/* ToolNotFoundError */.Mm(this.tool);
        }
        throw this.failure(spec, result, options.sanitize);
    }
    /** A failed command as a CommandError: stderr sanitised (when asked), then redacted. */
    failure(spec, result, sanitize) {
        const redactor = this.ctx.runner.redactor;
        const stderr = redactor.redact(sanitize ? sanitize(result.stderr) : result.stderr);
        return new errors/* CommandError */.Qd(formatCommand(spec, redactor), result.exitCode, stderr, classifyFailure(result.exitCode, stderr));
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
    /**
     * Whether a command is one of this tool's long ones, whose output a user wants to watch as
     * it comes (a build, a push, a helm install): decided here, by argv, so every caller gets it.
     */
    streams(_args) {
        return false;
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
function tool_parseJson(text, what) {
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
/**
 * Helm 3's `--wait` ignores Jobs, so a failed migration or create-user Job (not hooks here)
 * would pass unnoticed; `--wait-for-jobs` waits for them to complete and fails the upgrade
 * otherwise. Helm 4 keeps the same flag beside its `--wait` strategies ("if set and --wait
 * enabled, will wait until all Jobs have been completed": helm/helm v4 pkg/cmd/upgrade.go and
 * install.go), so both majors get it, after the wait flag it depends on.
 */
const WAIT_FOR_JOBS_FLAG = '--wait-for-jobs';
/** `--atomic` was renamed in Helm 4 (kept there only as a deprecated alias). */
const rollbackOnFailureFlag = (major) => major >= 4 ? '--rollback-on-failure' : '--atomic';
/** Release, chart pinned to its version, namespace: what template and upgrade share. */
const chartArgs = (a) => [a.release, a.chart, '--version', a.version, '--namespace', a.namespace];
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
    getValues: (release, namespace, revision) => [
        'get',
        'values',
        release,
        '--namespace',
        namespace,
        ...(revision === undefined ? [] : ['--revision', String(revision)]),
        '-o',
        'json',
    ],
    /** Renders offline: validates the values against the chart's schema before touching the cluster. */
    template: (a) => [
        'template',
        ...chartArgs(a),
        '-f',
        a.valuesFile,
    ],
    /** Never `--force-conflicts`: an SSA conflict is reported, not overridden (F46). */
    upgrade: (a) => [
        'upgrade',
        '--install',
        ...chartArgs(a),
        '--create-namespace',
        '-f',
        a.valuesFile,
        waitFlag(a.major),
        WAIT_FOR_JOBS_FLAG,
        '--timeout',
        a.timeout,
        rollbackOnFailureFlag(a.major),
        '--cleanup-on-fail',
        ...(a.description ? ['--description', a.description] : []),
    ],
    rollback: (major, release, namespace, revision, timeout, 
    /** Wait for the chart's Jobs too (`--wait-for-jobs`: helm v3.21.4 cmd/helm/rollback.go:85). */
    waitForJobs = false) => [
        'rollback',
        release,
        String(revision),
        '--namespace',
        namespace,
        waitFlag(major),
        ...(waitForJobs ? [WAIT_FOR_JOBS_FLAG] : []),
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
    /** upgrade/rollback/uninstall run with --wait: minutes of waiting on the cluster, watched live. */
    streams(args) {
        return ['upgrade', 'install', 'rollback', 'uninstall'].includes(args[0] ?? '');
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
        const list = tool_parseJson(text, 'helm history');
        return [...(list ?? [])].sort((a, b) => a.revision - b.revision);
    }
    async status(release, namespace) {
        const text = await this.readOrUndefined(helmArgv.status(release, namespace));
        return text === undefined ? undefined : tool_parseJson(text, 'helm status');
    }
    /** The user-supplied values of the latest (or a given) revision (`null` from helm means none). */
    async getValues(release, namespace, revision) {
        const text = await this.readOrUndefined(helmArgv.getValues(release, namespace, revision));
        if (text === undefined)
            return undefined;
        return tool_parseJson(text, 'helm get values') ?? {};
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
            if (err instanceof errors/* CommandError */.Qd && RELEASE_NOT_FOUND.test(err.stderr))
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
    // The tool cache lives where the runner says (RUNNER_TOOL_CACHE; @actions/tool-cache throws
    // without it): outside a runner, fail at once, before loading its HTTP stack.
    if (!process.env.RUNNER_TOOL_CACHE)
        throw new Error('RUNNER_TOOL_CACHE is not set (not on a runner)');
    return (await __nccwpck_require__.e(/* import() */ 805).then(__nccwpck_require__.bind(__nccwpck_require__, 9805)));
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
    const hash = (0,external_node_crypto_namespaceObject.createHash)('sha256');
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
// EXTERNAL MODULE: ./src/lib/validate/kubernetes.ts
var kubernetes = __nccwpck_require__(5952);
;// CONCATENATED MODULE: ./src/lib/k8s/images.ts
/**
 * Image substitution: the `images` input (`name=ref` lines, as build-push-image emits) replaces
 * container images in the manifests, matched by container name or by image repository, so a
 * deploy runs exactly the digest that was built.
 */




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
/** A workload's init containers, then its containers; none for other kinds. */
function images_containersOf(o) {
    const pod = podSpecOf(o);
    return [...(pod?.initContainers ?? []), ...(pod?.containers ?? [])];
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

;// CONCATENATED MODULE: ./src/lib/k8s/rollout-history.ts
/**
 * Rolling an app workload back to the images of an earlier rollout revision. A Deployment's
 * history is its ReplicaSets: each is owned by it (a controller ownerReference to the
 * Deployment's uid) and carries `deployment.kubernetes.io/revision`, the pod template it ran
 * included (https://kubernetes.io/docs/concepts/workloads/controllers/deployment/#checking-rollout-history-of-a-deployment;
 * kubectl pkg/polymorphichelpers/history.go reads them the same way). We take that revision's
 * container images and deploy the manifests with them through the normal Deploy flow, so the
 * rollback waits, reports and stamps provenance like any deploy.
 */



const ROLLBACK_INPUT = 'rollback-to-revision';
/** The Deployment controller's revision annotation, on the Deployment and its ReplicaSets. */
const REVISION = 'deployment.kubernetes.io/revision';
/** `previous` or a revision number; empty means no rollback. Checked before any command. */
function parseRollbackTarget(input, value) {
    const v = value?.trim() ?? '';
    if (v === '')
        return undefined;
    if (v === 'previous')
        return 'previous';
    if (/^[1-9][0-9]{0,8}$/.test(v))
        return Number(v);
    throw new errors/* ConfigurationError */.j1(input, `must be "previous" or a revision number such as 3 (see kubectl rollout history / helm history); got "${v}"`);
}
function imagesOfTemplate(o) {
    const out = new Map();
    for (const c of containersOf(o)) {
        if (c.image)
            out.set(c.name, c.image);
    }
    return out;
}
/** The Deployment's revisions, oldest first; undefined when the Deployment does not exist. */
async function deploymentHistory(client, { name, namespace }) {
    const dep = (await client.get('deployment.apps', name, namespace));
    if (!dep)
        return undefined;
    const { stdout } = await client.read([
        'get',
        'replicasets.apps',
        '--namespace',
        namespace,
        '-o',
        'json',
    ]);
    const items = parseJson(stdout, 'kubectl get replicasets').items ?? [];
    const revisions = items
        .filter((rs) => (rs.metadata.ownerReferences ?? []).some((r) => r.kind === 'Deployment' && r.controller === true && r.uid === dep.metadata.uid))
        .map((rs) => ({
        revision: Number(rs.metadata.annotations?.[REVISION] ?? 0),
        images: imagesOfTemplate(rs),
    }))
        .filter((r) => r.revision > 0)
        .sort((a, b) => a.revision - b.revision);
    return { name, current: Number(dep.metadata.annotations?.[REVISION] ?? 0), revisions };
}
/** A rollback target that does not exist: names what, which revision, and those kept. */
function pickRevisionError(subject, problem, kept, listCommand) {
    return new Error(`${subject} has ${problem}; revisions kept: ${kept.length ? kept.join(', ') : 'none'} (${listCommand})`);
}
/** The revision to go back to, or an error naming the workload, the revision and what exists. */
function pickRevision(history, target) {
    const found = target === 'previous'
        ? history.revisions.filter((r) => r.revision < history.current).at(-1)
        : history.revisions.find((r) => r.revision === target);
    if (found)
        return found;
    throw pickRevisionError(`deployment/${history.name}`, target === 'previous'
        ? `no revision before its current one (${history.current})`
        : `no revision ${target}`, history.revisions.map((r) => r.revision), `kubectl rollout history deployment/${history.name}`);
}
/** A copy of `o` whose containers run the images of `revision` (matched by container name). */
function withRevisionImages(o, revision) {
    const copy = structuredClone(o);
    for (const c of containersOf(copy)) {
        const image = revision.images.get(c.name);
        if (image)
            c.image = image;
    }
    return copy;
}

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
    RollbackToRevision: 'rollback-to-revision',
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
    Changes: 'changes',
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
    const release = rules/* helmRelease */.Mu(Inputs.Release, pick(optional(source, Inputs.Release), file?.release, 'airflow') ?? '');
    const namespace = rules/* dnsLabel */.UG(Inputs.Namespace, pick(optional(source, Inputs.Namespace), file?.namespace, 'airflow') ?? '');
    // Required, not defaulted: the pin belongs in the workflow, where a bump is a reviewed change.
    const chartVersion = helm_airflow/* chartVersion */.X9(Inputs.ChartVersion, requiredFrom(Inputs.ChartVersion, optional(source, Inputs.ChartVersion), file?.chartVersion, `(an exact version; ${TESTED_CHART_VERSION} is the one this action is tested with)`))
        .replace(/^v/, '');
    const chartRepo = helm_airflow/* chartRepo */.z4(Inputs.ChartRepo, pick(optional(source, Inputs.ChartRepo), file?.chartRepo, DEFAULT_CHART_REPO) ?? '');
    const filesInput = parseList(optional(source, Inputs.ValuesFiles));
    const valuesFiles = (filesInput.length > 0 ? filesInput : (file?.valuesFiles ?? [])).map((f) => rules/* safeValue */.pI(Inputs.ValuesFiles, f));
    const imageText = pick(optional(source, Inputs.Image), file?.image);
    const airflowVersion = pick(optional(source, Inputs.AirflowVersion), file?.airflowVersion);
    const logFolder = pick(optional(source, Inputs.LogFolder), file?.logFolder);
    const repo = pick(optional(source, Inputs.GitSyncRepo), file?.gitSync?.repo);
    const branch = pick(optional(source, Inputs.GitSyncBranch), file?.gitSync?.branch, 'main') ?? 'main';
    const subPath = source(Inputs.GitSyncSubpath).trim() || file?.gitSync?.subPath || '';
    const knownHosts = pick(optional(source, Inputs.GitKnownHosts), file?.gitSync?.knownHosts);
    // Secrets are read raw: a key's trailing newline matters to ssh.
    const sshKeyRaw = source(Inputs.GitSshKey);
    const gitSshKey = sshKeyRaw.trim()
        ? helm_airflow/* sshPrivateKey */.n8(Inputs.GitSshKey, sshKeyRaw)
        : undefined;
    if (gitSshKey && !repo) {
        throw new errors/* ConfigurationError */.j1(Inputs.GitSshKey, `is only used with ${Inputs.GitSyncRepo}; set it too`);
    }
    const password = source(Inputs.AdminPassword);
    const timeoutText = pick(optional(source, Inputs.Timeout), file?.timeout, '10m') ?? '10m';
    const timeoutMs = rules/* duration */.p0(Inputs.Timeout, timeoutText);
    if (timeoutMs < MIN_TIMEOUT_MS || timeoutMs > MAX_TIMEOUT_MS) {
        throw new errors/* ConfigurationError */.j1(Inputs.Timeout, `must be between 1m and 1h (got "${timeoutText}"): helm may wait this long and then roll back for as long again, and both must fit in the job's timeout-minutes`);
    }
    const recoverText = optional(source, Inputs.RecoverPendingAfter);
    const recoverPendingAfterMs = recoverText
        ? rules/* duration */.p0(Inputs.RecoverPendingAfter, recoverText)
        : Math.max(timeoutMs + 5 * 60_000, 15 * 60_000);
    if (recoverPendingAfterMs <= timeoutMs) {
        throw new errors/* ConfigurationError */.j1(Inputs.RecoverPendingAfter, `must be longer than timeout (${timeoutText}), or a helm operation that is still running could be rolled back`);
    }
    const helmVersion = pick(optional(source, Inputs.HelmVersion), file?.helmVersion);
    const adminUser = pick(optional(source, Inputs.AdminUsername), file?.admin?.username);
    const adminEmail = pick(optional(source, Inputs.AdminEmail), file?.admin?.email);
    return {
        release,
        namespace,
        chartVersion,
        chartRepo,
        valuesFiles,
        values: optional(source, Inputs.Values),
        configValues: file?.values,
        image: imageText ? helm_airflow/* imageRef */.D6(Inputs.Image, imageText) : undefined,
        airflowVersion: airflowVersion &&
            helm_airflow/* exactVersion */.y(Inputs.AirflowVersion, airflowVersion).replace(/^v/, ''),
        serviceAccount: rules/* dnsSubdomain */.ou(Inputs.ServiceAccount, pick(optional(source, Inputs.ServiceAccount), file?.serviceAccount, 'airflow-ksa') ?? ''),
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
        forceUpgrade: booleanInput(source, Inputs.ForceUpgrade, false),
        rollback: parseRollbackTarget(Inputs.RollbackToRevision, source(Inputs.RollbackToRevision)),
        dryRun: booleanInput(source, Inputs.DryRun, false),
    };
}
/** Secrets to mask before anything runs. */
function secretsOf(inputs) {
    return [inputs.gitSshKey, inputs.admin.password].filter((s) => Boolean(s));
}

;// CONCATENATED MODULE: ./src/lib/tools/kubectl.ts
/** The kubectl wrapper: JSON reads with NotFound as undefined, server-side apply from stdin. */

/** The field manager our server-side applies are recorded under. */
const FIELD_MANAGER = 'gke-data-platform';
/** The API group of an apiVersion: '' for the core group (`v1`), `apps` for `apps/v1`. */
function apiGroupOf(apiVersion) {
    const slash = apiVersion.indexOf('/');
    return slash > 0 ? apiVersion.slice(0, slash) : '';
}
/** `kind.group` as kubectl names a resource type, so custom kinds resolve unambiguously. */
function resourceType(o) {
    const group = apiGroupOf(o.apiVersion);
    return `${o.kind.toLowerCase()}${group ? `.${group}` : ''}`;
}
const MANAGED_BY_LABEL = { 'app.kubernetes.io/managed-by': FIELD_MANAGER };
/** A Namespace we create, labelled as ours (so nothing we did not create is taken for ours). */
function managedNamespace(name) {
    return {
        apiVersion: 'v1',
        kind: 'Namespace',
        metadata: { name, labels: { ...MANAGED_BY_LABEL } },
    };
}
/**
 * Serialises objects as a multi-document YAML stream for `kubectl apply -f -`. The YAML
 * library is loaded on first use to keep it off every action's start-up path.
 */
async function toYamlStream(objects) {
    const { stringify } = await __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19));
    return objects.map((o) => stringify(o, { lineWidth: 0 })).join('---\n');
}
function kubectl_applyArgs(options = {}) {
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
/**
 * Keeps only kubectl's own error lines: on some failures kubectl echoes the object it tried to
 * send ("error when applying patch: {...}"), which for a Secret is its data (F36). kubectl
 * builds that message as "applying patch:\n<patch>\nto:\n<object info>\nfor:" in
 * pkg/cmd/apply/apply.go (line 749 at kubernetes/kubectl@dee3483), through AddSourceToErr in
 * pkg/cmd/util/helpers.go ("error when %s %q: %v"); the patch bytes are the object's content.
 * A server-side apply fails as "error when serverside-apply" (apply.go line 579), one line.
 * When no line is kubectl's own, the first line alone is kept, cut to 400 characters.
 */
function sanitizeApplyError(stderr) {
    const cut = (l) => (l.length > 400 ? `${l.slice(0, 400)}…` : l);
    const kept = stderr
        .split('\n')
        .map((l) => l.replace(/(error when (?:applying patch|creating|retrieving (?:current|modified) configuration))[\s\S]*$/i, '$1'))
        .filter((l) => /^(error|Error from server|Warning|unable|the server)/i.test(l.trim()))
        .map(cut)
        .join('\n');
    return kept || cut(stderr.split('\n')[0] ?? '');
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
            return tool_parseJson(result.stdout, `kubectl get ${kind}/${name}`);
        }
        catch (err) {
            if (isNotFound(err))
                return undefined;
            throw err;
        }
    }
    /**
     * The one `kubectl apply`: server-side, from stdin, retried on transient failures (apply is
     * idempotent: F50), with errors cut to kubectl's own lines. Secrets go this way too:
     * client-side apply would copy their data into the last-applied-configuration annotation.
     */
    async apply(objects, options = {}) {
        const result = await this.mutate(kubectl_applyArgs(options), {
            stdin: await toYamlStream(objects),
            sanitize: sanitizeApplyError,
        });
        return result.stdout.trim();
    }
}

;// CONCATENATED MODULE: ./src/actions/helm-airflow/jobs.ts


/** The Jobs the chart renders with these values (both can be disabled). */
function chartJobNames(release, values) {
    const enabled = (key) => values[key]?.enabled !== false;
    const names = [];
    if (enabled('migrateDatabaseJob'))
        names.push(`${release}-run-airflow-migrations`);
    if (enabled('createUserJob'))
        names.push(`${release}-create-user`);
    return names;
}
/** Complete / Failed conditions as the Job controller sets them (batch/v1 JobConditionType). */
function jobState(job) {
    if (!job)
        return { state: 'absent' };
    const cond = (type) => job.status?.conditions?.find((c) => c.type === type && c.status === 'True');
    const failed = cond('Failed');
    if (failed)
        return { state: 'failed', reason: failed.reason ?? failed.message };
    if (cond('Complete'))
        return { state: 'complete' };
    return { state: 'running' };
}
/**
 * One `kubectl get KIND A B ... --ignore-not-found -o json` for several names: kubectl prints
 * nothing when none exists, the object itself for one name, a List for several.
 */
async function getNamed(kubectl, kind, names, namespace) {
    const found = new Map();
    if (names.length === 0)
        return found;
    const { stdout } = await kubectl.read([
        'get',
        kind,
        ...names,
        '--namespace',
        namespace,
        '--ignore-not-found',
        '-o',
        'json',
    ]);
    if (!stdout.trim())
        return found;
    const doc = tool_parseJson(stdout, `kubectl get ${kind}`);
    const items = 'items' in doc && Array.isArray(doc.items) ? doc.items : [doc];
    for (const item of items)
        found.set(item.metadata.name, item);
    return found;
}
async function observeJobs(kubectl, namespace, release, names) {
    const jobs = await getNamed(kubectl, 'job', names, namespace);
    return names.map((name) => {
        const job = jobs.get(name);
        return {
            name,
            ...jobState(job),
            ours: job?.metadata.annotations?.['meta.helm.sh/release-name'] === release,
        };
    });
}
const deleteJobArgs = (namespace, names) => [
    'delete',
    'job',
    ...names,
    '--namespace',
    namespace,
    '--ignore-not-found',
];
/** Only when an upgrade will run: finished Jobs of this release go first. */
function planJobDeletion(namespace, jobs) {
    const finished = (jobs ?? []).filter((j) => j.ours && (j.state === 'complete' || j.state === 'failed'));
    const warnings = (jobs ?? [])
        .filter((j) => j.ours && j.state === 'running')
        .map((j) => `job ${namespace}/${j.name} is still running; it is left alone, and if the upgrade changes its pod template helm will fail with "field is immutable" (apache/airflow#27561)`);
    if (finished.length === 0)
        return { warnings };
    const names = finished.map((j) => j.name);
    return {
        warnings,
        change: {
            resource: `job/${namespace}/${names.join(',')}`,
            action: 'update',
            reason: `delete the finished chart Job(s) before the upgrade: a Job's pod template is immutable, so helm could not change them (apache/airflow#27561); helm recreates and --wait-for-jobs waits for them`,
            commands: [formatCommand({ tool: 'kubectl', args: deleteJobArgs(namespace, names) })],
            op: { type: 'delete-jobs', names },
        },
    };
}
async function deleteJobs(kubectl, namespace, names) {
    await kubectl.mutate(deleteJobArgs(namespace, names));
    return `deleted ${names.join(', ')}`;
}
class JobFailedError extends Error {
    name = 'JobFailedError';
}
/**
 * After the upgrade: a chart Job that failed fails the step (it should already have failed
 * helm through --wait-for-jobs; this catches a helm that did not wait). An absent Job was
 * removed by its ttlSecondsAfterFinished, which only starts once it finished.
 */
async function verifyJobs(kubectl, namespace, release, names) {
    const jobs = await observeJobs(kubectl, namespace, release, names);
    const failed = jobs.filter((j) => j.state === 'failed' || j.state === 'running');
    if (failed.length > 0) {
        throw new JobFailedError(`chart job(s) did not succeed: ${failed.map((j) => `${j.name} is ${j.state}${j.reason ? ` (${j.reason})` : ''}`).join('; ')}. ` +
            `Read their logs with: kubectl logs job/${failed[0]?.name ?? ''} --namespace ${namespace}`);
    }
    return jobs.map((j) => `${j.name}: ${j.state === 'absent' ? 'finished and removed' : 'succeeded'}`);
}

;// CONCATENATED MODULE: ./src/actions/helm-airflow/secrets.ts
/**
 * The Airflow key Secrets helm-airflow owns (issue 12, item 4). Left to the chart, the JWT
 * secret and the API secret key are rendered with `randAlphaNum` on every `helm upgrade`
 * (chart/templates/secrets/jwt-secret.yaml, api-secret-key-secret.yaml; values.yaml: "not
 * advised to use in production as during helm upgrade it will be changed"), so every upgrade
 * would log users out and break running task tokens. We create each one once, with random
 * bytes from node:crypto, and point the chart at it with `<x>SecretName`; a re-run only
 * observes that it exists and never rewrites it.
 *
 * Keys each Secret must hold (chart templates/secrets/*.yaml and _helpers.yaml
 * `standard_airflow_environment`): `fernet-key`, `jwt-secret`, `api-secret-key` (Airflow 3),
 * `webserver-secret-key` (Airflow 2).
 */





/**
 * A Fernet key is "32 url-safe base64-encoded bytes": pyca/cryptography fernet.py decodes it
 * with base64.urlsafe_b64decode and raises unless it is 32 bytes (padding included, as
 * Fernet.generate_key() writes it).
 */
const fernetKey = () => (0,external_node_crypto_namespaceObject.randomBytes)(32).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
/** Flask/JWT signing keys: 64 random bytes as hex (the chart itself uses 32-128 chars). */
const signingKey = () => (0,external_node_crypto_namespaceObject.randomBytes)(64).toString('hex');
/**
 * Which Secrets the release needs, by Airflow major. Chart names from _helpers.yaml:
 * `fernet_key_secret` = RELEASE-fernet-key, `webserver_secret_key_secret` =
 * RELEASE-webserver-secret-key; api-secret-key-secret.yaml uses FULLNAME-api-secret-key and
 * jwt-secret.yaml the `jwt_secret` helper (FULLNAME-jwt-secret).
 */
function airflowKeySecrets(inputs, major, fullname) {
    const r = inputs.release;
    const secrets = [
        {
            valuesKey: 'fernetKeySecretName',
            inlineKey: 'fernetKey',
            name: `${r}-static-fernet-key`,
            dataKey: 'fernet-key',
            chartName: `${r}-fernet-key`,
            generate: fernetKey,
        },
    ];
    if (major >= 3) {
        secrets.push({
            valuesKey: 'jwtSecretName',
            inlineKey: 'jwtSecret',
            name: `${r}-static-jwt-secret`,
            dataKey: 'jwt-secret',
            chartName: `${fullname}-jwt-secret`,
            generate: signingKey,
        }, {
            valuesKey: 'apiSecretKeySecretName',
            inlineKey: 'apiSecretKey',
            name: `${r}-static-api-secret-key`,
            dataKey: 'api-secret-key',
            chartName: `${fullname}-api-secret-key`,
            generate: signingKey,
        });
    }
    else {
        secrets.push({
            valuesKey: 'webserverSecretKeySecretName',
            inlineKey: 'webserverSecretKey',
            name: `${r}-static-webserver-secret-key`,
            dataKey: 'webserver-secret-key',
            chartName: `${r}-webserver-secret-key`,
            generate: signingKey,
        });
    }
    return secrets;
}
/** The chart's `airflow.fullname` helper (_helpers.yaml): override, else RELEASE[-airflow]. */
function chartFullname(release, values) {
    const override = values.fullnameOverride;
    if (typeof override === 'string' && override)
        return override.slice(0, 63).replace(/-$/, '');
    const name = typeof values.nameOverride === 'string' && values.nameOverride
        ? values.nameOverride
        : 'airflow';
    return (release.includes(name) ? release : `${release}-${name}`).slice(0, 63).replace(/-$/, '');
}
/** `data`, not `stringData`: stringData does not work well with server-side apply. */
function keySecretObject(namespace, secret, value) {
    return {
        apiVersion: 'v1',
        kind: 'Secret',
        metadata: { name: secret.name, namespace, labels: { ...MANAGED_BY_LABEL } },
        type: 'Opaque',
        data: { [secret.dataKey]: Buffer.from(value, 'utf8').toString('base64') },
    };
}
async function observeKeySecrets(kubectl, namespace, secrets) {
    const found = await getNamed(kubectl, 'secret', secrets.map((s) => s.name), namespace);
    return Object.fromEntries(secrets.map((s) => [s.name, found.has(s.name) ? 'present' : 'absent']));
}
/** The ones the merged values point at (a name or inline key the user set is theirs). */
function secretsToOwn(inputs, major, fullname, values) {
    return airflowKeySecrets(inputs, major, fullname).filter((s) => values[s.valuesKey] === s.name);
}
/** secretsToOwn() for these inputs and values (the offline plan has no reconciler). */
const ownedKeySecrets = (inputs, values) => secretsToOwn(inputs, airflowMajor(inputs), chartFullname(inputs.release, values), values);
function planKeySecrets(namespace, secrets, observed, namespaceExists) {
    return secrets.map((s) => {
        const resource = `secret/${namespace}/${s.name}`;
        const state = observed?.[s.name];
        if (state === 'present')
            return {
                resource,
                action: 'noop',
                reason: `holds ${s.dataKey} (${s.valuesKey}); kept as it is, never rotated`,
                commands: [],
            };
        return {
            resource,
            action: 'create',
            reason: state === 'absent'
                ? `does not exist: a random ${s.dataKey} is created once for ${s.valuesKey}`
                : `not observed; created once with a random ${s.dataKey} for ${s.valuesKey} if absent (an existing one is kept)`,
            commands: [formatCommand({ tool: 'kubectl', args: kubectl_applyArgs() })],
            op: { type: 'key-secrets', names: [s.name], withNamespace: namespaceExists !== true },
        };
    });
}
/**
 * Creates the Secrets named in `op`. On the first run after the chart generated its own
 * (an existing release), its value is adopted: a new Fernet key would make every connection
 * and variable already encrypted unreadable. Every value is masked before kubectl sees it.
 */
async function applyKeySecrets(kubectl, namespace, secrets, op, mask) {
    const objects = [];
    if (op.withNamespace)
        objects.push(managedNamespace(namespace));
    let adopted = 0;
    const wanted = secrets.filter((x) => op.names.includes(x.name));
    const charts = op.withNamespace
        ? new Map()
        : await getNamed(kubectl, 'secret', wanted.map((s) => s.chartName), namespace);
    for (const s of wanted) {
        const existing = charts.get(s.chartName)?.data?.[s.dataKey];
        const value = existing ? Buffer.from(existing, 'base64').toString('utf8') : s.generate();
        if (existing)
            adopted += 1;
        mask(value);
        objects.push(keySecretObject(namespace, s, value));
    }
    await kubectl.apply(objects);
    return `created (server-side apply from stdin${adopted ? `, value adopted from the chart's own Secret` : ', random value'})`;
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
/** Owner of the *SecretName values: the Secrets this action creates once (secrets.ts). */
const KEY_SECRETS_OWNER = '(airflow key secrets)';
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
    const doc = await parseYamlDocument(text, { input, where });
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
        const text = await readInputFile(Inputs.ValuesFiles, file);
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
        // The chart renders repo@digest whenever a digest is set (_helpers.yaml "airflow_image"), so
        // a tag-only ref clears it. The tag is set as well: KubernetesExecutor task pods take
        // `worker_container_tag`, which the chart builds from images.airflow.tag, never the digest.
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
        // With Workload Identity the GCS handler should use Application Default Credentials: an
        // empty id does that, while `google_cloud_default` without such a connection breaks task
        // logs on Airflow 3.0.x/3.1 (apache/airflow#54498, #56120). A connection the user names wins.
        owned.push({
            path: ['config', 'logging', 'remote_log_conn_id'],
            value: '',
            input: Inputs.LogFolder,
            userWins: true,
        });
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
    // Keys the chart would otherwise regenerate on upgrade live in Secrets we own (secrets.ts).
    // A Secret name or an inline key the user sets is theirs (the chart prefers the name).
    for (const secret of airflowKeySecrets(inputs, major, inputs.release)) {
        owned.push({
            path: [secret.valuesKey],
            value: secret.name,
            input: KEY_SECRETS_OWNER,
            userWins: true,
            yieldsTo: [[secret.inlineKey]],
        });
    }
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
        if (o.userWins && mine.found)
            continue;
        if (o.yieldsTo?.some((p) => lookup(user, p).found))
            continue;
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
    checkImageForExecutor(inputs, values);
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
/**
 * Executors that start task pods from `[kubernetes_executor] worker_container_repository:
 * worker_container_tag` (Airflow 3 accepts a comma-separated list of executors).
 */
function runsTaskPods(values) {
    const executor = typeof values.executor === 'string' ? values.executor : CHART_DEFAULT_EXECUTOR;
    return executor.split(',').some((e) => /KubernetesExecutor$/.test(e.trim()));
}
/** chart 1.22.0 values.yaml `executor`. */
const CHART_DEFAULT_EXECUTOR = 'CeleryExecutor';
/**
 * Item 1 of issue 12 [F28]: the chart renders `worker_container_tag` from images.airflow.tag
 * or defaultAirflowTag, never from the digest (chart values.yaml `config.kubernetes_executor`),
 * so with a digest-only image every task pod would pull `REPO:<chart default tag>`, a tag that
 * was never pushed. Refused before any command runs.
 */
function checkImageForExecutor(inputs, values) {
    if (!inputs.image?.digest || inputs.image.tag || !runsTaskPods(values))
        return;
    throw new errors/* ConfigurationError */.j1(Inputs.Image, `is a digest without a tag (${inputs.image.repository}@${inputs.image.digest}), but executor ${String(values.executor)} starts task pods from images.airflow.tag, which the chart never derives from the digest; ` +
        `pass REPO:TAG@sha256:DIGEST (both parts of the pushed image) so the chart pins its own pods by digest and task pods pull TAG`);
}
/** The merged values as YAML for summaries and plans (yaml is loaded only here, at the end). */
async function valuesYaml(values) {
    const { stringify } = await __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19));
    return stringify(values, { lineWidth: 0 });
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
const deployApplyArgs = () => applyArgs({ forceConflicts: true });
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
class K8sClient extends Kubectl {
    progress = new Map();
    /** A rollout wait is many short polls: print each new status as it comes, once. */
    showProgress(workload, message) {
        if (!message || this.progress.get(workload) === message)
            return;
        this.progress.set(workload, message);
        this.ctx.logger.info(this.ctx.runner.redactor.redact(`${workload}: ${message}`));
    }
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
            throw this.failure(spec, result, sanitizeApplyError);
        }, {
            label: formatCommand(spec, this.ctx.runner.redactor),
            logger: this.ctx.logger,
            clock: this.ctx.clock,
        });
    }
    /** The deploy's apply: the one `kubectl apply` path, taking over conflicting fields. */
    async applyObjects(objects) {
        return this.apply(objects, { forceConflicts: true });
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
            this.showProgress(`${kind.toLowerCase()}/${name}`, stdout.trim());
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
        const pods = tool_parseJson(stdout, 'kubectl get pods').items ?? [];
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
        const items = tool_parseJson(stdout, 'kubectl get events').items ?? [];
        const when = (e) => e.lastTimestamp ?? e.eventTime ?? e.metadata?.creationTimestamp ?? '';
        return items
            .filter((e) => names.some((n) => (e.involvedObject?.name ?? '').startsWith(n)))
            .sort((a, b) => when(a).localeCompare(when(b)));
    }
}

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
                reason: `not rolled out within ${formatDuration(options.timeoutMs)} (${status.message})`,
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

;// CONCATENATED MODULE: ./src/actions/helm-airflow/diagnostics.ts
/**
 * What went wrong after a failed upgrade (F42): the release's pods with a waiting container
 * (the chart labels every pod `release: RELEASE`) and the recent events of its objects, read
 * through the shared src/lib/k8s helpers deploy-app uses too. Best effort: a failed read
 * becomes a line in the report, never a second error.
 */



const noDiagnostics = (why) => ({
    pods: [],
    section: '',
    problems: [why],
});
async function collectDiagnostics(ctx, namespace, release) {
    const client = new K8sClient(ctx);
    const problems = [];
    let pods = [];
    try {
        pods = await client.podProblems(namespace, { release });
    }
    catch (err) {
        problems.push(`could not list pods: ${(0,errors/* errorMessage */.gJ)(err)}`);
    }
    const section = await workloadDiagnostics(client, namespace, release, pods);
    return { pods, section, problems };
}
/** One line for the error message: which pods are stuck and why. */
function diagnosticsLine(d) {
    return d.pods.length
        ? `unready pods: ${d.pods.map((p) => `${p.pod} (${p.container}: ${p.reason})`).join('; ')}`
        : 'no waiting pods of the release found';
}
function diagnosticsMarkdown(d) {
    return ['### Failure diagnostics', d.section, ...d.problems.map((p) => `> ${p}`)]
        .filter(Boolean)
        .join('\n\n');
}

;// CONCATENATED MODULE: ./src/actions/helm-airflow/fingerprint.ts
/**
 * What the last upgrade deployed, readable by a read-only planner without any secret.
 *
 * Helm keeps each revision, with every value (passwords included), in a release Secret
 * (`sh.helm.release.v1.<release>.v<n>`, https://helm.sh/docs/topics/advanced/#storage-backends),
 * so `helm history`, `helm status` and `helm get values` all read Secret data, which a planner
 * must not hold. Instead every successful upgrade records a fingerprint of the chart and the
 * values on a ConfigMap we own, `<release>-deploy-state`, and the plan compares against that.
 *
 * The fingerprint leaves secret values out entirely (not hashed: a hash of a weak password
 * published to every reader could be reversed by guessing), and also the values whose presence
 * depends on a secret input being given (`dags.gitSync.sshKeySecret`), because a plan runs
 * without secrets. A change of a secret alone is therefore not seen by the plan; a deploy still
 * applies it (the deployer compares the release's own values).
 */




const FINGERPRINT_ANNOTATION = 'gke-data-platform/values-fingerprint';
const CHART_ANNOTATION = 'gke-data-platform/chart-version';
const SECRET_DEPENDENT = new Set(['dags.gitSync.sshKeySecret']);
const deployStateName = (release) => `${release}-deploy-state`.slice(0, 253);
const fingerprint_isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/**
 * The values without secrets, keys sorted, so equal values always print the same. A map left
 * empty is dropped too (`defaultUser: {}` once its password is gone): Helm merges an empty map
 * over the chart's as a no-op, and a plan without the secret would not have it at all.
 */
function publicValues(value, path = '') {
    if (Array.isArray(value))
        return value.map((v) => publicValues(v, path));
    if (!fingerprint_isObject(value))
        return value;
    const entries = Object.keys(value)
        .sort()
        .filter((k) => !isSecretKey(k) && !SECRET_DEPENDENT.has(path ? `${path}.${k}` : k))
        .map((k) => [k, publicValues(value[k], path ? `${path}.${k}` : k)])
        .filter(([, v]) => !(fingerprint_isObject(v) && Object.keys(v).length === 0));
    return Object.fromEntries(entries);
}
function valuesFingerprint(chart, chartVersion, values) {
    const text = JSON.stringify({ chart, chartVersion, values: publicValues(values) });
    return `sha256:${(0,external_node_crypto_namespaceObject.createHash)('sha256').update(text).digest('hex')}`;
}
/** Reads the record (a ConfigMap: the planner's RBAC allows get on configmaps, not secrets). */
async function readDeployState(kubectl, release, namespace) {
    try {
        const cm = await kubectl.get('configmap', deployStateName(release), namespace);
        const fingerprint = cm?.metadata.annotations?.[FINGERPRINT_ANNOTATION];
        if (!cm || !fingerprint)
            return { state: 'absent' };
        return {
            state: 'recorded',
            fingerprint,
            chartVersion: cm.metadata.annotations?.[CHART_ANNOTATION] ?? '',
        };
    }
    catch (err) {
        if (err instanceof errors/* CommandError */.Qd && err.kind === 'permission') {
            return {
                state: 'not-observable',
                why: `not observable: forbidden to read configmap ${deployStateName(release)} (${err.stderr.trim().split('\n')[0] ?? ''})`,
            };
        }
        throw err;
    }
}
function deployStateObject(release, namespace, chartVersion, fingerprint) {
    return {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: {
            name: deployStateName(release),
            namespace,
            labels: { ...MANAGED_BY_LABEL },
            annotations: { [FINGERPRINT_ANNOTATION]: fingerprint, [CHART_ANNOTATION]: chartVersion },
        },
    };
}
/**
 * Written only after an upgrade (or a rollback) succeeded, so the record never runs ahead of
 * the release; `stamp` adds the run's provenance (provenance.ts).
 */
async function writeDeployState(kubectl, release, namespace, chartVersion, fingerprint, stamp = (cm) => cm) {
    await kubectl.apply([stamp(deployStateObject(release, namespace, chartVersion, fingerprint))]);
}
/**
 * The plan's release Change from the record alone (dry run: no `helm history`). Same record
 * and no force-upgrade: noop; otherwise the upgrade a deploy would run, with why.
 */
function planFromDeployState(resource, desired, recorded, forceUpgrade, command) {
    const upgrade = (reason, install = false) => ({
        resource,
        action: install ? 'create' : 'update',
        reason,
        commands: [command],
        op: { type: 'upgrade', install },
    });
    if (recorded.state === 'not-observable')
        return upgrade(`${recorded.why}; install or upgrade`);
    if (recorded.state === 'absent') {
        return upgrade(`no deploy-state record (configmap ${resource.split('/').pop() ?? ''}-deploy-state): installed by an older version or not yet, so the upgrade runs; Helm's release history is not read by a plan (its Secrets hold every value)`);
    }
    if (recorded.fingerprint !== desired.fingerprint) {
        const chart = recorded.chartVersion && recorded.chartVersion !== desired.chartVersion
            ? `chart ${recorded.chartVersion} -> ${desired.chartVersion}; `
            : '';
        return upgrade(`${chart}chart or values differ from the last upgrade (fingerprint)`);
    }
    if (forceUpgrade)
        return upgrade('force-upgrade is set');
    return {
        resource,
        action: 'noop',
        reason: `the last upgrade deployed chart ${desired.chartVersion} with the same values (fingerprint); upgrade skipped`,
        commands: [],
    };
}
const UNOBSERVABLE_SECRETS = {
    'ssh-secret': 'not observable: a plan never reads Secrets; a deploy applies it server-side from stdin',
    'key-secrets': 'not observable: a plan never reads Secrets; a deploy creates it once if it is missing',
};
/** A plan made without reading Helm's release Secrets: the release from the record, the SSH-key Secret unobserved. */
function readOnlyPlan(plan, desired, recorded, forceUpgrade) {
    return {
        ...plan,
        changes: plan.changes.map((c) => {
            if (c.op?.type === 'upgrade') {
                return planFromDeployState(c.resource, desired, recorded, forceUpgrade, c.commands[0] ?? '');
            }
            // A Secret is never read, so a plan cannot claim it changed: a deploy re-applies the SSH
            // key (same data: no-op) and creates a missing key Secret once, never rewriting one (#12).
            const unseen = UNOBSERVABLE_SECRETS[c.op?.type ?? ''];
            if (unseen)
                return { resource: c.resource, action: 'noop', reason: unseen, commands: [] };
            return c;
        }),
    };
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
        const line = formatCommand({ tool: 'kubectl', args: kubectl_applyArgs() });
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
    // Before the install: the chart's pods read these Secrets from their first start.
    changes.push(...planKeySecrets(ns, desired.keySecrets ?? [], observed.keySecrets, observed.namespaceExists));
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
    const jobs = planJobDeletion(ns, observed.jobs);
    const upgradeChanges = (install, action, reason) => {
        warnings.push(...jobs.warnings);
        if (jobs.change)
            changes.push(jobs.change);
        changes.push({
            resource,
            action,
            reason: `${reason}${imageNote(desired.values)}`,
            commands: [upgradeLine],
            op: { type: 'upgrade', install },
        });
    };
    if (releaseGone || !last) {
        upgradeChanges(true, 'create', history === undefined
            ? `not observed; install or upgrade to chart ${inputs.chartVersion}`
            : `install chart ${inputs.chartVersion}`);
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
    upgradeChanges(false, 'update', reasons.join('; '));
    return { changes, warnings };
}
/** The image the chart's own pods run (by digest) beside the one task pods pull (by tag). */
function imageNote(values) {
    const image = values.images?.airflow;
    const repo = typeof image?.repository === 'string' ? image.repository : undefined;
    if (!repo)
        return '';
    const tag = typeof image?.tag === 'string' ? image.tag : undefined;
    const digest = typeof image?.digest === 'string' ? image.digest : undefined;
    const pods = digest ? `${repo}${tag ? `:${tag}` : ''}@${digest}` : `${repo}:${tag ?? ''}`;
    const tasks = tag ? `${repo}:${tag}` : `${repo}:<chart default tag>`;
    return `; image ${pods} (task pods: ${tasks})`;
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

;// CONCATENATED MODULE: ./src/lib/k8s/provenance.ts

const PROVENANCE_PREFIX = 'deploy.gke-data-platform.dev/';
const Provenance = {
    Commit: `${PROVENANCE_PREFIX}commit`,
    RunUrl: `${PROVENANCE_PREFIX}run-url`,
    RunAttempt: `${PROVENANCE_PREFIX}run-attempt`,
    Images: `${PROVENANCE_PREFIX}images`,
    DeployedBy: `${PROVENANCE_PREFIX}deployed-by`,
};
/** Read by `kubectl rollout history` (CHANGE-CAUSE column). */
const CHANGE_CAUSE = 'kubernetes.io/change-cause';
const KEYS = new Set([...Object.values(Provenance), CHANGE_CAUSE]);
/** True for every annotation this module writes (and a plan must not count as a difference). */
const isProvenanceKey = (key) => KEYS.has(key);
const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
const REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
const SERVER = /^https?:\/\/[A-Za-z0-9.-]+(?::[0-9]+)?$/;
/** From the runner's variables; a value that does not look like one is left out, not written. */
function provenanceFromEnv(env, action = 'deploy') {
    const sha = env.GITHUB_SHA?.trim().toLowerCase();
    const server = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
    const repo = env.GITHUB_REPOSITORY ?? '';
    const runId = env.GITHUB_RUN_ID ?? '';
    const attempt = env.GITHUB_RUN_ATTEMPT ?? '';
    const runUrl = SERVER.test(server) && REPOSITORY.test(repo) && /^[0-9]+$/.test(runId)
        ? `${server}/${repo}/actions/runs/${runId}`
        : undefined;
    return {
        ...(sha && SHA.test(sha) ? { commit: sha } : {}),
        ...(runUrl ? { runUrl } : {}),
        ...(runUrl && /^[0-9]+$/.test(attempt) ? { runAttempt: attempt } : {}),
        deployedBy: env.GITHUB_ACTIONS === 'true' ? 'github-actions' : 'cli',
        action,
    };
}
/** `owner/repo` of a run URL this module wrote (`<server>/<owner>/<repo>/actions/runs/<id>`). */
function repositoryOfRunUrl(url) {
    const m = /^https?:\/\/[^/]+\/([^/]+\/[^/]+)\/actions\/runs\/[0-9]+$/.exec(url ?? '');
    return m?.[1] !== undefined && REPOSITORY.test(m[1]) ? m[1] : undefined;
}
/** The repository a run deploys from (GITHUB_REPOSITORY), when the runner set a valid one. */
function repositoryFromEnv(env = process.env) {
    const repo = env.GITHUB_REPOSITORY?.trim();
    return repo && REPOSITORY.test(repo) ? repo : undefined;
}
/** The run's provenance; outside Actions the commit comes from git when there is a checkout. */
async function resolveProvenance(tools, env = process.env, action = 'deploy') {
    const found = provenanceFromEnv(env, action);
    if (found.commit || found.deployedBy !== 'cli' || !(await tools.runner.has('git')))
        return found;
    const head = await tools.runner.run({
        tool: 'git',
        args: ['rev-parse', 'HEAD'],
        mutating: false,
    });
    const sha = head.stdout.trim().toLowerCase();
    return head.exitCode === 0 && SHA.test(sha) ? { ...found, commit: sha } : found;
}
/** `deploy by https://github.com/o/r/actions/runs/1 (commit 0123456789ab)`. */
function changeCause(p) {
    const who = p.runUrl ?? p.deployedBy;
    return `${p.action} by ${who}${p.commit ? ` (commit ${p.commit.slice(0, 12)})` : ''}`;
}
/** `container=image` per container of a workload, in order; '' for other kinds. */
function imagesOf(o) {
    return images_containersOf(o)
        .filter((c) => c.image)
        .map((c) => `${c.name}=${c.image}`)
        .join(',');
}
/** The annotations a change by this run writes on `o`. */
function provenanceAnnotations(o, p) {
    const images = imagesOf(o);
    return {
        [Provenance.DeployedBy]: p.deployedBy,
        ...(p.commit ? { [Provenance.Commit]: p.commit } : {}),
        ...(p.runUrl ? { [Provenance.RunUrl]: p.runUrl } : {}),
        ...(p.runAttempt ? { [Provenance.RunAttempt]: p.runAttempt } : {}),
        ...(images ? { [Provenance.Images]: images } : {}),
        ...(o.kind === 'Deployment' || o.kind === 'StatefulSet'
            ? { [CHANGE_CAUSE]: changeCause(p) }
            : {}),
    };
}
/**
 * Secrets are neither stamped nor carried: carrying needs the live object, and a `get` of a
 * Secret returns its data, which this suite never reads back.
 */
const stampable = (o) => o.kind !== 'Secret';
function withAnnotations(o, set) {
    const others = Object.fromEntries(Object.entries(o.metadata.annotations ?? {}).filter(([k]) => !isProvenanceKey(k)));
    const annotations = { ...others, ...set };
    const copy = structuredClone(o);
    if (Object.keys(annotations).length > 0)
        copy.metadata.annotations = annotations;
    else
        delete copy.metadata.annotations;
    return copy;
}
/** A copy of `o` carrying the live object's provenance, so it alone never differs. */
function carryProvenance(o, live) {
    const kept = Object.fromEntries(Object.entries(live?.metadata?.annotations ?? {}).filter(([k]) => isProvenanceKey(k)));
    return stampable(o) ? withAnnotations(o, kept) : o;
}
/** A copy of `o` stamped by this run (a Secret is returned as it is). */
function stampProvenance(o, p) {
    return stampable(o) ? withAnnotations(o, provenanceAnnotations(o, p)) : o;
}

;// CONCATENATED MODULE: ./src/actions/helm-airflow/provenance.ts
/**
 * helm-airflow's provenance: the Helm release description (`helm upgrade --description`, shown
 * by `helm history`) and annotations on the `<release>-deploy-state` ConfigMap, both written
 * only with an upgrade or a rollback, so a run that changes nothing writes nothing.
 *
 * `helm rollback` has no `--description` in any released Helm (3.x: cmd/helm/rollback.go
 * flags; 4.x up to v4.2.4: pkg/cmd/rollback.go; it was added on main later, helm/helm
 * f8180e6), so a rollback's provenance goes on the deploy-state ConfigMap only; Helm itself
 * records "Rollback to N".
 */

/** The image the chart's pods run: `images.airflow` (digest first), else the chart default. */
function airflowImageOf(values) {
    const image = values?.images?.airflow;
    const text = (v) => typeof v === 'string' && v.trim() ? v.trim() : undefined;
    const repo = text(image?.repository);
    if (!repo)
        return 'the chart default image';
    const digest = text(image?.digest);
    const tag = text(image?.tag);
    return digest ? `${repo}@${digest}` : `${repo}:${tag ?? '<chart default tag>'}`;
}
/** Under 256 characters, the limit Helm puts on a rollback description (pkg/action/rollback.go). */
function releaseDescription(p, values) {
    const text = `${changeCause(p)}; image ${airflowImageOf(values)}`;
    return text.length > 256 ? `${text.slice(0, 255)}…` : text;
}
/** The deploy-state ConfigMap stamped with this run's provenance (its `images` = the Airflow image). */
function stampDeployState(cm, p, image) {
    const stamped = stampProvenance(cm, p);
    stamped.metadata.annotations = { ...stamped.metadata.annotations, [Provenance.Images]: image };
    return stamped;
}

;// CONCATENATED MODULE: ./src/actions/helm-airflow/rollback.ts
/**
 * helm-airflow's `rollback-to-revision`: the release goes back to an earlier Helm revision with
 * `helm rollback` (waiting like an upgrade: --wait, --wait-for-jobs, --timeout,
 * --cleanup-on-fail; helm v3.21.4 cmd/helm/rollback.go:79-87). The plan names the revision it
 * leaves and the one it restores, with the Airflow image of each (`helm get values
 * --revision`). Helm records "Rollback to N" as the description and released Helm has no
 * `--description` for rollback, so the run's provenance goes on the deploy-state ConfigMap,
 * whose fingerprint is replaced so the next plan sees that the release no longer runs the
 * platform file's values.
 */







const rollback_GOOD = ['deployed', 'superseded'];
/** The revision to restore, or an error naming the release, the revision and those kept. */
function targetRevision(release, history, target) {
    const current = history.at(-1);
    const found = target === 'previous'
        ? [...history].reverse().find((r) => r !== current && rollback_GOOD.includes(r.status))
        : history.find((r) => r.revision === target);
    if (!found) {
        throw pickRevisionError(`release ${release}`, target === 'previous'
            ? `no successful revision before ${current?.revision ?? '-'}`
            : `no revision ${target}`, history.map((r) => r.revision), `helm history ${release.split('/')[1] ?? release} --namespace ${release.split('/')[0] ?? ''}`);
    }
    return found;
}
/** The rollback Change; a noop when the release already runs that revision by our rollback. */
async function planRollbackTo(reconciler, inputs, target) {
    const { release: rel, namespace: ns } = inputs;
    const resource = `helm-release/${ns}/${rel}`;
    const history = await reconciler.helm.history(rel, ns);
    if (!history || history.length === 0) {
        throw new Error(`release ${ns}/${rel} does not exist: there is nothing to roll back`);
    }
    const to = targetRevision(`${ns}/${rel}`, history, target);
    const current = history.at(-1);
    const imageAt = async (revision) => airflowImageOf(await reconciler.helm.getValues(rel, ns, revision));
    const toImage = await imageAt(to.revision);
    if (typeof target === 'number' &&
        current.status === 'deployed' &&
        (current.revision === target || current.description === `Rollback to ${target}`)) {
        return {
            resource,
            action: 'noop',
            reason: `revision ${current.revision} already runs revision ${target} (image ${toImage}); nothing to roll back`,
            commands: [],
        };
    }
    const args = helmArgv.rollback(reconciler.helmMajor, rel, ns, to.revision, inputs.timeout, true);
    return {
        resource,
        action: 'update',
        reason: `roll back from revision ${current.revision} (chart ${current.chart}, image ${await imageAt(current.revision)}) to revision ${to.revision} (chart ${to.chart}, image ${toImage})`,
        commands: [formatCommand({ tool: 'helm', args })],
        op: {
            type: 'rollback-to',
            revision: to.revision,
            from: current.revision,
            image: toImage,
            chartVersion: chartVersionOf(to),
        },
    };
}
/** After a verified rollback: provenance and a fingerprint no upgrade plan will match. */
async function recordRollback(ctx, reconciler, inputs, op) {
    const run = await resolveProvenance(ctx, process.env, `rollback to revision ${op.revision}`);
    await writeDeployState(reconciler.kubectl, inputs.release, inputs.namespace, op.chartVersion, `rollback-to-revision:${op.revision}`, (cm) => stampDeployState(cm, run, op.image));
}
/** `helm rollback` to the planned revision, waited for like an upgrade. */
async function rollbackTo(reconciler, inputs, op, timeoutMs) {
    const { release: rel, namespace: ns, timeout } = inputs;
    await reconciler.helm.mutate(helmArgv.rollback(reconciler.helmMajor, rel, ns, op.revision, timeout, true), { timeoutMs, retryable: () => false });
    return `rolled back from revision ${op.from} to revision ${op.revision} (image ${op.image})`;
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
    return `airflow-${(0,external_node_crypto_namespaceObject.createHash)('sha256').update(url).digest('hex').slice(0, 8)}`;
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
const stderrOf = (err) => err instanceof errors/* CommandError */.Qd ? err.stderr : undefined;
class HelmAirflowReconciler {
    ctx;
    inputs;
    helm;
    helmMajor;
    values;
    kubectl;
    chart;
    /** The Airflow key Secrets this action owns for the release (secrets.ts). */
    keySecrets;
    constructor(ctx, inputs, helm, helmMajor, values) {
        this.ctx = ctx;
        this.inputs = inputs;
        this.helm = helm;
        this.helmMajor = helmMajor;
        this.values = values;
        this.kubectl = new Kubectl(ctx);
        this.chart = chartRef(inputs.chartRepo);
        this.keySecrets = ownedKeySecrets(inputs, values);
    }
    /** Masks a value everywhere before first use (the action's context also tells the runner). */
    mask(value) {
        const ctx = this.ctx;
        if (ctx.registerSecret)
            ctx.registerSecret(value);
        else
            ctx.runner.redactor.add(value);
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
        const namespaceExists = (await this.kubectl.get('namespace', namespace)) !== undefined;
        // Existence only: a Secret's value is never read back, so a re-run cannot rotate it.
        const keySecrets = namespaceExists
            ? await observeKeySecrets(this.kubectl, namespace, this.keySecrets)
            : Object.fromEntries(this.keySecrets.map((s) => [s.name, 'absent']));
        const jobs = namespaceExists
            ? await observeJobs(this.kubectl, namespace, release, chartJobNames(release, this.values))
            : [];
        if (this.inputs.gitSshKey) {
            const secret = namespaceExists
                ? await this.kubectl.get('secret', SSH_KEY_SECRET, namespace)
                : undefined;
            const want = Buffer.from(this.inputs.gitSshKey, 'utf8').toString('base64');
            sshSecret =
                secret === undefined ? 'absent' : secret.data?.gitSshKey === want ? 'same' : 'different';
        }
        return { history, deployedValues, sshSecret, namespaceExists, keySecrets, jobs, nowMs };
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
            case 'rollback-to':
                return rollbackTo(this, this.inputs, op, processTimeout(timeoutMs));
            case 'uninstall':
                await this.helm.mutate(helmArgv.uninstall(this.helmMajor, release, namespace, timeout), {
                    timeoutMs: processTimeout(timeoutMs),
                    retryable: never,
                });
                return 'uninstalled the never-deployed release';
            case 'ssh-secret': {
                const objects = [];
                if (op.withNamespace)
                    objects.push(managedNamespace(namespace));
                objects.push(sshSecretObject(namespace, this.inputs.gitSshKey ?? ''));
                await this.kubectl.apply(objects);
                return 'applied (server-side, from stdin)';
            }
            case 'key-secrets':
                return applyKeySecrets(this.kubectl, namespace, this.keySecrets, op, (v) => this.mask(v));
            case 'delete-jobs':
                return deleteJobs(this.kubectl, namespace, op.names);
            case 'upgrade':
                return this.upgrade(op.install);
        }
    }
    async upgrade(install) {
        const { release, namespace, chartVersion, timeout, timeoutMs } = this.inputs;
        const description = releaseDescription(await resolveProvenance(this.ctx), this.values);
        try {
            await this.withValuesFile((file) => this.helm.mutate(helmArgv.upgrade({
                major: this.helmMajor,
                release,
                chart: this.chart,
                version: chartVersion,
                namespace,
                valuesFile: file,
                timeout,
                description,
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
    /** The release must end `deployed` and the chart's Jobs must have succeeded. */
    async verify() {
        const status = await this.status();
        if (!status || status.info.status !== 'deployed') {
            throw new Error(`after the upgrade, release ${release(this.inputs)} is ${status?.info.status ?? 'missing'}, not deployed`);
        }
        const { namespace, release: rel } = this.inputs;
        for (const line of await verifyJobs(this.kubectl, namespace, rel, chartJobNames(rel, this.values)))
            this.ctx.logger.info(line);
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
        const record = (chart) => ({
            fingerprint: valuesFingerprint(chart, inputs.chartVersion, desired.values),
            chartVersion: inputs.chartVersion,
        });
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
                // kubectl observes the namespace, our key Secrets and the chart's Jobs (issue 12).
                await reconciler.kubectl.ensureAvailable();
                await reconciler.prepareChart();
            },
            async plan() {
                if (inputs.rollback !== undefined)
                    return planRollback(reconciler, inputs, desired.warnings);
                // Offline nothing can be observed: plan an install/upgrade with Helm 3 flags. A dry run
                // is a plan a read-only identity may run: Helm's history lives in Secrets that hold every
                // value, so it reads our deploy-state record instead (fingerprint.ts, issue 13).
                const readOnly = ctx.dryRun && reconciler !== undefined;
                observed =
                    reconciler && !readOnly
                        ? await reconciler.observe(ctx.clock.now())
                        : { nowMs: ctx.clock.now() };
                const chart = reconciler?.chart ?? chartRef(inputs.chartRepo);
                const keySecrets = reconciler?.keySecrets ?? ownedKeySecrets(inputs, desired.values);
                const computed = planHelmAirflow(inputs, { values: desired.values, chart, helmMajor, keySecrets }, observed);
                const plan = readOnly && reconciler
                    ? readOnlyPlan(computed, record(chart), await observeRecord(ctx, reconciler, inputs), inputs.forceUpgrade)
                    : computed;
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
                const back = applied.find((op) => op.type === 'rollback-to');
                if (back?.type === 'rollback-to') {
                    status = await ready().verify();
                    return recordRollback(ctx, ready(), inputs, back);
                }
                if (!applied.some((op) => op.type === 'upgrade'))
                    return;
                status = await ready().verify();
                // What this upgrade deployed, for the next read-only plan (written only after a change).
                await recordUpgrade(ctx, ready(), inputs, record(ready().chart), desired.values);
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
        ? await collectDiagnostics(ctx, inputs.namespace, inputs.release)
        : noDiagnostics('kubectl is not on PATH: no pod diagnostics');
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
/** The deploy-state record, or why it cannot be seen (no kubectl, or no right to read it). */
async function observeRecord(ctx, reconciler, inputs) {
    if (!(await ctx.runner.has('kubectl'))) {
        return { state: 'not-observable', why: 'not observable: kubectl is not on PATH' };
    }
    return readDeployState(reconciler.kubectl, inputs.release, inputs.namespace);
}
/** After a verified upgrade: what it deployed, for the next plan (written only then). */
async function recordUpgrade(ctx, reconciler, inputs, record, desired) {
    if (!(await ctx.runner.has('kubectl'))) {
        ctx.logger.warning(`kubectl is not on PATH: configmap ${deployStateName(inputs.release)} was not written, so plans cannot tell this release is current`);
        return;
    }
    const run = await resolveProvenance(ctx);
    await writeDeployState(reconciler.kubectl, inputs.release, inputs.namespace, record.chartVersion, record.fingerprint, (cm) => stampDeployState(cm, run, airflowImageOf(desired)));
}
/** rollback-to-revision replaces the whole plan: only the release changes. */
async function planRollback(reconciler, inputs, warnings) {
    if (!reconciler || inputs.rollback === undefined) {
        throw new errors/* ConfigurationError */.j1(ROLLBACK_INPUT, "needs the cluster: it reads the release's history");
    }
    return { changes: [await planRollbackTo(reconciler, inputs, inputs.rollback)], warnings };
}


/***/ }),

/***/ 4125:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _definition_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9465);

await (0,_definition_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .eF)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 7268:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Mm: () => (/* binding */ ToolNotFoundError),
/* harmony export */   Qd: () => (/* binding */ CommandError),
/* harmony export */   X9: () => (/* binding */ isBug),
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
/**
 * The JavaScript engine's own error types. The suite never throws these on purpose, so one of
 * them reaching the top means a bug; everything else (ConfigurationError, CommandError, a
 * rollout that failed, a tool that is missing) is an expected failure whose message already
 * says what happened.
 */
const ENGINE_ERRORS = [TypeError, RangeError, ReferenceError, SyntaxError, EvalError, URIError];
/** Whether `err` is a bug in the suite: only bugs deserve a stack trace in the debug log. */
function isBug(err) {
    if (!(err instanceof Error))
        return true;
    return ENGINE_ERRORS.some((type) => err instanceof type);
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


/** An exact chart version: a pin, never a range or "latest" (CI must be reproducible). */
const chartVersion = (0,_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .pattern */ .T1)(/^v?\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/, 'must be an exact chart version such as 1.22.0 (no ranges, not "latest")');
const exactVersion = (0,_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .pattern */ .T1)(/^v?\d+\.\d+\.\d+$/, 'must be an exact version such as 3.21.4');
const chartRepo = (0,_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .pattern */ .T1)(/^(https:\/\/|oci:\/\/)[A-Za-z0-9.-]+(:\d+)?(\/[\w.~%/-]*)?$/, 'must be an https:// chart repository or an oci:// registry path');
const logFolder = (0,_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .pattern */ .T1)(/^gs:\/\/[a-z0-9][a-z0-9._-]{1,220}[a-z0-9](\/[\w./-]*)?$/, 'must be a Cloud Storage folder such as gs://BUCKET/logs');
const gitRepo = (0,_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .pattern */ .T1)(/^(https:\/\/[\w.@:/~%-]+|ssh:\/\/[\w.@:/~%-]+|[\w.-]+@[\w.-]+:[\w./~%-]+)$/, 'must be a git URL: https://HOST/PATH, ssh://git@HOST/PATH or git@HOST:PATH');
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
    (0,_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .safeValue */ .pI)(input, v);
    if (!/^[\w.-]+(\/[\w.-]+)*\/?$/.test(v) || v.split('/').includes('..')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(input, `must be a relative folder such as dags (got "${v}")`);
    }
    return v;
}
const email = (0,_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .pattern */ .T1)(/^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/, 'must be an email address');
const userName = (0,_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .pattern */ .T1)(/^[A-Za-z0-9_.@-]{1,64}$/, 'must be 1-64 letters, digits, "_", ".", "@" or "-"');
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

/***/ 5952:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D6: () => (/* binding */ imageRef),
/* harmony export */   EB: () => (/* binding */ checkResources),
/* harmony export */   LV: () => (/* binding */ cloudSqlInstance)
/* harmony export */ });
/* unused harmony exports API_VERSION, KIND, nameRuleOf */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7268);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3325);
/**
 * Rules for values that end up in Kubernetes objects: an object's apiVersion, kind and name,
 * container image references, resource quantities and the Cloud SQL connection name a proxy
 * sidecar is given. Checked before any command runs; every error names the input.
 */


/** `[group/]version`, as in v1, apps/v1 or example.com/v1beta1. */
const API_VERSION = /^(?:[a-z0-9]([-a-z0-9.]*[a-z0-9])?\/)?v[1-9][0-9]*(?:(?:alpha|beta)[1-9][0-9]*)?$/;
const KIND = /^[A-Z][A-Za-z0-9]*$/;
/** Kinds whose names must be DNS-1123 labels rather than subdomains. */
const LABEL_NAMED = new Set(['Namespace', 'Service']);
/** The rule an object's metadata.name follows, by kind. */
const nameRuleOf = (kind) => (LABEL_NAMED.has(kind) ? dnsLabel : dnsSubdomain);
const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
// A first component is a registry only with a dot, a port or `localhost`, as in docker.
const IMAGE_REF = new RegExp(`^(?:(?:localhost|[a-zA-Z0-9-]+(?:\\.[a-zA-Z0-9-]+)+)(?::[0-9]+)?/|[a-zA-Z0-9-]+:[0-9]+/)?${COMPONENT}(?:/${COMPONENT})*(?::[\\w][\\w.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$`);
/** A container image reference: `[registry/]path[:tag][@sha256:digest]`. */
function imageRef(input, value) {
    const v = (0,_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .safeValue */ .pI)(input, value);
    if (!IMAGE_REF.test(v)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(input, `must be an image reference such as asia-southeast1-docker.pkg.dev/PROJECT/REPO/app@sha256:... (got "${v}")`);
    }
    return v;
}
const INSTANCE = /^(?:[a-z][a-z0-9.-]*:)?[a-z][a-z0-9-]{4,28}[a-z0-9]:[a-z]+(?:-[a-z]+)*[0-9]+:[a-z](?:[a-z0-9-]{0,96}[a-z0-9])?$/;
/** `PROJECT:REGION:INSTANCE`, the proxy's positional argument. */
function cloudSqlInstance(input, value) {
    const v = (0,_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .safeValue */ .pI)(input, value);
    if (!INSTANCE.test(v)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(input, `must be a Cloud SQL connection name PROJECT:REGION:INSTANCE (got "${v}")`);
    }
    return v;
}
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


/***/ }),

/***/ 3325:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C5: () => (/* binding */ location),
/* harmony export */   Lg: () => (/* binding */ projectId),
/* harmony export */   Mu: () => (/* binding */ helmRelease),
/* harmony export */   Ny: () => (/* binding */ region),
/* harmony export */   SL: () => (/* binding */ clusterName),
/* harmony export */   T1: () => (/* binding */ pattern),
/* harmony export */   UG: () => (/* binding */ dnsLabel),
/* harmony export */   UQ: () => (/* binding */ iamRole),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   ou: () => (/* binding */ dnsSubdomain),
/* harmony export */   p0: () => (/* binding */ duration),
/* harmony export */   pI: () => (/* binding */ safeValue),
/* harmony export */   uY: () => (/* binding */ serviceAccountName),
/* harmony export */   vq: () => (/* binding */ namespacedName)
/* harmony export */ });
/* unused harmony exports MAX_VALUE_LENGTH, zone, serviceAccountEmail */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7268);
/**
 * Validation rules for every value that reaches a CLI. Each rule returns the value (trimmed)
 * or throws a ConfigurationError naming the input and the rule. A value that starts with `-`
 * or holds a control character never gets past `safeValue`, so user input cannot become a flag
 * (security-reliability.md section 7, cases 2 and 3).
 */

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;
/**
 * No single-line value (a name, a region, an image reference, a URL) comes near this; checking
 * the length first keeps every pattern below fast whatever it is handed (issue 15, class 4).
 */
const MAX_VALUE_LENGTH = 2048;
/** Base check for every single-line value. */
function safeValue(input, value) {
    if (value.length > MAX_VALUE_LENGTH * 2 || value.trim().length > MAX_VALUE_LENGTH) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(input, `must be at most ${MAX_VALUE_LENGTH} characters (got ${value.length})`);
    }
    const v = value.trim();
    if (v.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(input, 'must not be empty');
    if (v.startsWith('-'))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(input, `must not start with "-" (got "${v}")`);
    if (CONTROL.test(v))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(input, 'must not contain control characters or newlines');
    return v;
}
/** A rule that a value (made safe first) matches `re`; the error quotes the value. */
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

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

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

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 6058:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Yz: () => (/* binding */ core_debug),
  N4: () => (/* binding */ endGroup),
  z3: () => (/* binding */ error),
  V4: () => (/* binding */ getInput),
  pq: () => (/* binding */ info),
  _o: () => (/* binding */ isDebug),
  C1: () => (/* binding */ setFailed),
  uH: () => (/* binding */ setOutput),
  Pq: () => (/* binding */ core_setSecret),
  Oh: () => (/* binding */ startGroup),
  z: () => (/* reexport */ summary),
  $e: () => (/* binding */ warning)
});

// UNUSED EXPORTS: ExitCode, addPath, exportVariable, getBooleanInput, getIDToken, getMultilineInput, getState, group, markdownSummary, notice, platform, saveState, setCommandEcho, toPlatformPath, toPosixPath, toWin32Path

// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function utils_toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function utils_toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function command_issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_.EOL);
}
function command_issue(name, message = '') {
    command_issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
// EXTERNAL MODULE: external "crypto"
var external_crypto_ = __nccwpck_require__(6982);
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_.appendFileSync(filePath, `${utils_toCommandValue(message)}${external_os_.EOL}`, {
        encoding: 'utf8'
    });
}
function file_command_prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_.randomUUID()}`;
    const convertedValue = utils_toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_.EOL}${convertedValue}${external_os_.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
// EXTERNAL MODULE: external "path"
var external_path_ = __nccwpck_require__(6928);
// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/index.js + 3 modules
var lib = __nccwpck_require__(1424);
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/auth.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
class BasicCredentialHandler {
    constructor(username, password) {
        this.username = username;
        this.password = password;
    }
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`${this.username}:${this.password}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class auth_BearerCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Bearer ${this.token}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class PersonalAccessTokenCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`PAT:${this.token}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
//# sourceMappingURL=auth.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/oidc-utils.js
var oidc_utils_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



class oidc_utils_OidcClient {
    static createHttpClient(allowRetry = true, maxRetry = 10) {
        const requestOptions = {
            allowRetries: allowRetry,
            maxRetries: maxRetry
        };
        return new HttpClient('actions/oidc-client', [new BearerCredentialHandler(oidc_utils_OidcClient.getRequestToken())], requestOptions);
    }
    static getRequestToken() {
        const token = process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
        if (!token) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable');
        }
        return token;
    }
    static getIDTokenUrl() {
        const runtimeUrl = process.env['ACTIONS_ID_TOKEN_REQUEST_URL'];
        if (!runtimeUrl) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable');
        }
        return runtimeUrl;
    }
    static getCall(id_token_url) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            var _a;
            const httpclient = oidc_utils_OidcClient.createHttpClient();
            const res = yield httpclient
                .getJson(id_token_url)
                .catch(error => {
                throw new Error(`Failed to get ID Token. \n 
        Error Code : ${error.statusCode}\n 
        Error Message: ${error.message}`);
            });
            const id_token = (_a = res.result) === null || _a === void 0 ? void 0 : _a.value;
            if (!id_token) {
                throw new Error('Response json body do not have ID Token field');
            }
            return id_token;
        });
    }
    static getIDToken(audience) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            try {
                // New ID Token is requested from action service
                let id_token_url = oidc_utils_OidcClient.getIDTokenUrl();
                if (audience) {
                    const encodedAudience = encodeURIComponent(audience);
                    id_token_url = `${id_token_url}&audience=${encodedAudience}`;
                }
                debug(`ID token url is ${id_token_url}`);
                const id_token = yield oidc_utils_OidcClient.getCall(id_token_url);
                setSecret(id_token);
                return id_token;
            }
            catch (error) {
                throw new Error(`Error message: ${error.message}`);
            }
        });
    }
}
//# sourceMappingURL=oidc-utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/summary.js
var summary_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return summary_awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_.constants.R_OK | external_fs_.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return summary_awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return summary_awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary = _summary;
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/path-utils.js

/**
 * toPosixPath converts the given path to the posix form. On Windows, \\ will be
 * replaced with /.
 *
 * @param pth. Path to transform.
 * @return string Posix path.
 */
function toPosixPath(pth) {
    return pth.replace(/[\\]/g, '/');
}
/**
 * toWin32Path converts the given path to the win32 form. On Linux, / will be
 * replaced with \\.
 *
 * @param pth. Path to transform.
 * @return string Win32 path.
 */
function toWin32Path(pth) {
    return pth.replace(/[/]/g, '\\');
}
/**
 * toPlatformPath converts the given path to a platform-specific path. It does
 * this by replacing instances of / and \ with the platform-specific path
 * separator.
 *
 * @param pth The path to platformize.
 * @return string The platform-specific path.
 */
function toPlatformPath(pth) {
    return pth.replace(/[/\\]/g, path.sep);
}
//# sourceMappingURL=path-utils.js.map
// EXTERNAL MODULE: ./node_modules/@actions/exec/lib/exec.js + 3 modules
var lib_exec = __nccwpck_require__(5781);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/platform.js
var platform_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const getWindowsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout: version } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Version"', undefined, {
        silent: true
    });
    const { stdout: name } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Caption"', undefined, {
        silent: true
    });
    return {
        name: name.trim(),
        version: version.trim()
    };
});
const getMacOsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    var _a, _b, _c, _d;
    const { stdout } = yield exec.getExecOutput('sw_vers', undefined, {
        silent: true
    });
    const version = (_b = (_a = stdout.match(/ProductVersion:\s*(.+)/)) === null || _a === void 0 ? void 0 : _a[1]) !== null && _b !== void 0 ? _b : '';
    const name = (_d = (_c = stdout.match(/ProductName:\s*(.+)/)) === null || _c === void 0 ? void 0 : _c[1]) !== null && _d !== void 0 ? _d : '';
    return {
        name,
        version
    };
});
const getLinuxInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout } = yield exec.getExecOutput('lsb_release', ['-i', '-r', '-s'], {
        silent: true
    });
    const [name, version] = stdout.trim().split('\n');
    return {
        name,
        version
    };
});
const platform = external_os_.platform();
const arch = external_os_.arch();
const isWindows = platform === 'win32';
const isMacOS = platform === 'darwin';
const isLinux = platform === 'linux';
function getDetails() {
    return platform_awaiter(this, void 0, void 0, function* () {
        return Object.assign(Object.assign({}, (yield (isWindows
            ? getWindowsInfo()
            : isMacOS
                ? getMacOsInfo()
                : getLinuxInfo()))), { platform,
            arch,
            isWindows,
            isMacOS,
            isLinux });
    });
}
//# sourceMappingURL=platform.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/core.js
var core_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};






/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
//-----------------------------------------------------------------------
// Variables
//-----------------------------------------------------------------------
/**
 * Sets env variable for this action and future actions in the job
 * @param name the name of the variable to set
 * @param val the value of the variable. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function exportVariable(name, val) {
    const convertedVal = toCommandValue(val);
    process.env[name] = convertedVal;
    const filePath = process.env['GITHUB_ENV'] || '';
    if (filePath) {
        return issueFileCommand('ENV', prepareKeyValueMessage(name, val));
    }
    issueCommand('set-env', { name }, convertedVal);
}
/**
 * Registers a secret which will get masked from logs
 *
 * @param secret - Value of the secret to be masked
 * @remarks
 * This function instructs the Actions runner to mask the specified value in any
 * logs produced during the workflow run. Once registered, the secret value will
 * be replaced with asterisks (***) whenever it appears in console output, logs,
 * or error messages.
 *
 * This is useful for protecting sensitive information such as:
 * - API keys
 * - Access tokens
 * - Authentication credentials
 * - URL parameters containing signatures (SAS tokens)
 *
 * Note that masking only affects future logs; any previous appearances of the
 * secret in logs before calling this function will remain unmasked.
 *
 * @example
 * ```typescript
 * // Register an API token as a secret
 * const apiToken = "abc123xyz456";
 * setSecret(apiToken);
 *
 * // Now any logs containing this value will show *** instead
 * console.log(`Using token: ${apiToken}`); // Outputs: "Using token: ***"
 * ```
 */
function core_setSecret(secret) {
    command_issueCommand('add-mask', {}, secret);
}
/**
 * Prepends inputPath to the PATH (for this action and future actions)
 * @param inputPath
 */
function addPath(inputPath) {
    const filePath = process.env['GITHUB_PATH'] || '';
    if (filePath) {
        issueFileCommand('PATH', inputPath);
    }
    else {
        issueCommand('add-path', {}, inputPath);
    }
    process.env['PATH'] = `${inputPath}${path.delimiter}${process.env['PATH']}`;
}
/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options && options.required && !val) {
        throw new Error(`Input required and not supplied: ${name}`);
    }
    if (options && options.trimWhitespace === false) {
        return val;
    }
    return val.trim();
}
/**
 * Gets the values of an multiline input.  Each value is also trimmed.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string[]
 *
 */
function getMultilineInput(name, options) {
    const inputs = getInput(name, options)
        .split('\n')
        .filter(x => x !== '');
    if (options && options.trimWhitespace === false) {
        return inputs;
    }
    return inputs.map(input => input.trim());
}
/**
 * Gets the input value of the boolean type in the YAML 1.2 "core schema" specification.
 * Support boolean input list: `true | True | TRUE | false | False | FALSE` .
 * The return value is also in boolean type.
 * ref: https://yaml.org/spec/1.2/spec.html#id2804923
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   boolean
 */
function getBooleanInput(name, options) {
    const trueValue = ['true', 'True', 'TRUE'];
    const falseValue = ['false', 'False', 'FALSE'];
    const val = getInput(name, options);
    if (trueValue.includes(val))
        return true;
    if (falseValue.includes(val))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
        `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
/**
 * Sets the value of an output.
 *
 * @param     name     name of the output to set
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return file_command_issueFileCommand('OUTPUT', file_command_prepareKeyValueMessage(name, value));
    }
    process.stdout.write(external_os_.EOL);
    command_issueCommand('set-output', { name }, utils_toCommandValue(value));
}
/**
 * Enables or disables the echoing of commands into stdout for the rest of the step.
 * Echoing is disabled by default if ACTIONS_STEP_DEBUG is not set.
 *
 */
function setCommandEcho(enabled) {
    issue('echo', enabled ? 'on' : 'off');
}
//-----------------------------------------------------------------------
// Results
//-----------------------------------------------------------------------
/**
 * Sets the action status to failed.
 * When the action exits it will be with an exit code of 1
 * @param message add error issue message
 */
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}
//-----------------------------------------------------------------------
// Logging Commands
//-----------------------------------------------------------------------
/**
 * Gets whether Actions Step Debug is on or not
 */
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
/**
 * Writes debug message to user log
 * @param message debug message
 */
function core_debug(message) {
    command_issueCommand('debug', {}, message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    command_issueCommand('error', utils_toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    command_issueCommand('warning', utils_toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    process.stdout.write(message + external_os_.EOL);
}
/**
 * Begin an output group.
 *
 * Output until the next `groupEnd` will be foldable in this group
 *
 * @param name The name of the output group
 */
function startGroup(name) {
    command_issue('group', name);
}
/**
 * End an output group.
 */
function endGroup() {
    command_issue('endgroup');
}
/**
 * Wrap an asynchronous function call in a group.
 *
 * Returns the same type as the function itself.
 *
 * @param name The name of the group
 * @param fn The function to wrap in the group
 */
function group(name, fn) {
    return core_awaiter(this, void 0, void 0, function* () {
        startGroup(name);
        let result;
        try {
            result = yield fn();
        }
        finally {
            endGroup();
        }
        return result;
    });
}
//-----------------------------------------------------------------------
// Wrapper action state
//-----------------------------------------------------------------------
/**
 * Saves state for current action, the state can only be retrieved by this action's post job execution.
 *
 * @param     name     name of the state to store
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function saveState(name, value) {
    const filePath = process.env['GITHUB_STATE'] || '';
    if (filePath) {
        return issueFileCommand('STATE', prepareKeyValueMessage(name, value));
    }
    issueCommand('save-state', { name }, toCommandValue(value));
}
/**
 * Gets the value of an state set by this action's main execution.
 *
 * @param     name     name of the state to get
 * @returns   string
 */
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
function getIDToken(aud) {
    return core_awaiter(this, void 0, void 0, function* () {
        return yield OidcClient.getIDToken(aud);
    });
}
/**
 * Summary exports
 */

/**
 * @deprecated use core.summary
 */

/**
 * Path exports
 */

/**
 * Platform utilities exports
 */

//# sourceMappingURL=core.js.map

/***/ }),

/***/ 5781:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  m: () => (/* binding */ exec)
});

// UNUSED EXPORTS: getExecOutput

;// CONCATENATED MODULE: external "string_decoder"
const external_string_decoder_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");
// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
// EXTERNAL MODULE: external "events"
var external_events_ = __nccwpck_require__(4434);
// EXTERNAL MODULE: external "child_process"
var external_child_process_ = __nccwpck_require__(5317);
// EXTERNAL MODULE: external "path"
var external_path_ = __nccwpck_require__(6928);
// EXTERNAL MODULE: ./node_modules/@actions/io/lib/io.js
var io = __nccwpck_require__(8701);
// EXTERNAL MODULE: ./node_modules/@actions/io/lib/io-util.js
var io_util = __nccwpck_require__(90);
;// CONCATENATED MODULE: external "timers"
const external_timers_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/toolrunner.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};







/* eslint-disable @typescript-eslint/unbound-method */
const IS_WINDOWS = process.platform === 'win32';
/*
 * Class for running command line tools. Handles quoting and arg parsing in a platform agnostic way.
 */
class ToolRunner extends external_events_.EventEmitter {
    constructor(toolPath, args, options) {
        super();
        if (!toolPath) {
            throw new Error("Parameter 'toolPath' cannot be null or empty.");
        }
        this.toolPath = toolPath;
        this.args = args || [];
        this.options = options || {};
    }
    _debug(message) {
        if (this.options.listeners && this.options.listeners.debug) {
            this.options.listeners.debug(message);
        }
    }
    _getCommandString(options, noPrefix) {
        const toolPath = this._getSpawnFileName();
        const args = this._getSpawnArgs(options);
        let cmd = noPrefix ? '' : '[command]'; // omit prefix when piped to a second tool
        if (IS_WINDOWS) {
            // Windows + cmd file
            if (this._isCmdFile()) {
                cmd += toolPath;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows + verbatim
            else if (options.windowsVerbatimArguments) {
                cmd += `"${toolPath}"`;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows (regular)
            else {
                cmd += this._windowsQuoteCmdArg(toolPath);
                for (const a of args) {
                    cmd += ` ${this._windowsQuoteCmdArg(a)}`;
                }
            }
        }
        else {
            // OSX/Linux - this can likely be improved with some form of quoting.
            // creating processes on Unix is fundamentally different than Windows.
            // on Unix, execvp() takes an arg array.
            cmd += toolPath;
            for (const a of args) {
                cmd += ` ${a}`;
            }
        }
        return cmd;
    }
    _processLineBuffer(data, strBuffer, onLine) {
        try {
            let s = strBuffer + data.toString();
            let n = s.indexOf(external_os_.EOL);
            while (n > -1) {
                const line = s.substring(0, n);
                onLine(line);
                // the rest of the string ...
                s = s.substring(n + external_os_.EOL.length);
                n = s.indexOf(external_os_.EOL);
            }
            return s;
        }
        catch (err) {
            // streaming lines to console is best effort.  Don't fail a build.
            this._debug(`error processing line. Failed with error ${err}`);
            return '';
        }
    }
    _getSpawnFileName() {
        if (IS_WINDOWS) {
            if (this._isCmdFile()) {
                return process.env['COMSPEC'] || 'cmd.exe';
            }
        }
        return this.toolPath;
    }
    _getSpawnArgs(options) {
        if (IS_WINDOWS) {
            if (this._isCmdFile()) {
                let argline = `/D /S /C "${this._windowsQuoteCmdArg(this.toolPath)}`;
                for (const a of this.args) {
                    argline += ' ';
                    argline += options.windowsVerbatimArguments
                        ? a
                        : this._windowsQuoteCmdArg(a);
                }
                argline += '"';
                return [argline];
            }
        }
        return this.args;
    }
    _endsWith(str, end) {
        return str.endsWith(end);
    }
    _isCmdFile() {
        const upperToolPath = this.toolPath.toUpperCase();
        return (this._endsWith(upperToolPath, '.CMD') ||
            this._endsWith(upperToolPath, '.BAT'));
    }
    _windowsQuoteCmdArg(arg) {
        // for .exe, apply the normal quoting rules that libuv applies
        if (!this._isCmdFile()) {
            return this._uvQuoteCmdArg(arg);
        }
        // otherwise apply quoting rules specific to the cmd.exe command line parser.
        // the libuv rules are generic and are not designed specifically for cmd.exe
        // command line parser.
        //
        // for a detailed description of the cmd.exe command line parser, refer to
        // http://stackoverflow.com/questions/4094699/how-does-the-windows-command-interpreter-cmd-exe-parse-scripts/7970912#7970912
        // need quotes for empty arg
        if (!arg) {
            return '""';
        }
        // determine whether the arg needs to be quoted
        const cmdSpecialChars = [
            ' ',
            '\t',
            '&',
            '(',
            ')',
            '[',
            ']',
            '{',
            '}',
            '^',
            '=',
            ';',
            '!',
            "'",
            '+',
            ',',
            '`',
            '~',
            '|',
            '<',
            '>',
            '"'
        ];
        let needsQuotes = false;
        for (const char of arg) {
            if (cmdSpecialChars.some(x => x === char)) {
                needsQuotes = true;
                break;
            }
        }
        // short-circuit if quotes not needed
        if (!needsQuotes) {
            return arg;
        }
        // the following quoting rules are very similar to the rules that by libuv applies.
        //
        // 1) wrap the string in quotes
        //
        // 2) double-up quotes - i.e. " => ""
        //
        //    this is different from the libuv quoting rules. libuv replaces " with \", which unfortunately
        //    doesn't work well with a cmd.exe command line.
        //
        //    note, replacing " with "" also works well if the arg is passed to a downstream .NET console app.
        //    for example, the command line:
        //          foo.exe "myarg:""my val"""
        //    is parsed by a .NET console app into an arg array:
        //          [ "myarg:\"my val\"" ]
        //    which is the same end result when applying libuv quoting rules. although the actual
        //    command line from libuv quoting rules would look like:
        //          foo.exe "myarg:\"my val\""
        //
        // 3) double-up slashes that precede a quote,
        //    e.g.  hello \world    => "hello \world"
        //          hello\"world    => "hello\\""world"
        //          hello\\"world   => "hello\\\\""world"
        //          hello world\    => "hello world\\"
        //
        //    technically this is not required for a cmd.exe command line, or the batch argument parser.
        //    the reasons for including this as a .cmd quoting rule are:
        //
        //    a) this is optimized for the scenario where the argument is passed from the .cmd file to an
        //       external program. many programs (e.g. .NET console apps) rely on the slash-doubling rule.
        //
        //    b) it's what we've been doing previously (by deferring to node default behavior) and we
        //       haven't heard any complaints about that aspect.
        //
        // note, a weakness of the quoting rules chosen here, is that % is not escaped. in fact, % cannot be
        // escaped when used on the command line directly - even though within a .cmd file % can be escaped
        // by using %%.
        //
        // the saving grace is, on the command line, %var% is left as-is if var is not defined. this contrasts
        // the line parsing rules within a .cmd file, where if var is not defined it is replaced with nothing.
        //
        // one option that was explored was replacing % with ^% - i.e. %var% => ^%var^%. this hack would
        // often work, since it is unlikely that var^ would exist, and the ^ character is removed when the
        // variable is used. the problem, however, is that ^ is not removed when %* is used to pass the args
        // to an external program.
        //
        // an unexplored potential solution for the % escaping problem, is to create a wrapper .cmd file.
        // % can be escaped within a .cmd file.
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\'; // double the slash
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '"'; // double the quote
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _uvQuoteCmdArg(arg) {
        // Tool runner wraps child_process.spawn() and needs to apply the same quoting as
        // Node in certain cases where the undocumented spawn option windowsVerbatimArguments
        // is used.
        //
        // Since this function is a port of quote_cmd_arg from Node 4.x (technically, lib UV,
        // see https://github.com/nodejs/node/blob/v4.x/deps/uv/src/win/process.c for details),
        // pasting copyright notice from Node within this function:
        //
        //      Copyright Joyent, Inc. and other Node contributors. All rights reserved.
        //
        //      Permission is hereby granted, free of charge, to any person obtaining a copy
        //      of this software and associated documentation files (the "Software"), to
        //      deal in the Software without restriction, including without limitation the
        //      rights to use, copy, modify, merge, publish, distribute, sublicense, and/or
        //      sell copies of the Software, and to permit persons to whom the Software is
        //      furnished to do so, subject to the following conditions:
        //
        //      The above copyright notice and this permission notice shall be included in
        //      all copies or substantial portions of the Software.
        //
        //      THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
        //      IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
        //      FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
        //      AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
        //      LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING
        //      FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS
        //      IN THE SOFTWARE.
        if (!arg) {
            // Need double quotation for empty argument
            return '""';
        }
        if (!arg.includes(' ') && !arg.includes('\t') && !arg.includes('"')) {
            // No quotation needed
            return arg;
        }
        if (!arg.includes('"') && !arg.includes('\\')) {
            // No embedded double quotes or backslashes, so I can just wrap
            // quote marks around the whole thing.
            return `"${arg}"`;
        }
        // Expected input/output:
        //   input : hello"world
        //   output: "hello\"world"
        //   input : hello""world
        //   output: "hello\"\"world"
        //   input : hello\world
        //   output: hello\world
        //   input : hello\\world
        //   output: hello\\world
        //   input : hello\"world
        //   output: "hello\\\"world"
        //   input : hello\\"world
        //   output: "hello\\\\\"world"
        //   input : hello world\
        //   output: "hello world\\" - note the comment in libuv actually reads "hello world\"
        //                             but it appears the comment is wrong, it should be "hello world\\"
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\';
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '\\';
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _cloneExecOptions(options) {
        options = options || {};
        const result = {
            cwd: options.cwd || process.cwd(),
            env: options.env || process.env,
            silent: options.silent || false,
            windowsVerbatimArguments: options.windowsVerbatimArguments || false,
            failOnStdErr: options.failOnStdErr || false,
            ignoreReturnCode: options.ignoreReturnCode || false,
            delay: options.delay || 10000
        };
        result.outStream = options.outStream || process.stdout;
        result.errStream = options.errStream || process.stderr;
        return result;
    }
    _getSpawnOptions(options, toolPath) {
        options = options || {};
        const result = {};
        result.cwd = options.cwd;
        result.env = options.env;
        result['windowsVerbatimArguments'] =
            options.windowsVerbatimArguments || this._isCmdFile();
        if (options.windowsVerbatimArguments) {
            result.argv0 = `"${toolPath}"`;
        }
        return result;
    }
    /**
     * Exec a tool.
     * Output will be streamed to the live console.
     * Returns promise with return code
     *
     * @param     tool     path to tool to exec
     * @param     options  optional exec options.  See ExecOptions
     * @returns   number
     */
    exec() {
        return __awaiter(this, void 0, void 0, function* () {
            // root the tool path if it is unrooted and contains relative pathing
            if (!io_util/* isRooted */.Qh(this.toolPath) &&
                (this.toolPath.includes('/') ||
                    (IS_WINDOWS && this.toolPath.includes('\\')))) {
                // prefer options.cwd if it is specified, however options.cwd may also need to be rooted
                this.toolPath = external_path_.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
            }
            // if the tool is only a file name, then resolve it from the PATH
            // otherwise verify it exists (add extension on Windows if necessary)
            this.toolPath = yield io/* which */.K7(this.toolPath, true);
            return new Promise((resolve, reject) => __awaiter(this, void 0, void 0, function* () {
                this._debug(`exec tool: ${this.toolPath}`);
                this._debug('arguments:');
                for (const arg of this.args) {
                    this._debug(`   ${arg}`);
                }
                const optionsNonNull = this._cloneExecOptions(this.options);
                if (!optionsNonNull.silent && optionsNonNull.outStream) {
                    optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + external_os_.EOL);
                }
                const state = new ExecState(optionsNonNull, this.toolPath);
                state.on('debug', (message) => {
                    this._debug(message);
                });
                if (this.options.cwd && !(yield io_util/* exists */.t2(this.options.cwd))) {
                    return reject(new Error(`The cwd: ${this.options.cwd} does not exist!`));
                }
                const fileName = this._getSpawnFileName();
                const cp = external_child_process_.spawn(fileName, this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(this.options, fileName));
                let stdbuffer = '';
                if (cp.stdout) {
                    cp.stdout.on('data', (data) => {
                        if (this.options.listeners && this.options.listeners.stdout) {
                            this.options.listeners.stdout(data);
                        }
                        if (!optionsNonNull.silent && optionsNonNull.outStream) {
                            optionsNonNull.outStream.write(data);
                        }
                        stdbuffer = this._processLineBuffer(data, stdbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.stdline) {
                                this.options.listeners.stdline(line);
                            }
                        });
                    });
                }
                let errbuffer = '';
                if (cp.stderr) {
                    cp.stderr.on('data', (data) => {
                        state.processStderr = true;
                        if (this.options.listeners && this.options.listeners.stderr) {
                            this.options.listeners.stderr(data);
                        }
                        if (!optionsNonNull.silent &&
                            optionsNonNull.errStream &&
                            optionsNonNull.outStream) {
                            const s = optionsNonNull.failOnStdErr
                                ? optionsNonNull.errStream
                                : optionsNonNull.outStream;
                            s.write(data);
                        }
                        errbuffer = this._processLineBuffer(data, errbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.errline) {
                                this.options.listeners.errline(line);
                            }
                        });
                    });
                }
                cp.on('error', (err) => {
                    state.processError = err.message;
                    state.processExited = true;
                    state.processClosed = true;
                    state.CheckComplete();
                });
                cp.on('exit', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    this._debug(`Exit code ${code} received from tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                cp.on('close', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    state.processClosed = true;
                    this._debug(`STDIO streams have closed for tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                state.on('done', (error, exitCode) => {
                    if (stdbuffer.length > 0) {
                        this.emit('stdline', stdbuffer);
                    }
                    if (errbuffer.length > 0) {
                        this.emit('errline', errbuffer);
                    }
                    cp.removeAllListeners();
                    if (error) {
                        reject(error);
                    }
                    else {
                        resolve(exitCode);
                    }
                });
                if (this.options.input) {
                    if (!cp.stdin) {
                        throw new Error('child process missing stdin');
                    }
                    cp.stdin.end(this.options.input);
                }
            }));
        });
    }
}
/**
 * Convert an arg string to an array of args. Handles escaping
 *
 * @param    argString   string of arguments
 * @returns  string[]    array of arguments
 */
function argStringToArray(argString) {
    const args = [];
    let inQuotes = false;
    let escaped = false;
    let arg = '';
    function append(c) {
        // we only escape double quotes.
        if (escaped && c !== '"') {
            arg += '\\';
        }
        arg += c;
        escaped = false;
    }
    for (let i = 0; i < argString.length; i++) {
        const c = argString.charAt(i);
        if (c === '"') {
            if (!escaped) {
                inQuotes = !inQuotes;
            }
            else {
                append(c);
            }
            continue;
        }
        if (c === '\\' && escaped) {
            append(c);
            continue;
        }
        if (c === '\\' && inQuotes) {
            escaped = true;
            continue;
        }
        if (c === ' ' && !inQuotes) {
            if (arg.length > 0) {
                args.push(arg);
                arg = '';
            }
            continue;
        }
        append(c);
    }
    if (arg.length > 0) {
        args.push(arg.trim());
    }
    return args;
}
class ExecState extends external_events_.EventEmitter {
    constructor(options, toolPath) {
        super();
        this.processClosed = false; // tracks whether the process has exited and stdio is closed
        this.processError = '';
        this.processExitCode = 0;
        this.processExited = false; // tracks whether the process has exited
        this.processStderr = false; // tracks whether stderr was written to
        this.delay = 10000; // 10 seconds
        this.done = false;
        this.timeout = null;
        if (!toolPath) {
            throw new Error('toolPath must not be empty');
        }
        this.options = options;
        this.toolPath = toolPath;
        if (options.delay) {
            this.delay = options.delay;
        }
    }
    CheckComplete() {
        if (this.done) {
            return;
        }
        if (this.processClosed) {
            this._setResult();
        }
        else if (this.processExited) {
            this.timeout = (0,external_timers_namespaceObject.setTimeout)(ExecState.HandleTimeout, this.delay, this);
        }
    }
    _debug(message) {
        this.emit('debug', message);
    }
    _setResult() {
        // determine whether there is an error
        let error;
        if (this.processExited) {
            if (this.processError) {
                error = new Error(`There was an error when attempting to execute the process '${this.toolPath}'. This may indicate the process failed to start. Error: ${this.processError}`);
            }
            else if (this.processExitCode !== 0 && !this.options.ignoreReturnCode) {
                error = new Error(`The process '${this.toolPath}' failed with exit code ${this.processExitCode}`);
            }
            else if (this.processStderr && this.options.failOnStdErr) {
                error = new Error(`The process '${this.toolPath}' failed because one or more lines were written to the STDERR stream`);
            }
        }
        // clear the timeout
        if (this.timeout) {
            clearTimeout(this.timeout);
            this.timeout = null;
        }
        this.done = true;
        this.emit('done', error, this.processExitCode);
    }
    static HandleTimeout(state) {
        if (state.done) {
            return;
        }
        if (!state.processClosed && state.processExited) {
            const message = `The STDIO streams did not close within ${state.delay / 1000} seconds of the exit event from process '${state.toolPath}'. This may indicate a child process inherited the STDIO streams and has not yet exited.`;
            state._debug(message);
        }
        state._setResult();
    }
}
//# sourceMappingURL=toolrunner.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/exec.js
var exec_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


/**
 * Exec a command.
 * Output will be streamed to the live console.
 * Returns promise with return code
 *
 * @param     commandLine        command to execute (can include additional args). Must be correctly escaped.
 * @param     args               optional arguments for tool. Escaping is handled by the lib.
 * @param     options            optional exec options.  See ExecOptions
 * @returns   Promise<number>    exit code
 */
function exec(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        const commandArgs = argStringToArray(commandLine);
        if (commandArgs.length === 0) {
            throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
        }
        // Path to tool to execute should be first arg
        const toolPath = commandArgs[0];
        args = commandArgs.slice(1).concat(args || []);
        const runner = new ToolRunner(toolPath, args, options);
        return runner.exec();
    });
}
/**
 * Exec a command and get the output.
 * Output will be streamed to the live console.
 * Returns promise with the exit code and collected stdout and stderr
 *
 * @param     commandLine           command to execute (can include additional args). Must be correctly escaped.
 * @param     args                  optional arguments for tool. Escaping is handled by the lib.
 * @param     options               optional exec options.  See ExecOptions
 * @returns   Promise<ExecOutput>   exit code, stdout, and stderr
 */
function getExecOutput(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        var _a, _b;
        let stdout = '';
        let stderr = '';
        //Using string decoder covers the case where a mult-byte character is split
        const stdoutDecoder = new StringDecoder('utf8');
        const stderrDecoder = new StringDecoder('utf8');
        const originalStdoutListener = (_a = options === null || options === void 0 ? void 0 : options.listeners) === null || _a === void 0 ? void 0 : _a.stdout;
        const originalStdErrListener = (_b = options === null || options === void 0 ? void 0 : options.listeners) === null || _b === void 0 ? void 0 : _b.stderr;
        const stdErrListener = (data) => {
            stderr += stderrDecoder.write(data);
            if (originalStdErrListener) {
                originalStdErrListener(data);
            }
        };
        const stdOutListener = (data) => {
            stdout += stdoutDecoder.write(data);
            if (originalStdoutListener) {
                originalStdoutListener(data);
            }
        };
        const listeners = Object.assign(Object.assign({}, options === null || options === void 0 ? void 0 : options.listeners), { stdout: stdOutListener, stderr: stdErrListener });
        const exitCode = yield exec(commandLine, args, Object.assign(Object.assign({}, options), { listeners }));
        //flush any remaining characters
        stdout += stdoutDecoder.end();
        stderr += stderrDecoder.end();
        return {
            exitCode,
            stdout,
            stderr
        };
    });
}
//# sourceMappingURL=exec.js.map

/***/ }),

/***/ 1424:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Qq: () => (/* binding */ HttpClient)
});

// UNUSED EXPORTS: Headers, HttpClientError, HttpClientResponse, HttpCodes, MediaTypes, getProxyUrl, isHttps

// EXTERNAL MODULE: external "http"
var external_http_ = __nccwpck_require__(8611);
var external_http_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_http_, 2);
// EXTERNAL MODULE: external "https"
var external_https_ = __nccwpck_require__(5692);
var external_https_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_https_, 2);
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/proxy.js
function getProxyUrl(reqUrl) {
    const usingSsl = reqUrl.protocol === 'https:';
    if (checkBypass(reqUrl)) {
        return undefined;
    }
    const proxyVar = (() => {
        if (usingSsl) {
            return process.env['https_proxy'] || process.env['HTTPS_PROXY'];
        }
        else {
            return process.env['http_proxy'] || process.env['HTTP_PROXY'];
        }
    })();
    if (proxyVar) {
        try {
            return new DecodedURL(proxyVar);
        }
        catch (_a) {
            if (!proxyVar.startsWith('http://') && !proxyVar.startsWith('https://'))
                return new DecodedURL(`http://${proxyVar}`);
        }
    }
    else {
        return undefined;
    }
}
function checkBypass(reqUrl) {
    if (!reqUrl.hostname) {
        return false;
    }
    const reqHost = reqUrl.hostname;
    if (isLoopbackAddress(reqHost)) {
        return true;
    }
    const noProxy = process.env['no_proxy'] || process.env['NO_PROXY'] || '';
    if (!noProxy) {
        return false;
    }
    // Determine the request port
    let reqPort;
    if (reqUrl.port) {
        reqPort = Number(reqUrl.port);
    }
    else if (reqUrl.protocol === 'http:') {
        reqPort = 80;
    }
    else if (reqUrl.protocol === 'https:') {
        reqPort = 443;
    }
    // Format the request hostname and hostname with port
    const upperReqHosts = [reqUrl.hostname.toUpperCase()];
    if (typeof reqPort === 'number') {
        upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
    }
    // Compare request host against noproxy
    for (const upperNoProxyItem of noProxy
        .split(',')
        .map(x => x.trim().toUpperCase())
        .filter(x => x)) {
        if (upperNoProxyItem === '*' ||
            upperReqHosts.some(x => x === upperNoProxyItem ||
                x.endsWith(`.${upperNoProxyItem}`) ||
                (upperNoProxyItem.startsWith('.') &&
                    x.endsWith(`${upperNoProxyItem}`)))) {
            return true;
        }
    }
    return false;
}
function isLoopbackAddress(host) {
    const hostLower = host.toLowerCase();
    return (hostLower === 'localhost' ||
        hostLower.startsWith('127.') ||
        hostLower.startsWith('[::1]') ||
        hostLower.startsWith('[0:0:0:0:0:0:0:1]'));
}
class DecodedURL extends URL {
    constructor(url, base) {
        super(url, base);
        this._decodedUsername = decodeURIComponent(super.username);
        this._decodedPassword = decodeURIComponent(super.password);
    }
    get username() {
        return this._decodedUsername;
    }
    get password() {
        return this._decodedPassword;
    }
}
//# sourceMappingURL=proxy.js.map
// EXTERNAL MODULE: ./node_modules/tunnel/index.js
var tunnel = __nccwpck_require__(770);
;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
;// CONCATENATED MODULE: ./src/bundle/undici-on-demand.ts
/**
 * What every bundle loads in place of `undici` (tsconfig.json `paths` maps the name here, and ncc
 * resolves every package's `undici` import through it).
 *
 * Why: @actions/core imports @actions/http-client, which imports undici at load for one class,
 * ProxyAgent, that it builds only when a fetch-style request goes through a proxy
 * (HttpClient.getAgentDispatcher); @actions/github imports undici's fetch for Octokit. Bundled
 * as is, undici is about 880 KiB of each 1.2 MiB action bundle and most of a step's start-up
 * (npm run bench), for calls that a deploy step never makes. ncc has no lazy-external option and
 * webpack cannot defer a static import, so the build (scripts/build.mjs) writes undici once more
 * as a sibling file, `undici.cjs`, and this module loads it synchronously (both call sites are
 * synchronous) the first time either name is used. The toolkit stays as it is: same classes, same
 * behaviour, loaded later.
 *
 * Only the names the bundled packages import are forwarded; __tests__/bundle-undici.test.ts fails
 * when a bundled package starts importing another one.
 */

/** The file scripts/build.mjs writes beside each bundle's index.js. */
const UNDICI_FILE = 'undici.cjs';
let loaded;
// import.meta.url is the bundle's index.js at run time (ncc leaves it to the runtime), and the
// chunk files sit in the same folder, so the sibling resolves from any of them.
function undici() {
    loaded ??= (0,external_node_module_namespaceObject.createRequire)(import.meta.url)(`./${UNDICI_FILE}`);
    return loaded;
}
/** undici's ProxyAgent: `new ProxyAgent(options)` returns the real one. */
const ProxyAgent = function ProxyAgent(...args) {
    return new (undici().ProxyAgent)(...args);
};
/** undici's fetch. */
const fetch = (...args) => undici().fetch(...args);

;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/index.js
/* eslint-disable @typescript-eslint/no-explicit-any */
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};





var HttpCodes;
(function (HttpCodes) {
    HttpCodes[HttpCodes["OK"] = 200] = "OK";
    HttpCodes[HttpCodes["MultipleChoices"] = 300] = "MultipleChoices";
    HttpCodes[HttpCodes["MovedPermanently"] = 301] = "MovedPermanently";
    HttpCodes[HttpCodes["ResourceMoved"] = 302] = "ResourceMoved";
    HttpCodes[HttpCodes["SeeOther"] = 303] = "SeeOther";
    HttpCodes[HttpCodes["NotModified"] = 304] = "NotModified";
    HttpCodes[HttpCodes["UseProxy"] = 305] = "UseProxy";
    HttpCodes[HttpCodes["SwitchProxy"] = 306] = "SwitchProxy";
    HttpCodes[HttpCodes["TemporaryRedirect"] = 307] = "TemporaryRedirect";
    HttpCodes[HttpCodes["PermanentRedirect"] = 308] = "PermanentRedirect";
    HttpCodes[HttpCodes["BadRequest"] = 400] = "BadRequest";
    HttpCodes[HttpCodes["Unauthorized"] = 401] = "Unauthorized";
    HttpCodes[HttpCodes["PaymentRequired"] = 402] = "PaymentRequired";
    HttpCodes[HttpCodes["Forbidden"] = 403] = "Forbidden";
    HttpCodes[HttpCodes["NotFound"] = 404] = "NotFound";
    HttpCodes[HttpCodes["MethodNotAllowed"] = 405] = "MethodNotAllowed";
    HttpCodes[HttpCodes["NotAcceptable"] = 406] = "NotAcceptable";
    HttpCodes[HttpCodes["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
    HttpCodes[HttpCodes["RequestTimeout"] = 408] = "RequestTimeout";
    HttpCodes[HttpCodes["Conflict"] = 409] = "Conflict";
    HttpCodes[HttpCodes["Gone"] = 410] = "Gone";
    HttpCodes[HttpCodes["TooManyRequests"] = 429] = "TooManyRequests";
    HttpCodes[HttpCodes["InternalServerError"] = 500] = "InternalServerError";
    HttpCodes[HttpCodes["NotImplemented"] = 501] = "NotImplemented";
    HttpCodes[HttpCodes["BadGateway"] = 502] = "BadGateway";
    HttpCodes[HttpCodes["ServiceUnavailable"] = 503] = "ServiceUnavailable";
    HttpCodes[HttpCodes["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function (Headers) {
    Headers["Accept"] = "accept";
    Headers["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function (MediaTypes) {
    MediaTypes["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
/**
 * Returns the proxy URL, depending upon the supplied url and proxy environment variables.
 * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
 */
function lib_getProxyUrl(serverUrl) {
    const proxyUrl = pm.getProxyUrl(new URL(serverUrl));
    return proxyUrl ? proxyUrl.href : '';
}
const HttpRedirectCodes = [
    HttpCodes.MovedPermanently,
    HttpCodes.ResourceMoved,
    HttpCodes.SeeOther,
    HttpCodes.TemporaryRedirect,
    HttpCodes.PermanentRedirect
];
const HttpResponseRetryCodes = [
    HttpCodes.BadGateway,
    HttpCodes.ServiceUnavailable,
    HttpCodes.GatewayTimeout
];
const RetryableHttpVerbs = ['OPTIONS', 'GET', 'DELETE', 'HEAD'];
const ExponentialBackoffCeiling = 10;
const ExponentialBackoffTimeSlice = 5;
class HttpClientError extends Error {
    constructor(message, statusCode) {
        super(message);
        this.name = 'HttpClientError';
        this.statusCode = statusCode;
        Object.setPrototypeOf(this, HttpClientError.prototype);
    }
}
class HttpClientResponse {
    constructor(message) {
        this.message = message;
    }
    readBody() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                let output = Buffer.alloc(0);
                this.message.on('data', (chunk) => {
                    output = Buffer.concat([output, chunk]);
                });
                this.message.on('end', () => {
                    resolve(output.toString());
                });
            }));
        });
    }
    readBodyBuffer() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                const chunks = [];
                this.message.on('data', (chunk) => {
                    chunks.push(chunk);
                });
                this.message.on('end', () => {
                    resolve(Buffer.concat(chunks));
                });
            }));
        });
    }
}
function isHttps(requestUrl) {
    const parsedUrl = new URL(requestUrl);
    return parsedUrl.protocol === 'https:';
}
class HttpClient {
    constructor(userAgent, handlers, requestOptions) {
        this._ignoreSslError = false;
        this._allowRedirects = true;
        this._allowRedirectDowngrade = false;
        this._maxRedirects = 50;
        this._allowRetries = false;
        this._maxRetries = 1;
        this._keepAlive = false;
        this._disposed = false;
        this.userAgent = this._getUserAgentWithOrchestrationId(userAgent);
        this.handlers = handlers || [];
        this.requestOptions = requestOptions;
        if (requestOptions) {
            if (requestOptions.ignoreSslError != null) {
                this._ignoreSslError = requestOptions.ignoreSslError;
            }
            this._socketTimeout = requestOptions.socketTimeout;
            if (requestOptions.allowRedirects != null) {
                this._allowRedirects = requestOptions.allowRedirects;
            }
            if (requestOptions.allowRedirectDowngrade != null) {
                this._allowRedirectDowngrade = requestOptions.allowRedirectDowngrade;
            }
            if (requestOptions.maxRedirects != null) {
                this._maxRedirects = Math.max(requestOptions.maxRedirects, 0);
            }
            if (requestOptions.keepAlive != null) {
                this._keepAlive = requestOptions.keepAlive;
            }
            if (requestOptions.allowRetries != null) {
                this._allowRetries = requestOptions.allowRetries;
            }
            if (requestOptions.maxRetries != null) {
                this._maxRetries = requestOptions.maxRetries;
            }
        }
    }
    options(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('OPTIONS', requestUrl, null, additionalHeaders || {});
        });
    }
    get(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('GET', requestUrl, null, additionalHeaders || {});
        });
    }
    del(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('DELETE', requestUrl, null, additionalHeaders || {});
        });
    }
    post(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('POST', requestUrl, data, additionalHeaders || {});
        });
    }
    patch(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PATCH', requestUrl, data, additionalHeaders || {});
        });
    }
    put(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PUT', requestUrl, data, additionalHeaders || {});
        });
    }
    head(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('HEAD', requestUrl, null, additionalHeaders || {});
        });
    }
    sendStream(verb, requestUrl, stream, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request(verb, requestUrl, stream, additionalHeaders);
        });
    }
    /**
     * Gets a typed object from an endpoint
     * Be aware that not found returns a null.  Other errors (4xx, 5xx) reject the promise
     */
    getJson(requestUrl_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, additionalHeaders = {}) {
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            const res = yield this.get(requestUrl, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    postJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.post(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    putJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.put(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    patchJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.patch(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    /**
     * Makes a raw http request.
     * All other methods such as get, post, patch, and request ultimately call this.
     * Prefer get, del, post and patch
     */
    request(verb, requestUrl, data, headers) {
        return __awaiter(this, void 0, void 0, function* () {
            if (this._disposed) {
                throw new Error('Client has already been disposed.');
            }
            const parsedUrl = new URL(requestUrl);
            let info = this._prepareRequest(verb, parsedUrl, headers);
            // Only perform retries on reads since writes may not be idempotent.
            const maxTries = this._allowRetries && RetryableHttpVerbs.includes(verb)
                ? this._maxRetries + 1
                : 1;
            let numTries = 0;
            let response;
            do {
                response = yield this.requestRaw(info, data);
                // Check if it's an authentication challenge
                if (response &&
                    response.message &&
                    response.message.statusCode === HttpCodes.Unauthorized) {
                    let authenticationHandler;
                    for (const handler of this.handlers) {
                        if (handler.canHandleAuthentication(response)) {
                            authenticationHandler = handler;
                            break;
                        }
                    }
                    if (authenticationHandler) {
                        return authenticationHandler.handleAuthentication(this, info, data);
                    }
                    else {
                        // We have received an unauthorized response but have no handlers to handle it.
                        // Let the response return to the caller.
                        return response;
                    }
                }
                let redirectsRemaining = this._maxRedirects;
                while (response.message.statusCode &&
                    HttpRedirectCodes.includes(response.message.statusCode) &&
                    this._allowRedirects &&
                    redirectsRemaining > 0) {
                    const redirectUrl = response.message.headers['location'];
                    if (!redirectUrl) {
                        // if there's no location to redirect to, we won't
                        break;
                    }
                    const parsedRedirectUrl = new URL(redirectUrl);
                    if (parsedUrl.protocol === 'https:' &&
                        parsedUrl.protocol !== parsedRedirectUrl.protocol &&
                        !this._allowRedirectDowngrade) {
                        throw new Error('Redirect from HTTPS to HTTP protocol. This downgrade is not allowed for security reasons. If you want to allow this behavior, set the allowRedirectDowngrade option to true.');
                    }
                    // we need to finish reading the response before reassigning response
                    // which will leak the open socket.
                    yield response.readBody();
                    // strip authorization header if redirected to a different hostname
                    if (parsedRedirectUrl.hostname !== parsedUrl.hostname) {
                        for (const header in headers) {
                            // header names are case insensitive
                            if (header.toLowerCase() === 'authorization') {
                                delete headers[header];
                            }
                        }
                    }
                    // let's make the request with the new redirectUrl
                    info = this._prepareRequest(verb, parsedRedirectUrl, headers);
                    response = yield this.requestRaw(info, data);
                    redirectsRemaining--;
                }
                if (!response.message.statusCode ||
                    !HttpResponseRetryCodes.includes(response.message.statusCode)) {
                    // If not a retry code, return immediately instead of retrying
                    return response;
                }
                numTries += 1;
                if (numTries < maxTries) {
                    yield response.readBody();
                    yield this._performExponentialBackoff(numTries);
                }
            } while (numTries < maxTries);
            return response;
        });
    }
    /**
     * Needs to be called if keepAlive is set to true in request options.
     */
    dispose() {
        if (this._agent) {
            this._agent.destroy();
        }
        this._disposed = true;
    }
    /**
     * Raw request.
     * @param info
     * @param data
     */
    requestRaw(info, data) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => {
                function callbackForResult(err, res) {
                    if (err) {
                        reject(err);
                    }
                    else if (!res) {
                        // If `err` is not passed, then `res` must be passed.
                        reject(new Error('Unknown error'));
                    }
                    else {
                        resolve(res);
                    }
                }
                this.requestRawWithCallback(info, data, callbackForResult);
            });
        });
    }
    /**
     * Raw request with callback.
     * @param info
     * @param data
     * @param onResult
     */
    requestRawWithCallback(info, data, onResult) {
        if (typeof data === 'string') {
            if (!info.options.headers) {
                info.options.headers = {};
            }
            info.options.headers['Content-Length'] = Buffer.byteLength(data, 'utf8');
        }
        let callbackCalled = false;
        function handleResult(err, res) {
            if (!callbackCalled) {
                callbackCalled = true;
                onResult(err, res);
            }
        }
        const req = info.httpModule.request(info.options, (msg) => {
            const res = new HttpClientResponse(msg);
            handleResult(undefined, res);
        });
        let socket;
        req.on('socket', sock => {
            socket = sock;
        });
        // If we ever get disconnected, we want the socket to timeout eventually
        req.setTimeout(this._socketTimeout || 3 * 60000, () => {
            if (socket) {
                socket.end();
            }
            handleResult(new Error(`Request timeout: ${info.options.path}`));
        });
        req.on('error', function (err) {
            // err has statusCode property
            // res should have headers
            handleResult(err);
        });
        if (data && typeof data === 'string') {
            req.write(data, 'utf8');
        }
        if (data && typeof data !== 'string') {
            data.on('close', function () {
                req.end();
            });
            data.pipe(req);
        }
        else {
            req.end();
        }
    }
    /**
     * Gets an http agent. This function is useful when you need an http agent that handles
     * routing through a proxy server - depending upon the url and proxy environment variables.
     * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
     */
    getAgent(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        return this._getAgent(parsedUrl);
    }
    getAgentDispatcher(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        const proxyUrl = getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (!useProxy) {
            return;
        }
        return this._getProxyAgentDispatcher(parsedUrl, proxyUrl);
    }
    _prepareRequest(method, requestUrl, headers) {
        const info = {};
        info.parsedUrl = requestUrl;
        const usingSsl = info.parsedUrl.protocol === 'https:';
        info.httpModule = usingSsl ? external_https_namespaceObject : external_http_namespaceObject;
        const defaultPort = usingSsl ? 443 : 80;
        info.options = {};
        info.options.host = info.parsedUrl.hostname;
        info.options.port = info.parsedUrl.port
            ? parseInt(info.parsedUrl.port)
            : defaultPort;
        info.options.path =
            (info.parsedUrl.pathname || '') + (info.parsedUrl.search || '');
        info.options.method = method;
        info.options.headers = this._mergeHeaders(headers);
        if (this.userAgent != null) {
            info.options.headers['user-agent'] = this.userAgent;
        }
        info.options.agent = this._getAgent(info.parsedUrl);
        // gives handlers an opportunity to participate
        if (this.handlers) {
            for (const handler of this.handlers) {
                handler.prepareRequest(info.options);
            }
        }
        return info;
    }
    _mergeHeaders(headers) {
        if (this.requestOptions && this.requestOptions.headers) {
            return Object.assign({}, lowercaseKeys(this.requestOptions.headers), lowercaseKeys(headers || {}));
        }
        return lowercaseKeys(headers || {});
    }
    /**
     * Gets an existing header value or returns a default.
     * Handles converting number header values to strings since HTTP headers must be strings.
     * Note: This returns string | string[] since some headers can have multiple values.
     * For headers that must always be a single string (like Content-Type), use the
     * specialized _getExistingOrDefaultContentTypeHeader method instead.
     */
    _getExistingOrDefaultHeader(additionalHeaders, header, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[header];
            if (headerValue) {
                clientHeader =
                    typeof headerValue === 'number' ? headerValue.toString() : headerValue;
            }
        }
        const additionalValue = additionalHeaders[header];
        if (additionalValue !== undefined) {
            return typeof additionalValue === 'number'
                ? additionalValue.toString()
                : additionalValue;
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    /**
     * Specialized version of _getExistingOrDefaultHeader for Content-Type header.
     * Always returns a single string (not an array) since Content-Type should be a single value.
     * Converts arrays to comma-separated strings and numbers to strings to ensure type safety.
     * This was split from _getExistingOrDefaultHeader to provide stricter typing for callers
     * that assign the result to places expecting a string (e.g., additionalHeaders[Headers.ContentType]).
     */
    _getExistingOrDefaultContentTypeHeader(additionalHeaders, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[Headers.ContentType];
            if (headerValue) {
                if (typeof headerValue === 'number') {
                    clientHeader = String(headerValue);
                }
                else if (Array.isArray(headerValue)) {
                    clientHeader = headerValue.join(', ');
                }
                else {
                    clientHeader = headerValue;
                }
            }
        }
        const additionalValue = additionalHeaders[Headers.ContentType];
        // Return the first non-undefined value, converting numbers or arrays to strings if necessary
        if (additionalValue !== undefined) {
            if (typeof additionalValue === 'number') {
                return String(additionalValue);
            }
            else if (Array.isArray(additionalValue)) {
                return additionalValue.join(', ');
            }
            else {
                return additionalValue;
            }
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    _getAgent(parsedUrl) {
        let agent;
        const proxyUrl = getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (this._keepAlive && useProxy) {
            agent = this._proxyAgent;
        }
        if (!useProxy) {
            agent = this._agent;
        }
        // if agent is already assigned use that agent.
        if (agent) {
            return agent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        let maxSockets = 100;
        if (this.requestOptions) {
            maxSockets = this.requestOptions.maxSockets || external_http_.globalAgent.maxSockets;
        }
        // This is `useProxy` again, but we need to check `proxyURl` directly for TypeScripts's flow analysis.
        if (proxyUrl && proxyUrl.hostname) {
            const agentOptions = {
                maxSockets,
                keepAlive: this._keepAlive,
                proxy: Object.assign(Object.assign({}, ((proxyUrl.username || proxyUrl.password) && {
                    proxyAuth: `${proxyUrl.username}:${proxyUrl.password}`
                })), { host: proxyUrl.hostname, port: proxyUrl.port })
            };
            let tunnelAgent;
            const overHttps = proxyUrl.protocol === 'https:';
            if (usingSsl) {
                tunnelAgent = overHttps ? tunnel.httpsOverHttps : tunnel.httpsOverHttp;
            }
            else {
                tunnelAgent = overHttps ? tunnel.httpOverHttps : tunnel.httpOverHttp;
            }
            agent = tunnelAgent(agentOptions);
            this._proxyAgent = agent;
        }
        // if tunneling agent isn't assigned create a new agent
        if (!agent) {
            const options = { keepAlive: this._keepAlive, maxSockets };
            agent = usingSsl ? new external_https_.Agent(options) : new external_http_.Agent(options);
            this._agent = agent;
        }
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            agent.options = Object.assign(agent.options || {}, {
                rejectUnauthorized: false
            });
        }
        return agent;
    }
    _getProxyAgentDispatcher(parsedUrl, proxyUrl) {
        let proxyAgent;
        if (this._keepAlive) {
            proxyAgent = this._proxyAgentDispatcher;
        }
        // if agent is already assigned use that agent.
        if (proxyAgent) {
            return proxyAgent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        proxyAgent = new ProxyAgent(Object.assign({ uri: proxyUrl.href, pipelining: !this._keepAlive ? 0 : 1 }, ((proxyUrl.username || proxyUrl.password) && {
            token: `Basic ${Buffer.from(`${proxyUrl.username}:${proxyUrl.password}`).toString('base64')}`
        })));
        this._proxyAgentDispatcher = proxyAgent;
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            proxyAgent.options = Object.assign(proxyAgent.options.requestTls || {}, {
                rejectUnauthorized: false
            });
        }
        return proxyAgent;
    }
    _getUserAgentWithOrchestrationId(userAgent) {
        const baseUserAgent = userAgent || 'actions/http-client';
        const orchId = process.env['ACTIONS_ORCHESTRATION_ID'];
        if (orchId) {
            // Sanitize the orchestration ID to ensure it contains only valid characters
            // Valid characters: 0-9, a-z, _, -, .
            const sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, '_');
            return `${baseUserAgent} actions_orchestration_id/${sanitizedId}`;
        }
        return baseUserAgent;
    }
    _performExponentialBackoff(retryNumber) {
        return __awaiter(this, void 0, void 0, function* () {
            retryNumber = Math.min(ExponentialBackoffCeiling, retryNumber);
            const ms = ExponentialBackoffTimeSlice * Math.pow(2, retryNumber);
            return new Promise(resolve => setTimeout(() => resolve(), ms));
        });
    }
    _processResponse(res, options) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => __awaiter(this, void 0, void 0, function* () {
                const statusCode = res.message.statusCode || 0;
                const response = {
                    statusCode,
                    result: null,
                    headers: {}
                };
                // not found leads to null obj returned
                if (statusCode === HttpCodes.NotFound) {
                    resolve(response);
                }
                // get the result from the body
                function dateTimeDeserializer(key, value) {
                    if (typeof value === 'string') {
                        const a = new Date(value);
                        if (!isNaN(a.valueOf())) {
                            return a;
                        }
                    }
                    return value;
                }
                let obj;
                let contents;
                try {
                    contents = yield res.readBody();
                    if (contents && contents.length > 0) {
                        if (options && options.deserializeDates) {
                            obj = JSON.parse(contents, dateTimeDeserializer);
                        }
                        else {
                            obj = JSON.parse(contents);
                        }
                        response.result = obj;
                    }
                    response.headers = res.message.headers;
                }
                catch (err) {
                    // Invalid resource (contents not json);  leaving result obj null
                }
                // note that 3xx redirects are handled by the http layer.
                if (statusCode > 299) {
                    let msg;
                    // if exception/error in body, attempt to get better error
                    if (obj && obj.message) {
                        msg = obj.message;
                    }
                    else if (contents && contents.length > 0) {
                        // it may be the case that the exception is in the body message as string
                        msg = contents;
                    }
                    else {
                        msg = `Failed request: (${statusCode})`;
                    }
                    const err = new HttpClientError(msg, statusCode);
                    err.result = response.result;
                    reject(err);
                }
                else {
                    resolve(response);
                }
            }));
        });
    }
}
const lowercaseKeys = (obj) => Object.keys(obj).reduce((c, k) => ((c[k.toLowerCase()] = obj[k]), c), {});
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 90:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $1: () => (/* binding */ lstat),
/* harmony export */   Ck: () => (/* binding */ mkdir),
/* harmony export */   Cy: () => (/* binding */ readdir),
/* harmony export */   H8: () => (/* binding */ IS_WINDOWS),
/* harmony export */   Qh: () => (/* binding */ isRooted),
/* harmony export */   YN: () => (/* binding */ symlink),
/* harmony export */   dJ: () => (/* binding */ stat),
/* harmony export */   h_: () => (/* binding */ readlink),
/* harmony export */   k6: () => (/* binding */ chmod),
/* harmony export */   m3: () => (/* binding */ copyFile),
/* harmony export */   rm: () => (/* binding */ rm),
/* harmony export */   t2: () => (/* binding */ exists),
/* harmony export */   vr: () => (/* binding */ tryGetExecutablePath),
/* harmony export */   y1: () => (/* binding */ unlink)
/* harmony export */ });
/* unused harmony exports open, rename, rmdir, UV_FS_O_EXLOCK, READONLY, isDirectory, getCmdPath */
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9896);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6928);
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs__WEBPACK_IMPORTED_MODULE_0__.promises;
// export const {open} = 'fs'
const IS_WINDOWS = process.platform === 'win32';
/**
 * Custom implementation of readlink to ensure Windows junctions
 * maintain trailing backslash for backward compatibility with Node.js < 24
 *
 * In Node.js 20, Windows junctions (directory symlinks) always returned paths
 * with trailing backslashes. Node.js 24 removed this behavior, which breaks
 * code that relied on this format for path operations.
 *
 * This implementation restores the Node 20 behavior by adding a trailing
 * backslash to all junction results on Windows.
 */
function readlink(fsPath) {
    return __awaiter(this, void 0, void 0, function* () {
        const result = yield fs__WEBPACK_IMPORTED_MODULE_0__.promises.readlink(fsPath);
        // On Windows, restore Node 20 behavior: add trailing backslash to all results
        // since junctions on Windows are always directory links
        if (IS_WINDOWS && !result.endsWith('\\')) {
            return `${result}\\`;
        }
        return result;
    });
}
// See https://github.com/nodejs/node/blob/d0153aee367422d0858105abec186da4dff0a0c5/deps/uv/include/uv/win.h#L691
const UV_FS_O_EXLOCK = 0x10000000;
const READONLY = fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY;
function exists(fsPath) {
    return __awaiter(this, void 0, void 0, function* () {
        try {
            yield stat(fsPath);
        }
        catch (err) {
            if (err.code === 'ENOENT') {
                return false;
            }
            throw err;
        }
        return true;
    });
}
function isDirectory(fsPath_1) {
    return __awaiter(this, arguments, void 0, function* (fsPath, useStat = false) {
        const stats = useStat ? yield stat(fsPath) : yield lstat(fsPath);
        return stats.isDirectory();
    });
}
/**
 * On OSX/Linux, true if path starts with '/'. On Windows, true for paths like:
 * \, \hello, \\hello\share, C:, and C:\hello (and corresponding alternate separator cases).
 */
function isRooted(p) {
    p = normalizeSeparators(p);
    if (!p) {
        throw new Error('isRooted() parameter "p" cannot be empty');
    }
    if (IS_WINDOWS) {
        return (p.startsWith('\\') || /^[A-Z]:/i.test(p) // e.g. \ or \hello or \\hello
        ); // e.g. C: or C:\hello
    }
    return p.startsWith('/');
}
/**
 * Best effort attempt to determine whether a file exists and is executable.
 * @param filePath    file path to check
 * @param extensions  additional file extensions to try
 * @return if file exists and is executable, returns the file path. otherwise empty string.
 */
function tryGetExecutablePath(filePath, extensions) {
    return __awaiter(this, void 0, void 0, function* () {
        let stats = undefined;
        try {
            // test file exists
            stats = yield stat(filePath);
        }
        catch (err) {
            if (err.code !== 'ENOENT') {
                // eslint-disable-next-line no-console
                console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
            }
        }
        if (stats && stats.isFile()) {
            if (IS_WINDOWS) {
                // on Windows, test for valid extension
                const upperExt = path__WEBPACK_IMPORTED_MODULE_1__.extname(filePath).toUpperCase();
                if (extensions.some(validExt => validExt.toUpperCase() === upperExt)) {
                    return filePath;
                }
            }
            else {
                if (isUnixExecutable(stats)) {
                    return filePath;
                }
            }
        }
        // try each extension
        const originalFilePath = filePath;
        for (const extension of extensions) {
            filePath = originalFilePath + extension;
            stats = undefined;
            try {
                stats = yield stat(filePath);
            }
            catch (err) {
                if (err.code !== 'ENOENT') {
                    // eslint-disable-next-line no-console
                    console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
                }
            }
            if (stats && stats.isFile()) {
                if (IS_WINDOWS) {
                    // preserve the case of the actual file (since an extension was appended)
                    try {
                        const directory = path__WEBPACK_IMPORTED_MODULE_1__.dirname(filePath);
                        const upperName = path__WEBPACK_IMPORTED_MODULE_1__.basename(filePath).toUpperCase();
                        for (const actualName of yield readdir(directory)) {
                            if (upperName === actualName.toUpperCase()) {
                                filePath = path__WEBPACK_IMPORTED_MODULE_1__.join(directory, actualName);
                                break;
                            }
                        }
                    }
                    catch (err) {
                        // eslint-disable-next-line no-console
                        console.log(`Unexpected error attempting to determine the actual case of the file '${filePath}': ${err}`);
                    }
                    return filePath;
                }
                else {
                    if (isUnixExecutable(stats)) {
                        return filePath;
                    }
                }
            }
        }
        return '';
    });
}
function normalizeSeparators(p) {
    p = p || '';
    if (IS_WINDOWS) {
        // convert slashes on Windows
        p = p.replace(/\//g, '\\');
        // remove redundant slashes
        return p.replace(/\\\\+/g, '\\');
    }
    // remove redundant slashes
    return p.replace(/\/\/+/g, '/');
}
// on Mac/Linux, test the execute bit
//     R   W  X  R  W X R W X
//   256 128 64 32 16 8 4 2 1
function isUnixExecutable(stats) {
    return ((stats.mode & 1) > 0 ||
        ((stats.mode & 8) > 0 &&
            process.getgid !== undefined &&
            stats.gid === process.getgid()) ||
        ((stats.mode & 64) > 0 &&
            process.getuid !== undefined &&
            stats.uid === process.getuid()));
}
// Get the path of cmd.exe in windows
function getCmdPath() {
    var _a;
    return (_a = process.env['COMSPEC']) !== null && _a !== void 0 ? _a : `cmd.exe`;
}
//# sourceMappingURL=io-util.js.map

/***/ }),

/***/ 8701:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K7: () => (/* binding */ which),
/* harmony export */   U$: () => (/* binding */ mkdirP),
/* harmony export */   Yz: () => (/* binding */ rmRF),
/* harmony export */   cp: () => (/* binding */ cp)
/* harmony export */ });
/* unused harmony exports mv, findInPath */
/* harmony import */ var assert__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2613);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6928);
/* harmony import */ var _io_util_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(90);
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



/**
 * Copies a file or folder.
 * Based off of shelljs - https://github.com/shelljs/shelljs/blob/9237f66c52e5daa40458f94f9565e18e8132f5a6/src/cp.js
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See CopyOptions.
 */
function cp(source_1, dest_1) {
    return __awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        const { force, recursive, copySourceDirectory } = readCopyOptions(options);
        const destStat = (yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .exists */ .t2(dest)) ? yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .stat */ .dJ(dest) : null;
        // Dest is an existing file, but not forcing
        if (destStat && destStat.isFile() && !force) {
            return;
        }
        // If dest is an existing directory, should copy inside.
        const newDest = destStat && destStat.isDirectory() && copySourceDirectory
            ? path__WEBPACK_IMPORTED_MODULE_1__.join(dest, path__WEBPACK_IMPORTED_MODULE_1__.basename(source))
            : dest;
        if (!(yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .exists */ .t2(source))) {
            throw new Error(`no such file or directory: ${source}`);
        }
        const sourceStat = yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .stat */ .dJ(source);
        if (sourceStat.isDirectory()) {
            if (!recursive) {
                throw new Error(`Failed to copy. ${source} is a directory, but tried to copy without recursive flag.`);
            }
            else {
                yield cpDirRecursive(source, newDest, 0, force);
            }
        }
        else {
            if (path__WEBPACK_IMPORTED_MODULE_1__.relative(source, newDest) === '') {
                // a file cannot be copied to itself
                throw new Error(`'${newDest}' and '${source}' are the same file`);
            }
            yield copyFile(source, newDest, force);
        }
    });
}
/**
 * Moves a path.
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See MoveOptions.
 */
function mv(source_1, dest_1) {
    return __awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        if (yield ioUtil.exists(dest)) {
            let destExists = true;
            if (yield ioUtil.isDirectory(dest)) {
                // If dest is directory copy src into dest
                dest = path.join(dest, path.basename(source));
                destExists = yield ioUtil.exists(dest);
            }
            if (destExists) {
                if (options.force == null || options.force) {
                    yield rmRF(dest);
                }
                else {
                    throw new Error('Destination already exists');
                }
            }
        }
        yield mkdirP(path.dirname(dest));
        yield ioUtil.rename(source, dest);
    });
}
/**
 * Remove a path recursively with force
 *
 * @param inputPath path to remove
 */
function rmRF(inputPath) {
    return __awaiter(this, void 0, void 0, function* () {
        if (_io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .IS_WINDOWS */ .H8) {
            // Check for invalid characters
            // https://docs.microsoft.com/en-us/windows/win32/fileio/naming-a-file
            if (/[*"<>|]/.test(inputPath)) {
                throw new Error('File path must not contain `*`, `"`, `<`, `>` or `|` on Windows');
            }
        }
        try {
            // note if path does not exist, error is silent
            yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__.rm(inputPath, {
                force: true,
                maxRetries: 3,
                recursive: true,
                retryDelay: 300
            });
        }
        catch (err) {
            throw new Error(`File was unable to be removed ${err}`);
        }
    });
}
/**
 * Make a directory.  Creates the full path with folders in between
 * Will throw if it fails
 *
 * @param   fsPath        path to create
 * @returns Promise<void>
 */
function mkdirP(fsPath) {
    return __awaiter(this, void 0, void 0, function* () {
        (0,assert__WEBPACK_IMPORTED_MODULE_0__.ok)(fsPath, 'a path argument must be provided');
        yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .mkdir */ .Ck(fsPath, { recursive: true });
    });
}
/**
 * Returns path of a tool had the tool actually been invoked.  Resolves via paths.
 * If you check and the tool does not exist, it will throw.
 *
 * @param     tool              name of the tool
 * @param     check             whether to check if tool exists
 * @returns   Promise<string>   path to tool
 */
function which(tool, check) {
    return __awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // recursive when check=true
        if (check) {
            const result = yield which(tool, false);
            if (!result) {
                if (_io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .IS_WINDOWS */ .H8) {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file.`);
                }
                else {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`);
                }
            }
            return result;
        }
        const matches = yield findInPath(tool);
        if (matches && matches.length > 0) {
            return matches[0];
        }
        return '';
    });
}
/**
 * Returns a list of all occurrences of the given tool on the system path.
 *
 * @returns   Promise<string[]>  the paths of the tool
 */
function findInPath(tool) {
    return __awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // build the list of extensions to try
        const extensions = [];
        if (_io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .IS_WINDOWS */ .H8 && process.env['PATHEXT']) {
            for (const extension of process.env['PATHEXT'].split(path__WEBPACK_IMPORTED_MODULE_1__.delimiter)) {
                if (extension) {
                    extensions.push(extension);
                }
            }
        }
        // if it's rooted, return it if exists. otherwise return empty.
        if (_io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .isRooted */ .Qh(tool)) {
            const filePath = yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .tryGetExecutablePath */ .vr(tool, extensions);
            if (filePath) {
                return [filePath];
            }
            return [];
        }
        // if any path separators, return empty
        if (tool.includes(path__WEBPACK_IMPORTED_MODULE_1__.sep)) {
            return [];
        }
        // build the list of directories
        //
        // Note, technically "where" checks the current directory on Windows. From a toolkit perspective,
        // it feels like we should not do this. Checking the current directory seems like more of a use
        // case of a shell, and the which() function exposed by the toolkit should strive for consistency
        // across platforms.
        const directories = [];
        if (process.env.PATH) {
            for (const p of process.env.PATH.split(path__WEBPACK_IMPORTED_MODULE_1__.delimiter)) {
                if (p) {
                    directories.push(p);
                }
            }
        }
        // find all matches
        const matches = [];
        for (const directory of directories) {
            const filePath = yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .tryGetExecutablePath */ .vr(path__WEBPACK_IMPORTED_MODULE_1__.join(directory, tool), extensions);
            if (filePath) {
                matches.push(filePath);
            }
        }
        return matches;
    });
}
function readCopyOptions(options) {
    const force = options.force == null ? true : options.force;
    const recursive = Boolean(options.recursive);
    const copySourceDirectory = options.copySourceDirectory == null
        ? true
        : Boolean(options.copySourceDirectory);
    return { force, recursive, copySourceDirectory };
}
function cpDirRecursive(sourceDir, destDir, currentDepth, force) {
    return __awaiter(this, void 0, void 0, function* () {
        // Ensure there is not a run away recursive copy
        if (currentDepth >= 255)
            return;
        currentDepth++;
        yield mkdirP(destDir);
        const files = yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .readdir */ .Cy(sourceDir);
        for (const fileName of files) {
            const srcFile = `${sourceDir}/${fileName}`;
            const destFile = `${destDir}/${fileName}`;
            const srcFileStat = yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .lstat */ .$1(srcFile);
            if (srcFileStat.isDirectory()) {
                // Recurse
                yield cpDirRecursive(srcFile, destFile, currentDepth, force);
            }
            else {
                yield copyFile(srcFile, destFile, force);
            }
        }
        // Change the mode for the newly created directory
        yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .chmod */ .k6(destDir, (yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .stat */ .dJ(sourceDir)).mode);
    });
}
// Buffered file copy
function copyFile(srcFile, destFile, force) {
    return __awaiter(this, void 0, void 0, function* () {
        if ((yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .lstat */ .$1(srcFile)).isSymbolicLink()) {
            // unlink/re-link it
            try {
                yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .lstat */ .$1(destFile);
                yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .unlink */ .y1(destFile);
            }
            catch (e) {
                // Try to override file permission
                if (e.code === 'EPERM') {
                    yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .chmod */ .k6(destFile, '0666');
                    yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .unlink */ .y1(destFile);
                }
                // other errors = it doesn't exist, no work to do
            }
            // Copy over symlink
            const symlinkFull = yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .readlink */ .h_(srcFile);
            yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .symlink */ .YN(symlinkFull, destFile, _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .IS_WINDOWS */ .H8 ? 'junction' : null);
        }
        else if (!(yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .exists */ .t2(destFile)) || force) {
            yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .copyFile */ .m3(srcFile, destFile);
        }
    });
}
//# sourceMappingURL=io.js.map

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
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 770:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

/* unused reexport */ __nccwpck_require__(218);


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


__webpack_unused_export__ = httpOverHttp;
__webpack_unused_export__ = httpsOverHttp;
__webpack_unused_export__ = httpOverHttps;
__webpack_unused_export__ = httpsOverHttps;


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

/***/ 1971:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// UNUSED EXPORTS: definition

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

;// CONCATENATED MODULE: external "os"
const external_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");
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
    process.stdout.write(cmd.toString() + external_os_namespaceObject.EOL);
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
;// CONCATENATED MODULE: external "crypto"
const external_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");
;// CONCATENATED MODULE: external "fs"
const external_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_namespaceObject.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_namespaceObject.appendFileSync(filePath, `${utils_toCommandValue(message)}${external_os_namespaceObject.EOL}`, {
        encoding: 'utf8'
    });
}
function file_command_prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_namespaceObject.randomUUID()}`;
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
    return `${key}<<${delimiter}${external_os_namespaceObject.EOL}${convertedValue}${external_os_namespaceObject.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
;// CONCATENATED MODULE: external "path"
const external_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");
// EXTERNAL MODULE: external "http"
var external_http_ = __nccwpck_require__(8611);
// EXTERNAL MODULE: external "https"
var external_https_ = __nccwpck_require__(5692);
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
var node_modules_tunnel = __nccwpck_require__(770);
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
    loaded ??= createRequire(import.meta.url)(`./${UNDICI_FILE}`);
    return loaded;
}
/** undici's ProxyAgent: `new ProxyAgent(options)` returns the real one. */
const undici_on_demand_ProxyAgent = function ProxyAgent(...args) {
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
const RetryableHttpVerbs = (/* unused pure expression or super */ null && (['OPTIONS', 'GET', 'DELETE', 'HEAD']));
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
class lib_HttpClient {
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
        const proxyUrl = pm.getProxyUrl(parsedUrl);
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
        info.httpModule = usingSsl ? https : http;
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
        const proxyUrl = pm.getProxyUrl(parsedUrl);
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
            maxSockets = this.requestOptions.maxSockets || http.globalAgent.maxSockets;
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
            agent = usingSsl ? new https.Agent(options) : new http.Agent(options);
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
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/auth.js
var auth_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
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
        return auth_awaiter(this, void 0, void 0, function* () {
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
        return auth_awaiter(this, void 0, void 0, function* () {
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
        return auth_awaiter(this, void 0, void 0, function* () {
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


const { access, appendFile, writeFile } = external_fs_namespaceObject.promises;
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
                yield access(pathFromEnv, external_fs_namespaceObject.constants.R_OK | external_fs_namespaceObject.constants.W_OK);
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
        return this.addRaw(external_os_namespaceObject.EOL);
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
;// CONCATENATED MODULE: external "string_decoder"
const external_string_decoder_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");
// EXTERNAL MODULE: external "events"
var external_events_ = __nccwpck_require__(4434);
;// CONCATENATED MODULE: external "child_process"
const external_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");
// EXTERNAL MODULE: external "assert"
var external_assert_ = __nccwpck_require__(2613);
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io-util.js
var io_util_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { chmod, copyFile, lstat, mkdir, open: io_util_open, readdir, rename, rm, rmdir, stat, symlink, unlink } = external_fs_namespaceObject.promises;
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
    return io_util_awaiter(this, void 0, void 0, function* () {
        const result = yield fs.promises.readlink(fsPath);
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
const READONLY = external_fs_namespaceObject.constants.O_RDONLY;
function exists(fsPath) {
    return io_util_awaiter(this, void 0, void 0, function* () {
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
    return io_util_awaiter(this, arguments, void 0, function* (fsPath, useStat = false) {
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
    return io_util_awaiter(this, void 0, void 0, function* () {
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
                const upperExt = external_path_namespaceObject.extname(filePath).toUpperCase();
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
                        const directory = external_path_namespaceObject.dirname(filePath);
                        const upperName = external_path_namespaceObject.basename(filePath).toUpperCase();
                        for (const actualName of yield readdir(directory)) {
                            if (upperName === actualName.toUpperCase()) {
                                filePath = external_path_namespaceObject.join(directory, actualName);
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
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io.js
var io_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
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
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        const { force, recursive, copySourceDirectory } = readCopyOptions(options);
        const destStat = (yield ioUtil.exists(dest)) ? yield ioUtil.stat(dest) : null;
        // Dest is an existing file, but not forcing
        if (destStat && destStat.isFile() && !force) {
            return;
        }
        // If dest is an existing directory, should copy inside.
        const newDest = destStat && destStat.isDirectory() && copySourceDirectory
            ? path.join(dest, path.basename(source))
            : dest;
        if (!(yield ioUtil.exists(source))) {
            throw new Error(`no such file or directory: ${source}`);
        }
        const sourceStat = yield ioUtil.stat(source);
        if (sourceStat.isDirectory()) {
            if (!recursive) {
                throw new Error(`Failed to copy. ${source} is a directory, but tried to copy without recursive flag.`);
            }
            else {
                yield cpDirRecursive(source, newDest, 0, force);
            }
        }
        else {
            if (path.relative(source, newDest) === '') {
                // a file cannot be copied to itself
                throw new Error(`'${newDest}' and '${source}' are the same file`);
            }
            yield io_copyFile(source, newDest, force);
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
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
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
    return io_awaiter(this, void 0, void 0, function* () {
        if (ioUtil.IS_WINDOWS) {
            // Check for invalid characters
            // https://docs.microsoft.com/en-us/windows/win32/fileio/naming-a-file
            if (/[*"<>|]/.test(inputPath)) {
                throw new Error('File path must not contain `*`, `"`, `<`, `>` or `|` on Windows');
            }
        }
        try {
            // note if path does not exist, error is silent
            yield ioUtil.rm(inputPath, {
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
    return io_awaiter(this, void 0, void 0, function* () {
        ok(fsPath, 'a path argument must be provided');
        yield ioUtil.mkdir(fsPath, { recursive: true });
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
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // recursive when check=true
        if (check) {
            const result = yield which(tool, false);
            if (!result) {
                if (IS_WINDOWS) {
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
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // build the list of extensions to try
        const extensions = [];
        if (IS_WINDOWS && process.env['PATHEXT']) {
            for (const extension of process.env['PATHEXT'].split(external_path_namespaceObject.delimiter)) {
                if (extension) {
                    extensions.push(extension);
                }
            }
        }
        // if it's rooted, return it if exists. otherwise return empty.
        if (isRooted(tool)) {
            const filePath = yield tryGetExecutablePath(tool, extensions);
            if (filePath) {
                return [filePath];
            }
            return [];
        }
        // if any path separators, return empty
        if (tool.includes(external_path_namespaceObject.sep)) {
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
            for (const p of process.env.PATH.split(external_path_namespaceObject.delimiter)) {
                if (p) {
                    directories.push(p);
                }
            }
        }
        // find all matches
        const matches = [];
        for (const directory of directories) {
            const filePath = yield tryGetExecutablePath(external_path_namespaceObject.join(directory, tool), extensions);
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
    return io_awaiter(this, void 0, void 0, function* () {
        // Ensure there is not a run away recursive copy
        if (currentDepth >= 255)
            return;
        currentDepth++;
        yield mkdirP(destDir);
        const files = yield ioUtil.readdir(sourceDir);
        for (const fileName of files) {
            const srcFile = `${sourceDir}/${fileName}`;
            const destFile = `${destDir}/${fileName}`;
            const srcFileStat = yield ioUtil.lstat(srcFile);
            if (srcFileStat.isDirectory()) {
                // Recurse
                yield cpDirRecursive(srcFile, destFile, currentDepth, force);
            }
            else {
                yield io_copyFile(srcFile, destFile, force);
            }
        }
        // Change the mode for the newly created directory
        yield ioUtil.chmod(destDir, (yield ioUtil.stat(sourceDir)).mode);
    });
}
// Buffered file copy
function io_copyFile(srcFile, destFile, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        if ((yield ioUtil.lstat(srcFile)).isSymbolicLink()) {
            // unlink/re-link it
            try {
                yield ioUtil.lstat(destFile);
                yield ioUtil.unlink(destFile);
            }
            catch (e) {
                // Try to override file permission
                if (e.code === 'EPERM') {
                    yield ioUtil.chmod(destFile, '0666');
                    yield ioUtil.unlink(destFile);
                }
                // other errors = it doesn't exist, no work to do
            }
            // Copy over symlink
            const symlinkFull = yield ioUtil.readlink(srcFile);
            yield ioUtil.symlink(symlinkFull, destFile, ioUtil.IS_WINDOWS ? 'junction' : null);
        }
        else if (!(yield ioUtil.exists(destFile)) || force) {
            yield ioUtil.copyFile(srcFile, destFile);
        }
    });
}
//# sourceMappingURL=io.js.map
;// CONCATENATED MODULE: external "timers"
const external_timers_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/toolrunner.js
var toolrunner_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};







/* eslint-disable @typescript-eslint/unbound-method */
const toolrunner_IS_WINDOWS = process.platform === 'win32';
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
        if (toolrunner_IS_WINDOWS) {
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
            let n = s.indexOf(external_os_namespaceObject.EOL);
            while (n > -1) {
                const line = s.substring(0, n);
                onLine(line);
                // the rest of the string ...
                s = s.substring(n + external_os_namespaceObject.EOL.length);
                n = s.indexOf(external_os_namespaceObject.EOL);
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
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                return process.env['COMSPEC'] || 'cmd.exe';
            }
        }
        return this.toolPath;
    }
    _getSpawnArgs(options) {
        if (toolrunner_IS_WINDOWS) {
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
        return toolrunner_awaiter(this, void 0, void 0, function* () {
            // root the tool path if it is unrooted and contains relative pathing
            if (!isRooted(this.toolPath) &&
                (this.toolPath.includes('/') ||
                    (toolrunner_IS_WINDOWS && this.toolPath.includes('\\')))) {
                // prefer options.cwd if it is specified, however options.cwd may also need to be rooted
                this.toolPath = external_path_namespaceObject.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
            }
            // if the tool is only a file name, then resolve it from the PATH
            // otherwise verify it exists (add extension on Windows if necessary)
            this.toolPath = yield which(this.toolPath, true);
            return new Promise((resolve, reject) => toolrunner_awaiter(this, void 0, void 0, function* () {
                this._debug(`exec tool: ${this.toolPath}`);
                this._debug('arguments:');
                for (const arg of this.args) {
                    this._debug(`   ${arg}`);
                }
                const optionsNonNull = this._cloneExecOptions(this.options);
                if (!optionsNonNull.silent && optionsNonNull.outStream) {
                    optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + external_os_namespaceObject.EOL);
                }
                const state = new ExecState(optionsNonNull, this.toolPath);
                state.on('debug', (message) => {
                    this._debug(message);
                });
                if (this.options.cwd && !(yield exists(this.options.cwd))) {
                    return reject(new Error(`The cwd: ${this.options.cwd} does not exist!`));
                }
                const fileName = this._getSpawnFileName();
                const cp = external_child_process_namespaceObject.spawn(fileName, this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(this.options, fileName));
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
function exec_exec(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        const commandArgs = tr.argStringToArray(commandLine);
        if (commandArgs.length === 0) {
            throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
        }
        // Path to tool to execute should be first arg
        const toolPath = commandArgs[0];
        args = commandArgs.slice(1).concat(args || []);
        const runner = new tr.ToolRunner(toolPath, args, options);
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
        const exitCode = yield exec_exec(commandLine, args, Object.assign(Object.assign({}, options), { listeners }));
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
const platform = external_os_namespaceObject.platform();
const arch = external_os_namespaceObject.arch();
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
    process.stdout.write(external_os_namespaceObject.EOL);
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
    process.stdout.write(message + external_os_namespaceObject.EOL);
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
const depth = new GroupDepth((title) => startGroup(title), () => endGroup(), (title) => info(title));
/** The real adapter, over @actions/core (which reads process.env and writes process.stdout). */
function runnerIO() {
    // Bytes this step wrote to its summary file: GitHub drops a step summary over 1 MiB.
    let summaryBytes = 0;
    return {
        // Raw, like every input source we test with: trimming is the input helpers' job.
        getInput: (name) => getInput(name, { trimWhitespace: false }),
        setOutput: (name, value) => setOutput(name, value),
        setSecret: (value) => core_setSecret(value),
        setFailed: (message) => setFailed(message),
        debug: (message) => core_debug(message),
        info: (message) => info(message),
        warning: (message) => warning(message),
        error: (message) => error(message),
        group: (title, body) => depth.run(title, body),
        writeSummary: async (markdown) => {
            // Outside a runner (the CLI, local runs) there is no summary file: not an error, while
            // core.summary.write() would throw without GITHUB_STEP_SUMMARY.
            if (!process.env.GITHUB_STEP_SUMMARY)
                return;
            const text = fitSummary(markdown.endsWith('\n') ? markdown : `${markdown}\n`, SUMMARY_LIMIT_BYTES - summaryBytes);
            summaryBytes += Buffer.byteLength(text, 'utf8');
            await summary.addRaw(text).write();
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

;// CONCATENATED MODULE: ./src/lib/validate/least-privilege.ts
/**
 * Roles broader than a workload identity needs (issue 15, class 8). The pods' GSA needs
 * `roles/cloudsql.client` and object read/write on the log bucket (`roles/storage.objectUser`:
 * create, get, list, update and delete objects, no ACL or IAM changes:
 * https://cloud.google.com/storage/docs/access-control/iam-roles). Kubernetes write access
 * (`roles/container.*`) belongs to the deployer that runs the workflow, not to every pod that
 * runs as the workload's KSA. Such roles stay possible (the runbook grants them), with a warning.
 */
const BROAD = [
    [/^roles\/(?:owner|editor)$/, 'a basic role over the whole project'],
    [/^roles\/container\./, 'Kubernetes access through IAM (the deployer needs it, pods do not)'],
    [/^roles\/storage\.(?:admin|objectAdmin)$/, 'bucket or object administration (ACLs included)'],
    [
        /^roles\/iam\.(?:serviceAccountAdmin|serviceAccountTokenCreator|securityAdmin|roleAdmin)$/,
        'the power to act as or manage other identities',
    ],
    [/^roles\/resourcemanager\.projectIamAdmin$/, 'the power to change the project IAM policy'],
];
/** One warning per role that gives the workload identity more than it needs. */
function broadRoleWarnings(input, roles) {
    return roles.flatMap((role) => {
        const hit = BROAD.find(([re]) => re.test(role));
        return hit
            ? [
                `${input}: ${role} gives the workload identity ${hit[1]}; pods need roles/cloudsql.client and roles/storage.objectUser on the log bucket (least privilege)`,
            ]
            : [];
    });
}

// EXTERNAL MODULE: ./src/lib/validate/rules.ts
var rules = __nccwpck_require__(3325);
;// CONCATENATED MODULE: ./src/actions/setup-wi/inputs.ts
/** setup-wi's input and output names (kept equal to action.yml by a test) and parseInputs(). */



const Inputs = {
    ProjectId: 'project-id',
    Location: 'location',
    Cluster: 'cluster',
    GsaName: 'gsa-name',
    GsaDisplayName: 'gsa-display-name',
    ProjectRoles: 'project-roles',
    Bindings: 'bindings',
    EnableWorkloadPool: 'enable-workload-pool',
    UpdateNodePools: 'update-node-pools',
    Config: 'config',
    DryRun: 'dry-run',
};
const Outputs = {
    GsaEmail: 'gsa-email',
    WorkloadPool: 'workload-pool',
    Changed: 'changed',
    Changes: 'changes',
};
/** Reads, merges (explicit inputs win over the platform file) and validates every input. */
function parseInputs(source, config) {
    const projectId = rules/* projectId */.Lg(Inputs.ProjectId, requiredFrom(Inputs.ProjectId, optional(source, Inputs.ProjectId), config?.project));
    const enableWorkloadPool = booleanInput(source, Inputs.EnableWorkloadPool, config?.workloadIdentity?.enableWorkloadPool ?? true);
    const clusterName = pick(optional(source, Inputs.Cluster), config?.cluster?.name);
    const location = pick(optional(source, Inputs.Location), config?.cluster?.location);
    let cluster;
    if (enableWorkloadPool || clusterName !== undefined) {
        cluster = {
            name: rules/* clusterName */.SL(Inputs.Cluster, requiredFrom(Inputs.Cluster, clusterName, undefined, 'when enable-workload-pool is true')),
            location: rules/* location */.C5(Inputs.Location, requiredFrom(Inputs.Location, location, undefined, 'with cluster')),
        };
    }
    const gsaName = rules/* serviceAccountName */.uY(Inputs.GsaName, requiredFrom(Inputs.GsaName, optional(source, Inputs.GsaName), config?.gsa?.name));
    const gsaDisplayName = pick(optional(source, Inputs.GsaDisplayName), config?.gsa?.displayName);
    if (gsaDisplayName !== undefined && gsaDisplayName.length > 100) {
        throw new errors/* ConfigurationError */.j1(Inputs.GsaDisplayName, 'must be at most 100 characters');
    }
    const rolesInput = parseList(optional(source, Inputs.ProjectRoles));
    const projectRoles = unique((rolesInput.length > 0 ? rolesInput : (config?.gsa?.projectRoles ?? [])).map((role) => rules/* iamRole */.UQ(Inputs.ProjectRoles, role)));
    const bindingsInput = parseList(optional(source, Inputs.Bindings));
    const bindingValues = bindingsInput.length > 0 ? bindingsInput : (config?.workloadIdentity?.bindings ?? []);
    const bindings = uniqueBy(bindingValues.map((b) => rules/* namespacedName */.vq(Inputs.Bindings, b)), (b) => `${b.namespace}/${b.name}`);
    return {
        projectId,
        cluster,
        gsaName,
        gsaDisplayName: gsaDisplayName && rules/* safeValue */.pI(Inputs.GsaDisplayName, gsaDisplayName),
        projectRoles,
        bindings,
        enableWorkloadPool,
        updateNodePools: booleanInput(source, Inputs.UpdateNodePools, config?.workloadIdentity?.updateNodePools ?? false),
        dryRun: booleanInput(source, Inputs.DryRun, false),
    };
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
    /** A cluster update (enabling the workload pool) takes minutes: watch it live. */
    streams(args) {
        return args[0] === 'container' && args[1] === 'clusters' && args[2] === 'update';
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
            return parseJson(result.stdout, `kubectl get ${kind}/${name}`);
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
        const result = await this.mutate(applyArgs(options), {
            stdin: await toYamlStream(objects),
            sanitize: sanitizeApplyError,
        });
        return result.stdout.trim();
    }
}

;// CONCATENATED MODULE: ./src/actions/setup-wi/argv.ts
const workloadPoolOf = (projectId) => `${projectId}.svc.id.goog`;
const gsaEmailOf = (name, projectId) => `${name}@${projectId}.iam.gserviceaccount.com`;
const wiMemberOf = (projectId, namespace, ksa) => `serviceAccount:${workloadPoolOf(projectId)}[${namespace}/${ksa}]`;
const WI_USER_ROLE = 'roles/iam.workloadIdentityUser';
const GSA_ANNOTATION = 'iam.gke.io/gcp-service-account';
/**
 * Moves a node pool to the GKE metadata server, which Workload Identity needs on every pool
 * (https://cloud.google.com/kubernetes-engine/docs/how-to/workload-identity, "Migrate existing
 * node pools"; the mode "can only be enabled if Workload Identity is enabled at the cluster
 * level":
 * https://cloud.google.com/python/docs/reference/container/latest/google.cloud.container_v1.types.WorkloadMetadataConfig).
 * It re-creates the pool's nodes. Without `--async`, gcloud waits for the node pool operation.
 */
function nodePoolMetadataArgs(p, c, pool) {
    return [
        'container',
        'node-pools',
        'update',
        pool,
        `--cluster=${c.name}`,
        ...where(p, c),
        '--workload-metadata=GKE_METADATA',
    ];
}
/** The cluster's location and project, as every `gcloud container` command names them. */
const where = (p, c) => [`--location=${c.location}`, `--project=${p}`];
/** `gcloud container clusters VERB NAME` in the cluster's location and project. */
const clusters = (verb, p, c) => [
    'container',
    'clusters',
    verb,
    c.name,
    ...where(p, c),
];
/** `gcloud iam service-accounts VERB EMAIL` in the project. */
const serviceAccounts = (verb, email, p) => [
    'iam',
    'service-accounts',
    verb,
    email,
    `--project=${p}`,
];
const argv = {
    describeCluster: (p, c) => clusters('describe', p, c),
    enableWorkloadPool: (p, c) => [
        ...clusters('update', p, c),
        `--workload-pool=${workloadPoolOf(p)}`,
        '--quiet',
    ],
    nodePoolMetadata: (p, c, pool) => nodePoolMetadataArgs(p, c, pool),
    /** The same update as run by the action: `--quiet` so no prompt can hang the step. */
    updateNodePoolMetadata: (p, c, pool) => [
        ...nodePoolMetadataArgs(p, c, pool),
        '--quiet',
    ],
    describeGsa: (p, email) => serviceAccounts('describe', email, p),
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
    getGsaPolicy: (p, email) => serviceAccounts('get-iam-policy', email, p),
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






const gcloudLine = (args) => formatCommand({ tool: 'gcloud', args });
const kubectlApplyLine = formatCommand({ tool: 'kubectl', args: applyArgs() });
const kubectlForcedApplyLine = formatCommand({
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
                commands: [gcloudLine(argv.enableWorkloadPool(p, c))],
                op: { type: 'workload-pool' },
            });
        }
        changes.push(...planNodePools(inputs, c, cluster, warnings));
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
            commands: [gcloudLine(argv.createGsa(p, inputs.gsaName, inputs.gsaDisplayName))],
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
                    gcloudLine(argv.getProjectPolicy(p)),
                    gcloudLine(argv.setProjectPolicy(p)('POLICY.json')),
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
                    gcloudLine(argv.getGsaPolicy(p, gsaEmail)),
                    gcloudLine(argv.setGsaPolicy(p, gsaEmail)('POLICY.json')),
                ],
                op: { type: 'wi-members', members: missing },
            });
    }
    return { gsaEmail, workloadPool, changes, warnings };
}
/**
 * Pods on a node pool whose workload metadata is not GKE_METADATA get the node's identity, not
 * their KSA's: updating the cluster alone is not enough ("Migrate existing node pools",
 * https://cloud.google.com/kubernetes-engine/docs/how-to/workload-identity). The update
 * re-creates the pool's nodes, so it is opt-in; without it the run fails here, before any write.
 */
function planNodePools(inputs, c, cluster, warnings) {
    const p = inputs.projectId;
    const stale = cluster && !cluster.autopilot
        ? cluster.nodePools.filter((pool) => pool.metadataMode !== 'GKE_METADATA')
        : [];
    if (stale.length === 0)
        return [];
    const describe = (pool) => `${pool.name} (workload metadata ${pool.metadataMode ?? 'unset'})`;
    if (!inputs.updateNodePools) {
        throw new errors/* ConfigurationError */.j1(Inputs.UpdateNodePools, `node pool(s) ${stale.map(describe).join(', ')} of cluster ${c.name} are not on GKE_METADATA, ` +
            `so their pods would use the node's service account instead of Workload Identity. ` +
            `Nothing was changed. ` +
            (cluster?.workloadPool === workloadPoolOf(p)
                ? 'Run, when a rolling re-creation of their nodes is acceptable: '
                : `GKE_METADATA needs Workload Identity on the cluster first: ${gcloudLine(argv.enableWorkloadPool(p, c))} ; then, when a rolling re-creation of their nodes is acceptable, run: `) +
            stale.map((pool) => gcloudLine(argv.nodePoolMetadata(p, c, pool.name))).join(' ; ') +
            ` -- or set ${Inputs.UpdateNodePools}: true (workloadIdentity.updateNodePools in the platform file) to let this action do it`);
    }
    return stale.map((pool) => {
        warnings.push(`node pool ${pool.name} moves to GKE_METADATA: GKE re-creates its nodes (a rolling update that drains and replaces each node), so its pods are rescheduled`);
        return {
            resource: `nodepool/${pool.name} workload metadata`,
            action: 'update',
            reason: `${describe(pool)}; want GKE_METADATA (re-creates its nodes, rolling)`,
            commands: [gcloudLine(argv.updateNodePoolMetadata(p, c, pool.name))],
            op: { type: 'node-pool', pool: pool.name },
        };
    });
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
function containersOf(o) {
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
    return containersOf(o)
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

;// CONCATENATED MODULE: ./src/actions/setup-wi/reconcile.ts






/** Updating the workload pool of a Standard cluster can take tens of minutes. */
const CLUSTER_UPDATE_TIMEOUT_MS = 45 * 60 * 1000;
/** A node pool update re-creates every node of the pool, surge by surge: allow hours. */
const NODE_POOL_UPDATE_TIMEOUT_MS = 3 * 60 * 60 * 1000;
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
            const json = await this.gcloud.describe(argv.describeCluster(p, cluster));
            observedCluster = json ? toObservedCluster(json) : null;
        }
        const gsaExists = (await this.gcloud.describe(argv.describeGsa(p, gsaEmail))) !== undefined;
        const projectPolicy = this.inputs.projectRoles.length > 0
            ? await this.gcloud.json(argv.getProjectPolicy(p))
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
                ? await this.gcloud.json(argv.getGsaPolicy(p, gsaEmail))
                : {}
            : undefined;
        return { cluster: observedCluster, gsaExists, projectPolicy, namespaces, ksas, gsaPolicy };
    }
    /** Runs one planned operation; returns a short detail for the summary. */
    provenance;
    /** This run's provenance (commit, run URL), resolved once when the first object is written. */
    run() {
        return (this.provenance ??= resolveProvenance(this.ctx));
    }
    async apply(op, plan) {
        const p = this.inputs.projectId;
        const { gsaEmail } = plan;
        switch (op.type) {
            case 'workload-pool': {
                const cluster = this.inputs.cluster;
                if (!cluster)
                    throw new Error('internal: workload-pool change without a cluster');
                await this.gcloud.mutate(argv.enableWorkloadPool(p, cluster), {
                    timeoutMs: CLUSTER_UPDATE_TIMEOUT_MS,
                });
                return `set to ${plan.workloadPool}`;
            }
            case 'node-pool': {
                const cluster = this.inputs.cluster;
                if (!cluster)
                    throw new Error('internal: node-pool change without a cluster');
                // gcloud (no --async) waits for the node pool operation, so this returns when it is done.
                await this.gcloud.mutate(argv.updateNodePoolMetadata(p, cluster, op.pool), {
                    timeoutMs: NODE_POOL_UPDATE_TIMEOUT_MS,
                });
                return 'workload metadata GKE_METADATA; nodes re-created';
            }
            case 'gsa':
                try {
                    await this.gcloud.mutate(argv.createGsa(p, this.inputs.gsaName, this.inputs.gsaDisplayName));
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
                    getArgs: argv.getProjectPolicy(p),
                    setArgs: argv.setProjectPolicy(p),
                }, op.roles.map((role) => ({ role, member })), { ...this.ctx, gcloud: this.gcloud, principalJustCreated: this.gsaCreated });
                return written.length
                    ? `granted ${written.map((g) => g.role).join(', ')}`
                    : 'already granted';
            }
            case 'namespace':
                // Applied only when the plan found it missing, so provenance goes with a real change.
                await this.kubectl.apply([
                    stampProvenance(managedNamespace(op.namespace), await this.run()),
                ]);
                return 'applied';
            case 'ksa':
                // Forced: the annotation is ours to converge even when set by hand (another manager).
                await this.kubectl.apply([stampProvenance(ksaObject(op.namespace, op.name, gsaEmail), await this.run())], { forceConflicts: true });
                return `annotated ${GSA_ANNOTATION}=${gsaEmail}`;
            case 'wi-members': {
                const written = await ensureGrants({
                    label: `service account ${gsaEmail}`,
                    getArgs: argv.getGsaPolicy(p, gsaEmail),
                    setArgs: argv.setGsaPolicy(p, gsaEmail),
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
        const clusterOps = ops.filter((op) => op.type === 'workload-pool' || op.type === 'node-pool');
        if (clusterOps.length > 0 && this.inputs.cluster) {
            const json = await this.gcloud.describe(argv.describeCluster(p, this.inputs.cluster));
            const observed = json ? toObservedCluster(json) : undefined;
            for (const op of clusterOps) {
                if (op.type === 'workload-pool' && observed?.workloadPool !== plan.workloadPool) {
                    problems.push(`cluster workload pool is ${observed?.workloadPool ?? 'unset'}, not ${plan.workloadPool}`);
                }
                if (op.type === 'node-pool') {
                    const mode = observed?.nodePools.find((np) => np.name === op.pool)?.metadataMode;
                    if (mode !== 'GKE_METADATA')
                        problems.push(`node pool ${op.pool} workload metadata is ${mode ?? 'unset'}`);
                }
            }
        }
        for (const op of ops) {
            if (op.type === 'project-roles') {
                const policy = await this.gcloud.json(argv.getProjectPolicy(p));
                const member = `serviceAccount:${plan.gsaEmail}`;
                const absent = op.roles.filter((role) => !hasBinding(policy, role, member));
                if (absent.length)
                    problems.push(`project policy still lacks ${absent.join(', ')}`);
            }
            if (op.type === 'wi-members') {
                const policy = await this.gcloud.json(argv.getGsaPolicy(p, plan.gsaEmail));
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
const definition = {
    name: 'setup-wi',
    order: 10,
    parse: (source, config) => parseInputs(source, config),
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
                plan.warnings.push(...broadRoleWarnings(Inputs.ProjectRoles, inputs.projectRoles));
                return plan;
            },
            apply: (op) => reconciler.apply(op, planned()),
            verify: (applied) => reconciler.verify(applied, planned()),
            outputs: (result) => ({
                [Outputs.GsaEmail]: planned().gsaEmail,
                [Outputs.WorkloadPool]: planned().workloadPool,
                [Outputs.Changed]: String(result.changed),
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
const run = (deps) => runDefinition(definition, deps);


/***/ }),

/***/ 4400:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _definition_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1971);

await (0,_definition_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

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
/* harmony export */   ou: () => (/* binding */ dnsSubdomain),
/* harmony export */   p0: () => (/* binding */ duration),
/* harmony export */   pI: () => (/* binding */ safeValue),
/* harmony export */   uY: () => (/* binding */ serviceAccountName),
/* harmony export */   vq: () => (/* binding */ namespacedName)
/* harmony export */ });
/* unused harmony exports MAX_VALUE_LENGTH, zone, serviceAccountEmail, formatDuration */
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

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

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

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

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
/******/ var __webpack_exports__ = __nccwpck_require__(4400);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

//# sourceMappingURL=index.js.map
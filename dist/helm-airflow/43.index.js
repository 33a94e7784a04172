export const id = 43;
export const ids = [43];
export const modules = {

/***/ 6043:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   certainlyValid: () => (/* binding */ certainlyValid)
/* harmony export */ });
/* harmony import */ var _validate_helm_airflow_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2541);
/* harmony import */ var _validate_bucket_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2077);
/* harmony import */ var _validate_image_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9119);
/* harmony import */ var _validate_kubernetes_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5952);
/* harmony import */ var _validate_label_value_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3612);
/* harmony import */ var _validate_rules_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3325);
/**
 * A check of the platform file that needs no zod: it returns exactly what `platformSchema`
 * (schema.ts) returns for a valid file, or `undefined` whenever it is not certain, and then
 * load.ts asks zod, which decides and words every error.
 *
 * Why a second check beside the schema: every action reads the file at start-up, and loading
 * zod and building the ~90 schemas of the file is the largest part of that path (issue 11,
 * `npm run bench`); a valid file, the usual case, can be accepted by the same rule functions
 * the schema calls, without zod. The schema stays the one definition: this check only says
 * "certainly valid". It says `undefined` for any key, type or value it does not know (a key
 * added to the schema only is refused here and decided by zod), for keys that could touch a
 * prototype, and for `litellm.smokeUrl` (zod's URL rules are its own).
 * __tests__/lib/config/schema-equivalence.test.ts runs both over >1000 documents: whatever
 * this accepts, zod accepts with the same data, key order included.
 */






const accept = (value) => ({ value });
const holds = (test) => {
    try {
        test();
        return true;
    }
    catch {
        return false;
    }
};
/** zod's object test (zod/v4/core/util.js isObject). */
const isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Keys whose assignment could reach a prototype: left to zod. */
const RISKY_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const string = (test = () => true) => (v) => typeof v === 'string' && test(v) ? accept(v) : undefined;
const rule = (r) => string((s) => holds(() => r('', s)));
const nonEmpty = string((s) => s.length >= 1);
const boolean = (v) => (typeof v === 'boolean' ? accept(v) : undefined);
/** z.number().check(z.int(), z.minimum(min), z.maximum(max)): a safe integer in range. */
const int = (min, max) => (v) => typeof v === 'number' && Number.isSafeInteger(v) && v >= min && v <= max
    ? accept(v)
    : undefined;
const oneOf = (values) => (v) => typeof v === 'string' && values.includes(v) ? accept(v) : undefined;
const anything = (v) => accept(v);
const never = () => undefined;
function arrayOf(item, whole = () => true) {
    return (v) => {
        if (!Array.isArray(v))
            return undefined;
        const out = [];
        for (const x of v) {
            const r = item(x);
            if (!r)
                return undefined;
            out.push(r.value);
        }
        return whole(out) ? accept(out) : undefined;
    };
}
function recordOf(key, value, whole = () => true) {
    return (v) => {
        if (!isRecord(v))
            return undefined;
        const out = {};
        for (const k of Reflect.ownKeys(v)) {
            if (typeof k !== 'string' || RISKY_KEYS.has(k) || !key(k))
                return undefined;
            const r = value(v[k]);
            if (!r)
                return undefined;
            out[k] = r.value;
        }
        return whole(out) ? accept(out) : undefined;
    };
}
const required = (check) => ({ check, required: true });
const withDefault = (check, fallback) => ({ check, fallback });
/** z.strictObject: no unknown key; output keys in shape order, as zod builds them. */
function strictObject(shape) {
    const fields = Object.entries(shape).map(([k, f]) => [k, typeof f === 'function' ? { check: f } : f]);
    return (v) => {
        if (!isRecord(v))
            return undefined;
        for (const k of Reflect.ownKeys(v)) {
            if (typeof k !== 'string' || !Object.hasOwn(shape, k))
                return undefined;
        }
        const out = {};
        for (const [k, field] of fields) {
            if (!Object.hasOwn(v, k)) {
                if (field.required)
                    return undefined;
                if (field.fallback)
                    out[k] = field.fallback();
                continue;
            }
            const r = field.check(v[k]);
            if (!r)
                return undefined;
            out[k] = r.value;
        }
        return accept(out);
    };
}
// One line per key of src/lib/config/sections/*.ts, in the same order.
const imageEntry = strictObject({
    name: required(string((s) => /^[a-z0-9][a-z0-9-]{0,62}$/.test(s))),
    image: required(rule(_validate_image_js__WEBPACK_IMPORTED_MODULE_2__/* .imageName */ .tO)),
    context: withDefault(nonEmpty, () => '.'),
    dockerfile: nonEmpty,
    target: nonEmpty,
    tags: arrayOf(rule(_validate_image_js__WEBPACK_IMPORTED_MODULE_2__/* .imageTag */ .I_)),
    platforms: arrayOf(rule(_validate_image_js__WEBPACK_IMPORTED_MODULE_2__/* .platform */ .iD)),
    buildArgs: recordOf(string(), string(), (args) => Object.keys(args).every((k) => holds(() => _validate_image_js__WEBPACK_IMPORTED_MODULE_2__/* .buildArgName */ .EW('', k)))),
    labels: recordOf(string(), string()),
    createRepository: boolean,
    skipExisting: boolean,
});
const platform = strictObject({
    project: required(rule(_validate_rules_js__WEBPACK_IMPORTED_MODULE_5__/* .projectId */ .Lg)),
    region: required(rule(_validate_rules_js__WEBPACK_IMPORTED_MODULE_5__/* .region */ .Ny)),
    cluster: strictObject({
        name: required(rule(_validate_rules_js__WEBPACK_IMPORTED_MODULE_5__/* .clusterName */ .SL)),
        location: required(rule(_validate_rules_js__WEBPACK_IMPORTED_MODULE_5__/* .location */ .C5)),
    }),
    gsa: strictObject({
        name: required(rule(_validate_rules_js__WEBPACK_IMPORTED_MODULE_5__/* .serviceAccountName */ .uY)),
        displayName: string((s) => s.length <= 100),
        projectRoles: withDefault(arrayOf(rule(_validate_rules_js__WEBPACK_IMPORTED_MODULE_5__/* .iamRole */ .UQ)), () => []),
    }),
    workloadIdentity: strictObject({
        enableWorkloadPool: withDefault(boolean, () => true),
        updateNodePools: boolean,
        bindings: withDefault(arrayOf(rule(_validate_rules_js__WEBPACK_IMPORTED_MODULE_5__/* .namespacedName */ .vq)), () => []),
    }),
    logBucket: strictObject({
        name: required(rule(_validate_bucket_js__WEBPACK_IMPORTED_MODULE_1__/* .bucketName */ .EL)),
        location: rule(_validate_bucket_js__WEBPACK_IMPORTED_MODULE_1__/* .bucketLocation */ .G4),
        role: rule(_validate_rules_js__WEBPACK_IMPORTED_MODULE_5__/* .iamRole */ .UQ),
        retentionDays: int(1, 36500),
        labels: recordOf(string(), string(), (labels) => holds(() => (0,_validate_bucket_js__WEBPACK_IMPORTED_MODULE_1__/* .bucketLabels */ .WA)('', Object.entries(labels)))),
        member: rule(_validate_bucket_js__WEBPACK_IMPORTED_MODULE_1__/* .bucketMember */ .X1),
    }),
    images: arrayOf(imageEntry, (entries) => {
        const names = entries.map((e) => e.name);
        return new Set(names).size === names.length;
    }),
    airflow: strictObject({
        release: rule(_validate_rules_js__WEBPACK_IMPORTED_MODULE_5__/* .helmRelease */ .Mu),
        namespace: rule(_validate_rules_js__WEBPACK_IMPORTED_MODULE_5__/* .dnsLabel */ .UG),
        chartVersion: rule(_validate_helm_airflow_js__WEBPACK_IMPORTED_MODULE_0__/* .chartVersion */ .X9),
        chartRepo: rule(_validate_helm_airflow_js__WEBPACK_IMPORTED_MODULE_0__/* .chartRepo */ .z4),
        valuesFiles: arrayOf(rule(_validate_rules_js__WEBPACK_IMPORTED_MODULE_5__/* .safeValue */ .pI)),
        values: recordOf(string(), anything),
        image: rule(_validate_helm_airflow_js__WEBPACK_IMPORTED_MODULE_0__/* .imageRef */ .D6),
        airflowVersion: rule(_validate_helm_airflow_js__WEBPACK_IMPORTED_MODULE_0__/* .exactVersion */ .y),
        serviceAccount: rule(_validate_rules_js__WEBPACK_IMPORTED_MODULE_5__/* .dnsSubdomain */ .ou),
        logFolder: rule(_validate_helm_airflow_js__WEBPACK_IMPORTED_MODULE_0__/* .logFolder */ .hI),
        gitSync: strictObject({
            repo: required(rule(_validate_helm_airflow_js__WEBPACK_IMPORTED_MODULE_0__/* .gitRepo */ .bS)),
            branch: rule(_validate_helm_airflow_js__WEBPACK_IMPORTED_MODULE_0__/* .gitBranch */ .bC),
            subPath: string(),
            knownHosts: string(),
        }),
        admin: strictObject({ username: rule(_validate_helm_airflow_js__WEBPACK_IMPORTED_MODULE_0__/* .userName */ .nT), email: rule(_validate_helm_airflow_js__WEBPACK_IMPORTED_MODULE_0__/* .email */ .Rp) }),
        timeout: rule(_validate_rules_js__WEBPACK_IMPORTED_MODULE_5__/* .duration */ .p0),
        helmVersion: rule(_validate_helm_airflow_js__WEBPACK_IMPORTED_MODULE_0__/* .exactVersion */ .y),
    }),
    litellm: strictObject({
        namespace: rule(_validate_rules_js__WEBPACK_IMPORTED_MODULE_5__/* .dnsLabel */ .UG),
        createNamespace: boolean,
        manifests: arrayOf(nonEmpty),
        image: rule(_validate_kubernetes_js__WEBPACK_IMPORTED_MODULE_3__/* .imageRef */ .D6),
        replicas: int(1, 100),
        configFile: nonEmpty,
        serviceType: oneOf(['ClusterIP', 'NodePort', 'LoadBalancer']),
        resources: (v) => (holds(() => (0,_validate_kubernetes_js__WEBPACK_IMPORTED_MODULE_3__/* .checkResources */ .EB)('', v)) ? accept(v) : undefined),
        timeout: rule(_validate_rules_js__WEBPACK_IMPORTED_MODULE_5__/* .duration */ .p0),
        prune: boolean,
        applySet: rule(_validate_label_value_js__WEBPACK_IMPORTED_MODULE_4__/* .labelValue */ .w),
        smokeUrl: never,
    }),
    app: strictObject({
        namespace: rule(_validate_rules_js__WEBPACK_IMPORTED_MODULE_5__/* .dnsLabel */ .UG),
        manifests: arrayOf(nonEmpty),
        images: recordOf(nonEmpty, rule(_validate_kubernetes_js__WEBPACK_IMPORTED_MODULE_3__/* .imageRef */ .D6)),
        serviceAccount: rule(_validate_rules_js__WEBPACK_IMPORTED_MODULE_5__/* .dnsSubdomain */ .ou),
        cloudSqlInstance: rule(_validate_kubernetes_js__WEBPACK_IMPORTED_MODULE_3__/* .cloudSqlInstance */ .LV),
        autoIamAuthn: boolean,
        privateIp: boolean,
        backend: rule(_validate_rules_js__WEBPACK_IMPORTED_MODULE_5__/* .dnsSubdomain */ .ou),
        frontend: rule(_validate_rules_js__WEBPACK_IMPORTED_MODULE_5__/* .dnsSubdomain */ .ou),
        service: rule(_validate_rules_js__WEBPACK_IMPORTED_MODULE_5__/* .dnsLabel */ .UG),
        waitForAddress: boolean,
        addressTimeout: rule(_validate_rules_js__WEBPACK_IMPORTED_MODULE_5__/* .duration */ .p0),
        smokePath: string((s) => /^\/[^\s]*$/.test(s)),
        timeout: rule(_validate_rules_js__WEBPACK_IMPORTED_MODULE_5__/* .duration */ .p0),
        prune: boolean,
        applySet: rule(_validate_label_value_js__WEBPACK_IMPORTED_MODULE_4__/* .labelValue */ .w),
    }),
});
/** The platform file as zod would return it, when it is certainly valid; else undefined. */
function certainlyValid(document) {
    return platform(document)?.value;
}


/***/ }),

/***/ 2077:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  WA: () => (/* binding */ bucketLabels),
  G4: () => (/* binding */ bucketLocation),
  X1: () => (/* binding */ bucketMember),
  EL: () => (/* binding */ bucketName)
});

// UNUSED EXPORTS: MAX_LABELS

// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(7268);
;// CONCATENATED MODULE: ./src/lib/validate/principals.ts
/**
 * IAM principals that make a grant public (issue 15, class 7). From Google's "Principal
 * identifiers" (https://cloud.google.com/iam/docs/principal-identifiers): `allUsers` and
 * `allAuthenticatedUsers` in allow policies, and `principalSet://goog/public:all`, "any
 * principal that is on the internet, even if they do not have a Google Account or are not
 * logged in" (google.iam.v2 DenyRule.denied_principals). IAM ids are case-sensitive, but a
 * case variant is refused too: it is never a deliberate private principal.
 */
const PUBLIC = new Set(['allusers', 'allauthenticatedusers', 'principalset://goog/public:all']);
/** Consumer mail domains: `domain:gmail.com` is every Gmail account, in effect the public. */
const CONSUMER_DOMAINS = new Set(['gmail.com', 'googlemail.com']);
/**
 * Why `member` is public, or undefined when it is not. Also refused: a whole workload or
 * workforce identity pool (`.../workloadIdentityPools/POOL/*`): for a GitHub pool that is
 * every repository whose token the provider accepts.
 */
function publicPrincipalReason(member) {
    const m = member
        .trim()
        .toLowerCase()
        .replace(/^deleted:/, '');
    const bare = m.replace(/^(?:user|group|member):/, '');
    if (PUBLIC.has(m) || PUBLIC.has(bare))
        return 'grants access to everyone on the internet';
    if (m.startsWith('principalset://goog/public'))
        return 'grants access to everyone on the internet';
    if (m.startsWith('domain:') && CONSUMER_DOMAINS.has(m.slice('domain:'.length))) {
        return 'grants access to every account of a public mail service';
    }
    if (/^principalset:\/\/iam\.googleapis\.com\/.*(?:workloadidentitypools|workforcepools)\/[^/]+\/\*$/.test(m)) {
        return 'grants access to every identity of the pool; name one repository with principalSet://.../attribute.repository/OWNER/REPO';
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/lib/validate/rules.ts
var rules = __webpack_require__(3325);
;// CONCATENATED MODULE: ./src/lib/validate/bucket.ts
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
    const v = (0,rules/* safeValue */.pI)(input, value);
    const fail = (rule) => {
        throw new errors/* ConfigurationError */.j1(input, `${rule} (got "${v}")`);
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
    const v = (0,rules/* safeValue */.pI)(input, value);
    if (!/^(?:[a-z]+(?:-[a-z]+)*[0-9]+|[a-z]+[0-9]?)$/i.test(v)) {
        throw new errors/* ConfigurationError */.j1(input, `must be a Cloud Storage location: a region such as asia-southeast1, a multi-region such as US or EU, or a dual-region such as ASIA1 (got "${v}")`);
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
        throw new errors/* ConfigurationError */.j1(input, `at most ${MAX_LABELS} labels (got ${pairs.length})`);
    }
    const labels = {};
    for (const [rawKey, rawValue] of pairs) {
        const key = rawKey.trim();
        const value = rawValue.trim();
        if (!LABEL_KEY.test(key)) {
            throw new errors/* ConfigurationError */.j1(input, `label key "${key}" must be 1-63 characters: lowercase letters, digits, "_" and "-", starting with a lowercase letter`);
        }
        if (!LABEL_VALUE.test(value)) {
            throw new errors/* ConfigurationError */.j1(input, `label value "${value}" of "${key}" must be at most 63 characters: lowercase letters, digits, "_" and "-"`);
        }
        if (key in labels)
            throw new errors/* ConfigurationError */.j1(input, `label key "${key}" is given twice`);
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
    const v = (0,rules/* safeValue */.pI)(input, value);
    // Checked first and in every spelling: the bucket holds logs, never for the public (F66).
    const exposed = publicPrincipalReason(v);
    if (exposed !== undefined) {
        throw new errors/* ConfigurationError */.j1(input, `"${v}" ${exposed}; the log bucket must stay private`);
    }
    if (/^[a-z][-a-z0-9]{4,28}[a-z0-9]@[a-z][-a-z0-9.:]*\.gserviceaccount\.com$/.test(v)) {
        return `serviceAccount:${v}`;
    }
    if (MEMBER_PREFIXES.test(v))
        return v;
    throw new errors/* ConfigurationError */.j1(input, `must be a service account email (NAME@PROJECT.iam.gserviceaccount.com) or an IAM member such as serviceAccount:EMAIL or group:EMAIL (got "${v}")`);
}


/***/ }),

/***/ 9119:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EW: () => (/* binding */ buildArgName),
/* harmony export */   I_: () => (/* binding */ imageTag),
/* harmony export */   iD: () => (/* binding */ platform),
/* harmony export */   tO: () => (/* binding */ imageName)
/* harmony export */ });
/* unused harmony exports AR_EXAMPLE, isLoopbackHost, isGoogleHost, gcrWarning, imageDigest, isDigest, buildSecretId, labelKey */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7268);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3325);
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
    if (name.length > 256 || !ARG_NAME.test(name)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(input, `"${name.slice(0, 64)}" is not a build argument name (at most 256 letters, digits and "_", not starting with a digit)`);
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
        throw new ConfigurationError(input, `"${id}" is not a build secret id (1-64 letters, digits, "_", "." and "-")`);
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
    if (key.length > 256 || !LABEL_KEY.test(key)) {
        throw new ConfigurationError(input, `"${key.slice(0, 64)}" is not a label key (at most 256 letters, digits, ".", "_", "-", "/")`);
    }
    return key;
}


/***/ }),

/***/ 3612:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ labelValue)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7268);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3325);
/**
 * A Kubernetes label value: "must be 63 characters or less (can be empty), unless empty, must
 * begin and end with an alphanumeric character ([a-z0-9A-Z]), could contain dashes (-),
 * underscores (_), dots (.), and alphanumerics between"
 * (https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#syntax-and-character-set).
 * We never want an empty one: an empty value would select every unlabelled object's peers.
 */


const LABEL_VALUE = /^[A-Za-z0-9](?:[-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
const labelValue = (input, value) => {
    const v = (0,_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .safeValue */ .pI)(input, value);
    if (v.length > 63 || !LABEL_VALUE.test(v)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(input, `must be a Kubernetes label value: at most 63 characters, letters, digits, "-", "_" and ".", starting and ending with a letter or digit (got "${v}")`);
    }
    return v;
};


/***/ })

};

//# sourceMappingURL=43.index.js.map
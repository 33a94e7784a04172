export const id = 7;
export const ids = [7];
export const modules = {

/***/ 5007:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  platformSchema: () => (/* binding */ platformSchema)
});

// EXTERNAL MODULE: ./src/lib/validate/rules.ts
var rules = __webpack_require__(3325);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core = __webpack_require__(8532);
// EXTERNAL MODULE: ./node_modules/zod/v4/locales/en.js
var en = __webpack_require__(252);
// EXTERNAL MODULE: ./node_modules/zod/v4/mini/schemas.js + 5 modules
var schemas = __webpack_require__(8395);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/api.js + 1 modules
var api = __webpack_require__(3305);
;// CONCATENATED MODULE: ./src/lib/config/zod.ts
/**
 * The zod every platform-file schema is built with: `zod/mini`, run jitless.
 *
 * Why mini: it is the same library (the same core checks, issue codes and messages as
 * `import { z } from 'zod'`), but its schemas carry no chainable methods, so the bundle loads
 * less code and builds the ~90 schemas of the platform file for a fraction of the cost; an
 * action reads the file once per step, so that cost is start-up time (scripts/bench.mjs,
 * issue 11). https://zod.dev/packages/mini
 *
 * Why jitless: on its first parse, every object schema compiles a fast path with
 * `new Function` (zod/v4/core/schemas.js, `generateFastpass`), which pays back only when a
 * schema parses many values; we parse one document. Jitless takes the same parser zod falls
 * back to wherever `new Function` is not allowed (schemas.js, `fastEnabled`; README "AOT
 * compilation": "Global mode is automatically disabled when z.config({ jitless: true })").
 * __tests__/lib/config/schema-equivalence.test.ts checks both choices over >1000 documents
 * against what the classic, JIT-compiled schema returned.
 *
 * This must be the only import of zod in src/lib/config, so the setting runs before any
 * schema is built (ES modules evaluate a dependency before the module that imports it).
 */


// zod/mini ships no default locale ("Invalid input" for every issue); classic zod registers
// English itself (zod/v4/classic/schemas.js, _ensureDefaultLocale). Ours are the same messages.
(0,core/* config */.$W)({ ...(0,en/* default */.A)(), jitless: true });
// Named exports, not zod's `z` namespace: handing that object on marks every export used, and
// the bundler then keeps all 40 locales and the AOT compiler (820 KiB instead of ~300).
// Importers write `import * as z from './zod.js'`, which the bundler can still see through.


// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(7268);
;// CONCATENATED MODULE: ./src/lib/config/zod-rules.ts
/** Bridges our validation rules into zod, so the platform file and inputs obey one set of rules. */


/** A string checked by one of our rules; the issue message is the rule's text. */
function ruleString(rule) {
    return schemas/* string */.YjP().check(schemas/* superRefine */.zni((value, ctx) => {
        try {
            rule('', value);
        }
        catch (err) {
            ctx.addIssue({
                code: 'custom',
                message: err instanceof errors/* ConfigurationError */.j1 ? err.rule : String(err),
            });
        }
    }));
}
/** `z.optional(ruleString(rule))`: most keys of the file are optional rule-checked strings. */
function optionalRule(rule) {
    return schemas/* optional */.lqM(ruleString(rule));
}

;// CONCATENATED MODULE: ./src/lib/config/sections/workload-identity.ts
/** Platform file sections read by setup-wi. */



const clusterSection = schemas/* strictObject */.rej({
    name: ruleString(rules/* clusterName */.SL),
    location: ruleString(rules/* location */.C5),
});
const gsaSection = schemas/* strictObject */.rej({
    name: ruleString(rules/* serviceAccountName */.uY),
    displayName: schemas/* optional */.lqM(schemas/* string */.YjP().check(api/* _maxLength */.Eb(100))),
    projectRoles: schemas/* _default */.Rvf(schemas/* array */.YOg(ruleString(rules/* iamRole */.UQ)), []),
});
const workloadIdentitySection = schemas/* strictObject */.rej({
    enableWorkloadPool: schemas/* _default */.Rvf(schemas/* boolean */.zMY(), true),
    /**
     * Let setup-wi move node pools to the GKE metadata server (a rolling re-creation of their
     * nodes). Unset: a pool that is not on GKE_METADATA fails the run before any change.
     */
    updateNodePools: schemas/* optional */.lqM(schemas/* boolean */.zMY()),
    bindings: schemas/* _default */.Rvf(schemas/* array */.YOg(ruleString(rules/* namespacedName */.vq)), []),
});

// EXTERNAL MODULE: ./src/lib/validate/bucket.ts + 1 modules
var bucket = __webpack_require__(2077);
;// CONCATENATED MODULE: ./src/lib/config/sections/log-bucket.ts
/** The platform file's `logBucket` section, read by gcs-log-bucket. */





const logBucketSection = schemas/* strictObject */.rej({
    /** The bucket name, without `gs://`. */
    name: ruleString(bucket/* bucketName */.EL),
    /** Defaults to the platform's `region`. */
    location: optionalRule(bucket/* bucketLocation */.G4),
    /** Defaults to roles/storage.objectUser (object read/write, no ACL or IAM control). */
    role: optionalRule(rules/* iamRole */.UQ),
    /** Adds a lifecycle rule deleting objects older than this many days. */
    retentionDays: schemas/* optional */.lqM(schemas/* number */.aig().check(schemas/* int */.Whr(), api/* _gte */.qm(1), api/* _lte */.Zm(36500))),
    labels: schemas/* optional */.lqM(schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()).check(schemas/* superRefine */.zni((labels, ctx) => {
        try {
            (0,bucket/* bucketLabels */.WA)('', Object.entries(labels));
        }
        catch (err) {
            ctx.addIssue({
                code: 'custom',
                message: err instanceof errors/* ConfigurationError */.j1 ? err.rule : String(err),
            });
        }
    }))),
    /** The principal granted `role`; defaults to setup-wi's GSA in the CLI's plan. */
    member: optionalRule(bucket/* bucketMember */.X1),
});

// EXTERNAL MODULE: ./src/lib/validate/image.ts
var validate_image = __webpack_require__(9119);
;// CONCATENATED MODULE: ./src/lib/config/sections/images.ts
/**
 * Platform file section read by build-push-image: the images the platform builds. Each entry
 * is one build; `name` is how the CLI plan names its output (`image-ref:<name>`) and how the
 * action's `image` input can pick an entry (`image: airflow`).
 */




/** Build args, with the action's name rules (secret-looking names refused; use secrets). */
const buildArgs = schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()).check(schemas/* superRefine */.zni((args, ctx) => {
    for (const key of Object.keys(args)) {
        try {
            validate_image/* buildArgName */.EW('', key);
        }
        catch (err) {
            const message = err instanceof errors/* ConfigurationError */.j1 ? err.rule : String(err);
            ctx.addIssue({ code: 'custom', path: [key], message });
        }
    }
}));
const nonEmpty = () => schemas/* string */.YjP().check(api/* _minLength */.m9(1));
const imageEntry = schemas/* strictObject */.rej({
    /** A short handle, for outputs and the `image` input: `airflow`, `backend`. */
    name: schemas/* string */.YjP().check(api/* _regex */.Fk(/^[a-z0-9][a-z0-9-]{0,62}$/, 'lowercase letters, digits and "-"')),
    /** REGION-docker.pkg.dev/PROJECT/REPOSITORY/IMAGE (see src/lib/validate/image.ts). */
    image: ruleString(validate_image/* imageName */.tO),
    context: schemas/* _default */.Rvf(nonEmpty(), '.'),
    dockerfile: schemas/* optional */.lqM(nonEmpty()),
    target: schemas/* optional */.lqM(nonEmpty()),
    tags: schemas/* optional */.lqM(schemas/* array */.YOg(ruleString(validate_image/* imageTag */.I_))),
    platforms: schemas/* optional */.lqM(schemas/* array */.YOg(ruleString(validate_image/* platform */.iD))),
    buildArgs: schemas/* optional */.lqM(buildArgs),
    labels: schemas/* optional */.lqM(schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP())),
    createRepository: schemas/* optional */.lqM(schemas/* boolean */.zMY()),
    /** Skip the build when the primary tag is already in the registry (the skip-existing input). */
    skipExisting: schemas/* optional */.lqM(schemas/* boolean */.zMY()),
});
const imagesSection = schemas/* array */.YOg(imageEntry).check(schemas/* superRefine */.zni((entries, ctx) => {
    const seen = new Set();
    entries.forEach((entry, i) => {
        if (seen.has(entry.name)) {
            ctx.addIssue({
                code: 'custom',
                path: [i, 'name'],
                message: `duplicate name "${entry.name}"`,
            });
        }
        seen.add(entry.name);
    });
}));

// EXTERNAL MODULE: ./src/lib/validate/helm-airflow.ts
var helm_airflow = __webpack_require__(2541);
;// CONCATENATED MODULE: ./src/lib/config/sections/airflow.ts
/**
 * The platform file's `airflow` section, read by helm-airflow. Secrets (git SSH key, admin
 * password) are deliberately absent: they come from workflow secrets, never from a file.
 */




const airflowSection = schemas/* strictObject */.rej({
    release: optionalRule(rules/* helmRelease */.Mu),
    namespace: optionalRule(rules/* dnsLabel */.UG),
    /** Pinned chart version; defaults to the suite's tested version. */
    chartVersion: optionalRule(helm_airflow/* chartVersion */.X9),
    chartRepo: optionalRule(helm_airflow/* chartRepo */.z4),
    /** Values files, merged in order, paths relative to the working directory. */
    valuesFiles: schemas/* optional */.lqM(schemas/* array */.YOg(ruleString(rules/* safeValue */.pI))),
    /** Inline values merged after the files. */
    values: schemas/* optional */.lqM(schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J())),
    /** Image ref; the CLI plan falls back to build-push-image's `custom-airflow` output. */
    image: optionalRule(helm_airflow/* imageRef */.D6),
    airflowVersion: optionalRule(helm_airflow/* exactVersion */.y),
    /** The Workload Identity KSA every Google-facing component runs as. */
    serviceAccount: optionalRule(rules/* dnsSubdomain */.ou),
    /** `gs://BUCKET/PATH`; the CLI plan falls back to gcs-log-bucket's `log-folder` output. */
    logFolder: optionalRule(helm_airflow/* logFolder */.hI),
    gitSync: schemas/* optional */.lqM(schemas/* strictObject */.rej({
        repo: ruleString(helm_airflow/* gitRepo */.bS),
        branch: optionalRule(helm_airflow/* gitBranch */.bC),
        subPath: schemas/* optional */.lqM(schemas/* string */.YjP()),
        knownHosts: schemas/* optional */.lqM(schemas/* string */.YjP()),
    })),
    admin: schemas/* optional */.lqM(schemas/* strictObject */.rej({
        username: optionalRule(helm_airflow/* userName */.nT),
        email: optionalRule(helm_airflow/* email */.Rp),
    })),
    timeout: optionalRule(rules/* duration */.p0),
    helmVersion: optionalRule(helm_airflow/* exactVersion */.y),
});

// EXTERNAL MODULE: ./src/lib/validate/kubernetes.ts
var kubernetes = __webpack_require__(5952);
// EXTERNAL MODULE: ./src/lib/validate/label-value.ts
var label_value = __webpack_require__(3612);
;// CONCATENATED MODULE: ./src/lib/config/sections/litellm.ts
/**
 * The platform file's `litellm` section (apply-litellm). Secrets (master key, provider keys)
 * are never read from the file: they come from the action's secret inputs only.
 */





const resourcesSchema = schemas/* unknown */.L5J().check(schemas/* superRefine */.zni((value, ctx) => {
    try {
        (0,kubernetes/* checkResources */.EB)('', value);
    }
    catch (err) {
        ctx.addIssue({ code: 'custom', message: err instanceof Error ? err.message : String(err) });
    }
}));
const litellmSection = schemas/* strictObject */.rej({
    namespace: optionalRule(rules/* dnsLabel */.UG),
    /** Create the namespace when missing (default true). */
    createNamespace: schemas/* optional */.lqM(schemas/* boolean */.zMY()),
    /** The user's own manifests (files or folders) instead of the rendered default. */
    manifests: schemas/* optional */.lqM(schemas/* array */.YOg(schemas/* string */.YjP().check(api/* _minLength */.m9(1)))),
    image: optionalRule(kubernetes/* imageRef */.D6),
    replicas: schemas/* optional */.lqM(schemas/* number */.aig().check(schemas/* int */.Whr(), api/* _gte */.qm(1), api/* _lte */.Zm(100))),
    /** Path of LiteLLM's config.yaml; mounted from a ConfigMap. */
    configFile: schemas/* optional */.lqM(schemas/* string */.YjP().check(api/* _minLength */.m9(1))),
    serviceType: schemas/* optional */.lqM(schemas/* enum */.k5n(['ClusterIP', 'NodePort', 'LoadBalancer'])),
    resources: schemas/* optional */.lqM(resourcesSchema),
    timeout: optionalRule(rules/* duration */.p0),
    /** Delete what an earlier run of this apply set applied and the manifests no longer hold (default false). */
    prune: schemas/* optional */.lqM(schemas/* boolean */.zMY()),
    /** The apply set's label value (default: the action's name); one per app repository in a shared namespace. */
    applySet: optionalRule(label_value/* labelValue */.w),
    smokeUrl: schemas/* optional */.lqM(schemas/* url */.OZ5()),
});

;// CONCATENATED MODULE: ./src/lib/config/sections/app.ts
/**
 * The platform file's `app` section (deploy-app). The database URL is a secret and is never
 * read from the file: it comes from the action's `database-url` input only.
 */





const app_nonEmpty = () => schemas/* string */.YjP().check(api/* _minLength */.m9(1));
const appSection = schemas/* strictObject */.rej({
    namespace: optionalRule(rules/* dnsLabel */.UG),
    /** The app repo's manifests: files or folders (e.g. deployments/). */
    manifests: schemas/* optional */.lqM(schemas/* array */.YOg(app_nonEmpty())),
    /** Container or image name -> image reference; build-push-image's digests win when carried. */
    images: schemas/* optional */.lqM(schemas/* record */.g1P(app_nonEmpty(), ruleString(kubernetes/* imageRef */.D6))),
    serviceAccount: optionalRule(rules/* dnsSubdomain */.ou),
    cloudSqlInstance: optionalRule(kubernetes/* cloudSqlInstance */.LV),
    autoIamAuthn: schemas/* optional */.lqM(schemas/* boolean */.zMY()),
    privateIp: schemas/* optional */.lqM(schemas/* boolean */.zMY()),
    backend: optionalRule(rules/* dnsSubdomain */.ou),
    frontend: optionalRule(rules/* dnsSubdomain */.ou),
    service: optionalRule(rules/* dnsLabel */.UG),
    waitForAddress: schemas/* optional */.lqM(schemas/* boolean */.zMY()),
    addressTimeout: optionalRule(rules/* duration */.p0),
    smokePath: schemas/* optional */.lqM(schemas/* string */.YjP().check(api/* _regex */.Fk(/^\/[^\s]*$/, 'must be a path starting with /'))),
    timeout: optionalRule(rules/* duration */.p0),
    /** Delete what an earlier run of this apply set applied and the manifests no longer hold (default false). */
    prune: schemas/* optional */.lqM(schemas/* boolean */.zMY()),
    /** The apply set's label value (default: the action's name); one per app repository in a shared namespace. */
    applySet: optionalRule(label_value/* labelValue */.w),
});

;// CONCATENATED MODULE: ./src/lib/config/schema.ts
/**
 * The platform file: one YAML document describing the whole platform. Every action can read
 * it through its `config` input (explicit inputs win), and the CLI plans from it.
 */









const platformSchema = schemas/* strictObject */.rej({
    project: ruleString(rules/* projectId */.Lg),
    region: ruleString(rules/* region */.Ny),
    cluster: schemas/* optional */.lqM(clusterSection),
    gsa: schemas/* optional */.lqM(gsaSection),
    workloadIdentity: schemas/* optional */.lqM(workloadIdentitySection),
    logBucket: schemas/* optional */.lqM(logBucketSection),
    images: schemas/* optional */.lqM(imagesSection),
    airflow: schemas/* optional */.lqM(airflowSection),
    litellm: schemas/* optional */.lqM(litellmSection),
    app: schemas/* optional */.lqM(appSection),
});


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

//# sourceMappingURL=7.index.js.map
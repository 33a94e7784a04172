export const id = 412;
export const ids = [412];
export const modules = {

/***/ 1412:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  platformJsonSchema: () => (/* binding */ platformJsonSchema),
  platformSchema: () => (/* binding */ platformSchema)
});

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 7 modules
var schemas = __webpack_require__(2311);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/json-schema-processors.js
var json_schema_processors = __webpack_require__(8439);
// EXTERNAL MODULE: ./src/lib/validate/rules.ts
var rules = __webpack_require__(3325);
// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(7268);
;// CONCATENATED MODULE: ./src/lib/config/zod-rules.ts
/** Bridges our validation rules into zod, so the platform file and inputs obey one set of rules. */


/** A string checked by one of our rules; the issue message is the rule's text. */
function ruleString(rule) {
    return schemas/* string */.YjP().superRefine((value, ctx) => {
        try {
            rule('', value);
        }
        catch (err) {
            ctx.addIssue({
                code: 'custom',
                message: err instanceof errors/* ConfigurationError */.j1 ? err.rule : String(err),
            });
        }
    });
}

;// CONCATENATED MODULE: ./src/lib/config/sections/workload-identity.ts
/** Platform file sections read by setup-wi. */



const clusterSection = schemas/* strictObject */.rej({
    name: ruleString(rules/* clusterName */.SL),
    location: ruleString(rules/* location */.C5),
});
const gsaSection = schemas/* strictObject */.rej({
    name: ruleString(rules/* serviceAccountName */.uY),
    displayName: schemas/* string */.YjP().max(100).optional(),
    projectRoles: schemas/* array */.YOg(ruleString(rules/* iamRole */.UQ)).default([]),
});
const workloadIdentitySection = schemas/* strictObject */.rej({
    enableWorkloadPool: schemas/* boolean */.zMY().default(true),
    /**
     * Let setup-wi move node pools to the GKE metadata server (a rolling re-creation of their
     * nodes). Unset: a pool that is not on GKE_METADATA fails the run before any change.
     */
    updateNodePools: schemas/* boolean */.zMY().optional(),
    bindings: schemas/* array */.YOg(ruleString(rules/* namespacedName */.vq)).default([]),
});

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

;// CONCATENATED MODULE: ./src/lib/config/sections/log-bucket.ts
/** The platform file's `logBucket` section, read by gcs-log-bucket. */





const logBucketSection = schemas/* strictObject */.rej({
    /** The bucket name, without `gs://`. */
    name: ruleString(bucketName),
    /** Defaults to the platform's `region`. */
    location: ruleString(bucketLocation).optional(),
    /** Defaults to roles/storage.objectUser (object read/write, no ACL or IAM control). */
    role: ruleString(rules/* iamRole */.UQ).optional(),
    /** Adds a lifecycle rule deleting objects older than this many days. */
    retentionDays: schemas/* number */.aig().int().min(1).max(36500).optional(),
    labels: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP())
        .superRefine((labels, ctx) => {
        try {
            bucketLabels('', Object.entries(labels));
        }
        catch (err) {
            ctx.addIssue({
                code: 'custom',
                message: err instanceof errors/* ConfigurationError */.j1 ? err.rule : String(err),
            });
        }
    })
        .optional(),
    /** The principal granted `role`; defaults to setup-wi's GSA in the CLI's plan. */
    member: ruleString(bucketMember).optional(),
});

;// CONCATENATED MODULE: ./src/lib/validate/image.ts
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
    const v = (0,rules/* safeValue */.pI)(input, value);
    const bad = (why) => {
        throw new errors/* ConfigurationError */.j1(input, `${why} (got "${v}")`);
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
        (0,rules/* projectId */.Lg)(input, project);
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
        (0,rules/* projectId */.Lg)(input, parts[0] ?? '');
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
    const v = (0,rules/* safeValue */.pI)(input, value);
    if (!TAG.test(v)) {
        throw new errors/* ConfigurationError */.j1(input, `"${v}" is not a valid image tag: up to 128 letters, digits, "_", "." and "-", not starting with "." or "-"`);
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
        throw new errors/* ConfigurationError */.j1(input, `"${name.slice(0, 64)}" is not a build argument name (at most 256 letters, digits and "_", not starting with a digit)`);
    }
    if (SECRET_LOOKING.test(name)) {
        throw new errors/* ConfigurationError */.j1(input, `"${name}" looks like a secret; build args are kept in the image history, so pass it in the \`secrets\` input ` +
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
    const v = (0,rules/* safeValue */.pI)(input, value);
    if (!PLATFORM.test(v)) {
        throw new errors/* ConfigurationError */.j1(input, `"${v}" is not a platform such as linux/amd64`);
    }
    return v;
}
/** An OCI label key: reverse-DNS style, no spaces or `=`. */
const image_LABEL_KEY = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;
function labelKey(input, key) {
    if (key.length > 256 || !image_LABEL_KEY.test(key)) {
        throw new ConfigurationError(input, `"${key.slice(0, 64)}" is not a label key (at most 256 letters, digits, ".", "_", "-", "/")`);
    }
    return key;
}

;// CONCATENATED MODULE: ./src/lib/config/sections/images.ts
/**
 * Platform file section read by build-push-image: the images the platform builds. Each entry
 * is one build; `name` is how the CLI plan names its output (`image-ref:<name>`) and how the
 * action's `image` input can pick an entry (`image: airflow`).
 */




/** Build args, with the action's name rules (secret-looking names refused; use secrets). */
const buildArgs = schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()).superRefine((args, ctx) => {
    for (const key of Object.keys(args)) {
        try {
            buildArgName('', key);
        }
        catch (err) {
            const message = err instanceof errors/* ConfigurationError */.j1 ? err.rule : String(err);
            ctx.addIssue({ code: 'custom', path: [key], message });
        }
    }
});
const imageEntry = schemas/* strictObject */.rej({
    /** A short handle, for outputs and the `image` input: `airflow`, `backend`. */
    name: schemas/* string */.YjP().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'lowercase letters, digits and "-"'),
    /** REGION-docker.pkg.dev/PROJECT/REPOSITORY/IMAGE (see src/lib/validate/image.ts). */
    image: ruleString(imageName),
    context: schemas/* string */.YjP().min(1).default('.'),
    dockerfile: schemas/* string */.YjP().min(1).optional(),
    target: schemas/* string */.YjP().min(1).optional(),
    tags: schemas/* array */.YOg(ruleString(imageTag)).optional(),
    platforms: schemas/* array */.YOg(ruleString(platform)).optional(),
    buildArgs: buildArgs.optional(),
    labels: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()).optional(),
    createRepository: schemas/* boolean */.zMY().optional(),
    /** Skip the build when the primary tag is already in the registry (the skip-existing input). */
    skipExisting: schemas/* boolean */.zMY().optional(),
});
const imagesSection = schemas/* array */.YOg(imageEntry).superRefine((entries, ctx) => {
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
});

// EXTERNAL MODULE: ./src/lib/validate/helm-airflow.ts
var helm_airflow = __webpack_require__(2541);
;// CONCATENATED MODULE: ./src/lib/config/sections/airflow.ts
/**
 * The platform file's `airflow` section, read by helm-airflow. Secrets (git SSH key, admin
 * password) are deliberately absent: they come from workflow secrets, never from a file.
 */




const airflowSection = schemas/* strictObject */.rej({
    release: ruleString(rules/* helmRelease */.Mu).optional(),
    namespace: ruleString(rules/* dnsLabel */.UG).optional(),
    /** Pinned chart version; defaults to the suite's tested version. */
    chartVersion: ruleString(helm_airflow/* chartVersion */.X9).optional(),
    chartRepo: ruleString(helm_airflow/* chartRepo */.z4).optional(),
    /** Values files, merged in order, paths relative to the working directory. */
    valuesFiles: schemas/* array */.YOg(ruleString(rules/* safeValue */.pI)).optional(),
    /** Inline values merged after the files. */
    values: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).optional(),
    /** Image ref; the CLI plan falls back to build-push-image's `custom-airflow` output. */
    image: ruleString(helm_airflow/* imageRef */.D6).optional(),
    airflowVersion: ruleString(helm_airflow/* exactVersion */.y).optional(),
    /** The Workload Identity KSA every Google-facing component runs as. */
    serviceAccount: ruleString(rules/* dnsSubdomain */.ou).optional(),
    /** `gs://BUCKET/PATH`; the CLI plan falls back to gcs-log-bucket's `log-folder` output. */
    logFolder: ruleString(helm_airflow/* logFolder */.hI).optional(),
    gitSync: schemas/* strictObject */.rej({
        repo: ruleString(helm_airflow/* gitRepo */.bS),
        branch: ruleString(helm_airflow/* gitBranch */.bC).optional(),
        subPath: schemas/* string */.YjP().optional(),
        knownHosts: schemas/* string */.YjP().optional(),
    })
        .optional(),
    admin: schemas/* strictObject */.rej({
        username: ruleString(helm_airflow/* userName */.nT).optional(),
        email: ruleString(helm_airflow/* email */.Rp).optional(),
    })
        .optional(),
    timeout: ruleString(rules/* duration */.p0).optional(),
    helmVersion: ruleString(helm_airflow/* exactVersion */.y).optional(),
});

// EXTERNAL MODULE: ./src/lib/validate/kubernetes.ts
var kubernetes = __webpack_require__(5952);
;// CONCATENATED MODULE: ./src/lib/validate/label-value.ts
/**
 * A Kubernetes label value: "must be 63 characters or less (can be empty), unless empty, must
 * begin and end with an alphanumeric character ([a-z0-9A-Z]), could contain dashes (-),
 * underscores (_), dots (.), and alphanumerics between"
 * (https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#syntax-and-character-set).
 * We never want an empty one: an empty value would select every unlabelled object's peers.
 */


const label_value_LABEL_VALUE = /^[A-Za-z0-9](?:[-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
const labelValue = (input, value) => {
    const v = (0,rules/* safeValue */.pI)(input, value);
    if (v.length > 63 || !label_value_LABEL_VALUE.test(v)) {
        throw new errors/* ConfigurationError */.j1(input, `must be a Kubernetes label value: at most 63 characters, letters, digits, "-", "_" and ".", starting and ending with a letter or digit (got "${v}")`);
    }
    return v;
};

;// CONCATENATED MODULE: ./src/lib/config/sections/litellm.ts
/**
 * The platform file's `litellm` section (apply-litellm). Secrets (master key, provider keys)
 * are never read from the file: they come from the action's secret inputs only.
 */





const resourcesSchema = schemas/* unknown */.L5J().superRefine((value, ctx) => {
    try {
        (0,kubernetes/* checkResources */.EB)('', value);
    }
    catch (err) {
        ctx.addIssue({ code: 'custom', message: err instanceof Error ? err.message : String(err) });
    }
});
const litellmSection = schemas/* strictObject */.rej({
    namespace: ruleString(rules/* dnsLabel */.UG).optional(),
    /** Create the namespace when missing (default true). */
    createNamespace: schemas/* boolean */.zMY().optional(),
    /** The user's own manifests (files or folders) instead of the rendered default. */
    manifests: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).optional(),
    image: ruleString(kubernetes/* imageRef */.D6).optional(),
    replicas: schemas/* number */.aig().int().min(1).max(100).optional(),
    /** Path of LiteLLM's config.yaml; mounted from a ConfigMap. */
    configFile: schemas/* string */.YjP().min(1).optional(),
    serviceType: schemas/* enum */.k5n(['ClusterIP', 'NodePort', 'LoadBalancer']).optional(),
    resources: resourcesSchema.optional(),
    timeout: ruleString(rules/* duration */.p0).optional(),
    /** Delete what an earlier run of this apply set applied and the manifests no longer hold (default false). */
    prune: schemas/* boolean */.zMY().optional(),
    /** The apply set's label value (default: the action's name); one per app repository in a shared namespace. */
    applySet: ruleString(labelValue).optional(),
    smokeUrl: schemas/* url */.OZ5().optional(),
});

;// CONCATENATED MODULE: ./src/lib/config/sections/app.ts
/**
 * The platform file's `app` section (deploy-app). The database URL is a secret and is never
 * read from the file: it comes from the action's `database-url` input only.
 */





const appSection = schemas/* strictObject */.rej({
    namespace: ruleString(rules/* dnsLabel */.UG).optional(),
    /** The app repo's manifests: files or folders (e.g. deployments/). */
    manifests: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).optional(),
    /** Container or image name -> image reference; build-push-image's digests win when carried. */
    images: schemas/* record */.g1P(schemas/* string */.YjP().min(1), ruleString(kubernetes/* imageRef */.D6)).optional(),
    serviceAccount: ruleString(rules/* dnsSubdomain */.ou).optional(),
    cloudSqlInstance: ruleString(kubernetes/* cloudSqlInstance */.LV).optional(),
    autoIamAuthn: schemas/* boolean */.zMY().optional(),
    privateIp: schemas/* boolean */.zMY().optional(),
    backend: ruleString(rules/* dnsSubdomain */.ou).optional(),
    frontend: ruleString(rules/* dnsSubdomain */.ou).optional(),
    service: ruleString(rules/* dnsLabel */.UG).optional(),
    waitForAddress: schemas/* boolean */.zMY().optional(),
    addressTimeout: ruleString(rules/* duration */.p0).optional(),
    smokePath: schemas/* string */.YjP()
        .regex(/^\/[^\s]*$/, 'must be a path starting with /')
        .optional(),
    timeout: ruleString(rules/* duration */.p0).optional(),
    /** Delete what an earlier run of this apply set applied and the manifests no longer hold (default false). */
    prune: schemas/* boolean */.zMY().optional(),
    /** The apply set's label value (default: the action's name); one per app repository in a shared namespace. */
    applySet: ruleString(labelValue).optional(),
});

;// CONCATENATED MODULE: ./src/lib/config/schema.ts
/**
 * The platform file: one YAML document describing the whole platform. Every action can read
 * it through its `config` input (explicit inputs win), and the CLI plans from it.
 */









const platformSchema = schemas/* strictObject */.rej({
    project: ruleString(rules/* projectId */.Lg),
    region: ruleString(rules/* region */.Ny),
    cluster: clusterSection.optional(),
    gsa: gsaSection.optional(),
    workloadIdentity: workloadIdentitySection.optional(),
    logBucket: logBucketSection.optional(),
    images: imagesSection.optional(),
    airflow: airflowSection.optional(),
    litellm: litellmSection.optional(),
    app: appSection.optional(),
});
/** The JSON Schema of the platform file, for editors (yaml-language-server). */
function platformJsonSchema() {
    return json_schema_processors/* toJSONSchema */.bl(platformSchema, { io: 'input', unrepresentable: 'any' });
}


/***/ })

};

//# sourceMappingURL=412.index.js.map
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


/***/ })

};

//# sourceMappingURL=7.index.js.map
export const id = 667;
export const ids = [667];
export const modules = {

/***/ 1667:
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

// EXTERNAL MODULE: ./src/lib/validate/bucket.ts + 1 modules
var bucket = __webpack_require__(2077);
;// CONCATENATED MODULE: ./src/lib/config/sections/log-bucket.ts
/** The platform file's `logBucket` section, read by gcs-log-bucket. */





const logBucketSection = schemas/* strictObject */.rej({
    /** The bucket name, without `gs://`. */
    name: ruleString(bucket/* bucketName */.EL),
    /** Defaults to the platform's `region`. */
    location: ruleString(bucket/* bucketLocation */.G4).optional(),
    /** Defaults to roles/storage.objectUser (object read/write, no ACL or IAM control). */
    role: ruleString(rules/* iamRole */.UQ).optional(),
    /** Adds a lifecycle rule deleting objects older than this many days. */
    retentionDays: schemas/* number */.aig().int().min(1).max(36500).optional(),
    labels: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP())
        .superRefine((labels, ctx) => {
        try {
            (0,bucket/* bucketLabels */.WA)('', Object.entries(labels));
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
    member: ruleString(bucket/* bucketMember */.X1).optional(),
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
const buildArgs = schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()).superRefine((args, ctx) => {
    for (const key of Object.keys(args)) {
        try {
            validate_image/* buildArgName */.EW('', key);
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
    image: ruleString(validate_image/* imageName */.tO),
    context: schemas/* string */.YjP().min(1).default('.'),
    dockerfile: schemas/* string */.YjP().min(1).optional(),
    target: schemas/* string */.YjP().min(1).optional(),
    tags: schemas/* array */.YOg(ruleString(validate_image/* imageTag */.I_)).optional(),
    platforms: schemas/* array */.YOg(ruleString(validate_image/* platform */.iD)).optional(),
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
// EXTERNAL MODULE: ./src/lib/validate/label-value.ts
var label_value = __webpack_require__(3612);
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
    applySet: ruleString(label_value/* labelValue */.w).optional(),
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
    applySet: ruleString(label_value/* labelValue */.w).optional(),
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

//# sourceMappingURL=667.index.js.map
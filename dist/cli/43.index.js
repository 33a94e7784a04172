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


/***/ })

};

//# sourceMappingURL=43.index.js.map
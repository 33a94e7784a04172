export const id = 99;
export const ids = [99];
export const modules = {

/***/ 6099:
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
    bindings: schemas/* array */.YOg(ruleString(rules/* namespacedName */.vq)).default([]),
});

;// CONCATENATED MODULE: ./src/lib/config/sections/later.ts
/**
 * Sections owned by the actions that come after setup-wi. Each action's issue replaces its
 * placeholder with a strict schema in a file of its own; until then the section is accepted as
 * an object so one platform file can describe the whole platform from the start.
 */

const logBucketSection = schemas/* looseObject */._H3({});
const imagesSection = schemas/* looseObject */._H3({});
const airflowSection = schemas/* looseObject */._H3({});
const litellmSection = schemas/* looseObject */._H3({});
const appSection = schemas/* looseObject */._H3({});

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

//# sourceMappingURL=99.index.js.map
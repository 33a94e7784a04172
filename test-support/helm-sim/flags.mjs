// Flag parsing for the simulated helm (see sim.mjs), following cobra/pflag's rules and texts:
// `--flag value` / `--flag=value`, booleans take no value, and an unknown flag is
// `Error: unknown flag: --x`. Flag sets differ between Helm 3 and Helm 4 (security-reliability.md §6).

export class SimError extends Error {}

const GLOBAL = {
  namespace: { type: 'string', short: 'n' },
  'kube-context': { type: 'string' },
  kubeconfig: { type: 'string' },
  debug: { type: 'bool' },
  help: { type: 'bool', short: 'h' },
};
const OUTPUT = { output: { type: 'string', short: 'o' } };
const VALUES = {
  values: { type: 'array', short: 'f' },
  set: { type: 'array' },
  'set-string': { type: 'array' },
  'set-file': { type: 'array' },
};

function installFlags(v) {
  const common = {
    ...VALUES,
    ...OUTPUT,
    version: { type: 'string' },
    'create-namespace': { type: 'bool' },
    wait: { type: 'wait' },
    'wait-for-jobs': { type: 'bool' },
    timeout: { type: 'duration' },
    'cleanup-on-fail': { type: 'bool' },
    install: { type: 'bool', short: 'i' },
    'dry-run': { type: 'optional', defaultValue: 'client' },
    description: { type: 'string' },
    'history-max': { type: 'string' },
    'skip-schema-validation': { type: 'bool' },
    'reset-values': { type: 'bool' },
    'reuse-values': { type: 'bool' },
    'take-ownership': { type: 'bool' },
    'kube-version': { type: 'string' },
    'include-crds': { type: 'bool' },
  };
  if (v >= 4) {
    return {
      ...common,
      'rollback-on-failure': { type: 'bool' },
      atomic: {
        type: 'bool',
        deprecated: 'use --rollback-on-failure instead',
        alias: 'rollback-on-failure',
      },
      'force-replace': { type: 'bool' },
      force: { type: 'bool', deprecated: 'use --force-replace instead', alias: 'force-replace' },
      'force-conflicts': { type: 'bool' },
      'server-side': { type: 'optional', defaultValue: 'true' },
    };
  }
  return { ...common, atomic: { type: 'bool' }, force: { type: 'bool' } };
}

function specFor(command, v) {
  switch (command) {
    case 'version':
      return {
        short: { type: 'bool' },
        template: { type: 'string' },
        client: { type: 'bool', short: 'c' },
      };
    case 'repo':
      return { ...OUTPUT, 'force-update': { type: 'bool' } };
    case 'list':
    case 'ls':
      return {
        ...OUTPUT,
        all: { type: 'bool', short: 'a' },
        'all-namespaces': { type: 'bool', short: 'A' },
        filter: { type: 'string', short: 'f' },
        pending: { type: 'bool' },
        short: { type: 'bool', short: 'q' },
        max: { type: 'string', short: 'm' },
      };
    case 'status':
      return { ...OUTPUT, revision: { type: 'string' }, 'show-resources': { type: 'bool' } };
    case 'history':
      return { ...OUTPUT, max: { type: 'string' } };
    case 'get':
      return { ...OUTPUT, all: { type: 'bool', short: 'a' }, revision: { type: 'string' } };
    case 'template':
    case 'upgrade':
      return installFlags(v);
    case 'lint':
      return { ...VALUES, strict: { type: 'bool' } };
    case 'rollback':
      // helm v3.21.4 cmd/helm/rollback.go:79-87 (wait-for-jobs included); no --description in
      // any release yet (added on main after v4.2.4, helm/helm f8180e6).
      return {
        wait: { type: 'wait' },
        'wait-for-jobs': { type: 'bool' },
        timeout: { type: 'duration' },
        'cleanup-on-fail': { type: 'bool' },
        'history-max': { type: 'string' },
        'dry-run': { type: 'bool' },
        'no-hooks': { type: 'bool' },
        ...(v >= 4
          ? { 'force-replace': { type: 'bool' } }
          : { force: { type: 'bool' }, 'recreate-pods': { type: 'bool' } }),
      };
    case 'uninstall':
      return {
        wait: { type: 'wait' },
        timeout: { type: 'duration' },
        'keep-history': { type: 'bool' },
        'ignore-not-found': { type: 'bool' },
        cascade: { type: 'string' },
        'dry-run': { type: 'bool' },
        'no-hooks': { type: 'bool' },
      };
    default:
      return {};
  }
}

const GO_DURATION = /^([0-9]+(\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$/;

function durationError(value) {
  if (/^[0-9.]+$/.test(value)) return `time: missing unit in duration "${value}"`;
  const unit = /^[0-9.]+(.*?)$/.exec(value)?.[1] ?? value;
  return `time: unknown unit "${unit}" in duration "${value}"`;
}

function setValue(flags, name, def, raw, hasValue, v, warnings) {
  const target = def.alias ?? name;
  if (def.deprecated) warnings.push(`Flag --${name} has been deprecated, ${def.deprecated}`);
  switch (def.type) {
    case 'bool': {
      const value = hasValue ? raw : 'true';
      if (!['true', 'false', '1', '0', 'True', 'False'].includes(value))
        throw new SimError(
          `invalid argument "${value}" for "--${name}" flag: strconv.ParseBool: parsing "${value}": invalid syntax`,
        );
      flags[target] = value === 'true' || value === '1' || value === 'True';
      return;
    }
    case 'wait': {
      const value = hasValue ? raw : v >= 4 ? 'watcher' : 'true';
      if (v >= 4) {
        if (!['watcher', 'hookOnly', 'legacy', 'true', 'false'].includes(value))
          throw new SimError(
            `invalid argument "${value}" for "--wait" flag: invalid wait strategy "${value}"`,
          );
        if (value === 'true')
          warnings.push('"--wait=true" is deprecated, use "--wait=watcher" instead');
        flags.wait = value === 'true' ? 'watcher' : value;
        return;
      }
      if (!['true', 'false'].includes(value))
        throw new SimError(
          `invalid argument "${value}" for "--wait" flag: strconv.ParseBool: parsing "${value}": invalid syntax`,
        );
      flags.wait = value;
      return;
    }
    case 'optional':
      flags[target] = hasValue ? raw : def.defaultValue;
      return;
    case 'duration':
      if (!GO_DURATION.test(raw) && raw !== '0')
        throw new SimError(`invalid argument "${raw}" for "--${name}" flag: ${durationError(raw)}`);
      flags[target] = raw;
      return;
    case 'array':
      (flags[target] ??= []).push(raw);
      return;
    default:
      flags[target] = raw;
  }
}

const takesValue = (def) => ['string', 'array', 'duration'].includes(def.type);

export function parseArgs(argv, v) {
  const warnings = [];
  const flags = {};
  const positional = [];
  let command;
  let spec = { ...GLOBAL };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
      const def = spec[name];
      if (!def) throw new SimError(`unknown flag: --${name}`);
      let raw = eq < 0 ? undefined : arg.slice(eq + 1);
      if (raw === undefined && takesValue(def)) {
        if (i + 1 >= argv.length) throw new SimError(`flag needs an argument: --${name}`);
        raw = argv[++i];
      }
      setValue(flags, name, def, raw, raw !== undefined, v, warnings);
      continue;
    }
    if (arg.startsWith('-') && arg.length > 1) {
      const letter = arg[1];
      const entry = Object.entries(spec).find(([, d]) => d.short === letter);
      if (!entry) throw new SimError(`unknown shorthand flag: '${letter}' in ${arg}`);
      const [name, def] = entry;
      let raw = arg.length > 2 ? arg.slice(arg[2] === '=' ? 3 : 2) : undefined;
      if (raw === undefined && takesValue(def)) {
        if (i + 1 >= argv.length)
          throw new SimError(`flag needs an argument: '${letter}' in -${letter}`);
        raw = argv[++i];
      }
      setValue(flags, name, def, raw, raw !== undefined, v, warnings);
      continue;
    }
    if (command === undefined) {
      command = arg;
      spec = { ...GLOBAL, ...specFor(arg, v) };
      // Flags seen before the subcommand were parsed as globals only; keep them.
      continue;
    }
    positional.push(arg);
  }
  return { command: command ?? 'help', flags, args: positional, warnings };
}

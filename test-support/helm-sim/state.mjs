// State of the simulated helm (see sim.mjs): the HELM_SIM_STATE dir, version, faults, releases.
import process from 'node:process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SimError } from './flags.mjs';

export const PENDING = ['pending-install', 'pending-upgrade', 'pending-rollback'];

export function stateDir() {
  const dir = process.env.HELM_SIM_STATE;
  if (!dir) throw new SimError('HELM_SIM_STATE is not set (simulated helm needs a state dir)');
  mkdirSync(dir, { recursive: true });
  return dir;
}
export function load(name, fallback) {
  const file = path.join(stateDir(), name);
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : fallback;
}
export function save(name, value) {
  writeFileSync(path.join(stateDir(), name), JSON.stringify(value, null, 2));
}

export function helmVersion() {
  return (process.env.HELM_SIM_VERSION || '3.21.4').replace(/^v/, '');
}
export const major = () => Number(helmVersion().split('.')[0]);

/** Takes the first matching fault for `command`, counting down its `times`. */
export function takeFault(command) {
  const faults = load('faults.json', []);
  const i = faults.findIndex((f) => f.command === command && (f.times ?? 1) > 0);
  if (i < 0) return undefined;
  const fault = faults[i];
  fault.times = (fault.times ?? 1) - 1;
  save(
    'faults.json',
    faults.filter((f) => f.times > 0),
  );
  return fault;
}

export const now = () => new Date().toISOString();
export const key = (ns, name) => `${ns}/${name}`;

export function history(ns, name) {
  return load('releases.json', {})[key(ns, name)] ?? [];
}
export function saveHistory(ns, name, revisions) {
  const all = load('releases.json', {});
  if (revisions.length === 0) delete all[key(ns, name)];
  else all[key(ns, name)] = revisions;
  save('releases.json', all);
}
export function requireRelease(ns, name) {
  const revs = history(ns, name);
  if (revs.length === 0) throw new SimError('release: not found');
  return revs;
}

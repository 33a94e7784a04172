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
import { createRequire } from 'node:module';

interface Undici {
  ProxyAgent: new (...args: unknown[]) => object;
  fetch: (...args: unknown[]) => Promise<unknown>;
}

/** The file scripts/build.mjs writes beside each bundle's index.js. */
export const UNDICI_FILE = 'undici.cjs';

let loaded: Undici | undefined;

// import.meta.url is the bundle's index.js at run time (ncc leaves it to the runtime), and the
// chunk files sit in the same folder, so the sibling resolves from any of them.
function undici(): Undici {
  loaded ??= createRequire(import.meta.url)(`./${UNDICI_FILE}`) as Undici;
  return loaded;
}

/** undici's ProxyAgent: `new ProxyAgent(options)` returns the real one. */
export const ProxyAgent = function ProxyAgent(...args: unknown[]): object {
  return new (undici().ProxyAgent)(...args);
} as unknown as Undici['ProxyAgent'];

/** undici's fetch. */
export const fetch: Undici['fetch'] = (...args) => undici().fetch(...args);

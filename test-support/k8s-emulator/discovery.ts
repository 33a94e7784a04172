/**
 * Discovery and OpenAPI, as kubectl reads them. We answer the legacy (non-aggregated) discovery
 * forms: kubectl 1.32 asks for aggregated discovery first but accepts a plain
 * application/json answer and then walks /api/v1 and /apis/<group>/<version> itself.
 *
 * OpenAPI: `kubectl apply` validates with --validate=strict by default. It asks the server to
 * validate (query `fieldValidation=Strict`) only after finding, in /openapi/v3, a PATCH
 * operation for the kind that declares that query parameter; without an OpenAPI document it
 * fails with "failed to download openapi". So we serve a minimal v3 document per
 * group-version: one PATCH path per kind with the `fieldValidation` and `dryRun` parameters and
 * the x-kubernetes-group-version-kind extension. No schemas: validation happens "server side"
 * (which here means: not at all, apart from the checks in store.ts).
 */
import { apiVersionOf, groupVersions, RESOURCE_TYPES, type ResourceType } from './kinds.js';

const VERBS_NAMESPACED = [
  'create',
  'delete',
  'deletecollection',
  'get',
  'list',
  'patch',
  'update',
  'watch',
];

const IN_ALL = new Set([
  'Pod',
  'Service',
  'Deployment',
  'StatefulSet',
  'ReplicaSet',
  'DaemonSet',
  'Job',
  'CronJob',
  'HorizontalPodAutoscaler',
]);

function apiResource(t: ResourceType): Record<string, unknown>[] {
  const main = {
    name: t.plural,
    singularName: t.kind.toLowerCase(),
    namespaced: t.namespaced,
    kind: t.kind,
    verbs: VERBS_NAMESPACED,
    ...(t.shortNames && t.shortNames.length > 0 ? { shortNames: t.shortNames } : {}),
    // `kubectl get all` expands the "all" category from discovery.
    ...(IN_ALL.has(t.kind) ? { categories: ['all'] } : {}),
  };
  const subs = (t.subresources ?? []).map((s) => ({
    name: `${t.plural}/${s}`,
    singularName: '',
    namespaced: t.namespaced,
    kind: s === 'scale' ? 'Scale' : t.kind,
    verbs: s === 'log' ? ['get'] : ['get', 'patch', 'update'],
  }));
  return [main, ...subs];
}

function resourceList(group: string, version: string): Record<string, unknown> {
  return {
    kind: 'APIResourceList',
    apiVersion: 'v1',
    groupVersion: group ? `${group}/${version}` : version,
    resources: RESOURCE_TYPES.filter((t) => t.group === group && t.version === version).flatMap(
      apiResource,
    ),
  };
}

function groupList(): Record<string, unknown> {
  const groups = new Map<string, string[]>();
  for (const { group, version } of groupVersions()) {
    if (!group) continue;
    groups.set(group, [...(groups.get(group) ?? []), version]);
  }
  return {
    kind: 'APIGroupList',
    apiVersion: 'v1',
    groups: [...groups].map(([name, versions]) => {
      const gv = versions.map((v) => ({ groupVersion: `${name}/${v}`, version: v }));
      return { name, versions: gv, preferredVersion: gv[0] };
    }),
  };
}

/** The URL path of a group-version in /openapi/v3 ("api/v1", "apis/apps/v1"). */
const openApiKey = (group: string, version: string): string =>
  group ? `apis/${group}/${version}` : `api/${version}`;

function openApiDocument(group: string, version: string): Record<string, unknown> {
  const paths: Record<string, unknown> = {};
  for (const t of RESOURCE_TYPES.filter((r) => r.group === group && r.version === version)) {
    const base = `/${openApiKey(group, version)}`;
    const path = t.namespaced
      ? `${base}/namespaces/{namespace}/${t.plural}/{name}`
      : `${base}/${t.plural}/{name}`;
    const param = (name: string) => ({
      name,
      in: 'query',
      schema: { type: 'string', uniqueItems: true },
    });
    paths[path] = {
      patch: {
        operationId: `patch${t.kind}`,
        parameters: [
          param('dryRun'),
          param('fieldManager'),
          param('fieldValidation'),
          param('force'),
        ],
        responses: { '200': { description: 'OK' } },
        'x-kubernetes-action': 'patch',
        'x-kubernetes-group-version-kind': { group, version, kind: t.kind },
      },
    };
  }
  return {
    openapi: '3.0.0',
    info: { title: 'Kubernetes', version: 'v1.32.0' },
    paths,
    components: { schemas: {} },
  };
}

export const VERSION = {
  major: '1',
  minor: '32',
  gitVersion: 'v1.32.0-emulator',
  gitCommit: '0000000000000000000000000000000000000000',
  gitTreeState: 'clean',
  buildDate: '2026-01-01T00:00:00Z',
  goVersion: 'go1.23.0',
  compiler: 'gc',
  platform: 'linux/amd64',
};

/** Answers a discovery/OpenAPI path, or undefined when the path is not one. */
export function discovery(path: string): { status: number; body: unknown } | undefined {
  if (path === '/version') return { status: 200, body: VERSION };
  if (path === '/api') {
    return {
      status: 200,
      body: {
        kind: 'APIVersions',
        versions: ['v1'],
        serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress: '127.0.0.1' }],
      },
    };
  }
  if (path === '/apis') return { status: 200, body: groupList() };
  if (path === '/api/v1') return { status: 200, body: resourceList('', 'v1') };
  const gv = /^\/apis\/([^/]+)\/([^/]+)$/.exec(path);
  if (gv && groupVersions().some((g) => g.group === gv[1] && g.version === gv[2])) {
    return { status: 200, body: resourceList(gv[1] ?? '', gv[2] ?? '') };
  }
  if (gv || /^\/apis\/[^/]+$/.test(path)) return undefined;
  if (path === '/openapi/v3') {
    const paths: Record<string, unknown> = {};
    for (const { group, version } of groupVersions()) {
      const key = openApiKey(group, version);
      paths[key] = {
        serverRelativeURL: `/openapi/v3/${key}?hash=EMULATOR${apiVersionOf({ group, version } as ResourceType).replace(/\W/g, '')}`,
      };
    }
    return { status: 200, body: { paths } };
  }
  const doc = /^\/openapi\/v3\/(api\/([^/]+)|apis\/([^/]+)\/([^/]+))$/.exec(path);
  if (doc) {
    const group = doc[3] ?? '';
    const version = doc[2] ?? doc[4] ?? '';
    if (groupVersions().some((g) => g.group === group && g.version === version)) {
      return { status: 200, body: openApiDocument(group, version) };
    }
  }
  return undefined;
}

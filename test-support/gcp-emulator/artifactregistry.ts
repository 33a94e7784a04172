/**
 * Artifact Registry (artifactregistry.googleapis.com/v1): repositories get/list/create; create
 * returns a long-running operation (done at once unless state.operationPolls says otherwise).
 * https://cloud.google.com/artifact-registry/docs/reference/rest/v1/projects.locations.repositories
 */
import { asObject, googleError, ok, type Reply, type Route, type RouteContext } from './server.js';
import type { Repository } from './state.js';

const REPO_ID = /^[a-z]([a-z0-9-]{0,61}[a-z0-9])?$/;
const FORMATS = ['DOCKER', 'MAVEN', 'NPM', 'PYTHON', 'APT', 'YUM', 'GO', 'GENERIC', 'KFP'];

function renderRepository(r: Repository): Record<string, unknown> {
  return {
    name: r.name,
    format: r.format,
    mode: r.mode,
    ...(r.description ? { description: r.description } : {}),
    ...(r.labels ? { labels: { ...r.labels } } : {}),
    createTime: r.createTime,
    updateTime: r.updateTime,
    sizeBytes: '0',
    satisfiesPzi: true,
  };
}

function checkProject(ctx: RouteContext, permission: string): Reply | undefined {
  if (ctx.state.projects.has(ctx.match[1] ?? '')) return undefined;
  return googleError(
    403,
    `Permission '${permission}' denied on resource '//artifactregistry.googleapis.com/projects/${ctx.match[1]}/locations/${ctx.match[2]}' (or it may not exist).`,
    'PERMISSION_DENIED',
  );
}

function createRepository(ctx: RouteContext): Reply {
  const denied = checkProject(ctx, 'artifactregistry.repositories.create');
  if (denied) return denied;
  const [, project = '', location = ''] = ctx.match;
  const id = ctx.query.repositoryId ?? '';
  if (!REPO_ID.test(id)) return googleError(400, `Invalid repository ID "${id}".`);
  const name = `projects/${project}/locations/${location}/repositories/${id}`;
  if (ctx.state.repositories.has(name)) {
    return googleError(409, `the repository already exists`, 'ALREADY_EXISTS');
  }
  const body = asObject(ctx.body);
  const format = typeof body.format === 'string' ? body.format : 'DOCKER';
  if (!FORMATS.includes(format)) return googleError(400, `Invalid format "${format}".`);
  const repo = ctx.state.addRepository(project, location, id, {
    format,
    ...(typeof body.description === 'string' ? { description: body.description } : {}),
  });
  if (body.mode === 'REMOTE_REPOSITORY' || body.mode === 'VIRTUAL_REPOSITORY')
    repo.mode = body.mode;
  if (body.labels) repo.labels = asObject(body.labels) as Record<string, string>;
  const opId = `${crypto.randomUUID()}`;
  const opName = `projects/${project}/locations/${location}/operations/${opId}`;
  const op = ctx.state.addOperation({
    id: opId,
    api: 'artifactregistry',
    render: (done) => ({
      name: opName,
      metadata: {
        '@type': 'type.googleapis.com/google.devtools.artifactregistry.v1.OperationMetadata',
      },
      ...(done
        ? {
            done: true,
            response: {
              '@type': 'type.googleapis.com/google.devtools.artifactregistry.v1.Repository',
              ...renderRepository(repo),
            },
          }
        : {}),
    }),
  });
  return ok(op.render(op.pollsLeft === 0));
}

const LOC = '^/v1/projects/([^/]+)/locations/([^/]+)/repositories';

export const artifactRegistryRoutes: Route[] = [
  {
    method: 'GET',
    path: new RegExp(`${LOC}/([^/:]+)$`),
    handle: (ctx) => {
      const denied = checkProject(ctx, 'artifactregistry.repositories.get');
      if (denied) return denied;
      const name = `projects/${ctx.match[1]}/locations/${ctx.match[2]}/repositories/${ctx.match[3]}`;
      const repo = ctx.state.repositories.get(name);
      return repo
        ? ok(renderRepository(repo))
        : googleError(404, `Requested entity was not found.`, 'NOT_FOUND');
    },
  },
  {
    method: 'GET',
    path: new RegExp(`${LOC}$`),
    handle: (ctx) => {
      const prefix = `projects/${ctx.match[1]}/locations/${ctx.match[2]}/repositories/`;
      const repositories = [...ctx.state.repositories.values()]
        .filter((r) => r.name.startsWith(prefix))
        .map(renderRepository);
      return ok(repositories.length ? { repositories } : {});
    },
  },
  { method: 'POST', path: new RegExp(`${LOC}$`), handle: createRepository },
];

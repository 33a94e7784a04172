import { describe, expect, it } from '@jest/globals';
import { parseImages, repositoryOf, substituteImages } from '../../../src/lib/k8s/images.js';
import { imageRef } from '../../../src/lib/validate/kubernetes.js';
import type { KubeObject } from '../../../src/lib/tools/kubectl.js';

const DIGEST = `@sha256:${'a'.repeat(64)}`;
const REPO = 'asia-southeast1-docker.pkg.dev/proj-123456/apps';

const deployment = (
  containers: { name: string; image: string }[],
  init: { name: string; image: string }[] = [],
): KubeObject => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web' },
  spec: { template: { spec: { containers, ...(init.length ? { initContainers: init } : {}) } } },
});

describe('image references', () => {
  it.each([
    [`${REPO}/backend${DIGEST}`, true],
    [`${REPO}/backend:v2`, true],
    [`${REPO}/backend:v2${DIGEST}`, true],
    ['localhost:5000/app:1', true],
    ['nginx', true],
    ['-rm', false],
    ['UPPER/app:1', false],
    ['app:tag with space', false],
    [`app@sha256:${'z'.repeat(64)}`, false],
  ])('%s valid=%s', (ref, valid) => {
    if (valid) expect(imageRef('images', ref)).toBe(ref);
    else expect(() => imageRef('images', ref)).toThrow(/input "images"/);
  });

  it('strips tag and digest for the repository but keeps a registry port', () => {
    expect(repositoryOf(`${REPO}/backend:v2${DIGEST}`)).toBe(`${REPO}/backend`);
    expect(repositoryOf('localhost:5000/app')).toBe('localhost:5000/app');
  });
});

describe('parseImages', () => {
  it('prefers a digest-pinned ref when a name appears twice', () => {
    expect(
      parseImages(
        'images',
        `backend=${REPO}/backend:v2\nbackend=${REPO}/backend${DIGEST}\n# comment\n`,
      ),
    ).toEqual([{ name: 'backend', ref: `${REPO}/backend${DIGEST}` }]);
    expect(
      parseImages('images', `backend=${REPO}/backend${DIGEST}\nbackend=${REPO}/backend:v3`)[0]?.ref,
    ).toContain(DIGEST);
  });

  it('refuses two different tags for one name and a line without =', () => {
    expect(() => parseImages('images', 'a=x:1\na=x:2')).toThrow(/given twice/);
    expect(() => parseImages('images', 'just-a-ref')).toThrow(/KEY=VALUE/);
  });
});

describe('substituteImages', () => {
  it('matches by container name first, then by image repository or its last segment', () => {
    const objects = [
      deployment(
        [
          { name: 'api', image: 'gcr.io/old/fastapi-backend:v1' },
          { name: 'ui', image: 'gcr.io/old/react-frontend:v1' },
        ],
        [{ name: 'migrate', image: 'gcr.io/old/fastapi-backend:v1' }],
      ),
    ];
    const result = substituteImages(objects, [
      { name: 'api', ref: `${REPO}/api${DIGEST}` },
      { name: 'fastapi-backend', ref: `${REPO}/fastapi-backend${DIGEST}` },
      { name: 'gcr.io/old/react-frontend', ref: `${REPO}/react-frontend${DIGEST}` },
      { name: 'nothing', ref: 'x:1' },
    ]);
    const spec = (
      result.objects[0]?.spec as {
        template: {
          spec: { containers: { image: string }[]; initContainers: { image: string }[] };
        };
      }
    ).template.spec;
    expect(spec.containers.map((c) => c.image)).toEqual([
      `${REPO}/api${DIGEST}`,
      `${REPO}/react-frontend${DIGEST}`,
    ]);
    expect(spec.initContainers[0]?.image).toBe(`${REPO}/fastapi-backend${DIGEST}`);
    expect(result.unused).toEqual(['nothing']);
    expect(result.substitutions).toHaveLength(3);
    // The input objects are left as they were.
    expect(JSON.stringify(objects)).toContain('gcr.io/old/fastapi-backend:v1');
  });

  it('reports no substitution when the image is already the ref (idempotent)', () => {
    const ref = `${REPO}/api${DIGEST}`;
    const result = substituteImages(
      [deployment([{ name: 'api', image: ref }])],
      [{ name: 'api', ref }],
    );
    expect(result.substitutions).toEqual([]);
    expect(result.unused).toEqual([]);
  });
});

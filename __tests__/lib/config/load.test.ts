import { describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { loadPlatformConfig, parsePlatformConfig } from '../../../src/lib/config/load.js';
import { platformJsonSchema } from '../../../src/lib/config/json-schema.js';
import { parseInputs } from '../../../src/actions/setup-wi/inputs.js';

const root = path.resolve(import.meta.dirname, '../../..');

describe('platform file', () => {
  it('loads the runbook example with its real values', async () => {
    const config = await loadPlatformConfig(path.join(root, 'examples/platform.yaml'));
    expect(config.project).toBe('alpine-figure-461007-i9');
    expect(config.region).toBe('asia-southeast1');
    expect(config.cluster?.location).toBe('asia-southeast1-a');
    expect(config.gsa?.name).toBe('cloudsql-proxy-gsa');
    // Least privilege (issue 15): the workload GSA gets no Kubernetes write access.
    expect(config.gsa?.projectRoles).toEqual(['roles/cloudsql.client']);
    expect(config.workloadIdentity?.bindings).toEqual([
      'airflow/airflow-ksa',
      'application/fastapi-backend-ksa',
    ]);
  });

  it('points errors at the path inside the file', async () => {
    const text =
      'project: alpine-figure-461007-i9\nregion: asia-southeast1\ngsa:\n  name: Bad_Name\n  projectRoles: [storage.admin]\n';
    await expect(parsePlatformConfig(text, 'p.yaml')).rejects.toThrow(
      /input "config": p\.yaml is invalid:\n {2}gsa\.name: must be a service account id[^\n]*\n {2}gsa\.projectRoles\.0: must be an IAM role/,
    );
  });

  it('rejects unknown keys and YAML syntax errors', async () => {
    await expect(
      parsePlatformConfig('project: alpine-figure-461007-i9\nregion: asia-southeast1\nprojct: x\n'),
    ).rejects.toThrow(/Unrecognized key.*projct/);
    await expect(parsePlatformConfig('project: [unclosed')).rejects.toThrow(/not valid YAML/);
  });

  it('reports a missing file naming the config input', async () => {
    await expect(loadPlatformConfig('/nonexistent/platform.yaml')).rejects.toThrow(
      /input "config": \/nonexistent\/platform.yaml does not exist/,
    );
  });

  it('explicit inputs win over the file; the file fills the rest', async () => {
    const config = await loadPlatformConfig(path.join(root, 'examples/platform.yaml'));
    const inputs = parseInputs(
      (name) => ({ 'gsa-name': 'other-gsa-name', bindings: 'x/y' })[name] ?? '',
      config,
    );
    expect(inputs.gsaName).toBe('other-gsa-name');
    expect(inputs.bindings).toEqual([{ namespace: 'x', name: 'y' }]);
    expect(inputs.projectId).toBe('alpine-figure-461007-i9');
    expect(inputs.projectRoles).toEqual(['roles/cloudsql.client']);
    expect(inputs.cluster).toEqual({
      name: 'data-pipeline-cluster',
      location: 'asia-southeast1-a',
    });
  });

  it('produces a JSON Schema for editors', () => {
    const schema = platformJsonSchema() as {
      properties: Record<string, unknown>;
      required: string[];
    };
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(['project', 'region', 'gsa', 'workloadIdentity']),
    );
    expect(schema.required).toEqual(['project', 'region']);
  });
});

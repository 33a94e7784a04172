/**
 * Issue 12, item 5: the example pins one Airflow version for the chart and the image, the one
 * chart 1.22.0 ships as its default, and the image cannot let pip move Airflow under the chart.
 */
import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

const root = process.cwd();
const read = (rel: string): string => readFileSync(path.join(root, rel), 'utf8');
/** The shared chart fixture (chart/values.yaml upstream); the simulator's copy otherwise. */
const CHART_VALUES = [
  '../shared/fixtures/airflow-chart/values.yaml',
  'test-support/helm-sim/charts/airflow/values.yaml',
].find((p) => existsSync(path.join(root, p))) as string;

interface Platform {
  airflow: { airflowVersion: string; valuesFiles?: string[] };
  images: { name: string; buildArgs?: Record<string, string> }[];
}

describe('examples: Airflow version and image pin', () => {
  const chart = parse(read(CHART_VALUES)) as { defaultAirflowTag: string; airflowVersion: string };
  const platform = parse(read('examples/platform.yaml')) as Platform;
  const dockerfile = read('examples/images/custom-airflow/Dockerfile');

  it("pins the chart's own default Airflow (chart values.yaml defaultAirflowTag/airflowVersion)", () => {
    expect(chart.defaultAirflowTag).toBe(chart.airflowVersion);
    expect(platform.airflow.airflowVersion).toBe(chart.airflowVersion);
    // 3.0.x and 3.1 carry the remote-logging bug (apache/airflow#54498, #56120).
    expect(platform.airflow.airflowVersion).not.toMatch(/^3\.[01]\./);
    const image = platform.images.find((i) => i.name === 'custom-airflow');
    expect(image?.buildArgs?.AIRFLOW_VERSION).toBe(chart.airflowVersion);
    expect(dockerfile).toContain(`ARG AIRFLOW_VERSION=${chart.airflowVersion}\n`);
  });

  it('builds FROM that version and installs the extras with apache-airflow pinned to it, under its constraints', () => {
    // https://airflow.apache.org/docs/docker-stack/build.html ("Adding new PyPI packages"):
    // name apache-airflow==${AIRFLOW_VERSION} next to the extra requirements.
    expect(dockerfile).toMatch(/^FROM apache\/airflow:\$\{AIRFLOW_VERSION\}$/m);
    const install = /RUN [\s\S]*?pip install[\s\S]*?(?=\n(?!\s)|$)/.exec(dockerfile)?.[0] ?? '';
    expect(install).toContain('"apache-airflow==${AIRFLOW_VERSION}"');
    expect(install).toContain('-r /requirements.txt');
    expect(install).toMatch(
      /--constraint "https:\/\/raw\.githubusercontent\.com\/apache\/airflow\/constraints-\$\{AIRFLOW_VERSION\}\/constraints-\$\{PYTHON_VERSION\}\.txt"/,
    );
    // The ARG is redeclared after FROM, or it would be empty inside the build stage.
    expect(dockerfile.indexOf('ARG AIRFLOW_VERSION\n')).toBeGreaterThan(dockerfile.indexOf('FROM'));
  });
});

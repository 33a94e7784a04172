/** plan-comment's rendering: tables per action, folding, the size limit and redaction. */
import { describe, expect, it } from '@jest/globals';
import { Redactor } from '../../../src/lib/exec/redact.js';
import type { Outcome } from '../../../src/lib/reconcile/engine.js';
import type { ActionPlan } from '../../../src/actions/plan-comment/inputs.js';
import {
  COMMENT_LIMIT,
  MAX_CELL,
  markerFor,
  renderComment,
  tally,
} from '../../../src/actions/plan-comment/render.js';

const planned = (resource: string, action = 'create'): Outcome => ({
  resource,
  action: action as Outcome['action'],
  status: 'planned',
  detail: `would ${action} ${resource}`,
});
const unchanged = (resource: string): Outcome => ({
  resource,
  action: 'noop',
  status: 'unchanged',
  detail: 'already as desired',
});

const options = (redactor = new Redactor()) => ({
  title: 'Deploy plan',
  commentKey: 'Plan data platform',
  redactor,
  sha: '0123456789abcdef0123456789abcdef01234567',
  runUrl: 'https://github.com/acme/platform/actions/runs/42',
});

/** The table rows (not header or separator) between a section's <details> tags. */
function tableRows(body: string, name: string): string[] {
  const start = body.indexOf(`${name}:`);
  const section = body.slice(start, body.indexOf('</details>', start));
  return section.split('\n').filter((l) => l.startsWith('| `'));
}

describe('renderComment', () => {
  const plans: ActionPlan[] = [
    {
      name: 'setup-wi',
      outcomes: [planned('gsa cloudsql-proxy-gsa'), unchanged('ksa airflow/airflow-ksa')],
    },
    { name: 'gcs-log-bucket', outcomes: [unchanged('bucket gs://logs')] },
    { name: 'helm-airflow', outcomes: undefined },
    { name: 'deploy-app', outcomes: [] },
  ];

  it('starts with the hidden marker, then one section per action in the given order', () => {
    const { body, omittedRows } = renderComment(plans, options());
    expect(omittedRows).toBe(0);
    expect(body.startsWith(`${markerFor('Plan data platform')}\n`)).toBe(true);
    const order = ['setup-wi', 'gcs-log-bucket', 'helm-airflow', 'deploy-app'].map((n) =>
      body.indexOf(`### `, body.indexOf(n) - 6),
    );
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(body).toContain(
      'Plan for `0123456789ab` from [this run](https://github.com/acme/platform/actions/runs/42)',
    );
  });

  it('folds each table in <details> with the header kept, and says what each action would do', () => {
    const { body } = renderComment(plans, options());
    expect(body).toContain('### 📝 setup-wi: 1 to create, 1 unchanged');
    expect(body).toContain('### ✅ gcs-log-bucket: 1 unchanged');
    expect(body).toContain('<details><summary>2 resources</summary>');
    expect(body).toContain('| Resource | Action | Result | Detail |');
    expect(tableRows(body, 'setup-wi')).toEqual([
      '| `gsa cloudsql-proxy-gsa` | create | 📝 planned | would create gsa cloudsql-proxy-gsa |',
      '| `ksa airflow/airflow-ksa` | noop | ➖ unchanged | already as desired |',
    ]);
    expect(body).toMatch(/### helm-airflow\n\n_No plan: the step did not run/);
    expect(body).toContain('1 to create, 2 unchanged; 1 without a plan.');
  });

  it('makes cell text inert: no HTML that could close the fold, no column breaks, no code-span escape', () => {
    const { body } = renderComment(
      [
        {
          name: 'deploy-app',
          outcomes: [
            {
              resource: 'deployment`x',
              action: 'update',
              status: 'planned',
              detail: '</details><!-- gke-deploy-plan:other --> a | b\nnext',
            },
          ],
        },
      ],
      options(),
    );
    expect(body).not.toContain('</details><!--');
    expect(body.match(/<!-- gke-deploy-plan:/g)).toHaveLength(1);
    expect(tableRows(body, 'deploy-app')).toEqual([
      "| `deployment'x` | update | 📝 planned | &lt;/details&gt;&lt;!-- gke-deploy-plan:other --&gt; a \\| b<br>next |",
    ]);
  });

  it('renders an action or status it does not know (a later prune) instead of rejecting it', () => {
    const { body } = renderComment(
      [
        {
          name: 'deploy-app',
          outcomes: [
            {
              resource: 'deployment/old',
              action: 'delete' as Outcome['action'],
              status: 'planned',
              detail: 'no longer in the manifests',
            },
          ],
        },
      ],
      options(),
    );
    expect(body).toContain('deploy-app: 1 to delete');
  });

  it('redacts every registered secret, including its base64 form, in every part of the comment', () => {
    const redactor = new Redactor();
    const secret = 'sk-litellm-master-0123456789';
    redactor.add(secret);
    const b64 = Buffer.from(secret).toString('base64');
    const { body } = renderComment(
      [
        {
          name: 'apply-litellm',
          outcomes: [
            {
              resource: `secret/${secret}`,
              action: 'update',
              status: 'planned',
              detail: `key ${secret} data ${b64}`,
            },
          ],
        },
      ],
      { ...options(redactor), title: `Plan ${secret}` },
    );
    expect(body).not.toContain(secret);
    expect(body).not.toContain(b64);
    expect(body).toContain('key *** data ***');
  });

  it('cuts a cell longer than the cap', () => {
    const { body } = renderComment(
      [
        {
          name: 'x',
          outcomes: [
            {
              resource: 'r',
              action: 'update',
              status: 'planned',
              detail: 'd'.repeat(MAX_CELL + 500),
            },
          ],
        },
      ],
      options(),
    );
    expect(body).toContain(`${'d'.repeat(MAX_CELL)}…`);
    expect(body).not.toContain('d'.repeat(MAX_CELL + 1));
  });

  describe('GitHub comment size limit', () => {
    const big = (name: string, changes: number, same: number): ActionPlan => ({
      name,
      outcomes: [
        ...Array.from({ length: changes }, (_, i) => ({
          ...planned(`${name}/changed-${i}`),
          detail: 'x'.repeat(400),
        })),
        ...Array.from({ length: same }, (_, i) => ({
          ...unchanged(`${name}/same-${i}`),
          detail: 'y'.repeat(400),
        })),
      ],
    });

    it(`stays within ${COMMENT_LIMIT} characters, drops unchanged rows before changes, keeps every header, and says so`, () => {
      const plans = [big('setup-wi', 20, 100), big('deploy-app', 30, 100)];
      const full = renderComment(plans, { ...options(), limit: 10_000_000 });
      expect(full.body.length).toBeGreaterThan(COMMENT_LIMIT);

      const { body, omittedRows } = renderComment(plans, options());
      expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
      expect(omittedRows).toBeGreaterThan(0);
      // Every change row is still there; only unchanged rows were given up.
      for (const plan of plans) {
        const rows = tableRows(body, plan.name);
        expect(rows.filter((r) => r.includes('/changed-'))).toHaveLength(
          plan.name === 'setup-wi' ? 20 : 30,
        );
      }
      expect(body.match(/\| Resource \| Action \| Result \| Detail \|/g)).toHaveLength(2);
      expect(body).toContain(
        `Shortened to fit GitHub's comment limit: ${omittedRows} rows are left out.`,
      );
      expect(body).toMatch(
        /_\d+ more rows not shown: the comment would pass GitHub's 65536-character limit/,
      );
      // Close to the limit, not far below it: rows are not dropped needlessly.
      expect(body.length).toBeGreaterThan(COMMENT_LIMIT - 1000);
    });

    it('drops changes too (from the end) when they alone are too many', () => {
      const { body, omittedRows } = renderComment([big('deploy-app', 400, 0)], options());
      expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
      const rows = tableRows(body, 'deploy-app');
      expect(rows.length + omittedRows).toBe(400);
      expect(rows[0]).toContain('deploy-app/changed-0`');
      expect(rows.at(-1)).toContain(`deploy-app/changed-${rows.length - 1}\``);
    });
  });
});

describe('tally', () => {
  it.each([
    [[], 'nothing to reconcile'],
    [[planned('a'), planned('b'), planned('c', 'update')], '2 to create, 1 to update'],
    [[unchanged('a'), { ...planned('b'), status: 'failed' as const }], '1 unchanged, 1 failed'],
  ])('%j -> %s', (outcomes, text) => {
    expect(tally(outcomes as Outcome[])).toBe(text);
  });
});

// Small workflows for proving each rule can fail. `GOOD` passes every rule; each test breaks
// it in one place. Action metadata comes from inline action.yml text, not from the repo.
import { parseActionMeta, type ActionMeta } from './actions.js';
import { parseWorkflow } from './model.js';
import type { LoadedWorkflow } from './index.js';
import type { MetaLoader } from './rules-refs.js';

export const CHECKOUT = 'actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1';
export const AUTH = 'google-github-actions/auth@7c6bc770dae815cd3e89ee6cdf493a5fab2cc093 # v3.0.0';

export const GOOD = `name: good
on:
  push:
    tags: ['v*']
permissions: {}
jobs:
  check:
    runs-on: ubuntu-latest
    permissions: {}
    outputs:
      ok: \${{ steps.check-ref.outputs.ok }}
    steps:
      - id: check-ref
        env:
          REF_NAME: \${{ github.ref_name }}
        run: echo "ok=true" >> "$GITHUB_OUTPUT"
  deploy:
    needs: check
    if: needs.check.outputs.ok == 'true'
    runs-on: ubuntu-latest
    environment: production
    concurrency:
      group: deploy-production
      cancel-in-progress: false
    permissions:
      contents: read
      id-token: write
    steps:
      - uses: ${CHECKOUT}
        with:
          persist-credentials: false
      - id: auth
        uses: ${AUTH}
        with:
          workload_identity_provider: \${{ vars.PROVIDER }}
          service_account: \${{ vars.SA }}
      - id: wi
        uses: ./actions/setup-wi
        with:
          project-id: p
          gsa-name: g
      - name: Show
        env:
          EMAIL: \${{ steps.wi.outputs.gsa-email }}
          PROJECT: \${{ steps.auth.outputs.project_id }}
        run: echo "$EMAIL $PROJECT"
`;

const SETUP_WI = `name: x
description: x
inputs:
  project-id: { description: x, required: true }
  gsa-name: { description: x, required: true }
  dry-run: { description: x, required: false, default: 'false' }
outputs:
  gsa-email: { description: x }
runs: { using: node24, main: index.js }
`;

export const fakeMeta: MetaLoader = (name: string): ActionMeta => {
  if (name === 'setup-wi') return parseActionMeta(name, SETUP_WI);
  throw new Error(`actions/${name}/action.yml does not exist`);
};

export function snippet(text: string, file = 'snippet.yml'): LoadedWorkflow {
  return { workflow: parseWorkflow(text, file), text };
}

/** GOOD with one exact substring replaced; throws when the substring is absent (typo guard). */
export function breakGood(from: string, to: string): LoadedWorkflow {
  if (!GOOD.includes(from)) throw new Error(`snippet does not contain ${JSON.stringify(from)}`);
  return snippet(GOOD.replace(from, to));
}

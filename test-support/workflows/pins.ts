// Every third-party action our workflows may use, pinned to the commit its release tag points
// at. Each SHA was checked against its tag in a snapshot of the action's own repository
// (`git rev-parse <tag>^{commit}`; the table in docs/wif-setup.md, "Pinned actions", says when
// and how), and each release runs on node24: GitHub is retiring node20 for JavaScript actions.
// No network here, so a test cannot re-check a SHA against GitHub; instead the tests hold every
// workflow, the docs table and this list to one another. Bumping an action means changing it
// here, in the docs table and in the workflows together.

export interface Pin {
  action: string;
  sha: string;
  version: string;
}

export const PINS: readonly Pin[] = [
  {
    action: 'actions/checkout',
    sha: '3d3c42e5aac5ba805825da76410c181273ba90b1',
    version: 'v7.0.1',
  },
  {
    action: 'actions/setup-node',
    sha: '820762786026740c76f36085b0efc47a31fe5020',
    version: 'v7.0.0',
  },
  {
    action: 'actions/create-github-app-token',
    sha: '1b10c78c7865c340bc4f6099eb2f838309f1e8c3',
    version: 'v3.1.1',
  },
  {
    action: 'google-github-actions/auth',
    sha: '7c6bc770dae815cd3e89ee6cdf493a5fab2cc093',
    version: 'v3.0.0',
  },
  {
    action: 'google-github-actions/get-gke-credentials',
    sha: '3da1e46a907576cefaa90c484278bb5b259dd395',
    version: 'v3.0.0',
  },
];

export function findPin(action: string, sha: string): Pin | undefined {
  return PINS.find((p) => p.action === action && p.sha === sha);
}

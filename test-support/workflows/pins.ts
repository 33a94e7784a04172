// Every third-party action our workflows may use, pinned to the commit its release tag points
// at. No network here, so a SHA cannot be verified against GitHub from a test; instead each pin
// was taken from public workflow files that use it (sources in docs/wif-setup.md, "Pinned
// actions"), and the tests hold every workflow, the docs table and this list to one another.
// Bumping an action means changing it here, in the docs table and in the workflows together.

export interface Pin {
  action: string;
  sha: string;
  version: string;
}

export const PINS: readonly Pin[] = [
  {
    action: 'actions/checkout',
    sha: '11bd71901bbe5b1630ceea73d27597364c9af683',
    version: 'v4.2.2',
  },
  {
    action: 'actions/setup-node',
    sha: '49933ea5288caeca8642d1e84afbd3f7d6820020',
    version: 'v4.4.0',
  },
  {
    action: 'google-github-actions/auth',
    sha: '6fc4af4b145ae7821d527454aa9bd537d1f2dc5f',
    version: 'v2.1.7',
  },
  {
    action: 'google-github-actions/get-gke-credentials',
    sha: '6051de21ad50fbb1767bc93c11357a49082ad116',
    version: 'v2.2.1',
  },
];

export function findPin(action: string, sha: string): Pin | undefined {
  return PINS.find((p) => p.action === action && p.sha === sha);
}

/** Writes the kubeconfig (and a private discovery cache dir) the real kubectl uses. */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface KubeconfigFiles {
  readonly dir: string;
  readonly kubeconfig: string;
  readonly env: Record<string, string>;
}

export async function writeKubeconfig(
  url: string,
  user: { name: string; token: string } = { name: 'emulator', token: 'emulator-token' },
): Promise<KubeconfigFiles> {
  const dir = await mkdtemp(path.join(tmpdir(), 'k8s-emulator-'));
  const kubeconfig = path.join(dir, 'kubeconfig');
  // JSON is valid YAML, so no YAML library is needed to write it.
  const config = {
    apiVersion: 'v1',
    kind: 'Config',
    clusters: [{ name: 'emulator', cluster: { server: url } }],
    users: [{ name: user.name, user: { token: user.token } }],
    contexts: [
      {
        name: 'emulator',
        context: { cluster: 'emulator', user: user.name, namespace: 'default' },
      },
    ],
    'current-context': 'emulator',
    preferences: {},
  };
  await writeFile(kubeconfig, JSON.stringify(config, null, 2), { mode: 0o600 });
  return {
    dir,
    kubeconfig,
    // KUBECACHEDIR keeps kubectl's discovery cache out of $HOME and per emulator.
    env: { KUBECONFIG: kubeconfig, KUBECACHEDIR: path.join(dir, 'cache') },
  };
}

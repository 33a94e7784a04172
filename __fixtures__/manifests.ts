/** Small app manifests the deploy integration tests apply through the real kubectl. */

/** A one-replica Deployment of one container, in flow-style YAML as an app repository writes it. */
export function deploymentYaml(
  name: string,
  app: string,
  container: string,
  image: string,
): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata: {name: ${name}}
spec:
  replicas: 1
  selector: {matchLabels: {app: ${app}}}
  template:
    metadata: {labels: {app: ${app}}}
    spec: {containers: [{name: ${container}, image: "${image}"}]}
`;
}

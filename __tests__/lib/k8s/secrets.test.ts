import { describe, expect, it } from '@jest/globals';
import { checkSecretData, decodeSecretData, secretObject } from '../../../src/lib/k8s/secrets.js';
import { toYamlStream } from '../../../src/lib/tools/kubectl.js';
import { parseAllDocuments } from 'yaml';

describe('secretObject', () => {
  it('[F33] encodes values with quotes, $ ! \\ and newlines byte-exact, surviving the YAML stream', async () => {
    const value = `p@ss"word' $HOME !x \\n\\\nline2\n\ttrailing \r\nüñí `;
    const secret = secretObject('db-credentials', 'application', { 'database-url': value });
    expect(secret.data).toEqual({ 'database-url': Buffer.from(value, 'utf8').toString('base64') });
    expect(secret).not.toHaveProperty('stringData');
    const [doc] = parseAllDocuments(await toYamlStream([secret]));
    const back = decodeSecretData(doc?.toJS() as { data: Record<string, string> });
    expect(back['database-url']).toBe(value);
    expect(Buffer.from(back['database-url'] ?? '', 'utf8').equals(Buffer.from(value, 'utf8'))).toBe(
      true,
    );
  });

  it('labels it as managed by the suite', () => {
    expect(secretObject('s', 'n', { a: 'b' }).metadata.labels).toMatchObject({
      'app.kubernetes.io/managed-by': 'gke-data-platform',
    });
  });
});

describe('checkSecretData', () => {
  it.each([
    [{ 'a/b': 'x' }, /secret key "a\/b" must be letters/],
    [{ '..': 'x' }, /secret key "\.\." must be/],
    [{ ok: '' }, /secret key "ok" has an empty value/],
  ])('[F35] rejects %j naming the key', (data, message) => {
    expect(() => checkSecretData('env-secrets', data)).toThrow(message);
  });

  it('[F35] never puts the value in the message', () => {
    let message = '';
    try {
      checkSecretData('env-secrets', { 'a/b': 'super-secret-value' });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(/a\/b/);
    expect(message).not.toContain('super-secret-value');
  });

  it('requires environment variable names when the keys become env vars', () => {
    expect(() => checkSecretData('env-secrets', { 'my-key': 'x' }, true)).toThrow(
      /environment variable name/,
    );
    expect(() => checkSecretData('env-secrets', { OPENAI_API_KEY: 'x' }, true)).not.toThrow();
  });
});

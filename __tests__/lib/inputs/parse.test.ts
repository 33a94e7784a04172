import { describe, expect, it } from '@jest/globals';
import * as inputs from '../../../src/lib/inputs/parse.js';

describe('input helpers', () => {
  const source = (values: Record<string, string>) => (name: string) => values[name] ?? '';

  it('[F1] required rejects whitespace-only values naming the input', () => {
    expect(() => inputs.required(source({ 'project-id': ' \t ' }), 'project-id')).toThrow(
      'input "project-id": is required and must not be empty',
    );
  });

  it.each([
    ['true', true],
    ['FALSE', false],
    [' true ', true],
  ])('parseBoolean(%j) is %s', (value, expected) => {
    expect(inputs.parseBoolean('dry-run', value)).toBe(expected);
  });

  it.each([['yes'], ['1'], ['on'], ['ture']])(
    '[F7] parseBoolean rejects %j naming the input',
    (value) => {
      expect(() => inputs.parseBoolean('dry-run', value)).toThrow(
        `input "dry-run": must be true or false (got "${value}")`,
      );
    },
  );

  it('booleanInput falls back only when the input is empty', () => {
    expect(inputs.booleanInput(source({}), 'enable-workload-pool', true)).toBe(true);
    expect(
      inputs.booleanInput(
        source({ 'enable-workload-pool': 'false' }),
        'enable-workload-pool',
        true,
      ),
    ).toBe(false);
  });

  it('parseList takes lines and commas, skipping blanks and comments', () => {
    expect(inputs.parseList('a, b\n\n# note\nc\n')).toEqual(['a', 'b', 'c']);
    expect(inputs.parseList(undefined)).toEqual([]);
  });

  it('parseKeyValueLines splits on the first = and keeps the rest of the value', () => {
    expect(inputs.parseKeyValueLines('x', 'A=1\nB=x=y\n# c\n')).toEqual([
      ['A', '1'],
      ['B', 'x=y'],
    ]);
    expect(() => inputs.parseKeyValueLines('build-args', 'novalue')).toThrow(
      'input "build-args": each line must be KEY=VALUE',
    );
  });

  it('parseEnum lists the allowed values', () => {
    expect(() =>
      inputs.parseEnum('service-type', 'NodePort2', ['ClusterIP', 'LoadBalancer']),
    ).toThrow('must be one of ClusterIP, LoadBalancer (got "NodePort2")');
  });

  it('requiredFrom prefers the explicit input over the file, and names the input when both are missing', () => {
    expect(inputs.requiredFrom('project-id', 'explicit', 'file')).toBe('explicit');
    expect(inputs.requiredFrom('project-id', undefined, 'file')).toBe('file');
    expect(() => inputs.requiredFrom('project-id', undefined, undefined)).toThrow(
      'input "project-id": is required',
    );
  });

  it('positiveInteger bounds its value', () => {
    expect(inputs.positiveInteger('replicas', '3', 10)).toBe(3);
    expect(() => inputs.positiveInteger('replicas', '0', 10)).toThrow('whole number from 1 to 10');
    expect(() => inputs.positiveInteger('replicas', '2.5', 10)).toThrow('whole number');
  });
});

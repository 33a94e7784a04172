/**
 * The one YAML parser for every YAML input and file (issue 11 item 3): the platform file,
 * manifests, Helm values (files and the inline input), LiteLLM's config.yaml and the resources
 * input. Every error names the input and where the text came from (the file, and the document
 * for a stream); the library's message is cut to its first line, because the rest is a frame
 * of source text, and a values document may hold a secret.
 *
 * Limits, checked before or while parsing:
 * - size: MAX_YAML_BYTES (the file reader's cap; inline inputs are capped lower on the way in);
 * - aliases: yaml's `maxAliasCount`, pinned here rather than left to the library's default.
 *   yaml 2.x counts each alias's expansion (nodes/Alias.js: `data.count * data.aliasCount >
 *   maxAliasCount` throws "Excessive alias count indicates a resource exhaustion attack"), so
 *   a "billion laughs" document fails in milliseconds instead of filling memory.
 * The library is imported on first use, to keep it off the start-up path of actions that
 * parse no YAML.
 */
import { ConfigurationError, errorMessage } from '../errors.js';
import { MAX_INPUT_FILE_BYTES } from './file.js';

export const MAX_YAML_BYTES = MAX_INPUT_FILE_BYTES;
export const MAX_YAML_ALIASES = 100;

/** Where a YAML text came from: the input that named or held it, and the file (or a phrase). */
export interface YamlSource {
  readonly input: string;
  /** The file path, or a phrase such as "the values input". */
  readonly where: string;
}

export interface YamlLimits {
  readonly maxBytes?: number;
  readonly maxAliases?: number;
}

const firstLine = (message: string): string =>
  (message.split('\n')[0] ?? '').replace(/:\s*$/, '').trim();

/** Every document of a YAML stream as plain data ("document N" in errors), empty ones kept. */
export async function parseYamlDocuments(
  text: string,
  source: YamlSource,
  limits: YamlLimits = {},
): Promise<unknown[]> {
  const docs = await parseStream(text, source, limits);
  return docs.map((doc, index) =>
    toData(doc, source.input, `${source.where} document ${index + 1}`, limits),
  );
}

/** A single YAML document (undefined when empty); a second document is an error. */
export async function parseYamlDocument(
  text: string,
  source: YamlSource,
  limits: YamlLimits = {},
): Promise<unknown> {
  const docs = await parseStream(text, source, limits);
  if (docs.length > 1) {
    throw new ConfigurationError(
      source.input,
      `${source.where} holds ${docs.length} YAML documents; give one (no "---" between parts)`,
    );
  }
  return docs[0] && toData(docs[0], source.input, source.where, limits);
}

export const isMapping = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

type Doc = ReturnType<typeof import('yaml').parseAllDocuments>;

async function parseStream(
  text: string,
  { input, where }: YamlSource,
  limits: YamlLimits,
): Promise<Extract<Doc, unknown[]>> {
  const maxBytes = limits.maxBytes ?? MAX_YAML_BYTES;
  const size = Buffer.byteLength(text, 'utf8');
  if (size > maxBytes) {
    throw new ConfigurationError(
      input,
      `${where} is ${size} bytes of YAML; the limit is ${maxBytes} bytes`,
    );
  }
  const { parseAllDocuments } = await import('yaml');
  const docs = parseAllDocuments(text);
  // An empty stream (only comments or directives) comes back as an EmptyStream, not a list.
  return Array.isArray(docs) ? docs : [];
}

function toData(
  doc: Extract<Doc, unknown[]>[number],
  input: string,
  at: string,
  limits: YamlLimits,
): unknown {
  const error = doc.errors[0];
  try {
    if (error) throw error;
    return doc.toJS({ maxAliasCount: limits.maxAliases ?? MAX_YAML_ALIASES }) as unknown;
  } catch (err) {
    // A syntax error, an alias past the limit, or one whose anchor is not defined before it.
    throw new ConfigurationError(input, `${at} is not valid YAML: ${firstLine(errorMessage(err))}`);
  }
}

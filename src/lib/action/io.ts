/**
 * The GitHub adapter: what an action's run() needs from the runner, as one interface so that
 * tests hand run() a typed fake instead of mocking modules deep inside.
 *
 * Why not @actions/core here: importing it loads @actions/http-client and undici (for OIDC),
 * which by itself more than doubles a bundle's cold start. The few runner commands an action
 * needs are a small, documented protocol
 * (https://docs.github.com/actions/reference/workflow-commands-for-github-actions), spoken
 * here the way @actions/core speaks it; __tests__/lib/action/io.test.ts holds the two in step.
 */
import { appendFileSync } from 'node:fs';
import { EOL } from 'node:os';
import type { Logger } from './logger.js';

export interface ActionIO extends Logger {
  /** The raw input ('' when not set). */
  getInput(name: string): string;
  setOutput(name: string, value: string): void;
  setSecret(value: string): void;
  setFailed(message: string): void;
  writeSummary(markdown: string): Promise<void>;
}

/** The variable the runner sets for an input, as @actions/core derives it. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function command(name: string, message: string): void {
  process.stdout.write(`::${name}::${escapeData(message)}${EOL}`);
}

/** The real adapter, over the runner's environment, files and workflow commands. */
export function runnerIO(env: NodeJS.ProcessEnv = process.env): ActionIO {
  return {
    getInput: (name) => env[inputVariable(name)] ?? '',
    setOutput: (name, value) => {
      const file = env.GITHUB_OUTPUT;
      if (!file) {
        process.stdout.write(`${EOL}::set-output name=${name}::${escapeData(value)}${EOL}`);
        return;
      }
      // The Web Crypto global: importing node:crypto would cost every start-up a few ms.
      const delimiter = `ghadelimiter_${globalThis.crypto.randomUUID()}`;
      appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8');
    },
    setSecret: (value) => command('add-mask', value),
    setFailed: (message) => {
      process.exitCode = 1;
      command('error', message);
    },
    debug: (message) => command('debug', message),
    info: (message) => process.stdout.write(`${message}${EOL}`),
    warning: (message) => command('warning', message),
    error: (message) => command('error', message),
    group: async (title, body) => {
      process.stdout.write(`::group::${escapeData(title)}${EOL}`);
      try {
        return await body();
      } finally {
        process.stdout.write(`::endgroup::${EOL}`);
      }
    },
    writeSummary: async (markdown) => {
      // Outside a runner (the CLI, local runs) there is no summary file; that is not an error.
      const file = env.GITHUB_STEP_SUMMARY;
      if (file)
        appendFileSync(file, markdown.endsWith(EOL) ? markdown : `${markdown}${EOL}`, 'utf8');
    },
  };
}

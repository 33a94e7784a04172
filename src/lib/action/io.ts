/**
 * The GitHub adapter: what an action's run() needs from the runner, as one interface so that
 * tests hand run() a typed fake instead of mocking modules deep inside. The real one is
 * @actions/core: its output file, masks, annotations, groups and job summary are the
 * protocol every action speaks (https://github.com/actions/toolkit/tree/main/packages/core).
 */
import * as core from '@actions/core';
import { GroupDepth, type Logger } from '../log/logger.js';
import { fitSummary, SUMMARY_LIMIT_BYTES } from './summary-limit.js';

export interface ActionIO extends Logger {
  /** The raw input ('' when not set); the input helpers trim and validate it. */
  getInput(name: string): string;
  setOutput(name: string, value: string): void;
  setSecret(value: string): void;
  setFailed(message: string): void;
  writeSummary(markdown: string): Promise<void>;
}

/** The variable the runner sets for an input, as @actions/core's getInput() reads it. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/**
 * One per process: groups are a property of the step's log, not of an adapter instance.
 * GitHub's log viewer does not nest groups: an inner ::group:: shows beside its parent and its
 * ::endgroup:: ends the parent's fold too (actions/toolkit#1001, actions/runner#802 and
 * #1477), so a group opened inside an open one is printed as a plain header line instead.
 */
const depth = new GroupDepth(
  (title) => core.startGroup(title),
  () => core.endGroup(),
  (title) => core.info(title),
);

/** The real adapter, over @actions/core (which reads process.env and writes process.stdout). */
export function runnerIO(): ActionIO {
  // Bytes this step wrote to its summary file: GitHub drops a step summary over 1 MiB.
  let summaryBytes = 0;
  return {
    // Raw, like every input source we test with: trimming is the input helpers' job.
    getInput: (name) => core.getInput(name, { trimWhitespace: false }),
    setOutput: (name, value) => core.setOutput(name, value),
    setSecret: (value) => core.setSecret(value),
    setFailed: (message) => core.setFailed(message),
    debug: (message) => core.debug(message),
    info: (message) => core.info(message),
    warning: (message) => core.warning(message),
    error: (message) => core.error(message),
    group: (title, body) => depth.run(title, body),
    writeSummary: async (markdown) => {
      // Outside a runner (the CLI, local runs) there is no summary file: not an error, while
      // core.summary.write() would throw without GITHUB_STEP_SUMMARY.
      if (!process.env.GITHUB_STEP_SUMMARY) return;
      const text = fitSummary(
        markdown.endsWith('\n') ? markdown : `${markdown}\n`,
        SUMMARY_LIMIT_BYTES - summaryBytes,
      );
      summaryBytes += Buffer.byteLength(text, 'utf8');
      await core.summary.addRaw(text).write();
    },
  };
}

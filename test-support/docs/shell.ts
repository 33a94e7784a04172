/**
 * Just enough of bash to read the commands in our docs: fenced blocks, `\` continuations,
 * quotes, `$VAR` / `${VAR...}` / `$(...)` expansion from the docs' own assignments, and
 * here-documents as the command's stdin. Commands are what the docs tell a person to run, so
 * every gcloud/kubectl line can be fed to the real CLI's parser.
 */

export interface CodeBlock {
  readonly file: string;
  readonly lang: string;
  readonly text: string;
}

export interface DocCommand {
  readonly file: string;
  readonly argv: readonly string[];
  readonly stdin?: string;
}

/** Every fenced block of a markdown file, indented ones (inside list items) included. */
export function codeBlocks(file: string, markdown: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  const fence = /^([ \t]*)```([\w-]*)[ \t]*\n([\s\S]*?)^\1```[ \t]*$/gm;
  for (const m of markdown.matchAll(fence)) {
    const indent = m[1] ?? '';
    const text = (m[3] ?? '')
      .split('\n')
      .map((l) => (l.startsWith(indent) ? l.slice(indent.length) : l))
      .join('\n');
    blocks.push({ file, lang: m[2] ?? '', text });
  }
  return blocks;
}

/** What `$(...)` stands for: a number, so that JSON bodies that embed one still parse. */
const SUBSTITUTED = '1234567890';

function expandParam(expr: string, vars: Map<string, string>): string {
  const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(expr)?.[0] ?? '';
  const value = vars.get(name) ?? `${name.toLowerCase()}-value`;
  const op = expr.slice(name.length);
  if (op.startsWith('%%')) {
    const suffix = op.slice(2).replace(/\*/g, '');
    const at = value.indexOf(suffix);
    return at >= 0 ? value.slice(0, at) : value;
  }
  if (op.startsWith(':-')) return vars.has(name) ? value : op.slice(2);
  return value;
}

/** Splits one command line into words, expanding parameters; stops at an unquoted operator. */
export function shellWords(line: string, vars: Map<string, string>): string[] {
  const words: string[] = [];
  let word: string | undefined;
  const push = (s: string): void => {
    word = (word ?? '') + s;
  };
  const dollar = (at: number): [string, number] => {
    if (line[at + 1] === '(') {
      let depth = 1;
      let i = at + 2;
      for (; i < line.length && depth > 0; i += 1) {
        if (line[i] === '(') depth += 1;
        if (line[i] === ')') depth -= 1;
      }
      return [SUBSTITUTED, i];
    }
    if (line[at + 1] === '{') {
      const end = line.indexOf('}', at);
      return [expandParam(line.slice(at + 2, end), vars), end + 1];
    }
    const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(line.slice(at + 1))?.[0];
    return name ? [expandParam(name, vars), at + 1 + name.length] : ['$', at + 1];
  };
  let i = 0;
  while (i < line.length) {
    const c = line[i] ?? '';
    if (/\s/.test(c)) {
      if (word !== undefined) words.push(word);
      word = undefined;
      i += 1;
    } else if (word === undefined && (c === '#' || /[;|&<>]/.test(c))) {
      break;
    } else if (c === "'") {
      const end = line.indexOf("'", i + 1);
      push(line.slice(i + 1, end));
      i = end + 1;
    } else if (c === '"') {
      i += 1;
      let s = '';
      while (i < line.length && line[i] !== '"') {
        if (line[i] === '\\') {
          s += line[i + 1] ?? '';
          i += 2;
        } else if (line[i] === '$') {
          const [v, next] = dollar(i);
          s += v;
          i = next;
        } else {
          s += line[i];
          i += 1;
        }
      }
      push(s);
      i += 1;
    } else if (c === '$') {
      const [v, next] = dollar(i);
      push(v);
      i = next;
    } else if (c === '\\') {
      push(line[i + 1] ?? '');
      i += 2;
    } else {
      push(c);
      i += 1;
    }
  }
  if (word !== undefined) words.push(word);
  return words;
}

/** Expands parameters in a here-document body (an unquoted delimiter expands). */
function expandBody(body: string, vars: Map<string, string>): string {
  return body.replace(
    /\$\{([^}]+)\}|\$([A-Za-z_][A-Za-z0-9_]*)/g,
    (_m, braced: string, bare: string) => expandParam(braced ?? bare, vars),
  );
}

/**
 * The commands of a bash block, in order. Assignments (`NAME=value`) update `vars`, so later
 * commands (and later blocks and files) see the values the docs set. Loop and control lines
 * are skipped; the commands inside a loop are kept.
 */
export function blockCommands(block: CodeBlock, vars: Map<string, string>): DocCommand[] {
  // bash removes a backslash-newline entirely (a line continuation, not a space: bash(1),
  // QUOTING), so `a,\` + newline + `b` is the one word `a,b`; the next line's indent is kept.
  const lines = block.text.replace(/\\\n/g, '').split('\n');
  const commands: DocCommand[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const line = (lines[i] ?? '').trim();
    if (line === '' || line.startsWith('#')) continue;
    const assignment = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
    if (assignment) {
      vars.set(assignment[1] ?? '', shellWords(assignment[2] ?? '', vars).join(' '));
      continue;
    }
    const heredoc = /<<-?\s*'?([A-Za-z_]+)'?/.exec(line);
    let stdin: string | undefined;
    if (heredoc) {
      const end = lines.findIndex((l, j) => j > i && l.trim() === heredoc[1]);
      const body = lines.slice(i + 1, end).join('\n');
      stdin = line.includes(`'${heredoc[1]}'`) ? body : expandBody(body, vars);
      i = end;
    }
    const argv = shellWords(line.replace(/^(for|do|then|else)\s.*?(;|$)/, ''), vars);
    if (argv.length === 0 || ['for', 'done', 'do', 'fi', 'if'].includes(argv[0] ?? '')) continue;
    commands.push({ file: block.file, argv, ...(stdin === undefined ? {} : { stdin }) });
  }
  return commands;
}

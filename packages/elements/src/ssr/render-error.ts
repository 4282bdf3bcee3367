import { briefTypeProblem } from '../security-brief/brief-shape.js';

/**
 * Why server rendering refused or failed: the input is not a brief it can render (server code often renders
 * what it has not validated), or an option is of the wrong type. The message says what is wrong; `cause`
 * holds the underlying error when rendering itself failed.
 */
export class BriefRenderError extends Error {
  override readonly name = 'BriefRenderError';
}

const PREFIX = 'the brief cannot be rendered: ';

/**
 * Throws a BriefRenderError unless `value` has the types of a brief. Only the types: the server renders what the
 * element renders for a `.brief` it is given, whatever text its fields hold (a formatVersion "2.0" included).
 */
export function assertRenderable(value: unknown): void {
  const problem = briefTypeProblem(value);
  if (problem !== undefined)
    throw new BriefRenderError(
      `${PREFIX}${problem} (check it with validateBrief from @briefkit/validator before rendering)`,
    );
}

/** Throws a BriefRenderError unless each named option is absent or a string. */
export function assertTextOptions(options: Record<string, unknown>, names: readonly string[]): void {
  for (const name of names) {
    if (options[name] !== undefined && typeof options[name] !== 'string')
      throw new BriefRenderError(`${PREFIX}the ${name} option must be text`);
  }
}

/**
 * Runs a render of a brief whose top level is checked: whatever deeper value it trips on (a field of the
 * wrong type, a bigint, a cycle), the caller gets a BriefRenderError saying so, never an internal TypeError.
 */
export function renderingSafely<T>(render: () => T): T {
  try {
    return render();
  } catch (error) {
    if (error instanceof BriefRenderError) throw error;
    throw new BriefRenderError(`${PREFIX}${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
}

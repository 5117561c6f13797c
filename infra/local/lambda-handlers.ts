import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FUNCTIONS, type FunctionName } from '../../functions/routes.ts';

/** A loaded Lambda handler, called as the runtime calls it: (event, context). */
export type LoadedHandler = (event: unknown, context: unknown) => Promise<unknown>;

/** A handler module could not be loaded: a bug in functions/, reported with its cause. */
export class HandlerLoadError extends Error {
  override name = 'HandlerLoadError';
}

/**
 * Imports every function's entry (functions/routes.ts), or only those named in `only`, and returns
 * its exported `handler`, whatever its kind (http, stream, schedule). Import only after process.env
 * is set: handlers read their configuration at module load, as in Lambda.
 */
export async function loadHandlers(
  root: string,
  only?: readonly FunctionName[],
): Promise<ReadonlyMap<FunctionName, LoadedHandler>> {
  const names = Object.keys(FUNCTIONS).filter(
    (name): name is FunctionName => name in FUNCTIONS && (!only || only.some((wanted) => wanted === name)),
  );
  const loaded = await Promise.all(
    names.map(async (name) => [name, await loadHandler(join(root, FUNCTIONS[name].entry))] as const),
  );
  return new Map(loaded);
}

async function loadHandler(file: string): Promise<LoadedHandler> {
  let module: unknown;
  try {
    module = await import(pathToFileURL(file).href);
  } catch (error) {
    throw new HandlerLoadError(
      `Cannot load ${file}: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
  const handler: unknown =
    typeof module === 'object' && module !== null ? Reflect.get(module, 'handler') : undefined;
  if (typeof handler !== 'function')
    throw new HandlerLoadError(`${file} does not export a function named "handler"`);
  return async (event, context) => await Reflect.apply(handler, undefined, [event, context]);
}

/** How a function is invoked: by a route (http), by the table stream, or by a schedule. */
export type FunctionKind = (typeof FUNCTIONS)[FunctionName]['kind'];

/**
 * The loaded handlers of one kind, by function name: the HTTP adapter gets only `http` ones, the
 * stream poller the `stream` ones and the local scheduler the `schedule` ones, as in AWS.
 */
export function handlersOfKind(
  handlers: ReadonlyMap<FunctionName, LoadedHandler>,
  kind: FunctionKind,
): Map<FunctionName, LoadedHandler> {
  return new Map([...handlers].filter(([name]) => FUNCTIONS[name].kind === kind));
}

/** The loaded handler of one function; a missing one is a HandlerLoadError naming it. */
export function handlerOf(
  handlers: ReadonlyMap<FunctionName, LoadedHandler>,
  name: FunctionName,
): LoadedHandler {
  const handler = handlers.get(name);
  if (!handler) throw new HandlerLoadError(`No handler loaded for "${name}" (functions/routes.ts)`);
  return handler;
}

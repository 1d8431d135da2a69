import { Kind, visit, type ASTNode, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import type { Viewer } from '../../auth/viewer.js';

/** A validated subscription as one client sent it. */
export interface SubscriptionRequest {
  query: string;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  operationName: string | null;
  variables: Record<string, unknown>;
}

/**
 * Executes the subscription's selection for one change (the change is the root value). A result
 * returned synchronously (every resolver was) is written without waiting a turn.
 */
export type RenderChange = (viewer: Viewer, request: SubscriptionRequest, change: object) => unknown;

export interface SharedRenderer {
  /**
   * The change's payload as UTF-8 JSON, executed and serialised once for every subscriber sharing
   * it; the bytes themselves once ready, so the subscribers after the first need not wait a turn.
   */
  payload(change: object): Buffer | Promise<Buffer>;
  /** The whole `next` frame of a distinct connection (the bare result), also built once per change. */
  distinctFrame(change: object): Buffer | Promise<Buffer>;
  release(): void;
}

/**
 * Subscribers that would render a change to the same bytes share one renderer: the same tenant,
 * roles and teams, the same document, and the same values for the variables its selection uses.
 * The root field's own arguments (cursor, filter, order) are left out of the key: they choose which
 * changes reach a subscriber, not how a change renders. So a thousand agents watching their inbox
 * cost one execution and one `JSON.stringify` per change, not a thousand.
 *
 * A change is remembered by object identity: the tenant's tail hands the same object to every live
 * subscriber, change by change (a subscriber catching up from the table reads its own). Only the
 * last `RECENT_CHANGES` are remembered: a memo that lived as long as its change would keep every
 * frame alive for as long as a reader that stopped reading keeps the change queued. A subscriber
 * that writes an older change renders it again, which only a reader far behind ever does.
 *
 * Rendering cannot know who the agent is: the viewer it gets has no `id` or `name`, and a resolver
 * reaching for them fails loudly instead of showing one agent's view to another.
 * @example const r = renderers.acquire(viewer, request); send(await r.payload(change)); r.release();
 */
export function createSharedRenderers(render: RenderChange) {
  const byKey = new Map<string, { renderer: SharedRenderer; users: number }>();

  return {
    acquire(viewer: Viewer, request: SubscriptionRequest): SharedRenderer {
      const key = renderKey(viewer, request);
      const shared = byKey.get(key);
      if (shared) {
        shared.users++;
        return shared.renderer;
      }
      const rendererViewer = anonymous(viewer);
      const memo = recentChanges<Buffer | Promise<Buffer>>();
      const frames = recentChanges<Buffer>();
      // A change's subscribers ask one after the other: the last answer saves the map lookup.
      let last: { change: object; frame: Buffer } | null = null;
      const entry = {
        users: 1,
        renderer: {
          distinctFrame(change: object) {
            if (last?.change === change) return last.frame;
            const framed = frames.get(change);
            if (framed) return (last = { change, frame: framed }).frame;
            const build = (json: Buffer) => {
              const frame = Buffer.concat([NEXT, json, END], NEXT.length + json.length + END.length);
              frames.set(change, frame);
              last = { change, frame };
              return frame;
            };
            const payload = entry.renderer.payload(change);
            return payload instanceof Promise ? payload.then(build) : build(payload);
          },
          payload(change: object) {
            let payload = memo.get(change);
            if (payload !== undefined) return payload;
            const encode = (result: unknown) => {
              const json = Buffer.from(JSON.stringify(result));
              memo.set(change, json);
              return json;
            };
            try {
              const result = render(rendererViewer, request, change);
              payload = result instanceof Promise ? result.then(encode) : encode(result);
            } catch (error) {
              payload = Promise.reject(error);
            }
            memo.set(change, payload);
            return payload;
          },
          release() {
            if (--entry.users === 0 && byKey.get(key) === entry) byKey.delete(key);
          },
        },
      };
      byKey.set(key, entry);
      return entry.renderer;
    },
    /** Renderers in use: distinct (tenant, roles, selection) groups. */
    get size() {
      return byKey.size;
    },
  };
}

export type SharedRenderers = ReturnType<typeof createSharedRenderers>;

const NEXT = Buffer.from('event: next\ndata: ');
/** Changes a renderer remembers; the tail hands each change to all its subscribers before the next. */
const RECENT_CHANGES = 32;

/** A memo of the last `RECENT_CHANGES` changes, the oldest forgotten first (one check per change). */
function recentChanges<V>() {
  const entries = new Map<object, V>();
  return {
    get: (change: object) => entries.get(change),
    set(change: object, value: V) {
      if (!entries.has(change) && entries.size >= RECENT_CHANGES)
        entries.delete(entries.keys().next().value!);
      entries.set(change, value);
    },
  };
}
const END = Buffer.from('\n\n');

function renderKey(viewer: Viewer, request: SubscriptionRequest): string {
  const used: Record<string, unknown> = {};
  for (const name of selectionVariables(request)) used[name] = request.variables[name];
  return JSON.stringify([
    viewer.tenant,
    [...viewer.roles].sort(),
    [...viewer.teams].sort(),
    request.operationName,
    request.query,
    used,
  ]);
}

const variablesOf = new WeakMap<OperationDefinitionNode, string[]>();

/**
 * The variables read below the root field, by directives on it, or by any fragment of the
 * document (counted whether the root's selection spreads it or not), but not by its arguments.
 */
function selectionVariables(request: SubscriptionRequest): string[] {
  const { operation, document } = request;
  let names = variablesOf.get(operation);
  if (!names) {
    const found = new Set<string>();
    const collect = (node: ASTNode) => visit(node, { Variable: (v) => void found.add(v.name.value) });
    for (const selection of operation.selectionSet.selections) {
      if (selection.kind !== Kind.FIELD) {
        collect(selection);
        continue;
      }
      for (const directive of selection.directives ?? []) collect(directive);
      if (selection.selectionSet) collect(selection.selectionSet);
    }
    for (const definition of document.definitions)
      if (definition.kind === Kind.FRAGMENT_DEFINITION) collect(definition);
    names = [...found].sort();
    variablesOf.set(operation, names);
  }
  return names;
}

/** The viewer a shared rendering runs as: tenant, roles and teams, but no one in particular. */
function anonymous(viewer: Viewer): Viewer {
  const refuse = (): never => {
    throw new Error(
      'A subscription field read the agent: subscriptions are rendered once for every agent with the same roles.',
    );
  };
  return Object.freeze({
    tenant: viewer.tenant,
    roles: [...viewer.roles],
    teams: [...viewer.teams],
    get id(): string {
      return refuse();
    },
    get name(): string | null {
      return refuse();
    },
  });
}

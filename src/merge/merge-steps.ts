// Merging written once for every kind of backend: the merge flow (merge-facts.ts, merge-document.ts)
// is a generator that yields each port call it needs as data and is resumed with the answer. A
// synchronous backend (SQLite) runs it with runMerge, call by call in the same tick; an asynchronous
// one (PostgreSQL over a network) with runMergeAsync, awaiting each answer. Neither driver adds a
// round trip: the calls are the same, in the same order.
import type { MergePort } from './merge-port.js';

type Method = keyof MergePort;

/** One port call, as data. */
export type PortCall = { readonly [K in Method]: { readonly method: K; readonly args: Parameters<MergePort[K]> } }[Method];

/** A merge flow: yields port calls, is resumed with their answers, returns `T`. */
export type MergeSteps<T> = Generator<PortCall, T, unknown>;

/** The port with every answer a promise: what an asynchronous backend implements. */
export type AsyncMergePort = { readonly [K in Method]: (...args: Parameters<MergePort[K]>) => Promise<ReturnType<MergePort[K]>> };

/** Asks the port (`yield* ask('peopleByFamily', key)`), typed by the method's own signature. */
export function* ask<K extends Method>(method: K, ...args: Parameters<MergePort[K]>): Generator<PortCall, ReturnType<MergePort[K]>, unknown> {
  return (yield { method, args } as PortCall) as ReturnType<MergePort[K]>;
}

type AnyMethod = (...args: readonly unknown[]) => unknown;

/** Runs a merge flow against a synchronous port. */
export function runMerge<T>(port: MergePort, steps: MergeSteps<T>): T {
  let step = steps.next();
  while (!step.done) {
    const { method, args } = step.value;
    step = steps.next((port[method] as AnyMethod).apply(port, args));
  }
  return step.value;
}

/** Runs a merge flow against an asynchronous port, one call at a time. */
export async function runMergeAsync<T>(port: AsyncMergePort, steps: MergeSteps<T>): Promise<T> {
  let step = steps.next();
  while (!step.done) {
    const { method, args } = step.value;
    step = steps.next(await (port[method] as (...a: readonly unknown[]) => Promise<unknown>).apply(port, args));
  }
  return step.value;
}

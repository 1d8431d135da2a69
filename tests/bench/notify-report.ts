import { availableParallelism, loadavg } from 'node:os';
import type { NotifyResult } from './measure-notify.js';

/** Rows and notes B5 and B7 share. */
export const frames = (r: NotifyResult) => `${r.frames.received} / ${r.frames.expected}`;
export const complete = (r: NotifyResult) =>
  r.frames.missing === 0 && r.frames.duplicates === 0 && r.frames.unexpected === 0 && r.postErrors === 0;

export function problems(name: string, r: NotifyResult): string[] {
  const out: string[] = [];
  if (r.postErrors) out.push(`${name}: ${r.postErrors} posts failed, first: ${r.firstError}`);
  if (r.frames.missing || r.frames.duplicates || r.frames.unexpected)
    out.push(
      `${name}: ${r.frames.missing} frames missing, ${r.frames.duplicates} duplicated, ${r.frames.unexpected} unexpected.`,
    );
  if (r.frames.foreign)
    out.push(`${name}: ${r.frames.foreign} frames of the other side arrived during its turns.`);
  if (r.streamErrors) out.push(`${name}: ${r.streamErrors} streams failed: ${r.firstError}`);
  return out;
}

/** Other work on the machine shows up in every figure; the load average says how much there was. */
export const machineNote = (loadAtStart: number) =>
  `Load average ${loadAtStart.toFixed(1)} → ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores during this bench.`;

/** A group's figures for the JSON: without the per-sample and per-event arrays. */
export const figuresOf = ({ samples: _, eventMedians: __, ...figures }: NotifyResult) => figures;

/**
 * What group `b` adds over group `a` event by event, on events both received: the median frame of
 * each event at `b` minus that at `a`. Immune to what both share (a slow commit delays both alike).
 */
export function addedPerEvent(a: NotifyResult, b: NotifyResult): number[] {
  return Object.entries(b.eventMedians).flatMap(([key, mb]) => {
    const ma = a.eventMedians[key];
    return ma === undefined ? [] : [mb - ma];
  });
}

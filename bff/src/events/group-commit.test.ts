import { describe, expect, it } from 'vitest';
import { createGroupCommit } from './group-commit.js';

describe('createGroupCommit', () => {
  it('writes the items submitted in one turn together, and queues later ones into the next batch', async () => {
    const batches: number[][] = [];
    const submit = createGroupCommit<number, string>(async (items) => {
      batches.push(items);
      await new Promise((r) => setTimeout(r, 10));
      return items.map((i) => `ok ${i}`);
    });
    const first = [1, 2].map((i) => submit(i));
    await new Promise((r) => setTimeout(r, 5));
    const results = await Promise.all([...first, ...[3, 4].map((i) => submit(i))]);
    expect(results).toEqual(['ok 1', 'ok 2', 'ok 3', 'ok 4']);
    expect(batches).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });

  it('starts writing a lone item within one event-loop turn, with no timer', async () => {
    const batches: number[][] = [];
    const submit = createGroupCommit<number, number>(async (items) => (batches.push(items), items));
    const result = submit(7);
    await new Promise((r) => setImmediate(r));
    expect(batches).toEqual([[7]]);
    expect(await result).toBe(7);
  });

  it('caps a batch at maxBatch', async () => {
    const sizes: number[] = [];
    const submit = createGroupCommit<number, number>(async (items) => (sizes.push(items.length), items), {
      maxBatch: 2,
    });
    await Promise.all([1, 2, 3, 4, 5].map((i) => submit(i)));
    expect(sizes).toEqual([2, 2, 1]);
  });

  it('rejects only the item answered with an Error', async () => {
    const submit = createGroupCommit<number, number>(async (items) =>
      items.map((i) => (i === 2 ? new Error('bad 2') : i)),
    );
    const settled = await Promise.allSettled([1, 2, 3].map((i) => submit(i)));
    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });

  it('retries a failed batch item by item, so one poisonous item fails alone', async () => {
    const calls: number[][] = [];
    const submit = createGroupCommit<number, number>(async (items) => {
      calls.push(items);
      if (items.includes(3)) throw new Error('poison');
      return items;
    });
    const settled = await Promise.allSettled([1, 2, 3, 4].map((i) => submit(i)));
    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    expect(calls).toEqual([[1, 2, 3, 4], [1], [2], [3], [4]]);
  });
});

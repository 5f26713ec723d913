// Splitting items into service calls that hold at most so many items and so many bytes.

export interface BatchLimits<T> {
  maxItems: number;
  maxBytes: number;
  sizeOf: (item: T) => number;
  /** an item that fits no call on its own: the error to throw */
  tooLarge: (size: number) => Error;
}

export function sizeBatches<T>(items: readonly T[], limits: BatchLimits<T>): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const item of items) {
    const size = limits.sizeOf(item);
    if (size > limits.maxBytes) throw limits.tooLarge(size);
    if (current.length === limits.maxItems || bytes + size > limits.maxBytes) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(item);
    bytes += size;
  }
  if (current.length) batches.push(current);
  return batches;
}

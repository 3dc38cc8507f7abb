/**
 * A list of whole numbers in a typed array that grows as it is filled: the
 * indices of long texts hold millions of numbers, which as a plain array or
 * as objects would cost many times the memory and the collector's time.
 */
export class GrowingNumbers {
  array: Int32Array;
  length = 0;

  constructor(capacity = 1024) {
    this.array = new Int32Array(Math.max(16, capacity));
  }

  push(value: number): void {
    if (this.length === this.array.length) {
      const larger = new Int32Array(this.array.length * 2);
      larger.set(this.array);
      this.array = larger;
    }
    this.array[this.length++] = value;
  }

  /** The numbers pushed, in an array of their own length. */
  done(): Int32Array {
    return this.array.length === this.length ? this.array : this.array.slice(0, this.length);
  }
}

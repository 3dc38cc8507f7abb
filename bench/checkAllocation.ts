/**
 * Allocation of a full check: how many bytes a check makes, which sets how
 * often the young generation's collector runs during checks (one pass per
 * semi-space filled, 16 MB on 64-bit Node) and so how long the checks'
 * pauses are. Each check begins right after a full collection, in a young
 * generation large enough that no collection falls inside it, and the heap
 * grows by what it allocates; what stays after a collection once it is done
 * is what its checker keeps.
 *
 * - a 50,000-word essay checked against the built-in text and three 300×
 *   books, a new checker and another essay each time (as libraryCheck.ts's
 *   full check);
 * - a 50,000-word document checked against the built-in text alone.
 *
 *   node --expose-gc --min-semi-space-size=256 --max-semi-space-size=256 out/bench/checkAllocation.js
 */
import { LibraryChecker, QuotationChecker } from '../src/core/check';
import { bundledWork } from '../src/core/corpus';
import { benchDocument } from '../test/fixtures/check/inputs';
import { libraryFixture } from './corpora';

const WARM = 10;
const RUNS = 20;

interface Allocation {
  readonly allocatedMb: number;
  readonly keptMb: number;
}

/**
 * The mean bytes allocated by `check(i)`, and kept once it is done, over
 * `RUNS` checks after `WARM`. `check` returns its checker, held until the
 * heap is read again, as an editor holds its document's.
 */
function allocation(check: (i: number) => object, collect: () => void): Allocation {
  let allocated = 0;
  let kept = 0;
  let held: object | undefined;
  for (let i = 0; i < WARM + RUNS; i++) {
    held = undefined;
    collect();
    const before = process.memoryUsage().heapUsed;
    held = check(i);
    const after = process.memoryUsage().heapUsed;
    collect();
    const stays = process.memoryUsage().heapUsed;
    if (i >= WARM) {
      allocated += after - before;
      kept += stays - before;
    }
  }
  if (held === undefined) throw new Error('no check ran');
  return { allocatedMb: allocated / RUNS / 1e6, keptMb: kept / RUNS / 1e6 };
}

function main(): void {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (!collect) throw new Error('Run with --expose-gc (see the head of this file).');
  const { works, others } = libraryFixture(WARM + RUNS);
  const warm = new LibraryChecker(works);
  while (!warm.prepareTexts(() => false)) { /* the texts' indices, built once */ }
  const library = allocation((i) => {
    const checker = new LibraryChecker(works);
    checker.check(others[i], 'markdown');
    return checker;
  }, collect);
  const work = bundledWork();
  const documents = Array.from({ length: WARM + RUNS }, (_, i) => benchDocument(work, 50_000, 60_000 + i));
  const single = allocation((i) => {
    const checker = new QuotationChecker(work);
    checker.check(documents[i], 'markdown');
    return checker;
  }, collect);
  console.log('Allocation of a full check (each after a full collection, none inside it):');
  console.log(`  a 50,000-word essay against the built-in text and three 300× books: ${library.allocatedMb.toFixed(2)} MB allocated, ${library.keptMb.toFixed(2)} MB kept`);
  console.log(`  a 50,000-word document against the built-in text: ${single.allocatedMb.toFixed(2)} MB allocated, ${single.keptMb.toFixed(2)} MB kept`);
}

if (require.main === module) main();

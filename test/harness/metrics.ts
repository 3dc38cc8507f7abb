/**
 * Figures a test measured (activation time, say) that the launcher prints
 * with the results. Every test file is its own bundle, so the figures live on
 * a global that the bundles share rather than in this module.
 */
const key = Symbol.for('cpc-relations.test-metrics');

type Store = Record<string, number>;

function store(): Store {
  const holder = globalThis as unknown as Record<symbol, Store | undefined>;
  return (holder[key] ??= {});
}

/** Records a duration in milliseconds under a name the launcher prints, such as `activation`. */
export function recordMetric(name: string, milliseconds: number): void {
  store()[name] = milliseconds;
}

/** Every figure recorded so far in this extension host. */
export function recordedMetrics(): Store {
  return { ...store() };
}

import type { Services } from './services';

export function registerTree(services: Services): void {
  void services;
}

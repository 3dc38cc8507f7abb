import type { Services } from './services';

export function registerSearch(services: Services): void {
  void services;
}

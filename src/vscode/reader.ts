import type { Services } from './services';

export function registerReader(services: Services): void {
  void services;
}

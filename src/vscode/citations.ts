import type { Services } from './services';

export function registerCitations(services: Services): void {
  void services;
}

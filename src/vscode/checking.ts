import type { Services } from './services';

export function registerChecking(services: Services): void {
  void services;
}

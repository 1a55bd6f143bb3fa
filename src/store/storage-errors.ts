/** Turns an IndexedDB failure into a sentence a person can act on. */
export function describeStorageError(error: unknown, failed = 'The library could not be updated'): string {
  const name = (error as { name?: string } | null)?.name;
  if (name === 'QuotaExceededError') return `${failed}: the browser has no storage space left for the library.`;
  if (name === 'VersionError' || name === 'BlockedError') return `${failed}: the library is being upgraded in another tab. Close other library tabs and try again.`;
  if (name === 'InvalidStateError') return `${failed}: the library database was closed. Reload this page and try again.`;
  return `${failed}: ${(error as Error | null)?.message ?? String(error)}`;
}

/** Where a saved article opens in a full tab; the id is its canonical URL, the library's key. */
export function readerPath(id: string): string {
  return `/reader/reader.html?id=${encodeURIComponent(id)}`;
}

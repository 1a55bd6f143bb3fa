/** What a benchmark extractor returns for one page (null = "no article"). */
export interface BenchResult {
  textContent: string | null;
  title: string | null;
  byline: string | null;
  publishedTime: string | null;
  relatedLinks: number;
  /** extractCpuMs: the process's CPU time over the extraction, which another process's load on the machine barely moves. */
  timings: { parseMs: number; extractMs: number; extractCpuMs: number };
}

export interface BenchExtractor {
  name: string;
  extract(html: string, url: string): BenchResult | null;
}

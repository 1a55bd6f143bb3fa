/** What a benchmark extractor returns for one page (null = "no article"). */
export interface BenchResult {
  textContent: string | null;
  title: string | null;
  byline: string | null;
  publishedTime: string | null;
  relatedLinks: number;
  timings: { parseMs: number; extractMs: number };
}

export interface BenchExtractor {
  name: string;
  extract(html: string, url: string): BenchResult | null;
}

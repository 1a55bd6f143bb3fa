/** The article as a person reads it: header facts, body, and the related links apart from the story. */
import type { Article } from '../extract/article';
import { dateLocale, formatAuthors, formatPublished, formatReadingTime, OWN_WORDS_LANG } from './format';
import { SanitizedHtml } from './SanitizedHtml';
import { textDirection } from './text-direction';

export function ArticleHeader({ article }: { article: Article }) {
  const authors = formatAuthors(article.authors);
  const published = formatPublished(article.publishedTime);
  return (
    <header class="article-header">
      {article.siteName && <p class="site-name">{article.siteName}</p>}
      <h1 class="article-title" lang={article.lang ?? undefined}>{article.title}</h1>
      {/* Each fact keeps its own word order: "1 min read" in a right-to-left article must not read "min read 1". */}
      <p class="article-meta">
        {authors && (
          <span class="authors" dir="auto">
            <span lang={OWN_WORDS_LANG}>By</span> {authors}
          </span>
        )}
        {published && (
          <time class="published" dateTime={article.publishedTime ?? undefined} dir="auto" lang={dateLocale()}>
            {published}
          </time>
        )}
        <span class="reading-time" dir="auto" lang={OWN_WORDS_LANG}>
          {formatReadingTime(article.readingTimeMinutes)}
        </span>
      </p>
    </header>
  );
}

export function RelatedLinks({ links }: { links: Article['relatedLinks'] }) {
  const safe = links.filter((l) => /^https?:\/\//i.test(l.url));
  if (safe.length === 0) return null;
  return (
    <nav class="related" aria-labelledby="related-heading">
      <h2 id="related-heading" lang={OWN_WORDS_LANG}>
        Related articles
      </h2>
      <ul>
        {safe.map((link) => (
          <li key={link.url}>
            <a href={link.url} target="_blank" rel="noopener noreferrer">
              {link.title}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function ArticleView({ article }: { article: Article }) {
  return (
    <article class="reader-article" lang={article.lang ?? undefined} dir={textDirection(article.lang)}>
      <ArticleHeader article={article} />
      <SanitizedHtml class="article-body" html={article.content} />
      <RelatedLinks links={article.relatedLinks} />
    </article>
  );
}

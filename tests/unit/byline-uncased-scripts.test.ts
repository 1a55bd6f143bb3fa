/** Bylines in scripts without capital letters: the author shown once, above the story, without the word for "by". */
import { describe, expect, it } from 'vitest';
import { article } from './news-page';

function storyPage(lang: string, byline: string, paragraph: string) {
  return `<!doctype html><html lang="${lang}" dir="rtl"><head><meta charset="utf-8"><title>${paragraph.slice(0, 40)}</title></head>
<body><main><article><h1>${paragraph.slice(0, 40)}</h1><p class="byline">${byline}</p>
${Array.from({ length: 6 }, (_, i) => `<p>${paragraph} (${i + 1})</p>`).join('\n')}
</article></main></body></html>`;
}

describe('a byline in Arabic or Hebrew', () => {
  it.each([
    ['Arabic', 'ar', 'بقلم ليلى حسن', 'ليلى حسن', 'صوّت مجلس المدينة مساء الثلاثاء على خطة لتجديد الميناء القديم، منهياً نقاشاً استمر قرابة عقد من الزمن بين السكان والصيادين والتجار حول التكاليف والجدول الزمني.'],
    ['Hebrew', 'he', 'מאת דנה כהן', 'דנה כהן', 'מועצת העיר אישרה ביום שלישי בערב את התוכנית לשיפוץ הנמל הישן, לאחר ויכוח שנמשך כמעט עשור בין התושבים, הדייגים והסוחרים על העלויות ועל לוח הזמנים.'],
  ])('%s: names the author without the word for "by", and the byline leaves the story', (_language, lang, byline, name, paragraph) => {
    const a = article(storyPage(lang, byline, paragraph), { url: 'https://sahil.example/news/harbour' });
    expect(a.authors).toEqual([name]);
    expect(a.textContent).not.toContain(byline);
    expect(a.textContent).toContain(paragraph);
  });
});

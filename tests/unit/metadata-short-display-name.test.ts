/**
 * A byline that shows only a first name or initials gives way to the full name the page prints, when the page ties
 * that name to the byline: the author-archive link spells it, or the site is named after the surname. A namesake
 * in the story, a comment author or another post's author in a sidebar never becomes the author.
 */
import { describe, expect, it } from 'vitest';
import { authorsAt, page } from './metadata-page';

const STORY = '<p>Wer eine Zeitung abonniert, will alles lesen können, und zwar auf allen Geräten, die er besitzt, ohne für jedes einzeln zu zahlen.</p>';
const byline = (slug: string, shown: string) => `<span class="meta-author">Von <span class="author vcard"><a class="url fn n" href="https://blog.example.com/author/${slug}/" rel="author">${shown}</a></span></span>`;
const post = (head: string, tail = '') => page(`<article><h1>Einmal zahlen, alles lesen</h1>${head}${STORY}${tail}</article>`);

describe('a first name or initials as the byline', () => {
  it('shows the full name on a site named after the surname (steinhau.com: "Von Henry", a photo credit by Henry Steinhau)', () => {
    const d = post(byline('henry', 'Henry'), '<figure><img src="/kiosk.jpg" alt=""><figcaption>Bundesarchiv, CC-BY-SA 3.0. Ausschnitt: Henry Steinhau</figcaption></figure>');
    expect(authorsAt('http://www.steinhau.com/wordpress/einmal-zahlen/')(d)).toEqual(['Henry Steinhau']);
  });

  it('shows the full name the author-archive link spells (1hundetagebuch: "by DT", /author/donaldtownsend/, a licence line)', () => {
    const d = post(byline('donaldtownsend', 'DT'), '<p>Ein Hundetagebuch von <a href="/">Donald Townsend</a> steht unter einer Creative Commons Namensnennung 3.0 Unported Lizenz.</p>');
    expect(authorsAt('https://1hundetagebuch.wordpress.com/2019/10/31/langer/')(d)).toEqual(['Donald Townsend']);
  });

  it('reads the site\'s registered name, not a subdomain ("By Henry" on main.example.com is no "Henry Main")', () => {
    const d = post(byline('henry', 'Henry'), '<p>Henry Main Street is closed to traffic until the repairs are done.</p>');
    expect(authorsAt('https://main.example.com/2024/street/')(d)).toEqual(['Henry']);
    const uk = post(byline('henry', 'Henry'), '<figure><img src="/kiosk.jpg" alt=""><figcaption>Foto: Henry Steinhau</figcaption></figure>');
    expect(authorsAt('https://www.steinhau.co.uk/2024/kiosk/')(uk)).toEqual(['Henry Steinhau']);
  });

  it('keeps the first name when the full name the page prints is a namesake the story quotes ("said Henry Ford")', () => {
    const d = post(byline('henry', 'Henry'), '<p>„Any customer can have a car painted any colour“, said Henry Ford.</p>');
    expect(authorsAt('http://www.steinhau.com/wordpress/einmal-zahlen/')(d)).toEqual(['Henry']);
  });

  it('keeps the first name when only a comment author or a sidebar teaser\'s author shares it, on a site not named after them', () => {
    const tail = '<aside><h3>Mehr aus dem Blog</h3><a href="/andere/">Datenschutz im Verlag, von Henry Miller</a></aside><ol class="comments"><li><cite>Henry Becker</cite> sagt: Guter Artikel!</li></ol>';
    expect(authorsAt('https://zeitungsblog.example.com/einmal-zahlen/')(post(byline('henry', 'Henry'), tail))).toEqual(['Henry']);
  });

  it('keeps initials whose archive link spells another account, and leaves "Posted by admin" alone', () => {
    const other = post(byline('dtrump', 'DT'), '<p>Ein Blog von Donald Townsend steht unter einer Creative Commons Lizenz.</p>');
    expect(authorsAt('https://1hundetagebuch.wordpress.com/2019/10/31/langer/')(other)).toEqual(['DT']);
    const admin = post('<p class="byline">Posted by <a href="https://blog.example.com/author/admin/" rel="author">admin</a></p>', '<p>Ein Blog von Ada Dorn steht unter einer Creative Commons Lizenz.</p>');
    expect(authorsAt('https://blog.example.com/2019/10/31/langer/')(admin)).not.toContain('Ada Dorn');
  });
});

/** A blogger whose display name is the address of their site: the byline shows it, so the reader sees it as the author. */
import { describe, expect, it } from 'vitest';
import { authorsAt, page } from './metadata-page';

const authorsOf = authorsAt('https://thebigbone.wordpress.com/2017/04/13/die-ueberforderung/');

describe('an author-archive link named with a web address', () => {
  it('shows the address a WordPress byline links to the author\'s archive under ("Autor: www.koffergepackt.com")', () => {
    const d = page('<article><h1>Die Überforderung durch Überangebote</h1><div class="post-meta"><span class="post-meta-date">Datum: <a href="/2017/04/13/">13. April 2017</a></span><span class="post-meta-author">Autor: <a href="https://thebigbone.wordpress.com/author/koffergepackt/">www.koffergepackt.com</a></span></div><p>Text.</p></article>');
    expect(authorsOf(d)).toEqual(['www.koffergepackt.com']);
  });

  it('does not take an address that is not the archived account\'s: a link to another site, or an "admin" account', () => {
    expect(authorsOf(page('<article><h1>Post</h1><span class="post-meta-author">Autor: <a href="/author/admin/">www.example-shop.com</a></span><p>Text.</p></article>'))).toEqual([]);
    expect(authorsOf(page('<article><h1>Post</h1><span class="author-links">Website: <a href="https://www.koffergepackt.com/">www.koffergepackt.com</a></span><p>Text.</p></article>'))).toEqual([]);
  });

  it('yields to a person the page names in a byline line: the address is the last resort', () => {
    expect(authorsOf(page('<article><h1>Post</h1><p class="byline"><a href="/author/jane/">jane.com</a></p><p>By Jane Doe</p><p>The council voted on the bridge on Tuesday.</p></article>'))).toEqual(['Jane Doe']);
  });

  it('does not take a link to a profile page out of a sentence: the text must be the address alone', () => {
    expect(authorsOf(page('<article><h1>Post</h1><span class="post-meta-author"><a href="/author/koffergepackt/">Mehr auf www.koffergepackt.com</a></span><p>Text.</p></article>'))).toEqual([]);
  });
});

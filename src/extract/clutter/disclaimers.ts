/**
 * The notes a site sets under or above every story about the story's standing rather than its subject: opinion and
 * affiliate disclaimers ("Dieser Beitrag gibt die Meinung des Autors wieder…", "Für Links auf dieser Seite erhält X
 * ggf. eine Provision…", "Bei den Verlinkungen handelt es sich um Affiliate Links"), reprint notices ("This article is
 * the copyrighted property of…") and "(Alle Angaben ohne Gewähr)". Found from the text lines by their opening words.
 */
export const DISCLAIMER = /^(\(?alle angaben ohne gewähr\)?|(dieser|der) (beitrag|artikel|text) (gibt die meinung|enthält (werbung|affiliate|provisionslinks))|bei (diesem beitrag|den verlinkungen|den links) handelt es sich um|für links auf dieser seite erhält|\*?werbung[.:]? (dieser|der) (beitrag|artikel)|this (article|post|page) (contains|may contain|includes) affiliate links|(this|the) (article|content|story) is the copyrighted property|written permission must be obtained|(?![^.]*\b(said|says|told|argued|claims?|claimed|insists?|insisted)\b)([^"“”„«».,;:!?]{1,40} )?(is|are) not responsible for the (opinions|views)\b[^.]{0,60}?\b(of|expressed|presented)\b|the views expressed (in this|here) are|(note: )?the advertising disclaimer)/i;

/** Every name and text signal clutter removal relies on, in one place. */
import type { RemovalReason } from '../article';

/**
 * class/id/data-* word tokens that mark a block as clutter of a kind, the first kind listed winning.
 * Matched per whole token, so "header" never reads as "ad". Not "premium", which names the paywalled story itself
 * more often than an upsell box, nor "cmp", the component prefix of Adobe's and PKP's templates ("cmp-text").
 */
export const NAME_TOKENS: [RemovalReason, readonly string[]][] = [
  ['ad', ['ad', 'ads', 'adv', 'advert', 'adverts', 'advertisement', 'advertising', 'adslot', 'adunit', 'adbox', 'adcontainer', 'adwrapper', 'dfp', 'gpt', 'doubleclick', 'adsense', 'taboola', 'outbrain', 'sponsored', 'sponsor', 'banner', 'billboard', 'leaderboard', 'skyscraper', 'mpu', 'teads', 'dianomi', 'revcontent', 'zergnet']],
  ['promo', ['paywall', 'meter', 'metered', 'subscribe', 'subscription', 'subscriptions', 'subscriber', 'piano', 'tp', 'regwall', 'registration', 'membership', 'donate', 'donation', 'promo', 'promotion', 'upsell', 'cta', 'offer']],
  ['newsletter', ['newsletter', 'newsletters', 'signup', 'optin', 'mailchimp', 'nl']],
  ['cookie-banner', ['cookie', 'cookies', 'consent', 'gdpr', 'onetrust', 'didomi']],
  ['share-bar', ['share', 'sharing', 'sharebar', 'sharetools', 'social', 'socials', 'sociallinks', 'addthis', 'sharethis', 'shareaholic']],
  ['comments', ['comment', 'comments', 'disqus', 'respond', 'discussion', 'replies']],
];

/**
 * An author box is named for its author and for what it is ("author-bio", "post-author__info", "author_box"; the
 * Simple Author Box plugin's "saboxplugin-wrap"). "author" alone names a byline, which the metadata reads and the
 * popup shows, so it counts only with one of the box words.
 */
export const AUTHOR_BOX_TOKENS = {
  author: new Set(['author', 'authors', 'autor', 'autoren', 'autorin', 'auteur']),
  box: new Set(['box', 'bio', 'biography', 'info', 'information', 'description', 'desc', 'card', 'about']),
  plugin: new Set(['saboxplugin']),
};

/** Names of "related stories" modules: clutter whatever else the name says ("related-article", "relatedPost"). */
export const RELATED_TOKENS: ReadonlySet<string> = new Set(['related', 'relatedposts', 'relatedlinks', 'relatedarticles']);

/** Tokens that mean the opposite of clutter: a block also named one of these is kept ("share" in "story-share-content"). */
export const SAFE_TOKENS: ReadonlySet<string> = new Set(['article', 'body', 'content', 'main', 'story', 'text', 'post', 'entry', 'headline', 'header', 'caption', 'figure', 'photo', 'image', 'media', 'video', 'player', 'author', 'byline']);

/** The label publishers print above an ad slot. */
export const AD_LABEL = /^(advertisement|advertisements|advertisment|advertising|sponsored|sponsored content|ad|ads|anzeige|werbung|publicité|publicidad|pubblicità|reklame|continue reading below|story continues below( advertisement)?|article continues below( advertisement)?)\s*:?$/i;

/** Unrendered CMS template tags: {modulepos inner_text_ad}, {loadposition x}, [[ad]], {{ slot }}, %%AD%%. */
export const TEMPLATE_PLACEHOLDER = /\{(?:modulepos|loadposition|loadmodule|module|position|ad|ads|widget|component|include)\b[^{}]{0,80}\}|\{\{[^{}]{1,80}\}\}|\[\[[^[\]]{1,60}\]\]|%%[A-Z_]{2,40}%%|\[(?:ad|ads|advert|adsense|widget)[^[\]]{0,40}\]/gi;

/**
 * Opening words of subscription, newsletter, donation, app and follow-us appeals, in the languages of the news pages
 * we meet ("Follow The Gleaner on Twitter…", "¿Ya sabías que … canal de Telegram?", "Hazte miembro", "Artikel gefallen?").
 */
export const PROMO_TEXT = /^(subscribe( now| today| to\b)|follow (us|[\p{L}.]+( [\p{L}.]+){0,3}) on (twitter|facebook|instagram|linkedin|telegram|youtube|tiktok|whatsapp)\b|for the latest (news|stories|updates)\b.{0,60}\b(download|follow|subscribe|sign up)\b|download (the|our) .{0,40}\bapp\b|if you (enjoyed|liked) (reading )?(this|our)\b|to (view|read|continue reading) the (full|rest of the) (story|article)|(hat|gefällt) (dir|ihnen|euch) (der|dieser|unser) (artikel|beitrag|text|blog|magazin)|(der |dieser )?(artikel|beitrag) (hat )?gefallen\?|(möchten sie|willst du|möchtest du) (den|diesen) (artikel|beitrag) teilen|jetzt (abonnieren|gratis abonnieren|newsletter abonnieren)|abonniere[nr]? (sie )?(unseren|den) newsletter|hazte (miembro|socio|suscriptor)|suscríbete\b|¿ya sabías que .{0,60}canal de (telegram|whatsapp|youtube)|¡?mira lo que tiene nuestro canal|abonnez-vous\b|pour lire la suite|zapraszamy (też )?do subskrypcji|become a (subscriber|member|supporter)|get (unlimited|exclusive|full|digital|our|the)\b.{0,40}(access|newsletter|subscription|briefing)|sign up (for|to)\b|sign up now|join (our|the) (newsletter|mailing list)|support (our|independent|quality) journalism|already a subscriber|you have \d+ (free )?articles? (left|remaining)|this (article|content) is (for|available to) (subscribers|members)|donate( now| today)?\b|never miss (a|an) (story|update)|get the latest .{0,40} (in|to) your inbox|enter your e-?mail)/iu;

/** Short caption lines that credit a photo rather than tell the story. */
export const PHOTO_CREDIT = /^(photo|photos|image|images|picture|pictures|credit|photograph|foto|bild)( credit)?s?\s*[:©/]\s*\S.{0,80}$|^(©|\(c\))\s*\S.{0,60}$|^.{0,40}(getty images|ap images|ap photo|reuters|afp|shutterstock|epa|istock)\s*\)?\.?$/i;

/** Sentences that describe the author rather than the story. */
export const AUTHOR_BIO = /(\bis an? (regular |frequent |senior |staff |freelance |contributing )?(contributor|reporter|writer|correspondent|columnist|editor|journalist|author)\b|\bcan be reached at\b|\bfollow (him|her|them) on\b|\bwrites (primarily |mostly |regularly )?(about|on|for)\b|\bis the author of\b|\bcovers .{3,40} for\b)/i;

/**
 * Elements that are never part of an article's reading flow (lazy-image <noscript> twins are unwrapped before this runs).
 * Not <form>: ASP.NET pages and some shop and recipe templates wrap the whole page, story included, in one.
 */
export const NEVER_CONTENT_SELECTOR = 'script, style, noscript, template, iframe, button, input, select, textarea, dialog, [hidden]';

/**
 * Words after which a clutter word does not name the block: a negation ("non-paywall" is the free part of the story,
 * "no-ads" a page without them) or what the block holds beside its own content ("o-section--has-ads" is the page
 * section that holds the story header and an ad slot).
 */
export const NEGATING_TOKENS: ReadonlySet<string> = new Set(['no', 'non', 'not', 'without', 'has', 'with']);

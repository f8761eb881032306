/** Elements that never hold article prose. */
const NEVER_PROSE = 'script, style, noscript, template, iframe, object, embed, svg, canvas, button, input, select, textarea, nav, aside, footer, figure, figcaption, [hidden], [aria-hidden="true"]';
/** ARIA roles of page furniture. */
const CHROME_ROLES = new Set(['navigation', 'complementary', 'banner', 'contentinfo', 'dialog', 'alertdialog', 'search', 'menu', 'menubar', 'toolbar']);
/**
 * Class, id and aria-label words of widgets sitting inside articles: share bars, related links,
 * newsletter and donation boxes, captions and credits, ads, comment sections. Each must stand as a
 * word of its own (`share-bar`, `relatedLinks`), so `head` or `download` never match `ad`.
 */
const WIDGET_WORD = /(?:^|[^a-z])(?:share|sharing|sharebar|shares|social|socials|related|newsletter|newsletters|subscribe|subscription|signup|donate|donation|donations|support-us|promo|promos|promotion|advert|advertisement|advertising|ad|ads|adslot|adunit|sponsor|sponsored|comment|comments|cookie|cookies|consent|caption|captions|credit|credits|breadcrumb|breadcrumbs|sidebar|widget|popup|modal|paywall|recommended|recommendations|outbrain|taboola|read-more|readmore|more-stories|most-read|trending|tags|byline|author-bio|print|toolbar)(?![a-z])/;
/**
 * Removes from `document`, in place, what is not article prose: scripts and styles, navigation,
 * forms, figures and captions, and widgets known by their class, id, aria-label or role. An
 * element holding most of the page's text (or the `article`/`main` element) is never removed for
 * its class or for being a form, so a page whose main column is called `content has-sidebar`, or
 * whose body sits in one `<form>`, keeps its article.
 *
 * @example
 * stripWidgets(doc) // removes <div class="share-bar">, <aside class="related">, <figure>...
 */
export function stripWidgets(document) {
    const root = document.body ?? document.documentElement;
    if (!root)
        return;
    for (const el of Array.from(root.querySelectorAll(NEVER_PROSE))) {
        if (isConnected(el, root))
            el.remove();
    }
    const bodyLength = textLength(root);
    // Old CMSs put the whole body in one <form>: a form goes only when it is not the page.
    for (const el of Array.from(root.querySelectorAll('form'))) {
        if (isConnected(el, root) && !holdsArticle(el, bodyLength))
            el.remove();
    }
    for (const el of Array.from(root.querySelectorAll('[class], [id], [role], [aria-label]'))) {
        if (isConnected(el, root) && looksLikeWidget(el) && !holdsArticle(el, bodyLength))
            el.remove();
    }
}
function looksLikeWidget(el) {
    const role = (el.getAttribute('role') ?? '').toLowerCase();
    if (CHROME_ROLES.has(role))
        return true;
    const cues = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('aria-label') ?? ''}`;
    return WIDGET_WORD.test(splitCamelCase(cues).toLowerCase());
}
function holdsArticle(el, bodyLength) {
    const tag = el.tagName.toLowerCase();
    if (tag === 'article' || tag === 'main' || tag === 'body' || tag === 'html')
        return true;
    if (el.querySelector('article, main') !== null)
        return true;
    return bodyLength > 0 && textLength(el) * 2 > bodyLength;
}
function splitCamelCase(s) {
    return s.replace(/([a-z])([A-Z])/g, '$1 $2');
}
function textLength(el) {
    return (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;
}
/** False once an ancestor was removed (linkedom keeps the detached subtree intact). */
function isConnected(el, root) {
    for (let node = el; node; node = node.parentElement) {
        if (node === root)
            return true;
    }
    return false;
}

/**
 * Plain text for the search index: an entry's rendered body without its markers, and any text
 * split into its Chinese passages and the rest. Inside an English record Pagefind keeps a run of
 * Chinese as one unsearchable blob (人脸识别 is never found in 公安机关利用人脸识别技术), so every
 * Han passage goes to the page's Chinese record, with each character a word, and everything else
 * to the English one.
 */

/** Han characters: the CJK Unified Ideographs, extension A, compatibility forms, extensions B and on. */
const HAN_CHARS = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\u{20000}-\\u{2fa1f}';
/** What sits between Han characters in a passage: digits, ASCII, general and CJK punctuation, full-width forms. */
const JOINERS = '0-9!-/:-@\\[-`{-~\\u00b7\\u2010-\\u2027\\u3000-\\u303f\\uff00-\\uffef';
// Code point ranges, not \p{Script=Han}: V8 runs property classes several times slower, and
// the build splits the text of every entry.
const HAN = new RegExp(`[${HAN_CHARS}]`, 'u');
/** A Chinese passage: Han characters with what sits between them (`对“人肉开盒”说“不”`, `第253条之一`), but no spaces or letters. */
const HAN_RUN = new RegExp(`[${JOINERS}]*[${HAN_CHARS}][${HAN_CHARS}${JOINERS}]*`, 'gu');

export interface SplitText {
  /** The text with every Chinese passage taken out. */
  other: string;
  /** The Chinese passages, in order. */
  chinese: string[];
}

/** Splits text into its Chinese passages and the rest, with white space collapsed. */
export function splitChinese(text: string): SplitText {
  if (!HAN.test(text)) return { other: squeeze(text), chinese: [] };
  const chinese: string[] = [];
  const other = text.replace(HAN_RUN, (run) => {
    chinese.push(run);
    return ' ';
  });
  return { other: squeeze(other), chinese };
}

const BETWEEN_HAN = new RegExp(`([${HAN_CHARS}])(?=[${HAN_CHARS}])`, 'gu');

/**
 * A Chinese passage as the index stores it: a zero-width space between Han characters, so that
 * every character is a word. The search page asks for the characters of a query as an exact
 * phrase, which then finds exactly the passages that contain the query, as Ctrl+F would, with no
 * dependence on how a word segmenter splits (or mis-splits) either side. Readers never see the
 * zero-width spaces: Pagefind strips them from excerpts.
 */
export function indexableChinese(passage: string): string {
  return passage.replace(BETWEEN_HAN, '$1\u200b');
}

/** Collapses white space, and removes the space a passage left before punctuation. */
function squeeze(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/ ([,.;:!?)\]])/g, '$1').trim();
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
/** What the templates add around the prose: citation markers, heading anchors, a quote's attribution and reference number, translator credits, box labels. */
const APPARATUS =
  /<sup class="citation"[^>]*>[\s\S]*?<\/sup>|<span class="quote-source">[\s\S]*?<\/span>|<a class="(?:heading-anchor|quote-ref)"[^>]*>[\s\S]*?<\/a>|<span class="translator">[\s\S]*?<\/span>|<p class="aside-title">[\s\S]*?<\/p>/g;
/** A tag (block tags become a space, so words of adjacent paragraphs never run together) or an entity. */
const MARKUP = /<\/?(p|h[1-6]|li|ul|ol|blockquote|figure|figcaption|aside|pre|br|hr)?\b[^>]*>|&(amp|lt|gt|quot|#39);/g;

/** Readable text of a body rendered by `pipeline/render.ts`: what a reader reads, without the apparatus. */
export function bodyText(html: string): string {
  const text = html
    .replace(APPARATUS, ' ')
    .replace(MARKUP, (_, block: string | undefined, entity: string | undefined) => (entity ? ENTITIES[entity] : block ? ' ' : ''));
  return squeeze(text);
}

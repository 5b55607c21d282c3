/// @file broadsheet/segmenter.hpp
/// The article segmenter: the plain text of one newspaper page (PDF text extractor or OCR
/// output) becomes the page's articles, each part tied to byte spans of the caller's input.
///
/// Usage:
/// @code
///   broadsheet::ArticleSegmenter segmenter;              // default conventions
///   broadsheet::Page page = segmenter.segment(page_text);
///   for (const broadsheet::Article& article : page.articles) { ... }
/// @endcode
///
/// Every `Span` in the output is a half-open range of byte offsets into the text passed to
/// `segment()` (the caller's original bytes, whatever normalization happened inside).
///
/// The segmenter uses no tokenizer; one rule (is a short line over a column gap a word cut in
/// two, or a section head?) looks words up in the embedded lexicon, `Dictionary::builtin()`,
/// read-only data shared by all threads.
#ifndef BROADSHEET_SEGMENTER_HPP
#define BROADSHEET_SEGMENTER_HPP

#include <broadsheet/core.hpp>
#include <broadsheet/text.hpp>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

BROADSHEET_NAMESPACE_BEGIN

/// What a person named in a byline, credit or editor line did for the article.
enum class AuthorRole : std::uint8_t {
    reporter,       ///< 记者, 本报记者, 新华社记者, 首席记者, 融媒体记者
    correspondent,  ///< 通讯员, 本报通讯员
    intern,         ///< 实习生, 见习记者
    special_correspondent,  ///< 特约记者, 特约通讯员
    photographer,           ///< 摄, 摄影, 图/
    writer,                 ///< 文/, 作者, 撰稿
    editor,                 ///< 责任编辑, 本版责编, 编辑, 美编, 校对
    unknown,                ///< A name without a recognisable role word
};

/// Stable lowercase name of a role, e.g. "reporter".
BROADSHEET_API const char* to_string(AuthorRole role) noexcept;

/// One person named in a byline, a dateline's parenthesis, an end credit or an editor line.
struct Author {
    /// The name, padding removed (`程  龙` gives `程龙`). Never a role word, an
    /// organisation, a place or a date.
    std::string name;
    AuthorRole role = AuthorRole::unknown;
    /// The role word as printed, e.g. "本报记者", "通讯员", "文", "摄" (may be empty).
    std::string role_text;
    /// Where the name is printed (padding included), offsets into the caller's input.
    Span span;
};

/// The parts of a dateline (`本报北京3月4日电`, `新华社北京6月10日电`, `本报讯`).
/// Empty strings and empty spans where a part is not printed.
struct Dateline {
    Span span;           ///< The whole dateline, parentheses included when it has them.
    std::string source;  ///< Agency or paper: "本报", "新华社", "中新社", ...
    Span source_span;
    std::string place;  ///< "北京"
    Span place_span;
    std::string date;  ///< As printed: "3月4日", "6月10日", "十日"
    Span date_span;
    int month = 0;  ///< 1-12, or 0 when not printed
    int day = 0;    ///< 1-31, or 0 when not printed
    double confidence = 0;
};

/// The role of one headline line.
enum class HeadlineRole : std::uint8_t {
    kicker,       ///< 引题, above the title (often ends in "——")
    title,        ///< 主题
    subtitle,     ///< 副题, below the title (often starts with "——")
    column_name,  ///< A column or rubric name in brackets, e.g. "（评论员观察）"
};
/// "kicker", "title", "subtitle", "column_name".
BROADSHEET_API const char* to_string(HeadlineRole role) noexcept;

/// One headline line of an article.
struct Headline {
    std::string text;  ///< The line as printed (original bytes, trimmed)
    HeadlineRole role = HeadlineRole::title;
    Span span;
    double confidence = 0;  ///< Confidence that this line is a headline of this article
};

/// One body paragraph, rebuilt from the pieces a column break or a hard wrap cut it into.
struct Paragraph {
    /// The repaired text: the original bytes of each piece, trimmed, joined with nothing
    /// added (a single space only between two ASCII letters or digits).
    std::string text;
    /// The pieces in reading order: one span per source line or column piece. They follow
    /// the input's order, except where the segmenter repaired the reading order (a column
    /// printed before the one it continues): each piece that starts before its predecessor
    /// has a `reading_order_repaired` diagnostic with exactly its span.
    std::vector<Span> spans;
    double confidence = 0;  ///< Lower when a join or a boundary was a guess
};

/// A section heading inside an article (小标题).
struct Crosshead {
    std::string text;
    Span span;
    /// Index into `Article::paragraphs` of the paragraph it precedes
    /// (== paragraphs.size() when no paragraph follows it).
    std::size_t paragraph_index = 0;
    double confidence = 0;
};

/// A photo caption or photo credit (`图为…`, `（X 摄）`, `受访者供图`).
struct Caption {
    std::string text;
    Span span;
    /// Photographers or providers named in it.
    std::vector<Author> credits;
    double confidence = 0;
};

/// Direction of a jump marker.
enum class JumpDirection : std::uint8_t {
    continued_to,    ///< 下转第二版, 转第3版
    continued_from,  ///< 上接第一版, 接第3版
};
/// "continued_to" or "continued_from".
BROADSHEET_API const char* to_string(JumpDirection direction) noexcept;

/// "下转第二版" / "（上接第一版）".
struct JumpMarker {
    JumpDirection direction = JumpDirection::continued_to;
    std::string page;  ///< The page as printed: "二", "3", "A2"; empty for 接上頁 (no number)
    Span span;
};

/// One article of the page.
struct Article {
    /// Headline lines in reading order (kicker, title, subtitle, column name).
    std::vector<Headline> headlines;
    /// Every byline line or parenthesis (`■ 通讯员 金志成`, `（记者李龙伊）`), in order.
    std::vector<Span> byline_spans;
    /// Everyone named in bylines, datelines and end credits, in order of appearance.
    std::vector<Author> authors;
    /// The dateline, if printed (`dateline.span.empty()` and confidence 0 otherwise).
    /// A dateline at the head of the lead paragraph is not part of that paragraph's text.
    Dateline dateline;
    bool has_dateline = false;
    std::vector<Paragraph> paragraphs;
    std::vector<Crosshead> crossheads;
    std::vector<Caption> captions;
    /// End credits (`（本报记者 X、Y参与采写）`, `（作者为…）`): their spans; the names are in
    /// `authors`.
    std::vector<Span> credit_spans;
    std::vector<JumpMarker> jumps;
    /// From the first to the last byte of any of its parts (parts may interleave with
    /// other articles' parts when the reading order was damaged).
    Span span;
    double confidence = 0;
};

/// Kinds of page furniture: text that belongs to no article body.
enum class FurnitureKind : std::uint8_t {
    page_header,   ///< A header or footer line mixing paper name, date, page, section
    date_line,     ///< `2025年11月28日 星期五`
    page_number,   ///< `第3版`, `A3版`
    paper_name,    ///< From `SegmenterOptions::paper_names`
    section_name,  ///< From `SegmenterOptions::section_names`, or a short line beside a header
    editor_line,   ///< `责任编辑：X`, `本版责编：X Y`, `美编`, `校对`
    jump_marker,  ///< `下转第二版`, `（上接第一版）` (also recorded on the nearest article)
    other,        ///< Matched a caller-supplied `furniture_patterns` entry
};
/// "page_header", "date_line", "page_number", ...
BROADSHEET_API const char* to_string(FurnitureKind kind) noexcept;

/// One line of page furniture.
struct Furniture {
    FurnitureKind kind = FurnitureKind::other;
    std::string text;
    Span span;
    /// People named (editor lines only).
    std::vector<Author> people;
};

/// Text the segmenter could not attach to any article, kept so nothing is lost.
struct Unplaced {
    std::string text;
    Span span;
    std::string reason;  ///< e.g. "body text before the first headline"
};

/// The class a line was given, reported by explain mode.
enum class LineClass : std::uint8_t {
    blank,
    furniture,
    headline,
    crosshead,
    byline,
    dateline,
    body,
    caption,
    credit,
    unplaced,
};
/// "blank", "furniture", "headline", ...
BROADSHEET_API const char* to_string(LineClass line_class) noexcept;

/// Why one input line was classified as it was (explain mode).
struct LineExplanation {
    Span span;  ///< The line, without its line feed
    LineClass line_class = LineClass::blank;
    /// Index into `Page::articles` of the article it went to, or -1.
    std::ptrdiff_t article = -1;
    /// The features seen, e.g. "chars=14 terminal=no indent=0 short=yes".
    std::string features;
    /// The rule that decided, e.g. "short lines before a byline: headline block".
    std::string rule;
};

/// The segmented page.
struct Page {
    /// Articles in reading order.
    std::vector<Article> articles;
    /// Headers, footers, editor lines, jump markers, in page order.
    std::vector<Furniture> furniture;
    /// Text that could not be placed.
    std::vector<Unplaced> unplaced;
    /// Normalization diagnostics, limits reached, unsure decisions.
    std::vector<Diagnostic> diagnostics;
    /// One entry per input line, only when `SegmenterOptions::explain` is set.
    std::vector<LineExplanation> explanation;
    /// True when the page was detected as hard-wrapped (paragraphs over several lines).
    bool hard_wrapped = false;
};

/// A role word a paper uses in bylines, e.g. {"本台记者", AuthorRole::reporter}.
struct RoleWord {
    std::string text;
    AuthorRole role = AuthorRole::unknown;
};

/// The conventions of a paper and the limits of the segmenter. A plain struct: every default
/// is documented and suits mainland Chinese dailies and district papers.
struct SegmenterOptions {
    /// Extra byline role words, tried before the built-in ones (longest match wins).
    std::vector<RoleWord> extra_role_words;
    /// Paper names (`人民日报`, `河西报`): a line that is one of them is furniture.
    std::vector<std::string> paper_names;
    /// Section names (`要闻`, `综合新闻`): a short line equal to one is furniture.
    std::vector<std::string> section_names;
    /// Any line starting with one of these is furniture of kind `other`.
    std::vector<std::string> furniture_patterns;
    /// Extra caption starts (built in: `图为`, `上图`, `下图`, `左图`, `右图`, `图①`...).
    std::vector<std::string> caption_prefixes;
    /// Extra caption endings (built in: `摄`, `供图`, `提供`, `摄影`), matched before a
    /// closing parenthesis or at the end of a short line.
    std::vector<std::string> caption_suffixes;
    /// A line of at most this many characters without terminal punctuation may be a
    /// headline or crosshead.
    std::size_t max_headline_chars = 40;
    /// At most this many articles; the rest of the page goes to `unplaced` with a
    /// `limit_reached` diagnostic.
    std::size_t max_articles = 1000;
    /// Lines longer than this many bytes are never headlines and are processed as body.
    std::size_t max_line_bytes = std::size_t{1} << 20;
    /// Hard-wrap detection: `auto_detect` decides from the page; the others force a style.
    enum class WrapStyle : std::uint8_t { auto_detect, one_line_per_paragraph, hard_wrapped };
    WrapStyle wrap_style = WrapStyle::auto_detect;
    /// Fill `Page::explanation` with one entry per line.
    bool explain = false;
    /// How the input is normalized before matching.
    NormalizeOptions normalize;
};

/// Turns the text of one page into articles.
///
/// Immutable after construction: `segment()` is const and may be called from any number of
/// threads at once on one shared instance. Never throws (except `std::bad_alloc`) and never
/// aborts on any input bytes; linear time in the input size. Copies share the tables prepared
/// from the options and are cheap.
class BROADSHEET_API ArticleSegmenter {
  public:
    /// Built-in conventions.
    ArticleSegmenter();
    /// The given conventions; the options are copied.
    explicit ArticleSegmenter(SegmenterOptions options);

    const SegmenterOptions& options() const noexcept { return options_; }

    /// Segments `page_text` (any bytes; normalized internally with `options().normalize`).
    /// Spans are offsets into `page_text`; paragraph and headline texts are its original bytes
    /// (normalized text where the original bytes are not valid UTF-8).
    Page segment(std::string_view page_text) const;

    /// Segments text the caller already normalized. `original` must be the text `normalized`
    /// was made from; spans point into it.
    Page segment(std::string_view original, const NormalizedText& normalized) const;

  private:
    struct Compiled;  // role-word tables built once from the options
    SegmenterOptions options_;
    std::shared_ptr<const Compiled> compiled_;
};

BROADSHEET_NAMESPACE_END

#endif  // BROADSHEET_SEGMENTER_HPP

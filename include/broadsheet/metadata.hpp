/// @file broadsheet/metadata.hpp
/// The metadata extractor: who wrote an article, when, where and about whom, every value
/// with the byte spans it was read from and a confidence.
///
/// Usage:
/// @code
///   broadsheet::MetadataOptions options;
///   options.reference_date = "2025-11-28";              // for 昨天, 近日, 11月28日 ...
///   auto extractor = broadsheet::MetadataExtractor::create(options);
///   if (!extractor) { /* extractor.error() names the bad option */ }
///   broadsheet::ArticleMetadata meta = extractor->extract(article_text);
///   for (const broadsheet::Entity& e : meta.entities) { ... }
/// @endcode
///
/// Spans are half-open byte ranges into the text the caller passed (the article text for
/// `extract(text)`, the page text for `extract(article, page_text)`). Nothing is invented:
/// a relative date without a reference date stays unresolved, impossible dates are dropped,
/// and `MetadataOptions::strict` drops every value below `strict_threshold` confidence.
#ifndef BROADSHEET_METADATA_HPP
#define BROADSHEET_METADATA_HPP

#include <broadsheet/core.hpp>
#include <broadsheet/segmenter.hpp>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

BROADSHEET_NAMESPACE_BEGIN

/// What an entity is.
enum class EntityType : std::uint8_t {
    person,        ///< 邹颖, 王女士 (with their title in `Entity::role`)
    place,         ///< 卓尼县, 甘南州, 美国, 吾固村 (code in `normalized` when known)
    organization,  ///< 天津医科大学第二医院, 区委, 医大二院
    date,          ///< 2025年11月28日, 昨天, 今年下半年 (ISO 8601 in `normalized`)
    time,          ///< 上午9时30分 without a date (ISO 8601 time "T09:30")
    quote,         ///< “…” with its speaker in `Entity::speaker` when the text says who
};
/// "person", "place", "organization", "date", "time", "quote".
BROADSHEET_API const char* to_string(EntityType type) noexcept;

/// How precise a date value is.
enum class DatePrecision : std::uint8_t { none, year, month, day, minute };
/// "none", "year", "month", "day", "minute".
BROADSHEET_API const char* to_string(DatePrecision precision) noexcept;

/// The value of a date or time entity.
struct DateValue {
    /// True when the expression needed a reference date (昨天, 11月28日, 本周三, 近日).
    bool relative = false;
    /// True when `first`/`last` are known. False for a relative expression without a
    /// reference date: then `Entity::normalized` is empty too.
    bool resolved = false;
    /// True for vague expressions (近日 = the 14 days up to the reference, 前不久 = 30 days).
    bool approximate = false;
    DatePrecision precision = DatePrecision::none;
    /// First and last day of the interval denoted, "YYYY-MM-DD" (empty when unresolved or
    /// for a time without a date).
    std::string first;
    std::string last;
    /// Hour and minute for times, -1 otherwise.
    int hour = -1;
    int minute = -1;
};

/// One person, place, organisation, date, time or quote of an article, deduplicated:
/// all its mentions are in `spans`.
struct Entity {
    EntityType type = EntityType::person;
    /// The canonical text: as written at the first mention (normalized: full-width ASCII
    /// folded); for places the fullest name seen (平凉市 for mentions 平凉市 and 平凉); for
    /// quotes the words inside the quotation marks.
    std::string text;
    /// ISO 8601 date, interval (`2025-11-14/2025-11-28`) or time (`T09:30`) for dates and
    /// times; the 6-digit GB/T 2260 code (9-digit statistical code for townships) or the
    /// ISO 3166 alpha-2 code for places; empty when none applies or is known.
    std::string normalized;
    /// Every mention, `[begin, end)` byte offsets into the caller's input, in order. A quote's
    /// span includes its quotation marks.
    std::vector<Span> spans;
    /// 0..1, rule-based and set by hand: about 0.95 for byline names and gazetteer chains,
    /// 0.85-0.9 for full gazetteer names, titles before names and known organisations, 0.7-0.8
    /// for suffix-anchored organisations and places after a known place, 0.6 for vague dates,
    /// ambiguous places and bare name patterns, 0.5 for suffix-only places and county short
    /// forms without a related place. Repeated mentions raise it slightly.
    double confidence = 0;
    /// Person: title or role as printed (医务部主任, 求职者, 通讯员). Quote: unused.
    std::string role;
    /// Place: the administrative chain, e.g. "甘肃省/甘南藏族自治州/卓尼县";
    /// organization: the place prefix it starts with, if any.
    std::string hierarchy;
    /// Quote: the speaker's name when the text says who; empty otherwise.
    std::string speaker;
    /// Place: "country", "province", "prefecture", "county", "township", "city" (world
    /// city), "region", "landmark", or by suffix "village", "community", "park", "district".
    /// Organization: its suffix class ("company", "government", "committee", "hospital",
    /// "school", "party", "team", "known", ...).
    std::string subtype;
    /// Date and time entities only.
    DateValue date;
};

/// The headline block of an article.
struct ArticleHeadline {
    std::string title;        ///< 主题; empty if none was found
    std::string kicker;       ///< 引题 (trailing "——" removed)
    std::string subtitle;     ///< 副题 (leading "——" removed)
    std::string column_name;  ///< e.g. "评论员观察" without the brackets
    /// What a search index would store: kicker, title and subtitle joined by " ".
    std::string combined;
    Span title_span;
};

/// The dateline: `本报北京3月4日电`, `新华社北京6月10日电`, `本报讯`.
struct ArticleDateline {
    bool present = false;
    std::string source;     ///< 本报, 新华社, 中新社, "据…报道" source
    std::string place;      ///< 北京
    std::string date_text;  ///< As printed: "3月4日"
    /// ISO date, completed with the page date or the option's reference date; empty when
    /// no year could be known.
    std::string date;
    Span span;
};

/// What page furniture says about the page.
struct PageInfo {
    std::string paper_name;   ///< 河西报
    std::string issue_date;   ///< ISO "2025-11-28"
    std::string weekday;      ///< As printed: 星期五
    std::string page_number;  ///< As printed: "3", "A3", "二"
    std::string section;      ///< 要闻, 综合新闻
};

/// How keywords are chosen (`MetadataOptions::keyword_method`).
enum class KeywordMethod : std::uint8_t {
    /// Term frequency times inverse document frequency: the IDF table (from jieba,
    /// data/keywords) favours words that are rare in general prose.
    tf_idf,
    /// TextRank (Mihalcea and Tarau, 2004): PageRank over the graph of the tokenizer's content
    /// words (nouns, verbs, idioms by the IDF table's word classes, and unknown Han words),
    /// linked when they occur within 5 words of each other; favours words connected to many
    /// others.
    text_rank,
};
/// "tf_idf", "text_rank".
BROADSHEET_API const char* to_string(KeywordMethod method) noexcept;

/// One keyword with its weight (higher is more characteristic): TF-IDF, or the TextRank score
/// scaled so the article's best word has 1. Candidates are the content words of the headline
/// and body and the names of the article's people, places and organisations (authors
/// excluded); a candidate inside a better keyword is left out (天津 under 天津医科大学).
struct Keyword {
    std::string text;
    double weight = 0;
};

/// Sizes of an article.
struct ArticleCounts {
    std::size_t characters = 0;      ///< Code points of the body, whitespace excluded
    std::size_t han_characters = 0;  ///< CJK ideographs of the body
    std::size_t paragraphs = 0;
    /// Minutes at `MetadataOptions::characters_per_minute`, at least 1 for a non-empty body.
    double reading_minutes = 0;
};

/// Everything extracted from one article.
struct ArticleMetadata {
    ArticleHeadline headline;
    /// Bylines, dateline parentheses and end credits (from the shared byline parser);
    /// editors (责任编辑, 责编) are in `editors`, never here.
    std::vector<Author> authors;
    std::vector<Author> editors;
    ArticleDateline dateline;
    PageInfo page;
    /// The date relative expressions were resolved against ("YYYY-MM-DD"), empty if none:
    /// the dateline date, else the page date, else `MetadataOptions::reference_date`.
    std::string reference_date;
    /// People, places, organisations, dates, times and quotes, in order of first mention.
    std::vector<Entity> entities;
    /// At most `MetadataOptions::max_keywords`, best first.
    std::vector<Keyword> keywords;
    /// The first sentence or two of the lead paragraph (`MetadataOptions::summary_sentences`),
    /// dateline excluded; normalized text.
    std::string summary;
    ArticleCounts counts;
    /// What normalization repaired in the input (`extract(text)` only), spans in the input.
    std::vector<Diagnostic> diagnostics;
};

/// What the extractor does. A plain struct; every default is documented.
struct MetadataOptions {
    /// "YYYY-MM-DD" used when the article has no dateline date and the page no date.
    /// Empty (default): relative dates of such articles stay unresolved.
    std::string reference_date;
    /// Drop every entity below `strict_threshold` confidence.
    bool strict = false;
    double strict_threshold = 0.7;
    /// Keywords to return (0: none).
    std::size_t max_keywords = 8;
    /// How keywords are chosen. TF-IDF by default: on the test pages it agrees better with the
    /// headlines than TextRank (bench/eval_keywords) and costs less time.
    KeywordMethod keyword_method = KeywordMethod::tf_idf;
    /// Sentences in the lead summary (0: no summary).
    std::size_t summary_sentences = 2;
    /// Reading speed for `ArticleCounts::reading_minutes`.
    double characters_per_minute = 400;
    /// Entity kinds to extract.
    bool people = true;
    bool places = true;
    bool organizations = true;
    bool dates = true;
    bool quotes = true;
    /// Extra byline role words, as for the segmenter.
    std::vector<RoleWord> extra_role_words;
    /// How the input is normalized before matching.
    NormalizeOptions normalize;
};

/// Extracts metadata from articles.
///
/// Immutable after construction: `extract()` is const and may be called from any number of
/// threads at once on one shared instance (copies share the immutable tables). The built-in
/// gazetteer and keyword tables are parsed once per process on first construction.
/// Processing never throws (except `std::bad_alloc`) and never aborts on any input bytes.
class BROADSHEET_API MetadataExtractor {
  public:
    /// Default options.
    MetadataExtractor();
    /// Validates `options` (the reference date must be a real "YYYY-MM-DD" date, the
    /// threshold within 0..1); an `invalid_argument` error names the bad option.
    static Expected<MetadataExtractor> create(MetadataOptions options);

    const MetadataOptions& options() const noexcept;

    /// One article's text, each line a paragraph: leading short lines without final
    /// punctuation are the headline block, byline and dateline lines are recognised, the
    /// rest is body. Spans are offsets into `article_text`.
    ArticleMetadata extract(std::string_view article_text) const;

    /// An article the segmenter found in `page_text` (the same bytes passed to
    /// `ArticleSegmenter::segment`); page information comes from `page` furniture when given.
    /// Spans are offsets into `page_text`.
    ArticleMetadata extract(const Article& article, std::string_view page_text,
                            const Page* page = nullptr) const;

    /// The same, with the page's information already computed by `page_info(page,
    /// page_text)`: for many articles of one page, compute it once.
    ArticleMetadata extract(const Article& article, std::string_view page_text, const Page& page,
                            const PageInfo& info) const;

    /// The same, reusing a normalization of the whole page instead of normalizing each of the
    /// article's pieces again. `page_normalized` must be `normalize(page_text, N)` with
    /// `N` equal to `options().normalize` (the normalization `ArticleSegmenter::segment`
    /// makes when its options normalize alike); made from bytes of another size, it is
    /// ignored. The result is the same as without it.
    ArticleMetadata extract(const Article& article, std::string_view page_text,
                            const NormalizedText& page_normalized, const Page& page,
                            const PageInfo& info) const;

    /// Page information (paper, date, weekday, page number, section) from page furniture.
    PageInfo page_info(const Page& page, std::string_view page_text) const;

    struct Impl;

  private:
    explicit MetadataExtractor(std::shared_ptr<const Impl> impl);
    ArticleMetadata extract_article(const Article& article, std::string_view page_text,
                                    const Page* page, PageInfo info,
                                    const NormalizedText* page_normalized) const;
    std::shared_ptr<const Impl> impl_;
};

BROADSHEET_NAMESPACE_END

#endif  // BROADSHEET_METADATA_HPP

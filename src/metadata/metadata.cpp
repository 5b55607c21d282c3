// The metadata extractor: assembles headline, authors (through the byline parser shared with
// the segmenter), dateline, page information, entities, keywords, summary and counts.
#include <algorithm>
#include <broadsheet/metadata.hpp>
#include <broadsheet/tokenizer.hpp>
#include <cmath>
#include <map>
#include <optional>

#include "metadata/chars.hpp"
#include "metadata/dates.hpp"
#include "metadata/entities.hpp"
#include "metadata/gazetteer.hpp"
#include "metadata/keywords.hpp"
#include "segmenter/byline.hpp"

BROADSHEET_NAMESPACE_BEGIN

const char* to_string(EntityType type) noexcept {
    switch (type) {
        case EntityType::person:
            return "person";
        case EntityType::place:
            return "place";
        case EntityType::organization:
            return "organization";
        case EntityType::date:
            return "date";
        case EntityType::time:
            return "time";
        case EntityType::quote:
            return "quote";
    }
    return "unknown";
}

const char* to_string(KeywordMethod method) noexcept {
    switch (method) {
        case KeywordMethod::tf_idf:
            return "tf_idf";
        case KeywordMethod::text_rank:
            return "text_rank";
    }
    return "unknown";
}

const char* to_string(DatePrecision precision) noexcept {
    switch (precision) {
        case DatePrecision::none:
            return "none";
        case DatePrecision::year:
            return "year";
        case DatePrecision::month:
            return "month";
        case DatePrecision::day:
            return "day";
        case DatePrecision::minute:
            return "minute";
    }
    return "none";
}

struct MetadataExtractor::Impl {
    MetadataOptions options;
    std::optional<detail::CivilDate> reference;
    detail::BylineParser bylines;
    std::optional<Tokenizer> tokenizer;  // TextRank's words; only built for TextRank

    explicit Impl(MetadataOptions o) : options(std::move(o)), bylines(options.extra_role_words) {
        if (options.keyword_method == KeywordMethod::text_rank) tokenizer.emplace();
        reference = detail::parse_iso_date(options.reference_date);
        // Build the shared tables now, not on the first extract() call.
        (void)detail::Gazetteer::instance();
        (void)detail::IdfTable::instance();
    }
};

namespace {

using detail::CivilDate;
using detail::CodePoints;

/// The text analysed for one article: normalized pieces of the caller's input joined, with
/// the map from analysed offsets back to the caller's bytes. A piece is normalized on its
/// own, or sliced from a normalization of the whole page the caller already holds.
class Document {
  public:
    Document() = default;
    /// Pieces appended with `append_slice` come from `page`, which must outlive the document.
    explicit Document(const NormalizedText* page) : page_(page) {}

    /// Appends `original.substr(span)` normalized; `separator` goes before it (not mapped).
    void append(std::string_view original, Span span, const NormalizeOptions& options,
                std::string_view separator) {
        if (span.end > original.size() || span.begin > span.end) return;
        if (page_ && append_slice(span, separator)) return;
        if (!text_.empty()) text_ += separator;
        Piece piece;
        piece.normalized = normalize(original.substr(span.begin, span.size()), options);
        piece.base = span.begin;
        piece.begin = text_.size();
        text_ += piece.normalized.text();
        piece.end = text_.size();
        pieces_.push_back(std::move(piece));
    }
    /// The whole input as one piece.
    void assign(std::string_view original, const NormalizeOptions& options) {
        append(original, Span{0, original.size()}, options, "");
    }
    const std::string& text() const noexcept { return text_; }
    /// The normalization of the first piece (the whole input after assign()).
    const NormalizedText& first_piece() const noexcept { return pieces_.front().normalized; }

    Span to_original(std::size_t begin, std::size_t end) const {
        const Piece* first = piece_at(begin, false);
        const Piece* last = piece_at(end, true);
        if (!first || !last) return Span{};
        Span out{
            first->base + view(*first).to_original_begin(first->view_begin + begin - first->begin),
            last->base + view(*last).to_original_end(last->view_begin + end - last->begin)};
        if (out.end < out.begin) out.end = out.begin;
        return out;
    }

  private:
    struct Piece {
        NormalizedText normalized;  // empty for a slice of the page's normalization
        bool sliced = false;
        std::size_t view_begin = 0;  // offset of the piece in its normalized view
        std::size_t base = 0;        // added to the view's original offsets
        std::size_t begin = 0;       // offsets in text_
        std::size_t end = 0;
    };
    const NormalizedText& view(const Piece& piece) const {
        return piece.sliced ? *page_ : piece.normalized;
    }
    // The span's piece of the page's normalization, when both ends map to it.
    bool append_slice(Span span, std::string_view separator) {
        if (page_->original_size() < span.end) return false;
        const std::size_t begin = page_->to_normalized(span.begin);
        const std::size_t end = page_->to_normalized(span.end);
        if (begin == NormalizedText::npos || end == NormalizedText::npos || end < begin ||
            end > page_->text().size())
            return false;
        if (!text_.empty()) text_ += separator;
        Piece piece;
        piece.sliced = true;
        piece.view_begin = begin;
        piece.begin = text_.size();
        text_.append(page_->text(), begin, end - begin);
        piece.end = text_.size();
        pieces_.push_back(std::move(piece));
        return true;
    }
    // The piece holding `offset` (an end offset may be a piece's end), by binary search: an
    // article may have thousands of pieces and as many mentions.
    const Piece* piece_at(std::size_t offset, bool is_end) const {
        if (pieces_.empty()) return nullptr;
        // The first piece that ends after `offset` (or at it, for an end offset).
        auto it = std::lower_bound(
            pieces_.begin(), pieces_.end(), offset,
            [is_end](const Piece& p, std::size_t o) { return is_end ? p.end < o : p.end <= o; });
        if (it != pieces_.end() && offset >= it->begin) return &*it;
        if (!is_end && offset == pieces_.back().end) return &pieces_.back();
        return nullptr;
    }
    const NormalizedText* page_ = nullptr;
    std::string text_;
    std::vector<Piece> pieces_;
};

bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() &&
           s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}
bool starts_with(std::string_view s, std::string_view prefix) {
    return s.compare(0, prefix.size(), prefix) == 0;
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

std::string strip_dashes(std::string_view s) {
    s = trim(s);
    for (std::string_view dash : {"——", "—", "--"}) {
        while (starts_with(s, dash)) s.remove_prefix(dash.size());
        while (ends_with(s, dash)) s.remove_suffix(dash.size());
    }
    return std::string(trim(s));
}

std::size_t count_code_points(std::string_view s) {
    std::size_t n = 0;
    for (unsigned char c : s)
        if ((c & 0xC0) != 0x80) ++n;
    return n;
}

bool has_terminal_punctuation(std::string_view line) {
    for (std::string_view p : {"。", "！", "？", "；", "!", "?", ";", "…"})
        if (line.find(p) != std::string_view::npos) return true;
    return false;
}

/// Column names printed in brackets: （评论员观察）, 【民生】, [视点].
bool bracketed(std::string_view line, std::string& inner) {
    static const std::pair<std::string_view, std::string_view> pairs[] = {
        {"（", "）"}, {"(", ")"}, {"【", "】"}, {"[", "]"}, {"〔", "〕"}};
    for (const auto& [open, close] : pairs)
        if (starts_with(line, open) && ends_with(line, close) &&
            line.size() > open.size() + close.size()) {
            inner = std::string(line.substr(open.size(), line.size() - open.size() - close.size()));
            return true;
        }
    return false;
}

void finish_headline(ArticleHeadline& h) {
    h.combined.clear();
    for (const std::string* part : {&h.kicker, &h.title, &h.subtitle}) {
        if (part->empty()) continue;
        if (!h.combined.empty()) h.combined += ' ';
        h.combined += *part;
    }
}

/// Leading sentences of `paragraph`, up to `count`.
std::string lead_sentences(std::string_view paragraph, std::size_t count) {
    if (count == 0) return {};
    std::size_t end = 0, found = 0;
    const CodePoints cp(paragraph);
    int depth = 0;
    for (std::size_t i = 0; i < cp.size(); ++i) {
        const char32_t c = cp.at(i);
        if (c == U'“' || c == U'（' || c == U'(') ++depth;
        if ((c == U'”' || c == U'）' || c == U')') && depth > 0) {
            --depth;
            // 。” ends a sentence too.
            const char32_t before = i > 0 ? cp.at(i - 1) : U'\0';
            if (depth == 0 && c == U'”' &&
                (before == U'。' || before == U'！' || before == U'？' || before == U'!' ||
                 before == U'?')) {
                end = cp.byte(i + 1);
                if (++found >= count) break;
            }
            continue;
        }
        if ((c == U'。' || c == U'！' || c == U'？' || c == U'!' || c == U'?') && depth == 0) {
            std::size_t k = i + 1;
            if (cp.at(k) == U'”') ++k;
            end = cp.byte(k);
            if (++found >= count) break;
        }
    }
    if (end == 0) end = paragraph.size();
    return std::string(trim(paragraph.substr(0, end)));
}

/// A dateline's month/day completed with the year nearest to `anchor`.
std::optional<CivilDate> dateline_date(int month, int day, const std::optional<CivilDate>& anchor) {
    if (month <= 0 || day <= 0 || !anchor) return std::nullopt;
    std::optional<CivilDate> best;
    long long best_distance = 0;
    for (int year = anchor->year - 1; year <= anchor->year + 1; ++year) {
        if (!detail::is_valid_date(year, month, day)) continue;
        const long long d = std::llabs(detail::days_from_civil(CivilDate{year, month, day}) -
                                       detail::days_from_civil(*anchor));
        if (!best || d < best_distance) {
            best = CivilDate{year, month, day};
            best_distance = d;
        }
    }
    return best;
}

/// The first full date (year, month, day) written in `text`.
std::optional<CivilDate> first_full_date(std::string_view text) {
    for (const detail::DateMatch& d : detail::find_dates(text, std::nullopt))
        if (!d.relative && d.resolved && d.first == d.last) return d.first;
    return std::nullopt;
}

}  // namespace

MetadataExtractor::MetadataExtractor() : impl_(std::make_shared<const Impl>(MetadataOptions{})) {}

MetadataExtractor::MetadataExtractor(std::shared_ptr<const Impl> impl) : impl_(std::move(impl)) {}

Expected<MetadataExtractor> MetadataExtractor::create(MetadataOptions options) {
    if (!options.reference_date.empty() && !detail::parse_iso_date(options.reference_date)) {
        Error e;
        e.code = ErrorCode::invalid_argument;
        e.message = "MetadataOptions::reference_date is not a valid YYYY-MM-DD date: \"" +
                    options.reference_date + "\"";
        return e;
    }
    if (!(options.strict_threshold >= 0 && options.strict_threshold <= 1)) {
        Error e;
        e.code = ErrorCode::invalid_argument;
        e.message = "MetadataOptions::strict_threshold must be within 0..1";
        return e;
    }
    if (options.keyword_method != KeywordMethod::tf_idf &&
        options.keyword_method != KeywordMethod::text_rank) {
        Error e;
        e.code = ErrorCode::invalid_argument;
        e.message = "MetadataOptions::keyword_method is not a KeywordMethod value";
        return e;
    }
    if (!(options.characters_per_minute > 0)) {
        Error e;
        e.code = ErrorCode::invalid_argument;
        e.message = "MetadataOptions::characters_per_minute must be positive";
        return e;
    }
    return MetadataExtractor(std::make_shared<const Impl>(std::move(options)));
}

const MetadataOptions& MetadataExtractor::options() const noexcept {
    return impl_->options;
}

namespace {

/// Everything after the headline/byline/dateline decisions: entities, keywords, summary,
/// counts, strict filtering. `body_begin` is where the body starts in the document text.
void analyse(const MetadataExtractor::Impl& impl, const Document& doc, std::size_t body_begin,
             std::size_t body_end, std::optional<CivilDate> reference, ArticleMetadata& meta) {
    const MetadataOptions& options = impl.options;
    const std::string& text = doc.text();
    if (reference) meta.reference_date = detail::format_iso(*reference);

    detail::RecognizerOptions ro;
    ro.reference = reference;
    ro.people = options.people;
    ro.places = options.places;
    ro.organizations = options.organizations;
    ro.dates = options.dates;
    ro.quotes = options.quotes;
    for (const Author& a : meta.authors) ro.known_people.push_back(a.name);
    const std::vector<detail::Mention> mentions = detail::recognize(text, ro);

    // Deduplicate: one entity per (type, key), mentions in order.
    std::map<std::pair<int, std::string>, std::size_t> index;
    for (const detail::Mention& m : mentions) {
        const auto key = std::make_pair(static_cast<int>(m.type), m.key);
        const Span span = doc.to_original(m.begin, m.end);
        const auto it = index.find(key);
        if (it == index.end()) {
            Entity e;
            e.type = m.type;
            e.text = m.text;
            e.normalized = m.normalized;
            e.spans.push_back(span);
            e.confidence = m.confidence;
            e.role = m.role;
            e.hierarchy = m.hierarchy;
            e.speaker = m.speaker;
            e.subtype = m.subtype;
            e.date = m.date;
            index.emplace(key, meta.entities.size());
            meta.entities.push_back(std::move(e));
        } else {
            Entity& e = meta.entities[it->second];
            e.spans.push_back(span);
            e.confidence = std::min(1.0, std::max(e.confidence, m.confidence) + 0.02);
            if (e.role.empty()) e.role = m.role;
            // The fullest form as canonical text (甘南藏族自治州 rather than 甘南).
            if (m.type == EntityType::place && m.text.size() > e.text.size()) e.text = m.text;
        }
    }
    if (options.strict) {
        meta.entities.erase(std::remove_if(meta.entities.begin(), meta.entities.end(),
                                           [&](const Entity& e) {
                                               return e.confidence < options.strict_threshold;
                                           }),
                            meta.entities.end());
    }

    // Body: paragraphs after the headline block and bylines.
    body_end = std::min(body_end, text.size());
    body_begin = std::min(body_begin, body_end);
    const std::string_view body = std::string_view(text).substr(body_begin, body_end - body_begin);
    std::vector<std::string_view> paragraphs;
    std::size_t pos = 0;
    while (pos <= body.size()) {
        std::size_t eol = body.find('\n', pos);
        if (eol == std::string_view::npos) eol = body.size();
        const std::string_view line = trim(body.substr(pos, eol - pos));
        if (!line.empty()) paragraphs.push_back(line);
        pos = eol + 1;
    }
    for (std::string_view p : paragraphs) {
        for (std::size_t i = 0; i < p.size();) {
            std::size_t length = 1;
            const char32_t c = detail::decode_utf8_fast(p, i, length);
            i += length;
            if (c == U' ' || c == U'\t') continue;
            ++meta.counts.characters;
            if (detail::is_han(c)) ++meta.counts.han_characters;
        }
    }
    meta.counts.paragraphs = paragraphs.size();
    if (meta.counts.characters > 0)
        meta.counts.reading_minutes =
            std::max(1.0, std::round(10.0 * static_cast<double>(meta.counts.characters) /
                                     options.characters_per_minute) /
                              10.0);
    if (!paragraphs.empty())
        meta.summary = lead_sentences(paragraphs.front(), options.summary_sentences);

    // Keywords over headline and body, with entity names as candidates.
    std::vector<std::pair<std::string, std::size_t>> names;
    auto is_author = [&](const std::string& name) {
        for (const auto* list : {&meta.authors, &meta.editors})
            for (const Author& a : *list)
                if (a.name == name) return true;
        return false;
    };
    for (const Entity& e : meta.entities)
        if ((e.type == EntityType::person || e.type == EntityType::place ||
             e.type == EntityType::organization) &&
            !is_author(e.text))
            names.emplace_back(e.text, e.spans.size());
    std::string keyword_text;
    for (const std::string* part :
         {&meta.headline.kicker, &meta.headline.title, &meta.headline.subtitle}) {
        keyword_text += *part;
        keyword_text += '\n';
    }
    keyword_text += body;
    meta.keywords = impl.tokenizer
                        ? detail::extract_keywords_textrank(keyword_text, names,
                                                            options.max_keywords, *impl.tokenizer)
                        : detail::extract_keywords(keyword_text, names, options.max_keywords);
}

void split_authors(std::vector<Author> all, ArticleMetadata& meta) {
    for (Author& a : all) {
        if (a.name.empty()) continue;
        (a.role == AuthorRole::editor ? meta.editors : meta.authors).push_back(std::move(a));
    }
}

Span map_span(const NormalizedText& norm, Span s) {
    return norm.to_original(s);
}

}  // namespace

ArticleMetadata MetadataExtractor::extract(std::string_view article_text) const {
    const Impl& impl = *impl_;
    ArticleMetadata meta;
    Document doc;
    doc.assign(article_text, impl.options.normalize);
    // The document is the whole input as one piece: its normalization serves both.
    const NormalizedText& norm = doc.first_piece();
    const std::string& text = norm.text();

    // Lines with their normalized offsets.
    struct Line {
        std::string_view text;
        std::size_t begin;
    };
    std::vector<Line> lines;
    std::size_t pos = 0;
    while (pos <= text.size()) {
        std::size_t eol = text.find('\n', pos);
        if (eol == std::string::npos) eol = text.size();
        const std::string_view raw = std::string_view(text).substr(pos, eol - pos);
        const std::string_view t = trim(raw);
        if (!t.empty())
            lines.push_back(Line{t, pos + static_cast<std::size_t>(t.data() - raw.data())});
        pos = eol + 1;
    }

    // Headline block, then byline/dateline lines, then body.
    std::size_t k = 0;
    std::vector<Line> headline_lines;
    std::vector<Author> people;
    while (k < lines.size()) {
        const Line& line = lines[k];
        const detail::BylineResult byline = impl.bylines.parse_line(line.text, line.begin);
        if (byline.kind != detail::BylineKind::none) break;
        if (count_code_points(line.text) > 40 || has_terminal_punctuation(line.text)) break;
        headline_lines.push_back(line);
        ++k;
    }
    // A single-line text that is all "headline" is body (extract on a sentence).
    if (k == lines.size() && headline_lines.size() == lines.size() && lines.size() <= 1) {
        headline_lines.clear();
        k = 0;
    }
    std::size_t body_begin = k < lines.size() ? lines[k].begin : text.size();
    bool dateline_done = false;
    for (; k < lines.size(); ++k) {
        const Line& line = lines[k];
        const detail::BylineResult byline = impl.bylines.parse_line(line.text, line.begin);
        if (byline.kind == detail::BylineKind::none) {
            // A dateline at the head of the lead paragraph.
            if (!dateline_done) {
                const detail::BylineResult head =
                    impl.bylines.parse_dateline_prefix(line.text, line.begin);
                if (head.kind == detail::BylineKind::dateline) {
                    for (const Author& a : head.authors) people.push_back(a);
                    if (head.has_dateline) {
                        meta.dateline.present = true;
                        meta.dateline.source = head.dateline.source;
                        meta.dateline.place = head.dateline.place;
                        meta.dateline.date_text = head.dateline.date;
                        meta.dateline.span = map_span(norm, head.dateline.span);
                    }
                    // The lead paragraph starts after the dateline and its parenthesis.
                    if (head.rest_begin > body_begin && head.rest_begin <= text.size())
                        body_begin = head.rest_begin;
                }
            }
            break;
        }
        for (const Author& a : byline.authors) people.push_back(a);
        if (byline.has_dateline && !dateline_done) {
            meta.dateline.present = true;
            meta.dateline.source = byline.dateline.source;
            meta.dateline.place = byline.dateline.place;
            meta.dateline.date_text = byline.dateline.date;
            meta.dateline.span = map_span(norm, byline.dateline.span);
            dateline_done = true;
        }
        body_begin = k + 1 < lines.size() ? lines[k + 1].begin : text.size();
    }
    // End credits, photo credits and editor lines after the body (（本报记者 X参与采写）,
    // 责任编辑：X).
    std::size_t body_end = text.size();
    for (std::size_t last = lines.size(), seen = 0; last > k && seen < 3; --last, ++seen) {
        const Line& line = lines[last - 1];
        const detail::BylineResult credit = impl.bylines.parse_line(line.text, line.begin);
        if (credit.kind == detail::BylineKind::none || credit.kind == detail::BylineKind::dateline)
            break;
        for (const Author& a : credit.authors) people.push_back(a);
        body_end = line.begin;
    }
    for (Author& a : people) a.span = map_span(norm, a.span);
    split_authors(std::move(people), meta);

    // Headline roles: a line ending in —— is a kicker, one starting with —— a subtitle,
    // a bracketed one a column name; otherwise the longest line is the title.
    std::vector<Line> rest;
    for (const Line& line : headline_lines) {
        std::string inner;
        if (bracketed(line.text, inner))
            meta.headline.column_name = inner;
        else if (ends_with(line.text, "——"))
            meta.headline.kicker = strip_dashes(line.text);
        else if (starts_with(line.text, "——"))
            meta.headline.subtitle = strip_dashes(line.text);
        else
            rest.push_back(line);
    }
    if (!rest.empty()) {
        std::size_t title = 0;
        for (std::size_t i = 1; i < rest.size(); ++i)
            if (count_code_points(rest[i].text) > count_code_points(rest[title].text)) title = i;
        meta.headline.title = std::string(rest[title].text);
        meta.headline.title_span =
            norm.to_original(Span{rest[title].begin, rest[title].begin + rest[title].text.size()});
        for (std::size_t i = 0; i < rest.size(); ++i) {
            if (i == title) continue;
            std::string& slot = i < title ? meta.headline.kicker : meta.headline.subtitle;
            if (slot.empty()) slot = std::string(rest[i].text);
        }
    }
    finish_headline(meta.headline);

    std::optional<CivilDate> reference = impl.reference;
    if (meta.dateline.present) {
        int month = 0, day = 0;
        for (const auto& d : detail::find_dates(meta.dateline.date_text, reference))
            if (d.resolved && d.first == d.last) {
                month = d.first.month;
                day = d.first.day;
            }
        if (auto date = dateline_date(month, day, impl.reference)) {
            meta.dateline.date = detail::format_iso(*date);
            reference = date;
        }
    }
    analyse(impl, doc, body_begin, body_end, reference, meta);
    meta.diagnostics = norm.diagnostics();
    return meta;
}

PageInfo MetadataExtractor::page_info(const Page& page, std::string_view page_text) const {
    (void)page_text;
    PageInfo info;
    for (const Furniture& f : page.furniture) {
        switch (f.kind) {
            case FurnitureKind::paper_name:
                if (info.paper_name.empty()) info.paper_name = f.text;
                break;
            case FurnitureKind::section_name:
                if (info.section.empty()) info.section = f.text;
                break;
            case FurnitureKind::page_number:
            case FurnitureKind::date_line:
            case FurnitureKind::page_header: {
                const NormalizedText norm = normalize(f.text);
                const std::string& t = norm.text();
                if (info.issue_date.empty())
                    if (auto d = first_full_date(t)) info.issue_date = detail::format_iso(*d);
                for (std::string_view prefix : {"星期", "周"}) {
                    const std::size_t at = t.find(prefix);
                    if (info.weekday.empty() && at != std::string::npos &&
                        at + prefix.size() + 3 <= t.size()) {
                        const std::string_view day =
                            std::string_view(t).substr(at + prefix.size(), 3);
                        if (std::string_view("一二三四五六日天").find(day) !=
                            std::string_view::npos)
                            info.weekday = std::string(prefix) + std::string(day);
                    }
                }
                if (info.page_number.empty()) {
                    // 第3版, A3版, 3版
                    const std::size_t ban = t.find("版");
                    if (ban != std::string::npos) {
                        std::size_t b = ban;
                        while (b > 0 && (std::isalnum(static_cast<unsigned char>(t[b - 1])))) --b;
                        if (b < ban)
                            info.page_number = t.substr(b, ban - b);
                        else if (b >= 3 && t.compare(b - 3, 3, "第") != 0) {
                            // 第三版: a Chinese numeral
                            const std::size_t di = t.rfind("第", ban);
                            if (di != std::string::npos && ban - di <= 3 + 6)
                                info.page_number = t.substr(di + 3, ban - di - 3);
                        }
                    }
                }
                break;
            }
            default:
                break;
        }
    }
    return info;
}

ArticleMetadata MetadataExtractor::extract(const Article& article, std::string_view page_text,
                                           const Page* page) const {
    return extract_article(article, page_text, page,
                           page ? page_info(*page, page_text) : PageInfo{}, nullptr);
}

ArticleMetadata MetadataExtractor::extract(const Article& article, std::string_view page_text,
                                           const Page& page, const PageInfo& info) const {
    return extract_article(article, page_text, &page, info, nullptr);
}

ArticleMetadata MetadataExtractor::extract(const Article& article, std::string_view page_text,
                                           const NormalizedText& page_normalized, const Page& page,
                                           const PageInfo& info) const {
    // (A normalization of other bytes is no slice of these: each piece is normalized anew.)
    const bool usable = page_normalized.original_size() == page_text.size();
    return extract_article(article, page_text, &page, info, usable ? &page_normalized : nullptr);
}

ArticleMetadata MetadataExtractor::extract_article(const Article& article,
                                                   std::string_view page_text, const Page* page,
                                                   PageInfo info,
                                                   const NormalizedText* page_normalized) const {
    const Impl& impl = *impl_;
    ArticleMetadata meta;
    meta.page = std::move(info);

    for (const Headline& h : article.headlines) {
        const std::string text = std::string(trim(h.text));
        switch (h.role) {
            case HeadlineRole::kicker:
                if (meta.headline.kicker.empty()) meta.headline.kicker = strip_dashes(text);
                break;
            case HeadlineRole::title:
                if (meta.headline.title.empty()) {
                    meta.headline.title = text;
                    meta.headline.title_span = h.span;
                }
                break;
            case HeadlineRole::subtitle:
                if (meta.headline.subtitle.empty()) meta.headline.subtitle = strip_dashes(text);
                break;
            case HeadlineRole::column_name: {
                std::string inner;
                meta.headline.column_name = bracketed(text, inner) ? inner : text;
                break;
            }
        }
    }
    finish_headline(meta.headline);
    split_authors(article.authors, meta);
    if (page)
        for (const Furniture& f : page->furniture)
            if (f.kind == FurnitureKind::editor_line)
                for (const Author& a : f.people) meta.editors.push_back(a);

    // Reference date: dateline (year from the page date or the option), page, option.
    std::optional<CivilDate> page_date = detail::parse_iso_date(meta.page.issue_date);
    std::optional<CivilDate> anchor = page_date ? page_date : impl.reference;
    std::optional<CivilDate> reference = anchor;
    if (article.has_dateline) {
        const Dateline& d = article.dateline;
        meta.dateline.present = true;
        meta.dateline.source = d.source;
        meta.dateline.place = d.place;
        meta.dateline.date_text = d.date;
        meta.dateline.span = d.span;
        if (auto date = dateline_date(d.month, d.day, anchor)) {
            meta.dateline.date = detail::format_iso(*date);
            reference = date;
        }
    }

    Document doc(page_normalized);
    for (const Headline& h : article.headlines)
        doc.append(page_text, h.span, impl.options.normalize, "\n");
    const std::size_t body_begin = doc.text().size() + (doc.text().empty() ? 0 : 1);
    for (const Paragraph& p : article.paragraphs) {
        bool first_piece = true;
        for (const Span& s : p.spans) {
            doc.append(page_text, s, impl.options.normalize, first_piece ? "\n" : "");
            first_piece = false;
        }
    }
    analyse(impl, doc, body_begin, doc.text().size(), reference, meta);
    return meta;
}

BROADSHEET_NAMESPACE_END

// The article segmenter's lines, items, conventions and passes, shared by its files (internal).
#pragma once

#include <broadsheet/segmenter.hpp>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "segmenter/byline.hpp"
#include "segmenter/chars.hpp"

namespace broadsheet {
namespace detail {

enum class Kind : std::uint8_t {
    blank,
    furniture,
    byline,
    dateline,       // a dateline alone on its line (possibly with its byline parenthesis)
    dateline_lead,  // a dateline followed by the lead paragraph on the same line
    credit,
    caption,
    headline,  // short, headline-like
    body,
};

struct Line {
    std::size_t raw_begin = 0, raw_end = 0;  // the line without its LF
    std::size_t begin = 0, end = 0;          // trimmed content
    std::size_t indent = 0;                  // leading spaces (U+3000 is folded to one)
    std::size_t chars = 0;
    std::size_t blank_before = 0;  // blank lines between this and the previous non-blank line
    bool terminal = false;
    bool continuing = false;  // ends with ，、： and the like
    Kind kind = Kind::blank;
    FurnitureKind furniture = FurnitureKind::other;
    BylineResult parse;  // bylines, datelines, credits, editor lines, photo credits
    // A jump marker: the whole line, or cut from the end of a body line (`jump.span`,
    // normalized offsets).
    JumpMarker jump;
    bool has_jump = false;
    // An editor's line glued to the end of a body line (…百分點。（編輯：吳素柔）1151007): cut
    // from the line (normalized offsets; empty = none), `trailer_parse` names the editors.
    Span trailer;
    BylineResult trailer_parse;
    FurnitureKind trailer_kind = FurnitureKind::editor_line;  // or `other`: …。（完）
    // A photo-news item's text line ends in its photographer's credit (…训练。 本报记者 X 摄):
    // where that credit starts (normalized offset; 0 = none). `parse` holds the credit.
    std::size_t credit_begin = 0;
    BylineResult credit;  // the credit cut from the line's end, when `credit_begin` is set
    // A photo's caption glued after the last sentence of a body line (…群落。　历山保护区的
    // 猕猴群。　受访者供图): cut from the line (normalized offsets; empty = none), `end` set
    // before it.
    Span glued_caption;
    bool credit_is_source = false;  // that credit names a source (（中新社）), not people
    bool record = false;            // a result line or a table row: a paragraph of its own
    // A sidebar label over rows set solid, between finished paragraphs of a story (数据 /
    // 黄河三角洲记录鸟类：373种 / …): the box is set aside after the story's text.
    bool rows_box_label = false;
    // Under a briefs label (■ 体坛速递), a paragraph led by its own run-in head
    // (全国游泳冠军赛落幕 本届…) is a brief of its own.
    bool run_in_brief = false;
    // One of a series of short questions standing alone between paragraphs: a crosshead.
    bool question_series = false;
    // A label over several items (■ 城市速递, 【快讯】, 图片新闻): it ends the article above.
    bool items_label = false;
    // A line of verse quoted in the body: a paragraph of its own, never joined.
    bool verse = false;
    // A line of a poem's stanza closed by a full stop: joined with the stanza's other lines
    // into one paragraph, but verse, not prose, to the article.
    bool stanza = false;
    // Names continuing the byline on the line above (本报记者 / 张蕾 季文斌).
    bool continues_byline = false;
    // The title of a further poem under a title announcing it (在杨梅林里（外一首）).
    bool next_poem_title = false;
    const char* rule = "";
    std::ptrdiff_t article = -1;
    LineClass final_class = LineClass::blank;
};

// Width of a text line in characters, paragraph indentation (at most four spaces) included:
// a wrapped paragraph's indented first line is as wide as the others.
inline std::size_t width_of(const Line& line) {
    constexpr std::size_t max_paragraph_indent = 4;
    return line.chars + (line.indent <= max_paragraph_indent ? line.indent : 0);
}

// 本报综合, 河北石家庄 一位焦虑的母亲: a line standing where a byline would that names nobody;
// the whole line is the byline, no author taken from it.
inline void mark_unnamed_byline(Line& line, const char* rule) {
    constexpr double unnamed_byline_confidence = 0.5;
    line.kind = Kind::byline;
    line.parse = BylineResult{};
    line.parse.kind = BylineKind::byline;
    line.parse.span = Span{line.begin, line.end};
    line.parse.byline_span = line.parse.span;
    line.parse.rest_begin = line.end;
    line.parse.confidence = unnamed_byline_confidence;
    line.rule = rule;
}

// 本报编辑部 under a correction, （华池县交通运输局）: a line that signs an item naming no
// person, as a byline or an end credit (`kind`, `parse_kind`); the whole line is its span.
inline void signs_unnamed(Line& line, Kind kind, BylineKind parse_kind, const char* rule) {
    line.kind = kind;
    line.parse = BylineResult{};
    line.parse.kind = parse_kind;
    line.parse.span = Span{line.begin, line.end};
    line.rule = rule;
}

struct Item {
    enum class Type : std::uint8_t {
        furniture,
        headline,
        byline,
        dateline,
        paragraph,
        caption,
        credit
    } type = Type::paragraph;
    std::size_t line = 0;  // first line
    // paragraph pieces (normalized spans) and the lines they came from
    std::vector<Span> pieces;
    std::vector<std::size_t> piece_lines;
    bool joined_across_break = false;
    bool open = false;  // last piece ends without terminal punctuation
    // A lead paragraph: the dateline and/or byline parenthesis at its head (spans normalized),
    // and the lines wholly taken by them.
    bool lead = false;
    BylineResult lead_parse;
    // A headline printed inside a paragraph cut by a column break, held for the next article
    // that opens without one.
    bool held = false;
    std::vector<std::size_t> lead_lines;
};

// The caller's conventions in the form matching needs: the same normalization as the page
// (so `图：` given in the options matches `图:` in the normalized text).
struct Conventions {
    explicit Conventions(const SegmenterOptions& options)
        : bylines(normalized_roles(options)),
          paper_names(normalized_all(options.paper_names, options)),
          section_names(normalized_all(options.section_names, options)),
          furniture_patterns(normalized_all(options.furniture_patterns, options)),
          caption_prefixes(normalized_all(options.caption_prefixes, options)),
          caption_suffixes(normalized_all(options.caption_suffixes, options)) {}

    static std::string normalized_one(const std::string& text, const SegmenterOptions& options) {
        return std::string(trim(normalize(text, options.normalize).text()));
    }
    static std::vector<std::string> normalized_all(const std::vector<std::string>& texts,
                                                   const SegmenterOptions& options) {
        std::vector<std::string> out;
        for (const std::string& text : texts) {
            std::string n = normalized_one(text, options);
            if (!n.empty()) out.push_back(std::move(n));
        }
        return out;
    }
    static std::vector<RoleWord> normalized_roles(const SegmenterOptions& options) {
        std::vector<RoleWord> out;
        for (const RoleWord& word : options.extra_role_words)
            out.push_back({normalized_one(word.text, options), word.role});
        return out;
    }

    BylineParser bylines;
    std::vector<std::string> paper_names, section_names, furniture_patterns, caption_prefixes,
        caption_suffixes;
};

class SegmenterImpl {
  public:
    SegmenterImpl(const SegmenterOptions& options, const Conventions& conventions,
                  std::string_view original, const NormalizedText& normalized)
        : options_(options),
          conventions_(conventions),
          parser_(conventions.bylines),
          original_(original),
          normalized_(normalized),
          text_(normalized.text()) {}

    Page run();

  private:
    void split_lines();
    void classify_lines();
    bool classify_caption(Line& line, std::string_view content) const;
    void detect_wrap_style();
    void mark_headline_candidates();
    void mark_bare_name_bylines();
    void mark_photo_news();
    void mark_salutations();
    void mark_anonymous_signature(std::size_t salutation);
    std::size_t join_split_name_byline(std::size_t index);
    std::size_t join_wrapped_byline_name(std::size_t index);
    std::size_t apply_joined_byline(std::size_t index, std::size_t extra_lines,
                                    std::size_t joined_size,
                                    const std::vector<std::pair<std::size_t, std::size_t>>& starts,
                                    BylineResult best, const char* rule);
    void find_end_credit(Line& line) const;
    void find_glued_caption(Line& line) const;
    void find_editor_trailer(Line& line) const;
    bool mark_run_in_briefs(const std::vector<std::size_t>& nonblank, std::size_t k);
    void skip_bullet(const Line& line);
    void mark_bulleted_briefs_after_records();
    void mark_semicolon_breaks();
    void mark_cuts_before_speech_verbs();
    void mark_titles_inside_cut_paragraphs();
    void mark_words_cut_at_column_gaps();
    void mark_reader_signatures_over_replies();
    void mark_row_boxes_between_paragraphs();
    void mark_box_titles_under_labels();
    void mark_boxes_inside_cut_paragraphs();
    void join_wrapped_end_credits();
    void mark_contact_blocks();
    void mark_decimal_breaks();
    void mark_wrapped_lead_lines();
    bool column_over_one_item(const std::vector<std::size_t>& nonblank, std::size_t k) const;
    std::size_t items_under_label(const std::vector<std::size_t>& nonblank, std::size_t k) const;
    std::size_t trailing_photo_credit(std::string_view text, std::size_t base,
                                      BylineResult& credit) const;
    void mark_verse();
    void mark_unpunctuated_verse();
    void mark_poems_signed_after();
    void mark_stanza(const std::vector<std::size_t>& stanza, bool closed, const char* rule);
    void mark_chart_blocks();
    bool mark_spaced_figure_box(std::size_t note);
    void mark_captions_over_credits();
    void mark_caption_second_lines();
    void mark_signed_run_in_briefs();
    void mark_captions_under_credits();
    void mark_credits_under_headlines();
    bool headline_inside_paragraph(std::size_t line) const;
    // Whether every line strictly between lines `a` and `b` (a < b) is blank.
    bool only_blank_between(std::size_t a, std::size_t b) const {
        for (std::size_t k = a + 1; k < b; ++k)
            if (lines_[k].kind != Kind::blank) return false;
        return true;
    }
    std::size_t join_cut_dotted_name(std::size_t index);
    void mark_question_crossheads();
    bool question_head_shape(std::size_t line) const;
    void mark_result_lines();
    void mark_unpunctuated_blocks_over_bylines();
    void mark_wrapped_numbered_items();
    void mark_name_lists();
    void mark_notice_signatures();
    void mark_lines_over_headlines();
    void build_items();
    std::size_t usual_paragraph_gap() const;
    std::size_t aside_box_end(std::size_t first, std::size_t column_gap, bool titled = false) const;
    bool ends_interrupted_text(std::size_t index) const;
    void find_wrapped_leads();
    void assemble();
    void finish_headline_roles(Article& article) const;
    void finish_article(std::size_t index);
    void explain();

    // Output helpers (normalized spans in, original spans and bytes out).
    Span map(Span normalized) const { return normalized_.to_original(normalized); }
    std::string original_text(Span normalized) const;
    Author map_author(const Author& author) const {
        Author mapped = author;
        mapped.span = map(author.span);
        return mapped;
    }
    Dateline map_dateline(const Dateline& d) const;
    // The text of a credit item: the credit cut from a text line's end (…参与。（记者 X）, not
    // the sentence before it), or its own line.
    std::string_view credit_text(const Item& item) const {
        if (item.pieces.empty()) return content(lines_[item.line]);
        const Span piece = item.pieces.front();
        return std::string_view(text_).substr(piece.begin, piece.size());
    }
    // What a credit item names: the credit cut from a text line's end, or its own line.
    const BylineResult& credit_of(const Item& item) const {
        const Line& line = lines_[item.line];
        return item.pieces.empty() ? line.parse : line.credit;
    }
    // A line short enough for half a headline's width and holding no full stop: the shape of
    // a title line that carries a comma, a colon or a question (天冷了，老人要当心“心脑”).
    bool short_title_shape(const Line& line) const {
        return line.chars <= options_.max_headline_chars / 2 &&
               content(line).find("。") == std::string_view::npos;
    }
    std::string_view content(const Line& line) const {
        return std::string_view(text_).substr(line.begin, line.end - line.begin);
    }
    // The first line after `line` that is not blank, or lines_.size().
    std::size_t next_nonblank(std::size_t line) const {
        std::size_t next = line + 1;
        while (next < lines_.size() && lines_[next].kind == Kind::blank) ++next;
        return next;
    }

    // The last line before `line` that is not blank, or lines_.size() when there is none.
    std::size_t prev_nonblank(std::size_t line) const {
        while (line > 0)
            if (lines_[--line].kind != Kind::blank) return line;
        return lines_.size();
    }
    // A page header or footer (not an editor line, which closes articles): it separates
    // what stands on either side of it.
    bool is_page_header_line(std::size_t line) const {
        if (line >= lines_.size() || lines_[line].kind != Kind::furniture) return false;
        const FurnitureKind kind = lines_[line].furniture;
        return kind == FurnitureKind::page_header || kind == FurnitureKind::date_line ||
               kind == FurnitureKind::page_number || kind == FurnitureKind::paper_name;
    }

    // Assembly helpers.
    std::size_t new_article(std::size_t line, double confidence);
    void add_furniture(Line& line);
    // Headline lines of `article`, each explained by `rule`.
    // An info diagnostic that the lines `first`..`last` were placed by a guess.
    void note_unsure_lines(std::size_t first, std::size_t last, const char* message);
    void add_headlines(std::size_t article, const std::vector<std::size_t>& group,
                       double confidence, const char* rule);
    void add_byline(std::size_t article, const Line& line);
    void add_byline(std::size_t article, const BylineResult& parse, Span line_span);
    void add_paragraph(std::size_t article, const Item& item);
    void place_later_columns(std::size_t article);
    void place_rests_after_short_items();
    void place_page_opening_text();
    std::size_t absorb_unsigned_sections(std::size_t last);
    void set_line(std::size_t line, LineClass line_class, std::ptrdiff_t article, const char* rule);
    void unplace(std::size_t line, const char* reason);

    const SegmenterOptions& options_;
    const Conventions& conventions_;
    const BylineParser& parser_;
    std::string_view original_;
    const NormalizedText& normalized_;
    const std::string& text_;
    std::vector<Line> lines_;
    std::vector<Item> items_;
    Page page_;
    bool hard_wrapped_ = false;
    bool indent_paragraphs_ = false;
    bool blank_between_paragraphs_ = false;
    std::size_t wrap_width_ = 0;
    // Per-article state for assembly.
    struct State {
        bool has_byline = false;
        bool closed = false;           // an end credit or a trailing dateline was seen
        bool displaced = false;        // headline arrived after byline and lead
        bool byline_line = false;      // a byline on a line of its own (not in a dateline)
        bool prose = false;            // a paragraph that is no line of verse was added
        bool labelled_brief = false;   // a brief under a label over briefs: it has no headline
        std::size_t editor_notes = 0;  // 编者按 paragraphs given before the article's text
        std::size_t displaced_paragraph = 0;
        std::size_t displaced_group_size = 0;
        std::size_t displaced_last_line = 0;
        // Paragraphs given before the article's lead that belong after its text: a later
        // column printed first (set when the lead is found; put in place at the end).
        std::size_t later_column_paragraphs = 0;
        // The last line of the last paragraph added (npos before any).
        std::size_t last_body_line = static_cast<std::size_t>(-1);
    };
    std::vector<State> state_;
    std::vector<Caption> pending_captions_;
    // 编者按：… printed over the page's first headline: the note opens the next article.
    std::vector<Item> held_notes_;
    // Text printed before the page's first headline with no lead: the end of an article
    // cut unfinished further down, its last column printed first.
    std::vector<Item> page_opening_text_;
    // Bytes at the start of a paragraph's first piece that are not its text (the bullet of a
    // bulleted brief), by the piece's normalized begin; few per page, in line order.
    std::vector<std::pair<std::size_t, std::size_t>> text_skips_;
    std::vector<std::size_t> held_headlines_;  // lines of headlines held for a later article
    std::optional<std::size_t> held_byline_;   // the line of a byline held with them
    std::vector<JumpMarker> pending_jumps_;
    bool limit_hit_ = false;
};

}  // namespace detail
}  // namespace broadsheet

// The byline and dateline parser shared by the segmenter and the metadata extractor.
//
// It parses one line (or the head of a paragraph) of newspaper text into authors
// {name, role, role_text, span} plus dateline parts, with a confidence:
// - bylines: ■ 通讯员 金志成 / 本报记者 张三 李四 / 记者 王五 通讯员 赵六 / 文/X 图/Y;
//   role words with a paper or qualifier prefix (学生记者 X, 财经证券报记者 X, 晚报首席记者 X,
//   本报驻京记者 X); roles printed after the names (X/文 Y/图, 林伟明 报道, X 文并摄) or as
//   labels (报道：X 摄影：Y, 文并摄/X)
// - report bylines naming a place (記者王大明／台北報導, 〔記者X／台中報導〕台中市…,
//   记者 X 北京报道): the place goes to the dateline, never to the names
// - datelines: 本报北京3月4日电 （记者李龙伊） / 本报讯（记者 X 通讯员 Y） / 新华社北京6月10日电;
//   trailing （新华社北京3月4日电）
// - end credits: （本报记者 X、Y参与采写） / （本报记者 X采访整理） / （作者为…）
// - photo credits: X 摄 / （X 摄） / 新华社记者 X 摄
// - editor lines: 责任编辑：X / 本版责编：X Y / 美编：X 校对：Y
// Label lines naming someone else (受访者：X, 受访专家：X 主任) are no bylines.
//
// Input: any UTF-8 text, raw or normalized (full-width and ASCII punctuation are both
// accepted; ill-formed bytes never match anything). Spans in the result are byte offsets
// into the parsed text plus the `base` the caller passes, so a caller working on a line of a
// larger text passes the line's offset. Names never include role words, organisations,
// places, digits or dates.
//
// Thread-safety: a BylineParser is immutable after construction; share it freely.
// Cost: linear in the text length times the number of role words (about 70) and the
// longest role prefix tried (ten characters); no allocation beyond the result and one token
// list per parse.
#pragma once

#include <broadsheet/segmenter.hpp>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace broadsheet {
namespace detail {

/// What a parsed line is.
enum class BylineKind {
    none,          ///< Not a byline: authors empty, confidence 0
    byline,        ///< A byline line (■ 通讯员 金志成, 文/X 图/Y)
    dateline,      ///< A dateline, possibly with a byline parenthesis, possibly with body after
    credit,        ///< An end credit in parentheses (参与采写, 采访整理, 作者为…)
    photo_credit,  ///< Only photographers: X 摄, （X 摄）, 受访者供图
    editor_line,   ///< 责任编辑：X, 本版责编：X Y, 美编, 校对
};

const char* to_string(BylineKind kind) noexcept;

struct BylineResult {
    BylineKind kind = BylineKind::none;
    std::vector<Author> authors;
    bool has_dateline = false;
    Dateline dateline;
    /// The bytes recognised: the whole line for a complete parse, or the dateline and its
    /// byline parenthesis for `parse_dateline_prefix`.
    Span span;
    /// The byline parenthesis inside a dateline (`（记者李龙伊）`), empty if none.
    Span byline_span;
    /// Where the text after the recognised prefix starts (the lead paragraph); equals
    /// `span.end` when nothing follows. Offsets include `base`.
    std::size_t rest_begin = 0;
    double confidence = 0;
};

class BylineParser {
  public:
    /// `extra_role_words` are tried along with the built-in role words (longest first).
    explicit BylineParser(const std::vector<RoleWord>& extra_role_words = {});

    /// Parses the whole of `line` as a byline, dateline, end credit, photo credit or editor
    /// line. Returns kind `none` unless all of the line (leading bullets such as ■ and
    /// surrounding spaces aside) was understood. A byline naming where it was written
    /// (記者王大明／台北報導, 记者 张三 北京报道) has `has_dateline` with only the place set.
    /// Lines longer than `max_line_bytes` are never bylines (kind `none`).
    BylineResult parse_line(std::string_view line, std::size_t base = 0) const;
    static constexpr std::size_t max_line_bytes = 480;  // 160 Han characters

    /// Like `parse_line`, for a line of names that continues a byline split over several
    /// lines by the extractor (`本报记者` / `张三 李四`): names without a role word of their
    /// own take `role`. Kind `none` unless the line holds names only.
    BylineResult parse_continuation(std::string_view line, std::size_t base,
                                    const RoleWord& role) const;

    /// True when `name` (padding removed) has the form of a Chinese person's name: a common
    /// surname and two or three characters in all (four with a compound surname).
    static bool looks_like_person_name(std::string_view name);

    /// True when `name` is a compound surname alone (欧阳, 司马, 诸葛…): a name the extractor
    /// cut before its given name.
    static bool is_compound_surname(std::string_view name);

    /// True when `name` is a surname alone, single (刘) or compound (欧阳).
    static bool is_surname_alone(std::string_view name);

    /// True when `line` is nothing but one role word (bullets, spaces and a colon aside),
    /// e.g. `■ 本报记者`; sets `role`.
    bool is_role_only(std::string_view line, RoleWord& role) const;

    /// Parses a dateline at the start of `text` (`本报北京3月4日电 （记者李龙伊）近日，…`),
    /// with its optional byline parenthesis. Kind `dateline` and `rest_begin` at the body
    /// text on success, kind `none` otherwise. A report byline heading a lead
    /// (`〔記者林佳蓉／台中報導〕台中市…`, `記者X／台北報導 …`, `（記者X、Y／綜合報導）…`) gives
    /// kind `dateline` too: its authors, `byline_span` over it, and `has_dateline` with the
    /// place only when one is named (not for 綜合報導).
    BylineResult parse_dateline_prefix(std::string_view text, std::size_t base = 0) const;

    /// Parses a byline parenthesis at the start of `text` (`（记者张三、李四）中国人民…`), as
    /// printed at the head of a lead when the dateline stands on the line before. Kind
    /// `byline` with `byline_span` and `rest_begin` at the body text, kind `none` otherwise.
    BylineResult parse_byline_parenthesis(std::string_view text, std::size_t base = 0) const;

    /// Recognises a role word at `text[at]`; returns its length in bytes (0 if none) and
    /// sets `role`.
    std::size_t match_role_word(std::string_view text, std::size_t at, AuthorRole& role) const;

  private:
    // Line forms parse_line tries after the general parse, each on the trimmed line whose
    // first byte is at `base`: 作者：李明远，某大学教授 (a labelled author and post);
    // □某小学五年级  陈雨桐 (a unit and a name after a bullet); （編輯：X）1140823 (a wire's
    // editor line and date code); 江西赣州 读者 刘明 (a reader's place before the role);
    // （作者程晓峰系某大学教授） (an end credit naming the writer and his post).
    BylineResult parse_affiliated_credit(std::string_view text, std::size_t base) const;
    // (本報記者鄺美儀多倫多報道): a bracketed report byline printed without separators.
    BylineResult parse_glued_report(std::string_view text, std::size_t base, std::size_t start,
                                    std::size_t inner, std::size_t inner_end,
                                    std::size_t after) const;
    BylineResult parse_labelled_author(std::string_view text, std::size_t base) const;
    BylineResult parse_unit_signed_line(std::string_view text, std::size_t base) const;
    BylineResult parse_coded_editor_line(std::string_view text, std::size_t base) const;
    BylineResult parse_placed_reader_line(std::string_view text, std::size_t base) const;
    BylineResult parse_spaced_pen_name(std::string_view text, std::size_t base) const;
    BylineResult parse_glued_told_and_written(std::string_view text, std::size_t base) const;
    BylineResult parse_dashed_pen_name(std::string_view text, std::size_t base) const;
    BylineResult parse_labelled_answerer(std::string_view text, std::size_t base) const;
    BylineResult parse_spaced_role_pairs(std::string_view text, std::size_t base) const;
    // 旦增平措（作者为某党校讲师）: a name set solid against the bracketed post of its writer.
    BylineResult parse_name_before_post(std::string_view text, std::size_t base) const;
    struct Parsed;
    bool parse_people(std::string_view text, std::size_t begin, std::size_t end, std::size_t base,
                      const RoleWord& default_role, Parsed& out) const;
    // Which prefixes a role word may carry beyond the listed ones: none, qualifiers only
    // (学生记者, 特派记者), or also a paper's name (财经证券报记者, 中央人民广播电台记者);
    // `opening` is `any` at the byline's start, where a county's name may read like a
    // person's (南雄融媒记者).
    enum class RolePrefix { none, qualifiers, any, opening };
    // A role word at `at`: a listed one, or a listed one after a prefix `allowed` permits.
    std::size_t match_role(std::string_view text, std::size_t at, AuthorRole& role,
                           RolePrefix allowed, bool* prefixed = nullptr) const;
    std::size_t match_listed_role(std::string_view text, std::size_t at, AuthorRole& role) const;
    // 〔記者林佳蓉／台中報導〕, 記者王大明／台北報導: kind `byline` with the place as dateline.
    BylineResult parse_desk_report(std::string_view text, std::size_t base, std::size_t start,
                                   std::size_t inner, std::size_t inner_end,
                                   std::size_t after) const;
    BylineResult parse_report_byline(std::string_view text, std::size_t base) const;
    // 本报北京3月4日电 （记者X）, 新华社电: the agency dateline of `parse_dateline_prefix`.
    BylineResult parse_agency_dateline(std::string_view text, std::size_t base) const;
    // A byline parenthesis at `text[at]`; with `bare_names` (after a dateline: 本报电（王萍
    // 林雨涵）) person-shaped names without a role word are reporters too.
    bool parse_parenthesis(std::string_view text, std::size_t at, std::size_t base,
                           std::vector<Author>& authors, std::size_t& after,
                           bool bare_names = false) const;
    BylineResult parse_line_with(std::string_view line, std::size_t base,
                                 const RoleWord* continued) const;

    std::vector<RoleWord> role_words_;  // longest first
    // Role words by their first character (code point), each list longest first: most
    // positions of a line start no role word and are rejected by one lookup.
    std::vector<std::pair<char32_t, std::vector<std::size_t>>> by_first_char_;
};

}  // namespace detail
}  // namespace broadsheet

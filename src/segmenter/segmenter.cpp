// The article segmenter. Three passes over the normalized page, all linear:
//  1. lines: split, measure (characters, indentation, end punctuation) and classify each line
//     (furniture, byline, dateline, caption, credit, short headline-like line, body);
//  2. items: body lines become paragraphs (hard wraps and column breaks joined), short lines
//     headline candidates; captions and furniture do not interrupt an open paragraph;
//  3. articles: headline groups, bylines, datelines and paragraphs become articles; what a
//     headline group is (new article, displaced headline, crosshead) is decided by what
//     follows it and by the state of the current article.
// All offsets are normalized offsets until the page is built, then mapped to the original.
#include <algorithm>
#include <broadsheet/segmenter.hpp>
#include <cctype>
#include <cstdio>
#include <memory>
#include <utility>

#include "segmenter/byline.hpp"
#include "segmenter/chars.hpp"

namespace broadsheet {
namespace detail {
namespace {

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
    bool credit_is_source = false;  // that credit names a source (（中新社）), not people
    bool record = false;            // a result line or a table row: a paragraph of its own
    // Under a briefs label (■ 体坛速递), a paragraph led by its own run-in head
    // (全国游泳冠军赛落幕 本届…) is a brief of its own.
    bool run_in_brief = false;
    // One of a series of short questions standing alone between paragraphs: a crosshead.
    bool question_series = false;
    // A label over several items (■ 城市速递, 【快讯】, 图片新闻): it ends the article above.
    bool items_label = false;
    // A line of verse quoted in the body: a paragraph of its own, never joined.
    bool verse = false;
    const char* rule = "";
    std::ptrdiff_t article = -1;
    LineClass final_class = LineClass::blank;
};

// Width of a text line in characters, paragraph indentation (at most four spaces) included:
// a wrapped paragraph's indented first line is as wide as the others.
std::size_t width_of(const Line& line) {
    constexpr std::size_t max_paragraph_indent = 4;
    return line.chars + (line.indent <= max_paragraph_indent ? line.indent : 0);
}

// "下转第二版", "（上接第一版）", "转A2版": a whole jump marker, parentheses optional.
bool match_jump(std::string_view text, JumpMarker& jump) {
    std::size_t p = 0, length = 0;
    const std::size_t end = text.size();
    auto skip = [&] {
        while (p < end) {
            const char32_t c = code_point_at(text, p, length);
            if (!is_space(c) && !is_open_paren(c)) break;
            p += length;
        }
    };
    skip();
    bool from = false;
    if (starts_with(text.substr(p), "下"))
        p += 3;
    else if (starts_with(text.substr(p), "上")) {
        p += 3;
        from = true;
    }
    if (!from && (starts_with(text.substr(p), "详见") || starts_with(text.substr(p), "詳見"))) {
        p += 3;  // 详见A03版: a teaser pointing to the page with the story (见 is skipped below)
    } else if (!from && (starts_with(text.substr(p), "见") || starts_with(text.substr(p), "見"))) {
        // 见第5版
    } else if (starts_with(text.substr(p), "接")) {
        from = true;
    } else if (!starts_with(text.substr(p), "转") && !starts_with(text.substr(p), "轉")) {
        return false;
    }
    p += 3;
    if (starts_with(text.substr(p), "第")) p += 3;
    const std::size_t page_begin = p;
    int chars = 0;
    while (p < end && chars < 4) {
        const char32_t c = code_point_at(text, p, length);
        if (!is_ascii_alnum(c) && !is_han_numeral(c)) break;
        p += length;
        ++chars;
    }
    if (chars == 0) return false;
    jump.page.assign(text.substr(page_begin, p - page_begin));
    if (starts_with(text.substr(p), "版")) {
        p += 3;
    } else {
        // （转A6）: without 版 only in parentheses and with a page code that has a letter or
        // a digit (转二 alone is no marker).
        bool opened = false;
        for (std::size_t i = 0; i < page_begin && !opened; i += length)
            opened = is_open_paren(code_point_at(text, i, length));
        const bool code = std::any_of(jump.page.begin(), jump.page.end(), [](char c) {
            return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
        });
        if (!opened || !code) return false;
    }
    while (p < end) {
        const char32_t c = code_point_at(text, p, length);
        if (!is_space(c) && !is_close_paren(c)) return false;
        p += length;
    }
    jump.direction = from ? JumpDirection::continued_from : JumpDirection::continued_to;
    return true;
}

// "2025年11月28日": four digits, 年, 1-2 digits, 月, 1-2 digits, 日. Returns its position.
std::size_t find_full_date(std::string_view text) {
    for (std::size_t i = 0; i + 4 < text.size(); ++i) {
        if (!is_ascii_digit(static_cast<unsigned char>(text[i]))) continue;
        std::size_t p = i;
        while (p < text.size() && p - i < 4 && is_ascii_digit(static_cast<unsigned char>(text[p])))
            ++p;
        if (p - i != 4 || !starts_with(text.substr(p), "年")) {
            i = p;
            continue;
        }
        p += 3;
        for (const char* unit : {"月", "日"}) {
            const std::size_t digits_begin = p;
            while (p < text.size() && p - digits_begin < 2 &&
                   is_ascii_digit(static_cast<unsigned char>(text[p])))
                ++p;
            if (p == digits_begin || !starts_with(text.substr(p), unit))
                return std::string_view::npos;
            p += 3;
        }
        return i;
    }
    return std::string_view::npos;
}

// 2026年4月12日, 二〇二六年九月二日: a line that is one full date and nothing else, in
// Arabic or Chinese numerals (a notice's date under its issuer).
bool is_date_alone(std::string_view text) {
    std::size_t p = 0;
    for (const char* unit : {"年", "月", "日"}) {
        // 一九八五年六月: a notice may be dated by its month.
        if (std::string_view(unit) == "日" && p == text.size()) return true;
        std::size_t digits = 0, length = 0;
        while (p < text.size()) {
            const char32_t c = code_point_at(text, p, length);
            const bool digit = (c >= '0' && c <= '9') || (c >= U'０' && c <= U'９') ||
                               std::u32string_view(U"〇○零一二三四五六七八九十").find(c) !=
                                   std::u32string_view::npos;
            if (!digit) break;
            p += length;
            ++digits;
        }
        const std::size_t max_digits = std::string_view(unit) == "年" ? 4 : 3;
        // OCR reads 日 as 曰 often enough on old scans.
        const bool day_misread =
            std::string_view(unit) == "日" && starts_with(text.substr(p), "曰");
        if (digits == 0 || digits > max_digits ||
            !(starts_with(text.substr(p), unit) || day_misread))
            return false;
        p += std::string_view(unit).size();
    }
    return p == text.size();
}

// "第3版", "第三版", "A3版", "03版" at the start of a line.
bool starts_with_page_number(std::string_view text) {
    std::size_t p = 0, length = 0;
    if (starts_with(text, "第")) p = 3;
    const std::size_t digits_begin = p;
    while (p < text.size() && p - digits_begin < 12) {
        const char32_t c = code_point_at(text, p, length);
        if (!is_ascii_alnum(c) && !is_han_numeral(c)) break;
        p += length;
    }
    return p > digits_begin && starts_with(text.substr(p), "版");
}

bool starts_with_dash(std::string_view text) {
    return starts_with(text, "——") || starts_with(text, "—") || starts_with(text, "--");
}
bool ends_with_dash(std::string_view text) {
    return ends_with(text, "——") || ends_with(text, "—") || ends_with(text, "--");
}

// A headline-sized line whose comma splits two balanced halves (稳字当头，进字为先), or a
// short question or exclamation.
bool is_couplet_or_short(std::string_view text) {
    constexpr std::size_t max_chars = 16, max_difference = 2;
    if (char_count(text) > max_chars) return false;
    std::size_t comma = text.find("，"), width = 3;
    if (comma == std::string_view::npos) {
        comma = text.find(',');
        width = 1;
    }
    if (comma == std::string_view::npos) return true;
    const std::size_t left = char_count(text.substr(0, comma));
    const std::size_t right = char_count(text.substr(comma + width));
    const Tail tail = tail_of(text);
    const std::size_t right_words = right - (tail.count > 0 && !is_han(tail.last[0]) ? 1 : 0);
    return left >= 2 &&
           (left > right_words ? left - right_words : right_words - left) <= max_difference;
}

// "一、", "（二）", "(3)", "4.", "5、": the number of a section heading.
bool starts_with_enumerator(std::string_view text) {
    std::size_t p = 0, length = 0;
    bool paren = false;
    if (p < text.size() && is_open_paren(code_point_at(text, p, length))) {
        paren = true;
        p += length;
    }
    std::size_t digits = 0;
    while (p < text.size() && digits < 3) {
        const char32_t c = code_point_at(text, p, length);
        if (!is_digit(c) && !is_han_numeral(c)) break;
        p += length;
        ++digits;
    }
    if (digits == 0 || p >= text.size()) return false;
    const char32_t after = code_point_at(text, p, length);
    if (paren) return is_close_paren(after);
    if (after == U'、') return true;
    if (after != '.' || p + 1 >= text.size()) return false;
    return !is_digit(code_point_at(text, p + 1, length));  // 3.5亿元 is a number
}

// 镜头一：紧急集合号骤响, 场景二 夜巡: a section of a series, a short word and a Chinese
// numeral then a colon or a space. Sets the word and the number (1-10).
bool series_heading(std::string_view text, std::string_view& word, int& number) {
    constexpr std::size_t max_word_chars = 4;
    std::size_t p = 0, chars = 0, length = 0;
    while (p < text.size() && chars < max_word_chars) {
        const char32_t c = code_point_at(text, p, length);
        if (!is_han(c) || is_han_numeral(c)) break;
        p += length;
        ++chars;
    }
    if (chars == 0 || p >= text.size()) return false;
    static constexpr char32_t numerals[] = {U'一', U'二', U'三', U'四', U'五',
                                            U'六', U'七', U'八', U'九', U'十'};
    const char32_t numeral = code_point_at(text, p, length);
    const auto* found = std::find(std::begin(numerals), std::end(numerals), numeral);
    if (found == std::end(numerals)) return false;
    const std::size_t after = p + length;
    if (after >= text.size()) return false;
    const char32_t mark = code_point_at(text, after, length);
    if (mark != U'：' && mark != ':' && mark != ' ' && mark != U'、') return false;
    word = text.substr(0, p);
    number = static_cast<int>(found - std::begin(numerals)) + 1;
    return true;
}

// A section heading by its form: 一、…, （二）…, or a series such as 镜头一：….
bool styled_as_numbered_section(std::string_view text) {
    std::string_view word;
    int number = 0;
    return starts_with_enumerator(text) || series_heading(text, word, number);
}

// 一、…, （一）…, 1.…: the first heading of a numbered series.
bool opens_numbered_series(std::string_view text) {
    for (const char* first : {"一、", "(一)", "（一）", "1.", "1、", "第一，", "第一,"})
        if (starts_with(text, first)) return true;
    return false;
}

// `text` is the section after `previous` in one series (镜头一：… then 镜头二：…), or both
// are numbered (一、… then 二、…).
bool next_in_series(std::string_view previous, std::string_view text) {
    if (starts_with_enumerator(previous) && starts_with_enumerator(text)) return true;
    std::string_view word_a, word_b;
    int a = 0, b = 0;
    return series_heading(previous, word_a, a) && series_heading(text, word_b, b) &&
           word_a == word_b && b == a + 1;
}

// 生态　3, 3　综合新闻, A05 要闻: a page number (digits, a letter and digits) and a section name
// of two to eight characters, one on each side of a space.
bool page_number_and_section(std::string_view text) {
    constexpr std::size_t max_line_chars = 14, max_name_chars = 8;
    if (char_count(text) > max_line_chars) return false;
    const std::size_t space = text.find(' ');
    if (space == std::string_view::npos || space == 0) return false;
    const std::string_view left = text.substr(0, space);
    const std::string_view right = trim(text.substr(space));
    auto number = [](std::string_view part) {
        std::size_t digits = 0, i = 0;
        if (!part.empty() && part[0] >= 'A' && part[0] <= 'Z') ++i;
        for (; i < part.size(); ++i, ++digits)
            if (part[i] < '0' || part[i] > '9') return false;
        return digits >= 1 && digits <= 3;
    };
    auto name = [&](std::string_view part) {
        const std::size_t chars = char_count(part);
        if (chars < 2 || chars > max_name_chars) return false;
        for (std::size_t i = 0, length = 0; i < part.size(); i += length) {
            const char32_t c = code_point_at(part, i, length);
            if (!is_han(c) && c != U'·' && c != U'・') return false;
        }
        return true;
    };
    return (number(left) && name(right)) || (name(left) && number(right));
}

// Where the last sentence of `text` ends (after its terminal punctuation), or 0.
std::size_t last_sentence_end(std::string_view text) {
    std::size_t end = 0, length = 0;
    for (std::size_t i = 0; i < text.size(); i += length)
        if (is_terminal(code_point_at(text, i, length))) end = i + length;
    return end;
}

// （左）, （右二）, （前排左三）: a person's place in a photo, in parentheses.
bool has_photo_position(std::string_view text) {
    std::size_t p = 0, length = 0;
    while (p < text.size()) {
        const char32_t c = code_point_at(text, p, length);
        p += length;
        if (!is_open_paren(c)) continue;
        std::size_t q = p, chars = 0;
        bool side = false;
        while (q < text.size() && chars <= 5) {
            const char32_t d = code_point_at(text, q, length);
            if (is_close_paren(d)) break;
            if (d == U'左' || d == U'右' || d == U'中')
                side = true;
            else if (d != U'前' && d != U'后' && d != U'後' && d != U'排' && d != U'起' &&
                     !is_han_numeral(d))
                chars = 99;
            q += length;
            ++chars;
        }
        if (side && chars >= 1 && chars <= 5 && q < text.size()) return true;
    }
    return false;
}

// "我 市 春 播 工 作": at least four characters with a space after each but the last, the
// way headlines are letter-spaced; body text is never printed so.
bool is_letter_spaced(std::string_view text) {
    constexpr std::size_t min_chars = 4;
    std::size_t chars = 0, p = 0, length = 0;
    while (p < text.size()) {
        const char32_t c = code_point_at(text, p, length);
        if (is_space(c)) return false;
        ++chars;
        p += length;
        if (p >= text.size()) break;
        if (!is_space(code_point_at(text, p, length))) return false;
        p += length;
    }
    return chars >= min_chars;
}

// "星期六", "星期 日", "禮拜三": a header's weekday printed on a line of its own.
bool is_weekday_alone(std::string_view text) {
    for (const char* prefix : {"星期", "禮拜", "礼拜"}) {
        if (!starts_with(text, prefix)) continue;
        const std::string_view rest = trim(text.substr(std::string_view(prefix).size()));
        for (const char* day : {"一", "二", "三", "四", "五", "六", "日", "天"})
            if (rest == day) return true;
    }
    return false;
}

// "——————", "＊＊＊", "= = =": a drawn rule, at least three of the same kind of symbol.
// 读者热线：020-83331234 如有新闻线索，欢迎来电: the paper's hotline, a word for a contact
// and a phone number of seven digits or more (dashes and spaces allowed inside).
bool is_contact_line(std::string_view text) {
    bool contact_word = false;
    for (const char* word : {"热线", "熱線", "电话", "電話", "邮箱", "郵箱", "传真", "傳真"})
        contact_word = contact_word || text.find(word) != std::string_view::npos;
    if (!contact_word) return false;
    std::size_t digits = 0, best = 0;
    for (char c : text) {
        if (c >= '0' && c <= '9') {
            best = std::max(best, ++digits);
        } else if (c != '-' && c != ' ') {
            digits = 0;
        }
    }
    constexpr std::size_t min_phone_digits = 7;
    return best >= min_phone_digits;
}

// hejk@nysb.com.sg alone on a line (under a byline, in a footer): a reporter's or the desk's
// address, optionally labelled (电邮：, Email:).
bool is_email_line(std::string_view text) {
    for (const char* label : {"电邮:", "電郵:", "邮箱:", "郵箱:", "Email:", "E-mail:", "email:"})
        if (starts_with(text, label)) text = text.substr(std::string_view(label).size());
    while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
    const std::size_t at = text.find('@');
    if (at == std::string_view::npos || at == 0 || text.size() > 64) return false;
    const std::size_t dot = text.find('.', at);
    if (dot == std::string_view::npos || dot == at + 1 || dot + 1 >= text.size()) return false;
    return std::all_of(text.begin(), text.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               c == '@' || c == '.' || c == '_' || c == '-' || c == '+';
    });
}

// 丨, ', 一 alone on a line: what OCR makes of a rule or a speck. A stroke-like character that
// is also a word (一) counts only where no unfinished sentence could go on in it.
bool is_stray_mark(std::string_view text, bool after_finished_text) {
    std::size_t length = 0;
    if (text.empty()) return false;
    const char32_t c = code_point_at(text, 0, length);
    if (length != text.size()) return false;
    if (c == U'一' || c == U'丨' || c == U'丶' || c == U'丿' || c == U'乙')
        return after_finished_text;
    if (is_han(c) || is_digit(c) || (c < 0x80 && std::isalpha(static_cast<unsigned char>(c))))
        return false;
    // Quotation marks and brackets may be pieces of a sentence cut by a break.
    return c == '\'' || c == '`' || c == '|' || c == U'¦' || c == U'｜' || c == U'、' || c == '.' ||
           c == ',' || c == U'·' || c == U'丶' || c == '^' || c == U'′' || c == U'■' || c == U'□' ||
           c == U'●' || c == U'◆' || c == U'◇';
}

// ．．：′, ■■  ▲: a few marks left by rules and pictures in a scan, on a line of their own
// (a cut sentence's closing 。” is no such residue; dots and colons alone count only after
// finished text).
bool is_scan_residue(std::string_view text, bool after_finished_text) {
    constexpr std::size_t max_marks = 8;
    std::size_t marks = 0, p = 0, length = 0;
    bool shapes = false;     // ■, ▲, ′: never the end of a cut sentence
    bool scattered = false;  // marks apart by spaces: no sentence's punctuation
    while (p < text.size()) {
        const char32_t c = code_point_at(text, p, length);
        p += length;
        if (is_space(c)) {
            scattered = scattered || marks > 0;
            continue;
        }
        shapes = shapes || c == U'′' || c == U'″' || c == U'■' || c == U'□' || c == U'▲' ||
                 c == U'△' || c == U'●' || c == U'◆' || c == U'◇' || c == U'▼';
        const bool residue = c == '.' || c == ':' || c == U'′' || c == U'″' || c == '\'' ||
                             c == '`' || c == '^' || c == '|' || c == U'¦' || c == U'｜' ||
                             c == U'■' || c == U'□' || c == U'▲' || c == U'△' || c == U'●' ||
                             c == U'◆' || c == U'◇' || c == U'▼' || c == U'·' || c == ',' ||
                             c == U'‘' || c == U'’';
        if (!residue) return false;
        ++marks;
    }
    return (after_finished_text || shapes || scattered) && marks >= 2 && marks <= max_marks;
}

bool is_rule_line(std::string_view text) {
    std::size_t count = 0, p = 0, length = 0;
    while (p < text.size()) {
        const char32_t c = code_point_at(text, p, length);
        const bool rule = c == U'—' || c == '-' || c == '_' || c == '=' || c == '*' || c == U'＊' ||
                          c == '~' || c == U'～' || c == U'─' || c == U'━' || c == U'…' ||
                          c == U'·' || c == U'※' || c == U'☆' || c == U'★';
        if (!rule && !is_space(c)) return false;
        if (rule) ++count;
        p += length;
    }
    return count >= 3;
}

// "A3", "03", "- 3 -", "—3—": a page number printed alone in a header or footer.
bool is_bare_page_number(std::string_view text) {
    std::size_t digits = 0, letters = 0, p = 0, length = 0;
    while (p < text.size()) {
        const char32_t c = code_point_at(text, p, length);
        if (is_ascii_digit(c))
            ++digits;
        else if ((c >= 'A' && c <= 'Z') && digits == 0)
            ++letters;
        else if (c != '-' && c != U'—' && c != U'－' && !is_space(c))
            return false;
        p += length;
    }
    return digits >= 1 && digits <= 3 && letters <= 1;
}

// Evidence that a line is a page header or footer: how many kinds of furniture token it
// carries (a date or weekday, a page or issue number, a paper's name, an editor's credit, the
// weather) and whether a layout gap of three or more spaces separates its parts.
struct HeaderEvidence {
    int kinds = 0;
    bool wide_gap = false;
};

bool is_page_token(std::string_view part) {
    if (starts_with_page_number(part)) return true;  // 第3版, A3版
    // A07, B3: a section letter and the page number, the way tabloids print it.
    std::size_t p = 0;
    if (p < part.size() && part[p] >= 'A' && part[p] <= 'Z') ++p;
    const std::size_t digits_begin = p;
    while (p < part.size() && is_ascii_digit(static_cast<unsigned char>(part[p]))) ++p;
    if (digits_begin == 1 && p > digits_begin && p - digits_begin <= 2 && p == part.size())
        return true;
    // A4-A5: a spread of two pages.
    const std::size_t dash = part.find('-');
    if (dash != std::string_view::npos && dash > 0 && is_page_token(part.substr(0, dash)) &&
        is_page_token(part.substr(dash + 1)))
        return true;
    // 第21358期, 今日8版: the issue number or the page count (第3期(总第128期) with its running
    // number too).
    std::string_view numbered = part;
    for (const char* running : {"(总第", "（总第", "(總第", "（總第"}) {
        const std::size_t open = numbered.find(running);
        if (open != std::string_view::npos && open > 0) numbered = numbered.substr(0, open);
    }
    if ((starts_with(numbered, "第") || starts_with(numbered, "今日")) &&
        (ends_with(numbered, "期") || ends_with(numbered, "版")) && char_count(numbered) <= 10)
        return true;
    // 2026年第4期（总第152期）: a newsletter's issue of the year, and its running number.
    std::size_t q = 0;
    while (q < part.size() && is_ascii_digit(static_cast<unsigned char>(part[q]))) ++q;
    if (q == 4 && starts_with(part.substr(q), "年")) {
        std::string_view issue = part.substr(q + 3);
        for (const char* running : {"(总第", "（总第", "(總第", "（總第"}) {
            const std::size_t open = issue.find(running);
            if (open != std::string_view::npos && open > 0) issue = issue.substr(0, open);
        }
        return starts_with(issue, "第") && ends_with(issue, "期") && char_count(issue) <= 8;
    }
    return false;
}

// 第24817号: a daily's running issue number, printed in its masthead beside the page count
// (at least three figures, unlike a 第5号 typhoon or decree).
bool is_running_issue_number(std::string_view part) {
    if (!starts_with(part, "第") || !(ends_with(part, "号") || ends_with(part, "號"))) return false;
    const std::string_view digits = part.substr(3, part.size() - 6);
    return digits.size() >= 3 && digits.size() <= 6 &&
           std::all_of(digits.begin(), digits.end(),
                       [](char c) { return is_ascii_digit(static_cast<unsigned char>(c)); });
}

// 2026.11.30, 2026-11-30, 2026/11/30: a date in figures only.
bool is_numeric_date(std::string_view part) {
    std::size_t p = 0, groups = 0;
    while (p < part.size()) {
        const std::size_t begin = p;
        while (p < part.size() && is_ascii_digit(static_cast<unsigned char>(part[p]))) ++p;
        const std::size_t digits = p - begin;
        if (digits == 0 || digits > 4 || (groups == 0 && digits != 4) || (groups > 0 && digits > 2))
            return false;
        ++groups;
        if (p == part.size()) break;
        if (part[p] != '.' && part[p] != '-' && part[p] != '/') return false;
        ++p;
    }
    return groups == 3;
}

bool has_weekday(std::string_view part) {
    for (const char* word : {"星期", "礼拜", "禮拜", "农历", "農曆", "週一", "週二", "週三", "週四",
                             "週五", "週六", "週日"})
        if (part.find(word) != std::string_view::npos) return true;
    return false;
}

bool has_date(std::string_view part) {
    if (find_full_date(part) != std::string_view::npos || is_numeric_date(part)) return true;
    // 中華民國115年3月12日, 二〇二五年十一月十六日: a year, a month and a day in any numerals;
    // a monthly's 二〇二五年十月: a four-figure year and a month, nothing else.
    const std::size_t year = part.find("年");
    if (year == std::string_view::npos || part.find("月", year) == std::string_view::npos)
        return false;
    if (part.find("日", year) != std::string_view::npos) return char_count(part) <= 16;
    return char_count(part.substr(0, year)) == 4 && ends_with(part, "月") && char_count(part) <= 8;
}

// CN31-0199: the registration number China's press administration gives a paper, printed
// in its masthead (CN, two digits, a hyphen, four digits, sometimes /F or /(D)).
bool has_registration_number(std::string_view part) {
    for (std::size_t at = part.find("CN"); at != std::string_view::npos;
         at = part.find("CN", at + 2)) {
        std::size_t p = at + 2, digits = 0;
        while (p < part.size() && is_ascii_digit(static_cast<unsigned char>(part[p])))
            ++p, ++digits;
        if (digits != 2 || p >= part.size() || part[p] != '-') continue;
        ++p;
        digits = 0;
        while (p < part.size() && is_ascii_digit(static_cast<unsigned char>(part[p])))
            ++p, ++digits;
        if (digits == 4) return true;
    }
    return false;
}

HeaderEvidence header_evidence(std::string_view text) {
    HeaderEvidence evidence;
    bool date = false, weekday = false, page = false, paper = false, editor = false,
         weather = false, registration = false, issue = false;
    std::size_t p = 0, spaces = 0, parts = 0;
    while (p < text.size()) {
        std::size_t length = 0;
        if (is_space(code_point_at(text, p, length))) {
            if (++spaces >= 3) evidence.wide_gap = true;
            p += length;
            continue;
        }
        spaces = 0;
        std::size_t end = p;
        while (end < text.size() && !is_space(code_point_at(text, end, length))) end += length;
        const std::string_view part = text.substr(p, end - p);
        p = end;
        ++parts;
        date = date || has_date(part);
        weekday = weekday || has_weekday(part);
        page = page || is_page_token(part);
        issue = issue || is_running_issue_number(part);
        const std::size_t chars = char_count(part);
        // 江城日报, 臺灣晨報, 中共东川省委机关报: a paper's name is a short word ending in 报.
        // (临川市生态环境局办公室编: a bulletin's issuing office counts as its publisher.)
        paper =
            paper ||
            ((ends_with(part, "报") || ends_with(part, "報") || ends_with(part, "出版") ||
              ends_with(part, "主办") || ends_with(part, "主辦") || ends_with(part, "办公室编") ||
              ends_with(part, "辦公室編") || ends_with(part, "编印") || ends_with(part, "編印") ||
              // 南湖大学校友通讯, 生态环境简报: a newsletter's or bulletin's name
              ((ends_with(part, "通讯") || ends_with(part, "通訊") || ends_with(part, "简报") ||
                ends_with(part, "簡報") || ends_with(part, "周刊") || ends_with(part, "週刊")) &&
               chars >= 4)) &&
             chars >= 2 && chars <= 16);
        for (const char* word : {"责任编辑", "责编", "编辑", "美编", "校对", "版式", "审核", "編輯",
                                 "責編", "美編", "校對", "组版", "組版"})
            editor = editor || starts_with(part, word);
        // 天气：晴 15～25℃ (not 天气预报, a box's label, nor 天气 alone, a table's column).
        weather = weather || ((starts_with(part, "天气") || starts_with(part, "天氣")) &&
                              part.size() > std::string_view("天气").size() &&
                              !starts_with(part, "天气预报") && !starts_with(part, "天氣預報"));
        // 内部资料 免费交流: a newsletter's restricted circulation, printed in its masthead.
        for (const char* word : {"内部资料", "内部刊物", "免费交流", "内部交流", "內部資料"})
            registration = registration || part == word;
        // 今日16版: how many pages today's issue has.
        page = page || (starts_with(part, "今日") && ends_with(part, "版") && chars <= 6);
        // CN31-0199, 国内统一连续出版物号CN11-0001: the paper's registration number.
        registration = registration || has_registration_number(part);
    }
    // 本报地址：… 邮编：… 零售价：1.00元: the paper's imprint, two of its words or more.
    int imprint_words = 0;
    const bool labelled = text.find("：") != std::string_view::npos ||
                          text.find(':') != std::string_view::npos ||
                          text.find("号") != std::string_view::npos;
    if (labelled)  // imprint fields are labelled (邮编：); most lines are not
        for (const char* word :
             {"地址", "邮编", "邮政编码", "零售价", "定价", "广告热线", "发行热线", "新闻热线",
              "印刷", "出版物号", "邮发代号", "郵編", "零售價"})
            if (text.find(word) != std::string_view::npos) ++imprint_words;
    const bool imprint = imprint_words >= 2;
    evidence.kinds = int{date} + int{weekday} + int{page} + int{paper} + int{editor} +
                     int{weather} + int{issue} + 2 * int{imprint} + 2 * int{registration};
    // 经济 | 07版: a section name and the page number, a few short parts.
    constexpr std::size_t max_section_line_chars = 12;
    if (page && parts >= 2 && char_count(text) <= max_section_line_chars) ++evidence.kinds;
    return evidence;
}

bool bracketed(std::string_view text) {
    if (text.empty()) return false;
    std::size_t length = 0;
    const Tail tail = tail_of(text);
    return is_open_paren(code_point_at(text, 0, length)) && tail.count > 0 &&
           is_close_paren(tail.last[0]);
}

// （完）, （未完待续）: marks that end an article or announce its continuation.
bool is_end_mark(std::string_view text) {
    if (!bracketed(text)) return false;
    for (const char* mark : {"完", "全文完", "本文完", "待续", "未完待续", "续完", "终"}) {
        const std::string_view m(mark);
        if (text.size() >= m.size() + 2 && text.find(m) != std::string_view::npos &&
            char_count(text) == char_count(m) + 2)
            return true;
    }
    return false;
}

const char* const builtin_caption_prefixes[] = {
    "图为", "圖為", "圖爲",     "上图", "下图", "左图", "右图", "中图", "图①",  "图②", "图③",
    "图④",  "图⑤",  "图片说明", "图:",  "图1",  "图2",  "图3",  "图4",  "插图", "圖:", "圖片說明"};
// Labels printed over several items of a page (图片新闻 over photo-news items): page
// furniture, not the headline of the first item.
const char* const builtin_multi_item_labels[] = {
    "图片新闻", "新闻图片", "图片报道", "简讯",     "快讯",     "新闻速递", "图片新聞",
    "簡訊",     "导读",     "今日导读", "要闻导读", "本期导读", "導讀"};
// How labels over a run of briefs end (体坛速递, 本地简讯, 国际快讯).
const char* const builtin_briefs_label_endings[] = {"速递", "简讯", "快讯", "速览", "短波", "动态",
                                                    "传真", "简报", "短讯", "簡訊", "快訊", "速遞",
                                                    "動態", "傳真", "簡報", "短訊", "消息"};
const char* const builtin_caption_suffixes[] = {
    "摄",   "供图",     "提供",   "摄影",     "资料图片", "资料图",   "攝",      "供圖",
    "攝影", "資料圖片", "資料圖", "资料照片", "資料照片", "档案照片", "檔案照片"};

// 改造后的东段匝道车流顺畅。: one short sentence, no comma, no quotation: the shape of a
// photo's caption.
bool is_bare_caption_sentence(std::string_view text) {
    constexpr std::size_t max_caption_chars = 16;
    if (char_count(text) > max_caption_chars || !ends_with_terminal(text)) return false;
    for (std::string_view mark : {",", "，", "“", "”", "\"", "「", "」", ";", "；", ":", "："})
        if (text.find(mark) != std::string_view::npos) return false;
    const std::size_t last = last_char_begin(text);
    return last_sentence_end(text.substr(0, last)) == 0;
}

// The article's byline credits photographs: 文/图, 摄影：X, X 摄.
// Whether `people` name `person` (the same name; roles may differ).
bool names(const std::vector<Author>& people, const Author& person) {
    return std::any_of(people.begin(), people.end(),
                       [&](const Author& known) { return known.name == person.name; });
}

bool photos_credited(const Article& article) {
    return std::any_of(article.authors.begin(), article.authors.end(), [](const Author& a) {
        return a.role == AuthorRole::photographer || a.role_text.find("图") != std::string::npos ||
               a.role_text.find("圖") != std::string::npos;
    });
}

// 受访专家：市第一人民医院急诊科主任 郑立群: the line naming who was interviewed.
bool is_interviewee_note(std::string_view text) {
    return starts_with(text, "受访专家:") || starts_with(text, "受訪專家:") ||
           starts_with(text, "受访者:") || starts_with(text, "受訪者:");
}

// · 乐龄人士数码学习计划扩大（A8）, 详见第3版: a related story's title and the page it is on,
// as a 相关新闻 box lists them.
bool is_cross_reference_line(std::string_view text) {
    constexpr std::size_t max_reference_chars = 40;
    if (char_count(text) > max_reference_chars) return false;
    const Tail last = tail_of(text);
    if (last.count == 0 || !is_close_paren(last.last[0])) return false;
    const std::size_t close = last_char_begin(text);
    std::size_t open = std::string_view::npos;
    for (std::size_t i = close; i-- > 0;) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
        std::size_t length = 0;
        if (is_open_paren(code_point_at(text, i, length))) {
            open = i + length;
            break;
        }
    }
    if (open == std::string_view::npos || open < 4) return false;  // a title before it
    std::string_view page = text.substr(open, close - open);
    for (std::string_view prefix : {"详见", "見", "见", "第"})
        if (starts_with(page, prefix)) page.remove_prefix(prefix.size());
    if (ends_with(page, "版")) page.remove_suffix(std::string_view("版").size());
    std::size_t p = 0, letters = 0, digits = 0;
    while (p < page.size() && page[p] >= 'A' && page[p] <= 'Z' && letters < 2) ++p, ++letters;
    while (p < page.size() && page[p] >= '0' && page[p] <= '9' && digits < 3) ++p, ++digits;
    return p == page.size() && digits > 0 &&
           (letters > 0 || text.find("版") != std::string_view::npos);
}

// Labels of the facts a box gives about a book, a show or an event (not a page's staff or
// contact lines, which are furniture).
constexpr std::string_view box_field_labels[] = {
    "作者", "出版", "出版社", "译者", "定价", "时间", "地点", "票价", "展期", "导演", "主演",
    "类型", "片长", "譯者",   "定價", "時間", "地點", "票價", "展期", "導演", "類型", "片長"};

// 作者：吴明哲　出版：南瀛文化, 时间：5月1日 地点：市博物馆: two or more fields on one line,
// each a short label, a colon and a value, apart by spaces: a box's line, not a title.
bool is_labelled_fields_line(std::string_view text) {
    constexpr std::size_t max_label_chars = 4, max_line_chars = 40;
    if (char_count(text) > max_line_chars) return false;
    std::size_t fields = 0;
    for (std::size_t begin = 0; begin < text.size();) {
        std::size_t end = text.find(' ', begin);
        if (end == std::string_view::npos) end = text.size();
        if (end > begin) {
            const std::string_view field = text.substr(begin, end - begin);
            const std::size_t colon = field.find(':');
            if (colon == std::string_view::npos || colon == 0 || colon + 1 >= field.size())
                return false;
            const std::string_view label = field.substr(0, colon);
            if (char_count(label) > max_label_chars ||
                std::none_of(std::begin(box_field_labels), std::end(box_field_labels),
                             [&](std::string_view known) { return label == known; }))
                return false;
            ++fields;
        }
        begin = end + 1;
    }
    return fields >= 2;
}

// 【法官说法】: a whole line in lenticular brackets, the way rubrics and sections are printed.
// 〖艺苑杂谈〗 and ［读者热线］ (read as [读者热线] after normalization) are printed the same way.
bool in_lenticular_brackets(std::string_view text) {
    return (starts_with(text, "【") && ends_with(text, "】")) ||
           (starts_with(text, "〖") && ends_with(text, "〗")) ||
           (text.size() > 2 && text.front() == '[' && text.back() == ']' &&
            static_cast<unsigned char>(text[1]) >= 0x80);
}

// The text without its spaces (公　告 → 公告, 停 水 通 知 → 停水通知).
std::string without_spaces(std::string_view text) {
    std::string squeezed;
    for (std::size_t p = 0, length = 0; p < text.size(); p += length)
        if (!is_space(code_point_at(text, p, length))) squeezed.append(text.substr(p, length));
    return squeezed;
}

// The words of a label: bullets, spaces and 【】 around it removed.
std::string_view label_words(std::string_view text) {
    while (!text.empty()) {
        std::size_t length = 0;
        const char32_t c = code_point_at(text, 0, length);
        if (!is_bullet(c) && !is_space(c)) break;
        text.remove_prefix(length);
    }
    if (in_lenticular_brackets(text) && text.size() > 6)
        text = trim(text.substr(3, text.size() - 6));
    return text;
}

// ■ 城市速递, 【快讯】, 本地简讯: a label printed over a run of briefs.
// A label known whole (快讯, 图片新闻) heads several items whatever follows; one known only by
// its ending (社区动态, 城市速递) only over items with headlines of their own: over bare
// paragraphs (行业动态 / item / item) it is the title of one box of items.
bool is_items_label(std::string_view text, bool headline_follows) {
    constexpr std::size_t max_label_chars = 8;
    const std::string squeezed = without_spaces(label_words(text));  // 简　讯
    const std::string_view label = squeezed;
    if (label.empty() || char_count(label) > max_label_chars) return false;
    if (std::any_of(std::begin(builtin_multi_item_labels), std::end(builtin_multi_item_labels),
                    [&](const char* l) { return label == l; }))
        return true;
    return headline_follows && std::any_of(std::begin(builtin_briefs_label_endings),
                                           std::end(builtin_briefs_label_endings),
                                           [&](const char* e) { return ends_with(label, e); });
}

// …有人爱。（打一蔬菜）: a sentence ended, then perhaps a note in brackets after it.
bool ends_after_sentence(std::string_view text) {
    if (ends_with_terminal(text)) return true;
    const Tail tail = tail_of(text);
    if (tail.count == 0 || !is_close_paren(tail.last[0])) return false;
    constexpr std::size_t max_note_bytes = 30 * 3;
    for (std::size_t i = text.size(); i-- > 0 && text.size() - i <= max_note_bytes;) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
        std::size_t length = 0;
        if (is_open_paren(code_point_at(text, i, length)))
            return i > 0 && ends_with_terminal(text.substr(0, i));
    }
    return false;
}

// 公告, 启事, 声明: the title of a notice, which may be printed alone and letter-spaced.
bool is_notice_word(std::string_view text) {
    for (const char* word : {"公告", "通告", "启事", "啟事", "通知", "声明", "聲明", "公示", "讣告",
                             "訃告", "告示", "倡议书", "倡議書", "公开信", "公開信"})
        if (text == word) return true;
    return false;
}

// 受访专家：李文华 主任医师: a short label, a colon, then what it labels.
bool is_label_note(std::string_view text) {
    constexpr std::size_t max_label_chars = 6;
    std::size_t colon = text.find("：");
    if (colon == std::string_view::npos) colon = text.find(':');
    return colon != std::string_view::npos && colon > 0 &&
           char_count(text.substr(0, colon)) <= max_label_chars &&
           !trim(text.substr(colon + (text[colon] == ':' ? 1 : 3))).empty();
}

// （据新华社）, （据《人民日报》）, （来源：新华网）: the source of a reprinted item, ending it.
bool is_source_note(std::string_view text) {
    if (!bracketed(text)) return false;
    std::size_t length = 0;
    code_point_at(text, 0, length);
    const std::string_view inner = text.substr(length);
    constexpr std::size_t max_source_chars = 30;
    // （中国图书馆学会阅读推广委员会供稿）: who contributed the item.
    const std::string_view before_close = text.substr(0, last_char_begin(text));
    // （信息来源：市发展改革委）, （资料来源：…）: a source named after a short label.
    constexpr std::size_t max_label_bytes = 4 * 3;
    const std::size_t source = std::min(inner.find("来源"), inner.find("來源"));
    // （合作社办公室）, （县农业农村局）: the office that supplied the item, by name alone.
    const std::string_view unit = before_close.substr(length);
    bool unit_source = false;
    constexpr std::size_t min_unit_chars = 3, max_unit_chars = 12;
    const std::size_t unit_chars = char_count(unit);
    const bool round =
        starts_with(text, "（") || starts_with(text, "(");  // 【记者帮办】 is a rubric
    if (round && unit_chars >= min_unit_chars && unit_chars <= max_unit_chars) {
        bool han = true;
        for (std::size_t i = 0, l = 0; i < unit.size() && han; i += l)
            han = is_han(code_point_at(unit, i, l));
        for (const char* ending : {"办公室", "中心", "委员会", "合作社", "公司", "协会", "局", "办",
                                   "委", "站", "所", "處", "辦公室", "委員會"})
            unit_source = unit_source || (han && ends_with(unit, ending));
    }
    return char_count(text) <= max_source_chars &&
           (unit_source || starts_with(inner, "据") || starts_with(inner, "據") ||
            source <= max_label_bytes || starts_with(inner, "综合") || starts_with(inner, "綜合") ||
            starts_with(inner, "本报综合") || starts_with(inner, "本報綜合") ||
            ends_with(before_close, "供稿") || starts_with(inner, "供稿") ||  // （供稿：X）
            starts_with(inner, "稿源"));
}

// 数据来源：同花顺iFinD: where a chart's or table's figures come from.
// （中新社）, （新华社）, （路透社电）: a news agency alone in parentheses.
bool is_agency_note(std::string_view text) {
    if (!bracketed(text)) return false;
    std::size_t open = 0;
    code_point_at(text, 0, open);
    const std::size_t close = text.size() - last_char_begin(text);
    const std::string_view inner = trim(text.substr(open, text.size() - open - close));
    constexpr std::size_t max_agency_chars = 6;
    if (inner.empty() || char_count(inner) > max_agency_chars) return false;
    for (std::size_t i = 0, length = 0; i < inner.size(); i += length)
        if (!is_han(code_point_at(inner, i, length))) return false;
    return ends_with(inner, "社") || ends_with(inner, "社电") || ends_with(inner, "社電") ||
           ends_with(inner, "社发") || ends_with(inner, "社發");
}

bool is_data_source_note(std::string_view text) {
    // （数据来源：省农业农村厅市场信息中心）: in parentheses too.
    if (starts_with(text, "(") || starts_with(text, "（")) {
        std::size_t length = 0;
        code_point_at(text, 0, length);
        text.remove_prefix(length);
    }
    // 製表：本報財經組: who set the table, printed like its source.
    for (const char* label :
         {"数据来源", "资料来源", "图表来源", "數據來源", "資料來源", "制表", "製表"}) {
        if (!starts_with(text, label)) continue;
        const std::string_view rest = text.substr(std::string_view(label).size());
        return starts_with(rest, "：") || starts_with(rest, ":");
    }
    return false;
}

// 综合外电, 综合新华社电: a compiled report's sources on a line of their own.
bool is_compiled_source_line(std::string_view text) {
    constexpr std::size_t max_chars = 12;
    if (char_count(text) > max_chars || text.find(' ') != std::string_view::npos) return false;
    return (starts_with(text, "综合") || starts_with(text, "綜合")) &&
           (ends_with(text, "电") || ends_with(text, "電") || ends_with(text, "报道") ||
            ends_with(text, "報導") || ends_with(text, "消息"));
}

// 相关链接, 【延伸阅读】: a sidebar printed beside an article is an item of its own, not a
// section of the article above.
bool is_sidebar_label(std::string_view text) {
    const std::string_view label = label_words(text);
    // 行业动态, 城市速递: a box of briefs is no section of the story above.
    if (is_items_label(text, true)) return true;
    // 出行提示, 健康小贴士, 安全提醒: a box of advice beside the story.
    constexpr std::size_t max_box_label_chars = 6;
    if (char_count(label) <= max_box_label_chars &&
        (ends_with(label, "提示") || ends_with(label, "贴士") || ends_with(label, "提醒") ||
         ends_with(label, "貼士")))
        return true;
    // 政策问答, 法律问答, 专家答疑: questions and answers boxed beside the story.
    if (char_count(label) <= max_box_label_chars &&
        (ends_with(label, "问答") || ends_with(label, "問答") || ends_with(label, "答疑")))
        return true;
    // 考生须知, 游客须知: a box of rules for readers.
    if (char_count(label) <= max_box_label_chars &&
        (ends_with(label, "须知") || ends_with(label, "須知")))
        return true;
    // 台胞心声, 群众心声: a box of voices beside the story.
    if (char_count(label) <= max_box_label_chars &&
        (ends_with(label, "心声") || ends_with(label, "心聲")))
        return true;
    // 住警器小檔案, 非遗小档案: a fact box about the story's subject.
    constexpr std::size_t max_fact_box_chars = 8;
    if (char_count(label) <= max_fact_box_chars &&
        (ends_with(label, "小档案") || ends_with(label, "小檔案") || ends_with(label, "小知识") ||
         ends_with(label, "小知識") || ends_with(label, "小常识") || ends_with(label, "小常識") ||
         ends_with(label, "小贴士") || ends_with(label, "小貼士") || ends_with(label, "知多少")))
        return true;
    // 關於…的通告: a notice titled in full is an item of its own too.
    constexpr std::size_t max_notice_title_chars = 40;
    if ((starts_with(label, "关于") || starts_with(label, "關於")) &&
        char_count(label) <= max_notice_title_chars &&
        (ends_with(label, "通告") || ends_with(label, "公告") || ends_with(label, "通知")))
        return true;
    // 會務通告, 招聘启事, 遗失声明, 澳門特別行政區政府旅遊局公告: a notice is an item of its own.
    constexpr std::size_t max_notice_label_chars = 20;
    if (char_count(label) <= max_notice_label_chars &&
        (ends_with(label, "通告") || ends_with(label, "公告") || ends_with(label, "启事") ||
         ends_with(label, "啟事") || ends_with(label, "声明") || ends_with(label, "聲明")))
        return true;
    for (const char* word :
         {"链接",     "相关链接", "新闻链接",   "背景链接",   "知识链接",   "延伸阅读", "背景资料",
          "名词解释", "相关新闻", "相关阅读",   "专家提醒",   "温馨提示",   "记者手记", "采访手记",
          "编后",     "编后语",   "記者手記",   "小贴士",     "数读",       "数说",     "數讀",
          "數說",     "数字",     "一图读懂",   "名詞解釋",   "小貼士",     "相關連結", "相关连结",
          "背景資料", "相關新聞", "书讯",       "書訊",       "相關鏈接",   "延伸閱讀", "專家提醒",
          "溫馨提示", "专家观点", "專家觀點",   "专家解读",   "專家解讀",   "读者热线", "讀者熱線",
          "猜谜语",   "谜语",     "脑筋急转弯", "知识窗",     "小知识",     "你知道吗", "律师说法",
          "法官说法", "律师提醒", "法官提醒",   "人物名片",   "人物档案",   "人物简介", "律師說法",
          "法官提醒", "机构观点", "機構觀點",   "市场观察",   "市場觀察",   "专家说",   "專家說",
          "读者来信", "讀者來信", "检察官说法", "檢察官說法", "专家说法",   "記者說法", "记者说法",
          "专家建议", "專家建議", "专家支招",   "读者问答",   "讀者問答",   "专家答疑", "專家答疑",
          "医生答疑", "醫生答疑", "科普问答",   "科普問答",   "专家点评",   "專家點評", "专家评论",
          "專家評論", "专家视角", "專家視角",   "行情分析",   "市场分析",   "行情解读", "市场解读",
          "行情點評", "行情点评", "市場分析",   "行情解讀",   "新闻辞典",   "新聞辭典", "小辞典",
          "小辭典",   "新闻词典", "新聞詞典",   "医师小叮咛", "醫師小叮嚀", "小叮咛",   "小叮嚀",
          "医生提醒", "醫生提醒"})
        if (label == word) return true;
    return false;
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

}  // namespace

// 航空职业技能大赛在西安落幕 / 第五届全国航空职业技能大赛近日在西安落幕，…: a news lead
// restates its headline in its first sentence; a section heading announces what follows and
// shares a word or two with it (从卖产品到卖方案 / …从“卖产品”到“卖方案”). True when at least
// 4/5 of the heading's characters appear in order at the start of `lead` (its first sentence,
// at most 32 characters), and half of them (at least 6) as one unbroken run.
bool lead_restates_heading(std::string_view heading, std::string_view lead) {
    constexpr std::size_t min_heading_chars = 6, max_sentence_chars = 32;
    // “江水每天都不一样” / “江水每天都不一样，有时候…”: a quotation heading a section is pulled
    // from the text under it, which quotes it again; it restates no news.
    if ((starts_with(heading, "“") && ends_with(heading, "”")) ||
        (starts_with(heading, "「") && ends_with(heading, "」")))
        return false;
    std::vector<char32_t> head, sentence;
    for (std::size_t p = 0, length = 0; p < heading.size(); p += length) {
        const char32_t c = code_point_at(heading, p, length);
        if (!is_space(c)) head.push_back(c);
    }
    for (std::size_t p = 0, length = 0; p < lead.size() && sentence.size() < max_sentence_chars;
         p += length) {
        const char32_t c = code_point_at(lead, p, length);
        if (c == U'。' || c == U'！' || c == U'？' || c == U'；') break;
        if (!is_space(c)) sentence.push_back(c);
    }
    if (head.size() < min_heading_chars || sentence.empty()) return false;
    // Longest common subsequence and longest common run, one row at a time (both sides are
    // short and bounded).
    const std::size_t n = sentence.size();
    std::vector<std::size_t> row(n + 1, 0), previous(n + 1, 0), run(n + 1, 0),
        previous_run(n + 1, 0);
    std::size_t longest_run = 0;
    for (char32_t h : head) {
        std::swap(row, previous);
        std::swap(run, previous_run);
        for (std::size_t j = 1; j <= n; ++j) {
            const bool same = h == sentence[j - 1];
            row[j] = same ? previous[j - 1] + 1 : std::max(previous[j], row[j - 1]);
            run[j] = same ? previous_run[j - 1] + 1 : 0;
            longest_run = std::max(longest_run, run[j]);
        }
    }
    // 將軍澳新盤首輪沽清 / 將軍澳日出康城一個新盤上周六首輪推售…，全數沽清: a headline of nine
    // characters or more whose every character the lead's sentence spells in order.
    constexpr std::size_t min_spelled_heading_chars = 9;
    if (head.size() >= min_spelled_heading_chars && row[n] * 10 >= head.size() * 9) return true;
    // 何卓賢獲封最佳新人 / 本地新晉演員何卓賢憑網劇《夜更》獲得…最佳新人獎: all the headline's
    // characters but one, in order, with runs of three or more.
    constexpr std::size_t min_run_chars = 3;
    if (head.size() >= min_spelled_heading_chars && row[n] + 1 >= head.size() &&
        longest_run >= min_run_chars)
        return true;
    return row[n] * 5 >= head.size() * 4 && longest_run >= min_heading_chars &&
           longest_run * 2 >= head.size();
}

Item make_item(Item::Type type, std::size_t line) {
    Item item;
    item.type = type;
    item.line = line;
    return item;
}

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
    std::size_t join_split_name_byline(std::size_t index);
    std::size_t join_wrapped_byline_name(std::size_t index);
    std::size_t apply_joined_byline(std::size_t index, std::size_t extra_lines,
                                    std::size_t joined_size,
                                    const std::vector<std::pair<std::size_t, std::size_t>>& starts,
                                    BylineResult best, const char* rule);
    void find_end_credit(Line& line) const;
    void find_editor_trailer(Line& line) const;
    bool mark_run_in_briefs(const std::vector<std::size_t>& nonblank, std::size_t k);
    void skip_bullet(const Line& line);
    void mark_bulleted_briefs_after_records();
    void mark_semicolon_breaks();
    void mark_cuts_before_speech_verbs();
    void mark_titles_inside_cut_paragraphs();
    void join_wrapped_end_credits();
    void mark_contact_blocks();
    void mark_decimal_breaks();
    bool column_over_one_item(const std::vector<std::size_t>& nonblank, std::size_t k) const;
    std::size_t items_under_label(const std::vector<std::size_t>& nonblank, std::size_t k) const;
    std::size_t trailing_photo_credit(std::string_view text, std::size_t base,
                                      BylineResult& credit) const;
    void mark_verse();
    void mark_unpunctuated_verse();
    void mark_chart_blocks();
    void mark_captions_over_credits();
    void mark_captions_under_credits();
    void mark_credits_under_headlines();
    bool headline_inside_paragraph(std::size_t line) const;
    std::size_t join_cut_dotted_name(std::size_t index);
    void mark_question_crossheads();
    bool question_head_shape(std::size_t line) const;
    void mark_result_lines();
    void mark_notice_signatures();
    void mark_lines_over_headlines();
    void build_items();
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
    void add_headlines(std::size_t article, const std::vector<std::size_t>& group,
                       double confidence);
    void add_byline(std::size_t article, const Line& line);
    void add_byline(std::size_t article, const BylineResult& parse, Span line_span);
    void add_paragraph(std::size_t article, const Item& item);
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
        bool closed = false;       // an end credit or a trailing dateline was seen
        bool displaced = false;    // headline arrived after byline and lead
        bool byline_line = false;  // a byline on a line of its own (not in a dateline)
        bool prose = false;        // a paragraph that is no line of verse was added
        std::size_t displaced_paragraph = 0;
        std::size_t displaced_group_size = 0;
        std::size_t displaced_last_line = 0;
    };
    std::vector<State> state_;
    std::vector<Caption> pending_captions_;
    // Bytes at the start of a paragraph's first piece that are not its text (the bullet of a
    // bulleted brief), by the piece's normalized begin; few per page, in line order.
    std::vector<std::pair<std::size_t, std::size_t>> text_skips_;
    std::vector<std::size_t> held_headlines_;  // lines of headlines held for a later article
    std::vector<JumpMarker> pending_jumps_;
    bool limit_hit_ = false;
};

std::string SegmenterImpl::original_text(Span normalized) const {
    const Span o = map(normalized);
    const std::string_view bytes = original_.substr(o.begin, o.end - o.begin);
    // Original bytes unless they are ill-formed UTF-8 (the normalized text is always valid).
    for (std::size_t i = 0; i < bytes.size();) {
        std::size_t length = 0;
        const char32_t c = code_point_at(bytes, i, length);
        if (c == 0xFFFD && !(length == 3 && bytes.compare(i, 3, "\xEF\xBF\xBD") == 0))
            return std::string(text_.substr(normalized.begin, normalized.size()));
        if (c == 0) return std::string(text_.substr(normalized.begin, normalized.size()));
        i += length;
    }
    return std::string(bytes);
}

Dateline SegmenterImpl::map_dateline(const Dateline& d) const {
    Dateline mapped = d;
    mapped.span = map(d.span);
    if (!d.source_span.empty()) mapped.source_span = map(d.source_span);
    if (!d.place_span.empty()) mapped.place_span = map(d.place_span);
    if (!d.date_span.empty()) mapped.date_span = map(d.date_span);
    return mapped;
}

void SegmenterImpl::split_lines() {
    std::size_t begin = 0, blank_run = 0;
    const std::size_t size = text_.size();
    while (begin <= size) {
        std::size_t end = text_.find('\n', begin);
        if (end == std::string::npos) end = size;
        Line line;
        line.raw_begin = begin;
        line.raw_end = end;
        const std::string_view raw = std::string_view(text_).substr(begin, end - begin);
        std::size_t offset = 0;
        const std::string_view content = trim(raw, &offset);
        if (content.empty()) {
            ++blank_run;
            line.kind = Kind::blank;
            line.begin = line.end = begin;
        } else {
            line.begin = begin + offset;
            line.end = line.begin + content.size();
            for (std::size_t i = 0; i < offset; ++i) line.indent += raw[i] == '\t' ? 4 : 1;
            line.chars = char_count(content);
            line.terminal = ends_with_terminal(content);
            const Tail tail = tail_of(content);
            line.continuing = tail.count > 0 && is_continuing_mark(tail.last[0]);
            line.blank_before = blank_run;
            line.kind = Kind::body;
            blank_run = 0;
        }
        lines_.push_back(std::move(line));
        if (end == size) break;
        begin = end + 1;
    }
}

bool SegmenterImpl::classify_caption(Line& line, std::string_view text) const {
    constexpr std::size_t max_caption_chars = 200;
    if (line.chars > max_caption_chars) return false;
    std::string_view stripped = text;
    while (!stripped.empty()) {  // ▲ 图为…: bullets before a caption
        std::size_t length = 0;
        const char32_t c = code_point_at(stripped, 0, length);
        if (c != U'▲' && c != U'△' && c != U'▼' && c != U'↑' && c != U'←' && c != U'→' &&
            c != U'↓' && !is_space(c))
            break;
        stripped.remove_prefix(length);
    }
    // ▲ and arrows point at the photo they describe.
    if (stripped.size() < text.size() && line.chars <= 120) {
        std::size_t length = 0;
        const char32_t first = code_point_at(text, 0, length);
        if (first != ' ' && first != '\t') return true;
    }
    for (const char* prefix : builtin_caption_prefixes)
        if (starts_with(stripped, prefix)) return true;
    // 王思远 隶书 《陶渊明饮酒诗》, 《秋山图》 中国画 李可: a work reproduced on an arts page,
    // labelled by its artist, medium and title.
    constexpr std::size_t max_artwork_caption_chars = 30;
    if (line.chars <= max_artwork_caption_chars && !line.terminal &&
        stripped.find("《") != std::string_view::npos &&
        stripped.find("》") != std::string_view::npos) {
        for (const char* medium : {"隶书", "行书", "草书", "楷书", "篆书", "篆刻", "行草", "中国画",
                                   "国画", "油画", "水彩", "水墨", "版画", "雕塑", "剪纸", "隸書",
                                   "楷書", "篆書", "草書", "國畫", "油畫", "版畫"})
            if (stripped.find(medium) != std::string_view::npos &&
                stripped.find(',') == std::string_view::npos &&
                stripped.find("，") == std::string_view::npos)
                return true;
    }
    // 马莱莱（中）在比赛中射门。: who is where in the photo, in a short sentence.
    constexpr std::size_t max_position_caption_chars = 60;
    if (line.chars <= max_position_caption_chars && ends_with_terminal(stripped) &&
        has_photo_position(stripped))
        return true;
    // ①凌晨四点，货车陆续驶入批发市场。: the numbered captions of a photo story, one short
    // sentence each (a numbered list item in the text ends in ；or runs on).
    {
        constexpr std::size_t max_numbered_caption_chars = 40;
        std::size_t length = 0;
        const char32_t first = code_point_at(stripped, 0, length);
        const Tail last = tail_of(stripped);
        // ②《著作选读》第二卷，人民出版社2023年版，第120页。: a footnote citing a source.
        bool citation = false;
        for (const char* word : {"出版社", "年版", "参见", "參見", "页。", "頁。", "期。"})
            citation = citation || stripped.find(word) != std::string_view::npos;
        if (first >= U'①' && first <= U'⑳' && line.chars <= max_numbered_caption_chars &&
            last.count > 0 && (last.last[0] == U'。' || is_han(last.last[0])) && !line.continuing &&
            !citation)
            return true;
    }
    for (const std::string& prefix : conventions_.caption_prefixes)
        if (!prefix.empty() && starts_with(stripped, prefix)) return true;
    // A photo credit after the last sentence: "…作业。 本报记者 方圆 摄".
    if (ends_with(stripped, "摄") || ends_with(stripped, "摄影") || ends_with(stripped, "攝") ||
        ends_with(stripped, "攝影")) {
        const std::size_t sentence_end = last_sentence_end(stripped);
        const std::string_view credit = trim(stripped.substr(sentence_end));
        // 記者黃志偉／攝影 parses as a reporter's byline (the role word before the name is the
        // role); ending in 攝影 after the caption's sentence, it credits the photo all the same.
        const BylineKind credit_kind =
            credit.empty() ? BylineKind::none : parser_.parse_line(credit).kind;
        if (sentence_end > 0 &&
            (credit_kind == BylineKind::photo_credit || credit_kind == BylineKind::byline))
            return true;
        // 地铁5号线南段一处车站站台  扬子晚报/紫牛新闻记者 万凌云 摄: a caption without a full
        // stop, the credit set off by a gap of two spaces or more.
        const std::size_t gap = stripped.rfind("  ");
        if (sentence_end == 0 && gap != std::string_view::npos && gap > 0) {
            const std::string_view gap_credit = trim(stripped.substr(gap));
            if (!gap_credit.empty() &&
                parser_.parse_line(gap_credit).kind == BylineKind::photo_credit)
                return true;
        }
        // …门上贴着停业告示 成都商报-红星新闻记者 周子涵 摄: after one space, a credit naming a
        // reporter with his role (the role word before the name keeps it a byline parse).
        if (sentence_end == 0) {
            constexpr std::size_t max_tried_spaces = 4, min_caption_bytes = 8 * 3;
            std::size_t end = stripped.size(), tried = 0;
            while (tried++ < max_tried_spaces) {
                const std::size_t space = stripped.rfind(' ', end - 1);
                if (space == std::string_view::npos || space < min_caption_bytes) break;
                const BylineResult parsed = parser_.parse_line(trim(stripped.substr(space)));
                if ((parsed.kind == BylineKind::photo_credit ||
                     parsed.kind == BylineKind::byline) &&
                    !parsed.authors.empty())
                    return true;
                end = space;
            }
        }
    }
    // A credit at the end: "…现场。（张三 摄）", "（受访者供图）".
    std::string_view tail = stripped;
    std::size_t tail_open = std::string_view::npos;  // where the closing parenthesis opens
    const Tail last = tail_of(tail);
    if (last.count > 0 && is_close_paren(last.last[0])) {
        std::size_t length = 0;
        std::size_t close = tail.size() - 1;
        while (close > 0 && (static_cast<unsigned char>(tail[close]) & 0xC0) == 0x80) --close;
        std::size_t open = std::string_view::npos;
        for (std::size_t i = close; i-- > 0 && close - i < 120;) {
            if ((static_cast<unsigned char>(tail[i]) & 0xC0) == 0x80) continue;
            if (is_open_paren(code_point_at(tail, i, length))) {
                open = i;
                break;
            }
        }
        if (open != std::string_view::npos) {
            tail_open = open;
            const std::size_t inner_begin = open + length;
            tail = trim(tail.substr(inner_begin, close - inner_begin));
        }
    }
    // …储能柜。受访者供图: who provided the photo, after the caption's sentence.
    constexpr std::size_t max_credited_caption_chars = 80;
    // …餐具。  香港藝術館提供: a provider after the sentence, apart by a gap.
    if (line.chars <= max_credited_caption_chars &&
        (ends_with(stripped, "供图") || ends_with(stripped, "供圖") ||
         (ends_with(stripped, "提供") && stripped.find("  ") != std::string_view::npos))) {
        const std::size_t sentence_end = last_sentence_end(stripped);
        constexpr std::size_t max_provider_bytes = 16 * 3;  // 中国科学院成都生物研究所供图
        if (sentence_end > 0 && stripped.size() - sentence_end <= max_provider_bytes) return true;
    }
    // …流动加快（示意图）。图片来源：视觉中国: where the picture came from, after the
    // caption's one sentence.
    if (line.chars <= max_credited_caption_chars) {
        for (const char* label : {"图片来源:", "圖片來源:", "图片来源：", "圖片來源："}) {
            const std::size_t at = stripped.rfind(label);
            if (at == std::string_view::npos || at == 0) continue;
            constexpr std::size_t max_source_chars = 12;
            const std::string_view sentence = stripped.substr(0, at);
            const std::string_view source = stripped.substr(at + std::string_view(label).size());
            if (ends_with_terminal(trim(sentence)) && char_count(source) <= max_source_chars &&
                last_sentence_end(sentence.substr(0, last_char_begin(trim(sentence)))) == 0)
                return true;
        }
    }
    // …营业。（摄影：黄俊杰）: the photographer named after a label.
    if (tail.size() < stripped.size() &&
        (starts_with(tail, "摄影：") || starts_with(tail, "摄影:") || starts_with(tail, "攝影：") ||
         starts_with(tail, "攝影:") || starts_with(tail, "图：") || starts_with(tail, "图:")))
        return true;
    // 夜幕下的古镇老街。    摄影/邵 峰: the photographer's label and name after one
    // sentence, unbracketed.
    if (const std::size_t sentence_end = last_sentence_end(stripped); sentence_end > 0) {
        const std::string_view credit = trim(stripped.substr(sentence_end));
        constexpr std::size_t max_label_credit_chars = 10;
        const std::string_view sentence = stripped.substr(0, sentence_end);
        if (!credit.empty() && char_count(credit) <= max_label_credit_chars &&
            (starts_with(credit, "摄影/") || starts_with(credit, "摄影：") ||
             starts_with(credit, "摄影:") || starts_with(credit, "攝影/") ||
             starts_with(credit, "攝影：") || starts_with(credit, "攝影:") ||
             starts_with(credit, "摄影／") || starts_with(credit, "攝影／")) &&
            last_sentence_end(sentence.substr(0, last_char_begin(sentence))) == 0)
            return true;
    }
    // 刘静怡在比赛中。 新华社发: an agency's photo credit after one sentence, unbracketed.
    if (const std::size_t sentence_end = last_sentence_end(stripped); sentence_end > 0) {
        const std::string_view credit = trim(stripped.substr(sentence_end));
        constexpr std::size_t max_agency_credit_chars = 6;
        const std::string_view sentence = stripped.substr(0, sentence_end);
        const std::size_t last_begin = last_char_begin(sentence);
        if (!credit.empty() && char_count(credit) <= max_agency_credit_chars &&
            (ends_with(credit, "社发") || ends_with(credit, "社發")) &&
            last_sentence_end(sentence.substr(0, last_begin)) == 0)
            return true;
    }
    // …消暑。（法新社）, （新华社发）: a news agency's photo after the caption's sentence.
    if (tail.size() < stripped.size() && char_count(tail) <= 6 &&
        (ends_with(tail, "社") || ends_with(tail, "社发") || ends_with(tail, "社發") ||
         tail == "路透" || tail == "美联" || tail == "美聯")) {
        // The sentence before the parenthesis ends with terminal punctuation, and it is the
        // only one: a brief of several sentences closed by （中新社） is news, not a caption.
        if (tail_open != std::string_view::npos && tail_open > 0) {
            const std::string_view sentences = trim(stripped.substr(0, tail_open));
            if (ends_with_terminal(sentences)) {
                const std::size_t last_begin = last_char_begin(sentences);
                const std::string_view before_last = sentences.substr(0, last_begin);
                if (last_sentence_end(before_last) == 0) return true;
            }
        }
    }
    for (const char* suffix : builtin_caption_suffixes) {
        if (!ends_with(tail, suffix)) continue;
        // "…摄" must be a photo credit, not a verb at the end of a sentence.
        if (std::string_view(suffix) == "摄" && tail.size() < 3 + 6) continue;
        // Without parentheses only a short credit line (受访者供图, 区博物馆提供) counts: text
        // cut by a column break may end in 提供 too.
        constexpr std::size_t max_bare_credit_chars = 20;
        const bool bare = tail.size() == stripped.size();
        if (bare &&
            (line.chars > max_bare_credit_chars || tail.find(',') != std::string_view::npos ||
             tail.find("，") != std::string_view::npos))
            continue;
        return true;
    }
    for (const std::string& suffix : conventions_.caption_suffixes)
        if (!suffix.empty() && ends_with(tail, suffix)) return true;
    return false;
}

void SegmenterImpl::classify_lines() {
    RoleWord split_byline_role;
    bool in_split_byline = false;
    // The text line before `i` ended its sentence, or was furniture (or there is none).
    auto previous_text_finished = [&](std::size_t i) {
        for (std::size_t k = i; k-- > 0;) {
            if (lines_[k].kind == Kind::blank) continue;
            return lines_[k].terminal || lines_[k].kind == Kind::furniture;
        }
        return true;
    };
    for (std::size_t index = 0; index < lines_.size(); ++index) {
        Line& line = lines_[index];
        if (line.kind == Kind::blank) continue;
        const std::string_view text = content(line);
        if (text.size() > options_.max_line_bytes) {
            line.rule = "line longer than max_line_bytes: body";
            continue;
        }
        auto furniture = [&](FurnitureKind kind, const char* rule) {
            line.kind = Kind::furniture;
            line.furniture = kind;
            line.rule = rule;
        };
        bool matched = false;
        for (const std::string& name : conventions_.paper_names)
            if (!name.empty() && text == name) matched = true;
        if (matched) {
            furniture(FurnitureKind::paper_name, "equals a paper name from the options");
            continue;
        }
        for (const std::string& name : conventions_.section_names)
            if (!name.empty() && text == name) matched = true;
        if (matched) {
            furniture(FurnitureKind::section_name, "equals a section name from the options");
            continue;
        }
        for (const std::string& pattern : conventions_.furniture_patterns)
            if (!pattern.empty() && starts_with(text, pattern)) matched = true;
        if (matched) {
            furniture(FurnitureKind::other, "starts with a furniture pattern from the options");
            continue;
        }
        constexpr std::size_t max_furniture_chars = 60;
        if (is_end_mark(text)) {
            furniture(FurnitureKind::other, "an end mark (（完）, （待续）)");
            continue;
        }
        // 本刊不构成任何投资建议。, 市场有风险，投资需谨慎: a finance page's disclaimer.
        constexpr std::size_t max_disclaimer_chars = 40;
        if (line.chars <= max_disclaimer_chars &&
            (text.find("不构成任何投资建议") != std::string_view::npos ||
             text.find("不构成投资建议") != std::string_view::npos ||
             text.find("不構成任何投資建議") != std::string_view::npos ||
             text.find("不構成投資建議") != std::string_view::npos ||
             text == "市场有风险,投资需谨慎。" || text == "市场有风险,投资需谨慎" ||
             text == "市場有風險,投資需謹慎。" || text == "市場有風險,投資需謹慎")) {
            furniture(FurnitureKind::other, "a disclaimer (不构成投资建议)");
            continue;
        }
        if (is_rule_line(text)) {
            furniture(FurnitureKind::other, "a rule drawn with dashes or symbols");
            continue;
        }
        // 报：市委办公室… / 送：各县人民政府… / （共印120份）: a bulletin's distribution list.
        if (line.chars <= max_furniture_chars &&
            (starts_with(text, "报:") || starts_with(text, "送:") || starts_with(text, "抄送:") ||
             starts_with(text, "报送:") || starts_with(text, "发送:") ||
             starts_with(text, "分送:") || starts_with(text, "报送：") ||
             starts_with(text, "发送：") || starts_with(text, "分送：") ||
             starts_with(text, "抄报:") || starts_with(text, "报：") || starts_with(text, "送：") ||
             starts_with(text, "抄送：") || starts_with(text, "抄报：") ||
             (bracketed(text) && text.find("共印") != std::string_view::npos &&
              text.find("共印") <= 3 && text.find("份") != std::string_view::npos))) {
            furniture(FurnitureKind::other, "a bulletin's distribution list (报：, 送：, 共印N份)");
            continue;
        }
        // 扫码看交汇点视频, 扫描二维码…: a prompt printed beside a QR code.
        constexpr std::size_t max_prompt_chars = 24;
        if (line.chars <= max_prompt_chars && !line.terminal &&
            (starts_with(text, "扫码") || starts_with(text, "扫描二维码") ||
             starts_with(text, "扫一扫") || starts_with(text, "掃碼") ||
             starts_with(text, "掃描二維碼"))) {
            furniture(FurnitureKind::other, "a prompt beside a QR code (扫码看…)");
            continue;
        }
        if (is_email_line(text)) {
            furniture(FurnitureKind::other, "an e-mail address alone on its line");
            continue;
        }
        if (line.chars <= max_furniture_chars && !line.terminal && is_contact_line(text)) {
            furniture(FurnitureKind::other, "a hotline or contact line with a phone number");
            continue;
        }
        // 天气　今天 多云转阵雨 23℃～30℃…: the weather box of a front page.
        if ((starts_with(text, "天气") || starts_with(text, "天氣")) && !line.terminal &&
            (text.find("℃") != std::string_view::npos ||
             text.find("°C") != std::string_view::npos)) {
            furniture(FurnitureKind::other, "the weather box (天气 … ℃)");
            continue;
        }
        if (is_scan_residue(text, previous_text_finished(index))) {
            furniture(FurnitureKind::other, "a few marks on a line (scan residue of rules)");
            continue;
        }
        if (is_stray_mark(text, previous_text_finished(index))) {
            furniture(FurnitureKind::other, "one stray mark on a line (scan noise, a rule)");
            continue;
        }
        // 本版邮箱, 本版图片, 本版责编: notes about the page itself.
        if (starts_with(text, "本版") && line.chars <= max_furniture_chars) {
            line.parse = parser_.parse_line(text, line.begin);
            furniture(line.parse.kind == BylineKind::editor_line ? FurnitureKind::editor_line
                                                                 : FurnitureKind::other,
                      "a note about the page (本版…)");
            continue;
        }
        if (line.chars <= 20 && match_jump(text, line.jump)) {
            line.has_jump = true;
            line.jump.span = Span{line.begin, line.end};
            furniture(FurnitureKind::jump_marker, "jump marker (下转/上接…版)");
            continue;
        }
        if (line.chars <= max_furniture_chars && !line.terminal) {
            const std::size_t date = find_full_date(text);
            if (date != std::string_view::npos) {
                const bool weekday = text.find("星期") != std::string_view::npos ||
                                     text.find("农历") != std::string_view::npos;
                bool page_number = false;
                for (std::size_t i = 0; i < text.size(); ++i)
                    if (starts_with(text.substr(i), "第") || is_ascii_alnum(text[i]))
                        if (starts_with_page_number(text.substr(i))) page_number = true;
                const bool date_only = trim(text.substr(0, date)).empty() &&
                                       find_full_date(text) == date && line.chars <= 12;
                if (weekday || page_number || date_only) {
                    const bool mixed = page_number || line.chars > 16;
                    furniture(mixed ? FurnitureKind::page_header : FurnitureKind::date_line,
                              "full date with weekday or page number: page header");
                    continue;
                }
            }
            if (is_weekday_alone(text)) {
                furniture(FurnitureKind::date_line, "a weekday alone (星期六): date line");
                continue;
            }
            if (line.chars <= 8 && is_bare_page_number(text)) {
                furniture(FurnitureKind::page_number, "a page number alone (A3, 03, —3—)");
                continue;
            }
            if (line.chars <= 30 && starts_with_page_number(text)) {
                const bool alone =
                    ends_with(text, "版") && text.find(' ') == std::string_view::npos;
                furniture(alone ? FurnitureKind::page_number : FurnitureKind::page_header,
                          "starts with a page number (第N版)");
                continue;
            }
        }
        // A byline split over several lines: a role word alone, then lines of names.
        RoleWord role_only;
        if (parser_.is_role_only(text, role_only)) {
            split_byline_role = std::move(role_only);
            in_split_byline = true;
            line.kind = Kind::byline;
            line.rule = "a role word alone on its line: byline split over lines";
            continue;
        }
        if (in_split_byline && line.blank_before <= 1) {
            BylineResult names = parser_.parse_continuation(text, line.begin, split_byline_role);
            if (names.kind == BylineKind::byline) {
                line.parse = std::move(names);
                line.kind = Kind::byline;
                line.rule = "names under a role word alone: byline split over lines";
                continue;
            }
        }
        in_split_byline = false;
        // 本报小记者 王乐彤 / （北京市海淀区中关村第三小学四年级）: the writer's school or unit in
        // brackets right under the byline belongs to it.
        constexpr std::size_t max_affiliation_chars = 30;
        // (□ 陈亚楠 / 【案情】 / text …: a section label in lenticular brackets, short, is no
        // school: a unit is named at some length.)
        constexpr std::size_t max_section_label_chars = 6;
        const bool section_label =
            in_lenticular_brackets(text) && line.chars <= max_section_label_chars;
        if (line.blank_before == 0 && index > 0 && lines_[index - 1].kind == Kind::byline &&
            bracketed(text) && !section_label && line.chars <= max_affiliation_chars &&
            last_sentence_end(text) == 0 && text.find("，") == std::string_view::npos) {
            line.kind = Kind::byline;
            line.parse = BylineResult{};
            line.parse.kind = BylineKind::byline;
            line.rule = "bracketed line right under a byline: the writer's school or unit";
            continue;
        }
        BylineResult parse = parser_.parse_line(text, line.begin);
        switch (parse.kind) {
            case BylineKind::editor_line:
                // 编辑同志：, a letter's salutation, names nobody after its colon.
                if (ends_with(text, "：") || ends_with(text, ":")) break;
                line.parse = std::move(parse);
                furniture(FurnitureKind::editor_line, "editor line (责任编辑/责编/美编/校对)");
                continue;
            case BylineKind::byline:
                line.parse = std::move(parse);
                line.kind = Kind::byline;
                line.rule = "role words and names only: byline";
                index += join_wrapped_byline_name(index);
                continue;
            case BylineKind::dateline:
                line.parse = std::move(parse);
                line.kind = Kind::dateline;
                line.rule = "dateline alone on its line";
                continue;
            case BylineKind::credit:
                line.parse = std::move(parse);
                line.kind = Kind::credit;
                line.rule = "credit in parentheses (参与采写, 整理, 作者为…)";
                continue;
            case BylineKind::photo_credit:
                line.parse = std::move(parse);
                line.kind = Kind::caption;
                line.rule = "photo credit (摄)";
                continue;
            case BylineKind::none:
                break;
        }
        if (is_compiled_source_line(text)) {
            line.kind = Kind::caption;
            line.rule = "source line of a compiled report (综合外电): a note";
            continue;
        }
        if (is_source_note(text)) {
            line.parse.kind = BylineKind::credit;
            line.parse.span = Span{line.begin, line.end};
            line.kind = Kind::credit;
            line.rule = "source of a reprinted item in parentheses (（据新华社）): ends it";
            continue;
        }
        if (!line.terminal) {
            // 江城日报      教育·校园 / 臺灣晨報 A12 北部新聞 中華民國115年3月12日／星期四:
            // two kinds of furniture token, or one beside a layout gap.
            constexpr std::size_t max_header_chars = 100;
            const HeaderEvidence evidence = header_evidence(text);
            // 2026年第9期（总第143期） alone: a bulletin's issue line.
            const bool issue_line = is_page_token(text) && ends_with(text, "期)");
            if (line.chars <= max_header_chars &&
                (evidence.kinds >= 2 || (evidence.kinds == 1 && evidence.wide_gap) || issue_line)) {
                furniture(FurnitureKind::page_header,
                          "paper name, date, page number or editor beside another or across a "
                          "layout gap: page header");
                continue;
            }
        }
        if (const std::size_t joined = join_split_name_byline(index)) {
            index += joined;
            continue;
        }
        if (is_data_source_note(text)) {
            line.kind = Kind::caption;
            line.rule = "source of the data shown (数据来源：…): a note like a caption";
            continue;
        }
        if (classify_caption(line, text)) {
            line.kind = Kind::caption;
            line.rule = "caption marker (图为…, …摄, 供图, 提供)";
            continue;
        }
        // ■本报讯（通讯员 郭静）…: a brief's bullet before its dateline.
        std::size_t bullet_bytes = 0;
        {
            std::size_t length = 0;
            while (bullet_bytes < text.size() &&
                   (is_bullet(code_point_at(text, bullet_bytes, length)) ||
                    is_space(code_point_at(text, bullet_bytes, length))))
                bullet_bytes += length;
        }
        BylineResult lead =
            parser_.parse_dateline_prefix(text.substr(bullet_bytes), line.begin + bullet_bytes);
        // The bullet is placed with the dateline, so every byte of the line stays placed.
        if (bullet_bytes > 0 && lead.kind == BylineKind::dateline && lead.has_dateline) {
            lead.dateline.span.begin = line.begin;
            lead.span.begin = line.begin;
        }
        if (lead.kind == BylineKind::dateline && lead.rest_begin < line.end) {
            line.parse = std::move(lead);
            line.kind = Kind::dateline_lead;
            line.rule = "dateline at the head of a paragraph";
            find_editor_trailer(line);
            find_end_credit(line);  // 本报讯 …物资。（通讯员 姚军）: a brief on one line
            continue;
        }
        // A jump marker glued to the end or start of a paragraph: "…。（下转第二版）".
        if (line.chars > 6) {
            const std::size_t window = std::min<std::size_t>(text.size(), 30);
            for (std::size_t i = text.size() - window; i < text.size(); ++i) {
                if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
                std::size_t length = 0;
                if (!is_open_paren(code_point_at(text, i, length))) continue;
                JumpMarker jump;
                if (i > 0 && match_jump(text.substr(i), jump)) {
                    line.has_jump = true;
                    line.jump = jump;
                    line.jump.span = Span{line.begin + i, line.end};
                    line.end =
                        line.begin + static_cast<std::size_t>(trim(text.substr(0, i)).size());
                    line.terminal = ends_with_terminal(content(line));
                    line.chars = char_count(content(line));
                }
                break;
            }
        }
        if (!line.has_jump) {
            find_editor_trailer(line);
            find_end_credit(line);
        }
        line.kind = Kind::body;
        line.rule = "body text";
    }
}

std::size_t SegmenterImpl::join_split_name_byline(std::size_t index) {
    // A name cut by the line end (本报记者 尹 / 丽华 通讯员 郭 / 明): the lines joined with
    // nothing between them parse as one byline. The join naming the most people wins.
    constexpr std::size_t max_piece_chars = 20, max_extra_lines = 2;
    struct Piece {
        std::size_t joined_begin, original_begin, size;
    };
    std::string_view head = content(lines_[index]);
    while (!head.empty()) {
        std::size_t length = 0;
        const char32_t c = code_point_at(head, 0, length);
        if (!is_bullet(c) && !is_space(c)) break;
        head.remove_prefix(length);
    }
    AuthorRole ignored = AuthorRole::unknown;
    if (!parser_.match_role_word(head, 0, ignored)) return 0;  // a byline starts with its role
    std::vector<Piece> pieces;
    std::string joined;
    BylineResult best;
    std::size_t best_extra = 0;
    for (std::size_t extra = 0; extra <= max_extra_lines; ++extra) {
        const std::size_t j = index + extra;
        if (j >= lines_.size() || lines_[j].kind == Kind::blank ||
            lines_[j].chars > max_piece_chars)
            break;
        const std::string_view piece = content(lines_[j]);
        pieces.push_back({joined.size(), lines_[j].begin, piece.size()});
        joined += piece;
        if (extra == 0) continue;
        BylineResult r = parser_.parse_line(joined, 0);
        if (r.kind == BylineKind::byline && r.authors.size() > best.authors.size()) {
            best = std::move(r);
            best_extra = extra;
        }
    }
    if (best_extra == 0) return 0;
    std::vector<std::pair<std::size_t, std::size_t>> starts;  // joined offset, page offset
    for (std::size_t k = 0; k <= best_extra; ++k)
        starts.emplace_back(pieces[k].joined_begin, pieces[k].original_begin);
    const std::size_t joined_size = pieces[best_extra].joined_begin + pieces[best_extra].size;
    return apply_joined_byline(index, best_extra, joined_size, starts, std::move(best),
                               "a name split over lines: byline joined across the line ends");
}

std::size_t SegmenterImpl::join_wrapped_byline_name(std::size_t index) {
    // 通讯员 努尔兰·哈力木别克 / 叶尔波拉提·吐尔洪: a whole byline whose last name wrapped to a
    // line of its own; that line joins after a space and must add exactly one whole name.
    constexpr std::size_t max_wrapped_name_chars = 12;
    if (index + 1 >= lines_.size()) return 0;
    const Line& next = lines_[index + 1];
    const std::string_view first = content(lines_[index]);
    if (next.kind == Kind::blank || next.blank_before > 0 || next.chars > max_wrapped_name_chars)
        return join_cut_dotted_name(index);
    std::string joined(first);
    joined += ' ';
    const std::size_t second_begin = joined.size();
    joined += content(next);
    BylineResult r = parser_.parse_line(joined, 0);
    if (r.kind != BylineKind::byline ||
        r.authors.size() != lines_[index].parse.authors.size() + 1 ||
        r.authors.back().span.begin != second_begin || r.authors.back().span.end != joined.size())
        return join_cut_dotted_name(index);
    const std::vector<std::pair<std::size_t, std::size_t>> starts = {{0, lines_[index].begin},
                                                                     {second_begin, next.begin}};
    return apply_joined_byline(index, 1, joined.size(), starts, std::move(r),
                               "a byline whose last name wrapped to the next line");
}

std::size_t SegmenterImpl::join_cut_dotted_name(std::size_t index) {
    if (index + 1 >= lines_.size()) return 0;
    const Line& next = lines_[index + 1];
    const std::string_view first = content(lines_[index]);
    // 本报记者 努尔比亚·阿不都 / 热依木 通讯员 买买提·艾力: a dotted name cut at the line end
    // goes on at the start of the next line, which is no byline alone; the lines join with
    // nothing between them and the name grows across the cut.
    constexpr std::size_t max_continued_line_chars = 24;
    const std::vector<Author>& authors = lines_[index].parse.authors;
    if (next.kind != Kind::blank && next.blank_before == 0 &&
        next.chars <= max_continued_line_chars && !authors.empty() &&
        authors.back().name.find("·") != std::string::npos &&
        parser_.parse_line(content(next), 0).kind != BylineKind::byline) {
        std::string glued(first);
        glued += content(next);
        BylineResult g = parser_.parse_line(glued, 0);
        const std::size_t cut = authors.size() - 1;
        // One dotted name across the cut (two names glued would hold two dots).
        const std::string& name = g.authors.size() > cut ? g.authors[cut].name : std::string();
        const bool one_dot = name.find("·") != std::string::npos &&
                             name.find("·", name.find("·") + 1) == std::string::npos;
        if (g.kind == BylineKind::byline && g.authors.size() > cut && g.span.end == glued.size() &&
            g.authors[cut].span.end > first.size() && g.authors[cut].span.begin < first.size() &&
            one_dot) {
            const std::vector<std::pair<std::size_t, std::size_t>> starts = {
                {0, lines_[index].begin}, {first.size(), next.begin}};
            return apply_joined_byline(index, 1, glued.size(), starts, std::move(g),
                                       "a dotted name cut at the line end: byline joined");
        }
    }
    return 0;
}

std::size_t SegmenterImpl::apply_joined_byline(
    std::size_t index, std::size_t extra_lines, std::size_t joined_size,
    const std::vector<std::pair<std::size_t, std::size_t>>& starts, BylineResult best,
    const char* rule) {
    struct Piece {
        std::size_t joined_begin, original_begin, size;
    };
    std::vector<Piece> pieces;
    for (std::size_t k = 0; k < starts.size(); ++k) {
        const std::size_t line_size = lines_[index + k].end - lines_[index + k].begin;
        const std::size_t room =
            (k + 1 < starts.size() ? starts[k + 1].first : joined_size) - starts[k].first;
        pieces.push_back({starts[k].first, starts[k].second, std::min(line_size, room)});
    }
    // Offsets in the joined text back to the page: a begin goes to the piece it starts, an
    // end to the piece it ends.
    auto map_offset = [&](std::size_t offset, bool is_end) {
        for (const Piece& p : pieces) {
            const bool inside = is_end
                                    ? offset > p.joined_begin && offset <= p.joined_begin + p.size
                                    : offset >= p.joined_begin && offset < p.joined_begin + p.size;
            if (inside) return p.original_begin + (offset - p.joined_begin);
        }
        return pieces.back().original_begin + pieces.back().size;
    };
    auto map_span = [&](Span& span) {
        if (span.empty()) return;
        span = Span{map_offset(span.begin, false), map_offset(span.end, true)};
    };
    map_span(best.span);
    map_span(best.byline_span);
    for (Author& author : best.authors) map_span(author.span);
    best.rest_begin = best.span.end;
    best.confidence = std::min(best.confidence, 0.7);
    Line& first = lines_[index];
    first.parse = std::move(best);
    first.kind = Kind::byline;
    first.rule = rule;
    for (std::size_t extra = 1; extra <= extra_lines; ++extra) {
        Line& next = lines_[index + extra];
        next.parse = BylineResult{};
        next.parse.kind = BylineKind::byline;
        next.kind = Kind::byline;
        next.rule = "rest of a byline whose name was split over lines";
    }
    return extra_lines;
}

void SegmenterImpl::find_editor_trailer(Line& line) const {
    // …抽樣誤差正負零點九個百分點。（編輯：吳素柔）1151007: a wire story's editor and filing
    // code closing its last paragraph; page furniture, not text.
    std::string_view text = content(line);
    std::size_t end = text.size();
    constexpr std::size_t max_code_digits = 8;
    std::size_t digits = 0;
    while (end > 0 && text[end - 1] >= '0' && text[end - 1] <= '9' && digits <= max_code_digits) {
        --end;
        ++digits;
    }
    if (digits > max_code_digits) return;
    const Tail last = tail_of(text.substr(0, end));
    if (last.count == 0 || !is_close_paren(last.last[0])) return;
    constexpr std::size_t max_trailer_bytes = 60;
    const std::size_t window = std::min(end, max_trailer_bytes);
    for (std::size_t i = end - window; i < end; ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
        std::size_t length = 0;
        if (!is_open_paren(code_point_at(text, i, length))) continue;
        const std::string_view before = trim(text.substr(0, i));
        if (before.empty() || !ends_with_terminal(before)) continue;
        // …创历史同期新高。（完）: a wire story's end mark run into its last paragraph.
        const bool end_mark = digits == 0 && is_end_mark(text.substr(i));
        BylineResult parsed;
        if (!end_mark) {
            parsed = parser_.parse_line(text.substr(i), line.begin + i);
            if (parsed.kind != BylineKind::editor_line || parsed.authors.empty()) return;
        }
        line.trailer_kind = end_mark ? FurnitureKind::other : FurnitureKind::editor_line;
        line.trailer = Span{line.begin + i, line.end};
        line.trailer_parse = std::move(parsed);
        line.end = line.begin + before.size();
        line.terminal = true;
        line.chars = char_count(content(line));
        return;
    }
}

void SegmenterImpl::find_end_credit(Line& line) const {
    // "…两万余人。（通讯员 吴越 本报记者 尹丽华）": an end credit printed after the last
    // sentence of a paragraph, on the same line.
    const std::string_view text = content(line);
    const Tail last = tail_of(text);
    if (last.count == 0 || !is_close_paren(last.last[0])) return;
    constexpr std::size_t max_credit_bytes = 90;
    const std::size_t window = std::min(text.size(), max_credit_bytes);
    for (std::size_t i = text.size() - window; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
        std::size_t length = 0;
        if (!is_open_paren(code_point_at(text, i, length))) continue;
        // (…一百八十余件（组），展期至明年3月。（记者 顾一鸣）: a parenthesis inside the
        // sentence is passed over.)
        const std::string_view before = trim(text.substr(0, i));
        if (before.empty()) return;
        if (!ends_with_terminal(before)) continue;
        const std::string_view paren = text.substr(i);
        BylineResult credit = parser_.parse_line(paren, line.begin + i);
        // …展示。（中新社）, …领域。（新华社北京12月5日电）, …。（综合报道）: the source of a
        // brief closes it like a credit, naming nobody.
        const bool source =
            (credit.kind == BylineKind::dateline && credit.authors.empty()) ||
            (credit.kind == BylineKind::none && (is_source_note(paren) || is_agency_note(paren)));
        if (source) {
            credit = BylineResult{};
            credit.kind = BylineKind::credit;
            credit.span = Span{line.begin + i, line.end};
            line.credit_is_source = true;
        } else if (credit.kind != BylineKind::credit || credit.authors.empty()) {
            return;
        }
        line.credit_begin = line.begin + i;
        line.credit = std::move(credit);
        line.terminal = true;
        return;
    }
}

void SegmenterImpl::detect_wrap_style() {
    // Hard-wrapped pages have runs of consecutive text lines, and the lines inside a paragraph
    // (not ending a sentence, followed by more text) share one width. A page with one
    // paragraph per line has no such lines, or lines of any length.
    std::size_t text_lines = 0, followed = 0, indented = 0;
    std::vector<std::size_t> inner_widths;
    for (std::size_t i = 0; i < lines_.size(); ++i) {
        const Line& line = lines_[i];
        if (line.kind != Kind::body) continue;
        ++text_lines;
        if (i + 1 < lines_.size() && lines_[i + 1].kind == Kind::body) {
            ++followed;
            if (!line.terminal) inner_widths.push_back(width_of(line));
        }
    }
    if (!inner_widths.empty()) {
        auto at = inner_widths.begin() + static_cast<std::ptrdiff_t>(inner_widths.size() * 3 / 4);
        std::nth_element(inner_widths.begin(), at, inner_widths.end());
        wrap_width_ = *at;
    }
    std::size_t at_width = 0;
    for (std::size_t width : inner_widths)
        if (width * 20 >= wrap_width_ * 17 && width * 20 <= wrap_width_ * 23) ++at_width;
    // Articles set in columns of different widths wrap at different widths (22, 24 and 26
    // characters on one page): within a run of text lines the inner lines share the run's
    // width. Runs with two inner lines or more count by their own widest inner line.
    std::size_t at_run_width = 0;
    for (std::size_t i = 0; i < lines_.size();) {
        if (lines_[i].kind != Kind::body) {
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end + 1 < lines_.size() && lines_[end + 1].kind == Kind::body) ++end;
        std::vector<std::size_t> widths;
        for (std::size_t k = i; k < end; ++k)
            if (!lines_[k].terminal) widths.push_back(width_of(lines_[k]));
        const std::size_t widest =
            widths.empty() ? 0 : *std::max_element(widths.begin(), widths.end());
        for (std::size_t width : widths)
            if (widths.size() >= 2
                    ? width * 20 >= widest * 17
                    : width * 20 >= wrap_width_ * 17 && width * 20 <= wrap_width_ * 23)
                ++at_run_width;
        i = end + 1;
    }
    at_width = std::max(at_width, at_run_width);
    // Wrapped text has few lines much wider than the wrap: short title lines that share a
    // width above one-line paragraphs (全運會武術套路賽事落幕 / 澳門隊收穫一銅兩個第五 / a
    // paragraph of 73 characters) are no wrap.
    std::size_t wider = 0;
    for (const Line& line : lines_)  // (a lead opening with its dateline is text too)
        if ((line.kind == Kind::body || line.kind == Kind::dateline_lead) &&
            width_of(line) * 10 > wrap_width_ * 13)
            ++wider;
    const bool detected = text_lines >= 4 && inner_widths.size() >= 2 &&
                          followed * 5 >= text_lines * 2 &&
                          at_width * 10 >= inner_widths.size() * 6 && wider * 5 <= text_lines;
    switch (options_.wrap_style) {
        case SegmenterOptions::WrapStyle::hard_wrapped:
            hard_wrapped_ = true;
            break;
        case SegmenterOptions::WrapStyle::one_line_per_paragraph:
            hard_wrapped_ = false;
            break;
        case SegmenterOptions::WrapStyle::auto_detect:
            hard_wrapped_ = detected;
            break;
    }
    // Paragraph indentation is two ideographic spaces (or up to four ASCII ones) before a
    // line of text; centred headlines and bylines are indented more, or are short.
    for (const Line& line : lines_)
        if (line.kind == Kind::body && line.indent >= 2 && line.indent <= 4 &&
            line.chars * 2 >= wrap_width_)
            ++indented;
    // Indentation marks paragraphs when a fair share of text lines, but not all, is indented.
    // (pdftotext -layout indents every line by the page's margin, short last lines too: then
    // indentation marks nothing.)
    std::size_t at_margin = 0, margin_lines = 0;
    for (const Line& line : lines_) {
        if (line.kind != Kind::body) continue;
        ++margin_lines;
        if (line.indent >= 2 && line.indent <= 4) ++at_margin;
    }
    const bool margin_only = margin_lines > 0 && at_margin * 10 >= margin_lines * 9;
    indent_paragraphs_ = hard_wrapped_ && indented >= 2 && indented * 10 >= text_lines &&
                         indented * 10 <= text_lines * 7 && !margin_only;
    page_.hard_wrapped = hard_wrapped_;
    // Are paragraphs separated by blank lines? Then a blank line says nothing about articles.
    std::size_t starts = 0, gapped = 0;
    const Line* previous = nullptr;
    for (const Line& line : lines_) {
        if (line.kind == Kind::blank) continue;
        if (line.kind == Kind::body && previous && previous->kind == Kind::body &&
            previous->terminal) {
            ++starts;
            if (line.blank_before > 0) ++gapped;
        }
        previous = &line;
    }
    blank_between_paragraphs_ = gapped * 2 > starts;
}

void SegmenterImpl::mark_headline_candidates() {
    // Within a headline block lines are at most a couple of blank lines apart.
    auto same_run_or_gap = [](const Line& l) { return l.blank_before <= 2; };
    const Line* previous = nullptr;
    bool text_seen = false;  // a text line (not furniture) was seen
    for (std::size_t i = 0; i < lines_.size(); ++i) {
        Line& line = lines_[i];
        if (line.kind == Kind::blank) continue;
        const bool same_run = previous && line.blank_before == 0;
        const Line* before = previous;
        if (line.kind != Kind::furniture && line.kind != Kind::body) text_seen = true;
        previous = &line;
        // （本报记者 吴菲 巴黎报道） under a headline, or under a short line that ends no
        // sentence: an end credit follows a finished paragraph, so this is the byline.
        if (line.kind == Kind::credit && before && !line.parse.authors.empty() &&
            same_run_or_gap(line) && bracketed(content(line)) &&
            (before->kind == Kind::headline ||
             (before->kind == Kind::body && !before->terminal && !before->has_jump &&
              before->chars <= options_.max_headline_chars))) {
            line.kind = Kind::byline;
            line.parse.kind = BylineKind::byline;
            line.rule =
                "credit in parentheses under a headline or an unfinished short line: byline";
            continue;
        }
        if (line.kind == Kind::credit && before && before->kind == Kind::headline &&
            same_run_or_gap(line) && bracketed(content(line)) &&
            content(line).find("作者") == std::string_view::npos) {  // （作者单位：…） ends one
            // （评论员观察）: a bracketed line right under a headline is its column name.
            line.kind = Kind::headline;
            line.rule = "bracketed line directly under a headline: column name";
            continue;
        }
        if (line.kind != Kind::body || line.has_jump) continue;
        // Before any text of the page, a short question or exclamation is a headline
        // (这个周末去哪儿？): body text there would have no article to go to.
        if (!text_seen && line.terminal && !line.continuing &&
            line.chars <= options_.max_headline_chars / 2 && is_couplet_or_short(content(line))) {
            const Tail tail = tail_of(content(line));
            if (tail.last[0] == U'？' || tail.last[0] == '?' || tail.last[0] == U'！' ||
                tail.last[0] == '!') {
                line.kind = Kind::headline;
                line.rule = "short question or exclamation opening the page: headline";
                text_seen = true;
                continue;
            }
        }
        // 【12366热线】 / 个人所得税专项附加扣除可以中途补报吗？: a question of one clause right
        // under a column name in brackets (or one blank line below it) is the title it names.
        // (The column name may not be known as a headline yet.)
        if (before && line.blank_before <= 1 &&
            (before->kind == Kind::headline || before->kind == Kind::body) && line.terminal &&
            !line.continuing && line.chars <= options_.max_headline_chars) {
            const std::string_view above = content(*before), text = content(line);
            const Tail tail = tail_of(text);
            const bool question = tail.count > 0 && (tail.last[0] == U'？' || tail.last[0] == '?');
            // 血糖偏高，秋天能吃板栗吗？ / 读者孙先生问：…: a question of two clauses too, when
            // the reader's question is printed under it (the line is its title).
            bool asked_below = false;
            for (std::size_t j = i + 1; j < lines_.size(); ++j) {
                // (past the box's byline: 晚报记者 陈露 / 问：…)
                if (lines_[j].kind == Kind::blank || lines_[j].kind == Kind::byline) continue;
                constexpr std::size_t max_asker_bytes = 12 * 3;
                const std::string_view next = content(lines_[j]).substr(0, max_asker_bytes);
                asked_below = next.find("问:") != std::string_view::npos ||
                              next.find("問:") != std::string_view::npos;
                break;
            }
            const bool one_clause = text.find("，") == std::string_view::npos &&
                                    text.find(',') == std::string_view::npos;
            // 政策问答 / 退役军人参加职业技能培训有哪些支持？: a box's label works the same.
            // (问：午睡多长时间比较合适？ under it is the box's first question, no title.)
            constexpr std::size_t max_asker_bytes = 12 * 3;
            const std::string_view opening = text.substr(0, max_asker_bytes);
            const bool asked = opening.find("问:") != std::string_view::npos ||
                               opening.find("問:") != std::string_view::npos ||
                               starts_with(text, "Q:") || starts_with(text, "Q：");
            const bool box_label = is_sidebar_label(above) && before->chars <= 8 && !asked;
            if (question && (in_lenticular_brackets(above) || box_label) &&
                (one_clause || (asked_below && line.chars <= options_.max_headline_chars / 2)) &&
                text.find("。") == std::string_view::npos) {
                line.kind = Kind::headline;
                line.rule = "question under a column name in brackets or a box label: headline";
                text_seen = true;
                continue;
            }
        }
        if (line.kind == Kind::body) text_seen = true;
        if (line.chars > options_.max_headline_chars || line.terminal || line.continuing) continue;
        const std::string_view text = content(line);
        // Headlines separate their parts with spaces, sentences with commas.
        constexpr std::size_t max_chars_with_comma = 8;
        const bool dashed = starts_with_dash(text) || ends_with_dash(text);  // kicker, subtitle
        // 一、坚持创新驱动，培育发展新动能: a numbered section heading may hold a comma.
        const bool numbered = starts_with_enumerator(text);
        // 【一线直击】 / 深夜，一场没有预告的拉动: right under a column name in brackets a short
        // line with a comma is its title.
        const bool under_bracketed_name = same_run && before->kind == Kind::headline &&
                                          in_lenticular_brackets(content(*before)) &&
                                          line.chars <= options_.max_headline_chars / 2 &&
                                          text.find("。") == std::string_view::npos;
        // “在平潭，我找到了事业的第二个起点” alone between blank lines: a quotation printed
        // as a title, its comma inside the quotes.
        // 《回声》：学会倾听，才能被听见: a work's title and a colon open a review's title.
        const std::size_t work_end = text.find("》");
        const bool work_titled =
            starts_with(text, "《") && work_end != std::string_view::npos &&
            (text.compare(work_end + 3, 1, ":") == 0 || text.compare(work_end + 3, 3, "：") == 0);
        const bool quoted_title = ((starts_with(text, "“") && ends_with(text, "”") &&
                                    text.find("”") == text.size() - std::string_view("”").size()) ||
                                   work_titled) &&
                                  line.blank_before > 0 &&
                                  line.chars <= options_.max_headline_chars / 2 &&
                                  (i + 1 >= lines_.size() || lines_[i + 1].kind == Kind::blank);
        // “敌情”突至，临机决断 alone between blank lines after a finished paragraph: a
        // couplet heading of two short clauses (2-6 characters each) around one comma.
        bool comma_couplet = false;
        if (line.blank_before > 0 &&
            (i + 1 >= lines_.size() || lines_[i + 1].kind == Kind::blank) && before &&
            before->terminal) {
            const std::size_t comma = text.find(',');
            if (comma != std::string_view::npos &&
                text.find(',', comma + 1) == std::string_view::npos &&
                text.find("。") == std::string_view::npos) {
                const std::size_t left = char_count(text.substr(0, comma));
                const std::size_t right = char_count(text.substr(comma + 1));
                constexpr std::size_t min_clause_chars = 2, max_clause_chars = 6;
                comma_couplet = left >= min_clause_chars && left <= max_clause_chars + 2 &&
                                right >= min_clause_chars && right <= max_clause_chars;
            }
        }
        if (line.chars > max_chars_with_comma && !dashed && !numbered && !under_bracketed_name &&
            !quoted_title && !comma_couplet &&
            (text.find("，") != std::string_view::npos ||
             text.find(',') != std::string_view::npos)) {
            line.rule = "short but has a sentence comma: body text";
            continue;
        }
        // 孙卫红：这是很多家长最初的担心。我们的做法是把课: a full stop inside, text going on
        // after it (a headline may ask two questions, but never holds a 。).
        if (text.find("。") != std::string_view::npos) {
            line.rule = "a sentence ends inside it and text goes on: body text";
            continue;
        }
        // Inside a run, a line after unfinished body text continues it.
        if (same_run && before->kind == Kind::body && !before->terminal) {
            line.rule = "follows unfinished body text in the same block: body text";
            continue;
        }
        const Line* next = nullptr;
        for (std::size_t j = i + 1; j < lines_.size(); ++j)
            if (lines_[j].kind != Kind::blank) {
                next = &lines_[j];
                break;
            }
        const bool next_in_run = next && next->blank_before == 0 && next->kind == Kind::body;
        // 我 市 春 播 工 作 全 面 展 开 (letter-spaced), or a ——subtitle under a headline:
        // headline typography, however wide.
        const bool headline_typography =
            is_letter_spaced(text) ||
            (starts_with_dash(text) && same_run && before->kind == Kind::headline);
        // Where paragraphs open indented, an unindented line over an indented one after
        // finished text is no paragraph's line: it is a line of its own.
        const bool stands_alone = indent_paragraphs_ && line.indent < 2 && next_in_run &&
                                  next->indent >= 2 && line.blank_before > 0 &&
                                  (!before || before->terminal || before->kind != Kind::body);
        if (hard_wrapped_ && next_in_run && wrap_width_ > 0 && !headline_typography &&
            !stands_alone && width_of(line) * 20 >= wrap_width_ * 17) {
            line.rule = "as wide as the wrapped text and followed by text: body text";
            continue;
        }
        // (资金怎么筹 / 根据新出台的补贴政策，…, both indented: a short unpunctuated line over
        // the next paragraph's start is a heading, not a paragraph's first line.)
        constexpr std::size_t max_indented_heading_chars = 12;
        const bool heading_over_paragraph = next_in_run && next->indent >= 2 && next->indent <= 4 &&
                                            line.chars <= max_indented_heading_chars;
        if (indent_paragraphs_ && next_in_run && line.indent >= 2 && line.indent <= 4 &&
            !heading_over_paragraph) {
            line.rule = "indented like a paragraph start and followed by text: body text";
            continue;
        }
        // 受访专家：市第一人民医院急诊科主任 郑立群: who was interviewed, a note of the article,
        // never a line of its title.
        if (is_interviewee_note(text)) {
            line.kind = Kind::furniture;
            line.furniture = FurnitureKind::other;
            line.rule =
                "the interviewed expert's line (受访专家：…): a note, no text of the article";
            continue;
        }
        if (is_cross_reference_line(text)) {
            line.terminal = true;
            line.verse = true;  // a line of its own, joined to nothing
            line.rule = "a story's title with its page (· …（A8）): a cross-reference line";
            continue;
        }
        if (is_labelled_fields_line(text)) {
            line.terminal = true;
            line.verse = true;  // a line of its own, joined to nothing
            line.rule = "two or more labelled fields (作者：X 出版：Y): a box's line of text";
            continue;
        }
        line.kind = Kind::headline;
        line.rule = "short line without terminal punctuation: headline-like";
    }
    mark_bare_name_bylines();
    mark_photo_news();
    mark_salutations();
    // 一、建强“主心骨”，让支部更有战斗力 / 镇党委坚持选优配强村党组织书 (cut by a column
    // break): a numbered section heading stands on one line; an unfinished line right under it
    // begins the section's text.
    for (std::size_t i = 1; i < lines_.size(); ++i) {
        Line& line = lines_[i];
        const Line& above = lines_[i - 1];
        if (line.kind != Kind::headline || line.blank_before != 0 || above.kind != Kind::headline ||
            !starts_with_enumerator(content(above)) || starts_with_enumerator(content(line)) ||
            starts_with_dash(content(line)))
            continue;
        std::size_t next = next_nonblank(i);
        if (next >= lines_.size() || lines_[next].kind != Kind::body) continue;
        line.kind = Kind::body;
        line.rule = "unfinished line right under a numbered section heading: its text";
    }
    // 作业“减量”之后，课堂如何“提质” / 编者按：…: an editor's note opens an article; the
    // short unfinished line right above it, after finished text, is the article's title,
    // comma or not.
    for (std::size_t i = 0; i < lines_.size(); ++i) {
        Line& note = lines_[i];
        const std::string_view text = content(note);
        if (note.kind != Kind::body ||
            !(starts_with(text, "编者按") || starts_with(text, "編者按") ||
              starts_with(text, "编者的话") || starts_with(text, "編者的話")))
            continue;
        std::size_t j = i;
        while (j > 0 && lines_[j - 1].kind == Kind::blank) --j;
        if (j == 0) continue;
        Line& title = lines_[j - 1];
        const Line* over = nullptr;
        for (std::size_t k = j - 1; k-- > 0;)
            if (lines_[k].kind != Kind::blank) {
                over = &lines_[k];
                break;
            }
        const bool after_finished =
            !over || over->terminal || over->kind != Kind::body || title.blank_before > 0;
        if (title.kind == Kind::body && !title.terminal && !title.continuing &&
            short_title_shape(title) && after_finished) {
            title.kind = Kind::headline;
            title.rule = "short unfinished line right above an editor's note: its title";
        }
    }
    // Lines right above a byline or a dateline lead are its headline block even when they
    // carry a comma or end in ！？ (稳字当头，进字为先 / 这个夏天去哪儿？).
    constexpr std::size_t max_block_lines = 3;
    for (std::size_t i = 0; i < lines_.size(); ++i) {
        // (本报西安6月2日讯（记者 X）alone on its line, its lead below, heads the block too.)
        if (lines_[i].kind != Kind::byline && lines_[i].kind != Kind::dateline_lead &&
            lines_[i].kind != Kind::dateline)
            continue;
        std::size_t taken = 0;
        for (std::size_t j = i; j-- > 0 && taken < max_block_lines;) {
            Line& above = lines_[j];
            if (above.kind == Kind::blank) continue;
            // (受访专家：… between the title and the byline stands apart from both.)
            if (above.kind == Kind::furniture && is_interviewee_note(content(above))) continue;
            if (above.kind == Kind::headline) {
                ++taken;
                continue;
            }
            const Tail tail = tail_of(content(above));
            const bool exclamation =
                tail.count > 0 && (tail.last[0] == U'！' || tail.last[0] == '!' ||
                                   tail.last[0] == U'？' || tail.last[0] == '?');
            // 网购商品“七天无理由退货”遭拒怎么办？: a question of one clause, headline-long.
            const std::string_view above_text = content(above);
            const bool one_clause_question = exclamation &&
                                             above.chars <= options_.max_headline_chars &&
                                             above_text.find("，") == std::string_view::npos &&
                                             above_text.find(',') == std::string_view::npos &&
                                             above_text.find("。") == std::string_view::npos;
            // 【以案说法】 / 网购“代练”账号被封，钱能要回来吗 / 作者 X: under a column name in
            // brackets, the unpunctuated line over the byline is the title, comma or not.
            // The line right over `above` in the same block, if any.
            const Line* line_over = j > 0 && above.blank_before == 0 ? &lines_[j - 1] : nullptr;
            // …保证了工程质 / 量o / (blank) / 红星公社…: across a blank line above the block, the
            // short last line of a paragraph (its line over it unfinished text, longer) is no
            // headline line.
            if (taken > 0 && j + 1 < lines_.size() && lines_[j + 1].kind == Kind::blank &&
                line_over && line_over->kind == Kind::body && !line_over->terminal &&
                line_over->chars > above.chars &&
                (content(*line_over).find(',') != std::string_view::npos ||
                 content(*line_over).find("，") != std::string_view::npos))
                break;
            const bool short_unfinished = !above.terminal && short_title_shape(above);
            const bool under_column_name =
                line_over && !above.terminal && above.chars <= options_.max_headline_chars &&
                above_text.find("。") == std::string_view::npos &&
                line_over->kind == Kind::headline && in_lenticular_brackets(content(*line_over));
            // 黔东南·肇兴 / 鼓楼下，侗族大歌唱了千年 / byline: a short unfinished line right
            // under a headline line, over a byline, is the title, comma or not.
            const bool under_headline =
                line_over && short_unfinished && line_over->kind == Kind::headline;
            // 天冷了，老人要当心“心脑” / 村医上门量血压 慢病随访进农家 / byline: a short
            // unfinished line right above a headline line of the block is its first line.
            const bool over_headline_line = taken > 0 && lines_[j + 1].blank_before == 0 &&
                                            lines_[j + 1].kind == Kind::headline &&
                                            short_unfinished;
            // 老院落加装电梯，“一户一议”化解分歧 / byline right below: the one line between a
            // blank line and the byline is the title, comma or not.
            // A bulleted byline (□　周　敏) may stand a blank line below it.
            std::size_t bullet_length = 0;
            const std::string_view byline_text = content(lines_[i]);
            const bool bulleted_byline =
                !byline_text.empty() && is_bullet(code_point_at(byline_text, 0, bullet_length));
            const bool alone_over_byline =
                taken == 0 &&
                (lines_[i].blank_before == 0 || (bulleted_byline && lines_[i].blank_before == 1)) &&
                above.blank_before > 0 && short_unfinished;
            // 家庭教育指导师刘静： / 陪伴不是“盯着”，而是“看见” / byline: a title whose first
            // line breaks after a colon (the colon line is taken next, as colon_break).
            bool under_colon_line = false;
            if (line_over && taken == 0 && short_unfinished && lines_[i].blank_before <= 1 &&
                line_over->kind == Kind::body && line_over->continuing &&
                line_over->blank_before > 0 && short_title_shape(*line_over)) {
                const Tail over_tail = tail_of(content(*line_over));
                under_colon_line = over_tail.last[0] == U'：' || over_tail.last[0] == ':';
            }
            // 旅法青年钢琴家林思远： / 音乐没有国界，但有故乡: a title may break after a colon.
            const bool colon_break = above.continuing && short_title_shape(above) &&
                                     (tail.last[0] == U'：' || tail.last[0] == ':');
            // ——访省人民医院心血管内科主任医师黄建国 over the byline: a subtitle, however long,
            // and the comma line over it its title (over_headline_line, next round).
            const bool dash_subtitle = starts_with_dash(above_text) && !above.terminal &&
                                       above.chars <= options_.max_headline_chars &&
                                       above_text.find("。") == std::string_view::npos;
            // 全县23个重大项目集中开工 / 总投资86.3亿元，涵盖…等领域 / 本报讯…: an unfinished line
            // right under a headline line and right over the byline or lead is the block's
            // subtitle, commas and all.
            const bool plain_subtitle = taken == 0 && line_over &&
                                        line_over->kind == Kind::headline && !above.terminal &&
                                        above.chars <= options_.max_headline_chars &&
                                        above_text.find("。") == std::string_view::npos;
            // “人工智能时代，我们还需要读书吗？” / ——作家梁晓峰做客东湖讲坛: a question of
            // two clauses right over the block's dash subtitle is its title.
            bool quoted_question = exclamation;  // the mark may sit inside closing quotes
            for (int t = 0; t < tail.count && !quoted_question; ++t) {
                const char32_t c = tail.last[t];
                if (c == U'？' || c == '?' || c == U'！' || c == '!') quoted_question = true;
                if (!is_closing_mark(c)) break;
            }
            const bool question_over_dash =
                quoted_question && taken > 0 && lines_[j + 1].blank_before == 0 &&
                lines_[j + 1].kind == Kind::headline && starts_with_dash(content(lines_[j + 1])) &&
                short_title_shape(above);
            // …祝学弟学妹们 / 学业有成！ / (blank) / 机械工程系1996届 冯家骏: the end of an
            // unfinished line's sentence, not a title over the signature.
            const bool ends_cut_sentence = line_over && line_over->kind == Kind::body &&
                                           !line_over->terminal && !line_over->continuing &&
                                           line_over->chars > above.chars;
            if (above.kind != Kind::body || (above.continuing && !colon_break) || above.has_jump ||
                (above.terminal && !exclamation && !question_over_dash) ||
                (exclamation && ends_cut_sentence) ||
                !(is_couplet_or_short(above_text) || one_clause_question || under_column_name ||
                  under_headline || alone_over_byline || over_headline_line || dash_subtitle ||
                  plain_subtitle || question_over_dash || under_colon_line))
                break;
            above.kind = Kind::headline;
            above.rule = "short line in the block right above a byline: headline";
            ++taken;
        }
    }
    // Section names beside a page header at the top or bottom of the page, or anywhere when
    // printed right above a header line (an extractor may drop the header mid-page).
    std::vector<std::size_t> nonblank;
    for (std::size_t i = 0; i < lines_.size(); ++i)
        if (lines_[i].kind != Kind::blank) nonblank.push_back(i);
    auto is_header = [&](std::size_t k) {
        const Line& l = lines_[nonblank[k]];
        return l.kind == Kind::furniture && (l.furniture == FurnitureKind::page_header ||
                                             l.furniture == FurnitureKind::date_line ||
                                             l.furniture == FurnitureKind::page_number ||
                                             l.furniture == FurnitureKind::paper_name);
    };
    constexpr std::size_t zone = 4, max_section_chars = 8;
    for (std::size_t k = 0; k < nonblank.size(); ++k) {
        const bool header_right_below = k + 1 < nonblank.size() && is_header(k + 1) &&
                                        lines_[nonblank[k + 1]].blank_before == 0;
        if (k >= zone && k + zone < nonblank.size() && !header_right_below) continue;
        Line& line = lines_[nonblank[k]];
        // 南湖晚报 NANHU EVENING NEWS: a paper's name with its name in Latin letters.
        const std::string_view text = content(line);
        const std::size_t space = text.find(' ');
        const std::string_view latin =
            space == std::string_view::npos ? std::string_view() : text.substr(space);
        const bool latin_paper_name =
            !latin.empty() && char_count(text.substr(0, space)) <= max_section_chars &&
            (ends_with(text.substr(0, space), "报") || ends_with(text.substr(0, space), "報")) &&
            std::all_of(latin.begin(), latin.end(), [](char c) {
                return c == ' ' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
            });
        if (line.kind != Kind::headline || (line.chars > max_section_chars && !latin_paper_name))
            continue;
        const bool beside =
            (k > 0 && is_header(k - 1)) || (k + 1 < nonblank.size() && is_header(k + 1));
        const bool before_byline =
            k + 1 < nonblank.size() && (lines_[nonblank[k + 1]].kind == Kind::byline ||
                                        lines_[nonblank[k + 1]].kind == Kind::dateline_lead);
        const bool next_is_furniture =
            k + 1 >= nonblank.size() || lines_[nonblank[k + 1]].kind == Kind::furniture;
        // 理论·文化 standing alone under the header: a page's section names joined by a dot
        // (a kicker with a dot, 黔东南·肇兴, sits right on its title).
        const std::size_t dot = text.find("·");
        // 7 / 数字经济 / (blank): a section name right under the page's number, dot or not.
        constexpr std::size_t max_plain_section_chars = 6;
        const bool under_page_number =
            k > 0 && line.blank_before == 0 && lines_[nonblank[k - 1]].kind == Kind::furniture &&
            lines_[nonblank[k - 1]].furniture == FurnitureKind::page_number &&
            line.chars <= max_plain_section_chars;
        const bool dotted_section = (dot != std::string_view::npos || under_page_number) &&
                                    dot != 0 && k + 1 < nonblank.size() &&
                                    lines_[nonblank[k + 1]].blank_before > 0 &&
                                    (line.blank_before > 0 || (k > 0 && is_header(k - 1))) &&
                                    text.find(' ') == std::string_view::npos;
        if (beside && !before_byline && (next_is_furniture || dotted_section) &&
            !ends_with_dash(content(line))) {
            line.kind = Kind::furniture;
            // 人民日报, 河西报, 今晚报: a paper's name ends in 报.
            line.furniture = ends_with(content(line), "报") || latin_paper_name
                                 ? FurnitureKind::paper_name
                                 : FurnitureKind::section_name;
            line.rule = "short line beside the page header: section name";
        }
    }
    // 3 / 江城日报 / 要闻, above the page's first text: short lines set solid under a page
    // number alone are the paper's name and the page's section.
    {
        constexpr std::size_t max_name_chars = 8;
        for (std::size_t k = 0; k < nonblank.size(); ++k) {
            const Line& l = lines_[nonblank[k]];
            if (l.kind == Kind::body || l.kind == Kind::byline || l.kind == Kind::dateline ||
                l.kind == Kind::dateline_lead || l.kind == Kind::credit)
                break;  // the page's text has begun
            if (l.kind != Kind::furniture || l.furniture != FurnitureKind::page_number) continue;
            std::size_t m = k + 1;
            while (m < nonblank.size() && lines_[nonblank[m]].blank_before == 0 &&
                   lines_[nonblank[m]].kind == Kind::headline &&
                   lines_[nonblank[m]].chars <= max_name_chars && !lines_[nonblank[m]].terminal)
                ++m;
            // The block ends at a blank line, and a title follows it.
            if (m == k + 1 || m >= nonblank.size() || lines_[nonblank[m]].blank_before == 0)
                continue;
            for (std::size_t n = k + 1; n < m; ++n) {
                Line& name = lines_[nonblank[n]];
                name.kind = Kind::furniture;
                name.furniture = ends_with(content(name), "报") || ends_with(content(name), "報")
                                     ? FurnitureKind::paper_name
                                     : FurnitureKind::section_name;
                name.rule =
                    "short line set solid under the page number, above the text: paper "
                    "or section name";
            }
            break;
        }
    }
    // The top and bottom blocks of the page (up to the first blank line, after the last one)
    // that hold a header or editor line and only short lines without terminal punctuation are
    // furniture whole: 竞技体育报 / 足球·中超 / 2026年4月21日 星期二 第7版, HEALTH WEEKLY. A
    // page without blank lines has no such block (its first block runs into the text).
    // A top block right above the page's header line anchors itself with a paper's name
    // (浦江日报 / PUJIANG DAILY / 中共上海市委机关报 / then the date line).
    auto furniture_block = [&](std::size_t first, std::size_t last,
                               bool header_follows) {  // nonblank indices
        constexpr std::size_t max_block_line_chars = 40, max_furniture_block_lines = 6;
        if (last - first + 1 > max_furniture_block_lines) return;
        bool anchor = false;
        for (std::size_t m = first; m <= last; ++m) {
            const Line& l = lines_[nonblank[m]];
            if (is_header(m) ||
                (l.kind == Kind::furniture && l.furniture == FurnitureKind::editor_line) ||
                (header_follows && l.kind == Kind::headline &&
                 header_evidence(content(l)).kinds > 0))
                anchor = true;
            else if (l.kind == Kind::furniture)
                continue;
            else if ((l.kind != Kind::headline && l.kind != Kind::body) || l.terminal ||
                     l.continuing || l.has_jump || l.credit_begin || l.chars > max_block_line_chars)
                return;
        }
        if (!anchor) return;
        for (std::size_t m = first; m <= last; ++m) {
            Line& l = lines_[nonblank[m]];
            if (l.kind == Kind::furniture) continue;
            l.kind = Kind::furniture;
            l.furniture = FurnitureKind::page_header;
            l.rule = "in the page's top or bottom block with its header line: page header";
        }
    };
    if (!nonblank.empty()) {
        std::size_t top_end = 0;
        while (top_end + 1 < nonblank.size() && lines_[nonblank[top_end + 1]].blank_before == 0)
            ++top_end;
        if (top_end + 1 < nonblank.size()) furniture_block(0, top_end, is_header(top_end + 1));
        std::size_t bottom_begin = nonblank.size() - 1;
        while (bottom_begin > 0 && lines_[nonblank[bottom_begin]].blank_before == 0) --bottom_begin;
        if (bottom_begin > top_end) furniture_block(bottom_begin, nonblank.size() - 1, false);
    }
    // The masthead: short lines printed in one block right above the page's first header
    // line (东川日报 / 中共东川省委机关报 / 2026年11月27日 星期五 …).
    for (std::size_t k = 0; k < nonblank.size() && k < zone; ++k) {
        if (!is_header(k)) continue;
        constexpr std::size_t max_masthead_chars = 30;
        // Across blank lines, only very short lines at the top of the page (桂南农民报 /
        // 农村金融 5 / the date line).
        constexpr std::size_t max_separated_masthead_chars = 10, separated_zone = 3;
        for (std::size_t m = k; m-- > 0;) {
            Line& above = lines_[nonblank[m]];
            if (lines_[nonblank[m + 1]].blank_before != 0 &&
                (k >= separated_zone || above.chars > max_separated_masthead_chars))
                break;
            if (above.kind == Kind::furniture) continue;
            // 柳溪社讯 over 柳溪村股份经济合作社 编印 第18期: a newsletter's name reads like a
            // dateline naming nobody.
            const bool newsletter_name = above.kind == Kind::dateline &&
                                         above.parse.authors.empty() &&
                                         lines_[nonblank[m + 1]].blank_before == 0;
            if (above.terminal || above.chars > max_masthead_chars || above.has_jump ||
                above.credit_begin ||
                (above.kind != Kind::headline && above.kind != Kind::body && !newsletter_name))
                break;
            above.kind = Kind::furniture;
            above.furniture = FurnitureKind::page_header;
            above.rule = "short line in one block above the page's first header: masthead";
        }
        // 西江都市报 · 民生 right under the date line: the rest of the header block.
        for (std::size_t m = k + 1; m < nonblank.size(); ++m) {
            Line& below = lines_[nonblank[m]];
            if (below.blank_before == 0 && below.kind == Kind::furniture) continue;
            if (below.blank_before != 0 || below.terminal || below.chars > max_masthead_chars ||
                below.has_jump || below.credit_begin ||
                (below.kind != Kind::headline && below.kind != Kind::body) ||
                header_evidence(content(below)).kinds == 0)
                break;
            below.kind = Kind::furniture;
            below.furniture = FurnitureKind::page_header;
            below.rule = "paper or section name in one block under the page's first header";
        }
        break;
    }
    // The first line after the page's top furniture, across a blank line: a page number with
    // a section name (生态　3, 3　综合新闻), or a very short name standing alone before the
    // first headline (志愿青春 / 扎根边疆三年，…; 地區事務 / 區議會通過…).
    std::size_t first_text = 0;
    while (first_text < nonblank.size() && lines_[nonblank[first_text]].kind == Kind::furniture)
        ++first_text;
    if (first_text > 0 && first_text < zone && first_text + 1 < nonblank.size()) {
        Line& line = lines_[nonblank[first_text]];
        const Line& next = lines_[nonblank[first_text + 1]];
        constexpr std::size_t max_alone_section_chars =
            4;  // section names are short; kickers longer
        const std::string_view text = content(line);
        const bool numbered_section = page_number_and_section(text);
        const bool alone_section = line.kind == Kind::headline && line.blank_before > 0 &&
                                   line.chars <= max_alone_section_chars && next.blank_before > 0 &&
                                   (next.kind == Kind::headline || next.kind == Kind::body) &&
                                   !ends_with_dash(text) && !bracketed(text) &&
                                   text.find(' ') == std::string_view::npos;
        if ((line.kind == Kind::headline || line.kind == Kind::body) && !line.terminal &&
            (numbered_section || alone_section)) {
            line.kind = Kind::furniture;
            line.furniture = FurnitureKind::section_name;
            line.rule = numbered_section
                            ? "page number and section name under the page's header: section name"
                            : "very short line alone between the page's header and its first "
                              "headline: section name";
            // 扎根边疆三年，他们把青春写在天山脚下 next, short and unfinished: no body text
            // comes before the page's first article, so it is a title, comma or not.
            Line& title = lines_[nonblank[first_text + 1]];
            if (title.kind == Kind::body && !title.terminal && !title.continuing &&
                !title.has_jump && short_title_shape(title)) {
                title.kind = Kind::headline;
                title.rule = "short unfinished line first on the page after its header: headline";
            }
        }
    }
}

void SegmenterImpl::mark_bare_name_bylines() {
    // Commentaries and columns often print the author's name alone under the title (刘建华).
    // A line of names with no role word is taken as a byline only there: below a longer
    // headline line, above body text, every part shaped like a person's name.
    constexpr std::size_t max_names_chars = 9, min_title_chars = 5;
    const Line* previous = nullptr;
    for (std::size_t i = 0; i < lines_.size(); ++i) {
        Line& line = lines_[i];
        if (line.kind == Kind::blank) continue;
        const Line* above = previous;
        previous = &line;
        // 本报记者 骆 平 / 曹紫涵: more names of the byline right above, on the next line.
        if (line.kind == Kind::headline && line.chars <= max_names_chars && above &&
            above->kind == Kind::byline && line.blank_before == 0 &&
            !above->parse.authors.empty()) {
            const Author& last = above->parse.authors.back();
            BylineResult more = parser_.parse_continuation(content(line), line.begin,
                                                           RoleWord{last.role_text, last.role});
            if (more.kind == BylineKind::byline && !more.authors.empty() &&
                std::all_of(more.authors.begin(), more.authors.end(), [](const Author& a) {
                    return BylineParser::looks_like_person_name(a.name);
                })) {
                line.parse = std::move(more);
                line.kind = Kind::byline;
                line.rule = "names right under a byline: more of its names";
                continue;
            }
        }
        // 邝诗琪 alone after a commentary's last sentence and before the next headline: the
        // signature of a piece with no byline at its head (the end-byline rule takes it).
        // The piece above must have no byline of its own since its headline.
        auto signed_above = [&] {
            for (std::size_t k = i; k-- > 0;) {
                if (lines_[k].kind == Kind::headline) return false;
                if (lines_[k].kind == Kind::byline || lines_[k].kind == Kind::dateline_lead)
                    return true;
            }
            return false;
        };
        if (line.kind == Kind::headline && line.chars <= max_names_chars && above &&
            above->kind == Kind::body && above->terminal && !signed_above()) {
            const Line* following = nullptr;
            for (std::size_t j = i + 1; j < lines_.size() && !following; ++j)
                if (lines_[j].kind != Kind::blank) following = &lines_[j];
            // 刘淑芬（退休教师）: a reader signs with a post in brackets after the name.
            std::string_view signature = content(line);
            const Tail tail = tail_of(signature);
            if (tail.count > 0 && is_close_paren(tail.last[0])) {
                const std::size_t open = std::min(signature.find("（"), signature.find('('));
                constexpr std::size_t max_post_bytes = 12 * 3;
                if (open != std::string_view::npos && open > 0 &&
                    signature.size() - open <= max_post_bytes)
                    signature = trim(signature.substr(0, open));
            }
            const bool next_item =
                !following || following->kind == Kind::furniture ||
                (following->kind == Kind::headline && following->blank_before > 0);
            if (next_item) {
                BylineResult names = parser_.parse_continuation(
                    signature, line.begin, RoleWord{std::string(), AuthorRole::writer});
                if (names.kind == BylineKind::byline && names.authors.size() == 1 &&
                    BylineParser::looks_like_person_name(names.authors[0].name) &&
                    char_count(names.authors[0].name) <= 3) {
                    names.confidence = std::min(names.confidence, 0.5);
                    line.parse = std::move(names);
                    line.kind = Kind::byline;
                    line.rule =
                        "a name alone after finished text, before the next headline: "
                        "a signature";
                    continue;
                }
            }
        }
        // The name under a commentary's title is its writer's; a pupil's school may follow
        // it in brackets (郑可欣（嘉兴市南湖实验小学三年级）).
        // □ 李建平（北京协和医院变态反应科主任医师）: a post or unit in brackets the same way.
        std::string_view signed_name = content(line);
        constexpr std::size_t max_unit_chars = 24;
        if (const std::size_t open = std::min(signed_name.find("（"), signed_name.find('('));
            open != std::string_view::npos && open > 0 &&
            (ends_with(signed_name, "）") || ends_with(signed_name, ")")) &&
            char_count(signed_name.substr(open)) <= max_unit_chars)
            signed_name = trim(signed_name.substr(0, open));
        if (line.kind != Kind::headline || char_count(signed_name) > max_names_chars || !above ||
            above->kind != Kind::headline || above->chars < min_title_chars ||
            line.blank_before > 2)
            continue;
        const Line* next = nullptr;
        for (std::size_t j = i + 1; j < lines_.size() && !next; ++j)
            if (lines_[j].kind != Kind::blank) next = &lines_[j];
        if (!next || next->kind != Kind::body) continue;
        // 公　告, 启　事: a notice's title letter-spaced, not a person surnamed 公.
        if (is_notice_word(without_spaces(content(line)))) continue;
        BylineResult names = parser_.parse_continuation(
            signed_name, line.begin, RoleWord{std::string(), AuthorRole::writer});
        if (names.kind != BylineKind::byline || names.authors.empty() ||
            !std::all_of(names.authors.begin(), names.authors.end(), [](const Author& a) {
                return BylineParser::looks_like_person_name(a.name);
            }))
            continue;
        names.confidence = std::min(names.confidence, 0.6);
        line.parse = std::move(names);
        line.kind = Kind::byline;
        line.rule = "names alone between a headline and its text: byline";
    }
}

void SegmenterImpl::mark_salutations() {
    // A letter or speech opens with its addressee on a line of its own right under the title
    // (编辑同志：, 各位代表：): a paragraph, not text cut by a column break.
    constexpr std::size_t max_salutation_chars = 8;
    const Line* previous = nullptr;
    for (std::size_t i = 0; i < lines_.size(); ++i) {
        Line& line = lines_[i];
        if (line.kind == Kind::blank) continue;
        const Line* above = previous;
        previous = &line;
        const std::string_view text = content(line);
        // 各村民小组、各位股民：, 全体居民：: a notice's addressees may run longer.
        constexpr std::size_t max_addressees_chars = 16;
        const bool addressees = starts_with(text, "各") || starts_with(text, "全体") ||
                                starts_with(text, "全體") || starts_with(text, "亲爱的") ||
                                starts_with(text, "尊敬的") || starts_with(text, "親愛的");
        if (line.kind != Kind::body || !above ||
            line.chars > (addressees ? max_addressees_chars : max_salutation_chars))
            continue;
        if (!ends_with(text, "：") && !ends_with(text, ":")) continue;
        // 青年画家陈一帆： / 画笔下的两座城: a title broken after its colon goes on with a
        // short unfinished line; a letter goes on with its text.
        if (i + 1 < lines_.size() && lines_[i + 1].kind != Kind::blank && !lines_[i + 1].terminal &&
            lines_[i + 1].chars <= options_.max_headline_chars / 2)
            continue;
        // Anywhere else only a salutation by its words (编辑同志：, 尊敬的读者：): a short line
        // cut after a colon by a column break is more common.
        const bool addressee = text.find("同志") != std::string_view::npos ||
                               starts_with(text, "尊敬的") || starts_with(text, "亲爱的") ||
                               text.find("先生") != std::string_view::npos ||
                               text.find("女士") != std::string_view::npos;
        if (above->kind != Kind::headline && !addressee) continue;
        line.terminal = true;
        line.continuing = false;
        line.rule = "addressee and colon alone under a title: salutation paragraph";
    }
}

std::size_t SegmenterImpl::trailing_photo_credit(std::string_view text, std::size_t base,
                                                 BylineResult& credit) const {
    // "…训练。 本报记者 X 摄" or "…水枪。（通讯员 X 摄）": the credit after the last sentence.
    std::size_t sentence_end = 0;
    for (std::size_t i = 0; i < text.size();) {
        std::size_t length = 0;
        const char32_t c = code_point_at(text, i, length);
        i += length;
        if (is_terminal(c)) sentence_end = i;
    }
    if (sentence_end == 0) return 0;
    std::size_t at = sentence_end;
    while (at < text.size() && text[at] == ' ') ++at;
    if (at >= text.size()) return 0;
    credit = parser_.parse_line(text.substr(at), base + at);
    // 摄影/邵峰 parses as a byline of photographers.
    const bool photographers =
        credit.kind == BylineKind::byline &&
        std::all_of(credit.authors.begin(), credit.authors.end(),
                    [](const Author& a) { return a.role == AuthorRole::photographer; });
    return (credit.kind == BylineKind::photo_credit || photographers) && !credit.authors.empty()
               ? base + at
               : 0;
}

void SegmenterImpl::mark_photo_news() {
    // Photo news: a one-line title, one text line about the photo and the photographer's
    // credit (at its end or on the next line), then the next item. The text is the item's
    // body and the photographer its author, not a caption of the article above.
    std::vector<std::size_t> nonblank;
    for (std::size_t i = 0; i < lines_.size(); ++i)
        if (lines_[i].kind != Kind::blank) nonblank.push_back(i);
    auto item_ends_at = [&](std::size_t k) {  // nonblank[k] is the last line of an item
        if (k + 1 >= nonblank.size()) return true;
        const Kind next = lines_[nonblank[k + 1]].kind;
        return next == Kind::headline || next == Kind::furniture;
    };
    for (std::size_t k = 0; k < nonblank.size(); ++k) {
        Line& line = lines_[nonblank[k]];
        if (line.kind == Kind::dateline) {
            // 本 报 讯 alone on its line over run-in briefs labels them all.
            const std::string squeezed = without_spaces(content(line));
            if ((squeezed == "本报讯" || squeezed == "本報訊") && mark_run_in_briefs(nonblank, k))
                line.items_label = true;
            continue;
        }
        if (line.kind != Kind::headline) continue;
        if (mark_run_in_briefs(nonblank, k)) {
            line.items_label = true;
            continue;
        }
        if (k + 1 >= nonblank.size()) continue;
        // 【简讯】 right above a title (no blank line) is that item's column name.
        const Kind next_kind = lines_[nonblank[k + 1]].kind;
        // 简　讯 right over the first of several briefs, printed once: a banner as well (over
        // one item, repeated over each, or in brackets, it is that item's column name).
        // In lenticular brackets (【校园速递】) the label tags the title under it.
        const bool banner_on_first =
            next_kind == Kind::headline && lines_[nonblank[k + 1]].blank_before == 0 &&
            !in_lenticular_brackets(content(line)) && is_items_label(content(line), true) &&
            items_under_label(nonblank, k) >= 2;
        // (简    讯 over 本报讯… briefs opening with their datelines, too.)
        if ((next_kind == Kind::headline || next_kind == Kind::body ||
             next_kind == Kind::dateline_lead) &&
            (lines_[nonblank[k + 1]].blank_before > 0 || banner_on_first) &&
            is_items_label(content(line), next_kind == Kind::headline) &&
            !column_over_one_item(nonblank, k)) {
            line.kind = Kind::furniture;
            line.furniture = FurnitureKind::section_name;
            line.items_label = true;
            line.rule = "label over several briefs (■ 城市速递, 【快讯】): section name";
            continue;
        }
        Line& text_line = lines_[nonblank[k + 1]];
        if (text_line.blank_before > 1) continue;
        if (text_line.kind == Kind::caption) {
            BylineResult credit;
            const std::size_t at =
                trailing_photo_credit(content(text_line), text_line.begin, credit);
            if (at == 0 || !item_ends_at(k + 1)) continue;
            text_line.kind = Kind::body;
            text_line.credit_begin = at;
            text_line.credit = std::move(credit);
            text_line.rule = "text and photo credit under a one-line title: photo news";
        } else if (text_line.kind == Kind::body && text_line.terminal && k + 2 < nonblank.size()) {
            Line& credit_line = lines_[nonblank[k + 2]];
            if (credit_line.kind != Kind::caption || credit_line.blank_before > 1 ||
                credit_line.parse.kind != BylineKind::photo_credit || !item_ends_at(k + 2))
                continue;
            credit_line.kind = Kind::credit;
            credit_line.rule = "photo credit ending a photo-news item: its author";
        }
    }
}

namespace {
// A news lead's opening time: 近日，日前，昨天，今年…，12月1日，.
// 记者从市交通局获悉，, 记者近日从…了解到，: the formula of a news lead naming its source.
bool starts_with_source_formula(std::string_view text) {
    if (!starts_with(text, "记者") && !starts_with(text, "記者")) return false;
    constexpr std::size_t max_formula_bytes = 40 * 3;
    const std::string_view head = text.substr(0, std::min(text.size(), max_formula_bytes));
    const std::size_t from = std::min(head.find("从"), head.find("從"));
    if (from == std::string_view::npos || from > 6 * 3) return false;
    const std::size_t comma = head.find("，");
    for (const char* word : {"获悉", "獲悉", "了解到"}) {
        const std::size_t at = head.find(word, from);
        if (at != std::string_view::npos && (comma == std::string_view::npos || at < comma))
            return true;
    }
    return false;
}

bool starts_with_news_time(std::string_view text) {
    for (const char* word : {"近日", "日前", "昨天", "昨日", "今天", "今日", "今年", "本月", "截至",
                             "連日", "连日", "近期"})
        if (starts_with(text, word)) return true;
    std::size_t i = 0, digits = 0;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9' && digits < 3) ++i, ++digits;
    return digits > 0 && starts_with(text.substr(i), "月");
}

// "全国游泳冠军赛落幕 本届全国…": a head of 4 to 16 characters without punctuation, a space,
// then the text.
bool has_run_in_head(std::string_view text) {
    constexpr std::size_t min_head_chars = 4, max_head_chars = 16;
    std::size_t chars = 0;
    for (std::size_t i = 0; i < text.size();) {
        std::size_t length = 0;
        const char32_t c = code_point_at(text, i, length);
        if (c == ' ' || c == U'\u3000') return chars >= min_head_chars && i + length < text.size();
        // 西城试点“错时共享停车”　…: a head may quote a name.
        if (!is_han(c) && !is_digit(c) && c != U'“' && c != U'”') return false;
        if (++chars > max_head_chars) return false;
        i += length;
    }
    return false;
}
}  // namespace

std::size_t SegmenterImpl::items_under_label(const std::vector<std::size_t>& nonblank,
                                             std::size_t k) const {
    // Headline blocks after the label at nonblank[k], up to the page's end or the same label
    // printed again (【简讯】 over each brief), counted to two.
    const std::string label = without_spaces(label_words(content(lines_[nonblank[k]])));
    std::size_t blocks = 0;
    for (std::size_t m = k + 1; m < nonblank.size() && blocks < 2; ++m) {
        const Line& line = lines_[nonblank[m]];
        if (without_spaces(label_words(content(line))) == label) break;
        // (A title set solid under the brief above starts a block too.)
        const bool block_start =
            line.blank_before > 0 || m == k + 1 || lines_[nonblank[m - 1]].kind != Kind::headline;
        if (line.kind == Kind::headline && block_start) ++blocks;
    }
    return blocks;
}

bool SegmenterImpl::column_over_one_item(const std::vector<std::size_t>& nonblank,
                                         std::size_t k) const {
    // 学术动态 / 研讨会在京举行 / 本报讯…, then the page's end: a label known only by its ending
    // (…动态, …速递) over a single item is that item's column name, not a banner over briefs.
    const std::string_view label = label_words(content(lines_[nonblank[k]]));
    if (std::any_of(std::begin(builtin_multi_item_labels), std::end(builtin_multi_item_labels),
                    [&](const char* l) { return label == l; }))
        return false;
    return items_under_label(nonblank, k) == 1;
}

bool SegmenterImpl::mark_run_in_briefs(const std::vector<std::size_t>& nonblank, std::size_t k) {
    Line& line = lines_[nonblank[k]];
    std::string_view label = content(line);
    while (!label.empty()) {  // ■ 体坛速递
        std::size_t length = 0;
        const char32_t c = code_point_at(label, 0, length);
        if (!is_bullet(c) && !is_space(c)) break;
        label.remove_prefix(length);
    }
    constexpr std::size_t max_label_chars = 8;
    // 本 报 讯 centred over a block of run-in briefs: the paper's own news, one label for all.
    const std::string squeezed = without_spaces(label);
    const bool paper_news = squeezed == "本报讯" || squeezed == "本報訊";
    if (char_count(label) > max_label_chars ||
        (!paper_news && std::none_of(std::begin(builtin_briefs_label_endings),
                                     std::end(builtin_briefs_label_endings),
                                     [&](const char* e) { return ends_with(label, e); })))
        return false;
    // ■ 2026杭州马拉松将于…: briefs may be set off by a bullet each instead of a run-in head;
    // two bulleted paragraphs or more under the label make a run of briefs.
    // ● and • mark the items of a list (新品速递 / ●山耕微耕机：… is one box), not briefs.
    auto bulleted = [&](std::size_t j) {
        std::size_t length = 0;
        const std::string_view text = content(lines_[nonblank[j]]);
        if (text.empty()) return false;
        const char32_t c = code_point_at(text, 0, length);
        return is_bullet(c) && c != U'●' && c != U'•' && c != U'·';
    };
    std::size_t briefs = 0, bullets = 0;
    for (std::size_t j = k + 1; j < nonblank.size() && lines_[nonblank[j]].kind == Kind::body;
         ++j) {
        if (has_run_in_head(content(lines_[nonblank[j]]))) ++briefs;
        if (bulleted(j)) ++bullets;
    }
    constexpr std::size_t min_bulleted_briefs = 2;
    const bool bullet_briefs = bullets >= min_bulleted_briefs;
    if (briefs == 0 && !bullet_briefs) return false;
    line.kind = Kind::furniture;
    line.furniture = FurnitureKind::section_name;
    line.rule = "label over run-in briefs (■ 体坛速递): section name";
    for (std::size_t j = k + 1; j < nonblank.size() && lines_[nonblank[j]].kind == Kind::body;
         ++j) {
        Line& brief = lines_[nonblank[j]];
        const bool run_in = has_run_in_head(content(brief));
        const bool bullet = bullet_briefs && bulleted(j);
        if (!run_in && !bullet) continue;
        brief.run_in_brief = true;
        if (bullet) skip_bullet(brief);
        brief.rule = run_in ? "paragraph with a run-in head under a briefs label: a brief"
                            : "bulleted paragraph under a briefs label: a brief";
    }
    return true;
}

void SegmenterImpl::skip_bullet(const Line& line) {
    // The bullet sets a brief off like an indent: it stays in the paragraph's span (every
    // byte is placed) but is not the brief's repaired text.
    const std::string_view text = content(line);
    std::size_t skip = 0;
    while (skip < text.size()) {
        std::size_t length = 0;
        const char32_t c = code_point_at(text, skip, length);
        if (!is_bullet(c) && !is_space(c)) break;
        skip += length;
    }
    text_skips_.emplace_back(line.begin, skip);
}

void SegmenterImpl::mark_bulleted_briefs_after_records() {
    // 昨日战况 / 广东　108：96　辽宁 / … / ■　中国篮协昨日公布…。: a bulleted paragraph right
    // after a box of result lines or table rows cannot continue the box; it is a brief of its
    // own, printed without a headline. (● and • mark a list's items.)
    constexpr std::size_t min_brief_chars = 16;
    const Line* previous = nullptr;
    for (Line& line : lines_) {
        if (line.kind == Kind::blank) continue;
        const std::string_view text = content(line);
        std::size_t length = 0;
        const char32_t first = text.empty() ? U'\0' : code_point_at(text, 0, length);
        if (previous && previous->record && line.kind == Kind::body && !line.record &&
            line.blank_before > 0 && line.terminal && line.chars >= min_brief_chars &&
            is_bullet(first) && first != U'●' && first != U'•' && first != U'·') {
            line.run_in_brief = true;
            skip_bullet(line);
            line.rule = "bulleted paragraph after a box of records: a brief";
        }
        previous = &line;
    }
}

namespace {
// Commas of either width (the page is normalized: a full-width comma may have become ',').
std::size_t count_commas(std::string_view text) {
    std::size_t commas = static_cast<std::size_t>(std::count(text.begin(), text.end(), ','));
    for (std::size_t at = text.find("，"); at != std::string_view::npos;
         at = text.find("，", at + 3))
        ++commas;
    return commas;
}
}  // namespace

// A short one-clause question alone between paragraphs, a longer paragraph under it: the
// shape of a question crosshead (为何聚焦种业？).
bool SegmenterImpl::question_head_shape(std::size_t i) const {
    constexpr std::size_t max_question_chars = 16;
    const Line& line = lines_[i];
    const std::string_view text = content(line);
    const Tail tail = tail_of(text);
    const std::size_t next_index = next_nonblank(i);
    const Line* next = next_index < lines_.size() ? &lines_[next_index] : nullptr;
    const std::size_t commas = count_commas(text);
    return line.kind == Kind::body && line.blank_before > 0 && !line.has_jump && !line.verse &&
           line.chars <= max_question_chars && tail.count > 0 &&
           (tail.last[0] == U'？' || tail.last[0] == '?') && next && next->blank_before > 0 &&
           next->kind == Kind::body && next->chars > line.chars &&
           text.find(':') == std::string_view::npos && commas <= 1 &&
           text.find("：") == std::string_view::npos && text.find("“") == std::string_view::npos;
}

void SegmenterImpl::mark_question_crossheads() {
    // 为何聚焦种业？ / … / 提案从哪里来？: short one-clause questions standing alone between
    // paragraphs, two or more before the next headline or byline, are the article's section
    // heads. One alone may be a rhetorical question of the text, so it stays body.
    constexpr std::size_t min_questions = 2;
    std::vector<std::size_t> run;
    // 倒春寒来了，麦苗受冻怎么办？: questions of two clauses count when three or more stand
    // in the article, or when all end alike (…怎么办？): a rhetorical question of the text
    // seldom has company.
    constexpr std::size_t min_comma_questions = 3;
    auto has_comma = [&](std::size_t i) { return count_commas(content(lines_[i])) > 0; };
    auto same_endings = [&]() {
        constexpr std::size_t ending_bytes = 3 * 3;  // 怎么办, then ？
        std::string_view first;
        for (std::size_t i : run) {
            const std::string_view text = content(lines_[i]);
            if (text.size() < ending_bytes + 3) return false;
            const std::string_view ending =
                text.substr(text.size() - 3 - ending_bytes, ending_bytes);
            if (first.empty()) first = ending;
            if (ending != first) return false;
        }
        return true;
    };
    auto flush = [&]() {
        const bool commas = std::any_of(run.begin(), run.end(), has_comma);
        if (run.size() >= min_questions &&
            (!commas || run.size() >= min_comma_questions || same_endings()))
            for (std::size_t i : run) {
                lines_[i].kind = Kind::headline;
                lines_[i].question_series = true;
                lines_[i].rule =
                    "short questions alone between paragraphs, two or more: crossheads";
            }
        run.clear();
    };
    bool body_seen = false;
    for (std::size_t i = 0; i < lines_.size(); ++i) {
        const Line& line = lines_[i];
        if (line.kind == Kind::blank || line.kind == Kind::caption || line.kind == Kind::furniture)
            continue;
        if (line.kind != Kind::body) {
            flush();
            // A question right under a headline may open the article's first section
            // (简约公屋下月接受申请 / 哪些人可以申请？ / …); under a byline it is the lead.
            body_seen = line.kind == Kind::headline;
            continue;
        }
        if (body_seen && question_head_shape(i)) run.push_back(i);
        body_seen = true;
    }
    flush();
}

namespace {
// 北京首钢 98∶91 广州龙狮, 統一獅 5:0 味全龍（勝投：…）: a name, a score between spaces, a
// name (and a note).
bool is_score(std::string_view score) {
    std::size_t p = 0, length = 0, digits_before = 0, digits_after = 0;
    bool separator = false;
    while (p < score.size()) {
        const char32_t c = code_point_at(score, p, length);
        if (is_digit(c)) {
            ++(separator ? digits_after : digits_before);
        } else if (!separator && (c == U'∶' || c == ':' || c == U'：' || c == U'比' || c == '-')) {
            separator = true;
        } else {
            return false;
        }
        p += length;
    }
    return separator && digits_before > 0 && digits_after > 0;
}
// 黄俊杰（马）19-21、21-17、21-15: games of a match glued after a name, two or more scores
// of at most three digits a side, joined by 、.
bool ends_with_game_scores(std::string_view segment) {
    std::size_t begin = segment.size();
    while (begin > 0) {
        const char c = segment[begin - 1];
        if ((c >= '0' && c <= '9') || c == '-') {
            --begin;
        } else if (begin >= 3 && segment.compare(begin - 3, 3, "、") == 0) {
            begin -= 3;
        } else {
            break;
        }
    }
    if (begin == 0 || begin == segment.size()) return false;
    std::size_t games = 0;
    for (std::size_t p = begin; p <= segment.size();) {
        std::size_t end = segment.find("、", p);
        if (end == std::string_view::npos) end = segment.size();
        const std::string_view game = segment.substr(p, end - p);
        const std::size_t dash = game.find('-');
        constexpr std::size_t max_points_digits = 3;
        if (dash == std::string_view::npos || dash == 0 || dash > max_points_digits ||
            game.size() - dash - 1 == 0 || game.size() - dash - 1 > max_points_digits ||
            !is_score(game))
            return false;
        ++games;
        p = end + 3;
    }
    return games >= 2;
}

bool is_result_line(std::string_view text) {
    constexpr std::size_t max_result_chars = 48;
    if (char_count(text) > max_result_chars) return false;
    // The first score between spaces, with text before and after it.
    std::size_t begin = 0;
    while (begin < text.size()) {
        const std::size_t space = text.find(' ', begin);
        const std::size_t end = space == std::string_view::npos ? text.size() : space;
        if (begin > 0 && end < text.size() && end > begin &&
            is_score(text.substr(begin, end - begin)))
            return true;
        if (end < text.size() && ends_with_game_scores(text.substr(begin, end - begin)))
            return true;
        if (space == std::string_view::npos) break;
        begin = space + 1;
    }
    return false;
}

}  // namespace

// 10月20日（周一）20:00 CCTV-12《庭审现场》…, 19:30 新闻联播: a line of a schedule, opening
// with a date or a clock time and ending in no punctuation.
bool is_schedule_line(std::string_view text) {
    constexpr std::size_t max_schedule_chars = 48;
    if (char_count(text) > max_schedule_chars || ends_with_terminal(text)) return false;
    std::size_t i = 0, digits = 0;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9' && digits < 2) ++i, ++digits;
    if (digits == 0 || i >= text.size()) return false;
    if (starts_with(text.substr(i), "月")) return text.find("日", i) != std::string_view::npos;
    if (text[i] != ':') return false;
    const std::size_t minutes = i + 1;
    return minutes + 2 <= text.size() && text[minutes] >= '0' && text[minutes] <= '5' &&
           text[minutes + 1] >= '0' && text[minutes + 1] <= '9';
}

// 1.86亿吨 前4个月货物吞吐量，同比增长3.1%: a figure, its unit, a space, what it counts.
bool is_figure_line(std::string_view text) {
    constexpr std::size_t max_figure_chars = 40, max_unit_chars = 4;
    if (char_count(text) > max_figure_chars || ends_with_terminal(text)) return false;
    std::size_t i = 0;
    while (i < text.size() && ((text[i] >= '0' && text[i] <= '9') || text[i] == '.')) ++i;
    if (i == 0 || text[0] == '.') return false;
    std::size_t unit = 0, length = 0;
    while (i < text.size() && text[i] != ' ' && unit <= max_unit_chars) {
        const char32_t c = code_point_at(text, i, length);
        if (!is_han(c) && c != '%' && c != U'％') return false;
        i += length;
        ++unit;
    }
    return unit <= max_unit_chars && i < text.size() && text[i] == ' ' && i + 1 < text.size() &&
           text[i + 1] != ' ';
}

// 日均车流量 10万车次以上, 累计通行车辆 超7500万车次: a short label, one space, a figure with
// its unit (the label first, unlike is_figure_line's 1.86亿吨 前4个月…).
bool is_labelled_figure_line(std::string_view text) {
    constexpr std::size_t max_part_chars = 14;
    if (ends_with_terminal(text) || text.find("，") != std::string_view::npos) return false;
    const std::size_t space = text.find(' ');
    if (space == std::string_view::npos || space == 0 ||
        text.find(' ', space + 1) != std::string_view::npos)
        return false;
    const std::string_view label = text.substr(0, space), figure = text.substr(space + 1);
    if (figure.empty() || char_count(label) > max_part_chars || char_count(figure) > max_part_chars)
        return false;
    for (std::size_t i = 0, length = 0; i < label.size(); i += length)
        if (!is_han(code_point_at(label, i, length))) return false;
    return std::any_of(figure.begin(), figure.end(),
                       [](char c) { return is_ascii_digit(static_cast<unsigned char>(c)); });
}

// 雷沃谷神GM80    8kg/s    16.9: a row of a table, cells apart by two spaces or more.
// 樂天桃猿5：4勝統一獅: a score (one to three digits, a colon, one to three digits) with a
// word right after it, as results are told (a clock time, 19:30, is followed by more digits
// or stands alone).
bool reports_score(std::string_view text) {
    for (std::size_t at = text.find(':'); at != std::string_view::npos;
         at = text.find(':', at + 1)) {
        std::size_t before = 0, after = 0;
        while (before < at && before < 4 &&
               is_ascii_digit(static_cast<unsigned char>(text[at - 1 - before])))
            ++before;
        while (at + 1 + after < text.size() && after < 4 &&
               is_ascii_digit(static_cast<unsigned char>(text[at + 1 + after])))
            ++after;
        if (before == 0 || before > 3 || after == 0 || after > 3) continue;
        std::size_t length = 0;
        const std::size_t next = at + 1 + after;
        if (next < text.size() && is_han(code_point_at(text, next, length)) && after <= 2 &&
            !(after == 2 && before == 2))  // 19:30开始 is a time
            return true;
    }
    return false;
}

bool is_table_row(std::string_view text) {
    constexpr std::size_t max_row_chars = 40, max_gapped_row_chars = 80, max_cell_chars = 16;
    if (ends_with_terminal(text)) return false;
    // 湖北公司        14            23          100%: cells apart by wide gaps may make a
    // line long; each cell stays short.
    if (char_count(text) > max_row_chars) {
        if (char_count(text) > max_gapped_row_chars) return false;
        std::size_t cells = 0, longest = 0;
        for (std::size_t i = 0; i < text.size();) {
            while (i < text.size() && text[i] == ' ') ++i;
            if (i >= text.size()) break;
            const std::size_t begin = i;
            while (i < text.size() &&
                   !(text[i] == ' ' && i + 1 < text.size() && text[i + 1] == ' '))
                ++i;
            ++cells;
            longest = std::max(longest, char_count(text.substr(begin, i - begin)));
        }
        return cells >= 3 && longest <= max_cell_chars;
    }
    std::size_t cells = 0, i = 0;
    while (i < text.size()) {
        while (i < text.size() && text[i] == ' ') ++i;
        if (i >= text.size()) break;
        ++cells;
        // A cell runs to the next gap of two spaces or more.
        while (i < text.size() && !(text[i] == ' ' && i + 1 < text.size() && text[i + 1] == ' '))
            ++i;
    }
    if (cells >= 2) return true;
    // 游泳 女子200米蝶泳半决赛 林书瑶 2分06秒88 小组第三晋级决赛: four cells or more apart by
    // single spaces, none a lone character (a letter-spaced title is), no sentence comma.
    // 央视一套 每晚19:30 《山海之间》第15—21集: three cells suffice when one is a clock time.
    constexpr std::size_t min_spaced_cells = 4, min_timed_cells = 3, min_cell_chars = 2;
    // A race time counts the same (10秒52, 2分06秒88).
    bool clock = false;
    for (std::size_t c = 1; c + 2 < text.size() && !clock; ++c)
        clock = text[c] == ':' && is_ascii_digit(static_cast<unsigned char>(text[c - 1])) &&
                is_ascii_digit(static_cast<unsigned char>(text[c + 1])) &&
                is_ascii_digit(static_cast<unsigned char>(text[c + 2]));
    for (std::size_t at = text.find("秒"); at != std::string_view::npos && !clock;
         at = text.find("秒", at + 3))
        clock = at > 0 && is_ascii_digit(static_cast<unsigned char>(text[at - 1])) &&
                at + 3 < text.size() && is_ascii_digit(static_cast<unsigned char>(text[at + 3]));
    // 恒生指數　19,842.31: a comma between digits groups thousands; any other is a sentence's.
    for (std::size_t at = text.find(','); at != std::string_view::npos; at = text.find(',', at + 1))
        if (at == 0 || at + 1 >= text.size() ||
            !is_ascii_digit(static_cast<unsigned char>(text[at - 1])) ||
            !is_ascii_digit(static_cast<unsigned char>(text[at + 1])))
            return false;
    if (text.find("，") != std::string_view::npos) return false;
    // 上证指数 3386.52 +0.84%: three cells, two of them figures (digits, a point, a sign, %).
    auto figure_cell = [](std::string_view cell) {
        return !cell.empty() && std::all_of(cell.begin(), cell.end(), [](char c) {
            return is_ascii_digit(static_cast<unsigned char>(c)) || c == '.' || c == '%' ||
                   c == '+' || c == '-' || c == ',';
        }) && std::any_of(cell.begin(), cell.end(), [](char c) {
            return is_ascii_digit(static_cast<unsigned char>(c));
        });
    };
    std::size_t spaced = 0, figures = 0;
    for (std::size_t begin = 0; begin < text.size();) {
        std::size_t end = text.find(' ', begin);
        if (end == std::string_view::npos) end = text.size();
        if (end > begin) {
            const std::string_view cell = text.substr(begin, end - begin);
            // A rank (1, 2, 3) may stand alone; a lone character is letter-spacing.
            if (char_count(cell) < min_cell_chars && !figure_cell(cell)) return false;
            ++spaced;
            // 38勝26敗1和, 勝率.594: a short cell mostly of digits counts as a figure too.
            constexpr std::size_t max_mixed_figure_chars = 10;
            const std::size_t digits =
                static_cast<std::size_t>(std::count_if(cell.begin(), cell.end(), [](char c) {
                    return is_ascii_digit(static_cast<unsigned char>(c));
                }));
            const std::size_t cell_chars = char_count(cell);
            if (figure_cell(cell) ||
                (cell_chars <= max_mixed_figure_chars && digits * 2 >= cell_chars))
                ++figures;
        }
        begin = end + 1;
    }
    // 建设大道 解放路口至青年路口 7月1日至10月31日: a date span counts like a time.
    bool dated = false;
    for (std::size_t at = text.find("月"); at != std::string_view::npos && !dated;
         at = text.find("月", at + 3))
        dated = at > 0 && is_ascii_digit(static_cast<unsigned char>(text[at - 1])) &&
                text.find("日", at) != std::string_view::npos;
    constexpr std::size_t min_figure_cells = 2;
    return spaced >= min_spaced_cells ||
           ((clock || dated || figures >= min_figure_cells) && spaced >= min_timed_cells);
}

void SegmenterImpl::mark_lines_over_headlines() {
    // 花3万元办的健身卡，门店说关就关了 / ——西湖区市场监管局介入…; 外卖平台“满减”变“满贵”？
    // / 消保委约谈三家平台: a short line opening a block, with a comma or ending in a one-clause
    // question, right above a headline line is the block's first headline line.
    std::size_t previous = lines_.size(), before_previous = lines_.size();  // non-blank lines
    for (std::size_t i = 0; i < lines_.size(); ++i) {
        if (lines_[i].kind == Kind::blank) continue;
        const std::size_t above_index = previous, earlier_index = before_previous;
        before_previous = previous;
        previous = i;
        if (above_index == lines_.size()) continue;
        const Line& below = lines_[i];
        Line& above = lines_[above_index];
        // What precedes the line is page furniture or finished text: the line opens an item,
        // it does not go on with the article above (whose only paragraph it could be).
        const bool opens_item =
            earlier_index == lines_.size() || lines_[earlier_index].kind == Kind::furniture ||
            lines_[earlier_index].kind == Kind::credit ||
            (lines_[earlier_index].kind == Kind::body && lines_[earlier_index].terminal);
        if (!opens_item) continue;
        // One blank line may stand between the lines of a headline block.
        if (below.kind != Kind::headline || below.blank_before > 1 || above.kind != Kind::body ||
            above.blank_before == 0 || !short_title_shape(above) || above.has_jump ||
            above.continuing)
            continue;
        const std::string_view text = content(above);
        const Tail tail = tail_of(text);
        const bool question = tail.count > 0 && (tail.last[0] == U'？' || tail.last[0] == '?') &&
                              text.find("，") == std::string_view::npos;
        if (above.terminal && !question) continue;
        above.kind = Kind::headline;
        above.rule = "short line opening a block right above a headline line: headline";
    }
}

void SegmenterImpl::mark_notice_signatures() {
    // 特此通告。 / 重庆市轨道交通（集团）有限公司 / 2025年11月27日: the issuer and the date
    // under a notice's closing formula are its last paragraphs, not the next headline.
    // Without the formula, under a notice's title (…通告, …的通知), an issuer line right over
    // a line that is one full date is the signature too, and a contact line (查詢電話：…)
    // just above it the notice's text.
    constexpr std::size_t max_signature_lines = 2, max_signature_chars = 30;
    auto make_paragraph = [&](Line& line, const char* rule) {
        line.kind = Kind::body;
        line.verse = true;  // a paragraph of its own
        line.terminal = true;
        line.rule = rule;
    };
    std::size_t pending = 0;
    bool in_notice = false;
    Line* previous = nullptr;
    for (std::size_t i = 0; i < lines_.size(); ++i) {
        Line& line = lines_[i];
        if (line.kind == Kind::blank) continue;
        const std::string_view text = content(line);
        // The date may have been taken for a page header's date line.
        const bool date_furniture =
            line.kind == Kind::furniture && line.furniture == FurnitureKind::date_line;
        // ［读者热线］ / 出行“烦心事” 有了回音 / byline: a column name, and lines right over a
        // byline, head the next item; they sign nothing.
        std::size_t below = next_nonblank(i);
        const bool over_byline =
            below < lines_.size() && lines_[below].blank_before == 0 &&
            (lines_[below].kind == Kind::byline || lines_[below].kind == Kind::dateline_lead);
        const bool may_sign = (line.kind == Kind::headline || line.kind == Kind::body) &&
                              !line.terminal && line.chars <= max_signature_chars &&
                              line.blank_before <= 1 && !in_lenticular_brackets(text) &&
                              !over_byline;
        if (pending > 0 && (may_sign || (date_furniture && line.blank_before <= 1))) {
            make_paragraph(
                line, "issuer or date under a notice's closing formula (特此通告。): paragraph");
            --pending;
            previous = &line;
            continue;
        }
        // The issuer may have been taken for a section name beside a date taken for a header.
        const bool issuer_furniture = line.kind == Kind::furniture && !line.has_jump &&
                                      line.blank_before <= 1 && line.chars <= max_signature_chars &&
                                      (line.furniture == FurnitureKind::section_name ||
                                       line.furniture == FurnitureKind::paper_name);
        if (in_notice && (may_sign || issuer_furniture) && previous &&
            previous->kind != Kind::headline) {
            // One issuer line or two (中共泾川县纪律检查委员会 / 泾川县监察委员会), then the date.
            constexpr std::size_t max_issuer_lines = 2;
            std::vector<std::size_t> signature{i};
            std::size_t next = i;
            bool dated = false;
            while (signature.size() <= max_issuer_lines) {
                ++next;
                while (next < lines_.size() && lines_[next].kind == Kind::blank) ++next;
                if (next >= lines_.size() || lines_[next].blank_before > 1) break;
                const Line& candidate = lines_[next];
                if (is_date_alone(without_spaces(content(candidate)))) {
                    dated = true;
                    break;
                }
                // An issuer line beside the date may have been taken for a header's part.
                const bool header_part = candidate.kind == Kind::furniture && !candidate.has_jump &&
                                         (candidate.furniture == FurnitureKind::section_name ||
                                          candidate.furniture == FurnitureKind::page_header ||
                                          candidate.furniture == FurnitureKind::paper_name);
                if ((candidate.kind != Kind::headline && candidate.kind != Kind::body &&
                     !header_part) ||
                    candidate.terminal || candidate.chars > max_signature_chars)
                    break;
                signature.push_back(next);
            }
            if (dated && signature.size() <= max_issuer_lines) {
                if (previous->kind == Kind::furniture && is_contact_line(content(*previous)))
                    make_paragraph(*previous, "contact line closing a notice's text: paragraph");
                for (std::size_t l : signature)
                    make_paragraph(lines_[l], "issuer over the date at a notice's end: paragraph");
                make_paragraph(lines_[next], "date at a notice's end: paragraph");
                in_notice = false;
                previous = &lines_[next];
                i = next;
                continue;
            }
        }
        // 新地址：… / 联系电话：… in a notice: labelled lines are paragraphs of their own, the
        // contact line too.
        // The label is a word (地址, 联系电话), the line short: not a time (8:00) or a list
        // item's long text.
        constexpr std::size_t max_labelled_line_chars = 30;
        auto han_label = [&] {
            std::size_t colon = text.find("：");
            if (colon == std::string_view::npos) colon = text.find(':');
            if (colon == std::string_view::npos || colon == 0) return false;
            for (std::size_t p = 0, length = 0; p < colon; p += length)
                if (!is_han(code_point_at(text, p, length))) return false;
            return true;
        };
        // 編輯：X, 责任编辑：Y: a label that is a role word credits the page's staff.
        auto role_label = [&] {
            AuthorRole role = AuthorRole::unknown;
            return parser_.match_role_word(text, 0, role) > 0;
        };
        // Inside the notice's block (or one blank line apart where blank lines part its
        // paragraphs); an editor's line below it (编辑：X) is page furniture.
        const bool in_block =
            line.blank_before == 0 || (blank_between_paragraphs_ && line.blank_before == 1);
        const bool labelled = (line.kind == Kind::body || line.kind == Kind::headline) &&
                              !line.terminal && line.chars <= max_labelled_line_chars &&
                              is_label_note(text) && han_label() && !role_label();
        if (in_notice && in_block &&
            (labelled || (line.kind == Kind::furniture && is_contact_line(text)))) {
            make_paragraph(line, "labelled line of a notice (新地址：…, 联系电话：…): paragraph");
            previous = &line;
            continue;
        }
        if (line.kind == Kind::headline) {
            const std::string squeezed = without_spaces(text);  // 停 水 通 知
            for (const char* word :
                 {"公告", "通告", "通知", "通报", "启事", "啟事", "声明", "聲明", "公示", "通報"})
                if (ends_with(squeezed, word)) in_notice = true;
        }
        pending =
            line.kind == Kind::body && line.terminal && starts_with(text, "特此") && line.chars <= 8
                ? max_signature_lines
                : 0;
        if (pending > 0) in_notice = false;
        previous = &line;
    }
}

void SegmenterImpl::mark_result_lines() {
    // Two or more result lines in a row (北京首钢 98∶91 广州龙狮 / 辽宁本钢 105∶88 天津先行者),
    // or rows of a table (cells apart by wide gaps), are records, not headlines: each is a
    // paragraph of its own, joined to none.
    std::vector<std::size_t> run;
    // 指数名称 收盘点位 涨跌幅 right over rows of as many cells: the table's header row.
    auto cells_of = [&](std::size_t i) {
        const std::string_view text = content(lines_[i]);
        std::size_t cells = 0;
        for (std::size_t begin = 0; begin < text.size();) {
            std::size_t end = text.find(' ', begin);
            if (end == std::string_view::npos) end = text.size();
            if (end > begin) ++cells;
            begin = end + 1;
        }
        return cells;
    };
    auto flush = [&]() {
        constexpr std::size_t min_header_cells = 3;
        if (run.size() >= 2 && lines_[run.front()].blank_before == 0 && run.front() > 0) {
            const std::size_t above = run.front() - 1;
            const Line& header = lines_[above];
            const std::size_t cells = cells_of(run.front());
            if ((header.kind == Kind::headline || header.kind == Kind::body) && !header.terminal &&
                cells >= min_header_cells && cells_of(above) == cells &&
                content(header).find("，") == std::string_view::npos)
                run.insert(run.begin(), above);
        }
        // Lines right over a byline or a dateline lead are its headline block, however they
        // look (流感疫苗開打首月 接種人數破200萬 / 疾管署：… / 記者X／台北報導).
        if (!run.empty()) {
            std::size_t next = next_nonblank(run.back());
            if (next < lines_.size() && lines_[next].blank_before == 0 &&
                (lines_[next].kind == Kind::byline || lines_[next].kind == Kind::dateline_lead))
                run.clear();
        }
        // 记者注意到，… / 恒瑞精机近三年主要财务数据 / 项目 2024年 … / 数据来源：… / 不过，…:
        // a table set solid under its title between two paragraphs of an article is part of
        // that article's text, title and all, not an item of its own.
        if (run.size() >= 2 && run.front() > 0 && lines_[run.front()].blank_before == 0) {
            const std::size_t title = run.front() - 1;
            constexpr std::size_t max_table_title_chars = 30;
            std::size_t above = title;
            while (above > 0 && lines_[above - 1].kind == Kind::blank) --above;
            std::size_t below = run.back() + 1;
            // Set off as a figure: a source note solid under the rows, or the block indented.
            bool figure = lines_[title].indent > 0 && lines_[run.front()].indent > 0;
            while (below < lines_.size() &&
                   (lines_[below].kind == Kind::caption || lines_[below].kind == Kind::furniture) &&
                   lines_[below].blank_before == 0) {
                figure = true;
                ++below;
            }
            while (below < lines_.size() && lines_[below].kind == Kind::blank) ++below;
            std::size_t length = 0;
            const bool bulleted_next =  // ■ 中国篮协…: a brief of its own after the box
                below < lines_.size() && !content(lines_[below]).empty() &&
                is_bullet(code_point_at(content(lines_[below]), 0, length));
            if (figure && lines_[title].kind == Kind::headline && !lines_[title].terminal &&
                lines_[title].chars <= max_table_title_chars && above > 0 &&
                lines_[above - 1].kind == Kind::body && lines_[above - 1].terminal &&
                below < lines_.size() && lines_[below].kind == Kind::body &&
                lines_[below].blank_before > 0 && !bulleted_next)
                run.insert(run.begin(), title);
        }
        // 市气象台7月21日6时发布 set solid under the rows: who issued the figures, a note.
        if (run.size() >= 2 && run.back() + 1 < lines_.size()) {
            Line& note = lines_[run.back() + 1];
            constexpr std::size_t max_note_chars = 20;
            if ((note.kind == Kind::headline || note.kind == Kind::body) &&
                note.blank_before == 0 && !note.terminal && note.chars <= max_note_chars &&
                (ends_with(content(note), "发布") || ends_with(content(note), "發布"))) {
                note.kind = Kind::caption;
                note.rule = "who issued a table's figures, under its rows: a note like a caption";
            }
        }
        if (run.size() >= 2)
            for (std::size_t i : run) {
                Line& line = lines_[i];
                line.kind = Kind::body;
                line.verse = true;
                line.terminal = true;
                line.record = true;
                line.rule =
                    "result lines (name, score, name) or table rows in a row: one paragraph each";
            }
        run.clear();
    };
    for (std::size_t i = 0; i < lines_.size(); ++i) {
        const Line& line = lines_[i];
        if (line.kind == Kind::blank) continue;
        const bool candidate =
            (line.kind == Kind::headline || line.kind == Kind::body) && !line.has_jump;
        // Result lines may stand one blank line apart; the rows of a table are contiguous.
        const bool score = candidate && is_result_line(content(line));
        // 展期：即日起至3月31日 / 地點：故宮南院…: unfinished labelled lines of a box, one blank
        // line apart at most, two or more.
        constexpr std::size_t max_labelled_row_chars = 30;
        std::size_t first_length = 0;
        // 上周二手成交量：1,086宗（按周+8.4%）: a longer label over a figure.
        auto labelled_figure = [&](std::string_view text) {
            constexpr std::size_t max_figure_label_chars = 10;
            const std::size_t colon = text.find(':');
            if (colon == std::string_view::npos || colon == 0 || colon + 1 >= text.size() ||
                char_count(text.substr(0, colon)) > max_figure_label_chars)
                return false;
            const char after = text[colon + 1];
            return is_ascii_digit(static_cast<unsigned char>(after)) || after == '+' ||
                   after == '-';
        };
        const bool labelled = candidate && !line.terminal && line.chars <= max_labelled_row_chars &&
                              is_han(code_point_at(content(line), 0, first_length)) &&
                              (is_label_note(content(line)) || labelled_figure(content(line)));
        const bool row =
            candidate && !score &&
            (is_table_row(content(line)) || is_schedule_line(content(line)) ||
             is_figure_line(content(line)) || is_labelled_figure_line(content(line)) || labelled);
        const bool result = score || row;
        const bool figure = row && (is_figure_line(content(line)) || labelled);
        // 7月8日（星期三） 天晴酷熱 28至35度 / (blank) / 7月9日…: dated lines may stand a blank
        // line apart too.
        const bool dated = row && is_schedule_line(content(line));
        if (!result || (!run.empty() && line.blank_before > (score || figure || dated ? 1u : 0u)))
            flush();
        if (result) run.push_back(i);
    }
    flush();
}

// “溪声不断廊桥晚，一半斜阳一半山。”: a classical couplet or quatrain, quoted, its clauses of
// five or seven characters each, alike.
bool is_quoted_classical_verse(std::string_view text) {
    if (!starts_with(text, "“") && !starts_with(text, "「")) return false;
    std::vector<std::size_t> clauses;
    std::size_t chars = 0;
    for (std::size_t p = 0, length = 0; p < text.size(); p += length) {
        const char32_t c = code_point_at(text, p, length);
        if (c == U'“' || c == U'”' || c == U'「' || c == U'」') continue;
        if (c == U'，' || c == ',' || c == U'。' || c == U'；' || c == U'！' || c == U'？' ||
            c == '!' || c == '?' || c == ';') {
            clauses.push_back(chars);
            chars = 0;
            continue;
        }
        if (!is_han(c)) return false;
        ++chars;
    }
    if (chars != 0) return false;  // the last clause ends in punctuation
    if (clauses.size() != 2 && clauses.size() != 4) return false;
    return (clauses.front() == 5 || clauses.front() == 7) &&
           std::all_of(clauses.begin(), clauses.end(),
                       [&](std::size_t n) { return n == clauses.front(); });
}

void SegmenterImpl::mark_verse() {
    // A quoted classical couplet set apart by blank lines is a verse line of its own, never
    // joined to the sentence that introduces it (…他至今记得： / “溪声不断廊桥晚，…”).
    for (std::size_t i = 0; i < lines_.size(); ++i) {
        Line& line = lines_[i];
        if (line.kind == Kind::body && line.blank_before > 0 &&
            is_quoted_classical_verse(content(line)) &&
            (i + 1 >= lines_.size() || lines_[i + 1].kind == Kind::blank)) {
            line.verse = true;
            line.terminal = true;
            line.rule = "a quoted classical couplet between blank lines: verse, its own paragraph";
        }
    }
    // Three or more short body lines in a row, each ending in punctuation, two or more in a
    // comma: lines of a poem
    // quoted in the text (我把故乡折成一只纸船， / 放进母亲的河流里，), not pieces of one
    // paragraph cut by column breaks, which leave long pieces. Hard-wrapped pages are all
    // short lines: there verse lines must also be much narrower than the wrap (at most 3/5
    // of it), which wrapped prose never is three lines in a row.
    constexpr std::size_t max_verse_chars = 16, min_verse_lines = 3;
    auto narrow = [&](const Line& line) {
        return !hard_wrapped_ || (wrap_width_ > 0 && width_of(line) * 5 <= wrap_width_ * 3);
    };
    std::vector<std::size_t> run;
    auto flush = [&]() {
        // Every line ends in punctuation (a column break cuts anywhere), two or more in a
        // comma.
        auto comma = [&](std::size_t i) {
            return lines_[i].continuing && !ends_with(content(lines_[i]), "：") &&
                   !ends_with(content(lines_[i]), ":");
        };
        const bool punctuated = std::all_of(
            run.begin(), run.end(), [&](std::size_t i) { return comma(i) || lines_[i].terminal; });
        if (run.size() >= min_verse_lines && punctuated &&
            std::count_if(run.begin(), run.end(), comma) >= 2) {
            for (std::size_t i : run) lines_[i].verse = true;
            // 社员笑声比天高!: the poem's last line, an exclamation taken for the headline
            // block below it, when it follows the run directly.
            const std::size_t after = run.back() + 1;
            if (after < lines_.size() && lines_[after].kind == Kind::headline &&
                lines_[after].terminal && lines_[after].chars <= max_verse_chars &&
                narrow(lines_[after])) {
                lines_[after].kind = Kind::body;
                lines_[after].verse = true;
                lines_[after].rule = "last line of the verse above it, ending in punctuation";
            }
        }
        run.clear();
    };
    for (std::size_t i = 0; i < lines_.size(); ++i) {
        const Line& line = lines_[i];
        if (line.kind == Kind::blank) continue;
        const bool introduces = ends_with(content(line), "：") || ends_with(content(line), ":");
        if (line.kind == Kind::body && !line.has_jump && line.chars <= max_verse_chars &&
            !introduces && narrow(line))
            run.push_back(i);
        else
            flush();
    }
    flush();
    mark_unpunctuated_verse();
}

void SegmenterImpl::mark_unpunctuated_verse() {
    // 风还是那年的风 / 雪还是那年的雪 / … (six lines in one block): a headline block has three
    // lines, four at most; five or more short unpunctuated lines printed together are verse
    // quoted in the text, one paragraph each.
    constexpr std::size_t min_block_verse_lines = 5, max_block_verse_chars = 16;
    if (!hard_wrapped_) {
        for (std::size_t i = 0; i < lines_.size();) {
            std::size_t end = i;
            while (end < lines_.size() && lines_[end].kind == Kind::headline &&
                   lines_[end].chars <= max_block_verse_chars &&
                   !starts_with_dash(content(lines_[end])) &&
                   (end == i || lines_[end].blank_before == 0))
                ++end;
            // Results, tables and schedules come in such blocks too: they hold figures.
            bool figures = false;
            for (std::size_t l = i; l < end && !figures; ++l) {
                const std::string_view text = content(lines_[l]);
                figures = std::any_of(text.begin(), text.end(), [](char c) {
                    return is_ascii_digit(static_cast<unsigned char>(c));
                });
            }
            if (end - i >= min_block_verse_lines && !figures) {
                for (std::size_t l = i; l < end; ++l) {
                    lines_[l].kind = Kind::body;
                    lines_[l].verse = true;
                    lines_[l].rule = "five or more short unpunctuated lines in one block: verse";
                }
            }
            i = end > i ? end : i + 1;
        }
    }
    // 致一棵银杏 / ■ 苏小满 / 你站在文学院门口 / 站成一百年的姿势 / …: a modern poem
    // printed without punctuation under its title and poet. Its short lines look like
    // headlines; four or more of them in stanzas right under a title and a byline are verse.
    // The last blank-separated block before a byline, a dateline or body text is the next
    // item's headline block (at most three lines), not a stanza.
    constexpr std::size_t max_verse_chars = 16, min_verse_lines = 4, max_block_lines = 3;
    for (std::size_t i = 0; i < lines_.size(); ++i) {
        if (lines_[i].kind != Kind::byline) continue;
        std::size_t above = i;
        while (above > 0 && lines_[above - 1].kind == Kind::blank) --above;
        if (above == 0 || lines_[above - 1].kind != Kind::headline) continue;
        std::vector<std::vector<std::size_t>> blocks;
        std::size_t j = i + 1;
        for (; j < lines_.size(); ++j) {
            const Line& line = lines_[j];
            if (line.kind == Kind::blank) continue;
            if (line.kind != Kind::headline || line.chars > max_verse_chars ||
                starts_with_dash(content(line)))
                break;
            if (blocks.empty() || line.blank_before > 0) blocks.emplace_back();
            blocks.back().push_back(j);
        }
        const bool item_follows =
            j < lines_.size() &&
            (lines_[j].kind == Kind::byline || lines_[j].kind == Kind::dateline_lead ||
             lines_[j].kind == Kind::body || lines_[j].kind == Kind::headline);
        // A —— subtitle right after the run belongs to the last block: a headline block.
        if (item_follows && !blocks.empty() && blocks.back().size() <= max_block_lines)
            blocks.pop_back();
        std::size_t verse_lines = 0, longest_block = 0;
        for (const auto& block : blocks) {
            verse_lines += block.size();
            longest_block = std::max(longest_block, block.size());
        }
        if (verse_lines < min_verse_lines || longest_block < 2) continue;
        for (const auto& block : blocks) {
            for (std::size_t l : block) {
                lines_[l].kind = Kind::body;
                lines_[l].verse = true;
                lines_[l].rule =
                    "short unpunctuated lines in stanzas under a title and its poet: verse, "
                    "one paragraph each";
            }
        }
        i = j > 0 ? j - 1 : j;
    }
}

void SegmenterImpl::mark_credits_under_headlines() {
    // 議員倡設長者社區飯堂 / 記者　林曉彤　攝 / 【本報消息】…: a reporter's photo credit right
    // under the headline, over the text, is the article's byline.
    for (std::size_t i = 1; i < lines_.size(); ++i) {
        Line& line = lines_[i];
        if (line.kind != Kind::caption || line.parse.kind != BylineKind::photo_credit ||
            line.parse.authors.empty() || line.parse.authors.front().role_text.empty())
            continue;
        std::size_t above = i;
        while (above > 0 && lines_[above - 1].kind == Kind::blank) --above;
        std::size_t below = next_nonblank(i);
        if (above == 0 || lines_[above - 1].kind != Kind::headline || below >= lines_.size() ||
            (lines_[below].kind != Kind::body && lines_[below].kind != Kind::dateline_lead))
            continue;
        line.kind = Kind::byline;
        line.rule = "a reporter's photo credit under the headline, over the text: byline";
    }
}

void SegmenterImpl::mark_captions_under_credits() {
    // （資料圖片） / 東涌線列車駛經欣澳站。: the photo's credit alone in brackets, its one
    // short sentence set solid under it: the caption printed after its credit.
    for (std::size_t i = 0; i + 1 < lines_.size(); ++i) {
        const Line& credit = lines_[i];
        Line& line = lines_[i + 1];
        if (credit.kind != Kind::caption || !bracketed(content(credit)) ||
            line.kind != Kind::body || line.blank_before != 0 ||
            !is_bare_caption_sentence(content(line)))
            continue;
        std::size_t next = i + 2;
        while (next < lines_.size() && lines_[next].kind == Kind::blank) ++next;
        if (next < lines_.size() && lines_[next].blank_before == 0) continue;  // a block goes on
        line.kind = Kind::caption;
        line.rule = "one short sentence set solid under a bracketed photo credit: its caption";
    }
}

void SegmenterImpl::mark_captions_over_credits() {
    // …通过冷链物流销往 / 村民在合作社晾晒场分拣辣椒 / 记者 田野 摄 / 全国各地…: a photo's
    // caption printed without any marker between two pieces of a paragraph cut by a column
    // break, its photographer's credit on the line under it (the caption may end in 。). The
    // credit under it and the open paragraph above tell it from the paragraph's text.
    constexpr std::size_t max_caption_chars = 40, max_credit_chars = 16;
    for (std::size_t i = 1; i + 1 < lines_.size(); ++i) {
        Line& line = lines_[i];
        const Line& credit = lines_[i + 1];
        if ((line.kind != Kind::headline && line.kind != Kind::body) ||
            line.chars > max_caption_chars || credit.kind != Kind::caption ||
            credit.blank_before != 0 || credit.chars > max_credit_chars ||
            credit.parse.kind != BylineKind::photo_credit || credit.parse.authors.empty())
            continue;
        std::size_t k = i;
        while (k > 0 && lines_[k - 1].kind == Kind::blank) --k;
        if (k == 0 || k == i) continue;  // the caption stands apart from the text above
        // (A page header printed between the text and the photo stands aside.)
        while (k > 0 && is_page_header_line(k - 1)) {
            --k;
            while (k > 0 && lines_[k - 1].kind == Kind::blank) --k;
        }
        if (k == 0) continue;
        const Line& above = lines_[k - 1];
        // （本报记者 谢卫东 颜珂） / 6月1日，…社员在分拣黄桃。 / 本报记者 谢卫东 摄: a photo
        // by the article's own reporter, under the article's end credit: its caption.
        if (above.kind == Kind::credit && line.terminal &&
            std::any_of(credit.parse.authors.begin(), credit.parse.authors.end(),
                        [&](const Author& photographer) {
                            return names(above.parse.authors, photographer);
                        })) {
            line.kind = Kind::caption;
            line.rule =
                "sentence over the photographer's credit, under the end credit naming the same "
                "reporter: the article's photo caption";
            continue;
        }
        if (above.kind != Kind::body && above.kind != Kind::dateline_lead) continue;
        if (!above.terminal) {
            line.kind = Kind::caption;
            line.rule =
                "unfinished line over a photographer's credit, inside a paragraph cut by a "
                "column break: the photo's caption";
            continue;
        }
        // 10月14日，…采棉机正在作业。 / 本报记者 李 航 摄 under a paragraph of an article:
        // the photo's caption, not a paragraph (a photo-news item has a headline of its own or
        // stands under a label).
        std::size_t next = i + 2;
        while (next < lines_.size() && lines_[next].kind == Kind::blank) ++next;
        // Or the article ends there, its next headline under the credit.
        const bool body_next = next < lines_.size() && lines_[next].kind == Kind::body &&
                               lines_[next].chars > line.chars;
        const bool headline_next = next < lines_.size() && lines_[next].kind == Kind::headline;
        if (next == i + 2 || !(body_next || headline_next) || !line.terminal ||
            line.blank_before == 0 || above.chars <= line.chars)
            continue;
        line.kind = Kind::caption;
        line.rule =
            "short sentence over a photographer's credit between two paragraphs: the photo's "
            "caption";
    }
}

void SegmenterImpl::mark_cuts_before_speech_verbs() {
    // …乐龄健身角。 / 国家发展部长在社交媒体上 / (column break) / 表示，政府希望…: a piece
    // opening with a verb of saying and its comma has its subject in the piece above, which a
    // column break cut from it; that short line is no heading.
    static constexpr std::string_view speech_verbs[] = {"表示", "指出", "认为", "認為", "介绍",
                                                        "介紹", "强调", "強調", "透露", "坦言",
                                                        "说",   "說",   "称",   "稱"};
    constexpr std::size_t max_cut_chars = 24;
    for (std::size_t i = 1; i < lines_.size(); ++i) {
        Line& line = lines_[i];
        if (line.kind != Kind::headline || line.chars > max_cut_chars ||
            starts_with_enumerator(content(line)) || starts_with_dash(content(line)))
            continue;
        std::size_t k = i;
        while (k > 0 && lines_[k - 1].kind == Kind::blank) --k;
        if (k == 0 ||
            (lines_[k - 1].kind != Kind::body && lines_[k - 1].kind != Kind::dateline_lead))
            continue;  // inside an article's text
        std::size_t next = next_nonblank(i);
        if (next >= lines_.size() || next == i + 1 || lines_[next].kind != Kind::body) continue;
        const std::string_view rest = content(lines_[next]);
        // The verb, then its comma or colon (表示感谢 opens no cut sentence).
        const bool cut = std::any_of(
            std::begin(speech_verbs), std::end(speech_verbs), [&](std::string_view verb) {
                if (!starts_with(rest, verb) || rest.size() <= verb.size()) return false;
                std::size_t length = 0;
                const char32_t after = code_point_at(rest, verb.size(), length);
                return after == U'，' || after == U'：' || after == ',' || after == ':';
            });
        if (!cut) continue;
        line.kind = Kind::body;
        line.terminal = false;
        line.rule = "short line over a piece opening with a verb of saying: cut by a column break";
    }
}

void SegmenterImpl::mark_decimal_breaks() {
    // …完成投资3. / (column break) / 5亿元，…: a number cut at its decimal point; the full
    // stop is the point, and the paragraph goes on.
    for (std::size_t i = 0; i < lines_.size(); ++i) {
        Line& line = lines_[i];
        if (line.kind != Kind::body || line.record || line.verse || line.has_jump ||
            line.credit_begin || !line.terminal)
            continue;
        const std::string_view text = content(line);
        if (text.size() < 2 || text.back() != '.' ||
            !is_ascii_digit(static_cast<unsigned char>(text[text.size() - 2])))
            continue;
        std::size_t next = next_nonblank(i);
        if (next >= lines_.size() || lines_[next].kind != Kind::body) continue;
        const std::string_view rest = content(lines_[next]);
        if (rest.empty() || !is_ascii_digit(static_cast<unsigned char>(rest.front()))) continue;
        // 1. / 2. list items are numbered lines of their own, not a number's halves.
        if (starts_with_enumerator(rest)) continue;
        line.terminal = false;
        line.rule =
            "ends in a number's decimal point, the next piece opens with its digits: goes on";
    }
}

void SegmenterImpl::mark_contact_blocks() {
    // 热线 / 援助热线 1800-222-0000 / 心理健康求助热线 1767 / …: a block of two or more contact
    // lines is furniture whole, its title and shorter numbers with it.
    constexpr std::size_t max_block_line_chars = 40, min_contacts = 2;
    for (std::size_t first = 0; first < lines_.size();) {
        if (lines_[first].kind == Kind::blank) {
            ++first;
            continue;
        }
        std::size_t last = first;
        while (last + 1 < lines_.size() && lines_[last + 1].kind != Kind::blank &&
               lines_[last + 1].blank_before == 0)
            ++last;
        std::size_t contacts = 0;
        bool all_short = true;
        for (std::size_t l = first; l <= last; ++l) {
            const Line& line = lines_[l];
            if (line.kind == Kind::furniture && is_contact_line(content(line))) {
                ++contacts;
                continue;
            }
            all_short = all_short && (line.kind == Kind::headline || line.kind == Kind::body) &&
                        !line.terminal && line.chars <= max_block_line_chars;
        }
        if (contacts >= min_contacts && all_short)
            for (std::size_t l = first; l <= last; ++l) {
                Line& line = lines_[l];
                if (line.kind == Kind::furniture) continue;
                line.kind = Kind::furniture;
                line.furniture = FurnitureKind::other;
                line.rule = "in a block of contact lines: furniture with them";
            }
        first = last + 1;
    }
}

void SegmenterImpl::join_wrapped_end_credits() {
    // …缩短至70分钟以内。（通讯员 詹晓丽 / 吴敏）: an end credit the hard wrap cut after the
    // last sentence. The credit moves to the next line, which becomes the credit line; the
    // text line ends with its sentence.
    constexpr std::size_t max_rest_chars = 12, max_credit_bytes = 90;
    for (std::size_t i = 0; i + 1 < lines_.size(); ++i) {
        Line& line = lines_[i];
        Line& rest = lines_[i + 1];
        if (line.kind != Kind::body || line.credit_begin || line.has_jump ||
            rest.blank_before != 0 || (rest.kind != Kind::body && rest.kind != Kind::headline) ||
            rest.chars > max_rest_chars)
            continue;
        const std::string_view rest_text = content(rest);
        const Tail rest_tail = tail_of(rest_text);
        if (rest_tail.count == 0 || !is_close_paren(rest_tail.last[0])) continue;
        const std::string_view text = content(line);
        // The last opening parenthesis of the line, after a finished sentence, never closed.
        std::size_t open = std::string_view::npos;
        const std::size_t window = std::min(text.size(), max_credit_bytes);
        for (std::size_t k = text.size() - window; k < text.size(); ++k) {
            if ((static_cast<unsigned char>(text[k]) & 0xC0) == 0x80) continue;
            std::size_t length = 0;
            const char32_t c = code_point_at(text, k, length);
            if (is_open_paren(c)) open = k;
            if (is_close_paren(c)) open = std::string_view::npos;
        }
        if (open == std::string_view::npos || open == 0) continue;
        const std::string_view before = trim(text.substr(0, open));
        if (before.empty() || !ends_with_terminal(before)) continue;
        const std::size_t credit_begin = line.begin + open;
        // The line break becomes a space, byte for byte, so offsets stay those of the text.
        std::string joined(std::string_view(text_).substr(credit_begin, rest.end - credit_begin));
        std::replace_if(
            joined.begin(), joined.end(), [](char c) { return c == '\n' || c == '\r'; }, ' ');
        BylineResult credit = parser_.parse_line(joined, credit_begin);
        if (credit.kind != BylineKind::credit || credit.authors.empty()) continue;
        line.end = line.begin + before.size();
        line.chars = char_count(content(line));
        line.terminal = true;
        line.continuing = false;
        rest.begin = credit_begin;
        rest.chars = char_count(content(rest));
        rest.kind = Kind::credit;
        rest.parse = std::move(credit);
        rest.rule = "end credit cut by the hard wrap, with its start from the line above: credit";
    }
}

void SegmenterImpl::mark_titles_inside_cut_paragraphs() {
    // …订单已经排到了 / 对话储能企业创始人林嘉树： / “储能不是简单地把电池堆在一起” /
    // 下半年。: a title of two or three short lines set solid between the pieces of a cut
    // paragraph, its first line ending in a colon (an interview's title), is read as body
    // until here; the short piece after it finishes the sentence. The lines are a headline,
    // which build_items holds for the next article.
    constexpr std::size_t max_title_line_chars = 30, min_piece_chars = 17, max_rest_chars = 24,
                          max_block_lines = 3;
    for (std::size_t i = 1; i < lines_.size(); ++i) {
        if (lines_[i].blank_before == 0 || lines_[i].kind != Kind::body) continue;
        std::size_t last = i;
        while (last + 1 < lines_.size() && last + 1 - i < max_block_lines &&
               lines_[last + 1].kind != Kind::blank && lines_[last + 1].blank_before == 0)
            ++last;
        if (last == i) continue;
        bool title_shaped = true;
        for (std::size_t l = i; l <= last && title_shaped; ++l) {
            const Line& line = lines_[l];
            title_shaped = (line.kind == Kind::body || line.kind == Kind::headline) &&
                           line.chars <= max_title_line_chars && !line.terminal && !line.record &&
                           !line.verse && !line.has_jump && !line.credit_begin;
        }
        if (!title_shaped) continue;
        std::size_t above = i;
        while (above > 0 && lines_[above - 1].kind == Kind::blank) --above;
        std::size_t below = next_nonblank(last);
        if (above == 0 || below >= lines_.size()) continue;
        const Line& previous = lines_[above - 1];
        const Line& rest = lines_[below];
        if (previous.kind != Kind::body || previous.terminal || previous.continuing ||
            previous.chars < min_piece_chars || rest.kind != Kind::body || !rest.terminal ||
            rest.chars > max_rest_chars || rest.blank_before == 0)
            continue;
        std::size_t beyond = next_nonblank(below);
        if (beyond < lines_.size() && lines_[beyond].blank_before == 0) continue;
        for (std::size_t l = i; l <= last; ++l) {
            lines_[l].kind = Kind::headline;
            lines_[l].rule =
                "short lines set solid between the pieces of a cut paragraph: a headline";
        }
    }
}

void SegmenterImpl::mark_semicolon_breaks() {
    // …码头上人声鼎沸；河运衰落后，年轻人纷纷外出谋生； / (column break) / 而当古运河申遗
    // 成功…: a semicolon ends a clause, not a paragraph, unless the paragraphs are items of a
    // list (1.…； / 2.…；, ●…；) or lines of verse. A long piece ending in one, between pieces
    // that open no list item, goes on in the next piece.
    constexpr std::size_t min_piece_chars = 30;
    auto opens_item = [&](const Line& line) {
        const std::string_view text = content(line);
        std::size_t length = 0;
        return text.empty() || starts_with_enumerator(text) ||
               is_bullet(code_point_at(text, 0, length)) || starts_with_dash(text);
    };
    for (std::size_t i = 0; i < lines_.size(); ++i) {
        Line& line = lines_[i];
        if (line.kind != Kind::body || line.record || line.verse || line.has_jump ||
            line.credit_begin || line.chars < min_piece_chars || opens_item(line))
            continue;
        const std::string_view text = content(line);
        if (!ends_with(text, ";") && !ends_with(text, "；")) continue;
        std::size_t next = next_nonblank(i);
        if (next >= lines_.size() || next == i + 1) continue;  // only across a break
        const Line& rest = lines_[next];
        if (rest.kind != Kind::body || rest.record || rest.verse || opens_item(rest)) continue;
        line.terminal = false;
        line.rule = "long piece ending in a semicolon, no list item on either side: goes on";
    }
}

void SegmenterImpl::mark_chart_blocks() {
    // 一季度全省进出口主要数据 / 进出口总额　1.36万亿元　增长9.2% / … / 数据来源：杭州海关: a
    // chart printed as text, closed by its source note, in one block: its title and rows are
    // the chart's, not headlines, so a paragraph cut around it joins across it.
    constexpr std::size_t max_chart_line_chars = 40, max_chart_lines = 12;
    for (std::size_t i = 1; i < lines_.size(); ++i) {
        if (lines_[i].kind != Kind::caption || !is_data_source_note(content(lines_[i]))) continue;
        std::vector<std::size_t> chart;
        for (std::size_t k = i;
             k > 0 && lines_[k].blank_before == 0 && chart.size() < max_chart_lines; --k) {
            const Line& above = lines_[k - 1];
            if ((above.kind != Kind::headline && above.kind != Kind::body) || above.terminal ||
                above.chars > max_chart_line_chars || above.has_jump)
                break;
            chart.push_back(k - 1);
        }
        // A title alone over the note is a caption's business already; rows make a chart.
        if (chart.size() < 2) continue;
        // 市場數據 / (blank) / 指數　收市　升跌 / … / 資料來源：…: rows under a box label standing
        // between blank lines are the box's own item, its label the heading (a chart's title
        // sits right on its rows).
        constexpr std::size_t max_box_label_chars = 10;
        const std::size_t first_row = chart.back();
        if (lines_[first_row].blank_before > 0) {
            std::size_t k = first_row;
            while (k > 0 && lines_[k - 1].kind == Kind::blank) --k;
            if (k > 0 && lines_[k - 1].kind == Kind::headline &&
                lines_[k - 1].chars <= max_box_label_chars && lines_[k - 1].blank_before > 0)
                continue;
        }
        // 外資動向 / （單位：億元） / 台積電 賣超 42.6 / … / 資料來源：…, between a finished
        // article and the next headline: a data box of its own, its title the heading and its
        // rows paragraphs (the unit's note is the box's note, like its source).
        // (义乌跨境电商一季度主要数据 / (blank) / 进出口额 320亿元 同比增长21% / …: the title may
        // stand a blank line over the rows, all of which are rows then.)
        {
            constexpr std::size_t max_apart_title_chars = 20;
            std::size_t title = first_row;
            bool title_apart = false;
            if (lines_[first_row].blank_before > 0) {
                const std::size_t label = prev_nonblank(first_row);
                if (label < lines_.size() && lines_[label].kind == Kind::headline &&
                    !lines_[label].terminal && lines_[label].chars <= max_apart_title_chars) {
                    title = label;
                    title_apart = true;
                }
            }
            std::size_t above = title;
            while (above > 0 && lines_[above - 1].kind == Kind::blank) --above;
            std::size_t below = next_nonblank(i);
            const bool after_text =
                above == 0 || (lines_[above - 1].kind == Kind::body && lines_[above - 1].terminal);
            const bool before_title =
                below >= lines_.size() || lines_[below].kind == Kind::headline;
            const std::size_t rows = chart.size() - (title_apart ? 0 : 1);
            if ((lines_[title].blank_before > 0 || title_apart) && after_text && before_title &&
                rows >= 2 && lines_[title].kind == Kind::headline && !lines_[title].terminal) {
                for (std::size_t l : chart) {
                    if (l == title) continue;
                    const std::string_view row = content(lines_[l]);
                    if (bracketed(row) && (row.find("单位") != std::string_view::npos ||
                                           row.find("單位") != std::string_view::npos)) {
                        lines_[l].kind = Kind::caption;
                        lines_[l].rule = "the unit of a data box's figures: a note like a caption";
                        continue;
                    }
                    lines_[l].kind = Kind::body;
                    lines_[l].verse = true;
                    lines_[l].terminal = true;
                    lines_[l].record = true;
                    lines_[l].rule = "row of a data box standing between articles: a paragraph";
                }
                continue;
            }
        }
        // 加權指數　23,085　+312 / 成交量（億元）4,860 / 資料來源：…: figure lines set solid
        // under rows of a table are more rows of it, not a chart.
        const bool under_table =
            first_row > 0 && lines_[first_row].blank_before == 0 && lines_[first_row - 1].record;
        for (std::size_t l : chart) {
            if (under_table) {
                lines_[l].kind = Kind::body;
                lines_[l].verse = true;
                lines_[l].terminal = true;
                lines_[l].record = true;
                lines_[l].rule = "figure line set solid under a table's rows: a row of it";
                continue;
            }
            lines_[l].kind = Kind::caption;
            lines_[l].rule = "line of a chart printed as text, over its source note: caption";
        }
    }
}

bool SegmenterImpl::headline_inside_paragraph(std::size_t i) const {
    // 去年，公司梯次利用产品销售额突破1.2亿 / 秀洲区新增两家国家级专精特新“小巨人” /
    // 元，订单已经排到了明年二季度。: pdftotext set another article's headline between two
    // pieces of a paragraph. The headline stands alone between blank lines, the text before
    // it is unfinished, and what follows is one short line that finishes the sentence and ends
    // its block: the end of the cut paragraph, not the lead of an article under the headline.
    auto nonblank = [&](std::size_t from, int step) -> std::ptrdiff_t {
        for (std::ptrdiff_t k = static_cast<std::ptrdiff_t>(from) + step;
             k >= 0 && static_cast<std::size_t>(k) < lines_.size(); k += step)
            if (lines_[static_cast<std::size_t>(k)].kind != Kind::blank) return k;
        return -1;
    };
    const Line& line = lines_[i];
    // A headline of two or three lines set solid: the rest follows its last line.
    constexpr std::size_t max_block_lines = 3;
    std::size_t last = i;
    while (last + 1 < lines_.size() && last + 1 - i < max_block_lines &&
           lines_[last + 1].kind == Kind::headline && lines_[last + 1].blank_before == 0)
        ++last;
    const std::ptrdiff_t before = nonblank(i, -1), after = nonblank(last, 1);
    if (line.blank_before == 0 || before < 0 || after < 0) return false;
    const Line& previous = lines_[static_cast<std::size_t>(before)];
    const Line& rest = lines_[static_cast<std::size_t>(after)];
    // The text above is a paragraph's piece, longer than most titles (a comma title is body
    // text too at this stage).
    constexpr std::size_t min_piece_chars = 17;
    if (previous.kind != Kind::body || previous.terminal || previous.continuing ||
        previous.chars < min_piece_chars || rest.kind != Kind::body || rest.blank_before == 0 ||
        !rest.terminal || rest.verse)
        return false;
    constexpr std::size_t max_rest_chars = 24;
    const bool short_rest =
        hard_wrapped_ && wrap_width_ > 0
            ? width_of(rest) * 2 <= wrap_width_ * 3 / 2 && rest.chars <= max_rest_chars
            : rest.chars <= max_rest_chars;
    if (!short_rest) return false;
    const std::ptrdiff_t beyond = nonblank(static_cast<std::size_t>(after), 1);
    return beyond < 0 || lines_[static_cast<std::size_t>(beyond)].blank_before > 0;
}

void SegmenterImpl::build_items() {
    std::ptrdiff_t open_paragraph = -1;  // index in items_ of a paragraph that may continue
    std::size_t last_text_line = 0;
    for (std::size_t i = 0; i < lines_.size(); ++i) {
        Line& line = lines_[i];
        switch (line.kind) {
            case Kind::blank:
                continue;
            case Kind::furniture:
                items_.push_back(make_item(Item::Type::furniture, i));
                continue;  // does not interrupt a paragraph (column and page breaks)
            case Kind::caption:
                items_.push_back(make_item(Item::Type::caption, i));
                continue;
            case Kind::headline:
                items_.push_back(make_item(Item::Type::headline, i));
                if (open_paragraph >= 0 && items_[static_cast<std::size_t>(open_paragraph)].open &&
                    (headline_inside_paragraph(i) ||
                     // the next line of a held headline set solid
                     (line.blank_before == 0 && items_.size() >= 2 &&
                      items_[items_.size() - 2].held && items_[items_.size() - 2].line + 1 == i))) {
                    items_.back().held = true;  // the paragraph goes on after it
                    continue;
                }
                open_paragraph = -1;
                continue;
            case Kind::byline:
                items_.push_back(make_item(Item::Type::byline, i));
                open_paragraph = -1;
                continue;
            case Kind::dateline:
                items_.push_back(make_item(Item::Type::dateline, i));
                open_paragraph = -1;
                continue;
            case Kind::credit:
                items_.push_back(make_item(Item::Type::credit, i));
                open_paragraph = -1;
                continue;
            case Kind::dateline_lead:
            case Kind::body:
                break;
        }
        std::size_t piece_end = line.end;
        if (line.credit_begin) {
            piece_end = line.credit_begin;
            while (piece_end > line.begin && text_[piece_end - 1] == ' ') --piece_end;
        }
        const Span piece{line.kind == Kind::dateline_lead ? line.parse.rest_begin : line.begin,
                         piece_end};
        bool join = false;
        bool across_break = false;
        bool open_join_guessed = false;
        if (open_paragraph >= 0 && line.kind == Kind::body && !line.verse &&
            !lines_[items_[static_cast<std::size_t>(open_paragraph)].piece_lines.back()].verse) {
            const Item& open = items_[static_cast<std::size_t>(open_paragraph)];
            const Line& last = lines_[open.piece_lines.back()];
            const bool adjacent = last_text_line + 1 == i && line.blank_before == 0;
            const bool indented = line.indent >= 2;
            if (adjacent) {
                // Without indentation a paragraph ends at a line ending in terminal
                // punctuation, unless that line is as wide as the wrapped text: a full line
                // ends in 。 mid-paragraph more often than a paragraph's last line is full.
                const bool full = hard_wrapped_ && wrap_width_ > 0 && width_of(last) >= wrap_width_;
                // Where paragraphs are set apart by blank lines, a quotation closed at a line's
                // end goes on with its speaker on the next line of the run (…放心了。” /
                // 八十岁的居民周大爷说。).
                const Tail last_tail = tail_of(content(last));
                const bool closed_quote = last_tail.count > 0 && (last_tail.last[0] == U'”' ||
                                                                  last_tail.last[0] == U'」' ||
                                                                  last_tail.last[0] == U'』');
                const bool quote_then_speaker =
                    hard_wrapped_ && blank_between_paragraphs_ && closed_quote;
                // …有人爱。（打一蔬菜）: a note in brackets after the full stop ends it too.
                const bool finished = last.terminal || ends_after_sentence(content(last));
                join = indent_paragraphs_ ? !indented : (!finished || full || quote_then_speaker);
                if (full && last.terminal && !indent_paragraphs_) open_join_guessed = true;
            } else {
                // Column or page break: unfinished text continues in the next body block.
                join = !last.terminal && !(indent_paragraphs_ && indented);
                // …也开朗了。 / (column break) / ”他说。: a piece opening with the closing quote
                // of the sentence above goes on with it, a full stop before the cut or not.
                const std::string_view piece_text = content(line);
                if (!join && !piece_text.empty() &&
                    (starts_with(piece_text, "”") || starts_with(piece_text, "」") ||
                     starts_with(piece_text, "』")))
                    join = true;
                across_break = join;
            }
        }
        // 具体安排如下： / 1.K1012至K1025段：…: a list introduced by a colon starts its items
        // on lines of their own; so does the next item of a numbered list whose last item
        // ended its sentence, a note in brackets after it (…有人爱。（打一蔬菜） / 2．…).
        // (●加强街面巡逻防控… under …做好以下工作： likewise: a bulleted item.)
        std::size_t first_length = 0;
        const bool bulleted_item = line.kind == Kind::body && !content(line).empty() &&
                                   is_bullet(code_point_at(content(line), 0, first_length));
        if (join && line.kind == Kind::body &&
            (starts_with_enumerator(content(line)) || bulleted_item)) {
            const Line& last_line =
                lines_[items_[static_cast<std::size_t>(open_paragraph)].piece_lines.back()];
            const std::string_view above = content(last_line);
            if (ends_with(above, "：") || ends_with(above, ":")) join = false;
            if (!bulleted_item && starts_with_enumerator(above) && ends_after_sentence(above))
                join = false;
        }
        // 重点抓好以下几个方面： / 一是持续推进…: points counted 一是, 二是 after a colon too.
        if (join && line.kind == Kind::body) {
            const std::string_view text = content(line);
            std::size_t length = 0;
            const char32_t first = text.empty() ? 0 : code_point_at(text, 0, length);
            if (is_han_numeral(first) && starts_with(text.substr(length), "是")) {
                const std::string_view above = content(
                    lines_[items_[static_cast<std::size_t>(open_paragraph)].piece_lines.back()]);
                if (ends_with(above, "：") || ends_with(above, ":")) join = false;
            }
        }
        if (join) {
            Item& open = items_[static_cast<std::size_t>(open_paragraph)];
            open.pieces.push_back(piece);
            open.piece_lines.push_back(i);
            open.joined_across_break |= across_break || open_join_guessed;
            open.open = !line.terminal;
        } else {
            items_.push_back(make_item(Item::Type::paragraph, i));
            items_.back().pieces.push_back(piece);
            items_.back().piece_lines.push_back(i);
            items_.back().open = !line.terminal;
            if (line.kind == Kind::dateline_lead) {
                items_.back().lead = true;
                items_.back().lead_parse = line.parse;
            }
            open_paragraph = static_cast<std::ptrdiff_t>(items_.size() - 1);
        }
        last_text_line = i;
        if (line.has_jump || !line.trailer.empty())
            items_.push_back(make_item(Item::Type::furniture, i));
        if (line.credit_begin) {
            items_.push_back(make_item(Item::Type::credit, i));
            items_.back().pieces.push_back(Span{line.credit_begin, line.end});
            open_paragraph = -1;
        }
    }
}

void SegmenterImpl::find_wrapped_leads() {
    // A dateline or a byline parenthesis cut by a hard wrap (本报北京3月10日电 / （记者张三、
    // 李四）中国人民…) is parsed on the first pieces of the paragraph joined together.
    constexpr std::size_t max_joined_bytes = 300;
    std::string joined;
    std::vector<std::size_t> starts;
    const Item* previous = nullptr;
    for (Item& item : items_) {
        const Item* before = previous;
        if (item.type != Item::Type::furniture && item.type != Item::Type::caption)
            previous = &item;
        if (item.type != Item::Type::paragraph) continue;
        if (item.lead) {
            // A dateline whose byline parenthesis the wrap cut: parse again over the pieces.
            if (item.pieces.size() < 2 || !item.lead_parse.byline_span.empty()) continue;
            std::size_t length = 0;
            if (!is_open_paren(code_point_at(text_, item.pieces.front().begin, length))) continue;
        }
        const bool after_dateline = before && before->type == Item::Type::dateline &&
                                    lines_[before->line].parse.byline_span.empty();
        if (item.pieces.size() < 2 && !after_dateline) continue;  // done line by line
        joined.clear();
        starts.clear();
        const std::size_t first_begin = item.pieces.front().begin;
        if (item.lead) item.pieces.front().begin = lines_[item.piece_lines.front()].begin;
        for (const Span& piece : item.pieces) {
            if (joined.size() >= max_joined_bytes) break;
            starts.push_back(joined.size());
            joined.append(text_, piece.begin, piece.size());
        }
        BylineResult parse = parser_.parse_dateline_prefix(joined, 0);
        if (parse.kind != BylineKind::dateline && after_dateline)
            parse = parser_.parse_byline_parenthesis(joined, 0);
        if (parse.kind == BylineKind::none || parse.rest_begin >= joined.size() ||
            (item.lead && parse.byline_span.empty())) {
            item.pieces.front().begin = first_begin;
            continue;
        }
        // Joined offsets back to normalized ones.
        auto piece_of = [&](std::size_t j, bool is_end) {
            std::size_t i = 0;
            while (i + 1 < starts.size() && (is_end ? starts[i + 1] < j : starts[i + 1] <= j)) ++i;
            return i;
        };
        auto to_text = [&](std::size_t j, bool is_end) {
            const std::size_t i = piece_of(j, is_end);
            return item.pieces[i].begin + (j - starts[i]);
        };
        auto map_span = [&](Span& span) {
            if (span.empty() && span.begin == 0) return;
            span = Span{to_text(span.begin, false), to_text(span.end, true)};
        };
        map_span(parse.span);
        map_span(parse.byline_span);
        map_span(parse.dateline.span);
        map_span(parse.dateline.source_span);
        map_span(parse.dateline.place_span);
        map_span(parse.dateline.date_span);
        for (Author& author : parse.authors) map_span(author.span);
        const std::size_t rest = parse.rest_begin;
        const std::size_t first_kept = piece_of(rest, false);
        parse.rest_begin = to_text(rest, false);
        for (std::size_t i = 0; i < first_kept; ++i) item.lead_lines.push_back(item.piece_lines[i]);
        item.pieces.erase(item.pieces.begin(),
                          item.pieces.begin() + static_cast<std::ptrdiff_t>(first_kept));
        item.piece_lines.erase(item.piece_lines.begin(),
                               item.piece_lines.begin() + static_cast<std::ptrdiff_t>(first_kept));
        item.pieces.front().begin = parse.rest_begin;
        item.lead = true;
        item.lead_parse = std::move(parse);
    }
}

void SegmenterImpl::set_line(std::size_t line, LineClass line_class, std::ptrdiff_t article,
                             const char* rule) {
    lines_[line].final_class = line_class;
    lines_[line].article = article;
    if (rule && *rule) lines_[line].rule = rule;
}

void SegmenterImpl::unplace(std::size_t index, const char* reason) {
    Line& line = lines_[index];
    const Span span{line.begin, line.end};
    page_.unplaced.push_back({original_text(span), map(span), reason});
    set_line(index, LineClass::unplaced, -1, reason);
    if (limit_hit_) return;  // one limit_reached diagnostic says it all
    page_.diagnostics.push_back({DiagnosticCode::unplaced_text, Severity::warning, map(span),
                                 std::string("text not placed in any article: ") + reason});
}

std::size_t SegmenterImpl::new_article(std::size_t line, double confidence) {
    Article article;
    article.confidence = confidence;
    article.span = Span{lines_[line].begin, lines_[line].end};
    for (Caption& caption : pending_captions_) article.captions.push_back(std::move(caption));
    pending_captions_.clear();
    for (JumpMarker& jump : pending_jumps_) article.jumps.push_back(std::move(jump));
    pending_jumps_.clear();
    page_.articles.push_back(std::move(article));
    state_.push_back({});
    return page_.articles.size() - 1;
}

void SegmenterImpl::add_furniture(Line& line) {
    Furniture furniture;
    if (line.kind != Kind::furniture && !line.trailer.empty()) {
        // A body line closed by an editor's line or an end mark contributes only that.
        furniture.kind = line.trailer_kind;
        furniture.text = original_text(line.trailer);
        furniture.span = map(line.trailer);
        for (const Author& person : line.trailer_parse.authors)
            furniture.people.push_back(map_author(person));
        page_.furniture.push_back(std::move(furniture));
        return;
    }
    // A body line carrying a jump marker at its end contributes only the marker.
    const bool inline_jump = line.kind != Kind::furniture;
    furniture.kind = inline_jump ? FurnitureKind::jump_marker : line.furniture;
    const Span span = inline_jump ? line.jump.span : Span{line.begin, line.end};
    furniture.text = original_text(span);
    furniture.span = map(span);
    if (!inline_jump)
        for (const Author& person : line.parse.authors)
            furniture.people.push_back(map_author(person));
    page_.furniture.push_back(std::move(furniture));
}

void SegmenterImpl::add_headlines(std::size_t article, const std::vector<std::size_t>& group,
                                  double confidence) {
    for (std::size_t index : group) {
        const Line& line = lines_[index];
        const Span span{line.begin, line.end};
        page_.articles[article].headlines.push_back(
            {original_text(span), HeadlineRole::title, span, confidence});
        set_line(index, LineClass::headline, static_cast<std::ptrdiff_t>(article), nullptr);
    }
}

void SegmenterImpl::add_byline(std::size_t article, const Line& line) {
    add_byline(article, line.parse,
               line.kind == Kind::byline ? Span{line.begin, line.end} : Span{});
}

void SegmenterImpl::add_byline(std::size_t article, const BylineResult& parse, Span line_span) {
    Article& a = page_.articles[article];
    // 记者 张三 北京报道, 【記者X／台北報導】 at a lead's head: the place and 报道 are the
    // dateline's bytes, the rest the byline's, so that no byte is in two spans.
    const Span byline = line_span.empty() ? parse.byline_span : line_span;
    const Span dateline = parse.has_dateline ? parse.dateline.span : Span{};
    const bool dateline_inside = !byline.empty() && !dateline.empty() &&
                                 dateline.begin >= byline.begin && dateline.end <= byline.end;
    if (dateline_inside && !a.has_dateline) {
        if (dateline.begin > byline.begin)
            a.byline_spans.push_back(Span{byline.begin, dateline.begin});
        if (byline.end > dateline.end) a.byline_spans.push_back(Span{dateline.end, byline.end});
    } else if (!byline.empty()) {
        a.byline_spans.push_back(byline);
    }
    for (const Author& author : parse.authors) a.authors.push_back(author);
    if (parse.has_dateline && !a.has_dateline) {
        a.dateline = parse.dateline;
        a.has_dateline = true;
    } else if (parse.has_dateline && !dateline_inside) {
        a.byline_spans.push_back(parse.dateline.span);  // a second dateline: keep its place
    }
    state_[article].has_byline = true;
}

void SegmenterImpl::add_paragraph(std::size_t article, const Item& item) {
    Paragraph paragraph;
    paragraph.spans = item.pieces;
    paragraph.confidence = item.joined_across_break ? 0.85 : 0.95;
    if (item.open) paragraph.confidence = std::min(paragraph.confidence, 0.6);
    page_.articles[article].paragraphs.push_back(std::move(paragraph));
    for (std::size_t index : item.piece_lines) {
        set_line(index, LineClass::body, static_cast<std::ptrdiff_t>(article), nullptr);
        if (!lines_[index].verse || lines_[index].record) state_[article].prose = true;
    }
}

// A feature signed only at its end (（作者X系…）, （本报记者 X）) whose section headings
// opened items of their own: the unsigned items before the credit, each under one short
// heading line, are sections of the first one. Briefs open with their news time (日前,
// 5月3日…) and carry headlines as long as the first one's; those stay apart, and so do photo
// news items signed by their photographers. Returns the article that takes the credit.
std::size_t SegmenterImpl::absorb_unsigned_sections(std::size_t last) {
    auto unsigned_open = [&](std::size_t i) {
        const Article& a = page_.articles[i];
        const State& s = state_[i];
        return !s.has_byline && !s.closed && !s.displaced && !a.has_dateline && a.authors.empty() &&
               a.credit_spans.empty() && !a.headlines.empty() && !a.paragraphs.empty() &&
               a.jumps.empty();
    };
    if (!unsigned_open(last)) return last;
    std::size_t first = last;
    while (first > 0 && unsigned_open(first - 1)) --first;
    if (first == last) return last;
    std::size_t title_chars = 0;
    for (const Headline& h : page_.articles[first].headlines)
        title_chars = std::max(title_chars, char_count(h.text));
    constexpr std::size_t max_section_heading_chars = 14;
    auto opens_with_news_time = [&](const Paragraph& p) {
        const std::string_view text =
            std::string_view(text_).substr(p.spans.front().begin, p.spans.front().size());
        for (const char* word : {"近日", "日前", "昨天", "昨日", "今天", "今日"})
            if (starts_with(text, word)) return true;
        std::size_t i = 0;
        while (i < text.size() && i < 3 && text[i] >= '0' && text[i] <= '9') ++i;
        return i > 0 && starts_with(text.substr(i), "月");
    };
    for (std::size_t i = first + 1; i <= last; ++i) {
        const Article& a = page_.articles[i];
        if (a.headlines.size() != 1 || !a.crossheads.empty()) return last;
        const std::size_t chars = char_count(a.headlines.front().text);
        // Section headings are visibly shorter than the title they serve (at most 4/5 of it).
        if (chars > max_section_heading_chars || chars * 5 > title_chars * 4) return last;
        if (opens_with_news_time(a.paragraphs.front())) return last;
    }
    Article& target = page_.articles[first];
    for (std::size_t i = first + 1; i <= last; ++i) {
        Article& a = page_.articles[i];
        const Headline& h = a.headlines.front();
        target.crossheads.push_back({h.text, h.span, target.paragraphs.size(), 0.6});
        for (Paragraph& p : a.paragraphs) target.paragraphs.push_back(std::move(p));
        for (Caption& c : a.captions) target.captions.push_back(std::move(c));
    }
    for (Line& line : lines_) {
        if (line.article <= static_cast<std::ptrdiff_t>(first)) continue;
        line.article = static_cast<std::ptrdiff_t>(first);
        if (line.final_class == LineClass::headline) {
            line.final_class = LineClass::crosshead;
            line.rule =
                "short heading of an unsigned item before the end credit of a feature whose "
                "only credit is at its end: crosshead";
        }
    }
    page_.articles.resize(first + 1);
    state_.resize(first + 1);
    return first;
}

void SegmenterImpl::assemble() {
    std::vector<std::size_t> group;  // pending headline-like lines
    std::ptrdiff_t current = -1;
    auto article_ref = [&]() -> Article& {
        return page_.articles[static_cast<std::size_t>(current)];
    };

    // What a pending headline group is, decided by the item that follows it.
    std::size_t next_index = 0;
    // The next item other than captions and furniture is a headline, or the page ends.
    // The next headline or the page's end comes next, past captions and furniture (and with
    // `past_nameless_credits`, notes that name nobody: （作者单位：浙江图书馆）).
    // The first headline held inside a cut paragraph (all its lines set solid) becomes the
    // headline of `article`, which opened without one.
    auto attach_held_headline = [&](std::size_t article) {
        if (held_headlines_.empty()) return;
        std::vector<std::size_t> lines{held_headlines_.front()};
        held_headlines_.erase(held_headlines_.begin());
        while (!held_headlines_.empty() && held_headlines_.front() == lines.back() + 1) {
            lines.push_back(held_headlines_.front());
            held_headlines_.erase(held_headlines_.begin());
        }
        add_headlines(article, lines, 0.5);
        for (std::size_t held : lines)
            lines_[held].rule =
                "headline printed inside a paragraph cut by a column break: the headline of "
                "the next article that opens without one";
        page_.diagnostics.push_back(
            {DiagnosticCode::low_confidence, Severity::info,
             map(Span{lines_[lines.front()].begin, lines_[lines.back()].end}),
             "headline found inside another article's paragraph; attached to the next article "
             "without a headline"});
    };
    auto headline_follows = [&](std::size_t from, bool past_nameless_credits = false) {
        for (std::size_t k = from; k < items_.size(); ++k) {
            const Item::Type type = items_[k].type;
            if (type == Item::Type::caption || type == Item::Type::furniture) continue;
            if (past_nameless_credits && type == Item::Type::credit &&
                credit_of(items_[k]).authors.empty())
                continue;
            return type == Item::Type::headline;
        }
        return true;
    };
    // 从打工者到创业者 / … / 从单打独斗到抱团发展 / … / （河北日报记者 韩立群）: more one-line
    // heads with text under each, then a credit on a line of its own naming people before
    // any byline: sections of a feature signed at its end.
    auto signed_sections_follow = [&](std::size_t from, std::size_t min_heads) {
        constexpr std::size_t max_items = 40;  // bounded look-ahead keeps the pass linear
        std::size_t heads = 0, paragraphs = 0;
        bool last_was_head = false;
        for (std::size_t k = from; k < items_.size() && k < from + max_items; ++k) {
            const Item& it = items_[k];
            switch (it.type) {
                case Item::Type::paragraph:
                    if (it.lead) return false;
                    ++paragraphs;
                    last_was_head = false;
                    break;
                case Item::Type::headline:
                    if (last_was_head) return false;  // a headline block: the next item
                    ++heads;
                    last_was_head = true;
                    break;
                case Item::Type::caption:
                case Item::Type::furniture:
                    break;
                case Item::Type::credit:
                    return heads >= min_heads && paragraphs >= heads + 1 && it.pieces.empty() &&
                           !credit_of(it).authors.empty() && !lines_[it.line].credit_is_source;
                default:
                    return false;
            }
        }
        return false;
    };
    // 一张卡卖八百元 / … / 不知道用途能否免责？ / …: further on in the article, a one-line head
    // alone between paragraphs (or a short question) about as long as `line`, a short plain
    // line: the heads are siblings.
    auto sibling_head_follows = [&](std::size_t from, std::size_t line) {
        constexpr std::size_t max_items = 40;  // bounded look-ahead keeps the pass linear
        constexpr std::size_t max_head_chars = 10, max_length_difference = 3;
        const Line& head = lines_[line];
        const std::string_view head_text = content(head);
        if (head.chars > max_head_chars || starts_with_dash(head_text) || bracketed(head_text) ||
            head_text.find(' ') != std::string_view::npos)
            return false;
        auto alike = [&](const Line& other) {
            return other.chars + max_length_difference >= head.chars &&
                   other.chars <= head.chars + max_length_difference;
        };
        std::size_t paragraphs = 0;
        for (std::size_t k = from; k < items_.size() && k < from + max_items; ++k) {
            const Item& it = items_[k];
            switch (it.type) {
                case Item::Type::paragraph:
                    if (it.lead) return false;
                    if (paragraphs > 0 && it.pieces.size() == 1 && question_head_shape(it.line) &&
                        alike(lines_[it.line]))
                        return true;
                    ++paragraphs;
                    break;
                case Item::Type::headline:
                    return paragraphs > 0 && k + 1 < items_.size() &&
                           items_[k + 1].type == Item::Type::paragraph && !items_[k + 1].lead &&
                           alike(lines_[it.line]) && !bracketed(content(lines_[it.line]));
                case Item::Type::caption:
                case Item::Type::furniture:
                    break;
                default:
                    return false;
            }
        }
        return false;
    };
    // A dateline in parentheses after at most a few paragraphs ends a short item that
    // starts at the headline before them: （新华社北京3月4日电）.
    auto short_item_follows = [&](std::size_t from) {
        constexpr std::size_t max_short_item_paragraphs = 3;
        std::size_t paragraphs = 0;
        constexpr std::size_t max_items = 16;  // bounded look-ahead keeps the pass linear
        for (std::size_t k = from; k < items_.size() && k < from + max_items; ++k) {
            const Item& it = items_[k];
            // Past three paragraphs only a credit naming strangers still signs a section of
            // its own (the look-ahead stays bounded by max_items).
            const bool long_item = paragraphs > max_short_item_paragraphs;
            if (it.type == Item::Type::paragraph) {
                ++paragraphs;
            } else if (long_item && it.type != Item::Type::credit &&
                       it.type != Item::Type::caption && it.type != Item::Type::furniture) {
                return false;
            } else if (it.type == Item::Type::dateline) {
                std::size_t length = 0;
                return paragraphs > 0 &&
                       is_open_paren(code_point_at(text_, lines_[it.line].begin, length));
            } else if (it.type == Item::Type::byline) {
                // 林伟明 报道 under the text and before the next headline, in an article that
                // has its own byline: the section is signed as an item of its own. (In an
                // article without one, it is the article's end byline.)
                return paragraphs > 0 && current >= 0 &&
                       state_[static_cast<std::size_t>(current)].has_byline &&
                       headline_follows(k + 1);
            } else if (it.type == Item::Type::credit) {
                // （李明）: a bare name in parentheses signs a brief; （本报记者 X参与采写）
                // ends long articles as well.
                // A photographer's credit ending a photo-news item signs it too.
                const BylineResult& parse = credit_of(it);
                const auto& authors = parse.authors;
                if (long_item) {
                    if (authors.empty() || current < 0 ||
                        !state_[static_cast<std::size_t>(current)].has_byline)
                        return false;
                    const std::string_view credit = credit_text(it);
                    if (credit.find("参与") != std::string_view::npos ||
                        credit.find("參與") != std::string_view::npos)
                        return false;
                    const auto& own = article_ref().authors;
                    return std::none_of(authors.begin(), authors.end(),
                                        [&](const Author& a) { return names(own, a); });
                }
                if (parse.kind == BylineKind::photo_credit)
                    return paragraphs > 0 && !authors.empty();
                // …。（中新社）, …。（新华社北京12月5日电）: a wire source closing the text.
                if (!it.pieces.empty() && lines_[it.line].credit_is_source) return paragraphs > 0;
                // (财经证券报记者 梁恒) under a section of a story bylined by others: the
                // section is an item of its own. (本报记者 X参与采写) adds to the story.
                const std::string_view credit = credit_text(it);
                if (paragraphs > 0 && !authors.empty() && current >= 0 &&
                    state_[static_cast<std::size_t>(current)].has_byline &&
                    credit.find("参与") == std::string_view::npos &&
                    credit.find("參與") == std::string_view::npos) {
                    const auto& own = article_ref().authors;
                    const bool strangers =
                        std::none_of(authors.begin(), authors.end(),
                                     [&](const Author& a) { return names(own, a); });
                    if (strangers) return true;
                }
                return paragraphs > 0 && !authors.empty() &&
                       std::all_of(authors.begin(), authors.end(),
                                   [](const Author& a) { return a.role == AuthorRole::unknown; });
            } else if (it.type != Item::Type::caption && it.type != Item::Type::furniture) {
                return false;
            }
        }
        return false;
    };
    // A one-line headline inside a bylined article is a brief's headline rather than a
    // crosshead when what follows reads as a whole news item: one paragraph opening with a
    // news lead's time (近日，/ 12月1日，/ 今年前十一个月，), then the next headline or the end.
    auto brief_follows = [&](std::size_t from, std::size_t headline_line) {
        constexpr std::size_t min_brief_headline_chars = 8;
        if (lines_[headline_line].chars < min_brief_headline_chars) return false;
        if (from >= items_.size() || items_[from].type != Item::Type::paragraph ||
            items_[from].pieces.empty())
            return false;
        const Span first = items_[from].pieces.front();
        const std::string_view lead = std::string_view(text_).substr(first.begin, first.size());
        if (starts_with_news_time(lead)) {
            if (headline_follows(from + 1)) return true;
            // 日前，记者从芜湖港口管理部门获悉，…: the time, then the reporter's source formula
            // (the news item may run to a second paragraph).
            const std::size_t comma = std::min(lead.find("，"), lead.find(','));
            constexpr std::size_t max_time_bytes = 8 * 3;
            if (comma == std::string_view::npos || comma > max_time_bytes) return false;
            const std::string_view after_time =
                lead.substr(comma + (lead[comma] == ',' ? 1 : std::string_view("，").size()));
            return starts_with_source_formula(after_time) && from + 1 < items_.size() &&
                   items_[from + 1].type == Item::Type::paragraph && headline_follows(from + 2);
        }
        // 记者从市公园城市建设管理局获悉，…: a reporter's source formula opens a news item of
        // one or two paragraphs.
        if (!starts_with_source_formula(lead)) return false;
        if (headline_follows(from + 1)) return true;
        return from + 1 < items_.size() && items_[from + 1].type == Item::Type::paragraph &&
               headline_follows(from + 2);
    };
    // 加權指數：收22,815點。 / 櫃買指數：… / 集中市場成交值：…: three or more one-line records
    // in one block, each a short label and a colon, under the headline: a data box of its own,
    // not a section of the article above.
    auto data_box_follows = [&](std::size_t from) {
        constexpr std::size_t min_records = 3, max_record_chars = 40, max_label_chars = 8;
        if (from >= items_.size() || items_[from].type != Item::Type::paragraph) return false;
        // 统一獅 5：0 味全龍 / 中信兄弟 3：4 樂天桃猿: two or more result lines or table rows.
        std::size_t rows = 0;
        for (std::size_t m = from; m < items_.size() && items_[m].type == Item::Type::paragraph &&
                                   lines_[items_[m].line].record;
             ++m)
            ++rows;
        if (rows >= 2) return true;
        // 男子全程：1.何杰（中国）2小时07分42秒；2.杨绍辉… / 女子全程：1.…: two or more
        // labelled rankings, one a paragraph.
        std::size_t rankings = 0;
        for (std::size_t m = from; m < items_.size() && items_[m].type == Item::Type::paragraph &&
                                   !items_[m].pieces.empty();
             ++m) {
            const std::string_view text = std::string_view(text_).substr(
                items_[m].pieces.front().begin, items_[m].pieces.front().size());
            const std::size_t colon = std::min(text.find("："), text.find(':'));
            if (colon == std::string_view::npos || colon == 0 ||
                char_count(text.substr(0, colon)) > max_label_chars)
                break;
            const std::string_view ranks = text.substr(colon);
            if (ranks.find("1.") == std::string_view::npos ||
                ranks.find("2.") == std::string_view::npos)
                break;
            ++rankings;
        }
        if (rankings >= 2) return true;
        // 大白菜：每公斤1.40元，比上周下降0.10元。 / (blank) / 西兰花：每公斤4.60元…: three or more
        // short labelled figures, one a paragraph.
        {
            std::size_t figures = 0;
            for (std::size_t m = from;
                 m < items_.size() && items_[m].type == Item::Type::paragraph &&
                 items_[m].pieces.size() == 1;
                 ++m) {
                const std::string_view text = std::string_view(text_).substr(
                    items_[m].pieces.front().begin, items_[m].pieces.front().size());
                const std::size_t colon = std::min(text.find("："), text.find(':'));
                const bool digits = std::any_of(text.begin(), text.end(), [](char c) {
                    return is_ascii_digit(static_cast<unsigned char>(c));
                });
                if (char_count(text) > max_record_chars || colon == std::string_view::npos ||
                    colon == 0 || char_count(text.substr(0, colon)) > max_label_chars || !digits)
                    break;
                ++figures;
            }
            if (figures >= min_records) return true;
        }
        // 台灣大賽第三戰，樂天桃猿5：4勝統一獅，… / 中華隊7：2勝…: two or more short
        // paragraphs each reporting a score.
        {
            constexpr std::size_t max_result_paragraph_chars = 50;
            std::size_t scored = 0;
            for (std::size_t m = from;
                 m < items_.size() && items_[m].type == Item::Type::paragraph &&
                 !items_[m].pieces.empty();
                 ++m) {
                const std::string_view text = std::string_view(text_).substr(
                    items_[m].pieces.front().begin, items_[m].pieces.front().size());
                if (char_count(text) > max_result_paragraph_chars || !reports_score(text)) break;
                ++scored;
            }
            if (scored >= 2) return true;
        }
        // 2月外銷訂單金額503.2億美元，年增21.4%。 / … / 資料來源：經濟部統計處: short lines of
        // figures in one block, closed by where the figures come from.
        {
            constexpr std::size_t max_figure_line_chars = 40;
            std::size_t figure_lines = 0;
            for (std::size_t l = items_[from].line; l < lines_.size(); ++l) {
                const Line& line = lines_[l];
                if (line.kind == Kind::blank || (l > items_[from].line && line.blank_before > 0))
                    break;
                if (is_data_source_note(content(line))) {
                    if (figure_lines >= 2) return true;
                    break;
                }
                const std::string_view text = content(line);
                const bool figures = std::any_of(text.begin(), text.end(), [](char c) {
                    return is_ascii_digit(static_cast<unsigned char>(c));
                });
                if (line.chars > max_figure_line_chars || !figures) break;
                ++figure_lines;
            }
        }
        std::size_t records = 0;
        for (std::size_t l = items_[from].line; l < lines_.size(); ++l) {
            const Line& line = lines_[l];
            if (line.kind != Kind::body || (records > 0 && line.blank_before > 0)) break;
            const std::string_view text = content(line);
            const std::size_t colon = std::min(text.find("："), text.find(':'));
            if (line.chars > max_record_chars || colon == std::string_view::npos || colon == 0 ||
                char_count(text.substr(0, colon)) > max_label_chars)
                break;
            ++records;
        }
        return records >= min_records;
    };
    // Lines at the end of a headline group that are the article's first section heading, not
    // headline lines: a numbered line (冬季大棚蔬菜管理要点 / 一、加强保温), or a line after the
    // ——subtitle, which ends a headline block (…纪实 / 蹊跷的欠条). Removed from `group`.
    // Whether the first line after `line` (past blank lines) is a byline.
    auto next_is_byline = [&](std::size_t line) {
        std::size_t next = next_nonblank(line);
        return next < lines_.size() && lines_[next].kind == Kind::byline;
    };
    auto take_sections = [&]() {
        std::size_t first_section = group.size();
        for (std::size_t i = 1; i < group.size(); ++i) {
            const std::string_view text = content(lines_[group[i]]);
            // (河南荥阳官庄遗址… / ——确认一处… / 发现手工业作坊区… set solid over the
            // byline: a second subtitle line.)
            const bool solid_over_byline = lines_[group[i]].blank_before == 0 &&
                                           i + 1 == group.size() && next_is_byline(group.back());
            // (——秭归脐橙产业链调查 / 一颗橙子的“三级跳”: a dash line opening the block is a
            // kicker, and the title follows it.)
            if (i >= 2 && starts_with_dash(content(lines_[group[i - 1]])) &&
                !starts_with_dash(text) && !bracketed(text) && !solid_over_byline) {
                first_section = i;
                break;
            }
        }
        // …标题 / 【案情】 … 【办案】: a bracketed label closing the block under its title, with
        // bracketed siblings further on, is the first section, not a column name.
        constexpr std::size_t max_sibling_distance = 60;  // lines
        const bool bracketed_last =
            group.size() >= 2 && in_lenticular_brackets(content(lines_[group.back()])) &&
            !in_lenticular_brackets(content(lines_[group.front()])) && [&] {
                for (std::size_t l = group.back() + 1;
                     l < lines_.size() && l <= group.back() + max_sibling_distance; ++l)
                    if (lines_[l].kind == Kind::headline &&
                        in_lenticular_brackets(content(lines_[l])))
                        return true;
                return false;
            }();
        // 賽果 / (blank) / 港超聯第五輪 set solid on its result lines: the group's name is the
        // box's first section, not a line of its title.
        const std::size_t last_line = group.back();
        const bool group_name_last =
            group.size() >= 2 && lines_[last_line].blank_before > 0 &&
            last_line + 2 < lines_.size() && lines_[last_line + 1].record &&
            lines_[last_line + 1].blank_before == 0 && lines_[last_line + 2].record;
        // 简约公屋下月接受申请 / 哪些人可以申请？ (one of a series of questions): the first
        // section.
        if (first_section == group.size() && group.size() >= 2 &&
            (lines_[group.back()].question_series ||
             (styled_as_numbered_section(content(lines_[group.back()])) &&
              !styled_as_numbered_section(content(lines_[group.front()]))) ||
             bracketed_last || group_name_last))
            first_section = group.size() - 1;
        std::vector<std::size_t> sections(group.begin() + first_section, group.end());
        group.resize(first_section);
        return sections;
    };
    auto add_sections = [&](const std::vector<std::size_t>& sections) {
        for (std::size_t l : sections) {
            const Span span{lines_[l].begin, lines_[l].end};
            Article& a = article_ref();
            a.crossheads.push_back({original_text(span), span, a.paragraphs.size(), 0.7});
            set_line(l, LineClass::crosshead, current,
                     "numbered line, or a line after the subtitle, under the headline: the "
                     "article's first crosshead");
        }
    };
    auto resolve_group = [&](const Item* next) {
        if (group.empty()) return;
        const bool next_starts =
            next && (next->type == Item::Type::byline || next->type == Item::Type::dateline ||
                     (next->type == Item::Type::paragraph && next->lead));
        if (current >= 0 && !limit_hit_) {
            Article& a = article_ref();
            State& s = state_[static_cast<std::size_t>(current)];
            if (a.paragraphs.empty() && !s.has_byline && !a.has_dateline) {
                // A headline block interrupted by furniture or a caption: same article.
                add_headlines(static_cast<std::size_t>(current), group, 0.8);
                for (std::size_t l : group) lines_[l].rule = "more headline lines before the body";
                group.clear();
                return;
            }
            if (!next_starts && next && next->type == Item::Type::paragraph &&
                !a.headlines.empty() && a.paragraphs.empty() && !s.closed &&
                (s.has_byline || a.has_dateline) &&
                std::all_of(group.begin(), group.end(),
                            [&](std::size_t l) { return is_label_note(content(lines_[l])); })) {
                // 受访专家：X 主任医师: a note between an article's byline and its body opens
                // no article (a headline and byline with no body is no article).
                for (std::size_t l : group) {
                    Item note = make_item(Item::Type::paragraph, l);
                    note.pieces.push_back(Span{lines_[l].begin, lines_[l].end});
                    note.piece_lines.push_back(l);
                    add_paragraph(static_cast<std::size_t>(current), note);
                    lines_[l].rule = "short line between the byline and the body: body text";
                }
                group.clear();
                return;
            }
            if (!next_starts && next && next->type == Item::Type::paragraph) {
                // (Not when the text under the headline is signed as an item of its own:
                // 金秋柑橘俏销 / its text / 周敏 摄 is photo news after a headless brief.)
                if (a.headlines.empty() && !s.closed && a.paragraphs.size() <= 2 &&
                    (s.has_byline || a.has_dateline) && !short_item_follows(next_index)) {
                    // Reading-order damage: byline and lead printed before their headline.
                    std::vector<std::size_t> sections = take_sections();
                    // 小将绝杀 山城逆转领头羊 / 下半场换人见效 / … / 争冠悬念延续: a short
                    // last line like the one-line heads further on is the first of them.
                    if (sections.empty() && group.size() >= 2 &&
                        sibling_head_follows(next_index, group.back())) {
                        sections.push_back(group.back());
                        group.pop_back();
                    }
                    add_headlines(static_cast<std::size_t>(current), group, 0.6);
                    add_sections(sections);
                    for (std::size_t l : group)
                        lines_[l].rule =
                            "headline after an article's byline and lead, before its body: "
                            "its displaced headline";
                    page_.diagnostics.push_back(
                        {DiagnosticCode::low_confidence, Severity::info,
                         map(Span{lines_[group.front()].begin, lines_[group.back()].end}),
                         "headline printed after its article's byline and lead; attached to "
                         "that article"});
                    s.displaced = true;
                    s.displaced_paragraph = a.paragraphs.size();
                    s.displaced_group_size = group.size();
                    s.displaced_last_line = group.back();
                    group.clear();
                    return;
                }
                // In hard-wrapped text a blank line before a headline-like line separates
                // articles; crossheads sit inside the text block.
                // Not a numbered section heading in a bylined article (一、…, then 二、…).
                const std::string_view heading = content(lines_[group[0]]);
                const bool numbered_section =
                    s.has_byline && !a.paragraphs.empty() &&
                    (opens_numbered_series(heading) ||
                     (!a.crossheads.empty() && next_in_series(std::string_view(text_).substr(
                                                                  a.crossheads.back().span.begin,
                                                                  a.crossheads.back().span.size()),
                                                              heading)));
                const bool separated = hard_wrapped_ && !blank_between_paragraphs_ &&
                                       lines_[group[0]].blank_before > 0 && !numbered_section;
                // A news item opened by its dateline (本报讯…) has no section headings in its
                // first two paragraphs: a headline there starts the next item.
                constexpr std::size_t min_paragraphs_before_crosshead_in_news = 3;
                const std::string_view candidate = content(lines_[group[0]]);
                const bool styled_as_section =
                    styled_as_numbered_section(candidate) || in_lenticular_brackets(candidate);
                // (A report under a —— subtitle is a feature, sections and all.)
                const bool subtitled =
                    std::any_of(a.headlines.begin(), a.headlines.end(),
                                [](const auto& h) { return starts_with_dash(h.text); });
                // (Unless sibling heads of about its length follow or went before: 交通接駁 /
                // … / 在地參與; not when a credit after them signs them as a feature of its
                // own: 白洋淀畔的“新农人” / … / 从打工者到创业者 / … / （河北日报记者 X）.)
                const bool short_news =
                    a.has_dateline && !s.byline_line && !styled_as_section && !subtitled &&
                    a.paragraphs.size() < min_paragraphs_before_crosshead_in_news &&
                    !(!a.crossheads.empty() ||
                      (group.size() == 1 && sibling_head_follows(next_index, group[0]) &&
                       !signed_sections_follow(next_index, 1)));
                // 二、科学施肥 after the section under 一、选好种子: the next section.
                const bool next_section =
                    group.size() == 1 && !a.crossheads.empty() &&
                    next_in_series(std::string_view(text_).substr(a.crossheads.back().span.begin,
                                                                  a.crossheads.back().span.size()),
                                   content(lines_[group[0]]));
                // 以文化自觉涵养城市精神 / its lead / 一、把历史文化保护放在…: the first of a
                // numbered series under an article's opening text heads its first section,
                // signed or not (an essay may be signed at its end).
                const bool first_numbered_section = group.size() == 1 && !a.headlines.empty() &&
                                                    !a.paragraphs.empty() && a.crossheads.empty() &&
                                                    opens_numbered_series(candidate);
                // 【夜游】 / 【夜宿】 under a feature's lead: short bracketed section heads.
                constexpr std::size_t max_bracket_section_bytes = 6 + 10 * 3;
                const bool bracket_section = group.size() == 1 && !a.paragraphs.empty() &&
                                             in_lenticular_brackets(candidate) &&
                                             candidate.size() <= max_bracket_section_bytes;
                // 【警方提醒】 after 【低价诱饵】: a sibling of the article's bracketed sections,
                // whatever its words say.
                const bool bracket_sibling = bracket_section && !a.crossheads.empty() &&
                                             starts_with(a.crossheads.back().text, "【");
                // The lead's opening, across the lines of a hard-wrapped paragraph.
                std::string lead_opening;
                constexpr std::size_t lead_opening_bytes = 32 * 3;
                for (const Span& piece : next->pieces) {
                    if (lead_opening.size() >= lead_opening_bytes) break;
                    lead_opening += std::string_view(text_).substr(piece.begin, piece.size());
                }
                const bool restated = !styled_as_section && !next->pieces.empty() &&
                                      lead_restates_heading(candidate, lead_opening);
                // 编者按：… under it: an editor's note opens an article of its own.
                const std::string_view next_text =
                    next->pieces.empty()
                        ? std::string_view()
                        : std::string_view(text_).substr(next->pieces.front().begin,
                                                         next->pieces.front().size());
                const bool editor_note =
                    starts_with(next_text, "编者按") || starts_with(next_text, "編者按") ||
                    starts_with(next_text, "编者的话") || starts_with(next_text, "編者的話");
                // 【门店变身“前置仓”】 … then 永辉超市启动门店调改二期: an article's section
                // heads share one style; a plain line after bracketed or numbered ones heads
                // the next item.
                bool other_style = false;
                if (!a.crossheads.empty()) {
                    const bool all_bracketed =
                        std::all_of(a.crossheads.begin(), a.crossheads.end(),
                                    [](const auto& c) { return starts_with(c.text, "【"); });
                    const bool all_numbered =
                        std::all_of(a.crossheads.begin(), a.crossheads.end(),
                                    [](const auto& c) { return starts_with_enumerator(c.text); });
                    // (注释, 结语, 后记: a short closing section needs no number.)
                    constexpr std::size_t max_closing_section_chars = 4;
                    other_style = (all_bracketed && !starts_with(candidate, "【")) ||
                                  (all_numbered && !styled_as_numbered_section(candidate) &&
                                   char_count(candidate) > max_closing_section_chars);
                }
                // 问：… / 答：… paragraphs only: a box of questions has no sections; a line
                // after it heads the next item.
                const bool qa_box =
                    a.crossheads.empty() && a.paragraphs.size() >= 2 &&
                    std::all_of(a.paragraphs.begin(), a.paragraphs.end(), [&](const auto& p) {
                        if (p.spans.empty()) return false;
                        const std::string_view piece = std::string_view(text_).substr(
                            p.spans.front().begin, p.spans.front().size());
                        return starts_with(piece, "问:") || starts_with(piece, "答:") ||
                               starts_with(piece, "問:");
                    });
                // 三、… after 一、 and 二、 in an unsigned article: a short credit under
                // it signs the article, not a brief.
                const bool numbered_unsigned = next_section && a.authors.empty();
                // 秋收时节 / ◎陈远山 / its stanzas / 老街上的豆腐坊 / prose: a poem has no
                // sections; a title after its verse heads the next item.
                const bool after_poem = !a.paragraphs.empty() && !s.prose;
                if (!s.closed && group.size() == 1 && !other_style && !qa_box && !after_poem &&
                    (s.has_byline || a.has_dateline || next_section || bracket_section ||
                     first_numbered_section || (subtitled && !a.paragraphs.empty()) ||
                     (!a.paragraphs.empty() && !a.headlines.empty() &&
                      signed_sections_follow(next_index, a.crossheads.empty() ? 1 : 0))) &&
                    !separated && !short_news && !restated && !editor_note &&
                    // A series of questions heads sections, not briefs.
                    (lines_[group[0]].question_series ||
                     // 【智能检测“看”得准】 / 今年以来，…: a bracketed section head is no
                     // brief's headline, however its text opens.
                     ((numbered_unsigned || !short_item_follows(next_index)) &&
                      (bracket_section || !brief_follows(next_index, group[0])) &&
                      !data_box_follows(next_index))) &&
                    (bracket_sibling || !is_sidebar_label(content(lines_[group[0]])))) {
                    const Line& line = lines_[group[0]];
                    const Span span{line.begin, line.end};
                    a.crossheads.push_back({original_text(span), span, a.paragraphs.size(), 0.75});
                    set_line(group[0], LineClass::crosshead, current,
                             "one short line inside a bylined article, followed by body: "
                             "crosshead");
                    group.clear();
                    return;
                }
            }
        }
        if (!next) {
            for (std::size_t l : group) unplace(l, "headline-like line with nothing after it");
            group.clear();
            return;
        }
        if (page_.articles.size() >= options_.max_articles) {
            limit_hit_ = true;
            for (std::size_t l : group) unplace(l, "max_articles reached");
            group.clear();
            return;
        }
        // 冬季大棚蔬菜管理要点 / 一、加强保温: a numbered line under the headline is the
        // first section heading of the article, not a headline line.
        const std::vector<std::size_t> sections = take_sections();
        current = static_cast<std::ptrdiff_t>(new_article(group[0], next_starts ? 0.9 : 0.7));
        add_headlines(static_cast<std::size_t>(current), group, next_starts ? 0.9 : 0.7);
        add_sections(sections);
        for (std::size_t l : group)
            lines_[l].rule = next_starts ? "short lines before a byline or dateline: headline"
                                         : "short lines before body text: headline of an "
                                           "article without byline";
        group.clear();
    };

    auto can_take_byline = [&]() {
        if (current < 0) return false;
        const Article& a = article_ref();
        return a.paragraphs.empty() && !state_[static_cast<std::size_t>(current)].closed;
    };

    for (std::size_t k = 0; k < items_.size(); ++k) {
        const Item& item = items_[k];
        Line& line = lines_[item.line];
        next_index = k;
        const bool inline_credit = item.type == Item::Type::credit && !item.pieces.empty();
        if (limit_hit_ && item.type != Item::Type::furniture) {
            if (!inline_credit)  // its line went with its paragraph
                for (std::size_t l : item.piece_lines.empty() ? std::vector<std::size_t>{item.line}
                                                              : item.piece_lines)
                    unplace(l, "max_articles reached");
            continue;
        }
        switch (item.type) {
            case Item::Type::furniture: {
                add_furniture(line);
                if (line.has_jump) {
                    JumpMarker jump = line.jump;
                    // A "continued from" marker opens the text that follows it.
                    if (jump.direction == JumpDirection::continued_from || current < 0) {
                        pending_jumps_.push_back(jump);
                    } else {
                        article_ref().jumps.push_back(jump);
                        // （下转第3版）: the article goes on elsewhere; what follows on this
                        // page is another item.
                        if (jump.direction == JumpDirection::continued_to)
                            state_[static_cast<std::size_t>(current)].closed = true;
                    }
                }
                if (line.kind == Kind::furniture)
                    set_line(item.line, LineClass::furniture, -1, nullptr);
                if (line.items_label && current >= 0)
                    state_[static_cast<std::size_t>(current)].closed = true;
                break;
            }
            case Item::Type::caption: {
                // 本报记者 王磊 / 刘洋 摄: a photographer's credit right under the byline, before
                // the body, credits the article's photos: a byline line.
                if (current >= 0 && k > 0 && items_[k - 1].type == Item::Type::byline &&
                    line.parse.kind == BylineKind::photo_credit && !line.parse.authors.empty() &&
                    article_ref().paragraphs.empty() &&
                    state_[static_cast<std::size_t>(current)].has_byline) {
                    add_byline(static_cast<std::size_t>(current), line.parse,
                               Span{line.begin, line.end});
                    set_line(item.line, LineClass::byline, current,
                             "photographer's credit right under the byline: byline");
                    break;
                }
                // …舊城區近年陸續完成… / 記者　何嘉欣　攝 / next headline: a photographer's
                // credit alone closing an article that names nobody signs that article (no
                // caption is printed for it to credit).
                if (current >= 0 && line.parse.kind == BylineKind::photo_credit &&
                    !line.parse.authors.empty() && article_ref().authors.empty() &&
                    !article_ref().paragraphs.empty() && k > 0 &&
                    items_[k - 1].type == Item::Type::paragraph && headline_follows(k + 1) &&
                    !state_[static_cast<std::size_t>(current)].closed) {
                    add_byline(static_cast<std::size_t>(current), line.parse,
                               Span{line.begin, line.end});
                    state_[static_cast<std::size_t>(current)].closed = true;
                    set_line(item.line, LineClass::byline, current,
                             "photographer's credit alone closing an unsigned article: its "
                             "author");
                    break;
                }
                Caption caption;
                caption.span = Span{line.begin, line.end};
                caption.credits = line.parse.authors;
                // 图为合龙现场。 通讯员 陈亮 摄: the photographer after the caption's text.
                if (caption.credits.empty()) {
                    BylineResult credit;
                    if (trailing_photo_credit(content(line), line.begin, credit))
                        caption.credits = std::move(credit.authors);
                }
                caption.confidence = 0.8;
                // 5月8日，…在采摘春茶。 / 本报记者 林海峰 摄: a credit set solid under its
                // caption's text completes that caption.
                std::vector<Caption>& captions =
                    current >= 0 ? article_ref().captions : pending_captions_;
                if (line.parse.kind == BylineKind::photo_credit && !line.parse.authors.empty() &&
                    line.blank_before == 0 && item.line > 0 && !captions.empty() &&
                    captions.back().credits.empty() &&
                    captions.back().span.end == lines_[item.line - 1].end) {
                    Caption& above = captions.back();
                    above.span.end = line.end;
                    above.text = original_text(above.span);
                    above.credits = line.parse.authors;
                    set_line(
                        item.line, LineClass::caption,
                        current >= 0 ? current : static_cast<std::ptrdiff_t>(page_.articles.size()),
                        "photographer's credit set solid under a caption: part of it");
                    break;
                }
                if (current >= 0) {
                    article_ref().captions.push_back(std::move(caption));
                    set_line(item.line, LineClass::caption, current, nullptr);
                } else {
                    pending_captions_.push_back(std::move(caption));
                    set_line(item.line, LineClass::caption,
                             static_cast<std::ptrdiff_t>(page_.articles.size()), nullptr);
                }
                break;
            }
            case Item::Type::headline:
                if (item.held) {
                    held_headlines_.push_back(item.line);
                    break;
                }
                group.push_back(item.line);
                break;
            case Item::Type::byline:
            case Item::Type::dateline: {
                resolve_group(&item);
                std::size_t length = 0;
                const bool trailing = item.type == Item::Type::dateline && current >= 0 &&
                                      !article_ref().paragraphs.empty() &&
                                      is_open_paren(code_point_at(text_, line.begin, length));
                if (trailing) {
                    // （新华社北京3月4日电）: the dateline of the item it ends.
                    add_byline(static_cast<std::size_t>(current), line);
                    state_[static_cast<std::size_t>(current)].closed = true;
                    set_line(item.line, LineClass::dateline, current,
                             "dateline in parentheses after the body: ends its article");
                    break;
                }
                // A dateline naming nobody (【本报雅加达讯】) leaves the end byline to sign it.
                // (编者：… under a reader's signed letter is the editor's reply to it.)
                const bool reply_follows =
                    k + 1 < items_.size() && items_[k + 1].type == Item::Type::paragraph &&
                    !items_[k + 1].pieces.empty() &&
                    [&] {
                        const std::string_view reply =
                            std::string_view(text_).substr(items_[k + 1].pieces.front().begin,
                                                           items_[k + 1].pieces.front().size());
                        return starts_with(reply, "编者:") || starts_with(reply, "編者:") ||
                               starts_with(reply, "编者按:") || starts_with(reply, "編者按:");
                    }() &&
                    headline_follows(k + 2, true);
                // (A page footer between the body and the byline cuts them apart: the byline
                // was printed over the next headline.)
                if (!can_take_byline() && item.type == Item::Type::byline && current >= 0 &&
                    article_ref().authors.empty() &&
                    !state_[static_cast<std::size_t>(current)].closed &&
                    !is_page_header_line(prev_nonblank(item.line)) &&
                    (headline_follows(k + 1, true) || reply_follows)) {
                    // 文/周明远 after the body and right before the next headline: the end
                    // byline of an article that had none at its head.
                    add_byline(static_cast<std::size_t>(current), line);
                    // The editor's reply still belongs to the letter.
                    state_[static_cast<std::size_t>(current)].closed = !reply_follows;
                    set_line(item.line, LineClass::byline, current,
                             "byline after the body of an article without one, right before "
                             "the next headline: its end byline");
                    break;
                }
                // …创新中心。 / 新湖南客户端 记者 曾晓明 报道 / next headline: the app's
                // credit for the reporter who signed the article above closes that article.
                const auto& named = line.parse.authors;
                if (!can_take_byline() && item.type == Item::Type::byline && current >= 0 &&
                    !named.empty() && !article_ref().paragraphs.empty() &&
                    headline_follows(k + 1, true) &&
                    std::all_of(named.begin(), named.end(),
                                [&](const Author& a) { return names(article_ref().authors, a); })) {
                    article_ref().byline_spans.push_back(Span{line.begin, line.end});
                    state_[static_cast<std::size_t>(current)].closed = true;
                    set_line(item.line, LineClass::byline, current,
                             "a byline after the text naming the article's own reporters: its "
                             "closing credit");
                    break;
                }
                // …长出希望。 / 指导老师：王丽 / next headline: a pupil's piece ends with its
                // teacher's credit, whoever signed it at its head.
                const auto& credited = line.parse.authors;
                const bool teacher_credit =
                    !credited.empty() &&
                    std::all_of(credited.begin(), credited.end(), [](const Author& a) {
                        return a.role_text == "指导老师" || a.role_text == "指导教师" ||
                               a.role_text == "辅导老师" || a.role_text == "指導老師" ||
                               a.role_text == "指導教師";
                    });
                if (!can_take_byline() && item.type == Item::Type::byline && current >= 0 &&
                    teacher_credit && !article_ref().paragraphs.empty() &&
                    !state_[static_cast<std::size_t>(current)].closed &&
                    headline_follows(k + 1, true)) {
                    add_byline(static_cast<std::size_t>(current), line);
                    state_[static_cast<std::size_t>(current)].closed = true;
                    set_line(item.line, LineClass::byline, current,
                             "teacher's credit after a signed piece, right before the next "
                             "headline: ends that piece");
                    break;
                }
                // 标题 / lead / 本报记者 王晓晴 / more paragraphs: a byline printed after the
                // lead of an article that has none, with the article's text going on after it
                // (a byline and lead before their own headline have a headline right after
                // the lead instead).
                auto paragraphs_before_next_item = [&](std::size_t from) {
                    std::size_t paragraphs = 0;
                    for (std::size_t m = from; m < items_.size(); ++m) {
                        const Item::Type type = items_[m].type;
                        if (type == Item::Type::caption || type == Item::Type::furniture) continue;
                        if (type != Item::Type::paragraph || items_[m].lead) break;
                        ++paragraphs;
                    }
                    return paragraphs;
                };
                if (!can_take_byline() && item.type == Item::Type::byline && current >= 0 &&
                    article_ref().authors.empty() && !article_ref().has_dateline &&
                    !article_ref().headlines.empty() && article_ref().paragraphs.size() == 1 &&
                    !state_[static_cast<std::size_t>(current)].closed &&
                    paragraphs_before_next_item(k + 1) >= 2) {
                    add_byline(static_cast<std::size_t>(current), line);
                    state_[static_cast<std::size_t>(current)].byline_line = true;
                    set_line(item.line, LineClass::byline, current,
                             "byline after the lead of an article without one, its text going "
                             "on: its byline");
                    break;
                }
                if (!can_take_byline()) {
                    if (page_.articles.size() >= options_.max_articles) {
                        limit_hit_ = true;
                        unplace(item.line, "max_articles reached");
                        break;
                    }
                    current = static_cast<std::ptrdiff_t>(new_article(item.line, 0.6));
                    line.rule =
                        "byline after finished body text: starts an article whose "
                        "headline may follow";
                    // 本刊记者 唐薇 / its lead, no headline after it: the headline printed
                    // inside the paragraph above is its own.
                    if (!headline_follows(k + 1, true))
                        attach_held_headline(static_cast<std::size_t>(current));
                }
                add_byline(static_cast<std::size_t>(current), line);
                if (item.type == Item::Type::byline)
                    state_[static_cast<std::size_t>(current)].byline_line = true;
                set_line(item.line,
                         item.type == Item::Type::byline ? LineClass::byline : LineClass::dateline,
                         current, nullptr);
                break;
            }
            case Item::Type::paragraph: {
                resolve_group(&item);
                const bool lead = item.lead;
                const bool run_in_brief = lines_[item.line].run_in_brief;
                // Text after an article closed by its end credit, trailing dateline or a
                // label over briefs: a brief printed without a headline.
                const bool after_closed =
                    current >= 0 && state_[static_cast<std::size_t>(current)].closed;
                if ((lead && !can_take_byline()) || run_in_brief || after_closed) {
                    current = -1;  // a new article starts at its dateline or run-in head
                }
                if (current < 0) {
                    if (!lead && !run_in_brief && !after_closed && pending_jumps_.empty()) {
                        for (std::size_t l : item.piece_lines)
                            unplace(l, "body text before the first headline or byline");
                        break;
                    }
                    if (page_.articles.size() >= options_.max_articles) {
                        limit_hit_ = true;
                        for (std::size_t l : item.piece_lines) unplace(l, "max_articles reached");
                        break;
                    }
                    current = static_cast<std::ptrdiff_t>(new_article(item.line, lead ? 0.8 : 0.4));
                    // 本报讯（记者 X）… opening without a headline takes the one printed inside
                    // the paragraph above.
                    if (lead) attach_held_headline(static_cast<std::size_t>(current));
                }
                if (lead) {
                    add_byline(static_cast<std::size_t>(current), item.lead_parse, Span{});
                    for (std::size_t l : item.lead_lines)
                        set_line(
                            l,
                            item.lead_parse.has_dateline ? LineClass::dateline : LineClass::byline,
                            current, "dateline or byline cut by a hard wrap");
                }
                // …工程还同步完善了沿线交通标志标线。 / 改造后的东段匝道车流顺畅。 / next
                // headline, under 记者 X 文/图: one short sentence closing an article whose
                // byline credits its photos is the photo's caption.
                if (!lead && item.pieces.size() == 1 && current >= 0 &&
                    !article_ref().paragraphs.empty() && is_bare_caption_sentence(content(line)) &&
                    k + 1 < items_.size() && headline_follows(k + 1) &&
                    (photos_credited(article_ref()) ||
                     std::any_of(article_ref().byline_spans.begin(),
                                 article_ref().byline_spans.end(),
                                 [&](const Span& span) {  // 记者 X 通讯员 Y 文/图
                                     const std::string_view byline =
                                         std::string_view(text_).substr(span.begin, span.size());
                                     return ends_with(byline, "图") || ends_with(byline, "圖");
                                 }))) {
                    Caption caption;
                    caption.span = Span{line.begin, line.end};
                    caption.confidence = 0.5;
                    article_ref().captions.push_back(std::move(caption));
                    set_line(item.line, LineClass::caption, current,
                             "one short sentence closing an article whose byline credits its "
                             "photos: the photo's caption");
                    break;
                }
                // 后市场成新增长点 / … / 二手设备为何走俏海外？ / …: a short question alone
                // between paragraphs of an article with section heads is one of them.
                if (!lead && item.pieces.size() == 1 && current >= 0 &&
                    !article_ref().crossheads.empty() && !article_ref().paragraphs.empty() &&
                    question_head_shape(item.line)) {
                    Article& a = article_ref();
                    const Span span{line.begin, line.end};
                    a.crossheads.push_back({original_text(span), span, a.paragraphs.size(), 0.6});
                    set_line(item.line, LineClass::crosshead, current,
                             "short question alone between paragraphs of an article with "
                             "crossheads: crosshead");
                    break;
                }
                add_paragraph(static_cast<std::size_t>(current), item);
                if (lead) line.rule = "dateline at the head of a paragraph: article lead";
                break;
            }
            case Item::Type::credit: {
                resolve_group(&item);
                // A credit cut from the end of a text line (photo news, end credits) shares
                // the line with a paragraph, which placed or unplaced the line already
                // (`inline_credit`, set above).
                if (current < 0) {
                    if (!inline_credit) unplace(item.line, "credit before any article");
                    break;
                }
                const std::vector<Author>& credited = credit_of(item).authors;
                if (std::any_of(credited.begin(), credited.end(), [](const Author& author) {
                        return author.role != AuthorRole::photographer;
                    }))
                    current = static_cast<std::ptrdiff_t>(
                        absorb_unsigned_sections(static_cast<std::size_t>(current)));
                Article& a = article_ref();
                a.credit_spans.push_back(inline_credit ? item.pieces.front()
                                                       : Span{line.begin, line.end});
                // （本报记者 田子骞 通讯员 邓玮） repeats the byline's reporter: each person once.
                for (const Author& author : credit_of(item).authors)
                    if (!names(a.authors, author)) a.authors.push_back(author);
                state_[static_cast<std::size_t>(current)].closed = true;
                if (!inline_credit) set_line(item.line, LineClass::credit, current, nullptr);
                break;
            }
        }
    }
    resolve_group(nullptr);
    for (std::size_t held : held_headlines_)
        unplace(held,
                "headline-like line inside a paragraph cut by a column break, claimed by "
                "no article");
    held_headlines_.clear();
    for (const Caption& caption : pending_captions_) {
        page_.unplaced.push_back(
            {original_text(caption.span), map(caption.span), "caption with no article"});
    }
    pending_captions_.clear();
    if (limit_hit_) {
        page_.diagnostics.push_back({DiagnosticCode::limit_reached, Severity::error, Span{},
                                     "max_articles reached; the rest of the page is unplaced"});
    }
}

namespace {
// Parts of a line separated by spaces: "打造帮扶新样板 开创协作新局面" has 2.
std::size_t space_separated_parts(std::string_view text) {
    std::size_t parts = 0;
    bool in_part = false;
    for (std::size_t i = 0; i < text.size();) {
        std::size_t length = 0;
        const bool space = is_space(code_point_at(text, i, length));
        if (!space && !in_part) ++parts;
        in_part = !space;
        i += length;
    }
    return parts;
}

}  // namespace

void SegmenterImpl::finish_headline_roles(Article& article) const {
    std::vector<Headline*> plain;
    for (Headline& headline : article.headlines) {
        const std::string_view text =
            std::string_view(text_).substr(headline.span.begin, headline.span.size());
        if (bracketed(text))
            headline.role = HeadlineRole::column_name;
        else if (starts_with_dash(text))
            headline.role = HeadlineRole::subtitle;
        else if (ends_with_dash(text))
            headline.role = HeadlineRole::kicker;
        else
            plain.push_back(&headline);
    }
    if (plain.empty()) return;
    // Which plain line is the main title is a guess without font sizes: a kicker ("——") or
    // a subtitle already present decides; otherwise kicker, title, subtitle top to bottom.
    bool has_kicker = false, has_subtitle = false;
    for (const Headline& h : article.headlines) {
        has_kicker |= h.role == HeadlineRole::kicker;
        has_subtitle |= h.role == HeadlineRole::subtitle;
    }
    std::size_t title = 0;
    if (plain.size() >= 3 || (plain.size() == 2 && !has_kicker && has_subtitle)) title = 1;
    for (std::size_t i = 0; i < plain.size(); ++i)
        plain[i]->role = i < title    ? HeadlineRole::kicker
                         : i == title ? HeadlineRole::title
                                      : HeadlineRole::subtitle;
}

void SegmenterImpl::finish_article(std::size_t index) {
    Article& a = page_.articles[index];
    const State& s = state_[index];
    // A displaced headline block may end with the article's first crosshead: crossheads of
    // one article share their form (the number of space-separated parts).
    if (s.displaced && s.displaced_group_size >= 2 && !a.crossheads.empty() &&
        a.headlines.size() >= 2) {
        const Headline& last = a.headlines.back();
        const std::string_view last_text =
            std::string_view(text_).substr(last.span.begin, last.span.size());
        const std::string_view crosshead_text = std::string_view(text_).substr(
            a.crossheads.front().span.begin, a.crossheads.front().span.size());
        const std::size_t parts = space_separated_parts(last_text);
        if (parts >= 2 && parts == space_separated_parts(crosshead_text)) {
            a.crossheads.insert(a.crossheads.begin(),
                                {last.text, last.span, s.displaced_paragraph, 0.6});
            Line& line = lines_[s.displaced_last_line];
            line.final_class = LineClass::crosshead;
            line.rule =
                "last line of a displaced headline block shaped like the article's "
                "crossheads: crosshead";
            a.headlines.pop_back();
        }
    }
    finish_headline_roles(a);
    // A lone crosshead near the end of an article may instead be the headline of a separate
    // item without byline: say so rather than guess.
    constexpr std::size_t max_paragraphs_after = 2;
    if (a.crossheads.size() == 1 &&
        a.paragraphs.size() - std::min(a.paragraphs.size(), a.crossheads[0].paragraph_index) <=
            max_paragraphs_after) {
        a.crossheads[0].confidence = std::min(a.crossheads[0].confidence, 0.55);
        page_.diagnostics.push_back(
            {DiagnosticCode::low_confidence, Severity::info, map(a.crossheads[0].span),
             "a single crosshead near the end of an article: it may be the headline of a "
             "separate item without byline"});
    }

    Span extent{std::string::npos, 0};
    auto cover = [&](Span span) {
        if (span.empty()) return;
        extent.begin = std::min(extent.begin, span.begin);
        extent.end = std::max(extent.end, span.end);
    };
    for (Headline& h : a.headlines) {
        cover(h.span);
        h.span = map(h.span);
    }
    for (Span& span : a.byline_spans) {
        cover(span);
        span = map(span);
    }
    for (Author& author : a.authors) author = map_author(author);
    if (a.has_dateline) {
        cover(a.dateline.span);
        a.dateline = map_dateline(a.dateline);
    }
    for (Paragraph& p : a.paragraphs) {
        for (Span& span : p.spans) {
            cover(span);
            Span text_span = span;
            if (&span == &p.spans.front())
                for (const auto& [begin, skip] : text_skips_)
                    if (begin == span.begin) text_span.begin += std::min(skip, span.size());
            std::string piece = original_text(text_span);
            if (!p.text.empty() && !piece.empty() &&
                is_ascii_alnum(static_cast<unsigned char>(p.text.back())) &&
                is_ascii_alnum(static_cast<unsigned char>(piece.front())))
                p.text += ' ';  // a hard wrap between two Latin words or numbers
            p.text += piece;
            span = map(span);
        }
    }
    for (Crosshead& c : a.crossheads) {
        cover(c.span);
        c.span = map(c.span);
    }
    for (Caption& c : a.captions) {
        cover(c.span);
        c.text = original_text(c.span);
        c.span = map(c.span);
        for (Author& author : c.credits) author = map_author(author);
    }
    for (Span& span : a.credit_spans) {
        cover(span);
        span = map(span);
    }
    for (JumpMarker& jump : a.jumps) jump.span = map(jump.span);
    if (extent.begin != std::string::npos)
        a.span = map(extent);
    else
        a.span = map(a.span);
    if (a.headlines.empty() || a.paragraphs.empty()) {
        page_.diagnostics.push_back(
            {DiagnosticCode::low_confidence, Severity::info, a.span,
             a.headlines.empty() ? "article without a headline" : "article without body text"});
    }
}

void SegmenterImpl::explain() {
    for (std::size_t i = 0; i < lines_.size(); ++i) {
        const Line& line = lines_[i];
        LineExplanation e;
        e.span = map(Span{line.raw_begin, line.raw_end});
        e.line_class = line.kind == Kind::blank ? LineClass::blank : line.final_class;
        e.article = line.article;
        if (line.kind != Kind::blank) {
            char features[160];
            std::snprintf(features, sizeof features,
                          "chars=%zu indent=%zu blank_before=%zu terminal=%s continuing=%s%s",
                          line.chars, line.indent, line.blank_before, line.terminal ? "yes" : "no",
                          line.continuing ? "yes" : "no",
                          hard_wrapped_ ? " page=hard_wrapped" : "");
            e.features = features;
            e.rule = line.rule;
        }
        page_.explanation.push_back(std::move(e));
    }
}

Page SegmenterImpl::run() {
    for (const Diagnostic& d : normalized_.diagnostics()) page_.diagnostics.push_back(d);
    split_lines();
    classify_lines();
    join_wrapped_end_credits();
    mark_contact_blocks();
    detect_wrap_style();
    mark_headline_candidates();
    mark_verse();
    mark_question_crossheads();
    mark_result_lines();
    mark_bulleted_briefs_after_records();
    mark_notice_signatures();
    mark_chart_blocks();
    mark_semicolon_breaks();
    mark_cuts_before_speech_verbs();
    mark_decimal_breaks();
    mark_titles_inside_cut_paragraphs();
    mark_captions_over_credits();
    mark_captions_under_credits();
    mark_credits_under_headlines();
    mark_lines_over_headlines();
    build_items();
    find_wrapped_leads();
    assemble();
    for (std::size_t i = 0; i < page_.articles.size(); ++i) finish_article(i);
    if (options_.explain) explain();
    return std::move(page_);
}

}  // namespace detail
}  // namespace broadsheet

BROADSHEET_NAMESPACE_BEGIN

// What the segmenter prepares once from its options.
struct ArticleSegmenter::Compiled {
    detail::Conventions conventions;
};

ArticleSegmenter::ArticleSegmenter() : ArticleSegmenter(SegmenterOptions{}) {}
ArticleSegmenter::ArticleSegmenter(SegmenterOptions options)
    : options_(std::move(options)),
      compiled_(std::make_shared<const Compiled>(Compiled{detail::Conventions(options_)})) {}

Page ArticleSegmenter::segment(std::string_view page_text) const {
    const NormalizedText normalized = normalize(page_text, options_.normalize);
    return segment(page_text, normalized);
}

Page ArticleSegmenter::segment(std::string_view original, const NormalizedText& normalized) const {
    if (normalized.original_size() != original.size()) {
        // Not the text it was made from: spans could not be trusted, normalize again.
        return segment(original);
    }
    detail::SegmenterImpl impl(options_, compiled_->conventions, original, normalized);
    return impl.run();
}

const char* to_string(HeadlineRole role) noexcept {
    switch (role) {
        case HeadlineRole::kicker:
            return "kicker";
        case HeadlineRole::title:
            return "title";
        case HeadlineRole::subtitle:
            return "subtitle";
        case HeadlineRole::column_name:
            return "column_name";
    }
    return "title";
}

const char* to_string(JumpDirection direction) noexcept {
    return direction == JumpDirection::continued_from ? "continued_from" : "continued_to";
}

const char* to_string(FurnitureKind kind) noexcept {
    switch (kind) {
        case FurnitureKind::page_header:
            return "page_header";
        case FurnitureKind::date_line:
            return "date_line";
        case FurnitureKind::page_number:
            return "page_number";
        case FurnitureKind::paper_name:
            return "paper_name";
        case FurnitureKind::section_name:
            return "section_name";
        case FurnitureKind::editor_line:
            return "editor_line";
        case FurnitureKind::jump_marker:
            return "jump_marker";
        case FurnitureKind::other:
            return "other";
    }
    return "other";
}

const char* to_string(LineClass line_class) noexcept {
    switch (line_class) {
        case LineClass::blank:
            return "blank";
        case LineClass::furniture:
            return "furniture";
        case LineClass::headline:
            return "headline";
        case LineClass::crosshead:
            return "crosshead";
        case LineClass::byline:
            return "byline";
        case LineClass::dateline:
            return "dateline";
        case LineClass::body:
            return "body";
        case LineClass::caption:
            return "caption";
        case LineClass::credit:
            return "credit";
        case LineClass::unplaced:
            return "unplaced";
    }
    return "blank";
}

BROADSHEET_NAMESPACE_END

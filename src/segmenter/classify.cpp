// The article segmenter, pass 1: split the page into lines, measure and classify each line.
#include <algorithm>
#include <broadsheet/segmenter.hpp>
#include <cctype>
#include <limits>
#include <utility>

#include "segmenter/byline.hpp"
#include "segmenter/chars.hpp"
#include "segmenter/line_shapes.hpp"
#include "segmenter/segmenter_impl.hpp"

namespace broadsheet {
namespace detail {

namespace {

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
    // （接上頁）, （轉下頁）: continued from the previous page or on the next, no page named.
    for (const auto& [words, backwards] : {std::pair<const char*, bool>{"接上頁", true},
                                           {"接上页", true},
                                           {"續上頁", true},
                                           {"续上页", true},
                                           {"接前頁", true},
                                           {"接前页", true},
                                           {"轉下頁", false},
                                           {"转下页", false},
                                           {"續下頁", false},
                                           {"续下页", false},
                                           {"接下頁", false},
                                           {"接下页", false}}) {
        if (!starts_with(text.substr(p), words)) continue;
        std::size_t q = p + std::string_view(words).size();
        while (q < end) {
            const char32_t c = code_point_at(text, q, length);
            if (!is_space(c) && !is_close_paren(c)) return false;
            q += length;
        }
        jump.page.clear();
        jump.direction = backwards ? JumpDirection::continued_from : JumpDirection::continued_to;
        return true;
    }
    // （文转A7）: Malaysian papers put 文 (the text) before 转.
    if (starts_with(text.substr(p), "文转") || starts_with(text.substr(p), "文轉")) p += 3;
    // （相关新闻见A7）: a pointer to the related story's page, a teaser like 详见.
    bool related = false;
    for (const char* words :
         {"相关新闻", "相關新聞", "相关报道", "相關報導", "更多报道", "更多報導"})
        if (starts_with(text.substr(p), words)) {
            p += std::string_view(words).size();
            related = true;
            break;
        }
    bool from = false;
    if (related && !starts_with(text.substr(p), "见") && !starts_with(text.substr(p), "見") &&
        !starts_with(text.substr(p), "详见") && !starts_with(text.substr(p), "詳見"))
        return false;
    // （續見B3版）, （续见A5版）: continued on the page named, like 下转.
    const bool continued =
        (starts_with(text.substr(p), "續見") || starts_with(text.substr(p), "续见")) && !related;
    if (continued)
        p += 3;
    else if (starts_with(text.substr(p), "下"))
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
    } else if (!starts_with(text.substr(p), "转") && !starts_with(text.substr(p), "轉") &&
               // （續C3版）: continued on that page, Taiwan papers' word.
               !(!from &&
                 (starts_with(text.substr(p), "續") || starts_with(text.substr(p), "续")))) {
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
                     !is_han_numeral(d) && !is_ascii_digit(d))  // （右3）
                chars = 99;
            q += length;
            ++chars;
        }
        if (side && chars >= 1 && chars <= 5 && q < text.size()) return true;
    }
    return false;
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
    // (丨, 丶, 丿: radicals OCR reads from a column rule, never a cut word's last piece, even
    // inside a cut sentence; 一 and 乙 may be.)
    if (c == U'丨' || c == U'丶' || c == U'丿') return true;
    if (c == U'一' || c == U'乙') return after_finished_text;
    // (l, I, i: the same rule read as a Latin letter; no Chinese sentence is cut to leave one
    // of them alone on a line.)
    if (c == 'l' || c == 'I' || c == 'i') return true;
    if (is_han(c) || is_digit(c) || (c < 0x80 && std::isalpha(static_cast<unsigned char>(c))))
        return false;
    // (ˊ, ˇ, ˋ: a spacing accent, tone mark or other modifier letter is a speck no sentence
    // is cut to leave.)
    if (c >= 0x02B0 && c <= 0x02FF) return true;
    // Quotation marks and brackets may be pieces of a sentence cut by a break.
    return c == '\'' || c == '`' || c == '|' || c == '-' || c == '_' || c == '~' || c == U'¦' ||
           c == U'｜' || c == U'、' || c == '.' || c == ',' || c == U'·' || c == U'丶' ||
           c == '^' || c == U'′' || c == U'■' || c == U'□' || c == U'●' || c == U'◆' || c == U'◇';
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
                             c == U'‘' || c == U'’' || c == U'、';
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
const char* const builtin_caption_suffixes[] = {
    "摄",   "供图",     "提供",   "摄影",     "资料图片", "资料图",   "攝",      "供圖",
    "攝影", "資料圖片", "資料圖", "资料照片", "資料照片", "档案照片", "檔案照片"};

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
        han = han && all_han(unit);
        // (（安全环保部）: a company's department the same.)
        // (（县委通讯组）: a reporting group the same; （图书馆）, （县医院）, （实验中学）: an
        // institution.)
        for (const char* ending :
             {"办公室", "中心",   "委员会", "合作社", "公司",   "协会", "局",   "办",   "委",
              "站",     "所",     "處",     "辦公室", "委員會", "部",   "处",   "科",   "通讯组",
              "報導組", "报道组", "通訊組", "馆",     "館",     "院",   "学校", "學校", "中学",
              "中學",   "小学",   "小學",   "大队",   "支队",   "总队", "大隊", "支隊", "總隊"})
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
    if (!all_han(inner)) return false;
    return ends_with(inner, "社") || ends_with(inner, "社电") || ends_with(inner, "社電") ||
           ends_with(inner, "社发") || ends_with(inner, "社發");
}

// 综合外电, 综合新华社电: a compiled report's sources on a line of their own.
bool is_compiled_source_line(std::string_view text) {
    constexpr std::size_t max_chars = 12;
    if (char_count(text) > max_chars || text.find(' ') != std::string_view::npos) return false;
    // (本报综合报道, 本報綜合報導: compiled by the paper itself.)
    if (starts_with(text, "本报") || starts_with(text, "本報")) text.remove_prefix(6);
    return (starts_with(text, "综合") || starts_with(text, "綜合")) &&
           (ends_with(text, "电") || ends_with(text, "電") || ends_with(text, "报道") ||
            ends_with(text, "報導") || ends_with(text, "消息"));
}

}  // namespace

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
    // pdftotext -layout sets every line off by the page's left margin: indentation counts from
    // the margin, the least indent of any line with text.
    std::size_t margin = std::numeric_limits<std::size_t>::max();
    for (const Line& line : lines_)
        if (line.kind != Kind::blank) margin = std::min(margin, line.indent);
    if (margin != std::numeric_limits<std::size_t>::max() && margin > 0)
        for (Line& line : lines_)
            if (line.kind != Kind::blank) line.indent -= margin;
}

namespace {

// The text before a photo's credit at a body line's end (…增长22%。图为游客在草甸上拍照
// 留念。): where a caption glued after the paragraph's last sentence starts, or 0. The
// caption is the last sentence, short, opened by a photo word (图为, ▲) or set off by a
// space; `paragraph_end` is set where the paragraph's own text ends.
std::size_t glued_caption_start(std::string_view head, std::size_t& paragraph_end) {
    while (!head.empty() && head.back() == ' ') head.remove_suffix(1);
    if (!ends_with_terminal(head)) return 0;
    std::size_t length = 0;
    std::size_t caption_at = 0;
    for (std::size_t i = 0; i < head.size(); i += length) {
        const char32_t c = code_point_at(head, i, length);
        // (The caption's own full stop is the last character: not a boundary.)
        if (is_terminal(c) && i + length < head.size()) {
            std::size_t next = i + length;
            while (next < head.size()) {
                std::size_t l = 0;
                if (!is_closing_mark(code_point_at(head, next, l))) break;
                next += l;
            }
            caption_at = next;
        }
    }
    if (caption_at == 0) return 0;  // one sentence only: the text is the photo's own
    std::size_t caption_start = caption_at;
    while (caption_start < head.size() && head[caption_start] == ' ') ++caption_start;
    const std::string_view caption = head.substr(caption_start);
    constexpr std::size_t max_caption_chars = 40;
    const bool set_off = caption_start > caption_at;
    const bool photo_word = starts_with(caption, "图为") || starts_with(caption, "圖為") ||
                            starts_with(caption, "▲") || starts_with(caption, "△") ||
                            starts_with(caption, "上图") || starts_with(caption, "下图");
    if (caption.empty() || char_count(caption) > max_caption_chars || !(set_off || photo_word))
        return 0;
    paragraph_end = caption_at;
    return caption_start;
}

// 本报记者　王　　磊　刘: a surname alone after a byline's last name (spans from `base`), which
// the parser leaves out, is a name cut by the line's end.
bool dangling_surname(const BylineResult& parse, std::string_view text, std::size_t base) {
    if (parse.authors.empty() || parse.authors.back().span.end < base) return false;
    const std::size_t after = parse.authors.back().span.end - base;
    return after < text.size() && BylineParser::is_surname_alone(trim(text.substr(after)));
}

// 杨怀谦（1936—2025）, 林 海(1948-2026): a person's name of two to four characters and the
// years of birth and death in brackets, nothing else: the caption under a portrait.
bool is_portrait_caption(std::string_view text) {
    constexpr std::size_t min_name_chars = 2, max_name_chars = 4, year_digits = 4;
    std::size_t p = 0, length = 0, name_chars = 0;
    while (p < text.size()) {
        const char32_t c = code_point_at(text, p, length);
        if (is_han(c)) {
            ++name_chars;
        } else if (c != ' ') {
            break;
        }
        p += length;
    }
    if (name_chars < min_name_chars || name_chars > max_name_chars) return false;
    auto take = [&](std::u32string_view set) {
        if (p >= text.size()) return false;
        const char32_t c = code_point_at(text, p, length);
        if (set.find(c) == std::u32string_view::npos) return false;
        p += length;
        return true;
    };
    auto year = [&] {
        for (std::size_t k = 0; k < year_digits; ++k)
            if (!take(U"0123456789")) return false;
        return true;
    };
    return take(U"(（") && year() && take(U"—–-~－～") && year() && take(U")）") &&
           p == text.size();
}

}  // namespace

bool SegmenterImpl::classify_caption(Line& line, std::string_view text) const {
    constexpr std::size_t max_caption_chars = 200;
    if (line.chars > max_caption_chars) return false;
    // (…同比增长22%。图为游客拍照留念。（本报记者 X 摄）: a paragraph with a caption glued to
    // its end, `before_credit` the text up to the credit, is text; the caption is cut from it
    // later, by find_glued_caption.)
    auto glued_to_text = [](std::string_view before_credit) {
        constexpr std::size_t min_paragraph_chars = 30;
        std::size_t paragraph_end = 0;
        return glued_caption_start(before_credit, paragraph_end) != 0 &&
               char_count(before_credit.substr(0, paragraph_end)) >= min_paragraph_chars;
    };
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
    // （图为孔令军在查看出窑的钧瓷作品。）: the whole caption in brackets.
    if (bracketed(stripped)) {
        std::size_t open_length = 0;
        code_point_at(stripped, 0, open_length);
        for (const char* prefix : {"图为", "圖為", "圖爲"})
            if (starts_with(stripped.substr(open_length), prefix)) return true;
    }
    // 本报记者 王 晓东 摄  图为王城公园内…: the photographer's credit first, a gap, then the
    // caption's 图为.
    constexpr std::size_t max_credit_first_chars = 80;
    if (line.chars <= max_credit_first_chars) {
        for (std::string_view marker : {"  图为", "  圖為"}) {
            const std::size_t at = stripped.find(marker);
            if (at == std::string_view::npos || at == 0) continue;
            if (parser_.parse_line(trim(stripped.substr(0, at))).kind == BylineKind::photo_credit)
                return true;
        }
    }
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
    // （国画）荷塘清趣    周墨石  作: a work labelled by its medium in brackets, its title and
    // its artist. (海塘秋色（国画）　　沈建国　作: the label may follow the title when the
    // artist signs with 作.)
    if (line.chars <= max_artwork_caption_chars && !line.terminal) {
        const bool signed_work = ends_with(stripped, " 作");
        for (const char* medium : {"（国画）", "(国画)", "（油画）", "(油画)", "（书法）", "(书法)",
                                   "（剪纸）", "(剪纸)", "（版画）", "(版画)", "（水彩）", "(水彩)",
                                   "（摄影）", "(摄影)", "（國畫）", "(國畫)", "（油畫）", "(油畫)",
                                   "（書法）", "(書法)", "（版畫）", "(版畫)"})
            if ((starts_with(stripped, medium) &&
                 stripped.size() > std::string_view(medium).size()) ||
                (signed_work && stripped.find(medium) != std::string_view::npos))
                return true;
    }
    // 杨怀谦（1936—2025）: a portrait's caption, a name and its life dates.
    if (is_portrait_caption(stripped)) return true;
    // 【数据】2025年1—11月出口额同比增长9.3%　　本报资料: a figure set beside the text under
    // a data label, with its source; a note like a caption, no title.
    for (const char* label :
         {"【数据】", "【数读】", "【数说】", "【數據】", "【數讀】", "【數說】"})
        if (starts_with(stripped, label) &&
            !trim(stripped.substr(std::string_view(label).size())).empty())
            return true;
    // 马莱莱（中）在比赛中射门。: who is where in the photo, in a short sentence.
    constexpr std::size_t max_position_caption_chars = 60;
    // (林國輝（左三）巡視…情況。（圖：陳志強）: with the photographer's credit after it too.)
    if (line.chars <= max_position_caption_chars &&
        (ends_with_terminal(stripped) || ends_after_sentence(stripped)) &&
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
        // (　　①要焯水。鲜竹笋含有较多草酸，直接烹调口感 / 发涩，…: a numbered tip's first
        // line, wrapped, runs on into an unnumbered line set solid under it.)
        const std::size_t index = static_cast<std::size_t>(&line - lines_.data());
        const std::string_view next =
            index + 1 < lines_.size() ? trim(content(lines_[index + 1])) : std::string_view();
        std::size_t next_length = 0;
        const char32_t next_first = next.empty() ? U'\0' : code_point_at(next, 0, next_length);
        const bool wrapped_on = last.count > 0 && last.last[0] != U'。' && !next.empty() &&
                                !(next_first >= U'①' && next_first <= U'⑳');
        if (first >= U'①' && first <= U'⑳' && line.chars <= max_numbered_caption_chars &&
            last.count > 0 && (last.last[0] == U'。' || is_han(last.last[0])) && !line.continuing &&
            !citation && !wrapped_on)
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
        if (sentence_end > 0 && !glued_to_text(stripped.substr(0, sentence_end)) &&
            (credit_kind == BylineKind::photo_credit || credit_kind == BylineKind::byline))
            return true;
        // …入球後慶祝。本報記者攝: the paper's photographer, unnamed.
        for (std::string_view unnamed :
             {"本报记者摄", "本報記者攝", "记者摄", "記者攝", "本报摄", "本報攝"})
            if (sentence_end > 0 && without_spaces(credit) == unnamed) return true;
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
        if (sentence_end > 0 && stripped.size() - sentence_end <= max_provider_bytes &&
            !glued_to_text(stripped.substr(0, sentence_end)))
            return true;
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
    // sentence, unbracketed. (Where the last sentence ends serves the next two tests too.)
    const std::size_t stripped_sentence_end = last_sentence_end(stripped);
    if (const std::size_t sentence_end = stripped_sentence_end; sentence_end > 0) {
        const std::string_view credit = trim(stripped.substr(sentence_end));
        constexpr std::size_t max_label_credit_chars = 10;
        const std::string_view sentence = stripped.substr(0, sentence_end);
        if (!credit.empty() && char_count(credit) <= max_label_credit_chars &&
            (starts_with(credit, "摄影/") || starts_with(credit, "摄影：") ||
             starts_with(credit, "摄影:") || starts_with(credit, "攝影/") ||
             starts_with(credit, "攝影：") || starts_with(credit, "攝影:") ||
             starts_with(credit, "摄影／") || starts_with(credit, "攝影／")) &&
            no_sentence_end_inside(sentence))
            return true;
    }
    // …改善高鐵特區交通。圖／縣府提供: the photo's credit labelled 图/ after the caption's
    // sentence.
    if (const std::size_t sentence_end = stripped_sentence_end; sentence_end > 0) {
        const std::string_view credit = trim(stripped.substr(sentence_end));
        constexpr std::size_t max_photo_credit_chars = 12;
        if (!credit.empty() && char_count(credit) <= max_photo_credit_chars &&
            (starts_with(credit, "图/") || starts_with(credit, "圖/") ||
             starts_with(credit, "图／") || starts_with(credit, "圖／")))
            return true;
    }
    // 刘静怡在比赛中。 新华社发: an agency's photo credit after one sentence, unbracketed.
    if (const std::size_t sentence_end = stripped_sentence_end; sentence_end > 0) {
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
    // (…and with the credit in brackets.)
    if (tail_open != std::string_view::npos && tail_open > 0 &&
        glued_to_text(stripped.substr(0, tail_open)))
        return false;
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
    std::string_view running_name;  // the paper's name from the first page header
    // The page's first furniture lines (its header, then what follows): a running head
    // repeats one of them. Kept to a few so that looking one up stays constant on pages of
    // millions of lines.
    constexpr std::size_t max_header_texts = 32;
    std::vector<std::string_view> header_texts;
    // The page's first line (its masthead, recognised after this loop).
    const std::size_t first_line =
        lines_.empty() || lines_[0].kind != Kind::blank ? 0 : next_nonblank(0);
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
            if (header_texts.size() < max_header_texts) header_texts.push_back(text);
            // The first part of the page's first header line names the paper (滬尾新聞　　2026年
            // 5月14日…): a running head repeats it further down.
            if (kind == FurnitureKind::page_header && running_name.empty()) {
                const std::string_view first = text.substr(0, text.find(' '));
                constexpr std::size_t min_name_chars = 2, max_name_chars = 8;
                if (first.size() < text.size() && all_han(first) &&
                    char_count(first) >= min_name_chars && char_count(first) <= max_name_chars)
                    running_name = first;
            }
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
        // 汝州时讯 again between a column's foot and the next column's head: a line the page's
        // header printed already (the paper's name) is a running header, not a dateline (讯).
        // (The page's first line, its masthead, is compared too.)
        constexpr std::size_t max_repeated_name_chars = 12;
        const bool repeats_first = first_line < index && text == content(lines_[first_line]);
        if (line.chars <= max_repeated_name_chars && all_han(text) &&
            (repeats_first ||
             std::find(header_texts.begin(), header_texts.end(), text) != header_texts.end())) {
            furniture(FurnitureKind::paper_name,
                      "the same short line as one of the page's header: running header");
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
        // （本栏目由本报记者 X 整理）: who compiled a column of briefs, for them all; a note
        // about the column, no brief's author.
        if ((starts_with(text, "（本栏") || starts_with(text, "(本栏") ||
             starts_with(text, "（本欄") || starts_with(text, "(本欄")) &&
            line.chars <= max_furniture_chars && bracketed(text)) {
            furniture(FurnitureKind::other, "a note about a column (（本栏目由…整理）)");
            continue;
        }
        // 本版邮箱, 本版图片, 本版责编: notes about the page itself.
        // (欢迎来信 / 本版欢迎读者反映…，我们将为您保密。: a sentence set solid under a short
        // title is a box's text.)
        constexpr std::size_t min_box_sentence_chars = 20, max_box_title_chars = 10;
        const bool box_text =
            line.terminal && line.chars >= min_box_sentence_chars && line.blank_before == 0 &&
            index > 0 && lines_[index - 1].kind != Kind::blank &&
            lines_[index - 1].kind != Kind::furniture && !lines_[index - 1].terminal &&
            lines_[index - 1].chars <= max_box_title_chars;
        if (starts_with(text, "本版") && line.chars <= max_furniture_chars && !box_text) {
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
                line.continues_byline = true;
                continue;
            }
            // 本报记者 / 黄　磊 / 陈思 / 源: a lone character under a name set solid on its own
            // line ends that name, cut at the line end.
            const Line& above = lines_[index - 1];
            std::size_t length = 0;
            const char32_t lone = code_point_at(text, 0, length);
            if (line.blank_before == 0 && line.chars == 1 && is_han(lone) &&
                above.continues_byline && above.parse.authors.size() == 1 &&
                above.parse.authors.back().name == content(above) &&
                char_count(content(above)) == 2 &&
                BylineParser::looks_like_person_name(std::string(content(above)) +
                                                     std::string(text))) {
                Author& cut = lines_[index - 1].parse.authors.back();
                cut.name += text;
                cut.span.end = line.end;
                line.kind = Kind::byline;
                line.rule = "a lone character under a name of a split byline: the name's end";
                line.continues_byline = true;
                line.parse.kind = BylineKind::byline;
                line.parse.span = Span{line.begin, line.end};
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
        // 美國三藩市　關煥榮 / 二〇二六年七月二十日: the date a letter was signed, set solid
        // under the signature, is part of it.
        if (line.blank_before == 0 && index > 0 && lines_[index - 1].kind == Kind::byline &&
            !lines_[index - 1].parse.authors.empty() && is_date_line(text)) {
            line.kind = Kind::byline;
            line.parse = BylineResult{};
            line.parse.kind = BylineKind::byline;
            line.rule = "date set solid under a signature: part of it";
            continue;
        }
        // (（指导教师　谢丽华） under a pupil's signature names a person: a credit, below.)
        if (line.blank_before == 0 && index > 0 && lines_[index - 1].kind == Kind::byline &&
            bracketed(text) && !section_label && line.chars <= max_affiliation_chars &&
            last_sentence_end(text) == 0 && text.find("，") == std::string_view::npos &&
            parser_.parse_line(text).authors.empty()) {
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
            case BylineKind::byline: {
                // □本报记者　欧阳 / 晓峰　特约通讯员　X: a compound surname ending the line was
                // cut from its given name; the lines join with nothing between them.
                if (!parse.authors.empty() &&
                    (BylineParser::is_compound_surname(parse.authors.back().name) ||
                     dangling_surname(parse, text, line.begin))) {
                    if (const std::size_t joined = join_split_name_byline(index)) {
                        index += joined;
                        continue;
                    }
                }
                line.parse = std::move(parse);
                line.kind = Kind::byline;
                line.rule = "role words and names only: byline";
                // 本报记者　周婷婷　通讯员 / 宋　杰: a role word left at the line's end names
                // the people on the next line.
                const std::size_t last_space = text.rfind(' ');
                RoleWord dangling;
                if (last_space != std::string_view::npos &&
                    parser_.is_role_only(text.substr(last_space + 1), dangling)) {
                    split_byline_role = std::move(dangling);
                    in_split_byline = true;
                    continue;
                }
                index += join_wrapped_byline_name(index);
                continue;
            }
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
        // 梅州启动秋冬季森林防火工作 / 本报综合 / text: the paper compiled the item itself; the
        // line stands where a byline would and names nobody. (本报记者团, 本报调研组: a group of
        // the paper's reporters signs the same way.)
        const std::string squeezed_text = without_spaces(text);
        if (squeezed_text == "本报综合" || squeezed_text == "本報綜合" ||
            squeezed_text == "本报记者团" || squeezed_text == "本報記者團" ||
            squeezed_text == "本报记者组" || squeezed_text == "本報記者組" ||
            squeezed_text == "本报调研组" || squeezed_text == "本報調研組") {
            mark_unnamed_byline(line,
                                "compiled or signed by the paper's staff (本报综合, 本报记者团): a "
                                "byline naming nobody");
            continue;
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
            // (滬尾新聞　地方綜合　2026.5.14 further down: the paper's name from the page's
            // header, a space, and one more furniture token: a running head or foot.)
            const bool running_name_first =
                !running_name.empty() && starts_with(text, running_name) &&
                text.size() > running_name.size() && text[running_name.size()] == ' ';
            // (神木新闻　　　城乡·民生: or the paper's name across a layout gap from words
            // the page's header printed, the section's name.)
            const std::string_view after_name =
                running_name_first ? trim(text.substr(running_name.size())) : std::string_view();
            constexpr std::size_t max_repeated_chars = 10;
            const bool repeats_header =
                running_name_first && text.compare(running_name.size(), 2, "  ") == 0 &&
                !after_name.empty() && char_count(after_name) <= max_repeated_chars &&
                std::any_of(header_texts.begin(), header_texts.end(), [&](std::string_view h) {
                    return h.find(after_name) != std::string_view::npos;
                });
            const bool running_head = running_name_first && (evidence.kinds >= 1 || repeats_header);
            if (line.chars <= max_header_chars &&
                (evidence.kinds >= 2 || (evidence.kinds == 1 && evidence.wide_gap) || issue_line ||
                 running_head)) {
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
            find_glued_caption(line);
            continue;
        }
        // （上接01版）的游客…: a "continued from" marker run into the head of the text it
        // continues; the text opens the continued story.
        std::size_t first_length = 0;
        if (line.chars > 6 && is_open_paren(code_point_at(text, 0, first_length))) {
            constexpr std::size_t max_jump_bytes = 30;
            const std::string_view head = text.substr(0, max_jump_bytes);
            const std::size_t close = std::min(head.find(')'), head.find("）"));
            JumpMarker jump;
            const std::size_t marker_end =
                close == std::string_view::npos
                    ? 0
                    : close + (text.compare(close, 3, "）") == 0 ? 3 : 1);
            if (marker_end > 0 && marker_end < text.size() &&
                match_jump(text.substr(0, marker_end), jump) &&
                jump.direction == JumpDirection::continued_from) {
                line.has_jump = true;
                line.jump = jump;
                line.jump.span = Span{line.begin, line.begin + marker_end};
                std::size_t offset = 0;
                trim(text.substr(marker_end), &offset);
                line.begin += marker_end + offset;
                line.chars = char_count(content(line));
            }
        }
        // A jump marker glued to the end of a paragraph: "…。（下转第二版）".
        if (line.chars > 6 && !line.has_jump) {
            constexpr std::size_t max_jump_bytes = 30;
            if (const std::size_t i =
                    next_open_paren(text, tail_window_start(text, max_jump_bytes));
                i != std::string_view::npos) {
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
            }
        }
        if (!line.has_jump) {
            find_editor_trailer(line);
            find_end_credit(line);
            find_glued_caption(line);
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
    // (（记者 宋佳 / 怡）: an end credit in brackets cut the same way.)
    bool bracketed_credit = false;
    while (!head.empty()) {
        std::size_t length = 0;
        const char32_t c = code_point_at(head, 0, length);
        if (is_open_paren(c) && !bracketed_credit) {
            bracketed_credit = true;
        } else if (!is_bullet(c) && !is_space(c)) {
            break;
        }
        head.remove_prefix(length);
    }
    AuthorRole ignored = AuthorRole::unknown;
    if (!parser_.match_role_word(head, 0, ignored)) return 0;  // a byline starts with its role
    // (本报通讯员 林晓丹 蓝　晴 / 案情回顾: a byline whole on its line, every name of two
    // characters or more, cut nothing; the next line is the text's. But a compound surname
    // alone, □本报记者　欧阳 / 晓峰　特约通讯员　X, is a name cut before its given name.)
    {
        const BylineResult alone = parser_.parse_line(content(lines_[index]), 0);
        constexpr std::size_t min_whole_name_chars = 2;
        if ((alone.kind == BylineKind::byline || alone.kind == BylineKind::credit) &&
            !alone.authors.empty() &&
            std::all_of(
                alone.authors.begin(), alone.authors.end(),
                [](const Author& a) { return char_count(a.name) >= min_whole_name_chars; }) &&
            !BylineParser::is_compound_surname(alone.authors.back().name) &&
            !dangling_surname(alone, content(lines_[index]), 0))
            return 0;
    }
    // The lines are joined with nothing between them (尹 / 丽华) and, for a line that ended
    // at a whole padded name (（记者　汤　婷 / 见习记者　鲁　阳）), with a space; the spaced
    // join is taken only if it names as many people, every name a whole one.
    std::vector<Piece> pieces, spaced_pieces;
    std::string joined, spaced;
    BylineResult best;
    std::size_t best_extra = 0;
    bool best_spaced = false;
    auto whole_names = [](const BylineResult& r) {
        return !r.authors.empty() &&
               std::all_of(r.authors.begin(), r.authors.end(), [](const Author& a) {
                   return BylineParser::looks_like_person_name(a.name);
               });
    };
    // (通讯员 刘 / 军 摄: a photographer's credit cut the same way.)
    auto kind_ok = [&](const BylineResult& r) {
        return bracketed_credit
                   ? r.kind == BylineKind::credit
                   : r.kind == BylineKind::byline || r.kind == BylineKind::photo_credit;
    };
    for (std::size_t extra = 0; extra <= max_extra_lines; ++extra) {
        const std::size_t j = index + extra;
        if (j >= lines_.size() || lines_[j].kind == Kind::blank ||
            lines_[j].chars > max_piece_chars)
            break;
        const std::string_view piece = content(lines_[j]);
        pieces.push_back({joined.size(), lines_[j].begin, piece.size()});
        joined += piece;
        if (extra > 0) spaced += ' ';
        spaced_pieces.push_back({spaced.size(), lines_[j].begin, piece.size()});
        spaced += piece;
        if (extra == 0) continue;
        BylineResult glued = parser_.parse_line(joined, 0);
        // (The spaced join is parsed only when the glued one falls short.)
        BylineResult apart;
        if (!kind_ok(glued) || !whole_names(glued)) apart = parser_.parse_line(spaced, 0);
        const bool use_apart =
            kind_ok(apart) && whole_names(apart) && apart.authors.size() >= glued.authors.size();
        BylineResult& r = use_apart ? apart : glued;
        if (kind_ok(r) && r.authors.size() > best.authors.size()) {
            best = std::move(r);
            best_extra = extra;
            best_spaced = use_apart;
        }
    }
    if (best_extra == 0) return 0;
    if (best_spaced) pieces = spaced_pieces;
    std::vector<std::pair<std::size_t, std::size_t>> starts;  // joined offset, page offset
    for (std::size_t k = 0; k <= best_extra; ++k)
        starts.emplace_back(pieces[k].joined_begin, pieces[k].original_begin);
    const std::size_t joined_size = pieces[best_extra].joined_begin + pieces[best_extra].size;
    const bool credit = best.kind == BylineKind::credit;
    const std::size_t joined_lines =
        apply_joined_byline(index, best_extra, joined_size, starts, std::move(best),
                            credit ? "an end credit whose name was split over lines: joined"
                                   : "a name split over lines: byline joined across the line ends");
    if (credit) {
        // The credit ends the article above, like one printed on one line.
        lines_[index].parse.kind = BylineKind::credit;
        for (std::size_t k = index; k <= index + joined_lines; ++k) lines_[k].kind = Kind::credit;
    }
    return joined_lines;
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
    // (本报全媒体记者 宋 晴 见习记者 / 龙 欣 实习生 彭 瑶: a role word left at the line's end
    // names the people on the next line, however many.)
    const std::size_t last_space = first.rfind(' ');
    AuthorRole ignored = AuthorRole::unknown;
    const bool dangling_role =
        last_space != std::string_view::npos &&
        parser_.match_role_word(first, last_space + 1, ignored) == first.size() - last_space - 1;
    const bool more_names = dangling_role && r.kind == BylineKind::byline &&
                            r.authors.size() > lines_[index].parse.authors.size() &&
                            r.span.end == joined.size();
    // (本报记者 游  丽 通讯员 张宏斌 / 建瓯笋竹产业: the added name must look like one, a
    // dotted name or a person's name, not a title's words.)
    const bool name_shaped = r.kind == BylineKind::byline && !r.authors.empty() &&
                             (r.authors.back().name.find("·") != std::string::npos ||
                              BylineParser::looks_like_person_name(r.authors.back().name) ||
                              // (案情回顾 under the byline: four characters with no listed
                              // surname are a section's head.)
                              char_count(r.authors.back().name) <= 3);
    if (!more_names && (r.kind != BylineKind::byline ||
                        r.authors.size() != lines_[index].parse.authors.size() + 1 ||
                        r.authors.back().span.begin != second_begin ||
                        r.authors.back().span.end != joined.size() || !name_shaped))
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
    // (本报记者 古丽娜尔·吐尔 / 逊  通讯员 李建新, 本报记者 尼玛次 / 仁 扎西顿珠: the next line
    // opens with a piece of a name, one or two characters before a space, that a parse of
    // that line alone leaves out; one character is never a whole name, so it is cut from
    // the name above even without a dot.)
    const std::string_view second = content(next);
    std::size_t piece_end = 0, piece_chars = 0;
    while (piece_end < second.size()) {
        std::size_t length = 0;
        if (!is_han(code_point_at(second, piece_end, length))) break;
        piece_end += length;
        ++piece_chars;
    }
    AuthorRole no_role = AuthorRole::unknown;
    std::size_t space_length = 0;
    const bool opening_piece = piece_chars >= 1 && piece_chars <= 2 && piece_end < second.size() &&
                               is_space(code_point_at(second, piece_end, space_length)) &&
                               !parser_.match_role_word(second, 0, no_role);
    const BylineResult alone =
        next.kind != Kind::blank && next.blank_before == 0 && next.chars <= max_continued_line_chars
            ? parser_.parse_line(second, 0)
            : BylineResult{};
    const bool piece_left_out =
        opening_piece && (alone.kind != BylineKind::byline || alone.authors.empty() ||
                          alone.authors.front().span.begin >= piece_end);
    const bool dotted = !authors.empty() && authors.back().name.find("·") != std::string::npos;
    if (next.kind != Kind::blank && next.blank_before == 0 &&
        next.chars <= max_continued_line_chars && !authors.empty() &&
        ((dotted && (alone.kind != BylineKind::byline || piece_left_out)) ||
         (piece_left_out && piece_chars == 1))) {
        std::string glued(first);
        glued += content(next);
        BylineResult g = parser_.parse_line(glued, 0);
        const std::size_t cut = authors.size() - 1;
        // One dotted name across the cut (two names glued would hold two dots).
        const std::string& name = g.authors.size() > cut ? g.authors[cut].name : std::string();
        const bool one_dot = name.find("·") != std::string::npos &&
                             name.find("·", name.find("·") + 1) == std::string::npos;
        constexpr std::size_t max_undotted_name_chars = 5;
        const bool undotted_whole = !dotted && name.find("·") == std::string::npos &&
                                    char_count(name) <= max_undotted_name_chars &&
                                    g.authors.size() >= authors.size() + alone.authors.size();
        if (g.kind == BylineKind::byline && g.authors.size() > cut && g.span.end == glued.size() &&
            g.authors[cut].span.end > first.size() && g.authors[cut].span.begin < first.size() &&
            (dotted ? one_dot : undotted_whole)) {
            const std::vector<std::pair<std::size_t, std::size_t>> starts = {
                {0, lines_[index].begin}, {first.size(), next.begin}};
            return apply_joined_byline(
                index, 1, glued.size(), starts, std::move(g),
                dotted ? "a dotted name cut at the line end: byline joined"
                       : "a name cut at the line end, its last character opening the next "
                         "line: byline joined");
        }
    }
    // 本报记者 许文杰 贾 / 婷: a surname left alone at the line end (no name has one
    // character), its given name alone on the next line.
    constexpr std::size_t max_given_name_chars = 2;
    std::size_t last = first.size();
    while (last > 0 && (static_cast<unsigned char>(first[last - 1]) & 0xC0) == 0x80) --last;
    if (last > 0) --last;
    std::size_t length = 0;
    bool lone_surname = last > 0 && last < first.size() &&
                        is_han(code_point_at(first, last, length)) &&
                        is_space(code_point_at(first, last - 1, length));
    // (全媒体记者 刘  坤 / 通讯员 …: the second half of a padded name, one character alone
    // after another, and a next line opening with a role word cut no name.)
    if (lone_surname) {
        std::size_t before = last;
        while (before > 0 && first[before - 1] == ' ') --before;
        std::size_t previous = before;
        if (previous > 0) --previous;
        while (previous > 0 && (static_cast<unsigned char>(first[previous]) & 0xC0) == 0x80)
            --previous;
        const bool padded_pair = before > 0 && (previous == 0 || first[previous - 1] == ' ') &&
                                 is_han(code_point_at(first, previous, length));
        AuthorRole ignored = AuthorRole::unknown;
        if (padded_pair || parser_.match_role_word(content(next), 0, ignored) > 0)
            lone_surname = false;
    }
    // (本报记者 孙晓明 王 / 婷 实习生 赵一鸣 …: the byline may go on after the given name.)
    constexpr std::size_t max_continued_chars = 24;
    if (lone_surname && next.kind != Kind::blank && next.blank_before == 0 &&
        next.chars <= max_continued_chars) {
        std::string glued(first);
        glued += content(next);
        BylineResult g = parser_.parse_line(glued, 0);
        const bool across_cut =
            std::any_of(g.authors.begin(), g.authors.end(), [&](const Author& a) {
                return a.span.begin < first.size() && a.span.end > first.size() &&
                       char_count(a.name) >= 2;
            });
        const bool given_name_only = next.chars <= max_given_name_chars;
        if (g.kind == BylineKind::byline && g.authors.size() > authors.size() &&
            g.span.end == glued.size() && across_cut &&
            (given_name_only || g.authors.size() >= authors.size() + 2)) {
            const std::vector<std::pair<std::size_t, std::size_t>> starts = {
                {0, lines_[index].begin}, {first.size(), next.begin}};
            return apply_joined_byline(index, 1, glued.size(), starts, std::move(g),
                                       "a name cut after its surname at the line end: byline "
                                       "joined");
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
    const std::string_view head = text.substr(0, end);
    for (std::size_t i = next_open_paren(head, tail_window_start(head, max_trailer_bytes));
         i != std::string_view::npos; i = next_open_paren(head, i + 1)) {
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
    // (问：…该怎么预防？（奉新县柳溪乡　刘先生）: the reader who asks signs the question; the
    // answer follows, so nothing closes here.)
    for (std::string_view label : {"问:", "問:", "读者问:", "讀者問:"})
        if (starts_with(text, label)) {
            line.terminal = line.terminal || ends_after_sentence(text);
            return;
        }
    constexpr std::size_t max_credit_bytes = 90;
    for (std::size_t i = next_open_paren(text, tail_window_start(text, max_credit_bytes));
         i != std::string_view::npos; i = next_open_paren(text, i + 1)) {
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

void SegmenterImpl::find_glued_caption(Line& line) const {
    // …同比增长22%。图为游客在草甸上拍照留念。（本报记者　X　摄）, …群落。　历山保护区的
    // 猕猴群。　受访者供图: a photo's caption, its credit last, glued after the paragraph's
    // last sentence by the extractor. The caption is one short sentence, opened by a photo
    // word (图为, ▲) or set off by a space; the text before it ends a sentence.
    if (line.credit_begin || !line.trailer.empty()) return;
    const std::string_view text = content(line);
    // (Cheap tests first: most lines end in no credit and hold no 图为.)
    const Tail last = tail_of(text);
    if (last.count == 0) return;
    const char32_t final_char = last.last[0];
    const bool credit_end = final_char == U'摄' || final_char == U'攝' || final_char == U'影' ||
                            final_char == U'）' || final_char == ')' || final_char == U'图' ||
                            final_char == U'圖' || final_char == U'片';
    if (line.terminal ? text.find("图为") == std::string_view::npos &&
                            text.find("圖為") == std::string_view::npos
                      : !credit_end)
        return;
    if (line.terminal) {
        // (…停满了外地车辆。　图为华家村村民在屋顶晾晒辣椒和玉米。: without a credit the
        // caption must open with 图为 and be set off by a space; run on, 图为… may be a
        // photo-news item's own sentence.)
        std::size_t caption_at = 0;
        const std::size_t caption_start = glued_caption_start(text, caption_at);
        if (caption_start == 0 || caption_start == caption_at ||
            !(starts_with(text.substr(caption_start), "图为") ||
              starts_with(text.substr(caption_start), "圖為")))
            return;
        line.glued_caption = Span{line.begin + caption_start, line.end};
        line.end = line.begin + caption_at;
        line.chars = char_count(content(line));
        return;
    }
    // Where the caption's own sentence ends and its credit starts.
    std::size_t credit_at = 0;
    BylineResult credit;
    if (const std::size_t at = trailing_photo_credit(text, line.begin, credit)) {
        credit_at = at - line.begin;
    } else {
        // (受访者供图, 资料图片: a source in place of a photographer.)
        constexpr std::size_t max_source_chars = 12;
        const std::size_t end = last_sentence_end(text);
        if (end == 0 || end >= text.size()) return;
        const std::string_view source = trim(text.substr(end));
        if (char_count(source) > max_source_chars ||
            !(ends_with(source, "供图") || ends_with(source, "供圖") ||
              ends_with(source, "资料图片") || ends_with(source, "資料圖片")))
            return;
        credit_at = end;
    }
    std::size_t caption_at = 0;
    const std::size_t caption_start = glued_caption_start(text.substr(0, credit_at), caption_at);
    if (caption_start == 0) return;
    line.glued_caption = Span{line.begin + caption_start, line.end};
    line.end = line.begin + caption_at;
    line.terminal = true;
    line.chars = char_count(content(line));
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
    // (Short paragraphs of two or three lines, blank lines between them, make fewer runs:
    // three text lines in ten followed by another will do when nine inner lines in ten or more
    // share the width.)
    constexpr std::size_t min_inner_lines_for_few_runs = 8;
    const bool runs_common = followed * 5 >= text_lines * 2;
    const bool few_runs_one_width = followed * 10 >= text_lines * 3 &&
                                    inner_widths.size() >= min_inner_lines_for_few_runs &&
                                    at_width * 10 >= inner_widths.size() * 9;
    const bool detected = text_lines >= 4 && inner_widths.size() >= 2 &&
                          (runs_common || few_runs_one_width) &&
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

}  // namespace detail
}  // namespace broadsheet

// The article segmenter, pass 1 continued: the marking passes that refine the lines' classes.
#include <algorithm>
#include <broadsheet/segmenter.hpp>
#include <broadsheet/tokenizer.hpp>
#include <optional>
#include <utility>

#include "segmenter/byline.hpp"
#include "segmenter/chars.hpp"
#include "segmenter/line_shapes.hpp"
#include "segmenter/segmenter_impl.hpp"

namespace broadsheet {
namespace detail {

// Below, with the result lines.
bool is_table_row(std::string_view text);
bool is_labelled_figure_line(std::string_view text);

namespace {

// A row of a table, a results box or a list: a paragraph of its own, joined to nothing.
void mark_record(Line& line, const char* rule) {
    line.kind = Kind::body;
    line.verse = true;
    line.terminal = true;
    line.record = true;
    line.rule = rule;
}

// 1.5度，优果率…, 30%,…: a number and its measure word, then a comma: the rest of a sentence cut
// after its verb (提高了 / 1.5度，…); a paragraph opens with a date (5月8日，) but not so.
bool opens_with_bare_quantity(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size() &&
           (is_ascii_digit(static_cast<unsigned char>(text[i])) || (i > 0 && text[i] == '.')))
        ++i;
    if (i == 0 || i >= text.size()) return false;
    std::size_t length = 0;
    const char32_t unit = code_point_at(text, i, length);
    if (unit != '%' && std::u32string_view(U"度倍元吨斤亩米个户家台辆项万亿").find(unit) ==
                           std::u32string_view::npos)
        return false;
    std::size_t after = i + length;
    // (1.2万元, 3亿吨: a second measure word after 万 or 亿.)
    if (after < text.size() && (unit == U'万' || unit == U'亿')) {
        const char32_t next = code_point_at(text, after, length);
        if (std::u32string_view(U"元吨斤亩人户个台辆").find(next) != std::u32string_view::npos)
            after += length;
    }
    return starts_with(text.substr(after), ",") || starts_with(text.substr(after), "，");
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

// 集团公司工会　　2025年6月10日: a notice's issuer and its date set on one line, apart by
// spaces.
bool is_issuer_beside_date(std::string_view text) {
    constexpr std::size_t max_issuer_chars = 20;
    text = trim(text);
    const std::size_t gap = text.find_last_of(' ');
    if (gap == std::string_view::npos) return false;
    const std::string_view issuer = trim(text.substr(0, gap));
    return !issuer.empty() && char_count(issuer) <= max_issuer_chars && !has_ascii_digit(issuer) &&
           !ends_with_terminal(issuer) && issuer.find("，") == std::string_view::npos &&
           is_date_alone(without_spaces(text.substr(gap + 1)));
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

// HETIAN RIBAO　汉文版, BEIJING EVENING NEWS: a paper's name spelt in Latin capitals, perhaps
// with a short word for the edition; no sentence or headline is printed so.
bool is_latin_masthead(std::string_view text) {
    constexpr std::size_t min_capitals = 6, max_han_chars = 4;
    std::size_t capitals = 0, han = 0;
    for (std::size_t p = 0, length = 0; p < text.size(); p += length) {
        const char32_t c = code_point_at(text, p, length);
        if (c >= 'A' && c <= 'Z')
            ++capitals;
        else if (is_han(c))
            ++han;
        else if (!is_space(c))
            return false;
    }
    return capitals >= min_capitals && han <= max_han_chars;
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

// 受访专家：市第一人民医院急诊科主任 郑立群: the line naming who was interviewed. (嘉宾：X学院
// 院长 梁建华: an interview's guest the same.)
bool is_interviewee_note(std::string_view text) {
    for (const char* label :
         {"受访专家:", "受訪專家:", "受访者:", "受訪者:", "嘉宾:", "嘉賓:", "访谈嘉宾:",
          "訪談嘉賓:", "对话嘉宾:", "對話嘉賓:", "受访嘉宾:", "受訪嘉賓:"})
        if (starts_with(text, label)) return true;
    return false;
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

// 公告, 启事, 声明: the title of a notice, which may be printed alone and letter-spaced.

// 在杨梅林里（外一首）: a poem's title announcing more poems after it.
bool announces_poem_set(std::string_view title);

bool announces_more_poems(std::string_view title) {
    for (const char* announce : {"(外一首)", "(外二首)", "(外三首)", "（外一首）", "（外二首）",
                                 "（外三首）", "(外一章)", "（外一章）"})
        if (ends_with(title, announce)) return true;
    return announces_poem_set(title);
}

// 义岗川组诗（三首）, 山居（组诗）: a set of poems, each under a title of its own, the first too.
bool announces_poem_set(std::string_view title) {
    for (const char* announce : {"(组诗)", "（组诗）", "(二首)", "（二首）", "(两首)", "（两首）",
                                 "(三首)", "（三首）", "(四首)", "（四首）", "(五首)", "（五首）"})
        if (ends_with(title, announce)) return true;
    return false;
}

// □　一　苇, ■ 凤言: a bullet, then two or three characters (often letter-spaced), the way a
// writer signs with a pen name whatever its surname. Labels set the same way (■ 简 讯) and
// notices' titles are no names.
bool is_bulleted_pen_name(std::string_view text) {
    std::size_t length = 0;
    if (text.empty() || !is_bullet(code_point_at(text, 0, length))) return false;
    const std::string name = without_spaces(text.substr(length));
    constexpr std::size_t min_chars = 2, max_chars = 3;
    const std::size_t chars = char_count(name);
    if (chars < min_chars || chars > max_chars || !all_han(name) || is_notice_word(name))
        return false;
    for (const char* label : builtin_multi_item_labels)
        if (name == label) return false;
    for (const char* ending :
         {"讯", "訊", "评", "評", "读", "讀", "闻", "聞", "报", "報", "说", "說"})
        if (ends_with(name, ending)) return false;
    return true;
}

// A name a signature vouches for whatever its surname (□ 荻  花 over the writer's unit, a
// bulleted pen name): two to four characters after any bullets, padding squeezed out.
BylineResult vouched_name(std::string_view text, std::size_t begin, const RoleWord& role) {
    std::size_t offset = 0;
    std::string_view name = trim(text, &offset);
    std::size_t length = 0;
    while (!name.empty() && is_bullet(code_point_at(name, 0, length))) {
        name.remove_prefix(length);
        offset += length;
        const std::size_t before = name.size();
        name = trim(name);
        offset += before - name.size();
    }
    const std::string solid = without_spaces(name);
    constexpr std::size_t min_pen_name_chars = 2, max_pen_name_chars = 4;
    const std::size_t chars = char_count(solid);
    if (chars < min_pen_name_chars || chars > max_pen_name_chars || !all_han(solid))
        return BylineResult{};
    BylineResult names;
    names.kind = BylineKind::byline;
    names.authors.push_back(
        {solid, role.role, role.text, Span{begin + offset, begin + offset + name.size()}});
    names.span = Span{begin, begin + text.size()};
    names.byline_span = names.span;
    names.rest_begin = names.span.end;
    names.confidence = 0.5;
    return names;
}

}  // namespace

void SegmenterImpl::mark_unpunctuated_blocks_over_bylines() {
    // 从“一口窑”到“一条街”，从“单打独斗”到“抱团发展” / 绥德石雕闯出新天地 / 全县石雕产业年产值…
    // / (blank) / 记者　马　骁: two or three lines set solid, none with a sentence's end, set
    // apart over a byline, are its headline block (kicker, title, subtitle), commas and all:
    // no paragraph stops unfinished right over a byline where lines are not hard-wrapped.
    if (hard_wrapped_) return;
    constexpr std::size_t min_block_lines = 2, max_block_lines = 3;
    for (std::size_t i = 1; i < lines_.size(); ++i) {
        const Line& byline = lines_[i];
        if (byline.kind != Kind::byline || byline.parse.authors.empty() || byline.blank_before > 1)
            continue;
        const std::size_t last = prev_nonblank(i);
        if (last >= lines_.size()) continue;
        std::size_t first = last;
        while (first > 0 && lines_[first].blank_before == 0 &&
               lines_[first - 1].kind != Kind::blank && last - first + 1 < max_block_lines + 1)
            --first;
        const std::size_t count = last - first + 1;
        if (count < min_block_lines || count > max_block_lines) continue;
        // The block stands apart: a blank line over it, and over that finished text, furniture
        // or nothing.
        if (first > 0 && lines_[first].blank_before == 0) continue;
        const std::size_t over = first > 0 ? prev_nonblank(first) : lines_.size();
        if (over < lines_.size() && !(lines_[over].kind == Kind::furniture ||
                                      (lines_[over].kind == Kind::body && lines_[over].terminal) ||
                                      lines_[over].kind == Kind::credit))
            continue;
        bool block = true;
        for (std::size_t l = first; l <= last && block; ++l) {
            const Line& line = lines_[l];
            const std::string_view text = content(line);
            // (A figure's decimal point, 1.2万人, ends no sentence.)
            block = (line.kind == Kind::body || line.kind == Kind::headline) && !line.terminal &&
                    !line.has_jump && line.chars <= options_.max_headline_chars &&
                    text.find("。") == std::string_view::npos && !ends_with_comma(text);
        }
        if (!block) continue;
        for (std::size_t l = first; l <= last; ++l) {
            if (lines_[l].kind == Kind::headline) continue;
            lines_[l].kind = Kind::headline;
            lines_[l].continuing = false;
            lines_[l].rule =
                "unpunctuated lines set solid and apart over a byline: its headline block";
        }
    }
}

void SegmenterImpl::mark_headline_candidates() {
    // 五指山融媒　WUZHISHAN RONGMEI / 2026年4月16日　星期四　第2版 between the pieces of a cut
    // paragraph: a short line set apart above a page header's date line and solid with it is
    // the running header's first line (the paper's name), not a head of the text.
    constexpr std::size_t max_running_name_chars = 30;
    for (std::size_t i = 1; i < lines_.size(); ++i) {
        const Line& header = lines_[i];
        Line& name = lines_[i - 1];
        if (header.kind != Kind::furniture || header.furniture != FurnitureKind::page_header ||
            header.blank_before != 0 || (name.kind != Kind::headline && name.kind != Kind::body) ||
            name.terminal || name.blank_before == 0 || name.chars > max_running_name_chars ||
            name.has_jump || name.credit_begin || i < 2)
            continue;
        name.kind = Kind::furniture;
        name.furniture = FurnitureKind::paper_name;
        name.rule =
            "short line set apart above a page header line and solid with it: the paper's name";
    }
    // Within a headline block lines are at most a couple of blank lines apart.
    auto same_run_or_gap = [](const Line& l) { return l.blank_before <= 2; };
    const Line* previous = nullptr;
    const Line* first_nonblank = nullptr;
    bool text_seen = false;  // a text line (not furniture) was seen
    // Paragraphs marked by indentation: most body lines too long for a title open indented,
    // hard-wrapped or not.
    std::size_t body_lines = 0, indented_lines = 0;
    for (const Line& line : lines_) {
        if (line.kind != Kind::body || line.chars <= options_.max_headline_chars / 2) continue;
        ++body_lines;
        indented_lines += line.indent >= 2;
    }
    const bool indented_paragraphs =
        indent_paragraphs_ || (body_lines > 0 && indented_lines * 2 > body_lines);
    for (std::size_t i = 0; i < lines_.size(); ++i) {
        Line& line = lines_[i];
        if (line.kind == Kind::blank) continue;
        if (!first_nonblank) first_nonblank = &line;
        const bool same_run = previous && line.blank_before == 0;
        const Line* before = previous;
        if (line.kind != Kind::furniture && line.kind != Kind::body) text_seen = true;
        previous = &line;
        // （本报记者 吴菲 巴黎报道） under a headline, or under a short line that ends no
        // sentence: an end credit follows a finished paragraph, so this is the byline.
        // (（金视点） / □ 李  明: with the byline after it, the bracketed line is the column's
        // name.)
        const std::size_t after = next_nonblank(i);
        const bool byline_follows = after < lines_.size() && lines_[after].kind == Kind::byline &&
                                    !lines_[after].parse.authors.empty() &&
                                    !bracketed(content(lines_[after]));
        if (line.kind == Kind::credit && before && !line.parse.authors.empty() &&
            same_run_or_gap(line) && bracketed(content(line)) && !byline_follows &&
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
        // 加装电梯“最后一票” / 点样搞掂？, 邻居在门口装摄像头 / 正对我家大门怎么办？ set solid
        // under it, then a blank line: a short question finishing a two-line title. (Not one
        // blank line under it: a Q&A box's first question stands there.)
        constexpr std::size_t max_title_question_chars = 12;
        // (The title line stands alone above it: a verse stanza ending in a question runs
        // longer.)
        if (same_run && before && before->kind == Kind::headline && before->blank_before > 0 &&
            line.terminal && line.chars <= max_title_question_chars && i + 1 < lines_.size() &&
            lines_[i + 1].kind == Kind::blank) {
            const Tail tail = tail_of(content(line));
            if (tail.count > 0 && (tail.last[0] == U'？' || tail.last[0] == '?') &&
                content(line).find("。") == std::string_view::npos &&
                content(line).find("，") == std::string_view::npos &&
                content(line).find(',') == std::string_view::npos) {
                line.kind = Kind::headline;
                line.rule = "short question set solid under a title line: the title's end";
                text_seen = true;
                continue;
            }
        }
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
                asked_below = opens_with_asked_question(content(lines_[j]));
                // (老旧小区加装电梯，何时能落地？ / 编辑同志：: or a letter's salutation, the
                // letter under its title.)
                constexpr std::size_t max_salutation_chars = 8;
                const std::string_view whole = content(lines_[j]);
                asked_below = asked_below ||
                              (lines_[j].chars <= max_salutation_chars && ends_with(whole, ":") &&
                               all_han(whole.substr(0, whole.size() - 1)) &&
                               (whole.find("编辑") != std::string_view::npos ||
                                whole.find("編輯") != std::string_view::npos ||
                                whole.find("同志") != std::string_view::npos ||
                                starts_with(whole, "尊敬的")));
                break;
            }
            const bool one_clause = text.find("，") == std::string_view::npos &&
                                    text.find(',') == std::string_view::npos;
            // 政策问答 / 退役军人参加职业技能培训有哪些支持？: a box's label works the same.
            // (问：午睡多长时间比较合适？ under it is the box's first question, no title.)
            const bool asked = opens_with_asked_question(text) || starts_with(text, "Q:") ||
                               starts_with(text, "Q：");
            const bool box_label = is_sidebar_label(above) && before->chars <= 8 && !asked;
            if (question && !asked && (in_lenticular_brackets(above) || box_label) &&
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
        // (One blank line may stand between them when the title stands alone: 【读者之声】 /
        // (blank) / 门票降了，服务不能降 / (blank) / text.)
        const bool alone_under = before && line.blank_before == 1 &&
                                 (i + 1 >= lines_.size() || lines_[i + 1].kind == Kind::blank);
        const bool under_bracketed_name = (same_run || alone_under) &&
                                          before->kind == Kind::headline &&
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
        // (Where paragraphs are marked by indentation and no blank line parts anything, an
        // unindented one set between a finished paragraph and an indented one is apart too.)
        const bool apart_between_indented =
            indented_paragraphs && line.blank_before == 0 && line.indent == 0 && before &&
            before->terminal && i + 1 < lines_.size() && lines_[i + 1].kind == Kind::body &&
            lines_[i + 1].blank_before == 0 && lines_[i + 1].indent >= 2;
        const bool quoted_title = ((starts_with(text, "“") && ends_with(text, "”") &&
                                    text.find("”") == text.size() - std::string_view("”").size()) ||
                                   work_titled) &&
                                  line.chars <= options_.max_headline_chars / 2 &&
                                  ((line.blank_before > 0 && (i + 1 >= lines_.size() ||
                                                              lines_[i + 1].kind == Kind::blank)) ||
                                   apart_between_indented);
        // “敌情”突至，临机决断 alone between blank lines after a finished paragraph: a
        // couplet heading of two short clauses (2-6 characters each) around one comma.
        bool comma_couplet = false;
        // (After a data box's last row, 无偿献血人数　8.6万人次, the same.)
        // (入境游回暖，服务要跟上 set solid between two finished paragraphs where lines are not
        // hard-wrapped, so each paragraph is one line: no paragraph stops unfinished that short.)
        const bool set_solid_between_paragraphs =
            !hard_wrapped_ && line.blank_before == 0 && i + 1 < lines_.size() &&
            lines_[i + 1].kind == Kind::body && lines_[i + 1].terminal;
        if ((line.blank_before > 0 || set_solid_between_paragraphs) &&
            (i + 1 >= lines_.size() || lines_[i + 1].kind == Kind::blank ||
             set_solid_between_paragraphs) &&
            before &&
            (before->terminal || is_table_row(content(*before)) ||
             is_labelled_figure_line(content(*before)))) {
            const std::size_t comma = text.find(',');
            if (comma != std::string_view::npos &&
                text.find(',', comma + 1) == std::string_view::npos &&
                text.find("。") == std::string_view::npos) {
                const std::size_t left = char_count(text.substr(0, comma));
                const std::size_t right = char_count(text.substr(comma + 1));
                constexpr std::size_t min_clause_chars = 2, max_clause_chars = 6;
                // (截至6月10日，共排查地质灾 / (column break) / 害…: a date in figures opens a
                // sentence's piece, not a couplet heading's clause.)
                const bool figures = has_ascii_digit(text);
                comma_couplet = left >= min_clause_chars && left <= max_clause_chars + 2 &&
                                right >= min_clause_chars && right <= max_clause_chars && !figures;
            }
        }
        // 句容：“一棵草莓”带富一方百姓 / 草莓设施大棚面积突破3万亩，全产业链产值超20亿元 /
        // (blank) / text: an unfinished line set solid under a title that opens its block, the
        // block ending with it, is the title's subtitle, commas and all (where lines are not
        // hard-wrapped, so a paragraph's first line is no shorter than a headline).
        const bool subtitle_under_title =
            same_run && before->kind == Kind::headline &&
            (before->blank_before > 0 || before == first_nonblank) && !hard_wrapped_ &&
            i + 1 < lines_.size() && lines_[i + 1].kind == Kind::blank &&
            text.find("。") == std::string_view::npos && !ends_with(text, "，") &&
            !ends_with(text, ",") && !ends_with(text, "、") &&
            // (…设立了检测服务站，商 / (column break) / 户送检…: one character after the last
            // comma is a word cut by the column's end, not a subtitle's last phrase.)
            [&] {
                const std::size_t comma = std::min(text.rfind("，"), text.rfind(','));
                if (comma == std::string_view::npos) return true;
                const std::size_t rest = text[comma] == ',' ? comma + 1 : comma + 3;
                return char_count(text.substr(rest)) >= 2;
            }();
        // 读书，是最好的“充电” / 高温天，老人防暑记住“三要三不要” alone between blank lines
        // after a finished paragraph: a title of two clauses, its last word quoted.
        constexpr std::size_t max_quoted_end_title_chars = 20;
        const bool quoted_end_title =
            line.blank_before > 0 &&
            (i + 1 >= lines_.size() || lines_[i + 1].kind == Kind::blank) && before &&
            before->terminal && line.chars <= max_quoted_end_title_chars &&
            (ends_with(text, "”") || ends_with(text, "」")) && !ends_with(text, "。”") &&
            text.find("。") == std::string_view::npos && [&] {
                const std::size_t comma = std::min(text.find(','), text.find("，"));
                return comma != std::string_view::npos &&
                       std::min(text.find(',', comma + 1), text.find("，", comma + 1)) ==
                           std::string_view::npos;
            }();
        // ■切片即食，打开年轻人市场 alone between blank lines: a bulleted section head holds a
        // comma as a numbered one does.
        std::size_t bullet_length = 0;
        const bool bulleted_alone =
            !text.empty() && is_bullet(code_point_at(text, 0, bullet_length)) &&
            line.chars <= options_.max_headline_chars / 2 && line.blank_before > 0 &&
            (i + 1 >= lines_.size() || lines_[i + 1].kind == Kind::blank) &&
            text.find("。") == std::string_view::npos;
        if (line.chars > max_chars_with_comma && !dashed && !numbered && !under_bracketed_name &&
            !quoted_title && !comma_couplet && !subtitle_under_title && !quoted_end_title &&
            !bulleted_alone &&
            (text.find("，") != std::string_view::npos ||
             text.find(',') != std::string_view::npos)) {
            line.rule = "short but has a sentence comma: body text";
            continue;
        }
        // 此次检查重点围绕防暑降温、防汛排涝、用电安全和危险化: a list of three or more
        // items run to a title's full length is a sentence's.
        constexpr std::size_t min_listing_chars = 21;
        // (受访专家：X 主任、主任医师、教授: a labelled note lists posts; it is no sentence.)
        if (line.chars >= min_listing_chars && !dashed && !numbered && !quoted_title &&
            text.find(':') == std::string_view::npos && text.find("：") == std::string_view::npos) {
            const std::size_t first = text.find("、");
            if (first != std::string_view::npos &&
                text.find("、", first + 3) != std::string_view::npos) {
                line.rule = "as long as a title with a list of three items or more: body text";
                continue;
            }
        }
        // 孙卫红：这是很多家长最初的担心。我们的做法是把课: a full stop inside, text going on
        // after it (a headline may ask two questions, but never holds a 。).
        if (text.find("。") != std::string_view::npos) {
            line.rule = "a sentence ends inside it and text goes on: body text";
            continue;
        }
        // Inside a run, a line after unfinished body text continues it.
        // (…通告如下： / 一、参保对象 / text: not a numbered head after a colon, set solid where
        // no blank line parts anything.)
        const std::string_view before_text = before ? content(*before) : std::string_view();
        std::size_t numeral_length = 0;
        const bool han_numbered =
            !text.empty() && is_han_numeral(code_point_at(text, 0, numeral_length)) &&
            text.compare(numeral_length, std::string_view("、").size(), "、") == 0;
        const bool numbered_head_after_colon =
            han_numbered && !blank_between_paragraphs_ &&
            (ends_with(before_text, "：") || ends_with(before_text, ":")) &&
            i + 1 < lines_.size() && lines_[i + 1].kind == Kind::body;
        if (same_run && before->kind == Kind::body && !before->terminal &&
            !numbered_head_after_colon) {
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
        // (      我镇召开秋季防汛… centred after finished text, over an indented paragraph:
        // its indent is the centring, not a paragraph's.)
        constexpr std::size_t min_centring_indent = 5;
        const bool centred = next_in_run && line.indent >= min_centring_indent &&
                             line.indent > next->indent + 2 &&
                             (!before || before->terminal || before->kind != Kind::body);
        if (hard_wrapped_ && next_in_run && wrap_width_ > 0 && !headline_typography &&
            !stands_alone && !centred && width_of(line) * 20 >= wrap_width_ * 17) {
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
    // begins the section's text. (（一）新项目引客来 / (blank) / 今冬，哈尔滨冰雪 / (page
    // header) / 大世界园区…: a blank line apart, a sentence's comma shows the same.)
    for (std::size_t i = 1; i < lines_.size(); ++i) {
        Line& line = lines_[i];
        const std::size_t above_index = line.blank_before == 0 ? i - 1 : prev_nonblank(i);
        if (above_index >= lines_.size()) continue;
        const Line& above = lines_[above_index];
        const std::string_view text = content(line);
        const bool sentence_comma =
            text.find("，") != std::string_view::npos || text.find(',') != std::string_view::npos;
        if (line.kind != Kind::headline || (line.blank_before != 0 && !sentence_comma) ||
            above.kind != Kind::headline || !starts_with_enumerator(content(above)) ||
            starts_with_enumerator(text) || starts_with_dash(text))
            continue;
        std::size_t next = next_nonblank(i);
        while (next < lines_.size() && line.blank_before != 0 &&
               lines_[next].kind == Kind::furniture)
            next = next_nonblank(next);
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
            // (支教十年，他们把课堂搬进大山 / (blank) / 文 / 刘  洋    图 / 党委宣传部: one blank
            // line may set a byline that opens with its role word apart from the title, when a
            // finished paragraph or a headline stands over the title.)
            AuthorRole leading_role = AuthorRole::unknown;
            const std::size_t over_title = prev_nonblank(j);
            const bool spaced_role_byline =
                lines_[i].kind == Kind::byline && lines_[i].blank_before == 1 &&
                !lines_[i].parse.authors.empty() &&
                parser_.match_role_word(byline_text, 0, leading_role) > 0 &&
                j + 1 < lines_.size() && lines_[j + 1].kind == Kind::blank &&
                (over_title >= lines_.size() || lines_[over_title].kind != Kind::body ||
                 lines_[over_title].terminal);
            const bool alone_over_byline =
                taken == 0 &&
                (lines_[i].blank_before == 0 || (bulleted_byline && lines_[i].blank_before == 1) ||
                 spaced_role_byline) &&
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
            // (日月湾浪起 中国小将踏浪夺冠 / (blank) / 2026万宁国际冲浪节落幕，… / (blank) /
            // 特约记者 X: the same one blank line apart on each side, over a byline that opens
            // with its role word.)
            // (坚持创新驱动　加快动能转换 / 我省新能源汽车首季产量突破40万辆 / (blank) /
            // 同比增长36.2%，整车出口创历史同期新高 / (blank) / 本报讯（记者 X）…: the same over a
            // dateline lead one blank line below.)
            const bool spaced_lead = lines_[i].kind == Kind::dateline_lead &&
                                     lines_[i].blank_before == 1 && j + 1 < lines_.size() &&
                                     lines_[j + 1].kind == Kind::blank;
            const bool headline_over = line_over ? line_over->kind == Kind::headline
                                                 : above.blank_before == 1 &&
                                                       over_title < lines_.size() &&
                                                       lines_[over_title].kind == Kind::headline &&
                                                       (spaced_role_byline || spaced_lead);
            const bool plain_subtitle = taken == 0 && headline_over && !above.terminal &&
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
            // 明年起，我市城乡居民医保“一老一小”待遇再提升 / ——市医保局负责人解读…: any
            // unfinished line headline-long right over the block's dash subtitle is its title.
            const bool over_dash_subtitle =
                taken > 0 && lines_[j + 1].blank_before == 0 &&
                lines_[j + 1].kind == Kind::headline && starts_with_dash(content(lines_[j + 1])) &&
                !above.terminal && above.chars <= options_.max_headline_chars &&
                above_text.find("。") == std::string_view::npos;
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
                  plain_subtitle || question_over_dash || under_colon_line || over_dash_subtitle))
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
    auto is_header = [&](std::size_t k) { return is_page_header_line(nonblank[k]); };
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
            // (A date line with the page and its editor, furniture of any kind, anchors too.)
            if (is_header(m) ||
                (l.kind == Kind::furniture && l.furniture == FurnitureKind::editor_line) ||
                (l.kind == Kind::furniture && header_evidence(content(l)).kinds >= 2) ||
                (header_follows && l.kind == Kind::headline &&
                 header_evidence(content(l)).kinds > 0))
                anchor = true;
            else if (l.kind == Kind::furniture)
                continue;
            // (基础教育 … 3: a layout gap pads a header line; its words count.)
            else if ((l.kind != Kind::headline && l.kind != Kind::body) || l.terminal ||
                     l.continuing || l.has_jump || l.credit_begin ||
                     (l.chars > max_block_line_chars &&
                      char_count(without_spaces(content(l))) > max_block_line_chars / 2))
                return;
        }
        if (!anchor) return;
        // 泰安日报 / date line / 泰山区·岱岳区 / 聚焦… / 泰山区一季度… / ——新开工… over a byline:
        // a title set solid under the header keeps its lines, up to three ending in the block
        // and longer than a section's name (or a dash subtitle), when a byline or dateline
        // opens the next block.
        std::size_t furniture_last = last;
        if (last + 1 < nonblank.size()) {
            const Line& after = lines_[nonblank[last + 1]];
            const bool opens_article = after.kind == Kind::byline || after.kind == Kind::dateline ||
                                       after.kind == Kind::dateline_lead;
            constexpr std::size_t max_block_section_chars = 8, max_head_lines = 3;
            while (opens_article && furniture_last >= first &&
                   last - furniture_last < max_head_lines) {
                const Line& l = lines_[nonblank[furniture_last]];
                // (我县板栗喜获丰收 / 产量预计突破三千万公斤: over a title line kept, a line of a
                // section name's full length without its dot is the title's first line.)
                const bool over_kept_title = furniture_last < last &&
                                             l.chars >= max_block_section_chars &&
                                             content(l).find("·") == std::string_view::npos;
                if (l.kind != Kind::headline || is_header(furniture_last) ||
                    !(l.chars > max_block_section_chars || starts_with(content(l), "——") ||
                      over_kept_title))
                    break;
                if (furniture_last == first) return;
                --furniture_last;
            }
        }
        for (std::size_t m = first; m <= furniture_last; ++m) {
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
            // (和田日报 / HETIAN RIBAO　汉文版 / the date line: the name in capitals, with the
            // edition, may be longer.)
            if (lines_[nonblank[m + 1]].blank_before != 0 &&
                (k >= separated_zone || (above.chars > max_separated_masthead_chars &&
                                         !is_latin_masthead(content(above)))))
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
    // 教育时报 · 基础教育 in mid-page, under 教育时报 … 2026年10月22日 / 基础教育 … 3 at the
    // top: a line made only of the words of the page's top header is the header repeated.
    {
        auto words_of = [&](std::string_view text) {
            std::vector<std::string> words;
            std::string word;
            for (std::size_t p = 0, length = 0; p <= text.size(); p += length) {
                const char32_t c = p < text.size() ? code_point_at(text, p, length) : U' ';
                if (p >= text.size()) length = 1;
                if (is_space(c) || c == U'·' || c == U'|' || c == U'｜') {
                    if (!word.empty()) words.push_back(std::move(word));
                    word.clear();
                } else {
                    word.append(text.substr(p, length));
                }
            }
            return words;
        };
        std::vector<std::string> header_words, joined_header_words;
        std::vector<std::string_view> header_lines;
        for (std::size_t k = 0; k < nonblank.size() && k < zone; ++k) {
            const Line& l = lines_[nonblank[k]];
            if (l.kind != Kind::furniture) break;
            if (l.furniture == FurnitureKind::editor_line) continue;  // names, not the header
            header_lines.push_back(content(l));
            const std::vector<std::string> words = words_of(content(l));
            // (通榆新闻·经济民生 under 第2版　经济·民生: two words of one header line may be
            // repeated run together.)
            for (std::size_t w = 0; w + 1 < words.size(); ++w)
                joined_header_words.push_back(words[w] + words[w + 1]);
            for (const std::string& w : words) header_words.push_back(w);
        }
        // 青岛早报 / 2025年6月12日 星期四 in mid-page: a whole line of the top header, or one
        // word of it (医保周刊 of 中国劳动保障报·医保周刊), alone next to furniture, is the
        // header repeated.
        for (std::size_t k = zone; k < nonblank.size(); ++k) {
            Line& l = lines_[nonblank[k]];
            const std::string_view text = content(l);
            const bool header_word =
                l.chars >= 2 &&
                std::find(header_words.begin(), header_words.end(), text) != header_words.end();
            if (l.kind != Kind::headline ||
                (!header_word &&
                 std::find(header_lines.begin(), header_lines.end(), text) == header_lines.end()))
                continue;
            const bool by_furniture =
                (k + 1 < nonblank.size() && lines_[nonblank[k + 1]].kind == Kind::furniture) ||
                lines_[nonblank[k - 1]].kind == Kind::furniture;
            // (柳溪村股份经济合作社 / 2026年4月12日 set solid under a notice: its signature.)
            const bool signature =
                k + 1 < nonblank.size() && lines_[nonblank[k + 1]].blank_before == 0 &&
                ends_with(content(lines_[nonblank[k + 1]]), "日") &&
                is_ascii_digit(static_cast<unsigned char>(content(lines_[nonblank[k + 1]])[0]));
            if (!by_furniture || signature) continue;
            l.kind = Kind::furniture;
            l.furniture = FurnitureKind::page_header;
            l.rule =
                "a whole line of the page's top header, in mid-page beside furniture: the "
                "header repeated";
        }
        // 北京晚报　BEIJING EVENING NEWS in mid-page: a paper's name with its name in Latin
        // capitals, a masthead line wherever printed.
        constexpr std::size_t max_paper_name_chars = 8, min_latin_letters = 6;
        for (std::size_t k = zone; k < nonblank.size(); ++k) {
            Line& l = lines_[nonblank[k]];
            if (l.kind != Kind::headline && l.kind != Kind::body) continue;
            const std::string_view text = content(l);
            const std::size_t space = text.find(' ');
            if (space == std::string_view::npos) continue;
            const std::string_view name = text.substr(0, space);
            if (latin_capitals_only(trim(text.substr(space))) >= min_latin_letters &&
                char_count(name) <= max_paper_name_chars &&
                (ends_with(name, "报") || ends_with(name, "報"))) {
                l.kind = Kind::furniture;
                l.furniture = FurnitureKind::paper_name;
                l.rule = "a paper's name with its name in Latin capitals: masthead line";
            }
        }
        constexpr std::size_t max_repeat_chars = 20, min_word_chars = 2;
        for (std::size_t k = zone; k < nonblank.size() && !header_words.empty(); ++k) {
            Line& l = lines_[nonblank[k]];
            if ((l.kind != Kind::headline && l.kind != Kind::body) || l.terminal ||
                l.chars > max_repeat_chars)
                continue;
            const std::vector<std::string> words = words_of(content(l));
            // (临湘新闻　　2026年10月9日　　要闻: the masthead alone on the page's first line,
            // repeated first with a date or page number, heads a running head of any words.)
            if (words.size() >= 2 && !header_lines.empty() && words[0] == header_lines[0] &&
                header_evidence(content(l)).kinds >= 1) {
                l.kind = Kind::furniture;
                l.furniture = FurnitureKind::page_header;
                l.rule = "the masthead repeated with a date or page number: running head";
                continue;
            }
            if (words.size() < 2 ||
                !std::all_of(words.begin(), words.end(), [&](const std::string& w) {
                    // (The page number may be one digit: 乐山日报　要闻　３.)
                    const bool number = std::all_of(w.begin(), w.end(), [](char c) {
                        return is_ascii_digit(static_cast<unsigned char>(c));
                    });
                    // (5　虞城经济 under 第5版　虞城经济: the page number without its 第…版.)
                    constexpr std::size_t max_page_word_chars = 5;
                    const bool page_number =
                        number &&
                        std::any_of(header_words.begin(), header_words.end(),
                                    [&](const std::string& h) {
                                        if (char_count(h) > max_page_word_chars) return false;
                                        std::string digits;
                                        for (char c : h)
                                            if (is_ascii_digit(static_cast<unsigned char>(c)))
                                                digits += c;
                                        return digits == w;
                                    });
                    return (char_count(w) >= min_word_chars || number) &&
                           (page_number ||
                            std::find(header_words.begin(), header_words.end(), w) !=
                                header_words.end() ||
                            std::find(joined_header_words.begin(), joined_header_words.end(), w) !=
                                joined_header_words.end());
                }))
                continue;
            l.kind = Kind::furniture;
            l.furniture = FurnitureKind::page_header;
            l.rule = "only words of the page's top header, in mid-page: the header repeated";
        }
    }
    // The first line after the page's top furniture, across a blank line: a page number with
    // a section name (生态　3, 3　综合新闻), or a very short name standing alone before the
    // first headline (志愿青春 / 扎根边疆三年，…; 地區事務 / 區議會通過…).
    std::size_t first_text = 0;
    while (first_text < nonblank.size() && lines_[nonblank[first_text]].kind == Kind::furniture)
        ++first_text;
    // 2026年9月8日　星期二　A5 / 仪征日报 / 法治 / 【以案释法】: the paper's name alone under the
    // date line is the masthead; the section's name may follow it.
    constexpr std::size_t min_paper_name_chars = 3, max_paper_name_chars = 8;
    if (first_text > 0 && first_text < zone && first_text + 1 < nonblank.size()) {
        Line& name = lines_[nonblank[first_text]];
        const std::string_view text = content(name);
        if ((name.kind == Kind::headline || name.kind == Kind::body) && !name.terminal &&
            all_han(text) && name.chars >= min_paper_name_chars &&
            name.chars <= max_paper_name_chars &&
            (ends_with(text, "报") || ends_with(text, "報"))) {
            name.kind = Kind::furniture;
            name.furniture = FurnitureKind::paper_name;
            name.rule = "a paper's name alone among the page's top furniture: masthead";
            ++first_text;
        }
    }
    // (Within the top zone; a header printed one field a line may fill it.)
    constexpr std::size_t max_field_lines = 6;
    if (first_text > 0 && first_text < std::max(zone, max_field_lines) &&
        first_text + 1 < nonblank.size()) {
        const bool in_zone = first_text < zone;
        Line& line = lines_[nonblank[first_text]];
        const Line& next = lines_[nonblank[first_text + 1]];
        constexpr std::size_t max_alone_section_chars =
            4;  // section names are short; kickers longer
        const std::string_view text = content(line);
        const bool numbered_section = in_zone && page_number_and_section(text);
        // (民生 / 贵阳晚报记者 X / lead: over a byline only a two-character word, as no
        // article's title is that short.)
        constexpr std::size_t max_section_over_byline_chars = 2;
        // (一碗粉的 / 产业新答卷: a line ending in a particle is a title broken over lines.)
        bool unfinished_words = false;
        for (const char* particle : {"的", "之", "和", "与", "與", "在", "了", "把", "让", "讓"})
            unfinished_words = unfinished_words || ends_with(text, particle);
        // (综合新闻 / 记者 X: or a kind of news, which no title names alone.)
        const bool news_kind = ends_with(text, "新闻") || ends_with(text, "新聞") ||
                               ends_with(text, "要闻") || ends_with(text, "要聞");
        const bool alone_section =
            in_zone && line.kind == Kind::headline && line.blank_before > 0 && !unfinished_words &&
            line.chars <= max_alone_section_chars && next.blank_before > 0 &&
            (next.kind == Kind::headline || next.kind == Kind::body ||
             (next.kind == Kind::byline &&
              (line.chars <= max_section_over_byline_chars || news_kind))) &&
            !ends_with_dash(text) && !bracketed(text) && text.find(' ') == std::string_view::npos;
        // 学员风采 / 八旬学员的“书法人生” … 活动剪影 / 校园开放日…: when short labels stand the
        // same way over titles further down the page, the first is a column's label too.
        // (Two of them at least: one may be a title's first line, 乡镇企业 / 产值突破十亿元.)
        constexpr std::size_t min_labels_further_on = 2;
        const bool labels_further_on = alone_section && [&] {
            std::size_t labels = 0;
            for (std::size_t k = first_text + 2; k + 1 < nonblank.size(); ++k) {
                const Line& other = lines_[nonblank[k]];
                const Line& under = lines_[nonblank[k + 1]];
                if (other.kind == Kind::headline && other.blank_before > 0 &&
                    other.chars <= max_alone_section_chars && !other.terminal &&
                    under.kind == Kind::headline && under.blank_before > 0 &&
                    under.chars > other.chars && k > 0 &&
                    lines_[nonblank[k - 1]].kind != Kind::headline &&
                    ++labels >= min_labels_further_on)
                    return true;
            }
            return false;
        }();
        // 泰顺报 / 2026年9月24日 / 星期四 / 第3版 / 廊桥·文旅 / title: the header printed one
        // field a line; two short words around a middle dot set solid under it name the
        // section.
        bool dotted_section = false;
        if ((line.kind == Kind::headline || line.kind == Kind::body) && line.blank_before == 0) {
            const std::size_t dot = text.find("·");
            constexpr std::size_t min_word_chars = 2, max_word_chars = 4;
            if (dot != std::string_view::npos &&
                text.find("·", dot + 1) == std::string_view::npos) {
                const std::string_view left = text.substr(0, dot),
                                       right = text.substr(dot + std::string_view("·").size());
                dotted_section =
                    all_han(left) && all_han(right) && char_count(left) >= min_word_chars &&
                    char_count(left) <= max_word_chars && char_count(right) >= min_word_chars &&
                    char_count(right) <= max_word_chars;
            }
            // (备春耕·进行时 / title / ——subtitle / byline, all set solid: the first line of
            // a headline block standing over its byline is the kicker. But two two-character
            // words name a section however they are set (畲乡·文旅 / title / byline), and on a
            // hard-wrapped page every line is set solid.)
            constexpr std::size_t section_word_chars = 2;
            const bool two_short_words =
                dotted_section && char_count(text) == 2 * section_word_chars + 1;
            if (dotted_section && !two_short_words && !hard_wrapped_ && next.blank_before == 0 &&
                next.kind == Kind::headline) {
                std::size_t k = first_text + 1;
                while (k < nonblank.size() && lines_[nonblank[k]].kind == Kind::headline &&
                       lines_[nonblank[k]].blank_before == 0)
                    ++k;
                if (k < nonblank.size() && lines_[nonblank[k]].blank_before == 0 &&
                    (lines_[nonblank[k]].kind == Kind::byline ||
                     lines_[nonblank[k]].kind == Kind::dateline ||
                     lines_[nonblank[k]].kind == Kind::dateline_lead))
                    dotted_section = false;
            }
        }
        if ((line.kind == Kind::headline || line.kind == Kind::body) && !line.terminal &&
            (numbered_section || (alone_section && !labels_further_on) || dotted_section)) {
            line.kind = Kind::furniture;
            line.furniture = FurnitureKind::section_name;
            line.rule = numbered_section
                            ? "page number and section name under the page's header: section name"
                        : dotted_section
                            ? "two words around a middle dot set solid under the page's header: "
                              "section name"
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
    // One person's name of two or three characters alone (`text` at `begin`, after `role`
    // when a title precedes it): the line becomes a byline naming that person.
    // (`vouched`: the writer's unit in brackets under the line says a person signs here, so
    // a pen name without a common surname is read too: □ 荻  花 / （作者单位：…）.)
    auto lone_name_byline = [&](Line& line, std::string_view text, std::size_t begin,
                                const RoleWord& role, const char* rule, bool vouched = false) {
        BylineResult names = parser_.parse_continuation(text, begin, role);
        if (vouched && names.kind == BylineKind::none) names = vouched_name(text, begin, role);
        if (names.kind != BylineKind::byline || names.authors.size() != 1 ||
            (!vouched && !BylineParser::looks_like_person_name(names.authors[0].name)) ||
            char_count(names.authors[0].name) > (vouched ? 4 : 3))
            return false;
        names.confidence = std::min(names.confidence, 0.5);
        line.parse = std::move(names);
        line.kind = Kind::byline;
        line.rule = rule;
        return true;
    };
    Line* previous = nullptr;
    for (std::size_t i = 0; i < lines_.size(); ++i) {
        Line& line = lines_[i];
        if (line.kind == Kind::blank) continue;
        Line* above = previous;
        previous = &line;
        // 记者 欧阳 / 晓明: a compound surname ends the byline and its given name, one or two
        // characters, stands alone under it: the extractor cut one name in two.
        constexpr std::size_t max_given_name_chars = 2;
        if (line.kind == Kind::headline && line.chars <= max_given_name_chars && above &&
            above->kind == Kind::byline && line.blank_before == 0 &&
            !above->parse.authors.empty() && all_han(content(line)) &&
            BylineParser::is_compound_surname(above->parse.authors.back().name)) {
            Author& cut = above->parse.authors.back();
            const std::string_view given = content(line);
            cut.name += std::string(given);
            cut.span.end = static_cast<std::size_t>(given.data() - text_.data()) + given.size();
            line.kind = Kind::byline;
            line.rule =
                "a given name under a byline ending in a compound surname: the rest of "
                "that name";
            continue;
        }
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
        // (王立新（西丰县委党校）: the post in brackets counts apart from the name.)
        constexpr std::size_t max_signed_post_chars = 12;
        if (line.kind == Kind::headline && line.chars <= max_names_chars + max_signed_post_chars &&
            above && above->kind == Kind::body && above->terminal && !signed_above()) {
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
            if (char_count(signature) > max_names_chars) signature = std::string_view();
            // (罗晓燕 / （作者单位：…） set solid under it: the writer's unit closes the piece.)
            const std::string_view following_text =
                following ? content(*following) : std::string_view();
            // (A blank line may stand between them.)
            const bool unit_credit =
                following && following->kind == Kind::credit && following->blank_before <= 1 &&
                (starts_with(following_text, "（作者") || starts_with(following_text, "(作者"));
            // （山嵐） after an essay's last sentence: a pen name in brackets, whatever its
            // surname (notes in brackets, （節選）, （有删节）, are no names).
            bool bracketed_pen_name = false;
            if (following && following->kind == Kind::headline && following->blank_before > 0 &&
                tail.count > 0 && is_close_paren(tail.last[0]) && signature == content(line)) {
                std::size_t open_length = 0;
                // (Round brackets only: 【茶人】 names a column.)
                const char32_t open = code_point_at(signature, 0, open_length);
                if (open == U'（' || open == '(') {
                    const std::string_view inner =
                        signature.substr(open_length, last_char_begin(signature) - open_length);
                    constexpr std::size_t min_pen_chars = 2, max_pen_chars = 3;
                    const std::size_t chars = char_count(inner);
                    bool note = false;
                    for (const char* word :
                         {"节选", "節選", "摘编", "摘編", "摘录", "摘錄", "删节", "刪節", "选载",
                          "選載", "连载", "連載", "待续", "待續", "完",   "续",   "續",   "图",
                          "圖",   "文",   "版",   "讯",   "訊",   "注",   "註",   "稿"})
                        note = note || inner.find(word) != std::string_view::npos;
                    if (chars >= min_pen_chars && chars <= max_pen_chars && all_han(inner) &&
                        !note && !is_notice_word(inner)) {
                        signature = inner;
                        bracketed_pen_name = true;
                    }
                }
            }
            // (□ 一 苇 / 孙阿土 口述 胡晓燕 整理: a bulleted pen name may sign over the next
            // item's byline too.)
            const bool pen_name = is_bulleted_pen_name(signature) || bracketed_pen_name;
            const bool next_item =
                !following || following->kind == Kind::furniture || unit_credit ||
                (following->kind == Kind::headline && following->blank_before > 0) ||
                (pen_name && following->kind == Kind::byline && following->blank_before > 0);
            if (next_item) {
                // 律师 黄立军 under a legal column's answer: the lawyer who answered signs it.
                RoleWord signer{std::string(), AuthorRole::writer};
                std::size_t signer_offset = 0;
                for (const char* title : {"律师 ", "律師 "})
                    if (starts_with(signature, title)) {
                        signer.text.assign(title, std::string_view(title).size() - 1);
                        signer_offset = std::string_view(title).size();
                    }
                // (——普建华: a dash before the name signs it the way a letter is signed.)
                for (const std::string_view dash : {"——", "—"})
                    if (signer_offset == 0 && starts_with(signature, dash)) {
                        signer_offset = dash.size();
                        while (signer_offset < signature.size() && signature[signer_offset] == ' ')
                            ++signer_offset;
                    }
                if (lone_name_byline(
                        line, signature.substr(signer_offset),
                        line.begin +
                            static_cast<std::size_t>(signature.data() - content(line).data()) +
                            signer_offset,
                        signer,
                        "a name alone after finished text, before the next headline: a "
                        "signature",
                        unit_credit || pen_name))
                    continue;
            }
        }
        // …（记者唐静报道）… / 苏文博 / 以高水平开放稳住外贸基本盘 / text: a name alone after
        // the finished text of a piece already signed, over a title and its text, is the next
        // piece's byline printed over its headline.
        if (line.kind == Kind::headline && line.chars <= max_names_chars && above &&
            above->kind == Kind::body && above->terminal && signed_above()) {
            const std::size_t title = next_nonblank(i);
            const std::size_t text_after = title < lines_.size() ? next_nonblank(title) : title;
            if (text_after < lines_.size() && lines_[title].kind == Kind::headline &&
                lines_[title].chars >= min_title_chars && lines_[text_after].kind == Kind::body) {
                if (lone_name_byline(line, content(line), line.begin,
                                     RoleWord{std::string(), AuthorRole::writer},
                                     "a name alone after a signed piece's text, over a title: "
                                     "the next piece's byline printed over its headline"))
                    continue;
            }
        }
        // …施工。 / 李振宇 / 　　在煤矿生产一线，… / 班组长是安全生产的“兵头将尾” / … /
        // （作者单位：…）: a name alone set solid over text, after finished text, in a piece
        // that names its writer's unit at its end, is that writer's byline (printed, with the
        // lead, before the headline).
        if (line.kind == Kind::headline && line.chars <= max_names_chars && above &&
            above->kind == Kind::body && above->terminal && i + 1 < lines_.size() &&
            lines_[i + 1].kind == Kind::body && lines_[i + 1].blank_before == 0) {
            constexpr std::size_t max_piece_lines = 60;
            bool unit_credit_after = false;
            for (std::size_t k = i + 1; k < lines_.size() && k <= i + max_piece_lines; ++k) {
                const Line& l = lines_[k];
                if (l.kind == Kind::byline || l.kind == Kind::dateline ||
                    l.kind == Kind::dateline_lead)
                    break;
                const std::string_view t = content(l);
                if (l.kind == Kind::credit &&
                    (starts_with(t, "（作者") || starts_with(t, "(作者"))) {
                    unit_credit_after = true;
                    break;
                }
            }
            if (unit_credit_after &&
                lone_name_byline(line, content(line), line.begin,
                                 RoleWord{std::string(), AuthorRole::writer},
                                 "a name alone set solid over text, in a piece closed by its "
                                 "writer's unit: the writer's byline"))
                continue;
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
        // 地震来了,室内避险记住这几点 / (blank) / 梁晓峰 / text: a short title with a comma,
        // alone between blank lines over the name, is the title all the same (made a headline
        // below, once the name is read).
        Line* comma_title = nullptr;
        if (above && above->kind == Kind::body && !above->terminal && above->blank_before > 0 &&
            line.blank_before > 0 && short_title_shape(*above) &&
            (content(*above).find(',') != std::string_view::npos ||
             content(*above).find("，") != std::string_view::npos)) {
            const std::size_t title_index = static_cast<std::size_t>(above - lines_.data());
            const std::size_t over = prev_nonblank(title_index);
            // (After finished text, furniture or a note, and set apart on both sides.)
            if ((over >= lines_.size() || lines_[over].terminal ||
                 lines_[over].kind == Kind::furniture || lines_[over].kind == Kind::caption ||
                 lines_[over].kind == Kind::credit) &&
                title_index + 1 < lines_.size() && lines_[title_index + 1].kind == Kind::blank)
                comma_title = &lines_[title_index];
        }
        // (茨坪的雨 / ◎ 山　樵 / text: a bulleted pen name under a title of any length.)
        if (line.kind == Kind::headline && above && above->kind == Kind::headline &&
            line.blank_before <= 2 && is_bulleted_pen_name(content(line))) {
            const std::size_t next_line = next_nonblank(i);
            if (next_line < lines_.size() && lines_[next_line].kind == Kind::body &&
                lone_name_byline(line, content(line), line.begin,
                                 RoleWord{std::string(), AuthorRole::writer},
                                 "bulleted pen name between a headline and its text: byline", true))
                continue;
        }
        if (line.kind != Kind::headline || char_count(signed_name) > max_names_chars || !above ||
            ((above->kind != Kind::headline || above->chars < min_title_chars) && !comma_title) ||
            line.blank_before > 2)
            continue;
        const Line* next = nullptr;
        for (std::size_t j = i + 1; j < lines_.size() && !next; ++j)
            if (lines_[j].kind != Kind::blank) next = &lines_[j];
        // (网购“野味”也违法 / 李秀兰　崔　健 / ■案情回顾 / text: or a bulleted or numbered
        // section head over the text.)
        const bool section_head_next = [&] {
            if (!next || next->kind != Kind::headline) return false;
            const std::string_view head = content(*next);
            std::size_t length = 0;
            if (head.empty() ||
                !(is_bullet(code_point_at(head, 0, length)) || starts_with_enumerator(head)))
                return false;
            const std::size_t after = next_nonblank(static_cast<std::size_t>(next - lines_.data()));
            return after < lines_.size() && lines_[after].kind == Kind::body;
        }();
        if (!next || (next->kind != Kind::body && !section_head_next)) continue;
        // 公　告, 启　事: a notice's title letter-spaced, not a person surnamed 公.
        if (is_notice_word(without_spaces(content(line)))) continue;
        BylineResult names = parser_.parse_continuation(
            signed_name, line.begin, RoleWord{std::string(), AuthorRole::writer});
        if (names.kind != BylineKind::byline || names.authors.empty() ||
            !std::all_of(names.authors.begin(), names.authors.end(), [](const Author& a) {
                return BylineParser::looks_like_person_name(a.name);
            }))
            continue;
        // (明年首季启用: two names guessed from one run with nothing between them and no role
        // word before are a title's second line.)
        if (names.authors.size() > 1 && signed_name.find(' ') == std::string_view::npos &&
            signed_name.find("、") == std::string_view::npos)
            continue;
        names.confidence = std::min(names.confidence, 0.6);
        line.parse = std::move(names);
        line.kind = Kind::byline;
        line.rule = "names alone between a headline and its text: byline";
        if (comma_title && above->kind != Kind::headline) {
            comma_title->kind = Kind::headline;
            comma_title->rule = "short line with a comma alone over a writer's name: its title";
        }
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
                                starts_with(text, "尊敬的") || starts_with(text, "親愛的") ||
                                starts_with(text, "敬爱的") || starts_with(text, "敬愛的");
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
        // (编者： alone opens the editor's reply under a reader's letter the same way.)
        const bool reply_opener = text == "编者:" || text == "編者:";
        const bool addressee = reply_opener || text.find("同志") != std::string_view::npos ||
                               starts_with(text, "尊敬的") || starts_with(text, "亲爱的") ||
                               starts_with(text, "敬爱的") || starts_with(text, "敬愛的") ||
                               starts_with(text, "親愛的") ||
                               text.find("先生") != std::string_view::npos ||
                               text.find("女士") != std::string_view::npos;
        // (Or, a word or two, under the byline under the title: 写给妈妈的一封信 / 上等兵 X /
        // 妈妈：; 他在会上说： there is text cut after its colon.)
        constexpr std::size_t max_bare_addressee_chars = 4;
        const bool under_signature =
            above->kind == Kind::byline && line.chars <= max_bare_addressee_chars;
        if (above->kind != Kind::headline && !under_signature && !addressee) continue;
        line.terminal = true;
        line.continuing = false;
        line.rule = "addressee and colon alone under a title: salutation paragraph";
        if (addressee && !reply_opener) mark_anonymous_signature(i);
    }
}

void SegmenterImpl::mark_anonymous_signature(std::size_t salutation) {
    // 编辑同志： / the letter / 河北石家庄 一位焦虑的母亲 / 编者：…: a reader signing a letter
    // without a name (一位…, 一名…, …读者) signs it all the same; the line names nobody.
    constexpr std::size_t max_signature_chars = 16;
    std::size_t i = next_nonblank(salutation);
    while (i < lines_.size() && lines_[i].kind == Kind::body) i = next_nonblank(i);
    if (i >= lines_.size() || lines_[i].kind != Kind::headline ||
        lines_[i].chars > max_signature_chars)
        return;
    const std::size_t above = prev_nonblank(i);
    if (above >= lines_.size() || above == salutation || !lines_[above].terminal) return;
    const std::string_view text = content(lines_[i]);
    const bool self_described = text.find("一位") != std::string_view::npos ||
                                text.find("一名") != std::string_view::npos ||
                                ends_with(text, "读者") || ends_with(text, "讀者") ||
                                ends_with(text, "家长") || ends_with(text, "网友");
    if (!self_described) return;
    const std::size_t below = next_nonblank(i);
    const std::string_view reply =
        below < lines_.size() ? content(lines_[below]) : std::string_view();
    if (below < lines_.size() && lines_[below].kind != Kind::headline &&
        !starts_with(reply, "编者") && !starts_with(reply, "編者"))
        return;
    mark_unnamed_byline(lines_[i],
                        "a reader's signature without a name under a letter: its byline, no "
                        "author");
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

namespace {
bool is_score(std::string_view score);  // below, with the result lines (a score token)
}  // namespace

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
        // 本版简讯, a note about the page, labels the run-in briefs under it all the same.
        if (line.kind == Kind::furniture && line.furniture == FurnitureKind::other &&
            starts_with(content(line), "本版")) {
            if (mark_run_in_briefs(nonblank, k)) line.items_label = true;
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
        // (…占水稻种植总面积的 / (column gap) / 相关新闻 / title / 本报讯…: a label between
        // the pieces of a cut paragraph heads a box set aside there, not a column of briefs.)
        // (■…评估工具。　　受訪者供圖 above ends a caption, no cut text.)
        const std::string_view piece_above =
            k > 0 ? content(lines_[nonblank[k - 1]]) : std::string_view();
        const bool inside_cut =
            k > 0 && lines_[nonblank[k - 1]].kind == Kind::body &&
            !lines_[nonblank[k - 1]].terminal && !lines_[nonblank[k - 1]].continuing &&
            !ends_with(piece_above, "供图") && !ends_with(piece_above, "供圖") &&
            !ends_with(piece_above, "摄") && !ends_with(piece_above, "攝") &&
            line.blank_before >= 2 && is_sidebar_label(content(line));
        // (简    讯 over 本报讯… briefs opening with their datelines, too.)
        if (!inside_cut &&
            (next_kind == Kind::headline || next_kind == Kind::body ||
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
        // (浙江队 0:2 武汉三镇 / 申花队员在比赛中拼抢。 记者 X 摄: a result line is no title.)
        {
            const std::string_view title = content(line);
            const std::size_t first_space = title.find(' ');
            const std::size_t last_space = title.rfind(' ');
            if (first_space != std::string_view::npos && last_space > first_space &&
                is_score(trim(title.substr(first_space, last_space - first_space))))
                continue;
        }
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
    // …提前购票。 / (blank) / 杨 帆 摄 / (blank) / the next item: a credit standing alone after
    // an article's last paragraph, under no caption, credits the article's photo. (In brackets,
    // （记者 张伟 摄） stays a caption's credit: such a line is printed under photos mid-article.)
    for (std::size_t k = 1; k < nonblank.size(); ++k) {
        Line& line = lines_[nonblank[k]];
        const Line& above = lines_[nonblank[k - 1]];
        if (line.kind != Kind::caption || line.parse.kind != BylineKind::photo_credit ||
            line.parse.authors.empty() || line.blank_before == 0 ||
            line.parse.span.begin != line.begin || line.parse.span.end != line.end ||
            above.kind != Kind::body || !above.terminal || !item_ends_at(k) ||
            bracketed(content(line)))
            continue;
        line.kind = Kind::credit;
        line.rule = "photo credit alone after an article's last paragraph: its author";
    }
}

namespace {
// "全国游泳冠军赛落幕 本届全国…": a head of 4 to 16 characters without punctuation, a space,
// then the text.
bool has_run_in_head(std::string_view text) {
    // (我校学子获全国大学生植物保护技能竞赛一等奖　…: a head as long as a one-line title.)
    constexpr std::size_t min_head_chars = 4, max_head_chars = 24;
    constexpr std::size_t min_speaker_chars = 2;
    std::size_t chars = 0;
    bool colon = false;
    for (std::size_t i = 0; i < text.size();) {
        std::size_t length = 0;
        const char32_t c = code_point_at(text, i, length);
        if (c == ' ' || c == U'\u3000') return chars >= min_head_chars && i + length < text.size();
        // 公积金提取需要哪些材料？  保定读者…: a head may ask its question before the gap.
        if ((c == U'？' || c == '?') && i + length < text.size()) {
            std::size_t gap_length = 0;
            const char32_t next = code_point_at(text, i + length, gap_length);
            return (next == ' ' || next == U'\u3000') && chars >= min_head_chars &&
                   i + length + gap_length < text.size();
        }
        // 西城试点“错时共享停车”　…: a head may quote a name; 中欧班列（郑州）开通…, …增长10.2%:
        // name a city in brackets or give a figure; 央行：房市管制措施將續檢視　…: or name
        // its source before a colon, once.
        const bool source_colon = (c == U'：' || c == ':') && !colon && chars >= min_speaker_chars;
        colon = colon || source_colon;
        // (台江“村BA”夏季赛下周开打: Latin letters too, as in 5G, AI, CBA.)
        const bool latin = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
        if (!is_han(c) && !is_digit(c) && !latin && c != U'“' && c != U'”' && !is_open_paren(c) &&
            !is_close_paren(c) && c != '.' && c != '%' && !source_colon)
            return false;
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
        // (【以案说法】 after 【工作动态】: another column's label ends this one's items.)
        if (line.kind == Kind::headline && in_lenticular_brackets(content(line))) break;
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
    // 图片新闻 / 锂电装备“出海”忙 / its text / 本报记者 陈暖 摄 / then a bylined story: a
    // photo label over a single photo item is that item's column name too.
    if (label == "图片新闻" || label == "新闻图片" || label == "图片报道" || label == "图片新聞") {
        // The nonblank index after a photo item (a one-line title, a text line, its photo
        // credit on the line or the next) starting at `m`, or 0.
        auto photo_item_end = [&](std::size_t m) -> std::size_t {
            if (m + 1 >= nonblank.size() || lines_[nonblank[m]].kind != Kind::headline) return 0;
            // (Or the credit first, in the byline's place: 通讯员　李健宁　摄 / its text.)
            const Line& credit = lines_[nonblank[m + 1]];
            const auto& people = credit.parse.authors;
            if ((credit.kind == Kind::byline || credit.kind == Kind::caption) && !people.empty() &&
                std::all_of(people.begin(), people.end(),
                            [](const Author& a) { return a.role == AuthorRole::photographer; }) &&
                m + 2 < nonblank.size() && lines_[nonblank[m + 2]].kind == Kind::body)
                return m + 3;
            const Line& text = lines_[nonblank[m + 1]];
            if (text.kind != Kind::body && text.kind != Kind::caption) return 0;
            std::string_view words = content(text);
            // (…（记者 X 摄）: the credit may close in brackets.)
            while (ends_with(words, "）") || ends_with(words, ")"))
                words.remove_suffix(ends_with(words, ")") ? 1 : std::string_view("）").size());
            if (ends_with(words, "摄") || ends_with(words, "攝")) return m + 2;
            if (m + 2 < nonblank.size() && lines_[nonblank[m + 2]].kind == Kind::caption &&
                lines_[nonblank[m + 2]].parse.kind == BylineKind::photo_credit)
                return m + 3;
            return 0;
        };
        std::size_t end = photo_item_end(k + 1);
        // (图片新闻 / its text / 本报记者 覃德明 摄: an item without a title of its own.)
        if (end == 0 && k + 2 < nonblank.size() && lines_[nonblank[k + 1]].kind == Kind::body &&
            lines_[nonblank[k + 1]].terminal &&
            lines_[nonblank[k + 2]].parse.kind == BylineKind::photo_credit &&
            !lines_[nonblank[k + 2]].parse.authors.empty())
            end = k + 3;
        return end > 0 && (end >= nonblank.size() || photo_item_end(end) == 0);
    }
    if (std::any_of(std::begin(builtin_multi_item_labels), std::end(builtin_multi_item_labels),
                    [&](const char* l) { return label == l; }))
        return false;
    // 【产区动态】 / 周至猕猴桃开园采摘 / 本报记者 X / text: over a report with a byline line of
    // its own (briefs under a banner are signed in their text), the label is the report's column.
    if (k + 2 < nonblank.size() && lines_[nonblank[k + 1]].kind == Kind::headline &&
        lines_[nonblank[k + 2]].kind == Kind::byline &&
        !lines_[nonblank[k + 2]].parse.authors.empty())
        return true;
    return items_under_label(nonblank, k) == 1;
}

bool SegmenterImpl::mark_run_in_briefs(const std::vector<std::size_t>& nonblank, std::size_t k) {
    Line& line = lines_[nonblank[k]];
    // ■ 体坛速递, 【城事速递】: the label's words.
    const std::string_view label = label_words(content(line));
    constexpr std::size_t max_label_chars = 8;
    // 本 报 讯 centred over a block of run-in briefs: the paper's own news, one label for all.
    const std::string squeezed = without_spaces(label);
    const bool paper_news = squeezed == "本报讯" || squeezed == "本報訊";
    // (行业资讯 over run-in briefs too; over a box of fields, 展覽資訊 is its heading, so only
    // here, where run-in heads or bullets must follow.)
    // (简  讯, letter-spaced: its words without the spaces.)
    const bool news_words = ends_with(squeezed, "资讯") || ends_with(squeezed, "資訊");
    if (char_count(label) > max_label_chars ||
        (!paper_news && !news_words &&
         std::none_of(std::begin(builtin_briefs_label_endings),
                      std::end(builtin_briefs_label_endings),
                      [&](const char* e) { return ends_with(squeezed, e); })))
        return false;
    // ■ 2026杭州马拉松将于…: briefs may be set off by a bullet each instead of a run-in head;
    // two bulleted paragraphs or more under the label make a run of briefs.
    // ● and • mark the items of a list (新品速递 / ●山耕微耕机：… is one box), not briefs.
    // (●日前，我省发布…。: a list bullet before a whole news sentence opening with its time
    // or source still sets off a brief.)
    auto bulleted = [&](std::size_t j) {
        std::size_t length = 0;
        const std::string_view text = content(lines_[nonblank[j]]);
        if (text.empty()) return false;
        const char32_t c = code_point_at(text, 0, length);
        if (!is_bullet(c)) return false;
        if (c != U'●' && c != U'•' && c != U'·') return true;
        const std::string_view sentence = trim(text.substr(length));
        // (●　太湖国际科技园举办产学研对接会　6月1日，…: or a run-in head after it. Under a
        // label that names briefs (行业简讯, 快讯), any whole news sentence.)
        constexpr std::size_t min_brief_chars = 20;
        const bool news_label = ends_with(squeezed, "简讯") || ends_with(squeezed, "簡訊") ||
                                ends_with(squeezed, "快讯") || ends_with(squeezed, "快訊") ||
                                ends_with(squeezed, "短讯") || ends_with(squeezed, "短訊") ||
                                ends_with(squeezed, "动态") || ends_with(squeezed, "動態");
        // (In a hard-wrapped page the brief's sentence ends on a later line, and so it does
        // where a column break cuts the brief: …飞抵南澳岛及周边 / (blank) / 海域越冬。…)
        const bool cut = !lines_[nonblank[j]].terminal && j + 1 < nonblank.size() &&
                         lines_[nonblank[j + 1]].kind == Kind::body &&
                         lines_[nonblank[j + 1]].blank_before > 0 &&
                         !is_bullet(code_point_at(content(lines_[nonblank[j + 1]]), 0, length));
        // (…十時。（子晴）: a credit after the full stop ends it too.)
        // (●塘厦　塘厦镇近日启动…: after the bullet, a place's short name set apart heads a
        // whole news sentence.)
        const std::size_t gap = sentence.find(' ');
        bool place_head = gap != std::string_view::npos && gap > 0 &&
                          lines_[nonblank[j]].chars >= min_brief_chars;
        if (place_head) {
            const std::string_view head = sentence.substr(0, gap);
            constexpr std::size_t min_place_chars = 2, max_place_chars = 4;
            const std::size_t head_chars = char_count(head);
            place_head = head_chars >= min_place_chars && head_chars <= max_place_chars;
            place_head = place_head && all_han(head);
        }
        return (lines_[nonblank[j]].terminal || ends_after_sentence(content(lines_[nonblank[j]])) ||
                hard_wrapped_ || cut) &&
               (starts_with_news_time(sentence) || starts_with_source_formula(sentence) ||
                has_run_in_head(sentence) || place_head ||
                (news_label && lines_[nonblank[j]].chars >= min_brief_chars));
    };
    // ▲柬埔寨上半年大米出口约50万吨，…。 under 柬埔寨简讯: a triangle before a whole news
    // sentence under a briefs label sets off a brief, not a photo's caption.
    constexpr std::size_t min_pointed_brief_chars = 20;
    auto pointed_brief = [&](std::size_t j) {
        const Line& l = lines_[nonblank[j]];
        const std::string_view text = content(l);
        // (…。（通讯员 赵晓宁）: a brief may close with its credit after the full stop.)
        if (l.kind != Kind::caption || l.parse.kind != BylineKind::none ||
            !(l.terminal || ends_after_sentence(text)) || l.chars < min_pointed_brief_chars ||
            !starts_with(text, "▲"))
            return false;
        const std::string_view sentence = trim(text.substr(std::string_view("▲").size()));
        for (const char* marker : {"图为", "圖為", "摄", "攝", "供图", "供圖"})
            if (sentence.find(marker) != std::string_view::npos) return false;
        return true;
    };
    auto text_line = [&](std::size_t j) {
        return lines_[nonblank[j]].kind == Kind::body ||
               lines_[nonblank[j]].kind == Kind::dateline_lead || pointed_brief(j);
    };
    std::size_t briefs = 0, bullets = 0, led = 0;
    // (●… / （记者　潘　婧） / ●…: a brief's credit on a line of its own stands between them.)
    auto credit_line = [&](std::size_t j) { return lines_[nonblank[j]].kind == Kind::credit; };
    // (【乡镇快讯】 / 网岭镇完成冬修水利项目十二处 / 本报讯 近日，… / ●宁家坪镇… / 菜花坪镇
    // 举办农民丰收节　11月22日，…: the first brief under the label may have a headline of its
    // own, set apart by blank lines; the run of briefs goes on under its text.)
    std::size_t start = k + 1;
    if (start + 1 < nonblank.size() && lines_[nonblank[start]].kind == Kind::headline &&
        lines_[nonblank[start]].blank_before > 0 && !lines_[nonblank[start]].terminal &&
        lines_[nonblank[start + 1]].blank_before > 0 &&
        lines_[nonblank[start + 1]].kind == Kind::dateline_lead)
        start = start + 1;
    for (std::size_t j = start; j < nonblank.size() && (text_line(j) || credit_line(j)); ++j) {
        if (credit_line(j)) continue;
        // 【本報消息】社會工作局…: briefs opened by their datelines, no headline each.
        if (lines_[nonblank[j]].kind == Kind::dateline_lead) {
            ++led;
            continue;
        }
        if (has_run_in_head(content(lines_[nonblank[j]]))) ++briefs;
        if (bulleted(j)) ++bullets;
    }
    constexpr std::size_t min_bulleted_briefs = 2, min_dateline_briefs = 2;
    const bool bullet_briefs = bullets >= min_bulleted_briefs;
    // (Past a first brief with a headline, datelines alone make no run: the items under the
    // label have headlines of their own, some printed after their text.)
    const bool headed_first = start > k + 1;
    if (briefs == 0 && !bullet_briefs && (headed_first || led < min_dateline_briefs)) return false;
    line.kind = Kind::furniture;
    line.furniture = FurnitureKind::section_name;
    line.rule = "label over run-in briefs (■ 体坛速递): section name";
    for (std::size_t j = start; j < nonblank.size() && (text_line(j) || credit_line(j)); ++j) {
        if (credit_line(j)) continue;
        Line& brief = lines_[nonblank[j]];
        if (brief.kind == Kind::caption) {
            if (!bullet_briefs) break;
            brief.kind = Kind::body;
            find_end_credit(brief);  // …。（通讯员 赵晓宁）, as for any text line
        }
        if (brief.kind == Kind::dateline_lead) {
            if (led >= min_dateline_briefs && !headed_first)
                brief.run_in_brief = true;  // no headline of its own
            continue;
        }
        const bool run_in = has_run_in_head(content(brief));
        // (Beside a run-in brief, one bulleted paragraph is a brief too.)
        const bool bullet = (bullet_briefs || briefs > 0) && bulleted(j);
        if (!run_in && !bullet) continue;
        brief.run_in_brief = true;
        // (…一百二十個。（子晴）: a note after the last sentence closes the brief, named
        // person or not.)
        if (!brief.terminal && ends_after_sentence(content(brief))) brief.terminal = true;
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

void SegmenterImpl::mark_signed_run_in_briefs() {
    // …限期整改。 / 小浪底水利枢纽完成年度设备检修  近日，…提供了保障。（李文超）: after finished
    // text, a paragraph whose short title runs into its text across a wide gap and whose
    // last sentence is signed is a brief of its own, under no label too.
    for (std::size_t i = 0; i < lines_.size(); ++i) {
        Line& line = lines_[i];
        if (line.kind != Kind::body || line.run_in_brief || line.blank_before == 0 ||
            line.credit_begin == 0 || line.credit.authors.empty())
            continue;
        const std::string_view text = content(line);
        const std::size_t above = prev_nonblank(i);
        if (above >= lines_.size() || lines_[above].kind != Kind::body || !lines_[above].terminal)
            continue;
        // …传下去。 / ■桃镇组织开展秋季森林防火宣传活动，…。（李　瑶） / ■县医院…（郝晓东）: a
        // paragraph after a byline bullet, signed at its end, is a brief of its own too (● and
        // • mark a list's items instead).
        std::size_t length = 0;
        const char32_t first = text.empty() ? U'\0' : code_point_at(text, 0, length);
        if (is_bullet(first) && first != U'●' && first != U'•' && first != U'·') {
            line.run_in_brief = true;
            skip_bullet(line);
            line.rule = "signed paragraph after a byline bullet, after finished text: a brief";
            continue;
        }
        const std::size_t gap = text.find(' ');
        if (gap == std::string_view::npos || gap + 1 >= text.size() || text[gap + 1] != ' ' ||
            !has_run_in_head(text))
            continue;
        line.run_in_brief = true;
        line.rule =
            "signed paragraph whose title runs into its text across a gap, after "
            "finished text: a brief";
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
           text.find("：") == std::string_view::npos &&
           // (a quoted word inside will do: 一片竹林怎样变成“碳票”？; a quotation will not)
           !starts_with(text, "“");
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
            // (A lead run on after its dateline is text already.)
            body_seen = line.kind == Kind::headline || line.kind == Kind::dateline_lead;
            continue;
        }
        if (body_seen && question_head_shape(i)) run.push_back(i);
        body_seen = true;
    }
    flush();
    // ■ 婚前按揭买房，婚后共同还贷，离婚时房子归谁？ / 读者刘女士问：…: a bulleted question
    // over a reader's asked question heads that question's section, commas and all.
    for (std::size_t i = 0; i + 1 < lines_.size(); ++i) {
        Line& line = lines_[i];
        const std::string_view text = content(line);
        std::size_t length = 0;
        const char32_t first = text.empty() ? U'\0' : code_point_at(text, 0, length);
        // (医保异地备案怎么办？ / 问：…: a short question of one clause set apart, the asked
        // question set solid under it, is the title of the answer box, bullet or not.)
        const Line& under = lines_[i + 1];
        constexpr std::size_t max_plain_question_chars = 20;
        // (…（解答：X律师事务所　律师　X） / 网购“七天无理由退货”有哪些例外？ / (blank) /
        // 问：…: after the end credit closing the item above, a blank line may part them.)
        const std::size_t above = prev_nonblank(i);
        const bool after_credit = above < lines_.size() && lines_[above].kind == Kind::credit;
        const std::size_t asked = after_credit ? next_nonblank(i) : i + 1;
        const std::string_view asked_text =
            asked < lines_.size() ? content(lines_[asked]) : std::string_view();
        const bool plain_title =
            line.kind == Kind::body && !is_bullet(first) && line.blank_before > 0 &&
            (under.blank_before == 0 || after_credit) && line.chars <= max_plain_question_chars &&
            is_one_clause_question(text) &&
            (starts_with(asked_text, "问:") || starts_with(asked_text, "問:"));
        if (plain_title) {
            line.kind = Kind::headline;
            line.rule = "short question set apart over an asked question: the answer box's title";
            continue;
        }
        // 【以案说法】 / 借钱时没约定利息，事后还能要利息吗？ / 通讯员　X: a question between a
        // headline line and a byline or dateline is the title, commas and all.
        constexpr std::size_t max_question_title_chars = 30;
        if (line.kind == Kind::body && line.chars <= max_question_title_chars &&
            (ends_with(text, "？") || ends_with(text, "?")) && no_sentence_end_inside(text)) {
            const std::size_t below = next_nonblank(i);
            if (above < lines_.size() && below < lines_.size() &&
                lines_[above].kind == Kind::headline &&
                (lines_[below].kind == Kind::byline || lines_[below].kind == Kind::dateline ||
                 lines_[below].kind == Kind::dateline_lead)) {
                line.kind = Kind::headline;
                line.rule = "a question between a headline line and a byline: the title";
                continue;
            }
        }
        if (line.kind != Kind::body || !is_bullet(first) || first == U'●' || first == U'•' ||
            line.chars > options_.max_headline_chars ||
            !(ends_with(text, "？") || ends_with(text, "?")) ||
            text.find("。") != std::string_view::npos)
            continue;
        const std::size_t below = next_nonblank(i);
        if (below >= lines_.size() || lines_[below].kind != Kind::body ||
            !opens_with_asked_question(content(lines_[below])))
            continue;
        line.kind = Kind::headline;
        line.rule = "bulleted question over a reader's asked question: its section head";
    }
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
    // 8月9日：易家渡镇92∶70维新镇；新关镇81∶77夹山镇: a day's results set solid, two scores
    // or more with the ratio sign, apart by semicolons.
    {
        std::size_t scores = 0;
        for (std::size_t at = text.find("∶"); at != std::string_view::npos;
             at = text.find("∶", at + 1)) {
            const std::size_t after = at + std::string_view("∶").size();
            if (at > 0 && is_ascii_digit(static_cast<unsigned char>(text[at - 1])) &&
                after < text.size() && is_ascii_digit(static_cast<unsigned char>(text[after])))
                ++scores;
        }
        constexpr std::size_t min_scores = 2;
        if (scores >= min_scores &&
            (text.find(';') != std::string_view::npos || text.find("；") != std::string_view::npos))
            return true;
    }
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
        // 男單：黃子軒（民都魯）勝李振豪（古晉）21-17、18-21、21-15: a match won, its games at
        // the line's end.
        const std::string_view segment = text.substr(begin, end - begin);
        if (end == text.size() && ends_with_game_scores(segment) &&
            (segment.find("勝") != std::string_view::npos ||
             segment.find("胜") != std::string_view::npos))
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
    // (17:30开放，周六、周日闭馆。暑期留校学生…: a sentence's comma makes it running text
    // wrapped at a clock time, no entry of a schedule.)
    if (text.find("，") != std::string_view::npos || text.find(',') != std::string_view::npos)
        return false;
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
    std::string_view label = text.substr(0, space);
    const std::string_view figure = text.substr(space + 1);
    // 1.《长河向东》 12.8亿元: a ranked list's number before the label, and a work's title in
    // its book-title marks as the label.
    std::size_t rank_digits = 0;
    while (rank_digits < label.size() && rank_digits < 2 &&
           is_ascii_digit(static_cast<unsigned char>(label[rank_digits])))
        ++rank_digits;
    if (rank_digits > 0) {
        const std::string_view after = label.substr(rank_digits);
        for (std::string_view mark : {".", "．", "、"})
            if (starts_with(after, mark)) {
                label = after.substr(mark.size());
                break;
            }
    }
    if (figure.empty() || label.empty() || char_count(label) > max_part_chars ||
        char_count(figure) > max_part_chars)
        return false;
    if (starts_with(label, "《") && ends_with(label, "》") && label.size() > 6)
        label = label.substr(3, label.size() - 6);
    if (!all_han(label)) return false;
    // The figure opens with its number or a short word before it (超7500万, 同比增长6.5%);
    // 騙走退休教師800萬 is a clause of a couplet headline.
    // (较十年前减少约1600万亩: a longer lead-in compares or measures.)
    constexpr std::size_t max_words_before_number = 4;
    std::size_t before_number = 0, number_at = figure.size();
    for (std::size_t i = 0, length = 0; i < figure.size(); i += length) {
        if (is_digit(code_point_at(figure, i, length))) {
            number_at = i;
            break;
        }
        ++before_number;
    }
    if (before_number > max_words_before_number) {
        const std::string_view lead_in = figure.substr(0, number_at);
        bool measured = false;
        for (const char* word : {"较", "同比", "增长", "减少", "下降", "上升", "增加", "约", "超",
                                 "達", "达", "較", "增長", "減少"})
            measured = measured || lead_in.find(word) != std::string_view::npos;
        if (!measured) return false;
    }
    return has_ascii_digit(figure);
}

// 雷沃谷神GM80    8kg/s    16.9: a row of a table, cells apart by two spaces or more.
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
    // 【来信照登】 / 老旧小区加装电梯，“一楼不同意”怎么办？ / 编辑同志：…: a question standing
    // alone under a column's name in lenticular brackets, over text, is the item's title,
    // commas and all (not 问：…？, a labelled question of the text).
    constexpr std::size_t max_question_title_chars = 30;
    for (std::size_t i = 0; i < lines_.size(); ++i) {
        Line& line = lines_[i];
        if (line.kind != Kind::body || line.chars > max_question_title_chars || !line.terminal)
            continue;
        const std::string_view text = content(line);
        const Tail tail = tail_of(text);
        if (tail.count == 0 || (tail.last[0] != U'？' && tail.last[0] != '?') ||
            text.find(':') != std::string_view::npos || text.find("。") != std::string_view::npos)
            continue;
        const std::size_t above = prev_nonblank(i), below = next_nonblank(i);
        if (above >= lines_.size() || below >= lines_.size()) continue;
        // (Set solid under the name and over a byline where no blank line parts anything:
        // 【以案说法】 / 离婚时,家务劳动补偿怎么算? / 本报通讯员 X Y.)
        const bool solid = line.blank_before == 0 && lines_[below].kind == Kind::byline &&
                           lines_[below].blank_before == 0;
        // (Or under a plain column name over a reader's labelled question: 普法小课堂 /
        // 邻居装摄像头对着我家门口，合法吗？ / 问：…)
        const std::string_view next_text = content(lines_[below]);
        const bool over_labelled_question =
            starts_with(next_text, "问:") || starts_with(next_text, "问：");
        // 校车能否多开一班？ / 编辑同志：…, or over an editor's note: a reader's question
        // opening an item (after furniture or finished text) is the letter's title.
        const Line& before = lines_[above];
        const bool opens_item = before.kind == Kind::furniture || before.kind == Kind::credit ||
                                before.kind == Kind::byline ||
                                (before.kind == Kind::body && before.terminal);
        if (opens_item && line.blank_before > 0 && lines_[below].kind == Kind::body &&
            lines_[below].blank_before > 0 &&
            (opens_with_letter_salutation(next_text) || starts_with(next_text, "编者按") ||
             starts_with(next_text, "編者按"))) {
            line.kind = Kind::headline;
            line.rule = "a question opening an item over a letter or an editor's note: its title";
            continue;
        }
        if (lines_[above].kind != Kind::headline ||
            !(in_lenticular_brackets(content(lines_[above])) || over_labelled_question) ||
            (!solid && (line.blank_before == 0 || lines_[below].kind != Kind::body ||
                        lines_[below].blank_before == 0)))
            continue;
        line.kind = Kind::headline;
        line.rule = "a question alone under a column's name in brackets, over text: its title";
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
    bool in_notice = false, correction_notice = false;
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
        // The issuer may have been taken for a section name beside a date taken for a header.
        const bool issuer_furniture = line.kind == Kind::furniture && !line.has_jump &&
                                      line.blank_before <= 1 && line.chars <= max_signature_chars &&
                                      (line.furniture == FurnitureKind::section_name ||
                                       line.furniture == FurnitureKind::paper_name);
        if (pending > 0 && (may_sign || (date_furniture && line.blank_before <= 1) ||
                            (issuer_furniture && line.blank_before == 0))) {
            make_paragraph(
                line, "issuer or date under a notice's closing formula (特此通告。): paragraph");
            --pending;
            previous = &line;
            continue;
        }
        if (in_notice && (may_sign || issuer_furniture) && previous &&
            previous->kind != Kind::headline) {
            // (更正启事 / … / 《鹤庆教育》编辑部　2026年9月5日: a correction is signed, not
            // issued; the signature and its date are no paragraph.)
            if (correction_notice && is_issuer_beside_date(text)) {
                signs_unnamed(line, Kind::credit, BylineKind::credit,
                              "an office and a date under a correction: its signature");
                in_notice = false;
                previous = &line;
                continue;
            }
            if (is_issuer_beside_date(text)) {
                make_paragraph(line, "issuer and date on one line at a notice's end: paragraph");
                in_notice = false;
                previous = &line;
                continue;
            }
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
        // (广告热线：…　　校对：X: a page's footer naming its staff is no notice's line.)
        // (Only notice lines are looked at: no scan of the page's long lines.)
        auto staff_named = [&] {
            return text.find("校对") != std::string_view::npos ||
                   text.find("校對") != std::string_view::npos ||
                   text.find("编辑") != std::string_view::npos ||
                   text.find("編輯") != std::string_view::npos;
        };
        const bool labelled = (line.kind == Kind::body || line.kind == Kind::headline) &&
                              !line.terminal && line.chars <= max_labelled_line_chars &&
                              is_label_note(text) && han_label() && !role_label() && !staff_named();
        // (On a hard-wrapped page the line must open a paragraph: …一经采用，将在本报“平鲁 /
        // 记忆”专栏刊发，并致稿酬。联系电话：0349-6021 / 186。 is one wrapped paragraph.)
        const bool opens_paragraph =
            !hard_wrapped_ || !previous || previous->terminal || line.indent > 0;
        if (in_notice && in_block && !opens_paragraph && line.kind == Kind::furniture &&
            is_contact_line(text) && !staff_named() && previous && previous->kind == Kind::body) {
            line.kind = Kind::body;
            line.rule = "a contact line inside a wrapped paragraph of a notice: its text";
            previous = &line;
            continue;
        }
        if (in_notice && in_block && opens_paragraph &&
            (labelled ||
             (line.kind == Kind::furniture && is_contact_line(text) && !staff_named()))) {
            make_paragraph(line, "labelled line of a notice (新地址：…, 联系电话：…): paragraph");
            previous = &line;
            continue;
        }
        if (line.kind == Kind::headline) {
            if (is_notice_title(without_spaces(text))) {
                in_notice = true;  // 停 水 通 知
                correction_notice = text.find("更正") != std::string_view::npos;
            }
        }
        // (…“店头街”应为“水东街”，特此更正，并向读者致歉。: or closing the text's last sentence.)
        // (Looked for in the line's last characters only, where such a formula stands.)
        constexpr std::size_t max_closing_formula_chars = 16;
        const std::size_t window = tail_window_start(text, (max_closing_formula_chars + 1) * 3);
        const std::size_t tail_formula = text.substr(window).rfind("特此");
        const std::size_t formula =
            tail_formula == std::string_view::npos ? tail_formula : window + tail_formula;
        const bool closing_formula =
            line.kind == Kind::body && line.terminal && formula != std::string_view::npos &&
            (formula == 0 ? line.chars <= 8
                          : char_count(text.substr(formula)) <= max_closing_formula_chars);
        // (…特此更正，并向读者致歉。 / 本报编辑部: a correction is signed, not issued; its
        // signature is no paragraph, and the office rule below takes it.)
        const bool correction =
            closing_formula && (text.substr(formula).find("更正") != std::string_view::npos ||
                                text.substr(formula).find("致歉") != std::string_view::npos);
        pending = closing_formula && !correction ? max_signature_lines : 0;
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
            for (std::size_t i : run)
                mark_record(lines_[i],
                            "result lines (name, score, name) or table rows in a row: one "
                            "paragraph each");
        run.clear();
    };
    for (std::size_t i = 0; i < lines_.size(); ++i) {
        const Line& line = lines_[i];
        if (line.kind == Kind::blank) continue;
        // (In a hard-wrapped page whose paragraphs are indented, an indented line opens a
        // paragraph going on below it: 　　11月24日，应城市…年产10万 / 吨精细化学品…)
        const bool opens_wrapped_paragraph =
            hard_wrapped_ && indent_paragraphs_ && line.indent >= 2 && i + 1 < lines_.size() &&
            lines_[i + 1].kind == Kind::body && lines_[i + 1].blank_before == 0;
        const bool candidate = (line.kind == Kind::headline || line.kind == Kind::body) &&
                               !line.has_jump && !opens_wrapped_paragraph;
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
        const bool figure = row && (is_figure_line(content(line)) || labelled ||
                                    is_labelled_figure_line(content(line)));
        // 7月8日（星期三） 天晴酷熱 28至35度 / (blank) / 7月9日…: dated lines may stand a blank
        // line apart too.
        const bool dated = row && is_schedule_line(content(line));
        // 制造业PMI  50.3%  较上月+0.6 / (blank) / 非制造业…: rows of three cells or more
        // apart by wide gaps, with figures, may stand a blank line apart too.
        bool gapped_figures = false;
        if (row) {
            const std::string_view text = content(line);
            std::size_t gaps = 0;
            for (std::size_t p = text.find("  "); p != std::string_view::npos;
                 p = text.find("  ", p)) {
                ++gaps;
                while (p < text.size() && text[p] == ' ') ++p;
            }
            constexpr std::size_t min_gaps = 2;
            gapped_figures = gaps >= min_gaps && has_ascii_digit(text);
        }
        // 1.古晉警察　11場　積26分 / (blank) / 2.…: rows of a standings table, two cells or more
        // with figures, the same.
        bool figured_cells = false;
        if (row) {
            const std::string_view text = content(line);
            std::size_t cells = 0;
            for (std::size_t begin = 0; begin < text.size();) {
                std::size_t end = text.find(' ', begin);
                if (end == std::string_view::npos) end = text.size();
                const std::string_view cell = text.substr(begin, end - begin);
                if (has_ascii_digit(cell)) ++cells;
                begin = end + 1;
            }
            constexpr std::size_t min_figured_cells = 2;
            figured_cells = cells >= min_figured_cells;
        }
        if (!result ||
            (!run.empty() &&
             line.blank_before >
                 (score || figure || dated || gapped_figures || figured_cells ? 1u : 0u)))
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

void SegmenterImpl::mark_name_lists() {
    // 马永福 格尔木工务段关角线路工区工长 / 李秀兰 西宁客运段列车长 / …: three or more lines
    // in a row, each a person's name, one space and a post without punctuation, are the rows
    // of a list (an honours roll, a delegation), one paragraph each, not a headline block.
    constexpr std::size_t min_rows = 3, max_post_chars = 24;
    auto name_row = [&](const Line& line) {
        if ((line.kind != Kind::headline && line.kind != Kind::body) || line.terminal ||
            line.continuing)
            return false;
        const std::string_view text = content(line);
        const std::size_t space = text.find(' ');
        if (space == std::string_view::npos || text.find(' ', space + 1) != std::string_view::npos)
            return false;
        const std::string_view name = text.substr(0, space), post = text.substr(space + 1);
        const std::size_t post_chars = char_count(post);
        return BylineParser::looks_like_person_name(name) && post_chars >= 2 &&
               post_chars <= max_post_chars && post.find("，") == std::string_view::npos &&
               post.find(',') == std::string_view::npos;
    };
    std::vector<std::size_t> run;
    auto flush = [&]() {
        if (run.size() >= min_rows)
            for (std::size_t i : run)
                mark_record(lines_[i],
                            "a name and a post, three such lines or more: a row of a list");
        run.clear();
    };
    for (std::size_t i = 0; i < lines_.size(); ++i) {
        if (lines_[i].kind == Kind::blank) continue;
        if (name_row(lines_[i]))
            run.push_back(i);
        else
            flush();
    }
    flush();
    // 《黑土地上的守望》　北方文艺出版社 / 《中国古籍修复手记》　中华书局: a book's title, a gap
    // and its publisher, two such lines or more set solid: the rows of a book list.
    constexpr std::size_t min_book_rows = 2, max_publisher_chars = 16;
    auto book_row = [&](const Line& line) {
        if ((line.kind != Kind::headline && line.kind != Kind::body) || line.terminal) return false;
        const std::string_view text = content(line);
        const std::size_t close = text.find("》");
        if (!starts_with(text, "《") || close == std::string_view::npos) return false;
        const std::string_view after = text.substr(close + std::string_view("》").size());
        if (after.empty() || after.front() != ' ') return false;
        const std::string_view publisher = trim(after);
        if (publisher.empty() || char_count(publisher) > max_publisher_chars) return false;
        for (const char* ending : {"出版社", "书局", "書局", "出版集团", "出版集團", "书店", "書店",
                                   "出版公司", "杂志社", "雜誌社"})
            if (ends_with(publisher, ending)) return true;
        return false;
    };
    std::vector<std::size_t> books;
    auto flush_books = [&]() {
        if (books.size() >= min_book_rows)
            for (std::size_t i : books)
                mark_record(lines_[i], "a book's title and its publisher: a row of a book list");
        books.clear();
    };
    for (std::size_t i = 0; i < lines_.size(); ++i) {
        if (lines_[i].kind == Kind::blank) continue;
        const bool row = book_row(lines_[i]);
        if (!row || lines_[i].blank_before > 0) flush_books();  // a blank line ends a list
        if (row) books.push_back(i);
    }
    flush_books();
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
    // 最为人熟知的，大概是那首《登高》： / 风急天高猿啸哀，渚清沙白鸟飞回。 / …: whole lines of
    // a classical poem (two clauses of five or seven characters, a comma and a full stop)
    // under a line ending in a colon, or under another such line, are verse lines.
    auto classical_line = [&](const Line& line) {
        const std::string_view text = content(line);
        // (The page is normalized: the full-width comma may have become ','.)
        std::size_t comma = text.find(',');
        std::size_t comma_bytes = 1;
        if (comma == std::string_view::npos) {
            comma = text.find("，");
            comma_bytes = 3;
        }
        if (comma == std::string_view::npos || !ends_with(text, "。")) return false;
        const std::string_view left = text.substr(0, comma);
        const std::string_view right =
            text.substr(comma + comma_bytes, text.size() - comma - comma_bytes - 3);
        const std::size_t n = char_count(left);
        if ((n != 5 && n != 7) || char_count(right) != n) return false;
        for (std::string_view half : {left, right})
            if (!all_han(half)) return false;
        return true;
    };
    for (std::size_t i = 0; i < lines_.size(); ++i) {
        Line& line = lines_[i];
        if (line.kind != Kind::body || line.verse || !classical_line(line)) continue;
        const std::size_t above = prev_nonblank(i);
        // (The introduction may be a lead after its dateline: 【本报东枝讯】…《静夜思》：)
        if (above >= lines_.size() ||
            (lines_[above].kind != Kind::body && lines_[above].kind != Kind::dateline_lead))
            continue;
        const std::string_view above_text = content(lines_[above]);
        const bool introduced = ends_with(above_text, "：") || ends_with(above_text, ":");
        if (!introduced && !lines_[above].verse) continue;
        line.verse = true;
        line.terminal = true;
        line.rule = "a line of classical verse under its introduction: verse, its own paragraph";
        if (introduced) {
            lines_[above].terminal = true;
            lines_[above].continuing = false;
        }
    }
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
        // …写下了流传千古的思乡之句： / 独在异乡为异客， / 每逢佳节倍思亲。: two lines of five
        // or seven characters, a comma then a full stop, under a line ending in a colon: a
        // classical couplet quoted line by line.
        const std::size_t before = run.empty() ? lines_.size() : prev_nonblank(run.front());
        // (“孤帆远影碧空尽， / 唯见长江天际流。”: quoted, a mark more on each line.)
        const std::size_t quoted_pair = run.size() == 2 &&
                                                starts_with(content(lines_[run[0]]), "“") &&
                                                ends_with(content(lines_[run[1]]), "”")
                                            ? 1
                                            : 0;
        const bool couplet =
            run.size() == 2 && before < lines_.size() && lines_[before].kind == Kind::body &&
            (ends_with(content(lines_[before]), "：") || ends_with(content(lines_[before]), ":")) &&
            lines_[run[0]].chars == lines_[run[1]].chars &&
            (lines_[run[0]].chars - quoted_pair == 6 || lines_[run[0]].chars - quoted_pair == 8) &&
            comma(run[0]) &&
            (ends_with(content(lines_[run[1]]), "。") ||
             (quoted_pair && ends_with(content(lines_[run[1]]), "。”")));
        if (couplet) {
            for (std::size_t i : run) lines_[i].verse = true;
            lines_[before].terminal = true;
            lines_[before].continuing = false;
        }
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
    mark_poems_signed_after();
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
                figures = has_ascii_digit(text);
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
        // (夜巡 / 罗小兵 / stanzas: the poet's name alone, set solid under the title, with no
        // bullet; it becomes the byline once the stanzas are found.)
        constexpr std::size_t max_poet_chars = 3;
        BylineResult poet;
        // (卢宅听雨 / (blank) / 楼晓峰 / (blank) / lines one to a stanza: or one blank line
        // under a title standing alone.)
        const std::size_t title_line = i > 0 ? prev_nonblank(i) : lines_.size();
        const bool under_title =
            i > 0 &&
            ((lines_[i].blank_before == 0 && lines_[i - 1].kind == Kind::headline) ||
             (lines_[i].blank_before == 1 && title_line < lines_.size() &&
              lines_[title_line].kind == Kind::headline &&
              (lines_[title_line].blank_before > 0 || prev_nonblank(title_line) >= lines_.size())));
        if (lines_[i].kind == Kind::headline && under_title &&
            lines_[i].chars <= max_poet_chars + 2) {
            poet = parser_.parse_continuation(content(lines_[i]), lines_[i].begin,
                                              RoleWord{std::string(), AuthorRole::writer});
            if (poet.kind != BylineKind::byline || poet.authors.size() != 1 ||
                !BylineParser::looks_like_person_name(poet.authors[0].name) ||
                char_count(poet.authors[0].name) > max_poet_chars)
                poet = BylineResult{};
        }
        // (黄洋界上（外一首） / □ 竹　溪 / stanzas: a bulleted pen name signs the poem too.)
        if (poet.kind == BylineKind::none && lines_[i].kind == Kind::headline && under_title &&
            is_bulleted_pen_name(content(lines_[i])))
            poet = vouched_name(content(lines_[i]), lines_[i].begin,
                                RoleWord{std::string(), AuthorRole::writer});
        if (lines_[i].kind != Kind::byline && poet.kind != BylineKind::byline) continue;
        std::size_t above = i;
        while (above > 0 && lines_[above - 1].kind == Kind::blank) --above;
        if (above == 0 || lines_[above - 1].kind != Kind::headline) continue;
        std::vector<std::vector<std::size_t>> blocks;
        std::size_t j = i + 1;
        bool next_titled_poem = false;
        for (; j < lines_.size(); ++j) {
            const Line& line = lines_[j];
            if (line.kind == Kind::blank) continue;
            // (… / 一整条江的桃花。 / 采茶谣 / 刘　旭 / stanzas: a short title over a name set
            // solid under it and a blank line is the next poem and its poet.)
            if (line.blank_before > 0 && line.kind == Kind::headline && j + 2 < lines_.size() &&
                lines_[j + 1].blank_before == 0 && lines_[j + 2].kind == Kind::blank &&
                (lines_[j + 1].kind == Kind::headline || lines_[j + 1].kind == Kind::body ||
                 lines_[j + 1].kind == Kind::byline)) {
                const std::string name = without_spaces(content(lines_[j + 1]));
                if (all_han(name) && char_count(name) <= max_poet_chars &&
                    BylineParser::looks_like_person_name(name)) {
                    next_titled_poem = true;
                    break;
                }
            }
            // (“前方畅通，可以返航”: a stanza's line may hold a comma, never a full stop; a
            // stanza of one line too: 江南的雨，落在白墙黛瓦上.)
            const bool one_line_stanza =
                !hard_wrapped_ && line.blank_before > 0 &&
                (j + 1 >= lines_.size() || lines_[j + 1].kind == Kind::blank);
            const bool comma_line = line.kind == Kind::body &&
                                    ((!blocks.empty() && line.blank_before == 0) ||
                                     (one_line_stanza && !line.terminal)) &&
                                    content(line).find("。") == std::string_view::npos;
            // (三月的山路 / 被櫻花借走了顏色 / … / 一路都是粉紅的。: a stanza's last line may
            // close it with a full stop.)
            const bool stanza_end = line.kind == Kind::body && line.terminal && !blocks.empty() &&
                                    line.blank_before == 0 &&
                                    (j + 1 >= lines_.size() || lines_[j + 1].kind == Kind::blank);
            // (A stanza of five lines or more is verse already, by the rule above; 大佛寺听雨
            // （外一首）, a title announcing more poems, heads the next poem.)
            // (——回来了，回来了。 closing a stanza with a full stop is verse; a subtitle has
            // no full stop.)
            if ((line.kind != Kind::headline && !comma_line && !line.verse && !stanza_end) ||
                line.chars > max_verse_chars || (starts_with_dash(content(line)) && !stanza_end) ||
                announces_more_poems(content(line)))
                break;
            if (blocks.empty() || line.blank_before > 0) blocks.emplace_back();
            blocks.back().push_back(j);
        }
        // (…才悄悄闭上眼睛 / 指导教师：贺晓琳: the teacher's credit closes a pupil's poem; it
        // heads nothing.)
        const auto& credited = lines_[j < lines_.size() ? j : 0].parse.authors;
        const bool teacher_credit =
            j < lines_.size() && lines_[j].kind == Kind::byline && !credited.empty() &&
            std::all_of(credited.begin(), credited.end(), [](const Author& a) {
                return a.role_text == "指导老师" || a.role_text == "指导教师" ||
                       a.role_text == "指導老師" || a.role_text == "指導教師";
            });
        const bool item_follows =
            j < lines_.size() && !teacher_credit &&
            (lines_[j].kind == Kind::byline || lines_[j].kind == Kind::dateline_lead ||
             lines_[j].kind == Kind::body || lines_[j].kind == Kind::headline);
        // A —— subtitle right after the run belongs to the last block: a headline block.
        // (Not before a title announcing more poems: the run stopped at the next poem.)
        const bool next_poem = j < lines_.size() && announces_more_poems(content(lines_[j]));
        if (item_follows && !next_poem && !next_titled_poem && !blocks.empty() &&
            blocks.back().size() <= max_block_lines)
            blocks.pop_back();
        std::size_t verse_lines = 0, longest_block = 0;
        for (const auto& block : blocks) {
            verse_lines += block.size();
            longest_block = std::max(longest_block, block.size());
        }
        // (Stanzas of one line each need more of them: five.)
        constexpr std::size_t min_single_line_verse = 5;
        if (verse_lines < min_verse_lines ||
            (longest_block < 2 && verse_lines < min_single_line_verse))
            continue;
        if (lines_[i].kind != Kind::byline) {
            poet.confidence = std::min(poet.confidence, 0.5);
            lines_[i].parse = std::move(poet);
            lines_[i].kind = Kind::byline;
            lines_[i].rule = "a name alone under a poem's title, over its stanzas: the poet";
        }
        // 在杨梅林里（外一首） / ◎ 苏小满 / stanzas / 海　堤 / stanzas: under a title that
        // announces more poems, a stanza of one short line between others is the next
        // poem's title (a crosshead), not verse.
        const bool more_poems = announces_more_poems(content(lines_[above - 1]));
        const bool poem_set = announces_poem_set(content(lines_[above - 1]));
        constexpr std::size_t max_poem_title_chars = 10;
        const bool closed_stanzas =
            std::any_of(blocks.begin(), blocks.end(), [&](const std::vector<std::size_t>& block) {
                const Line& closing = lines_[block.back()];
                return block.size() >= 2 && closing.kind == Kind::body && closing.terminal &&
                       !closing.verse;
            });
        for (std::size_t b = 0; b < blocks.size(); ++b) {
            const auto& block = blocks[b];
            // (In a set, 义岗川组诗（三首）/ 麦　垛 / stanza…, the first poem is titled too.)
            if (more_poems && (b > 0 || poem_set) && b + 1 < blocks.size() && block.size() == 1 &&
                lines_[block.front()].chars <= max_poem_title_chars) {
                lines_[block.front()].next_poem_title = true;
                lines_[block.front()].rule =
                    "one-line stanza under a title announcing more poems: the next poem's title";
                continue;
            }
            // 山居（组诗） / ◎ 叶青禾 / 一 / stanza / 二 / stanza: a numeral alone before a stanza
            // numbers the poems of a set; it heads a section, it is no verse.
            std::size_t numeral_length = 0;
            const std::string_view first = content(lines_[block.front()]);
            if (block.size() == 1 && b + 1 < blocks.size() && !first.empty() &&
                is_han_numeral(code_point_at(first, 0, numeral_length)) &&
                numeral_length == first.size()) {
                lines_[block.front()].next_poem_title = true;
                lines_[block.front()].rule =
                    "a numeral alone before a stanza: the number of a poem in the set";
                continue;
            }
            // (A stanza closed by a full stop is one sentence: its lines make one paragraph;
            // so then does every stanza of the poem.)
            const bool closed_stanza = block.size() >= 2 && closed_stanzas;
            if (closed_stanza) lines_[block.back()].terminal = true;
            mark_stanza(block, closed_stanza,
                        closed_stanza ? "lines of a stanza closed by a full stop, under a title "
                                        "and its poet: one paragraph"
                                      : "short unpunctuated lines in stanzas under a title and "
                                        "its poet: verse, one paragraph each");
        }
        i = j > 0 ? j - 1 : j;
    }
}

void SegmenterImpl::mark_stanza(const std::vector<std::size_t>& stanza, bool closed,
                                const char* rule) {
    // A closed stanza's lines join into one paragraph (verse to the article all the same); an
    // open one's lines are a paragraph each.
    for (std::size_t l : stanza) {
        lines_[l].kind = Kind::body;
        lines_[l].verse = !closed;
        lines_[l].stanza = closed;
        lines_[l].rule = rule;
    }
}

void SegmenterImpl::mark_poems_signed_after() {
    // 酒廠巷口 / 紹興的香氣 / 從磚牆裡滲出來 / … / (blank) / 我在店門口等公車 / … /
    // 靠在山的肩膀上。 / ◎ 吳定邦 / next headline: a poem whose poet signs after the stanzas. Two
    // stanzas or more of short lines, each closed by its last line or by none, between a title
    // standing alone and a bulleted or bylined signature that the next headline or the page's end
    // follows.
    if (hard_wrapped_) return;
    constexpr std::size_t max_verse_chars = 16, min_stanzas = 2, min_verse_lines = 4;
    for (std::size_t i = 0; i + 1 < lines_.size(); ++i) {
        const Line& title = lines_[i];
        if (title.kind != Kind::headline || title.chars > max_verse_chars ||
            i + 1 >= lines_.size() || lines_[i + 1].kind != Kind::blank)
            continue;
        std::vector<std::vector<std::size_t>> stanzas;
        std::size_t j = next_nonblank(i);
        for (; j < lines_.size(); j = next_nonblank(j)) {
            const Line& line = lines_[j];
            const bool last_of_block = j + 1 >= lines_.size() || lines_[j + 1].kind == Kind::blank;
            // (桨声一下，又一下 / 像外婆的摇篮曲，: a verse line may hold or end in a comma.)
            // (A stanza of five lines or more is verse already.)
            const bool open_line =
                (line.kind == Kind::headline ||
                 (line.kind == Kind::body && (line.verse || !stanzas.empty()))) &&
                !line.terminal;
            const bool closing = line.kind == Kind::body && line.terminal && last_of_block &&
                                 line.blank_before == 0 && !stanzas.empty() &&
                                 !stanzas.back().empty();
            if ((!open_line && !closing) || line.chars > max_verse_chars ||
                starts_with_dash(content(line)))
                break;
            if (line.blank_before > 0) stanzas.emplace_back();
            stanzas.back().push_back(j);
        }
        if (j >= lines_.size() || stanzas.size() < min_stanzas) continue;
        std::size_t verse_lines = 0;
        for (const auto& stanza : stanzas) verse_lines += stanza.size();
        // (Stanzas of one line each need more of them: five.)
        constexpr std::size_t min_single_line_verse = 5;
        const bool one_line_stanzas =
            std::all_of(stanzas.begin(), stanzas.end(),
                        [](const std::vector<std::size_t>& s) { return s.size() == 1; });
        if (verse_lines < min_verse_lines ||
            (one_line_stanzas
                 ? verse_lines < min_single_line_verse
                 : std::any_of(stanzas.begin(), stanzas.end(),
                               [](const std::vector<std::size_t>& s) { return s.size() < 2; })))
            continue;
        Line& signature = lines_[j];
        // (（吕晓舟）: a name in brackets closing the poem signs it too.)
        const bool bylined =
            (signature.kind == Kind::byline ||
             (signature.kind == Kind::credit && signature.parse.authors.size() == 1)) &&
            !signature.parse.authors.empty();
        // (何　苗 alone after the last stanza, before the page's foot: a bare name shaped like
        // a person's signs it too.)
        const bool bare_name =
            signature.kind == Kind::headline &&
            BylineParser::looks_like_person_name(without_spaces(content(signature)));
        if (!bylined && !bare_name && !is_bulleted_pen_name(content(signature))) continue;
        const std::size_t after = next_nonblank(j);
        if (after < lines_.size() && lines_[after].kind != Kind::headline &&
            lines_[after].kind != Kind::furniture)
            continue;
        if (!bylined) {
            signature.parse = vouched_name(content(signature), signature.begin,
                                           RoleWord{std::string(), AuthorRole::writer});
            if (signature.parse.kind != BylineKind::byline) continue;
            signature.kind = Kind::byline;
            signature.rule = "a bulleted pen name or a name alone after a poem's stanzas: the poet";
        }
        // (One stanza closed by a full stop makes each stanza of the poem one paragraph.)
        const bool closed_stanzas =
            std::any_of(stanzas.begin(), stanzas.end(), [&](const std::vector<std::size_t>& s) {
                return lines_[s.back()].kind == Kind::body && lines_[s.back()].terminal;
            });
        // (大佛寺听雨（外一首） / … / (two blank lines) / 班竹村 / …: under a title announcing
        // more poems, a one-line stanza set further apart is the next poem's title.)
        const bool more_poems = announces_more_poems(content(title));
        for (std::size_t b = 0; b < stanzas.size(); ++b) {
            const auto& stanza = stanzas[b];
            if (more_poems && b > 0 && b + 1 < stanzas.size() && stanza.size() == 1 &&
                lines_[stanza.front()].blank_before >= 2) {
                lines_[stanza.front()].next_poem_title = true;
                lines_[stanza.front()].rule =
                    "a line set further apart under a title announcing more poems: the next "
                    "poem's title";
                continue;
            }
            lines_[stanza.back()].terminal = true;  // a stanza ends its paragraph
            mark_stanza(stanza, closed_stanzas,
                        closed_stanzas ? "lines of a stanza closed by a full stop, under a title, "
                                         "the poet signing after: one paragraph"
                                       : "short unpunctuated lines in stanzas under a title, the "
                                         "poet signing after: verse, one paragraph each");
        }
        i = j;
    }
}

void SegmenterImpl::mark_credits_under_headlines() {
    // …救治时间缩短二十分钟 / text / 摄影　金　晨 / 图为… / text: a photographer named over a
    // caption is the caption's credit (made the byline below when a headline stands over it).
    for (std::size_t i = 0; i < lines_.size(); ++i) {
        Line& line = lines_[i];
        const auto& named = line.parse.authors;
        if (line.kind != Kind::byline || named.empty() ||
            !std::all_of(named.begin(), named.end(),
                         [](const Author& a) { return a.role == AuthorRole::photographer; }))
            continue;
        const std::size_t below = next_nonblank(i);
        if (below >= lines_.size() || lines_[below].kind != Kind::caption ||
            lines_[below].parse.kind == BylineKind::photo_credit)
            continue;
        line.kind = Kind::caption;
        line.parse.kind = BylineKind::photo_credit;
        line.rule = "a photographer named over a caption: its credit";
    }
    // 議員倡設長者社區飯堂 / 記者　林曉彤　攝 / 【本報消息】…: a reporter's photo credit right
    // under the headline, over the text, is the article's byline.
    for (std::size_t i = 1; i < lines_.size(); ++i) {
        Line& line = lines_[i];
        if (line.kind != Kind::caption || line.parse.kind != BylineKind::photo_credit ||
            line.parse.authors.empty() || line.parse.authors.front().role_text.empty())
            continue;
        std::size_t above = i;
        while (above > 0 && lines_[above - 1].kind == Kind::blank) --above;
        // (…蓝色粮仓”里的科技范 / 就能一键办理。 / 记者 X 文 Y 摄 / text: the tail of the paragraph
        // above printed between the headline and the credit stands aside.)
        if (above > 0 && lines_[above - 1].kind == Kind::body && lines_[above - 1].terminal) {
            const std::size_t heading = prev_nonblank(above - 1);
            std::size_t first = heading;
            while (first < lines_.size() && first > 0 && lines_[first].kind == Kind::headline &&
                   lines_[first].blank_before == 0 && lines_[first - 1].kind == Kind::headline)
                --first;
            if (heading < lines_.size() && lines_[heading].kind == Kind::headline &&
                headline_inside_paragraph(first)) {
                above = heading + 1;
            }
        }
        std::size_t below = next_nonblank(i);
        // (A caption may stand between it and the text: 记者 王 凯 朱文博 摄 / 图为… / text.)
        constexpr std::size_t max_captions_between = 2;
        for (std::size_t c = 0; c < max_captions_between && below < lines_.size() &&
                                lines_[below].kind == Kind::caption &&
                                lines_[below].parse.kind != BylineKind::photo_credit;
             ++c)
            below = next_nonblank(below);
        // (…“盖被子” / 记者 孙 洋 李 雪 摄 / 一、秸秆还田… / text: or the article's first
        // numbered section head.)
        if (below < lines_.size() && lines_[below].kind == Kind::headline &&
            starts_with_enumerator(content(lines_[below])))
            below = next_nonblank(below);
        if (above == 0 || lines_[above - 1].kind != Kind::headline || below >= lines_.size() ||
            (lines_[below].kind != Kind::body && lines_[below].kind != Kind::dateline_lead))
            continue;
        line.kind = Kind::byline;
        line.rule = "a reporter's photo credit under the headline, over the text: byline";
    }
    // …（记者 宋佳怡） / 通讯员 杜鹏飞 摄 / 嫩江岸边春耕忙 / text: a reporter's photo credit
    // alone after an article closed by its credit, over a headline and its text, is the next
    // item's byline printed over its headline (photo news).
    for (std::size_t i = 1; i < lines_.size(); ++i) {
        Line& line = lines_[i];
        if (line.kind != Kind::caption || line.parse.kind != BylineKind::photo_credit ||
            line.parse.authors.empty() || line.parse.authors.front().role_text.empty() ||
            line.blank_before == 0)
            continue;
        const std::size_t above = prev_nonblank(i);
        const std::size_t title = next_nonblank(i);
        const std::size_t text = title < lines_.size() ? next_nonblank(title) : title;
        if (above >= lines_.size() || lines_[above].kind != Kind::credit || text >= lines_.size() ||
            lines_[title].kind != Kind::headline || lines_[title].blank_before == 0 ||
            lines_[text].kind != Kind::body)
            continue;
        line.kind = Kind::byline;
        line.rule =
            "a reporter's photo credit after a closed article, over a headline: the next "
            "item's byline";
    }
    // An organisation's name alone on a headline-like line: Han characters only, of a unit's
    // length, with one of `endings`.
    constexpr std::size_t min_unit_chars = 5, max_unit_chars = 20;
    // (（集团工会）: in round brackets a unit of four characters will do.)
    constexpr std::size_t min_bracketed_unit_chars = 4;
    auto unit_alone = [&](const Line& line, const std::string_view* endings, std::size_t count) {
        std::string_view text = content(line);
        std::size_t open_length = 0;
        const bool in_brackets = bracketed(text) && (starts_with(text, "（") || text[0] == '(');
        if (in_brackets) {
            code_point_at(text, 0, open_length);
            text = text.substr(open_length, last_char_begin(text) - open_length);
        }
        const std::size_t chars = char_count(text);
        return line.kind == Kind::headline &&
               chars >= (in_brackets ? min_bracketed_unit_chars : min_unit_chars) &&
               chars <= max_unit_chars && all_han(text) &&
               std::any_of(endings, endings + count,
                           [&](std::string_view e) { return ends_with(text, e); });
    };
    // 守好“最后一公里”的温度 / 浙江省安吉县邮政分公司 / 今年以来，我们…: an office, company
    // or committee named alone under the headline, over plain text, signs the piece; it is
    // the byline, and no person's name (an organisation is never an author).
    static constexpr std::string_view unit_endings[] = {
        "委员会",     "委員會",     "分公司", "公司",   "协会",   "協會",   "学会",
        "學會",       "研究院",     "研究所", "办公室", "辦公室", "管理局", "人民法院",
        "人民检察院", "人民檢察院", "支队",   "支隊",   "大队",   "大隊",   "中心"};
    // …欢迎市民继续为绿道建设建言献策。 / 上虞区综合行政执法局 / next headline: a bureau's
    // reply signed at its end by the bureau; the signature closes it (no person, no author).
    // (（县档案馆）: an archive, library or museum the same.)
    static constexpr std::string_view office_endings[] = {
        "局",     "委员会", "委員會", "办公室", "辦公室", "管委会", "管委會",
        "工会",   "工會",   "档案馆", "檔案館", "图书馆", "圖書館", "博物馆",
        "博物館", "文化馆", "文化館", "编辑部", "編輯部"};
    // The line signs the piece: a byline or a closing credit that names no person.
    for (std::size_t i = 1; i < lines_.size(); ++i) {
        Line& line = lines_[i];
        const bool unit = unit_alone(line, unit_endings, std::size(unit_endings));
        const bool office = unit_alone(line, office_endings, std::size(office_endings));
        if (!unit && !office) continue;
        const std::size_t above = prev_nonblank(i);
        const std::size_t below = next_nonblank(i);
        if (above >= lines_.size() || below >= lines_.size()) continue;
        if (unit && lines_[above].kind == Kind::headline && lines_[below].kind == Kind::body) {
            // 农网改造让茶乡用上“放心电” / 王　斌　储小兰 / 国网潜山市供电公司 / text: people
            // named with no role word between the title and their unit sign the piece; the
            // unit's line goes with their byline.
            const std::size_t title = prev_nonblank(above);
            if (title < lines_.size() && lines_[title].kind == Kind::headline) {
                BylineResult names =
                    parser_.parse_continuation(content(lines_[above]), lines_[above].begin,
                                               RoleWord{std::string(), AuthorRole::writer});
                constexpr std::size_t max_signers = 4;
                if (names.kind == BylineKind::byline && !names.authors.empty() &&
                    names.authors.size() <= max_signers &&
                    std::all_of(names.authors.begin(), names.authors.end(), [](const Author& a) {
                        return a.role_text.empty() && BylineParser::looks_like_person_name(a.name);
                    })) {
                    names.confidence = std::min(names.confidence, 0.5);
                    lines_[above].parse = std::move(names);
                    lines_[above].kind = Kind::byline;
                    lines_[above].rule =
                        "people named alone between the title and their unit: the byline";
                    signs_unnamed(line, Kind::byline, BylineKind::byline,
                                  "the signers' unit under their names: part of the byline");
                    continue;
                }
            }
            signs_unnamed(line, Kind::byline, BylineKind::byline,
                          "an organisation named alone under the headline, over the text: it "
                          "signs the piece (byline without a person)");
            continue;
        }
        // (… / 惠安县城市管理局 / 农村客运班次能否加密？ / letter: the next letter's title may
        // be a short question of one clause, alone between blank lines.)
        const std::size_t after_below = next_nonblank(below);
        constexpr std::size_t max_question_title_chars = 20;
        const std::string_view below_text = content(lines_[below]);
        const bool question_title_below =
            lines_[below].kind == Kind::body && lines_[below].blank_before > 0 &&
            lines_[below].chars <= max_question_title_chars && is_one_clause_question(below_text) &&
            after_below < lines_.size() && lines_[after_below].blank_before > 0 &&
            lines_[after_below].kind == Kind::body;
        if (office &&
            // (Set solid where no blank line parts anything, in its round brackets.)
            ((line.blank_before > 0 && lines_[below].blank_before > 0) ||
             (bracketed(content(line)) && !blank_between_paragraphs_ && line.blank_before == 0 &&
              lines_[below].blank_before == 0)) &&
            lines_[above].kind == Kind::body && lines_[above].terminal &&
            (lines_[below].kind == Kind::headline || question_title_below) &&
            // (周宁县自然资源局 / 国有建设用地使用权挂牌出让公告: over a notice's title,
            // the office issues the notice; its name heads it.)
            !is_notice_title(content(lines_[below]))) {
            signs_unnamed(line, Kind::credit, BylineKind::credit,
                          "an office named alone after finished text, before the next headline: "
                          "the item's signature (no person)");
            if (question_title_below) {
                lines_[below].kind = Kind::headline;
                lines_[below].rule =
                    "short question alone under an office's signature: the next item's title";
            }
        } else if (const std::size_t next_item = next_nonblank(below);
                   office && line.blank_before > 0 && lines_[above].kind == Kind::body &&
                   lines_[above].terminal && lines_[below].blank_before == 0 &&
                   is_date_alone(without_spaces(content(lines_[below]))) &&
                   next_item < lines_.size() && lines_[next_item].blank_before > 0 &&
                   lines_[next_item].kind == Kind::headline) {
            // (…纳入今年计划。 / 郎溪县住房和城乡建设局 / 2026年6月15日 / next title: the
            // office and the date under it sign the reply.)
            signs_unnamed(line, Kind::credit, BylineKind::credit,
                          "an office over a date after finished text, before the next headline: "
                          "the item's signature (no person)");
        } else if (office && lines_[above].kind == Kind::body && lines_[above].terminal &&
                   lines_[below].kind == Kind::furniture &&
                   lines_[below].furniture != FurnitureKind::jump_marker &&
                   (line.blank_before == 0 || lines_[below].blank_before > 0)) {
            // (…特此更正，并向读者致歉。 / 本报编辑部 / the page's footer: the last item's.)
            signs_unnamed(line, Kind::credit, BylineKind::credit,
                          "an office named alone after the last item's text, over the page's "
                          "footer: the item's signature (no person)");
        }
    }
}

void SegmenterImpl::mark_captions_under_credits() {
    // （資料圖片） / 東涌線列車駛經欣澳站。: the photo's credit alone in brackets, its one
    // short sentence set solid under it: the caption printed after its credit.
    for (std::size_t i = 0; i + 1 < lines_.size(); ++i) {
        const Line& credit = lines_[i];
        Line& line = lines_[i + 1];
        // (圖／記者顏嘉瑩攝 / 家長在說明會上發言。: a photographer's credit line the same.)
        if (credit.kind != Kind::caption ||
            (!bracketed(content(credit)) && credit.parse.kind != BylineKind::photo_credit) ||
            line.kind != Kind::body || line.blank_before != 0 ||
            !is_bare_caption_sentence(content(line)))
            continue;
        std::size_t next = i + 2;
        while (next < lines_.size() && lines_[next].kind == Kind::blank) ++next;
        if (next < lines_.size() && lines_[next].blank_before == 0) continue;  // a block goes on
        line.kind = Kind::caption;
        line.rule = "one short sentence set solid under a bracketed photo credit: its caption";
    }
    // …讓居民早作準 / 船人街一帶的騎樓建築保存較完整。 / 備。: one short sentence between an
    // unfinished paragraph and a piece too short to be a paragraph (a word's end and its full
    // stop) is a photo's caption printed between the pieces of the cut paragraph.
    constexpr std::size_t max_tail_piece_chars = 5;
    for (std::size_t i = 0; i < lines_.size(); ++i) {
        Line& line = lines_[i];
        if (line.kind != Kind::body || line.blank_before == 0 || line.has_jump ||
            line.credit_begin || !is_bare_caption_sentence(content(line)))
            continue;
        const std::size_t above = prev_nonblank(i), below = next_nonblank(i);
        if (above >= lines_.size() || below >= lines_.size()) continue;
        const Line& cut = lines_[above];
        const Line& tail = lines_[below];
        if (cut.kind != Kind::body || cut.terminal || tail.kind != Kind::body ||
            (tail.blank_before == 0 && hard_wrapped_))
            continue;
        // …糖度平均提高了 / 果农在绿橙园修剪枝条。 / 1.5度，优果率…: or before a piece opening
        // with a bare quantity and a comma, which no paragraph opens with.
        const bool word_end =
            tail.terminal && tail.chars <= max_tail_piece_chars &&
            !(below + 1 < lines_.size() && lines_[below + 1].kind != Kind::blank &&
              lines_[below + 1].kind != Kind::headline && blank_between_paragraphs_);
        // (…行驶的新型公共交通工具， / 施工现场一派繁忙。 / 且可利用现有道路改造，…: or
        // before a piece opening with a connective that goes on a clause, 且 or 而且.)
        const std::string_view tail_text = content(tail);
        const bool clause_goes_on =
            starts_with(tail_text, "且") || starts_with(tail_text, "而且") ||
            starts_with(tail_text, "并且") || starts_with(tail_text, "並且");
        if (!word_end && !clause_goes_on &&
            (ends_with_comma(content(cut)) || !opens_with_bare_quantity(tail_text)))
            continue;
        line.kind = Kind::caption;
        line.rule = word_end ? "one short sentence between a cut paragraph and its last word: a "
                               "caption"
                    : clause_goes_on
                        ? "one short sentence between a cut paragraph and a rest opening with a "
                          "connective (且): a caption"
                        : "one short sentence between a cut paragraph and a rest opening with a "
                          "bare quantity: a caption";
    }
}

void SegmenterImpl::mark_caption_second_lines() {
    // 图为常熟服装城直播基地 / 主播正在介绍冬装新品。 / 本报记者 邵 敏 摄: a caption opened by
    // its marker and cut by the narrow column's width goes on in the short line set solid
    // under it, which ends its sentence, over the credit or the caption's end.
    constexpr std::size_t max_second_line_chars = 30;
    for (std::size_t i = 0; i + 1 < lines_.size(); ++i) {
        const Line& first = lines_[i];
        Line& line = lines_[i + 1];
        const std::string_view opening = content(first);
        // (▲9月1日，…觅食。（李海霞 / 摄）: a triangle points at the photo the same way.)
        if (first.kind != Kind::caption || first.terminal || first.continuing ||
            !(starts_with(opening, "图为") || starts_with(opening, "圖為") ||
              starts_with(opening, "圖爲") || starts_with(opening, "▲") ||
              starts_with(opening, "△")) ||
            (line.kind != Kind::body && line.kind != Kind::headline) || line.blank_before != 0 ||
            line.chars > max_second_line_chars)
            continue;
        // (…景象。（防城港市融媒体中心 / 供图）: or the credit's bracket, opened on the first
        // line, closes on the second.)
        // (The page is normalized: full-width brackets are ASCII ones here.)
        const std::string_view second = content(line);
        const std::size_t opened = opening.rfind('(');
        const bool open_bracket =
            opened != std::string_view::npos && opening.find(')', opened) == std::string_view::npos;
        const bool closes_bracket =
            open_bracket && ends_with(second, ")") && second.find('(') == std::string_view::npos;
        if (!closes_bracket && (!line.terminal || !no_sentence_end_inside(second))) continue;
        const bool block_ends = i + 2 >= lines_.size() || lines_[i + 2].blank_before > 0 ||
                                lines_[i + 2].kind == Kind::blank;
        const bool credit_under = !block_ends && lines_[i + 2].kind == Kind::caption;
        if (!block_ends && !credit_under) continue;
        line.kind = Kind::caption;
        line.rule =
            "short sentence end set solid under a caption's unfinished first line: the "
            "caption's second line";
    }
    // 洋马镇育秧工厂内，工作人员查看秧 / 苗长势。　记者　顾春华　摄: a caption without a
    // marker cut by the column's width, its first line standing apart after finished text,
    // unfinished, over the caption line that ends its sentence and carries the credit.
    constexpr std::size_t max_first_line_chars = 30;
    for (std::size_t i = 1; i + 1 < lines_.size(); ++i) {
        Line& line = lines_[i];
        const Line& caption = lines_[i + 1];
        if ((line.kind != Kind::body && line.kind != Kind::headline) || line.terminal ||
            line.continuing || line.blank_before == 0 || line.chars > max_first_line_chars ||
            last_sentence_end(content(line)) != 0 || caption.kind != Kind::caption ||
            caption.blank_before != 0 ||
            (i + 2 < lines_.size() && lines_[i + 2].kind != Kind::blank))
            continue;
        const std::size_t above = prev_nonblank(i);
        if (above >= lines_.size() || lines_[above].kind != Kind::body || !lines_[above].terminal)
            continue;
        BylineResult credit;
        const std::size_t credit_at =
            trailing_photo_credit(content(caption), caption.begin, credit);
        if (credit_at == 0) continue;
        line.kind = Kind::caption;
        line.rule =
            "unfinished short line after finished text, over a caption line ending its sentence "
            "and its credit: the caption's first line";
    }
    // 侯家鑫在稻田环沟中查看蟹苗生长情况。　本报记 / 者　孔　颖　摄: a caption whose credit the
    // column's width cut in two, the credit's rest set solid under it, the block ending there:
    // the first line is the caption, not text.
    constexpr std::size_t max_cut_caption_chars = 60;
    for (std::size_t i = 0; i + 1 < lines_.size(); ++i) {
        Line& line = lines_[i];
        Line& rest = lines_[i + 1];
        if ((line.kind != Kind::body && line.kind != Kind::headline) || line.terminal ||
            line.blank_before == 0 || line.chars > max_cut_caption_chars ||
            rest.kind == Kind::blank || rest.blank_before != 0 ||
            (i + 2 < lines_.size() && lines_[i + 2].kind != Kind::blank))
            continue;
        const std::string_view text = content(line);
        const std::size_t sentence_end = last_sentence_end(text);
        if (sentence_end == 0 || sentence_end == text.size()) continue;
        // (The sentence is the caption's only one.)
        if (!no_sentence_end_inside(text.substr(0, sentence_end))) continue;
        const std::string joined = std::string(text) + std::string(content(rest));
        BylineResult credit;
        if (trailing_photo_credit(joined, 0, credit) == 0) continue;
        line.kind = Kind::caption;
        line.rule =
            "a sentence and the start of a photo credit whose rest is set solid under it: a "
            "caption cut by the column's width";
        if (rest.kind == Kind::body || rest.kind == Kind::headline) {
            rest.kind = Kind::caption;
            rest.rule = "the rest of a photo credit cut by the column's width: the caption's end";
        }
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
        // (Or who provided it: 圖／主辦單位提供, （调兵山市委宣传部供图）; only a whole sentence
        // over such a line is its caption, below.)
        const std::string_view credit_text = content(credit);
        std::string_view provider = credit_text;
        if (bracketed(provider)) provider = trim(provider.substr(0, last_char_begin(provider)));
        const bool provided = ends_with(provider, "供图") || ends_with(provider, "供圖") ||
                              ends_with(provider, "提供") || starts_with(credit_text, "图/") ||
                              starts_with(credit_text, "圖/") || starts_with(credit_text, "图／") ||
                              starts_with(credit_text, "圖／");
        if ((line.kind != Kind::headline && line.kind != Kind::body) ||
            line.chars > max_caption_chars || credit.kind != Kind::caption ||
            credit.blank_before != 0 || credit.chars > max_credit_chars ||
            ((credit.parse.kind != BylineKind::photo_credit || credit.parse.authors.empty()) &&
             !(provided && line.terminal)))
            continue;
        std::size_t k = i;
        while (k > 0 && lines_[k - 1].kind == Kind::blank) --k;
        if (k == 0) continue;
        if (k == i) {
            // (…也能卖到八十元。 / 晒秋景观吸引摄影爱好者前来取景。 / 吴　伟　摄 / (blank):
            // set solid under finished text, on a page that parts paragraphs by blank lines, a
            // sentence over a photographer's credit that ends the block is the photo's caption.)
            const bool block_ends = i + 2 >= lines_.size() || lines_[i + 2].kind == Kind::blank;
            if (blank_between_paragraphs_ && !hard_wrapped_ && line.terminal && block_ends &&
                lines_[i - 1].kind == Kind::body && lines_[i - 1].terminal &&
                credit.parse.kind == BylineKind::photo_credit && !credit.parse.authors.empty() &&
                no_sentence_end_inside(content(line))) {
                line.kind = Kind::caption;
                line.rule =
                    "one sentence set solid between finished text and a photographer's credit "
                    "ending the block: the photo's caption";
            }
            continue;  // otherwise the caption stands apart from the text above
        }
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
        // (In a hard-wrapped page a paragraph's lines are as wide as a caption's: its length
        // is that of all its lines set solid.)
        auto block_chars = [&](std::size_t from, int step) {
            std::size_t chars = lines_[from].chars;
            if (!hard_wrapped_) {
                // (Up across column breaks, the pieces of a cut paragraph: 比技能的热情，…转型。
                // ends a paragraph cut after 学技术、.)
                constexpr std::size_t max_pieces = 4;
                for (std::size_t m = from, pieces = 1; step < 0 && pieces < max_pieces; ++pieces) {
                    if (lines_[m].blank_before == 0) break;
                    const std::size_t n = prev_nonblank(m);
                    if (n >= lines_.size() || lines_[n].kind != Kind::body || lines_[n].terminal)
                        break;
                    chars += lines_[n].chars;
                    m = n;
                }
                return chars;
            }
            for (std::size_t m = from;;) {
                const bool up = step < 0;
                if (up ? m == 0 : m + 1 >= lines_.size()) break;
                // (Up across a column break, to the unfinished line the block continues.)
                std::size_t n = up ? m - 1 : m + 1;
                if (up && lines_[m].blank_before > 0) {
                    n = prev_nonblank(m);
                    if (n >= lines_.size() || lines_[n].terminal) break;
                }
                if (lines_[n].kind != Kind::body || (!up && lines_[n].blank_before > 0)) break;
                chars += lines_[n].chars;
                m = n;
            }
            return chars;
        };
        // (or the next article's lead, opened by its dateline: 〔記者X／埔里報導〕…)
        const bool body_next =
            next < lines_.size() &&
            ((lines_[next].kind == Kind::body && block_chars(next, 1) > line.chars) ||
             lines_[next].kind == Kind::dateline_lead);
        const bool headline_next = next < lines_.size() && lines_[next].kind == Kind::headline;
        if (next == i + 2 || !(body_next || headline_next) || !line.terminal ||
            line.blank_before == 0 || block_chars(k - 1, -1) <= line.chars)
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

void SegmenterImpl::mark_wrapped_lead_lines() {
    // 本报讯  12月1日，位于牡丹江 / 市所辖海林市的中国雪乡景区正式开 / 启新一季…: in a
    // hard-wrapped page, a full-width line set solid under a lead's unfinished first line goes
    // on with the lead, comma or not.
    if (!hard_wrapped_ || wrap_width_ == 0) return;
    constexpr std::size_t width_tolerance = 4;
    for (std::size_t i = 1; i < lines_.size(); ++i) {
        Line& line = lines_[i];
        const Line& above = lines_[i - 1];
        const bool lead = above.kind == Kind::dateline_lead ||
                          (above.kind == Kind::body && above.parse.kind == BylineKind::dateline);
        if (line.kind != Kind::headline || line.blank_before != 0 || line.indent != 0 || !lead ||
            above.terminal || width_of(line) + width_tolerance < wrap_width_)
            continue;
        line.kind = Kind::body;
        line.rule = "a full line set solid under a lead's unfinished first line: its text";
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
        for (std::size_t k = next_open_paren(text, tail_window_start(text, max_credit_bytes));
             k != std::string_view::npos; k = next_open_paren(text, k + 1))
            open = k;
        // (Closed after it, it holds no credit left open.)
        for (std::size_t k = open == std::string_view::npos ? text.size() : open + 1;
             k < text.size(); ++k) {
            if ((static_cast<unsigned char>(text[k]) & 0xC0) == 0x80) continue;
            std::size_t length = 0;
            if (is_close_paren(code_point_at(text, k, length))) {
                open = std::string_view::npos;
                break;
            }
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

void SegmenterImpl::mark_words_cut_at_column_gaps() {
    // 走进琼湖街道的芦苇工艺品专业合 / (column gap) / 作社，十几名村民…: a short unpunctuated
    // line over a column gap, whose last characters and the next text's first ones make one
    // word of the lexicon (合作社) that the next text's opening alone is not (作社), is text
    // cut mid-word by the column break, not a crosshead. The lexicon is looked at only here.
    const std::size_t column_gap = std::max<std::size_t>(2, usual_paragraph_gap() + 1);
    constexpr std::size_t max_piece_chars = 30, max_side_chars = 3, max_word_chars = 4;
    std::optional<Dictionary> lexicon;
    for (std::size_t i = 0; i < lines_.size(); ++i) {
        Line& line = lines_[i];
        if (line.kind != Kind::headline || line.terminal || line.chars > max_piece_chars ||
            line.has_jump)
            continue;
        const std::size_t next = next_nonblank(i);
        if (next >= lines_.size() || lines_[next].kind != Kind::body ||
            lines_[next].blank_before < column_gap)
            continue;
        const std::string_view head = content(line), rest = content(lines_[next]);
        // The last characters of the piece and the first of the rest, Han only.
        std::vector<std::size_t> head_starts, rest_ends;
        for (std::size_t p = head.size(); p > 0 && head_starts.size() < max_side_chars;) {
            std::size_t begin = p - 1;
            while (begin > 0 && (static_cast<unsigned char>(head[begin]) & 0xC0) == 0x80) --begin;
            std::size_t length = 0;
            if (!is_han(code_point_at(head, begin, length))) break;
            head_starts.push_back(begin);
            p = begin;
        }
        for (std::size_t p = 0, length = 0; p < rest.size() && rest_ends.size() < max_side_chars;
             p += length) {
            if (!is_han(code_point_at(rest, p, length))) break;
            rest_ends.push_back(p + length);
        }
        if (head_starts.empty() || rest_ends.empty()) continue;
        if (!lexicon) lexicon = Dictionary::builtin();
        // The boundary must look wrong from both sides: the piece's last two characters and
        // the rest's first two make no word (业合, 作社; 程会, 诊系), while a word of two to
        // four characters runs across it (合作社, 会诊).
        auto word = [&](std::size_t a, std::size_t b) {
            return std::string(head.substr(head_starts[a])) +
                   std::string(rest.substr(0, rest_ends[b]));
        };
        if ((head_starts.size() >= 2 && lexicon->contains(head.substr(head_starts[1]))) ||
            (rest_ends.size() >= 2 && lexicon->contains(rest.substr(0, rest_ends[1]))))
            continue;
        bool cut_word = false;
        for (std::size_t a = 0; a < head_starts.size() && !cut_word; ++a)
            for (std::size_t b = 0; b < rest_ends.size() && !cut_word; ++b)
                if (a + b + 2 <= max_word_chars) cut_word = lexicon->contains(word(a, b));
        if (!cut_word) continue;
        line.kind = Kind::body;
        line.rule =
            "short line whose last characters and the text after a column gap make one word: "
            "text cut mid-word";
    }
}

void SegmenterImpl::mark_reader_signatures_over_replies() {
    // …想请问有关部门：…低楼层住户有意见 / (blank) / 该从哪里着手办理？ / 读者　夏文斌 /
    // (blank) / 【部门回复】: a reader's signature over a bracketed reply label closes the
    // letter above it; the unpunctuated lines set solid over it (or a blank line apart) are
    // the letter's last words, cut by the column, not a new letter's title.
    for (std::size_t i = 1; i < lines_.size(); ++i) {
        Line& line = lines_[i];
        if (line.kind != Kind::byline || line.parse.authors.empty() ||
            !std::all_of(line.parse.authors.begin(), line.parse.authors.end(), [](const Author& a) {
                return a.role_text == "读者" || a.role_text == "讀者";
            }))
            continue;
        const std::size_t below = next_nonblank(i);
        if (below >= lines_.size() || lines_[below].blank_before == 0) continue;
        const std::string_view label = label_words(content(lines_[below]));
        if (!in_lenticular_brackets(content(lines_[below])) ||
            !(ends_with(label, "回复") || ends_with(label, "答复") || ends_with(label, "回覆") ||
              ends_with(label, "答覆")))
            continue;
        // The lines over the signature, up to the letter's text.
        std::vector<std::size_t> tail;
        std::size_t k = i;
        for (std::size_t up = prev_nonblank(k); up < lines_.size() && lines_[k].blank_before <= 1;
             k = up, up = prev_nonblank(k)) {
            if (lines_[up].kind == Kind::body) break;
            if (lines_[up].kind != Kind::headline || tail.size() >= 2) {
                tail.clear();
                k = i;
                break;
            }
            tail.push_back(up);
        }
        const std::size_t text_line = prev_nonblank(k);
        // (The text runs on into them: the text or the first of them unfinished.)
        if (tail.empty() || text_line >= lines_.size() || lines_[text_line].kind != Kind::body ||
            (lines_[text_line].terminal && lines_[tail.back()].terminal))
            continue;
        for (std::size_t t : tail) {
            lines_[t].kind = Kind::body;
            lines_[t].rule =
                "a letter's last words over its reader's signature, a reply label under it: "
                "text cut by the column";
        }
        line.kind = Kind::credit;
        line.parse.kind = BylineKind::credit;
        line.rule = "a reader's signature over a reply label: it closes the letter above";
    }
}

void SegmenterImpl::mark_box_titles_under_labels() {
    // 记者手记 / 守护鸟儿，也是守护我们自己 / 在保护区采访的几天里，…: under a sidebar label,
    // a short unpunctuated line set solid over longer text is the box's title, a comma in it
    // or not.
    constexpr std::size_t max_title_chars = 20;
    for (std::size_t i = 0; i + 2 < lines_.size(); ++i) {
        const Line& label = lines_[i];
        Line& title = lines_[i + 1];
        const Line& text = lines_[i + 2];
        constexpr std::size_t max_label_chars = 8;
        if (label.kind != Kind::headline || label.chars > max_label_chars ||
            !is_sidebar_label(content(label)) || title.kind != Kind::body ||
            title.blank_before != 0 || title.terminal || title.continuing ||
            title.chars > max_title_chars || ends_with_comma(content(title)) ||
            last_sentence_end(content(title)) != 0 || text.kind != Kind::body ||
            text.blank_before != 0 || text.chars <= title.chars || hard_wrapped_)
            continue;
        title.kind = Kind::headline;
        title.rule =
            "short unpunctuated line under a sidebar label, over its text: the box's title";
    }
}

void SegmenterImpl::mark_row_boxes_between_paragraphs() {
    // …途经这里。 / 数据 / 黄河三角洲记录鸟类：373种 / 其中国家一级保护鸟类：27种 / (blank) /
    // 为了给候鸟…: a sidebar label over two or more short rows set solid, each a label and a
    // colon, between finished paragraphs: the rows are the box's paragraphs, and the box is
    // set aside after the story (build_items), whose text goes on after it.
    constexpr std::size_t min_rows = 2, max_rows = 12, max_row_chars = 30, max_label_chars = 16;
    for (std::size_t i = 0; i < lines_.size(); ++i) {
        Line& label = lines_[i];
        if (label.kind != Kind::headline || label.blank_before == 0 ||
            !is_sidebar_label(content(label)))
            continue;
        const std::size_t above = prev_nonblank(i);
        if (above >= lines_.size() || lines_[above].kind != Kind::body || !lines_[above].terminal)
            continue;
        std::size_t end = i + 1;
        while (end < lines_.size() && lines_[end].kind != Kind::blank &&
               lines_[end].blank_before == 0 && end - i <= max_rows) {
            const Line& row = lines_[end];
            if ((row.kind != Kind::body && row.kind != Kind::headline) ||
                row.chars > max_row_chars || colon_label(content(row), max_label_chars).empty())
                break;
            ++end;
        }
        const std::size_t rows = end - i - 1;
        if (rows < min_rows || end >= lines_.size() || lines_[end].kind != Kind::blank) continue;
        const std::size_t after = next_nonblank(end);
        if (after >= lines_.size() || lines_[after].kind != Kind::body) continue;
        label.rows_box_label = true;
        for (std::size_t r = i + 1; r < end; ++r) {
            lines_[r].kind = Kind::body;
            lines_[r].record = true;
            lines_[r].terminal = true;
            lines_[r].rule = "a row of a box of labelled figures: a paragraph of its own";
        }
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
        // (A piece cut after a comma is cut mid-sentence all the more: …希望通过学校培养，.)
        const bool comma_cut = ends_with_comma(content(previous));
        if (previous.kind != Kind::body || previous.terminal ||
            (previous.continuing && !comma_cut) || previous.chars < min_piece_chars ||
            rest.kind != Kind::body || !rest.terminal || rest.chars > max_rest_chars ||
            rest.blank_before == 0)
            continue;
        std::size_t beyond = next_nonblank(below);
        if (beyond < lines_.size() && lines_[beyond].blank_before == 0) continue;
        for (std::size_t l = i; l <= last; ++l) {
            lines_[l].kind = Kind::headline;
            lines_[l].rule =
                "short lines set solid between the pieces of a cut paragraph: a headline";
        }
    }
    // …不知道怎么感谢才好，谢 / (column break) / 谢你！ / 读者 李丽珍: a piece of a few
    // characters closing a sentence right after text cut mid-word is that text's end, not a
    // headline over the byline under it.
    constexpr std::size_t max_end_piece_chars = 4;
    for (std::size_t i = 1; i < lines_.size(); ++i) {
        Line& line = lines_[i];
        if (line.kind != Kind::headline || line.blank_before == 0 || !line.terminal ||
            line.chars > max_end_piece_chars)
            continue;
        const std::size_t above = prev_nonblank(i);
        if (above >= lines_.size()) continue;
        const Line& cut = lines_[above];
        const Tail tail = tail_of(content(cut));
        if (cut.kind != Kind::body || cut.terminal || ends_with_comma(content(cut)) ||
            tail.count == 0 || !is_han(tail.last[0]))
            continue;
        line.kind = Kind::body;
        line.rule = "a few characters ending a sentence after text cut mid-word: its end";
    }
}

void SegmenterImpl::mark_boxes_inside_cut_paragraphs() {
    // …同时积极拓展内销渠 / (blank) / 本报监测：本周名优绿茶均价 每斤 +4.6% / (blank) /
    // 道，减少对单一市场的依赖。 and …引导村民开办农家餐 / 今日桐庐天气 / 今天：多云 26℃～35℃
    // / … / 馆、民宿，吃上了“研学饭”。: a box of figures (rows, a short label over them)
    // printed between the pieces of a cut paragraph, the piece after it one short line that
    // finishes the sentence. Its lines are set aside like a chart's, so the pieces join.
    constexpr std::size_t min_piece_chars = 17, max_rest_chars = 24, max_box_lines = 4,
                          max_label_chars = 10;
    for (std::size_t i = 1; i < lines_.size(); ++i) {
        if (lines_[i].blank_before == 0 || lines_[i].kind == Kind::blank) continue;
        std::size_t last = i;
        while (last + 1 < lines_.size() && last + 1 - i < max_box_lines &&
               lines_[last + 1].kind != Kind::blank)
            ++last;
        const std::size_t above = prev_nonblank(i), below = next_nonblank(last);
        if (above >= lines_.size() || below >= lines_.size() || last + 1 >= lines_.size() ||
            lines_[last + 1].kind != Kind::blank)
            continue;
        const Line& previous = lines_[above];
        const Line& rest = lines_[below];
        if ((previous.kind != Kind::body && previous.kind != Kind::dateline_lead) ||
            previous.terminal || previous.record || previous.verse || previous.has_jump ||
            (previous.continuing && !ends_with_comma(content(previous))) ||
            previous.chars < min_piece_chars || rest.kind != Kind::body || !rest.terminal ||
            rest.chars > max_rest_chars || rest.record || rest.verse)
            continue;
        // (The rest ends its block, or a headline follows it set solid where no blank line
        // parts anything: hard-wrapped pages.)
        const std::size_t beyond = next_nonblank(below);
        if (beyond < lines_.size() && lines_[beyond].blank_before == 0 &&
            lines_[beyond].kind != Kind::headline)
            continue;
        // Rows carry figures; a short label may stand over them.
        std::size_t rows = 0;
        bool box = true;
        for (std::size_t l = i; l <= last && box; ++l) {
            const Line& line = lines_[l];
            const std::string_view text = content(line);
            // (Furniture, a header repeated between the pieces, stays furniture.)
            const bool row = has_ascii_digit(text) &&
                             (line.kind == Kind::headline || line.kind == Kind::body) &&
                             !line.has_jump && !line.credit_begin &&
                             (line.record || is_table_row(text) || is_labelled_figure_line(text));
            const bool label = l == i && l < last && line.kind == Kind::headline &&
                               !line.terminal && line.chars <= max_label_chars;
            rows += row ? 1 : 0;
            box = row || label;
        }
        if (!box || rows == 0) continue;
        for (std::size_t l = i; l <= last; ++l) {
            lines_[l].kind = Kind::caption;
            lines_[l].record = false;
            lines_[l].rule =
                "box of figures between the pieces of a cut paragraph: set aside like a chart";
        }
    }
}

void SegmenterImpl::mark_wrapped_numbered_items() {
    // 一、秧苗移栽后及时灌浅水护苗，水层 / 以不淹没秧心为宜。 / 二、栽后5至7天施用返青分蘖肥，促进
    // / 早发快长。: numbered items wrapped at one width in a narrow box, each line as wide as
    // the others and its short rest set solid under it finishing the sentence, are the first
    // lines of paragraphs, not section heads (heads vary in length and stand over text).
    constexpr std::size_t min_items = 2, max_width_spread = 1;
    auto item_head = [&](std::size_t l) {
        const Line& line = lines_[l];
        return line.kind == Kind::headline && !line.terminal &&
               starts_with_enumerator(content(line)) && l + 1 < lines_.size();
    };
    auto item_rest = [&](std::size_t head) {
        const Line& rest = lines_[head + 1];
        return rest.kind == Kind::body && rest.blank_before == 0 && rest.terminal && !rest.record &&
               rest.chars < lines_[head].chars && !starts_with_enumerator(content(rest));
    };
    for (std::size_t i = 0; i < lines_.size();) {
        std::vector<std::size_t> heads;
        std::size_t l = i;
        while (l < lines_.size() && item_head(l) && item_rest(l) &&
               (heads.empty() || lines_[l].blank_before == 0)) {
            heads.push_back(l);
            l += 2;
        }
        if (heads.size() >= min_items) {
            std::size_t narrowest = width_of(lines_[heads.front()]), widest = narrowest;
            for (std::size_t h : heads) {
                narrowest = std::min(narrowest, width_of(lines_[h]));
                widest = std::max(widest, width_of(lines_[h]));
            }
            if (widest - narrowest <= max_width_spread)
                for (std::size_t h : heads) {
                    lines_[h].kind = Kind::body;
                    lines_[h].rule =
                        "numbered items wrapped at one width, each rest set solid under it: the "
                        "first line of an item's paragraph";
                }
        }
        i = heads.empty() ? i + 1 : l;
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

namespace {
// 现存碉楼：1833座, 2026年1至11月接待游客：412万人次: a label, a colon and a figure with its
// unit, nothing more.
bool is_colon_figure_line(std::string_view text) {
    constexpr std::size_t max_label_chars = 16, max_figure_chars = 12;
    const std::size_t colon = text.find(':');
    if (colon == std::string_view::npos || colon == 0 || ends_with_terminal(text) ||
        text.find(',') != std::string_view::npos || text.find("，") != std::string_view::npos)
        return false;
    const std::string_view label = text.substr(0, colon), figure = trim(text.substr(colon + 1));
    if (char_count(label) > max_label_chars || figure.empty() ||
        char_count(figure) > max_figure_chars)
        return false;
    bool han = false;
    for (std::size_t i = 0, length = 0; i < label.size(); i += length) {
        const char32_t c = code_point_at(label, i, length);
        if (!is_han(c) && !is_digit(c)) return false;
        han = han || is_han(c);
    }
    std::size_t length = 0;
    return han && is_digit(code_point_at(figure, 0, length));
}
// 地区生产总值 1032.6亿元 增长5.8%, 规模以上工业增加值 增长7.2%: a label, then one or two
// figures, one space apart.
bool is_spaced_figure_row(std::string_view text) {
    constexpr std::size_t max_label_chars = 16, max_cell_chars = 12, max_cells = 3;
    if (ends_with_terminal(text) || text.find("，") != std::string_view::npos) return false;
    std::size_t cells = 0, at = 0;
    while (at < text.size()) {
        std::size_t space = text.find(' ', at);
        if (space == std::string_view::npos) space = text.size();
        const std::string_view cell = text.substr(at, space - at);
        if (cell.empty() || ++cells > max_cells) return false;
        if (cells == 1) {
            if (char_count(cell) > max_label_chars) return false;
            if (!all_han(cell)) return false;
        } else if (char_count(cell) > max_cell_chars || !has_ascii_digit(cell)) {
            return false;
        }
        at = space + 1;
    }
    return cells >= 2;
}
}  // namespace

bool SegmenterImpl::mark_spaced_figure_box(std::size_t note) {
    // 数读·江门侨乡古村落 / (blank) / 现存碉楼：1833座 / (blank) / … / (blank) / 数据来源：…:
    // a box of labelled figures, one blank line between its rows and before its note, under a
    // title: an item of its own, one paragraph a row.
    constexpr std::size_t min_rows = 2, max_rows = 12, max_title_chars = 20;
    if (lines_[note].blank_before != 1) return false;
    std::vector<std::size_t> rows;
    std::size_t at = note;
    while (rows.size() < max_rows) {
        const std::size_t above = prev_nonblank(at);
        if (above >= lines_.size() || lines_[at].blank_before != 1 ||
            (lines_[above].kind != Kind::headline && lines_[above].kind != Kind::body) ||
            !(is_colon_figure_line(content(lines_[above])) ||
              is_spaced_figure_row(content(lines_[above]))))
            break;
        rows.push_back(above);
        at = above;
    }
    if (rows.size() < min_rows) return false;
    const std::size_t title = prev_nonblank(rows.back());
    if (title >= lines_.size() || lines_[title].kind != Kind::headline ||
        lines_[title].chars > max_title_chars || lines_[rows.back()].blank_before > 1)
        return false;
    for (std::size_t row : rows)
        mark_record(lines_[row], "row of a box of labelled figures: a paragraph");
    return true;
}

void SegmenterImpl::mark_chart_blocks() {
    // 一季度全省进出口主要数据 / 进出口总额　1.36万亿元　增长9.2% / … / 数据来源：杭州海关: a
    // chart printed as text, closed by its source note, in one block: its title and rows are
    // the chart's, not headlines, so a paragraph cut around it joins across it.
    constexpr std::size_t max_chart_line_chars = 40, max_chart_lines = 12;
    for (std::size_t i = 1; i < lines_.size(); ++i) {
        if (lines_[i].kind != Kind::caption || !is_data_source_note(content(lines_[i]))) continue;
        if (mark_spaced_figure_box(i)) continue;
        std::vector<std::size_t> chart;
        // (…同比增长9.1% / (blank) / 数据来源：…: the note may stand one blank line under its
        // rows when the two rows above it carry figures.)
        auto has_figure = [&](const Line& l) { return has_ascii_digit(content(l)); };
        const bool note_apart = lines_[i].blank_before == 1 && i >= 3 &&
                                lines_[i - 1].kind == Kind::blank &&
                                lines_[i - 2].blank_before == 0 && has_figure(lines_[i - 2]) &&
                                lines_[i - 3].kind != Kind::blank && has_figure(lines_[i - 3]);
        for (std::size_t k = note_apart ? i - 1 : i;
             k > 0 && ((note_apart && k == i - 1) || lines_[k].blank_before == 0) &&
             chart.size() < max_chart_lines;
             --k) {
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
            // (…。 / （本刊记者 周建华）: an article closed by its credit is finished too.)
            const bool after_text =
                above == 0 ||
                (lines_[above - 1].kind == Kind::body && lines_[above - 1].terminal) ||
                lines_[above - 1].kind == Kind::credit;
            // (Or the next item's byline, over its headline or over its lead with the
            // headline printed after it.)
            const bool before_title = below >= lines_.size() ||
                                      lines_[below].kind == Kind::headline ||
                                      lines_[below].kind == Kind::byline;
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
                    mark_record(lines_[l],
                                "row of a data box standing between articles: a paragraph");
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
                mark_record(lines_[l], "figure line set solid under a table's rows: a row of it");
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
    // A headline of two or three lines: the rest follows its last line. (【记者回音】 /
    // (blank) / 审批材料已补齐…: the lines of the block may stand apart too.)
    constexpr std::size_t max_block_lines = 3;
    std::size_t last = i;
    for (std::size_t block_lines = 1; block_lines < max_block_lines; ++block_lines) {
        const std::ptrdiff_t next = nonblank(last, 1);
        if (next < 0 || lines_[static_cast<std::size_t>(next)].kind != Kind::headline) break;
        last = static_cast<std::size_t>(next);
    }
    // (菊香满田野 增收有门路—— / 谯城区… / 本报记者 葛  亮 / (blank) / 额有望突破…: the next
    // article's byline, set solid under its headline, printed inside the cut paragraph too.)
    std::size_t block_end = last;
    if (last + 1 < lines_.size() && lines_[last + 1].kind == Kind::byline &&
        lines_[last + 1].blank_before == 0 && !lines_[last + 1].parse.authors.empty())
        block_end = last + 1;
    const std::ptrdiff_t before = nonblank(i, -1), after = nonblank(block_end, 1);
    if (line.blank_before == 0 || before < 0 || after < 0) return false;
    const Line& previous = lines_[static_cast<std::size_t>(before)];
    const Line& rest = lines_[static_cast<std::size_t>(after)];
    // The text above is a paragraph's piece, longer than most titles (a comma title is body
    // text too at this stage).
    constexpr std::size_t min_piece_chars = 17;
    // (A piece cut after a comma is cut mid-sentence all the more: …希望通过学校培养，.)
    const bool comma_cut = ends_with_comma(content(previous));
    if (previous.kind != Kind::body || previous.terminal || (previous.continuing && !comma_cut) ||
        previous.chars < min_piece_chars || rest.kind != Kind::body || rest.blank_before == 0 ||
        !rest.terminal || rest.verse)
        return false;
    // (Under a held byline the rest may run longer: a lead opening mid-word under a byline
    // is rarer than a sentence's tail printed out of place.)
    const std::size_t max_rest_chars = block_end != last ? 40 : 24;
    const bool short_rest =
        hard_wrapped_ && wrap_width_ > 0
            ? width_of(rest) * 2 <= wrap_width_ * 3 / 2 && rest.chars <= max_rest_chars
            : rest.chars <= max_rest_chars;
    // (…新增观景平台 / 恩阳古镇夜游项目上线 / 9处，并在…应急救援站。 / 本报讯（特约记者 X）
    // 近日，恩阳古镇…: a longer rest too, when an article opened by its dateline or byline,
    // with no headline of its own, follows within a few lines: the held headline is its.)
    constexpr std::size_t max_lead_rest_chars = 80, max_lines_to_lead = 4;
    bool headless_lead_follows = false;
    if (!short_rest && rest.chars <= max_lead_rest_chars && !hard_wrapped_) {
        std::ptrdiff_t k = after;
        for (std::size_t seen = 0; seen < max_lines_to_lead; ++seen) {
            k = nonblank(static_cast<std::size_t>(k), 1);
            if (k < 0) break;
            const Line& l = lines_[static_cast<std::size_t>(k)];
            if (l.kind == Kind::dateline_lead || l.kind == Kind::byline ||
                l.kind == Kind::dateline) {
                headless_lead_follows = true;
                break;
            }
            if (l.kind != Kind::body || l.blank_before == 0) break;
        }
    }
    if (!short_rest && !headless_lead_follows) return false;
    const std::ptrdiff_t beyond = nonblank(static_cast<std::size_t>(after), 1);
    if (beyond < 0) return true;
    const Line& next = lines_[static_cast<std::size_t>(beyond)];
    // (数说即墨童装 / 童装生产企业5600余家，…。 / 年产童装5亿件左右，…。: a second short
    // sentence of the rest's shape under it makes them the rows of a box under its title.)
    // (A rest that is a sentence's tail, 三季度。, is no row, whatever follows it.)
    constexpr std::size_t min_row_chars = 10, max_row_chars = 30;
    const std::string_view next_text = content(next);
    const bool row_follows = short_rest && rest.chars >= min_row_chars && next.kind == Kind::body &&
                             next.terminal && next.chars >= min_row_chars &&
                             next.chars <= max_row_chars && no_sentence_end_inside(next_text);
    return next.blank_before > 0 && !row_follows;
}

}  // namespace detail
}  // namespace broadsheet

// Line shapes tested by several passes of the article segmenter: dates, page numbers, labels.
#include "segmenter/line_shapes.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "segmenter/chars.hpp"

namespace broadsheet {
namespace detail {

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

// "第3版", "第三版", "A3版", "03版" at the start of a line.
bool starts_with_page_number(std::string_view text) {
    std::size_t p = 0, length = 0;
    // (第 7 版: pdftotext may space the number out after 第.)
    const bool numbered = starts_with(text, "第");
    if (numbered) p = 3;
    auto skip_space = [&] {
        if (numbered && p < text.size() && text[p] == ' ') ++p;
    };
    skip_space();
    const std::size_t digits_begin = p;
    while (p < text.size() && p - digits_begin < 12) {
        const char32_t c = code_point_at(text, p, length);
        if (!is_ascii_alnum(c) && !is_han_numeral(c)) break;
        p += length;
    }
    const std::size_t digits_end = p;
    skip_space();
    return digits_end > digits_begin && starts_with(text.substr(p), "版");
}

bool starts_with_dash(std::string_view text) {
    return starts_with(text, "——") || starts_with(text, "—") || starts_with(text, "--");
}
bool ends_with_dash(std::string_view text) {
    return ends_with(text, "——") || ends_with(text, "—") || ends_with(text, "--");
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

// Where the last sentence of `text` ends (after its terminal punctuation), or 0.
std::size_t last_sentence_end(std::string_view text) {
    // Backwards from the end: most lines end a sentence at or near their last character.
    std::size_t end = text.size();
    while (end > 0) {
        std::size_t begin = end - 1;
        while (begin > 0 && (static_cast<unsigned char>(text[begin]) & 0xC0) == 0x80) --begin;
        std::size_t length = 0;
        const char32_t c = code_point_at(text, begin, length);
        // (A stray continuation byte decodes on its own: step over it alone.)
        if (begin + length != end)
            begin = end - 1;
        else if (is_terminal(c))
            return end;
        end = begin;
    }
    return 0;
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

namespace {

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

}  // namespace

bool is_date_line(std::string_view text) {
    constexpr std::size_t max_date_chars = 16;
    return !text.empty() && text.find(' ') == std::string_view::npos &&
           char_count(text) <= max_date_chars && (ends_with(text, "日") || ends_with(text, "號")) &&
           has_date(text);
}

HeaderEvidence header_evidence(std::string_view text) {
    HeaderEvidence evidence;
    bool date = false, weekday = false, page = false, paper = false, editor = false,
         weather = false, registration = false, issue = false, labelled_editor = false;
    std::size_t p = 0, spaces = 0, parts = 0;
    // 今日腾冲　　　　综合　　03, 旅西华人　|　03: a bare page number after the paper's or the
    // section's name, across a layout gap or a bar. Counted here, decided after the loop.
    constexpr std::size_t max_name_part_chars = 8, max_bare_page_digits = 3;
    std::size_t name_parts = 0, bars = 0, other_parts = 0;
    bool last_is_number = false;
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
        if (last_is_number) ++other_parts;  // the number was not last
        last_is_number = part.size() <= max_bare_page_digits &&
                         std::all_of(part.begin(), part.end(), [](char c) {
                             return is_ascii_digit(static_cast<unsigned char>(c));
                         });
        if (part == "|" || part == "｜" || part == "丨")
            ++bars;
        else if (char_count(part) <= max_name_part_chars && all_han(part))
            ++name_parts;
        else if (!last_is_number)
            ++other_parts;
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
        // 主办：内蒙古草原乳业集团有限公司: the publisher named after its label.
        constexpr std::size_t max_publisher_line_chars = 30;
        paper = paper || ((starts_with(part, "主办:") || starts_with(part, "主辦:") ||
                           starts_with(part, "主办：") || starts_with(part, "主辦：")) &&
                          chars <= max_publisher_line_chars);
        for (const char* word : {"责任编辑", "责编", "编辑", "美编", "校对", "版式", "审核", "編輯",
                                 "責編", "美編", "校對", "组版", "組版", "本版责编", "本版编辑",
                                 "本版美编", "本版校对", "本版責編", "本版編輯"})
            if (starts_with(part, word)) {
                // 要闻  责任编辑：龙敏  版式设计：潘婷: a labelled editor's credit is the page's
                // furniture on its own.
                // (Not 编辑同志：, a letter's salutation: a name follows the colon.)
                const std::size_t colon = std::min(part.find(':'), part.find("："));
                const std::string_view label =
                    colon == std::string_view::npos ? part : part.substr(0, colon);
                labelled_editor = labelled_editor ||
                                  (colon != std::string_view::npos &&
                                   (label == word || label == "版式设计" || label == "美术编辑") &&
                                   colon + (part[colon] == ':' ? 1 : 3) < part.size());
                editor = true;
            }
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
    page = page || (last_is_number && other_parts == 0 && name_parts >= 1 &&
                    (bars > 0 || (evidence.wide_gap && name_parts >= 2)));
    // 本报地址：… 邮编：… 零售价：1.00元: the paper's imprint, two of its words or more.
    int imprint_words = 0;
    const bool labelled = text.find("：") != std::string_view::npos ||
                          text.find(':') != std::string_view::npos ||
                          text.find("号") != std::string_view::npos;
    if (labelled)  // imprint fields are labelled (邮编：); most lines are not
        for (const char* word :
             {"地址", "邮编", "邮政编码", "零售价", "定价", "广告热线", "发行热线", "新闻热线",
              "印刷", "出版物号", "邮发代号", "郵編", "零售價", "社出版"})
            if (text.find(word) != std::string_view::npos) ++imprint_words;
    const bool imprint = imprint_words >= 2;
    evidence.kinds = int{date} + int{weekday} + int{page} + int{paper} + int{editor} +
                     int{weather} + int{issue} + int{labelled_editor} + 2 * int{imprint} +
                     2 * int{registration};
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

// 改造后的东段匝道车流顺畅。: one short sentence, no comma, no quotation: the shape of a
// photo's caption.
// 7月16日晚，: the day (and time of day) a photo was taken, opening its caption; the bytes of
// that opening up to its comma, or 0.
std::size_t photo_day_opening(std::string_view text) {
    constexpr std::size_t max_date_bytes = 6 * 3;  // 12月31日下午
    // (Searched near the start only: a line may be megabytes long.)
    const std::size_t day = text.substr(0, 2 * max_date_bytes).find("日");
    if (day == std::string_view::npos || day == 0 || day > max_date_bytes ||
        text.substr(0, day).find("月") == std::string_view::npos ||
        !is_ascii_digit(static_cast<unsigned char>(text[0])))
        return 0;
    const std::string_view head = text.substr(0, day + max_date_bytes + 3);
    std::size_t comma = head.find("，");
    if (comma == std::string_view::npos) comma = head.find(',');
    if (comma == std::string_view::npos || comma <= day || comma > day + max_date_bytes) return 0;
    return comma + (text[comma] == ',' ? 1 : 3);
}

bool no_sentence_end_inside(std::string_view text) {
    return last_sentence_end(text.substr(0, last_char_begin(text))) == 0;
}

bool is_one_clause_question(std::string_view text) {
    return (ends_with(text, "？") || ends_with(text, "?")) &&
           text.find(',') == std::string_view::npos && text.find("，") == std::string_view::npos;
}

bool opens_with_asked_question(std::string_view text) {
    constexpr std::size_t max_asker_bytes = 12 * 3;
    const std::string_view opening = text.substr(0, max_asker_bytes);
    return opening.find("问:") != std::string_view::npos ||
           opening.find("問:") != std::string_view::npos;
}

bool is_bare_caption_sentence(std::string_view text) {
    constexpr std::size_t max_caption_chars = 20, max_dated_caption_chars = 24;
    // 7月16日晚，市民在…选购商品。: a caption opens with the day the photo was taken.
    std::size_t max_chars = max_caption_chars;
    if (const std::size_t opening = photo_day_opening(text)) {
        text.remove_prefix(opening);
        max_chars = max_dated_caption_chars;
    }
    if (char_count(text) > max_chars || !ends_with_terminal(text)) return false;
    for (std::string_view mark : {",", "，", "“", "”", "\"", "「", "」", ";", "；", ":", "："})
        if (text.find(mark) != std::string_view::npos) return false;
    return no_sentence_end_inside(text);
}

bool opens_with_letter_salutation(std::string_view text) {
    for (std::string_view addressee : {"编辑同志", "編輯同志", "尊敬的编辑", "尊敬的編輯",
                                       "编辑老师", "編輯老師", "记者同志", "記者同志"}) {
        if (!starts_with(text, addressee)) continue;
        const std::string_view rest = text.substr(addressee.size());
        return starts_with(rest, ":") || starts_with(rest, "：") || starts_with(rest, "们:") ||
               starts_with(rest, "们：") || starts_with(rest, "們:") || starts_with(rest, "們：");
    }
    return false;
}

std::string_view colon_label(std::string_view text, std::size_t max_chars) {
    const std::size_t colon = std::min(text.find("："), text.find(':'));
    if (colon == std::string_view::npos || colon == 0) return {};
    const std::string_view label = text.substr(0, colon);
    return char_count(label) <= max_chars ? label : std::string_view();
}

bool opens_with_reply_label(std::string_view text) {
    constexpr std::size_t max_label_chars = 12;
    const std::string_view label = colon_label(text, max_label_chars);
    return !label.empty() && all_han(label) &&
           (ends_with(label, "回复") || ends_with(label, "答复") || ends_with(label, "回覆") ||
            ends_with(label, "答覆") || ends_with(label, "回復"));
}

// Whether `people` name `person` (the same name; roles may differ).
bool names(const std::vector<Author>& people, const Author& person) {
    return std::any_of(people.begin(), people.end(),
                       [&](const Author& known) { return known.name == person.name; });
}

// 【法官说法】: a whole line in lenticular brackets, the way rubrics and sections are printed.
// 〖艺苑杂谈〗 and ［读者热线］ (read as [读者热线] after normalization) are printed the same way.
bool in_lenticular_brackets(std::string_view text) {
    return (starts_with(text, "【") && ends_with(text, "】")) ||
           (starts_with(text, "〖") && ends_with(text, "〗")) ||
           (text.size() > 2 && text.front() == '[' && text.back() == ']' &&
            static_cast<unsigned char>(text[1]) >= 0x80);
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

// 受访专家：李文华 主任医师: a short label, a colon, then what it labels.
bool is_label_note(std::string_view text) {
    constexpr std::size_t max_label_chars = 6;
    const std::string_view label = colon_label(text, max_label_chars);
    const std::size_t colon = label.size();
    return !label.empty() && !trim(text.substr(colon + (text[colon] == ':' ? 1 : 3))).empty();
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
    // 杨怀谦同志生平: the life of the person an obituary page mourns, a piece of its own.
    constexpr std::size_t max_life_label_chars = 12;
    if (char_count(label) <= max_life_label_chars &&
        (ends_with(label, "生平") || ends_with(label, "生平简介") || ends_with(label, "生平簡介")))
        return true;
    // 考生须知, 游客须知: a box of rules for readers.
    if (char_count(label) <= max_box_label_chars &&
        (ends_with(label, "须知") || ends_with(label, "須知")))
        return true;
    // 台胞心声, 群众心声: a box of voices beside the story.
    if (char_count(label) <= max_box_label_chars &&
        (ends_with(label, "心声") || ends_with(label, "心聲")))
        return true;
    // 数说即墨童装, 数读春运: figures about a subject, boxed beside the story.
    constexpr std::size_t max_figures_label_chars = 10;
    if (char_count(label) <= max_figures_label_chars &&
        (starts_with(label, "数说") || starts_with(label, "数读") || starts_with(label, "數說") ||
         starts_with(label, "數讀")))
        return true;
    // 数据看板, 行情看板: a board of figures beside the story.
    if (char_count(label) <= max_box_label_chars && ends_with(label, "看板")) return true;
    // 工程名片, 城市名片: a card of facts about the story's subject.
    if (char_count(label) <= max_box_label_chars && ends_with(label, "名片")) return true;
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
          "医生提醒", "醫生提醒", "数据",       "數據",       "背景",       "背景介绍", "小链接",
          "小鏈接"})
        if (label == word) return true;
    return false;
}

// 记者从市交通局获悉，, 记者近日从…了解到，: the formula of a news lead naming its source.
bool starts_with_source_formula(std::string_view text) {
    // 据日本共同社20日报道，…: a wire item's source named first.
    if (starts_with(text, "据") || starts_with(text, "據")) {
        constexpr std::size_t max_source_bytes = 20 * 3;
        const std::string_view head = text.substr(0, std::min(text.size(), max_source_bytes));
        const std::size_t comma = std::min(head.find("，"), head.find(','));
        if (comma == std::string_view::npos) return false;
        const std::string_view source = head.substr(0, comma);
        return ends_with(source, "报道") || ends_with(source, "報導") ||
               ends_with(source, "报导") || ends_with(source, "消息");
    }
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

// A news lead's opening time: 近日，日前，昨天，今年…，12月1日，.
bool starts_with_news_time(std::string_view text) {
    // (眼下正是…采收季节: "right now" opens a seasonal news item the same way.)
    for (const char* word : {"近日", "日前", "昨天", "昨日", "今天", "今日", "今年", "本月", "截至",
                             "連日", "连日", "近期", "眼下"})
        if (starts_with(text, word)) return true;
    std::size_t i = 0, digits = 0;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9' && digits < 3) ++i, ++digits;
    return digits > 0 && starts_with(text.substr(i), "月");
}

// Where the last `window_bytes` bytes of `text` start: the scans for a bracketed tail
// (…。（下转第二版）, …。（通讯员 X）, …。（编辑：X）) look no further back.
std::size_t tail_window_start(std::string_view text, std::size_t window_bytes) {
    return text.size() - std::min(text.size(), window_bytes);
}

// The first opening parenthesis of `text` starting at a character boundary at or after byte
// `from` (which may fall inside a character), or npos.
std::size_t next_open_paren(std::string_view text, std::size_t from) {
    for (std::size_t i = from; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
        std::size_t length = 0;
        if (is_open_paren(code_point_at(text, i, length))) return i;
    }
    return std::string_view::npos;
}

// 氹仔社區中心辦親子閱讀日 and 親子閱讀日吸引逾百個家庭參加: whether the two share a run of
// `min_chars` Han characters or more.
bool shares_han_run(std::string_view a, std::string_view b, std::size_t min_chars) {
    std::vector<std::string_view> chars_of_a;
    for (std::size_t i = 0, length = 0; i < a.size(); i += length) {
        const char32_t c = code_point_at(a, i, length);
        chars_of_a.push_back(is_han(c) ? a.substr(i, length) : std::string_view());
    }
    for (std::size_t start = 0; start + min_chars <= chars_of_a.size(); ++start) {
        std::string run;
        bool han = true;
        for (std::size_t k = start; k < start + min_chars && han; ++k) {
            han = !chars_of_a[k].empty();
            run.append(chars_of_a[k]);
        }
        if (han && b.find(run) != std::string_view::npos) return true;
    }
    return false;
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

// 公告, 通知, 声明…: the word a notice is titled by.
namespace {
constexpr const char* notice_words[] = {"公告", "通告",   "启事",   "啟事",   "通知",  "通报",
                                        "通報", "声明",   "聲明",   "公示",   "讣告",  "訃告",
                                        "告示", "倡议书", "倡議書", "公开信", "公開信"};
}  // namespace

bool is_notice_word(std::string_view text) {
    for (const char* word : notice_words)
        if (text == word) return true;
    return false;
}

// 国有建设用地使用权挂牌出让公告, 停水通知: a notice's title, ending in its kind.
bool is_notice_title(std::string_view text) {
    for (const char* word : notice_words)
        if (ends_with(text, word)) return true;
    return false;
}

}  // namespace detail
}  // namespace broadsheet

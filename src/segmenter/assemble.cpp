// The article segmenter, passes 2 and 3: lines become items, items become articles.
#include <algorithm>
#include <broadsheet/segmenter.hpp>
#include <utility>

#include "segmenter/byline.hpp"
#include "segmenter/chars.hpp"
#include "segmenter/line_shapes.hpp"
#include "segmenter/segmenter_impl.hpp"

namespace broadsheet {
namespace detail {

namespace {

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

// 林票让林农变股东 then 碳汇让青山变“金山”: parallel section heads (排比), about as long as
// each other, whose words differ but whose linking characters stand at the same places (two
// or more, not the first: headlines of separate briefs often open with the same place name).
bool parallel_heads(std::string_view previous, std::string_view text) {
    constexpr std::size_t min_chars = 5, max_chars = 16, max_length_difference = 2,
                          min_same_places = 2;
    auto han_only = [](std::string_view s) {
        std::vector<char32_t> out;
        for (std::size_t p = 0, length = 0; p < s.size(); p += length) {
            const char32_t c = code_point_at(s, p, length);
            if (is_han(c)) out.push_back(c);
        }
        return out;
    };
    const std::vector<char32_t> a = han_only(previous), b = han_only(text);
    if (a.size() < min_chars || b.size() < min_chars || a.size() > max_chars ||
        b.size() > max_chars || a.size() + max_length_difference < b.size() ||
        b.size() + max_length_difference < a.size() || a.front() == b.front())
        return false;
    std::size_t same = 0;
    for (std::size_t i = 1; i < std::min(a.size(), b.size()); ++i) same += a[i] == b[i];
    return same >= min_same_places;
}

// The bullet (■, ◎) that opens the text, 0 if none.
char32_t leading_mark(std::string_view text) {
    text = trim(text);
    std::size_t length = 0;
    const char32_t first = text.empty() ? 0 : code_point_at(text, 0, length);
    return is_bullet(first) ? first : 0;
}

// ■案情回顾 / ■法院审理 / ■法官说法: the bullet every one of the article's section heads
// opens with, 0 if there are none, they have none or they differ.
char32_t shared_section_mark(const std::vector<Crosshead>& crossheads) {
    if (crossheads.empty()) return 0;
    const char32_t mark = leading_mark(crossheads.front().text);
    for (const Crosshead& head : crossheads)
        if (leading_mark(head.text) != mark) return 0;
    return mark;
}

// The article's byline credits photographs: 文/图, 摄影：X, X 摄.
bool photos_credited(const Article& article) {
    return std::any_of(article.authors.begin(), article.authors.end(), [](const Author& a) {
        return a.role == AuthorRole::photographer || a.role_text.find("图") != std::string::npos ||
               a.role_text.find("圖") != std::string::npos;
    });
}

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

// 从“看热闹”到“练门道” and 从“校园操”到“比赛场”: two heads of as many characters, opening with
// the same character, with the same punctuation at the same places (at least two marks) —
// heads of one series.
bool same_frame_heads(std::string_view a, std::string_view b) {
    if (a == b || a.empty() || b.empty()) return false;
    std::vector<char32_t> ca, cb;
    for (std::size_t p = 0, length = 0; p < a.size(); p += length)
        ca.push_back(code_point_at(a, p, length));
    for (std::size_t p = 0, length = 0; p < b.size(); p += length)
        cb.push_back(code_point_at(b, p, length));
    if (ca.size() != cb.size() || ca.front() != cb.front()) return false;
    std::size_t marks = 0;
    for (std::size_t k = 0; k < ca.size(); ++k) {
        const bool mark_a = !is_han(ca[k]), mark_b = !is_han(cb[k]);
        if (mark_a != mark_b || (mark_a && ca[k] != cb[k])) return false;
        if (mark_a) ++marks;
    }
    constexpr std::size_t min_marks = 2;
    return marks >= min_marks;
}

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

std::size_t SegmenterImpl::usual_paragraph_gap() const {
    // The blank lines most often set before a body line that has any: 1 on most pages, 0 when
    // no body line has one.
    std::size_t counts[4] = {0, 0, 0, 0};
    for (const Line& line : lines_)
        if (line.kind == Kind::body && line.blank_before > 0)
            ++counts[std::min<std::size_t>(line.blank_before, 3)];
    // (counts[0] stays 0: a gap counted at all beats none.)
    std::size_t usual = 0;
    for (std::size_t gap = 1; gap < 4; ++gap)
        if (counts[gap] > counts[usual]) usual = gap;
    return usual;
}

std::size_t SegmenterImpl::aside_box_end(std::size_t first, std::size_t column_gap,
                                         bool titled) const {
    // 知识链接 / text。 / (column gap) / rest of the cut paragraph: a box under a sidebar label,
    // set between two column gaps, whose last line finishes its text; returns the line after
    // the second gap that resumes the text, or 0 when the lines do not make such a box.
    // `titled`: the box's title may stand under its label, set off by a gap of its own.
    constexpr std::size_t max_box_lines = 30;
    std::size_t box_lines = 0, last = first;
    bool heads_only = true;  // only the label and its title so far
    for (std::size_t k = first + 1; k < lines_.size(); ++k) {
        const Line& line = lines_[k];
        if (line.kind == Kind::blank) continue;
        if (line.blank_before >= column_gap) {
            const Line& end = lines_[last];
            // (数据来源：…, the source note under a data box's rows, closes it too.)
            const bool finished = end.terminal || ends_after_sentence(content(end)) ||
                                  is_data_source_note(content(end));
            if (titled && heads_only && last != first && line.kind == Kind::body) {
                heads_only = false;
                ++box_lines;
                last = k;
                continue;
            }
            return finished && last != first && line.kind == Kind::body && !line.verse ? k : 0;
        }
        if (line.kind != Kind::headline) heads_only = false;
        if (++box_lines > max_box_lines) return 0;
        // (相关新闻 / title / 本报讯 …。（记者 X）: a related brief opens with its dateline.)
        if (line.kind != Kind::body && line.kind != Kind::headline && line.kind != Kind::caption &&
            line.kind != Kind::dateline_lead)
            return 0;
        last = k;
    }
    return 0;
}

bool SegmenterImpl::ends_interrupted_text(std::size_t index) const {
    // Where the text a box interrupted ends: a headline run over a byline, a dateline or
    // a lead, or a run of two or more headline lines (a new article's), a jump to another
    // page, or furniture at the page's foot. A single head over plain text is a section's.
    const Line& line = lines_[index];
    if (line.kind == Kind::furniture) return true;
    // (本报讯（记者 X）11月3日，…: a dateline opening its lead on the same line, too.)
    if (line.kind == Kind::byline || line.kind == Kind::dateline ||
        line.kind == Kind::dateline_lead)
        return true;
    if (line.kind != Kind::headline) return false;
    std::size_t heads = 1, next = next_nonblank(index);
    while (next < lines_.size() && lines_[next].kind == Kind::headline) {
        ++heads;
        next = next_nonblank(next);
    }
    if (heads >= 2 || next >= lines_.size()) return true;
    const Kind kind = lines_[next].kind;
    return kind == Kind::byline || kind == Kind::dateline || kind == Kind::dateline_lead;
}

void SegmenterImpl::build_items() {
    std::ptrdiff_t open_paragraph = -1;  // index in items_ of a paragraph that may continue
    std::size_t last_text_line = 0;
    // A box set between the pieces of a cut paragraph (its lines up to `aside_resume`): its
    // items are set aside and placed after the text it interrupted, so
    // the rest joins the cut paragraph and the sections after it stay the article's.
    const std::size_t usual_gap = usual_paragraph_gap();
    const std::size_t column_gap = std::max<std::size_t>(2, usual_gap + 1);
    std::size_t aside_resume = 0, aside_mark = 0, cut_line = 0;
    std::ptrdiff_t aside_open = -1;
    bool place_after_jump = false;
    std::vector<Item> aside;
    auto place_aside = [&] {
        for (Item& item : aside) items_.push_back(std::move(item));
        aside.clear();
    };
    for (std::size_t i = 0; i < lines_.size(); ++i) {
        Line& line = lines_[i];
        if (aside_resume != 0 && i == aside_resume) {
            // The box ends: its items wait; the cut paragraph is open again.
            for (std::size_t k = aside_mark; k < items_.size(); ++k)
                aside.push_back(std::move(items_[k]));
            items_.resize(aside_mark);
            open_paragraph = aside_open;
            last_text_line = cut_line;
            aside_resume = 0;
        } else if (place_after_jump && line.kind != Kind::blank) {
            place_aside();
            place_after_jump = false;
        } else if (!aside.empty() && line.kind != Kind::blank && aside_resume == 0 &&
                   ends_interrupted_text(i)) {
            // (…交通 / （下转第二版）: a jump ends the text, and is the text's.)
            if (line.kind == Kind::furniture && line.has_jump &&
                line.jump.direction == JumpDirection::continued_to)
                place_after_jump = true;
            else
                place_aside();
        }
        // (■ “冷资源”变“热经济” / (column gap) / 延伸阅读 / … / (column gap) / text: a box
        // between a section's head and its text, the head alone after finished text.)
        const std::size_t n = items_.size();
        const bool cut =
            open_paragraph >= 0 && items_[static_cast<std::size_t>(open_paragraph)].open;
        const bool head_waiting =
            n >= 2 && items_[n - 1].type == Item::Type::headline && !items_[n - 1].held &&
            items_[n - 2].type == Item::Type::paragraph && !items_[n - 2].open &&
            !is_sidebar_label(content(lines_[items_[n - 1].line])) &&
            only_blank_between(items_[n - 1].line, i);
        // (…而三年以内的新皮价格变化不大， / 【数据看板】 / title / rows set solid / (blank) /
        // 市场整体呈现…。: after a piece cut at a comma, which must go on, a box set solid under
        // its label ends at the first blank line, column gap or not.)
        // (The cut paragraph's last piece so far.)
        const std::string_view cut_piece =
            cut ? content(
                      lines_[items_[static_cast<std::size_t>(open_paragraph)].piece_lines.back()])
                : std::string_view();
        const bool comma_cut = cut && ends_with_comma(cut_piece);
        // (…记者在现场看到，…翠 / 名词解释 / 翠云廊 / text set solid / (blank) / 云廊沿线…:
        // after a piece cut mid-sentence, a box set solid under its label may end at the
        // first blank line, whatever gap stands before it.)
        const bool cut_mid_sentence = cut && !ends_after_sentence(cut_piece);
        // (…夏天车间里 / 【相关链接】 / title / (blank) / text。 / (blank) / 热得像蒸笼，…: after
        // a piece cut mid-sentence, a box under a label in lenticular brackets, its title set
        // off by a gap, ends at its first finished paragraph, column gap or not.)
        const bool bracketed_box = cut_mid_sentence && !comma_cut && line.blank_before > 0 &&
                                   in_lenticular_brackets(trim(content(line)));
        const std::size_t box_gap =
            line.blank_before >= column_gap
                ? column_gap
                : ((comma_cut || bracketed_box) && line.blank_before > 0 ? 1 : 0);
        if (aside_resume == 0 && line.kind == Kind::headline && (cut || head_waiting) &&
            (box_gap > 0 || (cut_mid_sentence && line.blank_before > 0)) &&
            is_sidebar_label(content(line))) {
            std::size_t resume =
                box_gap > 0 ? aside_box_end(i, box_gap, bracketed_box && box_gap < column_gap) : 0;
            // (…这片林子里生活着 / (column gap) / 知识链接 / title / text set solid / (blank) /
            // 莽山烙铁头蛇、…: so after a column gap too.)
            if (resume == 0 && cut_mid_sentence) resume = aside_box_end(i, 1);
            if (resume != 0) {
                aside_resume = resume;
                aside_mark = items_.size();
                aside_open = open_paragraph;
                cut_line = last_text_line;
            }
        }
        // (数据 / rows set solid / (blank) / the story's next paragraph: a box of rows between
        // finished paragraphs is set aside the same way, the story's text going on after it.)
        if (aside_resume == 0 && line.rows_box_label && !cut && n > 0 &&
            items_[n - 1].type == Item::Type::paragraph) {
            std::size_t end = i + 1;
            while (end < lines_.size() && lines_[end].kind != Kind::blank) ++end;
            if (const std::size_t resume = next_nonblank(end); resume < lines_.size()) {
                aside_resume = resume;
                aside_mark = items_.size();
                aside_open = open_paragraph;
                cut_line = last_text_line;
            }
        }
        switch (line.kind) {
            case Kind::blank:
                continue;
            case Kind::furniture:
                items_.push_back(make_item(Item::Type::furniture, i));
                // (…交通 / （下转第二版）: a jump to another page ends the paragraph here; its
                // rest is there, not in the next block.)
                if (line.has_jump && line.jump.direction == JumpDirection::continued_to)
                    open_paragraph = -1;
                continue;  // does not interrupt a paragraph (column and page breaks)
            case Kind::caption:
                items_.push_back(make_item(Item::Type::caption, i));
                continue;
            case Kind::headline:
                items_.push_back(make_item(Item::Type::headline, i));
                if (open_paragraph >= 0 && items_[static_cast<std::size_t>(open_paragraph)].open &&
                    (headline_inside_paragraph(i) ||
                     // the next line of a held headline block
                     (items_.size() >= 2 && items_[items_.size() - 2].held &&
                      items_[items_.size() - 2].type == Item::Type::headline &&
                      only_blank_between(items_[items_.size() - 2].line, i)))) {
                    items_.back().held = true;  // the paragraph goes on after it
                    continue;
                }
                open_paragraph = -1;
                continue;
            case Kind::byline:
                items_.push_back(make_item(Item::Type::byline, i));
                // The byline set solid under a headline held inside a cut paragraph is held
                // with it: the paragraph goes on after both.
                if (open_paragraph >= 0 && line.blank_before == 0 && items_.size() >= 2 &&
                    items_[items_.size() - 2].type == Item::Type::headline &&
                    items_[items_.size() - 2].held && items_[items_.size() - 2].line + 1 == i &&
                    !line.parse.authors.empty()) {
                    items_.back().held = true;
                    continue;
                }
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
        // （上接01版）的游客…: the marker comes first and opens a story of its own.
        const bool continued_story = line.has_jump &&
                                     line.jump.direction == JumpDirection::continued_from &&
                                     line.jump.span.end <= line.begin;
        if (continued_story) {
            items_.push_back(make_item(Item::Type::furniture, i));
            open_paragraph = -1;
        }
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
                // (Where blank lines set paragraphs apart, a line set solid under a finished one
                // goes on with it: …腾格里沙漠边缘。 / 这里是中卫西部云基地，…)
                const bool blank_set = hard_wrapped_ && blank_between_paragraphs_;
                // (…致富路○” short of the width, then 据了解，… unindented: a paragraph whose
                // indent the extractor lost opens under a short finished line.)
                // (Short: under four fifths of the width; lines of a page wrapped by
                // pdftotext vary by a character or two.)
                const bool short_finished =
                    finished && wrap_width_ > 0 && width_of(last) * 5 < wrap_width_ * 4;
                join = indent_paragraphs_ ? !indented && !short_finished
                                          : (!finished || full || quote_then_speaker || blank_set);
                if (full && last.terminal && !indent_paragraphs_) open_join_guessed = true;
            } else {
                // Column or page break: unfinished text continues in the next body block.
                join = !last.terminal && !(indent_paragraphs_ && indented);
                // …为候鸟提供食物; / (page number) / 同时在核心区…: where paragraphs open indented,
                // an unindented piece after a clause closed by a semicolon goes on with it.
                const Tail last_tail = tail_of(content(last));
                if (!join && indent_paragraphs_ && !indented && line.indent == 0 &&
                    last_tail.count > 0 && (last_tail.last[0] == U'；' || last_tail.last[0] == ';'))
                    join = true;
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
            const Item& open = items_[static_cast<std::size_t>(open_paragraph)];
            const std::string_view above = content(lines_[open.piece_lines.back()]);
            if (ends_with(above, "：") || ends_with(above, ":")) join = false;
            // (一、秧苗移栽后…，水层 / 以不淹没秧心为宜。 / 二、…: the item above wrapped to a
            // second line that ended its sentence.)
            const bool item_above =
                starts_with_enumerator(above) ||
                starts_with_enumerator(content(lines_[open.piece_lines.front()]));
            if (!bulleted_item && item_above && ends_after_sentence(above)) join = false;
        }
        // 重点抓好以下几个方面： / 一是持续推进…: points counted 一是, 二是 after a colon too;
        // 现答复如下： / 市交通运输局答复：经排查…: and a piece opening with a short label of
        // its own and a colon (who answers, a field of a notice).
        if (join && line.kind == Kind::body) {
            const std::string_view text = content(line);
            std::size_t length = 0;
            const char32_t first = text.empty() ? 0 : code_point_at(text, 0, length);
            constexpr std::size_t max_label_chars = 10;
            const std::string_view label = colon_label(text, max_label_chars);
            const bool labelled = !label.empty() && all_han(label);
            if ((is_han_numeral(first) && starts_with(text.substr(length), "是")) || labelled) {
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
        if ((line.has_jump && !continued_story) || !line.trailer.empty())
            items_.push_back(make_item(Item::Type::furniture, i));
        if (line.credit_begin) {
            items_.push_back(make_item(Item::Type::credit, i));
            items_.back().pieces.push_back(Span{line.credit_begin, line.end});
            open_paragraph = -1;
        }
        if (!line.glued_caption.empty()) {
            items_.push_back(make_item(Item::Type::caption, i));
            items_.back().pieces.push_back(line.glued_caption);
        }
    }
    place_aside();
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
                                  double confidence, const char* rule) {
    for (std::size_t index : group) {
        const Line& line = lines_[index];
        const Span span{line.begin, line.end};
        page_.articles[article].headlines.push_back(
            {original_text(span), HeadlineRole::title, span, confidence});
        set_line(index, LineClass::headline, static_cast<std::ptrdiff_t>(article), rule);
    }
}

void SegmenterImpl::note_unsure_lines(std::size_t first, std::size_t last, const char* message) {
    page_.diagnostics.push_back({DiagnosticCode::low_confidence, Severity::info,
                                 map(Span{lines_[first].begin, lines_[last].end}), message});
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
        if ((!lines_[index].verse && !lines_[index].stanza) || lines_[index].record)
            state_[article].prose = true;
    }
    if (!item.piece_lines.empty()) state_[article].last_body_line = item.piece_lines.back();
}

// 證，切勿透露…報案。 / … / 新西蘭央行… / … / 陳偉明提醒，…向家人或警方求 / next headline:
// text before the page's first headline, with no lead, is the end of the one article whose
// text stops unfinished right before a headline (its last column printed first). With no
// such article, or several, the text stays unplaced.
void SegmenterImpl::place_page_opening_text() {
    if (page_opening_text_.empty()) return;
    std::ptrdiff_t cut = -1;
    std::size_t candidates = 0;
    for (std::size_t i = 0; i < page_.articles.size(); ++i) {
        const Article& a = page_.articles[i];
        const std::size_t last = state_[i].last_body_line;
        if (a.paragraphs.empty() || !a.jumps.empty() || last >= lines_.size() ||
            lines_[last].terminal || lines_[last].verse || lines_[last].has_jump ||
            lines_[last].record)
            continue;
        // Right before a headline: the next line with text heads another item.
        std::size_t next = last + 1;
        while (next < lines_.size() && lines_[next].kind == Kind::blank) ++next;
        if (next >= lines_.size() || lines_[next].kind != Kind::headline) continue;
        ++candidates;
        cut = static_cast<std::ptrdiff_t>(i);
    }
    // (Only text whose lines are wholly its own: a credit or a jump cut from a line's end
    // goes with the line, unplaced.)
    const bool whole_lines =
        std::all_of(page_opening_text_.begin(), page_opening_text_.end(), [&](const Item& item) {
            return std::all_of(
                item.piece_lines.begin(), item.piece_lines.end(), [&](std::size_t l) {
                    const std::string_view text = content(lines_[l]);
                    const std::size_t begin = static_cast<std::size_t>(text.data() - text_.data());
                    return !lines_[l].has_jump && !lines_[l].credit_begin &&
                           std::any_of(item.pieces.begin(), item.pieces.end(), [&](Span piece) {
                               return piece.begin <= begin && piece.end >= begin + text.size();
                           });
                });
        });
    if (candidates == 1 && whole_lines) {
        const std::size_t article = static_cast<std::size_t>(cut);
        Paragraph& last = page_.articles[article].paragraphs.back();
        const Item& first = page_opening_text_.front();
        last.spans.insert(last.spans.end(), first.pieces.begin(), first.pieces.end());
        last.confidence = std::min(last.confidence, 0.5);
        for (std::size_t l : first.piece_lines)
            set_line(l, LineClass::body, static_cast<std::ptrdiff_t>(article),
                     "text before the page's first headline: the end of the article cut "
                     "unfinished further down");
        for (std::size_t k = 1; k < page_opening_text_.size(); ++k)
            add_paragraph(article, page_opening_text_[k]);
        page_.diagnostics.push_back({DiagnosticCode::reading_order_repaired, Severity::info,
                                     map(first.pieces.front()),
                                     "text before the page's first headline joined to the one "
                                     "article cut unfinished before a headline"});
    } else {
        for (const Item& item : page_opening_text_)
            for (std::size_t l : item.piece_lines)
                unplace(l, "body text before the first headline or byline");
    }
    page_opening_text_.clear();
}

// 全力冲刺“双过半”—— / … / 术改造和数字化转型。… / 本报讯（记者 X）… / …推动企业开展技 /
// next headline: the article's later column was printed between its headline and its lead.
// Its paragraphs go after the text, the first joined to the cut one at the text's end.
namespace {

// The rest of a cut paragraph joined to its first piece: its pieces follow, the join a guess.
void append_rest(Paragraph& head, const Paragraph& rest) {
    constexpr double guessed_join_confidence = 0.5;
    head.spans.insert(head.spans.end(), rest.spans.begin(), rest.spans.end());
    head.confidence = std::min({head.confidence, rest.confidence, guessed_join_confidence});
}

}  // namespace

void SegmenterImpl::place_later_columns(std::size_t article) {
    Article& a = page_.articles[article];
    const std::size_t later = state_[article].later_column_paragraphs;
    if (later == 0 || a.paragraphs.size() <= later) return;
    auto& paragraphs = a.paragraphs;
    std::rotate(paragraphs.begin(), paragraphs.begin() + static_cast<std::ptrdiff_t>(later),
                paragraphs.end());
    const std::size_t cut = paragraphs.size() - later - 1;  // the text's last paragraph
    Paragraph& rest = paragraphs[cut + 1];
    Paragraph& head = paragraphs[cut];
    const Span first_back = rest.spans.front();  // the first piece before its predecessor
    append_rest(head, rest);
    paragraphs.erase(paragraphs.begin() + static_cast<std::ptrdiff_t>(cut + 1));
    // Crossheads came with the text after the lead.
    for (Crosshead& c : a.crossheads) c.paragraph_index -= std::min(c.paragraph_index, later);
    page_.diagnostics.push_back(
        {DiagnosticCode::reading_order_repaired, Severity::info, map(first_back),
         "text between an article's headline and its lead read as a "
         "later column printed first, placed after the text and joined to its cut last "
         "paragraph"});
}

void SegmenterImpl::place_rests_after_short_items() {
    // The article's last paragraph stops after a comma, so it must go on somewhere; not where
    // the article jumps to another page (its rest is there).
    auto cut_after_comma = [&](const Article& a) {
        if (a.paragraphs.empty() || a.paragraphs.back().spans.empty() || !a.jumps.empty())
            return false;
        const Span cut = a.paragraphs.back().spans.back();
        return ends_with_comma(trim(std::string_view(text_).substr(cut.begin, cut.size())));
    };
    // `from`'s paragraphs from `first` on go to `a`: the first is the rest of a's cut
    // paragraph, those after it a's next paragraphs.
    auto take_rest = [&](Article& a, std::vector<Paragraph>& from, std::size_t first,
                         const char* reason) {
        page_.diagnostics.push_back({DiagnosticCode::reading_order_repaired, Severity::info,
                                     map(from[first].spans.front()), reason});
        append_rest(a.paragraphs.back(), from[first]);
        for (std::size_t k = first + 1; k < from.size(); ++k)
            a.paragraphs.push_back(std::move(from[k]));
        from.resize(first);
    };
    // …菠萝纤维等深加工产品， / 徐闻港新增一条航线 / 南方日报讯（记者/X）…。 / 推动菠萝产业从…
    // 转变。: a paragraph cut after a comma must go on, and a whole short item opened by its
    // dateline may stand between its pieces; the text after the item's finished lead is the
    // cut paragraph's rest (and what follows it, the article's), not the item's.
    for (std::size_t i = 0; i + 1 < page_.articles.size(); ++i) {
        Article& a = page_.articles[i];
        Article& b = page_.articles[i + 1];
        if (!b.has_dateline || b.paragraphs.size() < 2 || !b.crossheads.empty() ||
            b.paragraphs[0].spans.empty() || b.paragraphs[1].spans.empty() || !cut_after_comma(a))
            continue;
        const Span lead = b.paragraphs[0].spans.back();
        if (!ends_with_terminal(trim(std::string_view(text_).substr(lead.begin, lead.size()))) ||
            b.paragraphs[1].spans.front().begin < lead.end)
            continue;
        take_rest(a, b.paragraphs, 1,
                  "text after a short item's lead read as the rest of the paragraph above the "
                  "item, cut after a comma");
    }
    // …为帮助企业拓展销售渠道， / 数说即墨童装 / 童装生产企业5600余家，… / 年产童装5亿件左右，
    // …。 / … / 区里还与多家电商平台合作，…: a box of short one-sentence rows under a short
    // title, printed between the pieces of a paragraph cut after a comma: the first
    // paragraph after the rows is the rest (and what follows it, the article's).
    constexpr std::size_t min_rows = 2, max_row_chars = 30, max_box_title_chars = 10;
    auto one_short_sentence = [&](const Paragraph& p) {
        if (p.spans.size() != 1) return false;
        const std::string_view text =
            trim(std::string_view(text_).substr(p.spans.front().begin, p.spans.front().size()));
        const std::size_t chars = char_count(text);
        return chars <= max_row_chars && ends_with_terminal(text) && no_sentence_end_inside(text);
    };
    for (std::size_t i = 0; i + 1 < page_.articles.size(); ++i) {
        Article& a = page_.articles[i];
        Article& b = page_.articles[i + 1];
        if (b.headlines.size() != 1 || b.has_dateline || !b.authors.empty() ||
            !b.byline_spans.empty() || !b.crossheads.empty() || !b.jumps.empty() ||
            char_count(b.headlines.front().text) > max_box_title_chars || !cut_after_comma(a))
            continue;
        std::size_t rows = 0;
        while (rows < b.paragraphs.size() && one_short_sentence(b.paragraphs[rows])) ++rows;
        if (rows < min_rows || rows >= b.paragraphs.size()) continue;
        take_rest(a, b.paragraphs, rows,
                  "text after a titled box of short rows read as the rest of the paragraph above "
                  "the box, cut after a comma");
    }
    // …农户怎么分享产业链的收益， / 华桥乡举办春季招聘会 / text / （通讯员 X） / 每批次利润有
    // 保底，…: after a whole item closed by its end credit, text with no headline of its own
    // (an item of nothing but paragraphs) is the rest of the cut paragraph above the item.
    for (std::size_t i = 0; i + 2 < page_.articles.size(); ++i) {
        Article& a = page_.articles[i];
        const Article& b = page_.articles[i + 1];
        Article& c = page_.articles[i + 2];
        if (b.headlines.empty() || b.paragraphs.empty() || b.credit_spans.empty() ||
            !c.headlines.empty() || c.paragraphs.empty() || !c.authors.empty() || c.has_dateline ||
            !c.crossheads.empty() || !c.jumps.empty() || c.paragraphs.front().spans.empty() ||
            c.paragraphs.front().spans.front().begin < b.credit_spans.back().end ||
            !cut_after_comma(a))
            continue;
        take_rest(a, c.paragraphs, 0,
                  "text without a headline after an item closed by its credit read as the rest "
                  "of the paragraph above the item, cut after a comma");
        for (Caption& caption : c.captions) a.captions.push_back(std::move(caption));
        page_.articles.erase(page_.articles.begin() + static_cast<std::ptrdiff_t>(i + 2));
        state_.erase(state_.begin() + static_cast<std::ptrdiff_t>(i + 2));
        // The lines keep pointing at their article (explain mode): the rest's go to the first.
        const auto removed = static_cast<std::ptrdiff_t>(i + 2);
        for (Line& line : lines_) {
            if (line.article == removed)
                line.article = static_cast<std::ptrdiff_t>(i);
            else if (line.article > removed)
                --line.article;
        }
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
    // (A data box, rows and no prose, is no feature: 今年前8月主要港口集装箱吞吐量 / rows /
    // 冷链物流标准体系加快完善 / text / （本报记者 X 整理）: the credit signs the item after it.)
    auto box_only = [&](std::size_t i) {
        const auto& paragraphs = page_.articles[i].paragraphs;
        if (paragraphs.empty()) return false;
        for (const Paragraph& p : paragraphs) {
            // The line the paragraph's first piece starts (lines are in text order).
            const auto line =
                std::lower_bound(lines_.begin(), lines_.end(), p.spans.front().begin,
                                 [](const Line& l, std::size_t at) { return l.end < at; });
            if (line == lines_.end() || !line->record) return false;
        }
        return true;
    };
    while (first < last && box_only(first)) ++first;
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
    // (烦恼之一：买不到好种苗 / 烦恼之二：信息不灵: heads numbered as a series are sections
    // however long they run.)
    bool series = last >= first + 2;
    for (std::size_t i = first + 1; i <= last && series; ++i) {
        const auto& heads = page_.articles[i].headlines;
        series = heads.size() == 1 &&
                 (i == first + 1 ? styled_as_numbered_section(heads.front().text)
                                 : next_in_series(page_.articles[i - 1].headlines.front().text,
                                                  heads.front().text));
    }
    for (std::size_t i = first + 1; i <= last; ++i) {
        const Article& a = page_.articles[i];
        if (a.headlines.size() != 1 || !a.crossheads.empty()) return last;
        const std::size_t chars = char_count(a.headlines.front().text);
        // Section headings are visibly shorter than the title they serve (at most 4/5 of it).
        if (!series && (chars > max_section_heading_chars || chars * 5 > title_chars * 4))
            return last;
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
    // A line of text read as the current article's photo caption (no credit of its own).
    auto take_caption = [&](std::size_t line_index, const char* rule) {
        Caption caption;
        caption.span = Span{lines_[line_index].begin, lines_[line_index].end};
        caption.confidence = 0.5;
        article_ref().captions.push_back(std::move(caption));
        set_line(line_index, LineClass::caption, current, rule);
    };

    // What a pending headline group is, decided by the item that follows it.
    std::size_t next_index = 0;
    // The next item other than captions and furniture is a headline, or the page ends.
    // The next headline or the page's end comes next, past captions and furniture (and with
    // `past_nameless_credits`, notes that name nobody: （作者单位：浙江图书馆）).
    // The first headline held inside a cut paragraph (all its lines, blank lines between
    // them at most) becomes the headline of `article`, which opened without one.
    // Whether the lead at item `k` is the current article's own, the text between its
    // headline and the lead being a later column printed first: the article has a headline
    // and unsigned, finished text only, and from the lead on its text runs, with no byline
    // or credit, to a paragraph cut unfinished right before the next headline.
    auto later_column_before_lead = [&](std::size_t k) {
        if (current < 0) return false;
        const Article& a = article_ref();
        const State& s = state_[static_cast<std::size_t>(current)];
        if (a.headlines.empty() || !a.authors.empty() || a.has_dateline || a.paragraphs.empty() ||
            !a.crossheads.empty() || s.closed || s.displaced || s.has_byline ||
            s.later_column_paragraphs > 0 || !a.jumps.empty())
            return false;
        constexpr std::size_t max_items = 40;  // bounded look-ahead keeps the pass linear
        std::ptrdiff_t last_paragraph = -1;
        for (std::size_t m = k; m < items_.size() && m < k + max_items; ++m) {
            const Item& it = items_[m];
            if (it.type == Item::Type::caption || it.type == Item::Type::furniture) continue;
            if (it.type == Item::Type::paragraph && (m == k || !it.lead)) {
                last_paragraph = static_cast<std::ptrdiff_t>(m);
                continue;
            }
            if (it.type != Item::Type::headline || last_paragraph < 0) return false;
            const Item& cut = items_[static_cast<std::size_t>(last_paragraph)];
            const std::size_t last_line =
                cut.piece_lines.empty() ? cut.line : cut.piece_lines.back();
            return !lines_[last_line].terminal && !lines_[last_line].verse &&
                   !lines_[last_line].has_jump;
        }
        return false;
    };
    auto attach_held_headline = [&](std::size_t article) {
        if (held_headlines_.empty()) return;
        std::vector<std::size_t> lines{held_headlines_.front()};
        held_headlines_.erase(held_headlines_.begin());
        while (!held_headlines_.empty() &&
               only_blank_between(lines.back(), held_headlines_.front())) {
            lines.push_back(held_headlines_.front());
            held_headlines_.erase(held_headlines_.begin());
        }
        add_headlines(article, lines, 0.5,
                      "headline printed inside a paragraph cut by a column break: the headline "
                      "of the next article that opens without one");
        note_unsure_lines(
            lines.front(), lines.back(),
            "headline found inside another article's paragraph; attached to the next article "
            "without a headline");
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
    // Whether an item after `k` opens an article before the next headline: a lead, a
    // dateline, or a byline over text (a byline over a headline or the page's end signs
    // what is above it).
    auto held_article_opens_later = [&](std::size_t k) {
        constexpr std::size_t max_items = 40;  // bounded look-ahead keeps the pass linear
        for (std::size_t m = k + 1; m < items_.size() && m <= k + max_items; ++m) {
            const Item& it = items_[m];
            if (it.type == Item::Type::headline) return false;
            if (it.type == Item::Type::dateline || (it.type == Item::Type::paragraph && it.lead))
                return true;
            if (it.type == Item::Type::byline && !headline_follows(m + 1, true)) return true;
        }
        // (The page's end reached: nothing opens an article later. Too far to tell: leave
        // the text where it is.)
        return k + max_items < items_.size();
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
    // 桃花江畔听竹声 / its paragraphs / 盛 安 / （作者为益阳市文联主席） / the next headline:
    // text closed by the signature of someone the article above does not name is a signed
    // piece of its own, so the line over it is its headline, not a section head.
    auto other_signature_closes = [&](std::size_t from, const std::vector<Author>& named) {
        constexpr std::size_t max_items = 40;  // bounded look-ahead keeps the pass linear
        auto strangers = [&](const std::vector<Author>& people) {
            return !people.empty() &&
                   std::none_of(people.begin(), people.end(),
                                [&](const Author& p) { return names(named, p); });
        };
        std::size_t paragraphs = 0;
        for (std::size_t k = from; k < items_.size() && k < from + max_items; ++k) {
            const Item& it = items_[k];
            switch (it.type) {
                case Item::Type::paragraph:
                    if (it.lead) return false;
                    ++paragraphs;
                    break;
                case Item::Type::caption:
                case Item::Type::furniture:
                    break;
                // (一、用好数据 / … / 二、…: the signed piece may have numbered sections.)
                case Item::Type::headline:
                    if (paragraphs == 0 || !styled_as_numbered_section(content(lines_[it.line])))
                        return false;
                    break;
                // (A bare name or 作者：X signs; 本报记者 X and （…参与采写） credit helpers of the
                // same story; （作者为…） names the writer.)
                case Item::Type::byline: {
                    const auto& people = lines_[it.line].parse.authors;
                    return paragraphs > 0 && strangers(people) &&
                           std::all_of(people.begin(), people.end(),
                                       [](const Author& p) {
                                           return p.role_text.empty() || p.role_text == "作者";
                                       }) &&
                           headline_follows(k + 1, true);
                }
                // (（巩义市自然资源和规划局） alone after the section's text: the unit that
                // supplied it signs an item of its own.)
                case Item::Type::credit:
                    if (paragraphs > 0 && it.pieces.empty() && credit_of(it).authors.empty() &&
                        content(lines_[it.line]).find("作者") == std::string_view::npos &&
                        headline_follows(k + 1, true))
                        return true;
                    // (（記者鍾文華） after it, the reporter the article's byline already names:
                    // a credit repeats no byline, so it signs a brief of its own by the same
                    // reporter; helpers' credits (参与采写, 整理) name others.)
                    if (paragraphs > 0 && it.pieces.empty() && !named.empty() &&
                        !credit_of(it).authors.empty() &&
                        std::all_of(credit_of(it).authors.begin(), credit_of(it).authors.end(),
                                    [&](const Author& p) { return names(named, p); }) &&
                        [&] {
                            for (std::size_t m = k + 1; m < items_.size(); ++m)
                                if (items_[m].type != Item::Type::furniture &&
                                    items_[m].type != Item::Type::caption)
                                    return items_[m].type == Item::Type::headline;
                            return true;
                        }())
                        return true;
                    return paragraphs > 0 && it.pieces.empty() &&
                           strangers(credit_of(it).authors) &&
                           content(lines_[it.line]).find("作者") != std::string_view::npos &&
                           !lines_[it.line].credit_is_source && headline_follows(k + 1, true);
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
    // 扩产能：新生产线陆续投产 / … / 强品牌：抱团打响“靖宇水”: further on in the article,
    // before any byline or dateline, another head opening with a label of as many characters
    // and a colon: the heads are a series of sections.
    auto colon_sibling_follows = [&](std::size_t from, std::size_t line) {
        constexpr std::size_t max_items = 40, max_label_chars = 4;
        const std::string_view label = colon_label(content(lines_[line]), max_label_chars);
        if (label.empty() || !all_han(label)) return false;
        std::size_t paragraphs = 0;
        for (std::size_t k = from; k < items_.size() && k < from + max_items; ++k) {
            const Item& it = items_[k];
            if (it.type == Item::Type::paragraph) {
                if (it.lead) return false;
                ++paragraphs;
            } else if (it.type == Item::Type::headline) {
                const std::string_view other =
                    colon_label(content(lines_[it.line]), max_label_chars);
                if (paragraphs > 0 && !other.empty() && all_han(other) &&
                    char_count(other) == char_count(label))
                    return true;
            } else if (it.type != Item::Type::caption && it.type != Item::Type::furniture) {
                return false;
            }
        }
        return false;
    };
    // 罗晓燕 / （作者单位：华中师范大学…）: the writer's unit in brackets right under a name
    // closes the piece the name signs, whatever follows.
    auto writer_unit_follows = [&](std::size_t from) {
        if (from >= items_.size() || items_[from].type != Item::Type::credit ||
            !items_[from].pieces.empty())
            return false;
        const std::string_view credit = content(lines_[items_[from].line]);
        return starts_with(credit, "（作者") || starts_with(credit, "(作者");
    };
    // （本报记者 X参与采写）, （…记者 X对本文亦有贡献）: a reporter who helped with the whole
    // story, no signer of a section.
    auto contributes = [](std::string_view credit) {
        for (const char* word : {"参与", "參與", "亦有贡献", "亦有貢獻"})
            if (credit.find(word) != std::string_view::npos) return true;
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
                // (A run-in brief, its title opening its text, starts an item of its own:
                // the credit closing it signs that brief, not the text before it.)
                if (paragraphs > 0 && !it.pieces.empty() && lines_[it.line].run_in_brief)
                    return false;
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
                    if (contributes(credit_text(it))) return false;
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
                    state_[static_cast<std::size_t>(current)].has_byline && !contributes(credit)) {
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
            // (A note naming nobody may close it: （汕尾市生态环境局供稿）.)
            if (headline_follows(from + 1, true)) return true;
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
            const std::string_view label = colon_label(text, max_label_chars);
            if (label.empty()) break;
            const std::string_view ranks = text.substr(label.size());
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
                // (宣威火腿（两年陈，整只）：每公斤98元…: a product named with its grade in
                // brackets makes a longer label.)
                constexpr std::size_t max_product_label_chars = 14;
                if (char_count(text) > max_record_chars ||
                    colon_label(text, max_product_label_chars).empty() || !has_ascii_digit(text))
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
            if (line.chars > max_record_chars || colon_label(text, max_label_chars).empty()) break;
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
        // Whether a headline line styled like `styled` stands within the next lines.
        auto styled_sibling_follows = [&](auto styled) {
            constexpr std::size_t max_sibling_distance = 60;  // lines
            for (std::size_t l = group.back() + 1;
                 l < lines_.size() && l <= group.back() + max_sibling_distance; ++l)
                if (lines_[l].kind == Kind::headline && styled(content(lines_[l]))) return true;
            return false;
        };
        const bool bracketed_last = group.size() >= 2 &&
                                    in_lenticular_brackets(content(lines_[group.back()])) &&
                                    !in_lenticular_brackets(content(lines_[group.front()])) &&
                                    styled_sibling_follows([](std::string_view text) {
                                        return in_lenticular_brackets(text);
                                    });
        // (…标题 / ▍一块黑板的故事 … ▍接力棒传到00后手里: the same for a head opened by a
        // bullet that opens a later head too.)
        const char32_t last_mark = leading_mark(content(lines_[group.back()]));
        const bool marked_last = group.size() >= 2 && last_mark != 0 &&
                                 leading_mark(content(lines_[group.front()])) != last_mark &&
                                 styled_sibling_follows([&](std::string_view text) {
                                     return leading_mark(text) == last_mark;
                                 });
        // 賽果 / (blank) / 港超聯第五輪 set solid on its result lines: the group's name is the
        // box's first section, not a line of its title. (Under a sidebar's label, 数据 /
        // 国庆档票房前五影片 / rows, the line is the box's title.)
        const std::size_t last_line = group.back();
        const bool group_name_last =
            group.size() >= 2 && lines_[last_line].blank_before > 0 &&
            !is_sidebar_label(content(lines_[group.front()])) && last_line + 2 < lines_.size() &&
            lines_[last_line + 1].record && lines_[last_line + 1].blank_before == 0 &&
            lines_[last_line + 2].record;
        // 简约公屋下月接受申请 / 哪些人可以申请？ (one of a series of questions): the first
        // section.
        if (first_section == group.size() && group.size() >= 2 &&
            (lines_[group.back()].question_series ||
             (styled_as_numbered_section(content(lines_[group.back()])) &&
              !styled_as_numbered_section(content(lines_[group.front()]))) ||
             bracketed_last || marked_last || group_name_last))
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
        // 桐城派文献整理取得新进展 / （上接第一版） / text: a headline over a jump marker from
        // another page heads the story continued here, never a section of the article above.
        {
            const std::size_t below = next_nonblank(group.back());
            if (current >= 0 && below < lines_.size() && lines_[below].has_jump &&
                lines_[below].jump.direction == JumpDirection::continued_from &&
                !article_ref().paragraphs.empty())
                current = -1;
        }
        const bool next_starts =
            next && (next->type == Item::Type::byline || next->type == Item::Type::dateline ||
                     (next->type == Item::Type::paragraph && next->lead));
        if (current >= 0 && !limit_hit_) {
            Article& a = article_ref();
            State& s = state_[static_cast<std::size_t>(current)];
            // 一、… / text / 二、我县…的实践探索 / （一）把红色旧址变成“教室” / text: the next
            // numbered head and the first of its sub-heads set solid together go on with the
            // article's series: both are its section heads.
            if (group.size() == 2 && !s.closed && !a.paragraphs.empty() && !a.crossheads.empty() &&
                next_in_series(a.crossheads.back().text, content(lines_[group[0]])) &&
                opens_numbered_series(content(lines_[group[1]])) &&
                !opens_numbered_series(content(lines_[group[0]]))) {
                for (std::size_t l : group) {
                    const Span span{lines_[l].begin, lines_[l].end};
                    a.crossheads.push_back({original_text(span), span, a.paragraphs.size(), 0.7});
                    set_line(l, LineClass::crosshead, current,
                             "the next numbered head and its first sub-head set solid: "
                             "crossheads");
                }
                group.clear();
                return;
            }
            if (a.paragraphs.empty() && !s.has_byline && !a.has_dateline) {
                // A headline block interrupted by furniture or a caption: same article.
                add_headlines(static_cast<std::size_t>(current), group, 0.8,
                              "more headline lines before the body");
                group.clear();
                return;
            }
            // 文：黃詠琳 圖：李卓賢 / 石澳漁村 百年茶檔的堅持 / text: a byline printed over its
            // headline; the headline is the article's, which has no text yet.
            // (工匠风采 / 文/本报记者 X 图/通讯员 Y / title / text: a column's short label over
            // the byline is no title; the title under the byline is the article's still.)
            // (The label right over the byline, the title a blank line under it, longer, and
            // not set solid on lines of verse; not under an end credit in brackets.)
            constexpr std::size_t max_label_chars = 8, min_title_margin = 3;
            const bool label_only = [&] {
                if (a.headlines.size() != 1) return false;
                const std::size_t label_chars = char_count(label_words(a.headlines.front().text));
                const std::size_t byline = prev_nonblank(group[0]);
                if (label_chars > max_label_chars || byline >= lines_.size() ||
                    lines_[byline].kind != Kind::byline || bracketed(content(lines_[byline])))
                    return false;
                const std::size_t label = prev_nonblank(byline);
                const std::size_t after = group.back() + 1;
                return label < lines_.size() && lines_[label].kind == Kind::headline &&
                       original_text(Span{lines_[label].begin, lines_[label].end}) ==
                           a.headlines.front().text &&
                       lines_[group[0]].blank_before > 0 &&
                       lines_[group[0]].chars >= label_chars + min_title_margin &&
                       (hard_wrapped_ || after >= lines_.size() ||
                        lines_[after].kind == Kind::blank);
            }();
            if (a.paragraphs.empty() && (a.headlines.empty() || label_only) && s.has_byline &&
                !s.closed && !a.has_dateline && !next_starts && next &&
                next->type == Item::Type::paragraph) {
                const std::vector<std::size_t> sections = take_sections();
                add_headlines(static_cast<std::size_t>(current), group, 0.7,
                              "headline under a byline printed over it, before the text");
                add_sections(sections);
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
            // “三街两巷”夜游人气旺 / 记者 X 通讯员 Y / 邕江两岸夜景提升 / lead: one plain
            // short line between an article's byline and its first text is a line of its
            // headline printed under the byline (a headline and byline with no body is no
            // article); a numbered or bracketed one heads the first section.
            if (!next_starts && next && next->type == Item::Type::paragraph &&
                !a.headlines.empty() && a.headlines.size() <= 2 && a.paragraphs.empty() &&
                a.crossheads.empty() && !s.closed && s.has_byline && !a.has_dateline &&
                group.size() == 1) {
                // (Not a short label or a name (案情回顾, 曹紫涵), a heading with sibling heads
                // further on (手把手地教 … 心贴心地帮), or a poem's first line set solid on
                // its next.)
                constexpr std::size_t min_headline_chars = 6;
                const std::size_t line_index = group[0];
                const std::string_view line_text = content(lines_[line_index]);
                const bool set_solid_on_text = !hard_wrapped_ && line_index + 1 < lines_.size() &&
                                               lines_[line_index + 1].kind != Kind::blank;
                if (lines_[line_index].chars >= min_headline_chars &&
                    !styled_as_numbered_section(line_text) && !bracketed(line_text) &&
                    !lines_[line_index].question_series && !is_sidebar_label(line_text) &&
                    !set_solid_on_text &&
                    // (A kicker's closing dash says what it is: 年末车市促销升温——.)
                    (ends_with(line_text, "——") || !sibling_head_follows(next_index, line_index)) &&
                    !short_item_follows(next_index)) {
                    add_headlines(static_cast<std::size_t>(current), group, 0.5,
                                  "one short line between an article's byline and its text: a "
                                  "line of its headline printed under the byline");
                    note_unsure_lines(
                        group.front(), group.back(),
                        "headline line printed under its article's byline; attached to that "
                        "article's headline");
                    group.clear();
                    return;
                }
            }
            if (!next_starts && next && next->type == Item::Type::paragraph) {
                // (Not when the text under the headline is signed as an item of its own:
                // 金秋柑橘俏销 / its text / 周敏 摄 is photo news after a headless brief.)
                // (【街坊有事】 / byline / lead / 加装电梯“最后一票”: a column name in brackets
                // over the byline is no title; the title still comes.)
                const bool column_name_only = a.headlines.size() == 1 &&
                                              in_lenticular_brackets(a.headlines.front().text) &&
                                              !s.displaced;
                // (本报营口7月8日电（记者 X）… / （一）海关通关时间压缩: the first of a numbered
                // series under a headless dateline item heads its first section.)
                const bool numbered_first =
                    group.size() == 1 &&
                    ((a.crossheads.empty() && opens_numbered_series(content(lines_[group[0]]))) ||
                     (!a.crossheads.empty() && next_in_series(std::string_view(text_).substr(
                                                                  a.crossheads.back().span.begin,
                                                                  a.crossheads.back().span.size()),
                                                              content(lines_[group[0]]))));
                if ((a.headlines.empty() || column_name_only) && !s.closed && !s.labelled_brief &&
                    a.paragraphs.size() <= 2 && (s.has_byline || a.has_dateline) &&
                    !short_item_follows(next_index) && !numbered_first) {
                    // Reading-order damage: byline and lead printed before their headline.
                    std::vector<std::size_t> sections = take_sections();
                    // 小将绝杀 山城逆转领头羊 / 下半场换人见效 / … / 争冠悬念延续: a short
                    // last line like the one-line heads further on is the first of them.
                    if (sections.empty() && group.size() >= 2 &&
                        sibling_head_follows(next_index, group.back())) {
                        sections.push_back(group.back());
                        group.pop_back();
                    }
                    add_headlines(static_cast<std::size_t>(current), group, 0.6,
                                  "headline after an article's byline and lead, before its "
                                  "body: its displaced headline");
                    add_sections(sections);
                    note_unsure_lines(
                        group.front(), group.back(),
                        "headline printed after its article's byline and lead; attached to "
                        "that article");
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
                // (【“一次申报”少跑腿】 set off by blank lines in a bylined report: its section
                // head all the same.)
                const bool bylined_bracket_section =
                    s.has_byline && group.size() == 1 && !a.paragraphs.empty() &&
                    in_lenticular_brackets(content(lines_[group[0]]));
                // (■地面井群规模扩大 set off by blank lines in a bylined report: a bulleted
                // section head, short, the same.)
                constexpr std::size_t max_bullet_section_chars = 15;
                const bool bylined_bullet_section = [&] {
                    if (!s.has_byline || group.size() != 1 || a.paragraphs.empty() ||
                        lines_[group[0]].chars > max_bullet_section_chars)
                        return false;
                    const std::string_view head = content(lines_[group[0]]);
                    std::size_t length = 0;
                    const char32_t first = head.empty() ? U'\0' : code_point_at(head, 0, length);
                    if ((first != U'■' && first != U'◆' && first != U'●' && first != U'▲') ||
                        length >= head.size())
                        return false;
                    // (Only in a series: a sibling head with the same bullet went before or
                    // follows. ■连山区新增3处口袋公园 alone over one paragraph is a brief.)
                    const std::string_view bullet = head.substr(0, length);
                    if (!a.crossheads.empty() && starts_with(a.crossheads.back().text, bullet))
                        return true;
                    constexpr std::size_t max_items = 40;  // bounded look-ahead
                    for (std::size_t m = next_index;
                         m < items_.size() && m < next_index + max_items; ++m) {
                        const Item::Type type = items_[m].type;
                        if (type == Item::Type::headline)
                            return starts_with(content(lines_[items_[m].line]), bullet) &&
                                   lines_[items_[m].line].chars <= max_bullet_section_chars;
                        if (type != Item::Type::paragraph && type != Item::Type::caption &&
                            type != Item::Type::furniture)
                            return false;
                    }
                    return false;
                }();
                // (音乐课进校园 / … / 老琴师的夏天 in a bylined feature under a —— subtitle:
                // plain section heads of one length, the first with a sibling further on, the
                // next as long as the one before it.)
                constexpr std::size_t max_sibling_difference = 2;
                const bool feature_section = [&] {
                    if (!s.has_byline || group.size() != 1 || a.paragraphs.empty() ||
                        !std::any_of(a.headlines.begin(), a.headlines.end(),
                                     [](const auto& h) { return starts_with_dash(h.text); }))
                        return false;
                    if (a.crossheads.empty()) return sibling_head_follows(next_index, group[0]);
                    const std::size_t before = char_count(a.crossheads.back().text);
                    const std::size_t chars = lines_[group[0]].chars;
                    return chars + max_sibling_difference >= before &&
                           chars <= before + max_sibling_difference;
                }();
                // 氹仔社區中心辦親子閱讀日 / … / 親子閱讀日吸引逾百個家庭參加: a heading that
                // repeats four characters or more of the article's title in a row heads a section
                // of the same story, when no byline or dateline opens its text.
                constexpr std::size_t min_shared_chars = 4;
                const bool shares_title =
                    group.size() == 1 && !a.headlines.empty() && !next_starts &&
                    std::any_of(a.headlines.begin(), a.headlines.end(), [&](const auto& h) {
                        return shares_han_run(h.text, content(lines_[group[0]]), min_shared_chars);
                    });
                const bool separated = hard_wrapped_ && !blank_between_paragraphs_ &&
                                       lines_[group[0]].blank_before > 0 && !numbered_section &&
                                       !bylined_bracket_section && !bylined_bullet_section &&
                                       !feature_section && !shares_title;
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
                // (A headline block of two lines or more heads a story, not a brief.)
                constexpr std::size_t min_story_headlines = 2;
                const bool short_news =
                    a.has_dateline && !s.byline_line && !styled_as_section && !subtitled &&
                    !shares_title && a.headlines.size() < min_story_headlines &&
                    a.paragraphs.size() < min_paragraphs_before_crosshead_in_news &&
                    !(!a.crossheads.empty() ||
                      (group.size() == 1 && sibling_head_follows(next_index, group[0]) &&
                       !signed_sections_follow(next_index, 1)));
                // 二、科学施肥 after the section under 一、选好种子: the next section.
                // (林票让林农变股东 / … / 碳汇让青山变“金山” in a bylined report: parallel heads.)
                const std::string_view last_crosshead =
                    a.crossheads.empty()
                        ? std::string_view()
                        : std::string_view(text_).substr(a.crossheads.back().span.begin,
                                                         a.crossheads.back().span.size());
                const bool next_section =
                    group.size() == 1 && !a.crossheads.empty() &&
                    (next_in_series(last_crosshead, content(lines_[group[0]])) ||
                     (s.has_byline && parallel_heads(last_crosshead, content(lines_[group[0]]))));
                // 以文化自觉涵养城市精神 / its lead / 一、把历史文化保护放在…: the first of a
                // numbered series under an article's opening text heads its first section,
                // signed or not (an essay may be signed at its end).
                // (Under a headless item opened by its dateline too: 本报营口…电 / lead /
                // （一）海关通关时间压缩.)
                const bool first_numbered_section = group.size() == 1 &&
                                                    (!a.headlines.empty() || a.has_dateline) &&
                                                    !a.paragraphs.empty() && a.crossheads.empty() &&
                                                    opens_numbered_series(candidate);
                // 【夜游】 / 【夜宿】 under a feature's lead: short bracketed section heads.
                constexpr std::size_t max_bracket_section_bytes = 6 + 10 * 3;
                const bool bracket_section = group.size() == 1 && !a.paragraphs.empty() &&
                                             in_lenticular_brackets(candidate) &&
                                             candidate.size() <= max_bracket_section_bytes;
                // 【警方提醒】 after 【低价诱饵】: a sibling of the article's bracketed sections,
                // whatever its words say.
                // ■案情回顾 / ■法院审理 / ■法官说法: a head marked like the sections before it
                // is the next of them, though its words label boxes elsewhere.
                const char32_t section_mark = shared_section_mark(a.crossheads);
                // (In a pdftotext -layout page the heads are centred: a head set at the same
                // deep indentation as the article's last section head is the next one.)
                constexpr std::size_t min_centred_indent = 4;
                const bool centred_sibling =
                    group.size() == 1 && !a.paragraphs.empty() && !a.crossheads.empty() &&
                    lines_[group[0]].indent >= min_centred_indent && [&] {
                        const std::size_t begin = a.crossheads.back().span.begin;
                        const auto at = std::lower_bound(
                            lines_.begin(), lines_.end(), begin,
                            [](const Line& l, std::size_t offset) { return l.begin < offset; });
                        return at != lines_.end() && at->begin == begin &&
                               at->indent == lines_[group[0]].indent;
                    }();
                // (【健康小贴士】 / title / text / ● 勤洗手 / text / ● 及时接种疫苗 / …: the first
                // of two or more heads with one bullet under a box's opening text, before any
                // head without it, opens its first section.)
                constexpr std::size_t max_series_lines = 40;
                const char32_t candidate_mark = leading_mark(candidate);
                const bool first_of_marked_series =
                    group.size() == 1 && !a.paragraphs.empty() && a.crossheads.empty() &&
                    !a.headlines.empty() && candidate_mark != 0 && [&] {
                        for (std::size_t l = group[0] + 1;
                             l < lines_.size() && l <= group[0] + max_series_lines; ++l) {
                            if (lines_[l].kind != Kind::headline) continue;
                            return leading_mark(content(lines_[l])) == candidate_mark;
                        }
                        return false;
                    }();
                // (从“看热闹”到“练门道” / … / 从“校园操”到“比赛场”: a head built like the
                // article's last section head, word for word in its marks, is the next one.)
                const bool parallel_sibling = group.size() == 1 && !a.paragraphs.empty() &&
                                              !a.crossheads.empty() &&
                                              same_frame_heads(last_crosshead, candidate);
                const bool marked_sibling =
                    parallel_sibling ||
                    (group.size() == 1 && !a.paragraphs.empty() && section_mark != 0 &&
                     candidate_mark == section_mark) ||
                    centred_sibling || first_of_marked_series ||
                    (group.size() == 1 && !a.paragraphs.empty() && s.has_byline &&
                     colon_sibling_follows(next_index, group[0]));
                const bool bracket_sibling = (bracket_section && !a.crossheads.empty() &&
                                              starts_with(a.crossheads.back().text, "【")) ||
                                             marked_sibling;
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
                // (感谢好心人帮我找回钱包 / 编辑同志：…: nor does a reader's letter.)
                const bool editor_note =
                    starts_with(next_text, "编者按") || starts_with(next_text, "編者按") ||
                    starts_with(next_text, "编者的话") || starts_with(next_text, "編者的話") ||
                    (opens_with_letter_salutation(next_text) && !styled_as_section);
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
                    // 小空间有大用途 / 居民参与设计 / … / 多条公交线路延长夜间运营时间: a plain
                    // line twice as long as every plain section head before it is a title.
                    constexpr std::size_t min_title_chars = 12;
                    // (Words only: 从“看天吃饭”到“知天而作” is ten characters long, not 14.)
                    auto word_chars = [](std::string_view text) {
                        std::size_t chars = 0;
                        for (std::size_t p = 0, length = 0; p < text.size(); p += length) {
                            const char32_t c = code_point_at(text, p, length);
                            chars += is_han(c) ||
                                     (c < 0x80 && is_ascii_alnum(static_cast<unsigned char>(c)));
                        }
                        return chars;
                    };
                    std::size_t longest_head = 0;
                    for (const auto& c : a.crossheads)
                        longest_head = std::max(longest_head, word_chars(c.text));
                    const bool all_plain =
                        std::none_of(a.crossheads.begin(), a.crossheads.end(), [](const auto& c) {
                            return bracketed(c.text) || styled_as_numbered_section(c.text);
                        });
                    const std::size_t candidate_chars = word_chars(candidate);
                    // (◎… heads, then 小问号 over a boxed question: the box, not a section.)
                    other_style =
                        (all_bracketed && !starts_with(candidate, "【")) ||
                        (section_mark != 0 && leading_mark(candidate) != section_mark) ||
                        (all_numbered && !styled_as_numbered_section(candidate) &&
                         candidate_chars > max_closing_section_chars) ||
                        (all_plain && !styled_as_section && candidate_chars >= min_title_chars &&
                         candidate_chars >= 2 * longest_head);
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
                // (But 海　堤 under 在杨梅林里（外一首）: the further poem's title is a head.)
                const bool after_poem =
                    !a.paragraphs.empty() && !s.prose && !lines_[group[0]].next_poem_title;
                // 石化報價小幅走揚 / one paragraph / the page's end, after a bylined article of
                // several paragraphs with no section heads: an unsigned brief of its own (an
                // article's first and only section runs longer than one paragraph).
                constexpr std::size_t min_paragraphs_before = 2;
                // (Not a quotation its paragraph repeats, “江水每天都不一样”, nor a head set
                // solid in a hard-wrapped page, where items stand apart by blank lines.)
                const bool quoted_head =
                    starts_with(candidate, "“") || starts_with(candidate, "「") || restated;
                const bool solid_head = hard_wrapped_ && lines_[group[0]].blank_before == 0;
                const bool lone_tail_item =
                    a.crossheads.empty() && a.paragraphs.size() >= min_paragraphs_before &&
                    !styled_as_section && !lines_[group[0]].question_series && !quoted_head &&
                    !solid_head && [&] {
                        // (One paragraph, then only furniture or captions to the page's end.)
                        std::size_t paragraphs = 0;
                        for (std::size_t m = next_index; m < items_.size(); ++m) {
                            const Item& it = items_[m];
                            if (it.type == Item::Type::caption || it.type == Item::Type::furniture)
                                continue;
                            if (it.type != Item::Type::paragraph || it.lead || ++paragraphs > 1)
                                return false;
                        }
                        return paragraphs == 1;
                    }();
                // （上接第一版） / text / 果园里的笑脸 / text: the rest of a story continued from
                // another page has no headline here; its short heads are its sections.
                // (Not a headline with its own 上接 marker under it: a second continued story.)
                const bool own_continuation = [&] {
                    for (std::size_t m = next_index > 0 ? next_index - 1 : 0;
                         m < items_.size() && m <= next_index + 1; ++m)
                        if (items_[m].type == Item::Type::furniture &&
                            lines_[items_[m].line].has_jump &&
                            lines_[items_[m].line].jump.direction ==
                                JumpDirection::continued_from &&
                            items_[m].line > group[0])
                            return true;
                    return false;
                }();
                const bool continued_story =
                    a.headlines.empty() && !a.paragraphs.empty() && !own_continuation &&
                    std::any_of(a.jumps.begin(), a.jumps.end(), [](const JumpMarker& j) {
                        return j.direction == JumpDirection::continued_from;
                    });
                // 一、家庭医生签约全覆盖 / text / 二、…: the first of a numbered series whose
                // next heading is its second, however short the section between.
                const bool series_ahead = first_numbered_section && [&] {
                    constexpr std::size_t max_items = 40;  // bounded look-ahead
                    for (std::size_t m = next_index;
                         m < items_.size() && m < next_index + max_items; ++m) {
                        if (items_[m].type == Item::Type::paragraph ||
                            items_[m].type == Item::Type::caption ||
                            items_[m].type == Item::Type::furniture)
                            continue;
                        return items_[m].type == Item::Type::headline &&
                               next_in_series(candidate, content(lines_[items_[m].line]));
                    }
                    return false;
                }();
                // (“一根扁担两只筐” in a told story closed by the unit that supplied it: a
                // quoted head is the teller's words heading a section, not a piece's title.)
                // 编者按：… / 【读者来信】 / the letter: under an editor's note introducing them,
                // the labels head the sections of one package, not boxes of their own.
                const bool under_editor_note =
                    bracket_section && a.paragraphs.size() == 1 &&
                    !a.paragraphs.front().spans.empty() && [&] {
                        const std::string_view note = std::string_view(text_).substr(
                            a.paragraphs.front().spans.front().begin,
                            a.paragraphs.front().spans.front().size());
                        return starts_with(note, "编者按") || starts_with(note, "編者按");
                    }();
                // (【点评】 / text / （点评教师　彭志华）: a teacher's comment on the pupil's
                // piece above is its section, signed by the teacher.)
                const std::string_view label = label_words(candidate);  // 【答复】 → 答复
                const bool teachers_comment = label == "点评" || label == "老师点评" ||
                                              label == "教师点评" || label == "名师点评" ||
                                              label == "點評" || label == "老師點評";
                const bool signed_piece = a.crossheads.empty() && !a.authors.empty() &&
                                          !styled_as_section && !quoted_head && !teachers_comment &&
                                          other_signature_closes(next_index, a.authors);
                // 停水通知 after a report: a notice's title heads the notice, no section.
                const bool notice_head = is_notice_title(candidate) && !styled_as_section;
                // (班竹村 under 大佛寺听雨（外一首）, the poet signing after both poems: the
                // further poem's title heads a section of the piece.)
                const bool further_poem = group.size() == 1 && !s.closed && !a.paragraphs.empty() &&
                                          lines_[group[0]].next_poem_title;
                // (…（读者　曾阿水） / 【答复】 / 曾阿水您好！…: the office's reply under a
                // reader's letter closed by the reader's signature is the letter's section.)
                // (刘建平（南梁镇荔园堡村） / ◆部门回复 / …: a bulleted label the same way, under a
                // letter its writer signed at its end.)
                const bool reply_section =
                    group.size() == 1 && !a.paragraphs.empty() &&
                    (in_lenticular_brackets(candidate) || leading_mark(candidate) != 0) &&
                    (label == "答复" || label == "回复" || label == "部门回复" ||
                     label == "部门答复" || label == "官方回复" || label == "答覆" ||
                     label == "回覆") &&
                    (std::any_of(a.authors.begin(), a.authors.end(),
                                 [](const Author& author) {
                                     return starts_with(author.role_text, "读者") ||
                                            starts_with(author.role_text, "讀者");
                                 }) ||
                     // (signed after its text)
                     (!a.authors.empty() && !a.paragraphs.front().spans.empty() &&
                      a.authors.back().span.begin > a.paragraphs.front().spans.front().begin));
                if (further_poem || reply_section ||
                    (!s.closed && group.size() == 1 && !other_style && !qa_box && !after_poem &&
                     !lone_tail_item && !signed_piece && !notice_head &&
                     (s.has_byline || a.has_dateline || next_section || bracket_section ||
                      marked_sibling || continued_story || first_numbered_section ||
                      (subtitled && !a.paragraphs.empty()) ||
                      (!a.paragraphs.empty() && !a.headlines.empty() &&
                       signed_sections_follow(next_index, a.crossheads.empty() ? 1 : 0))) &&
                     !separated && !short_news &&
                     (!restated || bylined_bullet_section || marked_sibling) && !editor_note &&
                     // A series of questions heads sections, not briefs.
                     (lines_[group[0]].question_series ||
                      // 【智能检测“看”得准】 / 今年以来，…: a bracketed section head is no
                      // brief's headline, however its text opens.
                      ((numbered_unsigned || bracket_sibling || next_section || series_ahead ||
                        bylined_bullet_section || teachers_comment ||
                        !short_item_follows(next_index)) &&
                       // (Under a —— subtitle, with a sibling head further on: 产区售粮节奏加快 /
                       // 记者从…了解到 / … / 下游需求表现平淡: sections of the feature.)
                       (bracket_section || marked_sibling || next_section || series_ahead ||
                        bylined_bullet_section ||
                        (subtitled && sibling_head_follows(next_index, group[0])) ||
                        !brief_follows(next_index, group[0])) &&
                       !data_box_follows(next_index))) &&
                     (bracket_sibling || under_editor_note ||
                      !is_sidebar_label(content(lines_[group[0]]))))) {
                    const Line& line = lines_[group[0]];
                    const Span span{line.begin, line.end};
                    a.crossheads.push_back({original_text(span), span, a.paragraphs.size(), 0.75});
                    // (The reply goes on the letter its reader's signature had closed.)
                    if (reply_section) state_[static_cast<std::size_t>(current)].closed = false;
                    set_line(group[0], LineClass::crosshead, current,
                             "one short line inside a bylined article, followed by body: "
                             "crosshead");
                    group.clear();
                    return;
                }
            }
        }
        if (!next) {
            // 〔記者X／新竹報導〕… / 護城河親水公園重新開放 at the page's end: the headline of
            // the article above, printed after its byline and text.
            if (current >= 0 && !limit_hit_ && article_ref().headlines.empty() &&
                !article_ref().paragraphs.empty() &&
                (state_[static_cast<std::size_t>(current)].has_byline ||
                 article_ref().has_dateline) &&
                !state_[static_cast<std::size_t>(current)].closed) {
                add_headlines(static_cast<std::size_t>(current), group, 0.5,
                              "headline-like lines at the page's end, after an article with a "
                              "byline but no headline: its displaced headline");
                group.clear();
                return;
            }
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
        add_headlines(static_cast<std::size_t>(current), group, next_starts ? 0.9 : 0.7,
                      next_starts ? "short lines before a byline or dateline: headline"
                                  : "short lines before body text: headline of an article "
                                    "without byline");
        add_sections(sections);
        group.clear();
        for (const Item& note : held_notes_) {
            add_paragraph(static_cast<std::size_t>(current), note);
            ++state_[static_cast<std::size_t>(current)].editor_notes;
            for (std::size_t l : note.piece_lines)
                set_line(l, LineClass::body, current,
                         "editor's note over the page's first headline: the article's first "
                         "paragraph");
        }
        held_notes_.clear();
    };

    auto can_take_byline = [&]() {
        if (current < 0) return false;
        const Article& a = article_ref();
        const State& s = state_[static_cast<std::size_t>(current)];
        return a.paragraphs.size() <= s.editor_notes && !s.closed;
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
                // (A caption glued to a paragraph's end is its piece of the line.)
                const bool glued = !item.pieces.empty();
                caption.span = glued ? item.pieces.front() : Span{line.begin, line.end};
                if (!glued) caption.credits = line.parse.authors;
                // 图为合龙现场。 通讯员 陈亮 摄: the photographer after the caption's text.
                if (caption.credits.empty()) {
                    BylineResult credit;
                    const std::string_view caption_text =
                        std::string_view(text_).substr(caption.span.begin, caption.span.size());
                    if (trailing_photo_credit(caption_text, caption.span.begin, credit))
                        caption.credits = std::move(credit.authors);
                }
                if (glued) {
                    caption.confidence = 0.7;
                    (current >= 0 ? article_ref().captions : pending_captions_)
                        .push_back(std::move(caption));
                    break;
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
                if (item.held) {
                    held_byline_ = item.line;
                    break;
                }
                resolve_group(&item);
                // 本报记者　周婷婷　通讯员 / 宋　杰: names continuing a byline join the article
                // its first line went to.
                if (line.continues_byline && k > 0 && items_[k - 1].type == Item::Type::byline &&
                    lines_[items_[k - 1].line].final_class == LineClass::byline &&
                    lines_[items_[k - 1].line].article >= 0) {
                    const std::ptrdiff_t owner = lines_[items_[k - 1].line].article;
                    add_byline(static_cast<std::size_t>(owner), line);
                    set_line(item.line, LineClass::byline, owner,
                             "names continuing the byline above: part of it");
                    break;
                }
                std::size_t length = 0;
                const bool trailing = item.type == Item::Type::dateline && current >= 0 &&
                                      !article_ref().paragraphs.empty() &&
                                      is_open_paren(code_point_at(text_, line.begin, length));
                // ◎ 邱振华 / （作者是本地退休华小校长）: the writer's unit or post in brackets
                // set solid under a signature that closed an article closes it too.
                // (…關煥榮 / 二〇二六年七月二十日: the date the letter was signed too.)
                if (item.type == Item::Type::byline && line.parse.authors.empty() && k > 0 &&
                    current >= 0 && line.blank_before == 0 &&
                    (bracketed(content(line)) || is_date_line(content(line))) &&
                    items_[k - 1].type == Item::Type::byline &&
                    items_[k - 1].line + 1 == item.line &&
                    lines_[items_[k - 1].line].final_class == LineClass::byline &&
                    lines_[items_[k - 1].line].article == current) {
                    article_ref().byline_spans.push_back(Span{line.begin, line.end});
                    set_line(item.line, LineClass::byline, current,
                             "the writer's unit or post in brackets under the signature: part "
                             "of it");
                    break;
                }
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
                // (The reply may run to several paragraphs before the next headline.)
                constexpr std::size_t max_reply_paragraphs = 30;
                std::size_t after_reply = k + 2;
                while (after_reply < items_.size() && after_reply < k + 2 + max_reply_paragraphs &&
                       items_[after_reply].type == Item::Type::paragraph &&
                       !items_[after_reply].lead)
                    ++after_reply;
                const bool reply_follows =
                    k + 1 < items_.size() && items_[k + 1].type == Item::Type::paragraph &&
                    !items_[k + 1].pieces.empty() &&
                    [&] {
                        const std::string_view reply =
                            std::string_view(text_).substr(items_[k + 1].pieces.front().begin,
                                                           items_[k + 1].pieces.front().size());
                        return starts_with(reply, "编者:") || starts_with(reply, "編者:") ||
                               starts_with(reply, "编者按:") || starts_with(reply, "編者按:") ||
                               opens_with_reply_label(reply);
                    }() &&
                    // (…then the credit of who wrote the reply up: （本报记者 X 整理）.)
                    (headline_follows(after_reply, true) ||
                     (after_reply < items_.size() &&
                      items_[after_reply].type == Item::Type::credit &&
                      headline_follows(after_reply + 1, true)));
                constexpr std::size_t min_right_set_indent = 20;
                // (A page footer between the body and the byline cuts them apart: the byline
                // was printed over the next headline.)
                // (加通社多伦多5月7日电 … / 文/林 晓  图/赵 明 / next headline: an agency's
                // story carries no local writer's and photographer's credit; it heads the next.)
                const bool wire_story = current >= 0 && article_ref().has_dateline &&
                                        ends_with(article_ref().dateline.source, "社");
                const bool local_credit =
                    !line.parse.authors.empty() &&
                    std::all_of(line.parse.authors.begin(), line.parse.authors.end(),
                                [](const Author& a) {
                                    return a.role_text == "文" || a.role_text == "图" ||
                                           a.role_text == "圖" || a.role_text == "文/图" ||
                                           a.role_text == "文/圖";
                                });
                // (A data box's rows take no end byline: one under them heads the next item.)
                const bool after_box_rows = [&] {
                    std::size_t m = k;
                    while (m > 0 && (items_[m - 1].type == Item::Type::furniture ||
                                     items_[m - 1].type == Item::Type::caption))
                        --m;
                    return m > 0 && items_[m - 1].type == Item::Type::paragraph &&
                           lines_[items_[m - 1].line].record;
                }();
                // (…图书流通点。 / (blank) / ■ 通讯员 刘建波 / 年画传承人走进校园课堂: a byline
                // set apart from the text above and set solid over the next headline is that
                // article's, printed over its headline.)
                const bool over_next_headline = !hard_wrapped_ && line.blank_before > 0 &&
                                                item.line + 1 < lines_.size() &&
                                                lines_[item.line + 1].kind == Kind::headline &&
                                                lines_[item.line + 1].blank_before == 0;
                if (!can_take_byline() && item.type == Item::Type::byline && current >= 0 &&
                    article_ref().authors.empty() && !(wire_story && local_credit) &&
                    !over_next_headline && !after_box_rows &&
                    !state_[static_cast<std::size_t>(current)].closed &&
                    !is_page_header_line(prev_nonblank(item.line)) &&
                    (
                        headline_follows(k + 1, true) || reply_follows ||
                        writer_unit_follows(k + 1) ||
                        // (…杨子涵 / （指导教师　谢丽华） / next headline: a credit set solid
                        // under the signature closes with it.)
                        (k + 1 < items_.size() && items_[k + 1].type == Item::Type::credit &&
                         items_[k + 1].line == item.line + 1 &&
                         lines_[items_[k + 1].line].blank_before == 0 &&
                         headline_follows(k + 2, true)) ||
                        // (■香港文匯報記者 李穎欣 set far to the right under the text: the
                        // signature's place, whatever follows.)
                        lines_[item.line].indent >= min_right_set_indent ||
                        // (…, then 【民生快讯】 over briefs: the run of briefs starts after it.)
                        [&] {
                            std::size_t m = k + 1;
                            while (m < items_.size() && (items_[m].type == Item::Type::furniture ||
                                                         items_[m].type == Item::Type::caption))
                                ++m;
                            return m < items_.size() && items_[m].type == Item::Type::paragraph &&
                                   lines_[items_[m].line].run_in_brief;
                        }() ||
                        // (…许诺 / 通讯员 尹思远 / next headline: the next item's byline printed
                        // over its headline follows this signature.)
                        // (…楼上。 / 杨舍镇 读者 陈志刚 / 本报记者 / 张蕾 季文斌 / text, the
                        // headline printed inside the cut paragraph above: the same, the
                        // headline held.)
                        [&] {
                            std::size_t m = k + 1;
                            while (m < items_.size() && items_[m].type == Item::Type::byline) ++m;
                            // (□ 一 苇 / 孙阿土 口述 胡晓燕 整理 / its lead / its headline: the
                            // next item's byline and lead printed before its headline.)
                            const bool displaced_lead = m < items_.size() &&
                                                        items_[m].type == Item::Type::paragraph &&
                                                        !items_[m].lead;
                            return m > k + 1 && (headline_follows(m, true) ||
                                                 (displaced_lead && !held_headlines_.empty()) ||
                                                 (displaced_lead && headline_follows(m + 1, true)));
                        }())) {
                    // 文/周明远 after the body and right before the next headline: the end
                    // byline of an article that had none at its head.
                    add_byline(static_cast<std::size_t>(current), line);
                    // The editor's reply still belongs to the letter.
                    // (So does a reply under its own bracketed label: 【部门回复】 / text.)
                    const bool reply_box_follows =
                        k + 2 < items_.size() && items_[k + 1].type == Item::Type::headline &&
                        items_[k + 2].type == Item::Type::paragraph && [&] {
                            const std::string_view label = content(lines_[items_[k + 1].line]);
                            return in_lenticular_brackets(label) &&
                                   (label.find("回复") != std::string_view::npos ||
                                    label.find("答复") != std::string_view::npos ||
                                    label.find("回覆") != std::string_view::npos ||
                                    label.find("回復") != std::string_view::npos);
                        }();
                    state_[static_cast<std::size_t>(current)].closed =
                        !reply_follows && !reply_box_follows;
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
                    // (Past the names continuing this byline.)
                    while (from < items_.size() && items_[from].type == Item::Type::byline &&
                           lines_[items_[from].line].continues_byline)
                        ++from;
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
                // The rest of the cut paragraph has joined it: the next paragraph opens the
                // article whose headline and byline were held inside it.
                if (held_byline_ && !held_headlines_.empty() && !lead && !run_in_brief &&
                    page_.articles.size() < options_.max_articles) {
                    current = static_cast<std::ptrdiff_t>(new_article(*held_byline_, 0.5));
                    attach_held_headline(static_cast<std::size_t>(current));
                    add_byline(static_cast<std::size_t>(current), lines_[*held_byline_]);
                    state_[static_cast<std::size_t>(current)].byline_line = true;
                    set_line(*held_byline_, LineClass::byline, current,
                             "byline under a headline printed inside a cut paragraph: the "
                             "byline of the article after the paragraph's rest");
                    held_byline_.reset();
                } else if (!held_byline_ && !held_headlines_.empty() && !lead && !run_in_brief &&
                           current >= 0 && page_.articles.size() < options_.max_articles &&
                           !held_article_opens_later(k)) {
                    // (…車資調 / 讀者來函 / 社區停車位不足… / 整,…表格。 / 本人在寶活… / 讀者
                    // 黃志明: a new paragraph after the rest opens the held headline's article
                    // when no lead, dateline or head byline opens one before the next headline.)
                    current = static_cast<std::ptrdiff_t>(new_article(item.line, 0.4));
                    attach_held_headline(static_cast<std::size_t>(current));
                }
                // Text after an article closed by its end credit, trailing dateline or a
                // label over briefs: a brief printed without a headline.
                // …前來 / 參觀。 / （下轉A8版） / 遊客在舊街場的新壁畫前拍照留念。 / next
                // headline: one short sentence after the jump marker of an article whose byline
                // credits its photos is the photo's caption, printed after the jump.
                if (!lead && !run_in_brief && item.pieces.size() == 1 && current >= 0 &&
                    state_[static_cast<std::size_t>(current)].closed &&
                    !article_ref().jumps.empty() &&
                    article_ref().jumps.back().direction == JumpDirection::continued_to &&
                    photos_credited(article_ref()) &&
                    is_bare_caption_sentence(content(lines_[item.line])) &&
                    headline_follows(k + 1)) {
                    take_caption(item.line,
                                 "one short sentence after the jump marker of an article whose "
                                 "byline credits its photos: the photo's caption");
                    break;
                }
                // …作出贡献。 / （上接第1版） / 据介绍，…: text after a marker saying it comes
                // from another page is that page's story, not more of the article above.
                const bool continued_here =
                    !lead && current >= 0 && !article_ref().paragraphs.empty() &&
                    std::any_of(pending_jumps_.begin(), pending_jumps_.end(),
                                [](const JumpMarker& j) {
                                    return j.direction == JumpDirection::continued_from;
                                }) &&
                    k > 0 && items_[k - 1].type == Item::Type::furniture &&
                    lines_[items_[k - 1].line].has_jump;
                if (continued_here) current = -1;
                const bool after_closed =
                    current >= 0 && state_[static_cast<std::size_t>(current)].closed;
                // (Unless the lead is the article's own, its later column printed first.)
                const bool later_column_first = lead && !run_in_brief && !after_closed &&
                                                !can_take_byline() && later_column_before_lead(k);
                if (later_column_first)
                    state_[static_cast<std::size_t>(current)].later_column_paragraphs =
                        article_ref().paragraphs.size();
                if (((lead && !can_take_byline()) || run_in_brief || after_closed) &&
                    !later_column_first) {
                    current = -1;  // a new article starts at its dateline or run-in head
                }
                if (current < 0) {
                    if (!lead && !run_in_brief && !after_closed && pending_jumps_.empty()) {
                        const std::string_view opening =
                            item.pieces.empty()
                                ? std::string_view()
                                : std::string_view(text_).substr(item.pieces.front().begin,
                                                                 item.pieces.front().size());
                        if (page_.articles.empty() &&
                            (starts_with(opening, "编者按") || starts_with(opening, "編者按")) &&
                            headline_follows(k + 1)) {
                            held_notes_.push_back(item);
                            break;
                        }
                        if (page_.articles.empty()) {
                            page_opening_text_.push_back(item);
                            break;
                        }
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
                    state_[static_cast<std::size_t>(current)].labelled_brief = run_in_brief;
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
                    // (or the next item's byline printed over its headline, or the page's end;
                    // anywhere when it opens with the day the photo was taken)
                    (headline_follows(k + 1) || photo_day_opening(content(line)) > 0 ||
                     // (or a brief opened by its dateline: 本报洛阳4月14日讯（记者 X）…; or
                     // more of the same article's text: 临县碛口镇枣农晾晒红枣。 between two
                     // paragraphs, the photo set among them)
                     (k + 1 < items_.size() && items_[k + 1].type == Item::Type::paragraph &&
                      (items_[k + 1].lead ||
                       [&] {
                           // (not a line of verse: the text before it is a long paragraph that
                           // finished its sentence)
                           constexpr std::size_t min_text_chars = 24;
                           const auto& spans = article_ref().paragraphs.back().spans;
                           if (spans.empty()) return false;
                           std::size_t chars = 0;
                           for (const Span& span : spans)
                               chars += char_count(
                                   std::string_view(text_).substr(span.begin, span.size()));
                           const std::string_view last = trim(std::string_view(text_).substr(
                               spans.back().begin, spans.back().size()));
                           return chars >= min_text_chars && ends_with_terminal(last);
                       }())) ||
                     (items_[k + 1].type == Item::Type::byline && headline_follows(k + 2))) &&
                    (photos_credited(article_ref()) ||
                     std::any_of(article_ref().byline_spans.begin(),
                                 article_ref().byline_spans.end(),
                                 [&](const Span& span) {  // 记者 X 通讯员 Y 文/图
                                     const std::string_view byline =
                                         std::string_view(text_).substr(span.begin, span.size());
                                     return ends_with(byline, "图") || ends_with(byline, "圖");
                                 }))) {
                    take_caption(item.line,
                                 "one short sentence closing an article whose byline credits its "
                                 "photos: the photo's caption");
                    break;
                }
                // …本报记者 X 的报道 / 家用燃气报警器怎么选？ / 问：… / 答：…: a question over a
                // box of questions and answers, after an article with numbered section heads,
                // is the box's title: an item of its own.
                const bool qa_box_follows =
                    k + 1 < items_.size() && items_[k + 1].type == Item::Type::paragraph &&
                    !items_[k + 1].pieces.empty() && [&] {
                        const std::string_view next_text =
                            std::string_view(text_).substr(items_[k + 1].pieces.front().begin,
                                                           items_[k + 1].pieces.front().size());
                        return starts_with(next_text, "问:") || starts_with(next_text, "問:");
                    }();
                if (!lead && item.pieces.size() == 1 && current >= 0 && qa_box_follows &&
                    !article_ref().crossheads.empty() && !article_ref().paragraphs.empty() &&
                    question_head_shape(item.line) &&
                    std::all_of(article_ref().crossheads.begin(), article_ref().crossheads.end(),
                                [](const auto& c) { return styled_as_numbered_section(c.text); }) &&
                    !styled_as_numbered_section(content(line)) &&
                    page_.articles.size() < options_.max_articles) {
                    current = static_cast<std::ptrdiff_t>(new_article(item.line, 0.5));
                    add_headlines(static_cast<std::size_t>(current), {item.line}, 0.5,
                                  "question over a box of questions and answers, after an "
                                  "article with numbered section heads: the box's title");
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
                // ——一名初三学生“小雨” / 小雨同学：…: a letter's signature and the answer
                // addressed to its writer by name; the answer belongs to the letter.
                const bool answer_follows =
                    !inline_credit && k + 1 < items_.size() &&
                    items_[k + 1].type == Item::Type::paragraph && !items_[k + 1].pieces.empty() &&
                    [&] {
                        const std::string_view answer =
                            std::string_view(text_).substr(items_[k + 1].pieces.front().begin,
                                                           items_[k + 1].pieces.front().size());
                        constexpr std::size_t max_address_bytes = 4 * 3;
                        return std::any_of(
                            credited.begin(), credited.end(), [&](const Author& author) {
                                const std::size_t colon = answer.find(':');  // (：, normalized)
                                return !author.name.empty() && starts_with(answer, author.name) &&
                                       colon != std::string_view::npos &&
                                       colon <= author.name.size() + max_address_bytes;
                            });
                    }();
                state_[static_cast<std::size_t>(current)].closed = !answer_follows;
                if (!inline_credit) set_line(item.line, LineClass::credit, current, nullptr);
                break;
            }
        }
    }
    resolve_group(nullptr);
    place_page_opening_text();
    for (const Item& note : held_notes_)
        for (std::size_t l : note.piece_lines)
            unplace(l, "editor's note before the first headline, claimed by no article");
    held_notes_.clear();
    for (std::size_t held : held_headlines_)
        unplace(held,
                "headline-like line inside a paragraph cut by a column break, claimed by "
                "no article");
    held_headlines_.clear();
    if (held_byline_)
        unplace(*held_byline_,
                "byline inside a paragraph cut by a column break, claimed by no article");
    held_byline_.reset();
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

}  // namespace detail
}  // namespace broadsheet

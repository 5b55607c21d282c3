// Line shapes tested by several passes of the article segmenter (internal).
#pragma once

#include <broadsheet/segmenter.hpp>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace broadsheet {
namespace detail {

// Evidence that a line is a page header or footer: how many kinds of furniture token it
// carries (a date or weekday, a page or issue number, a paper's name, an editor's credit, the
// weather) and whether a layout gap of three or more spaces separates its parts.
struct HeaderEvidence {
    int kinds = 0;
    bool wide_gap = false;
};

// Labels printed over several items of a page (图片新闻 over photo-news items): page
// furniture, not the headline of the first item.
inline constexpr const char* builtin_multi_item_labels[] = {
    "图片新闻", "新闻图片", "图片报道", "简讯", "快讯", "新闻速递", "图片新聞", "簡訊", "导读",
    "今日导读", "要闻导读", "本期导读", "導讀",
    // (便民信息 over notices of water cuts, clinic hours and the like.)
    "便民信息", "便民服务", "供求信息", "便民資訊"};

// How labels over a run of briefs end (体坛速递, 本地简讯, 国际快讯).
inline constexpr const char* builtin_briefs_label_endings[] = {
    "速递", "简讯", "快讯", "速览", "短波", "动态", "传真", "简报", "短讯", "簡訊", "快訊",
    "速遞", "動態", "傳真", "簡報", "短訊", "消息", "新闻", "新聞", "简复", "簡復"};

// Each described where it is defined, in line_shapes.cpp.
std::size_t find_full_date(std::string_view text);
bool starts_with_page_number(std::string_view text);
bool starts_with_dash(std::string_view text);
bool ends_with_dash(std::string_view text);
bool starts_with_enumerator(std::string_view text);
std::size_t last_sentence_end(std::string_view text);
// True when no sentence ends before `text`'s last character (村民在晾晒辣椒。, 三季度。): the
// text holds one sentence at most.
bool no_sentence_end_inside(std::string_view text);
// 医保异地备案怎么办？: ends in a question mark and holds no comma (one clause).
bool is_one_clause_question(std::string_view text);
// 读者刘女士问：…, 问：…: a reader's question labelled within the text's first twelve
// characters (the page is normalized: the colon is ASCII).
bool opens_with_asked_question(std::string_view text);
bool is_contact_line(std::string_view text);
bool is_page_token(std::string_view part);
// 二〇二六年七月二十日, 2026年7月20日: a line that is one full date and nothing else.
bool is_date_line(std::string_view text);
HeaderEvidence header_evidence(std::string_view text);
bool bracketed(std::string_view text);
bool is_bare_caption_sentence(std::string_view text);

// 编辑同志：我家孩子…, 尊敬的编辑：: text opening with the salutation of a letter to the paper.
bool opens_with_letter_salutation(std::string_view text);

// 县教育局回复：…, 市住建局答复：: text opening with who replies to a reader, labelled.
bool opens_with_reply_label(std::string_view text);
bool names(const std::vector<Author>& people, const Author& person);
bool in_lenticular_brackets(std::string_view text);
std::size_t photo_day_opening(std::string_view text);
bool ends_after_sentence(std::string_view text);
bool shares_han_run(std::string_view a, std::string_view b, std::size_t min_chars);
std::string_view label_words(std::string_view text);
bool is_items_label(std::string_view text, bool headline_follows);
bool is_label_note(std::string_view text);

// 县教育局回复：…, 男子全程：…: the label before the text's first colon (full-width or ASCII)
// when it is 1 to `max_chars` characters long; empty otherwise.
std::string_view colon_label(std::string_view text, std::size_t max_chars);
bool is_data_source_note(std::string_view text);
bool is_sidebar_label(std::string_view text);
// 公告, 通知, 讣告… alone (the whole text is the word).
bool is_notice_word(std::string_view text);
// 国有建设用地使用权挂牌出让公告, 停水通知: a notice's title, ending in the word of its kind.
bool is_notice_title(std::string_view text);
bool starts_with_source_formula(std::string_view text);
bool starts_with_news_time(std::string_view text);
std::size_t next_open_paren(std::string_view text, std::size_t from);
std::size_t tail_window_start(std::string_view text, std::size_t window_bytes);

}  // namespace detail
}  // namespace broadsheet

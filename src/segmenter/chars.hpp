// Character-level helpers shared by the byline parser and the segmenter (internal).
// They work on UTF-8 text, accepting both full-width and ASCII forms of punctuation so that
// they can be used on normalized and on raw text.
#pragma once

#include <algorithm>
#include <broadsheet/text.hpp>
#include <cstddef>
#include <string>
#include <string_view>

#include "unicode.hpp"

namespace broadsheet {
namespace detail {

/// The code point at `text[i]` and its length (U+FFFD and >= 1 for ill-formed bytes).
inline char32_t code_point_at(std::string_view text, std::size_t i, std::size_t& length) noexcept {
    return decode_utf8_fast(text, i, length);
}

inline bool is_space(char32_t c) noexcept {
    return c == ' ' || c == '\t' || c == 0x3000 || c == 0xA0 || (c >= 0x2000 && c <= 0x200A);
}

inline bool is_digit(char32_t c) noexcept {
    return is_ascii_digit(c) || (c >= 0xFF10 && c <= 0xFF19);
}
/// True when `text` holds an ASCII digit anywhere (a figure, a date, a score).
inline bool has_ascii_digit(std::string_view text) noexcept {
    return std::any_of(text.begin(), text.end(),
                       [](char c) { return is_ascii_digit(static_cast<unsigned char>(c)); });
}
inline bool is_ascii_alnum(char32_t c) noexcept {
    return is_ascii_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/// 〇○零一二三四五六七八九十廿卅: the numerals of dates written in characters.
inline bool is_han_numeral(char32_t c) noexcept {
    return han_digit_value(c) >= 0 || c == U'十' || c == U'廿' || c == U'卅';
}

inline bool is_open_paren(char32_t c) noexcept {
    return c == '(' || c == 0xFF08 || c == U'【' || c == '[' || c == U'〔' || c == U'［';
}
inline bool is_close_paren(char32_t c) noexcept {
    return c == ')' || c == 0xFF09 || c == U'】' || c == ']' || c == U'〕' || c == U'］';
}

/// Sentence-final punctuation: a block ending in one of these is a finished paragraph.
inline bool is_terminal(char32_t c) noexcept {
    return c == U'。' || c == U'！' || c == U'？' || c == '!' || c == '?' || c == U'…' ||
           c == U'；' || c == ';' || c == U'｡' || c == '.';
}
/// Closing quotes and brackets that may follow terminal punctuation (`。”`, `！）`), and
/// footnote markers (`重复建设。③`).
inline bool is_closing_mark(char32_t c) noexcept {
    return c == U'”' || c == U'’' || c == U'」' || c == U'』' || c == '"' || c == '\'' ||
           c == U'》' || is_close_paren(c) || (c >= U'①' && c <= U'⑳');
}
/// Punctuation after which text obviously goes on: `，、：` and their ASCII forms.
inline bool is_continuing_mark(char32_t c) noexcept {
    return c == U'，' || c == ',' || c == U'、' || c == U'：' || c == ':' || c == U'“' ||
           c == U'‘' || c == U'（' || c == '(' || c == U'《' || c == U'「';
}

/// Decoded view of the last code points of `text` (at most 3), most recent first.
struct Tail {
    char32_t last[3] = {0, 0, 0};
    int count = 0;
};
inline Tail tail_of(std::string_view text) noexcept {
    Tail tail;
    std::size_t end = text.size();
    while (end > 0 && tail.count < 3) {
        std::size_t begin = end - 1;
        while (begin > 0 && end - begin < 4 &&
               (static_cast<unsigned char>(text[begin]) & 0xC0) == 0x80)
            --begin;
        std::size_t length = 0;
        const char32_t c = code_point_at(text, begin, length);
        if (begin + length != end) {  // ill-formed tail: treat the last byte alone
            begin = end - 1;
        }
        tail.last[tail.count++] = c;
        end = begin;
    }
    return tail;
}

/// True when `text` (trimmed) ends a sentence: terminal punctuation, possibly followed by
/// closing quotes or brackets.
inline bool ends_with_terminal(std::string_view text) noexcept {
    const Tail tail = tail_of(text);
    // (“这条路是咱们的致富路○”: the misread stop may stand inside closing quotes.)
    int k = 0;
    while (k + 2 < tail.count && is_closing_mark(tail.last[k])) ++k;
    // 基本满足了农民的需要o: OCR reads a full stop after a Han character as a Latin o.
    if (tail.count >= k + 2 && (tail.last[k] == 'o' || tail.last[k] == 'O') &&
        is_han(tail.last[k + 1]))
        return true;
    // …演示拉坯、刻花〇: or as a circle (〇, ○), unless it closes a number (二〇).
    if (tail.count >= k + 2 && (tail.last[k] == U'〇' || tail.last[k] == U'○') &&
        is_han(tail.last[k + 1]) && !is_han_numeral(tail.last[k + 1]) &&
        tail.last[k + 1] != U'〇' && tail.last[k + 1] != U'零')
        return true;
    for (int i = 0; i < tail.count; ++i) {
        if (is_terminal(tail.last[i])) return true;
        if (!is_closing_mark(tail.last[i])) break;
    }
    // “…也很热情。”——台湾青年林彦廷: a quotation closed, then its speaker after a dash.
    constexpr std::string_view attribution = "\xE2\x80\x9D\xE2\x80\x94\xE2\x80\x94";  // ”——
    constexpr std::size_t max_speaker_bytes = 12 * 3;
    // (Searched in the line's tail only: a line may be megabytes long.)
    const std::size_t window = std::min(text.size(), attribution.size() + max_speaker_bytes);
    const std::size_t in_tail = text.substr(text.size() - window).rfind(attribution);
    if (in_tail == std::string_view::npos) return false;
    const std::size_t at = text.size() - window + in_tail;
    for (std::size_t p = at + attribution.size(), length = 0; p < text.size(); p += length) {
        const char32_t c = code_point_at(text, p, length);
        if (is_terminal(c) || c == U'，' || c == ',' || c == U'“' || c == U'”') return false;
    }
    return at + attribution.size() < text.size();
}

/// Whether every character of `text` is a Han character (true for empty text, as a loop over
/// its characters would leave it).
inline bool all_han(std::string_view text) noexcept {
    for (std::size_t i = 0, length = 0; i < text.size(); i += length)
        if (!is_han(code_point_at(text, i, length))) return false;
    return true;
}

/// LUCHUN TEA NEWS, BEIJING EVENING NEWS: how many Latin capitals `text` holds when it holds
/// nothing but capitals and spaces (a paper's name romanized on its masthead), else 0.
inline std::size_t latin_capitals_only(std::string_view text) noexcept {
    std::size_t letters = 0;
    for (char c : text) {
        if (c >= 'A' && c <= 'Z')
            ++letters;
        else if (c != ' ')
            return 0;
    }
    return letters;
}

/// Whether `text` ends after a clause's comma (，, or 、): a sentence cut in its middle.
inline bool ends_with_comma(std::string_view text) noexcept {
    const Tail tail = tail_of(text);
    return tail.count > 0 &&
           (tail.last[0] == U'，' || tail.last[0] == ',' || tail.last[0] == U'、');
}

/// The text without its spaces (公　告 → 公告, 程  龙 → 程龙, 停 水 通 知 → 停水通知).
inline std::string without_spaces(std::string_view text) {
    std::string squeezed;
    for (std::size_t p = 0, length = 0; p < text.size(); p += length)
        if (!is_space(code_point_at(text, p, length))) squeezed.append(text.substr(p, length));
    return squeezed;
}

// (Both look at the bytes most likely to differ before comparing all of them: they run on
// every line against long word lists. A UTF-8 character's last byte tells Han characters
// apart; its lead byte hardly does.)
inline bool starts_with(std::string_view text, std::string_view prefix) noexcept {
    if (text.size() < prefix.size()) return false;
    if (prefix.empty()) return true;
    if (prefix.size() >= 3 && text[2] != prefix[2]) return false;
    return text.compare(0, prefix.size(), prefix) == 0;
}
inline bool ends_with(std::string_view text, std::string_view suffix) noexcept {
    if (text.size() < suffix.size()) return false;
    if (suffix.empty()) return true;
    if (text.back() != suffix.back()) return false;
    return text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

/// Number of code points in `text`.
/// Where the last UTF-8 character of `text` starts (0 for empty text).
inline std::size_t last_char_begin(std::string_view text) noexcept {
    std::size_t k = text.empty() ? 0 : text.size() - 1;
    while (k > 0 && (static_cast<unsigned char>(text[k]) & 0xC0) == 0x80) --k;
    return k;
}

inline std::size_t char_count(std::string_view text) noexcept {
    std::size_t count = 0;
    for (unsigned char byte : text)
        if ((byte & 0xC0) != 0x80) ++count;
    return count;
}

/// `text` without leading and trailing spaces (ASCII, tab, ideographic).
inline std::string_view trim(std::string_view text, std::size_t* offset = nullptr) noexcept {
    std::size_t begin = 0, end = text.size();
    while (begin < end) {
        std::size_t length = 0;
        if (!is_space(code_point_at(text, begin, length))) break;
        begin += length;
    }
    while (end > begin) {
        if (text[end - 1] == ' ' || text[end - 1] == '\t') {
            --end;
        } else if (end - begin >= 3 && text.compare(end - 3, 3, "\xE3\x80\x80") == 0) {
            end -= 3;
        } else {
            break;
        }
    }
    if (offset) *offset = begin;
    return text.substr(begin, end - begin);
}

// Bullets printed before bylines and labels (■ 通讯员 X, ■ 体坛速递).
inline bool is_bullet(char32_t c) {
    switch (c) {
        case U'■':
        case U'□':
        case U'●':
        case U'○':
        case U'◆':
        case U'◇':
        case U'▲':
        case U'△':
        case U'▼':
        case U'★':
        case U'☆':
        case U'◎':
        case U'►':
        case U'•':
        case '*':
        case U'※':
        case U'▍':
        case U'|':
        case U'｜':
            return true;
        default:
            return false;
    }
}

}  // namespace detail
}  // namespace broadsheet

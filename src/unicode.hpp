// Character classes shared by every component. One definition each: the tokenizer, the
// segmenter and the metadata extractor must agree on what a Han character is.
#pragma once

#include <broadsheet/text.hpp>
#include <cstddef>
#include <string_view>

namespace broadsheet {
namespace detail {

/// `decode_utf8` with the common cases inline: ASCII and well-formed 3-byte sequences (all of
/// CJK and full-width forms). The same result for any input; the rest goes to decode_utf8.
/// Every component decodes through this one, so they agree on every byte.
inline char32_t decode_utf8_fast(std::string_view text, std::size_t i,
                                 std::size_t& length) noexcept {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char b0 = byte(i);
    if (b0 < 0x80) {
        length = 1;
        return b0;
    }
    if (b0 >= 0xE1 && b0 <= 0xEF && b0 != 0xED && i + 2 < text.size() &&
        (byte(i + 1) & 0xC0) == 0x80 && (byte(i + 2) & 0xC0) == 0x80) {
        length = 3;
        return static_cast<char32_t>(((b0 & 0x0Fu) << 12) | ((byte(i + 1) & 0x3Fu) << 6) |
                                     (byte(i + 2) & 0x3Fu));
    }
    return broadsheet::decode_utf8(text, i, length);
}

/// CJK unified ideographs (BMP, extensions A to G), compatibility ideographs, and 〇.
inline bool is_han(char32_t c) noexcept {
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3134F) || c == 0x3007;
}

/// ASCII digits only (full-width digits are folded to these by normalize()).
inline bool is_ascii_digit(char32_t c) noexcept {
    return c >= U'0' && c <= U'9';
}

/// The value of a Chinese digit: 〇, ○ (its common stand-in) and 零 are 0, 一 to 九 are 1 to 9;
/// -1 for anything else (十, 百, 两 are numerals but not digits).
inline int han_digit_value(char32_t c) noexcept {
    switch (c) {
        case U'〇':
        case U'○':
        case U'零':
            return 0;
        case U'一':
            return 1;
        case U'二':
            return 2;
        case U'三':
            return 3;
        case U'四':
            return 4;
        case U'五':
            return 5;
        case U'六':
            return 6;
        case U'七':
            return 7;
        case U'八':
            return 8;
        case U'九':
            return 9;
        default:
            return -1;
    }
}

}  // namespace detail
}  // namespace broadsheet

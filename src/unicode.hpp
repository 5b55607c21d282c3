// Character classes shared by every component. One definition each: the tokenizer, the
// segmenter and the metadata extractor must agree on what a Han character is.
#pragma once

namespace broadsheet {
namespace detail {

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

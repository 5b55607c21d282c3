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

}  // namespace detail
}  // namespace broadsheet

// Internal: character classes the tokenizer and the sentence splitter share.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "unicode.hpp"

namespace broadsheet {
namespace detail {
namespace tok {

using detail::is_han;

enum class CharClass : std::uint8_t {
    space,         // spaces, tabs, line breaks
    han,           // CJK ideographs and 〇
    digit,         // ASCII digits
    latin,         // Latin letters (ASCII and accented) and combining marks
    other_letter,  // letters and marks of other scripts, non-ASCII digits
    punctuation,
    symbol,
    replacement,  // U+FFFD: what normalization made of invalid bytes
    other,        // controls, unassigned, private use
};

CharClass classify(char32_t cp) noexcept;

/// Decodes the character at `i` of well-formed UTF-8 (normalized text); sets `length`.
/// Ill-formed bytes decode as U+FFFD of length 1, so any text is safe.
inline char32_t next_code_point(std::string_view t, std::size_t i, std::size_t& length) noexcept {
    const auto b0 = static_cast<unsigned char>(t[i]);
    if (b0 < 0x80) {
        length = 1;
        return b0;
    }
    std::size_t len = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC0 ? 2 : 0;
    if (len == 0 || i + len > t.size()) {
        length = 1;
        return 0xFFFD;
    }
    char32_t cp = len == 2 ? (b0 & 0x1F) : len == 3 ? (b0 & 0x0F) : (b0 & 0x07);
    for (std::size_t k = 1; k < len; ++k) {
        const auto b = static_cast<unsigned char>(t[i + k]);
        if ((b & 0xC0) != 0x80) {
            length = 1;
            return 0xFFFD;
        }
        cp = (cp << 6) | (b & 0x3F);
    }
    length = len;
    return cp;
}

}  // namespace tok
}  // namespace detail
}  // namespace broadsheet

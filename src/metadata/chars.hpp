// Internal: a text as code points with their byte offsets, for pattern matching by index.
#pragma once

#include <broadsheet/text.hpp>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "unicode.hpp"

namespace broadsheet {
namespace detail {

/// `cps[i]` is the i-th code point of the text, starting at byte `offsets[i]`;
/// `offsets[size()]` is the text's byte size. Ill-formed bytes decode to U+FFFD.
struct CodePoints {
    std::vector<char32_t> cps;
    std::vector<std::size_t> offsets;

    explicit CodePoints(std::string_view text) {
        cps.reserve(text.size() / 2);
        offsets.reserve(text.size() / 2 + 1);
        std::size_t i = 0;
        while (i < text.size()) {
            offsets.push_back(i);
            std::size_t length = 1;
            cps.push_back(decode_utf8_fast(text, i, length));
            i += length;
        }
        offsets.push_back(text.size());
    }
    std::size_t size() const noexcept { return cps.size(); }
    char32_t at(std::size_t i) const noexcept { return i < cps.size() ? cps[i] : U'\0'; }
    /// Byte offset of code point `i` (or of the end when `i == size()`).
    std::size_t byte(std::size_t i) const noexcept {
        return offsets[i < offsets.size() ? i : offsets.size() - 1];
    }
    /// True when the code points from `i` spell `word` (given as UTF-32).
    bool matches(std::size_t i, std::u32string_view word) const noexcept {
        if (i + word.size() > cps.size()) return false;
        for (std::size_t k = 0; k < word.size(); ++k)
            if (cps[i + k] != word[k]) return false;
        return true;
    }
    std::string utf8(std::string_view text, std::size_t from, std::size_t to) const {
        return std::string(text.substr(byte(from), byte(to) - byte(from)));
    }
};

inline std::u32string to_u32(std::string_view utf8) {
    std::u32string out;
    std::size_t i = 0;
    while (i < utf8.size()) {
        std::size_t length = 1;
        out.push_back(decode_utf8(utf8, i, length));
        i += length;
    }
    return out;
}

inline std::string to_utf8(std::u32string_view cps) {
    std::string out;
    for (char32_t c : cps) append_utf8(out, c);
    return out;
}

}  // namespace detail
}  // namespace broadsheet

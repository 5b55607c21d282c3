// Invariants of a NormalizedText that every fuzz target over normalization checks.
#pragma once

#include <broadsheet/text.hpp>
#include <cstdlib>
#include <string>

/// Aborts unless `text` (made from `original_size` input bytes) is well-formed UTF-8, maps
/// every character boundary inside the input without going backwards, and reports
/// diagnostics inside the input.
inline void check_normalized_text(const broadsheet::NormalizedText& text,
                                  std::size_t original_size) {
    const std::string& s = text.text();
    std::size_t previous = 0;
    for (std::size_t i = 0; i <= s.size();) {
        const std::size_t begin = text.to_original_begin(i);
        if (begin > original_size || begin < previous) std::abort();
        previous = begin;
        if (i == s.size()) break;
        std::size_t length = 0;
        if (broadsheet::decode_utf8(s, i, length) == 0xFFFD && s.compare(i, 3, "\xEF\xBF\xBD") != 0)
            std::abort();
        i += length;
    }
    for (const auto& d : text.diagnostics())
        if (d.span.begin > d.span.end || d.span.end > original_size) std::abort();
}

// Internal: TF-IDF keywords with the embedded IDF table (data/keywords/idf.tsv).
#pragma once

#include <broadsheet/metadata.hpp>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "metadata/string_index.hpp"

namespace broadsheet {
namespace detail {

/// The IDF table: words pointing into the embedded data, hashed. Immutable; built once.
class IdfTable {
  public:
    static const IdfTable& instance();
    /// IDF of `word`, or a negative value when unknown. `tag` (optional) receives its word
    /// class: 'n' common noun, 'p' proper noun or abbreviation (ns, nt, nz, j), 'N' verbal noun,
    /// 'v' verb, 'a' adjective, 'd' adverb, 't' time word, 'i' idiom or set phrase, 'x' any other
    /// class (numeral, pronoun, conjunction...).
    double find(std::string_view word, char* tag = nullptr) const noexcept;
    double default_idf() const noexcept { return default_idf_; }
    /// Lengths (code points) of the words starting with `a`, `b`, as a superset: bit L-2 is
    /// set when a word of L characters (2 <= L <= 8) may start so, bit 7 for longer words.
    std::uint8_t lengths_starting(char32_t a, char32_t b) const noexcept {
        return prefix_filter_[prefix_slot(a, b)];
    }
    /// Upper bound on the length (code points) of a word starting with `a`, `b`; 0 if none.
    std::size_t max_length_starting(char32_t a, char32_t b) const noexcept {
        const std::uint8_t mask = lengths_starting(a, b);
        if (mask == 0) return 0;
        if (mask & 0x80) return 255;
        return 31 - static_cast<std::size_t>(__builtin_clz(mask)) + 2;
    }
    /// True when a word of `length` characters may start with `a`, `b` (no false negative).
    bool may_have_length(char32_t a, char32_t b, std::size_t length) const noexcept {
        if (length < 2) return false;
        const std::uint8_t mask = lengths_starting(a, b);
        return length > 8 ? (mask & 0x80) != 0 : (mask >> (length - 2)) & 1u;
    }
    std::size_t size() const noexcept { return words_.size(); }

  private:
    IdfTable();
    static std::size_t prefix_slot(char32_t a, char32_t b) noexcept {
        return ((static_cast<std::uint64_t>(a) * 0x9E3779B1u) ^
                (static_cast<std::uint64_t>(b) * 0x85EBCA77u)) &
               ((1u << 20) - 1);
    }
    struct Word {              // 12 bytes: the table has ~160,000 of them
        std::uint32_t offset;  // into the embedded data
        std::uint8_t length;
        char tag;
        float idf;
    };
    std::string_view text_of(std::size_t i) const noexcept {
        return data_.substr(words_[i].offset, words_[i].length);
    }
    std::string_view data_;
    std::vector<Word> words_;
    StringIndex index_;
    double default_idf_ = 11.0;
    std::vector<std::uint8_t> prefix_filter_ = std::vector<std::uint8_t>(1u << 20, 0);
};

/// The `max` best keywords of `text` (normalized UTF-8) by TF-IDF over dictionary words
/// (forward maximum matching) plus the given entity names (`extra`, with mention counts).
std::vector<Keyword> extract_keywords(std::string_view text,
                                      const std::vector<std::pair<std::string, std::size_t>>& extra,
                                      std::size_t max);

}  // namespace detail
}  // namespace broadsheet

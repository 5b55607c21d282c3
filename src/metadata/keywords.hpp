// Internal: keywords by TF-IDF with the embedded IDF table (data/keywords/idf.tsv), or by
// TextRank.
#pragma once

#include <broadsheet/metadata.hpp>
#include <broadsheet/tokenizer.hpp>
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
    /// What the table says about one word.
    struct Entry {
        std::ptrdiff_t id = -1;  ///< position in the table; -1 when the word is unknown
        float idf = -1;
        char tag = 'x';     ///< word class, as for `find`
        bool stop = false;  ///< frequent in news prose and saying nothing about the topic
    };
    /// `word` looked up; `hash` is `StringIndex::hash(word)` (callers matching prefixes of a
    /// text compute them incrementally with `StringIndex::Hasher`).
    Entry lookup(std::string_view word, std::uint64_t hash) const noexcept {
        Entry entry;
        entry.id = index_.find(word, hash, [this](std::size_t k) { return text_of(k); });
        if (entry.id < 0) return entry;
        const Word& w = words_[static_cast<std::size_t>(entry.id)];
        entry.idf = w.idf;
        entry.tag = w.tag;
        entry.stop = w.stop;
        return entry;
    }
    /// Hint that `lookup` will be called with `hash` soon.
    void prefetch(std::uint64_t hash) const noexcept { index_.prefetch(hash); }
    /// The word at `id` (an `Entry::id`) and its IDF.
    std::string_view text(std::size_t id) const noexcept { return text_of(id); }
    double idf(std::size_t id) const noexcept { return words_[id].idf; }
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
    struct Word {              // 12 bytes: the table has ~170,000 of them
        std::uint32_t offset;  // into the embedded data
        std::uint8_t length;
        char tag;
        bool stop;
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

/// The `max` best keywords of `text` (normalized UTF-8) by TextRank over the content words
/// `tokenizer` finds (see `KeywordMethod::text_rank`); occurrences of the entity names of
/// `extra` count as one word each. Paragraphs (lines) are not linked to each other.
std::vector<Keyword> extract_keywords_textrank(
    std::string_view text, const std::vector<std::pair<std::string, std::size_t>>& extra,
    std::size_t max, const Tokenizer& tokenizer);

/// TextRank scores of the distinct words of `words` (a sequence in text order; an empty
/// string is a break that no link crosses), in order of first occurrence. Two words are
/// linked when at most `window - 1` positions apart, weighted by how often they are; the
/// scores are iterated `iterations` times with damping 0.85 from 1 and scaled so the best is
/// 1. Deterministic. A word without any link scores lowest.
std::vector<std::pair<std::string_view, double>> textrank(
    const std::vector<std::string_view>& words, std::size_t window = 5, int iterations = 30);

}  // namespace detail
}  // namespace broadsheet

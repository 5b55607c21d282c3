// A compact code-point trie stored as flat arrays in one block of 32-bit words, so the
// same bytes serve as the build-time compiled lexicon (embedded, used in place) and as a
// user dictionary compiled at run time. No dependency beyond the standard library: the
// build-time compiler tool (lexicon_compile.cpp) links this file alone.
//
// Layout (native-endian u32 words):
//   [0] magic, [1] version, [2] node count N, [3] word count, [4] ln(total frequency) as
//   float bits, [5..7] reserved, then code_point[N], child_begin[N + 1], weight[N].
// Node 0 is the root. The children of node n are the nodes child_begin[n] ..
// child_begin[n + 1] - 1, sorted by code point (nodes are numbered breadth-first).
// weight is ln(frequency) (>= 0) for a word, kNoFrequency for a word without one,
// kNotAWord otherwise.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace broadsheet {
namespace detail {
namespace tok {

constexpr std::uint32_t kTrieMagic = 0x584C5342;  // "BSLX"
constexpr std::uint32_t kTrieVersion = 1;
constexpr std::size_t kTrieHeaderWords = 8;
constexpr float kNotAWord = -1.0f;
constexpr float kNoFrequency = -2.0f;

/// Full-width ASCII (U+FF01..U+FF5E) to ASCII, as normalization folds it by default.
inline char32_t fold_fullwidth(char32_t cp) noexcept {
    return cp >= 0xFF01 && cp <= 0xFF5E ? cp - 0xFEE0 : cp;
}

/// Read-only view of a compiled trie (does not own the words).
class TrieView {
  public:
    TrieView() = default;
    /// Checks the header and sizes; returns false (and stays empty) when `words` is not a
    /// trie of this version.
    bool attach(const std::uint32_t* words, std::size_t word_count) noexcept;

    bool empty() const noexcept { return node_count_ == 0; }
    std::uint32_t word_count() const noexcept { return words_in_trie_; }
    float log_total() const noexcept { return log_total_; }

    /// The child of `node` for `code_point`, or 0 when there is none (0 is the root, never
    /// a child).
    std::uint32_t child(std::uint32_t node, char32_t code_point) const noexcept {
        std::uint32_t lo = child_begin_[node];
        std::uint32_t hi = child_begin_[node + 1];
        while (lo < hi) {
            const std::uint32_t mid = (lo + hi) >> 1;
            const std::uint32_t cp = code_point_[mid];
            if (cp < code_point)
                lo = mid + 1;
            else if (cp > code_point)
                hi = mid;
            else
                return mid;
        }
        return 0;
    }
    std::uint32_t first_child(std::uint32_t node) const noexcept { return child_begin_[node]; }
    char32_t code_point(std::uint32_t node) const noexcept { return code_point_[node]; }
    float weight(std::uint32_t node) const noexcept {
        float w;
        std::memcpy(&w, weight_ + node, sizeof w);
        return w;
    }
    /// The root's child for `code_point`: a table lookup in the Basic Multilingual Plane once
    /// `set_root_index()` was given a table.
    std::uint32_t root_child(char32_t code_point) const noexcept {
        if (root_index_ && code_point < 0x10000) return root_index_[code_point];
        return child(0, code_point);
    }
    /// Uses `table` (0x10000 entries, from `build_root_index`, kept alive by the caller).
    void set_root_index(const std::uint32_t* table) noexcept { root_index_ = table; }
    /// Node reached by a whole UTF-8 word, or 0.
    std::uint32_t find(std::string_view utf8_word) const noexcept;

  private:
    const std::uint32_t* code_point_ = nullptr;
    const std::uint32_t* child_begin_ = nullptr;
    const std::uint32_t* weight_ = nullptr;
    const std::uint32_t* root_index_ = nullptr;
    std::uint32_t node_count_ = 0;
    std::uint32_t words_in_trie_ = 0;
    float log_total_ = 0.0f;
};

/// One entry to compile: the word as code points, and its weight (ln frequency or
/// kNoFrequency).
struct TrieEntry {
    std::u32string word;
    float weight;
};

/// Compiles entries (any order; for duplicates the last one wins) into the trie layout.
/// `log_total` is stored in the header (ln of the sum of frequencies, 0 when unknown).
std::vector<std::uint32_t> compile_trie(std::vector<TrieEntry> entries, float log_total);

/// The root's children by code point for the Basic Multilingual Plane (0 = none).
std::vector<std::uint32_t> build_root_index(const TrieView& trie);

/// Decodes well-formed UTF-8 into code points; false on any ill-formed sequence.
bool utf8_to_code_points(std::string_view text, std::u32string& out);

}  // namespace tok
}  // namespace detail
}  // namespace broadsheet

namespace broadsheet {
namespace detail {
namespace tok {

/// Where dictionary text is malformed.
struct DictionaryParseFailure {
    std::size_t line = 0;  // 1-based
    std::string message;
};

/// Parses dictionary text: one `word [freq] [tag]` entry a line (jieba's format, plain word
/// lists included); `#` comment lines, blank lines, CR LF and a leading BOM accepted.
/// Appends entries (weight ln(freq), or kNoFrequency) and adds the frequencies to
/// `total_frequency`. Returns false and fills `failure` at the first malformed line.
bool parse_dictionary_text(std::string_view text, std::vector<TrieEntry>& entries,
                           double& total_frequency, DictionaryParseFailure& failure);

}  // namespace tok
}  // namespace detail
}  // namespace broadsheet

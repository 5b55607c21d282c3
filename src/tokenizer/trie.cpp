#include "tokenizer/trie.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace broadsheet {
namespace detail {
namespace tok {

bool TrieView::attach(const std::uint32_t* words, std::size_t word_count) noexcept {
    *this = TrieView();
    if (word_count < kTrieHeaderWords || words[0] != kTrieMagic || words[1] != kTrieVersion)
        return false;
    const std::size_t n = words[2];
    if (n == 0 || word_count != kTrieHeaderWords + 3 * n + 1) return false;
    code_point_ = words + kTrieHeaderWords;
    child_begin_ = code_point_ + n;
    weight_ = child_begin_ + n + 1;
    node_count_ = static_cast<std::uint32_t>(n);
    words_in_trie_ = words[3];
    std::memcpy(&log_total_, words + 4, sizeof log_total_);
    return true;
}

bool utf8_to_code_points(std::string_view text, std::u32string& out) {
    out.clear();
    std::size_t i = 0;
    while (i < text.size()) {
        const auto b0 = static_cast<unsigned char>(text[i]);
        std::size_t len;
        char32_t cp;
        if (b0 < 0x80) {
            len = 1;
            cp = b0;
        } else if (b0 >= 0xC2 && b0 < 0xE0) {
            len = 2;
            cp = b0 & 0x1F;
        } else if (b0 >= 0xE0 && b0 < 0xF0) {
            len = 3;
            cp = b0 & 0x0F;
        } else if (b0 >= 0xF0 && b0 < 0xF5) {
            len = 4;
            cp = b0 & 0x07;
        } else {
            return false;
        }
        if (i + len > text.size()) return false;
        for (std::size_t k = 1; k < len; ++k) {
            const auto b = static_cast<unsigned char>(text[i + k]);
            if ((b & 0xC0) != 0x80) return false;
            cp = (cp << 6) | (b & 0x3F);
        }
        if ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp < 0xE000))) ||
            (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
            return false;
        out.push_back(cp);
        i += len;
    }
    return true;
}

std::uint32_t TrieView::find(std::string_view utf8_word) const noexcept {
    if (empty() || utf8_word.empty()) return 0;
    std::uint32_t node = 0;
    std::size_t i = 0;
    while (i < utf8_word.size()) {
        // Words in the trie are well-formed, so a plain decoder suffices; anything
        // ill-formed simply fails to match.
        const auto b0 = static_cast<unsigned char>(utf8_word[i]);
        const std::size_t len = b0 < 0x80 ? 1 : b0 < 0xE0 ? 2 : b0 < 0xF0 ? 3 : 4;
        if (i + len > utf8_word.size()) return 0;
        char32_t cp = len == 1 ? b0 : len == 2 ? (b0 & 0x1F) : len == 3 ? (b0 & 0x0F) : (b0 & 0x07);
        for (std::size_t k = 1; k < len; ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(utf8_word[i + k]) & 0x3F);
        node = child(node, fold_fullwidth(cp));
        if (node == 0) return 0;
        i += len;
    }
    return node;
}

std::vector<std::uint32_t> build_root_index(const TrieView& trie) {
    std::vector<std::uint32_t> table;
    if (trie.empty()) return table;
    table.assign(0x10000, 0);
    for (std::uint32_t i = trie.first_child(0); i < trie.first_child(1); ++i) {
        const char32_t cp = trie.code_point(i);
        if (cp < 0x10000) table[cp] = i;
    }
    return table;
}

std::vector<std::uint32_t> compile_trie(std::vector<TrieEntry> entries, float log_total) {
    // Stable sort keeps input order among duplicates; keep the last of each word.
    std::stable_sort(entries.begin(), entries.end(),
                     [](const TrieEntry& a, const TrieEntry& b) { return a.word < b.word; });
    std::vector<TrieEntry> unique;
    unique.reserve(entries.size());
    for (auto& e : entries) {
        if (e.word.empty()) continue;
        if (!unique.empty() && unique.back().word == e.word)
            unique.back() = std::move(e);
        else
            unique.push_back(std::move(e));
    }

    struct Range {
        std::size_t lo, hi, depth;
    };
    std::vector<std::uint32_t> code_point{0};
    std::vector<std::uint32_t> child_begin;
    std::vector<float> weight{kNotAWord};
    std::vector<Range> ranges{{0, unique.size(), 0}};
    for (std::size_t node = 0; node < ranges.size(); ++node) {
        Range r = ranges[node];
        if (r.lo < r.hi && unique[r.lo].word.size() == r.depth) {
            weight[node] = unique[r.lo].weight;
            ++r.lo;
        }
        child_begin.push_back(static_cast<std::uint32_t>(code_point.size()));
        std::size_t i = r.lo;
        while (i < r.hi) {
            const char32_t cp = unique[i].word[r.depth];
            std::size_t j = i + 1;
            while (j < r.hi && unique[j].word[r.depth] == cp) ++j;
            code_point.push_back(cp);
            weight.push_back(kNotAWord);
            ranges.push_back({i, j, r.depth + 1});
            i = j;
        }
    }
    const std::size_t n = code_point.size();
    child_begin.push_back(static_cast<std::uint32_t>(n));

    std::vector<std::uint32_t> out(kTrieHeaderWords + 3 * n + 1, 0);
    out[0] = kTrieMagic;
    out[1] = kTrieVersion;
    out[2] = static_cast<std::uint32_t>(n);
    out[3] = static_cast<std::uint32_t>(unique.size());
    std::memcpy(&out[4], &log_total, sizeof log_total);
    std::copy(code_point.begin(), code_point.end(), out.begin() + kTrieHeaderWords);
    std::copy(child_begin.begin(), child_begin.end(), out.begin() + kTrieHeaderWords + n);
    std::memcpy(out.data() + kTrieHeaderWords + 2 * n + 1, weight.data(), n * sizeof(float));
    return out;
}

namespace {
bool is_blank(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}
bool all_of_class(std::string_view s, bool (*pred)(char)) {
    if (s.empty()) return false;
    for (char c : s)
        if (!pred(c)) return false;
    return true;
}
bool is_frequency_char(char c) {
    return (c >= '0' && c <= '9') || c == '.';
}
bool is_tag_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '-';
}
bool is_digit_start(std::string_view s) {
    return !s.empty() && s[0] >= '0' && s[0] <= '9';
}
}  // namespace

bool parse_dictionary_text(std::string_view text, std::vector<TrieEntry>& entries,
                           double& total_frequency, DictionaryParseFailure& failure) {
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    std::size_t line_number = 0;
    std::size_t pos = 0;
    std::string_view fields[4];
    while (pos < text.size()) {
        ++line_number;
        std::size_t eol = text.find('\n', pos);
        if (eol == std::string_view::npos) eol = text.size();
        const std::string_view line = text.substr(pos, eol - pos);
        pos = eol + 1;

        std::size_t count = 0;
        std::size_t i = 0;
        bool too_many = false;
        while (i < line.size()) {
            while (i < line.size() && is_blank(line[i])) ++i;
            if (i == line.size()) break;
            std::size_t j = i;
            while (j < line.size() && !is_blank(line[j])) ++j;
            if (count == 3) {
                too_many = true;
                break;
            }
            fields[count++] = line.substr(i, j - i);
            i = j;
        }
        if (count == 0 || fields[0][0] == '#') continue;
        auto fail = [&](std::string message) {
            failure.line = line_number;
            failure.message = std::move(message);
            return false;
        };
        if (too_many)
            return fail("expected 'word [frequency] [tag]', found more than three fields");
        TrieEntry entry;
        if (!utf8_to_code_points(fields[0], entry.word)) return fail("word is not valid UTF-8");
        // Entries are matched against normalized text, where full-width ASCII is folded.
        for (char32_t& cp : entry.word) cp = fold_fullwidth(cp);
        for (char32_t cp : entry.word)
            if (cp < 0x20 || cp == 0x7F) return fail("word contains a control character");
        entry.weight = kNoFrequency;
        std::size_t next = 1;
        if (next < count && is_digit_start(fields[next])) {
            if (!all_of_class(fields[next], is_frequency_char))
                return fail("frequency '" + std::string(fields[next]) + "' is not a number");
            const double frequency = std::strtod(std::string(fields[next]).c_str(), nullptr);
            total_frequency += frequency;
            entry.weight = static_cast<float>(std::log(std::max(frequency, 1.0)));
            ++next;
        }
        if (next < count) {
            if (!all_of_class(fields[next], is_tag_char))
                return fail("expected a frequency or a part-of-speech tag, found '" +
                            std::string(fields[next]) + "'");
            ++next;
        }
        if (next < count)
            return fail("unexpected field '" + std::string(fields[next]) + "' after the tag");
        entries.push_back(std::move(entry));
    }
    return true;
}

}  // namespace tok
}  // namespace detail
}  // namespace broadsheet

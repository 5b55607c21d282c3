// TF-IDF keywords. Words come from forward maximum matching against the IDF table itself
// (no dependency on the tokenizer); entity names found by the recognizer are candidates too.
#include "metadata/keywords.hpp"

#include <algorithm>
#include <cstdlib>
#include <iterator>
#include <unordered_map>
#include <unordered_set>

#include "metadata/chars.hpp"

namespace broadsheet {
namespace detail {
extern const unsigned char keyword_idf[];
extern const std::size_t keyword_idf_size;
}  // namespace detail
}  // namespace broadsheet

namespace broadsheet {
namespace detail {

namespace {

// Frequent words of news prose that say nothing about the topic.
constexpr std::string_view stop_words[] = {
    "表示", "进行", "开展", "工作", "发展", "推动", "实现", "通过", "提升", "加强",   "推进",
    "持续", "积极", "相关", "有关", "方面", "情况", "问题", "活动", "全面", "深入",   "进一步",
    "不断", "重要", "同时", "其中", "目前", "已经", "可以", "以及", "记者", "通讯员", "日前",
    "近日", "期间", "负责", "希望", "共同", "建设", "作为", "成为", "这些", "一些",   "我们",
    "他们", "大家", "自己", "没有", "已经", "还是", "可能", "需要", "通过", "举办",   "参加",
};

bool is_stop_word(std::string_view word) {
    // Hashed once: the check runs for every word of every text.
    static const std::unordered_set<std::string_view> set(std::begin(stop_words),
                                                          std::end(stop_words));
    return set.count(word) != 0;
}

// "12.34" without allocating (the table has a few hundred thousand of them).
float parse_decimal(std::string_view s) {
    double value = 0, scale = 0;
    for (char c : s) {
        if (c == '.') {
            scale = 1;
        } else if (c >= '0' && c <= '9') {
            value = value * 10 + (c - '0');
            if (scale > 0) scale *= 10;
        } else {
            break;
        }
    }
    return static_cast<float>(scale > 0 ? value / scale : value);
}

}  // namespace

const IdfTable& IdfTable::instance() {
    static const IdfTable table;
    return table;
}

IdfTable::IdfTable() {
    const std::string_view data(reinterpret_cast<const char*>(keyword_idf), keyword_idf_size);
    words_.reserve(150000);
    std::size_t pos = 0;
    std::vector<float> values;
    while (pos < data.size()) {
        std::size_t eol = data.find('\n', pos);
        if (eol == std::string_view::npos) eol = data.size();
        const std::string_view line = data.substr(pos, eol - pos);
        pos = eol + 1;
        if (line.empty() || line[0] == '#') continue;
        const std::size_t tab = line.find('\t');
        if (tab == std::string_view::npos) continue;
        const std::string_view rest = line.substr(tab + 1);
        const std::size_t tab2 = rest.find('\t');
        const std::string_view value = rest.substr(0, tab2);
        const std::string_view pos_tag =
            tab2 == std::string_view::npos ? "n" : rest.substr(tab2 + 1);
        char tag = 'n';
        if (pos_tag == "nr")
            tag = 'r';
        else if (pos_tag == "ns" || pos_tag == "nt" || pos_tag == "nz" || pos_tag == "nrt" ||
                 pos_tag == "j")
            tag = 'p';
        else if (pos_tag == "vn" || pos_tag == "an")
            tag = 'N';
        else if (pos_tag == "v")
            tag = 'v';
        else if (pos_tag == "a" || pos_tag == "ad")
            tag = 'a';
        else if (pos_tag == "d")
            tag = 'd';
        else if (pos_tag == "t")
            tag = 't';
        else if (pos_tag == "i" || pos_tag == "l")
            tag = 'i';
        else if ((pos_tag.empty() || pos_tag[0] != 'n') && pos_tag != "j")
            tag = 'x';  // numerals, pronouns, particles...
        const std::string_view word = line.substr(0, tab);
        if (word.size() > 255) continue;
        words_.push_back(Word{static_cast<std::uint32_t>(word.data() - data.data()),
                              static_cast<std::uint8_t>(word.size()), tag, parse_decimal(value)});
        std::size_t l1 = 0, l2 = 0, length = 0;
        if (word.empty()) continue;
        const char32_t a = decode_utf8(word, 0, l1);
        if (l1 >= word.size()) continue;
        const char32_t b = decode_utf8(word, l1, l2);
        for (unsigned char c : word) length += (c & 0xC0) != 0x80;
        if (length < 2) continue;
        prefix_filter_[prefix_slot(a, b)] |=
            static_cast<std::uint8_t>(length > 8 ? 0x80u : 1u << (length - 2));
    }
    data_ = data;
    index_.build(words_.size(), [this](std::size_t i) { return text_of(i); });
    if (!words_.empty()) {
        std::vector<float> all;
        all.reserve(words_.size());
        for (const Word& w : words_) all.push_back(w.idf);
        std::nth_element(all.begin(), all.begin() + all.size() / 2, all.end());
        default_idf_ = all[all.size() / 2];
    }
}

double IdfTable::find(std::string_view word, char* tag) const noexcept {
    const std::ptrdiff_t i = index_.find(word, [this](std::size_t k) { return text_of(k); });
    if (i < 0) return -1;
    const Word& w = words_[static_cast<std::size_t>(i)];
    if (tag) *tag = w.tag;
    return w.idf;
}

std::vector<Keyword> extract_keywords(std::string_view text,
                                      const std::vector<std::pair<std::string, std::size_t>>& extra,
                                      std::size_t max) {
    std::vector<Keyword> out;
    if (max == 0) return out;
    const IdfTable& table = IdfTable::instance();
    const CodePoints cp(text);
    // Keys view `text` or `extra`, both alive for the whole call.
    std::unordered_map<std::string_view, std::pair<std::size_t, double>> counts;  // tf, idf
    counts.reserve(cp.size() / 4 + extra.size());
    std::size_t total = 0;
    for (std::size_t i = 0; i < cp.size();) {
        if (!is_han(cp.at(i))) {
            ++i;
            continue;
        }
        std::size_t matched = 0;
        double idf = -1;
        char tag = 'n';
        // Only the lengths some word starting with these two characters has.
        const unsigned lengths =
            i + 1 < cp.size() ? table.lengths_starting(cp.at(i), cp.at(i + 1)) & 0x1Fu : 0;
        for (std::size_t len = std::min<std::size_t>(6, cp.size() - i); len >= 2; --len) {
            if (!((lengths >> (len - 2)) & 1u)) continue;
            const std::string_view word = text.substr(cp.byte(i), cp.byte(i + len) - cp.byte(i));
            idf = table.find(word, &tag);
            if (idf >= 0) {
                matched = len;
                break;
            }
        }
        ++total;
        if (matched == 0) {
            ++i;
            continue;
        }
        const std::string_view word = text.substr(cp.byte(i), cp.byte(i + matched) - cp.byte(i));
        if ((tag == 'n' || tag == 'p' || tag == 'N' || tag == 'v' || tag == 'i') &&
            !is_stop_word(word)) {
            auto& entry = counts[word];
            ++entry.first;
            entry.second = idf;
        }
        i += matched;
    }
    for (const auto& [name, mentions] : extra) {
        if (name.size() < 6 || is_stop_word(name)) continue;  // at least two CJK characters
        auto& entry = counts[name];
        entry.first = std::max(entry.first, mentions);
        const double idf = table.find(name);
        entry.second = idf >= 0 ? idf : table.default_idf();
    }
    if (total == 0) return out;
    struct Candidate {
        std::string_view text;
        double weight;
    };
    std::vector<Candidate> candidates;
    candidates.reserve(counts.size());
    for (const auto& [word, value] : counts)
        candidates.push_back(Candidate{
            word, static_cast<double>(value.first) * value.second / static_cast<double>(total)});
    const auto better = [](const Candidate& a, const Candidate& b) {
        return a.weight != b.weight ? a.weight > b.weight : a.text < b.text;
    };
    // Only the head is needed: order a generous prefix, the rest only if it runs out.
    const auto head =
        candidates.begin() + static_cast<std::ptrdiff_t>(std::min(candidates.size(), 4 * max + 16));
    std::nth_element(candidates.begin(), head, candidates.end(), better);
    std::sort(candidates.begin(), head, better);
    // A keyword inside a better one adds nothing (天津 under 天津医科大学).
    for (auto it = candidates.begin(); it != candidates.end() && out.size() < max; ++it) {
        if (it == head) std::sort(head, candidates.end(), better);
        bool inside = false;
        for (const Keyword& k : out)
            if (k.text.find(it->text) != std::string::npos) inside = true;
        if (!inside) out.push_back(Keyword{std::string(it->text), it->weight});
    }
    return out;
}

}  // namespace detail
}  // namespace broadsheet

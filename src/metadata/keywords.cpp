// Keywords. TF-IDF: words come from forward maximum matching against the IDF table itself
// (cheaper than tokenizing); TextRank: over the tokenizer's words. Entity names found by the
// recognizer are candidates in both.
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

// The word classes keywords are taken from: nouns, proper nouns, verbal nouns, verbs, idioms.
bool is_content_class(char tag) {
    return tag == 'n' || tag == 'p' || tag == 'N' || tag == 'v' || tag == 'i';
}

struct Candidate {
    std::string_view text;
    double weight;
};

// The `max` best candidates, ties by text; a candidate inside a better keyword adds nothing
// (天津 under 天津医科大学).
std::vector<Keyword> best_keywords(std::vector<Candidate> candidates, std::size_t max) {
    std::vector<Keyword> out;
    const auto better = [](const Candidate& a, const Candidate& b) {
        return a.weight != b.weight ? a.weight > b.weight : a.text < b.text;
    };
    // Only the head is needed: order a generous prefix, the rest only if it runs out.
    const auto head =
        candidates.begin() + static_cast<std::ptrdiff_t>(std::min(candidates.size(), 4 * max + 16));
    std::nth_element(candidates.begin(), head, candidates.end(), better);
    std::sort(candidates.begin(), head, better);
    for (auto it = candidates.begin(); it != candidates.end() && out.size() < max; ++it) {
        if (it == head) std::sort(head, candidates.end(), better);
        bool inside = false;
        for (const Keyword& k : out)
            if (k.text.find(it->text) != std::string::npos) inside = true;
        if (!inside) out.push_back(Keyword{std::string(it->text), it->weight});
    }
    return out;
}

// The word class (see IdfTable::find) of a jieba part-of-speech tag.
char word_class(std::string_view t) {
    if (t.empty()) return 'x';
    switch (t[0]) {
        case 'n':
            if (t == "nr") return 'r';
            if (t == "ns" || t == "nt" || t == "nz" || t == "nrt") return 'p';
            return 'n';
        case 'j':
            return t == "j" ? 'p' : 'x';
        case 'v':
            return t == "v" ? 'v' : t == "vn" ? 'N' : 'x';
        case 'a':
            return t == "an" ? 'N' : t == "a" || t == "ad" ? 'a' : 'x';
        case 'd':
            return t == "d" ? 'd' : 'x';
        case 't':
            return t == "t" ? 't' : 'x';
        case 'i':
        case 'l':
            return t.size() == 1 ? 'i' : 'x';
        default:
            return 'x';  // numerals, pronouns, particles...
    }
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
    words_.reserve(static_cast<std::size_t>(std::count(data.begin(), data.end(), '\n')) + 1);
    std::size_t pos = 0;
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
        const char tag = word_class(pos_tag);
        const std::string_view word = line.substr(0, tab);
        if (word.size() > 255) continue;
        words_.push_back(Word{static_cast<std::uint32_t>(word.data() - data.data()),
                              static_cast<std::uint8_t>(word.size()), tag, false,
                              parse_decimal(value)});
        std::size_t l1 = 0, l2 = 0, length = 0;
        if (word.empty()) continue;
        const char32_t a = decode_utf8_fast(word, 0, l1);
        if (l1 >= word.size()) continue;
        const char32_t b = decode_utf8_fast(word, l1, l2);
        for (unsigned char c : word) length += (c & 0xC0) != 0x80;
        if (length < 2) continue;
        prefix_filter_[prefix_slot(a, b)] |=
            static_cast<std::uint8_t>(length > 8 ? 0x80u : 1u << (length - 2));
    }
    data_ = data;
    index_.build(words_.size(), [this](std::size_t i) { return text_of(i); });
    for (std::string_view stop : stop_words) {
        const std::ptrdiff_t id = index_.find(stop, [this](std::size_t k) { return text_of(k); });
        if (id >= 0) words_[static_cast<std::size_t>(id)].stop = true;
    }
    if (!words_.empty()) {
        std::vector<float> all;
        all.reserve(words_.size());
        for (const Word& w : words_) all.push_back(w.idf);
        std::nth_element(all.begin(), all.begin() + all.size() / 2, all.end());
        default_idf_ = all[all.size() / 2];
    }
}

double IdfTable::find(std::string_view word, char* tag) const noexcept {
    const Entry entry = lookup(word, StringIndex::hash(word));
    if (entry.id < 0) return -1;
    if (tag) *tag = entry.tag;
    return entry.idf;
}

std::vector<Keyword> extract_keywords(std::string_view text,
                                      const std::vector<std::pair<std::string, std::size_t>>& extra,
                                      std::size_t max) {
    std::vector<Keyword> out;
    if (max == 0) return out;
    const IdfTable& table = IdfTable::instance();
    const CodePoints cp(text);
    // Forward maximum matching over the table; the candidate words are counted by table id.
    std::vector<std::uint32_t> found;
    found.reserve(cp.size() / 2);
    std::size_t total = 0;
    for (std::size_t i = 0; i < cp.size();) {
        if (!is_han(cp.at(i))) {
            ++i;
            continue;
        }
        ++total;
        // Only the lengths some word starting with these two characters has.
        const unsigned lengths =
            i + 1 < cp.size() ? table.lengths_starting(cp.at(i), cp.at(i + 1)) & 0x1Fu : 0;
        if (lengths == 0) {
            ++i;
            continue;
        }
        const std::size_t longest = std::min<std::size_t>(
            31 - static_cast<std::size_t>(__builtin_clz(lengths)) + 2, cp.size() - i);
        // The hashes of the prefixes of 2..longest characters, in one pass.
        std::uint64_t hashes[7];
        StringIndex::Hasher hasher;
        for (std::size_t len = 1; len <= longest; ++len) {
            hasher.add(text.substr(cp.byte(i + len - 1), cp.byte(i + len) - cp.byte(i + len - 1)));
            hashes[len] = hasher.value();
            if (len >= 2 && ((lengths >> (len - 2)) & 1u)) table.prefetch(hashes[len]);
        }
        std::size_t matched = 0;
        IdfTable::Entry entry;
        for (std::size_t len = longest; len >= 2; --len) {
            if (!((lengths >> (len - 2)) & 1u)) continue;
            entry =
                table.lookup(text.substr(cp.byte(i), cp.byte(i + len) - cp.byte(i)), hashes[len]);
            if (entry.id >= 0) {
                matched = len;
                break;
            }
        }
        if (matched == 0) {
            ++i;
            continue;
        }
        if (is_content_class(entry.tag) && !entry.stop)
            found.push_back(static_cast<std::uint32_t>(entry.id));
        i += matched;
    }
    // Mention counts: table words by id, entity names the table lacks by text.
    std::sort(found.begin(), found.end());
    std::vector<std::pair<std::uint32_t, std::size_t>> word_counts;  // id, tf
    for (std::size_t k = 0; k < found.size();) {
        std::size_t j = k;
        while (j < found.size() && found[j] == found[k]) ++j;
        word_counts.emplace_back(found[k], j - k);
        k = j;
    }
    std::vector<std::pair<std::string_view, std::size_t>> other_names;  // text, tf
    for (const auto& [name, mentions] : extra) {
        if (name.size() < 6 || is_stop_word(name)) continue;  // at least two CJK characters
        const std::ptrdiff_t id = table.lookup(name, StringIndex::hash(name)).id;
        if (id >= 0) {
            const auto it = std::lower_bound(word_counts.begin(), word_counts.end(),
                                             static_cast<std::uint32_t>(id),
                                             [](const std::pair<std::uint32_t, std::size_t>& e,
                                                std::uint32_t v) { return e.first < v; });
            if (it != word_counts.end() && it->first == static_cast<std::uint32_t>(id))
                it->second = std::max(it->second, mentions);
            else
                word_counts.insert(it, {static_cast<std::uint32_t>(id), mentions});
            continue;
        }
        const std::string_view name_text = name;  // C++17 lambdas cannot capture bindings
        const auto it = std::find_if(other_names.begin(), other_names.end(),
                                     [&](const std::pair<std::string_view, std::size_t>& e) {
                                         return e.first == name_text;
                                     });
        if (it != other_names.end())
            it->second = std::max(it->second, mentions);
        else
            other_names.emplace_back(name, mentions);
    }
    if (total == 0) return out;
    std::vector<Candidate> candidates;
    candidates.reserve(word_counts.size() + other_names.size());
    for (const auto& [id, tf] : word_counts)
        candidates.push_back(Candidate{
            table.text(id), static_cast<double>(tf) * table.idf(id) / static_cast<double>(total)});
    for (const auto& [name, tf] : other_names)
        candidates.push_back(Candidate{
            name, static_cast<double>(tf) * table.default_idf() / static_cast<double>(total)});
    return best_keywords(std::move(candidates), max);
}

std::vector<std::pair<std::string_view, double>> textrank(
    const std::vector<std::string_view>& words, std::size_t window, int iterations) {
    // Nodes in order of first occurrence; the sequence as node ids (-1: a break).
    std::unordered_map<std::string_view, std::uint32_t> node_of;
    std::vector<std::pair<std::string_view, double>> nodes;
    std::vector<std::int64_t> sequence;
    sequence.reserve(words.size());
    for (std::string_view w : words) {
        if (w.empty()) {
            sequence.push_back(-1);
            continue;
        }
        const auto [it, added] = node_of.emplace(w, static_cast<std::uint32_t>(nodes.size()));
        if (added) nodes.emplace_back(w, 0.0);
        sequence.push_back(it->second);
    }
    if (nodes.empty()) return nodes;
    // Undirected co-occurrence edges, both directions, merged into weights.
    std::vector<std::pair<std::uint64_t, double>> edges;  // (from << 32 | to), weight
    for (std::size_t i = 0; i < sequence.size(); ++i) {
        if (sequence[i] < 0) continue;
        for (std::size_t j = i + 1; j < sequence.size() && j < i + window; ++j) {
            if (sequence[j] < 0) break;
            if (sequence[j] == sequence[i]) continue;
            const auto a = static_cast<std::uint64_t>(sequence[i]);
            const auto b = static_cast<std::uint64_t>(sequence[j]);
            edges.emplace_back(a << 32 | b, 1.0);
            edges.emplace_back(b << 32 | a, 1.0);
        }
    }
    std::sort(edges.begin(), edges.end());
    // Compressed adjacency: for node v, its neighbours (and weights) in order.
    std::vector<std::size_t> first(nodes.size() + 1, 0);
    std::vector<std::uint32_t> neighbour;
    std::vector<double> weight;
    for (std::size_t e = 0; e < edges.size();) {
        std::size_t f = e;
        double w = 0;
        while (f < edges.size() && edges[f].first == edges[e].first) w += edges[f++].second;
        ++first[(edges[e].first >> 32) + 1];
        neighbour.push_back(static_cast<std::uint32_t>(edges[e].first & 0xFFFFFFFFu));
        weight.push_back(w);
        e = f;
    }
    for (std::size_t v = 0; v < nodes.size(); ++v) first[v + 1] += first[v];
    std::vector<double> out_weight(nodes.size(), 0);
    for (std::size_t v = 0; v < nodes.size(); ++v)
        for (std::size_t k = first[v]; k < first[v + 1]; ++k) out_weight[v] += weight[k];

    constexpr double damping = 0.85;
    std::vector<double> score(nodes.size(), 1.0), next(nodes.size());
    for (int round = 0; round < iterations; ++round) {
        for (std::size_t v = 0; v < nodes.size(); ++v) {
            double sum = 0;
            // The graph is symmetric: v's neighbours are the nodes that vote for v.
            for (std::size_t k = first[v]; k < first[v + 1]; ++k)
                sum += weight[k] / out_weight[neighbour[k]] * score[neighbour[k]];
            next[v] = (1 - damping) + damping * sum;
        }
        score.swap(next);
    }
    const double best = *std::max_element(score.begin(), score.end());
    for (std::size_t v = 0; v < nodes.size(); ++v) nodes[v].second = score[v] / best;
    return nodes;
}

std::vector<Keyword> extract_keywords_textrank(
    std::string_view text, const std::vector<std::pair<std::string, std::size_t>>& extra,
    std::size_t max, const Tokenizer& tokenizer) {
    if (max == 0) return {};
    const IdfTable& table = IdfTable::instance();
    // Where the entity names occur (longest names first, no overlap): one word each.
    struct NameAt {
        std::size_t begin, end;
        std::string_view name;
    };
    std::vector<std::string_view> names;
    for (const auto& entry : extra)
        if (entry.first.size() >= 6 && !is_stop_word(entry.first)) names.push_back(entry.first);
    std::sort(names.begin(), names.end(), [](std::string_view a, std::string_view b) {
        return a.size() != b.size() ? a.size() > b.size() : a < b;
    });
    std::vector<NameAt> occurrences;
    for (std::string_view name : names)
        for (std::size_t at = text.find(name); at != std::string_view::npos;
             at = text.find(name, at + name.size())) {
            const std::size_t end = at + name.size();
            bool overlaps = false;
            for (const NameAt& o : occurrences)
                overlaps = overlaps || (at < o.end && o.begin < end);
            if (!overlaps) occurrences.push_back(NameAt{at, end, name});
        }
    std::sort(occurrences.begin(), occurrences.end(),
              [](const NameAt& a, const NameAt& b) { return a.begin < b.begin; });

    std::vector<std::string_view> words;
    std::size_t next_name = 0;
    tokenizer.for_each_token(text, [&](const Token& token) {
        const std::size_t begin = token.span.begin;
        while (next_name < occurrences.size() && occurrences[next_name].end <= begin) ++next_name;
        if (next_name < occurrences.size() && begin >= occurrences[next_name].begin) {
            // Inside a name: the name once, at its first token.
            if (begin == occurrences[next_name].begin) words.push_back(occurrences[next_name].name);
            return;
        }
        const std::string_view bytes = text.substr(begin, token.span.end - begin);
        if (token.kind == TokenKind::whitespace) {
            if (bytes.find('\n') != std::string_view::npos) words.emplace_back();  // a break
            return;
        }
        if (token.kind != TokenKind::word || bytes.size() < 6) return;  // two CJK characters
        const IdfTable::Entry entry = table.lookup(bytes, StringIndex::hash(bytes));
        if (entry.id >= 0) {
            if (is_content_class(entry.tag) && !entry.stop) words.push_back(bytes);
            return;
        }
        // Unknown to the table: a name or a new word when it is all Han.
        const CodePoints cp(bytes);
        for (char32_t c : cp.cps)
            if (!is_han(c)) return;
        words.push_back(bytes);
    });

    std::vector<Candidate> candidates;
    for (const auto& [word, score] : textrank(words)) candidates.push_back(Candidate{word, score});
    return best_keywords(std::move(candidates), max);
}

}  // namespace detail
}  // namespace broadsheet

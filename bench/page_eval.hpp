// Scoring a segmented page against its gold structure (the format of
// ../shared/pages/*.gold.json). Header-only; used by bench/eval_pages and by the golden test.
// Needs nlohmann/json (a tool/test dependency, never a library one).
#pragma once

#include <algorithm>
#include <broadsheet/segmenter.hpp>
#include <cstddef>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace broadsheet_eval {

/// Text without any whitespace (ASCII, tab, newline, U+3000): comparisons ignore it.
inline std::string squeeze(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') continue;
        if (text.compare(i, 3, "\xE3\x80\x80") == 0) {
            i += 2;
            continue;
        }
        out += c;
    }
    return out;
}

struct GoldArticle {
    std::vector<std::string> headings;
    std::set<std::pair<std::string, std::string>> authors;  // (name, role as printed)
    std::vector<std::string> crossheads;
    std::vector<std::string> paragraphs;
};

/// Reads the gold JSON; throws nlohmann::json exceptions on malformed input.
inline std::vector<GoldArticle> parse_gold(const std::string& json_text) {
    const nlohmann::json gold = nlohmann::json::parse(json_text);
    std::vector<GoldArticle> articles;
    for (const auto& a : gold.at("articles")) {
        GoldArticle g;
        for (const auto& h : a.value("headings", nlohmann::json::array()))
            g.headings.push_back(squeeze(h.get<std::string>()));
        for (const auto& au : a.value("authors", nlohmann::json::array()))
            g.authors.insert({squeeze(au.at("name").get<std::string>()),
                              squeeze(au.value("role", std::string()))});
        for (const auto& c : a.value("crossheads", nlohmann::json::array()))
            g.crossheads.push_back(squeeze(c.get<std::string>()));
        for (const auto& p : a.value("paragraphs", nlohmann::json::array()))
            g.paragraphs.push_back(squeeze(p.get<std::string>()));
        articles.push_back(std::move(g));
    }
    return articles;
}

struct PageScore {
    std::size_t articles_found = 0, articles_gold = 0, articles_matched = 0;
    std::size_t headlines_exact = 0, authors_exact = 0, crossheads_exact = 0;
    std::size_t paragraphs_found = 0, paragraphs_gold = 0, paragraphs_right = 0;
    std::size_t joins_right = 0, joins_wrong = 0;
    /// Human-readable notes on what differed, one per line.
    std::vector<std::string> notes;

    PageScore& operator+=(const PageScore& o) {
        articles_found += o.articles_found;
        articles_gold += o.articles_gold;
        articles_matched += o.articles_matched;
        headlines_exact += o.headlines_exact;
        authors_exact += o.authors_exact;
        crossheads_exact += o.crossheads_exact;
        paragraphs_found += o.paragraphs_found;
        paragraphs_gold += o.paragraphs_gold;
        paragraphs_right += o.paragraphs_right;
        joins_right += o.joins_right;
        joins_wrong += o.joins_wrong;
        return *this;
    }
    double precision() const {
        return paragraphs_found ? double(paragraphs_right) / double(paragraphs_found) : 1.0;
    }
    double recall() const {
        return paragraphs_gold ? double(paragraphs_right) / double(paragraphs_gold) : 1.0;
    }
    double f1() const {
        const double p = precision(), r = recall();
        return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    }
    bool all_exact() const {
        return articles_found == articles_gold && articles_matched == articles_gold &&
               headlines_exact == articles_gold && authors_exact == articles_gold &&
               crossheads_exact == articles_gold && paragraphs_right == paragraphs_gold &&
               paragraphs_found == paragraphs_gold && joins_wrong == 0;
    }
};

/// Scores `page` (segmented from `input`) against `gold`. Articles are matched one to one,
/// greedily by shared headlines (weight 2) and shared paragraphs.
inline PageScore score_page(std::string_view input, const broadsheet::Page& page,
                            const std::vector<GoldArticle>& gold) {
    PageScore score;
    score.articles_found = page.articles.size();
    score.articles_gold = gold.size();
    std::vector<std::vector<std::string>> found_headlines, found_paragraphs;
    for (const auto& a : page.articles) {
        std::vector<std::string> h, p;
        for (const auto& x : a.headlines) h.push_back(squeeze(x.text));
        for (const auto& x : a.paragraphs) p.push_back(squeeze(x.text));
        found_headlines.push_back(std::move(h));
        found_paragraphs.push_back(std::move(p));
        score.paragraphs_found += a.paragraphs.size();
    }
    auto overlap = [](const std::vector<std::string>& a, const std::vector<std::string>& b) {
        std::size_t n = 0;
        for (const auto& x : a)
            if (std::find(b.begin(), b.end(), x) != b.end()) ++n;
        return n;
    };
    struct Candidate {
        std::size_t score, gold, found;
    };
    std::vector<Candidate> candidates;
    for (std::size_t g = 0; g < gold.size(); ++g) {
        score.paragraphs_gold += gold[g].paragraphs.size();
        for (std::size_t f = 0; f < page.articles.size(); ++f) {
            const std::size_t s = 2 * overlap(gold[g].headings, found_headlines[f]) +
                                  overlap(gold[g].paragraphs, found_paragraphs[f]);
            if (s > 0) candidates.push_back({s, g, f});
        }
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate& a, const Candidate& b) { return a.score > b.score; });
    std::vector<std::ptrdiff_t> match_of_gold(gold.size(), -1);
    std::vector<bool> found_used(page.articles.size(), false);
    for (const Candidate& c : candidates) {
        if (match_of_gold[c.gold] >= 0 || found_used[c.found]) continue;
        match_of_gold[c.gold] = static_cast<std::ptrdiff_t>(c.found);
        found_used[c.found] = true;
    }
    std::vector<bool> paragraph_right_flags;
    for (std::size_t g = 0; g < gold.size(); ++g) {
        const std::string label = "gold article " + std::to_string(g + 1) +
                                  (gold[g].headings.empty() ? "" : " " + gold[g].headings[0]);
        if (match_of_gold[g] < 0) {
            score.notes.push_back(label + ": not matched");
            continue;
        }
        ++score.articles_matched;
        const auto& a = page.articles[static_cast<std::size_t>(match_of_gold[g])];
        std::multiset<std::string> h1(gold[g].headings.begin(), gold[g].headings.end());
        std::multiset<std::string> h2(found_headlines[match_of_gold[g]].begin(),
                                      found_headlines[match_of_gold[g]].end());
        if (h1 == h2)
            ++score.headlines_exact;
        else
            score.notes.push_back(label + ": headlines differ");
        std::set<std::pair<std::string, std::string>> authors;
        for (const auto& au : a.authors) authors.insert({squeeze(au.name), squeeze(au.role_text)});
        if (authors == gold[g].authors)
            ++score.authors_exact;
        else {
            std::string found;
            for (const auto& au : authors) found += " " + au.first + "/" + au.second;
            score.notes.push_back(label + ": authors differ, found" + found);
        }
        std::multiset<std::string> c1(gold[g].crossheads.begin(), gold[g].crossheads.end());
        std::multiset<std::string> c2;
        for (const auto& c : a.crossheads) c2.insert(squeeze(c.text));
        if (c1 == c2)
            ++score.crossheads_exact;
        else
            score.notes.push_back(label + ": crossheads differ");
        std::multiset<std::string> remaining(gold[g].paragraphs.begin(), gold[g].paragraphs.end());
        for (const auto& p : found_paragraphs[match_of_gold[g]]) {
            auto it = remaining.find(p);
            if (it != remaining.end()) {
                remaining.erase(it);
                ++score.paragraphs_right;
            }
        }
        for (const auto& missing : remaining)
            score.notes.push_back(label + ": paragraph missing: " + missing.substr(0, 45));
    }
    // Column-break joins: consecutive pieces of one paragraph with a blank line between them.
    for (std::size_t f = 0; f < page.articles.size(); ++f) {
        const auto& a = page.articles[f];
        std::set<std::string> gold_paragraphs;
        for (std::size_t g = 0; g < gold.size(); ++g)
            if (match_of_gold[g] == static_cast<std::ptrdiff_t>(f))
                gold_paragraphs.insert(gold[g].paragraphs.begin(), gold[g].paragraphs.end());
        for (std::size_t p = 0; p < a.paragraphs.size(); ++p) {
            const auto& spans = a.paragraphs[p].spans;
            for (std::size_t i = 1; i < spans.size(); ++i) {
                if (spans[i].begin < spans[i - 1].end || spans[i].begin > input.size()) continue;
                const std::string_view between =
                    input.substr(spans[i - 1].end, spans[i].begin - spans[i - 1].end);
                if (std::count(between.begin(), between.end(), '\n') < 2) continue;
                if (gold_paragraphs.count(found_paragraphs[f][p]))
                    ++score.joins_right;
                else
                    ++score.joins_wrong;
            }
        }
    }
    return score;
}

}  // namespace broadsheet_eval

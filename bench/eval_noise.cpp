// eval_noise PAGE.txt... : how the segmenter's scores degrade with OCR-like noise.
//
// Each page (with PAGE.gold.json beside it) is damaged in one way at a time, at growing
// strength, and scored as eval_pages scores it. Kinds of noise:
//   confusions    OCR confusing characters: a share of the page's distinct Han characters
//                 is replaced everywhere by a neighbouring code point (the gold text gets the
//                 same replacement, so only structure is measured)
//   drop-blank    each blank line between blocks removed with probability p
//   double-blank  each blank line doubled with probability p
//   no-blank      every blank line removed
//   wrap-30       every line hard-wrapped at 30 characters
//   page-numbers  a stray line with a page number after a block with probability p
// Prints one row per kind and strength: articles matched, headline and author sets exact,
// paragraph F1, all as totals over the pages. Deterministic (fixed seeds).
#include <broadsheet/segmenter.hpp>
#include <broadsheet/text.hpp>
#include <cstdio>
#include <functional>
#include <map>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "measure.hpp"
#include "page_eval.hpp"

namespace {

struct TestPage {
    std::string text;
    std::vector<broadsheet_eval::GoldArticle> gold;
};

using Noise = std::function<void(TestPage&, double strength, std::mt19937&)>;

std::string map_chars(const std::string& text, const std::map<char32_t, char32_t>& map) {
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        std::size_t length = 0;
        const char32_t cp = broadsheet::decode_utf8(text, i, length);
        const auto it = map.find(cp);
        if (it == map.end() || (cp == 0xFFFD && text.compare(i, 3, "\xEF\xBF\xBD") != 0)) {
            out.append(text, i, length);
        } else {
            broadsheet::append_utf8(out, it->second);
        }
        i += length;
    }
    return out;
}

void confusions(TestPage& page, double share, std::mt19937& rng) {
    std::set<char32_t> han;
    for (std::size_t i = 0; i < page.text.size();) {
        std::size_t length = 0;
        const char32_t cp = broadsheet::decode_utf8(page.text, i, length);
        if (cp >= 0x4E00 && cp < 0x9FA5) han.insert(cp);
        i += length;
    }
    std::map<char32_t, char32_t> map;
    std::bernoulli_distribution pick(share);
    for (char32_t cp : han)
        if (pick(rng)) map[cp] = cp + 1;
    page.text = map_chars(page.text, map);
    for (auto& article : page.gold) {
        for (auto* list : {&article.headings, &article.crossheads, &article.paragraphs})
            for (auto& s : *list) s = map_chars(s, map);
        std::set<std::pair<std::string, std::string>> authors;
        for (const auto& a : article.authors)
            authors.insert({map_chars(a.first, map), map_chars(a.second, map)});
        article.authors = std::move(authors);
    }
}

// Rewrites the blank-line runs between blocks with `separator(rng)`.
void rewrite_blank_lines(TestPage& page, const std::function<std::string()>& separator) {
    std::string out;
    std::size_t i = 0;
    while (i < page.text.size()) {
        const std::size_t at = page.text.find("\n\n", i);
        if (at == std::string::npos) {
            out.append(page.text, i, std::string::npos);
            break;
        }
        out.append(page.text, i, at - i);
        std::size_t end = at;
        while (end < page.text.size() && page.text[end] == '\n') ++end;
        out += separator();
        i = end;
    }
    page.text = std::move(out);
}

void wrap_lines(TestPage& page, std::size_t width) {
    std::string out;
    std::size_t column = 0;
    for (std::size_t i = 0; i < page.text.size();) {
        std::size_t length = 0;
        broadsheet::decode_utf8(page.text, i, length);
        if (page.text[i] == '\n') {
            column = 0;
        } else if (column == width) {
            out += '\n';
            column = 0;
        }
        out.append(page.text, i, length);
        if (page.text[i] != '\n') ++column;
        i += length;
    }
    page.text = std::move(out);
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<TestPage> pages;
    for (int i = 1; i < argc; ++i) {
        const std::string path = argv[i];
        const std::string gold_path = path.substr(0, path.size() - 4) + ".gold.json";
        TestPage page;
        page.text = broadsheet_bench::read_file_or_exit(path, "eval_noise");
        page.gold = broadsheet_eval::parse_gold(
            broadsheet_bench::read_file_or_exit(gold_path, "eval_noise"));
        pages.push_back(std::move(page));
    }
    if (pages.empty()) {
        std::fprintf(stderr, "usage: eval_noise PAGE.txt...\n");
        return 1;
    }
    const broadsheet::ArticleSegmenter segmenter;
    struct Kind {
        const char* name;
        std::vector<double> strengths;
        Noise apply;
    };
    const std::vector<Kind> kinds = {
        {"none", {0}, [](TestPage&, double, std::mt19937&) {}},
        {"confusions", {0.01, 0.05, 0.10, 0.20}, confusions},
        {"drop-blank",
         {0.1, 0.3, 0.5},
         [](TestPage& p, double s, std::mt19937& rng) {
             std::bernoulli_distribution drop(s);
             rewrite_blank_lines(p, [&] { return std::string(drop(rng) ? "\n" : "\n\n"); });
         }},
        {"double-blank",
         {0.5, 1.0},
         [](TestPage& p, double s, std::mt19937& rng) {
             std::bernoulli_distribution twice(s);
             rewrite_blank_lines(p, [&] { return std::string(twice(rng) ? "\n\n\n\n" : "\n\n"); });
         }},
        {"no-blank",
         {1.0},
         [](TestPage& p, double, std::mt19937&) {
             rewrite_blank_lines(p, [] { return std::string("\n"); });
         }},
        {"wrap-30",
         {30},
         [](TestPage& p, double s, std::mt19937&) { wrap_lines(p, static_cast<std::size_t>(s)); }},
        {"page-numbers",
         {0.1, 0.3},
         [](TestPage& p, double s, std::mt19937& rng) {
             std::bernoulli_distribution stray(s);
             rewrite_blank_lines(p, [&] { return std::string(stray(rng) ? "\n\n7\n\n" : "\n\n"); });
         }},
    };
    std::printf("%-14s %8s %9s %9s %9s %8s\n", "noise", "strength", "matched", "headlines",
                "authors", "para F1");
    for (const auto& kind : kinds) {
        for (double strength : kind.strengths) {
            broadsheet_eval::PageScore total;
            std::mt19937 rng(28);
            for (const auto& original : pages) {
                TestPage page = original;
                kind.apply(page, strength, rng);
                const broadsheet::Page result = segmenter.segment(page.text);
                total += broadsheet_eval::score_page(page.text, result, page.gold);
            }
            const double gold = static_cast<double>(total.articles_gold);
            std::printf("%-14s %8.2f %8.1f%% %8.1f%% %8.1f%% %8.3f\n", kind.name, strength,
                        100 * total.articles_matched / gold, 100 * total.headlines_exact / gold,
                        100 * total.authors_exact / gold, total.f1());
        }
    }
    return 0;
}

// eval_pages PAGE.txt... : segments each page and scores it against PAGE.gold.json (same
// name, .txt replaced), printing per page and in total: articles found / in gold / matched,
// headline, author and crosshead sets exactly right, paragraph precision / recall / F1, and
// column-break joins right and wrong. `-v` also prints what differed.
#include <broadsheet/segmenter.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "page_eval.hpp"

namespace {

bool read(const std::string& path, std::string& out) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    out.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    return true;
}

void print(const char* name, const broadsheet_eval::PageScore& s) {
    std::printf(
        "%-36s articles %2zu/%2zu matched %2zu  headlines %2zu  authors %2zu  crossheads %2zu"
        "  paragraphs P %.3f R %.3f F1 %.3f  joins right %zu wrong %zu\n",
        name, s.articles_found, s.articles_gold, s.articles_matched, s.headlines_exact,
        s.authors_exact, s.crossheads_exact, s.precision(), s.recall(), s.f1(), s.joins_right,
        s.joins_wrong);
}

}  // namespace

int main(int argc, char** argv) {
    bool verbose = false;
    broadsheet_eval::PageScore total;
    const broadsheet::ArticleSegmenter segmenter;
    int pages = 0, failures = 0;
    for (int i = 1; i < argc; ++i) {
        const std::string path = argv[i];
        if (path == "-v") {
            verbose = true;
            continue;
        }
        if (!std::filesystem::is_regular_file(path)) {
            std::fprintf(stderr, "eval_pages: %s is not a page file (give PAGE.txt paths)\n",
                         path.c_str());
            ++failures;
            continue;
        }
        std::string text, gold_text;
        const std::string gold_path =
            path.substr(0, path.size() >= 4 && path.compare(path.size() - 4, 4, ".txt") == 0
                               ? path.size() - 4
                               : path.size()) +
            ".gold.json";
        if (!read(path, text) || !read(gold_path, gold_text)) {
            std::fprintf(stderr, "eval_pages: cannot read %s or %s\n", path.c_str(),
                         gold_path.c_str());
            ++failures;
            continue;
        }
        std::vector<broadsheet_eval::GoldArticle> gold;
        try {
            gold = broadsheet_eval::parse_gold(gold_text);
        } catch (const std::exception& e) {
            std::fprintf(stderr, "eval_pages: %s: %s\n", gold_path.c_str(), e.what());
            ++failures;
            continue;
        }
        const broadsheet::Page page = segmenter.segment(text);
        const broadsheet_eval::PageScore score = broadsheet_eval::score_page(text, page, gold);
        const std::size_t slash = path.find_last_of('/');
        print(path.substr(slash == std::string::npos ? 0 : slash + 1).c_str(), score);
        if (verbose)
            for (const std::string& note : score.notes) std::printf("    %s\n", note.c_str());
        total += score;
        ++pages;
    }
    if (pages == 0) {
        std::fprintf(stderr, "usage: eval_pages [-v] PAGE.txt... (gold: PAGE.gold.json)\n");
        return 2;
    }
    print("TOTAL", total);
    return failures ? 1 : 0;
}

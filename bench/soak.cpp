// soak [PAGES] [THREADS]: pushes many varied pages (default 10,000) through one pipeline
// with process_stream and reports throughput and resident memory early and at the end.
// Resident memory must stay flat: a growing figure means a leak or an unbounded cache.
// Pages are variants of the pages in tests/data/pages: blocks reordered, blank lines
// dropped or doubled, bytes damaged, cut short, hard-wrapped.
#include <broadsheet/pipeline.hpp>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "measure.hpp"

namespace {

std::string variant(const std::string& page, std::mt19937& rng) {
    // Split into blocks at blank lines, then rearrange and damage.
    std::vector<std::string> blocks;
    std::size_t start = 0;
    for (std::size_t at; (at = page.find("\n\n", start)) != std::string::npos; start = at + 2)
        blocks.push_back(page.substr(start, at - start));
    blocks.push_back(page.substr(start));
    if (rng() % 3 == 0) std::shuffle(blocks.begin(), blocks.end(), rng);
    std::string out;
    for (const auto& block : blocks) {
        out += block;
        switch (rng() % 6) {
            case 0:
                out += "\n";
                break;  // blank line dropped
            case 1:
                out += "\n\n\n\n";
                break;  // doubled
            case 2:
                out += "\n3\n\n";
                break;  // stray page number
            default:
                out += "\n\n";
        }
    }
    if (rng() % 4 == 0) {  // damaged bytes
        for (int k = 0; k < 8 && !out.empty(); ++k)
            out[rng() % out.size()] = static_cast<char>(rng() % 256);
    }
    if (rng() % 5 == 0) out.resize(rng() % (out.size() + 1));  // cut short
    if (rng() % 7 == 0) {                                      // hard-wrapped every 90 bytes
        for (std::size_t i = 90; i < out.size(); i += 91) out.insert(i, "\n");
    }
    return out;
}

}  // namespace

int main(int argc, char** argv) {
    const std::size_t count = argc > 1 ? std::strtoul(argv[1], nullptr, 10) : 10000;
    const std::size_t threads = argc > 2 ? std::strtoul(argv[2], nullptr, 10) : 1;
    std::vector<std::string> pages;
    for (const auto& entry : std::filesystem::directory_iterator(
             std::string(BROADSHEET_SOURCE_DIR) + "/tests/data/pages"))
        if (entry.path().extension() == ".txt")
            pages.push_back(broadsheet_bench::read_file_or_exit(entry.path().string(), "soak"));
    std::sort(pages.begin(), pages.end());

    const broadsheet::Pipeline pipeline;
    std::mt19937 rng(1128);
    std::size_t fed = 0, bytes = 0, articles = 0;
    double early_rss = 0, early_time = 0;
    const std::size_t early_mark = std::min<std::size_t>(1000, count / 10);
    const double start = broadsheet_bench::now_seconds();
    pipeline.process_stream(
        [&](std::string& text) {
            if (fed == count) return false;
            text = variant(pages[fed % pages.size()], rng);
            bytes += text.size();
            ++fed;
            return true;
        },
        [&](std::size_t index, broadsheet::PageResult&& result) {
            articles += result.page.articles.size();
            if (index + 1 == early_mark) {
                early_rss = broadsheet_bench::current_rss_mib();
                early_time = broadsheet_bench::now_seconds();
            }
        },
        threads);
    const double seconds = broadsheet_bench::now_seconds() - start;
    const double end_rss = broadsheet_bench::current_rss_mib();
    std::printf("soak: %zu pages, %.1f MB, %zu articles, %zu thread(s)\n", count, bytes / 1e6,
                articles, threads);
    std::printf("throughput: %.1f MB/s, %.0f pages/s\n", bytes / seconds / 1e6, count / seconds);
    std::printf(
        "resident memory: %.1f MiB after %zu pages (%.1f s), %.1f MiB at the end; peak %.1f MiB\n",
        early_rss, early_mark, early_time - start, end_rss, broadsheet_bench::peak_rss_mib());
    return 0;
}

// bench_pipeline [PAGE.txt...]: the whole pipeline (normalize, segment, extract metadata).
// Prints construction time, single-thread MB/s on each page, batch MB/s with 1 and 2 worker
// threads over all pages, and peak RSS. Defaults to the pages in tests/data/pages.
#include <broadsheet/pipeline.hpp>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "measure.hpp"

using broadsheet_bench::now_seconds;

int main(int argc, char** argv) {
    std::vector<std::string> paths(argv + 1, argv + argc);
    if (paths.empty()) {
        for (const auto& entry : std::filesystem::directory_iterator(
                 std::string(BROADSHEET_SOURCE_DIR) + "/tests/data/pages"))
            if (entry.path().extension() == ".txt") paths.push_back(entry.path().string());
        std::sort(paths.begin(), paths.end());
    }
    std::vector<std::string> pages;
    std::size_t total_bytes = 0;
    for (const auto& path : paths) {
        pages.push_back(broadsheet_bench::read_file_or_exit(path, "bench_pipeline"));
        total_bytes += pages.back().size();
    }
    const double rss_before = broadsheet_bench::peak_rss_mib();
    double t0 = now_seconds();
    const broadsheet::Pipeline pipeline;
    const double construction_ms = (now_seconds() - t0) * 1e3;
    t0 = now_seconds();
    const broadsheet::Pipeline second;
    const double second_construction_ms = (now_seconds() - t0) * 1e3;
    std::printf("construction: first %.1f ms (tables parsed), then %.3f ms\n", construction_ms,
                second_construction_ms);

    std::printf("single thread, per page:\n");
    for (std::size_t i = 0; i < pages.size(); ++i) {
        pipeline.process(pages[i]);  // warm up
        const int runs = 20;
        t0 = now_seconds();
        std::size_t articles = 0;
        for (int r = 0; r < runs; ++r) articles = pipeline.process(pages[i]).page.articles.size();
        const double s = (now_seconds() - t0) / runs;
        std::printf("  %-40s %7zu bytes %8.3f ms %7.1f MB/s (%zu articles)\n",
                    std::filesystem::path(paths[i]).filename().c_str(), pages[i].size(), s * 1e3,
                    double(pages[i].size()) / s / 1e6, articles);
    }

    // Batch: the pages repeated to about 4 MB, with 1 and 2 worker threads.
    std::vector<std::string_view> batch;
    std::size_t batch_bytes = 0;
    while (batch_bytes < (std::size_t{4} << 20)) {
        for (const auto& page : pages) {
            batch.push_back(page);
            batch_bytes += page.size();
        }
    }
    double one_thread = 0;
    for (std::size_t threads : {1, 2}) {
        t0 = now_seconds();
        const auto results = pipeline.process_batch(batch, threads);
        const double s = now_seconds() - t0;
        if (threads == 1) one_thread = s;
        std::printf(
            "batch of %zu pages (%.1f MB), %zu thread%s: %.1f MB/s, %.0f pages/s%s\n", batch.size(),
            batch_bytes / 1e6, threads, threads == 1 ? "" : "s", batch_bytes / s / 1e6,
            batch.size() / s,
            threads == 1
                ? ""
                : (" (speed-up " + std::to_string(one_thread / s).substr(0, 4) + "x)").c_str());
    }
    std::printf("peak RSS: %.1f MiB (%.1f MiB before construction; %zu bytes of input)\n",
                broadsheet_bench::peak_rss_mib(), rss_before, total_bytes);
    return 0;
}

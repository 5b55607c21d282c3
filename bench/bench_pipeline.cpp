// bench_pipeline [PAGE.txt...]: the whole pipeline (normalize, segment, extract metadata).
// Prints the start-up cost (time and memory the first construction adds: the gazetteer, the
// keyword table and the name lists are built then), single-thread MB/s on each page, batch
// MB/s with 1 and 2 worker threads over all pages, and peak RSS. Throughputs are the median
// of 5 timed rounds; single-thread figures are also given in CPU time of the thread, which
// other processes on a busy machine do not inflate. Defaults to the pages in tests/data/pages.
#include <broadsheet/pipeline.hpp>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "measure.hpp"

using broadsheet_bench::median;
using broadsheet_bench::now_seconds;

namespace {

constexpr int kRounds = 5;

struct Timing {
    double wall = 0;  // seconds per call
    double cpu = 0;   // CPU seconds of this thread per call
};

/// Median seconds per call of `work` over kRounds rounds of at least `min_seconds` each.
template <class Work>
Timing median_per_call(double min_seconds, Work&& work) {
    std::vector<double> wall, cpu;
    for (int r = 0; r < kRounds; ++r) {
        int calls = 0;
        const double t0 = now_seconds();
        const double c0 = broadsheet_bench::thread_cpu_seconds();
        double elapsed = 0;
        do {
            work();
            ++calls;
            elapsed = now_seconds() - t0;
        } while (elapsed < min_seconds);
        wall.push_back(elapsed / calls);
        cpu.push_back((broadsheet_bench::thread_cpu_seconds() - c0) / calls);
    }
    return Timing{median(wall), median(cpu)};
}

}  // namespace

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

    // Start-up: what the first construction costs in time and memory.
    const double rss_before = broadsheet_bench::current_rss_mib();
    const double heap_before = broadsheet_bench::heap_in_use_mib();
    double t0 = now_seconds();
    const broadsheet::Pipeline pipeline;
    const double construction_ms = (now_seconds() - t0) * 1e3;
    const double rss_added = broadsheet_bench::current_rss_mib() - rss_before;
    const double heap_added = broadsheet_bench::heap_in_use_mib() - heap_before;
    t0 = now_seconds();
    const broadsheet::Pipeline second;
    const double second_construction_ms = (now_seconds() - t0) * 1e3;
    std::printf("start-up: %.1f ms for the first pipeline (tables built), %.3f ms for another\n",
                construction_ms, second_construction_ms);
    std::printf(
        "memory added by construction: %.1f MiB resident (%.1f MB), of which %.1f MiB heap; "
        "the rest is embedded table data and ICU data paged in\n",
        rss_added, rss_added * 1.048576, heap_added);

    std::printf("single thread, per page (median of %d rounds):\n", kRounds);
    for (std::size_t i = 0; i < pages.size(); ++i) {
        std::size_t articles = pipeline.process(pages[i]).page.articles.size();  // warm up
        const Timing t = median_per_call(
            0.2, [&] { articles = pipeline.process(pages[i]).page.articles.size(); });
        std::printf("  %-40s %7zu bytes %8.3f ms %7.1f MB/s (CPU time: %.1f MB/s) (%zu articles)\n",
                    std::filesystem::path(paths[i]).filename().c_str(), pages[i].size(),
                    t.wall * 1e3, double(pages[i].size()) / t.wall / 1e6,
                    double(pages[i].size()) / t.cpu / 1e6, articles);
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
        const Timing t =
            median_per_call(0, [&] { (void)pipeline.process_batch(batch, threads).size(); });
        const double s = t.wall;
        const double megabytes = static_cast<double>(batch_bytes) / 1e6;
        if (threads == 1) one_thread = s;
        // With one thread the work runs on this thread, so its CPU time is the batch's.
        char detail[64];
        if (threads == 1)
            std::snprintf(detail, sizeof detail, " (CPU time: %.1f MB/s)", megabytes / t.cpu);
        else
            std::snprintf(detail, sizeof detail, " (speed-up %.2fx)", one_thread / s);
        std::printf("batch of %zu pages (%.1f MB), %zu thread%s: %.1f MB/s, %.0f pages/s%s\n",
                    batch.size(), megabytes, threads, threads == 1 ? "" : "s", megabytes / s,
                    static_cast<double>(batch.size()) / s, detail);
    }
    std::printf("peak RSS: %.1f MiB (%.1f MiB before construction; %zu bytes of input)\n",
                broadsheet_bench::peak_rss_mib(), rss_before, total_bytes);
    return 0;
}

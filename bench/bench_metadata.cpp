// Metadata extractor benchmark: construction time and memory of the embedded tables, and
// extraction throughput (MB/s) on article texts.
// Usage: bench_metadata [ARTICLE_OR_PAGE.txt...]   (default: the sample page in tests/data)
#include <broadsheet/metadata.hpp>
#include <cstdio>
#include <ctime>
#include <string>
#include <vector>

#include "measure.hpp"

int main(int argc, char** argv) {
    using namespace broadsheet_bench;
    std::vector<std::string> paths;
    for (int i = 1; i < argc; ++i) paths.push_back(argv[i]);
    if (paths.empty())
        paths.push_back(BROADSHEET_SOURCE_DIR "/tests/data/pages/tianjin-hexi-2025.txt");

    const double rss_before = current_rss_mib();
    const std::clock_t c0 = std::clock();
    const double t0 = now_seconds();
    broadsheet::MetadataOptions options;
    options.reference_date = "2025-11-28";
    auto extractor = broadsheet::MetadataExtractor::create(options);
    const double construction_ms = (now_seconds() - t0) * 1000.0;
    const double construction_cpu_ms =
        1000.0 * static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC;
    const double rss_after = current_rss_mib();
    if (!extractor) {
        std::fprintf(stderr, "%s\n", broadsheet::to_string(extractor.error()).c_str());
        return 1;
    }
    std::printf(
        "construction (gazetteer + IDF + name tables): %.1f ms wall, %.1f ms CPU, +%.1f MiB "
        "resident\n",
        construction_ms, construction_cpu_ms, rss_after - rss_before);
    // A second extractor shares the tables.
    const double t1 = now_seconds();
    broadsheet::MetadataExtractor second;
    std::printf("second construction: %.2f ms\n", (now_seconds() - t1) * 1000.0);

    for (const std::string& path : paths) {
        const std::string text = read_file_or_exit(path, "bench_metadata");
        std::size_t entities = 0;
        (void)extractor->extract(text);  // warm-up
        const double start = now_seconds();
        const std::clock_t cpu_start = std::clock();
        std::size_t bytes = 0;
        int rounds = 0;
        while (now_seconds() - start < 2.0 || rounds < 3) {
            entities += extractor->extract(text).entities.size();
            bytes += text.size();
            ++rounds;
        }
        const double seconds = now_seconds() - start;
        const double cpu_seconds = static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC;
        std::printf(
            "%s: %zu bytes, %d rounds, %.2f MB/s wall, %.2f MB/s CPU, %zu entities per pass\n",
            path.c_str(), text.size(), rounds, static_cast<double>(bytes) / seconds / 1e6,
            static_cast<double>(bytes) / cpu_seconds / 1e6,
            entities / static_cast<std::size_t>(rounds));
    }
    std::printf("peak resident: %.1f MiB\n", peak_rss_mib());
    return 0;
}

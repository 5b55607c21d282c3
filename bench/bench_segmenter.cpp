// bench_segmenter [PAGE.txt]: segmentation throughput (normalization included) on a real
// page (default: the sample page in tests/data), on 10,000 short lines, and on one 50 MB
// line. The last two check that time stays linear in the input size.
#include <broadsheet/segmenter.hpp>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>

namespace {

double seconds_per_run(const broadsheet::ArticleSegmenter& segmenter, const std::string& text,
                       int runs, std::size_t& articles) {
    const auto start = std::chrono::steady_clock::now();
    for (int i = 0; i < runs; ++i) articles = segmenter.segment(text).articles.size();
    const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
    return elapsed.count() / runs;
}

void report(const char* name, const broadsheet::ArticleSegmenter& segmenter,
            const std::string& text, int runs) {
    std::size_t articles = 0;
    const double s = seconds_per_run(segmenter, text, runs, articles);
    std::printf("%-28s %10zu bytes  %9.3f ms/run  %8.1f MB/s  (%zu articles)\n", name, text.size(),
                s * 1e3, double(text.size()) / s / 1e6, articles);
}

}  // namespace

int main(int argc, char** argv) {
    const std::string path =
        argc > 1 ? argv[1]
                 : std::string(BROADSHEET_SOURCE_DIR) + "/tests/data/pages/tianjin-hexi-2025.txt";
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        std::fprintf(stderr, "bench_segmenter: cannot read %s\n", path.c_str());
        return 1;
    }
    const std::string page((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const broadsheet::ArticleSegmenter segmenter;
    report("sample page", segmenter, page, 500);

    std::string short_lines;
    for (int i = 0; i < 10000; ++i)
        short_lines +=
            i % 7 == 0 ? "标题行\n" : (i % 3 == 0 ? "■ 记者 张三\n" : "正文内容，继续。\n");
    report("10,000 short lines", segmenter, short_lines, 20);
    std::string twice = short_lines + short_lines;
    report("20,000 short lines", segmenter, twice, 10);

    std::string long_line;
    long_line.reserve(50u << 20);
    while (long_line.size() < (50u << 20)) long_line += "长行文本没有换行，";
    report("one 50 MB line", segmenter, long_line, 1);
    long_line.resize(25u << 20);
    report("one 25 MB line", segmenter, long_line, 1);
    return 0;
}

// Tokenizer benchmark: construction time, throughput next to raw ICU word-boundary
// iteration over the same text in the same run, pathological inputs, peak RSS.
//
// usage: bench_tokenizer TEXT_FILE... [--dict JIEBA_DICT] [--repeat N] [--no-stress]
//   e.g. bench_tokenizer ../shared/segmentation/pku_test.utf8
//            tests/data/pages/tianjin-hexi-2025.txt
#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <broadsheet/tokenizer.hpp>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>
#include <vector>

#if defined(__unix__) || defined(__APPLE__)
#include <sys/resource.h>
#define BROADSHEET_BENCH_HAS_RUSAGE 1
#endif

#include "measure.hpp"

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

std::size_t count_tokens(const broadsheet::Tokenizer& tokenizer, std::string_view text) {
    std::size_t n = 0;
    tokenizer.for_each_token(text, [&](const broadsheet::Token&) { ++n; });
    return n;
}

std::size_t count_icu_boundaries(icu::BreakIterator& words, std::string_view text) {
    UErrorCode status = U_ZERO_ERROR;
    UText utext = UTEXT_INITIALIZER;
    utext_openUTF8(&utext, text.data(), static_cast<int64_t>(text.size()), &status);
    words.setText(&utext, status);
    std::size_t n = 0;
    for (int32_t b = words.first(); b != icu::BreakIterator::DONE; b = words.next()) ++n;
    utext_close(&utext);
    return n;
}

// Runs `f` until at least `min_seconds` passed; returns MB/s over `bytes` per run.
template <class F>
double throughput(std::size_t bytes, int min_runs, F&& f) {
    const auto start = Clock::now();
    int runs = 0;
    while (runs < min_runs || seconds_since(start) < 1.0) {
        f();
        ++runs;
    }
    return bytes * static_cast<double>(runs) / 1e6 / seconds_since(start);
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::string> files;
    std::string dict_path;
    int repeat = 3;
    bool stress = true;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--dict" && i + 1 < argc)
            dict_path = argv[++i];
        else if (a == "--repeat" && i + 1 < argc)
            repeat = std::atoi(argv[++i]);
        else if (a == "--no-stress")
            stress = false;
        else
            files.push_back(a);
    }
    if (files.empty()) {
        std::fprintf(stderr, "usage: %s TEXT_FILE... [--dict JIEBA_DICT] [--repeat N]\n", argv[0]);
        return 1;
    }

    auto start = Clock::now();
    const broadsheet::Tokenizer first;
    const double first_ms = seconds_since(start) * 1e3;
    start = Clock::now();
    const broadsheet::Tokenizer second;
    const double second_ms = seconds_since(start) * 1e3;
    std::printf("construction: first %.3f ms (embedded lexicon attached), next %.3f ms\n", first_ms,
                second_ms);

    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> icu_words(
        icu::BreakIterator::createWordInstance(icu::Locale::getChinese(), status));
    if (U_FAILURE(status)) return 2;

    std::printf("%-40s %12s %12s %12s %8s\n", "text", "tokenizer", "per line", "ICU words",
                "ratio");
    for (const auto& path : files) {
        const std::string text = broadsheet_bench::read_file_or_exit(path, "bench_tokenizer");
        std::vector<std::string_view> lines;
        for (std::size_t pos = 0; pos < text.size();) {
            std::size_t eol = text.find('\n', pos);
            eol = eol == std::string::npos ? text.size() : eol + 1;
            lines.push_back(std::string_view(text).substr(pos, eol - pos));
            pos = eol;
        }
        std::size_t sink = 0;
        const double whole =
            throughput(text.size(), repeat, [&] { sink += count_tokens(first, text); });
        const double per_line = throughput(text.size(), repeat, [&] {
            for (auto line : lines) sink += count_tokens(first, line);
        });
        const double icu = throughput(text.size(), repeat,
                                      [&] { sink += count_icu_boundaries(*icu_words, text); });
        const std::string name = path.size() > 40 ? "..." + path.substr(path.size() - 37) : path;
        std::printf("%-40s %9.2f MB/s %7.2f MB/s %7.2f MB/s %7.0f%%   (%zu)\n", name.c_str(), whole,
                    per_line, icu, 100.0 * whole / icu, sink % 10);
    }

    // Pathological inputs: time must stay linear.
    struct Case {
        const char* name;
        std::string text;
    };
    std::vector<Case> cases;
    if (stress) {
        std::string s;
        s.reserve(std::size_t{50} << 20);
        const std::string unit = "中华人民共和国国务院新闻办公室今天举行发布会";
        while (s.size() < (std::size_t{50} << 20)) s += unit;
        cases.push_back({"50 MB line of Han, no break", std::move(s)});
    }
    if (stress)
        cases.push_back({"1 MB of one repeated Han character", [] {
                             std::string s;
                             while (s.size() < (1u << 20)) s += "啊";
                             return s;
                         }()});
    if (stress) cases.push_back({"1 MB of 'a'", std::string(1u << 20, 'a')});
    if (stress)
        cases.push_back({"1 MB of punctuation", [] {
                             std::string s;
                             while (s.size() < (1u << 20)) s += "。，“”";
                             return s;
                         }()});
    if (stress)
        cases.push_back({"1 MB of random bytes", [] {
                             std::string s(1u << 20, '\0');
                             unsigned x = 12345;
                             for (char& c : s) {
                                 x = x * 1103515245u + 12345u;
                                 c = static_cast<char>(x >> 16);
                             }
                             return s;
                         }()});
    for (const auto& c : cases) {
        start = Clock::now();
        const std::size_t n = count_tokens(first, c.text);
        const double s = seconds_since(start);
        std::printf("%-40s %9.2f MB/s  (%zu tokens, %.2f s)\n", c.name, c.text.size() / 1e6 / s, n,
                    s);
    }

    if (!dict_path.empty()) {
        start = Clock::now();
        auto dict = broadsheet::Dictionary::load_file(dict_path);
        const double ms = seconds_since(start) * 1e3;
        if (!dict) {
            std::fprintf(stderr, "%s\n", broadsheet::to_string(dict.error()).c_str());
            return 2;
        }
        std::printf("user dictionary %s: %zu words loaded in %.1f ms\n", dict_path.c_str(),
                    dict->size(), ms);
    }

#ifdef BROADSHEET_BENCH_HAS_RUSAGE
    std::printf("peak RSS: %.1f MB%s\n", broadsheet_bench::peak_rss_mib(),
                stress ? " (includes the 50 MB input and its normalized copy)" : "");
#endif
    return 0;
}

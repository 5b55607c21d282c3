// Fuzzes the article segmenter alone, with explain mode on: any bytes, no crash, spans
// inside the input, every explained line inside the input and in order.
#include <broadsheet/segmenter.hpp>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const broadsheet::ArticleSegmenter segmenter = [] {
        broadsheet::SegmenterOptions options;
        options.explain = true;
        return broadsheet::ArticleSegmenter(options);
    }();
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const broadsheet::Page page = segmenter.segment(input);
    std::size_t previous = 0;
    for (const auto& line : page.explanation) {
        if (line.span.begin < previous || line.span.end > size) std::abort();
        previous = line.span.end;
    }
    for (const auto& article : page.articles)
        for (const auto& headline : article.headlines)
            if (headline.span.end > size || headline.span.begin > headline.span.end) std::abort();
    return 0;
}

// Fuzzes the whole pipeline (normalize, segment, extract): any bytes, no crash, every span
// inside the input.
#include <broadsheet/pipeline.hpp>
#include <cstdint>
#include <cstdlib>
#include <string_view>

namespace {
void check(broadsheet::Span span, std::size_t size) {
    if (span.begin > span.end || span.end > size) std::abort();
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const broadsheet::Pipeline pipeline = [] {
        broadsheet::PipelineOptions options;
        options.metadata.reference_date = "2025-11-28";
        return *broadsheet::Pipeline::create(options);
    }();
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const broadsheet::PageResult result = pipeline.process(input);
    for (const auto& article : result.page.articles) {
        check(article.span, size);
        for (const auto& paragraph : article.paragraphs)
            for (const auto& span : paragraph.spans) check(span, size);
    }
    for (const auto& metadata : result.metadata)
        for (const auto& entity : metadata.entities)
            for (const auto& span : entity.spans) check(span, size);
    return 0;
}

// Fuzzes the metadata extractor on one article's text: any bytes, no crash, spans inside
// the input, and no date entity that claims a resolution it does not have.
#include <broadsheet/metadata.hpp>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const broadsheet::MetadataExtractor extractor = [] {
        broadsheet::MetadataOptions options;
        options.reference_date = "2025-11-28";
        return *broadsheet::MetadataExtractor::create(options);
    }();
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const broadsheet::ArticleMetadata metadata = extractor.extract(input);
    for (const auto& entity : metadata.entities) {
        for (const auto& span : entity.spans)
            if (span.begin > span.end || span.end > size) std::abort();
        if (entity.type == broadsheet::EntityType::date && entity.date.resolved &&
            (entity.date.first.empty() || entity.date.first > entity.date.last))
            std::abort();
    }
    return 0;
}

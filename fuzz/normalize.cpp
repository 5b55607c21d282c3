// Fuzzes normalize(): any bytes give well-formed UTF-8 and a monotonic offset map that
// stays inside the input, with every option combination the first byte selects.
#include <broadsheet/text.hpp>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view input(reinterpret_cast<const char*>(data), size);
    broadsheet::NormalizeOptions options;
    if (!input.empty()) {
        const auto flags = static_cast<unsigned char>(input[0]);
        options.fold_fullwidth_ascii = flags & 1;
        options.fold_spaces = flags & 2;
        options.drop_invisible = flags & 4;
        options.unify_line_endings = flags & 8;
        options.nfkc = flags & 16;
        options.skip_bom = flags & 32;
        if (flags & 64) options.max_input_bytes = size / 2;
    }
    const broadsheet::NormalizedText text = broadsheet::normalize(input, options);
    const std::string& s = text.text();
    std::size_t previous = 0;
    for (std::size_t i = 0; i <= s.size();) {
        const std::size_t begin = text.to_original_begin(i);
        if (begin > size || begin < previous) std::abort();
        previous = begin;
        if (i == s.size()) break;
        std::size_t length = 0;
        broadsheet::decode_utf8(s, i, length);
        i += length;
    }
    for (const auto& d : text.diagnostics())
        if (d.span.begin > d.span.end || d.span.end > size) std::abort();
    return 0;
}

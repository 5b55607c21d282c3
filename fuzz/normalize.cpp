// Fuzzes normalize(): any bytes give well-formed UTF-8 and a monotonic offset map that
// stays inside the input, with every option combination the first byte selects.
#include <broadsheet/text.hpp>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "check_text.hpp"

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
    check_normalized_text(text, size);
    return 0;
}

// Fuzzes encoding detection and transcoding: any bytes read as any supported encoding give
// well-formed UTF-8 whose offsets map back inside the input, never backwards.
#include <broadsheet/text.hpp>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "check_text.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    const broadsheet::EncodingGuess guess = broadsheet::detect_encoding(bytes);
    if (guess.confidence < 0 || guess.confidence > 100) std::abort();

    static const broadsheet::Encoding encodings[] = {
        broadsheet::Encoding::unknown, broadsheet::Encoding::utf8,
        broadsheet::Encoding::gb18030, broadsheet::Encoding::big5,
        broadsheet::Encoding::utf16le, broadsheet::Encoding::utf16be};
    broadsheet::NormalizeOptions options;
    options.encoding = encodings[size == 0 ? 0 : data[0] % 6];
    const broadsheet::NormalizedText text = broadsheet::normalize(bytes, options);
    check_normalized_text(text, size);
    return 0;
}

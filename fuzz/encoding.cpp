// Fuzzes encoding detection and transcoding: any bytes read as any supported encoding give
// well-formed UTF-8 whose offsets map back inside the input, never backwards.
#include <broadsheet/text.hpp>
#include <cstdint>
#include <cstdlib>
#include <string_view>

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
    std::size_t previous = 0;
    const std::string& s = text.text();
    for (std::size_t i = 0; i <= s.size();) {
        const std::size_t begin = text.to_original_begin(i);
        if (begin > size || begin < previous) std::abort();
        previous = begin;
        if (i == s.size()) break;
        std::size_t length = 0;
        if (broadsheet::decode_utf8(s, i, length) == 0xFFFD && s.compare(i, 3, "\xEF\xBF\xBD") != 0)
            std::abort();
        i += length;
    }
    for (const auto& d : text.diagnostics())
        if (d.span.begin > d.span.end || d.span.end > size) std::abort();
    return 0;
}

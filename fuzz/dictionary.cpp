// Fuzzes the user-dictionary loader: any bytes either load or fail with a parse error
// that names a line inside the input; a loaded dictionary works in a tokenizer.
#include <broadsheet/tokenizer.hpp>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    auto dictionary = broadsheet::Dictionary::from_text(text, "fuzz.dict");
    if (!dictionary) {
        const auto& error = dictionary.error();
        if (error.code == broadsheet::ErrorCode::parse_error &&
            (error.line == 0 || error.file != "fuzz.dict"))
            std::abort();
        return 0;
    }
    const broadsheet::Tokenizer tokenizer({}, {*dictionary});
    std::size_t covered = 0;
    tokenizer.for_each_token(text, [&](const broadsheet::Token& token) {
        if (token.span.begin != covered) std::abort();
        covered = token.span.end;
    });
    if (covered != size) std::abort();
    return 0;
}

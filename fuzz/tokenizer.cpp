// Fuzzes the tokenizer: any bytes give tokens that cover every input byte exactly once, in
// order, and sentence spans inside the input.
#include <broadsheet/tokenizer.hpp>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const broadsheet::Tokenizer tokenizer;
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    std::size_t covered = 0;
    tokenizer.for_each_token(input, [&](const broadsheet::Token& token) {
        if (token.span.begin != covered || token.span.end <= token.span.begin) std::abort();
        covered = token.span.end;
        if (token.compound) {
            for (const auto& part : tokenizer.subtokens(input, token))
                if (part.span.begin < token.span.begin || part.span.end > token.span.end)
                    std::abort();
        }
    });
    if (covered != size) std::abort();
    std::size_t previous = 0;
    for (const auto& sentence : tokenizer.sentences(input)) {
        if (sentence.begin < previous || sentence.end > size) std::abort();
        previous = sentence.end;
    }
    return 0;
}

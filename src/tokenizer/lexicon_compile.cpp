// Build-time tool: compiles data/lexicon/jieba-words.txt ("word freq" lines) into the
// binary trie the library embeds, so that start-up parses nothing.
// usage: broadsheet_lexicon_compile INPUT.txt OUTPUT.bin
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>

#include "tokenizer/trie.hpp"

int main(int argc, char** argv) {
    using namespace broadsheet::detail::tok;
    if (argc != 3) {
        std::fprintf(stderr, "usage: %s INPUT OUTPUT\n", argv[0]);
        return 1;
    }
    std::ifstream in(argv[1], std::ios::binary);
    if (!in) {
        std::fprintf(stderr, "%s: cannot open %s\n", argv[0], argv[1]);
        return 2;
    }
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::vector<TrieEntry> entries;
    double total = 0;
    DictionaryParseFailure failure;
    if (!parse_dictionary_text(text, entries, total, failure)) {
        std::fprintf(stderr, "%s:%zu: %s\n", argv[1], failure.line, failure.message.c_str());
        return 2;
    }
    const auto words =
        compile_trie(std::move(entries), static_cast<float>(std::log(std::max(total, 1.0))));
    std::ofstream out(argv[2], std::ios::binary);
    out.write(reinterpret_cast<const char*>(words.data()),
              static_cast<std::streamsize>(words.size() * sizeof(words[0])));
    return out.good() ? 0 : 2;
}

// tokenize [FILE [USER_DICT]]: prints the tokens of a text (standard input without an
// argument) with their byte spans and kinds, then its sentences. USER_DICT is a jieba-format
// dictionary (`word [freq] [tag]`) or a plain word list.
#include <broadsheet/tokenizer.hpp>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

int main(int argc, char** argv) {
    std::string text;
    if (argc > 1) {
        std::ifstream in(argv[1], std::ios::binary);
        if (!in) {
            std::cerr << "tokenize: cannot read " << argv[1] << "\n";
            return 1;
        }
        text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    } else {
        std::ostringstream in;
        in << std::cin.rdbuf();
        text = in.str();
    }

    std::vector<broadsheet::Dictionary> user_dictionaries;
    if (argc > 2) {
        auto dictionary = broadsheet::Dictionary::load_file(argv[2]);
        if (!dictionary) {  // the error names the file and the line of a malformed entry
            std::cerr << broadsheet::to_string(dictionary.error()) << "\n";
            return 1;
        }
        user_dictionaries.push_back(*dictionary);
    }
    broadsheet::TokenizerOptions options;  // defaults: whole dates, names, places joined
    const broadsheet::Tokenizer tokenizer(options, user_dictionaries);  // immutable, shareable

    // Streaming: no token vector is built; spans index the caller's original bytes.
    tokenizer.for_each_token(text, [&](const broadsheet::Token& token) {
        if (token.kind == broadsheet::TokenKind::whitespace) return;
        std::cout << token.span.begin << '-' << token.span.end << '\t'
                  << broadsheet::to_string(token.kind) << '\t' << token.text(text) << '\n';
    });
    for (const broadsheet::Span sentence : tokenizer.sentences(text))
        std::cout << "sentence " << sentence.begin << '-' << sentence.end << '\t'
                  << sentence.of(text) << '\n';
    return 0;
}

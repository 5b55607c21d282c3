// broadsheet tokenize: words (SIGHAN format), tokens as JSON, or sentences.
#include <algorithm>
#include <broadsheet/tokenizer.hpp>
#include <cstdio>
#include <string>
#include <vector>

#include "commands.hpp"
#include "input.hpp"
#include "json_output.hpp"

namespace broadsheet_cli {

namespace {

const char* const kHelp =
    "usage: broadsheet tokenize [options] [FILE | -]\n"
    "\n"
    "Splits text into tokens. Reads standard input when no FILE is given.\n"
    "\n"
    "options:\n"
    "  --format words|json   words: each input line's tokens separated by single spaces,\n"
    "                        whitespace dropped (the SIGHAN bakeoff format; default);\n"
    "                        json: every token with its kind, script and byte span\n"
    "  --sentences           print sentences instead of tokens (one a line, or JSON)\n"
    "  --dict FILE           a user dictionary (jieba 'word [freq] [tag]' or a word list);\n"
    "                        repeatable, later ones win\n"
    "  --no-lexicon          do not use the embedded lexicon (user dictionaries only)\n"
    "  -h, --help            this help\n";

void print_words(const broadsheet::Tokenizer& tokenizer, const std::string& text) {
    std::string out;
    out.reserve(text.size() + text.size() / 2);
    bool line_has_token = false;
    tokenizer.for_each_token(text, [&](const broadsheet::Token& token) {
        const std::string_view bytes = token.text(text);
        if (token.kind == broadsheet::TokenKind::whitespace) {
            for (char c : bytes) {
                if (c == '\n') {
                    out += '\n';
                    line_has_token = false;
                }
            }
            return;
        }
        if (line_has_token) out += ' ';
        out.append(bytes.data(), bytes.size());
        line_has_token = true;
    });
    if (line_has_token) out += '\n';
    std::fwrite(out.data(), 1, out.size(), stdout);
}

}  // namespace

int tokenize_command(const std::vector<std::string>& args) {
    std::string format = "words";
    bool sentences = false;
    std::vector<std::string> dictionary_paths;
    std::vector<std::string> files;
    broadsheet::TokenizerOptions options;
    ArgumentReader reader(args);
    int status = kOk;
    for (; !reader.done(); reader.advance()) {
        const std::string& arg = reader.current();
        std::string value;
        if (arg == "-h" || arg == "--help") {
            std::fputs(kHelp, stdout);
            return kOk;
        } else if (arg == "--format") {
            if (!reader.next_value("tokenize", value, status)) return status;
            if (value != "words" && value != "json") {
                return usage_error("tokenize",
                                   "--format must be words or json, not '" + value + "'");
            }
            format = value;
        } else if (arg == "--sentences") {
            sentences = true;
        } else if (arg == "--dict") {
            if (!reader.next_value("tokenize", value, status)) return status;
            dictionary_paths.push_back(value);
        } else if (arg == "--no-lexicon") {
            options.use_builtin_lexicon = false;
        } else if (arg.size() > 1 && arg[0] == '-') {
            return usage_error("tokenize", "unknown option '" + arg + "'");
        } else {
            files.push_back(arg);
        }
    }
    if (files.size() > 1) return usage_error("tokenize", "at most one FILE");
    if (files.empty()) files.push_back("-");

    std::vector<broadsheet::Dictionary> dictionaries;
    for (const auto& path : dictionary_paths) {
        auto dictionary = broadsheet::Dictionary::load_file(path);
        if (!dictionary) {
            std::fprintf(stderr, "broadsheet tokenize: %s\n",
                         broadsheet::to_string(dictionary.error()).c_str());
            return kInputError;
        }
        dictionaries.push_back(std::move(*dictionary));
    }
    Input input;
    std::string error;
    if (!read_input(files.front(), input, error)) {
        std::fprintf(stderr, "broadsheet tokenize: %s\n", error.c_str());
        return kInputError;
    }
    const broadsheet::Tokenizer tokenizer(options, std::move(dictionaries));
    const std::string& text = input.bytes;

    if (sentences) {
        const auto spans = tokenizer.sentences(text);
        if (format == "json") {
            Json out = Json::array();
            for (const auto& span : spans) {
                out.push_back({{"text", std::string(span.of(text))}, {"span", to_json(span)}});
            }
            std::puts(dump(out, 1).c_str());
        } else {
            for (const auto& span : spans) {
                std::string sentence(span.of(text));
                std::replace(sentence.begin(), sentence.end(), '\n', ' ');
                std::puts(sentence.c_str());
            }
        }
        return kOk;
    }
    if (format == "words") {
        print_words(tokenizer, text);
        return kOk;
    }
    Json out = Json::array();
    tokenizer.for_each_token(text, [&](const broadsheet::Token& token) {
        Json item = {{"text", std::string(token.text(text))},
                     {"kind", broadsheet::to_string(token.kind)},
                     {"script", broadsheet::to_string(token.script)},
                     {"span", to_json(token.span)}};
        if (token.compound) {
            Json parts = Json::array();
            for (const auto& part : tokenizer.subtokens(text, token)) {
                parts.push_back({{"text", std::string(part.text(text))},
                                 {"kind", broadsheet::to_string(part.kind)},
                                 {"span", to_json(part.span)}});
            }
            item["subtokens"] = std::move(parts);
        }
        out.push_back(std::move(item));
    });
    std::puts(dump(out, 1).c_str());
    return kOk;
}

}  // namespace broadsheet_cli

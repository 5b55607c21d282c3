// broadsheet — command-line front end to the library.
//
//   broadsheet segment  [options] FILE... | -    page text -> articles (JSON, text, HTML)
//   broadsheet tokenize [options] [FILE | -]     words, tokens or sentences
//   broadsheet extract  [options] [FILE | -]     metadata of one article's text
//   broadsheet version
//
// Exit codes: 0 ok, 1 usage error, 2 input or I/O error.
#include <broadsheet/broadsheet.hpp>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "commands.hpp"
#include "input.hpp"

namespace broadsheet_cli {

namespace {

const char* const kUsageText =
    "usage: broadsheet <command> [options] [FILE... | -]\n"
    "\n"
    "commands:\n"
    "  segment    split newspaper page text into articles, with metadata\n"
    "  tokenize   split text into words, tokens or sentences\n"
    "  extract    metadata of one article's text (each line a paragraph)\n"
    "  version    print the library and data versions\n"
    "  help       print this help\n"
    "\n"
    "Run 'broadsheet <command> --help' for a command's options.\n"
    "Exit codes: 0 ok, 1 usage error, 2 input or I/O error.\n";

int version_command(const std::vector<std::string>& args) {
    for (const auto& arg : args) {
        if (arg == "--help" || arg == "-h") {
            std::fputs("usage: broadsheet version\nPrints the version of broadsheet.\n", stdout);
            return kOk;
        }
        return usage_error("version", "unexpected argument '" + arg + "'");
    }
    std::printf("broadsheet %s (library %s, %s)\n", BROADSHEET_VERSION_STRING,
                broadsheet::version(), BROADSHEET_SHARED ? "shared" : "static");
    return kOk;
}

}  // namespace

int usage_error(const char* command, const std::string& message) {
    std::fprintf(stderr, "broadsheet %s: %s\nRun 'broadsheet %s --help' for usage.\n", command,
                 message.c_str(), command);
    return kUsage;
}

bool parse_keyword_method(const std::string& name, broadsheet::KeywordMethod& method) {
    for (const auto candidate :
         {broadsheet::KeywordMethod::tf_idf, broadsheet::KeywordMethod::text_rank}) {
        if (name == broadsheet::to_string(candidate)) {
            method = candidate;
            return true;
        }
    }
    return false;
}

bool ArgumentReader::next_value(const char* command, std::string& value, int& status) {
    const std::string& option = args_[index_];
    if (index_ + 1 >= args_.size()) {
        status = usage_error(command, "option " + option + " needs a value");
        return false;
    }
    value = args_[++index_];
    return true;
}

}  // namespace broadsheet_cli

int main(int argc, char** argv) {
    using namespace broadsheet_cli;
    if (argc < 2) {
        std::fputs(kUsageText, stderr);
        return kUsage;
    }
    const std::string command = argv[1];
    const std::vector<std::string> args(argv + 2, argv + argc);
    static const std::map<std::string, std::function<int(const std::vector<std::string>&)>>
        commands = {
            {"segment", segment_command},
            {"tokenize", tokenize_command},
            {"extract", extract_command},
            {"version", version_command},
        };
    if (command == "help" || command == "--help" || command == "-h") {
        std::fputs(kUsageText, stdout);
        return kOk;
    }
    if (command == "--version") return version_command({});
    const auto it = commands.find(command);
    if (it == commands.end()) {
        std::fprintf(stderr, "broadsheet: unknown command '%s'\n\n%s", command.c_str(), kUsageText);
        return kUsage;
    }
    return it->second(args);
}

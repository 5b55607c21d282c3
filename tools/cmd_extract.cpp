// broadsheet extract: the metadata of one article's text.
#include <broadsheet/metadata.hpp>
#include <cstdio>
#include <string>
#include <vector>

#include "commands.hpp"
#include "input.hpp"
#include "json_output.hpp"

namespace broadsheet_cli {

namespace {

const char* const kHelp =
    "usage: broadsheet extract [options] [FILE | -]\n"
    "\n"
    "Extracts the metadata of one article: each line of the input is a paragraph; leading\n"
    "short lines without final punctuation are its headlines, byline and dateline lines are\n"
    "recognised. Prints one JSON object with entities[] (type, text, normalized, spans,\n"
    "confidence), authors, dateline, keywords and summary.\n"
    "\n"
    "options:\n"
    "  --date YYYY-MM-DD   reference date for relative dates (今天, 昨天, 11月28日)\n"
    "  --strict            drop low-confidence values\n"
    "  --keywords METHOD   tf_idf (default) or text_rank\n"
    "  -h, --help          this help\n";

}  // namespace

int extract_command(const std::vector<std::string>& args) {
    broadsheet::MetadataOptions options;
    std::vector<std::string> files;
    ArgumentReader reader(args);
    int status = kOk;
    for (; !reader.done(); reader.advance()) {
        const std::string& arg = reader.current();
        if (arg == "-h" || arg == "--help") {
            std::fputs(kHelp, stdout);
            return kOk;
        } else if (arg == "--date") {
            if (!reader.next_value("extract", options.reference_date, status)) return status;
        } else if (arg == "--strict") {
            options.strict = true;
        } else if (arg == "--keywords") {
            std::string value;
            if (!reader.next_value("extract", value, status)) return status;
            if (!parse_keyword_method(value, options.keyword_method))
                return usage_error("extract",
                                   "--keywords must be tf_idf or text_rank, not '" + value + "'");
        } else if (arg.size() > 1 && arg[0] == '-') {
            return usage_error("extract", "unknown option '" + arg + "'");
        } else {
            files.push_back(arg);
        }
    }
    if (files.size() > 1) return usage_error("extract", "at most one FILE");
    if (files.empty()) files.push_back("-");

    auto extractor = broadsheet::MetadataExtractor::create(options);
    if (!extractor) return usage_error("extract", broadsheet::to_string(extractor.error()));
    Input input;
    std::string error;
    if (!read_input(files.front(), input, error)) {
        std::fprintf(stderr, "broadsheet extract: %s\n", error.c_str());
        return kInputError;
    }
    const broadsheet::ArticleMetadata metadata = extractor->extract(input.bytes);
    Json out;
    out["schema_version"] = kSchemaVersion;
    out["broadsheet_version"] = broadsheet::version();
    Json body = to_json(metadata);
    out["entities"] = std::move(body["entities"]);
    body.erase("entities");
    out["metadata"] = std::move(body);
    std::puts(dump(out, 1).c_str());
    return kOk;
}

}  // namespace broadsheet_cli

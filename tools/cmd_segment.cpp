// broadsheet segment: page text -> articles (+ metadata), as JSON, JSON Lines, an outline,
// an HTML page or the line-by-line reasoning.
#include <unistd.h>

#include <broadsheet/pipeline.hpp>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "commands.hpp"
#include "input.hpp"
#include "json_output.hpp"

namespace broadsheet_cli {

namespace {

const char* const kHelp =
    "usage: broadsheet segment [options] FILE... | -\n"
    "\n"
    "Splits the text of newspaper pages (one page a file, or JSON Lines records) into\n"
    "articles with their headlines, authors, paragraphs and metadata.\n"
    "\n"
    "options:\n"
    "  --format json|text|html  json: one object per page (default); text: an outline for\n"
    "                           people; html: the page with articles coloured and each\n"
    "                           line's reasoning on hover (one input only)\n"
    "  --jsonl                  one compact JSON object per line (JSON Lines)\n"
    "  --input text|jsonl       text: each FILE is a page (default); jsonl: each line of each\n"
    "                           FILE is {\"id\": ..., \"text\": \"...\"}, the id is echoed back\n"
    "  --explain                print each line's class and the rule that chose it\n"
    "  --no-metadata            articles only, no metadata extraction\n"
    "  --date YYYY-MM-DD        reference date for relative dates when a page has none\n"
    "  --keywords METHOD        tf_idf (default) or text_rank\n"
    "  --encoding auto|utf-8|gb18030|big5\n"
    "                           how to read the input (default utf-8: legacy encodings are\n"
    "                           an error that names the likely one; auto: detect and decode)\n"
    "  --jobs N                 worker threads (default 1; 0: one per core)\n"
    "  -h, --help               this help\n"
    "\n"
    "Spans in the output are [begin, end) byte offsets into each page's input bytes.\n"
    "Schema: docs/json-schema.md. Exit codes: 0 ok, 1 usage error, 2 input or I/O error.\n";

struct Settings {
    std::string format = "json";
    bool jsonl = false;
    bool jsonl_input = false;
    bool explain = false;
    bool metadata = true;
    std::string date;
    broadsheet::KeywordMethod keywords = broadsheet::KeywordMethod::tf_idf;
    std::string encoding = "utf-8";
    std::size_t jobs = 1;
    std::vector<std::string> files;
};

// One page waiting for its result: where it came from and its bytes.
struct PendingPage {
    Json id;  // the JSON Lines id, or the file name
    std::string text;
};

bool parse_arguments(const std::vector<std::string>& args, Settings& settings, int& status) {
    ArgumentReader reader(args);
    for (; !reader.done(); reader.advance()) {
        const std::string& arg = reader.current();
        std::string value;
        if (arg == "-h" || arg == "--help") {
            std::fputs(kHelp, stdout);
            status = kOk;
            return false;
        } else if (arg == "--format") {
            if (!reader.next_value("segment", value, status)) return false;
            if (value != "json" && value != "text" && value != "html") {
                status = usage_error("segment",
                                     "--format must be json, text or html, not '" + value + "'");
                return false;
            }
            settings.format = value;
        } else if (arg == "--jsonl") {
            settings.jsonl = true;
        } else if (arg == "--input") {
            if (!reader.next_value("segment", value, status)) return false;
            if (value != "text" && value != "jsonl") {
                status =
                    usage_error("segment", "--input must be text or jsonl, not '" + value + "'");
                return false;
            }
            settings.jsonl_input = value == "jsonl";
        } else if (arg == "--explain") {
            settings.explain = true;
        } else if (arg == "--no-metadata") {
            settings.metadata = false;
        } else if (arg == "--date") {
            if (!reader.next_value("segment", settings.date, status)) return false;
        } else if (arg == "--keywords") {
            if (!reader.next_value("segment", value, status)) return false;
            if (!parse_keyword_method(value, settings.keywords)) {
                status = usage_error("segment",
                                     "--keywords must be tf_idf or text_rank, not '" + value + "'");
                return false;
            }
        } else if (arg == "--encoding") {
            if (!reader.next_value("segment", value, status)) return false;
            if (value != "auto" &&
                broadsheet::encoding_from_name(value) == broadsheet::Encoding::unknown) {
                status = usage_error(
                    "segment",
                    "--encoding must be auto, utf-8, gb18030 or big5, not '" + value + "'");
                return false;
            }
            settings.encoding = value;
        } else if (arg == "--jobs") {
            if (!reader.next_value("segment", value, status)) return false;
            char* end = nullptr;
            const unsigned long jobs = std::strtoul(value.c_str(), &end, 10);
            if (value.empty() || *end != '\0' || jobs > 1024) {
                status = usage_error("segment",
                                     "--jobs needs a number from 0 to 1024, not '" + value + "'");
                return false;
            }
            settings.jobs = jobs;
        } else if (arg.size() > 1 && arg[0] == '-') {
            status = usage_error("segment", "unknown option '" + arg + "'");
            return false;
        } else {
            settings.files.push_back(arg);
        }
    }
    if (settings.files.empty()) settings.files.push_back("-");
    if (settings.format == "html" && (settings.files.size() > 1 || settings.jsonl_input)) {
        status = usage_error("segment", "--format html takes exactly one page");
        return false;
    }
    return true;
}

// Yields the pages of the inputs in order, a whole file or one JSON Lines record at a time.
class PageSource {
  public:
    PageSource(const Settings& settings) : settings_(settings) {}

    // Fills `page`; false when there is none left. Errors go to stderr and set failed().
    bool next(PendingPage& page) {
        for (;;) {
            if (!settings_.jsonl_input) {
                if (file_index_ >= settings_.files.size()) return false;
                Input input;
                std::string error;
                const std::string& path = settings_.files[file_index_++];
                if (!read_input(path, input, error)) {
                    report(error);
                    continue;
                }
                page.id = path;
                page.text = std::move(input.bytes);
                return true;
            }
            if (!stream_ && !open_next()) return false;
            std::string line;
            if (!std::getline(*stream_, line)) {
                stream_ = nullptr;
                file_.close();
                continue;
            }
            ++line_number_;
            if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
            const Json record = Json::parse(line, nullptr, false);
            if (record.is_discarded() || !record.is_object() || !record.contains("text") ||
                !record["text"].is_string()) {
                report(current_name_ + ":" + std::to_string(line_number_) +
                       ": not a JSON object with a string \"text\"");
                continue;
            }
            page.id = record.contains("id")
                          ? record["id"]
                          : Json(current_name_ + ":" + std::to_string(line_number_));
            page.text = record["text"].get<std::string>();
            return true;
        }
    }

    bool failed() const { return failed_; }

  private:
    bool open_next() {
        while (file_index_ < settings_.files.size()) {
            current_name_ = settings_.files[file_index_++];
            line_number_ = 0;
            if (current_name_ == "-") {
                stream_ = &std::cin;
                return true;
            }
            file_.open(current_name_, std::ios::binary);
            if (file_) {
                stream_ = &file_;
                return true;
            }
            report(current_name_ + ": cannot open");
            file_.clear();
        }
        return false;
    }

    void report(const std::string& message) {
        std::fprintf(stderr, "broadsheet segment: %s\n", message.c_str());
        failed_ = true;
    }

    const Settings& settings_;
    std::size_t file_index_ = 0;
    std::ifstream file_;
    std::istream* stream_ = nullptr;
    std::string current_name_;
    std::size_t line_number_ = 0;
    bool failed_ = false;
};

// An error for pages that are not UTF-8 when the caller said they are.
bool encoding_refused(const broadsheet::Page& page, const Json& id, const Settings& settings) {
    if (settings.encoding == "auto") return false;
    for (const auto& diagnostic : page.diagnostics) {
        if (diagnostic.code == broadsheet::DiagnosticCode::encoding_suspect) {
            std::fprintf(stderr, "broadsheet segment: %s: %s (try --encoding auto)\n",
                         id.is_string() ? id.get<std::string>().c_str() : id.dump().c_str(),
                         diagnostic.message.c_str());
            return true;
        }
    }
    return false;
}

Json page_to_json(const Json& id, const broadsheet::PageResult& result, bool explain) {
    Json out = to_json(result.page, explain);
    Json with_id;
    with_id["id"] = id;
    for (auto& item : out.items()) with_id[item.key()] = std::move(item.value());
    if (!result.metadata.empty()) {
        with_id["page_info"] = to_json(result.page_info);
        auto& articles = with_id["articles"];
        for (std::size_t i = 0; i < result.metadata.size() && i < articles.size(); ++i) {
            Json metadata = to_json(result.metadata[i]);
            articles[i]["entities"] = std::move(metadata["entities"]);
            metadata.erase("entities");
            articles[i]["metadata"] = std::move(metadata);
        }
    }
    return with_id;
}

}  // namespace

int segment_command(const std::vector<std::string>& args) {
    Settings settings;
    int status = kOk;
    if (!parse_arguments(args, settings, status)) return status;

    broadsheet::PipelineOptions options;
    options.extract_metadata = settings.metadata;
    options.metadata.reference_date = settings.date;
    options.metadata.keyword_method = settings.keywords;
    options.segmenter.explain = settings.explain || settings.format == "html";
    options.segmenter.normalize.encoding = settings.encoding == "auto"
                                               ? broadsheet::Encoding::unknown
                                               : broadsheet::encoding_from_name(settings.encoding);
    auto pipeline = broadsheet::Pipeline::create(options);
    if (!pipeline) {
        return usage_error("segment", broadsheet::to_string(pipeline.error()));
    }

    PageSource source(settings);
    std::deque<PendingPage> pending;
    const bool progress =
        isatty(STDERR_FILENO) != 0 && (settings.files.size() > 1 || settings.jsonl_input);
    bool refused = false;
    const auto next = [&](std::string& text) {
        PendingPage page;
        if (!source.next(page)) return false;
        text = page.text;
        pending.push_back(std::move(page));
        return true;
    };
    const auto done = [&](std::size_t index, broadsheet::PageResult&& result) {
        PendingPage page = std::move(pending.front());
        pending.pop_front();
        if (encoding_refused(result.page, page.id, settings)) {
            refused = true;
            return;
        }
        std::string out;
        if (settings.explain && settings.format != "json") {
            out = to_explanation_text(page.text, result.page);
        } else if (settings.format == "text") {
            if (settings.files.size() > 1 || settings.jsonl_input) {
                out = "# " + (page.id.is_string() ? page.id.get<std::string>() : page.id.dump()) +
                      "\n";
            }
            out += to_outline(result.page);
        } else if (settings.format == "html") {
            out = to_html(page.text, result.page,
                          page.id.is_string() ? page.id.get<std::string>() : page.id.dump());
        } else {
            out = dump(page_to_json(page.id, result, settings.explain), settings.jsonl ? -1 : 1);
            out += '\n';
        }
        std::fwrite(out.data(), 1, out.size(), stdout);
        if (progress) std::fprintf(stderr, "\rbroadsheet segment: %zu pages", index + 1);
    };
    pipeline->process_stream(next, done, settings.jobs);
    if (progress) std::fputc('\n', stderr);
    if (std::fflush(stdout) != 0) {
        std::fprintf(stderr, "broadsheet segment: error writing the output\n");
        return kInputError;
    }
    return source.failed() || refused ? kInputError : kOk;
}

}  // namespace broadsheet_cli

// The CLI's subcommands and the small argument-reading helper they share.
#pragma once

#include <broadsheet/metadata.hpp>
#include <string>
#include <vector>

namespace broadsheet_cli {

int segment_command(const std::vector<std::string>& args);
int tokenize_command(const std::vector<std::string>& args);
int extract_command(const std::vector<std::string>& args);

/// Prints "broadsheet COMMAND: MESSAGE" and a pointer to --help on stderr; returns kUsage.
int usage_error(const char* command, const std::string& message);

/// "tf_idf" or "text_rank" (the names `to_string(KeywordMethod)` gives); false otherwise.
bool parse_keyword_method(const std::string& name, broadsheet::KeywordMethod& method);

/// Walks a command's arguments: options, their values, and operands (files).
class ArgumentReader {
  public:
    explicit ArgumentReader(const std::vector<std::string>& args) : args_(args) {}
    bool done() const { return index_ >= args_.size(); }
    const std::string& current() const { return args_[index_]; }
    void advance() { ++index_; }
    /// Reads the value of the current option into `value`; on a missing value sets
    /// `status` to a usage error and returns false.
    bool next_value(const char* command, std::string& value, int& status);

  private:
    const std::vector<std::string>& args_;
    std::size_t index_ = 0;
};

}  // namespace broadsheet_cli

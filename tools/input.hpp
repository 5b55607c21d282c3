// Reading the CLI's inputs: files or standard input, with errors that say what and where.
#pragma once

#include <string>
#include <vector>

namespace broadsheet_cli {

/// Exit codes of the broadsheet tool.
enum ExitCode : int { kOk = 0, kUsage = 1, kInputError = 2 };

/// One input document: where it came from and its bytes.
struct Input {
    std::string name;  ///< The path as given, or "-" for standard input.
    std::string bytes;
};

/// Reads `path` ("-" for standard input) into `input`. On failure returns false and
/// sets `error` to a message naming the file and the reason.
bool read_input(const std::string& path, Input& input, std::string& error);

}  // namespace broadsheet_cli

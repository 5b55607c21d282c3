// Helpers shared by the tests: reading fixture files, checking span invariants.
#pragma once

#include <string>
#include <string_view>

namespace broadsheet_test {

/// Contents of tests/data/<relative>; fails the running test if the file is missing.
std::string read_fixture(std::string_view relative);

/// Contents of any file, or an empty string and `ok == false`.
std::string read_file(const std::string& path, bool& ok);

}  // namespace broadsheet_test

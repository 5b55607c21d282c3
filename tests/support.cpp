#include "support.hpp"

#include <fstream>
#include <iterator>

#include "catch.hpp"

namespace broadsheet_test {

std::string read_file(const std::string& path, bool& ok) {
    std::ifstream in(path, std::ios::binary);
    ok = static_cast<bool>(in);
    if (!ok) return {};
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

std::string read_fixture(std::string_view relative) {
    const std::string path = std::string(BROADSHEET_TEST_DATA_DIR) + "/" + std::string(relative);
    bool ok = false;
    std::string text = read_file(path, ok);
    INFO("fixture " << path);
    REQUIRE(ok);
    return text;
}

}  // namespace broadsheet_test

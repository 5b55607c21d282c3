#include "input.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace broadsheet_cli {

bool read_input(const std::string& path, Input& input, std::string& error) {
    input.name = path;
    input.bytes.clear();
    const bool from_stdin = path == "-";
    std::FILE* file = from_stdin ? stdin : std::fopen(path.c_str(), "rb");
    if (file == nullptr) {
        error = path + ": cannot open: " + std::strerror(errno);
        return false;
    }
    char buffer[1 << 16];
    std::size_t n;
    while ((n = std::fread(buffer, 1, sizeof buffer, file)) > 0) input.bytes.append(buffer, n);
    const bool failed = std::ferror(file) != 0;
    const int saved_errno = errno;
    if (!from_stdin) std::fclose(file);
    if (failed) {
        error = path + ": read error: " + std::strerror(saved_errno);
        return false;
    }
    return true;
}

}  // namespace broadsheet_cli

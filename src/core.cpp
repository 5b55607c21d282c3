#include <fmt/format.h>

#include <broadsheet/core.hpp>

BROADSHEET_NAMESPACE_BEGIN

const char* version() noexcept {
    return BROADSHEET_VERSION_STRING;
}

const char* to_string(DiagnosticCode code) noexcept {
    switch (code) {
        case DiagnosticCode::invalid_utf8:
            return "invalid_utf8";
        case DiagnosticCode::nul_byte:
            return "nul_byte";
        case DiagnosticCode::control_character:
            return "control_character";
        case DiagnosticCode::byte_order_mark:
            return "byte_order_mark";
        case DiagnosticCode::line_endings:
            return "line_endings";
        case DiagnosticCode::transcoded:
            return "transcoded";
        case DiagnosticCode::encoding_suspect:
            return "encoding_suspect";
        case DiagnosticCode::input_too_large:
            return "input_too_large";
        case DiagnosticCode::line_too_long:
            return "line_too_long";
        case DiagnosticCode::limit_reached:
            return "limit_reached";
        case DiagnosticCode::unplaced_text:
            return "unplaced_text";
        case DiagnosticCode::low_confidence:
            return "low_confidence";
        case DiagnosticCode::reading_order_repaired:
            return "reading_order_repaired";
    }
    return "unknown";
}

const char* to_string(Severity severity) noexcept {
    switch (severity) {
        case Severity::info:
            return "info";
        case Severity::warning:
            return "warning";
        case Severity::error:
            return "error";
    }
    return "unknown";
}

const char* to_string(ErrorCode code) noexcept {
    switch (code) {
        case ErrorCode::io_error:
            return "io_error";
        case ErrorCode::parse_error:
            return "parse_error";
        case ErrorCode::invalid_argument:
            return "invalid_argument";
        case ErrorCode::unsupported:
            return "unsupported";
        case ErrorCode::encoding_error:
            return "encoding_error";
        case ErrorCode::limit_exceeded:
            return "limit_exceeded";
    }
    return "unknown";
}

std::string to_string(const Error& error) {
    std::string out;
    if (!error.file.empty()) {
        out += error.file;
        if (error.line != 0) out += fmt::format(":{}", error.line);
        out += ": ";
    } else if (error.offset != static_cast<std::size_t>(-1)) {
        out += fmt::format("byte {}: ", error.offset);
    }
    out += error.message;
    out += fmt::format(" ({})", to_string(error.code));
    return out;
}

BROADSHEET_NAMESPACE_END

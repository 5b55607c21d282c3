/// @file broadsheet/core.hpp
/// Vocabulary shared by every broadsheet component: byte spans, diagnostics, errors.
///
/// Conventions (see docs/design.md):
/// - Every piece of output carries a `Span`, a half-open `[begin, end)` range of byte
///   offsets into the caller's *original* input, whatever normalization happened inside.
/// - Processing functions never throw and never abort on any input bytes. What they
///   repaired or could not do is reported as `Diagnostic` values inside their result.
/// - Loading and configuration (dictionaries, option files) can fail; such failures come
///   back as an `Error` inside an `Expected<T>`, naming what failed, which file and line.
#ifndef BROADSHEET_CORE_HPP
#define BROADSHEET_CORE_HPP

#include <broadsheet/config.hpp>
#include <cstddef>
#include <cstdint>
#include <new>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

BROADSHEET_NAMESPACE_BEGIN

/// The version of the library actually linked, e.g. "0.1.0". Compare with
/// `BROADSHEET_VERSION_STRING` (the headers' version) to detect a mismatched install.
BROADSHEET_API const char* version() noexcept;

/// A half-open range `[begin, end)` of byte offsets into the caller's original input.
/// Invariant kept by every producer: `begin <= end <= input.size()`.
struct Span {
    std::size_t begin = 0;
    std::size_t end = 0;

    constexpr std::size_t size() const noexcept { return end - begin; }
    constexpr bool empty() const noexcept { return begin == end; }
    constexpr bool contains(std::size_t offset) const noexcept {
        return offset >= begin && offset < end;
    }
    /// The bytes this span covers. Precondition: the span lies inside `text`.
    std::string_view of(std::string_view text) const noexcept {
        return text.substr(begin, end - begin);
    }
    friend constexpr bool operator==(Span a, Span b) noexcept {
        return a.begin == b.begin && a.end == b.end;
    }
    friend constexpr bool operator!=(Span a, Span b) noexcept { return !(a == b); }
};

/// How serious a diagnostic is. `info`: something was repaired as configured (e.g. a BOM
/// skipped). `warning`: the input was damaged and repaired (invalid UTF-8 replaced) or a
/// decision is unsure. `error`: part of the input could not be processed (a limit was hit);
/// the result still holds everything done before that point.
enum class Severity : std::uint8_t { info, warning, error };

/// What a diagnostic is about. Stable identifiers: new codes are only ever appended.
enum class DiagnosticCode : std::uint16_t {
    invalid_utf8,       ///< Ill-formed UTF-8 sequence, replaced by U+FFFD in the normalized view.
    nul_byte,           ///< A NUL byte, dropped from the normalized view.
    control_character,  ///< A C0/C1 control or zero-width character, dropped.
    byte_order_mark,    ///< A leading byte-order mark, skipped.
    line_endings,       ///< CR or CRLF line endings, unified to LF.
    transcoded,         ///< The input was decoded from a legacy encoding (GB18030, Big5, UTF-16).
    encoding_suspect,   ///< The bytes look like another encoding than the one assumed.
    input_too_large,    ///< Input longer than the configured limit; the rest was not processed.
    line_too_long,      ///< A line longer than the configured limit was cut into pieces.
    limit_reached,      ///< Another configured limit (tokens, articles, ...) was reached.
    unplaced_text,      ///< Text the segmenter could not attach to any article.
    low_confidence,     ///< A structural decision was made with low confidence.
    /// Text printed out of reading order was put back in place: the span is a paragraph
    /// piece that now follows a piece later in the input.
    reading_order_repaired,
};

/// Stable lowercase name of a diagnostic code, e.g. "invalid_utf8".
BROADSHEET_API const char* to_string(DiagnosticCode code) noexcept;
/// "info", "warning" or "error".
BROADSHEET_API const char* to_string(Severity severity) noexcept;

/// One thing a processing function wants its caller to know about the input.
struct Diagnostic {
    DiagnosticCode code = DiagnosticCode::invalid_utf8;
    Severity severity = Severity::warning;
    /// The input bytes concerned, as offsets into the caller's original input.
    Span span;
    /// Human-readable explanation, in English, naming what and where.
    std::string message;
};

/// Why a loading or configuration step failed.
enum class ErrorCode : std::uint16_t {
    io_error,          ///< A file could not be opened or read.
    parse_error,       ///< A file's content is malformed (file and line are set).
    invalid_argument,  ///< An option or argument has a value outside its contract.
    unsupported,       ///< A requested feature or encoding is not supported by this build.
    encoding_error,    ///< The input is not in the encoding required and may not be transcoded.
    limit_exceeded,    ///< A configured limit makes the request impossible.
};

/// Stable lowercase name of an error code, e.g. "parse_error".
BROADSHEET_API const char* to_string(ErrorCode code) noexcept;

/// A failure as a value: what went wrong and where. Cheap to copy, safe to log.
struct Error {
    ErrorCode code = ErrorCode::invalid_argument;
    /// What went wrong, in English, without the location (see `to_string(const Error&)`).
    std::string message;
    /// The file concerned, if any.
    std::string file;
    /// 1-based line in `file`, 0 when not applicable.
    std::size_t line = 0;
    /// Byte offset in the input or file, when meaningful; `npos` otherwise.
    std::size_t offset = static_cast<std::size_t>(-1);
};

/// "file:line: message (code)" or the parts of it that are known.
BROADSHEET_API std::string to_string(const Error& error);

/// Either a `T` or an `Error`, for operations that can fail (loading, configuring).
/// A minimal C++17 stand-in for `std::expected<T, Error>`; it never throws on access
/// checks you make yourself, and `value()` on an error is a precondition violation.
template <class T>
class Expected {
  public:
    Expected(T value) : has_value_(true) { new (&storage_.value) T(std::move(value)); }
    Expected(Error error) : has_value_(false) { new (&storage_.error) Error(std::move(error)); }
    Expected(const Expected& other) : has_value_(other.has_value_) {
        if (has_value_)
            new (&storage_.value) T(other.storage_.value);
        else
            new (&storage_.error) Error(other.storage_.error);
    }
    Expected(Expected&& other) noexcept(std::is_nothrow_move_constructible<T>::value)
        : has_value_(other.has_value_) {
        if (has_value_)
            new (&storage_.value) T(std::move(other.storage_.value));
        else
            new (&storage_.error) Error(std::move(other.storage_.error));
    }
    Expected& operator=(Expected other) {
        this->~Expected();
        new (this) Expected(std::move(other));
        return *this;
    }
    ~Expected() {
        if (has_value_)
            storage_.value.~T();
        else
            storage_.error.~Error();
    }

    bool has_value() const noexcept { return has_value_; }
    explicit operator bool() const noexcept { return has_value_; }

    /// Precondition: `has_value()`.
    T& value() & noexcept { return storage_.value; }
    const T& value() const& noexcept { return storage_.value; }
    T&& value() && noexcept { return std::move(storage_.value); }
    T& operator*() & noexcept { return storage_.value; }
    const T& operator*() const& noexcept { return storage_.value; }
    T* operator->() noexcept { return &storage_.value; }
    const T* operator->() const noexcept { return &storage_.value; }

    /// Precondition: `!has_value()`.
    const Error& error() const noexcept { return storage_.error; }

  private:
    union Storage {
        Storage() {}
        ~Storage() {}
        T value;
        Error error;
    } storage_;
    bool has_value_;
};

BROADSHEET_NAMESPACE_END

#endif  // BROADSHEET_CORE_HPP

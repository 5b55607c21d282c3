// Encodings: detection, transcoding from GB18030/GBK and Big5 with spans in the original
// bytes, and the warning when legacy bytes are read as UTF-8.
#include <unicode/ucnv.h>

#include <broadsheet/text.hpp>
#include <string>

#include "catch.hpp"
#include "support.hpp"

using broadsheet::DiagnosticCode;
using broadsheet::Encoding;
using broadsheet::normalize;
using broadsheet::NormalizeOptions;

namespace {

// Converts UTF-8 to `encoding` with ICU, the way a legacy system would have stored it.
std::string convert(const std::string& utf8, const char* encoding) {
    UErrorCode status = U_ZERO_ERROR;
    std::string out(utf8.size() * 4 + 16, '\0');
    const int32_t size =
        ucnv_convert(encoding, "UTF-8", out.data(), static_cast<int32_t>(out.size()), utf8.data(),
                     static_cast<int32_t>(utf8.size()), &status);
    REQUIRE(U_SUCCESS(status));
    out.resize(static_cast<std::size_t>(size));
    return out;
}

bool has_code(const broadsheet::NormalizedText& t, DiagnosticCode code) {
    for (const auto& d : t.diagnostics())
        if (d.code == code) return true;
    return false;
}

const char* const kTraditional =
    "本報訊（記者 陳大文）香港特區政府昨日公布，二零二五年首季經濟增長百分之三點一。\n"
    "財政司司長表示，出口和訪港旅客人數均有回升，全年預測維持不變。\n";

}  // namespace

TEST_CASE("well-formed UTF-8 and byte-order marks are detected", "[text][encoding]") {
    CHECK(broadsheet::detect_encoding("河西区").encoding == Encoding::utf8);
    CHECK(broadsheet::detect_encoding("\xFF\xFEz\x00").encoding == Encoding::utf16le);
    CHECK(broadsheet::detect_encoding("\xFE\xFF\x00z").encoding == Encoding::utf16be);
    CHECK(broadsheet::encoding_from_name("GBK") == Encoding::gb18030);
    CHECK(broadsheet::encoding_from_name("utf_8") == Encoding::utf8);
    CHECK(broadsheet::encoding_from_name("latin1") == Encoding::unknown);
}

TEST_CASE("a GBK page is detected, transcoded, and spans point at its GBK bytes",
          "[text][encoding]") {
    const std::string utf8 = broadsheet_test::read_fixture("pages/tianjin-hexi-2025.txt");
    const std::string gbk = convert(utf8, "GBK");
    REQUIRE(broadsheet::detect_encoding(gbk).encoding == Encoding::gb18030);

    NormalizeOptions options;
    options.encoding = Encoding::unknown;
    const auto t = normalize(gbk, options);
    CHECK(t.source_encoding() == Encoding::gb18030);
    CHECK(has_code(t, DiagnosticCode::transcoded));
    CHECK(!has_code(t, DiagnosticCode::invalid_utf8));
    CHECK(t.text() == normalize(utf8).text());

    // Every normalized character maps to GBK bytes that decode to that same character
    // (before folding: compare against the UTF-8 original's own mapping).
    const auto reference = normalize(utf8);
    const std::string& s = t.text();
    for (std::size_t i = 0; i < s.size();) {
        std::size_t length = 0;
        broadsheet::decode_utf8(s, i, length);
        const broadsheet::Span in_gbk = t.to_original(broadsheet::Span{i, i + length});
        const broadsheet::Span in_utf8 = reference.to_original(broadsheet::Span{i, i + length});
        REQUIRE(convert(std::string(in_utf8.of(utf8)), "GBK") == std::string(in_gbk.of(gbk)));
        i += length;
    }
    CHECK(t.to_original_begin(s.size()) == gbk.size());
}

TEST_CASE("a Big5 text is detected and transcoded", "[text][encoding]") {
    const std::string big5 = convert(kTraditional, "Big5");
    NormalizeOptions options;
    options.encoding = Encoding::unknown;
    const auto t = normalize(big5, options);
    CHECK(t.source_encoding() == Encoding::big5);
    CHECK(t.text() == normalize(kTraditional).text());
}

TEST_CASE("an explicit encoding is used without detection", "[text][encoding]") {
    const std::string text = "新华社北京6月10日电";
    NormalizeOptions options;
    options.encoding = Encoding::gb18030;
    const auto t = normalize(convert(text, "GB18030"), options);
    CHECK(t.text() == text);
    options.encoding = Encoding::utf16le;
    const std::string utf16 = convert(text, "UTF-16LE");
    const auto u = normalize(utf16, options);
    CHECK(u.text() == text);
    // "6" is one UTF-16 code unit: two bytes.
    const std::size_t six = text.find('6');
    CHECK(u.to_original(broadsheet::Span{six, six + 1}).size() == 2);
}

TEST_CASE("GBK read as UTF-8 is repaired and the likely encoding is named", "[text][encoding]") {
    const std::string gbk =
        convert(broadsheet_test::read_fixture("pages/tianjin-hexi-2025.txt"), "GBK");
    const auto t = normalize(gbk);  // default: UTF-8
    CHECK(t.source_encoding() == Encoding::utf8);
    CHECK(has_code(t, DiagnosticCode::invalid_utf8));
    REQUIRE(has_code(t, DiagnosticCode::encoding_suspect));
    for (const auto& d : t.diagnostics()) {
        if (d.code == DiagnosticCode::encoding_suspect) {
            CHECK(d.message.find("gb18030") != std::string::npos);
        }
    }
}

TEST_CASE("invalid bytes in a legacy encoding become U+FFFD with their offsets",
          "[text][encoding]") {
    std::string bytes = convert("河西区", "GB18030");
    bytes.insert(2, "\xFF");  // 0xFF is never valid in GB18030
    NormalizeOptions options;
    options.encoding = Encoding::gb18030;
    const auto t = normalize(bytes, options);
    CHECK(t.text().find("\xEF\xBF\xBD") != std::string::npos);
    bool found = false;
    for (const auto& d : t.diagnostics()) {
        if (d.code == DiagnosticCode::invalid_utf8) {
            found = true;
            CHECK(d.span.begin == 2);
        }
    }
    CHECK(found);
}

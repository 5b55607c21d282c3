// Normalization: foldings, repairs, diagnostics and the offset map back to the input.
#include <broadsheet/text.hpp>
#include <random>
#include <string>

#include "catch.hpp"
#include "unicode.hpp"

using broadsheet::DiagnosticCode;
using broadsheet::Encoding;
using broadsheet::normalize;
using broadsheet::NormalizedText;
using broadsheet::NormalizeOptions;
using broadsheet::Span;

namespace {

bool has_code(const broadsheet::NormalizedText& t, DiagnosticCode code) {
    for (const auto& d : t.diagnostics())
        if (d.code == code) return true;
    return false;
}

// Every character boundary of the normalized text maps to an original offset; the mapped
// offsets never go backwards and stay inside the input.
void check_map_monotonic(const broadsheet::NormalizedText& t) {
    std::size_t previous = 0;
    const std::string& s = t.text();
    for (std::size_t i = 0; i <= s.size(); ++i) {
        if (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) continue;
        const std::size_t begin = t.to_original_begin(i);
        const std::size_t end = t.to_original_end(i);
        REQUIRE(begin <= t.original_size());
        REQUIRE(end <= begin);
        REQUIRE(end >= previous);
        previous = begin;
    }
}

}  // namespace

TEST_CASE("plain ASCII and CJK text is left as it is", "[text]") {
    const std::string input = "河西区 2025 news\n第二行";
    const auto t = normalize(input);
    CHECK(t.text() == input);
    CHECK(t.is_identity());
    CHECK(t.diagnostics().empty());
    CHECK(t.to_original(Span{3, 9}) == (Span{3, 9}));
}

TEST_CASE("full-width ASCII and the ideographic space fold, and map back", "[text]") {
    const std::string input = "１９９６年，\xE3\x80\x80Ａ";  // １９９６年，　Ａ
    const auto t = normalize(input);
    CHECK(t.text() == "1996年, A");
    // "1996" in the normalized text is the twelve bytes of the four full-width digits.
    CHECK(t.to_original(Span{0, 4}) == (Span{0, 12}));
    // "年" keeps its bytes.
    CHECK(t.to_original(Span{4, 7}) == (Span{12, 15}));
    CHECK(t.to_original(Span{t.text().size() - 1, t.text().size()}) ==
          (Span{input.size() - 3, input.size()}));
    check_map_monotonic(t);
    // And forward: boundaries of folded characters map in, their insides do not.
    CHECK(t.to_normalized(0) == 0);
    CHECK(t.to_normalized(3) == 1);
    CHECK(t.to_normalized(1) == NormalizedText::npos);
    CHECK(t.to_normalized(12) == 4);
    CHECK(t.to_normalized(input.size()) == t.text().size());
}

TEST_CASE("option sets compare equal exactly when every field does", "[text]") {
    NormalizeOptions a;
    NormalizeOptions b;
    CHECK(a == b);
    b.nfkc = true;
    CHECK(a != b);
    b = a;
    b.encoding = Encoding::gb18030;
    CHECK(a != b);
    b = a;
    b.max_input_bytes = 10;
    CHECK(a != b);
}

TEST_CASE("foldings can be switched off", "[text]") {
    NormalizeOptions options;
    options.fold_fullwidth_ascii = false;
    options.fold_spaces = false;
    const std::string input = "１，\xE3\x80\x80";
    CHECK(normalize(input, options).text() == input);
}

TEST_CASE("invalid UTF-8 becomes U+FFFD with a diagnostic at its offset", "[text]") {
    // "ab", a lone continuation byte, "c", a truncated 3-byte sequence, "d".
    const std::string input = std::string(
        "ab\x80"
        "c\xE4\xB8"
        "d",
        7);
    const auto t = normalize(input);
    CHECK(t.text() ==
          "ab\xEF\xBF\xBD"
          "c\xEF\xBF\xBD"
          "d");
    REQUIRE(t.diagnostics().size() == 2);
    CHECK(t.diagnostics()[0].code == DiagnosticCode::invalid_utf8);
    CHECK(t.diagnostics()[0].span == (Span{2, 3}));
    CHECK(t.diagnostics()[1].span == (Span{4, 6}));
    CHECK(t.to_original(Span{2, 5}) == (Span{2, 3}));
    check_map_monotonic(t);
}

TEST_CASE("maximal subparts follow Unicode table 3-7", "[text]") {
    std::size_t length = 0;
    // E0 80: 80 is not a valid second byte after E0, so E0 alone is the subpart.
    CHECK(broadsheet::decode_utf8("\xE0\x80\x80", 0, length) == 0xFFFD);
    CHECK(length == 1);
    // Surrogates encoded in UTF-8 are ill-formed.
    CHECK(broadsheet::decode_utf8("\xED\xA0\x80", 0, length) == 0xFFFD);
    CHECK(length == 1);
    CHECK(broadsheet::decode_utf8("\xF0\x9F\x98\x80", 0, length) == 0x1F600);
    CHECK(length == 4);
    CHECK(broadsheet::decode_utf8("\xF0\x9F\x98", 0, length) == 0xFFFD);
    CHECK(length == 3);
}

TEST_CASE("NUL, controls and zero-width characters are dropped and reported", "[text]") {
    const std::string input = std::string(
        "a\0b\x01"
        "c\xE2\x80\x8B"
        "d",
        9);
    const auto t = normalize(input);
    CHECK(t.text() == "abcd");
    CHECK(has_code(t, DiagnosticCode::nul_byte));
    CHECK(has_code(t, DiagnosticCode::control_character));
    // A span over "b" does not absorb the dropped NUL before it.
    CHECK(t.to_original(Span{1, 2}) == (Span{2, 3}));
    check_map_monotonic(t);
}

TEST_CASE("line endings are unified to LF", "[text]") {
    const auto t = normalize(
        "a\r\nb\rc\xE2\x80\xA8"
        "d");
    CHECK(t.text() == "a\nb\nc\nd");
    CHECK(t.to_original(Span{2, 3}) == (Span{3, 4}));
    check_map_monotonic(t);
}

TEST_CASE("a leading byte-order mark is skipped", "[text]") {
    const auto t = normalize("\xEF\xBB\xBFhello");
    CHECK(t.text() == "hello");
    CHECK(t.to_original(Span{0, 5}) == (Span{3, 8}));
    CHECK(has_code(t, DiagnosticCode::byte_order_mark));
}

TEST_CASE("input over the size limit is cut at a character boundary and reported", "[text]") {
    NormalizeOptions options;
    options.max_input_bytes = 4;
    const auto t = normalize("河西区", options);  // 9 bytes; the cut lands inside 西
    CHECK(t.text() == "河");
    REQUIRE(has_code(t, DiagnosticCode::input_too_large));
    CHECK(t.diagnostics().back().span == (Span{3, 9}));
    CHECK(t.diagnostics().back().severity == broadsheet::Severity::error);
}

TEST_CASE("NFKC is applied when asked", "[text]") {
    NormalizeOptions options;
    options.nfkc = true;
    CHECK(normalize("\xE2\x91\xA0", options).text() == "1");      // ① -> 1
    CHECK(normalize("e\xCC\x81", options).text() == "\xC3\xA9");  // e + combining acute -> é
    CHECK(normalize("\xE2\x91\xA0").text() == "\xE2\x91\xA0");    // off by default
}

TEST_CASE("diagnostics from binary garbage are merged and capped", "[text]") {
    std::string garbage(100000, '\x80');
    const auto t = normalize(garbage);
    std::size_t invalid_runs = 0;
    for (const auto& d : t.diagnostics()) {
        if (d.code != DiagnosticCode::invalid_utf8) continue;
        ++invalid_runs;  // one merged run of invalid bytes
        CHECK(d.span == (Span{0, garbage.size()}));
    }
    CHECK(invalid_runs == 1);
    std::string alternating;
    for (int i = 0; i < 5000; ++i) alternating += "a\x80";
    CHECK(normalize(alternating).diagnostics().size() <= 1001);
}

TEST_CASE("normalization of random bytes: valid output, monotonic map, idempotent",
          "[text][property]") {
    std::mt19937 rng(20251128);
    const char* pieces[] = {"河",
                            "，",
                            "\xE3\x80\x80",
                            "\r\n",
                            "\n",
                            " ",
                            "a",
                            "\0",
                            "\x80",
                            "\xE4\xB8",
                            "\xEF\xBB\xBF",
                            "１",
                            "\xE2\x80\x8B",
                            "\xF0\x9F\x98\x80"};
    for (int round = 0; round < 300; ++round) {
        std::string input;
        const int n = static_cast<int>(rng() % 60);
        for (int k = 0; k < n; ++k) {
            const auto* piece = pieces[rng() % (sizeof pieces / sizeof *pieces)];
            input.append(piece, piece[0] == '\0' ? 1 : std::char_traits<char>::length(piece));
            if (rng() % 7 == 0) input += static_cast<char>(rng() % 256);
        }
        const auto t = normalize(input);
        // Well-formed UTF-8 out.
        for (std::size_t i = 0; i < t.text().size();) {
            std::size_t length = 0;
            const char32_t cp = broadsheet::decode_utf8(t.text(), i, length);
            REQUIRE((cp != 0xFFFD || t.text().compare(i, 3, "\xEF\xBF\xBD") == 0));
            i += length;
        }
        check_map_monotonic(t);
        REQUIRE(t.to_original_begin(t.text().size()) == input.size());
        // to_normalized inverts to_original_begin at every character boundary.
        for (std::size_t n = 0; n <= t.text().size(); ++n) {
            if (n < t.text().size() && (static_cast<unsigned char>(t.text()[n]) & 0xC0) == 0x80)
                continue;
            REQUIRE(t.to_normalized(t.to_original_begin(n)) == n);
        }
        // Idempotent: normalizing the normalized text changes nothing more.
        REQUIRE(normalize(t.text()).text() == t.text());
        // Deterministic.
        REQUIRE(normalize(input).text() == t.text());
    }
}

TEST_CASE("the internal fast decoder agrees with decode_utf8 on every byte sequence",
          "[text][property]") {
    // Every two- and three-byte sequence over lead bytes 0xC0-0xFF and a few trailing bytes,
    // plus random bytes: the components decode through the fast path, the API through
    // decode_utf8, and they must never disagree.
    std::vector<std::string> inputs;
    const unsigned char trails[] = {0x00, 0x41, 0x7F, 0x80, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF};
    for (unsigned lead = 0x00; lead <= 0xFF; ++lead)
        for (unsigned char t1 : trails)
            for (unsigned char t2 : trails)
                inputs.push_back(std::string{static_cast<char>(lead), static_cast<char>(t1),
                                             static_cast<char>(t2)});
    unsigned state = 7;
    std::string noise;
    for (int i = 0; i < 20000; ++i) {
        state = state * 1103515245u + 12345u;
        noise.push_back(static_cast<char>((state >> 16) & 0xFF));
    }
    inputs.push_back(noise);
    for (const std::string& s : inputs) {
        for (std::size_t i = 0; i < s.size(); ++i) {
            std::size_t slow_length = 0, fast_length = 0;
            const char32_t slow = broadsheet::decode_utf8(s, i, slow_length);
            const char32_t fast = broadsheet::detail::decode_utf8_fast(s, i, fast_length);
            REQUIRE(slow == fast);
            REQUIRE(slow_length == fast_length);
        }
    }
}

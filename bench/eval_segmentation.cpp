// Evaluates word segmentation against a SIGHAN 2005 style gold file.
//
// usage: eval_segmentation RAW GOLD [TRAINING_WORDS] [--dict FILE]... [--icu]
//                          [--closed] [--dump FILE]
//   RAW             raw test text, one sentence or paragraph a line
//   GOLD            the same text, gold words separated by spaces
//   TRAINING_WORDS  the training word list: the OOV reference (not used for segmenting)
//   --dict FILE     a user dictionary for the tokenizer (repeatable)
//   --closed        also use TRAINING_WORDS as a user dictionary (the closed track)
//   --icu           score ICU's word BreakIterator instead of the tokenizer
//   --dump FILE     write the system segmentation, one line per input line
//   --user-words-only, --no-date-merging, --no-person-names, --no-places, --measure-words
//                   set the corresponding TokenizerOptions
// Prints precision, recall, F1, OOV recall and recall by heuristic category of gold words.
// Both sides are scored as one character stream (whitespace dropped), so gold that moves
// a quote across lines or CR LF line endings do not matter.
#include <unicode/brkiter.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <broadsheet/tokenizer.hpp>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>
#include <unordered_set>
#include <vector>

#include "measure.hpp"

namespace {

std::vector<std::string_view> split_lines(std::string_view text) {
    std::vector<std::string_view> lines;
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t eol = text.find('\n', pos);
        if (eol == std::string_view::npos) eol = text.size();
        std::string_view line = text.substr(pos, eol - pos);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        lines.push_back(line);
        pos = eol + 1;
    }
    return lines;
}

std::u32string to_u32(std::string_view s) {
    std::u32string out;
    for (std::size_t i = 0; i < s.size();) {
        std::size_t len = 1;
        out.push_back(broadsheet::decode_utf8(s, i, len));
        i += len;
    }
    return out;
}

bool is_space(char32_t c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == 0x3000 || c == 0xFEFF;
}

// A segmentation: the words (whitespace removed) in order.
using Words = std::vector<std::u32string>;

void add_word(Words& words, std::string_view text) {
    std::u32string w;
    for (char32_t c : to_u32(text))
        if (!is_space(c)) w.push_back(c);
    if (!w.empty()) words.push_back(std::move(w));
}

Words gold_words(std::string_view gold) {
    Words words;
    std::size_t i = 0;
    while (i < gold.size()) {
        while (i < gold.size() &&
               (gold[i] == ' ' || gold[i] == '\t' || gold[i] == '\r' || gold[i] == '\n'))
            ++i;
        std::size_t j = i;
        while (j < gold.size() &&
               !(gold[j] == ' ' || gold[j] == '\t' || gold[j] == '\r' || gold[j] == '\n'))
            ++j;
        if (j > i) add_word(words, gold.substr(i, j - i));
        i = j;
    }
    return words;
}

struct Spans {
    std::vector<std::pair<std::size_t, std::size_t>> spans;
    std::u32string stream;
};
Spans to_spans(const Words& words) {
    Spans s;
    std::size_t at = 0;
    for (const auto& w : words) {
        s.spans.emplace_back(at, at + w.size());
        s.stream += w;
        at += w.size();
    }
    return s;
}

bool in(const std::u32string& set, char32_t c) {
    return set.find(c) != std::u32string::npos;
}

const std::u32string kDigits = U"0123456789０１２３４５６７８９〇○零一二三四五六七八九十百千万亿两";
const std::u32string kDateUnits = U"年月日号";
const std::u32string kSurnames =
    U"王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏"
    U"吕"
    U"丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严";

bool ends_with(const std::u32string& w, std::u32string_view s) {
    return w.size() > s.size() && w.compare(w.size() - s.size(), s.size(), s) == 0;
}

enum Category { kDate, kNumberUnit, kPlace, kOrganization, kPerson, kCategories };
const char* kCategoryNames[] = {"dates", "numbers+units", "place names", "organisation names",
                                "person names"};

int category_of(const Words& words, std::size_t i, const broadsheet::Dictionary& lexicon) {
    const std::u32string& w = words[i];
    const bool starts_digit = in(kDigits, w[0]);
    if (starts_digit && w.size() >= 2 && in(kDateUnits, w.back())) return kDate;
    if (starts_digit && w.size() >= 2 && !in(kDigits, w.back())) return kNumberUnit;
    for (std::u32string_view s : {U"省", U"市", U"县", U"区", U"镇", U"乡", U"村", U"州", U"街道"})
        if (ends_with(w, s) && w.size() >= 2) return kPlace;
    for (std::u32string_view s : {U"公司", U"集团", U"委员会", U"医院", U"大学", U"学院", U"银行",
                                  U"研究所", U"研究院", U"协会", U"办事处", U"局", U"中学"})
        if (ends_with(w, s) && w.size() >= 3) return kOrganization;
    std::string utf8;
    for (char32_t c : w) broadsheet::append_utf8(utf8, c);
    if (!lexicon.contains(utf8)) {
        // A full name (MSR) or a given name after a one-character surname (PKU).
        if (w.size() >= 2 && w.size() <= 3 && in(kSurnames, w[0])) return kPerson;
        if (w.size() <= 2 && i > 0 && words[i - 1].size() == 1 && in(kSurnames, words[i - 1][0]))
            return kPerson;
    }
    return kCategories;
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::string> positional, dicts;
    bool use_icu = false, closed = false;
    std::string dump_path;
    broadsheet::TokenizerOptions options;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--icu")
            use_icu = true;
        else if (a == "--closed")
            closed = true;
        else if (a == "--user-words-only")
            options.user_words_only = true;
        else if (a == "--no-date-merging")
            options.merge_dates_and_times = false;
        else if (a == "--no-person-names")
            options.merge_person_names = false;
        else if (a == "--no-places")
            options.merge_places_and_organizations = false;
        else if (a == "--measure-words")
            options.attach_measure_words = true;
        else if (a == "--dict" && i + 1 < argc)
            dicts.push_back(argv[++i]);
        else if (a == "--dump" && i + 1 < argc)
            dump_path = argv[++i];
        else
            positional.push_back(a);
    }
    if (positional.size() < 2 || positional.size() > 3) {
        std::fprintf(stderr,
                     "usage: %s RAW GOLD [TRAINING_WORDS] [--dict FILE]... [--closed] [--icu] "
                     "[--dump FILE] [--user-words-only] [--no-date-merging] [--no-person-names] "
                     "[--no-places] [--measure-words]\n",
                     argv[0]);
        return 1;
    }
    if (closed && positional.size() == 3) dicts.push_back(positional[2]);

    const std::string raw = broadsheet_bench::read_file_or_exit(positional[0], "eval_segmentation");
    const std::string gold =
        broadsheet_bench::read_file_or_exit(positional[1], "eval_segmentation");

    std::vector<broadsheet::Dictionary> user;
    for (const auto& path : dicts) {
        const auto start = std::chrono::steady_clock::now();
        auto d = broadsheet::Dictionary::load_file(path);
        if (!d) {
            std::fprintf(stderr, "%s\n", broadsheet::to_string(d.error()).c_str());
            return 2;
        }
        const double ms =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                .count();
        std::fprintf(stderr, "loaded %s: %zu words in %.1f ms\n", path.c_str(), d->size(), ms);
        user.push_back(std::move(*d));
    }
    const broadsheet::Tokenizer tokenizer(options, user);

    Words system;
    std::string dump;
    std::unique_ptr<icu::BreakIterator> icu_words;
    if (use_icu) {
        UErrorCode status = U_ZERO_ERROR;
        icu_words.reset(icu::BreakIterator::createWordInstance(icu::Locale::getChinese(), status));
        if (U_FAILURE(status)) return 2;
    }
    const auto start = std::chrono::steady_clock::now();
    for (std::string_view line : split_lines(raw)) {
        const std::size_t before = system.size();
        if (use_icu) {
            const icu::UnicodeString u = icu::UnicodeString::fromUTF8(
                icu::StringPiece(line.data(), static_cast<int32_t>(line.size())));
            icu_words->setText(u);
            int32_t b = icu_words->first();
            for (int32_t e = icu_words->next(); e != icu::BreakIterator::DONE;
                 b = e, e = icu_words->next()) {
                std::string piece;
                u.tempSubStringBetween(b, e).toUTF8String(piece);
                add_word(system, piece);
            }
        } else {
            tokenizer.for_each_token(line, [&](const broadsheet::Token& t) {
                if (t.kind != broadsheet::TokenKind::whitespace) add_word(system, t.text(line));
            });
        }
        if (!dump_path.empty()) {
            for (std::size_t k = before; k < system.size(); ++k) {
                std::string u8;
                for (char32_t c : system[k]) broadsheet::append_utf8(u8, c);
                dump += u8;
                dump += "  ";
            }
            dump += "\n";
        }
    }
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (!dump_path.empty()) std::ofstream(dump_path, std::ios::binary) << dump;

    const Words reference = gold_words(gold);
    const Spans sys = to_spans(system), ref = to_spans(reference);
    if (sys.stream != ref.stream) {
        std::size_t k = 0;
        while (k < sys.stream.size() && k < ref.stream.size() && sys.stream[k] == ref.stream[k])
            ++k;
        std::fprintf(stderr, "character streams differ at character %zu (system %zu, gold %zu)\n",
                     k, sys.stream.size(), ref.stream.size());
        return 3;
    }

    std::unordered_set<std::u32string> training;
    if (positional.size() == 3) {
        const std::string training_text =
            broadsheet_bench::read_file_or_exit(positional[2], "eval_segmentation");
        for (std::string_view line : split_lines(training_text)) {
            Words w;
            add_word(w, line);
            if (!w.empty()) training.insert(w[0]);
        }
    }
    const broadsheet::Dictionary lexicon = broadsheet::Dictionary::builtin();

    // Spans present in both (both lists are sorted by position).
    std::vector<bool> gold_found(ref.spans.size(), false);
    std::size_t correct = 0;
    for (std::size_t i = 0, j = 0; i < sys.spans.size() && j < ref.spans.size();) {
        if (sys.spans[i] == ref.spans[j]) {
            gold_found[j] = true;
            ++correct;
            ++i;
            ++j;
        } else if (sys.spans[i].first < ref.spans[j].first ||
                   (sys.spans[i].first == ref.spans[j].first &&
                    sys.spans[i].second < ref.spans[j].second)) {
            ++i;
        } else {
            ++j;
        }
    }
    std::size_t oov = 0, oov_found = 0;
    std::size_t category_total[kCategories] = {}, category_found[kCategories] = {};
    for (std::size_t j = 0; j < reference.size(); ++j) {
        if (!training.empty() && !training.count(reference[j])) {
            ++oov;
            oov_found += gold_found[j];
        }
        const int c = category_of(reference, j, lexicon);
        if (c < kCategories) {
            ++category_total[c];
            category_found[c] += gold_found[j];
        }
    }
    const double p = sys.spans.empty() ? 0 : double(correct) / sys.spans.size();
    const double r = ref.spans.empty() ? 0 : double(correct) / ref.spans.size();
    const double f = p + r > 0 ? 2 * p * r / (p + r) : 0;
    std::printf("system: %s%s\n", use_icu ? "ICU word BreakIterator" : "broadsheet tokenizer",
                use_icu ? "" : (dicts.empty() ? " (default)" : " + user dictionaries"));
    std::printf("words: gold %zu, system %zu, correct %zu; %.2f MB/s\n", ref.spans.size(),
                sys.spans.size(), correct, raw.size() / 1e6 / seconds);
    std::printf("precision %.4f  recall %.4f  F1 %.4f\n", p, r, f);
    if (!training.empty())
        std::printf("OOV rate %.4f  OOV recall %.4f\n", double(oov) / reference.size(),
                    oov ? double(oov_found) / oov : 0.0);
    for (int c = 0; c < kCategories; ++c)
        std::printf("recall %-20s %.4f  (%zu words)\n", kCategoryNames[c],
                    category_total[c] ? double(category_found[c]) / category_total[c] : 0.0,
                    category_total[c]);
    return 0;
}

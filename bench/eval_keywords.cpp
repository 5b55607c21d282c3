// eval_keywords [--show] [PAGE.gold.json...]: compares the keyword methods (TF-IDF, TextRank)
// on the gold articles of the test pages (default: tests/data/pages/*.gold.json).
//
// The pages have no gold keywords, so the headline stands in for them:
//   top-5 in headline  share of the 5 best keywords that occur in the article's headline;
//   headline recall@10 share of the headline's content words (the tokenizer's words of two or
//                      more Han characters) that a keyword among the 10 best contains.
// Both are micro-averaged over the articles that have a headline, and measured twice: with
// the headline in the text the keywords are drawn from (as the pipeline does), and from the
// body alone (the harder, non-circular case: does the method find what the headline says?).
// --show prints each article's headline and keywords.
#include <broadsheet/metadata.hpp>
#include <broadsheet/tokenizer.hpp>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "measure.hpp"
#include "page_eval.hpp"

namespace {

using broadsheet::KeywordMethod;

struct Score {
    std::size_t top5 = 0, top5_in_headline = 0;
    std::size_t headline_words = 0, recovered = 0;
    double seconds = 0;
};

bool all_han_word(std::string_view word) {
    std::size_t count = 0;
    for (std::size_t i = 0; i < word.size();) {
        std::size_t length = 1;
        const char32_t c = broadsheet::decode_utf8(word, i, length);
        i += length;
        if (!((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF))) return false;
        ++count;
    }
    return count >= 2;
}

/// The gold article as page text plus the segmenter's view of it (headlines, paragraphs).
struct Input {
    std::string text;
    broadsheet::Article article;
};

Input make_input(const broadsheet_eval::GoldArticle& gold, bool with_headline) {
    Input in;
    if (with_headline) {
        const std::size_t n = gold.headings.size();
        for (std::size_t i = 0; i < n; ++i) {
            broadsheet::Headline h;
            h.text = gold.headings[i];
            // One heading: the title; two: title and subtitle; three: kicker, title, subtitle.
            h.role = n >= 3 && i == 0          ? broadsheet::HeadlineRole::kicker
                     : i == (n >= 3 ? 1u : 0u) ? broadsheet::HeadlineRole::title
                                               : broadsheet::HeadlineRole::subtitle;
            h.span = broadsheet::Span{in.text.size(), in.text.size() + h.text.size()};
            in.text += h.text + "\n";
            in.article.headlines.push_back(h);
        }
    }
    for (const std::string& p : gold.paragraphs) {
        broadsheet::Paragraph paragraph;
        paragraph.text = p;
        paragraph.spans.push_back(broadsheet::Span{in.text.size(), in.text.size() + p.size()});
        in.text += p + "\n";
        in.article.paragraphs.push_back(paragraph);
    }
    return in;
}

}  // namespace

int main(int argc, char** argv) {
    bool show = false;
    std::vector<std::string> paths;
    for (int i = 1; i < argc; ++i) {
        if (std::string(argv[i]) == "--show")
            show = true;
        else
            paths.push_back(argv[i]);
    }
    if (paths.empty()) {
        for (const auto& entry : std::filesystem::directory_iterator(
                 std::string(BROADSHEET_SOURCE_DIR) + "/tests/data/pages")) {
            const std::string name = entry.path().filename().string();
            if (name.size() > 10 && name.compare(name.size() - 10, 10, ".gold.json") == 0)
                paths.push_back(entry.path().string());
        }
        std::sort(paths.begin(), paths.end());
    }
    std::vector<broadsheet_eval::GoldArticle> articles;
    for (const std::string& path : paths)
        for (auto& a : broadsheet_eval::parse_gold(
                 broadsheet_bench::read_file_or_exit(path, "eval_keywords")))
            if (!a.headings.empty() && !a.paragraphs.empty()) articles.push_back(std::move(a));

    const broadsheet::Tokenizer tokenizer;
    const KeywordMethod methods[] = {KeywordMethod::tf_idf, KeywordMethod::text_rank};
    std::printf("%zu articles with a headline, from %zu gold files\n", articles.size(),
                paths.size());
    for (bool with_headline : {true, false}) {
        std::printf("keywords drawn from %s:\n",
                    with_headline ? "headline and body (as the pipeline does)" : "the body alone");
        for (KeywordMethod method : methods) {
            broadsheet::MetadataOptions options;
            options.max_keywords = 10;
            options.keyword_method = method;
            const auto extractor = broadsheet::MetadataExtractor::create(options);
            if (!extractor) return 1;
            Score score;
            for (const auto& gold : articles) {
                const Input in = make_input(gold, with_headline);
                const double t0 = broadsheet_bench::now_seconds();
                const auto meta = extractor->extract(in.article, in.text);
                score.seconds += broadsheet_bench::now_seconds() - t0;
                std::string headline;
                for (const std::string& h : gold.headings) headline += h + "\n";
                const auto& keywords = meta.keywords;
                for (std::size_t k = 0; k < keywords.size() && k < 5; ++k) {
                    ++score.top5;
                    if (headline.find(keywords[k].text) != std::string::npos)
                        ++score.top5_in_headline;
                }
                for (const broadsheet::Token& token : tokenizer.tokenize(headline)) {
                    const std::string_view word = token.text(headline);
                    if (token.kind != broadsheet::TokenKind::word || !all_han_word(word)) continue;
                    ++score.headline_words;
                    for (std::size_t k = 0; k < keywords.size() && k < 10; ++k)
                        if (keywords[k].text.find(word) != std::string::npos) {
                            ++score.recovered;
                            break;
                        }
                }
                if (show && !with_headline) {
                    std::printf("    %s [%s]:", gold.headings[0].c_str(),
                                broadsheet::to_string(method));
                    for (const auto& k : keywords) std::printf(" %s", k.text.c_str());
                    std::printf("\n");
                }
            }
            const auto share = [](std::size_t a, std::size_t b) {
                return b == 0 ? 0.0 : static_cast<double>(a) / static_cast<double>(b);
            };
            std::printf(
                "  %-10s top-5 in headline %.3f (%zu/%zu)  headline recall@10 %.3f (%zu/%zu)  "
                "mean %.3f  %.2f ms/article\n",
                broadsheet::to_string(method), share(score.top5_in_headline, score.top5),
                score.top5_in_headline, score.top5, share(score.recovered, score.headline_words),
                score.recovered, score.headline_words,
                (share(score.top5_in_headline, score.top5) +
                 share(score.recovered, score.headline_words)) /
                    2,
                1e3 * score.seconds / static_cast<double>(articles.size()));
        }
    }
    return 0;
}

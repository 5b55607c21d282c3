// The pipeline: composition, batches in input order, thread safety, and properties over
// generated pages (spans inside the input, deterministic output, any bytes accepted).
#include <broadsheet/pipeline.hpp>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "catch.hpp"
#include "support.hpp"

namespace {

// A canonical text form of a result: equal results give equal strings, byte for byte.
std::string digest(const broadsheet::PageResult& result) {
    std::string out;
    const auto span = [&](broadsheet::Span s) {
        out += '[' + std::to_string(s.begin) + ',' + std::to_string(s.end) + ']';
    };
    for (const auto& article : result.page.articles) {
        out += "A";
        for (const auto& h : article.headlines) {
            out += "|h:" + h.text + ':' + broadsheet::to_string(h.role);
            span(h.span);
        }
        for (const auto& a : article.authors) out += "|a:" + a.name + ':' + a.role_text;
        for (const auto& p : article.paragraphs) {
            out += "|p:" + p.text;
            for (const auto& s : p.spans) span(s);
        }
        for (const auto& c : article.crossheads) out += "|c:" + c.text;
        out += '\n';
    }
    for (const auto& f : result.page.furniture) out += "F:" + f.text + '\n';
    for (const auto& u : result.page.unplaced) out += "U:" + u.text + '\n';
    for (const auto& d : result.page.diagnostics) out += "D:" + d.message + '\n';
    for (const auto& m : result.metadata) {
        out += "M:" + m.headline.combined + '|' + m.reference_date + '|' + m.summary;
        for (const auto& e : m.entities) {
            out += '|' + std::string(broadsheet::to_string(e.type)) + ':' + e.text + ':' +
                   e.normalized;
            for (const auto& s : e.spans) span(s);
        }
        for (const auto& k : m.keywords) out += "|k:" + k.text;
        out += '\n';
    }
    return out;
}

// Pages made from pieces of real-looking layout, shuffled: headlines, bylines, body text
// cut mid-sentence, furniture, damaged bytes.
std::vector<std::string> generated_pages(std::size_t count, unsigned seed) {
    static const std::string pieces[] = {
        "河西区举办2025年第三届人才节\n",
        "■ 通讯员 金志成\n",
        "本报讯（记者 张三 通讯员 李四）近日，天津市河西区召开工作会议，部署下一步工作。\n",
        "新华社北京6月10日电 国务院新闻办公室10日发布白皮书。\n",
        "考察团先后来到卓尼县和庄浪县，详细了解当地",
        "发展情况，并与结对地区召开座谈会。\n",
        "\n\n",
        "2025年11月28日 星期五 第3版\n",
        "责任编辑：王五\n",
        "下转第二版\n",
        "图为活动现场。（赵六 摄）\n",
        "“这是对的。”他说。\n",
        "\xE6\xB2\xB3\x80\xFF\n",
        std::string("\0\x01", 2),
        "Apple发布了新款iPhone 17，售价5999元。\n",
        "时光留影 物语柳林\n",
    };
    std::mt19937 rng(seed);
    std::vector<std::string> pages;
    for (std::size_t p = 0; p < count; ++p) {
        std::string page;
        const std::size_t n = rng() % 40;
        for (std::size_t k = 0; k < n; ++k)
            page += pieces[rng() % (sizeof pieces / sizeof *pieces)];
        if (rng() % 5 == 0) page += std::string(1 + rng() % 30, static_cast<char>(rng() % 256));
        pages.push_back(std::move(page));
    }
    return pages;
}

}  // namespace

TEST_CASE("the pipeline gives every article of the sample page its metadata", "[pipeline]") {
    const std::string page = broadsheet_test::read_fixture("pages/tianjin-hexi-2025.txt");
    const broadsheet::Pipeline pipeline;
    const auto result = pipeline.process(page);
    REQUIRE(result.page.articles.size() == 5);
    REQUIRE(result.metadata.size() == result.page.articles.size());
    CHECK(result.metadata[0].headline.title.find("河西区党政考察团") != std::string::npos);
    REQUIRE(!result.metadata[0].authors.empty());
    CHECK(result.metadata[0].authors[0].name == "金志成");
}

TEST_CASE("metadata extraction can be switched off", "[pipeline]") {
    broadsheet::PipelineOptions options;
    options.extract_metadata = false;
    const auto pipeline = broadsheet::Pipeline::create(options);
    REQUIRE(pipeline);
    const auto result = pipeline->process("标题\n\n■ 通讯员 金志成\n\n近日，活动举行。\n");
    CHECK(result.metadata.empty());
}

TEST_CASE("a bad reference date is refused with a message naming it", "[pipeline]") {
    broadsheet::PipelineOptions options;
    options.metadata.reference_date = "2025-02-30";
    const auto pipeline = broadsheet::Pipeline::create(options);
    REQUIRE(!pipeline);
    CHECK(pipeline.error().code == broadsheet::ErrorCode::invalid_argument);
    CHECK(pipeline.error().message.find("2025-02-30") != std::string::npos);
}

TEST_CASE("batches come back in input order and equal one-by-one processing", "[pipeline]") {
    const broadsheet::Pipeline pipeline;
    const auto pages = generated_pages(24, 7);
    std::vector<std::string_view> views(pages.begin(), pages.end());
    const auto batch = pipeline.process_batch(views, 3);
    REQUIRE(batch.size() == pages.size());
    for (std::size_t i = 0; i < pages.size(); ++i) {
        REQUIRE(digest(batch[i]) == digest(pipeline.process(pages[i])));
    }
    // Streaming, with results delivered in order.
    std::size_t fed = 0, expected = 0;
    pipeline.process_stream(
        [&](std::string& text) {
            if (fed == pages.size()) return false;
            text = pages[fed++];
            return true;
        },
        [&](std::size_t index, broadsheet::PageResult&& result) {
            REQUIRE(index == expected);
            REQUIRE(digest(result) == digest(batch[index]));
            ++expected;
        },
        2);
    CHECK(expected == pages.size());
}

TEST_CASE("eight threads sharing one pipeline give the single-threaded output byte for byte",
          "[pipeline][threads]") {
    const broadsheet::Pipeline pipeline;
    auto pages = generated_pages(16, 11);
    pages.push_back(broadsheet_test::read_fixture("pages/tianjin-hexi-2025.txt"));
    std::vector<std::string> expected;
    for (const auto& page : pages) expected.push_back(digest(pipeline.process(page)));

    std::vector<std::vector<std::string>> seen(8);
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < 8; ++t) {
        threads.emplace_back([&, t] {
            for (std::size_t round = 0; round < 2; ++round) {
                for (std::size_t i = 0; i < pages.size(); ++i) {
                    const std::size_t k = (i + t) % pages.size();  // each thread its own order
                    seen[t].push_back(std::to_string(k) + digest(pipeline.process(pages[k])));
                }
            }
        });
    }
    for (auto& thread : threads) thread.join();
    for (std::size_t t = 0; t < 8; ++t) {
        REQUIRE(seen[t].size() == 2 * pages.size());
        for (std::size_t j = 0; j < seen[t].size(); ++j) {
            const std::size_t k = (j % pages.size() + t) % pages.size();
            REQUIRE(seen[t][j] == std::to_string(k) + expected[k]);
        }
    }
}

TEST_CASE("pipeline output on generated pages: spans inside the input, deterministic",
          "[pipeline][property]") {
    const broadsheet::Pipeline pipeline;
    for (const auto& page : generated_pages(60, 2025)) {
        const auto result = pipeline.process(page);
        const auto inside = [&](broadsheet::Span s) {
            REQUIRE(s.begin <= s.end);
            REQUIRE(s.end <= page.size());
        };
        for (const auto& article : result.page.articles) {
            inside(article.span);
            for (const auto& h : article.headlines) inside(h.span);
            for (const auto& p : article.paragraphs) {
                std::size_t previous = 0;
                for (const auto& s : p.spans) {
                    inside(s);
                    // Pieces go backwards only where a diagnostic says the reading order was
                    // repaired there.
                    if (s.begin < previous)
                        REQUIRE(std::any_of(
                            result.page.diagnostics.begin(), result.page.diagnostics.end(),
                            [&](const auto& d) {
                                return d.span == s &&
                                       d.code == broadsheet::DiagnosticCode::reading_order_repaired;
                            }));
                    previous = s.end;
                }
            }
        }
        for (const auto& m : result.metadata)
            for (const auto& e : m.entities)
                for (const auto& s : e.spans) inside(s);
        for (const auto& d : result.page.diagnostics) inside(d.span);
        REQUIRE(digest(pipeline.process(page)) == digest(result));
    }
}

TEST_CASE("metadata from the page's one normalization equals metadata from each piece's own",
          "[pipeline][property]") {
    // The pipeline slices each article's pieces from the normalization the segmenter made;
    // the extractor alone normalizes every piece anew. Damaged bytes, CRLF, zero-width and
    // full-width characters must map the same both ways.
    const broadsheet::ArticleSegmenter segmenter;
    const broadsheet::MetadataExtractor extractor;
    auto pages = generated_pages(60, 77);
    pages.push_back(
        "标题一行\r\n\r\n本报讯（记者\xE2\x80\x8B张三）近日，\xEF\xBC\x91\xEF\xBC\x92月"
        "\xE3\x80\x80河西区举办活动。\xEF\xBB\xBF\r\n");
    for (const auto& page : pages) {
        const broadsheet::NormalizedText normalized =
            broadsheet::normalize(page, segmenter.options().normalize);
        const broadsheet::Page segmented = segmenter.segment(page, normalized);
        const broadsheet::PageInfo info = extractor.page_info(segmented, page);
        for (const auto& article : segmented.articles) {
            const auto alone = extractor.extract(article, page, segmented, info);
            const auto sliced = extractor.extract(article, page, normalized, segmented, info);
            broadsheet::PageResult a, b;
            a.metadata.push_back(alone);
            b.metadata.push_back(sliced);
            REQUIRE(digest(a) == digest(b));
        }
    }
    // A normalization of other bytes is ignored, not trusted.
    const std::string sample = "河西区召开会议\n\n本报讯 近日，河西区召开会议。\n";
    const broadsheet::Page page = segmenter.segment(sample);
    REQUIRE(page.articles.size() == 1);
    const broadsheet::NormalizedText other = broadsheet::normalize("别的文字");
    const auto info = extractor.page_info(page, sample);
    broadsheet::PageResult a, b;
    a.metadata.push_back(extractor.extract(page.articles[0], sample, page, info));
    b.metadata.push_back(extractor.extract(page.articles[0], sample, other, page, info));
    CHECK(digest(a) == digest(b));
}

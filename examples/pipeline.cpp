// The whole job in one call: a page's text in, its articles with metadata out.
//   example_pipeline PAGE.txt
#include <broadsheet/broadsheet.hpp>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s PAGE.txt\n", argv[0]);
        return 1;
    }
    std::ifstream in(argv[1], std::ios::binary);
    const std::string page((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());

    const broadsheet::Pipeline pipeline;  // immutable: share it across threads freely
    const broadsheet::PageResult result = pipeline.process(page);

    for (std::size_t i = 0; i < result.page.articles.size(); ++i) {
        const broadsheet::Article& article = result.page.articles[i];
        const broadsheet::ArticleMetadata& meta = result.metadata[i];
        std::printf("%s\n", meta.headline.combined.c_str());
        for (const broadsheet::Author& author : meta.authors)
            std::printf("  by %s (%s)\n", author.name.c_str(), author.role_text.c_str());
        std::printf("  %zu paragraphs, %zu entities\n", article.paragraphs.size(),
                    meta.entities.size());
        // Spans are byte offsets into `page`, the caller's own bytes.
        const broadsheet::Span first =
            article.paragraphs.empty() ? broadsheet::Span{} : article.paragraphs[0].spans[0];
        const std::string_view text = first.of(page);
        std::size_t cut = 0;  // about ten characters, never half of one
        for (std::size_t length = 0; cut < text.size() && cut < 30; cut += length)
            broadsheet::decode_utf8(text, cut, length);
        const std::string lead(text.substr(0, cut));
        std::printf("  lead at byte %zu: %s...\n", first.begin, lead.c_str());
    }
    for (const broadsheet::Diagnostic& d : result.page.diagnostics)
        std::printf("note: %s\n", d.message.c_str());
    return 0;
}

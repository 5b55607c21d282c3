// segment_page [PAGE.txt]: splits one newspaper page (plain text from a PDF extractor or
// OCR; standard input without an argument) into articles and prints an outline.
#include <broadsheet/segmenter.hpp>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>

int main(int argc, char** argv) {
    std::string text;
    if (argc > 1) {
        std::ifstream in(argv[1], std::ios::binary);
        if (!in) {
            std::cerr << "segment_page: cannot read " << argv[1] << "\n";
            return 1;
        }
        text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    } else {
        std::ostringstream in;
        in << std::cin.rdbuf();
        text = in.str();
    }

    broadsheet::SegmenterOptions options;      // the paper's conventions go here, e.g.
    options.section_names = {"要闻", "综合"};  // section names printed in its page headers
    const broadsheet::ArticleSegmenter segmenter(options);  // immutable, shareable
    const broadsheet::Page page = segmenter.segment(text);

    for (const broadsheet::Furniture& f : page.furniture)
        std::cout << "[" << broadsheet::to_string(f.kind) << "] " << f.text << "\n";
    for (std::size_t i = 0; i < page.articles.size(); ++i) {
        const broadsheet::Article& article = page.articles[i];
        std::cout << "\nArticle " << i + 1 << " (confidence " << article.confidence << ")\n";
        for (const broadsheet::Headline& h : article.headlines)
            std::cout << "  " << broadsheet::to_string(h.role) << ": " << h.text << "\n";
        for (const broadsheet::Author& a : article.authors)
            std::cout << "  author: " << a.name << " (" << a.role_text << ", "
                      << broadsheet::to_string(a.role) << ")\n";
        for (const broadsheet::Paragraph& p : article.paragraphs)
            std::cout << "  paragraph at bytes " << p.spans.front().begin << "-"
                      << p.spans.back().end << ": " << p.text.size() << " bytes in "
                      << p.spans.size() << " piece(s)\n";
    }
    for (const broadsheet::Unplaced& u : page.unplaced)
        std::cout << "unplaced (" << u.reason << "): " << u.text << "\n";
    for (const broadsheet::Diagnostic& d : page.diagnostics)
        std::cout << "diagnostic " << broadsheet::to_string(d.code) << ": " << d.message << "\n";
    return 0;
}

// Extracts metadata from one article's text (each line a paragraph) and prints it.
// Usage: extract_metadata [FILE] [YYYY-MM-DD]   (reads stdin without FILE or with "-")
#include <broadsheet/metadata.hpp>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>

int main(int argc, char** argv) {
    std::string text;
    if (argc > 1 && std::string(argv[1]) != "-") {
        std::ifstream in(argv[1], std::ios::binary);
        if (!in) {
            std::cerr << "cannot open " << argv[1] << "\n";
            return 1;
        }
        text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    } else {
        text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    }
    broadsheet::MetadataOptions options;
    if (argc > 2) options.reference_date = argv[2];  // resolves 昨天, 近日, 11月28日 ...
    auto extractor = broadsheet::MetadataExtractor::create(options);
    if (!extractor) {
        std::cerr << broadsheet::to_string(extractor.error()) << "\n";
        return 2;
    }
    const broadsheet::ArticleMetadata meta = extractor->extract(text);

    std::cout << "title: " << meta.headline.title << "\n";
    if (!meta.headline.kicker.empty()) std::cout << "kicker: " << meta.headline.kicker << "\n";
    if (!meta.headline.subtitle.empty())
        std::cout << "subtitle: " << meta.headline.subtitle << "\n";
    for (const broadsheet::Author& a : meta.authors)
        std::cout << "author: " << a.name << " (" << broadsheet::to_string(a.role) << ", "
                  << a.role_text << ")\n";
    std::cout << "reference date: " << meta.reference_date << "\n";
    for (const broadsheet::Entity& e : meta.entities) {
        std::cout << broadsheet::to_string(e.type) << "\t" << e.text;
        if (!e.normalized.empty()) std::cout << "\t= " << e.normalized;
        if (!e.role.empty()) std::cout << "\trole=" << e.role;
        if (!e.speaker.empty()) std::cout << "\tspeaker=" << e.speaker;
        std::cout << "\t[" << e.spans.size() << " mention(s), confidence " << e.confidence << "]\n";
    }
    std::cout << "keywords:";
    for (const broadsheet::Keyword& k : meta.keywords) std::cout << " " << k.text;
    std::cout << "\nsummary: " << meta.summary << "\n";
    std::cout << "characters: " << meta.counts.characters
              << ", paragraphs: " << meta.counts.paragraphs
              << ", reading minutes: " << meta.counts.reading_minutes << "\n";
    return 0;
}

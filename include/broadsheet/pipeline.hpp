/// @file broadsheet/pipeline.hpp
/// The whole job in one call: page text → normalized text → articles → metadata.
///
/// @code
///   const broadsheet::Pipeline pipeline;                     // good defaults
///   broadsheet::PageResult result = pipeline.process(page_text);
///   for (std::size_t i = 0; i < result.page.articles.size(); ++i) {
///       const broadsheet::Article& article = result.page.articles[i];
///       const broadsheet::ArticleMetadata& meta = result.metadata[i];
///   }
/// @endcode
///
/// Each component stays usable alone (tokenizer.hpp, segmenter.hpp, metadata.hpp); the
/// pipeline only composes them with one configuration.
#ifndef BROADSHEET_PIPELINE_HPP
#define BROADSHEET_PIPELINE_HPP

#include <broadsheet/core.hpp>
#include <broadsheet/metadata.hpp>
#include <broadsheet/segmenter.hpp>
#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

BROADSHEET_NAMESPACE_BEGIN

/// Configuration of a `Pipeline`. The defaults suit mainland Chinese papers.
struct PipelineOptions {
    /// Segmenter conventions and limits; `segmenter.normalize` also says how the input is
    /// read (its `encoding`: UTF-8 by default, `Encoding::unknown` to detect).
    SegmenterOptions segmenter;
    /// Metadata extraction; its `reference_date` is used when a page carries no date.
    MetadataOptions metadata;
    /// Extract metadata for every article (default). Off: `PageResult::metadata` is empty.
    bool extract_metadata = true;
};

/// The result for one page.
struct PageResult {
    Page page;
    /// Paper, date, page number and section read from the page furniture.
    PageInfo page_info;
    /// One entry per `page.articles` entry, same order (empty when extraction is off).
    std::vector<ArticleMetadata> metadata;
};

/// Runs normalization, segmentation and metadata extraction.
///
/// Immutable after construction; `process()` and the batch functions are const and safe to
/// call from any number of threads on one shared instance. Processing never throws (except
/// `std::bad_alloc`) and accepts any bytes.
class BROADSHEET_API Pipeline {
  public:
    /// Default options.
    Pipeline();
    /// Checks `options` (e.g. the metadata reference date) and builds the components;
    /// an `invalid_argument` error names the bad option.
    static Expected<Pipeline> create(PipelineOptions options);

    const PipelineOptions& options() const noexcept;
    const ArticleSegmenter& segmenter() const noexcept;
    const MetadataExtractor& extractor() const noexcept;

    /// One page. Spans in the result are byte offsets into `page_text`.
    PageResult process(std::string_view page_text) const;

    /// Many pages with `threads` worker threads (0: one per hardware thread). Results come
    /// back in input order and are identical to calling `process()` on each page.
    std::vector<PageResult> process_batch(const std::vector<std::string_view>& pages,
                                          std::size_t threads = 0) const;

    /// Streams pages with bounded memory: `next(text)` fills the next page and returns
    /// false when there is none; `done(index, result)` receives each result in input order
    /// from the calling thread. At most `4 * threads` pages are held at once.
    /// `next` and `done` are only ever called from the calling thread.
    void process_stream(const std::function<bool(std::string& text)>& next,
                        const std::function<void(std::size_t index, PageResult&& result)>& done,
                        std::size_t threads = 0) const;

    struct Impl;

  private:
    explicit Pipeline(std::shared_ptr<const Impl> impl);
    std::shared_ptr<const Impl> impl_;
};

BROADSHEET_NAMESPACE_END

#endif  // BROADSHEET_PIPELINE_HPP

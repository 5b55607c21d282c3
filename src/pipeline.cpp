#include <algorithm>
#include <atomic>
#include <broadsheet/pipeline.hpp>
#include <thread>
#include <utility>

BROADSHEET_NAMESPACE_BEGIN

struct Pipeline::Impl {
    PipelineOptions options;
    ArticleSegmenter segmenter;
    MetadataExtractor extractor;
};

namespace {

std::size_t worker_count(std::size_t requested) {
    if (requested != 0) return requested;
    return std::max<std::size_t>(1, std::thread::hardware_concurrency());
}

// Runs `work(i)` for every i in [0, count) on up to `threads` threads (the caller's
// thread is one of them). Each index is taken exactly once.
template <class Work>
void parallel_for(std::size_t count, std::size_t threads, Work&& work) {
    threads = std::min(threads, count);
    if (threads <= 1) {
        for (std::size_t i = 0; i < count; ++i) work(i);
        return;
    }
    std::atomic<std::size_t> next{0};
    const auto loop = [&] {
        for (std::size_t i = next++; i < count; i = next++) work(i);
    };
    std::vector<std::thread> pool;
    pool.reserve(threads - 1);
    for (std::size_t t = 1; t < threads; ++t) pool.emplace_back(loop);
    loop();
    for (auto& thread : pool) thread.join();
}

}  // namespace

Pipeline::Pipeline() : Pipeline(std::make_shared<const Impl>(Impl{PipelineOptions{}, {}, {}})) {}

Pipeline::Pipeline(std::shared_ptr<const Impl> impl) : impl_(std::move(impl)) {}

Expected<Pipeline> Pipeline::create(PipelineOptions options) {
    auto extractor = MetadataExtractor::create(options.metadata);
    if (!extractor) return extractor.error();
    ArticleSegmenter segmenter(options.segmenter);
    return Pipeline(std::make_shared<const Impl>(
        Impl{std::move(options), std::move(segmenter), std::move(*extractor)}));
}

const PipelineOptions& Pipeline::options() const noexcept {
    return impl_->options;
}
const ArticleSegmenter& Pipeline::segmenter() const noexcept {
    return impl_->segmenter;
}
const MetadataExtractor& Pipeline::extractor() const noexcept {
    return impl_->extractor;
}

PageResult Pipeline::process(std::string_view page_text) const {
    PageResult result;
    // The page is normalized once: the extractor slices each article's pieces from the
    // segmenter's normalization when the two normalize alike.
    const NormalizeOptions& segmenter_normalize = impl_->segmenter.options().normalize;
    const NormalizedText normalized = normalize(page_text, segmenter_normalize);
    result.page = impl_->segmenter.segment(page_text, normalized);
    if (!impl_->options.extract_metadata) return result;
    result.page_info = impl_->extractor.page_info(result.page, page_text);
    result.metadata.reserve(result.page.articles.size());
    const bool shared = segmenter_normalize == impl_->extractor.options().normalize;
    for (const Article& article : result.page.articles) {
        result.metadata.push_back(
            shared ? impl_->extractor.extract(article, page_text, normalized, result.page,
                                              result.page_info)
                   : impl_->extractor.extract(article, page_text, result.page, result.page_info));
    }
    return result;
}

std::vector<PageResult> Pipeline::process_batch(const std::vector<std::string_view>& pages,
                                                std::size_t threads) const {
    std::vector<PageResult> results(pages.size());
    parallel_for(pages.size(), worker_count(threads),
                 [&](std::size_t i) { results[i] = process(pages[i]); });
    return results;
}

void Pipeline::process_stream(const std::function<bool(std::string&)>& next,
                              const std::function<void(std::size_t, PageResult&&)>& done,
                              std::size_t threads) const {
    const std::size_t workers = worker_count(threads);
    const std::size_t window = 4 * workers;
    // The window's buffers are reused from one round to the next, so a long stream
    // allocates its page buffers once.
    std::vector<std::string> texts(window);
    std::vector<PageResult> results(window);
    std::size_t index = 0;
    for (bool more = true; more;) {
        std::size_t filled = 0;
        while (filled < window) {
            texts[filled].clear();
            if (!next(texts[filled])) {
                more = false;
                break;
            }
            ++filled;
        }
        parallel_for(filled, workers, [&](std::size_t i) { results[i] = process(texts[i]); });
        for (std::size_t i = 0; i < filled; ++i) done(index++, std::move(results[i]));
    }
}

BROADSHEET_NAMESPACE_END

/// @file broadsheet/broadsheet.hpp
/// The whole public API of broadsheet in one include.
///
/// - core.hpp       spans, diagnostics, errors, `Expected<T>`, `version()`
/// - text.hpp       normalization and encodings, with the map back to the caller's bytes
/// - tokenizer.hpp  words, numbers, dates, sentences; user dictionaries
/// - segmenter.hpp  a page's text becomes its articles
/// - metadata.hpp   authors, dateline, dates, places, organisations, people, keywords
/// - pipeline.hpp   all of it in one call, one page or many
#ifndef BROADSHEET_BROADSHEET_HPP
#define BROADSHEET_BROADSHEET_HPP

#include <broadsheet/config.hpp>
#include <broadsheet/core.hpp>
#include <broadsheet/metadata.hpp>
#include <broadsheet/pipeline.hpp>
#include <broadsheet/segmenter.hpp>
#include <broadsheet/text.hpp>
#include <broadsheet/tokenizer.hpp>

#endif  // BROADSHEET_BROADSHEET_HPP

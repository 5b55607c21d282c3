# The fuzz targets: fuzz/<name>.cpp with a seed corpus in fuzz/corpus/<name>/.
set(BROADSHEET_FUZZ_TARGETS normalize encoding tokenizer segmenter metadata pipeline dictionary)

# Sources of the segmenter component, included from the top-level CMakeLists.txt.
set(BROADSHEET_SEGMENTER_SOURCES
    src/segmenter/byline.cpp
    src/segmenter/line_shapes.cpp
    src/segmenter/classify.cpp
    src/segmenter/marks.cpp
    src/segmenter/assemble.cpp
    src/segmenter/segmenter.cpp)

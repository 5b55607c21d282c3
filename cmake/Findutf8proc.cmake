# Findutf8proc
# ------------
# Finds utf8proc and defines the imported target utf8proc::utf8proc.
#
# utf8proc's own CMake package (utf8procConfig.cmake, from 2.9 on, and vcpkg's) is used
# when present; Debian's libutf8proc-dev (2.8 and older) installs only a pkg-config file
# and a header, which this module also handles.
#
# Result variables: utf8proc_FOUND, utf8proc_VERSION, utf8proc_INCLUDE_DIRS, utf8proc_LIBRARIES.

if(TARGET utf8proc::utf8proc)
    set(utf8proc_FOUND TRUE)
    return()
endif()

find_package(utf8proc CONFIG QUIET NO_MODULE)
if(utf8proc_FOUND)
    if(NOT TARGET utf8proc::utf8proc)
        foreach(_candidate utf8proc::utf8proc_static utf8proc::utf8proc_shared utf8proc)
            if(TARGET ${_candidate})
                add_library(utf8proc::utf8proc INTERFACE IMPORTED)
                set_target_properties(utf8proc::utf8proc PROPERTIES
                    INTERFACE_LINK_LIBRARIES ${_candidate})
                break()
            endif()
        endforeach()
    endif()
    if(TARGET utf8proc::utf8proc)
        return()
    endif()
endif()

find_package(PkgConfig QUIET)
if(PKG_CONFIG_FOUND)
    pkg_check_modules(PC_utf8proc QUIET libutf8proc)
endif()

find_path(utf8proc_INCLUDE_DIR NAMES utf8proc.h HINTS ${PC_utf8proc_INCLUDE_DIRS})
find_library(utf8proc_LIBRARY NAMES utf8proc utf8proc_static HINTS ${PC_utf8proc_LIBRARY_DIRS})

if(utf8proc_INCLUDE_DIR AND EXISTS "${utf8proc_INCLUDE_DIR}/utf8proc.h")
    file(STRINGS "${utf8proc_INCLUDE_DIR}/utf8proc.h" _utf8proc_version_lines
        REGEX "#define UTF8PROC_VERSION_(MAJOR|MINOR|PATCH) ")
    foreach(_part MAJOR MINOR PATCH)
        string(REGEX REPLACE ".*#define UTF8PROC_VERSION_${_part} ([0-9]+).*" "\\1"
            _utf8proc_${_part} "${_utf8proc_version_lines}")
    endforeach()
    set(utf8proc_VERSION "${_utf8proc_MAJOR}.${_utf8proc_MINOR}.${_utf8proc_PATCH}")
endif()

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(utf8proc
    REQUIRED_VARS utf8proc_LIBRARY utf8proc_INCLUDE_DIR
    VERSION_VAR utf8proc_VERSION)

if(utf8proc_FOUND)
    set(utf8proc_INCLUDE_DIRS "${utf8proc_INCLUDE_DIR}")
    set(utf8proc_LIBRARIES "${utf8proc_LIBRARY}")
    add_library(utf8proc::utf8proc UNKNOWN IMPORTED)
    set_target_properties(utf8proc::utf8proc PROPERTIES
        IMPORTED_LOCATION "${utf8proc_LIBRARY}"
        INTERFACE_INCLUDE_DIRECTORIES "${utf8proc_INCLUDE_DIR}")
    # A static utf8proc needs UTF8PROC_STATIC to drop its dllimport on Windows.
    if(utf8proc_LIBRARY MATCHES "\\.(a|lib)$" AND WIN32)
        set_target_properties(utf8proc::utf8proc PROPERTIES
            INTERFACE_COMPILE_DEFINITIONS UTF8PROC_STATIC)
    endif()
endif()
mark_as_advanced(utf8proc_INCLUDE_DIR utf8proc_LIBRARY)

# SPDX-License-Identifier: GPL-3.0-or-later
# One function per kind of target, so warnings, visibility and aliases live in one place.

add_library(cw_developer_flags INTERFACE)
target_compile_options(cw_developer_flags INTERFACE
  $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor
                                 -Wcast-align -Wunused -Woverloaded-virtual>
  $<$<CXX_COMPILER_ID:MSVC>:/W4 /permissive- /Zc:__cplusplus>
  $<$<AND:$<BOOL:${CITYWEAVE_WERROR}>,$<CXX_COMPILER_ID:MSVC>>:/WX>
  $<$<AND:$<BOOL:${CITYWEAVE_WERROR}>,$<NOT:$<CXX_COMPILER_ID:MSVC>>>:-Werror>)
# Sources and translations hold Korean literals in UTF-8; MSVC reads them in the system code
# page (CP949 on a Korean Windows) unless told.
add_compile_options($<$<CXX_COMPILER_ID:MSVC>:/utf-8>)
# Windows: paths, environment and file names are Unicode (the W functions), never the ANSI code
# page; <windows.h> stays lean and leaves std::min/max alone.
if(WIN32)
  add_compile_definitions(UNICODE _UNICODE WIN32_LEAN_AND_MEAN NOMINMAX)
endif()

# cw_add_library(NAME [SHARED] ALIAS <alias> SOURCES ... [PUBLIC_LINK ...] [PRIVATE_LINK ...])
# SHARED: always a shared library (the core, which plugins link to); otherwise the default kind.
function(cw_add_library name)
  cmake_parse_arguments(ARG "SHARED" "ALIAS" "SOURCES;PUBLIC_LINK;PRIVATE_LINK" ${ARGN})
  if(ARG_SHARED)
    add_library(${name} SHARED ${ARG_SOURCES})
  else()
    add_library(${name} ${ARG_SOURCES})
  endif()
  set_target_properties(${name} PROPERTIES POSITION_INDEPENDENT_CODE ON
                                           CXX_VISIBILITY_PRESET default)
  target_link_libraries(${name} PUBLIC ${ARG_PUBLIC_LINK} PRIVATE ${ARG_PRIVATE_LINK}
                                        cw_developer_flags)
  if(ARG_ALIAS)
    add_library(${ARG_ALIAS} ALIAS ${name})
  endif()
endfunction()

# cw_add_executable(NAME SOURCES ... LINK ...)
function(cw_add_executable name)
  cmake_parse_arguments(ARG "" "" "SOURCES;LINK" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE ${ARG_LINK} cw_developer_flags)
endfunction()

# cw_add_gtest(NAME SOURCES ... LINK ... [LABELS ...]): one GoogleTest binary, registered with CTest.
function(cw_add_gtest name)
  cmake_parse_arguments(ARG "" "" "SOURCES;LINK;LABELS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE ${ARG_LINK} GTest::gtest GTest::gtest_main cw_developer_flags)
  target_compile_definitions(${name} PRIVATE
    CW_SHARED_DATA_DIR="${CITYWEAVE_SHARED_DATA_DIR}"
    CW_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    CW_BINARY_DIR="${PROJECT_BINARY_DIR}")
  gtest_discover_tests(${name} DISCOVERY_TIMEOUT 60 PROPERTIES TIMEOUT 300 LABELS "${ARG_LABELS}")
endfunction()

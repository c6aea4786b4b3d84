# SPDX-License-Identifier: GPL-3.0-or-later
# cityweave_add_plugin(): builds one CityWeave plugin the same way inside the CityWeave tree and
# out of tree (after find_package(CityWeave), whose package installs and includes this file).
#
#   cityweave_add_plugin(<target> ID <plugin-id> METADATA <cityweave-plugin.json>
#                        [SOURCES <file>...] [DATA <file>...] [DATA_BASE_DIR <dir>])
#
# - With SOURCES: a MODULE library named after the "library" field of the JSON (the target
#   name by default: keep them equal), linked to CityWeave::sdk, every symbol hidden except the
#   entry point that CITYWEAVE_PLUGIN() exports. Without SOURCES: a data-only plugin.
# - The JSON and the DATA files are copied into <CITYWEAVE_PLUGIN_OUTPUT_DIR>/<id>/, keeping
#   their paths relative to DATA_BASE_DIR (default: the calling CMakeLists' folder), so
#   "file": "data/x.geojson" in the JSON finds data/x.geojson. The library is built there too.
# - The same folder is installed to <CITYWEAVE_PLUGIN_INSTALL_DIR>/<id>/.
#
# CITYWEAVE_PLUGIN_OUTPUT_DIR default: ${CITYWEAVE_PLUGIN_BUILD_DIR} inside the CityWeave tree,
# else ${CMAKE_BINARY_DIR}/plugins. CITYWEAVE_PLUGIN_INSTALL_DIR default:
# ${CMAKE_INSTALL_LIBDIR}/cityweave/plugins (the folder the installed application searches).
# CITYWEAVE_PLUGIN_SKIP_INSTALL (a variable, e.g. for examples built in the tree): no install.

include_guard(GLOBAL)
include(GNUInstallDirs)

if(NOT DEFINED CITYWEAVE_PLUGIN_OUTPUT_DIR)
  if(DEFINED CITYWEAVE_PLUGIN_BUILD_DIR)
    set(CITYWEAVE_PLUGIN_OUTPUT_DIR "${CITYWEAVE_PLUGIN_BUILD_DIR}")
  else()
    set(CITYWEAVE_PLUGIN_OUTPUT_DIR "${CMAKE_BINARY_DIR}/plugins")
  endif()
endif()
if(NOT DEFINED CITYWEAVE_PLUGIN_INSTALL_DIR)
  set(CITYWEAVE_PLUGIN_INSTALL_DIR "${CMAKE_INSTALL_LIBDIR}/cityweave/plugins")
endif()

function(cityweave_add_plugin target)
  cmake_parse_arguments(ARG "" "ID;METADATA;DATA_BASE_DIR" "SOURCES;DATA" ${ARGN})
  if(NOT ARG_ID OR NOT ARG_METADATA)
    message(FATAL_ERROR "cityweave_add_plugin(${target}): ID and METADATA are required")
  endif()
  if(NOT ARG_ID MATCHES "^[a-z0-9][a-z0-9-]*$")
    message(FATAL_ERROR "cityweave_add_plugin(${target}): ID \"${ARG_ID}\" must be [a-z0-9-]")
  endif()
  if(NOT ARG_DATA_BASE_DIR)
    set(ARG_DATA_BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
  endif()
  get_filename_component(metadata "${ARG_METADATA}" ABSOLUTE)
  set(folder "${CITYWEAVE_PLUGIN_OUTPUT_DIR}/${ARG_ID}")

  # The JSON and the data, copied when they change (a custom target, so the copy works for
  # data-only plugins too).
  set(copied "${folder}/cityweave-plugin.json")
  set(commands COMMAND ${CMAKE_COMMAND} -E copy_if_different "${metadata}" "${copied}")
  set(inputs "${metadata}")
  set(outputs "${copied}")
  foreach(file IN LISTS ARG_DATA)
    get_filename_component(absolute "${file}" ABSOLUTE)
    file(RELATIVE_PATH relative "${ARG_DATA_BASE_DIR}" "${absolute}")
    if(relative MATCHES "^\\.\\./")
      message(FATAL_ERROR "cityweave_add_plugin(${target}): ${file} is outside ${ARG_DATA_BASE_DIR}")
    endif()
    list(APPEND commands COMMAND ${CMAKE_COMMAND} -E copy_if_different "${absolute}"
                                 "${folder}/${relative}")
    list(APPEND inputs "${absolute}")
    list(APPEND outputs "${folder}/${relative}")
    get_filename_component(subdir "${relative}" DIRECTORY)
    if(NOT CITYWEAVE_PLUGIN_SKIP_INSTALL)
      install(FILES "${absolute}" DESTINATION "${CITYWEAVE_PLUGIN_INSTALL_DIR}/${ARG_ID}/${subdir}"
              COMPONENT plugins)
    endif()
  endforeach()
  add_custom_command(OUTPUT ${outputs}
    COMMAND ${CMAKE_COMMAND} -E make_directory "${folder}"
    ${commands}
    DEPENDS ${inputs}
    COMMENT "Copying plugin ${ARG_ID} metadata and data"
    VERBATIM)
  if(NOT CITYWEAVE_PLUGIN_SKIP_INSTALL)
    install(FILES "${metadata}" DESTINATION "${CITYWEAVE_PLUGIN_INSTALL_DIR}/${ARG_ID}"
            RENAME cityweave-plugin.json COMPONENT plugins)
  endif()

  if(NOT ARG_SOURCES)
    add_custom_target(${target} ALL DEPENDS ${outputs})
    return()
  endif()

  add_custom_target(${target}_files DEPENDS ${outputs})
  add_library(${target} MODULE ${ARG_SOURCES})
  add_dependencies(${target} ${target}_files)
  target_link_libraries(${target} PRIVATE CityWeave::sdk)
  target_compile_features(${target} PRIVATE cxx_std_20)
  if(TARGET cw_developer_flags)
    target_link_libraries(${target} PRIVATE cw_developer_flags)
  endif()
  # Everything hidden but the entry point: plugins cannot clash with each other's symbols.
  set_target_properties(${target} PROPERTIES
    CXX_VISIBILITY_PRESET hidden
    VISIBILITY_INLINES_HIDDEN ON
    LIBRARY_OUTPUT_DIRECTORY "${folder}"
    RUNTIME_OUTPUT_DIRECTORY "${folder}")
  # Multi-config generators append the configuration unless every one is set.
  foreach(config IN LISTS CMAKE_CONFIGURATION_TYPES)
    string(TOUPPER "${config}" upper)
    set_target_properties(${target} PROPERTIES LIBRARY_OUTPUT_DIRECTORY_${upper} "${folder}"
                                               RUNTIME_OUTPUT_DIRECTORY_${upper} "${folder}")
  endforeach()
  if(APPLE)
    set_target_properties(${target} PROPERTIES SUFFIX ".dylib")
  endif()
  # Installed in <libdir>/cityweave/plugins/<id>/: the core library is three folders up. (A
  # relative install folder only; an absolute one finds the core through the loader's paths.)
  if(NOT IS_ABSOLUTE "${CITYWEAVE_PLUGIN_INSTALL_DIR}")
    file(RELATIVE_PATH to_libdir "/root/${CITYWEAVE_PLUGIN_INSTALL_DIR}/${ARG_ID}"
         "/root/${CMAKE_INSTALL_LIBDIR}")
    if(APPLE)
      set_target_properties(${target} PROPERTIES INSTALL_RPATH "@loader_path/${to_libdir}")
    else()
      set_target_properties(${target} PROPERTIES INSTALL_RPATH "$ORIGIN/${to_libdir}")
    endif()
  endif()
  if(NOT CITYWEAVE_PLUGIN_SKIP_INSTALL)
    install(TARGETS ${target}
      LIBRARY DESTINATION "${CITYWEAVE_PLUGIN_INSTALL_DIR}/${ARG_ID}" COMPONENT plugins
      RUNTIME DESTINATION "${CITYWEAVE_PLUGIN_INSTALL_DIR}/${ARG_ID}" COMPONENT plugins)
  endif()
endfunction()

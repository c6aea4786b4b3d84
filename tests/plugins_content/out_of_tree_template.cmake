# SPDX-License-Identifier: GPL-3.0-or-later
# The SDK as a plugin author outside the tree uses it:
#  1. `cmake --install` the build into a fresh prefix;
#  2. configure and build plugins/template out of tree against it (find_package(CityWeave));
#  3. put the built plugin folder into a user plugin folder, trust that folder with the
#     INSTALLED cityweave-cli, and check that `plugins --json` shows it loaded from there and
#     that `analyses` lists its analysis.
# Inputs: -DBUILD_DIR -DSOURCE_DIR -DWORK_DIR -DLIBDIR [-DLAUNCHER]
cmake_minimum_required(VERSION 3.25)

function(run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "Failed (${rc}): ${ARGN}\n${out}\n${err}")
  endif()
  set(RUN_OUT "${out}" PARENT_SCOPE)
endfunction()

set(prefix "${WORK_DIR}/prefix")
set(build "${WORK_DIR}/template-build")
set(user "${WORK_DIR}/user-plugins")
set(state "${WORK_DIR}/state")
file(REMOVE_RECURSE "${prefix}" "${build}" "${user}" "${state}")
file(MAKE_DIRECTORY "${user}" "${state}")

# 1. Install. The in-tree examples are not installed, so the template loaded below can only be
#    the one built out of tree.
run(${CMAKE_COMMAND} --install "${BUILD_DIR}" --prefix "${prefix}")
if(EXISTS "${prefix}/${LIBDIR}/cityweave/plugins/template")
  message(FATAL_ERROR "The example template plugin must not be installed")
endif()
if(NOT EXISTS "${prefix}/${LIBDIR}/cityweave/plugins/magok-energy/libmagok_energy.so")
  message(FATAL_ERROR "The bundled sector plugins must be installed")
endif()
foreach(required "${prefix}/${LIBDIR}/cmake/CityWeave/CityWeaveConfig.cmake"
                 "${prefix}/${LIBDIR}/cmake/CityWeave/CityWeavePlugin.cmake"
                 "${prefix}/include/cityweave/sdk/plugin.h" "${prefix}/bin/cityweave-cli")
  if(NOT EXISTS "${required}")
    message(FATAL_ERROR "The install lacks ${required}")
  endif()
endforeach()

# 2. Out-of-tree build, nothing from the CityWeave tree but the template's own folder.
set(launcher)
if(LAUNCHER)
  set(launcher "-DCMAKE_CXX_COMPILER_LAUNCHER=${LAUNCHER}")
endif()
run(${CMAKE_COMMAND} -S "${SOURCE_DIR}/plugins/template" -B "${build}" -G Ninja
    -DCMAKE_BUILD_TYPE=Release "-DCMAKE_PREFIX_PATH=${prefix}" ${launcher})
run(${CMAKE_COMMAND} --build "${build}")
set(built "${build}/plugins/template")
foreach(file cityweave-plugin.json libcityweave_template.so data/template_points.geojson)
  if(NOT EXISTS "${built}/${file}")
    message(FATAL_ERROR "The out-of-tree build did not produce ${built}/${file}")
  endif()
endforeach()
file(COPY "${built}" DESTINATION "${user}")

# 3. The installed application loads it once the user trusts the folder.
set(cli env QT_QPA_PLATFORM=offscreen "CITYWEAVE_STATE_DIR=${state}"
        "CITYWEAVE_USER_PLUGIN_DIR=${user}" "${prefix}/bin/cityweave-cli" --lang en)
# Sets <prefix>_state, _folder and _origin of plugin `id` in a `plugins --json` listing.
function(plugin_fields listing id prefix)
  set(${prefix}_state "absent" PARENT_SCOPE)
  string(JSON count LENGTH "${listing}" plugins)
  if(count EQUAL 0)
    return()
  endif()
  math(EXPR last "${count} - 1")
  foreach(i RANGE ${last})
    string(JSON plugin_id GET "${listing}" plugins ${i} id)
    if(plugin_id STREQUAL id)
      foreach(field state folder origin)
        string(JSON value GET "${listing}" plugins ${i} ${field})
        set(${prefix}_${field} "${value}" PARENT_SCOPE)
      endforeach()
    endif()
  endforeach()
endfunction()

run(${cli} plugins --json)
plugin_fields("${RUN_OUT}" template before)
if(NOT before_state STREQUAL "untrusted")
  message(FATAL_ERROR "Before trusting, the template should be untrusted:\n${RUN_OUT}")
endif()
run(${cli} plugins trust "${user}")
run(${cli} plugins --json)
set(listing "${RUN_OUT}")
plugin_fields("${listing}" template after)
set(state "${after_state}")
set(folder "${after_folder}")
set(origin "${after_origin}")
set(found TRUE)
if(NOT found OR NOT state STREQUAL "loaded" OR NOT origin STREQUAL "user")
  message(FATAL_ERROR "template not loaded from the user folder:\n${listing}")
endif()
file(REAL_PATH "${folder}" folder)
file(REAL_PATH "${user}/template" expected)
if(NOT folder STREQUAL expected)
  message(FATAL_ERROR "template loaded from ${folder}, expected ${expected}")
endif()
run(${cli} analyses)
if(NOT RUN_OUT MATCHES "template-layer-count  Features per layer \\(template\\)")
  message(FATAL_ERROR "analyses does not list the template's analysis:\n${RUN_OUT}")
endif()
message(STATUS "Out-of-tree template built against ${prefix} and loaded by the installed CLI")

# SPDX-License-Identifier: GPL-3.0-or-later
# What a Windows install needs beside CityWeave's own files, so that it runs on a machine with
# nothing else installed: Qt's DLLs and plugins (Qt's deploy script: windeployqt), every other
# DLL the executables load (GDAL, PROJ, GEOS, SQLite, ... from the vcpkg tree), proj.db and
# GDAL's data files under share/ (found there at start-up: crs/geodata_location.h).
# Not when cross-compiling (scripts/windows-cross-build): CMake cannot read the DLLs' imports
# there, and that build makes no installer.
if(NOT WIN32 OR CMAKE_CROSSCOMPILING)
  return()
endif()

if(TARGET cityweave)
  if(QT_VERSION VERSION_GREATER_EQUAL 6.5)
    qt_generate_deploy_app_script(TARGET cityweave OUTPUT_SCRIPT cw_qt_deploy
                                  NO_TRANSLATIONS NO_UNSUPPORTED_PLATFORM_ERROR)
    install(SCRIPT ${cw_qt_deploy} COMPONENT runtime)
  else()
    message(WARNING "Qt ${QT_VERSION}: Qt's DLLs are not deployed (Qt 6.5 or later needed)")
  endif()
endif()

# DLLs of the vcpkg tree (or wherever GDAL's came from), system DLLs left out.
get_target_property(cw_gdal_location GDAL::GDAL IMPORTED_LOCATION_RELEASE)
if(NOT cw_gdal_location)
  get_target_property(cw_gdal_location GDAL::GDAL IMPORTED_LOCATION)
endif()
get_filename_component(cw_gdal_prefix "${cw_gdal_location}" DIRECTORY)
get_filename_component(cw_gdal_prefix "${cw_gdal_prefix}" DIRECTORY)
set(cw_deploy_targets cityweave_core)
foreach(t cityweave cityweave-cli)
  if(TARGET ${t})
    list(APPEND cw_deploy_targets ${t})
  endif()
endforeach()
install(TARGETS ${cw_deploy_targets} RUNTIME_DEPENDENCY_SET cw_windows_dlls
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT runtime)
install(RUNTIME_DEPENDENCY_SET cw_windows_dlls
        DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT runtime
        DIRECTORIES "${cw_gdal_prefix}/bin"
        # Qt's own DLLs and plugins are Qt's deploy script's job.
        PRE_EXCLUDE_REGEXES "api-ms-.*" "ext-ms-.*" "Qt6.*"
        POST_EXCLUDE_REGEXES ".*[Ss]ystem32/.*\\.dll" ".*[Ww]indows/.*\\.dll")

find_path(CW_PROJ_DATA_DIR proj.db HINTS "${cw_gdal_prefix}/share/proj" PATH_SUFFIXES share/proj)
find_path(CW_GDAL_DATA_DIR gdalvrt.xsd HINTS "${cw_gdal_prefix}/share/gdal"
          PATH_SUFFIXES share/gdal)
foreach(pair "PROJ;proj" "GDAL;gdal")
  list(GET pair 0 kind)
  list(GET pair 1 folder)
  if(CW_${kind}_DATA_DIR)
    install(DIRECTORY "${CW_${kind}_DATA_DIR}/" DESTINATION share/${folder} COMPONENT runtime)
  else()
    message(WARNING "${kind} data files not found: the installed program will not find them")
  endif()
endforeach()

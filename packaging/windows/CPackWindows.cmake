# SPDX-License-Identifier: GPL-3.0-or-later
# Windows: `cpack -G NSIS` (or the `package` target) from an MSVC/vcpkg build makes
# CityWeave-<version>-win64.exe, an installer of the application with its Qt, GDAL, PROJ and
# GEOS DLLs, proj.db and GDAL's data files (found beside the program: crs/geodata_location.h),
# and, as an optional component, the plugin SDK. A per-machine install under Program Files.
set(CPACK_GENERATOR "NSIS")
set(CPACK_SYSTEM_NAME "win64")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "CityWeave")
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "CityWeave")
set(CPACK_NSIS_PACKAGE_NAME "CityWeave ${PROJECT_VERSION}")
set(CPACK_NSIS_DISPLAY_NAME "CityWeave")
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
set(CPACK_NSIS_MUI_ICON "${CMAKE_CURRENT_LIST_DIR}/cityweave.ico")
set(CPACK_NSIS_MUI_UNIICON "${CMAKE_CURRENT_LIST_DIR}/cityweave.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\cityweave.exe")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
set(CPACK_NSIS_UNINSTALL_NAME "Uninstall CityWeave")
# Start-menu and desktop shortcuts to the desktop application (the CLI is for a console).
set(CPACK_PACKAGE_EXECUTABLES "cityweave;CityWeave")
set(CPACK_CREATE_DESKTOP_LINKS "cityweave")
# Components: the application and its plugins always; the SDK when a plugin author ticks it.
set(CPACK_COMPONENTS_ALL runtime plugins sdk)
set(CPACK_COMPONENT_RUNTIME_DISPLAY_NAME "CityWeave")
set(CPACK_COMPONENT_RUNTIME_REQUIRED ON)
set(CPACK_COMPONENT_PLUGINS_DISPLAY_NAME "Sector plugins")
set(CPACK_COMPONENT_SDK_DISPLAY_NAME "Plugin SDK (headers, import library, CMake package)")
set(CPACK_COMPONENT_SDK_DISABLED ON)
# *.cwproject.gpkg: Windows associates by the last extension only, and .gpkg belongs to every
# GIS. CityWeave is offered in ".gpkg ▸ Open with" (a ProgID of its own), never made the
# default for all GeoPackages; the desktop application tells a project file from a plain
# GeoPackage itself.
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS "
  WriteRegStr HKLM 'Software\\\\Classes\\\\CityWeave.Project' '' 'CityWeave project'
  WriteRegStr HKLM 'Software\\\\Classes\\\\CityWeave.Project\\\\DefaultIcon' '' '$INSTDIR\\\\bin\\\\cityweave.exe,0'
  WriteRegStr HKLM 'Software\\\\Classes\\\\CityWeave.Project\\\\shell\\\\open\\\\command' '' '\\\"$INSTDIR\\\\bin\\\\cityweave.exe\\\" \\\"%1\\\"'
  WriteRegStr HKLM 'Software\\\\Classes\\\\.gpkg\\\\OpenWithProgids' 'CityWeave.Project' ''
")
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS "
  DeleteRegValue HKLM 'Software\\\\Classes\\\\.gpkg\\\\OpenWithProgids' 'CityWeave.Project'
  DeleteRegKey HKLM 'Software\\\\Classes\\\\CityWeave.Project'
")

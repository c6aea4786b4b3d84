# SPDX-License-Identifier: GPL-3.0-or-later
# The package's identity, shared by the platforms; Debian packages on Linux
# (linux/CPackDebian.cmake), an NSIS installer on Windows (windows/CPackWindows.cmake).
set(CPACK_PACKAGE_NAME "cityweave")
set(CPACK_PACKAGE_VENDOR "CityWeave")
set(CPACK_PACKAGE_CONTACT "CityWeave developers <dev@cityweave.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
# Debian's extended description: lines of at most 80 characters.
set(CPACK_PACKAGE_DESCRIPTION
    "A desktop GIS for planners who must see, compare and integrate many\n\
separate smart-city projects on one map: which projects overlap or sit\n\
close, where sectors create synergy or duplicate each other, which areas\n\
are under-served, which suit an integrated pilot, whether projects fit\n\
their regulatory sandbox zones, and how indicators roll up by district.\n\
Reports with Hangul (PDF), print layouts, spreadsheets and GeoPackages\n\
that QGIS opens, from the desktop (cityweave) and the command line\n\
(cityweave-cli); plugins add layers and analyses.")
if(WIN32)
  include(${CMAKE_CURRENT_LIST_DIR}/windows/CPackWindows.cmake)
  include(${CMAKE_CURRENT_LIST_DIR}/windows/WindowsDeploy.cmake)
  install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION .)
else()
  include(${CMAKE_CURRENT_LIST_DIR}/linux/CPackDebian.cmake)
  install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/cityweave)
endif()
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
include(CPack)

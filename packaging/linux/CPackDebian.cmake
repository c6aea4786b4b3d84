# SPDX-License-Identifier: GPL-3.0-or-later
# `cpack -G DEB` from the build folder (or the `package` target) makes cityweave_*.deb (the
# application) and cityweave-dev_*.deb (the plugin SDK).
set(CPACK_GENERATOR "DEB")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_STRIP_FILES ON)
# Two packages: the application, and the SDK for plugin authors (headers, the library's
# development link, the CMake package).
# The components (runtime, the bundled plugins, sdk) go into two package groups.
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL runtime plugins sdk)
set(CPACK_COMPONENT_RUNTIME_GROUP app)
set(CPACK_COMPONENT_PLUGINS_GROUP app)
set(CPACK_COMPONENT_SDK_GROUP dev)
set(CPACK_DEBIAN_APP_PACKAGE_NAME "cityweave")
set(CPACK_DEBIAN_APP_PACKAGE_SECTION "science")
set(CPACK_DEBIAN_APP_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_APP_PACKAGE_DEPENDS "fonts-nanum | fonts-noto-cjk")
set(CPACK_DEBIAN_APP_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
set(CPACK_DEBIAN_DEV_PACKAGE_NAME "cityweave-dev")
set(CPACK_DEBIAN_DEV_PACKAGE_SECTION "libdevel")
set(CPACK_DEBIAN_DEV_PACKAGE_DEPENDS "cityweave (= ${PROJECT_VERSION})")
set(CPACK_DEBIAN_DEV_DESCRIPTION
    "CityWeave plugin SDK: headers and CMake package\n\
The C++20 headers of the CityWeave core, the development link of its\n\
shared library and the CMake package (find_package(CityWeave),\n\
cityweave_add_plugin) for building plugins that add layers and analyses.")
# The shared core's shlibs entry and the ldconfig trigger (not ldconfig called from maintainer
# scripts, which is what CPack's own shlibs generation does).
configure_file(${CMAKE_CURRENT_LIST_DIR}/shlibs.in ${CMAKE_BINARY_DIR}/debian/shlibs @ONLY)
configure_file(${CMAKE_CURRENT_LIST_DIR}/triggers ${CMAKE_BINARY_DIR}/debian/triggers COPYONLY)
set(CPACK_DEBIAN_APP_PACKAGE_CONTROL_EXTRA
    "${CMAKE_BINARY_DIR}/debian/shlibs;${CMAKE_BINARY_DIR}/debian/triggers")
install(FILES ${CMAKE_CURRENT_LIST_DIR}/cityweave.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/cityweave.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/cityweave-mime.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages RENAME cityweave.xml)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/io.github.cityweave.CityWeave.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
# Man pages, compressed as Debian ships them.
foreach(page cityweave.1 cityweave-cli.1)
  set(gz ${CMAKE_BINARY_DIR}/man/${page}.gz)
  add_custom_command(OUTPUT ${gz}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/man
    COMMAND gzip -9n -c ${CMAKE_CURRENT_LIST_DIR}/man/${page} > ${gz}
    DEPENDS ${CMAKE_CURRENT_LIST_DIR}/man/${page})
  list(APPEND CW_MAN_PAGES ${gz})
endforeach()
add_custom_target(cityweave_man_pages ALL DEPENDS ${CW_MAN_PAGES})
install(FILES ${CW_MAN_PAGES} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
# The licence where Debian keeps it (for each package), the full GPL text beside the docs, and
# the Debian changelog.
install(FILES ${CMAKE_CURRENT_LIST_DIR}/copyright
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/cityweave)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/copyright
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/cityweave-dev COMPONENT sdk)
# A native package's changelog is changelog.gz, in each package's doc folder.
set(CW_CHANGELOG ${CMAKE_BINARY_DIR}/man/changelog.gz)
add_custom_command(OUTPUT ${CW_CHANGELOG}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/man
  COMMAND gzip -9n -c ${CMAKE_CURRENT_LIST_DIR}/changelog > ${CW_CHANGELOG}
  DEPENDS ${CMAKE_CURRENT_LIST_DIR}/changelog)
add_custom_target(cityweave_changelog ALL DEPENDS ${CW_CHANGELOG})
install(FILES ${CW_CHANGELOG} DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/cityweave)
install(FILES ${CW_CHANGELOG} DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/cityweave-dev
        COMPONENT sdk)

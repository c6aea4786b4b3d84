# SPDX-License-Identifier: GPL-3.0-or-later
# `cpack -G DEB` from the build folder (or the `package` target) makes cityweave_*.deb.
set(CPACK_PACKAGE_NAME "cityweave")
set(CPACK_PACKAGE_VENDOR "CityWeave")
set(CPACK_PACKAGE_CONTACT "CityWeave developers <dev@cityweave.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_GENERATOR "DEB")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION "science")
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-nanum | fonts-noto-cjk")
install(FILES ${CMAKE_CURRENT_LIST_DIR}/linux/cityweave.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/linux/cityweave.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/linux/cityweave-mime.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages RENAME cityweave.xml)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/linux/io.github.cityweave.CityWeave.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
# Man pages, compressed as Debian ships them.
foreach(page cityweave.1 cityweave-cli.1)
  set(gz ${CMAKE_BINARY_DIR}/man/${page}.gz)
  add_custom_command(OUTPUT ${gz}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/man
    COMMAND gzip -9n -c ${CMAKE_CURRENT_LIST_DIR}/linux/man/${page} > ${gz}
    DEPENDS ${CMAKE_CURRENT_LIST_DIR}/linux/man/${page})
  list(APPEND CW_MAN_PAGES ${gz})
endforeach()
add_custom_target(cityweave_man_pages ALL DEPENDS ${CW_MAN_PAGES})
install(FILES ${CW_MAN_PAGES} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
# The licence where Debian keeps it, and the full GPL text beside the docs.
install(FILES ${CMAKE_CURRENT_LIST_DIR}/linux/copyright
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/cityweave)
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/cityweave)
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
include(CPack)

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
include(CPack)

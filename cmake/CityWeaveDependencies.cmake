# SPDX-License-Identifier: GPL-3.0-or-later
# The engine's system libraries, found the same way on every platform: CMake config packages
# first (what vcpkg, conda and Debian install), the older pkg-config / geos-config route when a
# platform has no config package. Each ends as one target name the rest of the build links to:
# GDAL::GDAL, cw_proj, cw_sqlite3, cw_geos.

find_package(GDAL CONFIG QUIET)
if(NOT GDAL_FOUND)
  find_package(GDAL REQUIRED)
endif()

add_library(cw_proj INTERFACE)
find_package(PROJ 9.1 CONFIG QUIET)
if(PROJ_FOUND)
  target_link_libraries(cw_proj INTERFACE PROJ::proj)
else()
  find_package(PkgConfig REQUIRED)
  pkg_check_modules(PROJ REQUIRED IMPORTED_TARGET proj>=9.1)
  target_link_libraries(cw_proj INTERFACE PkgConfig::PROJ)
endif()

# FindSQLite3 ships with CMake; vcpkg's unofficial-sqlite3 config gives the same library.
add_library(cw_sqlite3 INTERFACE)
find_package(SQLite3 REQUIRED)
target_link_libraries(cw_sqlite3 INTERFACE SQLite::SQLite3)

add_library(cw_geos INTERFACE)
find_package(GEOS 3.11 CONFIG QUIET)
if(GEOS_FOUND)
  target_link_libraries(cw_geos INTERFACE GEOS::geos_c)
else()
  find_program(GEOS_CONFIG geos-config REQUIRED)
  execute_process(COMMAND ${GEOS_CONFIG} --clibs OUTPUT_VARIABLE GEOS_C_LIBS
                  OUTPUT_STRIP_TRAILING_WHITESPACE)
  separate_arguments(GEOS_C_LIBS_LIST UNIX_COMMAND "${GEOS_C_LIBS}")
  target_link_libraries(cw_geos INTERFACE ${GEOS_C_LIBS_LIST})
endif()

find_package(nlohmann_json 3 REQUIRED)
find_package(Threads REQUIRED)

# libpq, for plans kept in PostgreSQL (FindPostgreSQL ships with CMake; vcpkg's libpq gives the
# same target). A build without it (the MinGW proof of the engine) reads and writes only files.
option(CITYWEAVE_POSTGRESQL "Plans in PostgreSQL/PostGIS (needs libpq)" ON)
add_library(cw_pq INTERFACE)
if(CITYWEAVE_POSTGRESQL)
  find_package(PostgreSQL REQUIRED)
  target_link_libraries(cw_pq INTERFACE PostgreSQL::PostgreSQL)
  target_compile_definitions(cw_pq INTERFACE CITYWEAVE_HAVE_POSTGRESQL=1)
endif()

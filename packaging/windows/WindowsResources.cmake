# SPDX-License-Identifier: GPL-3.0-or-later
# cw_add_windows_resources(TARGET): the icon, the UTF-8 / long-path manifest and the version
# information, compiled into a Windows executable (MSVC's rc or MinGW's windres).
set(CW_WINDOWS_DIR ${CMAKE_CURRENT_LIST_DIR})
function(cw_add_windows_resources target)
  if(NOT WIN32)
    return()
  endif()
  set(rc ${CMAKE_CURRENT_BINARY_DIR}/${target}.rc)
  configure_file(${CW_WINDOWS_DIR}/cityweave.rc.in ${rc} @ONLY)
  target_sources(${target} PRIVATE ${rc})
  if(MSVC)
    # The manifest comes from the resource script: the linker must not add a second one.
    target_link_options(${target} PRIVATE /MANIFEST:NO)
  endif()
endfunction()

# SPDX-License-Identifier: GPL-3.0-or-later
# The architecture's dependency rules (docs/architecture.md) and the file-size limit, checked on
# the sources' #include lines:  cmake -DROOT=<source dir> -P tests/layout/check_layout.cmake
# Every broken rule is listed as "<rule>: <file> includes <header>" and fails the test.
cmake_minimum_required(VERSION 3.25)
if(NOT ROOT)
  message(FATAL_ERROR "usage: cmake -DROOT=<source dir> -P check_layout.cmake")
endif()
get_filename_component(ROOT "${ROOT}" ABSOLUTE)
set(problems "")

# ---------------------------------------------------------------------------------------------
# Helpers

# The C++ files (*.h, *.cpp) under each folder given (relative to ROOT).
function(sources_under out)
  set(files "")
  foreach(dir IN LISTS ARGN)
    file(GLOB_RECURSE found ${ROOT}/${dir}/*.h ${ROOT}/${dir}/*.cpp)
    list(APPEND files ${found})
  endforeach()
  list(SORT files)
  set(${out} "${files}" PARENT_SCOPE)
endfunction()

# What a file includes, delimiters kept: <QImage>, "render/map_renderer.h".
function(includes_of file out)
  file(STRINGS ${file} lines REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"]")
  set(names "")
  foreach(line IN LISTS lines)
    string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*([<\"][^>\"]*[>\"]).*" "\\1" name "${line}")
    list(APPEND names "${name}")
  endforeach()
  set(${out} "${names}" PARENT_SCOPE)
endfunction()

# forbid(<rule> IN <folders...> PATTERN <regex> [EXCEPT <regex>]): no file under the folders may
# include a header matching PATTERN (unless it also matches EXCEPT).
function(forbid rule)
  cmake_parse_arguments(arg "" "PATTERN;EXCEPT" "IN" ${ARGN})
  sources_under(files ${arg_IN})
  foreach(f IN LISTS files)
    includes_of(${f} names)
    foreach(name IN LISTS names)
      if(name MATCHES "${arg_PATTERN}" AND NOT (arg_EXCEPT AND name MATCHES "${arg_EXCEPT}"))
        file(RELATIVE_PATH rel ${ROOT} ${f})
        list(APPEND problems "${rule}: ${rel} includes ${name}")
      endif()
    endforeach()
  endforeach()
  set(problems "${problems}" PARENT_SCOPE)
endfunction()

# A quoted include of an app library, also when reached through "../": app_dirs(render report).
function(app_dirs out)
  list(JOIN ARGN "|" alternatives)
  set(${out} "^\"(\\.\\./)*(${alternatives})/" PARENT_SCOPE)
endfunction()

# Qt headers by module, as class headers (<QImage>) or module paths (<QtGui/QImage>). Only QtCore
# and QtConcurrent may appear where "QtCore only" is the rule.
set(qt_gui_classes
  QGuiApplication QImage QImageReader QImageWriter QPixmap QBitmap QIcon QPicture QMovie
  QPainter QPainterPath QPaintDevice QPagedPaintDevice QPdfWriter QPageLayout QPageSize
  QPen QBrush QColor QGradient QLinearGradient QRadialGradient QConicalGradient QPalette
  QFont QFontDatabase QFontInfo QFontMetrics QFontMetricsF QRawFont QGlyphRun QStaticText
  QTextLayout QTextDocument QTextCursor QTextOption QTextFormat QTextCharFormat
  QPolygon QPolygonF QRegion QTransform QVector2D QVector3D QMatrix4x4
  QAction QActionGroup QShortcut QKeySequence QUndoStack QUndoCommand QStandardItemModel
  QStandardItem QFileSystemModel QValidator QIntValidator QDoubleValidator
  QRegularExpressionValidator QCursor QDrag QClipboard QDesktopServices QScreen QWindow
  QMouseEvent QKeyEvent QWheelEvent QPaintEvent QResizeEvent QCloseEvent QShowEvent QHideEvent
  QDropEvent QDragEnterEvent QDragMoveEvent QDragLeaveEvent QContextMenuEvent QFocusEvent
  QHoverEvent QInputEvent QMoveEvent QEnterEvent)
set(qt_widgets_classes
  QApplication QWidget QMainWindow QDialog QDialogButtonBox QMessageBox QFileDialog
  QInputDialog QProgressDialog QColorDialog QFontDialog QWizard QSplashScreen
  QLabel QPushButton QToolButton QRadioButton QCheckBox QAbstractButton QButtonGroup
  QComboBox QLineEdit QTextEdit QPlainTextEdit QTextBrowser QSpinBox QDoubleSpinBox
  QAbstractSpinBox QDateEdit QTimeEdit QDateTimeEdit QSlider QDial QScrollBar QProgressBar
  QCalendarWidget QKeySequenceEdit QLCDNumber QCompleter
  QLayout QBoxLayout QVBoxLayout QHBoxLayout QGridLayout QFormLayout QStackedLayout QSizePolicy
  QSpacerItem QFrame QGroupBox QSplitter QScrollArea QAbstractScrollArea QTabWidget QTabBar
  QStackedWidget QToolBox QDockWidget QMdiArea QMenu QMenuBar QToolBar QStatusBar QWidgetAction
  QHeaderView QAbstractItemView QTableView QTableWidget QTreeView QTreeWidget QListView
  QListWidget QColumnView QStyledItemDelegate QItemDelegate QStyle QStyleOption QToolTip
  QWhatsThis QRubberBand QSystemTrayIcon QUndoView QGraphicsView QGraphicsScene QGraphicsItem
  QChart QChartView)
list(JOIN qt_gui_classes "|" gui)
list(JOIN qt_widgets_classes "|" widgets)
set(QT_GUI "^<(QtGui|QtSvg|QtPdf)[/>]|^<(${gui})>")
set(QT_WIDGETS "^<(QtWidgets|QtCharts|QtSvgWidgets|QtPrintSupport)[/>]|^<(${widgets})>")

# ---------------------------------------------------------------------------------------------
# (a) core: Qt-free, and below the whole application.
forbid("core must not include Qt" IN core PATTERN "^[<\"]Q")
app_dirs(any_app common services render report widgets desktop cli)
forbid("core must not include application headers" IN core PATTERN "${any_app}")

# (b) common and services: QtCore (and QtConcurrent) only, below every front end.
forbid("app/common and app/services use QtCore only (no QtGui, QtWidgets)"
       IN app/common app/services PATTERN "${QT_GUI}|${QT_WIDGETS}")
app_dirs(above_common services render report widgets desktop cli)
forbid("app/common must not include the libraries above it" IN app/common
       PATTERN "${above_common}")
app_dirs(above_services render report widgets desktop cli)
forbid("app/services must not include render, report, widgets, desktop or cli" IN app/services
       PATTERN "${above_services}")

# (c) render: core, common and QtGui; it draws, it does not run application services.
app_dirs(above_render services report widgets desktop cli)
forbid("app/render must not include services, report, widgets, desktop or cli" IN app/render
       PATTERN "${above_render}")
forbid("app/render must not use QtWidgets" IN app/render PATTERN "${QT_WIDGETS}")

# (d) report: on render, services and common; shared by the GUI and the CLI, so no widgets.
app_dirs(above_report widgets desktop cli)
forbid("app/report must not include widgets, desktop or cli" IN app/report
       PATTERN "${above_report}")
forbid("app/report must not use QtWidgets" IN app/report PATTERN "${QT_WIDGETS}")

# (e) widgets: reusable pieces, no application; desktop: the application, never the CLI.
app_dirs(above_widgets desktop cli)
forbid("app/widgets must not include desktop or cli" IN app/widgets PATTERN "${above_widgets}")
app_dirs(cli_dir cli)
forbid("app/desktop must not include cli" IN app/desktop PATTERN "${cli_dir}")

# (f) cli: headless, never widgets, neither in its includes nor in what it links. The libraries
# it links (common, services, render, report: app/CMakeLists.txt) must not bring widgets either.
app_dirs(gui_dirs widgets desktop)
forbid("app/cli must not include widgets or desktop" IN app/cli PATTERN "${gui_dirs}")
forbid("app/cli must not use QtWidgets" IN app/cli PATTERN "${QT_WIDGETS}")
foreach(list_file app/cli/CMakeLists.txt app/CMakeLists.txt app/services/CMakeLists.txt)
  if(EXISTS ${ROOT}/${list_file})
    file(STRINGS ${ROOT}/${list_file} links
         REGEX "CityWeave::(widgets|desktop)|cityweave_(widgets|desktop)|Qt6?::(Widgets|Charts)")
    foreach(line IN LISTS links)
      string(STRIP "${line}" line)
      list(APPEND problems "the CLI and what it links must not link widgets: ${list_file}: ${line}")
    endforeach()
  endif()
endforeach()

# (g) The SDK exposes no third-party or Qt type; plugins use only the SDK's stable surface, as
# core/include/cityweave/sdk/README.md lists it ("The stable surface"), and their own headers.
# Every installed header (the SDK's stable surface includes others, which are installed with
# it), not only sdk/: a plugin that includes one must not need GDAL, GEOS, PROJ, SQLite or Qt.
forbid("public headers (installed with the SDK) must not expose GDAL, GEOS, PROJ, SQLite or Qt"
       IN core/include/cityweave PATTERN "^<(gdal|ogr|cpl_|geos|proj|sqlite|Q)")
forbid("plugins must not include Qt, GDAL, GEOS, PROJ, SQLite or application headers"
       IN plugins PATTERN "^<(gdal|ogr|cpl_|geos|proj|sqlite|Q)|^\"Q|${any_app}")
set(sdk_surface
  "sdk/[a-z_]+"
  "analysis/(analysis|analysis_input|analysis_result|parameter|sector_rules)"
  "data/(vector_layer|attribute)" "geometry/(geometry_store|envelope)" "crs/crs"
  "project/(sector|localized_text|provenance|project)" "style/layer_style"
  "core/(error|progress|utc_time)")
list(JOIN sdk_surface "|" surface)
forbid("plugins may include only the SDK's stable headers" IN plugins
       PATTERN "^[<\"]cityweave/" EXCEPT "^[<\"]cityweave/(${surface})\\.h[>\"]$")

# ---------------------------------------------------------------------------------------------
# (h) Module order inside core: a module's files (public headers in include/cityweave/<module>/,
# sources and private headers in src/<module>/) include only modules at or before it here.
set(core_order core crs geometry style data project analysis planning sdk plugin manifest)
list(JOIN core_order " < " order_text)

# Known upward includes (they would close cycles; see docs/architecture.md). Each is "<file> ->
# <include>". A line whose include is gone fails the test, so the list only shrinks; a new
# upward include is a failure, not a new line here. Empty since issue 15 broke the three
# cycles (analysis <-> planning, project <-> plugin, project <-> sdk).
set(allowed_upward)

# The core module a path belongs to; empty when it is not core's.
function(core_module_of path out)
  file(RELATIVE_PATH path ${ROOT} ${path})
  set(m "")
  if(path MATCHES "^core/include/cityweave/([a-z_]+)/")
    set(m ${CMAKE_MATCH_1})
  elseif(path MATCHES "^core/include/cityweave/[^/]+$")
    set(m core) # version.h
  elseif(path MATCHES "^core/src/([a-z_]+)/")
    set(m ${CMAKE_MATCH_1})
  endif()
  set(${out} "${m}" PARENT_SCOPE)
endfunction()

set(seen_upward "")
sources_under(core_files core)
foreach(f IN LISTS core_files)
  core_module_of(${f} from)
  list(FIND core_order "${from}" from_rank)
  file(RELATIVE_PATH rel ${ROOT} ${f})
  if(from_rank LESS 0)
    list(APPEND problems "core module order: ${rel} is in module '${from}', not in core_order")
    continue()
  endif()
  get_filename_component(dir ${f} DIRECTORY)
  includes_of(${f} names)
  foreach(name IN LISTS names)
    # Resolved as the compiler does: beside the file (quoted only), then src/, then include/.
    string(REGEX REPLACE "^[<\"](.*)[>\"]$" "\\1" header "${name}")
    set(candidates ${ROOT}/core/src/${header} ${ROOT}/core/include/${header})
    if(name MATCHES "^\"")
      list(PREPEND candidates ${dir}/${header})
    endif()
    set(to "")
    foreach(c IN LISTS candidates)
      if(EXISTS ${c})
        cmake_path(NORMAL_PATH c)
        core_module_of(${c} to)
        break()
      endif()
    endforeach()
    list(FIND core_order "${to}" to_rank)
    if(to STREQUAL "" OR to_rank LESS_EQUAL from_rank)
      continue()
    endif()
    set(edge "${rel} -> ${header}")
    if(edge IN_LIST allowed_upward)
      list(APPEND seen_upward "${edge}")
    else()
      list(APPEND problems
           "core module order (${order_text}): ${rel} (${from}) includes ${name} (${to})")
    endif()
  endforeach()
endforeach()
foreach(edge IN LISTS allowed_upward)
  if(NOT edge IN_LIST seen_upward)
    list(APPEND problems "core module order: allow-list entry no longer needed, remove it: ${edge}")
  endif()
endforeach()

# ---------------------------------------------------------------------------------------------
# Sizes: no source file over 800 lines.
sources_under(all_sources core app plugins)
foreach(f IN LISTS all_sources)
  file(READ ${f} text)
  string(REGEX MATCHALL "\n" newlines "${text}")
  list(LENGTH newlines n)
  if(n GREATER 800)
    file(RELATIVE_PATH rel ${ROOT} ${f})
    list(APPEND problems "file over 800 lines (${n}): ${rel}")
  endif()
endforeach()

if(problems)
  list(LENGTH problems count)
  list(JOIN problems "\n  " text)
  message(FATAL_ERROR "${count} layout problem(s) (docs/architecture.md):\n  ${text}")
endif()
message("layout ok: ${ROOT}")

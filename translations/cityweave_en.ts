<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Cli</name>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Run &apos;cityweave-cli --help&apos; for usage.</source>
        <translation>Run &apos;cityweave-cli --help&apos; for usage.</translation>
    </message>
    <message>
        <source>bench render needs --n N (a positive number of polygons).</source>
        <translation>bench render needs --n N (a positive number of polygons).</translation>
    </message>
    <message>
        <source>Generating</source>
        <translation>Generating</translation>
    </message>
    <message>
        <source>bench render: %1 polygons at %2x%3 (%4)</source>
        <translation>bench render: %1 polygons at %2x%3 (%4)</translation>
    </message>
    <message>
        <source>  open + read      %1 ms</source>
        <translation>  open + read      %1 ms</translation>
    </message>
    <message>
        <source>  reproject+index  %1 ms</source>
        <translation>  reproject+index  %1 ms</translation>
    </message>
    <message>
        <source>  first full draw  %1 ms (%2 tiles)</source>
        <translation>  first full draw  %1 ms (%2 tiles)</translation>
    </message>
    <message>
        <source>  zoom-in 2x draw  %1 ms</source>
        <translation>  zoom-in 2x draw  %1 ms</translation>
    </message>
    <message>
        <source>  pan at 2x zoom   %1 ms (%2 new tiles, %3 cached)</source>
        <translation>  pan at 2x zoom   %1 ms (%2 new tiles, %3 cached)</translation>
    </message>
    <message>
        <source>  peak memory      %1 MiB</source>
        <translation>  peak memory      %1 MiB</translation>
    </message>
    <message>
        <source>bench needs a target: render.</source>
        <translation>bench needs a target: render.</translation>
    </message>
    <message>
        <source>Unknown bench target: %1</source>
        <translation>Unknown bench target: %1</translation>
    </message>
    <message>
        <source>build-sample takes MANIFEST and OUT.gpkg.</source>
        <translation>build-sample takes MANIFEST and OUT.gpkg.</translation>
    </message>
    <message>
        <source>Built %1 with %2 projects and %3 layers.</source>
        <translation>Built %1 with %2 projects and %3 layers.</translation>
    </message>
    <message>
        <source>Layer: %1 (%2, %3 features, driver %4)</source>
        <translation>Layer: %1 (%2, %3 features, driver %4)</translation>
    </message>
    <message>
        <source>  CRS: %1 %2</source>
        <translation>  CRS: %1 %2</translation>
    </message>
    <message>
        <source>  The .prj names a Bessel Transverse Mercator without datum; read as %1 (Korean 1985) so that the datum shift applies.</source>
        <translation>  The .prj names a Bessel Transverse Mercator without datum; read as %1 (Korean 1985) so that the datum shift applies.</translation>
    </message>
    <message>
        <source>  To EPSG:5186 via: %1</source>
        <translation>  To EPSG:5186 via: %1</translation>
    </message>
    <message>
        <source>  CRS: none (choose one when adding the layer)</source>
        <translation>  CRS: none (choose one when adding the layer)</translation>
    </message>
    <message>
        <source>  Extent: %1, %2 - %3, %4</source>
        <translation>  Extent: %1, %2 - %3, %4</translation>
    </message>
    <message>
        <source>  Text encoding: %1 (%2)</source>
        <translation>  Text encoding: %1 (%2)</translation>
    </message>
    <message>
        <source>  Geometry problems: %1 invalid, %2 empty, %3 of another type, %4 degenerate parts (all kept)</source>
        <translation>  Geometry problems: %1 invalid, %2 empty, %3 of another type, %4 degenerate parts (all kept)</translation>
    </message>
    <message>
        <source>  Fields:</source>
        <translation>  Fields:</translation>
    </message>
    <message>
        <source>info takes exactly one SOURCE.</source>
        <translation>info takes exactly one SOURCE.</translation>
    </message>
    <message>
        <source>render needs --out FILE.png.</source>
        <translation>render needs --out FILE.png.</translation>
    </message>
    <message>
        <source>render needs a project file or at least one layer file.</source>
        <translation>render needs a project file or at least one layer file.</translation>
    </message>
    <message>
        <source>Invalid --size &quot;%1&quot;: use WIDTHxHEIGHT, e.g. 1920x1080.</source>
        <translation>Invalid --size &quot;%1&quot;: use WIDTHxHEIGHT, e.g. 1920x1080.</translation>
    </message>
    <message>
        <source>Invalid --extent &quot;%1&quot;: use xmin,ymin,xmax,ymax in the map CRS.</source>
        <translation>Invalid --extent &quot;%1&quot;: use xmin,ymin,xmax,ymax in the map CRS.</translation>
    </message>
    <message>
        <source>Give either one project file or layer files, not both.</source>
        <translation>Give either one project file or layer files, not both.</translation>
    </message>
    <message>
        <source>Rendered %1 layers (%2 features drawn) at %3x%4 in %5 ms (loading took %6 ms): %7</source>
        <translation>Rendered %1 layers (%2 features drawn) at %3x%4 in %5 ms (loading took %6 ms): %7</translation>
    </message>
    <message>
        <source>Usage: cityweave-cli [--lang ko|en] COMMAND ...

Commands:
  info SOURCE [--json] [--layer NAME] [--encoding ENC]
      Layers, CRS, feature count, extent and fields of any vector source.
  render PROJECT|SOURCE... --out map.png [--size WxH]
         [--extent xmin,ymin,xmax,ymax] [--crs CRS]
      Draws a project, or plain layer files with default styles, to PNG.
  bench render --n N [--size WxH] [--data FILE]
      Times open, index, first draw, zoom and pan on N random polygons
      (--threads N limits the drawing threads; default: all cores).
  build-sample MANIFEST OUT.gpkg
      Builds a project file from a sample manifest (used by the build).

Exit codes: 0 ok, 1 failure, 2 usage error, 3 bad input, 4 cannot write output.
</source>
        <translation>Usage: cityweave-cli [--lang ko|en] COMMAND ...

Commands:
  info SOURCE [--json] [--layer NAME] [--encoding ENC]
      Layers, CRS, feature count, extent and fields of any vector source.
  render PROJECT|SOURCE... --out map.png [--size WxH]
         [--extent xmin,ymin,xmax,ymax] [--crs CRS]
      Draws a project, or plain layer files with default styles, to PNG.
  bench render --n N [--size WxH] [--data FILE]
      Times open, index, first draw, zoom and pan on N random polygons
      (--threads N limits the drawing threads; default: all cores).
  build-sample MANIFEST OUT.gpkg
      Builds a project file from a sample manifest (used by the build).

Exit codes: 0 ok, 1 failure, 2 usage error, 3 bad input, 4 cannot write output.
</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Unknown command: %1</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>The file %1 does not exist.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read (check its permissions).</source>
        <translation>The file %1 cannot be read (check its permissions).</translation>
    </message>
    <message>
        <source>%1 is not in a vector format CityWeave can read.</source>
        <translation>%1 is not in a vector format CityWeave can read.</translation>
    </message>
    <message>
        <source>The file %1 is damaged or truncated.</source>
        <translation>The file %1 is damaged or truncated.</translation>
    </message>
    <message>
        <source>There is no layer &quot;%1&quot; in %2.</source>
        <translation>There is no layer &quot;%1&quot; in %2.</translation>
    </message>
    <message>
        <source>%1 contains no vector layers.</source>
        <translation>%1 contains no vector layers.</translation>
    </message>
    <message>
        <source>The coordinate reference system &quot;%1&quot; is unknown.</source>
        <translation>The coordinate reference system &quot;%1&quot; is unknown.</translation>
    </message>
    <message>
        <source>%1 does not say which coordinate reference system it uses. Choose one.</source>
        <translation>%1 does not say which coordinate reference system it uses. Choose one.</translation>
    </message>
    <message>
        <source>Coordinates cannot be transformed from %1 to %2.</source>
        <translation>Coordinates cannot be transformed from %1 to %2.</translation>
    </message>
    <message>
        <source>The text encoding &quot;%1&quot; is unknown.</source>
        <translation>The text encoding &quot;%1&quot; is unknown.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer CityWeave (project format %2; this version reads up to %3). Update CityWeave to open it.</source>
        <translation>%1 was saved by a newer CityWeave (project format %2; this version reads up to %3). Update CityWeave to open it.</translation>
    </message>
    <message>
        <source>%1 is not a CityWeave project file.</source>
        <translation>%1 is not a CityWeave project file.</translation>
    </message>
    <message>
        <source>The project could not be saved to %1. The previous file is unchanged.</source>
        <translation>The project could not be saved to %1. The previous file is unchanged.</translation>
    </message>
    <message>
        <source>The file %1 could not be written.</source>
        <translation>The file %1 could not be written.</translation>
    </message>
    <message>
        <source>The data of layer &quot;%1&quot; is missing: %2 was moved or deleted.</source>
        <translation>The data of layer &quot;%1&quot; is missing: %2 was moved or deleted.</translation>
    </message>
    <message>
        <source>Invalid value for %1: %2</source>
        <translation>Invalid value for %1: %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
</context>
<context>
    <name>LayerSourceDescription</name>
    <message numerus="yes">
        <source>%n feature(s)</source>
        <translation>
            <numerusform>%n feature</numerusform>
            <numerusform>%n features</numerusform>
        </translation>
    </message>
    <message>
        <source>Layer CRS: %1 (%2)</source>
        <translation>Layer CRS: %1 (%2)</translation>
    </message>
    <message>
        <source>The file&apos;s .prj names a Bessel Transverse Mercator without a datum; it was read as %1 so that the Korean 1985 to Korea 2000 datum shift applies.</source>
        <translation>The file&apos;s .prj names a Bessel Transverse Mercator without a datum; it was read as %1 so that the Korean 1985 to Korea 2000 datum shift applies.</translation>
    </message>
    <message>
        <source>Reprojected to the map with: %1</source>
        <translation>Reprojected to the map with: %1</translation>
    </message>
    <message>
        <source>%1 coordinates could not be transformed and are not drawn.</source>
        <translation>%1 coordinates could not be transformed and are not drawn.</translation>
    </message>
    <message>
        <source>Text encoding: %1 (%2)</source>
        <translation>Text encoding: %1 (%2)</translation>
    </message>
    <message>
        <source>Geometry problems: %1 invalid, %2 empty, %3 of another type, %4 degenerate parts (all kept)</source>
        <translation>Geometry problems: %1 invalid, %2 empty, %3 of another type, %4 degenerate parts (all kept)</translation>
    </message>
</context>
<context>
    <name>cw::desktop::MainWindow</name>
    <message>
        <source>Layers</source>
        <translation>Layers</translation>
    </message>
    <message>
        <source>Identify results</source>
        <translation>Identify results</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Zoom &amp;Full</source>
        <translation>Zoom &amp;Full</translation>
    </message>
    <message>
        <source>Zoom to &amp;Layer</source>
        <translation>Zoom to &amp;Layer</translation>
    </message>
    <message>
        <source>Map &amp;CRS…</source>
        <translation>Map &amp;CRS…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>&amp;Identify Features</source>
        <translation>&amp;Identify Features</translation>
    </message>
    <message>
        <source>&amp;Attribute Table</source>
        <translation>&amp;Attribute Table</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation>&amp;Language…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About CityWeave</source>
        <translation>&amp;About CityWeave</translation>
    </message>
    <message>
        <source>%1[*] — CityWeave</source>
        <translation>%1[*] — CityWeave</translation>
    </message>
    <message>
        <source>Some layers could not be loaded</source>
        <translation>Some layers could not be loaded</translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s) could not be loaded. They stay in the project, greyed out, and are saved unchanged.</source>
        <translation>
            <numerusform>%n layer could not be loaded. It stays in the project, greyed out, and is saved unchanged.</numerusform>
            <numerusform>%n layers could not be loaded. They stay in the project, greyed out, and are saved unchanged.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a loaded layer in the layer list first.</source>
        <translation>Select a loaded layer in the layer list first.</translation>
    </message>
    <message>
        <source>Select a layer in the layer list first.</source>
        <translation>Select a layer in the layer list first.</translation>
    </message>
    <message>
        <source>About CityWeave</source>
        <translation>About CityWeave</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CityWeave %1&lt;/h3&gt;&lt;p&gt;A desktop GIS for bringing together the projects of Seoul&apos;s smart-city programme.&lt;/p&gt;&lt;p&gt;&lt;b&gt;The sample project&apos;s locations are approximate and hand-drawn for demonstration; they are not official boundaries.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CityWeave %1&lt;/h3&gt;&lt;p&gt;A desktop GIS for bringing together the projects of Seoul&apos;s smart-city programme.&lt;/p&gt;&lt;p&gt;&lt;b&gt;The sample project&apos;s locations are approximate and hand-drawn for demonstration; they are not official boundaries.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>cw::desktop::MapStatusBar</name>
    <message>
        <source>Cursor position in the map CRS</source>
        <translation>Cursor position in the map CRS</translation>
    </message>
    <message>
        <source>Cursor position in WGS 84 (latitude, longitude)</source>
        <translation>Cursor position in WGS 84 (latitude, longitude)</translation>
    </message>
    <message>
        <source>Map scale</source>
        <translation>Map scale</translation>
    </message>
    <message>
        <source>Time the last map image took to draw</source>
        <translation>Time the last map image took to draw</translation>
    </message>
    <message>
        <source>Map CRS — click to change</source>
        <translation>Map CRS — click to change</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Map CRS: %1 — click to change</source>
        <translation>Map CRS: %1 — click to change</translation>
    </message>
    <message>
        <source>%1°%2 %3°%4</source>
        <translation>%1°%2 %3°%4</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1: %2/%3</source>
        <translation>%1: %2/%3</translation>
    </message>
</context>
<context>
    <name>cw::desktop::ProjectDocument</name>
    <message>
        <source>Untitled project</source>
        <translation>Untitled project</translation>
    </message>
    <message>
        <source>The project has no file yet: use Save As.</source>
        <translation>The project has no file yet: use Save As.</translation>
    </message>
    <message>
        <source>Loading layers</source>
        <translation>Loading layers</translation>
    </message>
    <message>
        <source>Re-projecting layers</source>
        <translation>Re-projecting layers</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>cw::desktop::ProjectFileActions</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <source>&amp;Add Layer…</source>
        <translation>&amp;Add Layer…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Cannot open project</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be opened.

%2</source>
        <translation>&quot;%1&quot; could not be opened.

%2</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Open project</translation>
    </message>
    <message>
        <source>CityWeave projects (*.cwproject.gpkg *.gpkg)</source>
        <translation>CityWeave projects (*.cwproject.gpkg *.gpkg)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>The project &quot;%1&quot; has unsaved changes. Save them?</source>
        <translation>The project &quot;%1&quot; has unsaved changes. Save them?</translation>
    </message>
    <message>
        <source>Cannot save project</source>
        <translation>Cannot save project</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>Save project as</translation>
    </message>
    <message>
        <source>CityWeave projects (*.cwproject.gpkg)</source>
        <translation>CityWeave projects (*.cwproject.gpkg)</translation>
    </message>
</context>
<context>
    <name>cw::widgets::AddLayerDialog</name>
    <message>
        <source>Add layer</source>
        <translation>Add layer</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Choose CRS…</source>
        <translation>Choose CRS…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>Layer:</translation>
    </message>
    <message>
        <source>CRS:</source>
        <translation>CRS:</translation>
    </message>
    <message>
        <source>Text encoding:</source>
        <translation>Text encoding:</translation>
    </message>
    <message>
        <source>Preview (first %1 rows):</source>
        <translation>Preview (first %1 rows):</translation>
    </message>
    <message>
        <source>Vector data (*.gpkg *.shp *.geojson *.json *.topojson *.kml *.fgb *.csv)</source>
        <translation>Vector data (*.gpkg *.shp *.geojson *.json *.topojson *.kml *.fgb *.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>default</source>
        <translation>default</translation>
    </message>
    <message>
        <source>Detected: %1 (%2)</source>
        <translation>Detected: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2, %3 features)</source>
        <translation>%1 (%2, %3 features)</translation>
    </message>
    <message>
        <source>UTF-8 (defined by the format)</source>
        <translation>UTF-8 (defined by the format)</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>Choose a file first.</translation>
    </message>
    <message>
        <source>%1 (chosen)</source>
        <translation>%1 (chosen)</translation>
    </message>
    <message>
        <source>&lt;b&gt;The layer has no CRS.&lt;/b&gt; Choose the one its coordinates are in.</source>
        <translation>&lt;b&gt;The layer has no CRS.&lt;/b&gt; Choose the one its coordinates are in.</translation>
    </message>
    <message>
        <source>Legacy Korean definition (Bessel, no datum) recognised: read as %1 so that the Korean 1985 to Korea 2000 datum shift applies.</source>
        <translation>Legacy Korean definition (Bessel, no datum) recognised: read as %1 so that the Korean 1985 to Korea 2000 datum shift applies.</translation>
    </message>
</context>
<context>
    <name>cw::widgets::AttributeTableDialog</name>
    <message>
        <source>Attribute table — %1</source>
        <translation>Attribute table — %1</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s)</source>
        <translation>
            <numerusform>%n feature</numerusform>
            <numerusform>%n features</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::widgets::CrsPickerDialog</name>
    <message>
        <source>Coordinate reference system</source>
        <translation>Coordinate reference system</translation>
    </message>
    <message>
        <source>EPSG:5186, WKT or PROJ string</source>
        <translation>EPSG:5186, WKT or PROJ string</translation>
    </message>
    <message>
        <source>Common CRSs in Korea:</source>
        <translation>Common CRSs in Korea:</translation>
    </message>
    <message>
        <source>Or enter a definition:</source>
        <translation>Or enter a definition:</translation>
    </message>
    <message>
        <source>Choose a CRS from the list or type one.</source>
        <translation>Choose a CRS from the list or type one.</translation>
    </message>
    <message>
        <source>✔ %1 %2</source>
        <translation>✔ %1 %2</translation>
    </message>
    <message>
        <source>✘ %1</source>
        <translation>✘ %1</translation>
    </message>
</context>
<context>
    <name>cw::widgets::IdentifyResultsPanel</name>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — feature %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — feature %2</translation>
    </message>
    <message>
        <source>No feature under the cursor.</source>
        <translation>No feature under the cursor.</translation>
    </message>
    <message>
        <source>Turn on Identify (Tools menu) and click a feature on the map.</source>
        <translation>Turn on Identify (Tools menu) and click a feature on the map.</translation>
    </message>
</context>
<context>
    <name>cw::widgets::LayerTreeWidget</name>
    <message>
        <source>Stage 1: unit project</source>
        <translation>Stage 1: unit project</translation>
    </message>
    <message>
        <source>Stage 2: integrated pilot</source>
        <translation>Stage 2: integrated pilot</translation>
    </message>
    <message>
        <source>Stage 3: region-wide roll-out</source>
        <translation>Stage 3: region-wide roll-out</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>Stage %1</translation>
    </message>
    <message>
        <source>Base layers</source>
        <translation>Base layers</translation>
    </message>
    <message>
        <source>Years: %1–%2</source>
        <translation>Years: %1–%2</translation>
    </message>
    <message>
        <source>Core task: %1</source>
        <translation>Core task: %1</translation>
    </message>
    <message>
        <source>Lead agency: %1</source>
        <translation>Lead agency: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Layer opacity</source>
        <translation>Layer opacity</translation>
    </message>
    <message>
        <source>Opacity of &quot;%1&quot; (%):</source>
        <translation>Opacity of &quot;%1&quot; (%):</translation>
    </message>
    <message>
        <source>Zoom to project</source>
        <translation>Zoom to project</translation>
    </message>
    <message>
        <source>Zoom to layer</source>
        <translation>Zoom to layer</translation>
    </message>
    <message>
        <source>Opacity…</source>
        <translation>Opacity…</translation>
    </message>
    <message>
        <source>Attribute table</source>
        <translation>Attribute table</translation>
    </message>
    <message>
        <source>Remove layer</source>
        <translation>Remove layer</translation>
    </message>
</context>
<context>
    <name>cw::widgets::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>The language changes the next time CityWeave starts.</source>
        <translation>The language changes the next time CityWeave starts.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
</context>
</TS>

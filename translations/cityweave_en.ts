<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AnalysisDescription</name>
    <message>
        <source>default %1</source>
        <translation>default %1</translation>
    </message>
    <message>
        <source>min %1</source>
        <translation>min %1</translation>
    </message>
    <message>
        <source>max %1</source>
        <translation>max %1</translation>
    </message>
    <message>
        <source>Outputs: %1</source>
        <translation>Outputs: %1</translation>
    </message>
</context>
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
        <source>Unknown command: %1</source>
        <translation>Unknown command: %1</translation>
    </message>
    <message>
        <source>analyses takes no arguments besides --json.</source>
        <translation>analyses takes no arguments besides --json.</translation>
    </message>
    <message>
        <source>Unknown analysis &quot;%1&quot;; &apos;cityweave-cli analyses&apos; lists them.</source>
        <translation>Unknown analysis &quot;%1&quot;; &apos;cityweave-cli analyses&apos; lists them.</translation>
    </message>
    <message>
        <source>analyze needs --analysis ID (or all).</source>
        <translation>analyze needs --analysis ID (or all).</translation>
    </message>
    <message>
        <source>Invalid --param &quot;%1&quot;: use key=value.</source>
        <translation>Invalid --param &quot;%1&quot;: use key=value.</translation>
    </message>
    <message>
        <source>No chosen analysis has a parameter &quot;%1&quot;.</source>
        <translation>No chosen analysis has a parameter &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>analyze needs --out results.gpkg.</source>
        <translation>analyze needs --out results.gpkg.</translation>
    </message>
    <message>
        <source>analyze takes one PROJECT file, or --input options.</source>
        <translation>analyze takes one PROJECT file, or --input options.</translation>
    </message>
    <message>
        <source>Give either a project file or --input options, not both.</source>
        <translation>Give either a project file or --input options, not both.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>Running %1</source>
        <translation>Running %1</translation>
    </message>
    <message>
        <source>%1 finished in %2 ms</source>
        <translation>%1 finished in %2 ms</translation>
    </message>
    <message>
        <source>Wrote %1 analysis result(s) to %2 (reading %3 ms, writing %4 ms).</source>
        <translation>Wrote %1 analysis result(s) to %2 (reading %3 ms, writing %4 ms).</translation>
    </message>
    <message>
        <source>bench overlap needs --n N (a positive number of polygons).</source>
        <translation>bench overlap needs --n N (a positive number of polygons).</translation>
    </message>
    <message>
        <source>bench overlap: 2 x %1 random polygons (%2, %3)</source>
        <translation>bench overlap: 2 x %1 random polygons (%2, %3)</translation>
    </message>
    <message>
        <source>  read both        %1 ms</source>
        <translation>  read both        %1 ms</translation>
    </message>
    <message>
        <source>  index            %1 ms</source>
        <translation>  index            %1 ms</translation>
    </message>
    <message>
        <source>  overlay (areas)  %1 ms: %2 pairs of %3 candidates, %4 via GEOS</source>
        <translation>  overlay (areas)  %1 ms: %2 pairs of %3 candidates, %4 via GEOS</translation>
    </message>
    <message>
        <source>  total area       %1 m²</source>
        <translation>  total area       %1 m²</translation>
    </message>
    <message>
        <source>  table rows       %1 ms</source>
        <translation>  table rows       %1 ms</translation>
    </message>
    <message>
        <source>  write GeoPackage %1 ms (%2 file(s))</source>
        <translation>  write GeoPackage %1 ms (%2 file(s))</translation>
    </message>
    <message>
        <source>  GEOS only        %1 ms: %2 pairs, max area difference %3 m², %4 pairs differ, GEOS failed on %5 (invalid generated polygons)</source>
        <translation>  GEOS only        %1 ms: %2 pairs, max area difference %3 m², %4 pairs differ, GEOS failed on %5 (invalid generated polygons)</translation>
    </message>
    <message>
        <source>bench needs a target: render, overlap.</source>
        <translation>bench needs a target: render, overlap.</translation>
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
  bench overlap --n N [--threads N] [--compare-geos]
      Times read, index, overlay and writing of two layers of N random polygons.
  analyses [--json]
      Lists the spatial integration analyses with their parameters.
  analyze PROJECT --analysis ID|all [--param key=value ...] --out results.gpkg
          [--json summary.json] [--zones FILE [--zone-name FIELD]] [--crs CRS]
  analyze --input &quot;Name=a.gpkg,b.shp&quot; [--input ...] --analysis ID --out ...
      Runs analyses on a project, or on plain files (one project per --input).
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
  bench overlap --n N [--threads N] [--compare-geos]
      Times read, index, overlay and writing of two layers of N random polygons.
  analyses [--json]
      Lists the spatial integration analyses with their parameters.
  analyze PROJECT --analysis ID|all [--param key=value ...] --out results.gpkg
          [--json summary.json] [--zones FILE [--zone-name FIELD]] [--crs CRS]
  analyze --input &quot;Name=a.gpkg,b.shp&quot; [--input ...] --analysis ID --out ...
      Runs analyses on a project, or on plain files (one project per --input).
  build-sample MANIFEST OUT.gpkg
      Builds a project file from a sample manifest (used by the build).

Exit codes: 0 ok, 1 failure, 2 usage error, 3 bad input, 4 cannot write output.
</translation>
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
    <name>ResultLayerBuilder</name>
    <message>
        <source>synergy</source>
        <translation>synergy</translation>
    </message>
    <message>
        <source>duplication</source>
        <translation>duplication</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutral</translation>
    </message>
    <message>
        <source>%1+ projects</source>
        <translation>%1+ projects</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n project</numerusform>
            <numerusform>%n projects</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>cw::desktop::AnalysisController</name>
    <message>
        <source>There is no analysis &quot;%1&quot;.</source>
        <translation>There is no analysis &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Reading the project layers…</source>
        <translation>Reading the project layers…</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>Running %1…</translation>
    </message>
    <message>
        <source>Preparing the result layers…</source>
        <translation>Preparing the result layers…</translation>
    </message>
    <message>
        <source>Saving the results…</source>
        <translation>Saving the results…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>%1 was cancelled.</source>
        <translation>%1 was cancelled.</translation>
    </message>
    <message>
        <source>No result.</source>
        <translation>No result.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
    <message>
        <source>%1 failed.</source>
        <translation>%1 failed.</translation>
    </message>
    <message>
        <source>The results could not be saved: %1</source>
        <translation>The results could not be saved: %1</translation>
    </message>
    <message>
        <source>Results saved to %1</source>
        <translation>Results saved to %1</translation>
    </message>
    <message>
        <source>The project has no file yet: use Save results… to keep these results.</source>
        <translation>The project has no file yet: use Save results… to keep these results.</translation>
    </message>
    <message>
        <source>Save analysis results</source>
        <translation>Save analysis results</translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 and %2</translation>
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
    <message>
        <source>Analysis</source>
        <translation>Analysis</translation>
    </message>
    <message>
        <source>A&amp;nalysis…</source>
        <translation>A&amp;nalysis…</translation>
    </message>
    <message>
        <source>Sector &amp;Rules…</source>
        <translation>Sector &amp;Rules…</translation>
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
    <name>cw::widgets::AnalysisPanel</name>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Run</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Save results…</source>
        <translation>Save results…</translation>
    </message>
    <message>
        <source>Analysis:</source>
        <translation>Analysis:</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <source>No analyses are available.</source>
        <translation>No analyses are available.</translation>
    </message>
    <message>
        <source>The analysis was cancelled.</source>
        <translation>The analysis was cancelled.</translation>
    </message>
    <message>
        <source>Computed at %1 (CRS %2)</source>
        <translation>Computed at %1 (CRS %2)</translation>
    </message>
    <message>
        <source>Added to the map: %1</source>
        <translation>Added to the map: %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Overlap heat map</source>
        <translation>Overlap heat map</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>Finished: %1</translation>
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
    <name>cw::widgets::OverlapMatrixView</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message numerus="yes">
        <source>%n pt(s)</source>
        <translation>
            <numerusform>%n pt</numerusform>
            <numerusform>%n pts</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>%1 ∩ %2</source>
        <translation>%1 ∩ %2</translation>
    </message>
    <message>
        <source>Share of %1 overlapped: %2</source>
        <translation>Share of %1 overlapped: %2</translation>
    </message>
    <message>
        <source>Overlap area: %1 m²</source>
        <translation>Overlap area: %1 m²</translation>
    </message>
    <message>
        <source>Points of %1 inside %2: %3</source>
        <translation>Points of %1 inside %2: %3</translation>
    </message>
    <message>
        <source>Lines of %1 inside %2: %3 m</source>
        <translation>Lines of %1 inside %2: %3 m</translation>
    </message>
</context>
<context>
    <name>cw::widgets::ParameterForm</name>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>This analysis has no parameters.</source>
        <translation>This analysis has no parameters.</translation>
    </message>
</context>
<context>
    <name>cw::widgets::SectorRulesDialog</name>
    <message>
        <source>Sector rules for integration zones</source>
        <translation>Sector rules for integration zones</translation>
    </message>
    <message>
        <source>Name (Korean)</source>
        <translation>Name (Korean)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Name (English)</translation>
    </message>
    <message>
        <source>Sector A</source>
        <translation>Sector A</translation>
    </message>
    <message>
        <source>Task A</source>
        <translation>Task A</translation>
    </message>
    <message>
        <source>Sector B</source>
        <translation>Sector B</translation>
    </message>
    <message>
        <source>Task B</source>
        <translation>Task B</translation>
    </message>
    <message>
        <source>Spatial relation</source>
        <translation>Spatial relation</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Add rule</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>Remove rule</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Restore defaults</translation>
    </message>
    <message>
        <source>When projects of two sectors (and tasks, if given) overlap or lie within the proximity distance, the first matching rule labels their integration zone. Rules naming tasks are tried first.</source>
        <translation>When projects of two sectors (and tasks, if given) overlap or lie within the proximity distance, the first matching rule labels their integration zone. Rules naming tasks are tried first.</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Safety</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energy</translation>
    </message>
    <message>
        <source>Industry and space</source>
        <translation>Industry and space</translation>
    </message>
    <message>
        <source>Overlap or proximity</source>
        <translation>Overlap or proximity</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>Overlap</translation>
    </message>
    <message>
        <source>Proximity</source>
        <translation>Proximity</translation>
    </message>
    <message>
        <source>Synergy</source>
        <translation>Synergy</translation>
    </message>
    <message>
        <source>Duplication</source>
        <translation>Duplication</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>any task</source>
        <translation>any task</translation>
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
<context>
    <name>cw::widgets::ZoneList</name>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Synergy</source>
        <translation>Synergy</translation>
    </message>
    <message>
        <source>Duplication</source>
        <translation>Duplication</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
</context>
</TS>

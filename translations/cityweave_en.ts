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
        <source>bench coverage needs --n N (a positive number of assets).</source>
        <translation>bench coverage needs --n N (a positive number of assets).</translation>
    </message>
    <message>
        <source>--grid must be a size in metres of at least 10.</source>
        <translation>--grid must be a size in metres of at least 10.</translation>
    </message>
    <message>
        <source>--radius must be a distance in metres.</source>
        <translation>--radius must be a distance in metres.</translation>
    </message>
    <message>
        <source>bench coverage: %1 assets (radii: %2) over a %3 m grid of a 605 km² area (%4 cells)</source>
        <translation>bench coverage: %1 assets (radii: %2) over a %3 m grid of a 605 km² area (%4 cells)</translation>
    </message>
    <message>
        <source>all %1 m</source>
        <translation>all %1 m</translation>
    </message>
    <message>
        <source>type defaults</source>
        <translation>type defaults</translation>
    </message>
    <message>
        <source>  generate input     %1 ms</source>
        <translation>  generate input     %1 ms</translation>
    </message>
    <message>
        <source>  coverage per cell  %1 ms (covered share %2)</source>
        <translation>  coverage per cell  %1 ms (covered share %2)</translation>
    </message>
    <message>
        <source>  + gap polygons     %1 ms</source>
        <translation>  + gap polygons     %1 ms</translation>
    </message>
    <message>
        <source>  + 10 new sites     %1 ms</source>
        <translation>  + 10 new sites     %1 ms</translation>
    </message>
    <message>
        <source>  re-rank %1 units   %2 ms</source>
        <translation>  re-rank %1 units   %2 ms</translation>
    </message>
    <message>
        <source>bench report needs --n N (a positive number).</source>
        <translation>bench report needs --n N (a positive number).</translation>
    </message>
    <message>
        <source>bench report takes a PROJECT file or --n N.</source>
        <translation>bench report takes a PROJECT file or --n N.</translation>
    </message>
    <message>
        <source>Report benchmark (%1 run(s), input ready in %2 ms):</source>
        <translation>Report benchmark (%1 run(s), input ready in %2 ms):</translation>
    </message>
    <message>
        <source>  report           %1 ms (median), %2 ms (best)</source>
        <translation>  report           %1 ms (median), %2 ms (best)</translation>
    </message>
    <message>
        <source>  pages            %1</source>
        <translation>  pages            %1</translation>
    </message>
    <message>
        <source>  file size        %1 KiB</source>
        <translation>  file size        %1 KiB</translation>
    </message>
    <message>
        <source>  peak memory      %1 MiB (%2 MiB before writing)</source>
        <translation>  peak memory      %1 MiB (%2 MiB before writing)</translation>
    </message>
    <message>
        <source>check needs one project file.</source>
        <translation>check needs one project file.</translation>
    </message>
    <message numerus="yes">
        <source>Plan validation: %n problem(s)</source>
        <translation>
            <numerusform>Plan validation: %n problem</numerusform>
            <numerusform>Plan validation: %n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sandbox compliance (%n zone(s)):</source>
        <translation>
            <numerusform>Sandbox compliance (%n zone):</numerusform>
            <numerusform>Sandbox compliance (%n zones):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n violation(s)</source>
        <translation>
            <numerusform>%n violation</numerusform>
            <numerusform>%n violations</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Wrote %1</translation>
    </message>
    <message>
        <source>export needs either --tables out.xlsx|out.csv or --gpkg out.gpkg.</source>
        <translation>export needs either --tables out.xlsx|out.csv or --gpkg out.gpkg.</translation>
    </message>
    <message>
        <source>--tables must name a .xlsx or .csv file.</source>
        <translation>--tables must name a .xlsx or .csv file.</translation>
    </message>
    <message>
        <source>export needs a PROJECT file.</source>
        <translation>export needs a PROJECT file.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unexpected argument: %1</translation>
    </message>
    <message>
        <source>No plugins found.</source>
        <translation>No plugins found.</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>State: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>Folder: %1 (%2)</source>
        <translation>Folder: %1 (%2)</translation>
    </message>
    <message>
        <source>Analyses: %1</source>
        <translation>Analyses: %1</translation>
    </message>
    <message>
        <source>Layer sources: %1</source>
        <translation>Layer sources: %1</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>Licence: %1</translation>
    </message>
    <message>
        <source>Name one plugin id.</source>
        <translation>Name one plugin id.</translation>
    </message>
    <message>
        <source>Error: no plugin &quot;%1&quot; was found.</source>
        <translation>Error: no plugin &quot;%1&quot; was found.</translation>
    </message>
    <message>
        <source>Plugin %1 is enabled; it loads at the next start.</source>
        <translation>Plugin %1 is enabled; it loads at the next start.</translation>
    </message>
    <message>
        <source>Plugin %1 is disabled from the next start.</source>
        <translation>Plugin %1 is disabled from the next start.</translation>
    </message>
    <message>
        <source>Name one folder.</source>
        <translation>Name one folder.</translation>
    </message>
    <message>
        <source>Plugins in %1 are trusted; they load at the next start.</source>
        <translation>Plugins in %1 are trusted; they load at the next start.</translation>
    </message>
    <message>
        <source>Plugins in %1 are no longer trusted.</source>
        <translation>Plugins in %1 are no longer trusted.</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>trusted</translation>
    </message>
    <message>
        <source>not trusted</source>
        <translation>not trusted</translation>
    </message>
    <message>
        <source>Unknown plugins folders action: %1</source>
        <translation>Unknown plugins folders action: %1</translation>
    </message>
    <message>
        <source>Added plugin folder %1.</source>
        <translation>Added plugin folder %1.</translation>
    </message>
    <message>
        <source>Removed plugin folder %1.</source>
        <translation>Removed plugin folder %1.</translation>
    </message>
    <message>
        <source>Unknown plugins action: %1</source>
        <translation>Unknown plugins action: %1</translation>
    </message>
    <message>
        <source>projects needs one project file.</source>
        <translation>projects needs one project file.</translation>
    </message>
    <message>
        <source>--year needs a year such as 2024.</source>
        <translation>--year needs a year such as 2024.</translation>
    </message>
    <message>
        <source>--stage needs 1, 2 or 3.</source>
        <translation>--stage needs 1, 2 or 3.</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n project</numerusform>
            <numerusform>%n projects</numerusform>
        </translation>
    </message>
    <message>
        <source>Task: %1</source>
        <translation>Task: %1</translation>
    </message>
    <message>
        <source>Stage: %1 · Years: %2 · Status: %3</source>
        <translation>Stage: %1 · Years: %2 · Status: %3</translation>
    </message>
    <message>
        <source>Lead agency: %1</source>
        <translation>Lead agency: %1</translation>
    </message>
    <message>
        <source>Indicator %1 (%2, %3): target %4, measured %5</source>
        <translation>Indicator %1 (%2, %3): target %4, measured %5</translation>
    </message>
    <message>
        <source>Invalid --format &quot;%1&quot;: use png or svg.</source>
        <translation>Invalid --format &quot;%1&quot;: use png or svg.</translation>
    </message>
    <message>
        <source>Invalid --dpi &quot;%1&quot;: use a number from 24 to 1200.</source>
        <translation>Invalid --dpi &quot;%1&quot;: use a number from 24 to 1200.</translation>
    </message>
    <message>
        <source>Invalid --paper &quot;%1&quot;: use A4 or A3.</source>
        <translation>Invalid --paper &quot;%1&quot;: use A4 or A3.</translation>
    </message>
    <message>
        <source>report needs --out report.pdf.</source>
        <translation>report needs --out report.pdf.</translation>
    </message>
    <message>
        <source>Error: no font with Hangul is installed, so the report cannot be written. Install NanumGothic (fonts-nanum) or Noto Sans CJK KR.</source>
        <translation>Error: no font with Hangul is installed, so the report cannot be written. Install NanumGothic (fonts-nanum) or Noto Sans CJK KR.</translation>
    </message>
    <message>
        <source>report needs a PROJECT file.</source>
        <translation>report needs a PROJECT file.</translation>
    </message>
    <message>
        <source>Writing report</source>
        <translation>Writing report</translation>
    </message>
    <message>
        <source>Wrote %1: %2 pages, %3 KB, in %4 ms.</source>
        <translation>Wrote %1: %2 pages, %3 KB, in %4 ms.</translation>
    </message>
    <message>
        <source>Give either --results or --run-analyses, not both.</source>
        <translation>Give either --results or --run-analyses, not both.</translation>
    </message>
    <message>
        <source>Running analyses</source>
        <translation>Running analyses</translation>
    </message>
    <message>
        <source>Note: no analysis results (no --results, no %1); sections that need them will say so. Use --run-analyses to compute them now.</source>
        <translation>Note: no analysis results (no --results, no %1); sections that need them will say so. Use --run-analyses to compute them now.</translation>
    </message>
    <message>
        <source>Unknown scenario &quot;%1&quot;: the project has no scenarios.</source>
        <translation>Unknown scenario &quot;%1&quot;: the project has no scenarios.</translation>
    </message>
    <message>
        <source>Unknown scenario &quot;%1&quot;. The project has: %2.</source>
        <translation>Unknown scenario &quot;%1&quot;. The project has: %2.</translation>
    </message>
    <message>
        <source>--scenario needs a project file, not --input options.</source>
        <translation>--scenario needs a project file, not --input options.</translation>
    </message>
    <message>
        <source>Invalid --year &quot;%1&quot;: use a year such as 2024.</source>
        <translation>Invalid --year &quot;%1&quot;: use a year such as 2024.</translation>
    </message>
    <message>
        <source>Invalid --stage &quot;%1&quot;: use stages 1 to 3, e.g. 1,3.</source>
        <translation>Invalid --stage &quot;%1&quot;: use stages 1 to 3, e.g. 1,3.</translation>
    </message>
    <message>
        <source>bench needs a target: render, overlap, coverage, report, csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bench csv needs --n N (a positive number of rows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bench csv: %1 rows, %2 MiB CP949 CSV, generated in %3 s: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  GDAL CSV driver, X/Y columns given (streamed, text not decoded): %1 s, %2 features, %3 with a point; process memory grew %4 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  CityWeave LayerReader::read, detection included (%1): %2 s, %3 features, %4 with a position, %5 bad rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    layer in memory ≈ %1 MiB (geometries %2 MiB, attributes %3 MiB); process memory grew %4 MiB while it was loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Ratio CityWeave / GDAL: %1 (target ≤ 1.5); peak memory of the process %2 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (and %1 more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>join needs TABLE --to BOUNDARIES --key COLUMN --to-key COLUMN --out FILE.gpkg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid --convert &quot;%1&quot;: use auto, none, kostat-to-ministry, ministry-to-kostat or legal-dong-10-to-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched %1 of %2 boundaries with %3 table rows (%4 = %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Codes converted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Table codes with no boundary: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Boundaries with no table row: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Codes repeated in the table (first row used): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote layer &quot;%1&quot; to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layers add takes a PROJECT file and one SOURCE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: none of the %1 rows of %2 has a position, so the layer would draw nothing; nothing was added. (A table without positions can be joined to boundaries with &apos;join&apos;.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added layer &quot;%1&quot; (id %2) to %3: %4 features, %5 with a position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layers list takes one PROJECT file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(in the project file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layers needs an action: add PROJECT SOURCE, or list PROJECT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source options (--x, --encoding, ...) apply to layer files, not to a project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chosen with --encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chosen with --crs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Coordinates: X %1, Y %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Geometry: WKT column %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  The degrees were used rather than the TM columns %1 / %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  No positions (--geometry none): read as a plain table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Coordinate values in: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  The column header names &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  No coordinate columns found; columns: %1; choose them with --x COL --y COL or --wkt COL (or --geometry none to read a plain table).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  The coordinates fall in Korea in no Korean coordinate system CityWeave knows; choose theirs with --crs EPSG:CODE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  The coordinates fit several Korean coordinate systems: %1; choose one with --crs, e.g. --crs %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Column names in row %1; %2 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  No header row; %1 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Kept as text (codes): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  List them with --bad-rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Read as: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  In all, %n row(s) were left out (--drop-bad-rows).</source>
        <translation>
            <numerusform>  In all, %n row was left out (--drop-bad-rows).</numerusform>
            <numerusform>  In all, %n rows were left out (--drop-bad-rows).</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--diameter takes MIN-MAX in metres, e.g. 20-120.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--vertices takes MIN-MAX between 3 and 1000, e.g. 4-12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the project file is damaged: %1. It was left out; the rest of the project opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Source options (info, render, layers add, join&apos;s TABLE):
         [--layer|--sheet NAME] [--encoding ENC] [--crs EPSG:N]
         [--x COL --y COL | --wkt COL] [--geometry auto|none|xy|wkt]
         [--header-row N] [--text COL]... [--drop-bad-rows]
      or as one SOURCE argument: &quot;stops.csv|x=경도|y=위도|crs=EPSG:4326&quot;
      (keys layer, sheet, encoding, crs, header-row, geometry, x, y, wkt, text,
      bad-rows=keep|drop).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  info SOURCE [--json] [--bad-rows] [source options]
      Layers, CRS, feature count, extent and fields of any vector source; for a
      table (CSV, TSV, XLSX) also what was detected and why, the rows without a
      position (--bad-rows lists them) and the source text that reads it again.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  render PROJECT|SOURCE... --out map.png|map.svg [--format png|svg]
         [--size WxH] [--dpi N] [--extent xmin,ymin,xmax,ymax] [--crs CRS]
         [--year Y] [--stage N[,N...]] [source options but --crs]
      Draws a project, or plain layer files with default styles, to PNG or SVG;
      --year and --stage draw the plan as it stands in a year, in those stages.
      --crs is the map&apos;s; give a file&apos;s own CRS as &quot;FILE|crs=EPSG:N&quot;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  layers add PROJECT SOURCE [source options] [--name NAME] [--bad-rows]
      Adds a layer to a project file, after reading it (refused, exit code 3,
      when it cannot be read or has no positions).
  layers list PROJECT
      The project&apos;s layers with the source text each is read with.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  join TABLE --to BOUNDARIES --key COL --to-key COL --out joined.gpkg
       [--convert auto|none|kostat-to-ministry|ministry-to-kostat|
       legal-dong-10-to-8] [--out-layer NAME] [--json]
      Joins a table (e.g. statistics per district) to boundaries by code and
      writes the boundaries with the table&apos;s columns; lists what did not match.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  bench render --n N [--size WxH] [--data FILE]
      Times open, index, first draw, zoom and pan on N random polygons
      (--threads N limits the drawing threads; default: all cores).
  bench overlap --n N [--threads N] [--compare-geos]
                [--diameter MIN-MAX] [--vertices MIN-MAX]
      Times read, index, overlay and writing of two layers of N random polygons
      (default 20-400 m, 8-40 vertices; parcels: --diameter 20-120 --vertices 4-12).
  bench csv [--n N] [--keep] [--runs R]
      Reads a generated CP949 bus-stop CSV of N rows with CityWeave (detection
      included) and with GDAL&apos;s CSV driver (columns given); times and memory.
  bench report PROJECT | --n N [--zones Z] [--runs R]
      Times the PDF report of a project (analyses run first, untimed) or of N
      random polygons with Z zone pages; prints pages, size and peak memory.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  analyses [--json]
      Lists the spatial integration analyses with their parameters.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  analyze PROJECT --analysis ID|all [--param key=value ...] --out results.gpkg
          [--json summary.json] [--zones FILE [--zone-name FIELD]] [--crs CRS]
          [--scenario NAME]
  analyze --input &quot;Name=a.gpkg,b.shp&quot; [--input ...] --analysis ID --out ...
      Runs analyses on a project, or on plain files (one project per --input).
      --scenario NAME (on analyze, projects, check, report) uses that plan variant.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  projects PROJECT [--json] [--year Y] [--stage 1|2|3] [--scenario NAME]
      The planning registry: tasks, stages, years, partners, indicators.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  check PROJECT [--json] [--scenario NAME]
      Validates the plan and checks projects against their sandbox zones
      (exit code 5 when anything is found).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  report PROJECT --out report.pdf [--template NAME|FILE.json] [--lang ko|en]
         [--paper A4|A3] [--landscape] [--title T] [--organisation O]
         [--results results.gpkg | --run-analyses] [--save-template NAME]
         [--scenario NAME]
      Writes the PDF report (maps, tables, charts, methods) of a project.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  export PROJECT --tables out.xlsx|out.csv [--table KEY] [--no-bom]
  export PROJECT --gpkg out.gpkg   [--results results.gpkg | --run-analyses]
      Exports analysis tables as a spreadsheet or CSV, or all results as one
      GeoPackage with QGIS styles. CSV is UTF-8 with a byte-order mark for
      Excel unless --no-bom is given.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  build-sample MANIFEST OUT.gpkg
      Builds a project file from a sample manifest (used by the build).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  plugins [--json]
      Lists every plugin found, with its state and, when not loaded, why.
  plugins enable ID | disable ID
      Enables or disables a plugin from the next start.
  plugins trust FOLDER | untrust FOLDER
      Lets the plugins in FOLDER load (or stops them) from the next start.
  plugins folders [add DIR | remove DIR]
      Lists the plugin folders searched; adds or removes a folder.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: cityweave-cli [--lang ko|en] [--version] COMMAND ...
       cityweave-cli COMMAND --help

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Options take their value after a space or an equals sign (--out map.png, --out=map.png).
Exit codes: 0 ok, 1 failure, 2 usage error, 3 bad input, 4 cannot write output,
5 check found problems.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. The commands are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option %1 for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layout needs --out layout.pdf (or .png).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: no font with Hangul is installed, so the layout cannot be written. Install NanumGothic (fonts-nanum) or Noto Sans CJK KR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layout needs a PROJECT file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid --dpi &quot;%1&quot;: use 24 to 1200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (%2 KB) in %3 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  layout PROJECT --out layout.pdf|layout.png [--name NAME] [--lang ko|en]
         [--dpi N]
      Draws a print layout saved in the project (Print Layout in the app),
      or the standard one: map, legend, scale bar, north arrow, title.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publish needs a SOURCE and a TARGET: a project file or a postgresql://user@host:port/database?schema=NAME URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither SOURCE nor TARGET is a database URL: to copy a project file, save it under another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists: give --replace to overwrite it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published %1 projects, %2 sandbox zones and %3 layers to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the plan at %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  publish PROJECT.cwproject.gpkg postgresql://USER@HOST:PORT/DB?schema=NAME
          [--replace]
  publish postgresql://...?schema=NAME COPY.cwproject.gpkg [--replace]
      Publishes a plan to PostgreSQL/PostGIS for several planners to edit, or
      takes a copy of a published plan as a project file. Passwords come from
      ~/.pgpass or PGPASSWORD. Any command taking PROJECT also takes the URL.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(in the plan&apos;s database)</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>The plugin description %1 is not valid: %2</source>
        <translation>The plugin description %1 is not valid: %2</translation>
    </message>
    <message>
        <source>No coordinate columns were found in %1. Its columns are: %2. Choose the X and Y columns (on the command line: --x COLUMN --y COLUMN, or --wkt COLUMN for one column of WKT), or read it as a table without positions (--geometry none) to join it to boundaries by code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coordinates in %1 do not fall in Korea in any Korean coordinate system CityWeave knows. Choose their coordinate system (on the command line: --crs EPSG:CODE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coordinates in %1 fit several Korean coordinate systems: %2. Choose the one the data uses (on the command line: --crs EPSG:CODE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no column &quot;%1&quot; in %2. Its columns are: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a local file. CityWeave opens web addresses, GDAL virtual paths and database connections only when they are allowed: set the environment variable CITYWEAVE_ALLOW_REMOTE_SOURCES=1 if you trust this source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a pipe, a device or a socket), so CityWeave does not read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output %1 is the input %2: writing it would destroy the input. Choose another output file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in use: another program (or another CityWeave) is writing to it. Close it there or wait, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input asks for %2 %1, more than the limit of %3, so the work was stopped. Real data stays far below it: check the file. To raise the limit, set %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The projects have no point assets of a known type (sensors, CCTV, chargers, parking sensors, roadside units) to measure coverage from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no zones to measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The projects have no features to lay a grid over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no candidate areas to rank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every criterion has weight 0 or no data: give at least one criterion a weight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to analyse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>polygons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%2 (given as %1) is a geographic CRS, measured in degrees. Analyses measure areas and distances in metres: choose a projected CRS such as EPSG:5186.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layer %1 must hold %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1=%2 needs the parameter %3 as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no parameter &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%2 (for %1) is neither the id of a layer in the project nor a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a CityWeave results file (it has no table of analysis runs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results have no table &quot;%1&quot;. They have: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no analysis results to export: run the analyses first (in the CLI, give --results FILE or --run-analyses).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be edited in place: CityWeave writes edits back to GeoPackage, GeoJSON and Shapefile layers. Save a copy as a GeoPackage to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a web or database source: its features cannot be edited here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written (no permission to change the file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened for editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database of %1 has no PostGIS extension. Ask its administrator to run CREATE EXTENSION postgis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds a plan. Choose another schema, or publish with --replace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no CityWeave plan (the schema is missing or empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not change %1: your database role may only read this plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not change %1: it belongs to %2, and you are not a member of that role.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Owner: %1</translation>
    </message>
    <message>
        <source>Data date: %1</source>
        <translation>Data date: %1</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>Licence: %1</translation>
    </message>
    <message>
        <source>From plugin %1</source>
        <translation>From plugin %1</translation>
    </message>
    <message>
        <source>From plugin %1 version %2</source>
        <translation>From plugin %1 version %2</translation>
    </message>
    <message>
        <source>Read as a table; positions from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRS of the values: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer ▸ Rows Without Position lists them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParameterText</name>
    <message>
        <source>Zone layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Squares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hexagons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IoT sensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CCTV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EV charger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parking sensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roadside unit (V2X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touching another eligible unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min–max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synergy</source>
        <translation type="unfinished">Synergy</translation>
    </message>
    <message>
        <source>Duplication</source>
        <translation type="unfinished">Duplication</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation type="unfinished">Neutral</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">No</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished">(none)</translation>
    </message>
    <message>
        <source>(automatic)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanningText</name>
    <message>
        <source>%1: an identifier is required.</source>
        <translation>%1: an identifier is required.</translation>
    </message>
    <message>
        <source>%1: a name in Korean or English is required.</source>
        <translation>%1: a name in Korean or English is required.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of the 11 core tasks (T1-T3, S1-S3, E1-E2, I1-I3).</source>
        <translation>%1: &quot;%2&quot; is not one of the 11 core tasks (T1-T3, S1-S3, E1-E2, I1-I3).</translation>
    </message>
    <message>
        <source>%1: task %2 belongs to another sector (%3).</source>
        <translation>%1: task %2 belongs to another sector (%3).</translation>
    </message>
    <message>
        <source>%1: the year %2 is outside %3-%4.</source>
        <translation>%1: the year %2 is outside %3-%4.</translation>
    </message>
    <message>
        <source>%1: the end year %3 comes before the start year %2.</source>
        <translation>%1: the end year %3 comes before the start year %2.</translation>
    </message>
    <message>
        <source>%1: the stage must be 1, 2 or 3, not %2.</source>
        <translation>%1: the stage must be 1, 2 or 3, not %2.</translation>
    </message>
    <message>
        <source>%1: the budget cannot be negative.</source>
        <translation>%1: the budget cannot be negative.</translation>
    </message>
    <message>
        <source>%1: only a stage-3 project has a region-wide roll-out plan.</source>
        <translation>%1: only a stage-3 project has a region-wide roll-out plan.</translation>
    </message>
    <message>
        <source>%1: the roll-out step of %2 lies outside the project&apos;s years.</source>
        <translation>%1: the roll-out step of %2 lies outside the project&apos;s years.</translation>
    </message>
    <message>
        <source>%1: indicator &quot;%2&quot; has no baseline, target or measured value.</source>
        <translation>%1: indicator &quot;%2&quot; has no baseline, target or measured value.</translation>
    </message>
    <message>
        <source>%1: indicator &quot;%2&quot; appears twice for %3.</source>
        <translation>%1: indicator &quot;%2&quot; appears twice for %3.</translation>
    </message>
    <message>
        <source>%1: a sandbox special case runs 1 to %2 years, not %3.</source>
        <translation>%1: a sandbox special case runs 1 to %2 years, not %3.</translation>
    </message>
    <message>
        <source>%1: the single extension may add at most %2 years, not %3.</source>
        <translation>%1: the single extension may add at most %2 years, not %3.</translation>
    </message>
    <message>
        <source>%1: the zone grants no exemption.</source>
        <translation>%1: the zone grants no exemption.</translation>
    </message>
    <message>
        <source>%1: the zone has no area drawn.</source>
        <translation>%1: the zone has no area drawn.</translation>
    </message>
    <message>
        <source>%1: the identifier &quot;%2&quot; is used twice.</source>
        <translation>%1: the identifier &quot;%2&quot; is used twice.</translation>
    </message>
    <message>
        <source>No zone grants the exemption</source>
        <translation>No zone grants the exemption</translation>
    </message>
    <message>
        <source>Outside the granting zones</source>
        <translation>Outside the granting zones</translation>
    </message>
    <message>
        <source>Runs past the zone&apos;s validity</source>
        <translation>Runs past the zone&apos;s validity</translation>
    </message>
    <message>
        <source>Starts before the zone is valid</source>
        <translation>Starts before the zone is valid</translation>
    </message>
    <message>
        <source>Zone cap exceeded</source>
        <translation>Zone cap exceeded</translation>
    </message>
    <message>
        <source>%1 needs &quot;%2&quot;, but no sandbox zone grants it.</source>
        <translation>%1 needs &quot;%2&quot;, but no sandbox zone grants it.</translation>
    </message>
    <message>
        <source>%1: feature %2 of layer %3 lies outside every zone granting &quot;%4&quot; (%5 outside).</source>
        <translation>%1: feature %2 of layer %3 lies outside every zone granting &quot;%4&quot; (%5 outside).</translation>
    </message>
    <message>
        <source>%1 has no end year but zone %2 is valid only until %3.</source>
        <translation>%1 has no end year but zone %2 is valid only until %3.</translation>
    </message>
    <message>
        <source>%1 runs until %2 but zone %3 is valid only until %4.</source>
        <translation>%1 runs until %2 but zone %3 is valid only until %4.</translation>
    </message>
    <message>
        <source>%1 starts in %2, before zone %3 becomes valid in %4.</source>
        <translation>%1 starts in %2, before zone %3 becomes valid in %4.</translation>
    </message>
    <message>
        <source>projects</source>
        <translation>projects</translation>
    </message>
    <message>
        <source>features</source>
        <translation>features</translation>
    </message>
    <message>
        <source>m² of area</source>
        <translation>m² of area</translation>
    </message>
    <message>
        <source>m of length</source>
        <translation>m of length</translation>
    </message>
    <message>
        <source>Zone %1 holds %2 %3 under its exemptions; its cap is %4.</source>
        <translation>Zone %1 holds %2 %3 under its exemptions; its cap is %4.</translation>
    </message>
    <message>
        <source>1 unit project</source>
        <translation>1 unit project</translation>
    </message>
    <message>
        <source>2 integrated pilot (living lab)</source>
        <translation>2 integrated pilot (living lab)</translation>
    </message>
    <message>
        <source>3 region-wide roll-out</source>
        <translation>3 region-wide roll-out</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completed</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>suspended</translation>
    </message>
    <message>
        <source>new industry</source>
        <translation>new industry</translation>
    </message>
    <message>
        <source>green energy</source>
        <translation>green energy</translation>
    </message>
    <message>
        <source>urban regeneration</source>
        <translation>urban regeneration</translation>
    </message>
    <message>
        <source>company</source>
        <translation>company</translation>
    </message>
    <message>
        <source>school or research institute</source>
        <translation>school or research institute</translation>
    </message>
    <message>
        <source>citizen group</source>
        <translation>citizen group</translation>
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
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished">Sector</translation>
    </message>
    <message>
        <source>Core task</source>
        <translation type="unfinished">Core task</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation type="unfinished">Lead agency</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished">Stage</translation>
    </message>
    <message>
        <source>Start year</source>
        <translation type="unfinished">Start year</translation>
    </message>
    <message>
        <source>End year</source>
        <translation type="unfinished">End year</translation>
    </message>
    <message>
        <source>Strategic axis</source>
        <translation type="unfinished">Strategic axis</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished">Partners</translation>
    </message>
    <message>
        <source>Budget (KRW)</source>
        <translation type="unfinished">Budget (KRW)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation type="unfinished">Provenance</translation>
    </message>
    <message>
        <source>Required exemptions</source>
        <translation type="unfinished">Required exemptions</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished">Indicators</translation>
    </message>
    <message>
        <source>Roll-out order</source>
        <translation type="unfinished">Roll-out order</translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">Area</translation>
    </message>
    <message>
        <source>Boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemptions</source>
        <translation type="unfinished">Exemptions</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation type="unfinished">Validity</translation>
    </message>
    <message>
        <source>Years valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension (years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caps</source>
        <translation type="unfinished">Caps</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Notes</translation>
    </message>
    <message>
        <source>Style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visible</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PluginText</name>
    <message>
        <source>Its description (cityweave-plugin.json) is not valid.</source>
        <translation>Its description (cityweave-plugin.json) is not valid.</translation>
    </message>
    <message>
        <source>A plugin with the same id is already installed in %1.</source>
        <translation>A plugin with the same id is already installed in %1.</translation>
    </message>
    <message>
        <source>It was made for plugin SDK %1; this CityWeave provides SDK %2.</source>
        <translation>It was made for plugin SDK %1; this CityWeave provides SDK %2.</translation>
    </message>
    <message>
        <source>It needs the plugin &quot;%1&quot;, which is not installed.</source>
        <translation>It needs the plugin &quot;%1&quot;, which is not installed.</translation>
    </message>
    <message>
        <source>It needs the plugin &quot;%1&quot; version %2 or later, which is not installed.</source>
        <translation>It needs the plugin &quot;%1&quot; version %2 or later, which is not installed.</translation>
    </message>
    <message>
        <source>Its dependencies form a cycle (%1).</source>
        <translation>Its dependencies form a cycle (%1).</translation>
    </message>
    <message>
        <source>It needs the plugin &quot;%1&quot;, which was not loaded.</source>
        <translation>It needs the plugin &quot;%1&quot;, which was not loaded.</translation>
    </message>
    <message>
        <source>Its library %1 is missing.</source>
        <translation>Its library %1 is missing.</translation>
    </message>
    <message>
        <source>Its library %1 could not be loaded.</source>
        <translation>Its library %1 could not be loaded.</translation>
    </message>
    <message>
        <source>Its library %1 is not a CityWeave plugin (no entry point).</source>
        <translation>Its library %1 is not a CityWeave plugin (no entry point).</translation>
    </message>
    <message>
        <source>It failed while starting; nothing it offered was added.</source>
        <translation>It failed while starting; nothing it offered was added.</translation>
    </message>
    <message>
        <source>It offers &quot;%1&quot;, which another plugin or CityWeave itself already provides.</source>
        <translation>It offers &quot;%1&quot;, which another plugin or CityWeave itself already provides.</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>Loaded</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Not trusted</source>
        <translation>Not trusted</translation>
    </message>
    <message>
        <source>Disabled after a crash</source>
        <translation>Disabled after a crash</translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation>Not loaded</translation>
    </message>
    <message>
        <source>Installed with CityWeave</source>
        <translation>Installed with CityWeave</translation>
    </message>
    <message>
        <source>Your plugin folder</source>
        <translation>Your plugin folder</translation>
    </message>
    <message>
        <source>Folder from the settings</source>
        <translation>Folder from the settings</translation>
    </message>
    <message>
        <source>You disabled it.</source>
        <translation>You disabled it.</translation>
    </message>
    <message>
        <source>Its folder is not trusted yet; trust the folder to load it.</source>
        <translation>Its folder is not trusted yet; trust the folder to load it.</translation>
    </message>
    <message>
        <source>CityWeave stopped while starting it last time, so it was disabled. Enable it again only if an update fixed it.</source>
        <translation>CityWeave stopped while starting it last time, so it was disabled. Enable it again only if an update fixed it.</translation>
    </message>
    <message>
        <source>CityWeave stopped while loading the plugin(s) %1 last time; they are disabled now.</source>
        <translation>CityWeave stopped while loading the plugin(s) %1 last time; they are disabled now.</translation>
    </message>
</context>
<context>
    <name>Report</name>
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
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>No section is selected.</source>
        <translation>No section is selected.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Projects per sector</source>
        <translation>Projects per sector</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>Stage %1</translation>
    </message>
    <message>
        <source>Projects per stage</source>
        <translation>Projects per stage</translation>
    </message>
    <message>
        <source>Overlap area per pair (ha)</source>
        <translation>Overlap area per pair (ha)</translation>
    </message>
    <message>
        <source>Spatial integration report</source>
        <translation>Spatial integration report</translation>
    </message>
    <message>
        <source>none (no analysis results)</source>
        <translation>none (no analysis results)</translation>
    </message>
    <message>
        <source>computed while writing this report</source>
        <translation>computed while writing this report</translation>
    </message>
    <message>
        <source>the latest runs in the open session</source>
        <translation>the latest runs in the open session</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Project file</source>
        <translation>Project file</translation>
    </message>
    <message>
        <source>Map CRS</source>
        <translation>Map CRS</translation>
    </message>
    <message>
        <source>Analysis CRS</source>
        <translation>Analysis CRS</translation>
    </message>
    <message>
        <source>Analysis results</source>
        <translation>Analysis results</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>Data sources</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Layer</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>inside the project file</source>
        <translation>inside the project file</translation>
    </message>
    <message>
        <source>plugin %1 %2</source>
        <translation>plugin %1 %2</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Methods</translation>
    </message>
    <message>
        <source>No analysis has been run for this report, so no figures in it come from an analysis.</source>
        <translation>No analysis has been run for this report, so no figures in it come from an analysis.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analysis</translation>
    </message>
    <message>
        <source>Run at (UTC)</source>
        <translation>Run at (UTC)</translation>
    </message>
    <message>
        <source>CRS</source>
        <translation>CRS</translation>
    </message>
    <message>
        <source>Overlap area between the footprints of each pair of projects, in hectares. Darker cells overlap more; the numbers in the header refer to the rows.</source>
        <translation>Overlap area between the footprints of each pair of projects, in hectares. Darker cells overlap more; the numbers in the header refer to the rows.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Overlapping pairs</source>
        <translation>Overlapping pairs</translation>
    </message>
    <message>
        <source>Project A</source>
        <translation>Project A</translation>
    </message>
    <message>
        <source>Project B</source>
        <translation>Project B</translation>
    </message>
    <message>
        <source>Overlap (ha)</source>
        <translation>Overlap (ha)</translation>
    </message>
    <message>
        <source>Share of A</source>
        <translation>Share of A</translation>
    </message>
    <message>
        <source>Share of B</source>
        <translation>Share of B</translation>
    </message>
    <message>
        <source>No two projects overlap in area.</source>
        <translation>No two projects overlap in area.</translation>
    </message>
    <message>
        <source>Overview map</source>
        <translation>Overview map</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legend</translation>
    </message>
    <message>
        <source>Project registry</source>
        <translation>Project registry</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation>Lead agency</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Years</translation>
    </message>
    <message>
        <source>%1 of %2 zones hold at least one project.</source>
        <translation>%1 of %2 zones hold at least one project.</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Area (ha)</source>
        <translation>Area (ha)</translation>
    </message>
    <message>
        <source>Project ids</source>
        <translation>Project ids</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Covered</translation>
    </message>
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
        <source>Zone %1: %2</source>
        <translation>Zone %1: %2</translation>
    </message>
    <message>
        <source>Score %1 · %2 projects · area %3 ha</source>
        <translation>Score %1 · %2 projects · area %3 ha</translation>
    </message>
    <message>
        <source>Member project</source>
        <translation>Member project</translation>
    </message>
    <message>
        <source>Rule fired</source>
        <translation>Rule fired</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>No sector rule matched this zone.</source>
        <translation>No sector rule matched this zone.</translation>
    </message>
    <message>
        <source>%1 integration zones were found; the %2 with the highest scores follow, one page each.</source>
        <translation>%1 integration zones were found; the %2 with the highest scores follow, one page each.</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Registry</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Budget (KRW)</source>
        <translation>Budget (KRW)</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Measured</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>No project states indicators.</source>
        <translation>No project states indicators.</translation>
    </message>
    <message>
        <source>Sandbox compliance</source>
        <translation>Sandbox compliance</translation>
    </message>
    <message>
        <source>The plan has no sandbox zones.</source>
        <translation>The plan has no sandbox zones.</translation>
    </message>
    <message>
        <source>The compliance check failed: %1</source>
        <translation>The compliance check failed: %1</translation>
    </message>
    <message>
        <source>%1 sandbox zones; %2 violations; %3 problems in the plan.</source>
        <translation>%1 sandbox zones; %2 violations; %3 problems in the plan.</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planning</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>Scenario: %1</translation>
    </message>
    <message>
        <source>The %1 largest of %2 overlapping pairs; every pair is in the results&apos; overlap_matrix table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results name %1 projects, too many for a matrix on a page: the overlapping pairs follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in this report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sections of these analyses are left out because they have not been run: %1. Run them in the Analysis panel, or export the report with the analyses run (cityweave-cli report --run-analyses).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulatory sandbox zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished">Figure</translation>
    </message>
    <message>
        <source>The first %1 of %2 rows and %3 of %4 columns; the spreadsheet export has them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">Area</translation>
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
    <message>
        <source>score %1–%2</source>
        <translation>score %1–%2</translation>
    </message>
    <message>
        <source>not ranked</source>
        <translation>not ranked</translation>
    </message>
    <message>
        <source>covered %1–%2 %</source>
        <translation>covered %1–%2 %</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>no data</translation>
    </message>
</context>
<context>
    <name>ResultValueText</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished">Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">No</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>Export tables</source>
        <translation>Export tables</translation>
    </message>
    <message>
        <source>There are no analysis results yet. Run an analysis in the Analysis panel first.</source>
        <translation>There are no analysis results yet. Run an analysis in the Analysis panel first.</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
</context>
<context>
    <name>TableReadText</name>
    <message>
        <source>Coordinate empty or not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At (0,0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same value in X and Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude and longitude swapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degrees among metre coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside Korea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geometry text does not parse</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with an empty or non-numeric coordinate</source>
        <translation>
            <numerusform>%n row with an empty or non-numeric coordinate</numerusform>
            <numerusform>%n rows with an empty or non-numeric coordinate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) at (0,0)</source>
        <translation>
            <numerusform>%n row at (0,0)</numerusform>
            <numerusform>%n rows at (0,0)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with the same value in X and Y</source>
        <translation>
            <numerusform>%n row with the same value in X and Y</numerusform>
            <numerusform>%n rows with the same value in X and Y</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with latitude and longitude swapped</source>
        <translation>
            <numerusform>%n row with latitude and longitude swapped</numerusform>
            <numerusform>%n rows with latitude and longitude swapped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in degrees among metre coordinates</source>
        <translation>
            <numerusform>%n row in degrees among metre coordinates</numerusform>
            <numerusform>%n rows in degrees among metre coordinates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) outside Korea</source>
        <translation>
            <numerusform>%n row outside Korea</numerusform>
            <numerusform>%n rows outside Korea</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) whose geometry text does not parse</source>
        <translation>
            <numerusform>%n row whose geometry text does not parse</numerusform>
            <numerusform>%n rows whose geometry text does not parse</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept without a position (not drawn): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out of the layer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the byte-order mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recognised from the bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain ASCII, read as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>defined by the format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recognised from the column names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recognised from the values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the values are longitudes and latitudes in Korea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the values are degrees with the latitude in the X column: X and Y were swapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the only Korean grid that puts the points in Korea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>named in the column header (&quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of the Korean grids that fit, the only one that puts the points in the capital region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given in the geometry text (SRID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>columns %1 (X) and %2 (Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geometry text in column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no positions (a plain table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with an empty or non-numeric coordinate were left out</source>
        <translation>
            <numerusform>%n row with an empty or non-numeric coordinate was left out</numerusform>
            <numerusform>%n rows with an empty or non-numeric coordinate were left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with an empty or non-numeric coordinate have no position</source>
        <translation>
            <numerusform>%n row with an empty or non-numeric coordinate has no position</numerusform>
            <numerusform>%n rows with an empty or non-numeric coordinate have no position</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) at (0,0) were left out</source>
        <translation>
            <numerusform>%n row at (0,0) was left out</numerusform>
            <numerusform>%n rows at (0,0) were left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) at (0,0) have no position</source>
        <translation>
            <numerusform>%n row at (0,0) has no position</numerusform>
            <numerusform>%n rows at (0,0) have no position</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with the same value in X and Y were left out</source>
        <translation>
            <numerusform>%n row with the same value in X and Y was left out</numerusform>
            <numerusform>%n rows with the same value in X and Y were left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with the same value in X and Y have no position</source>
        <translation>
            <numerusform>%n row with the same value in X and Y has no position</numerusform>
            <numerusform>%n rows with the same value in X and Y have no position</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with latitude and longitude swapped were left out</source>
        <translation>
            <numerusform>%n row with latitude and longitude swapped was left out</numerusform>
            <numerusform>%n rows with latitude and longitude swapped were left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with latitude and longitude swapped have no position</source>
        <translation>
            <numerusform>%n row with latitude and longitude swapped has no position</numerusform>
            <numerusform>%n rows with latitude and longitude swapped have no position</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in degrees among metre coordinates were left out</source>
        <translation>
            <numerusform>%n row in degrees among metre coordinates was left out</numerusform>
            <numerusform>%n rows in degrees among metre coordinates were left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in degrees among metre coordinates have no position</source>
        <translation>
            <numerusform>%n row in degrees among metre coordinates has no position</numerusform>
            <numerusform>%n rows in degrees among metre coordinates have no position</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) outside Korea were left out</source>
        <translation>
            <numerusform>%n row outside Korea was left out</numerusform>
            <numerusform>%n rows outside Korea were left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) outside Korea have no position</source>
        <translation>
            <numerusform>%n row outside Korea has no position</numerusform>
            <numerusform>%n rows outside Korea have no position</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) whose geometry text does not parse were left out</source>
        <translation>
            <numerusform>%n row whose geometry text does not parse was left out</numerusform>
            <numerusform>%n rows whose geometry text does not parse were left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) whose geometry text does not parse have no position</source>
        <translation>
            <numerusform>%n row whose geometry text does not parse has no position</numerusform>
            <numerusform>%n rows whose geometry text does not parse have no position</numerusform>
        </translation>
    </message>
    <message>
        <source>the only one of the Korean grids that fit, %1, that puts the points in the capital region</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WarningText</name>
    <message>
        <source>No zone layer was chosen: a %1 m grid over the boundary was used instead of districts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No zone layer was chosen: a %1 m grid over the bounding box was used instead of districts, so cells outside the city count too. Choose a gu or dong layer as the zone layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No zone layer was chosen: grid cells over the projects were ranked instead of districts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 invalid geometries were repaired (GEOS MakeValid).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 polygon(s) retrace their own outline (mostly repeated vertices) and count nowhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 feature(s) lie far from the rest (one reaches %2): check for misplaced vertices such as (0,0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of its points could not be transformed from %2 to %3 and count nowhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 assets are farther than the snap distance from every road and serve nothing along the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its asset type was not recognised (set the type keywords or the type field).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% of its footprint is in no zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 point assets lie outside every zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analysis CRS is geographic: areas and lengths are in degrees, not metres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The criterion &quot;%1&quot; was left out: its layer or field is not chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No integration zones were found: the integration score is 0 everywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No point assets of a known type: the coverage-gaps criterion was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 feature pairs could not be intersected and were left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 point or line layers were left out of the surface (the point and line buffer is 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 boundary pieces did not close into rings; their slivers were left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer %1: %2</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Results of earlier runs, saved with the project in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::desktop::ComplianceController</name>
    <message>
        <source>Check Sandbox &amp;Compliance</source>
        <translation>Check Sandbox &amp;Compliance</translation>
    </message>
    <message>
        <source>Sandbox compliance</source>
        <translation>Sandbox compliance</translation>
    </message>
    <message>
        <source>List the projects and features that break the rules of their sandbox zones</source>
        <translation>List the projects and features that break the rules of their sandbox zones</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Not checked yet.</translation>
    </message>
    <message>
        <source>Validating the plan…</source>
        <translation>Validating the plan…</translation>
    </message>
    <message>
        <source>Reading the project layers…</source>
        <translation>Reading the project layers…</translation>
    </message>
    <message>
        <source>Checking the sandbox zones…</source>
        <translation>Checking the sandbox zones…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>The check was cancelled.</translation>
    </message>
    <message>
        <source>The check was cancelled: the list shows the previous check.</source>
        <translation>The check was cancelled: the list shows the previous check.</translation>
    </message>
    <message>
        <source>The check failed: %1</source>
        <translation>The check failed: %1</translation>
    </message>
    <message>
        <source>The project has not been saved yet: the plan was validated, but the sandbox compliance check reads the projects&apos; layers from the project file. Save the project to check it.</source>
        <translation>The project has not been saved yet: the plan was validated, but the sandbox compliance check reads the projects&apos; layers from the project file. Save the project to check it.</translation>
    </message>
    <message>
        <source>plan valid</source>
        <translation>plan valid</translation>
    </message>
    <message numerus="yes">
        <source>%n plan problem(s)</source>
        <translation>
            <numerusform>%n plan problem</numerusform>
            <numerusform>%n plan problems</numerusform>
        </translation>
    </message>
    <message>
        <source>Compliance not checked; %1</source>
        <translation>Compliance not checked; %1</translation>
    </message>
    <message numerus="yes">
        <source>No violations in %n zone(s)</source>
        <translation>
            <numerusform>No violations in %n zone</numerusform>
            <numerusform>No violations in %n zones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n violation(s)</source>
        <translation>
            <numerusform>%n violation</numerusform>
            <numerusform>%n violations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n zone(s)</source>
        <translation>
            <numerusform>%1 in %n zone</numerusform>
            <numerusform>%1 in %n zones</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
</context>
<context>
    <name>cw::desktop::ConflictDialog</name>
    <message>
        <source>Another planner changed the same fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished">Field</translation>
    </message>
    <message>
        <source>When you opened it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs (saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your other changes were saved. For each field below, choose whose value to keep, then save again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::desktop::DatabasePlanLink</name>
    <message>
        <source>The database does not announce changes (LISTEN failed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::desktop::FeatureEditController</name>
    <message>
        <source>Editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the features of the layer chosen in the layer list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Attributes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Layer Edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The edits were written to the layer&apos;s file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the layer to edit in the layer list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This layer cannot be edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new feature lies outside the layer&apos;s CRS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n feature(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n feature(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Edit attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Vertices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move vertex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No vertex or segment of the edited layer there: press on a vertex and drag to move it, or on a segment to add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No vertex of the edited layer there: click on a vertex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a vertex of the edited layer to move it, or drag from a segment to add a vertex there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Vertices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a vertex of the edited layer to delete it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add vertex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line keeps two vertices and a polygon three: delete the feature instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete vertex</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::desktop::FeatureEditing</name>
    <message>
        <source>The edits of &quot;%1&quot; could not be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::desktop::IndicatorDashboardController</name>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>By project</source>
        <translation>By project</translation>
    </message>
    <message>
        <source>Roll-up</source>
        <translation>Roll-up</translation>
    </message>
    <message>
        <source>&amp;Indicators</source>
        <translation>&amp;Indicators</translation>
    </message>
    <message>
        <source>Show the indicator dashboard: each project&apos;s figures and their roll-up by zone or district</source>
        <translation>Show the indicator dashboard: each project&apos;s figures and their roll-up by zone or district</translation>
    </message>
    <message>
        <source>Sandbox zones of the plan</source>
        <translation>Sandbox zones of the plan</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>The plan has no sandbox zone with an area. Draw one, or choose a layer of areas such as districts.</source>
        <translation>The plan has no sandbox zone with an area. Draw one, or choose a layer of areas such as districts.</translation>
    </message>
    <message>
        <source>The layer of areas is not loaded.</source>
        <translation>The layer of areas is not loaded.</translation>
    </message>
    <message>
        <source>Rolling up the indicators…</source>
        <translation>Rolling up the indicators…</translation>
    </message>
    <message>
        <source>The roll-up was cancelled.</source>
        <translation>The roll-up was cancelled.</translation>
    </message>
    <message>
        <source>The roll-up failed: %1</source>
        <translation>The roll-up failed: %1</translation>
    </message>
</context>
<context>
    <name>cw::desktop::Locator</name>
    <message>
        <source>Search layers, projects, zones, places…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a layer, a project, a sandbox zone or a feature by any text field (a gu or dong name, a station, a code) and go to it (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox zone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Add Layers from &amp;Plugin…</source>
        <translation>Add Layers from &amp;Plugin…</translation>
    </message>
    <message>
        <source>&amp;Plugins</source>
        <translation>&amp;Plugins</translation>
    </message>
    <message>
        <source>&amp;Manage Plugins…</source>
        <translation>&amp;Manage Plugins…</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Autosave failed: %1</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>P&amp;lan</source>
        <translation>P&amp;lan</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Panels</translation>
    </message>
    <message>
        <source>La&amp;yer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows Without &amp;Position…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row of &quot;%1&quot; has a position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation type="unfinished"></translation>
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
    <name>cw::desktop::MapToolsController</name>
    <message>
        <source>Map tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to a Box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom Full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identify Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select Features (Shift adds, Ctrl toggles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deselect All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure Distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) selected.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::desktop::OpenDatabaseDialog</name>
    <message>
        <source>Open plan from database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one schema per plan, e.g. magok_2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schema:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is taken from ~/.pgpass (pgpass.conf on Windows), PGPASSWORD or a PostgreSQL service file; CityWeave never stores it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::desktop::PluginController</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Plugins disabled after a crash</source>
        <translation>Plugins disabled after a crash</translation>
    </message>
    <message>
        <source>You can enable them again in Plugins &gt; Manage Plugins.</source>
        <translation>You can enable them again in Plugins &gt; Manage Plugins.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Trust this plugin folder?</source>
        <translation>Trust this plugin folder?</translation>
    </message>
    <message numerus="yes">
        <source>CityWeave found %n plugin(s) in a folder you have not trusted yet:</source>
        <translation>
            <numerusform>CityWeave found %n plugin in a folder you have not trusted yet:</numerusform>
            <numerusform>CityWeave found %n plugins in a folder you have not trusted yet:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1

Folder: %2

A plugin runs with your permissions. Trust the folder only if you know where its plugins come from.</source>
        <translation>%1

Folder: %2

A plugin runs with your permissions. Trust the folder only if you know where its plugins come from.</translation>
    </message>
    <message>
        <source>Trust and Load</source>
        <translation>Trust and Load</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>Not Now</translation>
    </message>
    <message>
        <source>Cannot save the plugin settings</source>
        <translation>Cannot save the plugin settings</translation>
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
    <message>
        <source>This project is not a plan in a database.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>an untitled project</source>
        <translation>an untitled project</translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation>Recover unsaved changes</translation>
    </message>
    <message>
        <source>CityWeave closed unexpectedly while %1 had unsaved changes. A copy was saved automatically at %2.

Recover these changes? If you discard them, the copy is deleted.</source>
        <translation>CityWeave closed unexpectedly while %1 had unsaved changes. A copy was saved automatically at %2.

Recover these changes? If you discard them, the copy is deleted.</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Recover</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>Cannot recover changes</source>
        <translation>Cannot recover changes</translation>
    </message>
    <message>
        <source>The autosaved copy could not be read; the project opens as it was last saved.

%1</source>
        <translation>The autosaved copy could not be read; the project opens as it was last saved.

%1</translation>
    </message>
    <message>
        <source>&amp;Join Table to Boundaries by Code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project partly damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts of &quot;%1&quot; are damaged and were left out; the rest of the project opened. Saving will not bring them back.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open from &amp;Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was deleted by another planner; your changes to it were not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by another planner since you opened it, so it was not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some changes were not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::desktop::RegistryController</name>
    <message>
        <source>Project registry</source>
        <translation>Project registry</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;New Project…</translation>
    </message>
    <message>
        <source>&amp;Edit Project…</source>
        <translation>&amp;Edit Project…</translation>
    </message>
    <message>
        <source>D&amp;uplicate Project</source>
        <translation>D&amp;uplicate Project</translation>
    </message>
    <message>
        <source>&amp;Delete Project…</source>
        <translation>&amp;Delete Project…</translation>
    </message>
    <message>
        <source>&amp;Zoom to Project</source>
        <translation>&amp;Zoom to Project</translation>
    </message>
    <message>
        <source>Add a project to the plan</source>
        <translation>Add a project to the plan</translation>
    </message>
    <message>
        <source>Edit the selected project (or double-click its row)</source>
        <translation>Edit the selected project (or double-click its row)</translation>
    </message>
    <message>
        <source>Project &amp;Registry</source>
        <translation>Project &amp;Registry</translation>
    </message>
    <message>
        <source>Hidden by the timeline: stage %1 is not shown.</source>
        <translation>Hidden by the timeline: stage %1 is not shown.</translation>
    </message>
    <message>
        <source>an unknown year</source>
        <translation>an unknown year</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>open-ended</translation>
    </message>
    <message>
        <source>Hidden by the timeline: the project runs %1–%2, not in %3.</source>
        <translation>Hidden by the timeline: the project runs %1–%2, not in %3.</translation>
    </message>
    <message>
        <source>New project “%1”</source>
        <translation>New project “%1”</translation>
    </message>
    <message>
        <source>Edit project</source>
        <translation>Edit project</translation>
    </message>
    <message>
        <source>The project “%1” is no longer in the plan; the changes were not applied.</source>
        <translation>The project “%1” is no longer in the plan; the changes were not applied.</translation>
    </message>
    <message>
        <source>Edit project “%1”</source>
        <translation>Edit project “%1”</translation>
    </message>
    <message>
        <source>Duplicate project “%1”</source>
        <translation>Duplicate project “%1”</translation>
    </message>
    <message>
        <source>Delete project “%1”</source>
        <translation>Delete project “%1”</translation>
    </message>
    <message>
        <source>Delete project</source>
        <translation>Delete project</translation>
    </message>
    <message>
        <source>Delete the project “%1” from the plan? Its layers stay in the project. You can undo this.</source>
        <translation>Delete the project “%1” from the plan? Its layers stay in the project. You can undo this.</translation>
    </message>
    <message>
        <source>The project has no loaded layers to zoom to.</source>
        <translation>The project has no loaded layers to zoom to.</translation>
    </message>
</context>
<context>
    <name>cw::desktop::ReportActions</name>
    <message>
        <source>Export &amp;Report…</source>
        <translation>Export &amp;Report…</translation>
    </message>
    <message>
        <source>Export &amp;Map Image…</source>
        <translation>Export &amp;Map Image…</translation>
    </message>
    <message>
        <source>Export &amp;Tables…</source>
        <translation>Export &amp;Tables…</translation>
    </message>
    <message>
        <source>&amp;Print Layout…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::desktop::ScenarioController</name>
    <message>
        <source>Scenarios</source>
        <translation>Scenarios</translation>
    </message>
    <message>
        <source>New Scenario from Current Plan…</source>
        <translation>New Scenario from Current Plan…</translation>
    </message>
    <message>
        <source>Copy Scenario…</source>
        <translation>Copy Scenario…</translation>
    </message>
    <message>
        <source>Rename Scenario…</source>
        <translation>Rename Scenario…</translation>
    </message>
    <message>
        <source>Delete Scenario</source>
        <translation>Delete Scenario</translation>
    </message>
    <message>
        <source>Switch to Scenario</source>
        <translation>Switch to Scenario</translation>
    </message>
    <message>
        <source>Compare Scenarios…</source>
        <translation>Compare Scenarios…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Switch</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>New scenario %1</source>
        <translation>New scenario %1</translation>
    </message>
    <message>
        <source>Copy scenario as %1</source>
        <translation>Copy scenario as %1</translation>
    </message>
    <message>
        <source>Rename scenario to %1</source>
        <translation>Rename scenario to %1</translation>
    </message>
    <message>
        <source>Delete scenario %1</source>
        <translation>Delete scenario %1</translation>
    </message>
    <message>
        <source>Switch to scenario %1</source>
        <translation>Switch to scenario %1</translation>
    </message>
    <message>
        <source>New Scenario</source>
        <translation>New Scenario</translation>
    </message>
    <message>
        <source>Name of the new scenario:</source>
        <translation>Name of the new scenario:</translation>
    </message>
    <message>
        <source>Copy Scenario</source>
        <translation>Copy Scenario</translation>
    </message>
    <message>
        <source>Name of the copy:</source>
        <translation>Name of the copy:</translation>
    </message>
    <message>
        <source>Rename Scenario</source>
        <translation>Rename Scenario</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>New name:</translation>
    </message>
    <message>
        <source>Delete the selected scenario? You can undo this.</source>
        <translation>Delete the selected scenario? You can undo this.</translation>
    </message>
</context>
<context>
    <name>cw::desktop::TimelineController</name>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Timeline</translation>
    </message>
    <message>
        <source>Not in the plan in %1</source>
        <translation>Not in the plan in %1</translation>
    </message>
    <message>
        <source>Stage %1 is filtered out</source>
        <translation>Stage %1 is filtered out</translation>
    </message>
    <message>
        <source>Stage-3 roll-out by %1: %2</source>
        <translation>Stage-3 roll-out by %1: %2</translation>
    </message>
</context>
<context>
    <name>cw::desktop::ZoneEditController</name>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>&amp;Draw Zone</source>
        <translation>&amp;Draw Zone</translation>
    </message>
    <message>
        <source>Draw a sandbox zone: click the vertices, double-click or Enter to finish, Backspace removes the last vertex, Esc cancels</source>
        <translation>Draw a sandbox zone: click the vertices, double-click or Enter to finish, Backspace removes the last vertex, Esc cancels</translation>
    </message>
    <message>
        <source>&amp;Edit Vertices</source>
        <translation>&amp;Edit Vertices</translation>
    </message>
    <message>
        <source>Drag a vertex to move it, drag an edge midpoint to add one, right-click or Delete removes one</source>
        <translation>Drag a vertex to move it, drag an edge midpoint to add one, right-click or Delete removes one</translation>
    </message>
    <message>
        <source>Zone &amp;Properties…</source>
        <translation>Zone &amp;Properties…</translation>
    </message>
    <message>
        <source>&amp;Split Zone</source>
        <translation>&amp;Split Zone</translation>
    </message>
    <message>
        <source>Draw a line across the selected zone to cut it in pieces</source>
        <translation>Draw a line across the selected zone to cut it in pieces</translation>
    </message>
    <message>
        <source>&amp;Merge Zones</source>
        <translation>&amp;Merge Zones</translation>
    </message>
    <message>
        <source>De&amp;lete Zone</source>
        <translation>De&amp;lete Zone</translation>
    </message>
    <message>
        <source>Sandbox zones</source>
        <translation>Sandbox zones</translation>
    </message>
    <message>
        <source>Sandbox &amp;Zones</source>
        <translation>Sandbox &amp;Zones</translation>
    </message>
    <message>
        <source>The zone could not be converted to EPSG:%1: a vertex lies outside its area of use.</source>
        <translation>The zone could not be converted to EPSG:%1: a vertex lies outside its area of use.</translation>
    </message>
    <message>
        <source>Select the one zone to split first.</source>
        <translation>Select the one zone to split first.</translation>
    </message>
    <message>
        <source>Draw a line across the zone: click its vertices, double-click or Enter to cut.</source>
        <translation>Draw a line across the zone: click its vertices, double-click or Enter to cut.</translation>
    </message>
    <message>
        <source>Select the one zone to edit first.</source>
        <translation>Select the one zone to edit first.</translation>
    </message>
    <message>
        <source>Refused: the zone outline is not a valid polygon (%1).</source>
        <translation>Refused: the zone outline is not a valid polygon (%1).</translation>
    </message>
    <message>
        <source>Sandbox zone %1</source>
        <translation>Sandbox zone %1</translation>
    </message>
    <message>
        <source>Draw zone “%1”</source>
        <translation>Draw zone “%1”</translation>
    </message>
    <message>
        <source>Zone “%1” added.</source>
        <translation>Zone “%1” added.</translation>
    </message>
    <message>
        <source>Refused: the line must cross the zone from one side to the other.</source>
        <translation>Refused: the line must cross the zone from one side to the other.</translation>
    </message>
    <message>
        <source>Refused: the zone&apos;s outline is not a valid polygon.</source>
        <translation>Refused: the zone&apos;s outline is not a valid polygon.</translation>
    </message>
    <message>
        <source>Split zone “%1”</source>
        <translation>Split zone “%1”</translation>
    </message>
    <message numerus="yes">
        <source>Zone “%1” split into %n zones.</source>
        <translation>
            <numerusform>Zone “%1” split into %n zones.</numerusform>
            <numerusform>Zone “%1” split into %n zones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select exactly two zones to merge.</source>
        <translation>Select exactly two zones to merge.</translation>
    </message>
    <message>
        <source>Refused: the two zones neither share an edge nor overlap, so they would not make one zone.</source>
        <translation>Refused: the two zones neither share an edge nor overlap, so they would not make one zone.</translation>
    </message>
    <message>
        <source>Refused: a zone&apos;s outline is not a valid polygon.</source>
        <translation>Refused: a zone&apos;s outline is not a valid polygon.</translation>
    </message>
    <message>
        <source>Refused: the two zones are never valid in the same year.</source>
        <translation>Refused: the two zones are never valid in the same year.</translation>
    </message>
    <message>
        <source>Merge “%1” and “%2” into one zone?

The merged zone keeps only what both zones allow, so that nothing becomes permitted that was not permitted before:
• exemptions granted by both: %3
• valid %4–%5 (the later start and the earlier end)
• every cap of either zone, the smaller limit where both set one.

It keeps the name and id of “%1”.</source>
        <translation>Merge “%1” and “%2” into one zone?

The merged zone keeps only what both zones allow, so that nothing becomes permitted that was not permitted before:
• exemptions granted by both: %3
• valid %4–%5 (the later start and the earlier end)
• every cap of either zone, the smaller limit where both set one.

It keeps the name and id of “%1”.</translation>
    </message>
    <message>
        <source>Merge zones</source>
        <translation>Merge zones</translation>
    </message>
    <message>
        <source>Merge zones “%1” and “%2”</source>
        <translation>Merge zones “%1” and “%2”</translation>
    </message>
    <message>
        <source>Zones “%1” and “%2” merged.</source>
        <translation>Zones “%1” and “%2” merged.</translation>
    </message>
    <message>
        <source>Edit zone “%1”</source>
        <translation>Edit zone “%1”</translation>
    </message>
    <message>
        <source>Delete zones</source>
        <translation>Delete zones</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n zone(s): %1?</source>
        <translation>
            <numerusform>Delete %n zone: %1?</numerusform>
            <numerusform>Delete %n zones: %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete zone “%1”</source>
        <translation>Delete zone “%1”</translation>
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
    <message>
        <source>Vector data and tables (*.gpkg *.shp *.geojson *.json *.topojson *.kml *.fgb *.csv *.tsv *.txt *.xlsx *.xls *.ods)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt *.xlsx *.xls *.ods)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or paste a path, browse, or drop a file on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n layers with geometry</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Each layer is added in its own CRS.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Weights</source>
        <translation>Weights</translation>
    </message>
</context>
<context>
    <name>cw::widgets::AttributeTableDialog</name>
    <message>
        <source>Attribute table — %1</source>
        <translation>Attribute table — %1</translation>
    </message>
    <message>
        <source>Selected only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: text in any field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 feature(s) shown, %3 selected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::widgets::BadRowsDialog</name>
    <message>
        <source>Rows without a position — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All reasons (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row has a position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row numbers count every row of the file, the header rows included, as a spreadsheet numbers them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::widgets::BadRowsModel</name>
    <message>
        <source>Kept, no position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">Reason</translation>
    </message>
    <message>
        <source>In the layer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::widgets::CompliancePanel</name>
    <message>
        <source>Plan problem</source>
        <translation>Plan problem</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Check now</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Not checked yet.</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Plan problems</source>
        <translation>Plan problems</translation>
    </message>
    <message>
        <source>Show only one kind of violation</source>
        <translation>Show only one kind of violation</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
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
    <name>cw::widgets::FeatureFormDialog</name>
    <message>
        <source>Feature attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a number, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::widgets::IdentifyResultsPanel</name>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>No feature under the cursor.</source>
        <translation>No feature under the cursor.</translation>
    </message>
    <message>
        <source>Feature / field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feature %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (feature %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) under the click, topmost first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Turn on Identify (map toolbar) and click a feature on the map.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::widgets::IndicatorRollupPanel</name>
    <message>
        <source>Named by:</source>
        <translation>Named by:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Areas:</source>
        <translation>Areas:</translation>
    </message>
    <message>
        <source>Indicator:</source>
        <translation>Indicator:</translation>
    </message>
    <message>
        <source>(feature id)</source>
        <translation>(feature id)</translation>
    </message>
    <message>
        <source>No project of the plan has indicators.</source>
        <translation>No project of the plan has indicators.</translation>
    </message>
    <message>
        <source>No project with this indicator lies in these areas.</source>
        <translation>No project with this indicator lies in these areas.</translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) with projects reporting this indicator.</source>
        <translation>
            <numerusform>%n area with projects reporting this indicator.</numerusform>
            <numerusform>%n areas with projects reporting this indicator.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::widgets::JoinDialog</name>
    <message>
        <source>Automatic (the conversion that matches the most codes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: match the codes as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KOSTAT (SGIS) gu code → ministry gu code (Seoul)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ministry gu code → KOSTAT (SGIS) gu code (Seoul)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10-digit 법정동 code → 8-digit boundary code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join table to boundaries by code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join and add layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished">Browse…</translation>
    </message>
    <message>
        <source>Table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code column of the table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boundaries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code column of the boundaries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code conversion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the result to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt *.xlsx *.xls *.ods)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished">All files (*)</translation>
    </message>
    <message>
        <source>Save the joined layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg)</source>
        <translation type="unfinished">GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <source>%1 joined to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table codes without a boundary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boundaries without a table row:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no loaded polygon layer to join to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a table and a boundary layer, and their code columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 boundaries matched a row of the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code conversion used: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes repeated in the table (the first row is used): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table codes without a boundary (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boundaries without a table row (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No code matched. Check the two code columns and the code conversion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the result.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::widgets::LayerPropertiesDialog</name>
    <message>
        <source>Layer properties — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (Korean):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (English):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categorized (a colour per value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graduated (classes of a number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outline colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Square</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triangle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outline width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point symbol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equal intervals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantiles (equal counts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbol / value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished">Legend</translation>
    </message>
    <message>
        <source>Class colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a symbol to change its colour; edit the legend text beside it. Features of no class keep the single symbol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no labels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (above points, centred otherwise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label that would overlap one already drawn is left out, as QGIS does, so that every label shown can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opacity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide when zoomed out beyond:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide when zoomed in beyond:</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Rows without position…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::widgets::LayoutItemPanel</name>
    <message>
        <source>Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the project&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished">Legend</translation>
    </message>
    <message>
        <source>Scale bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>North arrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(click an item on the page)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::widgets::MapImageDialog</name>
    <message>
        <source>Export map image</source>
        <translation>Export map image</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG image</translation>
    </message>
    <message>
        <source>SVG drawing (vectors)</source>
        <translation>SVG drawing (vectors)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG drawing (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Width (px):</source>
        <translation>Width (px):</translation>
    </message>
    <message>
        <source>Height (px):</source>
        <translation>Height (px):</translation>
    </message>
    <message>
        <source>Resolution (DPI):</source>
        <translation>Resolution (DPI):</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>Choose a file first.</translation>
    </message>
</context>
<context>
    <name>cw::widgets::MeasureTool</name>
    <message>
        <source>%1 km</source>
        <translation type="unfinished">%1 km</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m² (%2 ha)</source>
        <translation type="unfinished">%1 m² (%2 ha)</translation>
    </message>
    <message>
        <source>Cannot measure here: the points lie outside the map CRS&apos;s area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area: %1 on the WGS 84 ellipsoid (perimeter %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance: %1 on the WGS 84 ellipsoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the plane of %2 (what analyses in it compute)</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>%1 (not in the project)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished">(none)</translation>
    </message>
    <message>
        <source>(automatic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(automatic: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A grid of %1 m cells clipped to the boundary is used instead of districts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ No zone layer: a grid of %1 m cells over the bounding box of the projects is used instead of districts, and cells outside the city count too. Add a gu or dong boundary layer and choose it as the zone layer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::widgets::PluginFoldersPanel</name>
    <message>
        <source>Trust</source>
        <translation>Trust</translation>
    </message>
    <message>
        <source>Stop Trusting</source>
        <translation>Stop Trusting</translation>
    </message>
    <message>
        <source>Add Folder…</source>
        <translation>Add Folder…</translation>
    </message>
    <message>
        <source>Remove Folder</source>
        <translation>Remove Folder</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>Trusted</translation>
    </message>
    <message>
        <source>Plugins</source>
        <translation>Plugins</translation>
    </message>
    <message>
        <source>Load the plugins in this folder, now and at every start.</source>
        <translation>Load the plugins in this folder, now and at every start.</translation>
    </message>
    <message>
        <source>Stop loading the plugins in this folder from the next start.</source>
        <translation>Stop loading the plugins in this folder from the next start.</translation>
    </message>
    <message>
        <source>Choose a folder of plugins</source>
        <translation>Choose a folder of plugins</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Always</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Cannot save the plugin settings</source>
        <translation>Cannot save the plugin settings</translation>
    </message>
</context>
<context>
    <name>cw::widgets::PluginLayersDialog</name>
    <message>
        <source>stage 1, unit project</source>
        <translation>stage 1, unit project</translation>
    </message>
    <message>
        <source>stage 2, integrated pilot (living lab)</source>
        <translation>stage 2, integrated pilot (living lab)</translation>
    </message>
    <message>
        <source>stage 3, region-wide roll-out</source>
        <translation>stage 3, region-wide roll-out</translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation>stage %1</translation>
    </message>
    <message>
        <source>Base layer</source>
        <translation>Base layer</translation>
    </message>
    <message>
        <source>Add layers from plugin</source>
        <translation>Add layers from plugin</translation>
    </message>
    <message>
        <source>Add layers</source>
        <translation>Add layers</translation>
    </message>
    <message>
        <source>Plugin %1 version %2</source>
        <translation>Plugin %1 version %2</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Layer</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>No layers on offer</source>
        <translation>No layers on offer</translation>
    </message>
    <message>
        <source>No loaded plugin offers layers. Plugins &gt; Manage Plugins lists every plugin found and why any of them is not loaded.</source>
        <translation>No loaded plugin offers layers. Plugins &gt; Manage Plugins lists every plugin found and why any of them is not loaded.</translation>
    </message>
    <message>
        <source>Project: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Project: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Sector: %1</source>
        <translation>Sector: %1</translation>
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
        <source>Years: %1–%2</source>
        <translation>Years: %1–%2</translation>
    </message>
    <message>
        <source>These layers are in the project already.</source>
        <translation>These layers are in the project already.</translation>
    </message>
    <message numerus="yes">
        <source>The %n layer(s) will be added under the project &quot;%1&quot;.</source>
        <translation>
            <numerusform>The %n layer will be added under the project &quot;%1&quot;.</numerusform>
            <numerusform>The %n layers will be added under the project &quot;%1&quot;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::widgets::PluginsDialog</name>
    <message>
        <source>Plugins</source>
        <translation>Plugins</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Found in</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Provides</source>
        <translation>Provides</translation>
    </message>
    <message>
        <source>Enabling or disabling a plugin is saved at once and takes effect at the next start. Plugins in a folder you have not trusted are not loaded.</source>
        <translation>Enabling or disabling a plugin is saved at once and takes effect at the next start. Plugins in a folder you have not trusted are not loaded.</translation>
    </message>
    <message>
        <source>Plugin folders, in search order</source>
        <translation>Plugin folders, in search order</translation>
    </message>
    <message numerus="yes">
        <source>%n analysis(es)</source>
        <translation>
            <numerusform>%n analysis</numerusform>
            <numerusform>%n analyses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n layer source(s)</source>
        <translation>
            <numerusform>%n layer source</numerusform>
            <numerusform>%n layer sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n style(s)</source>
        <translation>
            <numerusform>%n style</numerusform>
            <numerusform>%n styles</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing declared</source>
        <translation>Nothing declared</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Load this plugin at start-up (takes effect at the next start)</source>
        <translation>Load this plugin at start-up (takes effect at the next start)</translation>
    </message>
    <message>
        <source>Analysis: %1</source>
        <translation>Analysis: %1</translation>
    </message>
    <message>
        <source>Layers: %1</source>
        <translation>Layers: %1</translation>
    </message>
    <message>
        <source>Cannot save the plugin settings</source>
        <translation>Cannot save the plugin settings</translation>
    </message>
    <message>
        <source>Saved. The change takes effect at the next start of CityWeave.</source>
        <translation>Saved. The change takes effect at the next start of CityWeave.</translation>
    </message>
</context>
<context>
    <name>cw::widgets::PrintLayoutDialog</name>
    <message>
        <source>Print Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the Map&apos;s View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in the layout&apos;s maps what the main map shows now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save in Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">Delete</translation>
    </message>
    <message>
        <source>Save the project first: layouts are kept in its file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layouts in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation type="unfinished">Landscape</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation type="unfinished">Paper:</translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished">Item</translation>
    </message>
    <message>
        <source>Give the layout a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;JPEG image (*.jpg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished">Writing %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
</context>
<context>
    <name>cw::widgets::ProjectFormDialog</name>
    <message>
        <source>New project</source>
        <translation>New project</translation>
    </message>
    <message>
        <source>Edit project</source>
        <translation>Edit project</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Stage-3 roll-out</source>
        <translation>Stage-3 roll-out</translation>
    </message>
    <message>
        <source>Exemptions and provenance</source>
        <translation>Exemptions and provenance</translation>
    </message>
    <message>
        <source>e.g. magok-energy</source>
        <translation>e.g. magok-energy</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>open-ended</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifier</translation>
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
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Core task</source>
        <translation>Core task</translation>
    </message>
    <message>
        <source>Axis</source>
        <translation>Axis</translation>
    </message>
    <message>
        <source>Lead agency (Korean)</source>
        <translation>Lead agency (Korean)</translation>
    </message>
    <message>
        <source>Lead agency (English)</source>
        <translation>Lead agency (English)</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Start and end year</source>
        <translation>Start and end year</translation>
    </message>
    <message>
        <source>Budget (KRW)</source>
        <translation>Budget (KRW)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Add partner</source>
        <translation>Add partner</translation>
    </message>
    <message>
        <source>Remove partner</source>
        <translation>Remove partner</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Measured</translation>
    </message>
    <message>
        <source>Additive</source>
        <translation>Additive</translation>
    </message>
    <message>
        <source>Add indicator</source>
        <translation>Add indicator</translation>
    </message>
    <message>
        <source>Remove indicator</source>
        <translation>Remove indicator</translation>
    </message>
    <message>
        <source>Additive quantities (tonnes, kWh) add up across projects; shares and percentages are averaged.</source>
        <translation>Additive quantities (tonnes, kWh) add up across projects; shares and percentages are averaged.</translation>
    </message>
    <message>
        <source>Districts (comma-separated)</source>
        <translation>Districts (comma-separated)</translation>
    </message>
    <message>
        <source>Add year</source>
        <translation>Add year</translation>
    </message>
    <message>
        <source>Remove year</source>
        <translation>Remove year</translation>
    </message>
    <message>
        <source>Only a stage-3 project is rolled out region by region: the districts it reaches, year by year, in order.</source>
        <translation>Only a stage-3 project is rolled out region by region: the districts it reaches, year by year, in order.</translation>
    </message>
    <message>
        <source>Sandbox exemptions the project needs</source>
        <translation>Sandbox exemptions the project needs</translation>
    </message>
    <message>
        <source>Data provenance</source>
        <translation>Data provenance</translation>
    </message>
    <message>
        <source>e.g. Seoul Open Data Plaza</source>
        <translation>e.g. Seoul Open Data Plaza</translation>
    </message>
    <message>
        <source>e.g. SH Corporation</source>
        <translation>e.g. SH Corporation</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>e.g. KOGL Type 1</source>
        <translation>e.g. KOGL Type 1</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>%1 (another sector&apos;s task)</source>
        <translation>%1 (another sector&apos;s task)</translation>
    </message>
    <message>
        <source>%1 (unknown task)</source>
        <translation>%1 (unknown task)</translation>
    </message>
    <message>
        <source>Budget: &quot;%1&quot; is not a whole number of won.</source>
        <translation>Budget: &quot;%1&quot; is not a whole number of won.</translation>
    </message>
    <message>
        <source>Partner %1: a name in Korean or English is required.</source>
        <translation>Partner %1: a name in Korean or English is required.</translation>
    </message>
    <message>
        <source>Indicator %1: &quot;%2&quot; is not a year.</source>
        <translation>Indicator %1: &quot;%2&quot; is not a year.</translation>
    </message>
    <message>
        <source>Indicator %1: &quot;%2&quot; is not a number.</source>
        <translation>Indicator %1: &quot;%2&quot; is not a number.</translation>
    </message>
    <message>
        <source>Roll-out row %1: &quot;%2&quot; is not a year.</source>
        <translation>Roll-out row %1: &quot;%2&quot; is not a year.</translation>
    </message>
    <message>
        <source>Roll-out row %1: name at least one district.</source>
        <translation>Roll-out row %1: name at least one district.</translation>
    </message>
    <message>
        <source>Provenance date: &quot;%1&quot; is not a date like 2024-05-01.</source>
        <translation>Provenance date: &quot;%1&quot; is not a date like 2024-05-01.</translation>
    </message>
    <message>
        <source>Indicator %1</source>
        <translation>Indicator %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Start year</source>
        <translation>Start year</translation>
    </message>
    <message>
        <source>End year</source>
        <translation>End year</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Roll-out</source>
        <translation>Roll-out</translation>
    </message>
</context>
<context>
    <name>cw::widgets::ProjectIndicatorsPanel</name>
    <message>
        <source>Project:</source>
        <translation>Project:</translation>
    </message>
    <message>
        <source>%1 (hidden by the timeline)</source>
        <translation>%1 (hidden by the timeline)</translation>
    </message>
    <message>
        <source>The plan has no projects.</source>
        <translation>The plan has no projects.</translation>
    </message>
    <message>
        <source>This project has no indicators yet.</source>
        <translation>This project has no indicators yet.</translation>
    </message>
</context>
<context>
    <name>cw::widgets::ProjectTableModel</name>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Core task</source>
        <translation>Core task</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation>Lead agency</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Years</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Budget (KRW)</source>
        <translation>Budget (KRW)</translation>
    </message>
</context>
<context>
    <name>cw::widgets::RankingWeightsPanel</name>
    <message>
        <source>Move a weight to re-rank the units at once; the ranking table and the map follow. Weights are shares of their sum.</source>
        <translation>Move a weight to re-rank the units at once; the ranking table and the map follow. Weights are shares of their sum.</translation>
    </message>
    <message>
        <source>Reset weights</source>
        <translation>Reset weights</translation>
    </message>
    <message>
        <source>%1 (less is better)</source>
        <translation>%1 (less is better)</translation>
    </message>
    <message>
        <source>Weight of %1</source>
        <translation>Weight of %1</translation>
    </message>
    <message numerus="yes">
        <source>Re-ranked %n unit(s) in %1 ms</source>
        <translation>
            <numerusform>Re-ranked %n unit in %1 ms</numerusform>
            <numerusform>Re-ranked %n units in %1 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1. %2 (%3)</source>
        <translation>%1. %2 (%3)</translation>
    </message>
    <message>
        <source>No unit is eligible.</source>
        <translation>No unit is eligible.</translation>
    </message>
    <message>
        <source>Top units: %1</source>
        <translation>Top units: %1</translation>
    </message>
</context>
<context>
    <name>cw::widgets::RegistryPanel</name>
    <message>
        <source>Search names, agencies, ids…</source>
        <translation>Search names, agencies, ids…</translation>
    </message>
    <message>
        <source>Hide projects outside the timeline</source>
        <translation>Hide projects outside the timeline</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>All sectors</translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>All tasks</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>All stages</translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation>All agencies</translation>
    </message>
    <message>
        <source>%1 of %2 projects</source>
        <translation>%1 of %2 projects</translation>
    </message>
</context>
<context>
    <name>cw::widgets::ReportDialog</name>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Export PDF…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Export report</translation>
    </message>
    <message>
        <source>Save template…</source>
        <translation>Save template…</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Template:</translation>
    </message>
    <message>
        <source>Pages:</source>
        <translation>Pages:</translation>
    </message>
    <message>
        <source>No analysis results yet: the report&apos;s analysis sections will say so. Run the analyses in the Analysis panel first to include them.</source>
        <translation>No analysis results yet: the report&apos;s analysis sections will say so. Run the analyses in the Analysis panel first to include them.</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(new)</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Save template</translation>
    </message>
    <message>
        <source>Template name:</source>
        <translation>Template name:</translation>
    </message>
    <message>
        <source>Template &quot;%1&quot; saved in the project file.</source>
        <translation>Template &quot;%1&quot; saved in the project file.</translation>
    </message>
    <message>
        <source>Drawing the pages…</source>
        <translation>Drawing the pages…</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%n page).</numerusform>
            <numerusform>Wrote %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s).</source>
        <translation>
            <numerusform>%n page.</numerusform>
            <numerusform>%n pages.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Cancelled: nothing was written.</translation>
    </message>
</context>
<context>
    <name>cw::widgets::ScenarioCompareDialog</name>
    <message>
        <source>Compare Scenarios</source>
        <translation>Compare Scenarios</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (current)</translation>
    </message>
    <message>
        <source>Scenario A:</source>
        <translation>Scenario A:</translation>
    </message>
    <message>
        <source>Scenario B:</source>
        <translation>Scenario B:</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>A target</source>
        <translation>A target</translation>
    </message>
    <message>
        <source>A measured</source>
        <translation>A measured</translation>
    </message>
    <message>
        <source>B target</source>
        <translation>B target</translation>
    </message>
    <message>
        <source>B measured</source>
        <translation>B measured</translation>
    </message>
    <message>
        <source>Difference (B − A)</source>
        <translation>Difference (B − A)</translation>
    </message>
    <message>
        <source>Sandbox zone</source>
        <translation>Sandbox zone</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Layer</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Moved</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Edited</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Registry</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Sandbox zones</source>
        <translation>Sandbox zones</translation>
    </message>
    <message>
        <source>Changed features</source>
        <translation>Changed features</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The project needs two scenarios to compare: create one from the current plan first.</source>
        <translation>The project needs two scenarios to compare: create one from the current plan first.</translation>
    </message>
    <message>
        <source>Only in A</source>
        <translation>Only in A</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Only in B</source>
        <translation>Only in B</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>differs</translation>
    </message>
    <message>
        <source>The two registries are the same.</source>
        <translation>The two registries are the same.</translation>
    </message>
    <message>
        <source>No indicator differs.</source>
        <translation>No indicator differs.</translation>
    </message>
    <message>
        <source>The sandbox zones are the same.</source>
        <translation>The sandbox zones are the same.</translation>
    </message>
    <message>
        <source>Save the project to compare overlap figures and features.</source>
        <translation>Save the project to compare overlap figures and features.</translation>
    </message>
    <message>
        <source>Computing overlap figures…</source>
        <translation>Computing overlap figures…</translation>
    </message>
    <message>
        <source>Overlap figures cancelled.</source>
        <translation>Overlap figures cancelled.</translation>
    </message>
    <message>
        <source>Overlap figures failed: %1</source>
        <translation>Overlap figures failed: %1</translation>
    </message>
    <message>
        <source>Overlapping project pairs</source>
        <translation>Overlapping project pairs</translation>
    </message>
    <message>
        <source>Total overlap area (m²)</source>
        <translation>Total overlap area (m²)</translation>
    </message>
    <message>
        <source>Points inside another project&apos;s area</source>
        <translation>Points inside another project&apos;s area</translation>
    </message>
    <message>
        <source>Both scenarios draw every layer from the same data.</source>
        <translation>Both scenarios draw every layer from the same data.</translation>
    </message>
    <message>
        <source>Compared %1 (A) with %2 (B).</source>
        <translation>Compared %1 (A) with %2 (B).</translation>
    </message>
    <message>
        <source>not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlap and analysis figures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::widgets::ScenarioList</name>
    <message>
        <source>%1 (active)</source>
        <translation>%1 (active)</translation>
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
    <name>cw::widgets::TablePreviewModel</name>
    <message>
        <source>No position until the CRS of the values is chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of the file has no position: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text: a code column, leading zeros are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X: easting or longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Y: northing or latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geometry (WKT or WKB)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::widgets::TableSourcePanel</name>
    <message>
        <source>No header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other CRS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave rows without a position out of the layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X and Y columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geometry text column (WKT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No positions (a plain table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text encoding:</source>
        <translation type="unfinished">Text encoding:</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header row:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRS of the values:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows without a position:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column holding X (easting or longitude) and the one holding Y (northing or latitude).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column holding the geometry as text (WKT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here: choose the X and Y columns above, or “No positions (a plain table)”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here: choose the CRS of the values above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the %1 rows read has a usable position (%2). Check the X and Y columns and the CRS of the values, or read the table without positions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 (defined by the format)</source>
        <translation type="unfinished">UTF-8 (defined by the format)</translation>
    </message>
    <message>
        <source>Column names in row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No header row: the columns are named field_1, field_2, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table could not be read as chosen; the last preview is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s) as they will be read. Greyed rows have no position (hover over them for the reason); bold columns hold the positions.</source>
        <translation>
            <numerusform>The first %n row as they will be read. Greyed rows has no position (hover over them for the reason); bold columns hold the positions.</numerusform>
            <numerusform>The first %n rows as they will be read. Greyed rows have no position (hover over them for the reason); bold columns hold the positions.</numerusform>
        </translation>
    </message>
    <message>
        <source>Detect from the values</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Choose one of the %n grid(s) the values fit</source>
        <translation>
            <numerusform>Choose one of the %n grid the values fit</numerusform>
            <numerusform>Choose one of the %n grids the values fit</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The values fit %n Korean grid(s); nothing tells which one they are in. Choose it in the list.</source>
        <translation>
            <numerusform>The values fit %n Korean grid; nothing tells which one they are in. Choose it in the list.</numerusform>
            <numerusform>The values fit %n Korean grids; nothing tells which one they are in. Choose it in the list.</numerusform>
        </translation>
    </message>
    <message>
        <source>The values fall in Korea in no Korean grid CityWeave knows. Choose their CRS with “Other CRS…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions from %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 hold metres; the degrees were preferred (choose them as X and Y to use the metres).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept as text, so that leading zeros stay: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable: the table is read without positions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted once the positions can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all %1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first %1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None among %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They will be left out of the layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They stay in the attribute table without a position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, among %2.
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep as text (codes)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::widgets::TemplateEditor</name>
    <message>
        <source>Cover and data sources</source>
        <translation>Cover and data sources</translation>
    </message>
    <message>
        <source>Overview map</source>
        <translation>Overview map</translation>
    </message>
    <message>
        <source>Project registry</source>
        <translation>Project registry</translation>
    </message>
    <message>
        <source>Overlap matrix</source>
        <translation>Overlap matrix</translation>
    </message>
    <message>
        <source>Integration zones (one map page each)</source>
        <translation>Integration zones (one map page each)</translation>
    </message>
    <message>
        <source>District roll-up</source>
        <translation>District roll-up</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Methods</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <source>The project&apos;s title</source>
        <translation>The project&apos;s title</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Korean</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Paper:</translation>
    </message>
    <message>
        <source>Report language:</source>
        <translation>Report language:</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Planning: statuses, indicators, sandbox compliance</source>
        <translation>Planning: statuses, indicators, sandbox compliance</translation>
    </message>
    <message>
        <source>Other analyses (coverage gaps, pilot ranking, plugins)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::widgets::TimelineBar</name>
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
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>Show the whole plan, whatever the year</source>
        <translation>Show the whole plan, whatever the year</translation>
    </message>
    <message>
        <source>The plan as it stands in this year</source>
        <translation>The plan as it stands in this year</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>Stages:</source>
        <translation>Stages:</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>No years</source>
        <translation>No years</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play the plan year by year</source>
        <translation>Play the plan year by year</translation>
    </message>
</context>
<context>
    <name>cw::widgets::ZoneDrawTool</name>
    <message>
        <source>A zone needs at least 3 vertices.</source>
        <translation>A zone needs at least 3 vertices.</translation>
    </message>
    <message>
        <source>A split line needs at least 2 vertices.</source>
        <translation>A split line needs at least 2 vertices.</translation>
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
<context>
    <name>cw::widgets::ZonePropertiesDialog</name>
    <message>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Features</translation>
    </message>
    <message>
        <source>Area (m²)</source>
        <translation>Area (m²)</translation>
    </message>
    <message>
        <source>Length (m)</source>
        <translation>Length (m)</translation>
    </message>
    <message>
        <source>Sandbox zone properties</source>
        <translation>Sandbox zone properties</translation>
    </message>
    <message>
        <source>Exemptions granted (Smart City Act)</source>
        <translation>Exemptions granted (Smart City Act)</translation>
    </message>
    <message>
        <source> years</source>
        <translation> years</translation>
    </message>
    <message>
        <source>Cap on</source>
        <translation>Cap on</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>Add cap</source>
        <translation>Add cap</translation>
    </message>
    <message>
        <source>Remove cap</source>
        <translation>Remove cap</translation>
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
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>%1 m² (%2 ha)</source>
        <translation>%1 m² (%2 ha)</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Extension (once)</source>
        <translation>Extension (once)</translation>
    </message>
    <message>
        <source>Valid through</source>
        <translation>Valid through</translation>
    </message>
    <message>
        <source>Scale caps</source>
        <translation>Scale caps</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>cw::widgets::ZoneVertexTool</name>
    <message>
        <source>Insert zone vertex</source>
        <translation>Insert zone vertex</translation>
    </message>
    <message>
        <source>Move zone vertex</source>
        <translation>Move zone vertex</translation>
    </message>
    <message>
        <source>A zone ring keeps at least 3 vertices.</source>
        <translation>A zone ring keeps at least 3 vertices.</translation>
    </message>
    <message>
        <source>Delete zone vertex</source>
        <translation>Delete zone vertex</translation>
    </message>
</context>
<context>
    <name>cw::widgets::ZonesPanel</name>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Exemptions</source>
        <translation>Exemptions</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CityWeave: a desktop GIS for integrating Seoul&apos;s smart-city projects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language for this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project file (.cwproject.gpkg) to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

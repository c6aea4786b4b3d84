<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AnalysisDescription</name>
    <message>
        <source>default %1</source>
        <translation>기본값 %1</translation>
    </message>
    <message>
        <source>min %1</source>
        <translation>최솟값 %1</translation>
    </message>
    <message>
        <source>max %1</source>
        <translation>최댓값 %1</translation>
    </message>
    <message>
        <source>Outputs: %1</source>
        <translation>출력 결과: %1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Error: %1</source>
        <translation>오류: %1</translation>
    </message>
    <message>
        <source>Run &apos;cityweave-cli --help&apos; for usage.</source>
        <translation>사용법을 보려면 &apos;cityweave-cli --help&apos;를 실행하십시오.</translation>
    </message>
    <message>
        <source>bench render needs --n N (a positive number of polygons).</source>
        <translation>bench render에는 --n N(폴리곤 개수, 양수)이 필요합니다.</translation>
    </message>
    <message>
        <source>Generating</source>
        <translation>생성 중</translation>
    </message>
    <message>
        <source>bench render: %1 polygons at %2x%3 (%4)</source>
        <translation>bench render: 폴리곤 %1개, %2x%3 (%4)</translation>
    </message>
    <message>
        <source>  open + read      %1 ms</source>
        <translation>  열기+읽기           %1 ms</translation>
    </message>
    <message>
        <source>  reproject+index  %1 ms</source>
        <translation>  재투영+색인         %1 ms</translation>
    </message>
    <message>
        <source>  first full draw  %1 ms (%2 tiles)</source>
        <translation>  첫 전체 그리기      %1 ms (타일 %2개)</translation>
    </message>
    <message>
        <source>  peak memory      %1 MiB</source>
        <translation>  최대 메모리         %1 MiB</translation>
    </message>
    <message>
        <source>Unknown bench target: %1</source>
        <translation>알 수 없는 bench 대상입니다: %1</translation>
    </message>
    <message>
        <source>build-sample takes MANIFEST and OUT.gpkg.</source>
        <translation>build-sample에는 MANIFEST와 OUT.gpkg를 지정해야 합니다.</translation>
    </message>
    <message>
        <source>Built %1 with %2 projects and %3 layers.</source>
        <translation>%1을(를) 만들었습니다(사업 %2개, 레이어 %3개).</translation>
    </message>
    <message>
        <source>Layer: %1 (%2, %3 features, driver %4)</source>
        <translation>레이어: %1 (%2, 객체 %3개, 드라이버 %4)</translation>
    </message>
    <message>
        <source>  CRS: %1 %2</source>
        <translation>  좌표계: %1 %2</translation>
    </message>
    <message>
        <source>  The .prj names a Bessel Transverse Mercator without datum; read as %1 (Korean 1985) so that the datum shift applies.</source>
        <translation>  .prj 파일에 측지계(datum) 없이 Bessel TM(횡단 메르카토르) 투영만 지정되어 있으므로, 측지계 변환이 적용되도록 %1(Korean 1985)(으)로 읽습니다.</translation>
    </message>
    <message>
        <source>  To EPSG:5186 via: %1</source>
        <translation>  EPSG:5186으로 변환하는 방법: %1</translation>
    </message>
    <message>
        <source>  CRS: none (choose one when adding the layer)</source>
        <translation>  좌표계: 없음 (레이어를 추가할 때 선택하십시오)</translation>
    </message>
    <message>
        <source>  Extent: %1, %2 - %3, %4</source>
        <translation>  범위: %1, %2 - %3, %4</translation>
    </message>
    <message>
        <source>  Text encoding: %1 (%2)</source>
        <translation>  텍스트 인코딩: %1 (%2)</translation>
    </message>
    <message>
        <source>  Geometry problems: %1 invalid, %2 empty, %3 of another type, %4 degenerate parts (all kept)</source>
        <translation>  도형 문제: 유효하지 않은 도형 %1개, 빈 도형 %2개, 다른 유형 %3개, 퇴화된 부분 %4개 (모두 유지함)</translation>
    </message>
    <message>
        <source>  Fields:</source>
        <translation>  필드:</translation>
    </message>
    <message>
        <source>info takes exactly one SOURCE.</source>
        <translation>info에는 SOURCE를 정확히 하나 지정해야 합니다.</translation>
    </message>
    <message>
        <source>render needs --out FILE.png.</source>
        <translation>render에는 --out FILE.png가 필요합니다.</translation>
    </message>
    <message>
        <source>render needs a project file or at least one layer file.</source>
        <translation>render에는 프로젝트 파일 또는 레이어 파일이 하나 이상 필요합니다.</translation>
    </message>
    <message>
        <source>Invalid --size &quot;%1&quot;: use WIDTHxHEIGHT, e.g. 1920x1080.</source>
        <translation>--size 값 &quot;%1&quot;이(가) 올바르지 않습니다. 너비x높이 형식(예: 1920x1080)으로 지정하십시오.</translation>
    </message>
    <message>
        <source>Invalid --extent &quot;%1&quot;: use xmin,ymin,xmax,ymax in the map CRS.</source>
        <translation>--extent 값 &quot;%1&quot;이(가) 올바르지 않습니다. 지도 좌표계 기준 xmin,ymin,xmax,ymax 형식으로 지정하십시오.</translation>
    </message>
    <message>
        <source>Give either one project file or layer files, not both.</source>
        <translation>프로젝트 파일 하나와 레이어 파일을 함께 지정할 수 없습니다. 둘 중 하나만 지정하십시오.</translation>
    </message>
    <message>
        <source>Rendered %1 layers (%2 features drawn) at %3x%4 in %5 ms (loading took %6 ms): %7</source>
        <translation>레이어 %1개(객체 %2개)를 %3x%4 크기로 %5 ms 동안 렌더링했습니다(불러오기 %6 ms): %7</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>알 수 없는 명령입니다: %1</translation>
    </message>
    <message>
        <source>  zoom-in 2x draw  %1 ms</source>
        <translation>  2배 확대 후 그리기  %1 ms</translation>
    </message>
    <message>
        <source>  pan at 2x zoom   %1 ms (%2 new tiles, %3 cached)</source>
        <translation>  2배 확대 후 이동    %1 ms (새 타일 %2개, 캐시 %3개)</translation>
    </message>
    <message>
        <source>analyses takes no arguments besides --json.</source>
        <translation>analyses에는 --json 외의 인수를 지정할 수 없습니다.</translation>
    </message>
    <message>
        <source>Unknown analysis &quot;%1&quot;; &apos;cityweave-cli analyses&apos; lists them.</source>
        <translation>알 수 없는 분석입니다: &quot;%1&quot;. 분석 목록은 &apos;cityweave-cli analyses&apos;로 확인하십시오.</translation>
    </message>
    <message>
        <source>analyze needs --analysis ID (or all).</source>
        <translation>analyze에는 --analysis 옵션(분석 ID 또는 all)이 필요합니다.</translation>
    </message>
    <message>
        <source>Invalid --param &quot;%1&quot;: use key=value.</source>
        <translation>--param 값 &quot;%1&quot;이(가) 올바르지 않습니다. key=value 형식으로 지정하십시오.</translation>
    </message>
    <message>
        <source>No chosen analysis has a parameter &quot;%1&quot;.</source>
        <translation>선택한 분석 중 매개변수 &quot;%1&quot;이(가) 있는 분석이 없습니다.</translation>
    </message>
    <message>
        <source>analyze needs --out results.gpkg.</source>
        <translation>analyze에는 --out results.gpkg가 필요합니다.</translation>
    </message>
    <message>
        <source>analyze takes one PROJECT file, or --input options.</source>
        <translation>analyze에는 PROJECT 파일 하나 또는 --input 옵션을 지정해야 합니다.</translation>
    </message>
    <message>
        <source>Give either a project file or --input options, not both.</source>
        <translation>프로젝트 파일과 --input 옵션을 함께 지정할 수 없습니다. 둘 중 하나만 지정하십시오.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>경고: %1</translation>
    </message>
    <message>
        <source>Running %1</source>
        <translation>%1 실행 중</translation>
    </message>
    <message>
        <source>%1 finished in %2 ms</source>
        <translation>%1 완료: %2 ms</translation>
    </message>
    <message>
        <source>Wrote %1 analysis result(s) to %2 (reading %3 ms, writing %4 ms).</source>
        <translation>분석 결과 %1개를 %2에 저장했습니다(읽기 %3 ms, 쓰기 %4 ms).</translation>
    </message>
    <message>
        <source>bench overlap needs --n N (a positive number of polygons).</source>
        <translation>bench overlap에는 --n N(폴리곤 개수, 양수)이 필요합니다.</translation>
    </message>
    <message>
        <source>bench overlap: 2 x %1 random polygons (%2, %3)</source>
        <translation>bench overlap: 무작위 폴리곤 %1개 x 2 (%2, %3)</translation>
    </message>
    <message>
        <source>  read both        %1 ms</source>
        <translation>  두 파일 읽기        %1 ms</translation>
    </message>
    <message>
        <source>  index            %1 ms</source>
        <translation>  색인                %1 ms</translation>
    </message>
    <message>
        <source>  overlay (areas)  %1 ms: %2 pairs of %3 candidates, %4 via GEOS</source>
        <translation>  중첩 계산(면적)     %1 ms: 후보 %3쌍 중 %2쌍, GEOS로 계산 %4쌍</translation>
    </message>
    <message>
        <source>  total area       %1 m²</source>
        <translation>  총면적              %1 m²</translation>
    </message>
    <message>
        <source>  table rows       %1 ms</source>
        <translation>  표 행 생성          %1 ms</translation>
    </message>
    <message>
        <source>  write GeoPackage %1 ms (%2 file(s))</source>
        <translation>  GeoPackage 쓰기     %1 ms (파일 %2개)</translation>
    </message>
    <message>
        <source>  GEOS only        %1 ms: %2 pairs, max area difference %3 m², %4 pairs differ, GEOS failed on %5 (invalid generated polygons)</source>
        <translation>  GEOS 단독           %1 ms: %2쌍, 최대 면적 차이 %3 m², 결과가 다른 쌍 %4개, GEOS 실패 %5건(생성된 폴리곤이 유효하지 않음)</translation>
    </message>
    <message>
        <source>bench needs a target: render, overlap.</source>
        <translation>bench에는 대상(render 또는 overlap)을 지정해야 합니다.</translation>
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
        <translation>사용법: cityweave-cli [--lang ko|en] 명령 ...

명령:
  info SOURCE [--json] [--layer NAME] [--encoding ENC]
      벡터 데이터의 레이어, 좌표계, 객체 수, 범위, 필드를 보여 줍니다.
  render PROJECT|SOURCE... --out map.png [--size WxH]
         [--extent xmin,ymin,xmax,ymax] [--crs CRS]
      프로젝트 파일 또는 레이어 파일(기본 스타일)을 PNG 지도로 그립니다.
  bench render --n N [--size WxH] [--data FILE]
      무작위 폴리곤 N개로 열기, 색인, 첫 그리기, 확대, 이동 시간을 잽니다
      (--threads N: 그리기 스레드 수 제한, 기본값은 모든 코어).
  bench overlap --n N [--threads N] [--compare-geos]
      무작위 폴리곤 N개짜리 레이어 두 개로 읽기, 색인, 중첩 계산, 쓰기 시간을 잽니다.
  analyses [--json]
      공간 통합 분석 목록과 각 분석의 매개변수를 보여 줍니다.
  analyze PROJECT --analysis ID|all [--param key=value ...] --out results.gpkg
          [--json summary.json] [--zones FILE [--zone-name FIELD]] [--crs CRS]
  analyze --input &quot;Name=a.gpkg,b.shp&quot; [--input ...] --analysis ID --out ...
      프로젝트 파일 또는 일반 데이터 파일(--input 하나당 사업 하나)로 분석을 실행합니다.
  build-sample MANIFEST OUT.gpkg
      예제 매니페스트로 프로젝트 파일을 만듭니다(빌드에서 사용).

종료 코드: 0 정상, 1 실패, 2 사용법 오류, 3 잘못된 입력, 4 출력 파일을 쓸 수 없음.
</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>파일 %1이(가) 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read (check its permissions).</source>
        <translation>파일 %1을(를) 읽을 수 없습니다(파일 권한을 확인하십시오).</translation>
    </message>
    <message>
        <source>%1 is not in a vector format CityWeave can read.</source>
        <translation>%1은(는) CityWeave에서 읽을 수 있는 벡터 형식이 아닙니다.</translation>
    </message>
    <message>
        <source>The file %1 is damaged or truncated.</source>
        <translation>파일 %1이(가) 손상되었거나 일부가 잘렸습니다.</translation>
    </message>
    <message>
        <source>There is no layer &quot;%1&quot; in %2.</source>
        <translation>%2에 레이어 &quot;%1&quot;이(가) 없습니다.</translation>
    </message>
    <message>
        <source>%1 contains no vector layers.</source>
        <translation>%1에 벡터 레이어가 없습니다.</translation>
    </message>
    <message>
        <source>The coordinate reference system &quot;%1&quot; is unknown.</source>
        <translation>좌표계 &quot;%1&quot;을(를) 알 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 does not say which coordinate reference system it uses. Choose one.</source>
        <translation>%1에 좌표계 정보가 없습니다. 좌표계를 선택하십시오.</translation>
    </message>
    <message>
        <source>Coordinates cannot be transformed from %1 to %2.</source>
        <translation>좌표를 %1에서 %2(으)로 변환할 수 없습니다.</translation>
    </message>
    <message>
        <source>The text encoding &quot;%1&quot; is unknown.</source>
        <translation>텍스트 인코딩 &quot;%1&quot;을(를) 알 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer CityWeave (project format %2; this version reads up to %3). Update CityWeave to open it.</source>
        <translation>%1은(는) 더 새로운 버전의 CityWeave에서 저장되었습니다(프로젝트 형식 %2, 이 버전은 %3까지 읽을 수 있음). 이 파일을 열려면 CityWeave를 업데이트하십시오.</translation>
    </message>
    <message>
        <source>%1 is not a CityWeave project file.</source>
        <translation>%1은(는) CityWeave 프로젝트 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>The project could not be saved to %1. The previous file is unchanged.</source>
        <translation>프로젝트를 %1에 저장할 수 없습니다. 기존 파일은 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>The file %1 could not be written.</source>
        <translation>파일 %1을(를) 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>The data of layer &quot;%1&quot; is missing: %2 was moved or deleted.</source>
        <translation>레이어 &quot;%1&quot;의 데이터가 없습니다. %2이(가) 이동되었거나 삭제되었습니다.</translation>
    </message>
    <message>
        <source>Invalid value for %1: %2</source>
        <translation>%1의 값이 올바르지 않습니다: %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>취소되었습니다.</translation>
    </message>
</context>
<context>
    <name>LayerSourceDescription</name>
    <message numerus="yes">
        <source>%n feature(s)</source>
        <translation>
            <numerusform>객체 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Layer CRS: %1 (%2)</source>
        <translation>레이어 좌표계: %1 (%2)</translation>
    </message>
    <message>
        <source>The file&apos;s .prj names a Bessel Transverse Mercator without a datum; it was read as %1 so that the Korean 1985 to Korea 2000 datum shift applies.</source>
        <translation>파일의 .prj에는 측지계 없이 Bessel 횡메르카토르 도법만 적혀 있어 %1(으)로 읽었습니다. 따라서 한국 1985 측지계에서 Korea 2000으로의 측지계 변환이 적용됩니다.</translation>
    </message>
    <message>
        <source>Reprojected to the map with: %1</source>
        <translation>지도 좌표계로 변환한 방법: %1</translation>
    </message>
    <message>
        <source>%1 coordinates could not be transformed and are not drawn.</source>
        <translation>좌표 %1개를 변환할 수 없어 그리지 않았습니다.</translation>
    </message>
    <message>
        <source>Text encoding: %1 (%2)</source>
        <translation>문자 인코딩: %1 (%2)</translation>
    </message>
    <message>
        <source>Geometry problems: %1 invalid, %2 empty, %3 of another type, %4 degenerate parts (all kept)</source>
        <translation>도형 문제: 유효하지 않음 %1개, 빈 도형 %2개, 다른 유형 %3개, 퇴화된 부분 %4개 (모두 유지함)</translation>
    </message>
</context>
<context>
    <name>ResultLayerBuilder</name>
    <message>
        <source>synergy</source>
        <translation>시너지</translation>
    </message>
    <message>
        <source>duplication</source>
        <translation>중복</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>중립</translation>
    </message>
    <message>
        <source>%1+ projects</source>
        <translation>사업 %1개 이상</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>사업 %n개</numerusform>
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
        <translation>분석 &quot;%1&quot;이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Reading the project layers…</source>
        <translation>프로젝트 레이어를 읽는 중…</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>%1 실행 중…</translation>
    </message>
    <message>
        <source>Preparing the result layers…</source>
        <translation>결과 레이어를 준비하는 중…</translation>
    </message>
    <message>
        <source>Saving the results…</source>
        <translation>결과를 저장하는 중…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
    <message>
        <source>%1 was cancelled.</source>
        <translation>%1이(가) 취소되었습니다.</translation>
    </message>
    <message>
        <source>No result.</source>
        <translation>결과가 없습니다.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1에 실패했습니다: %2</translation>
    </message>
    <message>
        <source>%1 failed.</source>
        <translation>%1에 실패했습니다.</translation>
    </message>
    <message>
        <source>The results could not be saved: %1</source>
        <translation>결과를 저장할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Results saved to %1</source>
        <translation>결과를 %1에 저장했습니다.</translation>
    </message>
    <message>
        <source>The project has no file yet: use Save results… to keep these results.</source>
        <translation>프로젝트가 아직 파일로 저장되지 않았습니다. 이 결과를 보관하려면 &apos;결과 저장…&apos;을 사용하십시오.</translation>
    </message>
    <message>
        <source>Save analysis results</source>
        <translation>분석 결과 저장</translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 및 %2</translation>
    </message>
</context>
<context>
    <name>cw::desktop::MainWindow</name>
    <message>
        <source>Layers</source>
        <translation>레이어</translation>
    </message>
    <message>
        <source>Identify results</source>
        <translation>객체 정보 확인 결과</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>Zoom &amp;Full</source>
        <translation>전체 보기(&amp;F)</translation>
    </message>
    <message>
        <source>Zoom to &amp;Layer</source>
        <translation>레이어로 확대(&amp;L)</translation>
    </message>
    <message>
        <source>Map &amp;CRS…</source>
        <translation>지도 좌표계(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>도구(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Identify Features</source>
        <translation>객체 정보 확인(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Attribute Table</source>
        <translation>속성 테이블(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>설정(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation>언어(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About CityWeave</source>
        <translation>CityWeave 정보(&amp;A)</translation>
    </message>
    <message>
        <source>%1[*] — CityWeave</source>
        <translation>%1[*] — CityWeave</translation>
    </message>
    <message>
        <source>Some layers could not be loaded</source>
        <translation>일부 레이어를 불러올 수 없습니다</translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s) could not be loaded. They stay in the project, greyed out, and are saved unchanged.</source>
        <translation>
            <numerusform>레이어 %n개를 불러올 수 없습니다. 해당 레이어는 회색으로 표시된 채 프로젝트에 남아 있으며, 저장할 때 변경 없이 그대로 저장됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a loaded layer in the layer list first.</source>
        <translation>먼저 레이어 목록에서 불러온 레이어를 선택하십시오.</translation>
    </message>
    <message>
        <source>Select a layer in the layer list first.</source>
        <translation>먼저 레이어 목록에서 레이어를 선택하십시오.</translation>
    </message>
    <message>
        <source>About CityWeave</source>
        <translation>CityWeave 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CityWeave %1&lt;/h3&gt;&lt;p&gt;A desktop GIS for bringing together the projects of Seoul&apos;s smart-city programme.&lt;/p&gt;&lt;p&gt;&lt;b&gt;The sample project&apos;s locations are approximate and hand-drawn for demonstration; they are not official boundaries.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CityWeave %1&lt;/h3&gt;&lt;p&gt;서울시 스마트시티 사업을 한데 모아 보기 위한 데스크톱 GIS입니다.&lt;/p&gt;&lt;p&gt;&lt;b&gt;예제 프로젝트의 위치는 시연용으로 손으로 그린 근사 위치이며 공식 경계가 아닙니다.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;GNU GPL 버전 3 또는 그 이후 버전에 따라 배포됩니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>분석</translation>
    </message>
    <message>
        <source>A&amp;nalysis…</source>
        <translation>분석(&amp;N)…</translation>
    </message>
    <message>
        <source>Sector &amp;Rules…</source>
        <translation>분야 규칙(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>cw::desktop::MapStatusBar</name>
    <message>
        <source>Cursor position in the map CRS</source>
        <translation>지도 좌표계 기준 커서 위치</translation>
    </message>
    <message>
        <source>Cursor position in WGS 84 (latitude, longitude)</source>
        <translation>WGS 84 기준 커서 위치 (위도, 경도)</translation>
    </message>
    <message>
        <source>Map scale</source>
        <translation>지도 축척</translation>
    </message>
    <message>
        <source>Time the last map image took to draw</source>
        <translation>마지막 지도 이미지를 그리는 데 걸린 시간</translation>
    </message>
    <message>
        <source>Map CRS — click to change</source>
        <translation>지도 좌표계 — 클릭하여 변경</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Map CRS: %1 — click to change</source>
        <translation>지도 좌표계: %1 — 클릭하여 변경</translation>
    </message>
    <message>
        <source>%1°%2 %3°%4</source>
        <translation>%2 %1°, %4 %3°</translation>
    </message>
    <message>
        <source>N</source>
        <translation>북위</translation>
    </message>
    <message>
        <source>S</source>
        <translation>남위</translation>
    </message>
    <message>
        <source>E</source>
        <translation>동경</translation>
    </message>
    <message>
        <source>W</source>
        <translation>서경</translation>
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
        <translation>제목 없는 프로젝트</translation>
    </message>
    <message>
        <source>The project has no file yet: use Save As.</source>
        <translation>프로젝트가 아직 파일로 저장되지 않았습니다. &apos;다른 이름으로 저장&apos;을 사용하십시오.</translation>
    </message>
    <message>
        <source>Loading layers</source>
        <translation>레이어 불러오는 중</translation>
    </message>
    <message>
        <source>Re-projecting layers</source>
        <translation>레이어 재투영 중</translation>
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
        <translation>새로 만들기(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>다른 이름으로 저장(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Add Layer…</source>
        <translation>레이어 추가(&amp;L)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>최근 파일 열기(&amp;R)</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>프로젝트를 열 수 없습니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be opened.

%2</source>
        <translation>&quot;%1&quot;을(를) 열 수 없습니다.

%2</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>프로젝트 열기</translation>
    </message>
    <message>
        <source>CityWeave projects (*.cwproject.gpkg *.gpkg)</source>
        <translation>CityWeave 프로젝트 파일 (*.cwproject.gpkg *.gpkg)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>저장하지 않은 변경 사항</translation>
    </message>
    <message>
        <source>The project &quot;%1&quot; has unsaved changes. Save them?</source>
        <translation>프로젝트 &quot;%1&quot;에 저장하지 않은 변경 사항이 있습니다. 저장하시겠습니까?</translation>
    </message>
    <message>
        <source>Cannot save project</source>
        <translation>프로젝트를 저장할 수 없습니다</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>다른 이름으로 프로젝트 저장</translation>
    </message>
    <message>
        <source>CityWeave projects (*.cwproject.gpkg)</source>
        <translation>CityWeave 프로젝트 파일 (*.cwproject.gpkg)</translation>
    </message>
</context>
<context>
    <name>cw::widgets::AddLayerDialog</name>
    <message>
        <source>Add layer</source>
        <translation>레이어 추가</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <source>Choose CRS…</source>
        <translation>좌표계 선택…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>파일:</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>레이어:</translation>
    </message>
    <message>
        <source>CRS:</source>
        <translation>좌표계:</translation>
    </message>
    <message>
        <source>Text encoding:</source>
        <translation>텍스트 인코딩:</translation>
    </message>
    <message>
        <source>Preview (first %1 rows):</source>
        <translation>미리 보기 (처음 %1행):</translation>
    </message>
    <message>
        <source>Vector data (*.gpkg *.shp *.geojson *.json *.topojson *.kml *.fgb *.csv)</source>
        <translation>벡터 데이터 (*.gpkg *.shp *.geojson *.json *.topojson *.kml *.fgb *.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
    <message>
        <source>default</source>
        <translation>기본값</translation>
    </message>
    <message>
        <source>Detected: %1 (%2)</source>
        <translation>감지됨: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2, %3 features)</source>
        <translation>%1 (%2, 객체 %3개)</translation>
    </message>
    <message>
        <source>UTF-8 (defined by the format)</source>
        <translation>UTF-8 (데이터 형식에서 지정)</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>먼저 파일을 선택하십시오.</translation>
    </message>
    <message>
        <source>%1 (chosen)</source>
        <translation>%1 (직접 선택)</translation>
    </message>
    <message>
        <source>&lt;b&gt;The layer has no CRS.&lt;/b&gt; Choose the one its coordinates are in.</source>
        <translation>&lt;b&gt;레이어에 좌표계 정보가 없습니다.&lt;/b&gt; 좌표가 기록된 좌표계를 선택하십시오.</translation>
    </message>
    <message>
        <source>Legacy Korean definition (Bessel, no datum) recognised: read as %1 so that the Korean 1985 to Korea 2000 datum shift applies.</source>
        <translation>옛 한국 좌표 정의(Bessel, 측지계 없음)를 인식했습니다. %1(으)로 읽어 한국 1985 측지계에서 Korea 2000으로의 측지계 변환을 적용합니다.</translation>
    </message>
</context>
<context>
    <name>cw::widgets::AnalysisPanel</name>
    <message>
        <source>&amp;Run</source>
        <translation>실행(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Save results…</source>
        <translation>결과 저장…</translation>
    </message>
    <message>
        <source>Analysis:</source>
        <translation>분석:</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <source>No analyses are available.</source>
        <translation>사용할 수 있는 분석이 없습니다.</translation>
    </message>
    <message>
        <source>The analysis was cancelled.</source>
        <translation>분석이 취소되었습니다.</translation>
    </message>
    <message>
        <source>Computed at %1 (CRS %2)</source>
        <translation>계산 시각: %1, 좌표계: %2</translation>
    </message>
    <message>
        <source>Added to the map: %1</source>
        <translation>지도에 추가한 결과: %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <source>Overlap heat map</source>
        <translation>중첩 히트맵</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>완료: %1</translation>
    </message>
</context>
<context>
    <name>cw::widgets::AttributeTableDialog</name>
    <message>
        <source>Attribute table — %1</source>
        <translation>속성 테이블 — %1</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s)</source>
        <translation>
            <numerusform>객체 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::widgets::CrsPickerDialog</name>
    <message>
        <source>Coordinate reference system</source>
        <translation>좌표계</translation>
    </message>
    <message>
        <source>EPSG:5186, WKT or PROJ string</source>
        <translation>EPSG:5186, WKT 또는 PROJ 문자열</translation>
    </message>
    <message>
        <source>Common CRSs in Korea:</source>
        <translation>국내에서 주로 쓰는 좌표계:</translation>
    </message>
    <message>
        <source>Or enter a definition:</source>
        <translation>또는 좌표계 정의 입력:</translation>
    </message>
    <message>
        <source>Choose a CRS from the list or type one.</source>
        <translation>목록에서 좌표계를 선택하거나 직접 입력하십시오.</translation>
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
        <translation>필드</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — feature %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — 객체 %2</translation>
    </message>
    <message>
        <source>No feature under the cursor.</source>
        <translation>커서 위치에 객체가 없습니다.</translation>
    </message>
    <message>
        <source>Turn on Identify (Tools menu) and click a feature on the map.</source>
        <translation>[도구] 메뉴에서 &apos;객체 정보 확인&apos;을 켠 다음 지도에서 객체를 클릭하십시오.</translation>
    </message>
</context>
<context>
    <name>cw::widgets::LayerTreeWidget</name>
    <message>
        <source>Stage 1: unit project</source>
        <translation>1단계: 단위 사업</translation>
    </message>
    <message>
        <source>Stage 2: integrated pilot</source>
        <translation>2단계: 통합 시범 사업</translation>
    </message>
    <message>
        <source>Stage 3: region-wide roll-out</source>
        <translation>3단계: 전역 확산</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>%1단계</translation>
    </message>
    <message>
        <source>Base layers</source>
        <translation>기본 레이어</translation>
    </message>
    <message>
        <source>Years: %1–%2</source>
        <translation>사업 기간: %1–%2</translation>
    </message>
    <message>
        <source>Core task: %1</source>
        <translation>핵심 과제: %1</translation>
    </message>
    <message>
        <source>Lead agency: %1</source>
        <translation>주관 기관: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>Layer opacity</source>
        <translation>레이어 불투명도</translation>
    </message>
    <message>
        <source>Opacity of &quot;%1&quot; (%):</source>
        <translation>&quot;%1&quot;의 불투명도 (%):</translation>
    </message>
    <message>
        <source>Zoom to project</source>
        <translation>사업으로 확대</translation>
    </message>
    <message>
        <source>Zoom to layer</source>
        <translation>레이어로 확대</translation>
    </message>
    <message>
        <source>Opacity…</source>
        <translation>불투명도…</translation>
    </message>
    <message>
        <source>Attribute table</source>
        <translation>속성 테이블</translation>
    </message>
    <message>
        <source>Remove layer</source>
        <translation>레이어 제거</translation>
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
            <numerusform>점 %n개</numerusform>
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
        <translation>%1의 중첩 비율: %2</translation>
    </message>
    <message>
        <source>Overlap area: %1 m²</source>
        <translation>중첩 면적: %1 m²</translation>
    </message>
    <message>
        <source>Points of %1 inside %2: %3</source>
        <translation>%2 내부의 %1 점 객체: %3개</translation>
    </message>
    <message>
        <source>Lines of %1 inside %2: %3 m</source>
        <translation>%2 내부의 %1 선 객체 길이: %3 m</translation>
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
        <translation>이 분석에는 매개변수가 없습니다.</translation>
    </message>
</context>
<context>
    <name>cw::widgets::SectorRulesDialog</name>
    <message>
        <source>Sector rules for integration zones</source>
        <translation>통합 후보 구역 분야 규칙</translation>
    </message>
    <message>
        <source>Name (Korean)</source>
        <translation>이름(한국어)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>이름(영어)</translation>
    </message>
    <message>
        <source>Sector A</source>
        <translation>분야 A</translation>
    </message>
    <message>
        <source>Task A</source>
        <translation>과제 A</translation>
    </message>
    <message>
        <source>Sector B</source>
        <translation>분야 B</translation>
    </message>
    <message>
        <source>Task B</source>
        <translation>과제 B</translation>
    </message>
    <message>
        <source>Spatial relation</source>
        <translation>공간 관계</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>분류</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>규칙 추가</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>규칙 제거</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>기본값 복원</translation>
    </message>
    <message>
        <source>When projects of two sectors (and tasks, if given) overlap or lie within the proximity distance, the first matching rule labels their integration zone. Rules naming tasks are tried first.</source>
        <translation>두 분야의 사업(과제를 지정한 경우 해당 과제의 사업)이 중첩되거나 근접 거리 이내에 있으면, 처음으로 일치하는 규칙에 따라 해당 통합 후보 구역을 분류합니다. 과제를 지정한 규칙을 먼저 적용합니다.</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>교통</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>안전</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>에너지</translation>
    </message>
    <message>
        <source>Industry and space</source>
        <translation>산업·공간</translation>
    </message>
    <message>
        <source>Overlap or proximity</source>
        <translation>중첩 또는 근접</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>중첩</translation>
    </message>
    <message>
        <source>Proximity</source>
        <translation>근접</translation>
    </message>
    <message>
        <source>Synergy</source>
        <translation>시너지</translation>
    </message>
    <message>
        <source>Duplication</source>
        <translation>중복</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>중립</translation>
    </message>
    <message>
        <source>any task</source>
        <translation>모든 과제</translation>
    </message>
</context>
<context>
    <name>cw::widgets::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>시스템 언어</translation>
    </message>
    <message>
        <source>The language changes the next time CityWeave starts.</source>
        <translation>변경한 언어는 CityWeave를 다음에 시작할 때 적용됩니다.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>언어:</translation>
    </message>
</context>
<context>
    <name>cw::widgets::ZoneList</name>
    <message>
        <source>Zone</source>
        <translation>구역</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>분류</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>사업</translation>
    </message>
    <message>
        <source>Synergy</source>
        <translation>시너지</translation>
    </message>
    <message>
        <source>Duplication</source>
        <translation>중복</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>중립</translation>
    </message>
</context>
</TS>

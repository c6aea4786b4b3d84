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
        <source>bench coverage needs --n N (a positive number of assets).</source>
        <translation>bench coverage에는 --n N(시설 개수, 양수)이 필요합니다.</translation>
    </message>
    <message>
        <source>--grid must be a size in metres of at least 10.</source>
        <translation>--grid에는 10 이상의 크기(미터)를 지정해야 합니다.</translation>
    </message>
    <message>
        <source>--radius must be a distance in metres.</source>
        <translation>--radius에는 거리(미터)를 지정해야 합니다.</translation>
    </message>
    <message>
        <source>bench coverage: %1 assets (radii: %2) over a %3 m grid of a 605 km² area (%4 cells)</source>
        <translation>bench coverage: 시설 %1개(반경: %2), 605 km² 지역의 %3 m 격자 (격자 %4개)</translation>
    </message>
    <message>
        <source>all %1 m</source>
        <translation>모두 %1 m</translation>
    </message>
    <message>
        <source>type defaults</source>
        <translation>유형별 기본값</translation>
    </message>
    <message>
        <source>  generate input     %1 ms</source>
        <translation>  입력 생성        %1 ms</translation>
    </message>
    <message>
        <source>  coverage per cell  %1 ms (covered share %2)</source>
        <translation>  격자별 커버리지  %1 ms (커버 비율 %2)</translation>
    </message>
    <message>
        <source>  + gap polygons     %1 ms</source>
        <translation>  + 공백 폴리곤    %1 ms</translation>
    </message>
    <message>
        <source>  + 10 new sites     %1 ms</source>
        <translation>  + 신규 입지 10곳 %1 ms</translation>
    </message>
    <message>
        <source>  re-rank %1 units   %2 ms</source>
        <translation>  평가 단위 %1개 재순위 %2 ms</translation>
    </message>
    <message>
        <source>bench report needs --n N (a positive number).</source>
        <translation>bench report에는 --n N(양수)이 필요합니다.</translation>
    </message>
    <message>
        <source>bench report takes a PROJECT file or --n N.</source>
        <translation>bench report에는 PROJECT 파일 또는 --n N을 지정해야 합니다.</translation>
    </message>
    <message>
        <source>Report benchmark (%1 run(s), input ready in %2 ms):</source>
        <translation>보고서 벤치마크 (%1회 실행, 입력 준비 %2 ms):</translation>
    </message>
    <message>
        <source>  report           %1 ms (median), %2 ms (best)</source>
        <translation>  보고서           %1 ms (중앙값), %2 ms (최고)</translation>
    </message>
    <message>
        <source>  pages            %1</source>
        <translation>  페이지           %1</translation>
    </message>
    <message>
        <source>  file size        %1 KiB</source>
        <translation>  파일 크기        %1 KiB</translation>
    </message>
    <message>
        <source>  peak memory      %1 MiB (%2 MiB before writing)</source>
        <translation>  최대 메모리      %1 MiB (쓰기 전 %2 MiB)</translation>
    </message>
    <message>
        <source>check needs one project file.</source>
        <translation>check에는 프로젝트 파일 하나가 필요합니다.</translation>
    </message>
    <message numerus="yes">
        <source>Plan validation: %n problem(s)</source>
        <translation>
            <numerusform>계획 검증: 문제 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sandbox compliance (%n zone(s)):</source>
        <translation>
            <numerusform>규제샌드박스 준수 여부 (구역 %n개):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n violation(s)</source>
        <translation>
            <numerusform>위반 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1을(를) 저장했습니다</translation>
    </message>
    <message>
        <source>export needs either --tables out.xlsx|out.csv or --gpkg out.gpkg.</source>
        <translation>export에는 --tables out.xlsx|out.csv 또는 --gpkg out.gpkg 중 하나가 필요합니다.</translation>
    </message>
    <message>
        <source>--tables must name a .xlsx or .csv file.</source>
        <translation>--tables에는 .xlsx 또는 .csv 파일을 지정해야 합니다.</translation>
    </message>
    <message>
        <source>export needs a PROJECT file.</source>
        <translation>export에는 PROJECT 파일이 필요합니다.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>예상하지 못한 인수입니다: %1</translation>
    </message>
    <message>
        <source>No plugins found.</source>
        <translation>플러그인을 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>상태: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>사유: %1</translation>
    </message>
    <message>
        <source>Folder: %1 (%2)</source>
        <translation>폴더: %1 (%2)</translation>
    </message>
    <message>
        <source>Analyses: %1</source>
        <translation>분석: %1</translation>
    </message>
    <message>
        <source>Layer sources: %1</source>
        <translation>레이어 소스: %1</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>라이선스: %1</translation>
    </message>
    <message>
        <source>Name one plugin id.</source>
        <translation>플러그인 ID를 하나 지정하십시오.</translation>
    </message>
    <message>
        <source>Error: no plugin &quot;%1&quot; was found.</source>
        <translation>오류: 플러그인 &quot;%1&quot;을(를) 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>Plugin %1 is enabled; it loads at the next start.</source>
        <translation>플러그인 %1을(를) 사용하도록 설정했습니다. 다음 시작 시 불러옵니다.</translation>
    </message>
    <message>
        <source>Plugin %1 is disabled from the next start.</source>
        <translation>플러그인 %1은(는) 다음 시작부터 사용하지 않습니다.</translation>
    </message>
    <message>
        <source>Name one folder.</source>
        <translation>폴더를 하나 지정하십시오.</translation>
    </message>
    <message>
        <source>Plugins in %1 are trusted; they load at the next start.</source>
        <translation>%1의 플러그인을 신뢰합니다. 다음 시작 시 불러옵니다.</translation>
    </message>
    <message>
        <source>Plugins in %1 are no longer trusted.</source>
        <translation>%1의 플러그인을 더 이상 신뢰하지 않습니다.</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>신뢰함</translation>
    </message>
    <message>
        <source>not trusted</source>
        <translation>신뢰하지 않음</translation>
    </message>
    <message>
        <source>Unknown plugins folders action: %1</source>
        <translation>알 수 없는 plugins folders 동작입니다: %1</translation>
    </message>
    <message>
        <source>Added plugin folder %1.</source>
        <translation>플러그인 폴더 %1을(를) 추가했습니다.</translation>
    </message>
    <message>
        <source>Removed plugin folder %1.</source>
        <translation>플러그인 폴더 %1을(를) 제거했습니다.</translation>
    </message>
    <message>
        <source>Unknown plugins action: %1</source>
        <translation>알 수 없는 plugins 동작입니다: %1</translation>
    </message>
    <message>
        <source>projects needs one project file.</source>
        <translation>projects에는 프로젝트 파일 하나가 필요합니다.</translation>
    </message>
    <message>
        <source>--year needs a year such as 2024.</source>
        <translation>--year에는 2024와 같은 연도를 지정해야 합니다.</translation>
    </message>
    <message>
        <source>--stage needs 1, 2 or 3.</source>
        <translation>--stage에는 1, 2 또는 3을 지정해야 합니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>사업 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Task: %1</source>
        <translation>과제: %1</translation>
    </message>
    <message>
        <source>Stage: %1 · Years: %2 · Status: %3</source>
        <translation>단계: %1 · 사업 기간: %2 · 상태: %3</translation>
    </message>
    <message>
        <source>Lead agency: %1</source>
        <translation>주관 기관: %1</translation>
    </message>
    <message>
        <source>Indicator %1 (%2, %3): target %4, measured %5</source>
        <translation>지표 %1 (%2, %3): 목표값 %4, 측정값 %5</translation>
    </message>
    <message>
        <source>Invalid --format &quot;%1&quot;: use png or svg.</source>
        <translation>--format 값 &quot;%1&quot;이(가) 올바르지 않습니다. png 또는 svg로 지정하십시오.</translation>
    </message>
    <message>
        <source>Invalid --dpi &quot;%1&quot;: use a number from 24 to 1200.</source>
        <translation>--dpi 값 &quot;%1&quot;이(가) 올바르지 않습니다. 24에서 1200 사이의 숫자로 지정하십시오.</translation>
    </message>
    <message>
        <source>Invalid --paper &quot;%1&quot;: use A4 or A3.</source>
        <translation>--paper 값 &quot;%1&quot;이(가) 올바르지 않습니다. A4 또는 A3으로 지정하십시오.</translation>
    </message>
    <message>
        <source>report needs --out report.pdf.</source>
        <translation>report에는 --out report.pdf가 필요합니다.</translation>
    </message>
    <message>
        <source>Error: no font with Hangul is installed, so the report cannot be written. Install NanumGothic (fonts-nanum) or Noto Sans CJK KR.</source>
        <translation>오류: 한글 글꼴이 설치되어 있지 않아 보고서를 작성할 수 없습니다. 나눔고딕(fonts-nanum) 또는 Noto Sans CJK KR을 설치하십시오.</translation>
    </message>
    <message>
        <source>report needs a PROJECT file.</source>
        <translation>report에는 PROJECT 파일이 필요합니다.</translation>
    </message>
    <message>
        <source>Writing report</source>
        <translation>보고서 작성 중</translation>
    </message>
    <message>
        <source>Wrote %1: %2 pages, %3 KB, in %4 ms.</source>
        <translation>%1을(를) 저장했습니다: %2페이지, %3 KB, %4 ms 소요.</translation>
    </message>
    <message>
        <source>Give either --results or --run-analyses, not both.</source>
        <translation>--results와 --run-analyses를 함께 지정할 수 없습니다. 둘 중 하나만 지정하십시오.</translation>
    </message>
    <message>
        <source>Running analyses</source>
        <translation>분석 실행 중</translation>
    </message>
    <message>
        <source>Note: no analysis results (no --results, no %1); sections that need them will say so. Use --run-analyses to compute them now.</source>
        <translation>참고: 분석 결과가 없습니다(--results 및 %1 없음). 분석 결과가 필요한 항목에는 그 사실이 표시됩니다. 지금 계산하려면 --run-analyses를 사용하십시오.</translation>
    </message>
    <message>
        <source>Unknown scenario &quot;%1&quot;: the project has no scenarios.</source>
        <translation>알 수 없는 시나리오입니다: &quot;%1&quot;. 프로젝트에 시나리오가 없습니다.</translation>
    </message>
    <message>
        <source>Unknown scenario &quot;%1&quot;. The project has: %2.</source>
        <translation>알 수 없는 시나리오입니다: &quot;%1&quot;. 프로젝트의 시나리오: %2.</translation>
    </message>
    <message>
        <source>--scenario needs a project file, not --input options.</source>
        <translation>--scenario는 --input 옵션이 아닌 프로젝트 파일과 함께 사용해야 합니다.</translation>
    </message>
    <message>
        <source>Invalid --year &quot;%1&quot;: use a year such as 2024.</source>
        <translation>--year 값 &quot;%1&quot;이(가) 올바르지 않습니다. 2024와 같은 연도로 지정하십시오.</translation>
    </message>
    <message>
        <source>Invalid --stage &quot;%1&quot;: use stages 1 to 3, e.g. 1,3.</source>
        <translation>--stage 값 &quot;%1&quot;이(가) 올바르지 않습니다. 1에서 3 사이의 단계로 지정하십시오(예: 1,3).</translation>
    </message>
    <message>
        <source>bench needs a target: render, overlap, coverage, report, csv.</source>
        <translation>bench에는 대상이 필요합니다: render, overlap, coverage, report, csv.</translation>
    </message>
    <message>
        <source>bench csv needs --n N (a positive number of rows).</source>
        <translation>bench csv에는 --n N(행 개수, 양수)이 필요합니다.</translation>
    </message>
    <message>
        <source>bench csv: %1 rows, %2 MiB CP949 CSV, generated in %3 s: %4</source>
        <translation>bench csv: 행 %1개, CP949 CSV %2 MiB, 생성 시간 %3 s: %4</translation>
    </message>
    <message>
        <source>  GDAL CSV driver, X/Y columns given (streamed, text not decoded): %1 s, %2 features, %3 with a point; process memory grew %4 MiB</source>
        <translation>  GDAL CSV 드라이버, X/Y 열 지정(스트리밍, 텍스트 디코딩 안 함): %1 s, 객체 %2개, 점이 있는 객체 %3개, 프로세스 메모리 %4 MiB 증가</translation>
    </message>
    <message>
        <source>  CityWeave LayerReader::read, detection included (%1): %2 s, %3 features, %4 with a position, %5 bad rows</source>
        <translation>  CityWeave LayerReader::read, 자동 감지 포함(%1): %2 s, 객체 %3개, 위치가 있는 객체 %4개, 잘못된 행 %5개</translation>
    </message>
    <message>
        <source>    layer in memory ≈ %1 MiB (geometries %2 MiB, attributes %3 MiB); process memory grew %4 MiB while it was loaded</source>
        <translation>    메모리상 레이어 크기 ≈ %1 MiB (도형 %2 MiB, 속성 %3 MiB), 불러오는 동안 프로세스 메모리 %4 MiB 증가</translation>
    </message>
    <message>
        <source>  Ratio CityWeave / GDAL: %1 (target ≤ 1.5); peak memory of the process %2 MiB</source>
        <translation>  CityWeave / GDAL 비율: %1 (목표 ≤ 1.5), 프로세스 최대 메모리 %2 MiB</translation>
    </message>
    <message>
        <source>  Kept: %1</source>
        <translation>  보관한 파일: %1</translation>
    </message>
    <message>
        <source> (and %1 more)</source>
        <translation> (외 %1개)</translation>
    </message>
    <message>
        <source>join needs TABLE --to BOUNDARIES --key COLUMN --to-key COLUMN --out FILE.gpkg.</source>
        <translation>join에는 TABLE --to BOUNDARIES --key COLUMN --to-key COLUMN --out FILE.gpkg가 필요합니다.</translation>
    </message>
    <message>
        <source>Invalid --convert &quot;%1&quot;: use auto, none, kostat-to-ministry, ministry-to-kostat or legal-dong-10-to-8.</source>
        <translation>--convert 값 &quot;%1&quot;이(가) 올바르지 않습니다. auto, none, kostat-to-ministry, ministry-to-kostat 또는 legal-dong-10-to-8로 지정하십시오.</translation>
    </message>
    <message>
        <source>Matched %1 of %2 boundaries with %3 table rows (%4 = %5).</source>
        <translation>경계 %2개 중 %1개가 표의 행 %3개와 일치했습니다(%4 = %5).</translation>
    </message>
    <message>
        <source>  Codes converted: %1</source>
        <translation>  코드 변환: %1</translation>
    </message>
    <message>
        <source>  Table codes with no boundary: %1</source>
        <translation>  일치하는 경계가 없는 표 코드: %1개</translation>
    </message>
    <message>
        <source>  Boundaries with no table row: %1</source>
        <translation>  일치하는 표 행이 없는 경계: %1개</translation>
    </message>
    <message>
        <source>  Codes repeated in the table (first row used): %1</source>
        <translation>  표에서 중복된 코드(첫 번째 행 사용): %1개</translation>
    </message>
    <message>
        <source>Wrote layer &quot;%1&quot; to %2</source>
        <translation>레이어 &quot;%1&quot;을(를) %2에 저장했습니다</translation>
    </message>
    <message>
        <source>layers add takes a PROJECT file and one SOURCE.</source>
        <translation>layers add에는 PROJECT 파일과 SOURCE 하나를 지정해야 합니다.</translation>
    </message>
    <message>
        <source>Error: none of the %1 rows of %2 has a position, so the layer would draw nothing; nothing was added. (A table without positions can be joined to boundaries with &apos;join&apos;.)</source>
        <translation>오류: %2의 행 %1개 중 위치가 있는 행이 하나도 없어 레이어에 아무것도 그려지지 않으므로 추가하지 않았습니다. (위치가 없는 표는 &apos;join&apos;으로 경계와 결합할 수 있습니다.)</translation>
    </message>
    <message>
        <source>Added layer &quot;%1&quot; (id %2) to %3: %4 features, %5 with a position.</source>
        <translation>%3에 레이어 &quot;%1&quot;(ID %2)을(를) 추가했습니다: 객체 %4개, 위치가 있는 객체 %5개.</translation>
    </message>
    <message>
        <source>  Source: %1</source>
        <translation>  소스: %1</translation>
    </message>
    <message>
        <source>layers list takes one PROJECT file.</source>
        <translation>layers list에는 PROJECT 파일 하나를 지정해야 합니다.</translation>
    </message>
    <message>
        <source>(in the project file)</source>
        <translation>(프로젝트 파일에 포함됨)</translation>
    </message>
    <message>
        <source>layers needs an action: add PROJECT SOURCE, or list PROJECT.</source>
        <translation>layers에는 동작을 지정해야 합니다: add PROJECT SOURCE 또는 list PROJECT.</translation>
    </message>
    <message>
        <source>Source options (--x, --encoding, ...) apply to layer files, not to a project.</source>
        <translation>소스 옵션(--x, --encoding, ...)은 프로젝트가 아닌 레이어 파일에 적용됩니다.</translation>
    </message>
    <message>
        <source>chosen with --encoding</source>
        <translation>--encoding으로 지정함</translation>
    </message>
    <message>
        <source>chosen with --crs</source>
        <translation>--crs로 지정함</translation>
    </message>
    <message>
        <source>  Coordinates: X %1, Y %2 (%3)</source>
        <translation>  좌표: X %1, Y %2 (%3)</translation>
    </message>
    <message>
        <source>  Geometry: WKT column %1 (%2)</source>
        <translation>  도형: WKT 열 %1 (%2)</translation>
    </message>
    <message>
        <source>  The degrees were used rather than the TM columns %1 / %2.</source>
        <translation>  TM 좌표 열 %1 / %2 대신 경위도(도) 값을 사용했습니다.</translation>
    </message>
    <message>
        <source>  No positions (--geometry none): read as a plain table.</source>
        <translation>  위치 없음(--geometry none): 일반 표로 읽습니다.</translation>
    </message>
    <message>
        <source>  Coordinate values in: %1 (%2)</source>
        <translation>  좌표값의 좌표계: %1 (%2)</translation>
    </message>
    <message>
        <source>  The column header names &quot;%1&quot;.</source>
        <translation>  열 머리글에 &quot;%1&quot;이(가) 명시되어 있습니다.</translation>
    </message>
    <message>
        <source>  No coordinate columns found; columns: %1; choose them with --x COL --y COL or --wkt COL (or --geometry none to read a plain table).</source>
        <translation>  좌표 열을 찾을 수 없습니다. 열: %1. --x COL --y COL 또는 --wkt COL로 지정하십시오(일반 표로 읽으려면 --geometry none).</translation>
    </message>
    <message>
        <source>  The coordinates fall in Korea in no Korean coordinate system CityWeave knows; choose theirs with --crs EPSG:CODE.</source>
        <translation>  CityWeave가 아는 한국 좌표계 중 좌표가 한국 내에 위치하는 좌표계가 없습니다. --crs EPSG:CODE로 좌표계를 지정하십시오.</translation>
    </message>
    <message>
        <source>  The coordinates fit several Korean coordinate systems: %1; choose one with --crs, e.g. --crs %2.</source>
        <translation>  좌표가 여러 한국 좌표계에 들어맞습니다: %1. --crs로 하나를 지정하십시오(예: --crs %2).</translation>
    </message>
    <message>
        <source>  Column names in row %1; %2 columns</source>
        <translation>  열 이름: %1행, 열 %2개</translation>
    </message>
    <message>
        <source>  No header row; %1 columns</source>
        <translation>  머리글 행 없음, 열 %1개</translation>
    </message>
    <message>
        <source>  Kept as text (codes): %1</source>
        <translation>  텍스트로 유지한 열(코드): %1</translation>
    </message>
    <message>
        <source>    row %1: %2</source>
        <translation>    %1행: %2</translation>
    </message>
    <message>
        <source>  List them with --bad-rows.</source>
        <translation>  목록을 보려면 --bad-rows를 사용하십시오.</translation>
    </message>
    <message>
        <source>  Read as: %1</source>
        <translation>  읽기 방식: %1</translation>
    </message>
    <message numerus="yes">
        <source>  In all, %n row(s) were left out (--drop-bad-rows).</source>
        <translation>
            <numerusform>  모두 %n개 행을 제외했습니다(--drop-bad-rows).</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped %1: %2</source>
        <translation>%1 건너뜀: %2</translation>
    </message>
    <message>
        <source>--diameter takes MIN-MAX in metres, e.g. 20-120.</source>
        <translation>--diameter에는 MIN-MAX를 미터로 지정합니다 (예: 20-120).</translation>
    </message>
    <message>
        <source>--vertices takes MIN-MAX between 3 and 1000, e.g. 4-12.</source>
        <translation>--vertices에는 3에서 1000 사이의 MIN-MAX를 지정합니다 (예: 4-12).</translation>
    </message>
    <message>
        <source>Warning: the project file is damaged: %1. It was left out; the rest of the project opened.</source>
        <translation>경고: 프로젝트 파일이 손상되었습니다: %1. 이 부분은 제외하고 나머지 프로젝트를 열었습니다.</translation>
    </message>
    <message>
        <source>  Warning: %1</source>
        <translation>  경고: %1</translation>
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
        <translation>  소스 옵션(info, render, layers add, join의 TABLE):
         [--layer|--sheet NAME] [--encoding ENC] [--crs EPSG:N]
         [--x COL --y COL | --wkt COL] [--geometry auto|none|xy|wkt]
         [--header-row N] [--text COL]... [--drop-bad-rows]
      또는 SOURCE 인수 하나로 지정: &quot;stops.csv|x=경도|y=위도|crs=EPSG:4326&quot;
      (키: layer, sheet, encoding, crs, header-row, geometry, x, y, wkt, text,
      bad-rows=keep|drop).
</translation>
    </message>
    <message>
        <source>  info SOURCE [--json] [--bad-rows] [source options]
      Layers, CRS, feature count, extent and fields of any vector source; for a
      table (CSV, TSV, XLSX) also what was detected and why, the rows without a
      position (--bad-rows lists them) and the source text that reads it again.
</source>
        <translation>  info SOURCE [--json] [--bad-rows] [소스 옵션]
      벡터 데이터의 레이어, 좌표계, 객체 수, 범위, 필드를 표시합니다. 표(CSV, TSV,
      XLSX)의 경우 무엇을 어떤 근거로 감지했는지, 위치가 없는 행(--bad-rows로
      목록 표시), 그리고 같은 방식으로 다시 읽을 수 있는 소스 텍스트도 표시합니다.
</translation>
    </message>
    <message>
        <source>  render PROJECT|SOURCE... --out map.png|map.svg [--format png|svg]
         [--size WxH] [--dpi N] [--extent xmin,ymin,xmax,ymax] [--crs CRS]
         [--year Y] [--stage N[,N...]] [source options but --crs]
      Draws a project, or plain layer files with default styles, to PNG or SVG;
      --year and --stage draw the plan as it stands in a year, in those stages.
      --crs is the map&apos;s; give a file&apos;s own CRS as &quot;FILE|crs=EPSG:N&quot;.
</source>
        <translation>  render PROJECT|SOURCE... --out map.png|map.svg [--format png|svg]
         [--size WxH] [--dpi N] [--extent xmin,ymin,xmax,ymax] [--crs CRS]
         [--year Y] [--stage N[,N...]] [--crs를 제외한 소스 옵션]
      프로젝트 또는 레이어 파일(기본 스타일 적용)을 PNG나 SVG로 그립니다.
      --year와 --stage를 지정하면 해당 연도, 해당 단계의 계획을 그립니다.
      --crs는 지도의 좌표계입니다. 파일 자체의 좌표계는 &quot;FILE|crs=EPSG:N&quot;으로 지정합니다.
</translation>
    </message>
    <message>
        <source>  layers add PROJECT SOURCE [source options] [--name NAME] [--bad-rows]
      Adds a layer to a project file, after reading it (refused, exit code 3,
      when it cannot be read or has no positions).
  layers list PROJECT
      The project&apos;s layers with the source text each is read with.
</source>
        <translation>  layers add PROJECT SOURCE [소스 옵션] [--name NAME] [--bad-rows]
      레이어를 읽은 뒤 프로젝트 파일에 추가합니다(읽을 수 없거나 위치가 없으면
      추가하지 않으며 종료 코드 3).
  layers list PROJECT
      프로젝트의 레이어와 각 레이어를 읽는 소스 텍스트를 표시합니다.
</translation>
    </message>
    <message>
        <source>  join TABLE --to BOUNDARIES --key COL --to-key COL --out joined.gpkg
       [--convert auto|none|kostat-to-ministry|ministry-to-kostat|
       legal-dong-10-to-8] [--out-layer NAME] [--json]
      Joins a table (e.g. statistics per district) to boundaries by code and
      writes the boundaries with the table&apos;s columns; lists what did not match.
</source>
        <translation>  join TABLE --to BOUNDARIES --key COL --to-key COL --out joined.gpkg
       [--convert auto|none|kostat-to-ministry|ministry-to-kostat|
       legal-dong-10-to-8] [--out-layer NAME] [--json]
      표(예: 자치구별 통계)를 코드로 경계와 결합하여 표의 열을 추가한 경계를
      저장하고, 일치하지 않은 항목을 표시합니다.
</translation>
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
        <translation>  bench render --n N [--size WxH] [--data FILE]
      무작위 폴리곤 N개에 대해 열기, 색인, 첫 그리기, 확대, 이동 시간을 측정합니다
      (--threads N으로 그리기 스레드 수 제한, 기본값: 모든 코어).
  bench overlap --n N [--threads N] [--compare-geos]
                [--diameter MIN-MAX] [--vertices MIN-MAX]
      무작위 폴리곤 N개로 된 두 레이어의 읽기, 색인, 중첩, 쓰기 시간을 측정합니다
      (기본값 20-400 m, 꼭짓점 8-40개; 필지: --diameter 20-120 --vertices 4-12).
  bench csv [--n N] [--keep] [--runs R]
      생성한 N행짜리 CP949 버스 정류장 CSV를 CityWeave(자동 감지 포함)와 GDAL CSV
      드라이버(열 지정)로 읽어 시간과 메모리를 측정합니다.
  bench report PROJECT | --n N [--zones Z] [--runs R]
      프로젝트(분석은 먼저 실행, 측정 제외) 또는 무작위 폴리곤 N개와 구역 페이지 Z개의
      PDF 보고서 작성 시간을 측정하고 페이지 수, 크기, 최대 메모리를 표시합니다.
</translation>
    </message>
    <message>
        <source>  analyses [--json]
      Lists the spatial integration analyses with their parameters.
</source>
        <translation>  analyses [--json]
      공간 통합 분석 목록과 매개변수를 표시합니다.
</translation>
    </message>
    <message>
        <source>  analyze PROJECT --analysis ID|all [--param key=value ...] --out results.gpkg
          [--json summary.json] [--zones FILE [--zone-name FIELD]] [--crs CRS]
          [--scenario NAME]
  analyze --input &quot;Name=a.gpkg,b.shp&quot; [--input ...] --analysis ID --out ...
      Runs analyses on a project, or on plain files (one project per --input).
      --scenario NAME (on analyze, projects, check, report) uses that plan variant.
</source>
        <translation>  analyze PROJECT --analysis ID|all [--param key=value ...] --out results.gpkg
          [--json summary.json] [--zones FILE [--zone-name FIELD]] [--crs CRS]
          [--scenario NAME]
  analyze --input &quot;Name=a.gpkg,b.shp&quot; [--input ...] --analysis ID --out ...
      프로젝트 또는 일반 파일(--input 하나당 사업 하나)에 대해 분석을 실행합니다.
      --scenario NAME(analyze, projects, check, report 공통)을 지정하면 해당 시나리오의 계획을 사용합니다.
</translation>
    </message>
    <message>
        <source>  projects PROJECT [--json] [--year Y] [--stage 1|2|3] [--scenario NAME]
      The planning registry: tasks, stages, years, partners, indicators.
</source>
        <translation>  projects PROJECT [--json] [--year Y] [--stage 1|2|3] [--scenario NAME]
      사업 목록: 과제, 단계, 사업 기간, 참여 기관, 지표를 표시합니다.
</translation>
    </message>
    <message>
        <source>  check PROJECT [--json] [--scenario NAME]
      Validates the plan and checks projects against their sandbox zones
      (exit code 5 when anything is found).
</source>
        <translation>  check PROJECT [--json] [--scenario NAME]
      계획을 검증하고 사업이 규제샌드박스 구역 조건을 준수하는지 확인합니다
      (문제가 발견되면 종료 코드 5).
</translation>
    </message>
    <message>
        <source>  report PROJECT --out report.pdf [--template NAME|FILE.json] [--lang ko|en]
         [--paper A4|A3] [--landscape] [--title T] [--organisation O]
         [--results results.gpkg | --run-analyses] [--save-template NAME]
         [--scenario NAME]
      Writes the PDF report (maps, tables, charts, methods) of a project.
</source>
        <translation>  report PROJECT --out report.pdf [--template NAME|FILE.json] [--lang ko|en]
         [--paper A4|A3] [--landscape] [--title T] [--organisation O]
         [--results results.gpkg | --run-analyses] [--save-template NAME]
         [--scenario NAME]
      프로젝트의 PDF 보고서(지도, 표, 차트, 분석 방법)를 작성합니다.
</translation>
    </message>
    <message>
        <source>  export PROJECT --tables out.xlsx|out.csv [--table KEY] [--no-bom]
  export PROJECT --gpkg out.gpkg   [--results results.gpkg | --run-analyses]
      Exports analysis tables as a spreadsheet or CSV, or all results as one
      GeoPackage with QGIS styles. CSV is UTF-8 with a byte-order mark for
      Excel unless --no-bom is given.
</source>
        <translation>  export PROJECT --tables out.xlsx|out.csv [--table KEY] [--no-bom]
  export PROJECT --gpkg out.gpkg   [--results results.gpkg | --run-analyses]
      분석 표를 스프레드시트나 CSV로, 또는 모든 결과를 QGIS 스타일이 포함된
      GeoPackage 하나로 내보냅니다. CSV는 --no-bom을 주지 않으면 Excel이 읽는
      바이트 순서 표시(BOM)가 붙은 UTF-8입니다.
</translation>
    </message>
    <message>
        <source>  build-sample MANIFEST OUT.gpkg
      Builds a project file from a sample manifest (used by the build).
</source>
        <translation>  build-sample MANIFEST OUT.gpkg
      샘플 매니페스트로 프로젝트 파일을 만듭니다(빌드에서 사용).
</translation>
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
        <translation>  plugins [--json]
      발견된 모든 플러그인과 상태, 불러오지 않은 경우 그 사유를 표시합니다.
  plugins enable ID | disable ID
      다음 시작부터 플러그인을 사용하거나 사용하지 않도록 설정합니다.
  plugins trust FOLDER | untrust FOLDER
      다음 시작부터 FOLDER의 플러그인을 불러오도록(또는 불러오지 않도록) 합니다.
  plugins folders [add DIR | remove DIR]
      검색하는 플러그인 폴더 목록을 표시하고, 폴더를 추가하거나 제거합니다.
</translation>
    </message>
    <message>
        <source>Usage: cityweave-cli [--lang ko|en] [--version] COMMAND ...
       cityweave-cli COMMAND --help

Commands:
</source>
        <translation>사용법: cityweave-cli [--lang ko|en] [--version] COMMAND ...
       cityweave-cli COMMAND --help

명령:
</translation>
    </message>
    <message>
        <source>
Options take their value after a space or an equals sign (--out map.png, --out=map.png).
Exit codes: 0 ok, 1 failure, 2 usage error, 3 bad input, 4 cannot write output,
5 check found problems.
</source>
        <translation>
옵션 값은 공백이나 등호 뒤에 씁니다(--out map.png, --out=map.png).
종료 코드: 0 성공, 1 실패, 2 사용법 오류, 3 잘못된 입력, 4 출력 쓰기 불가,
5 검사에서 문제 발견.
</translation>
    </message>
    <message>
        <source>Usage:
</source>
        <translation>사용법:
</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>알 수 없는 옵션 %1.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. The commands are: %2.</source>
        <translation>알 수 없는 명령 &quot;%1&quot;. 명령: %2.</translation>
    </message>
    <message>
        <source>Unknown option %1 for %2.</source>
        <translation>%2 명령에 없는 옵션 %1.</translation>
    </message>
    <message>
        <source>layout needs --out layout.pdf (or .png).</source>
        <translation>layout 명령에는 --out layout.pdf(또는 .png)가 필요합니다.</translation>
    </message>
    <message>
        <source>Error: no font with Hangul is installed, so the layout cannot be written. Install NanumGothic (fonts-nanum) or Noto Sans CJK KR.</source>
        <translation>오류: 한글 글꼴이 설치되어 있지 않아 배치도를 쓸 수 없습니다. 나눔고딕(fonts-nanum)이나 Noto Sans CJK KR을 설치하십시오.</translation>
    </message>
    <message>
        <source>layout needs a PROJECT file.</source>
        <translation>layout 명령에는 프로젝트 파일이 필요합니다.</translation>
    </message>
    <message>
        <source>Invalid --dpi &quot;%1&quot;: use 24 to 1200.</source>
        <translation>잘못된 --dpi &quot;%1&quot;: 24에서 1200 사이로 지정하십시오.</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 KB) in %3 ms.</source>
        <translation>%1 작성 완료(%2 KB, %3 ms).</translation>
    </message>
    <message>
        <source>  layout PROJECT --out layout.pdf|layout.png [--name NAME] [--lang ko|en]
         [--dpi N]
      Draws a print layout saved in the project (Print Layout in the app),
      or the standard one: map, legend, scale bar, north arrow, title.
</source>
        <translation>  layout PROJECT --out layout.pdf|layout.png [--name NAME] [--lang ko|en]
         [--dpi N]
      프로젝트에 저장된 인쇄 배치(앱의 인쇄 배치)나 기본 배치(지도, 범례,
      축척 막대, 방위표, 제목)를 그립니다.
</translation>
    </message>
    <message>
        <source>publish needs a SOURCE and a TARGET: a project file or a postgresql://user@host:port/database?schema=NAME URL.</source>
        <translation>publish에는 SOURCE와 TARGET이 필요합니다: 프로젝트 파일 또는 postgresql://user@host:port/database?schema=NAME URL.</translation>
    </message>
    <message>
        <source>Neither SOURCE nor TARGET is a database URL: to copy a project file, save it under another name.</source>
        <translation>SOURCE와 TARGET 모두 데이터베이스 URL이 아닙니다: 프로젝트 파일을 복사하려면 다른 이름으로 저장하십시오.</translation>
    </message>
    <message>
        <source>%1 exists: give --replace to overwrite it.</source>
        <translation>%1이(가) 이미 있습니다: 덮어쓰려면 --replace를 주십시오.</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>게시 중</translation>
    </message>
    <message>
        <source>Copying</source>
        <translation>복사 중</translation>
    </message>
    <message>
        <source>Published %1 projects, %2 sandbox zones and %3 layers to %4.</source>
        <translation>사업 %1개, 규제샌드박스 구역 %2개, 레이어 %3개를 %4에 게시했습니다.</translation>
    </message>
    <message>
        <source>Copied the plan at %1 to %2.</source>
        <translation>%1의 계획을 %2(으)로 복사했습니다.</translation>
    </message>
    <message>
        <source>  publish PROJECT.cwproject.gpkg postgresql://USER@HOST:PORT/DB?schema=NAME
          [--replace]
  publish postgresql://...?schema=NAME COPY.cwproject.gpkg [--replace]
      Publishes a plan to PostgreSQL/PostGIS for several planners to edit, or
      takes a copy of a published plan as a project file. Passwords come from
      ~/.pgpass or PGPASSWORD. Any command taking PROJECT also takes the URL.
</source>
        <translation>  publish PROJECT.cwproject.gpkg postgresql://USER@HOST:PORT/DB?schema=NAME
          [--replace]
  publish postgresql://...?schema=NAME COPY.cwproject.gpkg [--replace]
      여러 계획가가 함께 편집하도록 계획을 PostgreSQL/PostGIS에 게시하거나,
      게시된 계획의 사본을 프로젝트 파일로 가져옵니다. 비밀번호는
      ~/.pgpass 또는 PGPASSWORD에서 읽습니다. PROJECT를 받는 모든 명령은 URL도 받습니다.
</translation>
    </message>
    <message>
        <source>(in the plan&apos;s database)</source>
        <translation>(계획 데이터베이스에 포함됨)</translation>
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
    <message>
        <source>The plugin description %1 is not valid: %2</source>
        <translation>플러그인 설명 파일 %1이(가) 올바르지 않습니다: %2</translation>
    </message>
    <message>
        <source>No coordinate columns were found in %1. Its columns are: %2. Choose the X and Y columns (on the command line: --x COLUMN --y COLUMN, or --wkt COLUMN for one column of WKT), or read it as a table without positions (--geometry none) to join it to boundaries by code.</source>
        <translation>%1에서 좌표 열을 찾을 수 없습니다. 열 목록: %2. X 열과 Y 열을 선택하거나(명령줄: --x COLUMN --y COLUMN, WKT 열 하나인 경우 --wkt COLUMN), 코드로 경계와 결합할 수 있도록 위치가 없는 표로 읽으십시오(--geometry none).</translation>
    </message>
    <message>
        <source>The coordinates in %1 do not fall in Korea in any Korean coordinate system CityWeave knows. Choose their coordinate system (on the command line: --crs EPSG:CODE).</source>
        <translation>%1의 좌표는 CityWeave가 아는 어떤 한국 좌표계로도 한국 내에 위치하지 않습니다. 좌표계를 선택하십시오(명령줄: --crs EPSG:CODE).</translation>
    </message>
    <message>
        <source>The coordinates in %1 fit several Korean coordinate systems: %2. Choose the one the data uses (on the command line: --crs EPSG:CODE).</source>
        <translation>%1의 좌표가 여러 한국 좌표계에 들어맞습니다: %2. 데이터에서 사용하는 좌표계를 선택하십시오(명령줄: --crs EPSG:CODE).</translation>
    </message>
    <message>
        <source>There is no column &quot;%1&quot; in %2. Its columns are: %3.</source>
        <translation>%2에 열 &quot;%1&quot;이(가) 없습니다. 열 목록: %3.</translation>
    </message>
    <message>
        <source>%1 is not a local file. CityWeave opens web addresses, GDAL virtual paths and database connections only when they are allowed: set the environment variable CITYWEAVE_ALLOW_REMOTE_SOURCES=1 if you trust this source.</source>
        <translation>%1은(는) 로컬 파일이 아닙니다. CityWeave는 웹 주소, GDAL 가상 경로, 데이터베이스 연결을 허용된 경우에만 엽니다. 이 출처를 신뢰한다면 환경 변수 CITYWEAVE_ALLOW_REMOTE_SOURCES=1을 설정하십시오.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a pipe, a device or a socket), so CityWeave does not read it.</source>
        <translation>%1은(는) 일반 파일이 아니므로(파이프, 장치 또는 소켓) CityWeave가 읽지 않습니다.</translation>
    </message>
    <message>
        <source>The output %1 is the input %2: writing it would destroy the input. Choose another output file.</source>
        <translation>출력 %1이(가) 입력 %2와(과) 같습니다. 쓰면 입력이 사라집니다. 다른 출력 파일을 고르십시오.</translation>
    </message>
    <message>
        <source>%1 is in use: another program (or another CityWeave) is writing to it. Close it there or wait, then try again.</source>
        <translation>%1은(는) 사용 중입니다. 다른 프로그램(또는 다른 CityWeave)이 이 파일에 쓰고 있습니다. 그쪽에서 닫거나 잠시 기다린 뒤 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>The input asks for %2 %1, more than the limit of %3, so the work was stopped. Real data stays far below it: check the file. To raise the limit, set %4.</source>
        <translation>입력이 요구하는 %1의 수가 %2개로 한도 %3을(를) 넘어 작업을 중단했습니다. 실제 데이터는 이 한도에 한참 못 미치므로 파일을 확인하십시오. 한도를 높이려면 %4을(를) 설정하십시오.</translation>
    </message>
    <message>
        <source>The projects have no point assets of a known type (sensors, CCTV, chargers, parking sensors, roadside units) to measure coverage from.</source>
        <translation>사업에 서비스 범위를 잴 알려진 종류의 점 시설(센서, CCTV, 충전기, 주차 센서, 노변 기지국)이 없습니다.</translation>
    </message>
    <message>
        <source>There are no zones to measure.</source>
        <translation>잴 구역이 없습니다.</translation>
    </message>
    <message>
        <source>The projects have no features to lay a grid over.</source>
        <translation>격자를 깔 사업 객체가 없습니다.</translation>
    </message>
    <message>
        <source>There are no candidate areas to rank.</source>
        <translation>순위를 매길 후보 지역이 없습니다.</translation>
    </message>
    <message>
        <source>Every criterion has weight 0 or no data: give at least one criterion a weight.</source>
        <translation>모든 기준의 가중치가 0이거나 자료가 없습니다. 적어도 한 기준에 가중치를 주십시오.</translation>
    </message>
    <message>
        <source>There is nothing to analyse.</source>
        <translation>분석할 것이 없습니다.</translation>
    </message>
    <message>
        <source>polygons</source>
        <translation>폴리곤</translation>
    </message>
    <message>
        <source>lines</source>
        <translation>선</translation>
    </message>
    <message>
        <source>points</source>
        <translation>점</translation>
    </message>
    <message>
        <source>%2 (given as %1) is a geographic CRS, measured in degrees. Analyses measure areas and distances in metres: choose a projected CRS such as EPSG:5186.</source>
        <translation>%2 (%1)은(는) 도 단위로 재는 지리 좌표계입니다. 분석은 면적과 거리를 미터로 재므로 EPSG:5186 같은 투영 좌표계를 고르십시오.</translation>
    </message>
    <message>
        <source>The layer %1 must hold %2.</source>
        <translation>레이어 %1에는 %2이(가) 있어야 합니다.</translation>
    </message>
    <message>
        <source>%1=%2 needs the parameter %3 as well.</source>
        <translation>%1=%2에는 매개변수 %3도 필요합니다.</translation>
    </message>
    <message>
        <source>There is no parameter &quot;%1&quot;.</source>
        <translation>매개변수 &quot;%1&quot;이(가) 없습니다.</translation>
    </message>
    <message>
        <source>%2 (for %1) is neither the id of a layer in the project nor a file.</source>
        <translation>%2(%1)은(는) 프로젝트에 있는 레이어의 ID도, 파일도 아닙니다.</translation>
    </message>
    <message>
        <source>%1 is not a CityWeave results file (it has no table of analysis runs).</source>
        <translation>%1은(는) CityWeave 분석 결과 파일이 아닙니다(분석 실행 표가 없습니다).</translation>
    </message>
    <message>
        <source>The results have no table &quot;%1&quot;. They have: %2.</source>
        <translation>분석 결과에 &quot;%1&quot; 표가 없습니다. 있는 표: %2.</translation>
    </message>
    <message>
        <source>There are no analysis results to export: run the analyses first (in the CLI, give --results FILE or --run-analyses).</source>
        <translation>내보낼 분석 결과가 없습니다. 먼저 분석을 실행하십시오(CLI에서는 --results FILE 또는 --run-analyses를 지정).</translation>
    </message>
    <message>
        <source>%1 cannot be edited in place: CityWeave writes edits back to GeoPackage, GeoJSON and Shapefile layers. Save a copy as a GeoPackage to edit it.</source>
        <translation>%1은(는) 그 자리에서 편집할 수 없습니다: CityWeave는 GeoPackage, GeoJSON, Shapefile 레이어에만 편집 내용을 씁니다. GeoPackage로 사본을 저장해 편집하십시오.</translation>
    </message>
    <message>
        <source>%1 is a web or database source: its features cannot be edited here.</source>
        <translation>%1은(는) 웹 또는 데이터베이스 원본이라 여기서 객체를 편집할 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 cannot be written (no permission to change the file).</source>
        <translation>%1에 쓸 수 없습니다 (파일을 바꿀 권한이 없음).</translation>
    </message>
    <message>
        <source>%1 could not be opened for editing.</source>
        <translation>%1을(를) 편집용으로 열지 못했습니다.</translation>
    </message>
    <message>
        <source>Could not connect to the database %1: %2</source>
        <translation>데이터베이스 %1에 연결할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The database of %1 has no PostGIS extension. Ask its administrator to run CREATE EXTENSION postgis.</source>
        <translation>%1의 데이터베이스에 PostGIS 확장이 없습니다. 관리자에게 CREATE EXTENSION postgis 실행을 요청하십시오.</translation>
    </message>
    <message>
        <source>%1 already holds a plan. Choose another schema, or publish with --replace.</source>
        <translation>%1에 이미 계획이 있습니다. 다른 스키마를 고르거나 --replace로 게시하십시오.</translation>
    </message>
    <message>
        <source>%1 holds no CityWeave plan (the schema is missing or empty).</source>
        <translation>%1에 CityWeave 계획이 없습니다(스키마가 없거나 비어 있습니다).</translation>
    </message>
    <message>
        <source>You may not change %1: your database role may only read this plan.</source>
        <translation>%1을(를) 변경할 수 없습니다: 사용자의 데이터베이스 역할은 이 계획을 읽기만 할 수 있습니다.</translation>
    </message>
    <message>
        <source>You may not change %1: it belongs to %2, and you are not a member of that role.</source>
        <translation>%1을(를) 변경할 수 없습니다: %2 소유이며, 사용자는 그 역할의 구성원이 아닙니다.</translation>
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
    <message>
        <source>Source: %1</source>
        <translation>출처: %1</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>관리 기관: %1</translation>
    </message>
    <message>
        <source>Data date: %1</source>
        <translation>데이터 기준일: %1</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>라이선스: %1</translation>
    </message>
    <message>
        <source>From plugin %1</source>
        <translation>플러그인 %1에서 제공</translation>
    </message>
    <message>
        <source>From plugin %1 version %2</source>
        <translation>플러그인 %1 버전 %2에서 제공</translation>
    </message>
    <message>
        <source>Read as a table; positions from %1</source>
        <translation>표로 읽음, 위치 정보: %1</translation>
    </message>
    <message>
        <source>CRS of the values: %1 (%2)</source>
        <translation>값의 좌표계: %1 (%2)</translation>
    </message>
    <message>
        <source>Layer ▸ Rows Without Position lists them.</source>
        <translation>레이어 ▸ 위치 없는 행에서 목록을 볼 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>ParameterText</name>
    <message>
        <source>Zone layer</source>
        <translation>구역 레이어</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>격자</translation>
    </message>
    <message>
        <source>Squares</source>
        <translation>정사각형</translation>
    </message>
    <message>
        <source>Hexagons</source>
        <translation>육각형</translation>
    </message>
    <message>
        <source>IoT sensor</source>
        <translation>IoT 센서</translation>
    </message>
    <message>
        <source>CCTV</source>
        <translation>CCTV</translation>
    </message>
    <message>
        <source>EV charger</source>
        <translation>전기차 충전기</translation>
    </message>
    <message>
        <source>Parking sensor</source>
        <translation>주차 센서</translation>
    </message>
    <message>
        <source>Roadside unit (V2X)</source>
        <translation>노변기지국 (V2X)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Touching another eligible unit</source>
        <translation>다른 적격 단위와 맞닿음</translation>
    </message>
    <message>
        <source>Min–max</source>
        <translation>최소-최대</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>순위</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>클수록 좋음</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>작을수록 좋음</translation>
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
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>No</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>(automatic)</source>
        <translation>(자동)</translation>
    </message>
</context>
<context>
    <name>PlanningText</name>
    <message>
        <source>%1: an identifier is required.</source>
        <translation>%1: 식별자가 필요합니다.</translation>
    </message>
    <message>
        <source>%1: a name in Korean or English is required.</source>
        <translation>%1: 한국어 또는 영어 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of the 11 core tasks (T1-T3, S1-S3, E1-E2, I1-I3).</source>
        <translation>%1: &quot;%2&quot;은(는) 11개 핵심 과제(T1-T3, S1-S3, E1-E2, I1-I3) 중 하나가 아닙니다.</translation>
    </message>
    <message>
        <source>%1: task %2 belongs to another sector (%3).</source>
        <translation>%1: 과제 %2은(는) 다른 분야(%3)에 속합니다.</translation>
    </message>
    <message>
        <source>%1: the year %2 is outside %3-%4.</source>
        <translation>%1: 연도 %2이(가) %3-%4 범위를 벗어납니다.</translation>
    </message>
    <message>
        <source>%1: the end year %3 comes before the start year %2.</source>
        <translation>%1: 종료 연도 %3이(가) 시작 연도 %2보다 앞섭니다.</translation>
    </message>
    <message>
        <source>%1: the stage must be 1, 2 or 3, not %2.</source>
        <translation>%1: 단계는 1, 2 또는 3이어야 합니다(현재 %2).</translation>
    </message>
    <message>
        <source>%1: the budget cannot be negative.</source>
        <translation>%1: 예산은 음수일 수 없습니다.</translation>
    </message>
    <message>
        <source>%1: only a stage-3 project has a region-wide roll-out plan.</source>
        <translation>%1: 전역 확산 계획은 3단계 사업에만 둘 수 있습니다.</translation>
    </message>
    <message>
        <source>%1: the roll-out step of %2 lies outside the project&apos;s years.</source>
        <translation>%1: %2의 확산 단계가 사업 기간을 벗어납니다.</translation>
    </message>
    <message>
        <source>%1: indicator &quot;%2&quot; has no baseline, target or measured value.</source>
        <translation>%1: 지표 &quot;%2&quot;에 기준값, 목표값 또는 측정값이 없습니다.</translation>
    </message>
    <message>
        <source>%1: indicator &quot;%2&quot; appears twice for %3.</source>
        <translation>%1: 지표 &quot;%2&quot;이(가) %3에 대해 두 번 나타납니다.</translation>
    </message>
    <message>
        <source>%1: a sandbox special case runs 1 to %2 years, not %3.</source>
        <translation>%1: 규제샌드박스 특례 기간은 1~%2년이어야 합니다(현재 %3년).</translation>
    </message>
    <message>
        <source>%1: the single extension may add at most %2 years, not %3.</source>
        <translation>%1: 1회 연장은 최대 %2년까지 가능합니다(현재 %3년).</translation>
    </message>
    <message>
        <source>%1: the zone grants no exemption.</source>
        <translation>%1: 구역에 부여된 특례가 없습니다.</translation>
    </message>
    <message>
        <source>%1: the zone has no area drawn.</source>
        <translation>%1: 구역의 영역이 그려져 있지 않습니다.</translation>
    </message>
    <message>
        <source>%1: the identifier &quot;%2&quot; is used twice.</source>
        <translation>%1: 식별자 &quot;%2&quot;이(가) 두 번 사용되었습니다.</translation>
    </message>
    <message>
        <source>No zone grants the exemption</source>
        <translation>특례를 부여한 구역 없음</translation>
    </message>
    <message>
        <source>Outside the granting zones</source>
        <translation>특례 부여 구역 밖</translation>
    </message>
    <message>
        <source>Runs past the zone&apos;s validity</source>
        <translation>구역 유효 기간 초과</translation>
    </message>
    <message>
        <source>Starts before the zone is valid</source>
        <translation>구역 유효 기간 전 시작</translation>
    </message>
    <message>
        <source>Zone cap exceeded</source>
        <translation>구역 상한 초과</translation>
    </message>
    <message>
        <source>%1 needs &quot;%2&quot;, but no sandbox zone grants it.</source>
        <translation>%1에는 &quot;%2&quot; 특례가 필요하지만, 이를 부여한 규제샌드박스 구역이 없습니다.</translation>
    </message>
    <message>
        <source>%1: feature %2 of layer %3 lies outside every zone granting &quot;%4&quot; (%5 outside).</source>
        <translation>%1: 레이어 %3의 객체 %2이(가) &quot;%4&quot; 특례를 부여한 모든 구역 밖에 있습니다(구역 밖: %5).</translation>
    </message>
    <message>
        <source>%1 has no end year but zone %2 is valid only until %3.</source>
        <translation>%1에는 종료 연도가 없지만, 구역 %2은(는) %3까지만 유효합니다.</translation>
    </message>
    <message>
        <source>%1 runs until %2 but zone %3 is valid only until %4.</source>
        <translation>%1은(는) %2까지 진행되지만, 구역 %3은(는) %4까지만 유효합니다.</translation>
    </message>
    <message>
        <source>%1 starts in %2, before zone %3 becomes valid in %4.</source>
        <translation>%1은(는) %2에 시작하여, 구역 %3이(가) 유효해지는 %4보다 앞섭니다.</translation>
    </message>
    <message>
        <source>projects</source>
        <translation>사업 수</translation>
    </message>
    <message>
        <source>features</source>
        <translation>객체 수</translation>
    </message>
    <message>
        <source>m² of area</source>
        <translation>면적(m²)</translation>
    </message>
    <message>
        <source>m of length</source>
        <translation>길이(m)</translation>
    </message>
    <message>
        <source>Zone %1 holds %2 %3 under its exemptions; its cap is %4.</source>
        <translation>구역 %1의 특례 적용 대상 %3: %2 (상한 %4).</translation>
    </message>
    <message>
        <source>1 unit project</source>
        <translation>1 단위 사업</translation>
    </message>
    <message>
        <source>2 integrated pilot (living lab)</source>
        <translation>2 통합 시범 사업(리빙랩)</translation>
    </message>
    <message>
        <source>3 region-wide roll-out</source>
        <translation>3 전역 확산</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>계획</translation>
    </message>
    <message>
        <source>running</source>
        <translation>추진 중</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>중단</translation>
    </message>
    <message>
        <source>new industry</source>
        <translation>신산업</translation>
    </message>
    <message>
        <source>green energy</source>
        <translation>그린에너지</translation>
    </message>
    <message>
        <source>urban regeneration</source>
        <translation>도시재생</translation>
    </message>
    <message>
        <source>company</source>
        <translation>기업</translation>
    </message>
    <message>
        <source>school or research institute</source>
        <translation>학교 또는 연구기관</translation>
    </message>
    <message>
        <source>citizen group</source>
        <translation>시민단체</translation>
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
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>분야</translation>
    </message>
    <message>
        <source>Core task</source>
        <translation>핵심 과제</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation>주관 기관</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Start year</source>
        <translation>시작 연도</translation>
    </message>
    <message>
        <source>End year</source>
        <translation>종료 연도</translation>
    </message>
    <message>
        <source>Strategic axis</source>
        <translation>전략 축</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>참여 기관</translation>
    </message>
    <message>
        <source>Budget (KRW)</source>
        <translation>예산(KRW)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>데이터 출처</translation>
    </message>
    <message>
        <source>Required exemptions</source>
        <translation>필요한 특례</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>지표</translation>
    </message>
    <message>
        <source>Roll-out order</source>
        <translation>확산 순서</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>면적</translation>
    </message>
    <message>
        <source>Boundary</source>
        <translation>경계</translation>
    </message>
    <message>
        <source>Exemptions</source>
        <translation>특례</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>유효 기간</translation>
    </message>
    <message>
        <source>Years valid</source>
        <translation>유효 기간(년)</translation>
    </message>
    <message>
        <source>Extension (years)</source>
        <translation>연장(년)</translation>
    </message>
    <message>
        <source>Caps</source>
        <translation>상한</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>비고</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>스타일</translation>
    </message>
    <message>
        <source>Visible</source>
        <translation>표시</translation>
    </message>
</context>
<context>
    <name>PluginText</name>
    <message>
        <source>Its description (cityweave-plugin.json) is not valid.</source>
        <translation>플러그인 설명 파일(cityweave-plugin.json)이 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>A plugin with the same id is already installed in %1.</source>
        <translation>ID가 같은 플러그인이 이미 %1에 설치되어 있습니다.</translation>
    </message>
    <message>
        <source>It was made for plugin SDK %1; this CityWeave provides SDK %2.</source>
        <translation>플러그인 SDK %1용으로 만들어졌지만, 이 CityWeave는 SDK %2을(를) 제공합니다.</translation>
    </message>
    <message>
        <source>It needs the plugin &quot;%1&quot;, which is not installed.</source>
        <translation>필요한 플러그인 &quot;%1&quot;이(가) 설치되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>It needs the plugin &quot;%1&quot; version %2 or later, which is not installed.</source>
        <translation>필요한 플러그인 &quot;%1&quot; 버전 %2 이상이 설치되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>Its dependencies form a cycle (%1).</source>
        <translation>의존 관계가 순환합니다(%1).</translation>
    </message>
    <message>
        <source>It needs the plugin &quot;%1&quot;, which was not loaded.</source>
        <translation>필요한 플러그인 &quot;%1&quot;을(를) 불러오지 못했습니다.</translation>
    </message>
    <message>
        <source>Its library %1 is missing.</source>
        <translation>라이브러리 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Its library %1 could not be loaded.</source>
        <translation>라이브러리 %1을(를) 불러올 수 없습니다.</translation>
    </message>
    <message>
        <source>Its library %1 is not a CityWeave plugin (no entry point).</source>
        <translation>라이브러리 %1은(는) CityWeave 플러그인이 아닙니다(진입점 없음).</translation>
    </message>
    <message>
        <source>It failed while starting; nothing it offered was added.</source>
        <translation>시작 중 실패하여 플러그인이 제공하는 기능을 하나도 추가하지 않았습니다.</translation>
    </message>
    <message>
        <source>It offers &quot;%1&quot;, which another plugin or CityWeave itself already provides.</source>
        <translation>제공하는 &quot;%1&quot;을(를) 다른 플러그인 또는 CityWeave 자체가 이미 제공하고 있습니다.</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>불러옴</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>사용 안 함</translation>
    </message>
    <message>
        <source>Not trusted</source>
        <translation>신뢰하지 않음</translation>
    </message>
    <message>
        <source>Disabled after a crash</source>
        <translation>비정상 종료 후 사용 중지됨</translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation>불러오지 않음</translation>
    </message>
    <message>
        <source>Installed with CityWeave</source>
        <translation>CityWeave와 함께 설치됨</translation>
    </message>
    <message>
        <source>Your plugin folder</source>
        <translation>사용자 플러그인 폴더</translation>
    </message>
    <message>
        <source>Folder from the settings</source>
        <translation>설정에 지정된 폴더</translation>
    </message>
    <message>
        <source>You disabled it.</source>
        <translation>사용자가 사용 안 함으로 설정했습니다.</translation>
    </message>
    <message>
        <source>Its folder is not trusted yet; trust the folder to load it.</source>
        <translation>플러그인 폴더를 아직 신뢰하지 않았습니다. 불러오려면 폴더를 신뢰하십시오.</translation>
    </message>
    <message>
        <source>CityWeave stopped while starting it last time, so it was disabled. Enable it again only if an update fixed it.</source>
        <translation>지난번 이 플러그인을 시작하는 중에 CityWeave가 중단되어 사용을 중지했습니다. 업데이트로 문제가 해결된 경우에만 다시 사용하도록 설정하십시오.</translation>
    </message>
    <message>
        <source>CityWeave stopped while loading the plugin(s) %1 last time; they are disabled now.</source>
        <translation>지난번 플러그인 %1을(를) 불러오는 중에 CityWeave가 중단되어 해당 플러그인의 사용을 중지했습니다.</translation>
    </message>
</context>
<context>
    <name>Report</name>
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
        <source>Unassigned</source>
        <translation>미지정</translation>
    </message>
    <message>
        <source>No section is selected.</source>
        <translation>선택한 항목이 없습니다.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>차트</translation>
    </message>
    <message>
        <source>Projects per sector</source>
        <translation>분야별 사업 수</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>%1단계</translation>
    </message>
    <message>
        <source>Projects per stage</source>
        <translation>단계별 사업 수</translation>
    </message>
    <message>
        <source>Overlap area per pair (ha)</source>
        <translation>사업 쌍별 중첩 면적(ha)</translation>
    </message>
    <message>
        <source>Spatial integration report</source>
        <translation>공간 통합 분석 보고서</translation>
    </message>
    <message>
        <source>none (no analysis results)</source>
        <translation>없음 (분석 결과 없음)</translation>
    </message>
    <message>
        <source>computed while writing this report</source>
        <translation>이 보고서를 작성하면서 계산함</translation>
    </message>
    <message>
        <source>the latest runs in the open session</source>
        <translation>현재 세션의 최근 실행 결과</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Project file</source>
        <translation>프로젝트 파일</translation>
    </message>
    <message>
        <source>Map CRS</source>
        <translation>지도 좌표계</translation>
    </message>
    <message>
        <source>Analysis CRS</source>
        <translation>분석 좌표계</translation>
    </message>
    <message>
        <source>Analysis results</source>
        <translation>분석 결과</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>사업</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>데이터 출처</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>레이어</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>제공 경로</translation>
    </message>
    <message>
        <source>inside the project file</source>
        <translation>프로젝트 파일 내부</translation>
    </message>
    <message>
        <source>plugin %1 %2</source>
        <translation>플러그인 %1 %2</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>기록 없음</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>분석 방법</translation>
    </message>
    <message>
        <source>No analysis has been run for this report, so no figures in it come from an analysis.</source>
        <translation>이 보고서를 위해 실행한 분석이 없으므로, 보고서의 어떤 수치도 분석에서 나온 것이 아닙니다.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>분석</translation>
    </message>
    <message>
        <source>Run at (UTC)</source>
        <translation>실행 시각(UTC)</translation>
    </message>
    <message>
        <source>CRS</source>
        <translation>좌표계</translation>
    </message>
    <message>
        <source>Overlap area between the footprints of each pair of projects, in hectares. Darker cells overlap more; the numbers in the header refer to the rows.</source>
        <translation>각 사업 쌍의 대상 영역이 중첩되는 면적(ha)입니다. 색이 진한 칸일수록 중첩이 큽니다. 머리글의 번호는 각 행을 가리킵니다.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>사업</translation>
    </message>
    <message>
        <source>Overlapping pairs</source>
        <translation>중첩 사업 쌍</translation>
    </message>
    <message>
        <source>Project A</source>
        <translation>사업 A</translation>
    </message>
    <message>
        <source>Project B</source>
        <translation>사업 B</translation>
    </message>
    <message>
        <source>Overlap (ha)</source>
        <translation>중첩 면적(ha)</translation>
    </message>
    <message>
        <source>Share of A</source>
        <translation>A 대비 비율</translation>
    </message>
    <message>
        <source>Share of B</source>
        <translation>B 대비 비율</translation>
    </message>
    <message>
        <source>No two projects overlap in area.</source>
        <translation>면적이 중첩되는 사업이 없습니다.</translation>
    </message>
    <message>
        <source>Overview map</source>
        <translation>개요도</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>범례</translation>
    </message>
    <message>
        <source>Project registry</source>
        <translation>사업 목록</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>분야</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>과제</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation>주관 기관</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>사업 기간</translation>
    </message>
    <message>
        <source>%1 of %2 zones hold at least one project.</source>
        <translation>구역 %2개 중 %1개에 사업이 하나 이상 있습니다.</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>구역</translation>
    </message>
    <message>
        <source>Area (ha)</source>
        <translation>면적(ha)</translation>
    </message>
    <message>
        <source>Project ids</source>
        <translation>사업 ID</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>커버 비율</translation>
    </message>
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
        <source>Zone %1: %2</source>
        <translation>구역 %1: %2</translation>
    </message>
    <message>
        <source>Score %1 · %2 projects · area %3 ha</source>
        <translation>점수 %1 · 사업 %2개 · 면적 %3 ha</translation>
    </message>
    <message>
        <source>Member project</source>
        <translation>구성 사업</translation>
    </message>
    <message>
        <source>Rule fired</source>
        <translation>적용된 규칙</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>분류</translation>
    </message>
    <message>
        <source>No sector rule matched this zone.</source>
        <translation>이 구역에 일치하는 분야 규칙이 없습니다.</translation>
    </message>
    <message>
        <source>%1 integration zones were found; the %2 with the highest scores follow, one page each.</source>
        <translation>통합 후보 구역 %1개를 찾았습니다. 점수가 가장 높은 %2개 구역을 한 페이지씩 수록합니다.</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>사업 목록</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Budget (KRW)</source>
        <translation>예산(KRW)</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>지표</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>지표</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>기준값</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>목표값</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>측정값</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>단위</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>No project states indicators.</source>
        <translation>지표를 제시한 사업이 없습니다.</translation>
    </message>
    <message>
        <source>Sandbox compliance</source>
        <translation>규제샌드박스 준수 여부</translation>
    </message>
    <message>
        <source>The plan has no sandbox zones.</source>
        <translation>계획에 규제샌드박스 구역이 없습니다.</translation>
    </message>
    <message>
        <source>The compliance check failed: %1</source>
        <translation>준수 여부 검사에 실패했습니다: %1</translation>
    </message>
    <message>
        <source>%1 sandbox zones; %2 violations; %3 problems in the plan.</source>
        <translation>규제샌드박스 구역 %1개, 위반 %2건, 계획 문제 %3건.</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>계획</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>시나리오: %1</translation>
    </message>
    <message>
        <source>The %1 largest of %2 overlapping pairs; every pair is in the results&apos; overlap_matrix table.</source>
        <translation>중첩 쌍 %2개 중 가장 큰 %1개입니다. 모든 쌍은 결과의 overlap_matrix 표에 있습니다.</translation>
    </message>
    <message>
        <source>The results name %1 projects, too many for a matrix on a page: the overlapping pairs follow.</source>
        <translation>결과에 사업이 %1개 있어 한 쪽의 행렬로 나타낼 수 없습니다. 중첩 쌍을 이어서 보입니다.</translation>
    </message>
    <message>
        <source>Not in this report</source>
        <translation>이 보고서에 없는 항목</translation>
    </message>
    <message>
        <source>The sections of these analyses are left out because they have not been run: %1. Run them in the Analysis panel, or export the report with the analyses run (cityweave-cli report --run-analyses).</source>
        <translation>다음 분석은 실행되지 않아 해당 절을 싣지 않았습니다: %1. 분석 패널에서 실행하거나, 분석을 실행하며 보고서를 내보내십시오 (cityweave-cli report --run-analyses).</translation>
    </message>
    <message>
        <source>Regulatory sandbox zones</source>
        <translation>규제샌드박스 구역</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>지표</translation>
    </message>
    <message>
        <source>The first %1 of %2 rows and %3 of %4 columns; the spreadsheet export has them all.</source>
        <translation>%2행 중 처음 %1행, %4열 중 %3열입니다. 전체는 스프레드시트 내보내기에 있습니다.</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>지역</translation>
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
    <message>
        <source>score %1–%2</source>
        <translation>점수 %1–%2</translation>
    </message>
    <message>
        <source>not ranked</source>
        <translation>순위 없음</translation>
    </message>
    <message>
        <source>covered %1–%2 %</source>
        <translation>커버 비율 %1–%2 %</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>데이터 없음</translation>
    </message>
</context>
<context>
    <name>ResultValueText</name>
    <message>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>No</source>
        <translation>아니요</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>Export tables</source>
        <translation>표 내보내기</translation>
    </message>
    <message>
        <source>There are no analysis results yet. Run an analysis in the Analysis panel first.</source>
        <translation>아직 분석 결과가 없습니다. 먼저 분석 패널에서 분석을 실행하십시오.</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 통합 문서 (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 저장 중…</translation>
    </message>
</context>
<context>
    <name>TableReadText</name>
    <message>
        <source>Coordinate empty or not a number</source>
        <translation>좌표가 비어 있거나 숫자가 아님</translation>
    </message>
    <message>
        <source>At (0,0)</source>
        <translation>좌표가 (0,0)</translation>
    </message>
    <message>
        <source>Same value in X and Y</source>
        <translation>X와 Y 값이 같음</translation>
    </message>
    <message>
        <source>Latitude and longitude swapped</source>
        <translation>위도와 경도가 바뀜</translation>
    </message>
    <message>
        <source>Degrees among metre coordinates</source>
        <translation>미터 좌표 중 도(degree) 값</translation>
    </message>
    <message>
        <source>Outside Korea</source>
        <translation>한국 밖</translation>
    </message>
    <message>
        <source>Geometry text does not parse</source>
        <translation>도형 텍스트를 해석할 수 없음</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with an empty or non-numeric coordinate</source>
        <translation>
            <numerusform>좌표가 비어 있거나 숫자가 아닌 행 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) at (0,0)</source>
        <translation>
            <numerusform>좌표가 (0,0)인 행 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with the same value in X and Y</source>
        <translation>
            <numerusform>X와 Y 값이 같은 행 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with latitude and longitude swapped</source>
        <translation>
            <numerusform>위도와 경도가 바뀐 행 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in degrees among metre coordinates</source>
        <translation>
            <numerusform>미터 좌표 중 도(degree) 값인 행 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) outside Korea</source>
        <translation>
            <numerusform>좌표가 한국 밖에 있는 행 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) whose geometry text does not parse</source>
        <translation>
            <numerusform>도형 텍스트를 해석할 수 없는 행 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept without a position (not drawn): %1</source>
        <translation>위치 없이 유지됨(그리지 않음): %1</translation>
    </message>
    <message>
        <source>Left out of the layer: %1</source>
        <translation>레이어에서 제외됨: %1</translation>
    </message>
    <message>
        <source>from the byte-order mark</source>
        <translation>바이트 순서 표시(BOM)로 확인</translation>
    </message>
    <message>
        <source>recognised from the bytes</source>
        <translation>바이트 내용으로 인식</translation>
    </message>
    <message>
        <source>plain ASCII, read as UTF-8</source>
        <translation>일반 ASCII이므로 UTF-8로 읽음</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>직접 지정</translation>
    </message>
    <message>
        <source>defined by the format</source>
        <translation>형식에서 정의됨</translation>
    </message>
    <message>
        <source>recognised from the column names</source>
        <translation>열 이름으로 인식</translation>
    </message>
    <message>
        <source>recognised from the values</source>
        <translation>값으로 인식</translation>
    </message>
    <message>
        <source>the values are longitudes and latitudes in Korea</source>
        <translation>값이 한국 내의 경도·위도임</translation>
    </message>
    <message>
        <source>the values are degrees with the latitude in the X column: X and Y were swapped</source>
        <translation>값이 X 열에 위도가 들어 있는 경위도임: X와 Y가 서로 바뀌어 있음</translation>
    </message>
    <message>
        <source>the only Korean grid that puts the points in Korea</source>
        <translation>점이 한국 내에 위치하는 유일한 한국 평면좌표계</translation>
    </message>
    <message>
        <source>named in the column header (&quot;%1&quot;)</source>
        <translation>열 머리글에 명시됨(&quot;%1&quot;)</translation>
    </message>
    <message>
        <source>of the Korean grids that fit, the only one that puts the points in the capital region</source>
        <translation>들어맞는 한국 평면좌표계 중 점이 수도권에 위치하는 유일한 좌표계</translation>
    </message>
    <message>
        <source>given in the geometry text (SRID)</source>
        <translation>도형 텍스트에 명시됨(SRID)</translation>
    </message>
    <message>
        <source>columns %1 (X) and %2 (Y)</source>
        <translation>%1 열(X), %2 열(Y)</translation>
    </message>
    <message>
        <source>geometry text in column %1</source>
        <translation>%1 열의 도형 텍스트</translation>
    </message>
    <message>
        <source>no positions (a plain table)</source>
        <translation>위치 없음 (일반 표)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with an empty or non-numeric coordinate were left out</source>
        <translation>
            <numerusform>좌표가 비어 있거나 숫자가 아닌 행 %n개를 제외했습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with an empty or non-numeric coordinate have no position</source>
        <translation>
            <numerusform>좌표가 비어 있거나 숫자가 아닌 행 %n개는 위치가 없습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) at (0,0) were left out</source>
        <translation>
            <numerusform>좌표가 (0,0)인 행 %n개를 제외했습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) at (0,0) have no position</source>
        <translation>
            <numerusform>좌표가 (0,0)인 행 %n개는 위치가 없습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with the same value in X and Y were left out</source>
        <translation>
            <numerusform>X와 Y 값이 같은 행 %n개를 제외했습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with the same value in X and Y have no position</source>
        <translation>
            <numerusform>X와 Y 값이 같은 행 %n개는 위치가 없습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with latitude and longitude swapped were left out</source>
        <translation>
            <numerusform>위도와 경도가 바뀐 행 %n개를 제외했습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with latitude and longitude swapped have no position</source>
        <translation>
            <numerusform>위도와 경도가 바뀐 행 %n개는 위치가 없습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in degrees among metre coordinates were left out</source>
        <translation>
            <numerusform>미터 좌표 중 도(degree) 값인 행 %n개를 제외했습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in degrees among metre coordinates have no position</source>
        <translation>
            <numerusform>미터 좌표 중 도(degree) 값인 행 %n개는 위치가 없습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) outside Korea were left out</source>
        <translation>
            <numerusform>좌표가 한국 밖에 있는 행 %n개를 제외했습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) outside Korea have no position</source>
        <translation>
            <numerusform>좌표가 한국 밖에 있는 행 %n개는 위치가 없습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) whose geometry text does not parse were left out</source>
        <translation>
            <numerusform>도형 텍스트를 해석할 수 없는 행 %n개를 제외했습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) whose geometry text does not parse have no position</source>
        <translation>
            <numerusform>도형 텍스트를 해석할 수 없는 행 %n개는 위치가 없습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>the only one of the Korean grids that fit, %1, that puts the points in the capital region</source>
        <translation>들어맞는 한국 평면좌표계 %1 중 점이 수도권에 위치하는 유일한 좌표계</translation>
    </message>
</context>
<context>
    <name>WarningText</name>
    <message>
        <source>No zone layer was chosen: a %1 m grid over the boundary was used instead of districts.</source>
        <translation>구역 레이어가 선택되지 않아 행정구역 대신 경계 위의 %1 m 격자를 사용했습니다.</translation>
    </message>
    <message>
        <source>No zone layer was chosen: a %1 m grid over the bounding box was used instead of districts, so cells outside the city count too. Choose a gu or dong layer as the zone layer.</source>
        <translation>구역 레이어가 선택되지 않아 행정구역 대신 범위 사각형 위의 %1 m 격자를 사용했으므로 시 경계 밖의 격자도 집계됩니다. 구 또는 동 레이어를 구역 레이어로 선택하십시오.</translation>
    </message>
    <message>
        <source>No zone layer was chosen: grid cells over the projects were ranked instead of districts.</source>
        <translation>구역 레이어가 선택되지 않아 행정구역 대신 사업 위의 격자 셀로 순위를 매겼습니다.</translation>
    </message>
    <message>
        <source>%1 invalid geometries were repaired (GEOS MakeValid).</source>
        <translation>유효하지 않은 도형 %1개를 보정했습니다(GEOS MakeValid).</translation>
    </message>
    <message>
        <source>%1 polygon(s) retrace their own outline (mostly repeated vertices) and count nowhere.</source>
        <translation>폴리곤 %1개가 자기 외곽선을 되풀이하여(대부분 반복된 꼭짓점) 어디에도 집계되지 않습니다.</translation>
    </message>
    <message>
        <source>%1 feature(s) lie far from the rest (one reaches %2): check for misplaced vertices such as (0,0).</source>
        <translation>피처 %1개가 나머지와 멀리 떨어져 있습니다(한 피처는 %2까지 이릅니다). (0,0) 같은 잘못된 꼭짓점이 있는지 확인하십시오.</translation>
    </message>
    <message>
        <source>%1 of its points could not be transformed from %2 to %3 and count nowhere.</source>
        <translation>점 %1개를 %2에서 %3(으)로 변환할 수 없어 어디에도 집계되지 않습니다.</translation>
    </message>
    <message>
        <source>%1 assets are farther than the snap distance from every road and serve nothing along the network.</source>
        <translation>시설 %1개가 모든 도로에서 스냅 거리보다 멀어 네트워크를 따라 아무 곳도 서비스하지 않습니다.</translation>
    </message>
    <message>
        <source>its asset type was not recognised (set the type keywords or the type field).</source>
        <translation>시설 유형을 인식하지 못했습니다(유형 키워드나 유형 필드를 설정하십시오).</translation>
    </message>
    <message>
        <source>%1% of its footprint is in no zone.</source>
        <translation>사업 범위의 %1%가 어느 구역에도 속하지 않습니다.</translation>
    </message>
    <message>
        <source>%1 point assets lie outside every zone.</source>
        <translation>점 시설 %1개가 모든 구역 밖에 있습니다.</translation>
    </message>
    <message>
        <source>The analysis CRS is geographic: areas and lengths are in degrees, not metres.</source>
        <translation>분석 좌표계가 지리 좌표계입니다. 면적과 길이가 미터가 아닌 도 단위입니다.</translation>
    </message>
    <message>
        <source>The criterion &quot;%1&quot; was left out: its layer or field is not chosen.</source>
        <translation>기준 &quot;%1&quot;은(는) 레이어나 필드가 선택되지 않아 제외했습니다.</translation>
    </message>
    <message>
        <source>No integration zones were found: the integration score is 0 everywhere.</source>
        <translation>통합 구역을 찾지 못해 모든 곳의 통합 점수가 0입니다.</translation>
    </message>
    <message>
        <source>No point assets of a known type: the coverage-gaps criterion was left out.</source>
        <translation>알려진 유형의 점 시설이 없어 서비스 공백 기준을 제외했습니다.</translation>
    </message>
    <message>
        <source>%1 feature pairs could not be intersected and were left out.</source>
        <translation>피처 쌍 %1개는 교차 계산을 할 수 없어 제외했습니다.</translation>
    </message>
    <message>
        <source>%1 point or line layers were left out of the surface (the point and line buffer is 0).</source>
        <translation>점·선 레이어 %1개를 중첩 표면에서 제외했습니다(점·선 버퍼가 0입니다).</translation>
    </message>
    <message>
        <source>%1 boundary pieces did not close into rings; their slivers were left out.</source>
        <translation>경계 조각 %1개가 고리로 닫히지 않아 그 조각 면을 제외했습니다.</translation>
    </message>
    <message>
        <source>could not be read (%1).</source>
        <translation>읽을 수 없습니다(%1).</translation>
    </message>
    <message>
        <source>Project %1: %2</source>
        <translation>사업 %1: %2</translation>
    </message>
    <message>
        <source>Layers %1: %2</source>
        <translation>레이어 %1: %2</translation>
    </message>
    <message>
        <source>Layer %1: %2</source>
        <translation>레이어 %1: %2</translation>
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
    <message>
        <source>Results of earlier runs, saved with the project in %1</source>
        <translation>이전 실행의 결과 (프로젝트와 함께 %1에 저장됨)</translation>
    </message>
</context>
<context>
    <name>cw::desktop::ComplianceController</name>
    <message>
        <source>Check Sandbox &amp;Compliance</source>
        <translation>규제샌드박스 준수 여부 검사(&amp;C)</translation>
    </message>
    <message>
        <source>Sandbox compliance</source>
        <translation>규제샌드박스 준수 여부</translation>
    </message>
    <message>
        <source>List the projects and features that break the rules of their sandbox zones</source>
        <translation>규제샌드박스 구역의 규정을 위반하는 사업과 객체를 나열합니다</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>아직 검사하지 않았습니다.</translation>
    </message>
    <message>
        <source>Validating the plan…</source>
        <translation>계획을 검증하는 중…</translation>
    </message>
    <message>
        <source>Reading the project layers…</source>
        <translation>프로젝트 레이어를 읽는 중…</translation>
    </message>
    <message>
        <source>Checking the sandbox zones…</source>
        <translation>규제샌드박스 구역을 검사하는 중…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>검사가 취소되었습니다.</translation>
    </message>
    <message>
        <source>The check was cancelled: the list shows the previous check.</source>
        <translation>검사가 취소되었습니다. 목록에는 이전 검사 결과가 표시됩니다.</translation>
    </message>
    <message>
        <source>The check failed: %1</source>
        <translation>검사에 실패했습니다: %1</translation>
    </message>
    <message>
        <source>The project has not been saved yet: the plan was validated, but the sandbox compliance check reads the projects&apos; layers from the project file. Save the project to check it.</source>
        <translation>프로젝트를 아직 저장하지 않았습니다. 계획은 검증했지만, 규제샌드박스 준수 여부 검사는 프로젝트 파일에서 사업 레이어를 읽습니다. 검사하려면 프로젝트를 저장하십시오.</translation>
    </message>
    <message>
        <source>plan valid</source>
        <translation>계획 문제 없음</translation>
    </message>
    <message numerus="yes">
        <source>%n plan problem(s)</source>
        <translation>
            <numerusform>계획 문제 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>Compliance not checked; %1</source>
        <translation>준수 여부 검사 안 함, %1</translation>
    </message>
    <message numerus="yes">
        <source>No violations in %n zone(s)</source>
        <translation>
            <numerusform>구역 %n개에서 위반 없음</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n violation(s)</source>
        <translation>
            <numerusform>위반 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n zone(s)</source>
        <translation>
            <numerusform>구역 %n개에서 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>cw::desktop::ConflictDialog</name>
    <message>
        <source>Another planner changed the same fields</source>
        <translation>다른 계획가가 같은 항목을 변경했습니다</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>When you opened it</source>
        <translation>열었을 때</translation>
    </message>
    <message>
        <source>Theirs (saved)</source>
        <translation>상대방 값(저장됨)</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>내 값</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>유지할 값</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>상대방 값</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>내 값</translation>
    </message>
    <message>
        <source>Your other changes were saved. For each field below, choose whose value to keep, then save again.</source>
        <translation>다른 변경 내용은 저장되었습니다. 아래 각 항목에 대해 어느 값을 유지할지 고른 뒤 다시 저장하십시오.</translation>
    </message>
</context>
<context>
    <name>cw::desktop::DatabasePlanLink</name>
    <message>
        <source>The database does not announce changes (LISTEN failed).</source>
        <translation>데이터베이스가 변경 알림을 보내지 않습니다(LISTEN 실패).</translation>
    </message>
    <message>
        <source>%1 changed %2</source>
        <translation>%1이(가) %2을(를) 변경함</translation>
    </message>
</context>
<context>
    <name>cw::desktop::FeatureEditController</name>
    <message>
        <source>Editing</source>
        <translation>편집</translation>
    </message>
    <message>
        <source>Edit Layer</source>
        <translation>레이어 편집</translation>
    </message>
    <message>
        <source>Edit the features of the layer chosen in the layer list</source>
        <translation>레이어 목록에서 고른 레이어의 객체를 편집합니다</translation>
    </message>
    <message>
        <source>Add Feature</source>
        <translation>객체 추가</translation>
    </message>
    <message>
        <source>Move Features</source>
        <translation>객체 이동</translation>
    </message>
    <message>
        <source>Delete Selected</source>
        <translation>선택 삭제</translation>
    </message>
    <message>
        <source>Edit Attributes…</source>
        <translation>속성 편집…</translation>
    </message>
    <message>
        <source>Save Layer Edits</source>
        <translation>레이어 편집 저장</translation>
    </message>
    <message>
        <source>Cannot save the edits</source>
        <translation>편집 내용을 저장할 수 없습니다</translation>
    </message>
    <message>
        <source>The edits were written to the layer&apos;s file.</source>
        <translation>편집 내용을 레이어 파일에 썼습니다.</translation>
    </message>
    <message>
        <source>Choose the layer to edit in the layer list first.</source>
        <translation>먼저 레이어 목록에서 편집할 레이어를 고르십시오.</translation>
    </message>
    <message>
        <source>This layer cannot be edited</source>
        <translation>이 레이어는 편집할 수 없습니다</translation>
    </message>
    <message>
        <source>The new feature lies outside the layer&apos;s CRS.</source>
        <translation>새 객체가 레이어 좌표계의 범위 밖에 있습니다.</translation>
    </message>
    <message>
        <source>Add feature</source>
        <translation>객체 추가</translation>
    </message>
    <message numerus="yes">
        <source>Move %n feature(s)</source>
        <translation>
            <numerusform>객체 %n개 이동</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n feature(s)</source>
        <translation>
            <numerusform>객체 %n개 삭제</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit attributes</source>
        <translation>속성 편집</translation>
    </message>
    <message>
        <source>Move Vertices</source>
        <translation>꼭짓점 이동</translation>
    </message>
    <message>
        <source>Move vertex</source>
        <translation>꼭짓점 이동</translation>
    </message>
    <message>
        <source>No vertex or segment of the edited layer there: press on a vertex and drag to move it, or on a segment to add one.</source>
        <translation>그곳에는 편집 중인 레이어의 꼭짓점이나 선분이 없습니다: 꼭짓점을 눌러 끌면 옮기고, 선분을 눌러 끌면 꼭짓점을 추가합니다.</translation>
    </message>
    <message>
        <source>No vertex of the edited layer there: click on a vertex.</source>
        <translation>그곳에는 편집 중인 레이어의 꼭짓점이 없습니다: 꼭짓점을 클릭하십시오.</translation>
    </message>
    <message>
        <source>Drag a vertex of the edited layer to move it, or drag from a segment to add a vertex there</source>
        <translation>편집 중인 레이어의 꼭짓점을 끌어 옮기거나, 선분에서 끌어 그곳에 꼭짓점을 추가합니다</translation>
    </message>
    <message>
        <source>Delete Vertices</source>
        <translation>꼭짓점 삭제</translation>
    </message>
    <message>
        <source>Click a vertex of the edited layer to delete it</source>
        <translation>편집 중인 레이어의 꼭짓점을 클릭하면 삭제합니다</translation>
    </message>
    <message>
        <source>Add vertex</source>
        <translation>꼭짓점 추가</translation>
    </message>
    <message>
        <source>A line keeps two vertices and a polygon three: delete the feature instead.</source>
        <translation>선은 꼭짓점 2개, 폴리곤은 3개가 있어야 합니다: 대신 객체를 삭제하십시오.</translation>
    </message>
    <message>
        <source>Delete vertex</source>
        <translation>꼭짓점 삭제</translation>
    </message>
</context>
<context>
    <name>cw::desktop::FeatureEditing</name>
    <message>
        <source>The edits of &quot;%1&quot; could not be saved: %2</source>
        <translation>&quot;%1&quot;의 편집 내용을 저장하지 못했습니다: %2</translation>
    </message>
</context>
<context>
    <name>cw::desktop::IndicatorDashboardController</name>
    <message>
        <source>Indicators</source>
        <translation>지표</translation>
    </message>
    <message>
        <source>By project</source>
        <translation>사업별</translation>
    </message>
    <message>
        <source>Roll-up</source>
        <translation>집계</translation>
    </message>
    <message>
        <source>&amp;Indicators</source>
        <translation>지표(&amp;I)</translation>
    </message>
    <message>
        <source>Show the indicator dashboard: each project&apos;s figures and their roll-up by zone or district</source>
        <translation>지표 대시보드 표시: 사업별 수치와 구역 또는 자치구별 집계</translation>
    </message>
    <message>
        <source>Sandbox zones of the plan</source>
        <translation>계획의 규제샌드박스 구역</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
    <message>
        <source>The plan has no sandbox zone with an area. Draw one, or choose a layer of areas such as districts.</source>
        <translation>계획에 영역이 그려진 규제샌드박스 구역이 없습니다. 구역을 그리거나 자치구와 같은 영역 레이어를 선택하십시오.</translation>
    </message>
    <message>
        <source>The layer of areas is not loaded.</source>
        <translation>영역 레이어를 불러오지 않았습니다.</translation>
    </message>
    <message>
        <source>Rolling up the indicators…</source>
        <translation>지표를 집계하는 중…</translation>
    </message>
    <message>
        <source>The roll-up was cancelled.</source>
        <translation>집계가 취소되었습니다.</translation>
    </message>
    <message>
        <source>The roll-up failed: %1</source>
        <translation>집계에 실패했습니다: %1</translation>
    </message>
</context>
<context>
    <name>cw::desktop::Locator</name>
    <message>
        <source>Search layers, projects, zones, places…</source>
        <translation>레이어, 사업, 구역, 장소 찾기…</translation>
    </message>
    <message>
        <source>Find a layer, a project, a sandbox zone or a feature by any text field (a gu or dong name, a station, a code) and go to it (Ctrl+K)</source>
        <translation>레이어, 사업, 샌드박스 구역, 또는 글자 필드(구·동 이름, 역, 코드)로 객체를 찾아 그곳으로 갑니다 (Ctrl+K)</translation>
    </message>
    <message>
        <source>Layer: %1</source>
        <translation>레이어: %1</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>사업: %1</translation>
    </message>
    <message>
        <source>Sandbox zone: %1</source>
        <translation>샌드박스 구역: %1</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>찾은 것이 없습니다</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>찾는 중…</translation>
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
    <message>
        <source>Add Layers from &amp;Plugin…</source>
        <translation>플러그인에서 레이어 추가(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Plugins</source>
        <translation>플러그인(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Manage Plugins…</source>
        <translation>플러그인 관리(&amp;M)…</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>자동 저장에 실패했습니다: %1</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>P&amp;lan</source>
        <translation>계획(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>패널(&amp;P)</translation>
    </message>
    <message>
        <source>La&amp;yer</source>
        <translation>레이어(&amp;Y)</translation>
    </message>
    <message>
        <source>Rows Without &amp;Position…</source>
        <translation>위치 없는 행(&amp;P)…</translation>
    </message>
    <message>
        <source>Every row of &quot;%1&quot; has a position.</source>
        <translation>&quot;%1&quot;의 모든 행에 위치가 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation>속성(&amp;P)…</translation>
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
    <name>cw::desktop::MapToolsController</name>
    <message>
        <source>Map tools</source>
        <translation>지도 도구</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>이동</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>확대</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>축소</translation>
    </message>
    <message>
        <source>Zoom to a Box</source>
        <translation>영역 확대</translation>
    </message>
    <message>
        <source>Zoom Full</source>
        <translation>전체 보기</translation>
    </message>
    <message>
        <source>Zoom to Selection</source>
        <translation>선택 영역으로 확대</translation>
    </message>
    <message>
        <source>Nothing is selected.</source>
        <translation>선택한 것이 없습니다.</translation>
    </message>
    <message>
        <source>Identify Features</source>
        <translation>객체 정보 보기</translation>
    </message>
    <message>
        <source>Select Features (Shift adds, Ctrl toggles)</source>
        <translation>객체 선택 (Shift 추가, Ctrl 전환)</translation>
    </message>
    <message>
        <source>Deselect All</source>
        <translation>모두 선택 해제</translation>
    </message>
    <message>
        <source>Measure Distance</source>
        <translation>거리 측정</translation>
    </message>
    <message>
        <source>Measure Area</source>
        <translation>면적 측정</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) selected.</source>
        <translation>
            <numerusform>객체 %n개를 선택했습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::desktop::OpenDatabaseDialog</name>
    <message>
        <source>Open plan from database</source>
        <translation>데이터베이스에서 계획 열기</translation>
    </message>
    <message>
        <source>one schema per plan, e.g. magok_2026</source>
        <translation>계획마다 스키마 하나, 예: magok_2026</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>호스트(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>포트(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>데이터베이스(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Schema:</source>
        <translation>스키마(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>사용자(&amp;U):</translation>
    </message>
    <message>
        <source>The password is taken from ~/.pgpass (pgpass.conf on Windows), PGPASSWORD or a PostgreSQL service file; CityWeave never stores it.</source>
        <translation>비밀번호는 ~/.pgpass(Windows에서는 pgpass.conf), PGPASSWORD 또는 PostgreSQL 서비스 파일에서 읽으며, CityWeave는 비밀번호를 저장하지 않습니다.</translation>
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
        <translation>비정상 종료로 사용 중지된 플러그인</translation>
    </message>
    <message>
        <source>You can enable them again in Plugins &gt; Manage Plugins.</source>
        <translation>[플러그인] &gt; [플러그인 관리]에서 다시 사용하도록 설정할 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Trust this plugin folder?</source>
        <translation>이 플러그인 폴더를 신뢰하시겠습니까?</translation>
    </message>
    <message numerus="yes">
        <source>CityWeave found %n plugin(s) in a folder you have not trusted yet:</source>
        <translation>
            <numerusform>아직 신뢰하지 않은 폴더에서 CityWeave가 플러그인 %n개를 찾았습니다:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1

Folder: %2

A plugin runs with your permissions. Trust the folder only if you know where its plugins come from.</source>
        <translation>%1

폴더: %2

플러그인은 사용자 권한으로 실행됩니다. 플러그인의 출처를 알고 있는 경우에만 이 폴더를 신뢰하십시오.</translation>
    </message>
    <message>
        <source>Trust and Load</source>
        <translation>신뢰하고 불러오기</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>나중에</translation>
    </message>
    <message>
        <source>Cannot save the plugin settings</source>
        <translation>플러그인 설정을 저장할 수 없습니다</translation>
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
    <message>
        <source>This project is not a plan in a database.</source>
        <translation>이 프로젝트는 데이터베이스의 계획이 아닙니다.</translation>
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
    <message>
        <source>an untitled project</source>
        <translation>제목 없는 프로젝트</translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation>저장하지 않은 변경 사항 복구</translation>
    </message>
    <message>
        <source>CityWeave closed unexpectedly while %1 had unsaved changes. A copy was saved automatically at %2.

Recover these changes? If you discard them, the copy is deleted.</source>
        <translation>%1에 저장하지 않은 변경 사항이 있는 상태에서 CityWeave가 비정상적으로 종료되었습니다. 사본이 %2에 자동으로 저장되어 있습니다.

이 변경 사항을 복구하시겠습니까? 복구하지 않고 버리면 사본이 삭제됩니다.</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>복구(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>버리기(&amp;D)</translation>
    </message>
    <message>
        <source>Cannot recover changes</source>
        <translation>변경 사항을 복구할 수 없습니다</translation>
    </message>
    <message>
        <source>The autosaved copy could not be read; the project opens as it was last saved.

%1</source>
        <translation>자동 저장된 사본을 읽을 수 없습니다. 프로젝트를 마지막으로 저장한 상태로 엽니다.

%1</translation>
    </message>
    <message>
        <source>&amp;Join Table to Boundaries by Code…</source>
        <translation>코드로 표를 경계에 결합(&amp;J)…</translation>
    </message>
    <message>
        <source>Project partly damaged</source>
        <translation>프로젝트 일부 손상</translation>
    </message>
    <message>
        <source>Parts of &quot;%1&quot; are damaged and were left out; the rest of the project opened. Saving will not bring them back.

%2</source>
        <translation>&quot;%1&quot;의 일부가 손상되어 제외하고 나머지 프로젝트를 열었습니다. 저장해도 제외된 부분은 되살아나지 않습니다.

%2</translation>
    </message>
    <message>
        <source>Open from &amp;Database…</source>
        <translation>데이터베이스에서 열기(&amp;D)…</translation>
    </message>
    <message>
        <source>%1 was deleted by another planner; your changes to it were not saved.</source>
        <translation>%1은(는) 다른 계획가가 삭제하여 변경 내용이 저장되지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 was changed by another planner since you opened it, so it was not deleted.</source>
        <translation>%1은(는) 연 뒤에 다른 계획가가 변경하여 삭제하지 않았습니다.</translation>
    </message>
    <message>
        <source>Some changes were not saved</source>
        <translation>일부 변경 내용이 저장되지 않았습니다</translation>
    </message>
</context>
<context>
    <name>cw::desktop::RegistryController</name>
    <message>
        <source>Project registry</source>
        <translation>사업 목록</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>새 사업(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit Project…</source>
        <translation>사업 편집(&amp;E)…</translation>
    </message>
    <message>
        <source>D&amp;uplicate Project</source>
        <translation>사업 복제(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete Project…</source>
        <translation>사업 삭제(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Zoom to Project</source>
        <translation>사업으로 확대(&amp;Z)</translation>
    </message>
    <message>
        <source>Add a project to the plan</source>
        <translation>계획에 사업 추가</translation>
    </message>
    <message>
        <source>Edit the selected project (or double-click its row)</source>
        <translation>선택한 사업 편집(또는 해당 행을 두 번 클릭)</translation>
    </message>
    <message>
        <source>Project &amp;Registry</source>
        <translation>사업 목록(&amp;R)</translation>
    </message>
    <message>
        <source>Hidden by the timeline: stage %1 is not shown.</source>
        <translation>타임라인에 따라 숨겨졌습니다. %1단계는 표시되지 않습니다.</translation>
    </message>
    <message>
        <source>an unknown year</source>
        <translation>알 수 없는 연도</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>종료 미정</translation>
    </message>
    <message>
        <source>Hidden by the timeline: the project runs %1–%2, not in %3.</source>
        <translation>타임라인에 따라 숨겨졌습니다. 사업 기간(%1–%2)에 %3년이 포함되지 않습니다.</translation>
    </message>
    <message>
        <source>New project “%1”</source>
        <translation>새 사업 “%1”</translation>
    </message>
    <message>
        <source>Edit project</source>
        <translation>사업 편집</translation>
    </message>
    <message>
        <source>The project “%1” is no longer in the plan; the changes were not applied.</source>
        <translation>사업 “%1”이(가) 더 이상 계획에 없어 변경 사항을 적용하지 않았습니다.</translation>
    </message>
    <message>
        <source>Edit project “%1”</source>
        <translation>사업 “%1” 편집</translation>
    </message>
    <message>
        <source>Duplicate project “%1”</source>
        <translation>사업 “%1” 복제</translation>
    </message>
    <message>
        <source>Delete project “%1”</source>
        <translation>사업 “%1” 삭제</translation>
    </message>
    <message>
        <source>Delete project</source>
        <translation>사업 삭제</translation>
    </message>
    <message>
        <source>Delete the project “%1” from the plan? Its layers stay in the project. You can undo this.</source>
        <translation>계획에서 사업 “%1”을(를) 삭제하시겠습니까? 해당 레이어는 프로젝트에 그대로 남습니다. 이 작업은 실행 취소할 수 있습니다.</translation>
    </message>
    <message>
        <source>The project has no loaded layers to zoom to.</source>
        <translation>이 사업에는 확대할 수 있는 불러온 레이어가 없습니다.</translation>
    </message>
</context>
<context>
    <name>cw::desktop::ReportActions</name>
    <message>
        <source>Export &amp;Report…</source>
        <translation>보고서 내보내기(&amp;R)…</translation>
    </message>
    <message>
        <source>Export &amp;Map Image…</source>
        <translation>지도 이미지 내보내기(&amp;M)…</translation>
    </message>
    <message>
        <source>Export &amp;Tables…</source>
        <translation>표 내보내기(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Print Layout…</source>
        <translation>인쇄 배치(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>cw::desktop::ScenarioController</name>
    <message>
        <source>Scenarios</source>
        <translation>시나리오</translation>
    </message>
    <message>
        <source>New Scenario from Current Plan…</source>
        <translation>현재 계획으로 새 시나리오 만들기…</translation>
    </message>
    <message>
        <source>Copy Scenario…</source>
        <translation>시나리오 복사…</translation>
    </message>
    <message>
        <source>Rename Scenario…</source>
        <translation>시나리오 이름 바꾸기…</translation>
    </message>
    <message>
        <source>Delete Scenario</source>
        <translation>시나리오 삭제</translation>
    </message>
    <message>
        <source>Switch to Scenario</source>
        <translation>시나리오로 전환</translation>
    </message>
    <message>
        <source>Compare Scenarios…</source>
        <translation>시나리오 비교…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>새로 만들기</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>이름 바꾸기</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>전환</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>비교</translation>
    </message>
    <message>
        <source>New scenario %1</source>
        <translation>새 시나리오 %1</translation>
    </message>
    <message>
        <source>Copy scenario as %1</source>
        <translation>시나리오를 %1(으)로 복사</translation>
    </message>
    <message>
        <source>Rename scenario to %1</source>
        <translation>시나리오 이름을 %1(으)로 바꾸기</translation>
    </message>
    <message>
        <source>Delete scenario %1</source>
        <translation>시나리오 %1 삭제</translation>
    </message>
    <message>
        <source>Switch to scenario %1</source>
        <translation>시나리오 %1(으)로 전환</translation>
    </message>
    <message>
        <source>New Scenario</source>
        <translation>새 시나리오</translation>
    </message>
    <message>
        <source>Name of the new scenario:</source>
        <translation>새 시나리오 이름:</translation>
    </message>
    <message>
        <source>Copy Scenario</source>
        <translation>시나리오 복사</translation>
    </message>
    <message>
        <source>Name of the copy:</source>
        <translation>사본 이름:</translation>
    </message>
    <message>
        <source>Rename Scenario</source>
        <translation>시나리오 이름 바꾸기</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>새 이름:</translation>
    </message>
    <message>
        <source>Delete the selected scenario? You can undo this.</source>
        <translation>선택한 시나리오를 삭제하시겠습니까? 이 작업은 실행 취소할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>cw::desktop::TimelineController</name>
    <message>
        <source>&amp;Timeline</source>
        <translation>타임라인(&amp;T)</translation>
    </message>
    <message>
        <source>Not in the plan in %1</source>
        <translation>%1년 계획에 없음</translation>
    </message>
    <message>
        <source>Stage %1 is filtered out</source>
        <translation>%1단계는 필터로 제외됨</translation>
    </message>
    <message>
        <source>Stage-3 roll-out by %1: %2</source>
        <translation>%1년까지의 3단계 확산: %2</translation>
    </message>
</context>
<context>
    <name>cw::desktop::ZoneEditController</name>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>&amp;Draw Zone</source>
        <translation>구역 그리기(&amp;D)</translation>
    </message>
    <message>
        <source>Draw a sandbox zone: click the vertices, double-click or Enter to finish, Backspace removes the last vertex, Esc cancels</source>
        <translation>규제샌드박스 구역 그리기: 꼭짓점을 클릭하고, 두 번 클릭하거나 Enter 키를 눌러 완료합니다. Backspace 키는 마지막 꼭짓점을 제거하고 Esc 키는 취소합니다.</translation>
    </message>
    <message>
        <source>&amp;Edit Vertices</source>
        <translation>꼭짓점 편집(&amp;E)</translation>
    </message>
    <message>
        <source>Drag a vertex to move it, drag an edge midpoint to add one, right-click or Delete removes one</source>
        <translation>꼭짓점을 끌어 이동하고, 변의 중점을 끌어 꼭짓점을 추가합니다. 마우스 오른쪽 버튼을 클릭하거나 Delete 키를 누르면 꼭짓점을 제거합니다.</translation>
    </message>
    <message>
        <source>Zone &amp;Properties…</source>
        <translation>구역 속성(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Split Zone</source>
        <translation>구역 분할(&amp;S)</translation>
    </message>
    <message>
        <source>Draw a line across the selected zone to cut it in pieces</source>
        <translation>선택한 구역을 가로지르는 선을 그려 여러 구역으로 분할합니다</translation>
    </message>
    <message>
        <source>&amp;Merge Zones</source>
        <translation>구역 병합(&amp;M)</translation>
    </message>
    <message>
        <source>De&amp;lete Zone</source>
        <translation>구역 삭제(&amp;L)</translation>
    </message>
    <message>
        <source>Sandbox zones</source>
        <translation>규제샌드박스 구역</translation>
    </message>
    <message>
        <source>Sandbox &amp;Zones</source>
        <translation>규제샌드박스 구역(&amp;Z)</translation>
    </message>
    <message>
        <source>The zone could not be converted to EPSG:%1: a vertex lies outside its area of use.</source>
        <translation>구역을 EPSG:%1(으)로 변환할 수 없습니다. 꼭짓점이 해당 좌표계의 사용 범위 밖에 있습니다.</translation>
    </message>
    <message>
        <source>Select the one zone to split first.</source>
        <translation>먼저 분할할 구역 하나를 선택하십시오.</translation>
    </message>
    <message>
        <source>Draw a line across the zone: click its vertices, double-click or Enter to cut.</source>
        <translation>구역을 가로지르는 선을 그리십시오. 꼭짓점을 클릭하고, 두 번 클릭하거나 Enter 키를 눌러 분할합니다.</translation>
    </message>
    <message>
        <source>Select the one zone to edit first.</source>
        <translation>먼저 편집할 구역 하나를 선택하십시오.</translation>
    </message>
    <message>
        <source>Refused: the zone outline is not a valid polygon (%1).</source>
        <translation>거부됨: 구역 경계가 유효한 폴리곤이 아닙니다(%1).</translation>
    </message>
    <message>
        <source>Sandbox zone %1</source>
        <translation>규제샌드박스 구역 %1</translation>
    </message>
    <message>
        <source>Draw zone “%1”</source>
        <translation>구역 “%1” 그리기</translation>
    </message>
    <message>
        <source>Zone “%1” added.</source>
        <translation>구역 “%1”을(를) 추가했습니다.</translation>
    </message>
    <message>
        <source>Refused: the line must cross the zone from one side to the other.</source>
        <translation>거부됨: 선이 구역의 한쪽에서 반대쪽까지 가로질러야 합니다.</translation>
    </message>
    <message>
        <source>Refused: the zone&apos;s outline is not a valid polygon.</source>
        <translation>거부됨: 구역 경계가 유효한 폴리곤이 아닙니다.</translation>
    </message>
    <message>
        <source>Split zone “%1”</source>
        <translation>구역 “%1” 분할</translation>
    </message>
    <message numerus="yes">
        <source>Zone “%1” split into %n zones.</source>
        <translation>
            <numerusform>구역 “%1”을(를) 구역 %n개로 분할했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select exactly two zones to merge.</source>
        <translation>병합할 구역을 정확히 두 개 선택하십시오.</translation>
    </message>
    <message>
        <source>Refused: the two zones neither share an edge nor overlap, so they would not make one zone.</source>
        <translation>거부됨: 두 구역이 변을 공유하지도 중첩되지도 않아 하나의 구역으로 병합할 수 없습니다.</translation>
    </message>
    <message>
        <source>Refused: a zone&apos;s outline is not a valid polygon.</source>
        <translation>거부됨: 구역 경계 중 하나가 유효한 폴리곤이 아닙니다.</translation>
    </message>
    <message>
        <source>Refused: the two zones are never valid in the same year.</source>
        <translation>거부됨: 두 구역의 유효 기간이 겹치는 연도가 없습니다.</translation>
    </message>
    <message>
        <source>Merge “%1” and “%2” into one zone?

The merged zone keeps only what both zones allow, so that nothing becomes permitted that was not permitted before:
• exemptions granted by both: %3
• valid %4–%5 (the later start and the earlier end)
• every cap of either zone, the smaller limit where both set one.

It keeps the name and id of “%1”.</source>
        <translation>“%1”과(와) “%2”을(를) 하나의 구역으로 병합하시겠습니까?

병합된 구역에는 두 구역이 모두 허용하는 내용만 남으므로, 이전에 허용되지 않던 것이 새로 허용되는 일은 없습니다:
• 두 구역이 모두 부여한 특례: %3
• 유효 기간 %4–%5 (더 늦은 시작 연도와 더 이른 종료 연도)
• 두 구역의 모든 상한(두 구역이 같은 항목에 상한을 둔 경우 더 작은 한도)

이름과 ID는 “%1”의 것을 유지합니다.</translation>
    </message>
    <message>
        <source>Merge zones</source>
        <translation>구역 병합</translation>
    </message>
    <message>
        <source>Merge zones “%1” and “%2”</source>
        <translation>구역 “%1”과(와) “%2” 병합</translation>
    </message>
    <message>
        <source>Zones “%1” and “%2” merged.</source>
        <translation>구역 “%1”과(와) “%2”을(를) 병합했습니다.</translation>
    </message>
    <message>
        <source>Edit zone “%1”</source>
        <translation>구역 “%1” 편집</translation>
    </message>
    <message>
        <source>Delete zones</source>
        <translation>구역 삭제</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n zone(s): %1?</source>
        <translation>
            <numerusform>구역 %n개(%1)를 삭제하시겠습니까?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete zone “%1”</source>
        <translation>구역 “%1” 삭제</translation>
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
    <message>
        <source>Vector data and tables (*.gpkg *.shp *.geojson *.json *.topojson *.kml *.fgb *.csv *.tsv *.txt *.xlsx *.xls *.ods)</source>
        <translation>벡터 데이터 및 표 (*.gpkg *.shp *.geojson *.json *.topojson *.kml *.fgb *.csv *.tsv *.txt *.xlsx *.xls *.ods)</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt *.xlsx *.xls *.ods)</source>
        <translation>표 (*.csv *.tsv *.txt *.xlsx *.xls *.ods)</translation>
    </message>
    <message>
        <source>Type or paste a path, browse, or drop a file on the map</source>
        <translation>경로를 입력하거나 붙여넣거나, 찾아보기로 고르거나, 지도에 파일을 끌어다 놓으십시오</translation>
    </message>
    <message numerus="yes">
        <source>All %n layers with geometry</source>
        <translation>
            <numerusform>도형이 있는 레이어 %n개 모두</numerusform>
        </translation>
    </message>
    <message>
        <source>Each layer is added in its own CRS.</source>
        <translation>레이어마다 자체 좌표계로 추가됩니다.</translation>
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
    <message>
        <source>Weights</source>
        <translation>가중치</translation>
    </message>
</context>
<context>
    <name>cw::widgets::AttributeTableDialog</name>
    <message>
        <source>Attribute table — %1</source>
        <translation>속성 테이블 — %1</translation>
    </message>
    <message>
        <source>Selected only</source>
        <translation>선택한 것만</translation>
    </message>
    <message>
        <source>Filter: text in any field</source>
        <translation>필터: 아무 필드의 글자</translation>
    </message>
    <message>
        <source>Zoom to Selection</source>
        <translation>선택 영역으로 확대</translation>
    </message>
    <message>
        <source>%1 of %2 feature(s) shown, %3 selected</source>
        <translation>객체 %2개 중 %1개 표시, %3개 선택</translation>
    </message>
</context>
<context>
    <name>cw::widgets::BadRowsDialog</name>
    <message>
        <source>Rows without a position — %1</source>
        <translation>위치 없는 행 — %1</translation>
    </message>
    <message>
        <source>All reasons (%1)</source>
        <translation>모든 사유 (%1)</translation>
    </message>
    <message>
        <source>Every row has a position.</source>
        <translation>모든 행에 위치가 있습니다.</translation>
    </message>
    <message>
        <source>Row numbers count every row of the file, the header rows included, as a spreadsheet numbers them.</source>
        <translation>행 번호는 스프레드시트와 같이 머리글 행을 포함한 파일의 모든 행을 기준으로 매깁니다.</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>표시:</translation>
    </message>
</context>
<context>
    <name>cw::widgets::BadRowsModel</name>
    <message>
        <source>Kept, no position</source>
        <translation>유지됨, 위치 없음</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>제외됨</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>행</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>In the layer</source>
        <translation>레이어 포함 여부</translation>
    </message>
</context>
<context>
    <name>cw::widgets::CompliancePanel</name>
    <message>
        <source>Plan problem</source>
        <translation>계획 문제</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>지금 검사</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>아직 검사하지 않았습니다.</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>모든 유형</translation>
    </message>
    <message>
        <source>Plan problems</source>
        <translation>계획 문제</translation>
    </message>
    <message>
        <source>Show only one kind of violation</source>
        <translation>한 가지 유형의 위반만 표시</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>사업</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>구역</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
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
    <name>cw::widgets::FeatureFormDialog</name>
    <message>
        <source>Feature attributes</source>
        <translation>객체 속성</translation>
    </message>
    <message>
        <source>%1 needs a number, not &quot;%2&quot;.</source>
        <translation>%1에는 &quot;%2&quot;이(가) 아닌 숫자가 필요합니다.</translation>
    </message>
</context>
<context>
    <name>cw::widgets::IdentifyResultsPanel</name>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>No feature under the cursor.</source>
        <translation>커서 위치에 객체가 없습니다.</translation>
    </message>
    <message>
        <source>Feature / field</source>
        <translation>객체 / 필드</translation>
    </message>
    <message>
        <source>feature %1</source>
        <translation>객체 %1</translation>
    </message>
    <message>
        <source>%1 (feature %2)</source>
        <translation>%1 (객체 %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) under the click, topmost first.</source>
        <translation>
            <numerusform>클릭한 곳의 객체 %n개 (위에 그려진 것부터).</numerusform>
        </translation>
    </message>
    <message>
        <source>Turn on Identify (map toolbar) and click a feature on the map.</source>
        <translation>지도 도구 모음에서 객체 정보 보기를 켜고 지도의 객체를 누르십시오.</translation>
    </message>
</context>
<context>
    <name>cw::widgets::IndicatorRollupPanel</name>
    <message>
        <source>Named by:</source>
        <translation>이름 필드:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Areas:</source>
        <translation>영역:</translation>
    </message>
    <message>
        <source>Indicator:</source>
        <translation>지표:</translation>
    </message>
    <message>
        <source>(feature id)</source>
        <translation>(객체 ID)</translation>
    </message>
    <message>
        <source>No project of the plan has indicators.</source>
        <translation>계획에 지표가 있는 사업이 없습니다.</translation>
    </message>
    <message>
        <source>No project with this indicator lies in these areas.</source>
        <translation>이 지표가 있는 사업 중 이 영역 안에 있는 사업이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) with projects reporting this indicator.</source>
        <translation>
            <numerusform>이 지표를 보고한 사업이 있는 영역 %n개.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::widgets::JoinDialog</name>
    <message>
        <source>Automatic (the conversion that matches the most codes)</source>
        <translation>자동 (가장 많은 코드가 일치하는 변환)</translation>
    </message>
    <message>
        <source>None: match the codes as they are</source>
        <translation>없음: 코드를 그대로 대조</translation>
    </message>
    <message>
        <source>KOSTAT (SGIS) gu code → ministry gu code (Seoul)</source>
        <translation>통계청(SGIS) 자치구 코드 → 행정안전부 자치구 코드 (서울)</translation>
    </message>
    <message>
        <source>Ministry gu code → KOSTAT (SGIS) gu code (Seoul)</source>
        <translation>행정안전부 자치구 코드 → 통계청(SGIS) 자치구 코드 (서울)</translation>
    </message>
    <message>
        <source>10-digit 법정동 code → 8-digit boundary code</source>
        <translation>10자리 법정동 코드 → 8자리 경계 코드</translation>
    </message>
    <message>
        <source>Join table to boundaries by code</source>
        <translation>코드로 표를 경계에 결합</translation>
    </message>
    <message>
        <source>Join and add layer</source>
        <translation>결합 후 레이어 추가</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>파일 열기…</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <source>Table:</source>
        <translation>표:</translation>
    </message>
    <message>
        <source>Code column of the table:</source>
        <translation>표의 코드 열:</translation>
    </message>
    <message>
        <source>Boundaries:</source>
        <translation>경계 레이어:</translation>
    </message>
    <message>
        <source>Code column of the boundaries:</source>
        <translation>경계 레이어의 코드 열:</translation>
    </message>
    <message>
        <source>Code conversion:</source>
        <translation>코드 변환:</translation>
    </message>
    <message>
        <source>Save the result to:</source>
        <translation>결과 저장 위치:</translation>
    </message>
    <message>
        <source>%1 (file)</source>
        <translation>%1 (파일)</translation>
    </message>
    <message>
        <source>Open table</source>
        <translation>표 열기</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt *.xlsx *.xls *.ods)</source>
        <translation>표 (*.csv *.tsv *.txt *.xlsx *.xls *.ods)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
    <message>
        <source>Save the joined layer</source>
        <translation>결합된 레이어 저장</translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <source>%1 joined to %2</source>
        <translation>%2에 결합한 %1</translation>
    </message>
    <message>
        <source>Table codes without a boundary:</source>
        <translation>경계가 없는 표 코드:</translation>
    </message>
    <message>
        <source>Boundaries without a table row:</source>
        <translation>표 행이 없는 경계:</translation>
    </message>
    <message>
        <source>The project has no loaded polygon layer to join to.</source>
        <translation>프로젝트에 결합 대상으로 사용할 수 있는 불러온 폴리곤 레이어가 없습니다.</translation>
    </message>
    <message>
        <source>Choose a table and a boundary layer, and their code columns.</source>
        <translation>표와 경계 레이어, 그리고 각각의 코드 열을 선택하십시오.</translation>
    </message>
    <message>
        <source>%1 of %2 boundaries matched a row of the table.</source>
        <translation>경계 %2개 중 %1개가 표의 행과 일치했습니다.</translation>
    </message>
    <message>
        <source>Code conversion used: %1.</source>
        <translation>적용된 코드 변환: %1.</translation>
    </message>
    <message>
        <source>Codes repeated in the table (the first row is used): %1.</source>
        <translation>표에서 중복된 코드(첫 번째 행을 사용함): %1.</translation>
    </message>
    <message>
        <source>Table codes without a boundary (%1):</source>
        <translation>경계가 없는 표 코드 (%1):</translation>
    </message>
    <message>
        <source>Boundaries without a table row (%1):</source>
        <translation>표 행이 없는 경계 (%1):</translation>
    </message>
    <message>
        <source>No code matched. Check the two code columns and the code conversion.</source>
        <translation>일치하는 코드가 없습니다. 두 코드 열과 코드 변환을 확인하십시오.</translation>
    </message>
    <message>
        <source>Choose where to save the result.</source>
        <translation>결과를 저장할 위치를 선택하십시오.</translation>
    </message>
</context>
<context>
    <name>cw::widgets::LayerPropertiesDialog</name>
    <message>
        <source>Layer properties — %1</source>
        <translation>레이어 속성 — %1</translation>
    </message>
    <message>
        <source>Name (Korean):</source>
        <translation>이름 (한국어):</translation>
    </message>
    <message>
        <source>Name (English):</source>
        <translation>이름 (영어):</translation>
    </message>
    <message>
        <source>Symbology</source>
        <translation>심볼</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>라벨</translation>
    </message>
    <message>
        <source>Rendering</source>
        <translation>렌더링</translation>
    </message>
    <message>
        <source>Single symbol</source>
        <translation>단일 심볼</translation>
    </message>
    <message>
        <source>Categorized (a colour per value)</source>
        <translation>분류 (값마다 색)</translation>
    </message>
    <message>
        <source>Graduated (classes of a number)</source>
        <translation>단계 구분 (숫자 구간)</translation>
    </message>
    <message>
        <source>Fill colour</source>
        <translation>채움 색</translation>
    </message>
    <message>
        <source>Outline colour</source>
        <translation>외곽선 색</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>원</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>정사각형</translation>
    </message>
    <message>
        <source>Triangle</source>
        <translation>삼각형</translation>
    </message>
    <message>
        <source>Fill:</source>
        <translation>채움:</translation>
    </message>
    <message>
        <source>Outline:</source>
        <translation>외곽선:</translation>
    </message>
    <message>
        <source>Outline width:</source>
        <translation>외곽선 두께:</translation>
    </message>
    <message>
        <source>Point symbol:</source>
        <translation>점 기호:</translation>
    </message>
    <message>
        <source>Point size:</source>
        <translation>점 크기:</translation>
    </message>
    <message>
        <source>Equal intervals</source>
        <translation>등간격</translation>
    </message>
    <message>
        <source>Quantiles (equal counts)</source>
        <translation>분위수 (같은 개수)</translation>
    </message>
    <message>
        <source>Classify</source>
        <translation>분류하기</translation>
    </message>
    <message>
        <source>Symbol / value</source>
        <translation>기호 / 값</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>범례</translation>
    </message>
    <message>
        <source>Class colour</source>
        <translation>구간 색</translation>
    </message>
    <message>
        <source>Field:</source>
        <translation>필드:</translation>
    </message>
    <message>
        <source>Classes:</source>
        <translation>구간 수:</translation>
    </message>
    <message>
        <source>Breaks:</source>
        <translation>구간 나누기:</translation>
    </message>
    <message>
        <source>Double-click a symbol to change its colour; edit the legend text beside it. Features of no class keep the single symbol.</source>
        <translation>기호를 두 번 눌러 색을 바꾸고, 옆 칸에서 범례 글을 고치십시오. 어느 구간에도 속하지 않는 객체는 단일 심볼로 그립니다.</translation>
    </message>
    <message>
        <source>(no labels)</source>
        <translation>(라벨 없음)</translation>
    </message>
    <message>
        <source>Automatic (above points, centred otherwise)</source>
        <translation>자동 (점은 위, 나머지는 가운데)</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>가운데</translation>
    </message>
    <message>
        <source>Above</source>
        <translation>위</translation>
    </message>
    <message>
        <source>Below</source>
        <translation>아래</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>오른쪽</translation>
    </message>
    <message>
        <source>Label with:</source>
        <translation>라벨 필드:</translation>
    </message>
    <message>
        <source>Placement:</source>
        <translation>위치:</translation>
    </message>
    <message>
        <source>A label that would overlap one already drawn is left out, as QGIS does, so that every label shown can be read.</source>
        <translation>이미 그린 라벨과 겹치는 라벨은 QGIS처럼 그리지 않아, 보이는 라벨은 모두 읽을 수 있습니다.</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>제한 없음</translation>
    </message>
    <message>
        <source>Opacity:</source>
        <translation>불투명도:</translation>
    </message>
    <message>
        <source>Hide when zoomed out beyond:</source>
        <translation>이보다 축소하면 숨김:</translation>
    </message>
    <message>
        <source>Hide when zoomed in beyond:</source>
        <translation>이보다 확대하면 숨김:</translation>
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
    <message>
        <source>Rows without position…</source>
        <translation>위치 없는 행…</translation>
    </message>
    <message>
        <source>Properties…</source>
        <translation>속성…</translation>
    </message>
</context>
<context>
    <name>cw::widgets::LayoutItemPanel</name>
    <message>
        <source>Frame</source>
        <translation>테두리</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Empty: the project&apos;s title</source>
        <translation>비우면 프로젝트 제목</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Item:</source>
        <translation>항목:</translation>
    </message>
    <message>
        <source>Left:</source>
        <translation>왼쪽:</translation>
    </message>
    <message>
        <source>Top:</source>
        <translation>위쪽:</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>너비:</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>높이:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>글:</translation>
    </message>
    <message>
        <source>Font size:</source>
        <translation>글자 크기:</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>지도</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>범례</translation>
    </message>
    <message>
        <source>Scale bar</source>
        <translation>축척 막대</translation>
    </message>
    <message>
        <source>North arrow</source>
        <translation>방위표</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>글상자</translation>
    </message>
    <message>
        <source>(click an item on the page)</source>
        <translation>(페이지에서 항목을 클릭하십시오)</translation>
    </message>
</context>
<context>
    <name>cw::widgets::MapImageDialog</name>
    <message>
        <source>Export map image</source>
        <translation>지도 이미지 내보내기</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG 이미지</translation>
    </message>
    <message>
        <source>SVG drawing (vectors)</source>
        <translation>SVG 도면(벡터)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 도면 (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>파일:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>형식:</translation>
    </message>
    <message>
        <source>Width (px):</source>
        <translation>너비(px):</translation>
    </message>
    <message>
        <source>Height (px):</source>
        <translation>높이(px):</translation>
    </message>
    <message>
        <source>Resolution (DPI):</source>
        <translation>해상도(DPI):</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>먼저 파일을 선택하십시오.</translation>
    </message>
</context>
<context>
    <name>cw::widgets::MeasureTool</name>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>%1 m² (%2 ha)</source>
        <translation>%1 ㎡ (%2 ha)</translation>
    </message>
    <message>
        <source>Cannot measure here: the points lie outside the map CRS&apos;s area.</source>
        <translation>여기서는 잴 수 없습니다: 점이 지도 좌표계의 범위 밖에 있습니다.</translation>
    </message>
    <message>
        <source>Area: %1 on the WGS 84 ellipsoid (perimeter %2)</source>
        <translation>면적: WGS 84 타원체에서 %1 (둘레 %2)</translation>
    </message>
    <message>
        <source>Distance: %1 on the WGS 84 ellipsoid</source>
        <translation>거리: WGS 84 타원체에서 %1</translation>
    </message>
    <message>
        <source>%1 in the plane of %2 (what analyses in it compute)</source>
        <translation>%2 평면에서 %1 (이 좌표계의 분석이 계산하는 값)</translation>
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
    <message>
        <source>%1 (not in the project)</source>
        <translation>%1 (프로젝트에 없음)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>(automatic)</source>
        <translation>(자동)</translation>
    </message>
    <message>
        <source>(automatic: %1)</source>
        <translation>(자동: %1)</translation>
    </message>
    <message>
        <source>A grid of %1 m cells clipped to the boundary is used instead of districts.</source>
        <translation>행정구역 대신 경계로 자른 %1 m 격자를 씁니다.</translation>
    </message>
    <message>
        <source>⚠ No zone layer: a grid of %1 m cells over the bounding box of the projects is used instead of districts, and cells outside the city count too. Add a gu or dong boundary layer and choose it as the zone layer.</source>
        <translation>⚠ 구역 레이어가 없습니다: 행정구역 대신 사업 범위 사각형 위의 %1 m 격자를 쓰며, 시 경계 밖의 칸도 집계됩니다. 자치구나 행정동 경계 레이어를 추가해 구역 레이어로 고르십시오.</translation>
    </message>
</context>
<context>
    <name>cw::widgets::PluginFoldersPanel</name>
    <message>
        <source>Trust</source>
        <translation>신뢰</translation>
    </message>
    <message>
        <source>Stop Trusting</source>
        <translation>신뢰 해제</translation>
    </message>
    <message>
        <source>Add Folder…</source>
        <translation>폴더 추가…</translation>
    </message>
    <message>
        <source>Remove Folder</source>
        <translation>폴더 제거</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>폴더</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>신뢰</translation>
    </message>
    <message>
        <source>Plugins</source>
        <translation>플러그인</translation>
    </message>
    <message>
        <source>Load the plugins in this folder, now and at every start.</source>
        <translation>이 폴더의 플러그인을 지금 불러오고, 시작할 때마다 불러옵니다.</translation>
    </message>
    <message>
        <source>Stop loading the plugins in this folder from the next start.</source>
        <translation>다음 시작부터 이 폴더의 플러그인을 불러오지 않습니다.</translation>
    </message>
    <message>
        <source>Choose a folder of plugins</source>
        <translation>플러그인 폴더 선택</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>항상</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>No</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>Cannot save the plugin settings</source>
        <translation>플러그인 설정을 저장할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>cw::widgets::PluginLayersDialog</name>
    <message>
        <source>stage 1, unit project</source>
        <translation>1단계, 단위 사업</translation>
    </message>
    <message>
        <source>stage 2, integrated pilot (living lab)</source>
        <translation>2단계, 통합 시범 사업(리빙랩)</translation>
    </message>
    <message>
        <source>stage 3, region-wide roll-out</source>
        <translation>3단계, 전역 확산</translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation>%1단계</translation>
    </message>
    <message>
        <source>Base layer</source>
        <translation>기본 레이어</translation>
    </message>
    <message>
        <source>Add layers from plugin</source>
        <translation>플러그인에서 레이어 추가</translation>
    </message>
    <message>
        <source>Add layers</source>
        <translation>레이어 추가</translation>
    </message>
    <message>
        <source>Plugin %1 version %2</source>
        <translation>플러그인 %1 버전 %2</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>레이어</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>분야</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>관리 기관</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>라이선스</translation>
    </message>
    <message>
        <source>No layers on offer</source>
        <translation>제공되는 레이어 없음</translation>
    </message>
    <message>
        <source>No loaded plugin offers layers. Plugins &gt; Manage Plugins lists every plugin found and why any of them is not loaded.</source>
        <translation>불러온 플러그인 중 레이어를 제공하는 플러그인이 없습니다. [플러그인] &gt; [플러그인 관리]에서 발견된 모든 플러그인과 불러오지 않은 플러그인의 사유를 확인할 수 있습니다.</translation>
    </message>
    <message>
        <source>Project: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>사업: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Sector: %1</source>
        <translation>분야: %1</translation>
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
        <source>Years: %1–%2</source>
        <translation>사업 기간: %1–%2</translation>
    </message>
    <message>
        <source>These layers are in the project already.</source>
        <translation>이 레이어는 이미 프로젝트에 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>The %n layer(s) will be added under the project &quot;%1&quot;.</source>
        <translation>
            <numerusform>레이어 %n개가 사업 &quot;%1&quot; 아래에 추가됩니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::widgets::PluginsDialog</name>
    <message>
        <source>Plugins</source>
        <translation>플러그인</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>사용</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>버전</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>발견 위치</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>라이선스</translation>
    </message>
    <message>
        <source>Provides</source>
        <translation>제공 기능</translation>
    </message>
    <message>
        <source>Enabling or disabling a plugin is saved at once and takes effect at the next start. Plugins in a folder you have not trusted are not loaded.</source>
        <translation>플러그인 사용 여부는 즉시 저장되며 다음 시작 시 적용됩니다. 신뢰하지 않은 폴더의 플러그인은 불러오지 않습니다.</translation>
    </message>
    <message>
        <source>Plugin folders, in search order</source>
        <translation>플러그인 폴더(검색 순서)</translation>
    </message>
    <message numerus="yes">
        <source>%n analysis(es)</source>
        <translation>
            <numerusform>분석 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n layer source(s)</source>
        <translation>
            <numerusform>레이어 소스 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n style(s)</source>
        <translation>
            <numerusform>스타일 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing declared</source>
        <translation>선언된 항목 없음</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Load this plugin at start-up (takes effect at the next start)</source>
        <translation>시작할 때 이 플러그인 불러오기(다음 시작 시 적용)</translation>
    </message>
    <message>
        <source>Analysis: %1</source>
        <translation>분석: %1</translation>
    </message>
    <message>
        <source>Layers: %1</source>
        <translation>레이어: %1</translation>
    </message>
    <message>
        <source>Cannot save the plugin settings</source>
        <translation>플러그인 설정을 저장할 수 없습니다</translation>
    </message>
    <message>
        <source>Saved. The change takes effect at the next start of CityWeave.</source>
        <translation>저장했습니다. 변경 사항은 CityWeave를 다음에 시작할 때 적용됩니다.</translation>
    </message>
</context>
<context>
    <name>cw::widgets::PrintLayoutDialog</name>
    <message>
        <source>Print Layout</source>
        <translation>인쇄 배치</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 추가</translation>
    </message>
    <message>
        <source>Remove Item</source>
        <translation>항목 제거</translation>
    </message>
    <message>
        <source>Use the Map&apos;s View</source>
        <translation>지도 화면 범위 사용</translation>
    </message>
    <message>
        <source>Show in the layout&apos;s maps what the main map shows now</source>
        <translation>주 지도에 지금 보이는 범위를 배치의 지도에 보여 줍니다</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF 내보내기…</translation>
    </message>
    <message>
        <source>Export Image…</source>
        <translation>이미지 내보내기…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <source>Save in Project</source>
        <translation>프로젝트에 저장</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Save the project first: layouts are kept in its file.</source>
        <translation>먼저 프로젝트를 저장하십시오: 배치는 프로젝트 파일에 보관됩니다.</translation>
    </message>
    <message>
        <source>Layouts in the project</source>
        <translation>프로젝트의 배치</translation>
    </message>
    <message>
        <source>Saved:</source>
        <translation>저장된 배치:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>가로</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>세로</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>페이지</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>용지:</translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation>방향:</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Give the layout a name.</source>
        <translation>배치 이름을 입력하십시오.</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF 내보내기</translation>
    </message>
    <message>
        <source>Export Image</source>
        <translation>이미지 내보내기</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <source>PNG image (*.png);;JPEG image (*.jpg)</source>
        <translation>PNG 이미지 (*.png);;JPEG 이미지 (*.jpg)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 쓰는 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>cw::widgets::ProjectFormDialog</name>
    <message>
        <source>New project</source>
        <translation>새 사업</translation>
    </message>
    <message>
        <source>Edit project</source>
        <translation>사업 편집</translation>
    </message>
    <message>
        <source>General</source>
        <translation>일반</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>참여 기관</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>지표</translation>
    </message>
    <message>
        <source>Stage-3 roll-out</source>
        <translation>3단계 확산</translation>
    </message>
    <message>
        <source>Exemptions and provenance</source>
        <translation>특례 및 데이터 출처</translation>
    </message>
    <message>
        <source>e.g. magok-energy</source>
        <translation>예: magok-energy</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>종료 미정</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>식별자</translation>
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
        <source>Sector</source>
        <translation>분야</translation>
    </message>
    <message>
        <source>Core task</source>
        <translation>핵심 과제</translation>
    </message>
    <message>
        <source>Axis</source>
        <translation>전략 축</translation>
    </message>
    <message>
        <source>Lead agency (Korean)</source>
        <translation>주관 기관(한국어)</translation>
    </message>
    <message>
        <source>Lead agency (English)</source>
        <translation>주관 기관(영어)</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Start and end year</source>
        <translation>시작 및 종료 연도</translation>
    </message>
    <message>
        <source>Budget (KRW)</source>
        <translation>예산(KRW)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Add partner</source>
        <translation>참여 기관 추가</translation>
    </message>
    <message>
        <source>Remove partner</source>
        <translation>참여 기관 제거</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>단위</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>기준값</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>목표값</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>측정값</translation>
    </message>
    <message>
        <source>Additive</source>
        <translation>합산</translation>
    </message>
    <message>
        <source>Add indicator</source>
        <translation>지표 추가</translation>
    </message>
    <message>
        <source>Remove indicator</source>
        <translation>지표 제거</translation>
    </message>
    <message>
        <source>Additive quantities (tonnes, kWh) add up across projects; shares and percentages are averaged.</source>
        <translation>합산 가능한 양(톤, kWh)은 사업 전체에 걸쳐 더하고, 비율과 백분율은 평균을 냅니다.</translation>
    </message>
    <message>
        <source>Districts (comma-separated)</source>
        <translation>자치구(쉼표로 구분)</translation>
    </message>
    <message>
        <source>Add year</source>
        <translation>연도 추가</translation>
    </message>
    <message>
        <source>Remove year</source>
        <translation>연도 제거</translation>
    </message>
    <message>
        <source>Only a stage-3 project is rolled out region by region: the districts it reaches, year by year, in order.</source>
        <translation>3단계 사업만 지역별로 확산됩니다. 확산 대상 자치구를 연도별로 순서대로 지정합니다.</translation>
    </message>
    <message>
        <source>Sandbox exemptions the project needs</source>
        <translation>사업에 필요한 규제샌드박스 특례</translation>
    </message>
    <message>
        <source>Data provenance</source>
        <translation>데이터 출처</translation>
    </message>
    <message>
        <source>e.g. Seoul Open Data Plaza</source>
        <translation>예: 서울 열린데이터 광장</translation>
    </message>
    <message>
        <source>e.g. SH Corporation</source>
        <translation>예: 서울주택도시공사(SH)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>e.g. KOGL Type 1</source>
        <translation>예: 공공누리 제1유형</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>관리 기관</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>라이선스</translation>
    </message>
    <message>
        <source>%1 (another sector&apos;s task)</source>
        <translation>%1 (다른 분야의 과제)</translation>
    </message>
    <message>
        <source>%1 (unknown task)</source>
        <translation>%1 (알 수 없는 과제)</translation>
    </message>
    <message>
        <source>Budget: &quot;%1&quot; is not a whole number of won.</source>
        <translation>예산: &quot;%1&quot;은(는) 원 단위 정수가 아닙니다.</translation>
    </message>
    <message>
        <source>Partner %1: a name in Korean or English is required.</source>
        <translation>참여 기관 %1: 한국어 또는 영어 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>Indicator %1: &quot;%2&quot; is not a year.</source>
        <translation>지표 %1: &quot;%2&quot;은(는) 연도가 아닙니다.</translation>
    </message>
    <message>
        <source>Indicator %1: &quot;%2&quot; is not a number.</source>
        <translation>지표 %1: &quot;%2&quot;은(는) 숫자가 아닙니다.</translation>
    </message>
    <message>
        <source>Roll-out row %1: &quot;%2&quot; is not a year.</source>
        <translation>확산 %1행: &quot;%2&quot;은(는) 연도가 아닙니다.</translation>
    </message>
    <message>
        <source>Roll-out row %1: name at least one district.</source>
        <translation>확산 %1행: 자치구를 하나 이상 입력하십시오.</translation>
    </message>
    <message>
        <source>Provenance date: &quot;%1&quot; is not a date like 2024-05-01.</source>
        <translation>데이터 출처 날짜: &quot;%1&quot;은(는) 2024-05-01과 같은 형식의 날짜가 아닙니다.</translation>
    </message>
    <message>
        <source>Indicator %1</source>
        <translation>지표 %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Start year</source>
        <translation>시작 연도</translation>
    </message>
    <message>
        <source>End year</source>
        <translation>종료 연도</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>예산</translation>
    </message>
    <message>
        <source>Roll-out</source>
        <translation>확산</translation>
    </message>
</context>
<context>
    <name>cw::widgets::ProjectIndicatorsPanel</name>
    <message>
        <source>Project:</source>
        <translation>사업:</translation>
    </message>
    <message>
        <source>%1 (hidden by the timeline)</source>
        <translation>%1 (타임라인에 따라 숨겨짐)</translation>
    </message>
    <message>
        <source>The plan has no projects.</source>
        <translation>계획에 사업이 없습니다.</translation>
    </message>
    <message>
        <source>This project has no indicators yet.</source>
        <translation>이 사업에는 아직 지표가 없습니다.</translation>
    </message>
</context>
<context>
    <name>cw::widgets::ProjectTableModel</name>
    <message>
        <source>Project</source>
        <translation>사업</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>분야</translation>
    </message>
    <message>
        <source>Core task</source>
        <translation>핵심 과제</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation>주관 기관</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>사업 기간</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Budget (KRW)</source>
        <translation>예산(KRW)</translation>
    </message>
</context>
<context>
    <name>cw::widgets::RankingWeightsPanel</name>
    <message>
        <source>Move a weight to re-rank the units at once; the ranking table and the map follow. Weights are shares of their sum.</source>
        <translation>가중치를 조정하면 평가 단위의 순위가 즉시 다시 매겨지고, 순위 표와 지도에도 반영됩니다. 가중치는 전체 합계에 대한 비율로 적용됩니다.</translation>
    </message>
    <message>
        <source>Reset weights</source>
        <translation>가중치 초기화</translation>
    </message>
    <message>
        <source>%1 (less is better)</source>
        <translation>%1 (낮을수록 좋음)</translation>
    </message>
    <message>
        <source>Weight of %1</source>
        <translation>%1 가중치</translation>
    </message>
    <message numerus="yes">
        <source>Re-ranked %n unit(s) in %1 ms</source>
        <translation>
            <numerusform>평가 단위 %n개의 순위를 %1 ms 만에 다시 매겼습니다</numerusform>
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
        <translation>대상이 되는 평가 단위가 없습니다.</translation>
    </message>
    <message>
        <source>Top units: %1</source>
        <translation>상위 평가 단위: %1</translation>
    </message>
</context>
<context>
    <name>cw::widgets::RegistryPanel</name>
    <message>
        <source>Search names, agencies, ids…</source>
        <translation>이름, 기관, ID 검색…</translation>
    </message>
    <message>
        <source>Hide projects outside the timeline</source>
        <translation>타임라인 밖의 사업 숨기기</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>분야</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>과제</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>모든 분야</translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>모든 과제</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>모든 단계</translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation>모든 기관</translation>
    </message>
    <message>
        <source>%1 of %2 projects</source>
        <translation>사업 %2개 중 %1개</translation>
    </message>
</context>
<context>
    <name>cw::widgets::ReportDialog</name>
    <message>
        <source>&amp;Preview</source>
        <translation>미리 보기(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>PDF 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>보고서 내보내기</translation>
    </message>
    <message>
        <source>Save template…</source>
        <translation>템플릿 저장…</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>템플릿:</translation>
    </message>
    <message>
        <source>Pages:</source>
        <translation>페이지:</translation>
    </message>
    <message>
        <source>No analysis results yet: the report&apos;s analysis sections will say so. Run the analyses in the Analysis panel first to include them.</source>
        <translation>아직 분석 결과가 없습니다. 보고서의 분석 항목에는 그 사실이 표시됩니다. 분석 결과를 포함하려면 먼저 분석 패널에서 분석을 실행하십시오.</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(새 템플릿)</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>템플릿 저장</translation>
    </message>
    <message>
        <source>Template name:</source>
        <translation>템플릿 이름:</translation>
    </message>
    <message>
        <source>Template &quot;%1&quot; saved in the project file.</source>
        <translation>템플릿 &quot;%1&quot;을(를) 프로젝트 파일에 저장했습니다.</translation>
    </message>
    <message>
        <source>Drawing the pages…</source>
        <translation>페이지를 그리는 중…</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>%1페이지</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 저장 중…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>%1을(를) 저장했습니다(%n페이지).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s).</source>
        <translation>
            <numerusform>%n페이지.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>취소되었습니다. 저장된 내용이 없습니다.</translation>
    </message>
</context>
<context>
    <name>cw::widgets::ScenarioCompareDialog</name>
    <message>
        <source>Compare Scenarios</source>
        <translation>시나리오 비교</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (현재)</translation>
    </message>
    <message>
        <source>Scenario A:</source>
        <translation>시나리오 A:</translation>
    </message>
    <message>
        <source>Scenario B:</source>
        <translation>시나리오 B:</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>사업</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>항목</translation>
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
        <translation>지표</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>단위</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>A target</source>
        <translation>A 목표값</translation>
    </message>
    <message>
        <source>A measured</source>
        <translation>A 측정값</translation>
    </message>
    <message>
        <source>B target</source>
        <translation>B 목표값</translation>
    </message>
    <message>
        <source>B measured</source>
        <translation>B 측정값</translation>
    </message>
    <message>
        <source>Difference (B − A)</source>
        <translation>차이(B − A)</translation>
    </message>
    <message>
        <source>Sandbox zone</source>
        <translation>규제샌드박스 구역</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>차이</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>수치</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>레이어</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>추가됨</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>제거됨</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>이동됨</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>편집됨</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>사업 목록</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>지표</translation>
    </message>
    <message>
        <source>Sandbox zones</source>
        <translation>규제샌드박스 구역</translation>
    </message>
    <message>
        <source>Changed features</source>
        <translation>변경된 객체</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>The project needs two scenarios to compare: create one from the current plan first.</source>
        <translation>비교하려면 프로젝트에 시나리오가 두 개 있어야 합니다. 먼저 현재 계획으로 시나리오를 만드십시오.</translation>
    </message>
    <message>
        <source>Only in A</source>
        <translation>A에만 있음</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>Only in B</source>
        <translation>B에만 있음</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>다름</translation>
    </message>
    <message>
        <source>The two registries are the same.</source>
        <translation>두 사업 목록이 같습니다.</translation>
    </message>
    <message>
        <source>No indicator differs.</source>
        <translation>차이가 있는 지표가 없습니다.</translation>
    </message>
    <message>
        <source>The sandbox zones are the same.</source>
        <translation>규제샌드박스 구역이 같습니다.</translation>
    </message>
    <message>
        <source>Save the project to compare overlap figures and features.</source>
        <translation>중첩 수치와 객체를 비교하려면 프로젝트를 저장하십시오.</translation>
    </message>
    <message>
        <source>Computing overlap figures…</source>
        <translation>중첩 수치를 계산하는 중…</translation>
    </message>
    <message>
        <source>Overlap figures cancelled.</source>
        <translation>중첩 수치 계산이 취소되었습니다.</translation>
    </message>
    <message>
        <source>Overlap figures failed: %1</source>
        <translation>중첩 수치 계산에 실패했습니다: %1</translation>
    </message>
    <message>
        <source>Overlapping project pairs</source>
        <translation>중첩 사업 쌍</translation>
    </message>
    <message>
        <source>Total overlap area (m²)</source>
        <translation>총 중첩 면적(m²)</translation>
    </message>
    <message>
        <source>Points inside another project&apos;s area</source>
        <translation>다른 사업 영역 안의 점 객체</translation>
    </message>
    <message>
        <source>Both scenarios draw every layer from the same data.</source>
        <translation>두 시나리오의 모든 레이어가 같은 데이터를 사용합니다.</translation>
    </message>
    <message>
        <source>Compared %1 (A) with %2 (B).</source>
        <translation>%1(A)과(와) %2(B)을(를) 비교했습니다.</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>실행 안 됨</translation>
    </message>
    <message>
        <source>Overlap and analysis figures</source>
        <translation>중첩 및 분석 수치</translation>
    </message>
</context>
<context>
    <name>cw::widgets::ScenarioList</name>
    <message>
        <source>%1 (active)</source>
        <translation>%1 (활성)</translation>
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
    <name>cw::widgets::TablePreviewModel</name>
    <message>
        <source>No position until the CRS of the values is chosen</source>
        <translation>값의 좌표계를 선택하기 전까지 위치 없음</translation>
    </message>
    <message>
        <source>No position</source>
        <translation>위치 없음</translation>
    </message>
    <message>
        <source>Row %1 of the file has no position: %2</source>
        <translation>파일의 %1행에 위치가 없습니다: %2</translation>
    </message>
    <message>
        <source>Whole numbers</source>
        <translation>정수</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>숫자</translation>
    </message>
    <message>
        <source>Text: a code column, leading zeros are kept</source>
        <translation>텍스트: 코드 열, 앞자리 0 유지</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>X: easting or longitude</source>
        <translation>X: 동향 좌표(Easting) 또는 경도</translation>
    </message>
    <message>
        <source>Y: northing or latitude</source>
        <translation>Y: 북향 좌표(Northing) 또는 위도</translation>
    </message>
    <message>
        <source>Geometry (WKT or WKB)</source>
        <translation>도형 (WKT 또는 WKB)</translation>
    </message>
</context>
<context>
    <name>cw::widgets::TableSourcePanel</name>
    <message>
        <source>No header row</source>
        <translation>머리글 행 없음</translation>
    </message>
    <message>
        <source>X:</source>
        <translation>X:</translation>
    </message>
    <message>
        <source>Y:</source>
        <translation>Y:</translation>
    </message>
    <message>
        <source>Column:</source>
        <translation>열:</translation>
    </message>
    <message>
        <source>Other CRS…</source>
        <translation>다른 좌표계…</translation>
    </message>
    <message>
        <source>Leave rows without a position out of the layer</source>
        <translation>위치 없는 행을 레이어에서 제외</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>자동 감지</translation>
    </message>
    <message>
        <source>X and Y columns</source>
        <translation>X, Y 열</translation>
    </message>
    <message>
        <source>Geometry text column (WKT)</source>
        <translation>도형 텍스트 열 (WKT)</translation>
    </message>
    <message>
        <source>No positions (a plain table)</source>
        <translation>위치 없음 (일반 표)</translation>
    </message>
    <message>
        <source>Text encoding:</source>
        <translation>텍스트 인코딩:</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>시트:</translation>
    </message>
    <message>
        <source>Header row:</source>
        <translation>머리글 행:</translation>
    </message>
    <message>
        <source>Positions from:</source>
        <translation>위치 정보:</translation>
    </message>
    <message>
        <source>CRS of the values:</source>
        <translation>값의 좌표계:</translation>
    </message>
    <message>
        <source>Rows without a position:</source>
        <translation>위치 없는 행:</translation>
    </message>
    <message>
        <source>Choose the column holding X (easting or longitude) and the one holding Y (northing or latitude).</source>
        <translation>X(동향 좌표 또는 경도)가 담긴 열과 Y(북향 좌표 또는 위도)가 담긴 열을 선택하십시오.</translation>
    </message>
    <message>
        <source>Choose the column holding the geometry as text (WKT).</source>
        <translation>도형이 텍스트(WKT)로 담긴 열을 선택하십시오.</translation>
    </message>
    <message>
        <source>Reading the table…</source>
        <translation>표를 읽는 중…</translation>
    </message>
    <message>
        <source>Here: choose the X and Y columns above, or “No positions (a plain table)”.</source>
        <translation>이 창에서는 위에서 X, Y 열을 선택하거나 “위치 없음 (일반 표)”을 선택하십시오.</translation>
    </message>
    <message>
        <source>Here: choose the CRS of the values above.</source>
        <translation>이 창에서는 위에서 값의 좌표계를 선택하십시오.</translation>
    </message>
    <message>
        <source>None of the %1 rows read has a usable position (%2). Check the X and Y columns and the CRS of the values, or read the table without positions.</source>
        <translation>읽은 행 %1개 중 사용할 수 있는 위치가 있는 행이 없습니다(%2). X, Y 열과 값의 좌표계를 확인하거나, 위치 없이 표를 읽으십시오.</translation>
    </message>
    <message>
        <source>The table could not be read.</source>
        <translation>표를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>Read as %1: %2</source>
        <translation>%1(으)로 읽음: %2</translation>
    </message>
    <message>
        <source>UTF-8 (defined by the format)</source>
        <translation>UTF-8 (데이터 형식에서 지정)</translation>
    </message>
    <message>
        <source>Column names in row %1</source>
        <translation>열 이름: %1행</translation>
    </message>
    <message>
        <source>No header row: the columns are named field_1, field_2, …</source>
        <translation>머리글 행 없음: 열 이름은 field_1, field_2, …으로 지정됩니다.</translation>
    </message>
    <message>
        <source>The table could not be read as chosen; the last preview is shown.</source>
        <translation>선택한 설정으로 표를 읽을 수 없어 마지막 미리 보기를 표시합니다.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s) as they will be read. Greyed rows have no position (hover over them for the reason); bold columns hold the positions.</source>
        <translation>
            <numerusform>읽어 들일 처음 %n행입니다. 회색 행은 위치가 없는 행이며(마우스를 올리면 사유가 표시됩니다), 굵게 표시된 열에 위치 정보가 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Detect from the values</source>
        <translation>값에서 자동 감지</translation>
    </message>
    <message numerus="yes">
        <source>Choose one of the %n grid(s) the values fit</source>
        <translation>
            <numerusform>값에 맞는 좌표계 %n개 중 하나를 선택하십시오</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The values fit %n Korean grid(s); nothing tells which one they are in. Choose it in the list.</source>
        <translation>
            <numerusform>값이 국내 좌표계 %n개에 들어맞으며, 그중 어느 좌표계인지 판단할 근거가 없습니다. 목록에서 선택하십시오.</numerusform>
        </translation>
    </message>
    <message>
        <source>The values fall in Korea in no Korean grid CityWeave knows. Choose their CRS with “Other CRS…”.</source>
        <translation>CityWeave가 아는 국내 좌표계 중 값이 국내 범위에 들어오는 좌표계가 없습니다. “다른 좌표계…”에서 값의 좌표계를 선택하십시오.</translation>
    </message>
    <message>
        <source>Positions from %1 (%2).</source>
        <translation>위치 정보: %1 (%2).</translation>
    </message>
    <message>
        <source>%1 and %2 hold metres; the degrees were preferred (choose them as X and Y to use the metres).</source>
        <translation>%1, %2 열에는 미터 단위 좌표가 있지만 경위도(도 단위)를 우선 사용했습니다(미터 단위 좌표를 사용하려면 해당 열을 X, Y로 선택하십시오).</translation>
    </message>
    <message>
        <source>Kept as text, so that leading zeros stay: %1.</source>
        <translation>앞자리 0이 유지되도록 텍스트로 읽은 열: %1.</translation>
    </message>
    <message>
        <source>Not applicable: the table is read without positions.</source>
        <translation>해당 없음: 위치 없이 표를 읽습니다.</translation>
    </message>
    <message>
        <source>Counted once the positions can be read.</source>
        <translation>위치를 읽을 수 있게 되면 집계됩니다.</translation>
    </message>
    <message>
        <source>all %1 rows</source>
        <translation>전체 %1행</translation>
    </message>
    <message>
        <source>the first %1 rows</source>
        <translation>처음 %1행</translation>
    </message>
    <message>
        <source>None among %1.</source>
        <translation>%1 중 없음.</translation>
    </message>
    <message>
        <source>They will be left out of the layer.</source>
        <translation>해당 행은 레이어에서 제외됩니다.</translation>
    </message>
    <message>
        <source>They stay in the attribute table without a position.</source>
        <translation>해당 행은 위치 없이 속성 테이블에 남습니다.</translation>
    </message>
    <message>
        <source>%1, among %2.
%3</source>
        <translation>%2 중 %1.
%3</translation>
    </message>
    <message>
        <source>Keep as text (codes)</source>
        <translation>텍스트로 유지(코드)</translation>
    </message>
</context>
<context>
    <name>cw::widgets::TemplateEditor</name>
    <message>
        <source>Cover and data sources</source>
        <translation>표지 및 데이터 출처</translation>
    </message>
    <message>
        <source>Overview map</source>
        <translation>개요도</translation>
    </message>
    <message>
        <source>Project registry</source>
        <translation>사업 목록</translation>
    </message>
    <message>
        <source>Overlap matrix</source>
        <translation>중첩 행렬</translation>
    </message>
    <message>
        <source>Integration zones (one map page each)</source>
        <translation>통합 후보 구역 (구역별 지도 1페이지)</translation>
    </message>
    <message>
        <source>District roll-up</source>
        <translation>자치구별 집계</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>차트</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>분석 방법</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>가로 방향</translation>
    </message>
    <message>
        <source>The project&apos;s title</source>
        <translation>프로젝트 제목</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>한국어</translation>
    </message>
    <message>
        <source>English</source>
        <translation>영어</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>로고</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>이미지 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>제목:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>기관:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>로고:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>용지:</translation>
    </message>
    <message>
        <source>Report language:</source>
        <translation>보고서 언어:</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Planning: statuses, indicators, sandbox compliance</source>
        <translation>계획: 상태, 지표, 규제샌드박스 준수 여부</translation>
    </message>
    <message>
        <source>Other analyses (coverage gaps, pilot ranking, plugins)</source>
        <translation>기타 분석 (서비스 공백, 실증지 순위, 플러그인)</translation>
    </message>
</context>
<context>
    <name>cw::widgets::TimelineBar</name>
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
        <source>Timeline</source>
        <translation>타임라인</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>모든 연도</translation>
    </message>
    <message>
        <source>Show the whole plan, whatever the year</source>
        <translation>연도와 관계없이 전체 계획 표시</translation>
    </message>
    <message>
        <source>The plan as it stands in this year</source>
        <translation>이 연도 시점의 계획</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>연도:</translation>
    </message>
    <message>
        <source>Stages:</source>
        <translation>단계:</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>No years</source>
        <translation>연도 없음</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <source>Play the plan year by year</source>
        <translation>계획을 연도별로 재생</translation>
    </message>
</context>
<context>
    <name>cw::widgets::ZoneDrawTool</name>
    <message>
        <source>A zone needs at least 3 vertices.</source>
        <translation>구역에는 꼭짓점이 3개 이상 필요합니다.</translation>
    </message>
    <message>
        <source>A split line needs at least 2 vertices.</source>
        <translation>분할선에는 꼭짓점이 2개 이상 필요합니다.</translation>
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
<context>
    <name>cw::widgets::ZonePropertiesDialog</name>
    <message>
        <source>Projects</source>
        <translation>사업 수</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>객체 수</translation>
    </message>
    <message>
        <source>Area (m²)</source>
        <translation>면적(m²)</translation>
    </message>
    <message>
        <source>Length (m)</source>
        <translation>길이(m)</translation>
    </message>
    <message>
        <source>Sandbox zone properties</source>
        <translation>규제샌드박스 구역 속성</translation>
    </message>
    <message>
        <source>Exemptions granted (Smart City Act)</source>
        <translation>부여된 특례(스마트도시법)</translation>
    </message>
    <message>
        <source> years</source>
        <translation>년</translation>
    </message>
    <message>
        <source>Cap on</source>
        <translation>상한 대상</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>한도</translation>
    </message>
    <message>
        <source>Add cap</source>
        <translation>상한 추가</translation>
    </message>
    <message>
        <source>Remove cap</source>
        <translation>상한 제거</translation>
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
        <source>Area</source>
        <translation>면적</translation>
    </message>
    <message>
        <source>%1 m² (%2 ha)</source>
        <translation>%1 m² (%2 ha)</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>유효 시작 연도</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>Extension (once)</source>
        <translation>연장(1회)</translation>
    </message>
    <message>
        <source>Valid through</source>
        <translation>유효 종료 연도</translation>
    </message>
    <message>
        <source>Scale caps</source>
        <translation>규모 상한</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>비고</translation>
    </message>
</context>
<context>
    <name>cw::widgets::ZoneVertexTool</name>
    <message>
        <source>Insert zone vertex</source>
        <translation>구역 꼭짓점 삽입</translation>
    </message>
    <message>
        <source>Move zone vertex</source>
        <translation>구역 꼭짓점 이동</translation>
    </message>
    <message>
        <source>A zone ring keeps at least 3 vertices.</source>
        <translation>구역 경계에는 꼭짓점이 3개 이상 있어야 합니다.</translation>
    </message>
    <message>
        <source>Delete zone vertex</source>
        <translation>구역 꼭짓점 삭제</translation>
    </message>
</context>
<context>
    <name>cw::widgets::ZonesPanel</name>
    <message>
        <source>Zone</source>
        <translation>구역</translation>
    </message>
    <message>
        <source>Exemptions</source>
        <translation>특례</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>유효 기간</translation>
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
        <translation>CityWeave: 서울 스마트시티 사업을 공간으로 통합하는 데스크톱 GIS.</translation>
    </message>
    <message>
        <source>Interface language for this run.</source>
        <translation>이번 실행의 화면 언어.</translation>
    </message>
    <message>
        <source>A project file (.cwproject.gpkg) to open.</source>
        <translation>열 프로젝트 파일 (.cwproject.gpkg).</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>Browse</name>
    <message>
        <location filename="../views/browse.py" line="44"/>
        <source>new</source>
        <translation>새 카드</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="45"/>
        <source>learning</source>
        <translation>학습 중</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="46"/>
        <source>review</source>
        <translation>복습</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="47"/>
        <source>relearning</source>
        <translation>재학습</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="48"/>
        <source>leech</source>
        <translation>거머리</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="54"/>
        <source>basic</source>
        <translation>기본</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="55"/>
        <source>cloze</source>
        <translation>빈칸</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="56"/>
        <source>choice</source>
        <translation>선택</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="57"/>
        <source>command</source>
        <translation>명령</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="58"/>
        <source>order</source>
        <translation>순서</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="93"/>
        <source>Answer</source>
        <translation>정답</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="270"/>
        <source>Select a card and press Enter to preview it.</source>
        <translation>카드를 고르고 Enter를 누르면 미리 보기가 나옵니다.</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="273"/>
        <source>Preview of {card}</source>
        <translation>미리 보기: {card}</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="278"/>
        <source>Browse cards</source>
        <translation>카드 찾아보기</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="279"/>
        <source>Search text in either language…</source>
        <translation>한국어나 영어로 검색…</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="280"/>
        <source>All types</source>
        <translation>모든 유형</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="281"/>
        <source>All states</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="285"/>
        <source>Card</source>
        <translation>카드</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="286"/>
        <source>Question</source>
        <translation>문제</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="287"/>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="288"/>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="289"/>
        <source>Due</source>
        <translation>예정</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="290"/>
        <source>Reps / lapses</source>
        <translation>답 / 잊음</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="295"/>
        <source>When</source>
        <translation>언제</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="296"/>
        <source>Rating</source>
        <translation>평가</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="297"/>
        <source>Seconds</source>
        <translation>초</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="298"/>
        <source>Right?</source>
        <translation>정답?</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="299"/>
        <source>Answer given</source>
        <translation>입력한 답</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="321"/>
        <source>All concepts</source>
        <translation>모든 개념</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="341"/>
        <source>%n card(s)</source>
        <translation>카드 %n장</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="377"/>
        <source>Select a card to see its history.</source>
        <translation>카드를 고르면 기록이 보입니다.</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="381"/>
        <source>History of {card}</source>
        <translation>{card}의 기록</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="385"/>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="385"/>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="390"/>
        <source>Not answered yet.</source>
        <translation>아직 답한 적이 없습니다.</translation>
    </message>
</context>
<context>
    <name>Drawings</name>
    <message>
        <location filename="../drawings.py" line="46"/>
        <source>created</source>
        <translation>생성됨</translation>
    </message>
    <message>
        <location filename="../drawings.py" line="47"/>
        <source>running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <location filename="../drawings.py" line="48"/>
        <source>paused</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <location filename="../drawings.py" line="49"/>
        <source>restarting</source>
        <translation>재시작 중</translation>
    </message>
    <message>
        <location filename="../drawings.py" line="50"/>
        <source>exited</source>
        <translation>종료됨</translation>
    </message>
    <message>
        <location filename="../drawings.py" line="51"/>
        <source>dead</source>
        <translation>멈춤 (dead)</translation>
    </message>
    <message>
        <location filename="../drawings.py" line="52"/>
        <source>removing</source>
        <translation>삭제 중</translation>
    </message>
    <message>
        <location filename="../drawings.py" line="53"/>
        <source>removed</source>
        <translation>삭제됨</translation>
    </message>
    <message>
        <location filename="../drawings.py" line="154"/>
        <source>Base at the bottom. Green: steps both images share (the layer cache); pale: steps that add no files.</source>
        <translation>맨 아래가 베이스. 초록색: 두 이미지가 함께 쓰는 단계 (레이어 캐시), 옅은 색: 파일을 더하지 않는 단계.</translation>
    </message>
    <message>
        <location filename="../drawings.py" line="191"/>
        <source>No containers yet.</source>
        <translation>아직 컨테이너가 없습니다.</translation>
    </message>
    <message>
        <location filename="../drawings.py" line="202"/>
        <source>image {name}</source>
        <translation>이미지 {name}</translation>
    </message>
    <message>
        <location filename="../drawings.py" line="319"/>
        <source>container {name}</source>
        <translation>컨테이너 {name}</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <location filename="../views/home.py" line="83"/>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="85"/>
        <source>New</source>
        <translation>새 카드</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="86"/>
        <source>Learning</source>
        <translation>학습 중</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="87"/>
        <source>To review</source>
        <translation>복습</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="88"/>
        <source>Labs due</source>
        <translation>실습 예정</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="92"/>
        <source>Start studying (Enter)</source>
        <translation>공부 시작 (Enter)</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="93"/>
        <source>Labs</source>
        <translation>실습</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="106"/>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="116"/>
        <source>Streak: %n day(s) in a row</source>
        <translation>연속 학습: %n일째</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="118"/>
        <source>No streak yet: answer a card today to start one.</source>
        <translation>아직 연속 기록이 없습니다. 오늘 카드 하나에 답하면 시작됩니다.</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="123"/>
        <source>Coming up: {concepts}</source>
        <translation>다음 공부: {concepts}</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="125"/>
        <source>Coming up: {n} card(s) to review</source>
        <translation>다음 공부: 복습할 카드 {n}장</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="128"/>
        <source>All done for now. The next card is due in {wait}.</source>
        <translation>지금은 모두 마쳤습니다. 다음 카드는 {wait} 뒤에 나옵니다.</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="130"/>
        <source>All done for today.</source>
        <translation>오늘 공부를 모두 마쳤습니다.</translation>
    </message>
</context>
<context>
    <name>Labs</name>
    <message>
        <location filename="../views/labs/listpage.py" line="19"/>
        <source>not started</source>
        <translation>시작 전</translation>
    </message>
    <message>
        <location filename="../views/labs/listpage.py" line="20"/>
        <source>in progress</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <location filename="../views/labs/listpage.py" line="21"/>
        <source>passed</source>
        <translation>통과</translation>
    </message>
    <message>
        <location filename="../views/labs/listpage.py" line="22"/>
        <source>due again</source>
        <translation>다시 할 때</translation>
    </message>
    <message>
        <location filename="../views/labs/daemon.py" line="239"/>
        <source>Docker: checking…</source>
        <translation>Docker: 확인 중…</translation>
    </message>
    <message>
        <location filename="../views/labs/daemon.py" line="244"/>
        <source>Docker {version} · {where}</source>
        <translation>Docker {version} · {where}</translation>
    </message>
    <message>
        <location filename="../views/labs/daemon.py" line="248"/>
        <source>Docker: not available</source>
        <translation>Docker: 쓸 수 없음</translation>
    </message>
    <message>
        <location filename="../views/labs/listpage.py" line="56"/>
        <source>Labs</source>
        <translation>실습</translation>
    </message>
    <message>
        <location filename="../views/labs/listpage.py" line="57"/>
        <source>Lab</source>
        <translation>실습</translation>
    </message>
    <message>
        <location filename="../views/labs/listpage.py" line="57"/>
        <location filename="../views/labs/live.py" line="53"/>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../views/labs/listpage.py" line="57"/>
        <source>Concepts</source>
        <translation>개념</translation>
    </message>
    <message>
        <location filename="../views/labs/panel.py" line="200"/>
        <source>← All labs</source>
        <translation>← 실습 목록</translation>
    </message>
    <message>
        <location filename="../views/labs/taskcolumn.py" line="71"/>
        <source>Work folder:</source>
        <translation>작업 폴더:</translation>
    </message>
    <message>
        <location filename="../views/labs/taskcolumn.py" line="72"/>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <location filename="../views/labs/taskcolumn.py" line="75"/>
        <source>Reset…</source>
        <translation>초기화…</translation>
    </message>
    <message>
        <location filename="../views/labs/workarea.py" line="58"/>
        <source>Keys go to the shell, except Ctrl+Enter (Check) and Ctrl+H (hint). Ctrl+Tab leaves the terminal; Ctrl+P Ctrl+Q detaches.</source>
        <translation>키는 셸로 갑니다. 단 Ctrl+Enter(확인)와 Ctrl+H(힌트)는 앱이 받습니다. Ctrl+Tab을 누르면 터미널에서 나갑니다. Ctrl+P Ctrl+Q는 분리(detach)입니다.</translation>
    </message>
    <message>
        <location filename="../views/labs/panel.py" line="253"/>
        <source>(set-up puts this lab&apos;s token here)</source>
        <translation>(실습을 준비하면 이 실습의 토큰이 여기에 들어갑니다)</translation>
    </message>
    <message>
        <location filename="../views/labs/panel.py" line="311"/>
        <source>Set up</source>
        <translation>준비하기</translation>
    </message>
    <message>
        <location filename="../views/labs/taskcolumn.py" line="73"/>
        <source>Check (Ctrl+Enter)</source>
        <translation>확인 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../views/labs/taskcolumn.py" line="74"/>
        <source>Show solution</source>
        <translation>해답 보기</translation>
    </message>
    <message>
        <location filename="../views/labs/panel.py" line="464"/>
        <source>Reset</source>
        <translation>초기화</translation>
    </message>
    <message>
        <location filename="../views/labs/live.py" line="52"/>
        <source>The lab&apos;s containers and images (live)</source>
        <translation>실습의 컨테이너와 이미지 (실시간)</translation>
    </message>
    <message>
        <location filename="../views/labs/live.py" line="53"/>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../views/labs/live.py" line="53"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../views/labs/workarea.py" line="52"/>
        <source>Files</source>
        <translation>파일</translation>
    </message>
    <message>
        <location filename="../views/labs/workarea.py" line="53"/>
        <source>Terminal</source>
        <translation>터미널</translation>
    </message>
    <message>
        <location filename="../views/labs/workarea.py" line="54"/>
        <source>Open a shell in the work folder (Ctrl+T)</source>
        <translation>작업 폴더에서 셸 열기 (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../views/labs/workarea.py" line="55"/>
        <source>Set the lab up, then open a shell here for the interactive steps (-it, attach, Ctrl+P Ctrl+Q).</source>
        <translation>실습을 준비한 뒤 여기서 셸을 열어 대화형 단계(-it, attach, Ctrl+P Ctrl+Q)를 하세요.</translation>
    </message>
    <message>
        <location filename="../views/labs/workarea.py" line="61"/>
        <source>The terminal pane needs Linux or macOS; use your own terminal in the work folder.</source>
        <translation>터미널 창은 리눅스나 macOS에서만 됩니다. 작업 폴더에서 직접 터미널을 여세요.</translation>
    </message>
    <message>
        <location filename="../views/labs/listpage.py" line="87"/>
        <source>Reading the labs…</source>
        <translation>실습을 읽는 중…</translation>
    </message>
    <message>
        <location filename="../views/labs/listpage.py" line="90"/>
        <source>No labs are installed yet.</source>
        <translation>아직 설치된 실습이 없습니다.</translation>
    </message>
    <message>
        <location filename="../views/labs/listpage.py" line="92"/>
        <source>Enter opens a lab. Each lab is checked against your real Docker daemon.</source>
        <translation>Enter로 실습을 엽니다. 실습은 실제 Docker 데몬의 상태로 확인합니다.</translation>
    </message>
    <message>
        <location filename="../views/labs/view.py" line="154"/>
        <source>There is no lab {lab}.</source>
        <translation>{lab} 실습이 없습니다.</translation>
    </message>
    <message>
        <location filename="../views/labs/panel.py" line="296"/>
        <source>(made when the lab is set up)</source>
        <translation>(실습을 준비하면 만들어집니다)</translation>
    </message>
    <message>
        <location filename="../views/labs/panel.py" line="311"/>
        <source>Set up again</source>
        <translation>다시 준비하기</translation>
    </message>
    <message>
        <location filename="../views/labs/panel.py" line="318"/>
        <source>Hint {n}/{total} (Ctrl+H)</source>
        <translation>힌트 {n}/{total} (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../views/labs/panel.py" line="320"/>
        <source>No hints</source>
        <translation>힌트 없음</translation>
    </message>
    <message>
        <location filename="../views/labs/panel.py" line="333"/>
        <source>Press Set up to make the lab&apos;s folder, images and containers.</source>
        <translation>준비하기를 누르면 실습 폴더, 이미지, 컨테이너가 만들어집니다.</translation>
    </message>
    <message>
        <location filename="../views/labs/taskcolumn.py" line="112"/>
        <source>Hints</source>
        <translation>힌트</translation>
    </message>
    <message>
        <location filename="../views/labs/panel.py" line="76"/>
        <source>Passed. Well done!</source>
        <translation>통과했습니다. 잘했어요!</translation>
    </message>
    <message>
        <location filename="../views/labs/panel.py" line="76"/>
        <source>Not yet: fix what is marked ✘ and check again.</source>
        <translation>아직입니다. ✘ 표시된 것을 고치고 다시 확인하세요.</translation>
    </message>
    <message>
        <location filename="../views/labs/taskcolumn.py" line="118"/>
        <source>Solution</source>
        <translation>해답</translation>
    </message>
    <message>
        <location filename="../views/labs/panel.py" line="64"/>
        <source>Reset removed:</source>
        <translation>초기화하며 지운 것:</translation>
    </message>
    <message>
        <location filename="../views/labs/panel.py" line="64"/>
        <source>Reset: the lab held nothing to remove.</source>
        <translation>초기화: 지울 것이 없었습니다.</translation>
    </message>
    <message>
        <location filename="../views/labs/panel.py" line="73"/>
        <source>The daemon says:</source>
        <translation>데몬의 답:</translation>
    </message>
    <message>
        <location filename="../views/labs/panel.py" line="204"/>
        <source>Containers by image</source>
        <translation>이미지별 컨테이너</translation>
    </message>
    <message>
        <location filename="../views/labs/panel.py" line="204"/>
        <source>Container lifecycle</source>
        <translation>컨테이너 생명주기</translation>
    </message>
    <message>
        <location filename="../views/labs/panel.py" line="204"/>
        <source>Image layers</source>
        <translation>이미지 레이어</translation>
    </message>
    <message>
        <location filename="../views/labs/panel.py" line="345"/>
        <source>This check took {seconds} s: it waits up to 3 s for a web page at port {ports} to answer.</source>
        <translation>이번 확인에 {seconds}초 걸렸습니다. 포트 {ports}의 웹 페이지가 응답하기를 최대 3초까지 기다리기 때문입니다.</translation>
    </message>
    <message>
        <location filename="../views/labs/panel.py" line="374"/>
        <source>Setting up the lab: building images and starting containers…</source>
        <translation>실습 준비 중: 이미지를 빌드하고 컨테이너를 시작합니다…</translation>
    </message>
    <message>
        <location filename="../views/labs/panel.py" line="396"/>
        <source>This lab is not set up yet: press Set up (focused now, Enter) first.</source>
        <translation>아직 실습을 준비하지 않았습니다. 먼저 준비하기를 누르세요(지금 선택되어 있으니 Enter).</translation>
    </message>
    <message>
        <location filename="../views/labs/panel.py" line="404"/>
        <source>Checking with the daemon, and waiting up to 3 s for the lab&apos;s web page to answer…</source>
        <translation>데몬으로 확인하고, 실습 웹 페이지의 응답을 최대 3초까지 기다리는 중…</translation>
    </message>
    <message>
        <location filename="../views/labs/panel.py" line="406"/>
        <source>Checking with the daemon…</source>
        <translation>데몬에게 확인하는 중…</translation>
    </message>
    <message>
        <location filename="../views/labs/panel.py" line="462"/>
        <source>Reset the lab?</source>
        <translation>실습을 초기화할까요?</translation>
    </message>
    <message>
        <location filename="../views/labs/panel.py" line="463"/>
        <source>Reset removes the containers and images this lab made, and its work folder. Your answers and the lab&apos;s schedule stay.</source>
        <translation>초기화하면 이 실습이 만든 컨테이너와 이미지, 작업 폴더를 지웁니다. 답한 기록과 실습 일정은 그대로 남습니다.</translation>
    </message>
    <message>
        <location filename="../views/labs/panel.py" line="465"/>
        <source>Keep the lab</source>
        <translation>그대로 두기</translation>
    </message>
    <message>
        <location filename="../views/labs/panel.py" line="490"/>
        <source>Removing what the lab made…</source>
        <translation>실습이 만든 것을 지우는 중…</translation>
    </message>
    <message>
        <location filename="../views/labs/panel.py" line="500"/>
        <source>Reset: removed %n item(s).</source>
        <translation>초기화: %n개를 지웠습니다.</translation>
    </message>
    <message>
        <location filename="../views/labs/panel.py" line="510"/>
        <source>Copied the folder path.</source>
        <translation>폴더 경로를 복사했습니다.</translation>
    </message>
    <message>
        <location filename="../views/labs/live.py" line="19"/>
        <source>container</source>
        <translation>컨테이너</translation>
    </message>
    <message>
        <location filename="../views/labs/live.py" line="19"/>
        <source>image</source>
        <translation>이미지</translation>
    </message>
    <message>
        <location filename="../views/labs/live.py" line="68"/>
        <source>Connect to Docker to see what the lab holds.</source>
        <translation>Docker에 연결되면 실습이 가진 것이 보입니다.</translation>
    </message>
    <message>
        <location filename="../views/labs/live.py" line="70"/>
        <source>Nothing yet: set the lab up, or run a command.</source>
        <translation>아직 없습니다. 실습을 준비하거나 명령을 실행하세요.</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../views/answers.py" line="79"/>
        <location filename="../views/answers.py" line="100"/>
        <source>Type the command, then Enter</source>
        <translation>명령을 입력하고 Enter</translation>
    </message>
    <message>
        <location filename="../views/answers.py" line="142"/>
        <source>Blank {n}</source>
        <translation>빈칸 {n}</translation>
    </message>
    <message>
        <location filename="../views/answers.py" line="182"/>
        <source>Choose every right answer (letter keys toggle).</source>
        <translation>맞는 답을 모두 고르세요 (글자 키로 선택/해제).</translation>
    </message>
    <message>
        <location filename="../views/answers.py" line="286"/>
        <source>Put these in order: drag them, or select one and press Ctrl+Up / Ctrl+Down.</source>
        <translation>순서대로 놓으세요: 끌어서 옮기거나, 하나를 고르고 Ctrl+↑ / Ctrl+↓를 누르세요.</translation>
    </message>
    <message>
        <location filename="../views/answers.py" line="295"/>
        <source>→ belongs at {n}</source>
        <translation>→ {n}번째 자리</translation>
    </message>
    <message>
        <location filename="../views/review.py" line="222"/>
        <source>All done for now</source>
        <translation>지금은 모두 마쳤습니다</translation>
    </message>
    <message>
        <location filename="../views/review.py" line="223"/>
        <source>Back to Home</source>
        <translation>홈으로</translation>
    </message>
    <message>
        <location filename="../views/review.py" line="224"/>
        <source>I don&apos;t know ({key})</source>
        <translation>모르겠어요 ({key})</translation>
    </message>
    <message>
        <location filename="../views/review.py" line="243"/>
        <source>New {new} · Learning {learning} · Review {review}</source>
        <translation>새 카드 {new} · 학습 중 {learning} · 복습 {review}</translation>
    </message>
    <message>
        <location filename="../views/review.py" line="261"/>
        <location filename="../views/review.py" line="301"/>
        <source>Something went wrong: {error}</source>
        <translation>문제가 생겼습니다: {error}</translation>
    </message>
    <message>
        <location filename="../views/review.py" line="271"/>
        <source>You have forgotten this card {n} times; it is marked as a leech.</source>
        <translation>이 카드는 {n}번 잊어버려 &apos;거머리 카드&apos;로 표시했습니다.</translation>
    </message>
    <message>
        <location filename="../views/review.py" line="278"/>
        <source>Undone: {card}</source>
        <translation>되돌렸습니다: {card}</translation>
    </message>
    <message>
        <location filename="../views/review.py" line="310"/>
        <source>You answered {n} card(s) today. Come back when more are due.</source>
        <translation>오늘 {n}장에 답했습니다. 다음 카드가 나올 때 다시 오세요.</translation>
    </message>
    <message>
        <location filename="../views/review.py" line="354"/>
        <source>Try it in the lab: {title}</source>
        <translation>실습에서 해 보기: {title}</translation>
    </message>
    <message>
        <location filename="../views/review.py" line="423"/>
        <source>An example: an image rebuilt after its code changed; the steps under the change come from the cache.</source>
        <translation>예시: 코드가 바뀐 뒤 다시 빌드한 이미지. 바뀐 단계 아래의 단계는 캐시에서 가져온다.</translation>
    </message>
    <message>
        <location filename="../views/review.py" line="425"/>
        <source>An example: docker run -it, then Ctrl+P Ctrl+Q (detach), then docker stop.</source>
        <translation>예시: docker run -it, 그다음 Ctrl+P Ctrl+Q (detach), 그다음 docker stop.</translation>
    </message>
    <message>
        <location filename="../views/review.py" line="439"/>
        <source>Concept</source>
        <translation>개념</translation>
    </message>
    <message>
        <location filename="../views/review.py" line="444"/>
        <source>You did not know this one.</source>
        <translation>모른다고 답했습니다.</translation>
    </message>
    <message>
        <location filename="../views/review.py" line="446"/>
        <source>Right.</source>
        <translation>정답입니다.</translation>
    </message>
    <message>
        <location filename="../views/review.py" line="446"/>
        <source>Not quite.</source>
        <translation>틀렸습니다.</translation>
    </message>
    <message>
        <location filename="../views/review.py" line="455"/>
        <source>Proposed rating: {n} {name} (Enter takes it; 1-4 to change)</source>
        <translation>제안된 평가: {n} {name} (Enter로 받기, 1-4로 바꾸기)</translation>
    </message>
    <message>
        <location filename="../views/review.py" line="471"/>
        <source>Answer</source>
        <translation>정답</translation>
    </message>
    <message>
        <location filename="../views/review.py" line="502"/>
        <source>Check my answer (Enter)</source>
        <translation>답 확인 (Enter)</translation>
    </message>
    <message>
        <location filename="../views/review.py" line="502"/>
        <source>Show answer (Space)</source>
        <translation>답 보기 (Space)</translation>
    </message>
    <message>
        <location filename="../views/review.py" line="562"/>
        <source>Pick an option first (its letter key), or press {key} if you don&apos;t know.</source>
        <translation>먼저 보기를 고르세요(글자 키). 모르면 {key}를 누르세요.</translation>
    </message>
    <message>
        <location filename="../views/review.py" line="564"/>
        <source>Fill in every blank first, or press {key} if you don&apos;t know.</source>
        <translation>먼저 빈칸을 모두 채우세요. 모르면 {key}를 누르세요.</translation>
    </message>
    <message>
        <location filename="../views/review.py" line="566"/>
        <source>Type an answer first, or press {key} if you don&apos;t know.</source>
        <translation>먼저 답을 입력하세요. 모르면 {key}를 누르세요.</translation>
    </message>
    <message>
        <location filename="../views/review.py" line="604"/>
        <source>Running your command against Docker in its lab…</source>
        <translation>실습 환경의 도커에서 명령을 실제로 실행하고 있습니다…</translation>
    </message>
    <message>
        <location filename="../views/review.py" line="658"/>
        <source>Nothing to undo.</source>
        <translation>되돌릴 답이 없습니다.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../views/settings.py" line="109"/>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <location filename="../views/settings.py" line="111"/>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../views/settings.py" line="112"/>
        <source>Desired retention</source>
        <translation>목표 기억률</translation>
    </message>
    <message>
        <location filename="../views/settings.py" line="113"/>
        <source>New cards per day</source>
        <translation>하루 새 카드 수</translation>
    </message>
    <message>
        <location filename="../views/settings.py" line="114"/>
        <source>Reviews per day</source>
        <translation>하루 복습 수</translation>
    </message>
    <message>
        <location filename="../views/settings.py" line="115"/>
        <source>The day starts at (hour)</source>
        <translation>하루가 시작되는 시각</translation>
    </message>
    <message>
        <location filename="../views/settings.py" line="116"/>
        <source>Docker host or context</source>
        <translation>Docker 호스트 또는 컨텍스트</translation>
    </message>
    <message>
        <location filename="../views/settings.py" line="117"/>
        <source>Live command cards</source>
        <translation>실시간 명령 카드</translation>
    </message>
    <message>
        <location filename="../views/settings.py" line="118"/>
        <source>Theme</source>
        <translation>테마</translation>
    </message>
    <message>
        <location filename="../views/settings.py" line="125"/>
        <source>Follow the system</source>
        <translation>시스템 설정 따르기</translation>
    </message>
    <message>
        <location filename="../views/settings.py" line="126"/>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <location filename="../views/settings.py" line="127"/>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <location filename="../views/settings.py" line="131"/>
        <source>Leave the Docker host empty to use DOCKER_HOST or the current docker context, as the docker command does. Examples: unix:///var/run/docker.sock, tcp://127.0.0.1:2375, or a context name.</source>
        <translation>Docker 호스트를 비워 두면 docker 명령처럼 DOCKER_HOST나 현재 docker 컨텍스트를 씁니다. 예: unix:///var/run/docker.sock, tcp://127.0.0.1:2375, 또는 컨텍스트 이름.</translation>
    </message>
    <message>
        <location filename="../views/settings.py" line="137"/>
        <source>Also run a right answer against Docker, judged by its lab</source>
        <translation>맞힌 명령을 도커에서 실제로 실행하고 실습의 검사로 확인하기</translation>
    </message>
    <message>
        <location filename="../views/settings.py" line="138"/>
        <source>Save (Ctrl+S)</source>
        <translation>저장 (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../views/settings.py" line="140"/>
        <source>Your answers are kept in {folder}. Each day a copy goes to {backups}, where the last {days} days are kept; to go back to one, restore it here. The answers as they are now are kept in the same folder first.</source>
        <translation>답은 {folder}에 저장됩니다. 날마다 {backups}에 사본을 하나 만들고 최근 {days}일치를 남깁니다. 사본으로 되돌리려면 여기서 복원하세요. 지금의 답은 먼저 같은 폴더에 따로 보관합니다.</translation>
    </message>
    <message>
        <location filename="../views/settings.py" line="146"/>
        <source>Restore from a backup…</source>
        <translation>백업에서 복원…</translation>
    </message>
    <message>
        <location filename="../views/settings.py" line="217"/>
        <location filename="../views/settings.py" line="225"/>
        <source>Restore from a backup</source>
        <translation>백업에서 복원</translation>
    </message>
    <message>
        <location filename="../views/settings.py" line="219"/>
        <source>quizapp backups (*.sqlite3);;All files (*)</source>
        <translation>quizapp 백업 (*.sqlite3);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../views/settings.py" line="226"/>
        <source>Go back to the answers in {file}? The answers as they are now are copied to {backups} first.</source>
        <translation>{file} 의 답으로 되돌릴까요? 지금의 답은 먼저 {backups} 에 복사해 둡니다.</translation>
    </message>
    <message>
        <location filename="../views/settings.py" line="238"/>
        <source>Restoring {file}…</source>
        <translation>{file} 에서 복원하는 중…</translation>
    </message>
    <message>
        <location filename="../views/settings.py" line="262"/>
        <source>Restored {answers} answers from {file}. The answers as they were before are in {aside}.</source>
        <translation>{file} 에서 답 {answers}개를 복원했습니다. 복원 전의 답은 {aside} 에 있습니다.</translation>
    </message>
    <message>
        <location filename="../views/settings.py" line="278"/>
        <source>The backup could not be restored: {error}</source>
        <translation>백업을 복원하지 못했습니다: {error}</translation>
    </message>
    <message>
        <location filename="../views/settings.py" line="201"/>
        <source>Saved.</source>
        <translation>저장했습니다.</translation>
    </message>
</context>
<context>
    <name>Stats</name>
    <message>
        <location filename="../views/stats.py" line="454"/>
        <source>Counting…</source>
        <translation>계산하는 중…</translation>
    </message>
    <message>
        <location filename="../views/stats.py" line="472"/>
        <source>Cards coming due, next 30 days</source>
        <translation>앞으로 30일 동안 복습할 카드</translation>
    </message>
    <message>
        <location filename="../views/stats.py" line="476"/>
        <source>True retention by week (reviews passed)</source>
        <translation>주별 실제 기억률 (복습을 통과한 비율)</translation>
    </message>
    <message>
        <location filename="../views/stats.py" line="477"/>
        <source>Passed</source>
        <translation>통과</translation>
    </message>
    <message>
        <location filename="../views/stats.py" line="477"/>
        <source>Desired retention {percent}%</source>
        <translation>목표 기억률 {percent}%</translation>
    </message>
    <message>
        <location filename="../views/stats.py" line="480"/>
        <source>Answers per day, past year</source>
        <translation>지난 1년 동안 하루에 답한 수</translation>
    </message>
    <message>
        <location filename="../views/stats.py" line="483"/>
        <source>{answers} answers on {days} days in the past year; busiest day {peak}.</source>
        <translation>지난 1년 동안 {days}일에 걸쳐 {answers}번 답했습니다. 가장 많이 답한 날은 {peak}번.</translation>
    </message>
    <message>
        <location filename="../views/stats.py" line="501"/>
        <source>{title}
Recall now: {percent}% (mean over {studied} of {cards} cards studied)</source>
        <translation>{title}
지금 기억할 확률: {percent}% (카드 {cards}장 중 학습한 {studied}장의 평균)</translation>
    </message>
    <message>
        <location filename="../views/stats.py" line="505"/>
        <location filename="../views/stats.py" line="524"/>
        <source>not started</source>
        <translation>시작 전</translation>
    </message>
    <message>
        <location filename="../views/stats.py" line="506"/>
        <source>{title}
Not studied yet ({cards} cards)</source>
        <translation>{title}
아직 학습하지 않음 (카드 {cards}장)</translation>
    </message>
    <message>
        <location filename="../views/stats.py" line="518"/>
        <source>passed</source>
        <translation>통과</translation>
    </message>
    <message>
        <location filename="../views/stats.py" line="521"/>
        <source>tried</source>
        <translation>시도함</translation>
    </message>
    <message>
        <location filename="../views/stats.py" line="525"/>
        <source>{title}
{attempts} attempts, {passed} passed</source>
        <translation>{title}
{attempts}번 시도, {passed}번 통과</translation>
    </message>
    <message>
        <location filename="../views/stats.py" line="528"/>
        <source>{passed} of {total} labs passed</source>
        <translation>실습 {total}개 중 {passed}개 통과</translation>
    </message>
    <message>
        <location filename="../views/stats.py" line="533"/>
        <source>Statistics</source>
        <translation>통계</translation>
    </message>
    <message>
        <location filename="../views/stats.py" line="535"/>
        <source>Cards in the deck</source>
        <translation>전체 카드</translation>
    </message>
    <message>
        <location filename="../views/stats.py" line="536"/>
        <source>Answers today</source>
        <translation>오늘 답한 수</translation>
    </message>
    <message>
        <location filename="../views/stats.py" line="537"/>
        <source>Streak (days)</source>
        <translation>연속 학습 (일)</translation>
    </message>
    <message>
        <location filename="../views/stats.py" line="538"/>
        <source>New cards left today</source>
        <translation>오늘 남은 새 카드</translation>
    </message>
    <message>
        <location filename="../views/stats.py" line="539"/>
        <source>Learning</source>
        <translation>학습 중</translation>
    </message>
    <message>
        <location filename="../views/stats.py" line="540"/>
        <source>Reviews due</source>
        <translation>복습할 카드</translation>
    </message>
    <message>
        <location filename="../views/stats.py" line="541"/>
        <source>Labs due</source>
        <translation>실습 예정</translation>
    </message>
    <message>
        <location filename="../views/stats.py" line="545"/>
        <source>How well each concept is remembered</source>
        <translation>개념별로 얼마나 기억하고 있는지</translation>
    </message>
    <message>
        <location filename="../views/stats.py" line="547"/>
        <source>Each concept&apos;s chance of recall now (FSRS retrievability, the mean over its studied cards), by section of the notes, weakest first. Click a concept, or choose it with the arrow keys and press Enter, to study its cards.</source>
        <translation>각 개념을 지금 기억할 확률 (FSRS 인출 가능성, 학습한 카드의 평균)을 노트의 절별로, 약한 것부터 보여 줍니다. 개념을 클릭하거나 화살표 키로 고르고 Enter를 누르면 그 카드를 학습합니다.</translation>
    </message>
    <message>
        <location filename="../views/stats.py" line="553"/>
        <source>Labs</source>
        <translation>실습</translation>
    </message>
    <message>
        <location filename="../views/stats.py" line="472"/>
        <source>today</source>
        <translation>오늘</translation>
    </message>
</context>
<context>
    <name>Terminal</name>
    <message>
        <location filename="../terminal.py" line="215"/>
        <source>The shell did not start: {error}</source>
        <translation>셸을 시작하지 못했습니다: {error}</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <location filename="../window.py" line="40"/>
        <location filename="../window.py" line="64"/>
        <source>Home</source>
        <translation>홈</translation>
    </message>
    <message>
        <location filename="../window.py" line="41"/>
        <location filename="../window.py" line="68"/>
        <source>Review</source>
        <translation>복습</translation>
    </message>
    <message>
        <location filename="../window.py" line="42"/>
        <location filename="../window.py" line="82"/>
        <source>Labs</source>
        <translation>실습</translation>
    </message>
    <message>
        <location filename="../window.py" line="43"/>
        <location filename="../window.py" line="93"/>
        <source>Browse</source>
        <translation>찾아보기</translation>
    </message>
    <message>
        <location filename="../window.py" line="44"/>
        <source>Statistics</source>
        <translation>통계</translation>
    </message>
    <message>
        <location filename="../window.py" line="45"/>
        <location filename="../window.py" line="100"/>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <location filename="../window.py" line="53"/>
        <source>Go to {view}</source>
        <translation>{view} 열기</translation>
    </message>
    <message>
        <location filename="../window.py" line="56"/>
        <source>Everywhere</source>
        <translation>어디서나</translation>
    </message>
    <message>
        <location filename="../window.py" line="59"/>
        <source>Keyboard shortcuts (also ?)</source>
        <translation>단축키 목록 (? 키도 됩니다)</translation>
    </message>
    <message>
        <location filename="../window.py" line="258"/>
        <source>Quit</source>
        <translation>끝내기</translation>
    </message>
    <message>
        <location filename="../window.py" line="65"/>
        <source>Start studying</source>
        <translation>학습 시작</translation>
    </message>
    <message>
        <location filename="../window.py" line="60"/>
        <source>Quit (in the terminal Ctrl+Q is the shell&apos;s: Ctrl+P Ctrl+Q detaches)</source>
        <translation>끝내기 (터미널에서는 Ctrl+Q가 셸로 갑니다: Ctrl+P Ctrl+Q는 분리)</translation>
    </message>
    <message>
        <location filename="../window.py" line="70"/>
        <source>Show the answer, or submit it</source>
        <translation>정답 보기, 또는 답 제출</translation>
    </message>
    <message>
        <location filename="../window.py" line="71"/>
        <source>Submit; on the answer side, take the proposed rating</source>
        <translation>답 제출. 정답 화면에서는 제안된 평가 선택</translation>
    </message>
    <message>
        <location filename="../window.py" line="76"/>
        <source>A, B, C…: choose an option</source>
        <translation>A, B, C…: 보기 고르기</translation>
    </message>
    <message>
        <location filename="../window.py" line="77"/>
        <source>Order cards: move the selected item up (Ctrl+Down: down)</source>
        <translation>순서 카드: 고른 항목을 위로 (Ctrl+Down: 아래로)</translation>
    </message>
    <message>
        <location filename="../window.py" line="78"/>
        <source>Undo the last answer</source>
        <translation>마지막 답 되돌리기</translation>
    </message>
    <message>
        <location filename="../window.py" line="84"/>
        <source>Open the selected lab</source>
        <translation>고른 실습 열기</translation>
    </message>
    <message>
        <location filename="../window.py" line="85"/>
        <source>Check the lab (works in the terminal too)</source>
        <translation>실습 확인 (터미널에서도 됩니다)</translation>
    </message>
    <message>
        <location filename="../window.py" line="86"/>
        <source>Next hint (works in the terminal too)</source>
        <translation>다음 힌트 (터미널에서도 됩니다)</translation>
    </message>
    <message>
        <location filename="../window.py" line="87"/>
        <source>Open a shell in the lab&apos;s work folder</source>
        <translation>실습 작업 폴더에서 셸 열기</translation>
    </message>
    <message>
        <location filename="../window.py" line="88"/>
        <source>Leave the terminal (Ctrl+Shift+Tab: back)</source>
        <translation>터미널에서 나가기 (Ctrl+Shift+Tab: 이전 항목으로)</translation>
    </message>
    <message>
        <location filename="../window.py" line="89"/>
        <source>Back to the list of labs</source>
        <translation>실습 목록으로 돌아가기</translation>
    </message>
    <message>
        <location filename="../window.py" line="95"/>
        <source>Search</source>
        <translation>검색</translation>
    </message>
    <message>
        <location filename="../window.py" line="96"/>
        <source>Preview the selected card</source>
        <translation>고른 카드 미리 보기</translation>
    </message>
    <message>
        <location filename="../window.py" line="101"/>
        <source>Save the settings</source>
        <translation>설정 저장</translation>
    </message>
    <message>
        <location filename="../window.py" line="116"/>
        <location filename="../window.py" line="261"/>
        <location filename="../window.py" line="377"/>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <location filename="../window.py" line="129"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location filename="../window.py" line="250"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../window.py" line="251"/>
        <source>&amp;Go</source>
        <translation>이동(&amp;G)</translation>
    </message>
    <message>
        <location filename="../window.py" line="252"/>
        <source>&amp;Review</source>
        <translation>복습(&amp;R)</translation>
    </message>
    <message>
        <location filename="../window.py" line="253"/>
        <source>&amp;Labs</source>
        <translation>실습(&amp;L)</translation>
    </message>
    <message>
        <location filename="../window.py" line="254"/>
        <source>&amp;Browse</source>
        <translation>찾아보기(&amp;B)</translation>
    </message>
    <message>
        <location filename="../window.py" line="255"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../window.py" line="332"/>
        <source>Studying {concept}: {count} cards</source>
        <translation>{concept} 공부: 카드 {count}장</translation>
    </message>
    <message>
        <location filename="../window.py" line="374"/>
        <source>quizapp: Docker study</source>
        <translation>quizapp: 도커 공부</translation>
    </message>
    <message>
        <location filename="../window.py" line="402"/>
        <source>Something went wrong: {error}</source>
        <translation>문제가 생겼습니다: {error}</translation>
    </message>
    <message>
        <location filename="../window.py" line="417"/>
        <source>Cannot open your data: {error}</source>
        <translation>데이터를 열 수 없습니다: {error}</translation>
    </message>
</context>
</TS>

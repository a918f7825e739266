<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko_KR">
<context>
    <name>Browse</name>
    <message>
        <location filename="../views/browse.py" line="59" />
        <source>new</source>
        <translation>새 카드</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="60" />
        <source>learning</source>
        <translation>학습 중</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="61" />
        <source>review</source>
        <translation>복습</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="62" />
        <source>relearning</source>
        <translation>재학습</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="63" />
        <source>leech</source>
        <translation>거머리</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="69" />
        <source>suspended</source>
        <translation>보류</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="70" />
        <source>buried</source>
        <translation>묻어 둠</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="71" />
        <source>your own cards</source>
        <translation>내가 만든 카드</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="77" />
        <source>No flag</source>
        <translation>깃발 없음</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="78" />
        <source>Red</source>
        <translation>빨강</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="79" />
        <source>Orange</source>
        <translation>주황</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="80" />
        <source>Green</source>
        <translation>초록</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="81" />
        <source>Blue</source>
        <translation>파랑</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="82" />
        <source>Pink</source>
        <translation>분홍</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="83" />
        <source>Turquoise</source>
        <translation>청록</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="84" />
        <source>Purple</source>
        <translation>보라</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="90" />
        <source>mine</source>
        <translation>내 카드</translation>
    </message>
    <message>
        <location filename="../views/common.py" line="117" />
        <source>basic</source>
        <translation>기본</translation>
    </message>
    <message>
        <location filename="../views/common.py" line="118" />
        <source>cloze</source>
        <translation>빈칸</translation>
    </message>
    <message>
        <location filename="../views/common.py" line="119" />
        <source>choice</source>
        <translation>선택</translation>
    </message>
    <message>
        <location filename="../views/common.py" line="120" />
        <source>command</source>
        <translation>명령</translation>
    </message>
    <message>
        <location filename="../views/common.py" line="121" />
        <source>order</source>
        <translation>순서</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="129" />
        <source>Answer</source>
        <translation>정답</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="160" />
        <source>Also accepted</source>
        <translation>이것도 정답</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="335" />
        <source>Add card</source>
        <translation>카드 추가</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="336" />
        <source>Edit card</source>
        <translation>카드 고치기</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="337" />
        <source>Suspend</source>
        <translation>보류</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="338" />
        <source>Bury</source>
        <translation>묻어 두기</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="339" />
        <location filename="../views/browse.py" line="486" />
        <source>Delete own card</source>
        <translation>내 카드 지우기</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="340" />
        <source>Quiz on this concept</source>
        <translation>이 개념으로 퀴즈</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="345" />
        <source>Flag</source>
        <translation>깃발</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="346" />
        <source>Flag (Alt+1…7, Alt+0: none)</source>
        <translation>깃발 (Alt+1…7, Alt+0: 없음)</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="370" />
        <location filename="../views/browse.py" line="424" />
        <location filename="../views/browse.py" line="441" />
        <location filename="../views/browse.py" line="479" />
        <source>Select a card first.</source>
        <translation>먼저 카드를 고르세요.</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="393" />
        <source>Nothing to change: the cards are so already.</source>
        <translation>바꿀 것이 없습니다: 카드가 이미 그 상태입니다.</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="403" />
        <source>Suspended: {cards}</source>
        <translation>보류했습니다: {cards}</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="404" />
        <source>Unsuspended: {cards}</source>
        <translation>보류를 풀었습니다: {cards}</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="405" />
        <source>Buried until the next study day: {cards}</source>
        <translation>다음 학습일까지 묻어 두었습니다: {cards}</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="406" />
        <source>Unburied: {cards}</source>
        <translation>다시 꺼냈습니다: {cards}</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="407" />
        <source>Flag {flag}: {cards}</source>
        <translation>깃발 {flag}: {cards}</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="466" />
        <source>Added your card {card}.</source>
        <translation>내 카드를 추가했습니다: {card}</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="466" />
        <source>Saved your card {card}.</source>
        <translation>내 카드를 저장했습니다: {card}</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="482" />
        <source>{card} is a built-in card: it cannot be deleted, but it can be suspended (Ctrl+J).</source>
        <translation>기본 제공 카드({card})는 지울 수 없습니다. 대신 보류할 수 있습니다 (Ctrl+J).</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="487" />
        <source>Delete your card {card}? Its review history stays in the database.</source>
        <translation>내 카드({card})를 지울까요? 복습 기록은 데이터베이스에 남습니다.</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="488" />
        <source>Delete</source>
        <translation>지우기</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="489" />
        <source>Keep it</source>
        <translation>그대로 두기</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="506" />
        <source>Deleted your card {card}.</source>
        <translation>내 카드를 지웠습니다: {card}</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="514" />
        <source>Your card could not be deleted: {error}</source>
        <translation>내 카드를 지우지 못했습니다: {error}</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="566" />
        <source>Select a card and press Enter to preview it.</source>
        <translation>카드를 고르고 Enter를 누르면 미리 보기가 나옵니다.</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="571" />
        <source>Preview of {card}</source>
        <translation>미리 보기: {card}</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="577" />
        <source>Browse cards</source>
        <translation>카드 찾아보기</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="578" />
        <source>Search text in either language…</source>
        <translation>한국어나 영어로 검색…</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="579" />
        <source>All types</source>
        <translation>모든 유형</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="581" />
        <source>All states</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="587" />
        <source>Card</source>
        <translation>카드</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="588" />
        <source>Question</source>
        <translation>문제</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="589" />
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="590" />
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="591" />
        <source>Due</source>
        <translation>예정</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="592" />
        <source>Reps / lapses</source>
        <translation>답 / 잊음</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="593" />
        <source>Marks</source>
        <translation>표시</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="598" />
        <source>When</source>
        <translation>언제</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="599" />
        <source>Rating</source>
        <translation>평가</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="600" />
        <source>Seconds</source>
        <translation>초</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="601" />
        <source>Right?</source>
        <translation>정답?</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="602" />
        <source>Answer given</source>
        <translation>입력한 답</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="626" />
        <source>All concepts</source>
        <translation>모든 개념</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="681" />
        <source>%n card(s)</source>
        <translation>카드 %n장</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="733" />
        <source>Select a card to see its history.</source>
        <translation>카드를 고르면 기록이 보입니다.</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="737" />
        <source>History of {card}</source>
        <translation>{card}의 기록</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="741" />
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="741" />
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <location filename="../views/browse.py" line="746" />
        <source>Not answered yet.</source>
        <translation>아직 답한 적이 없습니다.</translation>
    </message>
</context>
<context>
    <name>CardEditor</name>
    <message>
        <location filename="../views/cardeditor.py" line="60" />
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <location filename="../views/cardeditor.py" line="61" />
        <source>Text with blanks</source>
        <translation>빈칸이 있는 글</translation>
    </message>
    <message>
        <location filename="../views/cardeditor.py" line="61" />
        <source>Question</source>
        <translation>질문</translation>
    </message>
    <message>
        <location filename="../views/cardeditor.py" line="62" />
        <source>Answer</source>
        <translation>정답</translation>
    </message>
    <message>
        <location filename="../views/cardeditor.py" line="63" />
        <source>Command</source>
        <translation>명령</translation>
    </message>
    <message>
        <location filename="../views/cardeditor.py" line="64" />
        <source>Also accepted</source>
        <translation>이것도 정답</translation>
    </message>
    <message>
        <location filename="../views/cardeditor.py" line="65" />
        <source>Blanks' answers</source>
        <translation>빈칸의 정답</translation>
    </message>
    <message>
        <location filename="../views/cardeditor.py" line="66" />
        <source>Right options</source>
        <translation>맞는 보기</translation>
    </message>
    <message>
        <location filename="../views/cardeditor.py" line="67" />
        <source>Wrong options</source>
        <translation>틀린 보기</translation>
    </message>
    <message>
        <location filename="../views/cardeditor.py" line="68" />
        <source>Items in order</source>
        <translation>올바른 순서의 항목</translation>
    </message>
    <message>
        <location filename="../views/cardeditor.py" line="69" />
        <source>Explanation</source>
        <translation>설명</translation>
    </message>
    <message>
        <location filename="../views/cardeditor.py" line="70" />
        <source>Concepts</source>
        <translation>개념</translation>
    </message>
    <message>
        <location filename="../views/cardeditor.py" line="79" />
        <source>“{command}” is not a command the grader accepts: {reason}</source>
        <translation>“{command}”: 채점기가 받아들이는 명령이 아닙니다. {reason}</translation>
    </message>
    <message>
        <location filename="../views/cardeditor.py" line="84" />
        <source>write something here.</source>
        <translation>여기에 내용을 쓰세요.</translation>
    </message>
    <message>
        <location filename="../views/cardeditor.py" line="85" />
        <source>mark each blank in the text as {{1}}, {{2}}, …</source>
        <translation>글 속의 빈칸을 {{1}}, {{2}}, … 로 표시하세요.</translation>
    </message>
    <message>
        <location filename="../views/cardeditor.py" line="86" />
        <source>blanks in the text: {blanks}; answer lines: {lines}. Write one line per blank.</source>
        <translation>글의 빈칸은 {blanks}개, 정답 줄은 {lines}개입니다. 빈칸마다 한 줄씩 쓰세요.</translation>
    </message>
    <message>
        <location filename="../views/cardeditor.py" line="89" />
        <source>give the English on as many lines as the Korean, or leave it empty.</source>
        <translation>영어는 한국어와 같은 줄 수로 쓰거나 비워 두세요.</translation>
    </message>
    <message>
        <location filename="../views/cardeditor.py" line="90" />
        <source>write at least two items, one per line.</source>
        <translation>항목을 한 줄에 하나씩, 두 개 이상 쓰세요.</translation>
    </message>
    <message>
        <location filename="../views/cardeditor.py" line="91" />
        <source>tick at least one concept.</source>
        <translation>개념을 하나 이상 고르세요.</translation>
    </message>
    <message>
        <location filename="../views/cardeditor.py" line="187" />
        <source>No concept ticked yet: narrow the list below, then Space ticks one.</source>
        <translation>아직 고른 개념이 없습니다. 아래 목록을 좁힌 뒤 Space로 고르세요.</translation>
    </message>
    <message>
        <location filename="../views/cardeditor.py" line="190" />
        <source>Ticked: {concepts}</source>
        <translation>고른 개념: {concepts}</translation>
    </message>
    <message>
        <location filename="../views/cardeditor.py" line="377" />
        <source>Edit your card {card}</source>
        <translation>내 카드 고치기: {card}</translation>
    </message>
    <message>
        <location filename="../views/cardeditor.py" line="379" />
        <source>Add a card of your own</source>
        <translation>내 카드 추가</translation>
    </message>
    <message>
        <location filename="../views/cardeditor.py" line="383" />
        <source>{card} is a built-in card, which cannot be changed: this saves a new card of your own from it. The built-in card stays; suspend it in Browse (Ctrl+J) if yours replaces it.</source>
        <translation>기본 제공 카드({card})는 고칠 수 없습니다. 이 카드를 바탕으로 새 내 카드를 저장합니다. 기본 카드는 그대로 남으니, 내 카드로 바꾸려면 찾아보기에서 보류하세요 (Ctrl+J).</translation>
    </message>
    <message>
        <location filename="../views/cardeditor.py" line="391" />
        <source>Write it in Korean, English or both: a side left empty shows the other. It is kept in {path}.</source>
        <translation>한국어나 영어, 또는 둘 다로 쓰세요. 비워 둔 쪽은 다른 쪽 글을 보여 줍니다. 카드는 {path}에 저장됩니다.</translation>
    </message>
    <message>
        <location filename="../views/cardeditor.py" line="397" />
        <location filename="../views/cardeditor.py" line="423" />
        <source>Korean</source>
        <translation>한국어</translation>
    </message>
    <message>
        <location filename="../views/cardeditor.py" line="397" />
        <source>English (empty: as the Korean)</source>
        <translation>영어 (비우면 한국어와 같음)</translation>
    </message>
    <message>
        <location filename="../views/cardeditor.py" line="401" />
        <source>Korean, one per line</source>
        <translation>한국어, 한 줄에 하나씩</translation>
    </message>
    <message>
        <location filename="../views/cardeditor.py" line="402" />
        <source>English, one per line (empty: as the Korean)</source>
        <translation>영어, 한 줄에 하나씩 (비우면 한국어와 같음)</translation>
    </message>
    <message>
        <location filename="../views/cardeditor.py" line="406" />
        <source>The docker command, e.g. docker ps -a</source>
        <translation>docker 명령, 예: docker ps -a</translation>
    </message>
    <message>
        <location filename="../views/cardeditor.py" line="407" />
        <source>Other forms that are right too, one per line, e.g. docker container ls -a</source>
        <translation>정답으로 칠 다른 형태, 한 줄에 하나씩, 예: docker container ls -a</translation>
    </message>
    <message>
        <location filename="../views/cardeditor.py" line="408" />
        <source>One line per blank, in order; other right answers after |, e.g. image | 이미지</source>
        <translation>빈칸마다 한 줄씩 순서대로. 다른 정답은 | 뒤에, 예: 이미지 | image</translation>
    </message>
    <message>
        <location filename="../views/cardeditor.py" line="409" />
        <source>Find a concept (Down: to the list, Space: tick)</source>
        <translation>개념 찾기 (Down: 목록으로, Space: 고르기)</translation>
    </message>
    <message>
        <location filename="../views/cardeditor.py" line="410" />
        <source>Save (Ctrl+Enter)</source>
        <translation>저장 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../views/cardeditor.py" line="411" />
        <source>Cancel (Esc)</source>
        <translation>취소 (Esc)</translation>
    </message>
    <message>
        <location filename="../views/cardeditor.py" line="421" />
        <source>Korean, each blank as {{1}}, {{2}}, …</source>
        <translation>한국어, 빈칸은 {{1}}, {{2}}, … 로</translation>
    </message>
    <message>
        <location filename="../views/cardeditor.py" line="442" />
        <source>Not saved yet. Fix these first:</source>
        <translation>아직 저장하지 않았습니다. 먼저 이것을 고치세요:</translation>
    </message>
    <message>
        <location filename="../views/cardeditor.py" line="498" />
        <source>The card could not be saved: {error}</source>
        <translation>카드를 저장하지 못했습니다: {error}</translation>
    </message>
    <message>
        <location filename="../views/cardeditor.py" line="513" />
        <source>Throw away what you wrote on this card?</source>
        <translation>이 카드에 쓴 내용을 버릴까요?</translation>
    </message>
    <message>
        <location filename="../views/cardeditor.py" line="514" />
        <source>Throw away</source>
        <translation>버리기</translation>
    </message>
    <message>
        <location filename="../views/cardeditor.py" line="515" />
        <source>Keep writing</source>
        <translation>계속 쓰기</translation>
    </message>
</context>
<context>
    <name>Drawings</name>
    <message>
        <location filename="../drawings.py" line="47" />
        <source>created</source>
        <translation>생성됨</translation>
    </message>
    <message>
        <location filename="../drawings.py" line="48" />
        <source>running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <location filename="../drawings.py" line="49" />
        <source>paused</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <location filename="../drawings.py" line="50" />
        <source>restarting</source>
        <translation>재시작 중</translation>
    </message>
    <message>
        <location filename="../drawings.py" line="51" />
        <source>exited</source>
        <translation>종료됨</translation>
    </message>
    <message>
        <location filename="../drawings.py" line="52" />
        <source>dead</source>
        <translation>멈춤 (dead)</translation>
    </message>
    <message>
        <location filename="../drawings.py" line="53" />
        <source>removing</source>
        <translation>삭제 중</translation>
    </message>
    <message>
        <location filename="../drawings.py" line="54" />
        <source>removed</source>
        <translation>삭제됨</translation>
    </message>
    <message>
        <location filename="../drawings.py" line="153" />
        <source>Base at the bottom. Green: steps both images share (the layer cache); pale: steps that add no files.</source>
        <translation>맨 아래가 베이스. 초록색: 두 이미지가 함께 쓰는 단계 (레이어 캐시), 옅은 색: 파일을 더하지 않는 단계.</translation>
    </message>
    <message>
        <location filename="../drawings.py" line="190" />
        <source>No containers yet.</source>
        <translation>아직 컨테이너가 없습니다.</translation>
    </message>
    <message>
        <location filename="../drawings.py" line="201" />
        <source>image {name}</source>
        <translation>이미지 {name}</translation>
    </message>
    <message>
        <location filename="../drawings.py" line="318" />
        <source>container {name}</source>
        <translation>컨테이너 {name}</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <location filename="../views/home.py" line="89" />
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="91" />
        <source>New</source>
        <translation>새 카드</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="92" />
        <source>Learning</source>
        <translation>학습 중</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="93" />
        <source>To review</source>
        <translation>복습</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="94" />
        <source>Labs due</source>
        <translation>실습 예정</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="98" />
        <source>Start studying (Enter)</source>
        <translation>공부 시작 (Enter)</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="99" />
        <source>Labs</source>
        <translation>실습</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="100" />
        <source>Take a quiz (Q)</source>
        <translation>퀴즈 풀기 (Q)</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="121" />
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="131" />
        <source>Streak: %n day(s) in a row</source>
        <translation>연속 학습: %n일째</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="133" />
        <source>No streak yet: answer a card today to start one.</source>
        <translation>아직 연속 기록이 없습니다. 오늘 카드 하나에 답하면 시작됩니다.</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="138" />
        <source>Coming up: {concepts}</source>
        <translation>다음 공부: {concepts}</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="140" />
        <source>Coming up: {n} card(s) to review</source>
        <translation>다음 공부: 복습할 카드 {n}장</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="143" />
        <source>All done for now. The next card is due in {wait}.</source>
        <translation>지금은 모두 마쳤습니다. 다음 카드는 {wait} 뒤에 나옵니다.</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="145" />
        <source>All done for today.</source>
        <translation>오늘 공부를 모두 마쳤습니다.</translation>
    </message>
</context>
<context>
    <name>Labs</name>
    <message>
        <location filename="../views/labs/listpage.py" line="18" />
        <source>not started</source>
        <translation>시작 전</translation>
    </message>
    <message>
        <location filename="../views/labs/listpage.py" line="19" />
        <source>in progress</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <location filename="../views/labs/listpage.py" line="20" />
        <source>passed</source>
        <translation>통과</translation>
    </message>
    <message>
        <location filename="../views/labs/listpage.py" line="21" />
        <source>due again</source>
        <translation>다시 할 때</translation>
    </message>
    <message>
        <location filename="../views/labs/daemon.py" line="237" />
        <source>Docker: checking…</source>
        <translation>Docker: 확인 중…</translation>
    </message>
    <message>
        <location filename="../views/labs/daemon.py" line="242" />
        <source>Docker {version} · {where}</source>
        <translation>Docker {version} · {where}</translation>
    </message>
    <message>
        <location filename="../views/labs/daemon.py" line="246" />
        <source>Docker: not available</source>
        <translation>Docker: 쓸 수 없음</translation>
    </message>
    <message>
        <location filename="../views/labs/listpage.py" line="55" />
        <source>Labs</source>
        <translation>실습</translation>
    </message>
    <message>
        <location filename="../views/labs/listpage.py" line="56" />
        <source>Lab</source>
        <translation>실습</translation>
    </message>
    <message>
        <location filename="../views/labs/listpage.py" line="56" />
        <location filename="../views/labs/live.py" line="52" />
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../views/labs/listpage.py" line="56" />
        <source>Concepts</source>
        <translation>개념</translation>
    </message>
    <message>
        <location filename="../views/labs/panel.py" line="199" />
        <source>← All labs</source>
        <translation>← 실습 목록</translation>
    </message>
    <message>
        <location filename="../views/labs/taskcolumn.py" line="71" />
        <source>Work folder:</source>
        <translation>작업 폴더:</translation>
    </message>
    <message>
        <location filename="../views/labs/taskcolumn.py" line="72" />
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <location filename="../views/labs/taskcolumn.py" line="75" />
        <source>Reset…</source>
        <translation>초기화…</translation>
    </message>
    <message>
        <location filename="../views/labs/workarea.py" line="57" />
        <source>Keys go to the shell, except Ctrl+Enter (Check) and Ctrl+H (hint). Ctrl+Tab leaves the terminal; Ctrl+P Ctrl+Q detaches.</source>
        <translation>키는 셸로 갑니다. 단 Ctrl+Enter(확인)와 Ctrl+H(힌트)는 앱이 받습니다. Ctrl+Tab을 누르면 터미널에서 나갑니다. Ctrl+P Ctrl+Q는 분리(detach)입니다.</translation>
    </message>
    <message>
        <location filename="../views/labs/panel.py" line="252" />
        <source>(set-up puts this lab's token here)</source>
        <translation>(실습을 준비하면 이 실습의 토큰이 여기에 들어갑니다)</translation>
    </message>
    <message>
        <location filename="../views/labs/panel.py" line="310" />
        <source>Set up</source>
        <translation>준비하기</translation>
    </message>
    <message>
        <location filename="../views/labs/taskcolumn.py" line="73" />
        <source>Check (Ctrl+Enter)</source>
        <translation>확인 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../views/labs/taskcolumn.py" line="74" />
        <source>Show solution</source>
        <translation>해답 보기</translation>
    </message>
    <message>
        <location filename="../views/labs/panel.py" line="463" />
        <source>Reset</source>
        <translation>초기화</translation>
    </message>
    <message>
        <location filename="../views/labs/live.py" line="51" />
        <source>The lab's containers and images (live)</source>
        <translation>실습의 컨테이너와 이미지 (실시간)</translation>
    </message>
    <message>
        <location filename="../views/labs/live.py" line="52" />
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../views/labs/live.py" line="52" />
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../views/labs/workarea.py" line="51" />
        <source>Files</source>
        <translation>파일</translation>
    </message>
    <message>
        <location filename="../views/labs/workarea.py" line="52" />
        <source>Terminal</source>
        <translation>터미널</translation>
    </message>
    <message>
        <location filename="../views/labs/workarea.py" line="53" />
        <source>Open a shell in the work folder (Ctrl+T)</source>
        <translation>작업 폴더에서 셸 열기 (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../views/labs/workarea.py" line="54" />
        <source>Set the lab up, then open a shell here for the interactive steps (-it, attach, Ctrl+P Ctrl+Q).</source>
        <translation>실습을 준비한 뒤 여기서 셸을 열어 대화형 단계(-it, attach, Ctrl+P Ctrl+Q)를 하세요.</translation>
    </message>
    <message>
        <location filename="../views/labs/workarea.py" line="60" />
        <source>The terminal pane needs Linux or macOS; use your own terminal in the work folder.</source>
        <translation>터미널 창은 리눅스나 macOS에서만 됩니다. 작업 폴더에서 직접 터미널을 여세요.</translation>
    </message>
    <message>
        <location filename="../views/labs/listpage.py" line="86" />
        <source>Reading the labs…</source>
        <translation>실습을 읽는 중…</translation>
    </message>
    <message>
        <location filename="../views/labs/listpage.py" line="89" />
        <source>No labs are installed yet.</source>
        <translation>아직 설치된 실습이 없습니다.</translation>
    </message>
    <message>
        <location filename="../views/labs/listpage.py" line="91" />
        <source>Enter opens a lab. Each lab is checked against your real Docker daemon.</source>
        <translation>Enter로 실습을 엽니다. 실습은 실제 Docker 데몬의 상태로 확인합니다.</translation>
    </message>
    <message>
        <location filename="../views/labs/view.py" line="153" />
        <source>There is no lab {lab}.</source>
        <translation>{lab} 실습이 없습니다.</translation>
    </message>
    <message>
        <location filename="../views/labs/panel.py" line="295" />
        <source>(made when the lab is set up)</source>
        <translation>(실습을 준비하면 만들어집니다)</translation>
    </message>
    <message>
        <location filename="../views/labs/panel.py" line="310" />
        <source>Set up again</source>
        <translation>다시 준비하기</translation>
    </message>
    <message>
        <location filename="../views/labs/panel.py" line="317" />
        <source>Hint {n}/{total} (Ctrl+H)</source>
        <translation>힌트 {n}/{total} (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../views/labs/panel.py" line="319" />
        <source>No hints</source>
        <translation>힌트 없음</translation>
    </message>
    <message>
        <location filename="../views/labs/panel.py" line="332" />
        <source>Press Set up to make the lab's folder, images and containers.</source>
        <translation>준비하기를 누르면 실습 폴더, 이미지, 컨테이너가 만들어집니다.</translation>
    </message>
    <message>
        <location filename="../views/labs/taskcolumn.py" line="112" />
        <source>Hints</source>
        <translation>힌트</translation>
    </message>
    <message>
        <location filename="../views/labs/panel.py" line="75" />
        <source>Passed. Well done!</source>
        <translation>통과했습니다. 잘했어요!</translation>
    </message>
    <message>
        <location filename="../views/labs/panel.py" line="75" />
        <source>Not yet: fix what is marked ✘ and check again.</source>
        <translation>아직입니다. ✘ 표시된 것을 고치고 다시 확인하세요.</translation>
    </message>
    <message>
        <location filename="../views/labs/taskcolumn.py" line="118" />
        <source>Solution</source>
        <translation>해답</translation>
    </message>
    <message>
        <location filename="../views/labs/panel.py" line="63" />
        <source>Reset removed:</source>
        <translation>초기화하며 지운 것:</translation>
    </message>
    <message>
        <location filename="../views/labs/panel.py" line="63" />
        <source>Reset: the lab held nothing to remove.</source>
        <translation>초기화: 지울 것이 없었습니다.</translation>
    </message>
    <message>
        <location filename="../views/labs/panel.py" line="72" />
        <source>The daemon says:</source>
        <translation>데몬의 답:</translation>
    </message>
    <message>
        <location filename="../views/labs/panel.py" line="203" />
        <source>Containers by image</source>
        <translation>이미지별 컨테이너</translation>
    </message>
    <message>
        <location filename="../views/labs/panel.py" line="203" />
        <source>Container lifecycle</source>
        <translation>컨테이너 생명주기</translation>
    </message>
    <message>
        <location filename="../views/labs/panel.py" line="203" />
        <source>Image layers</source>
        <translation>이미지 레이어</translation>
    </message>
    <message>
        <location filename="../views/labs/panel.py" line="344" />
        <source>This check took {seconds} s: it waits up to 3 s for a web page at port {ports} to answer.</source>
        <translation>이번 확인에 {seconds}초 걸렸습니다. 포트 {ports}의 웹 페이지가 응답하기를 최대 3초까지 기다리기 때문입니다.</translation>
    </message>
    <message>
        <location filename="../views/labs/panel.py" line="373" />
        <source>Setting up the lab: building images and starting containers…</source>
        <translation>실습 준비 중: 이미지를 빌드하고 컨테이너를 시작합니다…</translation>
    </message>
    <message>
        <location filename="../views/labs/panel.py" line="395" />
        <source>This lab is not set up yet: press Set up (focused now, Enter) first.</source>
        <translation>아직 실습을 준비하지 않았습니다. 먼저 준비하기를 누르세요(지금 선택되어 있으니 Enter).</translation>
    </message>
    <message>
        <location filename="../views/labs/panel.py" line="403" />
        <source>Checking with the daemon, and waiting up to 3 s for the lab's web page to answer…</source>
        <translation>데몬으로 확인하고, 실습 웹 페이지의 응답을 최대 3초까지 기다리는 중…</translation>
    </message>
    <message>
        <location filename="../views/labs/panel.py" line="405" />
        <source>Checking with the daemon…</source>
        <translation>데몬에게 확인하는 중…</translation>
    </message>
    <message>
        <location filename="../views/labs/panel.py" line="461" />
        <source>Reset the lab?</source>
        <translation>실습을 초기화할까요?</translation>
    </message>
    <message>
        <location filename="../views/labs/panel.py" line="462" />
        <source>Reset removes the containers and images this lab made, and its work folder. Your answers and the lab's schedule stay.</source>
        <translation>초기화하면 이 실습이 만든 컨테이너와 이미지, 작업 폴더를 지웁니다. 답한 기록과 실습 일정은 그대로 남습니다.</translation>
    </message>
    <message>
        <location filename="../views/labs/panel.py" line="464" />
        <source>Keep the lab</source>
        <translation>그대로 두기</translation>
    </message>
    <message>
        <location filename="../views/labs/panel.py" line="489" />
        <source>Removing what the lab made…</source>
        <translation>실습이 만든 것을 지우는 중…</translation>
    </message>
    <message>
        <location filename="../views/labs/panel.py" line="499" />
        <source>Reset: removed %n item(s).</source>
        <translation>초기화: %n개를 지웠습니다.</translation>
    </message>
    <message>
        <location filename="../views/labs/panel.py" line="509" />
        <source>Copied the folder path.</source>
        <translation>폴더 경로를 복사했습니다.</translation>
    </message>
    <message>
        <location filename="../views/labs/live.py" line="18" />
        <source>container</source>
        <translation>컨테이너</translation>
    </message>
    <message>
        <location filename="../views/labs/live.py" line="18" />
        <source>image</source>
        <translation>이미지</translation>
    </message>
    <message>
        <location filename="../views/labs/live.py" line="67" />
        <source>Connect to Docker to see what the lab holds.</source>
        <translation>Docker에 연결되면 실습이 가진 것이 보입니다.</translation>
    </message>
    <message>
        <location filename="../views/labs/live.py" line="69" />
        <source>Nothing yet: set the lab up, or run a command.</source>
        <translation>아직 없습니다. 실습을 준비하거나 명령을 실행하세요.</translation>
    </message>
</context>
<context>
    <name>Quiz</name>
    <message>
        <location filename="../views/quiz.py" line="383" />
        <source>Quiz</source>
        <translation>퀴즈</translation>
    </message>
    <message>
        <location filename="../views/quiz.py" line="385" />
        <source>Tick the concepts to be asked about, or a whole section of the notes (arrow keys move, Space ticks). With nothing ticked, every concept is asked about.</source>
        <translation>물어볼 개념이나 노트의 절 전체를 체크하세요(화살표 키로 옮기고 Space로 체크). 아무것도 체크하지 않으면 모든 개념에서 묻습니다.</translation>
    </message>
    <message>
        <location filename="../views/quiz.py" line="391" />
        <source>My weakest concepts (by FSRS recall; among the ticked ones, if any)</source>
        <translation>내가 약한 개념 (FSRS 기억 확률 기준; 체크한 개념이 있으면 그중에서)</translation>
    </message>
    <message>
        <location filename="../views/quiz.py" line="392" />
        <source>&amp;Questions</source>
        <translation>문제 수(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../views/quiz.py" line="393" />
        <source>&amp;Time limit</source>
        <translation>제한 시간(&amp;T)</translation>
    </message>
    <message>
        <location filename="../views/quiz.py" line="394" />
        <source>No limit</source>
        <translation>제한 없음</translation>
    </message>
    <message>
        <location filename="../views/quiz.py" line="395" />
        <source> min</source>
        <translation>분</translation>
    </message>
    <message>
        <location filename="../views/quiz.py" line="396" />
        <source>Count the answers as reviews</source>
        <translation>답을 복습으로도 기록하기</translation>
    </message>
    <message>
        <location filename="../views/quiz.py" line="398" />
        <source>FSRS takes an early review into account. Untick this to leave your review schedule as it is.</source>
        <translation>FSRS는 일찍 한 복습도 계산에 넣습니다. 복습 일정을 그대로 두려면 체크를 해제하세요.</translation>
    </message>
    <message>
        <location filename="../views/quiz.py" line="400" />
        <source>Start the quiz (Enter)</source>
        <translation>퀴즈 시작 (Enter)</translation>
    </message>
    <message>
        <location filename="../views/quiz.py" line="401" />
        <source>End the quiz (Esc)</source>
        <translation>퀴즈 끝내기 (Esc)</translation>
    </message>
    <message>
        <location filename="../views/quiz.py" line="402" />
        <source>I don't know ({key})</source>
        <translation>모르겠어요 ({key})</translation>
    </message>
    <message>
        <location filename="../views/quiz.py" line="403" />
        <source>I knew it (Y)</source>
        <translation>알고 있었어요 (Y)</translation>
    </message>
    <message>
        <location filename="../views/quiz.py" line="404" />
        <source>I didn't (N)</source>
        <translation>몰랐어요 (N)</translation>
    </message>
    <message>
        <location filename="../views/quiz.py" line="405" />
        <source>Another quiz (Enter)</source>
        <translation>퀴즈 하나 더 (Enter)</translation>
    </message>
    <message>
        <location filename="../views/quiz.py" line="406" />
        <source>Back to Home</source>
        <translation>홈으로</translation>
    </message>
    <message>
        <location filename="../views/quiz.py" line="407" />
        <source>By concept</source>
        <translation>개념별 결과</translation>
    </message>
    <message>
        <location filename="../views/quiz.py" line="409" />
        <source>Concept</source>
        <translation>개념</translation>
    </message>
    <message>
        <location filename="../views/quiz.py" line="409" />
        <source>This quiz</source>
        <translation>이번 퀴즈</translation>
    </message>
    <message>
        <location filename="../views/quiz.py" line="409" />
        <source>Earlier quizzes</source>
        <translation>이전 퀴즈</translation>
    </message>
    <message>
        <location filename="../views/quiz.py" line="489" />
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <location filename="../views/quiz.py" line="494" />
        <source>Your weakest among {n} ticked concepts</source>
        <translation>체크한 개념 {n}개 중 약한 개념</translation>
    </message>
    <message>
        <location filename="../views/quiz.py" line="496" />
        <source>Your weakest concepts of all</source>
        <translation>전체 개념 중 약한 개념</translation>
    </message>
    <message>
        <location filename="../views/quiz.py" line="499" />
        <source>{n} concepts ticked</source>
        <translation>개념 {n}개 체크함</translation>
    </message>
    <message>
        <location filename="../views/quiz.py" line="501" />
        <source>Nothing ticked: every concept</source>
        <translation>체크한 것 없음: 모든 개념</translation>
    </message>
    <message>
        <location filename="../views/quiz.py" line="617" />
        <source>Question {n} of {total}</source>
        <translation>문제 {n}/{total}</translation>
    </message>
    <message>
        <location filename="../views/quiz.py" line="673" />
        <source>You did not know this one.</source>
        <translation>모른다고 답했습니다.</translation>
    </message>
    <message>
        <location filename="../views/quiz.py" line="675" />
        <source>Right.</source>
        <translation>정답입니다.</translation>
    </message>
    <message>
        <location filename="../views/quiz.py" line="675" />
        <source>Not quite.</source>
        <translation>틀렸습니다.</translation>
    </message>
    <message>
        <location filename="../views/quiz.py" line="688" />
        <source>Answer</source>
        <translation>정답</translation>
    </message>
    <message>
        <location filename="../views/quiz.py" line="701" />
        <source>Check my answer (Enter)</source>
        <translation>답 확인 (Enter)</translation>
    </message>
    <message>
        <location filename="../views/quiz.py" line="701" />
        <source>Show the answer (Enter)</source>
        <translation>답 보기 (Enter)</translation>
    </message>
    <message>
        <location filename="../views/quiz.py" line="709" />
        <source>See the score (Enter)</source>
        <translation>점수 보기 (Enter)</translation>
    </message>
    <message>
        <location filename="../views/quiz.py" line="709" />
        <source>Next question (Enter)</source>
        <translation>다음 문제 (Enter)</translation>
    </message>
    <message>
        <location filename="../views/quiz.py" line="762" />
        <source>Pick an option first (its letter key), or press {key} if you don't know.</source>
        <translation>먼저 보기를 고르세요(글자 키). 모르면 {key}를 누르세요.</translation>
    </message>
    <message>
        <location filename="../views/quiz.py" line="764" />
        <source>Fill in every blank first, or press {key} if you don't know.</source>
        <translation>먼저 빈칸을 모두 채우세요. 모르면 {key}를 누르세요.</translation>
    </message>
    <message>
        <location filename="../views/quiz.py" line="766" />
        <source>Type an answer first, or press {key} if you don't know.</source>
        <translation>먼저 답을 입력하세요. 모르면 {key}를 누르세요.</translation>
    </message>
    <message>
        <location filename="../views/quiz.py" line="800" />
        <location filename="../views/quiz.py" line="873" />
        <source>Something went wrong: {error}</source>
        <translation>문제가 생겼습니다: {error}</translation>
    </message>
    <message>
        <location filename="../views/quiz.py" line="841" />
        <source>Time left {time}</source>
        <translation>남은 시간 {time}</translation>
    </message>
    <message>
        <location filename="../views/quiz.py" line="864" />
        <source>The quiz under way was ended; its answers are kept.</source>
        <translation>풀던 퀴즈를 끝냈습니다. 답한 내용은 남아 있습니다.</translation>
    </message>
    <message>
        <location filename="../views/quiz.py" line="892" />
        <source>Score: {right} of {n} ({pct}%)</source>
        <translation>점수: {n}문제 중 {right}문제 ({pct}%)</translation>
    </message>
    <message>
        <location filename="../views/quiz.py" line="895" />
        <source>Time ran out.</source>
        <translation>시간이 다 되었습니다.</translation>
    </message>
    <message>
        <location filename="../views/quiz.py" line="897" />
        <source>You answered {answered} of {n} questions.</source>
        <translation>{n}문제 중 {answered}문제에 답했습니다.</translation>
    </message>
    <message>
        <location filename="../views/quiz.py" line="900" />
        <source>The answers also count as reviews.</source>
        <translation>답은 복습으로도 기록했습니다.</translation>
    </message>
    <message>
        <location filename="../views/quiz.py" line="902" />
        <source>This quiz did not change your review schedule.</source>
        <translation>이 퀴즈는 복습 일정에 반영하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../views/quiz.py" line="919" />
        <source>first quiz on it</source>
        <translation>이 개념의 첫 퀴즈</translation>
    </message>
    <message>
        <location filename="../views/quiz.py" line="931" />
        <source>Missed questions ({n})</source>
        <translation>틀린 문제 ({n})</translation>
    </message>
    <message>
        <location filename="../views/quiz.py" line="933" />
        <source>Nothing missed.</source>
        <translation>틀린 문제가 없습니다.</translation>
    </message>
    <message>
        <location filename="../views/quiz.py" line="947" />
        <source>I don't know</source>
        <translation>모르겠어요</translation>
    </message>
    <message>
        <location filename="../views/quiz.py" line="948" />
        <source>Your answer</source>
        <translation>내 답</translation>
    </message>
    <message>
        <location filename="../views/quiz.py" line="951" />
        <source>Right answer</source>
        <translation>정답</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../views/answers.py" line="79" />
        <location filename="../views/answers.py" line="100" />
        <source>Type the command, then Enter</source>
        <translation>명령을 입력하고 Enter</translation>
    </message>
    <message>
        <location filename="../views/answers.py" line="142" />
        <source>Blank {n}</source>
        <translation>빈칸 {n}</translation>
    </message>
    <message>
        <location filename="../views/answers.py" line="182" />
        <source>Choose every right answer (letter keys toggle).</source>
        <translation>맞는 답을 모두 고르세요 (글자 키로 선택/해제).</translation>
    </message>
    <message>
        <location filename="../views/answers.py" line="286" />
        <source>Put these in order: drag them, or select one and press Ctrl+Up / Ctrl+Down.</source>
        <translation>순서대로 놓으세요: 끌어서 옮기거나, 하나를 고르고 Ctrl+↑ / Ctrl+↓를 누르세요.</translation>
    </message>
    <message>
        <location filename="../views/answers.py" line="295" />
        <source>→ belongs at {n}</source>
        <translation>→ {n}번째 자리</translation>
    </message>
    <message>
        <location filename="../views/review.py" line="212" />
        <source>All done for now</source>
        <translation>지금은 모두 마쳤습니다</translation>
    </message>
    <message>
        <location filename="../views/review.py" line="213" />
        <source>Back to Home</source>
        <translation>홈으로</translation>
    </message>
    <message>
        <location filename="../views/review.py" line="214" />
        <source>I don't know ({key})</source>
        <translation>모르겠어요 ({key})</translation>
    </message>
    <message>
        <location filename="../views/review.py" line="233" />
        <source>New {new} · Learning {learning} · Review {review}</source>
        <translation>새 카드 {new} · 학습 중 {learning} · 복습 {review}</translation>
    </message>
    <message>
        <location filename="../views/review.py" line="251" />
        <location filename="../views/review.py" line="291" />
        <source>Something went wrong: {error}</source>
        <translation>문제가 생겼습니다: {error}</translation>
    </message>
    <message>
        <location filename="../views/review.py" line="261" />
        <source>You have forgotten this card {n} times; it is marked as a leech.</source>
        <translation>이 카드는 {n}번 잊어버려 '거머리 카드'로 표시했습니다.</translation>
    </message>
    <message>
        <location filename="../views/review.py" line="268" />
        <source>Undone: {card}</source>
        <translation>되돌렸습니다: {card}</translation>
    </message>
    <message>
        <location filename="../views/review.py" line="300" />
        <source>You answered {n} card(s) today. Come back when more are due.</source>
        <translation>오늘 {n}장에 답했습니다. 다음 카드가 나올 때 다시 오세요.</translation>
    </message>
    <message>
        <location filename="../views/review.py" line="344" />
        <source>Try it in the lab: {title}</source>
        <translation>실습에서 해 보기: {title}</translation>
    </message>
    <message>
        <location filename="../views/review.py" line="413" />
        <source>An example: an image rebuilt after its code changed; the steps under the change come from the cache.</source>
        <translation>예시: 코드가 바뀐 뒤 다시 빌드한 이미지. 바뀐 단계 아래의 단계는 캐시에서 가져온다.</translation>
    </message>
    <message>
        <location filename="../views/review.py" line="415" />
        <source>An example: docker run -it, then Ctrl+P Ctrl+Q (detach), then docker stop.</source>
        <translation>예시: docker run -it, 그다음 Ctrl+P Ctrl+Q (detach), 그다음 docker stop.</translation>
    </message>
    <message>
        <location filename="../views/review.py" line="429" />
        <source>Concept</source>
        <translation>개념</translation>
    </message>
    <message>
        <location filename="../views/review.py" line="434" />
        <source>You did not know this one.</source>
        <translation>모른다고 답했습니다.</translation>
    </message>
    <message>
        <location filename="../views/review.py" line="436" />
        <source>Right.</source>
        <translation>정답입니다.</translation>
    </message>
    <message>
        <location filename="../views/review.py" line="436" />
        <source>Not quite.</source>
        <translation>틀렸습니다.</translation>
    </message>
    <message>
        <location filename="../views/review.py" line="445" />
        <source>Proposed rating: {n} {name} (Enter takes it; 1-4 to change)</source>
        <translation>제안된 평가: {n} {name} (Enter로 받기, 1-4로 바꾸기)</translation>
    </message>
    <message>
        <location filename="../views/review.py" line="461" />
        <source>Answer</source>
        <translation>정답</translation>
    </message>
    <message>
        <location filename="../views/review.py" line="492" />
        <source>Check my answer (Enter)</source>
        <translation>답 확인 (Enter)</translation>
    </message>
    <message>
        <location filename="../views/review.py" line="492" />
        <source>Show answer (Space)</source>
        <translation>답 보기 (Space)</translation>
    </message>
    <message>
        <location filename="../views/review.py" line="552" />
        <source>Pick an option first (its letter key), or press {key} if you don't know.</source>
        <translation>먼저 보기를 고르세요(글자 키). 모르면 {key}를 누르세요.</translation>
    </message>
    <message>
        <location filename="../views/review.py" line="554" />
        <source>Fill in every blank first, or press {key} if you don't know.</source>
        <translation>먼저 빈칸을 모두 채우세요. 모르면 {key}를 누르세요.</translation>
    </message>
    <message>
        <location filename="../views/review.py" line="556" />
        <source>Type an answer first, or press {key} if you don't know.</source>
        <translation>먼저 답을 입력하세요. 모르면 {key}를 누르세요.</translation>
    </message>
    <message>
        <location filename="../views/review.py" line="594" />
        <source>Running your command against Docker in its lab…</source>
        <translation>실습 환경의 도커에서 명령을 실제로 실행하고 있습니다…</translation>
    </message>
    <message>
        <location filename="../views/review.py" line="648" />
        <source>Nothing to undo.</source>
        <translation>되돌릴 답이 없습니다.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../views/settings.py" line="137" />
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <location filename="../views/settings.py" line="139" />
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../views/settings.py" line="140" />
        <source>Desired retention</source>
        <translation>목표 기억률</translation>
    </message>
    <message>
        <location filename="../views/settings.py" line="141" />
        <source>New cards per day</source>
        <translation>하루 새 카드 수</translation>
    </message>
    <message>
        <location filename="../views/settings.py" line="142" />
        <source>Reviews per day</source>
        <translation>하루 복습 수</translation>
    </message>
    <message>
        <location filename="../views/settings.py" line="143" />
        <source>The day starts at (hour)</source>
        <translation>하루가 시작되는 시각</translation>
    </message>
    <message>
        <location filename="../views/settings.py" line="144" />
        <source>Docker host or context</source>
        <translation>Docker 호스트 또는 컨텍스트</translation>
    </message>
    <message>
        <location filename="../views/settings.py" line="145" />
        <source>Live command cards</source>
        <translation>실시간 명령 카드</translation>
    </message>
    <message>
        <location filename="../views/settings.py" line="146" />
        <source>Theme</source>
        <translation>테마</translation>
    </message>
    <message>
        <location filename="../views/settings.py" line="153" />
        <source>Follow the system</source>
        <translation>시스템 설정 따르기</translation>
    </message>
    <message>
        <location filename="../views/settings.py" line="154" />
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <location filename="../views/settings.py" line="155" />
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <location filename="../views/settings.py" line="159" />
        <source>Leave the Docker host empty to use DOCKER_HOST or the current docker context, as the docker command does. Examples: unix:///var/run/docker.sock, tcp://127.0.0.1:2375, or a context name.</source>
        <translation>Docker 호스트를 비워 두면 docker 명령처럼 DOCKER_HOST나 현재 docker 컨텍스트를 씁니다. 예: unix:///var/run/docker.sock, tcp://127.0.0.1:2375, 또는 컨텍스트 이름.</translation>
    </message>
    <message>
        <location filename="../views/settings.py" line="165" />
        <source>Also run a right answer against Docker, judged by its lab</source>
        <translation>맞힌 명령을 도커에서 실제로 실행하고 실습의 검사로 확인하기</translation>
    </message>
    <message>
        <location filename="../views/settings.py" line="166" />
        <source>Save (Ctrl+S)</source>
        <translation>저장 (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../views/settings.py" line="168" />
        <source>Your answers are kept in {folder}. Each day a copy goes to {backups}, where the last {days} days are kept; to go back to one, restore it here. The answers as they are now are kept in the same folder first.</source>
        <translation>답은 {folder}에 저장됩니다. 날마다 {backups}에 사본을 하나 만들고 최근 {days}일치를 남깁니다. 사본으로 되돌리려면 여기서 복원하세요. 지금의 답은 먼저 같은 폴더에 따로 보관합니다.</translation>
    </message>
    <message>
        <location filename="../views/settings.py" line="174" />
        <source>Restore from a backup…</source>
        <translation>백업에서 복원…</translation>
    </message>
    <message>
        <location filename="../views/settings.py" line="176" />
        <source>FSRS schedules each card from parameters fitted to many learners. Optimize fits them to your own answers, as Anki does, and keeps the new ones only when they predict your history better.</source>
        <translation>FSRS는 많은 학습자에게 맞춘 매개변수로 카드 일정을 정합니다. 최적화는 Anki처럼 이 매개변수를 내 답에 맞추고, 새 매개변수가 내 기록을 더 잘 예측할 때만 씁니다.</translation>
    </message>
    <message>
        <location filename="../views/settings.py" line="182" />
        <source>Optimize FSRS parameters</source>
        <translation>FSRS 매개변수 최적화</translation>
    </message>
    <message>
        <location filename="../views/settings.py" line="255" />
        <location filename="../views/settings.py" line="263" />
        <source>Restore from a backup</source>
        <translation>백업에서 복원</translation>
    </message>
    <message>
        <location filename="../views/settings.py" line="257" />
        <source>quizapp backups (*.sqlite3);;All files (*)</source>
        <translation>quizapp 백업 (*.sqlite3);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../views/settings.py" line="264" />
        <source>Go back to the answers in {file}? The answers as they are now are copied to {backups} first.</source>
        <translation>{file} 의 답으로 되돌릴까요? 지금의 답은 먼저 {backups} 에 복사해 둡니다.</translation>
    </message>
    <message>
        <location filename="../views/settings.py" line="276" />
        <source>Restoring {file}…</source>
        <translation>{file} 에서 복원하는 중…</translation>
    </message>
    <message>
        <location filename="../views/settings.py" line="300" />
        <source>Restored {answers} answers from {file}. The answers as they were before are in {aside}.</source>
        <translation>{file} 에서 답 {answers}개를 복원했습니다. 복원 전의 답은 {aside} 에 있습니다.</translation>
    </message>
    <message>
        <location filename="../views/settings.py" line="316" />
        <source>The backup could not be restored: {error}</source>
        <translation>백업을 복원하지 못했습니다: {error}</translation>
    </message>
    <message>
        <location filename="../views/settings.py" line="340" />
        <source>{reviews} reviews: enough to fit the parameters to your history.</source>
        <translation>복습 {reviews}개: 매개변수를 내 기록에 맞추기에 충분합니다.</translation>
    </message>
    <message>
        <location filename="../views/settings.py" line="343" />
        <source>{more} more reviews needed ({reviews} of {needed} so far).</source>
        <translation>복습이 {more}개 더 필요합니다 (지금 {needed}개 중 {reviews}개).</translation>
    </message>
    <message>
        <location filename="../views/settings.py" line="355" />
        <source>Fitting the parameters to your history…</source>
        <translation>매개변수를 내 기록에 맞추는 중…</translation>
    </message>
    <message>
        <location filename="../views/settings.py" line="377" />
        <source>Log loss: {before:.4f} before, {after:.4f} after.</source>
        <translation>로그 손실: 전 {before:.4f}, 후 {after:.4f}.</translation>
    </message>
    <message>
        <location filename="../views/settings.py" line="380" />
        <source>RMSE: {before:.4f} before, {after:.4f} after.</source>
        <translation>RMSE: 전 {before:.4f}, 후 {after:.4f}.</translation>
    </message>
    <message>
        <location filename="../views/settings.py" line="381" />
        <source>The new parameters predict your {reviews} reviews better: they are used from now on.</source>
        <translation>새 매개변수가 복습 {reviews}개를 더 잘 예측합니다. 이제부터 새 매개변수를 씁니다.</translation>
    </message>
    <message>
        <location filename="../views/settings.py" line="383" />
        <source>The new parameters are no better on your {reviews} reviews: the current ones stay.</source>
        <translation>새 매개변수가 복습 {reviews}개에서 더 낫지 않아 지금 매개변수를 그대로 씁니다.</translation>
    </message>
    <message>
        <location filename="../views/settings.py" line="398" />
        <source>The parameters could not be fitted: {error}</source>
        <translation>매개변수를 맞추지 못했습니다: {error}</translation>
    </message>
    <message>
        <location filename="../views/settings.py" line="239" />
        <source>Saved.</source>
        <translation>저장했습니다.</translation>
    </message>
</context>
<context>
    <name>Stats</name>
    <message>
        <location filename="../views/stats.py" line="460" />
        <source>Counting…</source>
        <translation>계산하는 중…</translation>
    </message>
    <message>
        <location filename="../views/stats.py" line="478" />
        <source>Cards coming due, next 30 days</source>
        <translation>앞으로 30일 동안 복습할 카드</translation>
    </message>
    <message>
        <location filename="../views/stats.py" line="482" />
        <source>True retention by week (reviews passed)</source>
        <translation>주별 실제 기억률 (복습을 통과한 비율)</translation>
    </message>
    <message>
        <location filename="../views/stats.py" line="483" />
        <source>Passed</source>
        <translation>통과</translation>
    </message>
    <message>
        <location filename="../views/stats.py" line="483" />
        <source>Desired retention {percent}%</source>
        <translation>목표 기억률 {percent}%</translation>
    </message>
    <message>
        <location filename="../views/stats.py" line="486" />
        <source>Answers per day, past year</source>
        <translation>지난 1년 동안 하루에 답한 수</translation>
    </message>
    <message>
        <location filename="../views/stats.py" line="489" />
        <source>{answers} answers on {days} days in the past year; busiest day {peak}.</source>
        <translation>지난 1년 동안 {days}일에 걸쳐 {answers}번 답했습니다. 가장 많이 답한 날은 {peak}번.</translation>
    </message>
    <message>
        <location filename="../views/stats.py" line="507" />
        <source>{title}
Recall now: {percent}% (mean over {studied} of {cards} cards studied)</source>
        <translation>{title}
지금 기억할 확률: {percent}% (카드 {cards}장 중 학습한 {studied}장의 평균)</translation>
    </message>
    <message>
        <location filename="../views/stats.py" line="511" />
        <location filename="../views/stats.py" line="530" />
        <source>not started</source>
        <translation>시작 전</translation>
    </message>
    <message>
        <location filename="../views/stats.py" line="512" />
        <source>{title}
Not studied yet ({cards} cards)</source>
        <translation>{title}
아직 학습하지 않음 (카드 {cards}장)</translation>
    </message>
    <message>
        <location filename="../views/stats.py" line="524" />
        <source>passed</source>
        <translation>통과</translation>
    </message>
    <message>
        <location filename="../views/stats.py" line="527" />
        <source>tried</source>
        <translation>시도함</translation>
    </message>
    <message>
        <location filename="../views/stats.py" line="531" />
        <source>{title}
{attempts} attempts, {passed} passed</source>
        <translation>{title}
{attempts}번 시도, {passed}번 통과</translation>
    </message>
    <message>
        <location filename="../views/stats.py" line="534" />
        <source>{passed} of {total} labs passed</source>
        <translation>실습 {total}개 중 {passed}개 통과</translation>
    </message>
    <message>
        <location filename="../views/stats.py" line="553" />
        <source>Study its cards</source>
        <translation>이 개념의 카드 공부하기</translation>
    </message>
    <message>
        <location filename="../views/stats.py" line="554" />
        <source>Take a quiz on it</source>
        <translation>이 개념으로 퀴즈 풀기</translation>
    </message>
    <message>
        <location filename="../views/stats.py" line="559" />
        <source>Statistics</source>
        <translation>통계</translation>
    </message>
    <message>
        <location filename="../views/stats.py" line="561" />
        <source>Cards in the deck</source>
        <translation>전체 카드</translation>
    </message>
    <message>
        <location filename="../views/stats.py" line="562" />
        <source>Answers today</source>
        <translation>오늘 답한 수</translation>
    </message>
    <message>
        <location filename="../views/stats.py" line="563" />
        <source>Streak (days)</source>
        <translation>연속 학습 (일)</translation>
    </message>
    <message>
        <location filename="../views/stats.py" line="564" />
        <source>New cards left today</source>
        <translation>오늘 남은 새 카드</translation>
    </message>
    <message>
        <location filename="../views/stats.py" line="565" />
        <source>Learning</source>
        <translation>학습 중</translation>
    </message>
    <message>
        <location filename="../views/stats.py" line="566" />
        <source>Reviews due</source>
        <translation>복습할 카드</translation>
    </message>
    <message>
        <location filename="../views/stats.py" line="567" />
        <source>Labs due</source>
        <translation>실습 예정</translation>
    </message>
    <message>
        <location filename="../views/stats.py" line="571" />
        <source>How well each concept is remembered</source>
        <translation>개념별로 얼마나 기억하고 있는지</translation>
    </message>
    <message>
        <location filename="../views/stats.py" line="573" />
        <source>Each concept's chance of recall now (FSRS retrievability, the mean over its studied cards), by section of the notes, weakest first. Click a concept, or choose it with the arrow keys and press Enter, to study its cards.</source>
        <translation>각 개념을 지금 기억할 확률 (FSRS 인출 가능성, 학습한 카드의 평균)을 노트의 절별로, 약한 것부터 보여 줍니다. 개념을 클릭하거나 화살표 키로 고르고 Enter를 누르면 그 카드를 학습합니다.</translation>
    </message>
    <message>
        <location filename="../views/stats.py" line="579" />
        <source>To take a quiz on a concept, choose it and press Q, or right-click it.</source>
        <translation>개념으로 퀴즈를 풀려면 개념을 고르고 Q를 누르거나, 오른쪽 클릭하세요.</translation>
    </message>
    <message>
        <location filename="../views/stats.py" line="580" />
        <source>Labs</source>
        <translation>실습</translation>
    </message>
    <message>
        <location filename="../views/stats.py" line="478" />
        <source>today</source>
        <translation>오늘</translation>
    </message>
</context>
<context>
    <name>Terminal</name>
    <message>
        <location filename="../terminal.py" line="216" />
        <source>The shell did not start: {error}</source>
        <translation>셸을 시작하지 못했습니다: {error}</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <location filename="../window.py" line="41" />
        <location filename="../window.py" line="66" />
        <source>Home</source>
        <translation>홈</translation>
    </message>
    <message>
        <location filename="../window.py" line="42" />
        <location filename="../window.py" line="70" />
        <source>Review</source>
        <translation>복습</translation>
    </message>
    <message>
        <location filename="../window.py" line="43" />
        <location filename="../window.py" line="81" />
        <source>Labs</source>
        <translation>실습</translation>
    </message>
    <message>
        <location filename="../window.py" line="44" />
        <location filename="../window.py" line="92" />
        <source>Browse</source>
        <translation>찾아보기</translation>
    </message>
    <message>
        <location filename="../window.py" line="45" />
        <source>Statistics</source>
        <translation>통계</translation>
    </message>
    <message>
        <location filename="../window.py" line="46" />
        <location filename="../window.py" line="108" />
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <location filename="../window.py" line="55" />
        <source>Go to {view}</source>
        <translation>{view} 열기</translation>
    </message>
    <message>
        <location filename="../window.py" line="58" />
        <source>Everywhere</source>
        <translation>어디서나</translation>
    </message>
    <message>
        <location filename="../window.py" line="61" />
        <source>Keyboard shortcuts (also ?)</source>
        <translation>단축키 목록 (? 키도 됩니다)</translation>
    </message>
    <message>
        <location filename="../window.py" line="285" />
        <source>Quit</source>
        <translation>끝내기</translation>
    </message>
    <message>
        <location filename="../window.py" line="67" />
        <source>Start studying</source>
        <translation>학습 시작</translation>
    </message>
    <message>
        <location filename="../window.py" line="47" />
        <location filename="../window.py" line="112" />
        <source>Quiz</source>
        <translation>퀴즈</translation>
    </message>
    <message>
        <location filename="../window.py" line="62" />
        <source>Quit (in the terminal Ctrl+Q is the shell's: Ctrl+P Ctrl+Q detaches)</source>
        <translation>끝내기 (터미널에서는 Ctrl+Q가 셸로 갑니다: Ctrl+P Ctrl+Q는 분리)</translation>
    </message>
    <message>
        <location filename="../window.py" line="67" />
        <source>Take a quiz</source>
        <translation>퀴즈 풀기</translation>
    </message>
    <message>
        <location filename="../window.py" line="72" />
        <source>Show the answer, or submit it</source>
        <translation>정답 보기, 또는 답 제출</translation>
    </message>
    <message>
        <location filename="../window.py" line="73" />
        <source>Submit; on the answer side, take the proposed rating</source>
        <translation>답 제출. 정답 화면에서는 제안된 평가 선택</translation>
    </message>
    <message>
        <location filename="../window.py" line="75" />
        <location filename="../window.py" line="118" />
        <source>A, B, C…: choose an option</source>
        <translation>A, B, C…: 보기 고르기</translation>
    </message>
    <message>
        <location filename="../window.py" line="76" />
        <source>Order cards: move the selected item up (Ctrl+Down: down)</source>
        <translation>순서 카드: 고른 항목을 위로 (Ctrl+Down: 아래로)</translation>
    </message>
    <message>
        <location filename="../window.py" line="77" />
        <source>Undo the last answer</source>
        <translation>마지막 답 되돌리기</translation>
    </message>
    <message>
        <location filename="../window.py" line="83" />
        <source>Open the selected lab</source>
        <translation>고른 실습 열기</translation>
    </message>
    <message>
        <location filename="../window.py" line="84" />
        <source>Check the lab (works in the terminal too)</source>
        <translation>실습 확인 (터미널에서도 됩니다)</translation>
    </message>
    <message>
        <location filename="../window.py" line="85" />
        <source>Next hint (works in the terminal too)</source>
        <translation>다음 힌트 (터미널에서도 됩니다)</translation>
    </message>
    <message>
        <location filename="../window.py" line="86" />
        <source>Open a shell in the lab's work folder</source>
        <translation>실습 작업 폴더에서 셸 열기</translation>
    </message>
    <message>
        <location filename="../window.py" line="87" />
        <source>Leave the terminal (Ctrl+Shift+Tab: back)</source>
        <translation>터미널에서 나가기 (Ctrl+Shift+Tab: 이전 항목으로)</translation>
    </message>
    <message>
        <location filename="../window.py" line="88" />
        <source>Back to the list of labs</source>
        <translation>실습 목록으로 돌아가기</translation>
    </message>
    <message>
        <location filename="../window.py" line="94" />
        <source>Search</source>
        <translation>검색</translation>
    </message>
    <message>
        <location filename="../window.py" line="95" />
        <source>Preview the selected card</source>
        <translation>고른 카드 미리 보기</translation>
    </message>
    <message>
        <location filename="../window.py" line="96" />
        <source>Add a card of your own</source>
        <translation>내 카드 추가</translation>
    </message>
    <message>
        <location filename="../window.py" line="97" />
        <source>Edit the selected card (a built-in one: as a new card of your own)</source>
        <translation>고른 카드 고치기 (기본 제공 카드는 새 내 카드로)</translation>
    </message>
    <message>
        <location filename="../window.py" line="98" />
        <source>Suspend or unsuspend the selected cards</source>
        <translation>고른 카드를 보류하거나 보류 풀기</translation>
    </message>
    <message>
        <location filename="../window.py" line="99" />
        <source>Bury the selected cards until the next study day, or unbury them</source>
        <translation>고른 카드를 다음 학습일까지 묻어 두거나 다시 꺼내기</translation>
    </message>
    <message>
        <location filename="../window.py" line="100" />
        <source>Alt+1…7: flag the selected cards red, orange, green, blue, pink, turquoise, purple</source>
        <translation>Alt+1…7: 고른 카드에 깃발 달기 (빨강, 주황, 초록, 파랑, 분홍, 청록, 보라)</translation>
    </message>
    <message>
        <location filename="../window.py" line="101" />
        <source>Take the flag off</source>
        <translation>깃발 떼기</translation>
    </message>
    <message>
        <location filename="../window.py" line="102" />
        <source>Delete the selected card of your own</source>
        <translation>고른 내 카드 지우기</translation>
    </message>
    <message>
        <location filename="../window.py" line="103" />
        <source>Quiz on the selected cards' concepts</source>
        <translation>고른 카드의 개념으로 퀴즈</translation>
    </message>
    <message>
        <location filename="../window.py" line="104" />
        <source>All of these in a menu (also Shift+F10)</source>
        <translation>이 모든 것을 메뉴로 (Shift+F10도 됩니다)</translation>
    </message>
    <message>
        <location filename="../window.py" line="109" />
        <source>Save the settings</source>
        <translation>설정 저장</translation>
    </message>
    <message>
        <location filename="../window.py" line="114" />
        <source>Start; submit the answer; next question (on a button: press it)</source>
        <translation>시작, 답 제출, 다음 문제 (버튼에 있으면 그 버튼을 누름)</translation>
    </message>
    <message>
        <location filename="../window.py" line="115" />
        <source>Tick a concept or section in the list</source>
        <translation>목록에서 개념이나 절 체크</translation>
    </message>
    <message>
        <location filename="../window.py" line="116" />
        <source>Basic cards: I knew it (N: I didn't)</source>
        <translation>기본 카드: 알고 있었어요 (N: 몰랐어요)</translation>
    </message>
    <message>
        <location filename="../window.py" line="117" />
        <source>I don't know</source>
        <translation>모르겠어요</translation>
    </message>
    <message>
        <location filename="../window.py" line="119" />
        <source>End the quiz now (scored on what was answered)</source>
        <translation>지금 퀴즈 끝내기 (답한 문제로 채점)</translation>
    </message>
    <message>
        <location filename="../window.py" line="123" />
        <source>Card editor</source>
        <translation>카드 편집기</translation>
    </message>
    <message>
        <location filename="../window.py" line="125" />
        <source>Save the card</source>
        <translation>카드 저장</translation>
    </message>
    <message>
        <location filename="../window.py" line="126" />
        <source>Tick or untick the concept in the list</source>
        <translation>목록의 개념 고르기 또는 빼기</translation>
    </message>
    <message>
        <location filename="../window.py" line="127" />
        <source>Cancel (asks first when something is written)</source>
        <translation>취소 (쓴 내용이 있으면 먼저 묻습니다)</translation>
    </message>
    <message>
        <location filename="../window.py" line="143" />
        <location filename="../window.py" line="288" />
        <location filename="../window.py" line="418" />
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <location filename="../window.py" line="156" />
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location filename="../window.py" line="277" />
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../window.py" line="278" />
        <source>&amp;Go</source>
        <translation>이동(&amp;G)</translation>
    </message>
    <message>
        <location filename="../window.py" line="279" />
        <source>&amp;Review</source>
        <translation>복습(&amp;R)</translation>
    </message>
    <message>
        <location filename="../window.py" line="280" />
        <source>&amp;Labs</source>
        <translation>실습(&amp;L)</translation>
    </message>
    <message>
        <location filename="../window.py" line="281" />
        <source>&amp;Browse</source>
        <translation>찾아보기(&amp;B)</translation>
    </message>
    <message>
        <location filename="../window.py" line="282" />
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../window.py" line="367" />
        <source>Studying {concept}: {count} cards</source>
        <translation>{concept} 공부: 카드 {count}장</translation>
    </message>
    <message>
        <location filename="../window.py" line="415" />
        <source>quizapp: Docker study</source>
        <translation>quizapp: 도커 공부</translation>
    </message>
    <message>
        <location filename="../window.py" line="443" />
        <source>Something went wrong: {error}</source>
        <translation>문제가 생겼습니다: {error}</translation>
    </message>
    <message>
        <location filename="../window.py" line="458" />
        <source>Cannot open your data: {error}</source>
        <translation>데이터를 열 수 없습니다: {error}</translation>
    </message>
</context>
</TS>
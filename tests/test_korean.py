"""Korean particles chosen by the last sound of the word before them (Hangul, digits, Latin letters)."""

import pytest

from quizapp.core.korean import josa, last_sound, particle, resolve_particles


@pytest.mark.parametrize(
    "word, pair, expected",
    [
        # Hangul: a final consonant or not; ㄹ takes 로.
        ("삭제", "이/가", "삭제가"),
        ("컨테이너", "을/를", "컨테이너를"),
        ("이미지", "은/는", "이미지는"),
        ("볼륨", "이/가", "볼륨이"),
        ("명령", "을/를", "명령을"),
        ("파일", "으로/로", "파일로"),
        ("폴더", "으로/로", "폴더로"),
        ("빌드 컨텍스트 경로", "으로/로", "빌드 컨텍스트 경로로"),
        ("옵션", "과/와", "옵션과"),
        ("태그", "과/와", "태그와"),
    ],
)
def test_hangul_words(word, pair, expected):
    assert josa(word, pair) == expected


@pytest.mark.parametrize(
    "word, pair, expected",
    [
        ("3000", "이/가", "3000이"),  # 삼천
        ("localhost:3000", "을/를", "localhost:3000을"),
        ("80", "이/가", "80이"),  # 팔십
        ("2", "이/가", "2가"),  # 이
        ("5", "을/를", "5를"),  # 오
        ("1", "으로/로", "1로"),  # 일: ㄹ
        ("3", "으로/로", "3으로"),  # 삼
        ("6", "은/는", "6은"),  # 육
        ("100", "이/가", "100이"),  # 백
        ("20000", "은/는", "20000은"),  # 이만
        ("1000000000000", "이/가", "1000000000000가"),  # 일조
        ("0.5", "이/가", "0.5가"),  # 영점오
        ("1.0", "이/가", "1.0이"),  # 일점영
        ("`-p 3000:80`", "을/를", "`-p 3000:80`을"),
    ],
)
def test_digits_are_read_in_korean(word, pair, expected):
    assert josa(word, pair) == expected


@pytest.mark.parametrize(
    "word, pair, expected",
    [
        ("-d", "을/를", "-d를"),  # 디
        ("`-d`", "이/가", "`-d`가"),
        ("-n", "을/를", "-n을"),  # 엔
        ("-m", "이/가", "-m이"),  # 엠
        ("-l", "으로/로", "-l로"),  # 엘
        ("-p", "으로/로", "-p로"),  # 피
        ("-it", "을/를", "-it를"),  # 아이티
        ("rm", "이/가", "rm이"),  # 알엠
        ("ps", "이/가", "ps가"),  # 피에스
        ("--rm", "을/를", "--rm을"),
        ("--tail", "으로/로", "--tail로"),  # 테일: ㄹ
        ("web", "이/가", "web이"),  # 웹
        ("docker", "이/가", "docker가"),  # 도커
        ("run", "은/는", "run은"),  # 런
        ("node", "이/가", "node가"),  # 노드
        ("$HOME", "은/는", "$HOME은"),  # 홈
        ("alpine", "이/가", "alpine이"),  # 알파인
        ("quizlab/web:1", "을/를", "quizlab/web:1을"),  # 일
        ("CMD", "을/를", "CMD를"),  # 씨엠디
    ],
)
def test_latin_letters_as_spoken(word, pair, expected):
    assert josa(word, pair) == expected


def test_trailing_quotes_brackets_and_ellipsis_are_skipped():
    assert last_sound("`삭제`") == last_sound("삭제") == "none"
    assert last_sound("(정답: `-n`)") == "final"
    assert last_sound("abc…") == last_sound("abc")
    assert last_sound("```") is None
    assert particle("", "이/가") == "가"


def test_resolve_particles_rewrites_every_fallback_form():
    text = "`-d`을(를) 쓰면 `3000`이(가) 되고 `/app`(으)로 가며 `삭제`은(는) `-p 80`(이)어야 `rm`과(와)"
    assert resolve_particles(text) == "`-d`를 쓰면 `3000`이 되고 `/app`으로 가며 `삭제`는 `-p 80`이어야 `rm`과"
    assert resolve_particles("괄호(설명) 안") == "괄호(설명) 안"


def test_bilingual_messages_of_labs_and_the_core_choose_their_particles():
    """Every bilingual message made through `both` (labs' errors, checks, the card grader, restore)
    has its particles chosen for the word before them, never a fallback form."""
    from quizapp.core.i18n import both
    from quizapp.core.labs.checks import no
    from quizapp.core.labs.errors import LabError

    assert both("`-d`을(를) 빼세요", "x")["ko"] == "`-d`를 빼세요"
    assert LabError("포트 3000이(가) 이미 쓰이고 있습니다", "x").message["ko"] == "포트 3000이 이미 쓰이고 있습니다"
    assert no("컨테이너 quizlab-web이(가) 없습니다", "x").found["ko"] == "컨테이너 quizlab-web이 없습니다"
    assert no("localhost:3000을(를) 여세요", "x").found["ko"] == "localhost:3000을 여세요"

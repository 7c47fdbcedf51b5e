"""Korean: how Korean pages say each concept of the vocabulary (see __init__.py)."""

LANGUAGE = "ko"

PHRASES: dict[str, tuple[str, ...]] = {
    "related": ("관련 기사", "관련기사", "관련", "추천 기사", "함께 읽으면 좋은 글", "다른 기사"),
    "site_sections": ("최신 기사", "주요 뉴스"),
    "most_read": ("많이 본 기사", "인기 기사", "많이 본 뉴스", "인기 뉴스"),
    "read_also": ("관련 기사", "관련기사", "함께 보면 좋은 기사"),
    "comments": ("댓글", "댓글 쓰기", "댓글 보기"),
    "share": ("공유", "공유하기", "페이스북", "트위터"),
    "tools": ("인쇄", "스크랩", "글자 크기"),
    "newsletter": ("구독", "구독하기", "로그인", "회원가입"),
    "advertising": ("광고",),
    "navigation": ("홈", "메뉴", "검색", "이전", "다음", "맨 위로", "이전 기사", "다음 기사"),
    "legal": ("개인정보처리방침", "이용약관", "문의", "회사소개", "저작권"),
    "consent": ("동의", "모두 동의"),
    "tags": ("태그", "키워드"),
    "author_box": ("저자 소개", "기자 소개", "기자 정보"),
    "sources": ("출처", "참고 문헌", "참고자료"),
    "controls": ("닫기", "더보기", "사진", "동영상", "확대"),
    "contents": ("목차",),
    "byline_label": ("작성자", "글쓴이"),
    "date_label": ("입력", "수정", "업데이트", "게시일"),
    "key_points": ("요약", "핵심 요약", "핵심 정리"),
    "house_promo": ("유튜브 채널 구독", "앱 다운로드", "뉴스레터 구독"),
    "affiliate": ("쿠팡 파트너스 활동의 일환으로", "수수료를 제공받습니다"),
    # The concepts this table lacked, as the language's sites and their forum and wiki software
    # print them (no development page is in this language).
    "more_from": ("이 기자의 다른 기사", "기자의 다른 기사", "이 기자의 다른기사"),
    "rating": ("이 기사가 도움이 되었나요", "이 글이 도움이 되었나요"),
    "page_feedback": ("이 페이지가 도움이 되었나요", "피드백 보내기"),
    "paywall": ("유료 회원 전용", "유료회원 전용", "구독자 전용 기사", "이미 구독 중이신가요"),
    "forum_chrome": ("답글", "인용", "신고"),
    "other_date": ("가입일", "수정됨"),
    # MediaWiki's footer: "이 문서는 2024년 1월 1일 (월) 00:00에 마지막으로 편집되었습니다."
    "page_updated": ("마지막으로 편집되었습니다",),
    # "사진=연합뉴스", "(사진 제공=홍길동)", "그래픽=김철수 기자": read after "=" or a colon by
    # rules.text CREDIT_UNSPACED
    "picture_credit": ("사진", "자료사진", "사진제공", "사진 제공", "그래픽"),
    # Concepts this table lacked (thirty-seventh session), those of them below: a blog's links to its next posts,
    # a button's call to act now, the comment form's log-in notice (WordPress's own translation where it
    # has one), the site's disclaimer, a form's consent line: the words of general concepts, not phrases
    # seen on pages (no development page is in this language); fewer, certain entries, none common in prose.
    "post_link": ("(이전|다음) (글|기사|게시물)", "(이전글|다음글)"),
    "call_to_action": ("지금 (구매|다운로드|신청|예약|가입)(하기|)",),
    # Concepts this table lacked (thirty-eighth session), those below: the words of general concepts as the
    # language's sites and WordPress's translations print them, not phrases seen on pages (no development
    # page is in this language); fewer, certain entries, none common in running prose.
    "comment_gate": ("댓글을 (작성하|남기|달)려면 로그인", "댓글을 (작성하|남기|달)기 위해서는 로그인"),
    "site_disclaimer": ("(본지|당사)의 (편집 방향|편집방향|입장|견해)(과|와) 다를 수 있습니다",),
    "form_consent": ("개인정보 (수집 및 이용|수집·이용|처리방침)에 동의합니다", "(이용약관|개인정보처리방침)에 동의합니다"),
}

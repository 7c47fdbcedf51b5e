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
}

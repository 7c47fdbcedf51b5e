"""Picture credits as Japanese, Korean and Chinese papers print them (rules.text CREDIT_UNSPACED, the
picture_credit words of rules/vocab ja, ko, zh): the word for the picture, a full-width colon, "＝"/"="
or a slash, then the source, in brackets or after the caption's last sentence, with no space before."""

import pytest

from artextract import signals


@pytest.mark.parametrize(
    ("caption", "text", "credit"),
    [("首相官邸で記者会見する首相（写真：共同）", "首相官邸で記者会見する首相", "共同"),
     ("港に入る大型客船。写真：ロイター", "港に入る大型客船。", "ロイター"),
     ("港に入る大型客船（撮影・山田太郎）", "港に入る大型客船（撮影・山田太郎）", None),  # no separator the pattern reads
     ("광장에 모인 시민들 (사진=연합뉴스)", "광장에 모인 시민들", "연합뉴스"),
     ("광장에 모인 시민들. /사진=바다시청", "광장에 모인 시민들.", "바다시청"),
     ("광장에 모인 시민들 (사진 제공=홍길동)", "광장에 모인 시민들", "홍길동"),
     ("广场上的游客。图/新华社", "广场上的游客。", "新华社"),
     ("广场上的游客（图片来源：视觉中国）", "广场上的游客", "视觉中国"),
     ("廣場上的遊客。圖／中央社", "廣場上的遊客。", "中央社"),
     ("写真：共同", "", "共同")],
)
def test_unspaced_credits_split_off(caption, text, credit):
    assert signals.split_credit(caption) == (text, credit)


@pytest.mark.parametrize(
    "text",
    [# a word that ends in the picture's word is no label ("map/navigation")
     "点击地图/导航", "打开地图：北京",
     # "Picture: <what it shows>" with a comma is a description, not a source
     "图：北京市民在天安门广场观看升旗仪式，现场人山人海"],
)
def test_other_texts_keep_their_words(text):
    assert signals.split_credit(text) == (text, None)

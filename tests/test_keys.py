from artextract.keys import match_key


def test_match_key_keeps_lowercased_letters_and_digits_of_any_script():
    assert match_key("The Site!") == "thesite"
    assert match_key("Faire Lieferketten – Jugendwerk 2.0") == "fairelieferkettenjugendwerk20"
    assert match_key("snake_case: Ünïcode") == "snakecaseünïcode"
    assert match_key("東京 ニュース") == "東京ニュース"

"""Ukrainian: how Ukrainian pages say each concept of the vocabulary (see __init__.py).

Added as a table of the general concepts, not from phrases seen on pages: the development
sets hold next to no Ukrainian pages, and users' pages will. Where a word is spelt as in
Russian ("фото", "відео" is not) the tables share it harmlessly.
"""

LANGUAGE = "uk"

PHRASES: dict[str, tuple[str, ...]] = {
    "related": ("читайте також", "схожі статті", "схожі новини", "пов'язані статті", "по темі", "на тему",
                "новини на тему", "вас може зацікавити", "рекомендуємо", "інші новини", "інші статті"),
    "site_sections": ("останні новини", "головні новини", "стрічка новин", "новини дня"),
    "most_read": ("найпопулярніше", "популярне", "найчитаніше", "найбільш читані", "найобговорюваніше"),
    "more_from": ("більше новин (про|на тему) …", "усі (новини|статті) (про|на тему) …", "усі статті автора …",
                  "всі статті автора …"),
    "read_also": ("читайте також", "дивіться також", "читайте", "дивіться", "читати також"),
    "comments": ("коментарі", "залишити коментар", "залиште коментар", "написати коментар", "додати коментар"),
    # a thread's prompt to log in or register before replying (forum software's translations)
    "reply_gate": ("(увійдіть|увійти|зареєструйтеся|зареєструватися)(,|) щоб (відповісти|залишити коментар|коментувати)",),
    "forum_chrome": ("відповісти", "цитувати", "поскаржитися"),
    "share": ("поділитися", "поширити", "копіювати посилання", "скопіювати посилання", "підписуйтесь на нас",
              "підписуйтеся на нас"),
    "tools": ("друк", "роздрукувати", "версія для друку", "зберегти", "розмір шрифту"),
    "newsletter": ("розсилка", "підписатися", "підписатися на розсилку", "увійти", "вхід", "реєстрація",
                   "зареєструватися", "особистий кабінет", "вийти"),
    "advertising": ("реклама", "на правах реклами", "партнерський матеріал", "спонсорський матеріал"),
    "navigation": ("головна", "головна сторінка", "меню", "пошук", "знайти", "назад", "нагору", "вгору", "далі",
                   "наступна стаття", "попередня стаття", "карта сайту", "перейти до вмісту"),
    "legal": ("політика конфіденційності", "умови використання", "контакти", "про нас", "про проєкт",
              "усі права захищені", "всі права захищені", "редакція"),
    "consent": ("прийняти", "прийняти все", "відхилити", "погоджуюсь", "налаштування cookie"),
    "tags": ("теги", "мітки", "ключові слова", "теми", "рубрики"),
    "author_box": ("про автора", "автор статті"),
    "sources": ("джерела", "джерело", "список літератури", "література"),
    "rating": ("чи була ця стаття корисною", "оцініть статтю"),
    "controls": ("закрити", "показати більше", "завантажити ще", "читати далі", "читати повністю",
                 "завантаження", "фото", "відео", "галерея", "фотогалерея", "збільшити"),
    "contents": ("зміст", "зміст статті", "у цій статті"),
    "byline_label": ("автор", "автори", "авторка"),
    "date_label": ("опубліковано", "оновлено", "дата публікації", "дата оновлення", "останнє оновлення"),
    # not "головне" alone: sites name their top-stories rail so
    "key_points": ("коротко", "стисло", "коротко про головне"),
    "house_promo": ("наш telegram-канал", "наш канал у telegram", "підписуйтесь на наш", "наш канал",
                    "нашу розсилку", "наш застосунок"),
    "paywall": ("лише для передплатників", "тільки для передплатників"),
    "picture_credit": ("фото", "світлина", "зображення", "ілюстрація"),
    # The concepts this table lacked, as the language's sites and their forum and wiki software
    # print them (no development page is in this language).
    "page_feedback": ("чи була ця сторінка корисною", "надіслати відгук"),
    "thread_starter": ("автор теми",),
    "other_date": ("зареєстрований", "дата реєстрації", "змінено", "відредаговано"),
    "page_updated": ("цю сторінку востаннє відредаговано",),
    # The concepts this table lacked, as the language's sites print them (no development page is in
    # this language; the words of general concepts, not phrases seen on pages).
    "picture_place": ("на фото", "на світлині", "зліва направо", "ліворуч", "праворуч", "вгорі", "внизу"),
    # Concepts this table lacked (thirty-seventh session), those of them below: a blog's links to its next posts,
    # a button's call to act now, the comment form's log-in notice (WordPress's own translation where it
    # has one), the site's disclaimer, a form's consent line: the words of general concepts, not phrases
    # seen on pages (no development page is in this language); fewer, certain entries, none common in prose.
    "post_link": ("(попередня|наступна) (стаття|новина|публікація)", "(попередній|наступний) (запис|матеріал|пост)"),
    "comment_gate": ("(ви повинні|вам потрібно|необхідно) (увійти|авторизуватися|зареєструватися)(,|) щоб (залишити|написати|додати) коментар",),
    "site_disclaimer": ("думка редакції може не (збігатися|співпадати)", "редакція не несе відповідальності за"),
    "form_consent": ("(даю згоду|погоджуюсь|погоджуюся) на обробку (моїх |своїх |)персональних даних",),
    # Concepts this table lacked (thirty-eighth session), those below: the words of general concepts as the
    # language's sites and WordPress's translations print them, not phrases seen on pages (no development
    # page is in this language); fewer, certain entries, none common in running prose.
    "call_to_action": ("(купити|замовити|завантажити|забронювати) (зараз|просто зараз)",),
    "share_prompt": ("натисніть(,|) щоб поділитися (в|у|на|через) …", "натисніть(,|) щоб (надрукувати|роздрукувати)"),
    "newsletter_pitch": ("(нові |)(статті|записи|публікації) на (пошту|e-mail|email)", "прямо на (вашу|свою) (пошту|електронну пошту)"),
}

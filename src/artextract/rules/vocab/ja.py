"""Japanese: how Japanese pages say each concept of the vocabulary (see __init__.py)."""

LANGUAGE = "ja"

PHRASES: dict[str, tuple[str, ...]] = {
    "related": ("関連記事", "関連ニュース", "関連", "おすすめ記事", "おすすめ", "あわせて読みたい", "こちらもおすすめ",
                "こちらもどうぞ", "この記事を読んだ人はこんな記事も読んでいます", "関連リンク"),
    "site_sections": ("最新記事", "新着記事", "注目記事"),
    "most_read": ("人気記事", "人気記事ランキング", "よく読まれている記事", "アクセスランキング", "ランキング",
                  ),
    "read_also": ("関連記事", "あわせて読みたい"),
    "comments": ("コメント", "コメントする", "コメントを書く", "コメント一覧"),
    "share": ("シェア", "シェアする", "ツイート", "この記事をシェア", "いいね", "フォロー"),
    "tools": ("印刷", "保存", "ブックマーク"),
    "newsletter": ("メールマガジン", "メルマガ", "ログイン", "会員登録", "新規登録"),
    "advertising": ("広告", "スポンサー", "pr", "スポンサーリンク"),
    "navigation": ("ホーム", "トップ", "メニュー", "検索", "戻る", "ページトップへ", "トップへ戻る", "次の記事",
                   "前の記事", "サイトマップ"),
    "legal": ("プライバシーポリシー", "利用規約", "お問い合わせ", "会社概要", "運営会社", "免責事項"),
    "consent": ("同意する", "同意します", "cookieの設定"),
    "tags": ("タグ", "カテゴリー", "カテゴリ"),
    "author_box": ("著者について", "この記事を書いた人", "執筆者", "著者プロフィール"),
    "sources": ("出典", "参考文献", "参考資料"),
    "controls": ("閉じる", "もっと見る", "続きを読む", "読み込み中", "写真", "動画", "拡大"),
    "contents": ("目次", "この記事の目次"),
    "byline_label": ("著者", "筆者", "投稿者"),
    "date_label": ("更新日", "公開日", "投稿日", "最終更新日"),
    "key_points": ("要点", "この記事のポイント", "まとめ"),
    "house_promo": ("公式youtubeチャンネル", "公式アプリ", "メルマガ登録", "公式lineアカウント"),
    "affiliate": ("アフィリエイト広告を利用しています", "アフィリエイトリンク", "アフィリエイトプログラム"),
    # The concepts this table lacked, as the language's sites and their forum and wiki software
    # print them (no development page is in this language).
    "more_from": ("この著者の記事", "この記者の記事", "この筆者の記事", "著者の記事一覧", "同じカテゴリーの記事",
                  "同じカテゴリの記事"),
    "rating": ("この記事は役に立ちましたか", "この記事を評価する"),
    "page_feedback": ("このページは役に立ちましたか", "フィードバックを送信"),
    "paywall": ("この記事は有料会員限定です", "有料会員限定記事", "この記事は会員限定です", "会員限定記事"),
    "forum_chrome": ("返信", "引用", "通報", "通報する"),
    "thread_starter": ("スレ主", "スレッド作成者"),
    "other_date": ("登録日", "編集済み", "最終編集"),
    # "写真：共同", "（写真＝ロイター）", "撮影：山田太郎": read after a full-width colon or "＝" by
    # rules.text CREDIT_UNSPACED
    "picture_credit": ("写真", "画像", "撮影", "資料写真"),
    # Concepts this table lacked (thirty-seventh session), those of them below: a blog's links to its next posts,
    # a button's call to act now, the comment form's log-in notice (WordPress's own translation where it
    # has one), the site's disclaimer, a form's consent line: the words of general concepts, not phrases
    # seen on pages (no development page is in this language); fewer, certain entries, none common in prose.
    "post_link": ("(前|次)の(記事|投稿)",),
    "call_to_action": ("今すぐ(購入|注文|予約|ダウンロード|登録)",),
    "comment_gate": ("コメントを投稿するにはログインしてください",),
    # A sharing button's label as WordPress's Jetpack prints it in the language ("Click to share on Twitter
    # (Opens in new window)"): read as the start of a furniture line (rules.text SHARE_PROMPT).
    "share_prompt": ("クリックして …", "クリックして印刷",),
    # Concepts this table lacked (thirty-eighth session), those below: the words of general concepts as the
    # language's sites and WordPress's translations print them, not phrases seen on pages (no development
    # page is in this language); fewer, certain entries, none common in running prose.
    "site_disclaimer": ("見解を(反映|代表)するものではありません", "(当サイト|当ブログ)(は|では)(一切の|)責任を負いかねます"),
    "form_consent": ("(プライバシーポリシー|個人情報保護方針|個人情報の取り扱い|個人情報の取扱い)に同意(する|します|の上)",),
    "newsletter_pitch": ("新しい投稿をメールで受け取る",),
    "comment_sign_in": ("アカウントを(使って|使用して)コメントしています",),
}

"""Chinese (simplified and traditional): how Chinese pages say each concept of the vocabulary (see __init__.py)."""

LANGUAGE = "zh"

PHRASES: dict[str, tuple[str, ...]] = {
    "related": ("相关文章", "相關文章", "相关阅读", "相關閱讀", "相关新闻", "相關新聞", "推荐阅读", "推薦閱讀",
                "延伸阅读", "延伸閱讀", "猜你喜欢", "猜你喜歡", "更多文章", "相关推荐", "相關推薦"),
    "site_sections": ("最新文章", "最新消息", "要闻", "要聞"),
    "most_read": ("热门文章", "熱門文章", "热门新闻", "熱門新聞", "排行榜", "最受欢迎"),
    "read_also": ("相关阅读", "相關閱讀", "延伸阅读", "延伸閱讀", "推荐阅读", "推薦閱讀", "阅读更多", "閱讀更多"),
    "comments": ("评论", "評論", "留言", "发表评论", "發表評論", "网友评论", "網友評論"),
    "share": ("分享", "分享到", "转发", "轉發"),
    "tools": ("打印", "列印", "收藏"),
    "newsletter": ("订阅", "訂閱", "登录", "登入", "注册", "註冊"),
    "advertising": ("广告", "廣告", "赞助", "贊助"),
    "navigation": ("首页", "首頁", "返回", "返回顶部", "返回頂部", "上一篇", "下一篇", "搜索", "搜尋", "菜单",
                   "選單", "网站地图"),
    "legal": ("隐私政策", "隱私權政策", "使用条款", "使用條款", "联系我们", "聯絡我們", "关于我们", "關於我們",
              "版权所有", "版權所有", "免责声明", "免責聲明"),
    "consent": ("接受", "同意"),
    "tags": ("标签", "標籤", "分类", "分類"),
    "author_box": ("关于作者", "關於作者", "作者简介", "作者簡介"),
    "sources": ("来源", "來源", "参考资料", "參考資料", "参考文献", "參考文獻"),
    "controls": ("关闭", "關閉", "更多", "加载中", "載入中", "图片", "圖片", "视频", "影片"),
    "contents": ("目录", "目錄", "本文目录"),
    "byline_label": ("作者", "撰文"),
    "date_label": ("发布时间", "發佈時間", "更新时间", "更新時間", "发布于", "發佈於"),
    "key_points": ("要点", "要點", "重点", "重點", "摘要"),
    "house_promo": ("关注我们的", "下载客户端", "订阅我们的"),
    "affiliate": ("联盟链接", "聯盟連結"),
    # The concepts this table lacked, as the language's sites and their forum and wiki software
    # print them (no development page is in this language).
    "more_from": ("该作者的其他文章", "該作者的其他文章", "作者的其他文章", "作者其他文章", "同类文章", "同類文章"),
    "rating": ("这篇文章对您有帮助吗", "這篇文章對您有幫助嗎", "文章评分", "文章評分"),
    "page_feedback": ("此页面是否有帮助", "此頁面是否有幫助", "提交反馈", "意见反馈", "意見回饋"),
    "paywall": ("订阅后阅读全文", "訂閱後閱讀全文", "付费内容", "付費內容", "会员专享", "會員專享"),
    "forum_chrome": ("回复", "回覆", "引用", "举报", "檢舉"),
    "thread_starter": ("楼主", "樓主"),
    "other_date": ("注册时间", "註冊時間", "最后编辑", "最後編輯", "编辑于", "編輯於"),
    # "图/新华社", "图片来源：视觉中国", "（摄影：张三）": read after a slash, a full-width colon or "＝" by
    # rules.text CREDIT_UNSPACED
    "picture_credit": ("图", "圖", "图片", "圖片", "图片来源", "圖片來源", "摄影", "攝影", "资料图", "資料圖"),
    # Concepts this table lacked (thirty-seventh session), those of them below: a blog's links to its next posts,
    # a button's call to act now, the comment form's log-in notice (WordPress's own translation where it
    # has one), the site's disclaimer, a form's consent line: the words of general concepts, not phrases
    # seen on pages (no development page is in this language); fewer, certain entries, none common in prose.
    "post_link": ("(上一篇|下一篇)", "(上一篇|下一篇)文章"),
    "call_to_action": ("立即(购买|下载|注册|预订|订阅)", "立即(購買|下載|註冊|預訂|訂閱)"),
    "comment_gate": ("(您|你)必须登录才能发表评论", "(您|你)必須登入才能(發表|發佈)(評論|留言)"),
    "site_disclaimer": ("不代表本(站|网|网站|平台)(观点|立场)", "不代表本(站|網|網站|平台)(觀點|立場)"),
    # Concepts this table lacked (thirty-eighth session), those below: the words of general concepts as the
    # language's sites and WordPress's translations print them, not phrases seen on pages (no development
    # page is in this language); fewer, certain entries, none common in running prose.
    "form_consent": ("我已阅读并同意", "我已閱讀並同意"),
}

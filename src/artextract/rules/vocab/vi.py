"""Vietnamese: how Vietnamese pages say each concept of the vocabulary (see __init__.py).

Added as a table of the general concepts, not from phrases seen on pages: the development
sets hold no Vietnamese pages, and users' pages will. Its tone-marked spellings are no other
table's words.
"""

LANGUAGE = "vi"

PHRASES: dict[str, tuple[str, ...]] = {
    "related": ("bài viết liên quan", "tin liên quan", "tin tức liên quan", "bài liên quan", "có thể bạn quan tâm",
                "có thể bạn muốn đọc", "tin cùng chuyên mục", "bài viết cùng chuyên mục", "tin khác", "bài viết khác"),
    "site_sections": ("tin mới nhất", "tin mới", "tin nổi bật", "mới nhất"),
    "most_read": ("đọc nhiều nhất", "xem nhiều nhất", "tin đọc nhiều", "đọc nhiều", "xem nhiều"),
    "more_from": ("bài viết của …", "thêm từ …"),
    "read_also": ("xem thêm", "đọc thêm", "xem tiếp"),
    # (WordPress's "Leave a Reply" reads "Để lại một bình luận")
    "comments": ("bình luận", "ý kiến", "viết bình luận", "gửi bình luận", "ý kiến bạn đọc", "để lại bình luận",
                 "để lại một bình luận", "gửi ý kiến"),
    "forum_chrome": ("trả lời", "trích dẫn", "báo cáo"),
    "share": ("chia sẻ", "chia sẻ bài viết", "sao chép liên kết", "sao chép link", "theo dõi chúng tôi"),
    "tools": ("in bài", "in bài viết", "lưu bài viết", "cỡ chữ"),
    "newsletter": ("đăng ký", "đăng nhập", "đăng ký nhận tin", "đăng xuất", "bản tin", "tài khoản"),
    "advertising": ("quảng cáo", "tài trợ", "nội dung tài trợ"),
    "navigation": ("trang chủ", "tìm kiếm", "quay lại", "lên đầu trang", "bài tiếp theo", "bài trước", "tiếp theo",
                   "sơ đồ trang web", "danh mục"),
    "legal": ("chính sách bảo mật", "điều khoản sử dụng", "liên hệ", "giới thiệu", "về chúng tôi",
              "bản quyền thuộc về", "tòa soạn", "liên hệ quảng cáo"),
    "consent": ("chấp nhận", "chấp nhận tất cả", "từ chối", "đồng ý", "cài đặt cookie"),
    "tags": ("thẻ", "từ khóa", "từ khoá", "chủ đề"),
    "author_box": ("về tác giả", "giới thiệu tác giả"),
    "sources": ("nguồn", "tài liệu tham khảo", "nguồn tham khảo"),
    "controls": ("đóng", "tải thêm", "đọc tiếp", "đang tải", "thư viện ảnh", "phóng to", "toàn màn hình"),
    "contents": ("mục lục", "nội dung bài viết"),
    "byline_label": ("tác giả", "bởi", "người viết", "viết bởi", "đăng bởi"),
    "date_label": ("ngày đăng", "đăng lúc", "đăng ngày", "cập nhật", "cập nhật lúc", "ngày cập nhật", "xuất bản",
                   "cập nhật lần cuối"),
    "key_points": ("tóm tắt", "điểm chính", "tóm tắt nội dung"),
    "picture_credit": ("ảnh", "hình", "hình ảnh", "ảnh minh họa", "ảnh minh hoạ", "nguồn ảnh"),
    "rating": ("bài viết có hữu ích không",),
    "page_feedback": ("trang này có hữu ích không", "gửi phản hồi"),
    # The concepts this table lacked, as the language's sites print them (no development page is in
    # this language; the words of general concepts, not phrases seen on pages).
    "paywall": ("chỉ dành cho (thành viên|hội viên|người đăng ký)", "dành riêng cho (thành viên|hội viên)"),
    # Concepts this table lacked (thirty-seventh session), those of them below: a blog's links to its next posts,
    # a button's call to act now, the comment form's log-in notice (WordPress's own translation where it
    # has one), the site's disclaimer, a form's consent line: the words of general concepts, not phrases
    # seen on pages (no development page is in this language); fewer, certain entries, none common in prose.
    "post_link": ("(bài|bài viết|tin) (trước|tiếp theo)",),
    "call_to_action": ("(mua|đặt|đặt hàng|tải|đăng ký) ngay",),
    "comment_gate": ("bạn (phải|cần) đăng nhập để (gửi|viết) (bình luận|phản hồi)",),
    "form_consent": ("tôi đồng ý với (điều khoản|chính sách bảo mật)",),
    # Concepts this table lacked (thirty-eighth session), those below: the words of general concepts as the
    # language's sites and WordPress's translations print them, not phrases seen on pages (no development
    # page is in this language); fewer, certain entries, none common in running prose.
    "site_disclaimer": ("không nhất thiết (phản ánh|thể hiện|đại diện cho) (quan điểm|ý kiến)",),
    "share_prompt": ("(nhấn|bấm|nhấp) (vào |)để chia sẻ (lên|trên|qua) …", "(nhấn|bấm|nhấp) (vào |)để in"),
}

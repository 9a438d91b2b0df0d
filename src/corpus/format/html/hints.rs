//! What an element's attributes and a short block's words say about page chrome.
//!
//! Class and id names are cut into parts (`snsShare` -> `sns`, `share`; `article_view`
//! -> `article`, `view`) and a part is matched by its start, so `breadcrumbs`,
//! `cookieconsent` and `navbar` are found while `canvas` or `footnote` are not taken for
//! `nav` or `footer`. A name that also says "content" (`article-body`,
//! `entry-content`) is not chrome unless a chrome part is more specific
//! (`article-share`). The phrase rules only ever look at short blocks, so a paragraph
//! of the statement that mentions cookies or sharing is never set aside by them.

use crate::corpus::chrome::Reason;

/// Name parts (matched at a part's start) and the chrome they mark.
const CHROME_PARTS: &[(&str, Reason)] = &[
    ("breadcrumb", Reason::Breadcrumb),
    ("crumbs", Reason::Breadcrumb),
    ("location", Reason::Breadcrumb),
    ("skip", Reason::SkipLink),
    ("bypass", Reason::SkipLink),
    ("cookie", Reason::CookieNotice),
    ("consent", Reason::CookieNotice),
    ("gdpr", Reason::CookieNotice),
    ("onetrust", Reason::CookieNotice),
    ("share", Reason::ShareLinks),
    ("sharing", Reason::ShareLinks),
    ("sns", Reason::ShareLinks),
    ("social", Reason::ShareLinks),
    ("addthis", Reason::ShareLinks),
    ("related", Reason::RelatedLinks),
    // Korean news templates drop the "d": `relate_news`, `relateArticle`.
    ("relate", Reason::RelatedLinks),
    ("recommend", Reason::RelatedLinks),
    ("popular", Reason::RelatedLinks),
    ("mostread", Reason::RelatedLinks),
    ("morenews", Reason::RelatedLinks),
    ("trending", Reason::RelatedLinks),
    ("ranking", Reason::RelatedLinks),
    ("seealso", Reason::SeeAlso),
    // "Read also" boxes set in the text: `read-also`, `alsoRead`, Polish `czytaj-takze`.
    ("readalso", Reason::RelatedLinks),
    ("alsoread", Reason::RelatedLinks),
    ("czytajtakze", Reason::RelatedLinks),
    // A "read more" link to another story set in the text, its class built from parts
    // (`article__read-more`, `czytaj-wiecej`): matched on two parts joined.
    ("readmore", Reason::RelatedLinks),
    ("czytajwiecej", Reason::RelatedLinks),
    ("zobacztakze", Reason::RelatedLinks),
    ("comment", Reason::CommentForm),
    ("disqus", Reason::CommentForm),
    ("reply", Reason::CommentForm),
    ("pager", Reason::PrevNext),
    ("pagination", Reason::PrevNext),
    ("paging", Reason::PrevNext),
    ("nav", Reason::Navigation),
    ("menu", Reason::Navigation),
    ("gnb", Reason::Navigation),
    ("lnb", Reason::Navigation),
    ("snb", Reason::Navigation),
    ("sitemap", Reason::Navigation),
    ("header", Reason::Header),
    ("masthead", Reason::Header),
    ("topbar", Reason::Header),
    ("footer", Reason::Footer),
    ("copyright", Reason::Footer),
    // Polish and romanized Korean names: "stopka", "hadan" (footer), "sangdan" (top).
    ("stopka", Reason::Footer),
    ("hadan", Reason::Footer),
    ("sangdan", Reason::Header),
    ("sidebar", Reason::Aside),
    ("widget", Reason::Aside),
    ("advert", Reason::Aside),
    ("sponsor", Reason::Aside),
    ("promo", Reason::Aside),
    ("print", Reason::PageTools),
    ("fontsize", Reason::PageTools),
    ("textsize", Reason::PageTools),
    ("zoom", Reason::PageTools),
    ("util", Reason::PageTools),
    ("tool", Reason::PageTools),
    ("rss", Reason::PageTools),
    ("language", Reason::PageTools),
    ("sronly", Reason::Hidden),
    ("visuallyhidden", Reason::Hidden),
    ("screenreader", Reason::Hidden),
    ("offscreen", Reason::Hidden),
    ("invisible", Reason::Hidden),
    ("caption", Reason::PhotoCredit),
    ("credit", Reason::PhotoCredit),
    ("figcaption", Reason::PhotoCredit),
    ("byline", Reason::Byline),
    ("author", Reason::Byline),
    ("reporter", Reason::Byline),
    ("search", Reason::Form),
    ("login", Reason::Form),
    ("subscribe", Reason::Form),
    ("newsletter", Reason::Form),
    ("feedback", Reason::Form),
    ("survey", Reason::Form),
    ("satisf", Reason::Form),
    ("govbanner", Reason::SiteBanner),
    ("official", Reason::SiteBanner),
    ("identifier", Reason::SiteBanner),
    ("btn", Reason::Button),
    // A media player's or a lazy block's placeholder ("Loading video..."), and the
    // player itself with its clip's title and length (`video-player__title`).
    ("placeholder", Reason::Script),
    ("player", Reason::Script),
    // A wire story's sign-off ("Reporting by ...; Editing by ...").
    ("signoff", Reason::Byline),
    // A page's files for download: "attach", "attachments", "attached-files".
    ("attach", Reason::Attachment),
    // The publisher's notice under every text, in an element named for it: who answers
    // for a press release a wire carries, what the institute is and that the views are
    // the author's (`disclaimer`, `article-disclaimer`).
    ("disclaimer", Reason::Disclaimer),
    // The reading time a news theme prints in the article's line of facts
    // (`reading-time`, `readTime`, Polish `czas-czytania`).
    ("readingtime", Reason::ReadingTime),
    ("readtime", Reason::ReadingTime),
    ("czasczytania", Reason::ReadingTime),
];

/// Name parts that must be the whole part (too short or too common to match a start).
const CHROME_WORDS: &[(&str, Reason)] = &[
    ("next", Reason::PrevNext),
    ("prev", Reason::PrevNext),
    ("previous", Reason::PrevNext),
    ("foot", Reason::Footer),
    ("aside", Reason::Aside),
    ("side", Reason::Aside),
    ("ad", Reason::Aside),
    ("ads", Reason::Aside),
    ("banner", Reason::Aside),
    ("lang", Reason::PageTools),
    ("hidden", Reason::Hidden),
    ("hide", Reason::Hidden),
    ("blind", Reason::Hidden),
    ("button", Reason::Button),
    ("cmt", Reason::CommentForm),
    // Korean boards' captions: "img_cap", "photo_cap".
    ("cap", Reason::PhotoCredit),
    // A paywall's teaser ("Ten artykuł przeczytasz z aktywną subskrypcją"); not the
    // text behind it, which sites print in a `paywalled` element.
    ("paywall", Reason::Form),
    // An audio clip's box: its title and length ("Posłuchaj ... 4:21").
    ("audio", Reason::Script),
    // The page's tag list (`article-tags`, `tags__list`).
    ("tags", Reason::RelatedLinks),
];

/// Name parts that say "this is the content".
const CONTENT_PARTS: &[&str] = &[
    "article",
    "content",
    "body",
    "main",
    "post",
    "entry",
    "story",
    "text",
    "txt",
    "view",
    "cont",
    "detail",
    "news",
    "read",
    "press",
    "statement",
    "speech",
    "bbs",
    "board",
    // Polish "treść", romanized Korean "naeyong", "bonmun" (content, body).
    "tresc",
    "naeyong",
    "bonmun",
];

/// What an element's `class` and `id` say: a chrome reason, and whether they also say
/// "content".
pub(super) fn class_hint(names: &str) -> (Option<Reason>, bool) {
    let mut reason = None;
    let mut content = false;
    let mut parts = Vec::new();
    for name in names.split_ascii_whitespace() {
        parts.clear();
        split_name(name, &mut parts);
        // `sr-only`, `visually-hidden`, `gov-banner`, `usa-banner` arrive in two parts.
        let joined: String = parts.concat();
        // Two parts read together: `read-more`, `czytaj-wiecej`.
        let pairs: Vec<String> = parts.windows(2).map(|w| w.concat()).collect();
        for (i, part) in parts
            .iter()
            .chain(&pairs)
            .map(String::as_str)
            .chain([joined.as_str()])
            .enumerate()
        {
            // Drupal's `field--label-hidden`: the field's label is hidden, not the field.
            if i > 0
                && i < parts.len()
                && parts[i - 1] == "label"
                && matches!(part, "hidden" | "hide")
            {
                continue;
            }
            if CONTENT_PARTS.iter().any(|c| part.starts_with(c)) {
                content = true;
            }
            let found = CHROME_PARTS
                .iter()
                .find(|(p, _)| part.starts_with(p))
                .or_else(|| CHROME_WORDS.iter().find(|(p, _)| part == *p))
                .map(|&(_, r)| r);
            if reason.is_none() {
                reason = found;
            }
        }
        // A name that is only `reading` marks the line of facts' reading time.
        if joined == "reading" && reason.is_none() {
            reason = Some(Reason::ReadingTime);
        }
        if joined.ends_with("banner") && (joined.starts_with("gov") || joined.starts_with("usa")) {
            reason = Some(Reason::SiteBanner);
        }
    }
    (reason, content)
}

/// Whether an element's `class` and `id` name it as the headline's deck, the line or
/// two under it: `subtitle`, `sub-head`, `tit_sub`, `standfirst`, `dek`.
pub(super) fn names_a_deck(names: &str) -> bool {
    let mut parts = Vec::new();
    names.split_ascii_whitespace().any(|name| {
        parts.clear();
        split_name(name, &mut parts);
        let joined: String = parts.concat();
        ["subtit", "subhead", "titsub", "titlesub", "standfirst"]
            .iter()
            .any(|w| joined.contains(w))
            || parts.iter().any(|p| matches!(p.as_str(), "dek" | "deck"))
    })
}

/// Whether an element's `class` and `id` name it as a headline: `view-title`, `bv_tit`,
/// `subject`, `newstitle`, `headline`, `contentheading` (older CMS themes' table cell
/// over the article); not a subtitle, nor the site's, a section's or a component's
/// title (`site-title`, `page-title`, `section-title`, `componentheading`, `logo`), nor
/// a row of buttons (`buttonheading`).
pub(super) fn names_a_headline(names: &str) -> bool {
    let mut parts = Vec::new();
    names.split_ascii_whitespace().any(|name| {
        parts.clear();
        split_name(name, &mut parts);
        let joined: String = parts.concat();
        let not_it = [
            "subtit",
            "subhead",
            "site",
            "page",
            "section",
            "logo",
            "menu",
            "list",
            "tab",
            "sns",
            "component",
            "button",
        ];
        if not_it.iter().any(|w| joined.contains(w)) {
            return false;
        }
        parts.iter().any(|p| {
            matches!(
                p.as_str(),
                "title"
                    | "tit"
                    | "ttl"
                    | "subject"
                    | "subj"
                    | "headline"
                    | "heading"
                    | "tytul"
                    | "jemok"
            )
        }) || joined.ends_with("title")
            || joined.ends_with("heading")
    })
}

/// `snsShare_box2` -> `sns`, `share`, `box`.
fn split_name(name: &str, parts: &mut Vec<String>) {
    let mut cur = String::new();
    let mut prev_lower = false;
    for c in name.chars() {
        if !c.is_ascii_alphabetic() {
            if !cur.is_empty() {
                parts.push(std::mem::take(&mut cur));
            }
            prev_lower = false;
            continue;
        }
        if c.is_ascii_uppercase() && prev_lower && !cur.is_empty() {
            parts.push(std::mem::take(&mut cur));
        }
        prev_lower = c.is_ascii_lowercase();
        cur.push(c.to_ascii_lowercase());
    }
    if !cur.is_empty() {
        parts.push(cur);
    }
}

/// What an ARIA `role` says.
pub(super) fn role_hint(role: &str) -> Option<Reason> {
    Some(match role.trim().to_ascii_lowercase().as_str() {
        "navigation" | "menu" | "menubar" | "tablist" => Reason::Navigation,
        "banner" => Reason::Header,
        "contentinfo" => Reason::Footer,
        "complementary" => Reason::Aside,
        "search" | "form" => Reason::Form,
        "button" => Reason::Button,
        "alertdialog" | "dialog" => Reason::Aside,
        _ => return None,
    })
}

/// Blocks longer than this are never set aside by their words.
const SHORT_BLOCK_CHARS: usize = 160;

/// Phrases a short block starts with, lower-cased, and what they mark.
const LEADING_PHRASES: &[(&str, Reason)] = &[
    (
        "이 누리집은 대한민국 공식 전자정부 누리집",
        Reason::SiteBanner,
    ),
    ("an official website of the", Reason::SiteBanner),
    ("official websites use .gov", Reason::SiteBanner),
    ("secure .gov websites use https", Reason::SiteBanner),
    ("here's how you know", Reason::SiteBanner),
    ("here’s how you know", Reason::SiteBanner),
    ("how do you know?", Reason::SiteBanner),
    (
        "all official european union website addresses",
        Reason::SiteBanner,
    ),
    ("serwis rzeczypospolitej polskiej", Reason::SiteBanner),
    ("skip to", Reason::SkipLink),
    ("jump to", Reason::SkipLink),
    ("본문 바로가기", Reason::SkipLink),
    ("본문바로가기", Reason::SkipLink),
    ("주메뉴 바로가기", Reason::SkipLink),
    ("przejdź do treści", Reason::SkipLink),
    ("przejdź do menu", Reason::SkipLink),
    ("przejdź do", Reason::SkipLink),
    ("이전글", Reason::PrevNext),
    ("다음글", Reason::PrevNext),
    ("이전 기사", Reason::PrevNext),
    ("다음 기사", Reason::PrevNext),
    ("previous article", Reason::PrevNext),
    ("next article", Reason::PrevNext),
    ("previous post", Reason::PrevNext),
    ("next post", Reason::PrevNext),
    ("poprzedni artykuł", Reason::PrevNext),
    ("następny artykuł", Reason::PrevNext),
    ("poprzednia wiadomość", Reason::PrevNext),
    ("następna wiadomość", Reason::PrevNext),
    ("관련기사", Reason::RelatedLinks),
    ("관련 기사", Reason::RelatedLinks),
    ("관련 뉴스", Reason::RelatedLinks),
    ("많이 본 뉴스", Reason::RelatedLinks),
    ("많이 본 기사", Reason::RelatedLinks),
    ("most viewed", Reason::RelatedLinks),
    ("most read", Reason::RelatedLinks),
    ("most popular", Reason::RelatedLinks),
    ("editor's picks", Reason::RelatedLinks),
    ("editor’s picks", Reason::RelatedLinks),
    ("top stories", Reason::RelatedLinks),
    ("najczęściej czytane", Reason::RelatedLinks),
    ("추천 기사", Reason::RelatedLinks),
    ("related articles", Reason::RelatedLinks),
    ("related stories", Reason::RelatedLinks),
    ("related coverage", Reason::RelatedLinks),
    ("related posts", Reason::RelatedLinks),
    ("related news", Reason::RelatedLinks),
    ("related content", Reason::RelatedLinks),
    ("related links", Reason::RelatedLinks),
    ("more news", Reason::RelatedLinks),
    ("more from", Reason::RelatedLinks),
    ("latest news", Reason::RelatedLinks),
    ("you may also like", Reason::RelatedLinks),
    ("zobacz też", Reason::RelatedLinks),
    ("zobacz także", Reason::RelatedLinks),
    ("czytaj także", Reason::RelatedLinks),
    ("czytaj też", Reason::RelatedLinks),
    ("powiązane", Reason::RelatedLinks),
    ("inne aktualności", Reason::RelatedLinks),
    ("see also", Reason::SeeAlso),
    ("search for related", Reason::RelatedLinks),
    ("date modified", Reason::Dateline),
    ("cite this", Reason::PageTools),
    ("cover photo", Reason::PhotoCredit),
    ("was this page useful", Reason::Form),
    // A reaction bar's question over its buttons ("이 기사에 대해 어떻게 생각하시나요?
    // 좋아요 12 · 화나요 1"), and a help line for readers the page does not display for.
    ("이 기사에 대해 어떻게 생각", Reason::Form),
    ("이 기사를 어떻게 생각", Reason::Form),
    ("이 기사 어떠셨나요", Reason::Form),
    ("how do you feel about this article", Reason::Form),
    ("what do you think of this article", Reason::Form),
    ("what did you think of this article", Reason::Form),
    ("jak oceniasz ten artykuł", Reason::Form),
    ("czy ten artykuł był pomocny", Reason::Form),
    ("problems viewing this page", Reason::Form),
    ("having trouble viewing this page", Reason::Form),
    ("trouble viewing this page", Reason::Form),
    ("problem z wyświetlaniem strony", Reason::Form),
    // A government's site banner spelled as a sentence of its own.
    ("this site is an official website of", Reason::SiteBanner),
    ("this website is an official website of", Reason::SiteBanner),
    (
        "this is an official website of the government",
        Reason::SiteBanner,
    ),
    ("사진=", Reason::PhotoCredit),
    ("사진 =", Reason::PhotoCredit),
    ("(사진=", Reason::PhotoCredit),
    ("사진제공", Reason::PhotoCredit),
    ("사진 제공", Reason::PhotoCredit),
    ("photo:", Reason::PhotoCredit),
    ("photo by", Reason::PhotoCredit),
    ("photo credit", Reason::PhotoCredit),
    ("photograph:", Reason::PhotoCredit),
    ("fot.", Reason::PhotoCredit),
    ("fot:", Reason::PhotoCredit),
    ("foto:", Reason::PhotoCredit),
    ("źródło zdjęcia", Reason::PhotoCredit),
    ("©", Reason::PhotoCredit),
    ("(c) ", Reason::PhotoCredit),
    // A wire story's credits: "Reporting by A in Seoul; Editing by B".
    ("reporting by", Reason::Byline),
    ("additional reporting by", Reason::Byline),
    ("writing by", Reason::Byline),
    ("editing by", Reason::Byline),
    // An editor's credit under the story, often bracketed: "[Edited by B]".
    ("edited by", Reason::Byline),
];

/// Words that, alone or together, make up a block of page tools, share buttons or a
/// zoom button ("화면크기 확대 축소 RSS ENGLISH", "Share Facebook X LinkedIn").
const TOOL_WORDS: &[(&str, Reason)] = &[
    ("print", Reason::PageTools),
    ("인쇄", Reason::PageTools),
    ("인쇄하기", Reason::PageTools),
    ("drukuj", Reason::PageTools),
    ("rss", Reason::PageTools),
    ("화면크기", Reason::PageTools),
    ("글자크기", Reason::PageTools),
    ("글씨크기", Reason::PageTools),
    ("축소", Reason::PageTools),
    ("english", Reason::PageTools),
    ("eng", Reason::PageTools),
    ("en", Reason::PageTools),
    ("한국어", Reason::PageTools),
    ("kor", Reason::PageTools),
    ("polski", Reason::PageTools),
    ("pl", Reason::PageTools),
    ("language", Reason::PageTools),
    ("듣기", Reason::PageTools),
    ("기사", Reason::PageTools),
    ("listen", Reason::PageTools),
    ("a+", Reason::PageTools),
    ("a-", Reason::PageTools),
    ("가+", Reason::PageTools),
    ("가-", Reason::PageTools),
    ("font", Reason::PageTools),
    ("size", Reason::PageTools),
    ("확대", Reason::Button),
    ("이미지", Reason::Button),
    ("사진", Reason::Button),
    ("크게보기", Reason::Button),
    ("확대보기", Reason::Button),
    ("enlarge", Reason::Button),
    ("powiększ", Reason::Button),
    ("share", Reason::ShareLinks),
    ("공유", Reason::ShareLinks),
    ("공유하기", Reason::ShareLinks),
    ("udostępnij", Reason::ShareLinks),
    ("facebook", Reason::ShareLinks),
    ("페이스북", Reason::ShareLinks),
    ("twitter", Reason::ShareLinks),
    ("트위터", Reason::ShareLinks),
    ("x", Reason::ShareLinks),
    ("linkedin", Reason::ShareLinks),
    ("kakaotalk", Reason::ShareLinks),
    ("카카오톡", Reason::ShareLinks),
    ("카카오스토리", Reason::ShareLinks),
    ("네이버", Reason::ShareLinks),
    ("블로그", Reason::ShareLinks),
    ("밴드", Reason::ShareLinks),
    ("email", Reason::ShareLinks),
    ("e-mail", Reason::ShareLinks),
    ("url", Reason::ShareLinks),
    ("복사", Reason::ShareLinks),
    ("copy", Reason::ShareLinks),
    ("link", Reason::ShareLinks),
    ("this", Reason::ShareLinks),
    ("page", Reason::ShareLinks),
    ("on", Reason::ShareLinks),
];

/// What a short block's words say it is, if chrome; `table_cell` blocks are spared
/// the lone-number rule.
pub(crate) fn text_hint(text: &str, table_cell: bool) -> Option<Reason> {
    let chars = text.chars().count();
    if chars == 0 || chars > SHORT_BLOCK_CHARS {
        return None;
    }
    let lower = text.to_lowercase();
    let lower = lower.trim();
    // "[Edited by B]", "(사진=...)": the phrase behind an opening bracket.
    let bare = lower.trim_start_matches(['[', '(']);
    if let Some(&(_, r)) = LEADING_PHRASES
        .iter()
        .find(|(p, _)| lower.starts_with(p) || bare.starts_with(p))
    {
        return Some(r);
    }
    if is_writer_line(lower) || is_posted_by(lower) || is_crew_credits(lower) {
        return Some(Reason::Byline);
    }
    if ends_with_bracketed_credit(lower) || crate::corpus::chrome::is_pointed_caption(lower) {
        return Some(Reason::PhotoCredit);
    }
    if is_dashed_page_number(lower) {
        return Some(Reason::PageNumber);
    }
    if is_end_mark(lower) {
        return Some(Reason::Footer);
    }
    if is_bracketed_file_photo(lower) {
        return Some(Reason::PhotoCredit);
    }
    if is_numbered_photo(lower) {
        return Some(Reason::PhotoCredit);
    }
    if is_ad_label(lower) || continues_below(lower) {
        return Some(Reason::Advertisement);
    }
    if READER_NOTICES.iter().any(|n| lower.contains(n)) {
        return Some(Reason::Form);
    }
    if is_footer_links(lower) {
        return Some(Reason::FooterLinks);
    }
    if is_reading_time(lower) {
        return Some(Reason::ReadingTime);
    }
    if LICENCE_MARKS.iter().any(|m| lower.contains(m))
        || SENDER_NOTICES.iter().any(|m| lower.contains(m))
    {
        return Some(Reason::Disclaimer);
    }
    if is_credit_label(lower) || ends_with_credit(lower) {
        return Some(Reason::PhotoCredit);
    }
    if is_file_type_and_size(lower) || is_attached_file(lower) || is_file_row(lower) {
        return Some(Reason::Attachment);
    }
    if is_trail(lower) {
        return Some(Reason::Breadcrumb);
    }
    // A copyright line: "Copyright(c) Ministry of X. All rights reserved.".
    if chars <= 120 && is_copyright_line(lower) {
        return Some(Reason::Footer);
    }
    if chars <= 120
        && (lower.contains("cookie") || lower.contains("쿠키") || lower.contains("ciasteczk"))
    {
        return Some(Reason::CookieNotice);
    }
    if !table_cell && crate::corpus::chrome::is_view_count(lower) {
        return Some(Reason::CommentCount);
    }
    // A line of nothing but phone numbers.
    if !table_cell && has_phone_number(lower) && !lower.chars().any(char::is_alphabetic) {
        return Some(Reason::Footer);
    }
    if is_comment_count(lower) && !(table_cell && lower.bytes().all(|b| b.is_ascii_digit())) {
        return Some(Reason::CommentCount);
    }
    if is_relative_time(lower) {
        return Some(Reason::Dateline);
    }
    // Every word a tool word: the block is tools, of the kind most of its words say.
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || matches!(c, '|' | '/' | '·' | ',' | '•'))
        .filter(|w| !w.is_empty())
        .collect();
    if !words.is_empty() && words.len() <= 12 {
        let kinds: Option<Vec<Reason>> = words
            .iter()
            .map(|w| {
                let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '+' && c != '-');
                TOOL_WORDS.iter().find(|(t, _)| *t == w).map(|&(_, r)| r)
            })
            .collect();
        if let Some(kinds) = kinds {
            // A lone "x", "on" or "en" is not evidence of anything; a lone "A+" is.
            if words.len() > 1 || words[0].chars().count() > 2 || words[0].contains(['+', '-']) {
                let most = [Reason::Button, Reason::ShareLinks, Reason::PageTools]
                    .into_iter()
                    .max_by_key(|r| kinds.iter().filter(|k| *k == r).count());
                return most;
            }
        }
    }
    None
}

/// The links of a site's footer to its policies, by their words.
const FOOTER_LINKS: &[&str] = &[
    "개인정보처리방침",
    "개인정보 처리방침",
    "이메일무단수집거부",
    "이메일 무단수집거부",
    "이메일무단수집금지",
    "저작권정책",
    "저작권 정책",
    "이용약관",
    "찾아오시는 길",
    "사이트맵",
    "privacy policy",
    "privacy notice",
    "terms of use",
    "terms and conditions",
    "cookie policy",
    "sitemap",
    "site map",
    "polityka prywatności",
    "polityka cookies",
    "deklaracja dostępności",
    "mapa strony",
];

/// A line of nothing but a footer's policy links ("개인정보처리방침 | 이메일무단수집거부",
/// "Privacy policy · Terms of use"): every part between `|`, `·` or `•` is one of
/// [`FOOTER_LINKS`]. Korean sites print it over their address even in table layouts.
fn is_footer_links(lower: &str) -> bool {
    lower
        .split(['|', '·', '•'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .all(|p| FOOTER_LINKS.contains(&p))
        && lower.chars().any(char::is_alphabetic)
}

/// How a print view stamps where the page was printed from: "This article was
/// printed from https://...", "Wydrukowano ze strony ...".
fn is_print_stamp(lower: &str) -> bool {
    [
        "this article was printed from",
        "this page was printed from",
        "printed from",
        "wydrukowano ze strony",
        "wydrukowano z",
        "출처 url",
    ]
    .iter()
    .any(|p| lower.starts_with(p))
}

/// An author's line of its own: "By Jane Doe", "By Jan Kowalski and Anna Nowak": "By"
/// and a few capitalised names, no sentence.
pub(super) fn is_by_name(text: &str) -> bool {
    let Some(names) = text.trim().strip_prefix("By ") else {
        return false;
    };
    let words: Vec<&str> = names.split_whitespace().collect();
    (2..=6).contains(&words.len())
        && words[0] != "The"
        && words
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) || matches!(*w, "and" | "i" | "&"))
        && words[0].starts_with(char::is_uppercase)
        && !crate::corpus::chrome::ends_with_full_stop(names)
}

/// A page number between dashes, as documents saved from an editor print it at the
/// foot of each page: "- 1 -", "– 12 –".
fn is_dashed_page_number(lower: &str) -> bool {
    let dashes = ['-', '–', '—'];
    lower.starts_with(dashes)
        && lower.ends_with(dashes)
        && lower
            .trim_matches(|c: char| dashes.contains(&c) || c.is_whitespace())
            .bytes()
            .all(|b| b.is_ascii_digit())
        && lower.bytes().any(|b| b.is_ascii_digit())
        && lower.bytes().filter(u8::is_ascii_digit).count() <= 3
}

/// The mark a press release ends with, alone on its line: "###", "# # #", "-30-",
/// "-ENDS-", "<끝>", "/끝/", "– koniec –" ("-30-" reads as a page number, set aside too).
fn is_end_mark(lower: &str) -> bool {
    let word: String = lower.chars().filter(|c| c.is_alphanumeric()).collect();
    let marks = lower
        .chars()
        .filter(|c| !c.is_alphanumeric() && !c.is_whitespace());
    match word.as_str() {
        "" => lower.chars().filter(|&c| c == '#').count() >= 3 && marks.clone().all(|c| c == '#'),
        "30" | "end" | "ends" | "끝" | "koniec" => {
            marks.count() > 0 && lower.chars().count() <= 12
        }
        _ => false,
    }
}

/// Labels of a board post's writer ("글쓴이 : 홍보팀", "작성자: 국제협력과").
const WRITER_LABELS: &[&str] = &["글쓴이", "작성자", "등록자", "게시자"];

/// A board view's writer line: a writer label, then a colon or a space, then a name
/// of a few words. Korean board skins (Gnuboard, XE) print it between the subject and
/// the text.
fn is_writer_line(lower: &str) -> bool {
    WRITER_LABELS.iter().any(|label| {
        lower.strip_prefix(label).is_some_and(|rest| {
            let name = rest.trim_start().trim_start_matches(':').trim();
            rest.starts_with([' ', ':']) && !name.is_empty() && name.split_whitespace().count() <= 4
        })
    })
}

/// How CMS templates (Joomla, WordPress themes) print who posted an article, on a line of
/// its own: "Wpisany przez Biuro Prasowe", "Napisane przez Jan Nowak", "Opublikował:
/// Wydział Promocji", "Written by Press Office", "Posted by admin".
const POSTED_BY: &[&str] = &[
    "wpisany przez",
    "wpisane przez",
    "napisany przez",
    "napisane przez",
    "dodany przez",
    "dodane przez",
    "opublikowany przez",
    "opublikowane przez",
    "opublikował",
    "opublikowała",
    "written by",
    "posted by",
    "submitted by",
];

/// A "posted by" line ([`POSTED_BY`]): the phrase, an optional colon, then a name of a
/// few words and no sentence.
fn is_posted_by(lower: &str) -> bool {
    POSTED_BY.iter().any(|p| {
        lower.strip_prefix(p).is_some_and(|rest| {
            let name = rest.trim_start_matches(':').trim();
            rest.starts_with([' ', ':'])
                && (1..=5).contains(&name.split_whitespace().count())
                && !crate::corpus::chrome::ends_with_full_stop(name)
                && !name.chars().any(|c| c.is_ascii_digit())
        })
    })
}

/// Labels of a broadcast report's crew credits.
const CREW_LABELS: &[&str] = &[
    "영상취재",
    "영상편집",
    "영상촬영",
    "영상디자인",
    "촬영기자",
    "촬영",
    "편집",
    "취재",
    "그래픽",
    "cg",
    "vj",
    "camera",
    "video editing",
    "video",
    "editing",
    "graphics",
    "producer",
    "realizacja",
    "montaż",
    "zdjęcia",
];

/// A broadcast transcript's crew credits, often bracketed, at its end: "(영상취재 :
/// 김 아무개, 영상편집 : 이 아무개)", "Camera: A, Editing: B": every comma-separated
/// part a crew label ([`CREW_LABELS`]), a colon or "=", and a name of a few words.
fn is_crew_credits(lower: &str) -> bool {
    let inner = lower
        .trim()
        .trim_start_matches(['(', '['])
        .trim_end_matches([')', ']']);
    let mut parts = 0;
    let all = inner.split([',', '/', '·']).all(|part| {
        parts += 1;
        part.split_once([':', '=']).is_some_and(|(label, name)| {
            CREW_LABELS.contains(&label.trim())
                && (1..=4).contains(&name.split_whitespace().count())
        })
    });
    all && parts >= 1 && inner.chars().count() <= 120
}

/// A caption closed by its photo's credit in brackets: "Ministers at the signing in
/// Warsaw. (Photo: Ministry of Trade)", "Podpisanie umowy (fot. UM Gdańsk)", "협약식
/// 모습 (사진: 시청 제공)". English, Polish and Korean sites print captions so.
fn ends_with_bracketed_credit(lower: &str) -> bool {
    let t = lower.trim_end();
    let Some(body) = t.strip_suffix(')') else {
        return false;
    };
    let Some(open) = body.rfind('(') else {
        return false;
    };
    let credit = body[open + 1..].trim_start();
    let openings = [
        "photo:",
        "photo by",
        "photo courtesy",
        "photos:",
        "photo credit",
        "fot.",
        "fot:",
        "foto:",
        "zdjęcie:",
        "사진:",
        "사진 :",
        "사진제공",
    ];
    open > 0
        && openings.iter().any(|o| credit.starts_with(o))
        && credit.split_whitespace().count() <= 6
}

/// A photo's numbered caption label opening the line: "[사진1] ...", "[사진 2] ...",
/// "<사진> ...", "[Photo 1] ...": Korean press releases put the captions
/// of their attached photos under the text so.
fn is_numbered_photo(lower: &str) -> bool {
    let Some(rest) = lower.strip_prefix(['[', '<', '〈', '【', '(']) else {
        return false;
    };
    let Some(rest) = ["사진", "photo"].iter().find_map(|w| rest.strip_prefix(w)) else {
        return false;
    };
    let rest = rest
        .trim_start()
        .trim_start_matches(|c: char| c.is_ascii_digit());
    rest.starts_with([']', '>', '〉', '】', ')'])
}

/// A caption closed by its agency's file-photo credit in brackets: "바르샤바공대 전경
/// [연합뉴스 자료사진]", "회의 모습 (자료사진)": Korean news captions end so.
fn is_bracketed_file_photo(lower: &str) -> bool {
    let Some(open) = lower.rfind(['[', '(']) else {
        return false;
    };
    let credit = &lower[open + 1..];
    (credit.ends_with("자료사진]") || credit.ends_with("자료사진)"))
        && credit.split_whitespace().count() <= 4
        && lower.chars().count() <= 120
}

/// How a page says its text goes on past a video or an advertisement set in it:
/// "Dalszy ciąg materiału pod wideo", "Dalsza część artykułu pod materiałem wideo",
/// "Story continues below advertisement", "기사 계속". The plain-text rules read these
/// through [`text_hint`] too.
const CONTINUES_BELOW: &[&str] = &[
    "dalszy ciąg materiału",
    "dalszy ciąg artykułu",
    "dalsza część artykułu",
    "dalsza część tekstu pod",
    "artykuł jest kontynuowany",
    "story continues below",
    "article continues below",
    "the article continues below",
    "continue reading below",
    "기사 계속",
    "아래 기사 계속",
    "기사는 아래에 계속",
];

/// A line that says the text goes on below ([`CONTINUES_BELOW`]), dashes or brackets
/// before it.
fn continues_below(lower: &str) -> bool {
    let bare = lower.trim_start_matches(|c: char| !c.is_alphanumeric());
    CONTINUES_BELOW.iter().any(|c| bare.starts_with(c))
}

/// An advertisement's label standing alone, dashes or brackets around it: "-
/// Advertisement -", "[Reklama]", "Sponsorowane", "광고".
fn is_ad_label(lower: &str) -> bool {
    let word = lower.trim_matches(|c: char| !c.is_alphanumeric());
    matches!(
        word,
        "advertisement"
            | "advertising"
            | "ad"
            | "ads"
            | "sponsored"
            | "reklama"
            | "sponsorowane"
            | "artykuł sponsorowany"
            | "ogłoszenie"
            | "광고"
    )
}

/// What a site tells its readers about the page rather than the statement: a
/// newsletter's sign-up line or its footer ("You are receiving this email because...",
/// "Otrzymujesz tę wiadomość, ponieważ..."), and a paywall's or a membership's notice
/// ("회원 전용 기사입니다", "This article is for subscribers only"). Short blocks only.
const READER_NOTICES: &[&str] = &[
    "zapisz się na newsletter",
    "zapisz się do newslettera",
    "otrzymujesz tę wiadomość",
    "otrzymujesz ten e-mail",
    "wypisz się z newslettera",
    "subscribe to our newsletter",
    "sign up for our newsletter",
    "sign up to our newsletter",
    "you are receiving this email",
    "you are receiving this e-mail",
    "you're receiving this email",
    "you received this email because",
    "unsubscribe from this list",
    "뉴스레터를 구독",
    "뉴스레터 구독하기",
    "수신을 원하지 않으시면",
    "회원 전용 기사",
    "회원전용 기사",
    "회원 전용 콘텐츠",
    "유료 회원 전용",
    "구독자 전용 기사",
    "this article is for subscribers",
    "this content is for subscribers",
    "available to subscribers only",
    "tylko dla subskrybentów",
    "tylko dla prenumeratorów",
    // A newsletter's link to its web copy.
    "view in browser",
    "view this email in your browser",
    "trouble viewing this email",
    "zobacz w przeglądarce",
    "wyświetl w przeglądarce",
    "problem z wyświetlaniem wiadomości",
    "웹에서 보기",
    "웹브라우저에서 보기",
];

/// The marks of an open-licence notice printed under a government text: Korea's KOGL
/// ("공공누리 제1유형 조건에 따라 이용할 수 있습니다") and Creative Commons ("CC BY 4.0").
/// Only short blocks are judged, so a paragraph about licences stays.
const LICENCE_MARKS: &[&str] = &["공공누리", "creative commons", "cc by ", "cc-by"];

/// How a wire's or a portal's press-release service says the sender, not the service,
/// answers for a release it carries: "Materiał nie jest autorstwa PAP. Za jego treść
/// odpowiada wyłącznie nadawca.", "The issuer is solely responsible for the content of
/// this announcement." Only short blocks are judged.
const SENDER_NOTICES: &[&str] = &[
    "za jego treść odpowiada",
    "za treść odpowiada wyłącznie",
    "treść odpowiada wyłącznie",
    "solely responsible for the content",
    "solely responsible for its content",
];

/// A reading-time line: "5 Min Read", "4 min. read", "4 min czytania", "Czas czytania:
/// 3 min", "Ten tekst przeczytasz w 4 minuty", "3분 읽기": a few words, a number with a
/// unit of minutes and a word of reading.
fn is_reading_time(lower: &str) -> bool {
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || c == ':' || c == '|')
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty() || words.len() > 6 {
        return false;
    }
    let number = words
        .iter()
        .any(|w| w.starts_with(|c: char| c.is_ascii_digit()));
    let minutes = words.iter().any(|w| {
        let unit = w
            .trim_start_matches(|c: char| c.is_ascii_digit())
            .trim_end_matches('.');
        matches!(
            unit,
            "min" | "mins" | "minute" | "minutes" | "minut" | "minuty" | "minuta" | "분"
        )
    });
    let reading = words.iter().any(|w| {
        matches!(
            w.trim_end_matches('.'),
            "read" | "reading" | "czytania" | "lektury" | "przeczytasz" | "읽기"
        )
    });
    number && minutes && reading
}

/// A credit named by its label: "Main image credit: A. Nowak / Agency", "Image
/// credits: ...": a label of a few words ending in "credit(s)", then the names.
fn is_credit_label(lower: &str) -> bool {
    let Some((label, names)) = lower.split_once(':') else {
        return false;
    };
    let label: Vec<&str> = label.split_whitespace().collect();
    (1..=4).contains(&label.len())
        && label
            .last()
            .is_some_and(|w| matches!(*w, "credit" | "credits"))
        && (1..=12).contains(&names.split_whitespace().count())
}

/// A caption that ends with its photo's credit after the sentence: "Plenary talks.
/// Fot. A. Nowak / Office", "The port at dawn. Photo: Agency", "회담 모습(사진=외교부)".
fn ends_with_credit(lower: &str) -> bool {
    const MARKS: &[&str] = &[
        ". fot.",
        ". fot:",
        ". foto:",
        ". photo:",
        ". photo by",
        ". zdjęcie:",
        "(사진=",
        "(사진 =",
    ];
    MARKS.iter().any(|m| {
        lower.rfind(m).is_some_and(|at| {
            let credit = &lower[at + m.len()..];
            at > 0 && (1..=8).contains(&credit.split_whitespace().count()) && !credit.contains(". ")
        })
    })
}

/// File types an attachment's line names.
const FILE_TYPES: &[&str] = &[
    "pdf", "hwp", "hwpx", "doc", "docx", "odt", "xls", "xlsx", "ppt", "pptx", "zip", "rtf",
];

/// A line naming an attached file by its label: "첨부 : 20241120_협약.hwpx", "첨부파일
/// 결과.pdf", "Attachment: report.docx", "Załącznik: wzór.pdf": the label, then file
/// names ending in a document's type.
fn is_attached_file(lower: &str) -> bool {
    let Some(rest) = [
        "첨부파일",
        "첨부",
        "attachments",
        "attachment",
        "załączniki",
        "załącznik",
    ]
    .iter()
    .find_map(|l| lower.strip_prefix(l)) else {
        return false;
    };
    let rest = rest.trim_start().trim_start_matches(':').trim();
    !rest.is_empty()
        && rest.split_whitespace().count() <= 8
        && rest.split_whitespace().any(|w| {
            w.trim_end_matches([',', ';', ')'])
                .rsplit_once('.')
                .is_some_and(|(name, ext)| !name.is_empty() && FILE_TYPES.contains(&ext))
        })
}

/// The buttons a page prints after an attached file's name.
const FILE_BUTTONS: &[&str] = &[
    "바로보기",
    "미리보기",
    "다운로드",
    "내려받기",
    "download",
    "preview",
    "pobierz",
    "podgląd",
];

/// An attachment's row: a file's name ending in a document's type, then its size (in
/// brackets or not), a download or preview button (bare or bracketed), or both:
/// "2025 협력 결과(보도자료).hwpx (268.4KB) 바로보기", "Annual report 2024.pdf [1.2
/// MB]", "Regulamin.docx, 88 KB [Pobierz]", "계획.hwp [다운로드]". Board views and CMSs
/// list a page's files so under the text, the name as a link; a sentence never ends in
/// a file's type and its size.
fn is_file_row(lower: &str) -> bool {
    let mut t = lower.trim();
    let mut marked = false;
    while let Some(rest) = without_button(t).or_else(|| without_size(t)) {
        t = rest.trim_end().trim_end_matches([',', '|', '·']).trim_end();
        marked = true;
    }
    let Some((name, ext)) = t.rsplit_once('.') else {
        return false;
    };
    marked
        && FILE_TYPES.contains(&ext)
        && !name.trim().is_empty()
        && !name.contains("://")
        && t.split_whitespace().count() <= 16
}

/// `t` without the download or preview button at its end ("... 바로보기", "...
/// [Pobierz]"), if it has one.
fn without_button(t: &str) -> Option<&str> {
    FILE_BUTTONS
        .iter()
        .find_map(|b| t.strip_suffix(b).filter(|rest| rest.ends_with(' ')))
        .or_else(|| {
            let inner = t.strip_suffix([']', ')'])?;
            let at = inner.rfind(['[', '('])?;
            FILE_BUTTONS
                .contains(&inner[at + 1..].trim())
                .then_some(&inner[..at])
        })
}

/// `t` without the file's size at its end ("... (268.4KB)", "... [1.2 MB]", "... (PDF,
/// 412 KB)", "..., 88 KB"), if it has one.
fn without_size(t: &str) -> Option<&str> {
    let sized = |text: &str| {
        let joined: String = text.split_whitespace().collect();
        ["kb", "mb", "gb", "bytes"].iter().any(|u| {
            joined
                .strip_suffix(u)
                .is_some_and(|n| n.ends_with(|c: char| c.is_ascii_digit()))
        })
    };
    if let Some(inner) = t.strip_suffix([')', ']']) {
        let at = inner.rfind(['(', '['])?;
        let last = inner[at + 1..].rsplit(',').next().unwrap_or("");
        return sized(last).then_some(&inner[..at]);
    }
    // A bare size: its last word or two ("1.2 mb", "268kb").
    let (head, last) = t.rsplit_once(char::is_whitespace).unwrap_or(("", t));
    if sized(last) {
        return Some(head);
    }
    let (rest, number) = head
        .trim_end()
        .rsplit_once(char::is_whitespace)
        .unwrap_or(("", head));
    sized(&format!("{number}{last}")).then_some(rest)
}

/// An attached file's type and size, the line under its link: "PDF, 412 KB",
/// "(HWP, 88.5KB)", "docx 1,2 MB".
fn is_file_type_and_size(lower: &str) -> bool {
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '(' | ')' | '[' | ']' | '|'))
        .filter(|w| !w.is_empty())
        .collect();
    let unit = |w: &str| matches!(w, "kb" | "mb" | "gb" | "bytes");
    let sized = |w: &str| {
        let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        !digits.is_empty()
            && digits.bytes().all(|b| b.is_ascii_digit() || b == b'.')
            && unit(&w[digits.len()..])
    };
    let size = words.iter().enumerate().any(|(i, w)| {
        sized(w)
            || (unit(w)
                && i > 0
                && words[i - 1]
                    .bytes()
                    .all(|b| b.is_ascii_digit() || b == b'.'))
    });
    (2..=4).contains(&words.len()) && size && words.iter().any(|w| FILE_TYPES.contains(w))
}

/// A breadcrumb trail by its shape: "You are here: Home » News » Events", "홈 > 알림 >
/// 공지": two or more `»`, `›` or `>` between short steps, no sentence.
fn is_trail(lower: &str) -> bool {
    let steps: Vec<&str> = lower.split(['»', '›', '>']).map(str::trim).collect();
    steps.len() >= 3
        && steps[1..]
            .iter()
            .all(|s| (1..=5).contains(&s.split_whitespace().count()))
        && steps[0].split_whitespace().count() <= 5
        && !crate::corpus::chrome::ends_with_full_stop(lower)
}

/// Whether a short lower-cased line is a copyright notice: "copyright" followed by a
/// mark, a year or a holder with "all rights reserved" (not "Copyright policy").
fn is_copyright_line(lower: &str) -> bool {
    let Some(rest) = lower.strip_prefix("copyright") else {
        return false;
    };
    let rest = rest.trim_start();
    rest.starts_with(['©', 'ⓒ'])
        || rest.starts_with("(c)")
        || rest.starts_with(|c: char| c.is_ascii_digit())
        || crate::corpus::chrome::RIGHTS
            .iter()
            .any(|r| rest.contains(r))
}

/// Labels of a list of the page's tags or topics ("Tags: hydrogen, Poland").
const TAG_LABELS: &[&str] = &[
    "tags:",
    "tag:",
    "topics:",
    "topic:",
    "categories:",
    "category:",
    "filed under:",
    "tagi:",
    "kategorie:",
    "kategoria:",
    "tematy:",
    "태그:",
    "태그 :",
    "분류:",
];

/// Labels of the agencies a report is taken from ("Source: IAR, PAP").
const SOURCE_LABELS: &[&str] = &[
    "source:",
    "sources:",
    "źródło:",
    "źródła:",
    "출처:",
    "출처 :",
];

/// What a short block of a page says it is by its shape where [`text_hint`] found
/// nothing: a contact or address block ([`contact_block`]), a credits line of
/// `role:name` pairs ("촬영기자:홍길동/영상편집:김철수"), an agency's signature of
/// initials ("abc/ def/"), or the page's tags ("Topics: Trade, Energy"). Of a table's cells only contact blocks are
/// judged: the rest are data.
pub(super) fn furniture_hint(text: &str, table_cell: bool) -> Option<Reason> {
    let text = text.trim();
    let chars = text.chars().count();
    if chars == 0 || chars > 220 {
        return None;
    }
    if contact_block(text) {
        return Some(Reason::Footer);
    }
    if table_cell {
        return None;
    }
    let lower = text.to_lowercase();
    // A print view's stamp under the text, with the copyright line beside it.
    let lines: Vec<&str> = lower
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    if lines.iter().any(|l| is_print_stamp(l))
        && lines
            .iter()
            .all(|l| is_print_stamp(l) || l.starts_with(['©', 'ⓒ']) || l.starts_with("copyright"))
    {
        return Some(Reason::Footer);
    }
    let words: Vec<&str> = lower.split_whitespace().collect();
    // Credits: every `/`-separated part a short "role: name" or "role=name".
    let parts: Vec<&str> = text.split('/').map(str::trim).collect();
    if chars <= 100
        && parts.len() >= 2
        && parts.iter().all(|p| {
            p.split_once([':', '=']).is_some_and(|(role, name)| {
                let (r, n) = (
                    role.split_whitespace().count(),
                    name.split_whitespace().count(),
                );
                (1..=3).contains(&r) && (1..=4).contains(&n)
            })
        })
    {
        return Some(Reason::Byline);
    }
    // A news agency's signature: editors' initials each closed by a slash.
    if words.iter().all(|w| {
        w.strip_suffix('/').is_some_and(|i| {
            (2..=4).contains(&i.chars().count()) && i.chars().all(char::is_alphabetic)
        })
    }) {
        return Some(Reason::Byline);
    }
    // A label opening the block, or after a `|` ("April 2, 2025 | Topics: ...").
    let after = |labels: &[&str]| {
        labels
            .iter()
            .find_map(|l| lower.trim_start_matches(['|', ' ']).strip_prefix(l))
            .or_else(|| {
                labels
                    .iter()
                    .find_map(|l| lower.split_once(&format!("| {l}")).map(|(_, r)| r))
            })
    };
    if chars <= 120 && words.len() <= 16 && after(TAG_LABELS).is_some() {
        return Some(Reason::RelatedLinks);
    }
    None
}

/// Whether a block names the agencies a report is taken from: "Source: IAR, PAP",
/// "Źródło: PAP". After the text that is the report's credit; under a table it may be
/// the data's source, so `decide` judges it only past the last paragraph.
pub(super) fn is_source_line(text: &str) -> bool {
    let lower = text.trim().to_lowercase();
    if lower.chars().count() > 80 {
        return false;
    }
    let Some(rest) = SOURCE_LABELS.iter().find_map(|l| lower.strip_prefix(l)) else {
        return false;
    };
    let names: Vec<&str> = rest.split([',', ';', '/']).map(str::trim).collect();
    names.len() <= 4
        && names.iter().all(|n| {
            // A name may hold figures ("TVN24", "Radio24.pl"), not be one ("2024").
            (1..=3).contains(&n.split_whitespace().count())
                && n.split_whitespace()
                    .all(|w| w.chars().any(char::is_alphabetic))
        })
}

/// Whether a short block is a contact or address block: each of its lines gives a
/// telephone, an e-mail address, a post code, a street address or a copyright line
/// (and at least one of them contact details). "Press office, tel. +48 22 123 45 67",
/// "ul. Polna 5, 00-625 Warszawa", "(04520) 서울특별시 중구 세종대로 110", "dlee@agency.kr".
pub(super) fn contact_block(text: &str) -> bool {
    let mut contact = false;
    // A contact card: two or more lines of contact details, the others short names
    // ("Press Office", "Department of Energy", "Follow us: X, LinkedIn"), not sentences.
    let mut details = 0;
    let mut card = true;
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let lower = line.to_lowercase();
        if has_phone_number(line) || (names_contact(&lower) && line.split_whitespace().count() <= 6)
        {
            details += 1;
        } else if line.split_whitespace().count() > 12
            || crate::corpus::chrome::ends_with_full_stop(line)
        {
            card = false;
        }
    }
    if card && details >= 2 {
        return true;
    }
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let lower = line.to_lowercase();
        // An address to write to inside a sentence of the text is the text's.
        let sentence = line.split_whitespace().count() >= 6
            && crate::corpus::chrome::ends_with_full_stop(line);
        let is_contact = (names_contact(&lower) && !sentence)
            || has_phone_number(line)
            || has_post_code(line)
            || has_street_address(line);
        let rights = lower.starts_with('©')
            || lower.starts_with('ⓒ')
            || lower.starts_with("(c)")
            || lower.starts_with("copyright")
            || crate::corpus::chrome::RIGHTS
                .iter()
                .any(|r| lower.contains(r));
        if !(is_contact || rights || is_footer_links(&lower)) {
            return false;
        }
        contact |= is_contact;
    }
    contact
}

/// Words of a contact line, each a whole word ("Intel" and "hotel" hold no "tel").
const CONTACT_WORDS: &[&str] = &[
    "tel",
    "tel.",
    "tel:",
    "tel.:",
    "fax",
    "fax:",
    "phone:",
    "telephone",
    "telephone:",
    "e-mail:",
    "email:",
    "mail:",
    "대표전화",
    "전화",
    "전화번호",
    "팩스",
    "문의처",
    "문의",
];

/// Whether a line names a telephone, a fax or an e-mail address, or opens with a post
/// code in brackets ("(30121) 세종특별자치시 ...").
fn names_contact(lower: &str) -> bool {
    let words =
        lower.split(|c: char| c.is_whitespace() || matches!(c, ',' | '|' | '·' | '(' | ')'));
    let named = words.clone().any(|w| CONTACT_WORDS.contains(&w));
    let email = has_email(lower);
    let post_code = lower
        .strip_prefix('(')
        .and_then(|rest| rest.split_once(')'))
        .is_some_and(|(code, _)| code.len() == 5 && code.bytes().all(|b| b.is_ascii_digit()));
    named || email || post_code
}

/// Whether the line holds an e-mail address, also one spelt against spam robots
/// ("press (at) agency.example", "info[at]urzad.example").
pub(crate) fn has_email(line: &str) -> bool {
    let mut line = std::borrow::Cow::Borrowed(line);
    for spelt in [" (at) ", "(at)", " [at] ", "[at]"] {
        if line.contains(spelt) {
            line = std::borrow::Cow::Owned(line.replace(spelt, "@"));
        }
    }
    line.split(|c: char| c.is_whitespace() || matches!(c, ',' | '|' | '·' | '(' | ')'))
        .any(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            w.split_once('@').is_some_and(|(user, host)| {
                !user.is_empty()
                    && host.contains('.')
                    && !host.starts_with('.')
                    && !host.ends_with('.')
            })
        })
}

/// A telephone number: `+` and at least eight digits, or at least nine digits in three
/// or more groups ("22 694 25 00", "02-6788-2114"), not an amount in groups of three
/// ("1 250 000 000") nor a date.
pub(crate) fn has_phone_number(line: &str) -> bool {
    let bytes = line.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let plus = bytes[i] == b'+';
        if !(plus || bytes[i].is_ascii_digit()) || (i > 0 && bytes[i - 1].is_ascii_alphanumeric()) {
            i += 1;
            continue;
        }
        let start = i + usize::from(plus);
        let mut j = start;
        while j < bytes.len()
            && (bytes[j].is_ascii_digit()
                || (matches!(bytes[j], b' ' | b'-' | b'(' | b')')
                    && bytes
                        .get(j + 1)
                        .is_some_and(|b| b.is_ascii_digit() || *b == b'('))
                // An area code in brackets and a space: "(202) 482-4883".
                || (bytes[j] == b')'
                    && bytes.get(j + 1) == Some(&b' ')
                    && bytes.get(j + 2).is_some_and(u8::is_ascii_digit)))
        {
            j += 1;
        }
        let run = &line[start..j];
        let groups: Vec<&str> = run
            .split(|c: char| !c.is_ascii_digit())
            .filter(|g| !g.is_empty())
            .collect();
        if super::meta::has_numeric_date(run) {
            i = j.max(i + 1);
            continue;
        }
        let digits: usize = groups.iter().map(|g| g.len()).sum();
        let amount = groups.len() >= 2 && groups[1..].iter().all(|g| g.len() == 3);
        if (plus && digits >= 8) || (digits >= 9 && groups.len() >= 3 && !amount) {
            return true;
        }
        i = j.max(i + 1);
    }
    false
}

/// A post code before a place's name: Polish "00-902 Warszawa", Korean "(30121)" (read
/// by [`names_contact`]).
pub(crate) fn has_post_code(line: &str) -> bool {
    let chars: Vec<char> = line.chars().collect();
    (0..chars.len().saturating_sub(6)).any(|i| {
        let d = |k: usize| chars[i + k].is_ascii_digit();
        (i == 0 || !chars[i - 1].is_alphanumeric())
            && d(0)
            && d(1)
            && chars[i + 2] == '-'
            && d(3)
            && d(4)
            && d(5)
            && chars.get(i + 6) == Some(&' ')
            && chars.get(i + 7).is_some_and(|c| c.is_uppercase())
    })
}

/// A street address: "ul. Wiejska 4", "al. Ujazdowskie 1/3", or a Korean road name
/// and number after the city ("세종특별자치시 갈매로 477").
fn has_street_address(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    let number = |w: &str| {
        let w = w.trim_end_matches([',', '.']);
        w.starts_with(|c: char| c.is_ascii_digit())
            && w.chars()
                .all(|c| c.is_ascii_digit() || matches!(c, '/' | '-' | 'a'..='z'))
    };
    let polish = words.windows(3).any(|w| {
        matches!(w[0], "ul." | "al." | "pl." | "os.")
            && w[1].starts_with(|c: char| c.is_uppercase())
            && number(w[2])
    });
    let korean_city = words
        .iter()
        .position(|w| w.chars().count() >= 2 && (w.ends_with('시') || w.ends_with('도')))
        .is_some_and(|c| {
            words[c + 1..].windows(2).any(|w| {
                (w[0].ends_with('로') || w[0].ends_with('길'))
                    && w[0].chars().count() >= 2
                    && number(w[1])
            })
        });
    polish || korean_city
}

/// A news page's relative time stamp: "Updated 2 hours ago", "an hour ago",
/// "aktualizacja: 3 godziny temu", "5 minut temu", "2시간 전", "수정 10분 전": a
/// few words, a number (or "a"/"an") with a unit of time and "ago"/"temu"/"전".
fn is_relative_time(lower: &str) -> bool {
    const UNITS: &[&str] = &[
        "second", "minute", "min", "hour", "day", "week", "sekund", "minut", "godzin", "dzień",
        "dni", "tydzień", "tygodni", "초", "분", "시간", "일", "주",
    ];
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || c == ':' || c == '|')
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty() || words.len() > 6 {
        return false;
    }
    let Some(last) = words.last() else {
        return false;
    };
    let last = last.trim_end_matches('.');
    if !matches!(last, "ago" | "temu" | "전") {
        return false;
    }
    // The amount and its unit, written apart ("2 hours", "5 minut") or together ("2시간").
    words[..words.len() - 1].iter().any(|w| {
        let unit = w.trim_start_matches(|c: char| c.is_ascii_digit());
        let counted = unit.len() < w.len()
            || words
                .iter()
                .any(|x| x.bytes().all(|b| b.is_ascii_digit()) || matches!(*x, "a" | "an"));
        counted && !unit.is_empty() && UNITS.iter().any(|u| unit.starts_with(u))
    })
}

/// "댓글 0", "댓글(3)", "3 comments", "Comments (12)", "Komentarze 4", or a lone number
/// of up to three digits.
fn is_comment_count(lower: &str) -> bool {
    let stripped: String = lower
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '(' | ')' | '[' | ']' | ':'))
        .collect();
    let digits_end = stripped.trim_start_matches(|c: char| c.is_ascii_digit());
    let word = if digits_end.len() < stripped.len() {
        digits_end
    } else {
        stripped.trim_end_matches(|c: char| c.is_ascii_digit())
    };
    let has_digits = word.len() < stripped.len();
    if !has_digits {
        return false;
    }
    word.is_empty() && stripped.len() <= 3
        || [
            "댓글",
            "comment",
            "comments",
            "komentarze",
            "komentarzy",
            "komentarz",
            "개의댓글",
            // Counts of views and likes beside a post's date ("2105 views", "Odsłony:
            // 318", "조회 412").
            "views",
            "view",
            "likes",
            "odsłony",
            "odsłon",
            "wyświetleń",
            "wyświetlenia",
            "polubień",
            "조회",
            "조회수",
        ]
        .contains(&word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copyright_lines_paywalls_placeholders_and_wire_credits() {
        assert_eq!(
            text_hint(
                "Copyright(c) Agency for Testing. All rights reserved.",
                false
            ),
            Some(Reason::Footer)
        );
        assert_eq!(
            text_hint("Copyright 2024 Some Outlet", false),
            Some(Reason::Footer)
        );
        assert_eq!(text_hint("Copyright policy", false), None);
        assert_eq!(
            text_hint(
                "Reporting by Anna Nowak in Gdańsk; Editing by Tom Reed",
                false
            ),
            Some(Reason::Byline)
        );
        assert_eq!(class_hint("article__paywall").0, Some(Reason::Form));
        assert_eq!(class_hint("player__placeholder").0, Some(Reason::Script));
        assert_eq!(class_hint("story-signoff").0, Some(Reason::Byline));
    }

    #[test]
    fn reading_times_licences_credits_and_editors() {
        for line in [
            "7 Min Read",
            "2 min. read",
            "6 min czytania",
            "Czas czytania: 3 min",
            "5분 읽기",
        ] {
            assert_eq!(text_hint(line, false), Some(Reason::ReadingTime), "{line}");
        }
        for line in [
            "해양연구원이 만든 본 저작물은 공공누리 제2유형 조건에 따라 이용할 수 있습니다.",
            "Text licensed under Creative Commons Attribution 4.0",
        ] {
            assert_eq!(text_hint(line, false), Some(Reason::Disclaimer), "{line}");
        }
        for line in [
            "Main image credit: Jan Nowak / City Archive",
            "Image credits: Port Authority",
            "Delegacje przy stole obrad. Fot. Anna Lis / Urząd Miasta",
            "The quay at dawn. Photo: Harbour Office",
            "협약식 모습(사진=항만공사)",
        ] {
            assert_eq!(text_hint(line, false), Some(Reason::PhotoCredit), "{line}");
        }
        assert_eq!(
            text_hint("[Edited by Maria Kowal]", false),
            Some(Reason::Byline)
        );
        for line in [
            "The talks took 5 minutes to read the declaration aloud, then moved on.",
            "Credit lines for exporters were extended by the bank.",
            "Minister of culture. Photographs of the port were shown at the exhibition in the city hall.",
        ] {
            assert_eq!(text_hint(line, false), None, "{line}");
        }
        assert!(is_source_line("Źródło: RadioNet24.pl, PAP"));
        for line in ["PDF, 412 KB", "(HWP, 88.5KB)", "docx 1.2 MB"] {
            assert_eq!(text_hint(line, false), Some(Reason::Attachment), "{line}");
        }
        assert_eq!(text_hint("The PDF weighs 2 MB in all", false), None);
        for line in [
            "2024 항만 물동량 통계(최종).hwpx (1,204.5KB) 바로보기",
            "Harbour survey results.pdf [2.1 MB]",
            "wniosek o dofinansowanie.docx (96 KB) pobierz",
            "시행 계획.hwp 다운로드",
            "시행 계획.hwp [다운로드]",
            "regulamin naboru.pdf, 1,4 mb",
            "Port statistics 2024.xlsx (XLSX, 56 KB) [Download]",
        ] {
            assert_eq!(text_hint(line, false), Some(Reason::Attachment), "{line}");
        }
        for line in [
            "The survey is published as results.pdf",
            "결과 보고서는 누리집에서 내려받을 수 있다(120KB)",
            "See https://example.org/report.pdf (2 MB)",
        ] {
            assert_eq!(text_hint(line, false), None, "{line}");
        }
        for line in [
            "Jesteś tutaj: Strona główna » Wiadomości » Porty",
            "홈 > 알림마당 > 공지사항",
        ] {
            assert_eq!(text_hint(line, false), Some(Reason::Breadcrumb), "{line}");
        }
        assert_eq!(text_hint("Output rose from 3 > 2 units.", false), None);
        assert!(!is_source_line("Source: Eurostat, 2024"));
    }

    #[test]
    fn relative_time_stamps_are_date_lines() {
        for line in [
            "Updated 2 hours ago",
            "an hour ago",
            "Aktualizacja: 3 godziny temu",
            "5 minut temu",
            "2시간 전",
            "수정 10분 전",
        ] {
            assert_eq!(text_hint(line, false), Some(Reason::Dateline), "{line}");
        }
        for line in [
            "The agreement was signed two years ago",
            "Three decades ago",
            "Umowę podpisano rok temu w Seulu, a jej realizacja trwa.",
            "협약 체결 10년 전",
        ] {
            assert_eq!(text_hint(line, false), None, "{line}");
        }
    }

    #[test]
    fn korean_caption_classes_and_attachment_lists() {
        assert_eq!(class_hint("photo_cap").0, Some(Reason::PhotoCredit));
        assert_eq!(class_hint("capital-projects").0, None);
        assert_eq!(class_hint("board-attach-list").0, Some(Reason::Attachment));
        assert_eq!(class_hint("attachedFiles").0, Some(Reason::Attachment));
        assert_eq!(class_hint("post-disclaimer").0, Some(Reason::Disclaimer));
    }

    #[test]
    fn class_names_by_parts() {
        let cases: &[(&str, Option<Reason>, bool)] = &[
            ("snsShare", Some(Reason::ShareLinks), false),
            ("relatedNews", Some(Reason::RelatedLinks), true),
            ("article-body", None, true),
            ("article_view", None, true),
            ("canvas-wrap", None, false),
            ("footnotes", None, false),
            ("site-footer", Some(Reason::Footer), false),
            ("cookieconsent", Some(Reason::CookieNotice), false),
            ("sr-only", Some(Reason::Hidden), false),
            ("blind", Some(Reason::Hidden), false),
            ("gov-banner", Some(Reason::SiteBanner), false),
            ("usa-banner", Some(Reason::SiteBanner), false),
            ("breadcrumbs", Some(Reason::Breadcrumb), false),
            ("gnb", Some(Reason::Navigation), false),
            ("headline", None, false),
            ("article-share", Some(Reason::ShareLinks), true),
            ("btn_zoom", Some(Reason::Button), false),
            ("readMore", Some(Reason::RelatedLinks), true),
            ("story__read-more", Some(Reason::RelatedLinks), true),
            ("czytaj-wiecej", Some(Reason::RelatedLinks), false),
            ("field--label-hidden", None, false),
            ("note-hidden", Some(Reason::Hidden), false),
            ("news-paywalled", None, true),
            ("news-paywall", Some(Reason::Form), true),
            ("clip-player__title", Some(Reason::Script), false),
            ("audio-box", Some(Reason::Script), false),
            ("story-tags__list", Some(Reason::RelatedLinks), true),
            ("stopka-strony", Some(Reason::Footer), false),
            ("tresc_art", None, true),
            ("readAlso-box", Some(Reason::RelatedLinks), true),
            ("czytaj_takze_lista", Some(Reason::RelatedLinks), false),
            ("relate_news_in", Some(Reason::RelatedLinks), true),
            ("relateArticle", Some(Reason::RelatedLinks), true),
        ];
        for &(names, reason, content) in cases {
            assert_eq!(class_hint(names), (reason, content), "{names}");
        }
    }

    #[test]
    fn deck_names() {
        for names in [
            "sub-title",
            "art_subtitle",
            "tit_sub",
            "article-dek",
            "standfirst",
        ] {
            assert!(names_a_deck(names), "{names}");
        }
        for names in ["title", "view-title", "subscribe", "desk", "submenu"] {
            assert!(!names_a_deck(names), "{names}");
        }
    }

    #[test]
    fn posted_by_crew_reaction_banner_and_caption_lines() {
        let cases: &[(&str, Option<Reason>)] = &[
            // A CMS's "posted by" line.
            ("Napisane przez Wydział Promocji", Some(Reason::Byline)),
            ("Opublikował: Referat Informacji", Some(Reason::Byline)),
            ("Written by Communications Unit", Some(Reason::Byline)),
            ("Posted by webeditor", Some(Reason::Byline)),
            (
                "Written by hand, the letters were sent to every school.",
                None,
            ),
            ("Posted by the council in 2024", None),
            // A broadcast report's crew credits.
            (
                "(영상취재 : 이민호, 영상편집 : 최유리)",
                Some(Reason::Byline),
            ),
            ("Camera: Tom Reed, Editing: Ann Bell", Some(Reason::Byline)),
            ("(영상취재 이민호 기자의 현장 보도입니다)", None),
            // A reaction bar's question and a help line.
            ("이 기사에 대해 어떻게 생각하세요?", Some(Reason::Form)),
            ("How do you feel about this article?", Some(Reason::Form)),
            (
                "Trouble viewing this page? Write to the web team.",
                Some(Reason::Form),
            ),
            // A site banner spelled as a sentence.
            (
                "This site is an official website of the Republic of Estonia.",
                Some(Reason::SiteBanner),
            ),
            // A caption closed by its bracketed credit.
            (
                "The mayors at the harbour after the signing on May 4. (Photo: City Hall)",
                Some(Reason::PhotoCredit),
            ),
            (
                "Nowy terminal promowy w porcie (fot. Urząd Morski)",
                Some(Reason::PhotoCredit),
            ),
            ("The terminal opened in May (photo below).", None),
            // A photo's caption opened by a pointer.
            (
                "▲ 9일 항만청에서 열린 협약식에서 두 기관장이 악수를 하고 있다.",
                Some(Reason::PhotoCredit),
            ),
            (
                "▲4일 시청에서 시장이 인사말을 하고 있다.",
                Some(Reason::PhotoCredit),
            ),
            ("▲공동 마케팅 ▲환적 화물 유치 ▲인력 교류", None),
            ("▲ 해외 관광객이 꾸준히 늘어나고 있다.", None),
        ];
        for &(line, reason) in cases {
            assert_eq!(text_hint(line, false), reason, "{line}");
        }
    }

    #[test]
    fn headline_names() {
        for names in [
            "view-title",
            "bv_tit",
            "subject",
            "newstitle",
            "art_headline",
            "tit",
            "news_subj",
            "art-tytul",
            "jemok",
            "contentheading",
        ] {
            assert!(names_a_headline(names), "{names}");
        }
        for names in [
            "subtitle",
            "site-title",
            "page_title",
            "sectionTitle",
            "logo",
            "titlebar x",
            "componentheading",
            "buttonheading",
            "subheading",
        ] {
            assert!(!names_a_headline(names), "{names}");
        }
    }

    #[test]
    fn contact_and_credit_lines_by_their_shape() {
        let cases: &[(&str, Option<Reason>)] = &[
            ("Biuro Prasowe, tel. 58 123 45 67", Some(Reason::Footer)),
            (
                "Call the hotline on 0800 123 4567 or 020 7946 0018",
                Some(Reason::Footer),
            ),
            ("(04520) 서울특별시 중구 세종대로 110", Some(Reason::Footer)),
            ("부산광역시 연제구 중앙대로 1001", Some(Reason::Footer)),
            (
                "Urząd Miasta, al. Niepodległości 10, 81-601 Gdynia",
                Some(Reason::Footer),
            ),
            ("Questions: press@ministry.example", Some(Reason::Footer)),
            (
                "For interviews please write to media (at) port.example",
                Some(Reason::Footer),
            ),
            ("Pytania: biuro[at]urzad.example", Some(Reason::Footer)),
            ("ul. Morska 3\n© 2024 Urząd Morski", Some(Reason::Footer)),
            ("취재:홍길동/그래픽:김철수", Some(Reason::Byline)),
            ("ako/ tm/", Some(Reason::Byline)),
            // A contact card: names over two lines of details.
            (
                "Press Desk\nHarbour Authority of Gdynia\n+48 58 620 11 00\npress@harbour.example\nFind us on: Mastodon, YouTube",
                Some(Reason::Footer),
            ),
            // A North American number with its area code in brackets.
            (
                "Media Relations Office\n(415) 555-0142\nmedia@port.example",
                Some(Reason::Footer),
            ),
            // Not one: a sentence among the lines.
            (
                "Write to the office at erasmus@uni.example or call 058 620 11 00.\nGrants will be paid in June.",
                None,
            ),
            (
                "Applications go to the office at erasmus@uni.example by the end of May.",
                None,
            ),
            ("Filed under: Energy, Trade", Some(Reason::RelatedLinks)),
            // Not contact details: an amount, a date, a sentence without them.
            ("The budget is 1 250 000 000 euros", None),
            ("Signed on 2024-08-27 in Seoul", None),
            ("입력 2023-05-22 09:10", None),
            ("Source of growth: exports rose 12% in 2023 and 2024", None),
            ("The ministers met in Warsaw.", None),
            ("Intel and Samsung expand their chip plants", None),
            ("Hotel prices in Seoul rise before the summit", None),
            ("New price tags: what shoppers will see", None),
            (
                "June 3, 2024 | Tags: energy, Korea",
                Some(Reason::RelatedLinks),
            ),
        ];
        for &(text, want) in cases {
            assert_eq!(furniture_hint(text, false), want, "{text:?}");
        }
        assert_eq!(furniture_hint("abc/ kos/", true), None);
        assert!(is_source_line("Źródło: PAP, IAR"));
        assert!(!is_source_line("Source of growth: exports"));
        assert!(!is_source_line(
            "Source: Statistics Korea, 2023 survey of 1,200 firms"
        ));
    }

    #[test]
    fn short_blocks_by_their_words() {
        let cases: &[(&str, Option<Reason>)] = &[
            (
                "이 누리집은 대한민국 공식 전자정부 누리집입니다.",
                Some(Reason::SiteBanner),
            ),
            (
                "An official website of the United States government",
                Some(Reason::SiteBanner),
            ),
            ("화면크기 확대 축소 RSS ENGLISH", Some(Reason::PageTools)),
            ("이미지 확대", Some(Reason::Button)),
            ("댓글 0", Some(Reason::CommentCount)),
            ("12", Some(Reason::CommentCount)),
            ("Comments (3)", Some(Reason::CommentCount)),
            ("Share on Facebook", Some(Reason::ShareLinks)),
            ("사진=연합뉴스", Some(Reason::PhotoCredit)),
            (
                "We use cookies to improve your experience.",
                Some(Reason::CookieNotice),
            ),
            ("Skip to main content", Some(Reason::SkipLink)),
            ("이전글 한-폴 정상회담 결과", Some(Reason::PrevNext)),
            ("Zobacz także", Some(Reason::RelatedLinks)),
            ("Kolejne kroki", None),
            ("X", None),
            ("2023", None),
            ("한국과 폴란드는 방산 협력을 확대하기로 했다.", None),
            ("Both sides agreed to share data on supply chains.", None),
        ];
        for &(text, reason) in cases {
            assert_eq!(text_hint(text, false), reason, "{text}");
        }
        assert_eq!(text_hint("12", true), None);
    }

    #[test]
    fn labels_notices_and_counts_of_a_page() {
        assert!(is_by_name("By Ada Lindqvist"));
        assert!(!is_by_name("By the end of the year"));
        assert!(!is_by_name("By The Numbers"));
        let cases: &[(&str, Option<Reason>)] = &[
            ("— Advertisement —", Some(Reason::Advertisement)),
            ("[Reklama]", Some(Reason::Advertisement)),
            ("[사진 3] 시험 선박이 부두를 떠나고 있다.", Some(Reason::PhotoCredit)),
            ("<사진1> 협약식 모습", Some(Reason::PhotoCredit)),
            ("부두 전경 [한빛통신 자료사진]", Some(Reason::PhotoCredit)),
            ("글쓴이 : 기획홍보팀", Some(Reason::Byline)),
            ("작성자: 국제교류과", Some(Reason::Byline)),
            ("- 3 -", Some(Reason::PageNumber)),
            ("- 2025 -", None),
            ("314 views", Some(Reason::CommentCount)),
            ("Odsłony: 1204", Some(Reason::CommentCount)),
            ("조회 88", Some(Reason::CommentCount)),
            ("이 기사는 유료 회원 전용 기사입니다", Some(Reason::Form)),
            ("협회는 회원 전용 상담 창구를 연다.", None),
            (
                "You are receiving this email because you subscribed to our updates.",
                Some(Reason::Form),
            ),
            (
                "Ten tekst jest dostępny dla wszystkich. Zapisz się na newsletter, by czytać więcej.",
                Some(Reason::Form),
            ),
            ("View in browser", Some(Reason::Form)),
            ("개인정보처리방침 | 이메일무단수집거부", Some(Reason::FooterLinks)),
            ("Privacy policy · Terms of use", Some(Reason::FooterLinks)),
            ("Regulamin", None),
            ("Dalszy ciąg rozmów zaplanowano na jesień.", None),
            ("Dalsza część artykułu pod reklamą", Some(Reason::Advertisement)),
            ("Story continues below advertisement", Some(Reason::Advertisement)),
            ("첨부 : 20250110_협약_결과.hwpx", Some(Reason::Attachment)),
            ("Załącznik: wzór wniosku.docx", Some(Reason::Attachment)),
            ("# # #", Some(Reason::Footer)),
            ("<끝>", Some(Reason::Footer)),
            ("– koniec –", Some(Reason::Footer)),
            ("End", None),
            ("#AI반도체 #클라우드", None),
            (
                "Komunikat prasowy. Za jego treść odpowiada wyłącznie nadawca.",
                Some(Reason::Disclaimer),
            ),
            (
                "The issuer is solely responsible for the content of this announcement.",
                Some(Reason::Disclaimer),
            ),
            ("첨부된 자료를 참고하기 바랍니다.", None),
            ("Reklama w mediach publicznych a wybory", None),
        ];
        for &(text, reason) in cases {
            assert_eq!(text_hint(text, false), reason, "{text}");
        }
        assert_eq!(
            furniture_hint(
                "This article was printed from https://example.com/a/b\n© 2025 Example Media",
                false
            ),
            Some(Reason::Footer)
        );
    }
}

//! The stock phrases of web templates (skip links, related-article headings, "see also"
//! teasers, cookie, privacy and comment-form notices, share buttons, bylines), and the
//! automaton that finds which lists a block starts with or contains in one walk.

pub(super) const SKIP: &[&str] = &[
    "skip to main content",
    "skip to content",
    "skip to navigation",
    "skip navigation",
    "jump to content",
    "jump to navigation",
    "przejdź do treści",
    "przejdź do głównej treści",
    "przejdź do zawartości",
    "przejdź do menu",
    "본문 바로가기",
    "본문으로 바로가기",
    "주메뉴 바로가기",
    "메뉴 바로가기",
];
pub(super) const RELATED: &[&str] = &[
    "you may also like",
    "you might also like",
    "related posts",
    "related articles",
    "related stories",
    "related news",
    "related content",
    "more stories",
    "more news",
    "read next",
    "recommended for you",
    "recommended articles",
    "popular posts",
    "most read",
    "most popular",
    "most viewed",
    "editor's picks",
    "editors' picks",
    "editor’s picks",
    "top stories",
    "trending now",
    "related media",
    "related publications",
    "related reports",
    "related items",
    "related resources",
    "related topics",
    "related events",
    "related links",
    "related documents",
    "related pages",
    "more from",
    "read more with",
    "latest news",
    "latest posts",
    "recent posts",
    "polecane dla ciebie",
    "polecane dla was",
    "related notes",
    "관련 메모",
    "관련 글",
    "관련 게시물",
    "in other news",
    "najnowsze wiadomości",
    "najnowsze artykuły",
    "więcej z kategorii",
    "관련뉴스",
    "관련 뉴스",
    "많이 본 기사",
    "인기뉴스",
    "주요뉴스",
    "최신뉴스",
    "추천뉴스",
    "podobne artykuły",
    "powiązane artykuły",
    "polecane artykuły",
    "najczęściej czytane",
    "najpopularniejsze",
    "polecamy",
    "zobacz również",
    "관련 기사",
    "관련기사",
    "많이 본 뉴스",
    "추천 기사",
    "인기 기사",
    "함께 볼만한 뉴스",
    // An organisation's own list of its other releases under one: "Latest press
    // releases", "Pozostałe komunikaty", "다른 보도자료".
    "latest press releases",
    "more press releases",
    "other press releases",
    "recent press releases",
    "related press releases",
    "najnowsze komunikaty",
    "pozostałe komunikaty",
    "inne komunikaty",
    "pozostałe aktualności",
    "więcej aktualności",
    "최신 보도자료",
    "관련 보도자료",
    "다른 보도자료",
];
const SEE_ALSO: &[&str] = &[
    "see also",
    "read also",
    "also read",
    "read more:",
    "read next",
    "related:",
    "czytaj też",
    "czytaj także",
    "czytaj również",
    "zobacz też",
    "zobacz także",
    "zobacz również",
    "관련 기사",
    "관련기사",
    "함께 보면 좋은",
];

/// The trades a writer's box names first, saying who wrote the article ("Dziennikarka
/// Gazety, pisze o …", "Reporter at the Courier covering ports").
pub(super) const WRITER_TRADES: &[&str] = &[
    "dziennikarka",
    "dziennikarz",
    "redaktor",
    "redaktorka",
    "reporter",
    "reporterka",
    "korespondent",
    "korespondentka",
    "publicysta",
    "publicystka",
    "journalist",
    "correspondent",
    "editor",
    "columnist",
];

/// Headings of a list of other articles that are one common word, alone on their line
/// ("Latest", "Polecane"): only the whole line counts, a heading of the text may open
/// with the word.
pub(super) const RELATED_ALONE: &[&str] = &[
    "latest",
    "related",
    "powiązane",
    "recommended",
    "najnowsze",
    "polecane",
    "ostatnie wpisy",
    "최신",
    "최신 글",
    "추천",
];
/// How an image's alternative text opens when it says what kind of picture it is
/// ("Plakat programu stypendialnego", "Photo of the delegation", "포스터 이미지"): the
/// word and the space after it, an English noun with its "of" (a heading may open with
/// "Image" or "Photo" as a word of its own).
pub(super) const IMAGE_NOUNS: &[&str] = &[
    "plakat ",
    "zdjęcie ",
    "infografika ",
    "poster of ",
    "photo of ",
    "picture of ",
    "illustration of ",
    "infographic ",
    "포스터 ",
    "이미지 ",
    "인포그래픽 ",
];
pub(super) const COOKIE: &[&str] = &["cookie", "ciasteczk", "쿠키"];
pub(super) const PRIVACY: &[&str] = &[
    "privacy policy",
    "privacy notice",
    "privacy & cookies",
    "privacy and cookies",
    "polityka prywatności",
    "개인정보처리방침",
    "개인정보 처리방침",
];
const COMMENT: &[&str] = &[
    "leave a comment",
    "leave a reply",
    "post a comment",
    "post comment",
    "add a comment",
    "your email address will not be published",
    "akismet",
    "comment data is processed",
    "dodaj komentarz",
    "skomentuj",
    "zostaw komentarz",
    "komentarze są moderowane",
    "댓글 달기",
    "댓글을 남겨",
    "댓글 작성",
    "댓글쓰기",
    "comments are closed",
    "komentarze są wyłączone",
    "댓글이 닫혔",
];
const SHARE: &[&str] = &[
    "share this",
    "share on",
    "share via",
    "share:",
    "udostępnij",
    "공유하기",
];
pub(super) const BYLINE: &[&str] = &[
    "by ",
    "posted by ",
    "written by ",
    "autor:",
    "autor ",
    "author:",
    "작성자",
];
/// How a publication disowns its authors' views: an official position it is not.
pub(super) const OFFICIAL_VIEW: &[&str] = &[
    "official position",
    "official view",
    "official opinion",
    "공식 견해",
    "공식 입장",
    "공식적인 견해",
    "oficjalnego stanowiska",
    "oficjalnym stanowiskiem",
    "oficjalne stanowisko",
];

/// A negation, for [`OFFICIAL_VIEW`]: "… is not the official position", "… 공식 견해가 아닙니다".
pub(super) const NEGATION: &[&str] = &["not ", "아닙", "아니", "nie "];

/// The stock phrases of disclaimers and of open-licence notices, which a research
/// institute, a parliament's research service or a government site prints under every
/// text: "The views expressed do not necessarily reflect …", "the sole responsibility
/// of its author", Korea's KOGL ("공공누리") and Creative Commons.
pub(super) const NOTICE: &[&str] = &[
    "do not necessarily reflect",
    "does not necessarily reflect",
    "do not necessarily represent",
    "sole responsibility of",
    // A site's note on its links to others: "External links ... should not be
    // construed as an endorsement", "… does not constitute an endorsement".
    "construed as an endorsement",
    "constitute an endorsement",
    "constitutes an endorsement",
    "imply endorsement",
    // Who answers for a press release a wire or portal carries for its sender: "Za jego
    // treść odpowiada wyłącznie nadawca", "the issuer is solely responsible for its content".
    "treść odpowiada wyłącznie",
    "solely responsible for its content",
    "solely responsible for the content",
    "nie muszą odzwierciedlać",
    "nie odzwierciedlają",
    "wyłączną odpowiedzialność",
    "공공누리",
    "creative commons",
    "cc by ",
    "cc-by",
    // A Korean portal's notes on the outlets' articles it mirrors: which section the
    // outlet filed one in, and that the portal's editors did not choose them.
    "섹션으로 분류했습니다",
    "편집 방향과 무관",
    // That a release or a page is no legal advice nor a binding reading of the law:
    // "This notice does not constitute legal advice", "Niniejszy komunikat nie stanowi
    // interpretacji przepisów", "법적 효력을 갖지 않습니다".
    "not constitute legal advice",
    "not constitute a legal interpretation",
    "not constitute an interpretation of",
    "nie stanowi porady prawnej",
    "nie stanowi interpretacji przepisów",
    "nie stanowi wykładni",
    "nie stanowi interpretacji prawa",
    "법적 효력을 갖지",
    "법률 자문이 아",
];

/// The stock-phrase lists, by what a block's text is matched for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Phrases {
    Skip,
    Related,
    SeeAlso,
    Comment,
    Cookie,
    Privacy,
    Share,
    Byline,
    Banner,
    Notice,
    OfficialView,
    Negation,
}

impl Phrases {
    /// The lists the rules look for at the start of a block.
    const STARTS: [Phrases; 5] = [
        Phrases::Skip,
        Phrases::Related,
        Phrases::SeeAlso,
        Phrases::Share,
        Phrases::Byline,
    ];

    /// The lists the rules look for anywhere in a block (and [`Phrases::Banner`],
    /// where there is a cookie).
    const ANYWHERE: [Phrases; 6] = [
        Phrases::Comment,
        Phrases::Cookie,
        Phrases::Privacy,
        Phrases::Notice,
        Phrases::OfficialView,
        Phrases::Negation,
    ];

    fn list(self) -> &'static [&'static str] {
        match self {
            Phrases::Skip => SKIP,
            Phrases::Related => RELATED,
            Phrases::SeeAlso => SEE_ALSO,
            Phrases::Comment => COMMENT,
            Phrases::Cookie => COOKIE,
            Phrases::Privacy => PRIVACY,
            Phrases::Share => SHARE,
            Phrases::Byline => BYLINE,
            Phrases::Banner => BANNER,
            Phrases::Notice => NOTICE,
            Phrases::OfficialView => OFFICIAL_VIEW,
            Phrases::Negation => NEGATION,
        }
    }

    fn bit(self) -> u16 {
        1 << self as u16
    }
}

/// Which phrase lists a (lower-cased) text starts with, of [`Phrases::STARTS`], and
/// which it contains, of [`Phrases::ANYWHERE`]: each in one scan (Aho-Corasick) rather
/// than a search per phrase. The start lists are matched anchored, so reading stops
/// within the first few bytes; only the lists that count anywhere are looked for
/// through the whole text.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct PhraseHits {
    contains: u16,
    starts: u16,
}

/// An automaton over some phrase lists, and the list of each of its patterns.
///
/// The DFA is walked by hand: every short block of every file is scanned, and the
/// crate's overlapping search, which returns at each match and keeps its position in
/// memory, took twice the instructions of the walk.
struct PhraseAutomaton {
    dfa: aho_corasick::dfa::DFA,
    kinds: Vec<Phrases>,
}

impl PhraseAutomaton {
    fn new(lists: &[Phrases], start: aho_corasick::StartKind) -> PhraseAutomaton {
        let mut patterns = Vec::new();
        let mut kinds = Vec::new();
        for &kind in lists {
            for p in kind.list() {
                patterns.push(*p);
                kinds.push(kind);
            }
        }
        // Without a prefilter, start states are not special: the walk stops only at
        // matches (and, anchored, at the dead state).
        let dfa = aho_corasick::dfa::DFA::builder()
            .ascii_case_insensitive(true)
            .prefilter(false)
            .start_kind(start)
            .build(&patterns)
            .expect("the phrase lists compile");
        PhraseAutomaton { dfa, kinds }
    }

    /// The bits of the lists of the patterns that match in the state `sid`; with
    /// `length`, only of those of that length (those that start the text, when that
    /// many bytes of it were read).
    fn bits(&self, sid: aho_corasick::automaton::StateID, length: Option<usize>) -> u16 {
        use aho_corasick::automaton::Automaton;
        let mut bits = 0;
        for k in 0..self.dfa.match_len(sid) {
            let pattern = self.dfa.match_pattern(sid, k);
            if length.is_none_or(|n| self.dfa.pattern_len(pattern) == n) {
                bits |= self.kinds[pattern.as_usize()].bit();
            }
        }
        bits
    }

    /// The bits of the lists with a match anywhere in `text`.
    ///
    /// Each step of a walk waits for the one before (the next state is read from a
    /// table at the current one), so a long text is walked as two halves side by side,
    /// the second starting a longest pattern early: a match across the middle is whole
    /// in it.
    fn hits_in(&self, text: &str) -> u16 {
        use aho_corasick::{automaton::Automaton, Anchored};
        let Ok(start) = self.dfa.start_state(Anchored::No) else {
            return 0;
        };
        let bytes = text.as_bytes();
        let overlap = self.dfa.max_pattern_len().saturating_sub(1);
        let (first, second) = if bytes.len() >= 4 * overlap {
            let middle = bytes.len() / 2;
            (&bytes[..middle], &bytes[middle - overlap..])
        } else {
            (&bytes[..0], bytes)
        };
        let mut bits = 0;
        let (mut one, mut two) = (start, start);
        // `second` is the longer: its first bytes are walked with `first`, its rest alone.
        let (along, rest) = second.split_at(first.len());
        for (&a, &b) in first.iter().zip(along) {
            one = self.dfa.next_state(Anchored::No, one, a);
            two = self.dfa.next_state(Anchored::No, two, b);
            if self.dfa.is_special(one) && self.dfa.is_match(one) {
                bits |= self.bits(one, None);
            }
            if self.dfa.is_special(two) && self.dfa.is_match(two) {
                bits |= self.bits(two, None);
            }
        }
        for &b in rest {
            two = self.dfa.next_state(Anchored::No, two, b);
            if self.dfa.is_special(two) && self.dfa.is_match(two) {
                bits |= self.bits(two, None);
            }
        }
        bits
    }

    /// The bits of the lists with a match at the start of `text`; the automaton must
    /// have been built anchored.
    fn hits_at_start(&self, text: &str) -> u16 {
        use aho_corasick::{automaton::Automaton, Anchored};
        let Ok(mut sid) = self.dfa.start_state(Anchored::Yes) else {
            return 0;
        };
        let mut bits = 0;
        for (i, &b) in text.as_bytes().iter().enumerate() {
            sid = self.dfa.next_state(Anchored::Yes, sid, b);
            if self.dfa.is_special(sid) {
                if self.dfa.is_dead(sid) {
                    break;
                }
                if self.dfa.is_match(sid) {
                    bits |= self.bits(sid, Some(i + 1));
                }
            }
        }
        bits
    }
}

impl PhraseHits {
    pub(super) fn of(lower: &str) -> PhraseHits {
        use aho_corasick::StartKind;
        struct Automata {
            starts: PhraseAutomaton,
            anywhere: PhraseAutomaton,
            banner: PhraseAutomaton,
        }
        static AUTOMATA: std::sync::OnceLock<Automata> = std::sync::OnceLock::new();
        let automata = AUTOMATA.get_or_init(|| Automata {
            starts: PhraseAutomaton::new(&Phrases::STARTS, StartKind::Anchored),
            anywhere: PhraseAutomaton::new(&Phrases::ANYWHERE, StartKind::Unanchored),
            banner: PhraseAutomaton::new(&[Phrases::Banner], StartKind::Unanchored),
        });
        let mut contains = automata.anywhere.hits_in(lower);
        // Banner words are common ("settings", "experience") and only count with a
        // cookie: looked for only then.
        if contains & Phrases::Cookie.bit() != 0 {
            contains |= automata.banner.hits_in(lower);
        }
        PhraseHits {
            starts: automata.starts.hits_at_start(lower),
            contains,
        }
    }

    /// For the lists of [`Phrases::STARTS`].
    pub(super) fn starts_with(&self, list: Phrases) -> bool {
        debug_assert!(Phrases::STARTS.contains(&list));
        self.starts & list.bit() != 0
    }

    /// For the lists of [`Phrases::ANYWHERE`], and for [`Phrases::Banner`] once
    /// [`Phrases::Cookie`] was found.
    pub(super) fn contains(&self, list: Phrases) -> bool {
        debug_assert!(
            Phrases::ANYWHERE.contains(&list)
                || (list == Phrases::Banner && self.contains(Phrases::Cookie))
        );
        self.contains & list.bit() != 0
    }
}

/// Words of a cookie banner: asking to accept, or telling how cookies are used.
const BANNER: &[&str] = &[
    "accept",
    "consent",
    "opt-out",
    "opt out",
    "experience",
    "settings",
    "policy",
    "akceptuj",
    "zgod",
    "ustawienia",
    "동의",
    "설정",
    "we use",
    "uses cookies",
    "używa",
    "korzysta",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::chrome::test_pages::*;
    use proptest::prelude::*;

    #[test]
    fn a_phrase_is_found_wherever_it_lies_in_a_long_text() {
        for list in Phrases::ANYWHERE {
            for phrase in list.list() {
                for at in 0..=200 {
                    let text = format!("{}{phrase}{}", "x".repeat(at), "y".repeat(200 - at));
                    let hits = PhraseHits::of(&text);
                    assert!(hits.contains(list), "{phrase:?} at {at}");
                }
            }
        }
        assert_eq!(PhraseHits::of(&"x".repeat(300)).contains, 0);
    }

    proptest! {
        #![proptest_config(ProptestConfig {
            failure_persistence: None,
            ..ProptestConfig::default()
        })]

        #[test]
        fn phrase_hits_are_the_lists_a_text_starts_with_or_contains(
            text in prop::collection::vec(
                prop_oneof![
                    messy_text(),
                    (
                        prop::sample::select(
                            Phrases::STARTS.iter().chain(&Phrases::ANYWHERE).chain(&[Phrases::Banner])
                                .flat_map(|l| l.list().iter().copied())
                                .collect::<Vec<_>>()
                        ),
                        any::<bool>(),
                    )
                        .prop_map(|(p, upper)| if upper { p.to_ascii_uppercase() } else { p.to_string() }),
                ],
                1..4,
            ).prop_map(|v| v.concat())
        ) {
            let lower = text.to_lowercase();
            let hits = PhraseHits::of(&lower);
            let folded = lower.to_ascii_lowercase();
            for list in Phrases::STARTS {
                let expected = list.list().iter().any(|p| folded.starts_with(p));
                prop_assert_eq!(hits.starts_with(list), expected, "{:?}", list);
            }
            for list in Phrases::ANYWHERE {
                let expected = list.list().iter().any(|p| folded.contains(p));
                prop_assert_eq!(hits.contains(list), expected, "{:?}", list);
            }
            if hits.contains(Phrases::Cookie) {
                let expected = BANNER.iter().any(|p| folded.contains(p));
                prop_assert_eq!(hits.contains(Phrases::Banner), expected);
            }
        }
    }
}

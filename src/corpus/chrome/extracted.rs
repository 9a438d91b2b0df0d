//! Chrome among the blocks of a format whose structure marks none (Markdown written or
//! converted from a web page), judged as lines of a pasted page in their zone.

use super::block_rules::{is_bare_heading, is_notice, rule_with, Shape, MAX_PHRASE_RULE_WORDS};
use super::line_rules::line_hint;
use super::words::{ends_sentence, is_prose, link_like, words};
use super::{Reason, Zone};
use crate::corpus::format::BlockKind;

/// What the rules make of the blocks of a format whose structure marks no chrome
/// (Markdown written or converted from a web page): for each block, the reason it is
/// chrome, or `None`. A block is judged as one line of a pasted page in its zone
/// (before the first paragraph of prose, in the body, after the last); headlines
/// under a lone related-links heading are its links. Titles and table cells are
/// left alone: a cell's lone number or date is data.
pub(crate) fn extracted_chrome(blocks: &[(&str, BlockKind)]) -> Vec<Option<Reason>> {
    let prose = |(text, kind): &(&str, BlockKind)| {
        matches!(
            kind,
            BlockKind::Paragraph | BlockKind::Quote | BlockKind::Other
        ) && is_prose(
            words(text),
            text.chars()
                .filter(|&c| crate::script::is_hangul(c))
                .count(),
            1,
            || ends_sentence(text),
        )
    };
    let first = blocks.iter().position(prose);
    let last = blocks.iter().rposition(prose);
    let menu = site_menu_items(blocks, first);
    let mut buffer = String::new();
    let mut out = Vec::with_capacity(blocks.len());
    let mut under_heading = false;
    for (i, &(text, kind)) in blocks.iter().enumerate() {
        let text = text.trim();
        let zone = match (first, last) {
            (Some(f), _) if i < f => Zone::Header,
            (_, Some(l)) if i > l => Zone::Footer,
            (None, _) => Zone::Header,
            _ => Zone::Body,
        };
        let judged = !matches!(
            kind,
            BlockKind::Title | BlockKind::TableCell | BlockKind::Preformatted
        );
        let shape = Shape {
            words: words(text),
            lines: 1,
            cased: true,
        };
        let mut reason = if !judged {
            None
        } else if menu[i] {
            Some(Reason::Navigation)
        } else if (kind == BlockKind::Quote && is_metadata_callout(text))
            || (zone == Zone::Header && kind == BlockKind::Paragraph && is_byline_with_roles(text))
        {
            // A note's callout of its facts, or a byline with the writers' job titles.
            Some(Reason::Byline)
        } else if is_pointed_caption(text) {
            Some(Reason::PhotoCredit)
        } else if is_wiki_link(text) {
            // A link to another note of the vault, alone in its item.
            Some(Reason::RelatedLinks)
        } else if prose(&blocks[i]) {
            // A disclaimer is written as prose.
            let lower = text.to_lowercase();
            (words(text) <= MAX_PHRASE_RULE_WORDS && is_notice(&lower))
                .then_some(Reason::Disclaimer)
        } else if matches!(kind, BlockKind::Heading(_)) {
            rule_with(text, false, &shape, &mut buffer)
                .filter(|r| matches!(r, Reason::RelatedLinks | Reason::SeeAlso))
        } else {
            rule_with(text, zone != Zone::Body, &shape, &mut buffer)
                .or_else(|| line_hint(text, zone))
        };
        match reason {
            Some(Reason::RelatedLinks | Reason::SeeAlso) => under_heading = is_bare_heading(text),
            Some(_) => {}
            None if under_heading
                && matches!(kind, BlockKind::ListItem | BlockKind::Paragraph)
                && link_like(text) =>
            {
                reason = Some(Reason::RelatedLinks);
            }
            None => under_heading = false,
        }
        out.push(reason);
    }
    out
}

/// Which blocks are items of a site's menu a web clipper kept above the headline: a run
/// of three list items or more, each of a few words and no sentence, before any heading
/// and before the first paragraph of prose (`first`). A list of the text comes under
/// its headline or after a sentence introducing it.
fn site_menu_items(blocks: &[(&str, BlockKind)], first: Option<usize>) -> Vec<bool> {
    let mut menu = vec![false; blocks.len()];
    let top = blocks
        .iter()
        .position(|(_, kind)| matches!(kind, BlockKind::Title | BlockKind::Heading(_)))
        .unwrap_or(blocks.len())
        .min(first.unwrap_or(blocks.len()));
    let short_item = |&(text, kind): &(&str, BlockKind)| {
        kind == BlockKind::ListItem && (1..=3).contains(&words(text)) && !ends_sentence(text)
    };
    let mut i = 0;
    while i < top {
        let run = blocks[i..top].iter().take_while(|b| short_item(b)).count();
        if run >= 3 {
            menu[i..i + run].iter_mut().for_each(|m| *m = true);
        }
        i += run.max(1);
    }
    menu
}

/// A photo's caption as Korean releases and news print it under the picture: one line
/// opened by a pointer "▲" (or "△", "▶") that describes what the photo shows, ending in
/// the progressive of an act "…하고 있다." or in "…모습." ("▲ 14일 협약식에서 양
/// 기관장이 악수하고 있다."). A list of points set in the text strings several "▲" on
/// one line, or opens each item without such an ending; a point that states a trend
/// ("…늘어나고 있다", "…추진되고 있다") is the text's, and no caption either.
pub(crate) fn is_pointed_caption(text: &str) -> bool {
    let t = text.trim();
    let Some(rest) = t.strip_prefix(['▲', '△', '▶']) else {
        return false;
    };
    let end = rest.trim_end().trim_end_matches('.');
    let scene = ["모습", "모습이다", "기념촬영"]
        .iter()
        .any(|e| end.ends_with(e));
    let act = end
        .strip_suffix("고 있다")
        .is_some_and(|verb| !verb.ends_with(['되', '지', '나']));
    !rest.contains(['▲', '△', '▶']) && t.chars().count() <= 160 && (scene || act)
}

/// A callout of a note's facts (Obsidian, GitHub): "> [!info] Document / > Author: … ·
/// Reviewed: … / > Tags: #a #b", its lines joined: the marker, then no sentence.
fn is_metadata_callout(text: &str) -> bool {
    let Some(rest) = text.strip_prefix("[!") else {
        return false;
    };
    let Some((kind, rest)) = rest.split_once(']') else {
        return false;
    };
    kind.len() <= 12
        && kind.chars().all(|c| c.is_ascii_alphabetic() || c == '-')
        && words(rest) <= 30
        && !ends_sentence(rest)
        && (rest.contains(':') || rest.contains('#'))
}

/// Nouns that end a writer's job title in a byline ("Energy Analyst", "Senior Fellow",
/// "Head of Trade Policy" ends with its field, so its first word counts too).
const ROLE_NOUNS: &[&str] = &[
    "analyst",
    "officer",
    "director",
    "head",
    "manager",
    "economist",
    "researcher",
    "fellow",
    "adviser",
    "advisor",
    "specialist",
    "coordinator",
    "expert",
    "scientist",
    "engineer",
    "consultant",
    "professor",
    "associate",
    "lead",
    "chief",
    "writer",
];

/// A byline that gives each writer's job title after the name, as think tanks' and
/// agencies' commentaries print it under the headline: "By Jane Roe, Trade Analyst and
/// John Doe, Head of Market Studies". The names and titles are capitalised words (small
/// words such as "of" aside), joined by commas and "and"; at least one part after a
/// name reads as a job title (it opens or ends with a role noun or a writer's trade),
/// and no sentence is finished.
fn is_byline_with_roles(text: &str) -> bool {
    let Some(rest) = text.trim().strip_prefix("By ") else {
        return false;
    };
    if words(rest) > 30 || ends_sentence(rest) {
        return false;
    }
    let small = |w: &str| matches!(w, "of" | "for" | "at" | "the" | "in" | "on" | "and" | "&");
    let parts: Vec<&str> = rest
        .split([',', '&'])
        .flat_map(|p| p.split(" and "))
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let cased = parts.iter().all(|p| {
        p.split_whitespace().count() <= 6
            && p.split_whitespace()
                .all(|w| small(w) || w.chars().next().is_some_and(char::is_uppercase))
    });
    let is_role = |p: &str| {
        let lower = p.to_lowercase();
        let role = |w: &str| ROLE_NOUNS.contains(&w) || super::phrases::WRITER_TRADES.contains(&w);
        let mut ws = lower.split_whitespace();
        ws.next().is_some_and(role) || ws.next_back().is_some_and(role)
    };
    cased && parts.len() >= 2 && !is_role(parts[0]) && parts[1..].iter().any(|p| is_role(p))
}

/// A wiki link alone (`[[Another note]]`, `[[note|Its title]]`): a link to another note
/// of the same vault.
fn is_wiki_link(text: &str) -> bool {
    text.strip_prefix("[[")
        .and_then(|t| t.strip_suffix("]]"))
        .is_some_and(|inner| !inner.is_empty() && !inner.contains("]]") && words(inner) <= 16)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_byline_with_job_titles_above_the_text_is_set_aside() {
        let text = "Harbour towns on the northern coast could run one ferry fleet between them, a new study of the region finds.";
        let blocks = [
            (
                "Harbour towns can share their ferry fleets",
                BlockKind::Title,
            ),
            (
                "By Maria Lund, Transport Economist and Piet Vos, Head of Port Studies",
                BlockKind::Paragraph,
            ),
            (text, BlockKind::Paragraph),
        ];
        let got = extracted_chrome(&blocks);
        assert_eq!(got[1], Some(Reason::Byline));
        assert_eq!(got[2], None);
        // A deck that opens with "By" is no byline, nor is a line naming no job.
        for line in [
            "By Sea and by Rail, Harbour Towns Share Their Fleets",
            "By the end of the year, three towns will share one fleet",
        ] {
            let blocks = [
                (
                    "Harbour towns can share their ferry fleets",
                    BlockKind::Title,
                ),
                (line, BlockKind::Paragraph),
                (text, BlockKind::Paragraph),
            ];
            assert_eq!(extracted_chrome(&blocks)[1], None, "{line}");
        }
    }

    #[test]
    fn a_clipped_site_menu_above_the_headline_is_navigation() {
        let blocks = [
            ("Harbour Board", BlockKind::Paragraph),
            ("About us", BlockKind::ListItem),
            ("Ferries", BlockKind::ListItem),
            ("Timetables", BlockKind::ListItem),
            ("New ferry terminal opens in the north", BlockKind::Title),
            ("Two quays", BlockKind::ListItem),
            ("Covered car park", BlockKind::ListItem),
            ("Bicycle racks", BlockKind::ListItem),
            (
                "The harbour board opened its new ferry terminal on Monday, and the first ships will call there next week.",
                BlockKind::Paragraph,
            ),
        ];
        let got = extracted_chrome(&blocks);
        assert_eq!(&got[1..4], &[Some(Reason::Navigation); 3]);
        assert_eq!(got[4], None);
        // A list of the text, under its headline, stays.
        assert_eq!(&got[5..8], &[None; 3]);
    }

    #[test]
    fn a_pointed_photo_caption_is_set_aside_and_a_pointed_list_is_not() {
        let blocks = [
            ("항만공사, 일본 항만과 협력", BlockKind::Title),
            (
                "항만공사는 3일 오사카에서 현지 항만 당국과 물류 협력 협약을 맺었다고 밝혔다.",
                BlockKind::Paragraph,
            ),
            (
                "▲ 3일 오사카 항만청에서 열린 협약식에서 두 기관장이 악수를 하고 있다.",
                BlockKind::Paragraph,
            ),
            (
                "협약에 따라 ▲공동 마케팅 ▲환적 화물 유치 ▲전문 인력 교류 등을 추진한다.",
                BlockKind::Paragraph,
            ),
            (
                "▲ 항만 물류 정보를 분기마다 교환한다.",
                BlockKind::Paragraph,
            ),
            ("▲ 환적 화물이 해마다 늘어나고 있다.", BlockKind::Paragraph),
            ("▲ 신항 2단계 공사가 추진되고 있다.", BlockKind::Paragraph),
        ];
        let got = extracted_chrome(&blocks);
        assert_eq!(got[1], None);
        assert_eq!(got[2], Some(Reason::PhotoCredit));
        assert_eq!(got[3], None);
        assert_eq!(&got[4..], &[None; 3]);
    }

    #[test]
    fn a_notes_metadata_callout_and_wiki_links_are_chrome() {
        let blocks = [
            ("부산항 물류 현황", BlockKind::Title),
            (
                "[!abstract] 문서 정보 작성: 물류팀 · 검토: 기획실 태그: #항만 #물류",
                BlockKind::Quote,
            ),
            (
                "부산항의 올해 물동량은 지난해보다 크게 늘어났으며, 항만공사는 새 부두 건설을 앞당기기로 했다. 이는 환적 화물이 늘어난 덕분이다.",
                BlockKind::Paragraph,
            ),
            ("[!note] 이 메모는 공개 자료만을 바탕으로 작성했다.", BlockKind::Quote),
            ("[[2024 부산항 물동량 정리]]", BlockKind::ListItem),
        ];
        let got = extracted_chrome(&blocks);
        assert_eq!(got[1], Some(Reason::Byline));
        assert_eq!(got[2], None);
        assert_eq!(got[3], None);
        assert_eq!(got[4], Some(Reason::RelatedLinks));
    }
}

//! Language-aware matching through the binary: a Korean word inside the compounds
//! statements write, and Polish words the Snowball stemmer cannot bring together.

use crate::common::Workspace;

const KOREAN: &str = "한국과 유럽연합의 교역 협력\n\n\
    한국은 유럽연합의 주요 교역국이고 투자 파트너로서 양측의 관계는 꾸준히 발전해 왔다.\n\n\
    양측은 교역을 확대하고 공급망 협력을 강화하기로 합의했다.\n\n\
    정부는 공동 연구 사업에 1,200만유로를 지원한다.\n";

const POLISH: &str = "Współpraca gospodarcza\n\n\
    Koreańskie przedsiębiorstwa zwiększają inwestycje w Polsce, zwłaszcza w sektorze baterii.\n";

#[test]
fn a_korean_word_is_found_inside_a_compound_below_the_word_itself() {
    let ws = Workspace::empty();
    std::fs::write(ws.corpus().join("ko.txt"), KOREAN).unwrap();
    ws.index_corpus();
    let hits = ws.search("교역", &[]);
    let rank_of = |needle: &str| hits.iter().position(|h| h.text.contains(needle));
    let compound = rank_of("교역국이고").expect("교역 finds 교역국이고");
    let word = rank_of("교역을").expect("교역 finds 교역을");
    assert!(word < compound, "{hits:?}");
}

#[test]
fn a_number_with_its_unit_matches_however_it_is_spaced() {
    let ws = Workspace::empty();
    std::fs::write(ws.corpus().join("ko.txt"), KOREAN).unwrap();
    ws.index_corpus();
    let hits = ws.search("\"1,200만 유로\"", &[]);
    assert!(
        hits.iter().any(|h| h.text.contains("1,200만유로")),
        "{hits:?}"
    );
}

#[test]
fn polska_finds_polsce() {
    let ws = Workspace::empty();
    std::fs::write(ws.corpus().join("pl.txt"), POLISH).unwrap();
    ws.index_corpus();
    let hits = ws.search("Polska", &[]);
    assert!(hits.iter().any(|h| h.text.contains("Polsce")), "{hits:?}");
}

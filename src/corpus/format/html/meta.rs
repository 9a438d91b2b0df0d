//! A page's title, date and publisher as its markup states them.
//!
//! Title: `og:title` (unless it is only the site's name), else the headline (`h1`),
//! else `<title>` without the site's part (" | Site", " - Site", " :: Site",
//! " < 보도자료 < Ministry", or a short "Site - " before a headline of many words). Date: `article:published_time`, Dublin Core
//! (`dcterms.date`, `DC.date`), `itemprop=datePublished`, JSON-LD `datePublished`, then
//! the first `<time datetime>` of the content; a date only written in the text is left
//! to `corpus`'s date reader, which gets the page's date lines as
//! [`BlockKind::Dateline`](crate::corpus::format::BlockKind::Dateline) blocks.
//! Publisher: `og:site_name`, Dublin Core or JSON-LD publisher unless it is a portal's
//! name, else what [`publisher::page_publisher`] reads in the title and the text.

use super::{Decided, Page};
use crate::corpus::format::{BlockKind, Found, Metadata};
use crate::corpus::publisher::{self, PageSource};

/// Meta names that carry the publication date, best first.
const DATE_NAMES: &[&str] = &[
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "dcterms.issued",
    "dcterms.date",
    "dcterms.created",
    "dc.date.issued",
    "dc.date",
    "dc.date.created",
    "citation_publication_date",
    "pubdate",
    "publishdate",
    "publish-date",
    "publication_date",
    "article.published",
    "parsely-pub-date",
    "sailthru.date",
    "date",
];

const TITLE_NAMES: &[&str] = &["og:title", "twitter:title", "dc.title", "dcterms.title"];
const PUBLISHER_NAMES: &[&str] = &[
    "og:site_name",
    "dcterms.publisher",
    "dc.publisher",
    "application-name",
];

/// Separators between a page title and the site's name, and whether the title is
/// split at every one (`A | B | C`) or only at the last (`Korea - Poland talks - Site`).
const SEPARATORS: &[(&str, bool)] = &[
    (" | ", true),
    (" ｜ ", true),
    (" :: ", true),
    (" < ", true),
    (" > ", true),
    (" » ", true),
    (" · ", true),
    (" – ", false),
    (" — ", false),
    (" - ", false),
];

/// What JSON-LD says.
#[derive(Default)]
struct JsonLd {
    headline: Option<String>,
    date: Option<String>,
    publisher: Option<String>,
}

fn json_ld(page: &Page) -> JsonLd {
    let mut out = JsonLd::default();
    for script in &page.json_ld {
        let Ok(value) = serde_json::from_str::<serde_json::Value>(script) else {
            continue;
        };
        let mut stack = vec![&value];
        while let Some(v) = stack.pop() {
            match v {
                serde_json::Value::Array(items) => stack.extend(items.iter().rev()),
                serde_json::Value::Object(map) => {
                    let text = |k: &str| map.get(k).and_then(|v| v.as_str()).map(str::to_string);
                    if out.date.is_none() {
                        out.date = text("datePublished").or_else(|| text("dateCreated"));
                    }
                    if out.headline.is_none() {
                        out.headline = text("headline");
                    }
                    if out.publisher.is_none() {
                        out.publisher = match map.get("publisher") {
                            Some(serde_json::Value::String(s)) => Some(s.clone()),
                            Some(serde_json::Value::Object(p)) => {
                                p.get("name").and_then(|v| v.as_str()).map(str::to_string)
                            }
                            _ => None,
                        };
                    }
                    stack.extend(map.values().filter(|v| v.is_object() || v.is_array()));
                }
                _ => {}
            }
        }
    }
    out
}

fn meta_value<'a>(page: &'a Page, names: &[&'static str]) -> Option<(&'a str, &'static str)> {
    names.iter().find_map(|&name| {
        let m = page
            .metas
            .iter()
            .find(|m| m.name == name && !m.content.trim().is_empty())?;
        Some((m.content.trim(), name))
    })
}

/// `<title>` cut into the page's title and the site's part. At a separator that may
/// stand inside a headline (" - ") the site's part is the last, unless the first part
/// is a short name and the rest a headline of many words ("OECD - Trade restrictions
/// on critical minerals have quadrupled").
fn split_title(title: &str, headline: Option<&str>) -> (String, Option<String>) {
    let title = collapse(title);
    // A title that spells the shown headline whole keeps its dashes: they are the
    // headline's ("Battery forum – 11 new projects").
    if headline.is_some_and(|h| key(h) == key(&title)) {
        return (title, None);
    }
    let words = |s: &str| s.split_whitespace().count();
    for &(sep, every) in SEPARATORS {
        if !title.contains(sep) {
            continue;
        }
        // "Site - Section - Headline" (Korean ministries' boards, older Polish ministry
        // sites): short names or an institution's name first, a headline of several
        // words last (not a site's name: "Talks - Ministry of X").
        let all: Vec<&str> = title.split(sep).map(str::trim).collect();
        if !every && all.len() >= 3 {
            let last = all[all.len() - 1];
            let names_first = all[..all.len() - 1]
                .iter()
                .all(|p| words(p) <= 2 || publisher::is_institution_name(p));
            if names_first
                && words(last) >= 4
                && !publisher::is_institution(last)
                && headline.is_none_or(|h| same_title(last, h))
            {
                return (last.to_string(), Some(all[0].to_string()));
            }
        }
        let mut site_first = false;
        let parts: Vec<&str> = if every {
            title
                .split(sep)
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .collect()
        } else {
            let (a, b) = title.rsplit_once(sep).expect("contains the separator");
            let (c, d) = title.split_once(sep).expect("contains the separator");
            let (c, d) = (c.trim(), d.trim());
            // Without a known headline the longer second part is the headline unless it
            // names an institution ("News - Embassy of the Republic of Poland in Seoul":
            // a section's name, then the site's).
            site_first = match headline {
                Some(h) => same_title(d, h) && !same_title(a, h),
                None => {
                    !d.contains(sep)
                        && words(c) <= 4
                        && words(d) >= (words(c) + 3).max(5)
                        && !publisher::is_institution_name(d)
                }
            };
            if site_first {
                vec![c, d]
            } else {
                vec![a.trim(), b.trim()]
            }
        };
        if parts.len() < 2 {
            continue;
        }
        let pick = headline
            .and_then(|h| parts.iter().position(|p| same_title(p, h)))
            .unwrap_or_else(|| {
                if every {
                    // The longest part; the first of equals.
                    (0..parts.len())
                        .max_by_key(|&i| (parts[i].chars().count(), std::cmp::Reverse(i)))
                        .unwrap_or(0)
                } else if site_first {
                    1
                } else {
                    0
                }
            });
        let site = if pick == parts.len() - 1 {
            parts[0]
        } else {
            parts[parts.len() - 1]
        };
        return (parts[pick].to_string(), Some(site.to_string()));
    }
    (title, None)
}

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The strings the page's headline may match: its declared titles and `<title>` parts.
pub(super) fn title_keys(page: &Page) -> Vec<String> {
    let mut keys: Vec<String> = TITLE_NAMES
        .iter()
        .filter_map(|&n| meta_value(page, &[n]))
        .map(|(v, _)| collapse(v))
        .collect();
    if let Some(h) = json_ld(page).headline {
        keys.push(collapse(&h));
    }
    if let Some(t) = &page.title {
        keys.push(collapse(t));
        keys.push(split_title(t, None).0);
    }
    keys.retain(|k| !k.is_empty());
    keys
}

/// The titles a page declares for its statement (`og:title`, JSON-LD `headline`, and
/// the title part of `<title>` when it is long enough to be a headline rather than a
/// section's name such as "보도자료" or "Aktualności").
pub(super) fn declared_title_keys(page: &Page) -> Vec<String> {
    let mut keys: Vec<String> = TITLE_NAMES
        .iter()
        .filter_map(|&n| meta_value(page, &[n]))
        .map(|(v, _)| collapse(v))
        .collect();
    if let Some(h) = json_ld(page).headline {
        keys.push(collapse(&h));
    }
    if let Some(t) = &page.title {
        let part = split_title(t, None).0;
        let long = part.split_whitespace().count() >= 4 || part.chars().count() >= 24;
        if long && key(&part) != key(t) {
            keys.push(part);
        }
    }
    // A site that declares its own name as the page's title declares no headline: the
    // name it declares, or the holder its copyright line names ("Section - Agency").
    let sites = site_name_keys(page);
    keys.retain(|k| {
        !k.is_empty()
            && !sites.iter().any(|s| same_key(s, k))
            && !is_institution_only(k)
            && !is_section_label(k)
    });
    keys
}

/// Whether a title is a section's label rather than a headline: a word or two
/// ("Aktualności", "보도자료", "Press releases"). Joomla and WordPress themes declare the
/// section's name as every article's `og:title` and print it as an `h1` over the
/// article's own heading.
pub(super) fn is_section_label(title: &str) -> bool {
    title.split_whitespace().count() < 3 && key(title).chars().count() < 20
}

/// Whether a title only names an institution ("Urząd Miasta Sopotu - Aktualności"
/// gives one): a site's name, however the page declares it.
fn is_institution_only(title: &str) -> bool {
    title.split_whitespace().count() <= 6 && publisher::is_institution_name(title)
}

/// Whether a heading is the page's headline: it is a title the page declares (give or
/// take a site part), or it spells exactly the title part of `<title>`. A shorter
/// heading inside `<title>` ("보도자료" in "보도자료 상세 | 외교부") is the section's name.
pub(super) fn heading_is_headline(page: &Page, declared: &[String], text: &str) -> bool {
    if declared.iter().any(|k| same_title(k, text)) {
        return true;
    }
    let site = meta_value(page, PUBLISHER_NAMES).map(|(s, _)| key(s));
    let original = text;
    let text = key(text);
    if text.is_empty() || site.as_deref() == Some(text.as_str()) {
        return false;
    }
    // A part of two short words ("Press releases | Ministry") names a section.
    let short = text.chars().count() < 20 && original.split_whitespace().count() < 3;
    !short
        && page.title.as_deref().is_some_and(|t| {
            let (part, suffix) = split_title(t, None);
            key(&part) == text && suffix.is_some_and(|s| key(&s) != text)
        })
}

/// The site's names the page states: `og:site_name` (or a Dublin Core publisher) and
/// the site's part of `<title>`, as [`key`]s.
pub(super) fn site_name_keys(page: &Page) -> Vec<String> {
    let mut keys: Vec<String> = PUBLISHER_NAMES
        .iter()
        .filter_map(|&n| meta_value(page, &[n]))
        .map(|(v, _)| key(v))
        .collect();
    if let Some((_, Some(site))) = page.title.as_deref().map(|t| split_title(t, None)) {
        keys.push(key(&site));
    }
    // The holder a copyright line names: "© 2024 Ministry of Digital Affairs".
    for raw in &page.blocks {
        if raw.text.chars().count() > 120 {
            continue;
        }
        let lower = raw.text.trim().to_lowercase();
        let Some(rest) = ["copyright ©", "copyright (c)", "copyright", "©", "ⓒ", "(c)"]
            .iter()
            .find_map(|m| lower.strip_prefix(m))
        else {
            continue;
        };
        let holder = rest
            .split(['|', '.', '·'])
            .next()
            .unwrap_or("")
            .trim_start_matches(|c: char| {
                c.is_ascii_digit() || c.is_whitespace() || matches!(c, '-' | '–' | ',')
            });
        let holder = holder.split("all rights").next().unwrap_or("").trim();
        if holder.split_whitespace().count() <= 8 {
            keys.push(key(holder));
        }
    }
    keys.retain(|k| !k.is_empty());
    keys
}

/// Whether `text` spells `k` (a [`key`]) exactly, give or take case and punctuation.
pub(super) fn same_key(k: &str, text: &str) -> bool {
    !k.is_empty() && key(text) == key(k)
}

/// Whether `text` holds a date written in figures with its year: `2024.09.10`,
/// `26/08/2024`, `2024-08-27`.
pub(super) fn has_numeric_date(text: &str) -> bool {
    text.split(|c: char| !(c.is_ascii_digit() || matches!(c, '.' | '/' | '-')))
        .any(|token| {
            let token = token.trim_matches(['.', '/', '-']);
            let fields: Vec<&str> = token.split(['.', '/', '-']).collect();
            fields.len() == 3
                && fields.iter().all(|f| !f.is_empty() && f.len() <= 4)
                && (fields[0].len() == 4 || fields[2].len() == 4)
                && has_year(token)
        })
}

/// Letters and digits of `text`, lower-cased: what two spellings of a title share.
fn key(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Whether `a` and `b` are the same title, give or take punctuation, case, or a site
/// part one of them carries.
pub(super) fn same_title(a: &str, b: &str) -> bool {
    let (a, b) = (key(a), key(b));
    if a.is_empty() || b.is_empty() {
        return false;
    }
    if a == b {
        return true;
    }
    let (short, long) = if a.len() < b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    long.contains(short.as_str()) && short.len() * 5 >= long.len() * 3
}

/// The document's metadata; see the module documentation.
pub(super) fn metadata(page: &Page, decided: &Decided) -> Metadata {
    let ld = json_ld(page);
    let headline = decided
        .headline
        .map(|b| without_note_mark(&collapse(&page.blocks[b].text)).to_string());
    let headline_source = decided.headline.map_or("h1", |b| page.headline_source(b));
    let (title_part, site_part) = match &page.title {
        Some(t) => {
            let (title, site) = split_title(t, headline.as_deref());
            (Some(title).filter(|t| !t.is_empty()), site)
        }
        None => (None, None),
    };
    let declared_site = meta_value(page, PUBLISHER_NAMES);
    let is_site_name = |t: &str| {
        declared_site.is_some_and(|(s, _)| key(s) == key(t))
            || site_part.as_deref().is_some_and(|s| key(s) == key(t))
    };
    let title = meta_value(page, TITLE_NAMES)
        .filter(|(v, _)| !names_only_a_section(v, headline.as_deref()))
        .map(|(v, from)| (split_title(v, headline.as_deref()).0, from))
        .filter(|(v, _)| {
            !v.is_empty() && !is_site_name(v) && !names_only_an_institution(v, headline.as_deref())
        })
        .map(|(v, from)| match headline.as_deref() {
            Some(h) if shortens_the_headline(&v, h) => {
                Found::metadata(h.to_string(), headline_source)
            }
            _ => Found::metadata(v, from),
        })
        .or_else(|| {
            headline
                .clone()
                .map(|h| Found::metadata(h, headline_source))
        })
        .or_else(|| {
            // "Institution - Section" names the site and the section, no statement.
            title_part
                .clone()
                .filter(|t| !is_site_name(t) && !is_institution_only(t))
                .map(|t| Found::metadata(t, "title"))
        });

    let date = meta_value(page, DATE_NAMES)
        .or_else(|| ld.date.as_deref().map(|v| (v, "JSON-LD datePublished")))
        .and_then(|(v, from)| {
            let stated = iso_date(v)?;
            Some(match shown_date_beside_utc(page, decided, v, &stated) {
                Some(shown) => Found::text(shown),
                None => Found::metadata(stated, from),
            })
        })
        .or_else(|| record_field(page, CREATED_LABELS).and_then(field_date))
        .or_else(|| {
            decided
                .times
                .iter()
                .find_map(|t| iso_date(t))
                .map(|d| Found::metadata(d, "time datetime"))
        })
        .or_else(|| record_field(page, SHARED_LABELS).and_then(field_date))
        .or_else(|| closing_dateline(page, decided));

    let publisher = record_field(page, PROVIDER_LABELS)
        .filter(|v| v.split_whitespace().count() <= 12)
        .map(|v| Found::text(collapse(v)))
        .or_else(|| lead_agency(page, decided, declared_site).map(Found::text))
        .or_else(|| page_publisher(page, &ld, declared_site, headline.as_deref()));

    let lang = page.lang.as_deref().and_then(|l| {
        let primary = l.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        (!primary.is_empty()
            && primary.len() <= 3
            && primary.bytes().all(|b| b.is_ascii_alphabetic()))
        .then_some(primary)
    });
    Metadata {
        title,
        date,
        publisher,
        lang,
        fields: Vec::new(),
    }
}

/// Whether a declared title gives way to the headline a page shows: it only names a
/// section ("Aktualności – Narodowe Centrum Nauki") or an institution. Web clippers
/// copy such a `<title>` into a Markdown note's front matter as they find it.
pub(crate) fn declared_title_gives_way(declared: &str, headline: &str) -> bool {
    names_only_a_section(declared, Some(headline))
        || names_only_an_institution(declared, Some(headline))
}

/// A declared title that is the shown headline with the site's part after a separator,
/// cut as a page's `<title>` is: web clippers copy the `<title>` ("Ports agree on a rail
/// terminal – News - Harbour Board") into a Markdown note's front matter, over the
/// note's own H1. `None` when the declared title has no site part or the part kept is
/// not the headline.
pub(crate) fn declared_title_without_site(declared: &str, headline: &str) -> Option<String> {
    if key(declared) == key(headline) {
        return None;
    }
    let (title, site) = split_title(declared, Some(headline));
    (site.is_some() && key(&title) == key(headline)).then_some(title)
}

/// Whether a declared title (`og:title`) only names an institution ("Ministry of
/// Digital Affairs", "국무조정실 국무총리비서실") while the page shows another headline:
/// such sites declare their own name for every page, and the shown headline is the
/// statement's title.
fn names_only_an_institution(declared: &str, headline: Option<&str>) -> bool {
    headline.is_some_and(|h| !same_title(h, declared)) && is_institution_only(declared)
}

/// Whether a declared title (`og:title`) is the shown headline cut short after some of
/// its words: news sites shorten the title they give to social networks ("Ports agree
/// on a rail terminal" for the headline "Ports agree on a rail terminal. Work starts in
/// 2026"), and the headline the page shows whole is the statement's title.
fn shortens_the_headline(declared: &str, headline: &str) -> bool {
    let (d, h) = (collapse(declared), collapse(headline));
    let Some(rest) = h.strip_prefix(d.trim_end_matches(['.', '…'])) else {
        return false;
    };
    // The cut falls between words, and the headline goes on for a few more.
    d.split_whitespace().count() >= 3
        && rest.starts_with(|c: char| c.is_whitespace() || c.is_ascii_punctuation())
        && key(rest).chars().count() >= 4
}

/// A headline without the footnote mark a word processor's export leaves at its end
/// ("... Republiki Korei[1]", "... Statement[a]"): the note's, not the title's.
fn without_note_mark(title: &str) -> &str {
    let Some(open) = title.strip_suffix(']').and_then(|t| t.rfind('[')) else {
        return title;
    };
    let mark = &title[open + 1..title.len() - 1];
    let is_mark = (1..=3).contains(&mark.len())
        && (mark.bytes().all(|b| b.is_ascii_digit())
            || (mark.len() == 1 && mark.bytes().all(|b| b.is_ascii_lowercase())));
    if is_mark && open > 0 && !title[..open].ends_with(char::is_whitespace) {
        &title[..open]
    } else {
        title
    }
}

/// Whether `text` is a section's label ([`is_section_label`]) that the page's titles
/// spell beside other words ("Aktualności" in "Aktualności | Company"): the section's
/// name over the page, not its headline.
pub(super) fn labels_a_section_in(title_keys: &[String], text: &str) -> bool {
    let k = key(text);
    is_section_label(text) && !k.is_empty() && title_keys.iter().any(|t| key(t).contains(&k))
}

/// Whether a declared title is only a section's label ([`is_section_label`]) while
/// the page shows another headline, which is then the statement's title.
fn names_only_a_section(declared: &str, headline: Option<&str>) -> bool {
    let Some(h) = headline else {
        return false;
    };
    // "Aktualności", "Company – Aktualności": each part a name of a few words.
    let parts: Vec<&str> = declared
        .split(['|', '–', '—', '·', '»'])
        .flat_map(|p| p.split(" - "))
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    h.split_whitespace().count() >= 4
        && !parts.is_empty()
        && parts
            .iter()
            .all(|p| p.split_whitespace().count() <= 3 && !same_title(p, h))
        && (parts.len() > 1 || is_section_label(declared))
}

/// The date the page shows when its metadata states a UTC time that falls a day
/// before or after it: a site in Seoul or Warsaw stamps `2025-06-02T23:30:00Z` on a
/// statement its readers see dated 3 June, and the shown, local date is the
/// statement's. `value` is the metadata's raw value, `stated` its date.
fn shown_date_beside_utc(
    page: &Page,
    decided: &Decided,
    value: &str,
    stated: &str,
) -> Option<String> {
    if !is_utc_time(value) {
        return None;
    }
    let texts: Vec<&str> = page.blocks.iter().map(|b| b.text.as_str()).collect();
    let shown = crate::corpus::statement::date_by_headline(&texts, decided.headline)?;
    (day_number(&shown)?.abs_diff(day_number(stated)?) == 1).then_some(shown)
}

/// Whether a metadata value is a time of day in UTC (`...T23:30:00Z`, `+00:00`).
fn is_utc_time(value: &str) -> bool {
    let v = value.trim();
    let Some((_, time)) = v.split_once(['T', ' ']) else {
        return false;
    };
    time.contains(':') && (time.ends_with(['Z', 'z']) || time.ends_with("+00:00"))
}

/// Days since 1970-01-01 of an ISO date `YYYY-MM-DD`.
fn day_number(iso: &str) -> Option<i64> {
    let mut parts = iso.split('-').map(|p| p.parse::<i64>().ok());
    let (y, m, d) = (parts.next()??, parts.next()??, parts.next()??);
    // Howard Hinnant's days_from_civil.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

/// The agency the text's dateline names right under the headline ("(바르샤바=연합뉴스)
/// 김 특파원 = ..."), on a page that declares no site name of its own, or whose page
/// also gives the story's rights to that agency ("Copyright © 연합뉴스"): a portal's
/// copy of an agency's story (Naver, Daum, MSN), whose site name and footer are the
/// portal's.
fn lead_agency(
    page: &Page,
    decided: &Decided,
    declared_site: Option<(&str, &'static str)>,
) -> Option<String> {
    let h = decided.headline?;
    let agency = page
        .blocks
        .iter()
        .enumerate()
        .skip(h + 1)
        .filter(|(b, _)| decided.blocks[*b].reason.is_none())
        .take(2)
        .find_map(|(_, raw)| publisher::agency_dateline(&raw.text))?;
    if declared_site.is_some() {
        let blocks: Vec<&str> = page.blocks.iter().map(|b| b.text.as_str()).collect();
        return publisher::holds_rights(&blocks, &agency).then_some(agency);
    }
    Some(agency)
}

/// The date of a closing dateline ("Warszawa, 3 czerwca 2025 r.", "2022. 10. 31.
/// 서울") on a page with no date line above its text: joint statements, letters and
/// documents saved from an editor date themselves after the text, above the
/// signatures, footnotes and notes that end the page.
fn closing_dateline(page: &Page, decided: &Decided) -> Option<Found<String>> {
    let d = &decided.blocks;
    let last_prose = (0..d.len())
        .rev()
        .find(|&b| d[b].reason.is_none() && super::is_prose(&page.blocks[b]))?;
    let dateline = |b: &usize| d[*b].kind == BlockKind::Dateline;
    if (0..last_prose).any(|b| dateline(&b)) {
        return None;
    }
    (last_prose + 1..d.len())
        .filter(dateline)
        .find_map(|b| crate::corpus::statement::statement_date([page.blocks[b].text.as_str()]))
        .map(Found::text)
}

/// Labels of the date a public record was made, in the record's table of facts that
/// Polish public-information bulletins (BIP) print under every page ("Metryka":
/// "Data wytworzenia: 2025-05-27"). The statement's date is its making, not its posting
/// or its later edits.
const CREATED_LABELS: &[&str] = &[
    "data wytworzenia",
    "data wytworzenia informacji",
    "data wytworzenia dokumentu",
    "data utworzenia dokumentu",
];

/// Labels of the date such a record was made public, read when it states no making.
const SHARED_LABELS: &[&str] = &[
    "data udostępnienia",
    "data udostępnienia informacji",
    "data opublikowania",
    "data publikacji",
];

/// Labels of the body that makes such a record public: its publisher.
const PROVIDER_LABELS: &[&str] = &[
    "podmiot udostępniający informację",
    "podmiot udostępniający",
    "informację udostępnił",
];

/// The value of a record's fact labelled by one of `labels` (lower case, without the
/// colon): the block after a label block ("Data wytworzenia:" | "2025-05-27", a table's
/// row), or the rest of a block that opens with the label ("Data wytworzenia: ...").
fn record_field<'a>(page: &'a Page, labels: &[&str]) -> Option<&'a str> {
    let blocks = &page.blocks;
    blocks.iter().enumerate().find_map(|(b, raw)| {
        let lower = raw.text.trim().to_lowercase();
        if lower.chars().count() > 80 {
            return None;
        }
        let label = lower.trim_end_matches(':').trim_end();
        if labels.contains(&label) {
            return blocks
                .get(b + 1)
                .map(|next| next.text.trim())
                .filter(|v| !v.is_empty() && v.chars().count() <= 100);
        }
        let labelled = labels
            .iter()
            .any(|l| lower.strip_prefix(l).is_some_and(|r| r.starts_with(':')));
        labelled
            .then(|| raw.text.split_once(':').map(|(_, v)| v.trim()))
            .flatten()
            .filter(|v| !v.is_empty())
    })
}

/// A record's date field as an ISO date.
fn field_date(value: &str) -> Option<Found<String>> {
    iso_date(value)
        .or_else(|| crate::corpus::statement::statement_date(std::iter::once(value)))
        .map(Found::text)
}

/// The page's publisher (see [`publisher::page_publisher`]): its declared site name
/// unless a portal's, the issuer its text names, the part of `<title>` that names an
/// organisation, what its text names.
fn page_publisher(
    page: &Page,
    ld: &JsonLd,
    declared_site: Option<(&str, &'static str)>,
    headline: Option<&str>,
) -> Option<Found<String>> {
    let mut declared: Vec<(String, &str)> = Vec::new();
    if let Some((v, from)) = declared_site {
        declared.push((collapse(v), from));
    }
    // The other names it declares (`dcterms.publisher` beside `og:site_name`).
    for &n in PUBLISHER_NAMES {
        if let Some((v, from)) = meta_value(page, &[n]) {
            if !declared.iter().any(|(d, _)| key(d) == key(v)) {
                declared.push((collapse(v), from));
            }
        }
    }
    if let Some(p) = &ld.publisher {
        declared.push((collapse(p), "JSON-LD publisher"));
    }
    let names: Vec<&str> = declared.iter().map(|(v, _)| v.as_str()).collect();
    // The headline the page shows, else the titles it declares (a declared title may be
    // the site's name, "og:title" = "Ministry of X", where a headline is shown).
    let mut headlines: Vec<String> = headline.map(collapse).into_iter().collect();
    if headlines.is_empty() {
        headlines.extend(meta_value(page, TITLE_NAMES).map(|(v, _)| collapse(v)));
        headlines.extend(ld.headline.as_deref().map(collapse));
    }
    let headlines: Vec<&str> = headlines.iter().map(String::as_str).collect();
    let blocks: Vec<&str> = page.blocks.iter().map(|b| b.text.as_str()).collect();
    let (name, source) =
        publisher::page_publisher(&names, page.title.as_deref(), &headlines, &blocks)?;
    Some(match source {
        PageSource::Declared(i) => Found::metadata(name, declared[i].1),
        PageSource::Title => Found::metadata(name, "title"),
        PageSource::Text => Found::text(name),
    })
}

/// `2023-05-22T10:00:00+09:00`, `2023/05/22`, `2023.05.22`, `20230522` -> `2023-05-22`
/// (`YYYY-MM` and `YYYY` when that is all there is).
pub(super) fn iso_date(value: &str) -> Option<String> {
    let v = value.trim();
    let digits: Vec<u32> = v
        .split(|c: char| !c.is_ascii_digit())
        .take(3)
        .map(|p| p.parse().ok())
        .collect::<Option<Vec<u32>>>()
        .unwrap_or_default();
    let (y, m, d) = match (digits.as_slice(), v.len()) {
        (&[ymd], 8..) if v.as_bytes()[..8].iter().all(u8::is_ascii_digit) => {
            (ymd / 10000, ymd / 100 % 100, Some(ymd % 100))
        }
        (&[y, m, d, ..], _) => (y, m, Some(d)),
        (&[y, m], _) => (y, m, None),
        _ => return None,
    };
    if !(1900..=2100).contains(&y) || !(1..=12).contains(&m) {
        return None;
    }
    Some(match d {
        Some(d) if (1..=31).contains(&d) => format!("{y:04}-{m:02}-{d:02}"),
        Some(_) => return None,
        None => format!("{y:04}-{m:02}"),
    })
}

/// Words of date lines: "입력 2023-05-22", "Published: April 27, 2023", "Data
/// publikacji: 19.10.2018".
const DATE_WORDS: &[&str] = &[
    "입력",
    "수정",
    "등록",
    "작성",
    "게시",
    "발행",
    "승인",
    "보도",
    "배포",
    "기사입력",
    "최종수정",
    "일시",
    "published",
    "updated",
    "posted",
    "date",
    "release",
    "last modified",
    "issued",
    "data",
    "opublikowano",
    "publikacji",
    "aktualizacja",
    "zaktualizowano",
    "dodano",
    "utworzono",
    "modyfikacji",
    "wytworzenia",
];

const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "stycznia",
    "lutego",
    "marca",
    "kwietnia",
    "maja",
    "czerwca",
    "lipca",
    "sierpnia",
    "września",
    "października",
    "listopada",
    "grudnia",
    "styczeń",
    "luty",
    "marzec",
    "kwiecień",
    "maj",
    "czerwiec",
    "lipiec",
    "sierpień",
    "wrzesień",
    "październik",
    "listopad",
    "grudzień",
    "am",
    "pm",
    "r",
    "godz",
    "kst",
    "utc",
    "gmt",
    "cet",
    "cest",
    "년",
    "월",
    "일",
    "오전",
    "오후",
    "시",
    "분",
];

/// Whether `text` is a short line that only says when the page was published.
pub(crate) fn is_dateline(text: &str) -> bool {
    if text.chars().count() > 80 || !has_year(text) {
        return false;
    }
    let lower = text.to_lowercase();
    let mut rest = lower.clone();
    let mut keyword = false;
    for w in DATE_WORDS {
        if rest.contains(w) {
            keyword = true;
            rest = rest.replace(w, " ");
        }
    }
    let letters: usize = rest
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty() && !MONTHS.contains(w) && !COUNT_WORDS.contains(w))
        .map(|w| w.chars().count())
        .sum();
    letters <= 2 || (keyword && letters <= 24) || place_then_date(text)
}

/// What a post's counts beside its date count ("05/06/2025 2105 views 34 likes"):
/// no words of the statement, so a date line may hold them.
const COUNT_WORDS: &[&str] = &[
    "views",
    "likes",
    "comments",
    "odsłony",
    "odsłon",
    "wyświetleń",
    "komentarzy",
    "조회",
    "조회수",
];

/// Labels of a post's categories or tags after its date on the same line.
const TAG_LABELS: &[&str] = &[
    " category:",
    " categories:",
    " tags:",
    " topics:",
    " filed under:",
    " kategoria:",
    " kategorie:",
    " tagi:",
    " 분류:",
    " 카테고리:",
];

/// Whether `text` is a post's date line run on into its categories, as templates
/// print a row of inline fields: "Data publikacji: 16.06.2025 Kategoria: Gospodarka",
/// "June 3, 2025 Filed under: Energy, Trade". The categories are a few words, no
/// sentence.
pub(crate) fn is_dateline_with_tags(text: &str) -> bool {
    if text.chars().count() > 160 || text.contains('\n') {
        return false;
    }
    let lower = text.to_lowercase();
    TAG_LABELS.iter().any(|label| {
        lower.find(label).is_some_and(|at| {
            let (date, tags) = (&lower[..at], &lower[at + label.len()..]);
            (is_dateline(date) || is_meta_line(date))
                && (1..=8).contains(&tags.split_whitespace().count())
                && !crate::corpus::chrome::ends_with_full_stop(tags)
        })
    })
}

/// Whether `text` is an article's line of facts about it, fields split by `|` or `·`:
/// its date and, beside it, a byline, a view count or another short `Label: value`
/// ("12.03.2024 | By: Press Office | Views: 310"). Such a line says when the page was
/// published and nothing of the statement.
pub(crate) fn is_meta_line(text: &str) -> bool {
    if text.chars().count() > 120 || text.contains('\n') {
        return false;
    }
    let fields: Vec<&str> = text
        .split(['|', '·', '•'])
        .map(str::trim)
        .filter(|f| !f.is_empty())
        .collect();
    let dates = fields.iter().filter(|f| is_dateline(f)).count();
    fields.len() >= 2
        && dates >= 1
        && fields
            .iter()
            .all(|f| is_dateline(f) || labelled(f, 2) || crate::corpus::chrome::is_view_count(f))
}

/// A `Label: value` line of up to `label_words` words of label and six of value, not
/// a sentence: "By: Press Office", "Issued by: Ministry of Energy".
fn labelled(text: &str, label_words: usize) -> bool {
    !text.contains('\n')
        && text.split_once(':').is_some_and(|(label, value)| {
            let words = label.split_whitespace().count();
            let value_words = value.split_whitespace().count();
            (1..=label_words).contains(&words)
                && (1..=6).contains(&value_words)
                && !crate::corpus::chrome::ends_with_full_stop(value)
        })
}

/// Whether `text` is a short line of a page's facts: `Label: value` of a few words.
pub(super) fn is_labelled_fact(text: &str) -> bool {
    labelled(text, 4)
}

/// "Warszawa, 19 października 2018 r.", "Brussels, 30 June 2023": a place of up to
/// three words, a comma, and nothing but a date.
fn place_then_date(text: &str) -> bool {
    let Some((place, date)) = text.split_once(',') else {
        return false;
    };
    let words = place.split_whitespace().count();
    (1..=3).contains(&words)
        && !place.chars().any(|c| c.is_ascii_digit())
        && has_year(date)
        && date
            .to_lowercase()
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty() && !MONTHS.contains(w))
            .map(|w| w.chars().count())
            .sum::<usize>()
            <= 2
}

fn has_year(text: &str) -> bool {
    let b = text.as_bytes();
    (0..b.len().saturating_sub(3)).any(|i| {
        b[i..i + 4].iter().all(u8::is_ascii_digit)
            && (b[i] == b'1' && b[i + 1] == b'9' || b[i] == b'2' && b[i + 1] == b'0')
            && (i == 0 || !b[i - 1].is_ascii_digit())
            && b.get(i + 4).is_none_or(|c| !c.is_ascii_digit())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn site_and_section_names_before_the_headline() {
        let (title, site) =
            split_title("기상청 - 알림마당 - 올여름 폭염 대비 합동 점검 실시", None);
        assert_eq!(title, "올여름 폭염 대비 합동 점검 실시");
        assert_eq!(site.as_deref(), Some("기상청"));
        let headline = "Ferry forum – 8 new routes across the Baltic";
        let (title, site) = split_title(headline, Some(headline));
        assert_eq!((title.as_str(), site), (headline, None));
        let (title, _) = split_title("Korea - Poland talks - Site", None);
        assert_eq!(title, "Korea - Poland talks");
    }

    #[test]
    fn titles_lose_the_site_part() {
        let cases: &[(&str, &str, Option<&str>)] = &[
            (
                "Joint Statement on Semiconductors | The White House",
                "Joint Statement on Semiconductors",
                Some("The White House"),
            ),
            (
                "Korea - Poland talks - Ministry of Foreign Affairs",
                "Korea - Poland talks",
                Some("Ministry of Foreign Affairs"),
            ),
            (
                "한-폴 과학기술 협력 < 보도자료 < 알림·소식 < 과학기술정보통신부",
                "한-폴 과학기술 협력",
                Some("과학기술정보통신부"),
            ),
            (
                "MOFA :: 한-EU 정상회담 공동성명 발표",
                "한-EU 정상회담 공동성명 발표",
                Some("MOFA"),
            ),
            (
                "Ministerstwo Cyfryzacji - Portal Gov.pl",
                "Ministerstwo Cyfryzacji",
                Some("Portal Gov.pl"),
            ),
            (
                "Agencja Kosmiczna - Polska i Korea podpisały umowę o współpracy satelitarnej",
                "Polska i Korea podpisały umowę o współpracy satelitarnej",
                Some("Agencja Kosmiczna"),
            ),
            (
                "Allies agree on a plan - NATO",
                "Allies agree on a plan",
                Some("NATO"),
            ),
            (
                "Urząd Morski w Gdyni - Komunikaty - Zakaz kotwiczenia na redzie portu",
                "Zakaz kotwiczenia na redzie portu",
                Some("Urząd Morski w Gdyni"),
            ),
            ("Plain title", "Plain title", None),
        ];
        for &(title, want, site) in cases {
            let (t, s) = split_title(title, None);
            assert_eq!((t.as_str(), s.as_deref()), (want, site), "{title}");
        }
    }

    #[test]
    fn a_line_of_facts_holds_a_date_and_only_short_labelled_fields() {
        for line in [
            "2024-06-02 | Author: Press Office | Views: 85",
            "11.09.2023 · Autorka: Redakcja portalu",
            "5 March 2024 | Hits: 1 020",
        ] {
            assert!(is_meta_line(line), "{line}");
        }
        for line in [
            "Author: Press Office | Views: 85",
            "2024-06-02 | The ministers agreed on a plan for ports.",
            "2024-06-02",
        ] {
            assert!(!is_meta_line(line), "{line}");
        }
    }

    #[test]
    fn dates_in_figures_are_told_from_other_numbers() {
        for text in ["2024.09.10 (화) 담당", "Posted 26/08/2024", "on 2023-05-22"] {
            assert!(has_numeric_date(text), "{text}");
        }
        for text in [
            "Vision 2030 for 6G",
            "1/2/3 of the budget",
            "EUR 18.5 million",
        ] {
            assert!(!has_numeric_date(text), "{text}");
        }
    }

    #[test]
    fn dates_from_metadata_values() {
        let cases: &[(&str, Option<&str>)] = &[
            ("2023-05-22T10:31:00+09:00", Some("2023-05-22")),
            ("2023/5/2", Some("2023-05-02")),
            ("2023.05.22 14:00", Some("2023-05-22")),
            ("20230522", Some("2023-05-22")),
            ("2024-04", Some("2024-04")),
            ("2023-13-01", None),
            ("yesterday", None),
            ("", None),
        ];
        for &(v, want) in cases {
            assert_eq!(iso_date(v).as_deref(), want, "{v}");
        }
    }

    #[test]
    fn date_lines_and_not() {
        let cases: &[(&str, bool)] = &[
            ("입력 2023-05-22", true),
            ("입력 2023.05.22 10:31 수정 2023.05.22 11:02", true),
            ("Published : April 27, 2023 - 03:45", true),
            ("April 5, 2024", true),
            ("2024. 5. 14.", true),
            ("Data publikacji: 19.10.2018", true),
            ("19 października 2018 r.", true),
            ("2024년 5월 14일", true),
            (
                "The 2023 summit agreed on a joint semiconductor programme.",
                false,
            ),
            ("Korea and Poland 2030 vision", false),
            ("Kolejne kroki", false),
            ("Warszawa, 19 października 2018 r.", true),
            ("Brussels, 30 June 2023", true),
            (
                "Seoul, Korea, and Warsaw agreed in 2023 to cooperate",
                false,
            ),
        ];
        for &(text, want) in cases {
            assert_eq!(is_dateline(text), want, "{text}");
        }
    }

    #[test]
    fn a_declared_title_that_only_names_an_institution_gives_way_to_the_headline() {
        let headline = Some("Two ports agree on a shared rail terminal");
        assert!(names_only_an_institution(
            "Ministry of Inland Waterways",
            headline
        ));
        assert!(names_only_an_institution("해상안전청 대변인실", headline));
        assert!(!names_only_an_institution(
            "Ministry of Inland Waterways",
            None
        ));
        assert!(is_institution_only("Urząd Miasta Sopotu"));
        assert!(!is_institution_only("Sopot opens a new ferry pier"));
        assert!(!names_only_an_institution(
            "Two ports agree on a shared rail terminal",
            headline
        ));
        // A section's name before the site's name is no headline either.
        let (title, site) = split_title(
            "Updates - Embassy of Portugal in the Republic of Korea",
            None,
        );
        assert_eq!(title, "Updates");
        assert_eq!(
            site.as_deref(),
            Some("Embassy of Portugal in the Republic of Korea")
        );
    }

    #[test]
    fn a_social_title_cut_from_the_headline_gives_way_to_the_whole_headline() {
        let headline = "Two ports agree on a shared rail terminal. Works start next spring";
        assert!(shortens_the_headline(
            "Two ports agree on a shared rail terminal",
            headline
        ));
        assert!(shortens_the_headline(
            "Two ports agree on a shared rail terminal…",
            headline
        ));
        // The same title, or one cut inside a word, or a short label, is no shortening.
        assert!(!shortens_the_headline(headline, headline));
        assert!(!shortens_the_headline("Two ports agree on a sha", headline));
        assert!(!shortens_the_headline("Two ports", headline));
        // Another headline that merely starts alike is not the cut one.
        assert!(!shortens_the_headline(
            "Two ports agree on a shared rail terminal",
            "Two ports agree on a shared rail terminalling fee"
        ));
    }

    #[test]
    fn utc_times_and_day_numbers() {
        assert!(is_utc_time("2024-11-30T22:45:00Z"));
        assert!(is_utc_time("2024-11-30T22:45:00+00:00"));
        assert!(!is_utc_time("2024-11-30T22:45:00+09:00"));
        assert!(!is_utc_time("2024-11-30"));
        let (a, b) = (day_number("2024-11-30"), day_number("2024-12-01"));
        assert_eq!(b.unwrap() - a.unwrap(), 1);
        assert_eq!(day_number("1970-01-01"), Some(0));
        assert_eq!(
            day_number("2024-03-01").unwrap() - day_number("2024-02-28").unwrap(),
            2
        );
        assert_eq!(day_number("no date"), None);
    }
}

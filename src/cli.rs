//! Command-line arguments (clap). Only the binary sees these types; the library gets
//! checked options (`BuildOptions`, `SearchOptions`).

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use accord::search::limits;

const EXAMPLES: &str = "\
Examples:
  accord search 6G
      A term across every statement, in every language. The first search builds
      the index from corpus/ into index/.
  accord search zero-emission vehicles
      Which document holds a commitment, with file and lines.
  accord search \"submarine cables\" --lang en
  accord search półprzewodnik --doc ec-eu-kr-dpc-2023
      The EU's wording (any inflection: półprzewodników, półprzewodnikami...).
  accord search polprzewodnikow
      Polish typed without Polish letters.
  accord search semiconductor --doc msit-eu-kr-dpc-2023
      The same topic in the Korean ministry's release, to compare wording.
  accord search '\"Indo-Pacific Economic Framework\" AND -Japan' --json -n 5
  accord search submarine cables
      Also finds the Polish \"kabli podmorskich\" (translated; --no-translate to stop).
  accord search hydrogen --since 2023-06 --sort date
      Statements dated from June 2023 on, newest first (dates from the manifest,
      the file's metadata or its text; `accord docs` shows where each came from).
  accord compare semiconductor researchers forum
      The EU's (Polish) and MSIT's (English) wording of the same meeting side by side.
  accord align ec-eu-kr-dpc-2023 msit-eu-kr-dpc-2023
      Every passage paired with its counterpart; what only one side said.
  accord docs --set-aside
      What was set aside as web-page chrome, per document.
  accord serve
      The same searches in a web browser at http://127.0.0.1:8080/, and as a JSON API.
  accord index
      After adding or changing files in corpus/ (only changed files are re-read).

Exit status: 0 hits found, 1 no hits, 2 error.";

/// Search the statements governments publish about what they agreed, in Polish,
/// English and Korean: ranked passages with their document, file and lines.
#[derive(Debug, Parser)]
#[command(name = "accord", version, after_help = EXAMPLES, max_term_width = 100)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,

    #[command(subcommand)]
    pub command: Command,
}

/// Options every command takes.
#[derive(Debug, Args)]
pub struct Global {
    /// Index folder (built contents are accord's; nothing else in it is touched).
    #[arg(
        long,
        global = true,
        env = "ACCORD_INDEX",
        default_value = "index",
        value_name = "DIR"
    )]
    pub index: PathBuf,

    /// Corpus folder: text files, and manifest.toml with their metadata.
    #[arg(
        long,
        global = true,
        env = "ACCORD_CORPUS",
        default_value = "corpus",
        value_name = "DIR"
    )]
    pub corpus: PathBuf,

    /// When to colour output: auto colours a terminal unless NO_COLOR is set.
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    pub color: ColorChoice,
}

/// `--color` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build or update the index from the corpus folder.
    ///
    /// Only files whose content or manifest entry changed are re-indexed; documents
    /// whose files are gone are removed.
    #[command(after_help = crate::help::INDEX)]
    Index(IndexArgs),
    /// Search passages; exit 0 with hits, 1 without, 2 on error.
    ///
    /// Query language: words (any may match, more matches rank higher), word* (every
    /// word that starts so), "exact phrases", "words close"~N (at most N words apart, in
    /// order), a NEAR b and a NEAR/N b (within 10 or N words, any order), AND, OR, NOT,
    /// +required, -excluded, and parentheses. Operators are upper-case. Words of 5
    /// letters or more also match with one typo, of 9 or more with two (never numbers
    /// or codes such as 6G, 2030, ROK-EU), ranked below exact matches; --exact turns
    /// that off. A '-', '~' or '*' standing alone is punctuation. A query that starts
    /// with '-' goes after `--`.
    ///
    /// The number of hits in all goes to stderr ("10 of 34 hits"); --json puts it in
    /// each hit's `total`.
    #[command(after_help = crate::help::SEARCH)]
    Search(SearchArgs),
    /// List indexed documents with their metadata and passage counts.
    #[command(after_help = crate::help::DOCS)]
    Docs(DocsArgs),
    /// Two documents' best passages on a topic, side by side (across languages).
    ///
    /// By default the documents that report the same event (same `event` in the
    /// manifest, or dates a week apart with names in common) whose passages match the
    /// query best; --docs names them. Two columns on a wide terminal, stacked otherwise.
    #[command(after_help = crate::help::COMPARE)]
    Compare(CompareArgs),
    /// Pair every passage of document A with its counterpart in B, across languages,
    /// and list what each side says that the other does not.
    ///
    /// Each pair shows its similarity (0 to 1), ⟷ when each passage is the other's best
    /// match or → when only one is, and what the two share; see "How to read it" below.
    #[command(after_help = crate::help::ALIGN)]
    Align(AlignArgs),
    /// Every passage that carries a commitment, oldest statement first, and how its
    /// wording changed from one statement to the next (across languages too).
    ///
    /// The query is searched as by `search` (same query language, translated). A passage
    /// is on the timeline when it matches at least 3/4 of the query's words and phrases
    /// (--min-coverage; so every word of a one- to three-word query, in any form or
    /// translation) and scores at least a fifth of the best passage in its language
    /// (--min-score), so weak hits that only share a common word stay off. Statements
    /// are ordered by date (the manifest's, else the one found in the file's metadata or
    /// text); undated ones are listed last. The first mention is marked; every later
    /// passage is compared with the previous statement's closest passage: "+" words it
    /// added, "-" words it dropped. In one language words are compared on stems (an
    /// inflection is no change); across languages on concepts through the glossary and
    /// dictionaries, each word shown as written with its English gloss.
    #[command(after_help = crate::help::TIMELINE)]
    Timeline(TimelineArgs),
    /// Serve the index over HTTP: a web page at / and a JSON API (loopback by default).
    ///
    /// Endpoints: GET /api/search (q, lang, doc, limit, offset, translate), /api/docs,
    /// /api/docs/{id}, /api/compare (q, docs=A,B, limit), /api/align (a, b), /api/health.
    /// They answer with the same JSON objects as --json; errors are {"error": "..."} with
    /// status 400, 404 or 503. What `accord index` commits beside it is served without a
    /// restart. Ctrl-C stops it.
    #[command(after_help = crate::help::SERVE)]
    Serve(ServeArgs),
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell).
    #[command(after_help = crate::help::COMPLETIONS)]
    Completions(CompletionsArgs),
    /// Print the manual page (roff), generated from this program's own options.
    #[command(after_help = crate::help::MAN)]
    Man(ManArgs),
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to complete for.
    #[arg(value_enum, value_name = "SHELL")]
    pub shell: clap_complete::Shell,
}

#[derive(Debug, Args)]
pub struct ManArgs {
    /// A command's own page (accord-search(1)...) instead of accord(1).
    #[arg(value_name = "COMMAND")]
    pub command: Option<String>,
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address to listen on: 127.0.0.1 serves this machine only; 0.0.0.0 (or ::) the network.
    #[arg(long, default_value = "127.0.0.1", value_name = "ADDR")]
    pub bind: std::net::IpAddr,

    /// Port to listen on; 0 picks a free one.
    #[arg(long, default_value_t = 8080, value_name = "N")]
    pub port: u16,

    /// Connections open at once (1 to 100000); beyond, a connection is answered 503
    /// and closed.
    #[arg(long, default_value_t = 1024, value_name = "N", value_parser = connections)]
    pub max_connections: usize,

    /// Seconds a connection may take to send a request's headers, or stay idle between
    /// requests, before it is closed (1 to 3600).
    #[arg(long, default_value_t = 10, value_name = "SECS", value_parser = header_timeout)]
    pub header_timeout: u64,
}

/// `--max-connections`.
fn connections(text: &str) -> Result<usize, String> {
    match text.trim().parse::<usize>() {
        Ok(n) if (1..=100_000).contains(&n) => Ok(n),
        _ => Err(format!(
            "{text:?} is not a number of connections from 1 to 100000"
        )),
    }
}

/// `--header-timeout`.
fn header_timeout(text: &str) -> Result<u64, String> {
    match text.trim().parse::<u64>() {
        Ok(n) if (1..=3600).contains(&n) => Ok(n),
        _ => Err(format!(
            "{text:?} is not a number of seconds from 1 to 3600"
        )),
    }
}

#[derive(Debug, Args)]
pub struct IndexArgs {
    /// Discard the index and build it from scratch (also repairs a damaged or old one).
    #[arg(long)]
    pub rebuild: bool,

    /// Print nothing but warnings and errors.
    #[arg(long, short)]
    pub quiet: bool,
}

/// `--sort`: how hits are ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum SortArg {
    /// Best match first.
    Relevance,
    /// Newest document first.
    Date,
}

#[derive(Debug, Args)]
pub struct SearchArgs {
    /// The query (several words are joined with spaces).
    #[arg(required = true, num_args = 1.., value_name = "QUERY")]
    pub query: Vec<String>,

    /// Show at most N hits (1 to 10000).
    #[arg(short = 'n', long, default_value_t = 10, value_name = "N", value_parser = hits, allow_negative_numbers = true)]
    pub limit: usize,

    /// Skip the first N hits: the next page (0 to 100000).
    #[arg(long, default_value_t = 0, value_name = "N", value_parser = offset, allow_negative_numbers = true)]
    pub offset: usize,

    /// Only passages in these languages: pl, en or ko (repeat, or separate with commas).
    #[arg(long, value_name = "LANG", value_delimiter = ',')]
    pub lang: Vec<String>,

    /// Only documents dated on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD; dates come
    /// from the manifest, the file's metadata or its text: `accord docs` shows them).
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,

    /// Only documents dated on or before DATE (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub until: Option<String>,

    /// Order of the hits: relevance (best match first) or date (newest first).
    #[arg(long, value_enum, default_value_t = SortArg::Relevance, value_name = "ORDER")]
    pub sort: SortArg,

    /// Only passages of these documents (repeat, or separate with commas; ids: `accord docs`).
    #[arg(long, value_name = "ID", value_delimiter = ',')]
    pub doc: Vec<String>,

    /// Words only as typed (and their inflections): no typo tolerance.
    #[arg(long)]
    pub exact: bool,

    /// List the documents that match, one file a line, most matches first.
    #[arg(short = 'l', long)]
    pub files_with_matches: bool,

    /// Count the matching passages of each document (`file:count`), most first.
    #[arg(short = 'c', long)]
    pub count: bool,

    /// JSON Lines: one object per hit (each with `total`), or per document with -l/--count;
    /// with --cite, one CSL-JSON array.
    #[arg(long)]
    pub json: bool,

    /// A citation per hit, to paste into a report: the passage quoted, then its title,
    /// publisher, date, file and lines (and page), how the quote relates to the file's
    /// bytes, the file's blake3 content hash and the day it was indexed; a file changed
    /// since is flagged. With --json, one CSL-JSON array (for Zotero, Pandoc...).
    #[arg(long, conflicts_with_all = ["files_with_matches", "count"])]
    pub cite: bool,

    /// Group hits under a heading per document (title and file once); the default on
    /// a terminal. --no-heading shows each hit with its title, as in a pipe.
    #[arg(long, overrides_with = "no_heading")]
    pub heading: bool,

    /// Each hit with its own title and file, even on a terminal.
    #[arg(long = "no-heading", overrides_with = "heading")]
    pub no_heading: bool,

    /// Search only with the words as typed: no translation into the other languages.
    #[arg(long)]
    pub no_translate: bool,

    /// Translate with the curated glossary only, not the general dictionary.
    #[arg(long)]
    pub no_dictionary: bool,

    /// The language the query is written in (pl, en, ko); detected when not given.
    #[arg(long, value_name = "LANG")]
    pub query_lang: Option<String>,

    /// Say first what was searched and why: the query's language, each word's
    /// translations with their source and weight, and the senses dropped (with --json,
    /// a leading {"explanation": ...} line).
    #[arg(long)]
    pub explain: bool,
}

#[derive(Debug, Args)]
pub struct TimelineArgs {
    /// The commitment (same query language as `search`).
    #[arg(required = true, num_args = 1.., value_name = "QUERY")]
    pub query: Vec<String>,

    /// At most N passages per statement, its best (1 to 100).
    #[arg(short = 'n', long, default_value_t = 3, value_name = "N", value_parser = per_side, allow_negative_numbers = true)]
    pub limit: usize,

    /// Only passages in these languages: pl, en or ko (repeat, or separate with commas).
    #[arg(long, value_name = "LANG", value_delimiter = ',')]
    pub lang: Vec<String>,

    /// Only these documents (repeat, or separate with commas; ids: `accord docs`).
    #[arg(long, value_name = "ID", value_delimiter = ',')]
    pub doc: Vec<String>,

    /// Only documents dated on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,

    /// Only documents dated on or before DATE (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub until: Option<String>,

    /// Share of the query's words and phrases a passage must match (0 to 1).
    #[arg(long, default_value_t = accord::timeline::MIN_COVERAGE, value_name = "F", value_parser = share)]
    pub min_coverage: f32,

    /// Share of the best score in its language a passage must reach (0 to 1; 0 keeps
    /// every hit that covers enough of the query).
    #[arg(long, default_value_t = accord::timeline::MIN_RELATIVE_SCORE, value_name = "F", value_parser = share)]
    pub min_score: f32,

    /// Words only as typed (and their inflections): no typo tolerance.
    #[arg(long)]
    pub exact: bool,

    /// No translation of the query into the other languages.
    #[arg(long)]
    pub no_translate: bool,

    /// JSON Lines: one object per passage, oldest first.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct CompareArgs {
    /// The topic (same query language as `search`).
    #[arg(required = true, num_args = 1.., value_name = "QUERY")]
    pub query: Vec<String>,

    /// The two documents to compare, as ID,ID (ids: `accord docs`).
    #[arg(long, value_name = "A,B")]
    pub docs: Option<String>,

    /// Passages per side (1 to 100).
    #[arg(short = 'n', long, default_value_t = 3, value_name = "N", value_parser = per_side, allow_negative_numbers = true)]
    pub limit: usize,

    /// JSON Lines: one object per rank with both sides' hits.
    #[arg(long)]
    pub json: bool,

    /// No translation of the query into the other languages.
    #[arg(long)]
    pub no_translate: bool,
}

#[derive(Debug, Args)]
pub struct AlignArgs {
    /// Document A (id).
    pub a: String,
    /// Document B (id).
    pub b: String,

    /// JSON Lines: one object per pair, then per one-sided passage.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct DocsArgs {
    /// JSON Lines: one object per document (or per set-aside block).
    #[arg(long)]
    pub json: bool,

    /// List the blocks set aside as web-page chrome, with the rule that fired.
    #[arg(long, alias = "chrome")]
    pub set_aside: bool,

    /// Only this document.
    #[arg(long, value_name = "ID")]
    pub doc: Option<String>,
}

/// `-n` of `search`: checked by the library's range, so the CLI and HTTP agree.
fn hits(text: &str) -> Result<usize, String> {
    limits::LIMIT.parse(text).map_err(|e| e.to_string())
}

/// `--offset`.
fn offset(text: &str) -> Result<usize, String> {
    limits::OFFSET.parse(text).map_err(|e| e.to_string())
}

/// `-n` of `compare`.
fn per_side(text: &str) -> Result<usize, String> {
    limits::PER_SIDE.parse(text).map_err(|e| e.to_string())
}

/// A share from 0 to 1 (`--min-coverage`, `--min-score`).
fn share(text: &str) -> Result<f32, String> {
    match text.trim().parse::<f32>() {
        Ok(v) if (0.0..=1.0).contains(&v) => Ok(v),
        _ => Err(format!("{text:?} is not a share from 0 to 1 (such as 0.5)")),
    }
}

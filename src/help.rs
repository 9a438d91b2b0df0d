//! The examples each subcommand's `--help` ends with (and so its man page): commands
//! that work on the bundled corpus, each with what it shows.

pub const INDEX: &str = "\
Examples:
  accord index
      After adding or changing files in corpus/: only changed files are re-read.
  accord index --rebuild
      From scratch (also repairs a damaged index or one built by an older accord).
  accord --corpus ~/statements --index ~/statements-index index
      Another corpus folder, with its index beside it.";

pub const SEARCH: &str = "\
Examples:
  accord search 6G
      A term across every statement, in every language.
  accord search \"submarine cables\" --lang en
      A phrase, only in English passages.
  accord search półprzewodnik --doc ec-eu-kr-dpc-2023
      Any inflection (półprzewodników, półprzewodnikami...) in one document.
  accord search polprzewodnikow
      Polish typed without Polish letters.
  accord search submarine cables
      Also finds the Polish \"kabli podmorskich\" (translated; --no-translate to stop).
  accord search '\"Indo-Pacific Economic Framework\" AND -Japan' --json -n 5
      Boolean operators, JSON Lines for scripts.
  accord search semicond*
      Every word that starts so: semiconductor, semiconductors...
  accord search polprzewod*
      The same on Polish words typed without Polish letters.
  accord search semicondutor
      A typo: finds semiconductor, below exact matches (--exact: only as typed).
  accord search '\"quantum semiconductors\"~5'
      Both words, at most 5 other words apart, in this order.
  accord search 'quantum NEAR/3 cooperation'
      Within 3 words of each other, in any order.
  accord search cooperation -n 10 --offset 10
      The second page of ten hits.
  accord search cooperation -l
      Only the files that match, one a line; --count adds how many passages.
  accord search \"submarine cables\" --cite -n 3
      A citation per hit to paste into a report: the passage quoted, title,
      publisher, date, file and lines, content hash and the day it was indexed.
  accord search \"submarine cables\" --cite --json > refs.json
      The same as one CSL-JSON array, for Zotero, Pandoc or citeproc.
  accord search cooperation --lang pl --lang en --doc ec-eu-kr-dpc-2023,msit-eu-kr-dpc-2023
      Repeated filters: passages in either language, of either document.";

pub const DOCS: &str = "\
Examples:
  accord docs
      Every document: id, language, date, title, publisher, file, counts.
  accord docs --doc msit-eu-kr-dpc-2023 --json
      One document's metadata as JSON.
  accord docs --set-aside
      What was set aside as web-page chrome (menus, footers...), with the rule that fired.";

pub const COMPARE: &str = "\
Examples:
  accord compare semiconductor researchers forum
      The EU's (Polish) and MSIT's (English) wording of the same meeting side by side.
  accord compare cooperation --docs msit-eu-kr-dpc-2023,rok-us-alliance-70-2023 -n 5
      Two documents you name, five passages each.";

pub const ALIGN: &str = "\
How to read it:
  0.84 ⟷  shared: minister, Seoul, Digital Partnership Council
      A pair: the passage of A (first line under it) and its counterpart in B (second).
      0.84 is their similarity, 0 to 1: the cosine of the concepts, names, numbers and
      words both passages carry, whatever their language; pairs start at 0.40.
      ⟷  each is the other's best match.
      →  one-sided: one is the other's best match, not the other way round (one
         paragraph may cover what the other side says in two).
      shared: what they have in common, most telling first.
  Only in A / Only in B: passages with no counterpart above 0.40 on the other side.

Examples:
  accord align ec-eu-kr-dpc-2023 msit-eu-kr-dpc-2023
      The EU's Polish release against MSIT's English one, passage by passage.
  accord align ec-eu-kr-dpc-2023 msit-eu-kr-dpc-2023 --json | jq 'select(.type == \"only_a\")'
      What only the EU said, as JSON.";

pub const COMPLETIONS: &str = "\
Examples:
  accord completions bash > ~/.local/share/bash-completion/completions/accord
  accord completions zsh > ~/.zfunc/_accord      (with fpath+=~/.zfunc before compinit)
  accord completions fish > ~/.config/fish/completions/accord.fish";

pub const MAN: &str = "\
Examples:
  accord man | man -l -
      Read the page now.
  accord man > ~/.local/share/man/man1/accord.1
      Install it for `man accord`.
  accord man search > ~/.local/share/man/man1/accord-search.1
      One command's page.";

pub const SERVE: &str = "\
Examples:
  accord serve
      The page at http://127.0.0.1:8080/, for this machine only.
  accord serve --port 0
      A free port; the address is printed on stdout.
  curl 'http://127.0.0.1:8080/api/search?q=semiconductors&lang=pl&limit=5'
      Hits as JSON, the same objects as `accord search --json`.
  accord serve --bind 0.0.0.0 --port 8080
      Serve the network: anyone who can reach this machine can search the index.";

pub const TIMELINE: &str = "\
Examples:
  accord timeline semiconductors
      Each statement's wording on semiconductors, oldest first: the first mention,
      then the words each later statement added (+) and dropped (-).
  accord timeline 6G --lang pl,en -n 1
      One passage per statement, Polish and English only.
  accord timeline \"submarine cables\" --since 2023-05 --json
      JSON Lines: date, doc, title, publisher, path, lines, text, first, added, dropped.
  accord timeline quantum --min-score 0
      Every passage that names it, however weakly it matches.";

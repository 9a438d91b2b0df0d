//! accord's integration tests: one test binary (one link step) with a module per
//! subject, sharing the helpers in `common` (a workspace per test, the real binary).

mod common;

mod analysis;
mod browser;
mod cite;
mod cli;
mod crosslingual;
mod dates;
mod formats;
mod indexing;
mod outputs;
mod pages;
mod properties;
mod relevance;
mod search;
mod serve;
mod timeline;
mod usage;
mod vocabulary;

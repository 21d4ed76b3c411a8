//! The pipeline: extract → nlp → code → resolve, each stage built once and
//! shared by reference across worker threads.

use anyhow::Context;
use sitrep_code::Coder;
use sitrep_extract::{Extractor, Input};
use sitrep_model::{DateSource, Document, PublicationDate, SITREP_VERSION};
use sitrep_nlp::Nlp;
use sitrep_resolve::Resolver;

use crate::inputs::RawDoc;

/// Options that apply to every document of a run.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct PipelineOptions {
    /// Publication date (YYYY-MM-DD) for documents whose page and record
    /// state none. Relative dates ("last Tuesday") are resolved against it.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub date: Option<String>,
    /// Language of the documents (ISO 639-1: en, fr), instead of detecting it.
    #[arg(long, value_name = "LANG")]
    pub lang: Option<String>,
    /// A gazetteer index built by `sitrep gazetteer build` (e.g. from
    /// GeoNames), used with the built-in gazetteer to resolve places.
    #[arg(long, value_name = "FILE")]
    pub gazetteer: Option<std::path::PathBuf>,
    /// Also keep events with no target: acts whose other party neither the
    /// text nor a place names ("threatened to open the gates"). CAMEO
    /// events are dyadic (PETRARCH's `require_dyad`), so by default they
    /// are left out.
    #[arg(long)]
    pub untargeted: bool,
}

/// Checks a `YYYY-MM-DD` date and returns it normalised.
pub fn parse_date(s: &str) -> Result<String, String> {
    chrono::NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
        .map(|d| d.format("%Y-%m-%d").to_string())
        .map_err(|_| format!("{s:?} is not a calendar date; write it as YYYY-MM-DD"))
}

/// A date given by an input record: an ISO date or date-time; anything else
/// is ignored (and reported by the caller).
fn record_date(s: &str) -> Option<String> {
    parse_date(s.get(..10)?).ok()
}

/// Every stage, built once.
pub struct Pipeline {
    extractor: Extractor,
    nlp: Nlp,
    coder: Coder,
    resolver: Resolver,
    options: PipelineOptions,
}

impl Pipeline {
    /// Builds every stage with the models and lexicons built into the binary.
    pub fn builtin(options: PipelineOptions) -> anyhow::Result<Pipeline> {
        if let Some(l) = &options.lang {
            anyhow::ensure!(
                l.len() == 2 && l.chars().all(|c| c.is_ascii_lowercase()),
                "--lang {l:?} is not an ISO 639-1 code; use e.g. en or fr"
            );
        }
        Ok(Pipeline {
            extractor: Extractor::new(),
            nlp: Nlp::builtin().context("loading the built-in NLP models")?,
            coder: {
                let mut coder = Coder::builtin().context("loading the built-in lexicons")?;
                // The resolver places police and forces of no named country
                // by where they act; what it cannot place is left out below.
                coder.set_options(sitrep_code::Options {
                    placed_sources: true,
                    ..coder.options().clone()
                });
                coder
            },
            resolver: match &options.gazetteer {
                Some(path) => Resolver::with_gazetteer(path)
                    .with_context(|| format!("loading the gazetteer {}", path.display()))?,
                None => Resolver::builtin().context("loading the built-in gazetteer")?,
            },
            options,
        })
    }

    /// Runs one raw document through every stage.
    pub fn run(&self, raw: &RawDoc) -> anyhow::Result<Document> {
        Ok(self.annotate(self.extract(raw)?))
    }

    /// Like [`Pipeline::run`], with the number of events left out for
    /// having no target (kept with `--untargeted`).
    pub fn run_counting(&self, raw: &RawDoc) -> anyhow::Result<(Document, usize)> {
        Ok(self.annotate_counting(self.extract(raw)?))
    }

    /// The first stage alone: the article, its metadata and its id, with
    /// the run's date and language options applied.
    pub fn extract(&self, raw: &RawDoc) -> anyhow::Result<Document> {
        let input = Input {
            bytes: &raw.bytes,
            url: raw.url.as_deref(),
            origin: Some(&raw.origin),
            charset: raw.charset.as_deref(),
            format: raw.format,
        };
        let mut doc = self.extractor.extract(&input)?;
        if doc.title.is_none() {
            doc.title = raw.title.clone();
        }
        if doc.published.is_none() {
            let given = raw
                .date
                .as_deref()
                .and_then(record_date)
                .or_else(|| self.options.date.clone());
            doc.published = given.map(|date| PublicationDate {
                date,
                source: DateSource::Input,
            });
        }
        if let Some(l) = self.options.lang.as_ref().or(raw.language.as_ref()) {
            doc.language = Some(l.clone());
        }
        Ok(doc)
    }

    /// The later stages: parse, code, resolve, and stamp every event with
    /// the versions that produced it.
    pub fn annotate(&self, doc: Document) -> Document {
        self.annotate_counting(doc).0
    }

    /// Like [`Pipeline::annotate`], with the number of events left out for
    /// having no target.
    pub fn annotate_counting(&self, doc: Document) -> (Document, usize) {
        let doc = self.nlp.process(doc);
        let doc = self.coder.process(doc);
        let mut doc = self.resolver.process(doc);
        // A doer whose country nothing in the text gave is no record.
        doc.events.retain(|e| e.source.country.is_some());
        let before = doc.events.len();
        if !self.options.untargeted {
            doc.events
                .retain(|e| e.target.as_ref().is_some_and(|t| t.country.is_some()));
        }
        let left_out = before - doc.events.len();
        let model = doc
            .language
            .as_deref()
            .and_then(|l| self.nlp.model_version(l));
        for ev in &mut doc.events {
            let p = &mut ev.provenance;
            p.sitrep = SITREP_VERSION.to_string();
            p.extractor = Some(sitrep_extract::VERSION.to_string());
            p.nlp_model = model.clone();
            p.lexicon = p.lexicon.take().or_else(|| self.coder.lexicon_version());
            p.gazetteer = self.resolver.gazetteer_version();
        }
        (doc, left_out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_checked() {
        assert_eq!(parse_date("2021-09-29").unwrap(), "2021-09-29");
        assert!(parse_date("2021-02-30").is_err());
        assert!(parse_date("29/09/2021").is_err());
        assert_eq!(
            record_date("2021-09-29T10:00:00Z").as_deref(),
            Some("2021-09-29")
        );
        assert_eq!(record_date("yesterday"), None);
    }
}

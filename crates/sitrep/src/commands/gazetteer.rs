//! `sitrep gazetteer …`: build and inspect gazetteer index files.
use std::path::PathBuf;
use std::time::Instant;

use anyhow::Context as _;
use clap::Subcommand;
use sitrep_resolve::gazetteer::{build_index, BuildInputs};
use sitrep_resolve::Resolver;

/// The gazetteer subcommands.
#[derive(Debug, Subcommand)]
pub enum GazetteerCommand {
    /// Build an index file from GeoNames dumps (cities15000.txt,
    /// countryInfo.txt) and country name tables.
    Build(BuildArgs),
    /// Print the places a name may refer to, with their scores.
    Lookup(LookupArgs),
}

/// Arguments of `sitrep gazetteer build`.
#[derive(Debug, clap::Args)]
pub struct BuildArgs {
    /// GeoNames dump of places (cities15000.txt or another of its shape).
    #[arg(long)]
    geonames: PathBuf,
    /// GeoNames countryInfo.txt (tab-separated, `#` comments).
    #[arg(long)]
    country_info: PathBuf,
    /// country_translations.json: {geonameid: {lang: name}}.
    #[arg(long)]
    translations: Option<PathBuf>,
    /// countries.json (mledoze/countries): names, French names, spellings.
    #[arg(long)]
    countries: Option<PathBuf>,
    /// The index file to write.
    #[arg(short = 'o', long)]
    output: PathBuf,
}

/// Arguments of `sitrep gazetteer lookup`.
#[derive(Debug, clap::Args)]
pub struct LookupArgs {
    /// The place name, as written (any case, accents optional).
    name: String,
    /// An index file built by `sitrep gazetteer build`; the built-in
    /// gazetteer alone when absent.
    #[arg(long)]
    index: Option<PathBuf>,
    /// Countries mentioned nearby (ISO3 codes), for context.
    #[arg(long = "context", value_delimiter = ',')]
    context: Vec<String>,
    /// How many candidates to print.
    #[arg(long, default_value_t = 10)]
    limit: usize,
}

/// Runs one gazetteer subcommand.
pub fn run(cmd: GazetteerCommand) -> anyhow::Result<()> {
    match cmd {
        GazetteerCommand::Build(a) => build(a),
        GazetteerCommand::Lookup(a) => lookup(a),
    }
}

fn build(a: BuildArgs) -> anyhow::Result<()> {
    let started = Instant::now();
    let file_name = a
        .geonames
        .file_name()
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or_else(|| "geonames".into());
    let label = format!("GeoNames {file_name}");
    let stats = build_index(
        BuildInputs {
            geonames: &a.geonames,
            country_info: &a.country_info,
            translations: a.translations.as_deref(),
            countries: a.countries.as_deref(),
        },
        &label,
        &a.output,
    )
    .with_context(|| {
        "building the gazetteer index (inputs are GeoNames dumps you download yourself)"
    })?;
    eprintln!(
        "wrote {}: {} places, {} names, {} bytes in {:.2}s",
        a.output.display(),
        stats.places,
        stats.names,
        stats.bytes,
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

fn lookup(a: LookupArgs) -> anyhow::Result<()> {
    let resolver = match &a.index {
        Some(p) => Resolver::with_gazetteer(p)?,
        None => Resolver::builtin()?,
    };
    let ctx: Vec<&str> = a.context.iter().map(String::as_str).collect();
    let ranked = resolver.candidates(&a.name, &ctx);
    if ranked.is_empty() {
        outln!(
            "no place named {:?} in {}",
            a.name,
            resolver.gazetteer().version()
        );
        return Ok(());
    }
    outln!("score\tprior\tcontext\tgeonames_id\tname\tcountry\tadmin1\tclass\tcode\tpopulation\tlat\tlon");
    for s in ranked.iter().take(a.limit) {
        let e = resolver.gazetteer().entry(s.entry);
        outln!(
            "{:.2}\t{:.2}\t{:.2}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
            s.score,
            s.prior,
            s.context,
            e.geonames_id
                .map(|i| i.to_string())
                .unwrap_or_else(|| "-".into()),
            e.name,
            e.country,
            e.admin1,
            e.feature_class,
            e.feature_code,
            e.population,
            e.lat
                .map(|x| format!("{x:.4}"))
                .unwrap_or_else(|| "-".into()),
            e.lon
                .map(|x| format!("{x:.4}"))
                .unwrap_or_else(|| "-".into()),
        );
    }
    if ranked.len() > a.limit {
        outln!("… {} more", ranked.len() - a.limit);
    }
    Ok(())
}

//! The gazetteer: places with their names, and a name index.
//!
//! Two sources are merged. The built-in table (`gazetteer/builtin.tsv`,
//! authored by the project and compiled into the binary) covers countries,
//! capitals and the regions and places that matter in the news, with English
//! and French names and exonyms. An optional index file, built by
//! `sitrep gazetteer build` from GeoNames dumps the user downloads, adds every
//! city. The index file keeps places as length-prefixed records and names in
//! an FST map (folded name → a run of place numbers), so loading is one read
//! and a scan of the records, and a lookup is one FST walk.

use std::collections::HashMap;
use std::path::Path;

use crate::normalize::{fold, fold_into};
use crate::ResolveError;

/// The built-in table, compiled into the binary.
const BUILTIN_TSV: &str = include_str!("../../../gazetteer/builtin.tsv");
/// The built-in table's version, reported in every event's provenance.
pub const BUILTIN_VERSION: &str = "sitrep-builtin-1";

const MAGIC: &[u8; 8] = b"SITREPGZ";
const FORMAT: u32 = 1;

/// One place.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// GeoNames id, when known.
    pub geonames_id: Option<u64>,
    /// Preferred (English) name.
    pub name: String,
    /// ISO 3166-1 alpha-3 code of its country.
    pub country: String,
    /// GeoNames admin1 code (empty when none).
    pub admin1: String,
    /// GeoNames feature class: `A` (country, region), `P` (populated place),
    /// `L` (area), `T` (mountain, island)…
    pub feature_class: char,
    /// GeoNames feature code (`PCLI`, `PPLC`, `ADM1`, `PPL`, `RGN`…).
    pub feature_code: String,
    /// Latitude, when known.
    pub lat: Option<f64>,
    /// Longitude, when known.
    pub lon: Option<f64>,
    /// Population (0 when unknown).
    pub population: u64,
    /// True when it comes from the built-in table.
    pub builtin: bool,
}

impl Entry {
    /// True for a country (GeoNames `PCL*`).
    pub fn is_country(&self) -> bool {
        self.feature_code.starts_with("PCL")
    }
    /// True for a region: an administrative division or a named area.
    pub fn is_region(&self) -> bool {
        !self.is_country() && self.feature_class != 'P'
    }
}

/// The name index read from a file built by [`build_index`].
#[derive(Debug)]
struct FileIndex {
    names: fst::Map<Vec<u8>>,
    /// Place numbers (into [`Gazetteer::entries`]) of each name's run.
    postings: Vec<u32>,
    label: String,
}

/// Places and their names. Build once; lookups take `&self`.
pub struct Gazetteer {
    entries: Vec<Entry>,
    builtin_names: HashMap<String, Vec<u32>>,
    /// Country entries by ISO3, for context and for demonym-free country
    /// lookups.
    countries: HashMap<String, u32>,
    file: Option<FileIndex>,
}

impl std::fmt::Debug for Gazetteer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Gazetteer")
            .field("version", &self.version())
            .field("places", &self.entries.len())
            .finish()
    }
}

fn parse_builtin_line(line: &str, line_no: usize) -> Result<(Entry, Vec<String>), ResolveError> {
    let bad = |message: String| ResolveError::Builtin {
        line: line_no,
        message,
    };
    let cols: Vec<&str> = line.split('\t').collect();
    if cols.len() != 10 {
        return Err(bad(format!(
            "{} tab-separated columns, expected 10 (id, name, country, admin1, class, code, lat, lon, population, other names)",
            cols.len()
        )));
    }
    let geonames_id = if cols[0].is_empty() {
        None
    } else {
        Some(
            cols[0]
                .parse::<u64>()
                .map_err(|_| bad(format!("GeoNames id {:?} is not a number", cols[0])))?,
        )
    };
    let opt_f = |s: &str, what: &str| -> Result<Option<f64>, ResolveError> {
        if s.is_empty() {
            Ok(None)
        } else {
            s.parse::<f64>()
                .map(Some)
                .map_err(|_| bad(format!("{what} {s:?} is not a number")))
        }
    };
    let lat = opt_f(cols[6], "latitude")?;
    let lon = opt_f(cols[7], "longitude")?;
    let population = if cols[8].is_empty() {
        0
    } else {
        cols[8]
            .parse::<u64>()
            .map_err(|_| bad(format!("population {:?} is not a number", cols[8])))?
    };
    let class = cols[4]
        .chars()
        .next()
        .ok_or_else(|| bad("empty feature class".into()))?;
    if cols[2].len() != 3 {
        return Err(bad(format!("country {:?} is not an ISO3 code", cols[2])));
    }
    let entry = Entry {
        geonames_id,
        name: cols[1].to_string(),
        country: cols[2].to_string(),
        admin1: cols[3].to_string(),
        feature_class: class,
        feature_code: cols[5].to_string(),
        lat,
        lon,
        population,
        builtin: true,
    };
    let mut names = vec![cols[1].to_string()];
    names.extend(
        cols[9]
            .split(';')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(String::from),
    );
    Ok((entry, names))
}

impl Gazetteer {
    /// The built-in gazetteer alone.
    pub fn builtin() -> Result<Self, ResolveError> {
        let mut g = Gazetteer {
            entries: Vec::new(),
            builtin_names: HashMap::new(),
            countries: HashMap::new(),
            file: None,
        };
        let mut key = String::new();
        for (n, line) in BUILTIN_TSV.lines().enumerate() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let (entry, names) = parse_builtin_line(line, n + 1)?;
            let idx = g.entries.len() as u32;
            if entry.is_country() {
                g.countries.insert(entry.country.clone(), idx);
            }
            g.entries.push(entry);
            for name in names {
                fold_into(&name, &mut key);
                if key.is_empty() {
                    continue;
                }
                let list = g.builtin_names.entry(key.clone()).or_default();
                if !list.contains(&idx) {
                    list.push(idx);
                }
            }
        }
        Ok(g)
    }

    /// The built-in gazetteer plus the index file at `path`, built by
    /// [`build_index`]. A place in both keeps its built-in record and gains
    /// the file's names.
    pub fn with_index(path: &Path) -> Result<Self, ResolveError> {
        let mut g = Gazetteer::builtin()?;
        let bytes = std::fs::read(path).map_err(|e| ResolveError::Index {
            path: path.display().to_string(),
            message: format!("{e}; build one with `sitrep gazetteer build`"),
        })?;
        g.load_index(&bytes)
            .map_err(|message| ResolveError::Index {
                path: path.display().to_string(),
                message,
            })?;
        Ok(g)
    }

    fn load_index(&mut self, bytes: &[u8]) -> Result<(), String> {
        let mut r = Reader { bytes, pos: 0 };
        if r.take(8)? != MAGIC {
            return Err("not a sitrep gazetteer index (bad magic bytes)".into());
        }
        let format = r.u32()?;
        if format != FORMAT {
            return Err(format!(
                "index format {format}, this sitrep reads format {FORMAT}; rebuild it with `sitrep gazetteer build`"
            ));
        }
        let label = r.string16()?.to_string();
        let n = r.u32()? as usize;
        let by_id: HashMap<u64, u32> = self
            .entries
            .iter()
            .enumerate()
            .filter_map(|(i, e)| e.geonames_id.map(|id| (id, i as u32)))
            .collect();
        let mut remap = Vec::with_capacity(n);
        self.entries.reserve(n);
        for _ in 0..n {
            let id = r.u64()?;
            let lat = r.f32()?;
            let lon = r.f32()?;
            let population = r.u64()?;
            let class = r.u8()? as char;
            let code = r.string8()?;
            let country = r.string8()?;
            let admin1 = r.string8()?;
            let name = r.string16()?;
            if let Some(&b) = by_id.get(&id) {
                remap.push(b);
                continue;
            }
            let idx = self.entries.len() as u32;
            remap.push(idx);
            let e = Entry {
                geonames_id: (id != 0).then_some(id),
                name: name.to_string(),
                country: country.to_string(),
                admin1: admin1.to_string(),
                feature_class: class,
                feature_code: code.to_string(),
                lat: lat.is_finite().then_some(lat as f64),
                lon: lon.is_finite().then_some(lon as f64),
                population,
                builtin: false,
            };
            if e.is_country() && !self.countries.contains_key(&e.country) {
                self.countries.insert(e.country.clone(), idx);
            }
            self.entries.push(e);
        }
        let np = r.u32()? as usize;
        let raw = r.take(np.checked_mul(4).ok_or("posting count overflows")?)?;
        let mut postings = Vec::with_capacity(np);
        for c in raw.chunks_exact(4) {
            let i = u32::from_le_bytes([c[0], c[1], c[2], c[3]]) as usize;
            postings.push(*remap.get(i).ok_or("a name points past the place records")?);
        }
        let fst_len = r.u64()? as usize;
        let fst_bytes = r.take(fst_len)?.to_vec();
        let names = fst::Map::new(fst_bytes).map_err(|e| format!("name index: {e}"))?;
        // The FST carries a checksum: a damaged file is an error here rather
        // than a wrong answer (or a panic) during lookups.
        names.as_fst().verify().map_err(|e| {
            format!("name index is damaged ({e}); rebuild it with `sitrep gazetteer build`")
        })?;
        if r.pos != bytes.len() {
            return Err(format!(
                "{} trailing bytes after the name index",
                bytes.len() - r.pos
            ));
        }
        self.file = Some(FileIndex {
            names,
            postings,
            label,
        });
        Ok(())
    }

    /// The gazetteer's name and version: the built-in table's, and the index
    /// file's label when one is loaded.
    pub fn version(&self) -> String {
        match &self.file {
            Some(f) => format!("{BUILTIN_VERSION} + {}", f.label),
            None => BUILTIN_VERSION.to_string(),
        }
    }

    /// Number of places.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when there is no place.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The place numbered `i`.
    pub fn entry(&self, i: u32) -> &Entry {
        &self.entries[i as usize]
    }

    /// The place number of a country by ISO3 code.
    pub fn country(&self, iso3: &str) -> Option<u32> {
        self.countries.get(iso3).copied()
    }

    /// The place numbers a name may refer to (no order), folded with
    /// [`fold`]; `key` is scratch space reused across calls.
    pub fn lookup_into(&self, name: &str, key: &mut String, out: &mut Vec<u32>) {
        out.clear();
        fold_into(name, key);
        if key.is_empty() {
            return;
        }
        if let Some(list) = self.builtin_names.get(key.as_str()) {
            out.extend_from_slice(list);
        }
        if let Some(f) = &self.file {
            if let Some(v) = f.names.get(key.as_bytes()) {
                let start = (v >> 16) as usize;
                let count = (v & 0xffff) as usize;
                if let Some(run) = f.postings.get(start..start + count) {
                    for &i in run {
                        if !out.contains(&i) {
                            out.push(i);
                        }
                    }
                }
            }
        }
    }

    /// True when the built-in table lists place `i` under the folded name
    /// `key`.
    pub fn builtin_lists(&self, key: &str, i: u32) -> bool {
        self.builtin_names.get(key).is_some_and(|l| l.contains(&i))
    }

    /// The place numbers a name may refer to.
    pub fn lookup(&self, name: &str) -> Vec<u32> {
        let mut out = Vec::new();
        let mut key = String::new();
        self.lookup_into(name, &mut key, &mut out);
        out
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], String> {
        let end = self.pos.checked_add(n).ok_or("length overflows")?;
        let s = self.bytes.get(self.pos..end).ok_or_else(|| {
            format!(
                "truncated at byte {} (wanted {n} more bytes); rebuild it with `sitrep gazetteer build`",
                self.pos
            )
        })?;
        self.pos = end;
        Ok(s)
    }
    fn u8(&mut self) -> Result<u8, String> {
        Ok(self.take(1)?[0])
    }
    fn u32(&mut self) -> Result<u32, String> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }
    fn u64(&mut self) -> Result<u64, String> {
        let b = self.take(8)?;
        let mut a = [0u8; 8];
        a.copy_from_slice(b);
        Ok(u64::from_le_bytes(a))
    }
    fn f32(&mut self) -> Result<f32, String> {
        Ok(f32::from_bits(self.u32()?))
    }
    fn string8(&mut self) -> Result<&'a str, String> {
        let n = self.u8()? as usize;
        std::str::from_utf8(self.take(n)?)
            .map_err(|_| format!("bad UTF-8 before byte {}", self.pos))
    }
    fn string16(&mut self) -> Result<&'a str, String> {
        let b = self.take(2)?;
        let n = u16::from_le_bytes([b[0], b[1]]) as usize;
        std::str::from_utf8(self.take(n)?)
            .map_err(|_| format!("bad UTF-8 before byte {}", self.pos))
    }
}

/// What [`build_index`] wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BuildStats {
    /// Places written.
    pub places: usize,
    /// Distinct folded names.
    pub names: usize,
    /// Bytes written.
    pub bytes: usize,
}

/// The inputs of [`build_index`].
#[derive(Debug, Clone, Copy)]
pub struct BuildInputs<'a> {
    /// GeoNames `cities15000.txt` (or any GeoNames dump of the same shape).
    pub geonames: &'a Path,
    /// GeoNames `countryInfo.txt` / `countryInfo.tsv`.
    pub country_info: &'a Path,
    /// `country_translations.json`: `{geonameid: {lang: name}}`.
    pub translations: Option<&'a Path>,
    /// `countries.json` (mledoze/countries): names, translations, spellings.
    pub countries: Option<&'a Path>,
}

fn read_text(path: &Path) -> Result<String, ResolveError> {
    std::fs::read_to_string(path).map_err(|e| ResolveError::Input {
        path: path.display().to_string(),
        line: 0,
        message: e.to_string(),
    })
}

/// Keeps alternate names a reader of English or French news may meet: Latin
/// script, 2 to 60 characters, not an all-capitals code (`ALV`).
fn useful_alternate(n: &str) -> bool {
    let len = n.chars().count();
    (2..=60).contains(&len)
        && n.chars()
            .all(|c| (c as u32) < 0x250 || c == '’' || c == 'ʼ')
        && !(len <= 4 && n.chars().all(|c| c.is_ascii_uppercase()))
        && n.chars().any(|c| c.is_alphabetic())
}

struct Builder {
    entries: Vec<Entry>,
    names: Vec<(String, u32)>,
}

impl Builder {
    fn add_name(&mut self, name: &str, idx: u32) {
        let k = fold(name);
        if !k.is_empty() && k.len() < 200 {
            self.names.push((k, idx));
        }
    }
}

/// Builds an index file from GeoNames dumps and country name tables, and
/// writes it to `out`. Every malformed line is an error naming the file and
/// line.
pub fn build_index(
    inputs: BuildInputs<'_>,
    label: &str,
    out: &Path,
) -> Result<BuildStats, ResolveError> {
    let bad = |path: &Path, line: usize, message: String| ResolveError::Input {
        path: path.display().to_string(),
        line,
        message,
    };
    let mut b = Builder {
        entries: Vec::new(),
        names: Vec::new(),
    };
    // Countries: ISO2 → ISO3, and one entry per country.
    let info = read_text(inputs.country_info)?;
    let mut iso3_of: HashMap<String, String> = HashMap::new();
    let mut country_by_gid: HashMap<u64, u32> = HashMap::new();
    let mut country_by_iso3: HashMap<String, u32> = HashMap::new();
    for (n, line) in info.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let p = inputs.country_info;
        let c: Vec<&str> = line.split('\t').collect();
        if c.len() < 17 {
            return Err(bad(
                p,
                n + 1,
                format!("{} columns, expected at least 17", c.len()),
            ));
        }
        if c[0].len() != 2 || c[1].len() != 3 {
            return Err(bad(
                p,
                n + 1,
                format!("ISO codes {:?}/{:?} are not 2 and 3 letters", c[0], c[1]),
            ));
        }
        let pop = if c[7].is_empty() {
            0
        } else {
            c[7].parse::<u64>()
                .map_err(|_| bad(p, n + 1, format!("population {:?} is not a number", c[7])))?
        };
        iso3_of.insert(c[0].to_string(), c[1].to_string());
        if c[16].is_empty() {
            continue;
        }
        let gid: u64 = c[16]
            .parse()
            .map_err(|_| bad(p, n + 1, format!("geonameid {:?} is not a number", c[16])))?;
        let idx = b.entries.len() as u32;
        b.entries.push(Entry {
            geonames_id: Some(gid),
            name: c[4].to_string(),
            country: c[1].to_string(),
            admin1: String::new(),
            feature_class: 'A',
            feature_code: "PCLI".into(),
            lat: None,
            lon: None,
            population: pop,
            builtin: false,
        });
        b.add_name(c[4], idx);
        country_by_gid.insert(gid, idx);
        country_by_iso3.insert(c[1].to_string(), idx);
    }
    if let Some(p) = inputs.translations {
        let v: serde_json::Value = serde_json::from_str(&read_text(p)?)
            .map_err(|e| bad(p, e.line(), format!("not JSON: {e}")))?;
        let obj = v
            .as_object()
            .ok_or_else(|| bad(p, 1, "expected an object {geonameid: {lang: name}}".into()))?;
        for (gid, langs) in obj {
            let Some(&idx) = gid.parse::<u64>().ok().and_then(|g| country_by_gid.get(&g)) else {
                continue;
            };
            for lang in ["en", "fr"] {
                if let Some(name) = langs.get(lang).and_then(|x| x.as_str()) {
                    b.add_name(name, idx);
                }
            }
        }
    }
    if let Some(p) = inputs.countries {
        let v: serde_json::Value = serde_json::from_str(&read_text(p)?)
            .map_err(|e| bad(p, e.line(), format!("not JSON: {e}")))?;
        let arr = v
            .as_array()
            .ok_or_else(|| bad(p, 1, "expected an array of countries".into()))?;
        for c in arr {
            let Some(&idx) = c
                .get("cca3")
                .and_then(|x| x.as_str())
                .and_then(|s| country_by_iso3.get(s))
            else {
                continue;
            };
            let mut names: Vec<&str> = Vec::new();
            for k in ["common", "official"] {
                if let Some(s) = c
                    .get("name")
                    .and_then(|n| n.get(k))
                    .and_then(|x| x.as_str())
                {
                    names.push(s);
                }
                if let Some(s) = c
                    .get("translations")
                    .and_then(|t| t.get("fra"))
                    .and_then(|n| n.get(k))
                    .and_then(|x| x.as_str())
                {
                    names.push(s);
                }
            }
            if let Some(a) = c.get("altSpellings").and_then(|x| x.as_array()) {
                names.extend(a.iter().filter_map(|x| x.as_str()).filter(|s| s.len() > 3));
            }
            for n in names {
                b.add_name(n, idx);
            }
        }
    }
    // Cities.
    let p = inputs.geonames;
    let text = read_text(p)?;
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let c: Vec<&str> = line.split('\t').collect();
        if c.len() < 15 {
            return Err(bad(
                p,
                n + 1,
                format!("{} tab-separated columns, a GeoNames line has 19", c.len()),
            ));
        }
        let gid: u64 = c[0]
            .parse()
            .map_err(|_| bad(p, n + 1, format!("geonameid {:?} is not a number", c[0])))?;
        let lat: f64 = c[4]
            .parse()
            .map_err(|_| bad(p, n + 1, format!("latitude {:?} is not a number", c[4])))?;
        let lon: f64 = c[5]
            .parse()
            .map_err(|_| bad(p, n + 1, format!("longitude {:?} is not a number", c[5])))?;
        if !(-90.0..=90.0).contains(&lat) || !(-180.0..=180.0).contains(&lon) {
            return Err(bad(
                p,
                n + 1,
                format!("coordinates {lat},{lon} out of range"),
            ));
        }
        let population = if c[14].is_empty() {
            0
        } else {
            c[14]
                .parse()
                .map_err(|_| bad(p, n + 1, format!("population {:?} is not a number", c[14])))?
        };
        let class = c[6].chars().next().unwrap_or('P');
        let country = iso3_of.get(c[8]).cloned().unwrap_or_default();
        if c[1].is_empty() || c[1].len() > 1000 {
            return Err(bad(p, n + 1, "empty or oversized name".into()));
        }
        let idx = b.entries.len() as u32;
        b.entries.push(Entry {
            geonames_id: Some(gid),
            name: c[1].to_string(),
            country,
            admin1: c[10].chars().take(20).collect(),
            feature_class: class,
            feature_code: c[7].chars().take(10).collect(),
            lat: Some(lat),
            lon: Some(lon),
            population,
            builtin: false,
        });
        b.add_name(c[1], idx);
        b.add_name(c[2], idx);
        for alt in c[3].split(',') {
            if useful_alternate(alt) {
                b.add_name(alt, idx);
            }
        }
    }
    write_index(b, label, out)
}

fn write_index(mut b: Builder, label: &str, out: &Path) -> Result<BuildStats, ResolveError> {
    b.names.sort_unstable();
    b.names.dedup();
    let mut buf: Vec<u8> = Vec::with_capacity(b.entries.len() * 48 + b.names.len() * 8);
    buf.extend_from_slice(MAGIC);
    buf.extend_from_slice(&FORMAT.to_le_bytes());
    put16(&mut buf, label);
    buf.extend_from_slice(&(b.entries.len() as u32).to_le_bytes());
    for e in &b.entries {
        buf.extend_from_slice(&e.geonames_id.unwrap_or(0).to_le_bytes());
        buf.extend_from_slice(
            &(e.lat.map(|x| x as f32).unwrap_or(f32::NAN))
                .to_bits()
                .to_le_bytes(),
        );
        buf.extend_from_slice(
            &(e.lon.map(|x| x as f32).unwrap_or(f32::NAN))
                .to_bits()
                .to_le_bytes(),
        );
        buf.extend_from_slice(&e.population.to_le_bytes());
        buf.push(if e.feature_class.is_ascii() {
            e.feature_class as u8
        } else {
            b'?'
        });
        put8(&mut buf, &e.feature_code);
        put8(&mut buf, &e.country);
        put8(&mut buf, &e.admin1);
        put16(&mut buf, &e.name);
    }
    let mut postings: Vec<u32> = Vec::with_capacity(b.names.len());
    let mut fst_b = fst::MapBuilder::memory();
    let mut distinct = 0;
    let mut i = 0;
    while i < b.names.len() {
        let key = &b.names[i].0;
        let start = postings.len();
        let mut j = i;
        while j < b.names.len() && b.names[j].0 == *key {
            if j - i < 0xffff {
                postings.push(b.names[j].1);
            }
            j += 1;
        }
        let count = postings.len() - start;
        fst_b
            .insert(key.as_bytes(), ((start as u64) << 16) | count as u64)
            .map_err(|e| ResolveError::Index {
                path: out.display().to_string(),
                message: format!("building the name index: {e}"),
            })?;
        distinct += 1;
        i = j;
    }
    let fst_bytes = fst_b.into_inner().map_err(|e| ResolveError::Index {
        path: out.display().to_string(),
        message: format!("building the name index: {e}"),
    })?;
    buf.extend_from_slice(&(postings.len() as u32).to_le_bytes());
    for p in &postings {
        buf.extend_from_slice(&p.to_le_bytes());
    }
    buf.extend_from_slice(&(fst_bytes.len() as u64).to_le_bytes());
    buf.extend_from_slice(&fst_bytes);
    std::fs::write(out, &buf).map_err(|e| ResolveError::Index {
        path: out.display().to_string(),
        message: format!("cannot write: {e}"),
    })?;
    Ok(BuildStats {
        places: b.entries.len(),
        names: distinct,
        bytes: buf.len(),
    })
}

fn put8(buf: &mut Vec<u8>, s: &str) {
    let mut end = s.len().min(255);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    buf.push(end as u8);
    buf.extend_from_slice(&s.as_bytes()[..end]);
}

fn put16(buf: &mut Vec<u8>, s: &str) {
    let mut end = s.len().min(65535);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    buf.extend_from_slice(&(end as u16).to_le_bytes());
    buf.extend_from_slice(&s.as_bytes()[..end]);
}

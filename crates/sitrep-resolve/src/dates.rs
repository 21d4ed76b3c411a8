//! Time expressions in English and French, resolved against a reference
//! (publication) date.
//!
//! The matcher reads folded words (lower case, accents dropped: see
//! [`crate::normalize::fold`]) and recognises a fixed grammar of news time
//! expressions: deictic days (`hier`, `yesterday`), weekdays with their
//! modifiers (`ce mercredi`, `mercredi dernier`, `last Tuesday`), calendar
//! dates with or without a year (`le 5 mars`, `March 5, 2019`), months and
//! years (`en mars`, `in 2019`), relative periods (`la semaine dernière`,
//! `earlier this month`) and offsets (`il y a un an et demi`, `dans deux
//! semaines`, `three days ago`).
//!
//! Precision is never overstated: a week is reported as the month its
//! Thursday falls in (ISO 8601's rule for which month a week belongs to),
//! `il y a un an et demi` as a month, `two years ago` as a year. A date
//! without a year takes the year that puts it within nine months before to
//! three months after the reference, because news reports the past.
//! Relative expressions without a reference date stay unresolved, and
//! impossible dates (`31 février`) are reported as such.

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

/// A resolved date at its precision.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resolved {
    /// A day.
    Day(NaiveDate),
    /// A month: year and month (1–12).
    Month(i32, u32),
    /// A year.
    Year(i32),
}

impl Resolved {
    /// The ISO 8601 text: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    pub fn iso(&self) -> String {
        match self {
            Resolved::Day(d) => d.format("%Y-%m-%d").to_string(),
            Resolved::Month(y, m) => format!("{y:04}-{m:02}"),
            Resolved::Year(y) => format!("{y:04}"),
        }
    }
    /// The precision.
    pub fn precision(&self) -> sitrep_model::DatePrecision {
        match self {
            Resolved::Day(_) => sitrep_model::DatePrecision::Day,
            Resolved::Month(..) => sitrep_model::DatePrecision::Month,
            Resolved::Year(_) => sitrep_model::DatePrecision::Year,
        }
    }
}

/// Why a recognised expression has no date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unresolved {
    /// It is relative (`hier`, `le 5 mars`) and there is no reference date.
    NoReference,
    /// It names a date that does not exist (`31 février`, `February 30`).
    Impossible,
}

/// A time expression found in a run of words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimeMatch {
    /// Index of its first word.
    pub start: usize,
    /// Index one past its last word.
    pub end: usize,
    /// Its date, or why it has none.
    pub value: Result<Resolved, Unresolved>,
}

fn weekday(w: &str) -> Option<Weekday> {
    Some(match w {
        "monday" | "lundi" => Weekday::Mon,
        "tuesday" | "mardi" => Weekday::Tue,
        "wednesday" | "mercredi" => Weekday::Wed,
        "thursday" | "jeudi" => Weekday::Thu,
        "friday" | "vendredi" => Weekday::Fri,
        "saturday" | "samedi" => Weekday::Sat,
        "sunday" | "dimanche" => Weekday::Sun,
        _ => return None,
    })
}

/// A month name; `ambiguous` is true for words that are also common words
/// or names (`may`, `march`, French `sept` = seven, `jan`, `dec`) and for
/// abbreviations, which need a day or a year beside them.
fn month(w: &str) -> Option<(u32, bool)> {
    let w = w.strip_suffix('.').unwrap_or(w);
    Some(match w {
        "january" | "janvier" => (1, false),
        "jan" | "janv" => (1, true),
        "february" | "fevrier" => (2, false),
        "feb" | "fev" | "fevr" => (2, true),
        "march" | "mar" => (3, true),
        "mars" => (3, false),
        "april" | "avril" => (4, false),
        "apr" | "avr" => (4, true),
        "may" => (5, true),
        "mai" => (5, false),
        "june" | "juin" => (6, false),
        "jun" => (6, true),
        "july" | "juillet" => (7, false),
        "jul" | "juil" => (7, true),
        "august" | "aout" => (8, false),
        "aug" => (8, true),
        "september" | "septembre" => (9, false),
        "sep" | "sept" => (9, true),
        "october" | "octobre" => (10, false),
        "oct" => (10, true),
        "november" | "novembre" => (11, false),
        "nov" => (11, true),
        "december" | "decembre" => (12, false),
        "dec" => (12, true),
        _ => return None,
    })
}

fn number(w: &str) -> Option<u32> {
    if !w.is_empty() && w.len() <= 3 && w.bytes().all(|b| b.is_ascii_digit()) {
        return w.parse().ok();
    }
    Some(match w {
        "a" | "an" | "one" | "un" | "une" => 1,
        "two" | "deux" => 2,
        "three" | "trois" => 3,
        "four" | "quatre" => 4,
        "five" | "cinq" => 5,
        "six" => 6,
        "seven" | "sept" => 7,
        "eight" | "huit" => 8,
        "nine" | "neuf" => 9,
        "ten" | "dix" => 10,
        "eleven" | "onze" => 11,
        "twelve" | "douze" => 12,
        "fifteen" | "quinze" => 15,
        "twenty" | "vingt" => 20,
        _ => return None,
    })
}

/// A day of the month: `5`, `5th`, `1st`, `1er`, `1re`.
fn day_number(w: &str) -> Option<u32> {
    let digits: &str = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &w[digits.len()..];
    if !matches!(suffix, "" | "st" | "nd" | "rd" | "th" | "er" | "re" | "e") {
        return None;
    }
    if digits.is_empty() || digits.len() > 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let d: u32 = digits.parse().ok()?;
    (1..=31).contains(&d).then_some(d)
}

fn year(w: &str) -> Option<i32> {
    if w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()) {
        let y: i32 = w.parse().ok()?;
        return (1900..=2100).contains(&y).then_some(y);
    }
    None
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Unit {
    Day,
    Week,
    Month,
    Year,
}

fn unit(w: &str) -> Option<Unit> {
    Some(match w {
        "day" | "days" | "jour" | "jours" | "journee" | "journees" => Unit::Day,
        "week" | "weeks" | "semaine" | "semaines" => Unit::Week,
        "month" | "months" | "mois" => Unit::Month,
        "year" | "years" | "an" | "ans" | "annee" | "annees" => Unit::Year,
        _ => return None,
    })
}

/// The month a week belongs to: the month of its Thursday.
fn week_month(day: NaiveDate) -> Resolved {
    let from_monday = day.weekday().num_days_from_monday() as i64;
    let thursday = day + chrono::Duration::days(3 - from_monday);
    Resolved::Month(thursday.year(), thursday.month())
}

/// Which occurrence of a weekday.
#[derive(Clone, Copy)]
enum Which {
    /// Most recent on or before the reference (bare `mardi`, `on Tuesday`).
    Recent,
    /// Strictly before (`last Tuesday`, `mardi dernier`).
    Last,
    /// In the reference's week, Monday to Sunday (`ce mardi`, `this Tuesday`).
    This,
    /// Strictly after (`next Tuesday`, `mardi prochain`).
    Next,
}

fn weekday_date(r: NaiveDate, wd: Weekday, which: Which) -> NaiveDate {
    let rw = r.weekday().num_days_from_monday() as i64;
    let tw = wd.num_days_from_monday() as i64;
    let back = (rw - tw).rem_euclid(7);
    let d = match which {
        Which::Recent => -back,
        Which::Last => {
            if back == 0 {
                -7
            } else {
                -back
            }
        }
        Which::This => tw - rw,
        Which::Next => {
            let fwd = (tw - rw).rem_euclid(7);
            if fwd == 0 {
                7
            } else {
                fwd
            }
        }
    };
    r + chrono::Duration::days(d)
}

/// The year for a month/day given without one: the date must fall within
/// nine months before to three months after the reference.
fn infer_year(r: NaiveDate, m: u32, d: u32, past: Option<bool>) -> Result<NaiveDate, Unresolved> {
    // Impossible in every year (31 April, 30 February)?
    if NaiveDate::from_ymd_opt(2000, m, d).is_none() {
        return Err(Unresolved::Impossible);
    }
    let lo = r - chrono::Duration::days(273);
    let hi = r + chrono::Duration::days(92);
    let mut best = None;
    for y in [r.year() + 1, r.year(), r.year() - 1] {
        let Some(c) = NaiveDate::from_ymd_opt(y, m, d) else {
            continue;
        };
        let ok = match past {
            Some(true) => c < r && c >= r - chrono::Duration::days(366),
            Some(false) => c > r && c <= r + chrono::Duration::days(366),
            None => c > lo && c <= hi,
        };
        if ok {
            best = Some(c);
            break;
        }
    }
    // A day just outside the window ("April 3" against 1 January: 273
    // days back, 93 ahead) is the nearest such day within a year; none
    // exists only for 29 February in a span without a leap year.
    best.or_else(|| {
        [r.year() + 1, r.year(), r.year() - 1]
            .into_iter()
            .filter_map(|y| NaiveDate::from_ymd_opt(y, m, d))
            .filter(|&c| (c - r).num_days().abs() <= 366)
            .filter(|&c| match past {
                Some(true) => c < r,
                Some(false) => c > r,
                None => true,
            })
            .min_by_key(|&c| (c - r).num_days().abs())
    })
    .ok_or(Unresolved::Impossible)
}

fn infer_month_year(r: NaiveDate, m: u32, past: Option<bool>) -> i32 {
    match past {
        Some(true) => {
            if m < r.month() {
                r.year()
            } else {
                r.year() - 1
            }
        }
        Some(false) => {
            if m > r.month() {
                r.year()
            } else {
                r.year() + 1
            }
        }
        None => {
            // Within nine months before to three months after.
            let diff = m as i32 - r.month() as i32;
            if diff > 3 {
                r.year() - 1
            } else if diff < -8 {
                r.year() + 1
            } else {
                r.year()
            }
        }
    }
}

fn shift(r: NaiveDate, n: i64, u: Unit, half: bool) -> Option<Resolved> {
    let back = n < 0;
    let k = n.unsigned_abs();
    Some(match u {
        Unit::Day => {
            let d = if back {
                r.checked_sub_days(Days::new(k))?
            } else {
                r.checked_add_days(Days::new(k))?
            };
            Resolved::Day(d)
        }
        Unit::Week => {
            let days = k * 7 + if half { 3 } else { 0 };
            let d = if back {
                r.checked_sub_days(Days::new(days))?
            } else {
                r.checked_add_days(Days::new(days))?
            };
            Resolved::Day(d)
        }
        Unit::Month => {
            let d = if back {
                r.checked_sub_months(Months::new(k as u32))?
            } else {
                r.checked_add_months(Months::new(k as u32))?
            };
            Resolved::Month(d.year(), d.month())
        }
        Unit::Year => {
            if half {
                let months = (k * 12 + 6) as u32;
                let d = if back {
                    r.checked_sub_months(Months::new(months))?
                } else {
                    r.checked_add_months(Months::new(months))?
                };
                Resolved::Month(d.year(), d.month())
            } else {
                let y = if back {
                    r.year() - k as i32
                } else {
                    r.year() + k as i32
                };
                Resolved::Year(y)
            }
        }
    })
}

/// The period named relative to the reference: `offset` periods away (−1
/// last, 0 this, +1 next).
fn period(r: NaiveDate, u: Unit, offset: i64) -> Option<Resolved> {
    Some(match u {
        Unit::Day => Resolved::Day(r + chrono::Duration::days(offset)),
        Unit::Week => week_month(r + chrono::Duration::days(7 * offset)),
        Unit::Month => {
            let d = if offset < 0 {
                r.checked_sub_months(Months::new(offset.unsigned_abs() as u32))?
            } else {
                r.checked_add_months(Months::new(offset as u32))?
            };
            Resolved::Month(d.year(), d.month())
        }
        Unit::Year => Resolved::Year(r.year() + offset as i32),
    })
}

struct M<'w> {
    w: &'w [&'w str],
    r: Option<NaiveDate>,
    french: bool,
}

type Hit = (usize, Result<Resolved, Unresolved>);

impl<'w> M<'w> {
    fn at(&self, i: usize) -> &'w str {
        self.w.get(i).copied().unwrap_or("")
    }

    fn rel(&self, f: impl FnOnce(NaiveDate) -> Option<Resolved>) -> Result<Resolved, Unresolved> {
        match self.r {
            Some(r) => f(r).ok_or(Unresolved::Impossible),
            None => Err(Unresolved::NoReference),
        }
    }

    /// `past` modifier after a date or month: `dernier`, `passé`, `prochain`.
    fn modifier(&self, i: usize) -> Option<bool> {
        match self.at(i) {
            "dernier" | "derniere" | "passe" | "passee" => Some(true),
            "prochain" | "prochaine" => Some(false),
            _ => None,
        }
    }

    /// Calendar dates at `i`: `5 mars [2019]`, `March 5[,] [2019]`,
    /// `2021-09-29`, `29/09/2021`. Returns the end and the value.
    fn calendar(&self, i: usize, lang_fr: bool) -> Option<Hit> {
        let w0 = self.at(i);
        // ISO and numeric dates.
        if let Some(v) = numeric_date(w0, lang_fr) {
            return Some((i + 1, v));
        }
        // Day month [year].
        if let (Some(d), Some((m, _))) = (day_number(w0), month(self.at(i + 1))) {
            let mut end = i + 2;
            if let Some(y) = year(self.at(end)) {
                end += 1;
                return Some((
                    end,
                    NaiveDate::from_ymd_opt(y, m, d)
                        .map(Resolved::Day)
                        .ok_or(Unresolved::Impossible),
                ));
            }
            let past = self.modifier(end);
            if past.is_some() {
                end += 1;
            }
            return Some((end, self.rel_date(m, d, past)));
        }
        // Month day[,] [year].
        if let (Some((m, _)), Some(d)) = (month(w0), day_number(self.at(i + 1))) {
            let mut end = i + 2;
            let mut j = end;
            if matches!(self.at(j), "," | "") {
                j += 1;
            }
            if let Some(y) = year(self.at(j)) {
                end = j + 1;
                return Some((
                    end,
                    NaiveDate::from_ymd_opt(y, m, d)
                        .map(Resolved::Day)
                        .ok_or(Unresolved::Impossible),
                ));
            }
            return Some((end, self.rel_date(m, d, None)));
        }
        None
    }

    fn rel_date(&self, m: u32, d: u32, past: Option<bool>) -> Result<Resolved, Unresolved> {
        if NaiveDate::from_ymd_opt(2000, m, d).is_none() {
            return Err(Unresolved::Impossible);
        }
        match self.r {
            Some(r) => infer_year(r, m, d, past).map(Resolved::Day),
            None => Err(Unresolved::NoReference),
        }
    }

    /// A month, with a year or a modifier, at `i`: `mars 2019`, `March
    /// 2019`, `mars dernier`.
    fn month_expr(&self, i: usize, after_prep: bool) -> Option<Hit> {
        let (m, ambiguous) = month(self.at(i))?;
        if ambiguous && !after_prep && year(self.at(i + 1)).is_none() {
            return None;
        }
        if let Some(y) = year(self.at(i + 1)) {
            return Some((i + 2, Ok(Resolved::Month(y, m))));
        }
        let past = self.modifier(i + 1);
        if past.is_some() {
            return Some((
                i + 2,
                self.rel(|r| Some(Resolved::Month(infer_month_year(r, m, past), m))),
            ));
        }
        // After a preposition, English "March" is the month ("in March");
        // "may", "sept" and abbreviations still need a year.
        if after_prep && (!ambiguous || self.at(i) == "march") {
            return Some((
                i + 1,
                self.rel(|r| Some(Resolved::Month(infer_month_year(r, m, None), m))),
            ));
        }
        None
    }

    fn try_at(&self, i: usize) -> Option<Hit> {
        let w = self.at(i);
        let w1 = self.at(i + 1);
        let w2 = self.at(i + 2);
        // Deictic days.
        let deictic = match w {
            "today" | "tonight" | "aujourd hui" | "aujourd" => Some(0),
            "yesterday" | "hier" => Some(-1),
            "tomorrow" | "demain" => Some(1),
            "avant hier" => Some(-2),
            "apres demain" => Some(2),
            _ => None,
        };
        if let Some(k) = deictic {
            let mut end = i + 1;
            if w == "aujourd" && w1 == "hui" {
                end += 1;
            }
            if matches!(
                self.at(end),
                "soir" | "matin" | "apres midi" | "morning" | "evening" | "afternoon" | "night"
            ) {
                end += 1;
            }
            return Some((
                end,
                self.rel(|r| Some(Resolved::Day(r + chrono::Duration::days(k)))),
            ));
        }
        // "this morning", "ce matin", "ce soir", "last night", "cette nuit".
        if matches!(
            (w, w1),
            ("this", "morning" | "afternoon" | "evening")
                | ("ce", "matin" | "soir")
                | ("cet", "apres midi")
                | ("cette", "nuit")
        ) {
            return Some((i + 2, self.rel(|r| Some(Resolved::Day(r)))));
        }
        if (w, w1) == ("last", "night") {
            return Some((
                i + 2,
                self.rel(|r| Some(Resolved::Day(r - chrono::Duration::days(1)))),
            ));
        }
        // Calendar dates, possibly after a weekday and/or "le"/"on".
        let mut j = i;
        if matches!(w, "le" | "on" | "the") {
            j += 1;
        }
        if weekday(self.at(j)).is_some()
            && (day_number(self.at(j + 1)).is_some() || month(self.at(j + 1)).is_some())
        {
            if let Some(h) = self.calendar(j + 1, self.french) {
                return Some(h);
            }
        }
        if let Some(h) = self.calendar(j, self.french) {
            return Some(h);
        }
        // Weekdays.
        let (which, k) = match (w, w1) {
            ("last" | "past", _) if weekday(w1).is_some() => (Which::Last, i + 1),
            ("this" | "ce", _) if weekday(w1).is_some() => (Which::This, i + 1),
            ("next", _) if weekday(w1).is_some() => (Which::Next, i + 1),
            ("on", _) if weekday(w1).is_some() => (Which::Recent, i + 1),
            _ if weekday(w).is_some() => (Which::Recent, i),
            _ => (Which::Recent, usize::MAX),
        };
        if k != usize::MAX {
            if let Some(wd) = weekday(self.at(k)) {
                let mut end = k + 1;
                let mut which = which;
                match self.modifier(end) {
                    Some(true) => {
                        which = Which::Last;
                        end += 1;
                    }
                    Some(false) => {
                        which = Which::Next;
                        end += 1;
                    }
                    None => {}
                }
                if matches!(
                    self.at(end),
                    "soir" | "matin" | "apres midi" | "morning" | "evening" | "afternoon" | "night"
                ) {
                    end += 1;
                }
                return Some((
                    end,
                    self.rel(|r| Some(Resolved::Day(weekday_date(r, wd, which)))),
                ));
            }
        }
        // Offsets: "il y a N unit [et demi]", "N units ago", "dans N unit",
        // "in N units".
        if (w, w1, w2) == ("il", "y", "a") {
            if let Some(n) = number(self.at(i + 3)) {
                if let Some(u) = unit(self.at(i + 4)) {
                    let mut end = i + 5;
                    let half = (self.at(end), self.at(end + 1)) == ("et", "demi")
                        || (self.at(end), self.at(end + 1)) == ("et", "demie");
                    if half {
                        end += 2;
                    }
                    return Some((end, self.rel(|r| shift(r, -(n as i64), u, half))));
                }
            }
        }
        if let Some(n) = number(w) {
            if let Some(u) = unit(w1) {
                let (half, k) = if (w2, self.at(i + 3), self.at(i + 4)) == ("and", "a", "half") {
                    (true, i + 5)
                } else {
                    (false, i + 2)
                };
                if self.at(k) == "ago" {
                    return Some((k + 1, self.rel(|r| shift(r, -(n as i64), u, half))));
                }
            }
        }
        if matches!(w, "dans" | "in") {
            if let (Some(n), Some(u)) = (number(w1), unit(w2)) {
                // "in a year" is too vague to be an offset in English news;
                // keep digits and number words other than "a"/"an".
                if !(w == "in" && matches!(w1, "a" | "an")) {
                    return Some((i + 3, self.rel(|r| shift(r, n as i64, u, false))));
                }
            }
        }
        // Periods: last/this/next week|month|year, and French forms.
        let en_period = match (w, w1, w2) {
            ("last" | "past", _, _) => unit(w1).map(|u| (u, -1, i + 2)),
            ("this", _, _) => unit(w1).map(|u| (u, 0, i + 2)),
            ("next", _, _) => unit(w1).map(|u| (u, 1, i + 2)),
            ("earlier" | "later", "this", _) => unit(w2).map(|u| (u, 0, i + 3)),
            ("late" | "early", "last", _) => unit(w2)
                .filter(|u| *u == Unit::Year)
                .map(|u| (u, -1, i + 3)),
            ("late" | "early", "this", _) => {
                unit(w2).filter(|u| *u == Unit::Year).map(|u| (u, 0, i + 3))
            }
            _ => None,
        };
        if let Some((u, off, end)) = en_period {
            if u != Unit::Day {
                return Some((end, self.rel(|r| period(r, u, off))));
            }
        }
        // French: "la semaine dernière", "le mois prochain", "l'an dernier",
        // "cette semaine", "ce mois-ci", "cette année".
        if matches!(w, "la" | "le" | "l") {
            if let Some(u) = unit(w1) {
                if let Some(past) = self.modifier(i + 2) {
                    let off = if past { -1 } else { 1 };
                    if u != Unit::Day {
                        return Some((i + 3, self.rel(|r| period(r, u, off))));
                    }
                }
            }
        }
        if matches!(w, "cette" | "ce" | "cet") {
            if let Some(u) = unit(w1.strip_suffix(" ci").unwrap_or(w1)) {
                if u != Unit::Day {
                    let end = if w2 == "ci" { i + 3 } else { i + 2 };
                    return Some((end, self.rel(|r| period(r, u, 0))));
                }
            }
        }
        // Months and years after a preposition: "en mars", "in March 2019",
        // "en 2019", "since 2019".
        let prep = matches!(
            w,
            "in" | "en"
                | "since"
                | "depuis"
                | "during"
                | "durant"
                | "pendant"
                | "until"
                | "jusqu"
                | "by"
                | "early"
                | "late"
                | "mid"
                | "debut"
                | "fin"
                | "courant"
        );
        if prep {
            if let Some(h) = self.month_expr(i + 1, true) {
                return Some(h);
            }
            if let Some(y) = year(w1) {
                return Some((i + 2, Ok(Resolved::Year(y))));
            }
        }
        if matches!(w, "last" | "this" | "next") {
            if let Some((m, _)) = month(w1) {
                let past = match w {
                    "last" => Some(true),
                    "next" => Some(false),
                    _ => None,
                };
                return Some((
                    i + 2,
                    self.rel(|r| Some(Resolved::Month(infer_month_year(r, m, past), m))),
                ));
            }
        }
        if let Some(h) = self.month_expr(i, false) {
            return Some(h);
        }
        None
    }
}

/// `2021-09-29`, `29/09/2021`, `9/29/2021` (month first in English unless
/// the first number is over 12).
fn numeric_date(w: &str, lang_fr: bool) -> Option<Result<Resolved, Unresolved>> {
    if w.len() == 10 && w.as_bytes()[4] == b'-' && w.as_bytes()[7] == b'-' {
        let y: i32 = w.get(0..4)?.parse().ok()?;
        let m: u32 = w.get(5..7)?.parse().ok()?;
        let d: u32 = w.get(8..10)?.parse().ok()?;
        return Some(
            NaiveDate::from_ymd_opt(y, m, d)
                .map(Resolved::Day)
                .ok_or(Unresolved::Impossible),
        );
    }
    let parts: Vec<&str> = w.split('/').collect();
    if parts.len() == 3
        && parts[2].len() == 4
        && parts[..2].iter().all(|p| (1..=2).contains(&p.len()))
    {
        let a: u32 = parts[0].parse().ok()?;
        let b: u32 = parts[1].parse().ok()?;
        let y: i32 = parts[2].parse().ok()?;
        let (d, m) = if a > 12 || (lang_fr && b <= 12) {
            (a, b)
        } else {
            (b, a)
        };
        return Some(
            NaiveDate::from_ymd_opt(y, m, d)
                .map(Resolved::Day)
                .ok_or(Unresolved::Impossible),
        );
    }
    None
}

/// Finds the time expressions in `words` (folded: see
/// [`crate::normalize::fold`]), left to right, longest first, without
/// overlaps, resolving relative ones against `reference`. `french` picks the
/// day/month order of numeric dates.
pub fn find_times(words: &[&str], reference: Option<NaiveDate>, french: bool) -> Vec<TimeMatch> {
    let m = M {
        w: words,
        r: reference,
        french,
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        if let Some((end, value)) = m.try_at(i) {
            if end > i {
                let start = i;
                // ISO 8601 basic years only: 0001 to 9999.
                let value = value.and_then(|v| {
                    let y = match v {
                        Resolved::Day(d) => d.year(),
                        Resolved::Month(y, _) | Resolved::Year(y) => y,
                    };
                    if (1..=9999).contains(&y) {
                        Ok(v)
                    } else {
                        Err(Unresolved::Impossible)
                    }
                });
                out.push(TimeMatch { start, end, value });
                i = end;
                continue;
            }
        }
        i += 1;
    }
    out
}

/// Splits plain text into folded words the way a UD tokenizer would for
/// time expressions: on spaces, with French elided articles (`l'`, `d'`,
/// `jusqu'`) and sentence punctuation apart. For tests and the benchmark's
/// expression table; the pipeline uses the parser's words.
pub fn simple_words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for raw in text.split_whitespace() {
        let mut w = raw
            .trim_end_matches(['.', ',', ';', ':', '!', '?', ')'])
            .to_string();
        let trailing_comma = raw.ends_with(',');
        let w_lower = w.to_lowercase();
        for el in ["l'", "l’", "d'", "d’", "jusqu'", "jusqu’", "qu'", "qu’"] {
            if w_lower.starts_with(el) && w_lower != "aujourd'hui" && w_lower != "aujourd’hui" {
                out.push(crate::normalize::fold(&w[..el.len()]));
                w = w[el.len()..].to_string();
                break;
            }
        }
        if !w.is_empty() {
            let f = crate::normalize::fold(&w);
            // Keep numeric dates whole: folding would split 2021-09-29.
            if w.bytes()
                .all(|b| b.is_ascii_digit() || b == b'-' || b == b'/')
            {
                out.push(w);
            } else if !f.is_empty() {
                out.push(f);
            }
        }
        if trailing_comma {
            out.push(",".into());
        }
    }
    out
}

/// One row of an expression table that did not resolve as expected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableMiss {
    /// 1-based line in the table.
    pub line: usize,
    /// The expression.
    pub expression: String,
    /// What was expected.
    pub expected: String,
    /// What came out.
    pub got: String,
}

/// How an expression table fared.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TableScore {
    /// Rows.
    pub rows: usize,
    /// Rows whose expression was recognised whole.
    pub recognised: usize,
    /// Rows recognised whole and resolved to the expected value.
    pub correct: usize,
    /// The rows that failed.
    pub misses: Vec<TableMiss>,
}

/// Scores a table of expressions × reference dates (the format of
/// `crates/sitrep-resolve/tests/data/dates.tsv`: language, reference or `-`,
/// expression, expected ISO date or `unresolved`/`impossible`, precision).
pub fn evaluate_table(tsv: &str) -> Result<TableScore, String> {
    let mut score = TableScore::default();
    for (n, line) in tsv.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let c: Vec<&str> = line.split('\t').collect();
        if c.len() != 5 {
            return Err(format!("line {}: {} columns, expected 5", n + 1, c.len()));
        }
        let reference = if c[1] == "-" {
            None
        } else {
            Some(
                NaiveDate::parse_from_str(c[1], "%Y-%m-%d")
                    .map_err(|e| format!("line {}: reference {:?}: {e}", n + 1, c[1]))?,
            )
        };
        let owned = simple_words(c[2]);
        let words: Vec<&str> = owned.iter().map(String::as_str).collect();
        let found = find_times(&words, reference, c[0] == "fr");
        score.rows += 1;
        let whole = found.len() == 1 && found[0].start == 0 && found[0].end == words.len();
        let got = match found.as_slice() {
            [m] if whole => match m.value {
                Ok(v) => format!("{} {}", v.iso(), precision_name(v)),
                Err(Unresolved::NoReference) => "unresolved -".to_string(),
                Err(Unresolved::Impossible) => "impossible -".to_string(),
            },
            [] => "nothing recognised".to_string(),
            _ => format!(
                "partial: {}",
                found
                    .iter()
                    .map(|m| words[m.start..m.end].join(" "))
                    .collect::<Vec<_>>()
                    .join(" | ")
            ),
        };
        let expected = format!("{} {}", c[3], c[4]);
        if whole {
            score.recognised += 1;
        }
        if whole && got == expected {
            score.correct += 1;
        } else {
            score.misses.push(TableMiss {
                line: n + 1,
                expression: c[2].to_string(),
                expected,
                got,
            });
        }
    }
    Ok(score)
}

fn precision_name(v: Resolved) -> &'static str {
    match v {
        Resolved::Day(_) => "day",
        Resolved::Month(..) => "month",
        Resolved::Year(_) => "year",
    }
}

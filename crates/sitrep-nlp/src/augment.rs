//! Training-data augmentation: copies of treebank sentences with a time
//! expression put between a verb and its object.
//!
//! News writes the day right after the verb, before the object ("Emmanuel
//! Macron a accusé vendredi Jair Bolsonaro de …", "a reçu lundi Vladimir
//! Poutine"; "said on Tuesday that …") or, in English, between the subject
//! and the verb ("NATO on Friday rejected …"). The treebanks have few such
//! sentences, and a parser trained on them makes the weekday the object and
//! hangs the real object on it. [`time_expressions`] makes, for a share of
//! the sentences where the construction fits, one copy with a time
//! expression inserted and annotated as the treebanks annotate it:
//!
//! - French (Sequoia, GSD): `lundi` … `dimanche` NOUN
//!   `Gender=Masc|Number=Sing`, `obl:mod` of the verb; `hier` ADV `advmod`;
//!   `mardi soir`, `jeudi matin` with `soir`/`matin` NOUN `nmod` of the
//!   weekday (as GSD's `dimanche après-midi`).
//! - English (EWT): `on Tuesday` (`on` ADP IN `case` of the weekday, the
//!   weekday PROPN NNP `Number=Sing` `obl` of the verb); bare `Tuesday`
//!   and `yesterday` (NOUN NN `Number=Sing`) as `obl:unmarked`.
//!
//! The place: right after a finite or past-participle VERB whose `obj`,
//! `iobj`, `ccomp` or `xcomp` phrase starts on the next word (both
//! languages), or, in English, right before a finite VERB whose subject
//! phrase ends on the word before it. Which sentences, places and
//! expressions are chosen depends only on the seed and the sentence's
//! index. The copy has its own `# text`, spans and ids; it is written out
//! and read back as CoNLL-U, so it is as consistent as any treebank
//! sentence.

use sitrep_model::conllu::{read_conllu, write_conllu, ConlluSentence};
use sitrep_model::{Sentence, Token};

/// One inserted word.
struct Word {
    form: &'static str,
    lemma: &'static str,
    upos: &'static str,
    xpos: &'static str,
    feats: &'static str,
    deprel: &'static str,
    /// `None`: the verb; `Some(j)`: the `j`-th inserted word.
    head: Option<usize>,
}

const FR_DAYS: [&str; 7] = [
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
];
const EN_DAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

fn fr_day(day: &'static str) -> Word {
    Word {
        form: day,
        lemma: day,
        upos: "NOUN",
        xpos: "_",
        feats: "Gender=Masc|Number=Sing",
        deprel: "obl:mod",
        head: None,
    }
}

/// The time expression number `r` (any integer) for a language.
fn expression(lang: &str, r: u64) -> Option<Vec<Word>> {
    let day = (r / 20 % 7) as usize;
    match lang {
        "fr" => {
            let d = FR_DAYS[day];
            Some(match r % 20 {
                0..=11 => vec![fr_day(d)],
                12..=14 => vec![Word {
                    form: "hier",
                    lemma: "hier",
                    upos: "ADV",
                    xpos: "_",
                    feats: "_",
                    deprel: "advmod",
                    head: None,
                }],
                k => {
                    let part = if k <= 17 { "soir" } else { "matin" };
                    vec![
                        fr_day(d),
                        Word {
                            form: part,
                            lemma: part,
                            upos: "NOUN",
                            xpos: "_",
                            feats: "Gender=Masc|Number=Sing",
                            deprel: "nmod",
                            head: Some(0),
                        },
                    ]
                }
            })
        }
        "en" => {
            let d = EN_DAYS[day];
            let day_word = |deprel| Word {
                form: d,
                lemma: d,
                upos: "PROPN",
                xpos: "NNP",
                feats: "Number=Sing",
                deprel,
                head: None,
            };
            Some(match r % 20 {
                0..=11 => vec![
                    Word {
                        form: "on",
                        lemma: "on",
                        upos: "ADP",
                        xpos: "IN",
                        feats: "_",
                        deprel: "case",
                        head: Some(1),
                    },
                    day_word("obl"),
                ],
                12..=15 => vec![day_word("obl:unmarked")],
                _ => vec![Word {
                    form: "yesterday",
                    lemma: "yesterday",
                    upos: "NOUN",
                    xpos: "NN",
                    feats: "Number=Sing",
                    deprel: "obl:unmarked",
                    head: None,
                }],
            })
        }
        _ => None,
    }
}

/// SplitMix64: a well-mixed hash of a 64-bit value.
fn mix(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

fn has_feat(t: &Token, f: &str) -> bool {
    t.feats.split('|').any(|x| x == f)
}

fn base_rel(t: &Token) -> &str {
    t.deprel.split(':').next().unwrap_or("")
}

/// Each word's subtree extent (leftmost, rightmost word, 0-based), or
/// `None` when the heads do not form a tree.
fn extents(toks: &[Token]) -> Option<Vec<(usize, usize)>> {
    let n = toks.len();
    if toks.iter().any(|t| t.head as usize > n) {
        return None;
    }
    let mut extent: Vec<(usize, usize)> = (0..n).map(|i| (i, i)).collect();
    for i in 0..n {
        let mut h = toks[i].head as usize;
        let mut steps = 0;
        while h != 0 && steps < n {
            let e = &mut extent[h - 1];
            e.0 = e.0.min(i);
            e.1 = e.1.max(i);
            h = toks[h - 1].head as usize;
            steps += 1;
        }
        if steps >= n {
            return None; // a cycle
        }
    }
    Some(extent)
}

/// Where a time expression may go: before word `at` (0-based), attached to
/// word `verb`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Slot {
    verb: usize,
    at: usize,
}

/// The places in a sentence where a time expression fits (see the module
/// documentation).
fn slots(lang: &str, s: &ConlluSentence) -> Vec<Slot> {
    let toks = &s.sentence.tokens;
    if toks.len() < 3 {
        return Vec::new();
    }
    let Some(extent) = extents(toks) else {
        return Vec::new();
    };
    let in_mwt = |i: usize| {
        s.sentence
            .multiword
            .iter()
            .any(|m| (m.first as usize..=m.last as usize).contains(&i))
    };
    let core = |r: &str| matches!(r, "obj" | "iobj" | "ccomp" | "xcomp");
    let mut out = Vec::new();
    for (v, t) in toks.iter().enumerate() {
        if t.upos != "VERB" || in_mwt(v) {
            continue;
        }
        let finite = has_feat(t, "VerbForm=Fin");
        let participle = has_feat(t, "VerbForm=Part") && has_feat(t, "Tense=Past");
        if !finite && !participle {
            continue;
        }
        let deps = || {
            toks.iter()
                .enumerate()
                .filter(move |(_, d)| d.head as usize == v + 1)
        };
        // After the verb, before the core argument that starts next to it.
        // (An `xcomp` only when a marker starts it, "de quitter": "doit
        // être", "pouvait la rencontrer" take no time word inside.)
        let starts_here = |d: usize, dt: &Token| {
            d > v
                && core(base_rel(dt))
                && extent[d].0 == v + 1
                && (base_rel(dt) != "xcomp" || (d > v + 1 && base_rel(&toks[v + 1]) == "mark"))
        };
        if !t.no_space_after && deps().any(|(d, dt)| starts_here(d, dt)) {
            out.push(Slot { verb: v, at: v + 1 });
        }
        // English: between the subject and the finite verb.
        if lang == "en"
            && finite
            && v > 0
            && !toks[v - 1].no_space_after
            && deps().any(|(d, dt)| d < v && base_rel(dt) == "nsubj" && extent[d].1 == v - 1)
            && deps().any(|(d, dt)| d > v && core(base_rel(dt)))
        {
            out.push(Slot { verb: v, at: v });
        }
    }
    out
}

/// One copy of `s` with `words` inserted before word `slot.at`, or `None`
/// when the copy could not be built consistently.
fn insert(s: &ConlluSentence, slot: Slot, words: &[Word]) -> Option<ConlluSentence> {
    let k = words.len() as u32;
    let at = slot.at as u32;
    let mut sent = s.sentence.clone();
    for t in &mut sent.tokens {
        if t.head > at {
            t.head += k;
        }
    }
    for m in &mut sent.multiword {
        if m.first >= at {
            m.first += k;
        }
        if m.last >= at {
            m.last += k;
        }
    }
    let verb_id = if (slot.verb as u32) < at {
        slot.verb as u32 + 1
    } else {
        slot.verb as u32 + 1 + k
    };
    let new: Vec<Token> = words
        .iter()
        .map(|w| Token {
            form: w.form.to_string(),
            lemma: w.lemma.to_string(),
            upos: w.upos.to_string(),
            xpos: w.xpos.to_string(),
            feats: w.feats.to_string(),
            head: w.head.map_or(verb_id, |j| at + 1 + j as u32),
            deprel: w.deprel.to_string(),
            ..Token::default()
        })
        .collect();
    sent.tokens.splice(slot.at..slot.at, new);
    // The text: the words go after the verb's token and its space, or
    // before the verb's token.
    let phrase = words.iter().map(|w| w.form).collect::<Vec<_>>().join(" ");
    let orig = &s.sentence.tokens;
    let text = if slot.at > slot.verb {
        let end = orig[slot.verb].span.end as usize;
        format!("{} {}{}", &s.text.get(..end)?, phrase, &s.text.get(end..)?)
    } else {
        let start = orig[slot.verb].span.start as usize;
        format!(
            "{}{} {}",
            &s.text.get(..start)?,
            phrase,
            &s.text.get(start..)?
        )
    };
    round_trip(s, &sent, &text, "time")
}

/// The copy `sent` with its new `text`, written out and read back as
/// CoNLL-U (which recomputes every span), with the original's `sent_id`
/// plus `-suffix`; `None` when a word is not found in order in the text.
fn round_trip(
    s: &ConlluSentence,
    sent: &Sentence,
    text: &str,
    suffix: &str,
) -> Option<ConlluSentence> {
    let id = s.comment("sent_id").unwrap_or("sentence");
    let id = format!("{id}-{suffix}");
    let mut conllu = String::new();
    write_conllu(
        &mut conllu,
        &[("sent_id", id.as_str()), ("text", text)],
        sent,
    );
    let mut back = read_conllu(&conllu).ok()?;
    let c = back.pop()?;
    let ok = c.text == text
        && c.sentence.tokens.len() == sent.tokens.len()
        && c.sentence.tokens.iter().all(|t| t.span.end > t.span.start);
    ok.then_some(c)
}

/// The sentences a copy is made of, each with probability `rate`, with
/// their index and a hash to draw the copy from: a function of `salted`
/// (the seed mixed with a constant per kind of copy) and the index only.
fn chosen(
    sentences: &[ConlluSentence],
    rate: f64,
    salted: u64,
) -> impl Iterator<Item = (usize, &ConlluSentence, u64)> {
    let threshold = (rate.clamp(0.0, 1.0) * (1u64 << 32) as f64) as u64;
    sentences.iter().enumerate().filter_map(move |(i, s)| {
        let h = mix(mix(salted) ^ i as u64);
        (h & 0xffff_ffff < threshold).then_some((i, s, h))
    })
}

/// Copies of training sentences with a time expression inserted (see the
/// module documentation): each sentence with a place for one gets a copy
/// with probability `rate`. Returns each copy with the index of the
/// sentence it was made from. Languages other than `en` and `fr` get none.
pub fn time_expressions(
    lang: &str,
    sentences: &[ConlluSentence],
    rate: f64,
    seed: u64,
) -> Vec<(usize, ConlluSentence)> {
    let mut out = Vec::new();
    if expression(lang, 0).is_none() {
        return out;
    }
    for (i, s, h) in chosen(sentences, rate, seed ^ 0x7469_6d65) {
        let places = slots(lang, s);
        if places.is_empty() {
            continue;
        }
        let r = mix(h);
        let slot = places[(r % places.len() as u64) as usize];
        let Some(words) = expression(lang, r >> 16) else {
            continue;
        };
        if let Some(c) = insert(s, slot, &words) {
            out.push((i, c));
        }
    }
    out
}

/// Nationality adjectives of the English news-subject copies (one word
/// each, as EWT tags them: ADJ JJ `Degree=Pos`).
const EN_NATIONALITIES: [&str; 32] = [
    "American",
    "British",
    "French",
    "German",
    "Russian",
    "Chinese",
    "Japanese",
    "Indian",
    "Pakistani",
    "Afghan",
    "Iraqi",
    "Iranian",
    "Syrian",
    "Israeli",
    "Palestinian",
    "Lebanese",
    "Egyptian",
    "Turkish",
    "Saudi",
    "Ukrainian",
    "Polish",
    "Italian",
    "Spanish",
    "Nigerian",
    "Kenyan",
    "Ethiopian",
    "Sudanese",
    "Brazilian",
    "Mexican",
    "Colombian",
    "Venezuelan",
    "Australian",
];

fn en_word(
    form: &'static str,
    upos: &'static str,
    xpos: &'static str,
    feats: &'static str,
    deprel: &'static str,
) -> Token {
    Token {
        form: form.to_string(),
        lemma: form.to_string(),
        upos: upos.to_string(),
        xpos: xpos.to_string(),
        feats: feats.to_string(),
        deprel: deprel.to_string(),
        ..Token::default()
    }
}

/// Whether word `w` (0-based) heads a clause with a finite verb: it is a
/// finite verb or has a finite auxiliary or copula.
fn finite_clause(toks: &[Token], w: usize) -> bool {
    has_feat(&toks[w], "VerbForm=Fin")
        || toks.iter().any(|d| {
            d.head as usize == w + 1
                && matches!(base_rel(d), "aux" | "cop")
                && has_feat(d, "VerbForm=Fin")
        })
}

/// The news-subject copy number `r` of an English sentence, or `None`
/// when the sentence does not start with a subject of the kinds below:
///
/// - "The police arrested …" (a NOUN subject of a finite clause whose
///   determiner `the` is the first word): the determiner dropped when the
///   noun is plural ("Police arrested …"), or replaced by a nationality
///   adjective, `amod` of the noun, when the noun follows it directly
///   ("Brazilian police arrested …");
/// - "Bill Clinton said …" (a PROPN subject of a finite clause with a
///   `flat` part, first in the sentence): a nationality and a title put
///   before it, as EWT annotates "Taiwanese President Lee Teng-hui":
///   "Russian President Bill Clinton", "Italian Prime Minister Bill
///   Clinton" (the title PROPN NNP `nmod:desc` of the name, the
///   nationality and "Prime" ADJ JJ `amod` of the title).
fn news_subject(s: &ConlluSentence, r: u64) -> Option<ConlluSentence> {
    let toks = &s.sentence.tokens;
    if toks.len() < 3 {
        return None;
    }
    let extent = extents(toks)?;
    let subject = (0..toks.len()).find(|&w| {
        base_rel(&toks[w]) == "nsubj"
            && extent[w].0 == 0
            && toks[w].head != 0
            && finite_clause(toks, toks[w].head as usize - 1)
    })?;
    let st = &toks[subject];
    let first = &toks[0];
    let nationality = EN_NATIONALITIES[(r % EN_NATIONALITIES.len() as u64) as usize];
    let nat = || en_word(nationality, "ADJ", "JJ", "Degree=Pos", "amod");
    // (words put first, with heads: Ok(original word) / Err(new word);
    // how many original words dropped from the start)
    let mut prefix: Vec<(Token, Result<usize, usize>)> = Vec::new();
    let drop;
    if st.upos == "NOUN"
        && first.form.eq_ignore_ascii_case("the")
        && base_rel(first) == "det"
        && first.head as usize == subject + 1
        && !toks.iter().any(|d| d.head == 1)
    {
        drop = 1;
        if (r >> 8).is_multiple_of(3) || subject != 1 {
            if !has_feat(st, "Number=Plur") {
                return None;
            }
        } else {
            prefix.push((nat(), Ok(subject)));
        }
    } else if st.upos == "PROPN"
        && toks
            .iter()
            .any(|d| d.head as usize == subject + 1 && d.deprel == "flat")
        && (0..subject).all(|w| toks[w].head as usize == subject + 1 && toks[w].upos == "PROPN")
        && !toks.iter().any(|d| {
            d.head as usize == subject + 1
                && matches!(base_rel(d), "det" | "nmod" | "amod" | "appos")
        })
    {
        drop = 0;
        if (r >> 8).is_multiple_of(3) {
            prefix.push((nat(), Err(2)));
            prefix.push((en_word("Prime", "ADJ", "JJ", "Degree=Pos", "amod"), Err(2)));
            prefix.push((
                en_word("Minister", "PROPN", "NNP", "Number=Sing", "nmod:desc"),
                Ok(subject),
            ));
        } else {
            prefix.push((nat(), Err(1)));
            prefix.push((
                en_word("President", "PROPN", "NNP", "Number=Sing", "nmod:desc"),
                Ok(subject),
            ));
        }
    } else {
        return None;
    }
    if s.sentence
        .multiword
        .iter()
        .any(|m| (m.first as usize) < drop)
    {
        return None;
    }
    let p = prefix.len() as u32;
    let d = drop as u32;
    // New 1-based id of original word `w` (0-based).
    let new_id = |w: usize| w as u32 + 1 - d + p;
    let mut sent = s.sentence.clone();
    let mut words: Vec<Token> = Vec::with_capacity(toks.len() + prefix.len());
    for (t, h) in &prefix {
        let mut t = t.clone();
        t.head = match h {
            Ok(w) => new_id(*w),
            Err(j) => *j as u32 + 1,
        };
        words.push(t);
    }
    for t in &toks[drop..] {
        let mut t = t.clone();
        if t.head != 0 {
            t.head = new_id(t.head as usize - 1);
        }
        words.push(t);
    }
    if drop > 0 && prefix.is_empty() {
        // The new first word is capitalised.
        let w = &mut words[0];
        let mut c = w.form.chars();
        let head: String = c.next()?.to_uppercase().collect();
        w.form = format!("{head}{}", c.as_str());
    }
    for m in &mut sent.multiword {
        m.first = m.first + p - d;
        m.last = m.last + p - d;
    }
    sent.tokens = words;
    let rest = s.text.get(toks[drop].span.start as usize..)?;
    let text = if prefix.is_empty() {
        let mut c = rest.chars();
        let head: String = c.next()?.to_uppercase().collect();
        format!("{head}{}", c.as_str())
    } else {
        let words: Vec<&str> = prefix.iter().map(|(t, _)| t.form.as_str()).collect();
        format!("{} {rest}", words.join(" "))
    };
    round_trip(s, &sent, &text, "subject")
}

/// Copies of English training sentences whose subject comes first, made
/// to look like news (see [`news_subject`]): each eligible sentence gets a
/// copy with probability `rate`. News writes bare and nationality-led
/// subjects ("Brazilian police arrested …", "Ukrainian President
/// Volodymyr Zelensky met …") far more often than the web text of EWT,
/// where a tagger learns to read "police arrested" as a reduced relative.
/// Returns each copy with the index of the sentence it was made from;
/// other languages get none.
pub fn news_subjects(
    lang: &str,
    sentences: &[ConlluSentence],
    rate: f64,
    seed: u64,
) -> Vec<(usize, ConlluSentence)> {
    let mut out = Vec::new();
    if lang != "en" {
        return out;
    }
    for (i, s, h) in chosen(sentences, rate, seed ^ 0x7375_626a) {
        if let Some(c) = news_subject(s, mix(h)) {
            out.push((i, c));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const FR: &str = "# sent_id = t1\n# text = Le Mali a sommé l'ambassadeur de partir.\n1\tLe\tle\tDET\t_\tDefinite=Def|Gender=Masc|Number=Sing|PronType=Art\t2\tdet\t_\t_\n2\tMali\tMali\tPROPN\t_\t_\t4\tnsubj\t_\t_\n3\ta\tavoir\tAUX\t_\tMood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin\t4\taux:tense\t_\t_\n4\tsommé\tsommer\tVERB\t_\tGender=Masc|Number=Sing|Tense=Past|VerbForm=Part\t0\troot\t_\t_\n5\tl'\tle\tDET\t_\tDefinite=Def|Number=Sing|PronType=Art\t6\tdet\t_\tSpaceAfter=No\n6\tambassadeur\tambassadeur\tNOUN\t_\tGender=Masc|Number=Sing\t4\tobj\t_\t_\n7\tde\tde\tADP\t_\t_\t8\tmark\t_\t_\n8\tpartir\tpartir\tVERB\t_\tVerbForm=Inf\t4\txcomp\t_\tSpaceAfter=No\n9\t.\t.\tPUNCT\t_\t_\t4\tpunct\t_\t_\n\n";

    const EN: &str = "# sent_id = t2\n# text = NATO rejected the request.\n1\tNATO\tNATO\tPROPN\tNNP\tNumber=Sing\t2\tnsubj\t_\t_\n2\trejected\treject\tVERB\tVBD\tMood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin\t0\troot\t_\t_\n3\tthe\tthe\tDET\tDT\tDefinite=Def|PronType=Art\t4\tdet\t_\t_\n4\trequest\trequest\tNOUN\tNN\tNumber=Sing\t2\tobj\t_\tSpaceAfter=No\n5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

    #[test]
    fn finds_the_places() {
        let fr = read_conllu(FR).unwrap();
        assert_eq!(slots("fr", &fr[0]), vec![Slot { verb: 3, at: 4 }]);
        let en = read_conllu(EN).unwrap();
        assert_eq!(
            slots("en", &en[0]),
            vec![Slot { verb: 1, at: 2 }, Slot { verb: 1, at: 1 }]
        );
    }

    #[test]
    fn french_two_words_after_the_verb() {
        let fr = read_conllu(FR).unwrap();
        let words = expression("fr", 5 * 20 + 16).unwrap();
        let c = insert(&fr[0], Slot { verb: 3, at: 4 }, &words).unwrap();
        assert_eq!(
            c.text,
            "Le Mali a sommé samedi soir l'ambassadeur de partir."
        );
        let t = &c.sentence.tokens;
        assert_eq!(t.len(), 11);
        assert_eq!(
            (t[4].form.as_str(), t[4].head, t[4].deprel.as_str()),
            ("samedi", 4, "obl:mod")
        );
        assert_eq!(
            (t[5].form.as_str(), t[5].head, t[5].deprel.as_str()),
            ("soir", 5, "nmod")
        );
        assert_eq!(
            (t[7].form.as_str(), t[7].head, t[7].deprel.as_str()),
            ("ambassadeur", 4, "obj")
        );
        assert_eq!(t[6].head, 8);
        assert_eq!(t[9].head, 4);
        assert_eq!(
            &c.text[t[5].span.start as usize..t[5].span.end as usize],
            "soir"
        );
        assert!(t[6].no_space_after);
        assert_eq!(c.comment("sent_id"), Some("t1-time"));
    }

    #[test]
    fn english_before_the_verb() {
        let en = read_conllu(EN).unwrap();
        let words = expression("en", 4 * 20).unwrap();
        let c = insert(&en[0], Slot { verb: 1, at: 1 }, &words).unwrap();
        assert_eq!(c.text, "NATO on Friday rejected the request.");
        let t = &c.sentence.tokens;
        assert_eq!(
            (t[1].form.as_str(), t[1].head, t[1].deprel.as_str()),
            ("on", 3, "case")
        );
        assert_eq!(
            (t[2].form.as_str(), t[2].head, t[2].deprel.as_str()),
            ("Friday", 4, "obl")
        );
        assert_eq!((t[0].head, t[4].head, t[5].head, t[6].head), (4, 6, 4, 4));
        assert_eq!(t[3].head, 0);
    }

    #[test]
    fn rate_and_seed() {
        let fr = read_conllu(FR).unwrap();
        let many: Vec<ConlluSentence> = std::iter::repeat_n(fr[0].clone(), 1000).collect();
        let a = time_expressions("fr", &many, 0.15, 1);
        assert!((100..200).contains(&a.len()), "{}", a.len());
        let b = time_expressions("fr", &many, 0.15, 1);
        assert_eq!(a, b);
        assert!(time_expressions("fr", &many, 0.0, 1).is_empty());
        assert!(time_expressions("de", &many, 0.5, 1).is_empty());
    }

    const EN_THE: &str = "# sent_id = t3\n# text = The rebels attacked the town.\n1\tThe\tthe\tDET\tDT\tDefinite=Def|PronType=Art\t2\tdet\t_\t_\n2\trebels\trebel\tNOUN\tNNS\tNumber=Plur\t3\tnsubj\t_\t_\n3\tattacked\tattack\tVERB\tVBD\tMood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin\t0\troot\t_\t_\n4\tthe\tthe\tDET\tDT\tDefinite=Def|PronType=Art\t5\tdet\t_\t_\n5\ttown\ttown\tNOUN\tNN\tNumber=Sing\t3\tobj\t_\tSpaceAfter=No\n6\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

    const EN_NAME: &str = "# sent_id = t4\n# text = Bill Clinton met Lee.\n1\tBill\tBill\tPROPN\tNNP\tNumber=Sing\t3\tnsubj\t_\t_\n2\tClinton\tClinton\tPROPN\tNNP\tNumber=Sing\t1\tflat\t_\t_\n3\tmet\tmeet\tVERB\tVBD\tMood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin\t0\troot\t_\t_\n4\tLee\tLee\tPROPN\tNNP\tNumber=Sing\t3\tobj\t_\tSpaceAfter=No\n5\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

    fn rows(c: &ConlluSentence) -> Vec<(&str, u32, &str)> {
        c.sentence
            .tokens
            .iter()
            .map(|t| (t.form.as_str(), t.head, t.deprel.as_str()))
            .collect()
    }

    #[test]
    fn news_subject_copies() {
        let the = read_conllu(EN_THE).unwrap();
        // r >> 8 divisible by 3: the determiner dropped.
        let c = news_subject(&the[0], 0).unwrap();
        assert_eq!(c.text, "Rebels attacked the town.");
        assert_eq!(
            rows(&c),
            vec![
                ("Rebels", 2, "nsubj"),
                ("attacked", 0, "root"),
                ("the", 4, "det"),
                ("town", 2, "obj"),
                (".", 2, "punct")
            ]
        );
        assert_eq!(c.comment("sent_id"), Some("t3-subject"));
        // Otherwise a nationality instead of the determiner.
        let c = news_subject(&the[0], (1 << 8) + 27).unwrap();
        assert_eq!(c.text, "Brazilian rebels attacked the town.");
        assert_eq!(
            rows(&c)[..3],
            [
                ("Brazilian", 2, "amod"),
                ("rebels", 3, "nsubj"),
                ("attacked", 0, "root")
            ]
        );
        assert_eq!(c.sentence.tokens[0].upos, "ADJ");
        let name = read_conllu(EN_NAME).unwrap();
        let c = news_subject(&name[0], (1 << 8) + 19).unwrap();
        assert_eq!(c.text, "Ukrainian President Bill Clinton met Lee.");
        assert_eq!(
            rows(&c)[..5],
            [
                ("Ukrainian", 2, "amod"),
                ("President", 3, "nmod:desc"),
                ("Bill", 5, "nsubj"),
                ("Clinton", 3, "flat"),
                ("met", 0, "root")
            ]
        );
        let c = news_subject(&name[0], 10).unwrap();
        assert_eq!(c.text, "Iraqi Prime Minister Bill Clinton met Lee.");
        assert_eq!(
            rows(&c)[..4],
            [
                ("Iraqi", 3, "amod"),
                ("Prime", 3, "amod"),
                ("Minister", 4, "nmod:desc"),
                ("Bill", 6, "nsubj")
            ]
        );
        // No subject first: no copy; French: none.
        let en = read_conllu(EN).unwrap();
        assert!(news_subject(&en[0], 0).is_none());
        assert!(news_subjects("fr", &the, 1.0, 1).is_empty());
        assert_eq!(news_subjects("en", &the, 1.0, 1).len(), 1);
    }
}

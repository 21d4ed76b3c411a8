//! Repairs of the parser's commonest misreadings on news sentences, made
//! before coding: each takes the tree (heads, with relation overrides) and
//! moves a few words where the treebank would have them ("a exhorté lundi
//! l'Iran à…" with the day as the object, "ont aussitôt critiquée" with
//! the adverb as a participle, "a lancé plus de 300 drones" with the
//! adverb as the object). The tokens themselves are never changed.

use sitrep_model::Token;

use crate::engine::{base, is_verbal};

/// Runs every repair, in order: the day-object one always (PETRARCH's
/// records rely on it too), the others with the built-in lexicons only
/// (`builtin`), so PETRARCH validation stays as PETRARCH codes it.
pub(crate) fn repair(
    toks: &[Token],
    head: &mut [Option<usize>],
    rel_fix: &mut [Option<&'static str>],
    builtin: bool,
) {
    repair_day_objects(toks, head, rel_fix);
    if builtin {
        repair_noun_infinitives(toks, head, rel_fix);
        repair_false_auxiliaries(toks, head, rel_fix);
        repair_adverb_participles(toks, head, rel_fix);
        repair_unknown_adverbs(toks, head, rel_fix);
        repair_determined_verbs(toks, head, rel_fix);
        repair_adjective_objects(toks, head, rel_fix);
        repair_speaker_participles(toks, head, rel_fix);
        repair_conjuncts_on_surnames(toks, head, rel_fix);
        repair_gerund_compounds(toks, head, rel_fix);
        repair_name_and_adjective(toks, head, rel_fix);
        repair_noun_roots(toks, head, rel_fix);
        repair_verb_adjectives(toks, head, rel_fix);
        repair_completives(toks, head, rel_fix);
        repair_quantity_heads(toks, head, rel_fix);
        repair_fronted_participles(toks, head, rel_fix);
        repair_fronted_finite(toks, head, rel_fix);
        repair_fronted_present_participles(toks, head, rel_fix);
        repair_fronted_agents(toks, head, rel_fix);
        repair_conjoined_relatives(toks, head, rel_fix);
        repair_comma_participles(toks, head, rel_fix);
        repair_participles_after_relatives(toks, head, rel_fix);
        repair_low_conjuncts(toks, head, rel_fix);
        repair_conjuncts_on_objects(toks, head, rel_fix);
        repair_relatives_on_verbs(toks, head, rel_fix);
        repair_noun_objects(toks, head, rel_fix);
        repair_hyphen_participles(toks, head, rel_fix);
        repair_persona_non_grata(toks, head, rel_fix);
        repair_charge_d_affaires(toks, head, rel_fix);
        repair_lost_subjects(toks, head, rel_fix);
        repair_subjects_after_fronted_clauses(toks, head, rel_fix);
        repair_appositive_participles(toks, head, rel_fix);
        repair_control_infinitives(toks, head, rel_fix);
        repair_reduced_relatives(toks, head, rel_fix);
        repair_subject_participles(toks, head, rel_fix);
        repair_backed_subjects(toks, head, rel_fix);
        repair_split_lists(toks, head, rel_fix);
        repair_caseless_lists(toks, head, rel_fix);
        repair_split_subject_lists(toks, head, rel_fix);
        repair_conjoined_relative_clauses(toks, head, rel_fix);
        repair_second_objects(toks, head, rel_fix);
        repair_named_objects(toks, head, rel_fix);
        repair_object_relatives(toks, head, rel_fix);
        repair_agent_prepositions(toks, head, rel_fix);
        repair_lost_agents(toks, head, rel_fix);
        repair_titled_names(toks, head, rel_fix);
        repair_split_names(toks, head, rel_fix);
        repair_stranded_prepositions(toks, head, rel_fix);
        repair_double_subjects(toks, head, rel_fix);
        repair_avoir_passives(toks, head, rel_fix);
        repair_etre_perfects(toks, head, rel_fix);
        repair_avoir_perfect_subjects(toks, head, rel_fix);
        repair_markers_on_commas(toks, head, rel_fix);
        repair_time_after_clauses(toks, head, rel_fix);
        repair_clauses_on_time_nouns(toks, head, rel_fix);
        repair_swallowed_verbs(toks, head, rel_fix);
        repair_verbless_roots(toks, head, rel_fix);
        repair_objects_on_places(toks, head, rel_fix);
        repair_neighbouring(toks, head, rel_fix);
    }
}

/// "Le prince héritier saoudien Abdallah", with "héritier" read as an
/// infinitive hung on "prince" and the rest of the title on it: a French
/// noun takes no bare infinitive, so an infinitive with no marker right
/// after its noun is the noun's adjective, and what hung on it is the
/// noun's (an adjective, or a capitalised name in apposition).
fn repair_noun_infinitives(
    toks: &[Token],
    head: &mut [Option<usize>],
    rel_fix: &mut [Option<&'static str>],
) {
    let n = toks.len();
    for i in 1..n {
        let t = &toks[i];
        let form = t.form.to_lowercase();
        if t.upos != "VERB"
            || !t.feats.contains("VerbForm=Inf")
            || !(form.ends_with("er") || form.ends_with("ir"))
            || head[i] != Some(i - 1)
            || toks[i - 1].upos != "NOUN"
            || base(fixed_rel(toks, i, rel_fix)) != "acl"
            || (0..i).any(|c| head[c] == Some(i))
        {
            continue;
        }
        let kids: Vec<usize> = (i + 1..n).filter(|&c| head[c] == Some(i)).collect();
        // (Only the words of a title: a subject, a clause or a
        // preposition on it is a misparse of another kind.)
        if kids.iter().any(|&c| {
            !matches!(
                base(fixed_rel(toks, c, rel_fix)),
                "obj" | "amod" | "nmod" | "appos" | "flat" | "xcomp"
            )
        }) {
            continue;
        }
        rel_fix[i] = Some("amod");
        for c in kids {
            head[c] = Some(i - 1);
            let capital = toks[c].form.starts_with(char::is_uppercase);
            rel_fix[c] = Some(if capital { "appos" } else { "amod" });
            if capital {
                continue;
            }
            // A capitalised name cut onto the adjective is the noun's too.
            let names: Vec<usize> = (c + 1..n)
                .filter(|&k| {
                    head[k] == Some(c)
                        && base(fixed_rel(toks, k, rel_fix)) == "flat"
                        && toks[k].form.starts_with(char::is_uppercase)
                })
                .collect();
            if let Some(&first) = names.first() {
                head[first] = Some(i - 1);
                rel_fix[first] = Some("appos");
                for &k in &names[1..] {
                    head[k] = Some(first);
                }
            }
        }
    }
}

/// "…, holding talks with President Andres Pastrana", with "holding" a
/// compound of "talks" and "talks" the adverbial clause: the gerund is
/// the clause's verb and the noun its object.
fn repair_gerund_compounds(
    toks: &[Token],
    head: &mut [Option<usize>],
    rel_fix: &mut [Option<&'static str>],
) {
    for i in 0..toks.len().saturating_sub(1) {
        let n = i + 1;
        if toks[i].upos == "VERB"
            && (toks[i].feats.contains("VerbForm=Ger") || toks[i].xpos == "VBG")
            && head[i] == Some(n)
            && base(fixed_rel(toks, i, rel_fix)) == "compound"
            && toks[n].upos == "NOUN"
            && base(fixed_rel(toks, n, rel_fix)) == "advcl"
        {
            head[i] = head[n];
            rel_fix[i] = Some("advcl");
            head[n] = Some(i);
            rel_fix[n] = Some("obj");
            // ("… and promising to deliver aid": a verb joined to the
            // noun is joined to the gerund.)
            for c in n + 1..toks.len() {
                if head[c] == Some(n)
                    && is_verbal(&toks[c])
                    && base(fixed_rel(toks, c, rel_fix)) == "conj"
                {
                    head[c] = Some(i);
                }
            }
        }
    }
}

/// "Benjamin Netanyahu and Palestinian leader Yasser Arafat signed", with
/// the second conjunct hung on the surname: a conjunct of a name's last
/// part is a conjunct of the name.
fn repair_conjuncts_on_surnames(
    toks: &[Token],
    head: &mut [Option<usize>],
    rel_fix: &mut [Option<&'static str>],
) {
    for c in 0..toks.len() {
        let Some(f) = head[c] else { continue };
        if base(fixed_rel(toks, c, rel_fix)) == "conj"
            && base(fixed_rel(toks, f, rel_fix)) == "flat"
            && f < c
        {
            if let Some(g) = head[f].filter(|&g| g < f) {
                head[c] = Some(g);
            }
        }
    }
}

/// "a deployment that neighbouring Lithuania and Poland denounced", with
/// "neighbouring" read as a verb whose object is "Lithuania" and whose
/// clause is the subject: the adjective modifies the name right after it,
/// and the name takes the adjective's place.
fn repair_neighbouring(
    toks: &[Token],
    head: &mut [Option<usize>],
    rel_fix: &mut [Option<&'static str>],
) {
    for a in 0..toks.len().saturating_sub(1) {
        let x = a + 1;
        let adjective = matches!(
            toks[a].form.to_lowercase().as_str(),
            "neighbouring" | "neighboring" | "bordering"
        );
        if !adjective
            || toks[a].upos != "VERB"
            || head[x] != Some(a)
            || !matches!(toks[x].upos.as_str(), "PROPN" | "NOUN")
        {
            continue;
        }
        let r = fixed_rel(toks, a, rel_fix);
        head[x] = head[a];
        rel_fix[x] = Some(noun_rel(match base(r) {
            "csubj" => "nsubj",
            "ccomp" | "xcomp" => "obj",
            "advcl" => "obl",
            "acl" => "nmod",
            other => other,
        }));
        for h in head.iter_mut() {
            if *h == Some(a) {
                *h = Some(x);
            }
        }
        head[a] = Some(x);
        rel_fix[a] = Some("amod");
        // (A relative pronoun the parser made the subject in its stead is
        // the clause's object: "that … Lithuania and Poland denounced".)
        if let Some(v) = head[x].filter(|_| base(fixed_rel(toks, x, rel_fix)) == "nsubj") {
            for p in 0..x {
                if head[p] == Some(v)
                    && base(fixed_rel(toks, p, rel_fix)) == "nsubj"
                    && matches!(toks[p].lemma.to_lowercase().as_str(), "that" | "which")
                {
                    rel_fix[p] = Some("obj");
                }
            }
        }
    }
}

/// "a accueilli lundi au Kremlin le dirigeant chinois Xi Jinping", read
/// with "le dirigeant" an apposition to "Kremlin": a determined noun set
/// right after a verb's place phrase with no comma between, where the verb
/// has no object but a day, is the verb's object.
fn repair_objects_on_places(
    toks: &[Token],
    head: &mut [Option<usize>],
    rel_fix: &mut [Option<&'static str>],
) {
    let n = toks.len();
    for v in 0..n {
        if toks[v].upos != "VERB" {
            continue;
        }
        let kids: Vec<usize> = (0..n).filter(|&c| head[c] == Some(v)).collect();
        let day = |c: usize| {
            DAY_WORDS
                .iter()
                .any(|w| toks[c].form.eq_ignore_ascii_case(w))
        };
        if kids
            .iter()
            .any(|&c| matches!(base(fixed_rel(toks, c, rel_fix)), "obj" | "dobj") && !day(c))
        {
            continue;
        }
        // (Also a place phrase hung on the day: "a renversé mercredi à
        // Nouakchott le président mauritanien".)
        let hd: &[Option<usize>] = head;
        let on_day: Vec<usize> = kids
            .iter()
            .filter(|&&d| d > v && day(d))
            .flat_map(|&d| (d + 1..n).filter(move |&o| hd[o] == Some(d)))
            .filter(|&o| base(fixed_rel(toks, o, rel_fix)) == "nmod")
            .collect();
        for &o in kids.iter().chain(on_day.iter()) {
            if !(base(fixed_rel(toks, o, rel_fix)) == "obl" || on_day.contains(&o)) || o < v {
                continue;
            }
            let place = (0..o).any(|k| {
                head[k] == Some(o)
                    && base(fixed_rel(toks, k, rel_fix)) == "case"
                    && matches!(
                        toks[k].lemma.to_lowercase().as_str(),
                        "à" | "au" | "en" | "dans" | "in" | "at"
                    )
            });
            if !place {
                continue;
            }
            // (Or a partitive noun hung on the place: "ont entamé en mer
            // du Japon des manœuvres navales".)
            let partitive = |a: usize| {
                let hd: &[Option<usize>] = head;
                toks[a].upos == "NOUN"
                    && base(fixed_rel(toks, a, rel_fix)) == "nmod"
                    && (0..a)
                        .any(|k| hd[k] == Some(a) && toks[k].lemma == "de" && toks[k].upos == "ADP")
                    && (0..a).any(|k| {
                        hd[k] == Some(a)
                            && base(fixed_rel(toks, k, rel_fix)) == "det"
                            && toks[k].form.eq_ignore_ascii_case("les")
                    })
            };
            let Some(a) = (o + 1..n).find(|&a| {
                head[a] == Some(o)
                    && ((base(fixed_rel(toks, a, rel_fix)) == "appos"
                        && matches!(toks[a].upos.as_str(), "NOUN" | "PROPN")
                        && (0..a).any(|k| {
                            head[k] == Some(a) && base(fixed_rel(toks, k, rel_fix)) == "det"
                        }))
                        || partitive(a)
                        // ("au large de Goa leur exercice", with the
                        // object hung on "large".)
                        || (matches!(base(fixed_rel(toks, a, rel_fix)), "obj" | "dobj")
                            && !matches!(toks[o].upos.as_str(), "VERB" | "AUX")))
                    && !(o + 1..a).any(|k| toks[k].form == ",")
            }) else {
                continue;
            };
            head[a] = Some(v);
            rel_fix[a] = Some("obj");
            break;
        }
    }
}

/// "Venezuelan President Nicolas Maduro, speaking on state television,
/// accused Guyana of…", read with "Venezuelan" as the root, the name under
/// it and "accused" hung on the participle: in a sentence whose root is
/// no verb and heads everything before the first comma, with no subject
/// or copula of its own, the first finite verb after that comma that has
/// no subject, marker or passive auxiliary is the clause's verb,
/// and the root's phrase its subject; what hung on the root after the
/// comma hangs on the verb.
fn repair_verbless_roots(
    toks: &[Token],
    head: &mut [Option<usize>],
    rel_fix: &mut [Option<&'static str>],
) {
    let n = toks.len();
    let Some(r) = (0..n).find(|&r| head[r].is_none()) else {
        return;
    };
    if matches!(toks[r].upos.as_str(), "VERB" | "AUX")
        || !matches!(toks[r].upos.as_str(), "NOUN" | "PROPN" | "ADJ")
    {
        return;
    }
    let kid_rels = |head: &[Option<usize>], x: usize| -> Vec<&str> {
        (0..n)
            .filter(|&c| head[c] == Some(x))
            .map(|c| base(fixed_rel(toks, c, rel_fix)))
            .collect()
    };
    if kid_rels(head, r)
        .iter()
        .any(|k| k.starts_with("nsubj") || *k == "cop")
    {
        return;
    }
    let Some(comma) = (r + 1..n).find(|&c| toks[c].form == ",") else {
        return;
    };
    if (0..comma).any(|k| k != r && !dominates(head, r, k)) {
        return;
    }
    // (A past tense the tagger took for a participle, with an object of
    // its own, too: "accused Guyana of…"; not "accused of fraud", a
    // participle said of the subject.)
    let Some(v) = (comma + 1..n).find(|&v| {
        let kids = kid_rels(head, v);
        toks[v].upos == "VERB"
            && (toks[v].feats.contains("VerbForm=Fin")
                || (toks[v].feats.contains("Tense=Past")
                    && kids.iter().any(|k| matches!(*k, "obj" | "dobj" | "aux"))))
            && !matches!(fixed_rel(toks, v, rel_fix), "acl:relcl" | "ccomp")
            && !kids.iter().any(|k| {
                k.starts_with("nsubj") || matches!(*k, "mark" | "expl" | "aux:pass" | "auxpass")
            })
    }) else {
        return;
    };
    if dominates(head, v, r) {
        return;
    }
    for (k, h) in head.iter_mut().enumerate().skip(comma + 1) {
        if k != v && *h == Some(r) {
            *h = Some(v);
        }
    }
    head[v] = None;
    rel_fix[v] = Some("root");
    head[r] = Some(v);
    rel_fix[r] = Some("nsubj");
}

/// "Lula da Silva met Tony Blair in London", read as one long name with
/// "met" a `compound` inside it and "Lula" the root: in a sentence whose
/// root is a name, a verb (neither participle nor infinitive with "to")
/// hung inside the names by `compound`
/// or `flat`, with no subject of its own, is the clause's verb; the name
/// before it is its subject, the name it was hung on (after it) its
/// object, and the words of the first name hang on that name.
fn repair_swallowed_verbs(
    toks: &[Token],
    head: &mut [Option<usize>],
    rel_fix: &mut [Option<&'static str>],
) {
    let n = toks.len();
    let Some(root) = (0..n).find(|&i| head[i].is_none()) else {
        return;
    };
    if toks[root].upos != "PROPN" {
        return;
    }
    let name = |i: usize| matches!(toks[i].upos.as_str(), "PROPN" | "NOUN");
    let Some(v) = (root + 1..n).find(|&v| {
        toks[v].upos == "VERB"
            && !toks[v].feats.contains("VerbForm=Part")
            && !toks[v].feats.contains("VerbForm=Ger")
            && !(0..n).any(|c| {
                head[c] == Some(v) && matches!(base(fixed_rel(toks, c, rel_fix)), "mark" | "aux")
            })
            && matches!(base(fixed_rel(toks, v, rel_fix)), "compound" | "flat")
            && head[v].is_some_and(|h| h > v && name(h))
            && !(0..n).any(|c| {
                head[c] == Some(v) && base(fixed_rel(toks, c, rel_fix)).starts_with("nsubj")
            })
    }) else {
        return;
    };
    let Some(object) = head[v] else { return };
    // (The object must not be the root's only link to the rest: it hangs
    // on the root or on a word of the first name.)
    if dominates(head, v, root) || dominates(head, object, root) {
        return;
    }
    // The first name's words (before the verb) hang on the root.
    for w in root + 1..v {
        if head[w].is_some_and(|h| h == v || h == object) {
            head[w] = Some(root);
            rel_fix[w] = Some("flat");
        }
    }
    // What hung on the root after the verb hangs on the verb.
    for (w, h) in head.iter_mut().enumerate().skip(v + 1) {
        if *h == Some(root) && w != object {
            *h = Some(v);
        }
    }
    head[v] = None;
    rel_fix[v] = Some("root");
    head[root] = Some(v);
    rel_fix[root] = Some("nsubj");
    head[object] = Some(v);
    rel_fix[object] = Some("obj");
}

/// ", as thousands of Afghans protested…", with "as" hung on the comma
/// and the noun after it as its object: a temporal conjunction hung on a
/// punctuation mark, with a noun below it, marks that noun's phrase, which
/// hangs on the nearest verb above the comma (the clause repair below then
/// makes it a clause).
fn repair_markers_on_commas(
    toks: &[Token],
    head: &mut [Option<usize>],
    rel_fix: &mut [Option<&'static str>],
) {
    let n = toks.len();
    for a in 0..n {
        if !matches!(
            toks[a].form.to_lowercase().as_str(),
            "after" | "before" | "since" | "until" | "as" | "while" | "when" | "once"
        ) {
            continue;
        }
        let Some(p) = head[a].filter(|&p| toks[p].upos == "PUNCT") else {
            continue;
        };
        let Some(subj) = (a + 1..n).find(|&k| {
            head[k] == Some(a) && matches!(toks[k].upos.as_str(), "NOUN" | "PROPN" | "PRON")
        }) else {
            continue;
        };
        let mut m = head[p];
        for _ in 0..n {
            match m {
                Some(x) if !is_verbal(&toks[x]) || dominates(head, a, x) => m = head[x],
                _ => break,
            }
        }
        let Some(m) = m else { continue };
        head[subj] = Some(m);
        rel_fix[subj] = Some("obl");
        head[a] = Some(subj);
        rel_fix[a] = Some("case");
        for (k, h) in head.iter_mut().enumerate() {
            if *h == Some(a) && k != subj {
                *h = Some(subj);
            }
        }
    }
}

/// "…on Tuesday, hours after he had held talks with Netanyahu", with the
/// clause hung on "hours" as a relative clause: a clause marked by
/// "after"/"before"/"since"/"when"/"as"/"while" with a subject of its own,
/// hung on a time noun ("hours", "days", "jours"), modifies the nearest
/// verb above that noun.
fn repair_clauses_on_time_nouns(
    toks: &[Token],
    head: &mut [Option<usize>],
    rel_fix: &mut [Option<&'static str>],
) {
    let n = toks.len();
    for v in 0..n {
        let Some(t) = head[v] else { continue };
        if !is_verbal(&toks[v])
            || base(fixed_rel(toks, v, rel_fix)) != "acl"
            || !matches!(
                toks[t].lemma.to_lowercase().as_str(),
                "hour"
                    | "day"
                    | "week"
                    | "month"
                    | "year"
                    | "minute"
                    | "heure"
                    | "jour"
                    | "semaine"
                    | "mois"
                    | "an"
                    | "année"
            )
        {
            continue;
        }
        let marked = (0..v).any(|m| {
            head[m] == Some(v)
                && base(fixed_rel(toks, m, rel_fix)) == "mark"
                && matches!(
                    toks[m].lemma.to_lowercase().as_str(),
                    "after"
                        | "before"
                        | "since"
                        | "when"
                        | "as"
                        | "while"
                        | "après"
                        | "avant"
                        | "depuis"
                        | "quand"
                        | "lorsque"
                )
        });
        let subject = (0..n)
            .any(|c| head[c] == Some(v) && base(fixed_rel(toks, c, rel_fix)).starts_with("nsubj"));
        if !marked || !subject {
            continue;
        }
        let mut m = head[t];
        for _ in 0..n {
            match m {
                Some(x) if !is_verbal(&toks[x]) => m = head[x],
                _ => break,
            }
        }
        let Some(m) = m else { continue };
        if dominates(head, v, m) {
            continue;
        }
        head[v] = Some(m);
        rel_fix[v] = Some("advcl");
    }
}

/// "…on Sunday, a day after Belarusian authorities arrested Roman
/// Protasevich", read with "authorities" as a noun on "day" ("a day after
/// the authorities") and "arrested" with no subject (or with "weeks" as
/// its subject): the noun after "after"/"before" that follows a time noun
/// is the subject of the next finite verb that has none; "after" is its
/// marker; the clause modifies the verb the time noun was hung on (or the
/// verb above it); participles in between ("the junta now ruling Niamey")
/// modify the subject.
fn repair_time_after_clauses(
    toks: &[Token],
    head: &mut [Option<usize>],
    rel_fix: &mut [Option<&'static str>],
) {
    let n = toks.len();
    for a in 0..n.saturating_sub(1) {
        // After a time noun ("a day after"), or alone ("after a Japanese
        // court extended the detention").
        let t = a.checked_sub(1).filter(|&t| {
            matches!(
                toks[t].lemma.to_lowercase().as_str(),
                "day" | "week" | "month" | "year" | "hour" | "minute"
            )
        });
        let conjunction = matches!(toks[a].form.to_lowercase().as_str(), "after" | "before");
        let bare = t.is_none()
            && matches!(
                toks[a].form.to_lowercase().as_str(),
                "after" | "before" | "since" | "until" | "as" | "while" | "when" | "once"
            );
        if !(bare || (conjunction && t.is_some())) {
            continue;
        }
        let Some(subj) = head[a].filter(|&s| {
            s > a
                && base(fixed_rel(toks, a, rel_fix)) == "case"
                && matches!(toks[s].upos.as_str(), "NOUN" | "PROPN" | "PRON")
        }) else {
            continue;
        };
        let finite = |w: usize| toks[w].upos == "VERB" && toks[w].feats.contains("VerbForm=Fin");
        // (Or a past form the tagger read as a participle on the noun, with
        // no agent or auxiliary: "as thousands of Afghans protested
        // against the United States".)
        let past_on_subject = |w: usize, head: &[Option<usize>]| {
            toks[w].upos == "VERB"
                && toks[w].feats.contains("Tense=Past")
                && head[w] == Some(subj)
                && base(fixed_rel(toks, w, rel_fix)) == "acl"
                && !(0..n).any(|c| {
                    head[c] == Some(w)
                        && (matches!(base(fixed_rel(toks, c, rel_fix)), "aux" | "mark")
                            || fixed_rel(toks, c, rel_fix) == "obl:agent"
                            || (c > w
                                && (0..n).any(|k| {
                                    head[k] == Some(c)
                                        && base(fixed_rel(toks, k, rel_fix)) == "case"
                                        && toks[k].form.eq_ignore_ascii_case("by")
                                })))
                })
        };
        let Some(v) = (subj + 1..n)
            .take_while(|&w| toks[w].form != ",")
            .find(|&w| finite(w) || (bare && past_on_subject(w, head)))
        else {
            continue;
        };
        let other_subject = (0..n).any(|c| {
            Some(c) != t
                && head[c] == Some(v)
                && base(fixed_rel(toks, c, rel_fix)).starts_with("nsubj")
        });
        if other_subject {
            continue;
        }
        // (Alone, only a noun phrase the parser hung on a verb, right
        // before the verb's own words: "after the talks ended" must be
        // read so, "after the talks, Iran said" is not touched above; or
        // one hung on a noun right before a verb with no subject:
        // "recalled its ambassador from Tehran after Iran executed…".)
        let on_verb = head[subj].is_some_and(|h| is_verbal(&toks[h]))
            && base(fixed_rel(toks, subj, rel_fix)) == "obl";
        let on_noun = head[subj].is_some_and(|h| matches!(toks[h].upos.as_str(), "NOUN" | "PROPN"))
            && base(fixed_rel(toks, subj, rel_fix)) == "nmod"
            && (subj + 1..v)
                .all(|w| head[w] == Some(subj) || head[w].is_some_and(|h| (subj..v).contains(&h)));
        if bare && !(on_verb || on_noun) {
            continue;
        }
        // (Nor when a verb after a comma hangs on it: "…since the war in
        // Gaza began, threatened on Saturday" has the main verb there, and
        // it would inherit the new subject.)
        if bare
            && (v + 1..n).any(|w| {
                head[w] == Some(v) && is_verbal(&toks[w]) && (v + 1..w).any(|p| toks[p].form == ",")
            })
        {
            continue;
        }
        // The verb the time phrase modifies: the first verb above the time
        // noun (or the phrase) outside the span.
        let from = t.unwrap_or(subj);
        let mut m = head[from];
        for _ in 0..n {
            match m {
                Some(x) if (from..=v).contains(&x) || !is_verbal(&toks[x]) => m = head[x],
                _ => break,
            }
        }
        let Some(m) = m else { continue };
        if (subj..=v).any(|w| dominates(head, w, m)) {
            continue; // (m inside the clause: a cycle)
        }
        for w in subj + 1..v {
            if toks[w].upos == "VERB"
                && !finite(w)
                && head[w].is_some_and(|h| !(subj..v).contains(&h))
            {
                head[w] = Some(subj);
                rel_fix[w] = Some("acl");
            }
        }
        head[subj] = Some(v);
        rel_fix[subj] = Some("nsubj");
        head[a] = Some(v);
        rel_fix[a] = Some("mark");
        head[v] = Some(m);
        rel_fix[v] = Some("advcl");
        if let Some(t) = t {
            head[t] = Some(v);
            rel_fix[t] = Some("obl:unmarked");
        }
    }
}

/// "Tshisekedi et Kagame … sont convenus d'une feuille de route", read
/// as a passive: the verbs that form their perfect with "être" ("sont
/// convenus", "est arrivé", "sont venus") are active; their subject is no
/// patient, and no "par" phrase nearby is their agent.
fn repair_etre_perfects(
    toks: &[Token],
    head: &mut [Option<usize>],
    rel_fix: &mut [Option<&'static str>],
) {
    const ETRE_VERBS: &[&str] = &[
        "convenir",
        "arriver",
        "venir",
        "revenir",
        "parvenir",
        "intervenir",
        "partir",
        "repartir",
        "rester",
        "tomber",
        "entrer",
        "rentrer",
        "sortir",
        "retourner",
        "devenir",
        "mourir",
        "décéder",
        "naître",
        "accourir",
    ];
    let n = toks.len();
    for a in 0..n {
        if fixed_rel(toks, a, rel_fix) != "aux:pass" || toks[a].lemma != "être" {
            continue;
        }
        let Some(v) = head[a] else { continue };
        if !ETRE_VERBS.contains(&toks[v].lemma.as_str()) {
            continue;
        }
        // ("il a été convenu que…" is a passive: "été" after "avoir".)
        if (0..n).any(|c| head[c] == Some(v) && toks[c].lemma == "avoir") {
            continue;
        }
        rel_fix[a] = Some("aux:tense");
        activate_subjects(toks, head, rel_fix, v);
    }
}

/// The passive subjects of verb `v` made its subjects (the verb is active).
fn activate_subjects(
    toks: &[Token],
    head: &[Option<usize>],
    rel_fix: &mut [Option<&'static str>],
    v: usize,
) {
    for c in 0..toks.len() {
        if head[c] == Some(v) && fixed_rel(toks, c, rel_fix) == "nsubj:pass" {
            rel_fix[c] = Some("nsubj");
        }
    }
}

/// "une décision que la diplomatie turque a condamnée", with "diplomatie"
/// read as the patient of a passive: a French participle whose auxiliary
/// is "avoir" and that has no "être" is active, and its patient is its
/// subject.
fn repair_avoir_perfect_subjects(
    toks: &[Token],
    head: &mut [Option<usize>],
    rel_fix: &mut [Option<&'static str>],
) {
    let n = toks.len();
    for v in 0..n {
        let aux = |lemma: &str| {
            (0..n).any(|a| {
                head[a] == Some(v)
                    && toks[a].lemma == lemma
                    && fixed_rel(toks, a, rel_fix).starts_with("aux")
            })
        };
        if !aux("avoir") || aux("être") {
            continue;
        }
        activate_subjects(toks, head, rel_fix, v);
    }
}

/// "après que l'armée pakistanaise eut lancé des frappes", read as a
/// passive with "eut" as its auxiliary, "armée" its patient and "des
/// frappes" an oblique "de les frappes": "avoir" is never the auxiliary of
/// a passive. The auxiliary is one of tense, the patient the subject, and
/// a partitive oblique ("de" + "les") the object.
fn repair_avoir_passives(
    toks: &[Token],
    head: &mut [Option<usize>],
    rel_fix: &mut [Option<&'static str>],
) {
    let n = toks.len();
    for a in 0..n {
        if fixed_rel(toks, a, rel_fix) != "aux:pass" || toks[a].lemma != "avoir" {
            continue;
        }
        let Some(v) = head[a] else { continue };
        rel_fix[a] = Some("aux:tense");
        activate_subjects(toks, head, rel_fix, v);
        let has_object =
            (0..n).any(|c| head[c] == Some(v) && base(fixed_rel(toks, c, rel_fix)) == "obj");
        if has_object {
            continue;
        }
        let partitive = (v + 1..n).find(|&c| {
            head[c] == Some(v)
                && base(fixed_rel(toks, c, rel_fix)) == "obl"
                && toks[c].upos == "NOUN"
                && (0..c).any(|k| head[k] == Some(c) && toks[k].lemma == "de")
                && (0..c).any(|k| {
                    head[k] == Some(c)
                        && base(fixed_rel(toks, k, rel_fix)) == "det"
                        && toks[k].lemma == "le"
                })
        });
        if let Some(c) = partitive {
            rel_fix[c] = Some("obj");
        }
    }
}

/// "Pope John Paul II urged Cuba…", read as two subjects ("Pope John"
/// and "Paul II") of one verb: two proper-noun subjects with nothing
/// between them but the first one's own words are one name; a name right
/// before a common-noun subject ("Boko Haram fighters") modifies it.
fn repair_split_names(
    toks: &[Token],
    head: &mut [Option<usize>],
    rel_fix: &mut [Option<&'static str>],
) {
    let n = toks.len();
    for v in 0..n {
        let subjects: Vec<usize> = (0..v)
            .filter(|&c| head[c] == Some(v) && base(fixed_rel(toks, c, rel_fix)) == "nsubj")
            .collect();
        for pair in subjects.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            let names = toks[a].upos == "PROPN" && toks[b].upos == "PROPN";
            let joined = (a + 1..b).all(|w| {
                head[w] == Some(a)
                    && matches!(base(fixed_rel(toks, w, rel_fix)), "flat" | "compound")
                    && toks[w].upos == "PROPN"
            });
            let first_kid = (0..b).all(|w| head[w] != Some(b));
            if names && joined && first_kid {
                head[b] = Some(a);
                rel_fix[b] = Some("flat");
            }
            // ("Boko Haram fighters killed…", read as two subjects: a name
            // right before a common noun is that noun's modifier.)
            let modifier = toks[a].upos == "PROPN"
                && toks[b].upos == "NOUN"
                && (a + 1..b).all(|w| {
                    head[w] == Some(a)
                        && matches!(base(fixed_rel(toks, w, rel_fix)), "flat" | "compound")
                })
                && (0..b).all(|w| head[w] != Some(b) || w > a);
            if modifier {
                head[a] = Some(b);
                rel_fix[a] = Some("compound");
            }
        }
    }
}

/// "Talks between U.S. Secretary of State James Baker and …", "Secretary
/// of State James Baker met…", with the name cut off its title and hung
/// elsewhere (as a second subject): a capitalised name right after a
/// capitalised title with an "of" phrase ending just before it
/// ("Secretary of State", "Minister of Foreign Affairs") is the name the
/// title belongs to. The name takes the title's place in the tree, with
/// its preposition, and the title becomes the name's compound, as in
/// "President Bush".
fn repair_titled_names(
    toks: &[Token],
    head: &mut [Option<usize>],
    rel_fix: &mut [Option<&'static str>],
) {
    let n = toks.len();
    let capital = |t: &Token| {
        t.upos == "PROPN"
            && t.form.starts_with(char::is_uppercase)
            && !DAY_WORDS.iter().any(|w| t.form.eq_ignore_ascii_case(w))
    };
    for j in 3..n {
        let y = j - 1;
        if !capital(&toks[j]) || !capital(&toks[y]) || base(fixed_rel(toks, y, rel_fix)) != "nmod" {
            continue;
        }
        let Some(t) = head[y] else { continue };
        if t >= y
            || !matches!(toks[t].upos.as_str(), "PROPN" | "NOUN")
            || !toks[t].form.starts_with(char::is_uppercase)
        {
            continue;
        }
        // The "of" phrase runs from its preposition, right after the
        // title, to the word before the name.
        let of = t + 1;
        if !toks[of].form.eq_ignore_ascii_case("of")
            || head[of] != Some(y)
            || (of + 1..y).any(|w| !dominates(head, y, w))
        {
            continue;
        }
        // The name's head: up from its first word while still inside the
        // run of capitalised words that starts there.
        let mut end = j;
        while end + 1 < n && capital(&toks[end + 1]) {
            end += 1;
        }
        let mut h = j;
        for _ in 0..n {
            match head[h] {
                Some(p) if (j..=end).contains(&p) => h = p,
                _ => break,
            }
        }
        // The name hangs outside the title's phrase, and the title outside
        // the name's.
        if dominates(head, t, h) || dominates(head, h, t) {
            continue;
        }
        let (Some(th), Some(hh)) = (head[t], head[h]) else {
            continue;
        };
        let h_rel = base(fixed_rel(toks, h, rel_fix));
        // A name that is a second subject (or object) of its verb takes the
        // title's place; a name in its own place keeps it and takes the
        // title.
        // (Not beside a relative pronoun the parser made the subject:
        // "…, which Secretary of State Mike Pompeo denied".)
        let doubled = matches!(h_rel, "nsubj" | "obj")
            && (0..n).any(|c| {
                c != h
                    && c != t
                    && head[c] == Some(hh)
                    && base(fixed_rel(toks, c, rel_fix)) == h_rel
                    && toks[c].upos != "PRON"
            });
        if doubled {
            let t_rel: &'static str = match base(fixed_rel(toks, t, rel_fix)) {
                "nsubj" => "nsubj",
                "obj" => "obj",
                "iobj" => "iobj",
                "obl" => "obl",
                "nmod" => "nmod",
                "conj" => "conj",
                _ => continue,
            };
            head[h] = Some(th);
            rel_fix[h] = Some(t_rel);
            let markers: Vec<usize> = (0..t)
                .filter(|&c| {
                    head[c] == Some(t) && matches!(base(fixed_rel(toks, c, rel_fix)), "case" | "cc")
                })
                .collect();
            for c in markers {
                head[c] = Some(h);
            }
        }
        head[t] = Some(h);
        rel_fix[t] = Some("compound");
    }
}

/// "Boko Haram fighters who had crossed from Nigeria killed…", read with
/// "from" left without its noun and "Nigeria" as a second subject of
/// "killed": a preposition with no dependents, hung on a verb, right
/// before a noun that is the subject of another verb which already has a
/// subject before the preposition, is that noun's preposition, and the
/// noun is the first verb's oblique.
fn repair_stranded_prepositions(
    toks: &[Token],
    head: &mut [Option<usize>],
    rel_fix: &mut [Option<&'static str>],
) {
    let n = toks.len();
    for p in 0..n.saturating_sub(1) {
        let x = p + 1;
        let Some(h) = head[p] else { continue };
        let Some(v) = head[x] else { continue };
        let stranded =
            toks[p].upos == "ADP" && is_verbal(&toks[h]) && (0..n).all(|c| head[c] != Some(p));
        let subject = matches!(toks[x].upos.as_str(), "PROPN" | "NOUN")
            && base(fixed_rel(toks, x, rel_fix)) == "nsubj"
            && v != h
            && (0..p).any(|c| {
                c != x && head[c] == Some(v) && base(fixed_rel(toks, c, rel_fix)) == "nsubj"
            });
        if stranded && subject {
            head[x] = Some(h);
            rel_fix[x] = Some("obl");
            head[p] = Some(x);
            rel_fix[p] = Some("case");
        }
    }
}

/// "A U.S. fighter jet shot down a spy balloon on Saturday, and Beijing
/// voiced strong dissatisfaction", read with "shot" as a participle on
/// "jet" and both "jet" and "Beijing" as subjects of "voiced": a verb with
/// two subjects, the first of which carries a verb of its own (no subject,
/// marker or auxiliary) before the second, has lost a clause. That verb
/// heads it, with the first subject; the second clause is joined to it;
/// its "oblique" with no preposition is its object.
fn repair_double_subjects(
    toks: &[Token],
    head: &mut [Option<usize>],
    rel_fix: &mut [Option<&'static str>],
) {
    let n = toks.len();
    for v in 0..n {
        if !is_verbal(&toks[v]) {
            continue;
        }
        let subjects: Vec<usize> = (0..n)
            .filter(|&c| head[c] == Some(v) && base(fixed_rel(toks, c, rel_fix)) == "nsubj")
            .collect();
        let (Some(&first), Some(&second)) = (subjects.first(), subjects.get(1)) else {
            continue;
        };
        let kid = |head: &[Option<usize>],
                   rel_fix: &[Option<&'static str>],
                   x: usize,
                   rels: &[&str]| {
            (0..n).any(|c| head[c] == Some(x) && rels.contains(&base(fixed_rel(toks, c, rel_fix))))
        };
        let Some(a) = (first + 1..second).find(|&a| {
            head[a] == Some(first)
                && base(fixed_rel(toks, a, rel_fix)) == "acl"
                && toks[a].upos == "VERB"
                && !toks[a].feats.contains("VerbForm=Ger")
                && !toks[a].feats.contains("VerbForm=Inf")
                && !kid(head, rel_fix, a, &["nsubj", "mark", "aux", "cop"])
        }) else {
            continue;
        };
        let v_rel = clause_rel(fixed_rel(toks, v, rel_fix));
        head[a] = head[v];
        rel_fix[a] = Some(v_rel);
        head[first] = Some(a);
        rel_fix[first] = Some("nsubj");
        head[v] = Some(a);
        rel_fix[v] = Some("conj");
        for c in 0..n {
            if head[c] == Some(a)
                && base(fixed_rel(toks, c, rel_fix)) == "obl"
                && !kid(head, rel_fix, c, &["case"])
                && toks[c].upos != "ADV"
                && !crate::repair::DAY_WORDS
                    .iter()
                    .any(|w| toks[c].form.eq_ignore_ascii_case(w))
            {
                rel_fix[c] = Some("obj");
            }
        }
    }
}

/// "George W. Bush, welcomed by South Korean President Kim Dae-jung…",
/// with "by" read as an adverb of the participle and the name as its
/// object: a "by"/"par" hung on a past participle as anything but a
/// preposition, with a noun phrase right after it hung on it, is the
/// preposition of that phrase, which is the participle's agent.
fn repair_agent_prepositions(
    toks: &[Token],
    head: &mut [Option<usize>],
    rel_fix: &mut [Option<&'static str>],
) {
    let n = toks.len();
    for b in 0..n.saturating_sub(1) {
        let Some(v) = head[b] else { continue };
        if toks[b].upos != "ADP"
            || !matches!(toks[b].form.to_lowercase().as_str(), "by" | "par")
            || matches!(base(fixed_rel(toks, b, rel_fix)), "case" | "mark" | "fixed")
            || !toks[v].feats.contains("VerbForm=Part")
            || toks[v].feats.contains("Tense=Pres")
        {
            continue;
        }
        let Some(c) = (b + 1..n).find(|&c| {
            head[c] == Some(b)
                && matches!(toks[c].upos.as_str(), "NOUN" | "PROPN")
                && matches!(
                    base(fixed_rel(toks, c, rel_fix)),
                    "obj" | "nmod" | "obl" | "nsubj"
                )
        }) else {
            continue;
        };
        // (The phrase starts right after the preposition.)
        if (b + 1..c).any(|w| !dominates(head, c, w)) {
            continue;
        }
        head[c] = Some(v);
        rel_fix[c] = Some("obl:agent");
        head[b] = Some(c);
        rel_fix[b] = Some("case");
    }
}

/// "Poutine a été accueilli avec les honneurs militaires à Oulan-Bator par
/// son homologue mongol", with the "par" phrase hung on "honneurs": a
/// passive verb with no agent of its own takes the first "par"/"by" phrase
/// hung on one of its obliques as its agent.
fn repair_lost_agents(
    toks: &[Token],
    head: &mut [Option<usize>],
    rel_fix: &mut [Option<&'static str>],
) {
    fn has_case(
        toks: &[Token],
        head: &[Option<usize>],
        rel_fix: &[Option<&'static str>],
        x: usize,
        words: &[&str],
    ) -> bool {
        (0..toks.len()).any(|k| {
            head[k] == Some(x)
                && base(fixed_rel(toks, k, rel_fix)) == "case"
                && words.contains(&toks[k].form.to_lowercase().as_str())
        })
    }
    for v in 0..toks.len() {
        if toks[v].upos != "VERB" {
            continue;
        }
        let kids: Vec<usize> = (0..toks.len()).filter(|&c| head[c] == Some(v)).collect();
        let passive = kids
            .iter()
            .any(|&c| matches!(fixed_rel(toks, c, rel_fix), "aux:pass" | "auxpass"));
        let has_agent = kids.iter().any(|&c| {
            fixed_rel(toks, c, rel_fix) == "obl:agent"
                || has_case(toks, head, rel_fix, c, &["par", "by"])
        });
        if !passive || has_agent {
            continue;
        }
        let mut agent = None;
        for &o in kids
            .iter()
            .filter(|&&c| base(fixed_rel(toks, c, rel_fix)) == "obl" && c > v)
        {
            agent = (o + 1..toks.len()).find(|&n| {
                head[n] == Some(o)
                    && matches!(toks[n].upos.as_str(), "NOUN" | "PROPN")
                    && base(fixed_rel(toks, n, rel_fix)) == "nmod"
                    && has_case(toks, head, rel_fix, n, &["par", "by"])
            });
            if agent.is_some() {
                break;
            }
        }
        if let Some(n) = agent {
            head[n] = Some(v);
            rel_fix[n] = Some("obl:agent");
        }
    }
}

/// "Thailand released three Iranians jailed over a bomb plot", with
/// "Iranians" read as the subject of "jailed" and "jailed" as a clause of
/// "released": a passive participle with no auxiliary, whose subject
/// stands right before it, is a participle on that noun, and the noun
/// (with a number cut off before it) is the object of the verb above,
/// when that verb has no noun object of its own.
fn repair_subject_participles(
    toks: &[Token],
    head: &mut [Option<usize>],
    rel_fix: &mut [Option<&'static str>],
) {
    let n = toks.len();
    for v in 1..n {
        let s = v - 1;
        let t = &toks[v];
        if t.upos != "VERB"
            || !t.feats.contains("VerbForm=Part")
            || !t.feats.contains("Voice=Pass")
            || !matches!(
                base(fixed_rel(toks, v, rel_fix)),
                "xcomp" | "ccomp" | "conj" | "parataxis"
            )
            || head[s] != Some(v)
            || !base(fixed_rel(toks, s, rel_fix)).starts_with("nsubj")
            || !matches!(toks[s].upos.as_str(), "NOUN" | "PROPN")
            || (0..n).any(|c| {
                head[c] == Some(v)
                    && matches!(base(fixed_rel(toks, c, rel_fix)), "aux" | "cop" | "mark")
            })
        {
            continue;
        }
        let Some(g) = head[v].filter(|&g| g < s && toks[g].upos == "VERB") else {
            continue;
        };
        let objects: Vec<usize> = (0..n)
            .filter(|&c| {
                head[c] == Some(g) && matches!(base(fixed_rel(toks, c, rel_fix)), "obj" | "dobj")
            })
            .collect();
        if objects.iter().any(|&o| toks[o].upos != "NUM") {
            continue;
        }
        head[s] = Some(g);
        rel_fix[s] = Some("obj");
        head[v] = Some(s);
        rel_fix[v] = Some("acl");
        for o in objects {
            if o + 1 == s {
                head[o] = Some(s);
                rel_fix[o] = Some("nummod");
            }
        }
        if s > 0
            && toks[s - 1].upos == "NUM"
            && head[s - 1] != Some(s)
            && !dominates(head, s - 1, s)
        {
            head[s - 1] = Some(s);
            rel_fix[s - 1] = Some("nummod");
        }
    }
}

/// "…, a strike Moscow condemned as an act of aggression", with "Moscow"
/// read as an adverb and "a strike" as the subject of "condemned": a
/// capitalised word between a noun and a past verb that has no object is
/// the subject of a relative clause on that noun, and the noun stands
/// where the verb stood.
fn repair_reduced_relatives(
    toks: &[Token],
    head: &mut [Option<usize>],
    rel_fix: &mut [Option<&'static str>],
) {
    for v in 2..toks.len() {
        let x = v - 1;
        let n = v - 2;
        let v_rel = base(fixed_rel(toks, v, rel_fix));
        if toks[v].upos != "VERB"
            || !toks[v].feats.contains("Tense=Past")
            || !matches!(v_rel, "parataxis" | "conj" | "advcl" | "appos")
            || head[n] != Some(v)
            || !base(fixed_rel(toks, n, rel_fix)).starts_with("nsubj")
            || toks[n].upos != "NOUN"
            || head[x] != Some(v)
            || base(fixed_rel(toks, x, rel_fix)).starts_with("nsubj")
            || !toks[x].form.starts_with(char::is_uppercase)
            || !matches!(toks[x].upos.as_str(), "PROPN" | "ADV" | "ADJ" | "NOUN")
        {
            continue;
        }
        let has_object = (0..toks.len()).any(|c| {
            head[c] == Some(v) && matches!(base(fixed_rel(toks, c, rel_fix)), "obj" | "dobj")
        });
        if has_object {
            continue;
        }
        head[n] = head[v];
        rel_fix[n] = Some("appos");
        head[v] = Some(n);
        rel_fix[v] = Some("acl:relcl");
        rel_fix[x] = Some("nsubj");
        // The comma before the noun is the noun's.
        for c in 0..n {
            if head[c] == Some(v) && toks[c].form == "," {
                head[c] = Some(n);
            }
        }
    }
    // "…, a charge Bogota dismissed as baseless", read with "Bogota" as the
    // head of "a charge Bogota" and "dismissed" a participle on it: a
    // capitalised word with the noun right before it as its compound and a
    // past verb right after it as its modifier is that verb's subject,
    // and the verb a relative clause on the noun.
    for v in 2..toks.len() {
        let x = v - 1;
        let n = v - 2;
        if toks[v].upos != "VERB"
            || !toks[v].feats.contains("Tense=Past")
            || head[v] != Some(x)
            || base(fixed_rel(toks, v, rel_fix)) != "acl"
            || head[n] != Some(x)
            || base(fixed_rel(toks, n, rel_fix)) != "compound"
            || toks[n].upos != "NOUN"
            || !toks[n].form.starts_with(char::is_lowercase)
            || !toks[x].form.starts_with(char::is_uppercase)
            || !matches!(toks[x].upos.as_str(), "PROPN" | "NOUN")
            || (0..toks.len()).any(|c| {
                head[c] == Some(v) && matches!(base(fixed_rel(toks, c, rel_fix)), "obj" | "dobj")
            })
        {
            continue;
        }
        head[n] = head[x];
        rel_fix[n] = Some(noun_rel(fixed_rel(toks, x, rel_fix)));
        for h in head.iter_mut().take(n) {
            if *h == Some(x) {
                *h = Some(n);
            }
        }
        head[v] = Some(n);
        rel_fix[v] = Some("acl:relcl");
        head[x] = Some(v);
        rel_fix[x] = Some("nsubj");
    }
}

/// The relation a noun takes in the place of another noun (the same, as a
/// static string, for the relations nouns bear; `nmod` else).
fn noun_rel(r: &str) -> &'static str {
    match base(r) {
        "nsubj" => "nsubj",
        "obj" => "obj",
        "obl" => "obl",
        "appos" => "appos",
        "conj" => "conj",
        "root" => "root",
        _ => "nmod",
    }
}

/// "les propositions de la France, de l'Allemagne et de la
/// Grande-Bretagne", read as two modifiers of the noun, the second with
/// the third conjoined to it: a modifier after a comma, with the same
/// preposition as an earlier modifier of the same noun and a conjunct of
/// its own joined by "et"/"and"/"ou"/"or", is the next member of the
/// earlier one's list, and so are its conjuncts.
fn repair_split_lists(
    toks: &[Token],
    head: &mut [Option<usize>],
    rel_fix: &mut [Option<&'static str>],
) {
    let n = toks.len();
    let case_of = |x: usize, head: &[Option<usize>], rel_fix: &[Option<&'static str>]| {
        kids_of(head, x)
            .find(|&k| base(fixed_rel(toks, k, rel_fix)) == "case")
            .map(|k| toks[k].lemma.to_lowercase())
    };
    for b in 0..n {
        let Some(noun) = head[b] else { continue };
        if base(fixed_rel(toks, b, rel_fix)) != "nmod" {
            continue;
        }
        let Some(case_b) = case_of(b, head, rel_fix) else {
            continue;
        };
        // The phrase of b starts after a comma.
        let first = (0..b)
            .rev()
            .take_while(|&k| dominates(head, b, k) && toks[k].upos != "PUNCT")
            .last()
            .unwrap_or(b);
        if first == 0 || toks[first - 1].form != "," {
            continue;
        }
        let earlier = kids_of(head, noun).find(|&a| {
            a < first
                && base(fixed_rel(toks, a, rel_fix)) == "nmod"
                && case_of(a, head, rel_fix).as_deref() == Some(case_b.as_str())
        });
        let Some(a) = earlier else { continue };
        let listed = kids_of(head, b).any(|c| {
            base(fixed_rel(toks, c, rel_fix)) == "conj" && joined_by_and(toks, head, rel_fix, c)
        });
        if !listed {
            continue;
        }
        let members: Vec<usize> = kids_of(head, b)
            .filter(|&c| base(fixed_rel(toks, c, rel_fix)) == "conj")
            .collect();
        for c in members {
            head[c] = Some(a);
        }
        head[b] = Some(a);
        rel_fix[b] = Some("conj");
        if let Some(p) = (0..first).rev().find(|&k| toks[k].form == ",") {
            if head[p] == Some(noun) || head[p] == Some(b) {
                head[p] = Some(b);
            }
        }
    }
}

/// "Les États-Unis, la France et le Royaume-Uni ont frappé", with "la
/// France" read as a modifier of "États-Unis" (no preposition) and "le
/// Royaume-Uni" conjoined to it: a modifier with no preposition, after a
/// comma that follows its noun's phrase, with a conjunct of its own joined
/// by "et"/"and"/"ou"/"or", is the next member of its noun's list, and so
/// are its conjuncts.
fn repair_caseless_lists(
    toks: &[Token],
    head: &mut [Option<usize>],
    rel_fix: &mut [Option<&'static str>],
) {
    let n = toks.len();
    for b in 0..n {
        let Some(up) = head[b] else { continue };
        if !matches!(fixed_rel(toks, b, rel_fix), "nmod" | "obl")
            || !matches!(toks[b].upos.as_str(), "PROPN" | "NOUN")
            || kids_of(head, b).any(|k| base(fixed_rel(toks, k, rel_fix)) == "case")
        {
            continue;
        }
        // The phrase of b starts right after a comma that ends a's phrase.
        let first = (0..b)
            .rev()
            .take_while(|&k| dominates(head, b, k) && toks[k].upos != "PUNCT")
            .last()
            .unwrap_or(b);
        if first < 2 || toks[first - 1].form != "," {
            continue;
        }
        // a: b's head, or (b hung elsewhere: "imports … from the European
        // Union, the United States, Australia and Norway", with "States"
        // on the verb) the noun whose phrase the comma ends.
        let a = if up < b
            && matches!(toks[up].upos.as_str(), "PROPN" | "NOUN")
            && dominates(head, up, first - 2)
        {
            up
        } else {
            let mut a = first - 2;
            while matches!(
                base(fixed_rel(toks, a, rel_fix)),
                "flat" | "compound" | "amod" | "det"
            ) {
                match head[a] {
                    Some(h) if h < first - 1 && h > a => a = h,
                    _ => break,
                }
            }
            if dominates(head, b, a) {
                continue;
            }
            a
        };
        if a >= b || !matches!(toks[a].upos.as_str(), "PROPN" | "NOUN") {
            continue;
        }
        let members: Vec<usize> = kids_of(head, b)
            .filter(|&c| c > b && base(fixed_rel(toks, c, rel_fix)) == "conj")
            .collect();
        let listed = members
            .iter()
            .any(|&c| joined_by_and(toks, head, rel_fix, c));
        if !listed {
            continue;
        }
        for c in members {
            head[c] = Some(a);
        }
        head[b] = Some(a);
        rel_fix[b] = Some("conj");
    }
}

/// "L'Arabie saoudite, les Émirats arabes unis, Bahreïn et l'Égypte ont
/// rompu", read as two subjects of the verb ("Arabie …" and "Bahreïn et
/// l'Égypte"), with the names between hung on the first as appositions:
/// a second subject right after a comma that ends the first subject's
/// phrase, with a conjunct of its own joined by "et"/"and"/"ou"/"or", is
/// the next member of the first one's list, and so are its conjuncts and
/// the names set after commas between them.
fn repair_split_subject_lists(
    toks: &[Token],
    head: &mut [Option<usize>],
    rel_fix: &mut [Option<&'static str>],
) {
    let n = toks.len();
    let nominal = |x: usize| matches!(toks[x].upos.as_str(), "PROPN" | "NOUN");
    for v in 0..n {
        let subjects: Vec<usize> = (0..n)
            .filter(|&c| head[c] == Some(v) && base(fixed_rel(toks, c, rel_fix)) == "nsubj")
            .collect();
        let (Some(&a), Some(&b)) = (subjects.first(), subjects.get(1)) else {
            continue;
        };
        if subjects.len() != 2 || !nominal(a) || !nominal(b) || a > b {
            continue;
        }
        let first = (0..b)
            .rev()
            .take_while(|&k| dominates(head, b, k) && toks[k].upos != "PUNCT")
            .last()
            .unwrap_or(b);
        if first < 2 || toks[first - 1].form != "," || !dominates(head, a, first - 2) {
            continue;
        }
        let members: Vec<usize> = kids_of(head, b)
            .filter(|&c| c > b && base(fixed_rel(toks, c, rel_fix)) == "conj" && nominal(c))
            .collect();
        let listed = members
            .iter()
            .any(|&c| joined_by_and(toks, head, rel_fix, c));
        if !listed {
            continue;
        }
        let between: Vec<usize> = kids_of(head, a)
            .filter(|&c| {
                c > a
                    && c < first
                    && base(fixed_rel(toks, c, rel_fix)) == "appos"
                    && nominal(c)
                    && (a + 1..c).any(|k| toks[k].form == "," && head[k] == Some(c))
            })
            .collect();
        for c in members.into_iter().chain(between) {
            head[c] = Some(a);
            rel_fix[c] = Some("conj");
        }
        head[b] = Some(a);
        rel_fix[b] = Some("conj");
    }
}

/// "…l'extradition du prédicateur Fethullah Gülen, qu'il accuse d'avoir
/// fomenté…", with the relative clause read as a clause joined to the
/// main verb: a verb joined as a conjunct whose first word is a relative
/// pronoun ("qu'", "que", "qui", "which", "who", "whom") right after a
/// comma, with a noun or name right before the comma, is a relative
/// clause on that noun (the head of its name).
fn repair_conjoined_relative_clauses(
    toks: &[Token],
    head: &mut [Option<usize>],
    rel_fix: &mut [Option<&'static str>],
) {
    let n = toks.len();
    for v in 2..n {
        if base(fixed_rel(toks, v, rel_fix)) != "conj" || !is_verbal(&toks[v]) {
            continue;
        }
        let Some(first) = (0..v).find(|&k| dominates(head, v, k)) else {
            continue;
        };
        if first < 2
            || toks[first].form != ","
            || toks[first + 1].upos != "PRON"
            || head[first + 1] != Some(v)
            || !matches!(
                toks[first + 1].form.to_lowercase().as_str(),
                "qu'" | "qu\u{2019}" | "que" | "qui" | "which" | "who" | "whom"
            )
        {
            continue;
        }
        let mut noun = first - 1;
        if !matches!(toks[noun].upos.as_str(), "NOUN" | "PROPN") {
            continue;
        }
        while matches!(
            fixed_rel(toks, noun, rel_fix),
            "flat:name" | "flat" | "fixed"
        ) {
            match head[noun] {
                Some(h) if h < noun => noun = h,
                _ => break,
            }
        }
        if dominates(head, v, noun) {
            continue;
        }
        head[v] = Some(noun);
        rel_fix[v] = Some("acl:relcl");
    }
}

/// "La France a rappelé ses ambassadeurs aux États-Unis et en Australie,
/// une décision exceptionnelle après…", with the phrase that sums up the
/// clause read as a second object of its verb: a noun object set after a
/// comma, when the verb already has a noun object before it, stands beside
/// the clause (parataxis), and its words are no object of the verb.
fn repair_second_objects(
    toks: &[Token],
    head: &mut [Option<usize>],
    rel_fix: &mut [Option<&'static str>],
) {
    let n = toks.len();
    for v in 0..n {
        if !is_verbal(&toks[v]) {
            continue;
        }
        let objects: Vec<usize> = kids_of(head, v)
            .filter(|&c| {
                base(fixed_rel(toks, c, rel_fix)) == "obj" && toks[c].upos == "NOUN" && c > v
            })
            .collect();
        let [a, b] = objects[..] else { continue };
        // (The comma hung on either.)
        let Some(comma) = (a + 1..b).rev().find(|&k| toks[k].form == ",") else {
            continue;
        };
        if (comma + 1..b).any(|k| !dominates(head, b, k)) || !dominates(head, v, comma) {
            continue;
        }
        rel_fix[b] = Some("parataxis");
    }
}

/// "…and called Prime Minister Jose Maria Aznar a \"little Fuhrer\"", with
/// the person as the verb's complement and what he was called as an
/// apposition to him: a verb with no object whose nominal complement has
/// an apposition after it has the complement as its object and the
/// apposition as its complement.
fn repair_named_objects(
    toks: &[Token],
    head: &mut [Option<usize>],
    rel_fix: &mut [Option<&'static str>],
) {
    let n = toks.len();
    for v in 0..n {
        if toks[v].upos != "VERB"
            || kids_of(head, v).any(|c| matches!(base(fixed_rel(toks, c, rel_fix)), "obj" | "dobj"))
        {
            continue;
        }
        let Some(x) = kids_of(head, v).find(|&c| {
            c > v
                && base(fixed_rel(toks, c, rel_fix)) == "xcomp"
                && matches!(toks[c].upos.as_str(), "PROPN" | "NOUN")
        }) else {
            continue;
        };
        let Some(y) = kids_of(head, x).find(|&c| {
            c > x
                && base(fixed_rel(toks, c, rel_fix)) == "appos"
                && matches!(toks[c].upos.as_str(), "PROPN" | "NOUN" | "ADJ")
                && !(x + 1..c).any(|k| toks[k].form == "," && head[k] == Some(c))
        }) else {
            continue;
        };
        rel_fix[x] = Some("obj");
        head[y] = Some(v);
        rel_fix[y] = Some("xcomp");
    }
}

/// "…the arrest of Augusto Pinochet, whom British police detained on
/// Friday", with the relative pronoun and the clause's subject read as
/// anything but a relative clause: ", whom" (or ", que"/", qu'") after a
/// noun, then a plain noun phrase and a finite or past verb, is a relative
/// clause on that noun with the pronoun as the verb's object and the
/// phrase as its subject.
fn repair_object_relatives(
    toks: &[Token],
    head: &mut [Option<usize>],
    rel_fix: &mut [Option<&'static str>],
) {
    let n = toks.len();
    for w in 2..n {
        if toks[w - 1].form != "," || !matches!(toks[w].form.to_lowercase().as_str(), "whom") {
            continue;
        }
        let mut noun = w - 2;
        if !matches!(toks[noun].upos.as_str(), "NOUN" | "PROPN") {
            continue;
        }
        while matches!(
            fixed_rel(toks, noun, rel_fix),
            "flat:name" | "flat" | "fixed"
        ) {
            match head[noun] {
                Some(h) if h < noun => noun = h,
                _ => break,
            }
        }
        // The phrase: determiners, adjectives, numbers and nouns only.
        let Some(v) = (w + 1..n).find(|&k| {
            !matches!(
                toks[k].upos.as_str(),
                "DET" | "ADJ" | "NUM" | "NOUN" | "PROPN"
            )
        }) else {
            continue;
        };
        let finite = toks[v].upos == "VERB"
            && (toks[v].feats.contains("VerbForm=Fin") || toks[v].feats.contains("Tense=Past"));
        let Some(subject) = (w + 1..v)
            .rev()
            .find(|&k| matches!(toks[k].upos.as_str(), "NOUN" | "PROPN"))
        else {
            continue;
        };
        if !finite || head[v] == Some(noun) && base(fixed_rel(toks, v, rel_fix)) == "acl" {
            continue;
        }
        if dominates(head, v, noun) {
            continue;
        }
        // (Its modifiers hung outside the phrase go to its head.)
        for h in &mut head[w + 1..subject] {
            if !(w + 1..subject).contains(&h.unwrap_or(n)) {
                *h = Some(subject);
            }
        }
        head[v] = Some(noun);
        rel_fix[v] = Some("acl:relcl");
        head[w] = Some(v);
        rel_fix[w] = Some("obj");
        head[subject] = Some(v);
        rel_fix[subject] = Some("nsubj");
        head[w - 1] = Some(v);
        rel_fix[w - 1] = Some("punct");
    }
}

/// Whether conjunct `c` is joined by "et"/"and"/"ou"/"or" (the last member
/// of a list).
fn joined_by_and(
    toks: &[Token],
    head: &[Option<usize>],
    rel_fix: &[Option<&'static str>],
    c: usize,
) -> bool {
    kids_of(head, c).any(|m| {
        base(fixed_rel(toks, m, rel_fix)) == "cc"
            && matches!(
                toks[m].lemma.to_lowercase().as_str(),
                "et" | "and" | "ou" | "or"
            )
    })
}

/// The words hung on `x`.
fn kids_of(head: &[Option<usize>], x: usize) -> impl Iterator<Item = usize> + '_ {
    (0..head.len()).filter(move |&k| head[k] == Some(x))
}

/// "Kenyan troops backed by armoured vehicles and helicopter gunships
/// crossed into southern Somalia", read with "backed" as the clause's verb
/// and "crossed" as a modifier inside its agent phrase: a past participle
/// with a subject before it, its "by" agent right after it and no
/// auxiliary modifies that subject, and the past verb right after the
/// agent phrase, with no subject or auxiliary of its own, is the clause's
/// verb.
fn repair_backed_subjects(
    toks: &[Token],
    head: &mut [Option<usize>],
    rel_fix: &mut [Option<&'static str>],
) {
    let n = toks.len();
    for p in 1..n {
        if toks[p].upos != "VERB" || !toks[p].feats.contains("VerbForm=Part") {
            continue;
        }
        let Some(subject) = kids_of(head, p)
            .find(|&k| k < p && base(fixed_rel(toks, k, rel_fix)) == "nsubj")
            .filter(|&k| matches!(toks[k].upos.as_str(), "NOUN" | "PROPN"))
        else {
            continue;
        };
        let by = |k: usize, head: &[Option<usize>]| {
            kids_of(head, k).any(|m| {
                base(fixed_rel(toks, m, rel_fix)) == "case"
                    && matches!(toks[m].lemma.as_str(), "by" | "par")
            })
        };
        let agent = kids_of(head, p).find(|&k| k > p && by(k, head));
        let has_aux = kids_of(head, p).any(|k| base(fixed_rel(toks, k, rel_fix)) == "aux");
        let (Some(agent), false) = (agent, has_aux) else {
            continue;
        };
        // The agent phrase runs from the participle to the verb.
        let Some(w) = (p + 1..n).find(|&k| toks[k].upos == "VERB") else {
            continue;
        };
        let verb = toks[w].upos == "VERB"
            && toks[w].feats.contains("Tense=Past")
            && dominates(head, p, w)
            && !kids_of(head, w).any(|k| {
                matches!(base(fixed_rel(toks, k, rel_fix)), "nsubj" | "aux" | "mark") || by(k, head)
            });
        if !verb || !(p + 1..w).all(|k| dominates(head, agent, k) || toks[k].upos == "PUNCT") {
            continue;
        }
        let r = verb_rel(fixed_rel(toks, p, rel_fix));
        for h in head.iter_mut().skip(w + 1) {
            if *h == Some(p) {
                *h = Some(w);
            }
        }
        head[w] = head[p];
        rel_fix[w] = Some(r);
        head[subject] = Some(w);
        rel_fix[subject] = Some("nsubj");
        head[p] = Some(subject);
        rel_fix[p] = Some("acl");
    }
}

/// "Pope Francis, welcomed by Evo Morales, asked forgiveness…", with the
/// name as the root, the participle its apposition and the finite verb
/// hung on the participle: a past participle set off by commas after a
/// subjectless name that is the root is said of the name, and the finite
/// verb after it is the sentence's verb, with the name its subject.
fn repair_appositive_participles(
    toks: &[Token],
    head: &mut [Option<usize>],
    rel_fix: &mut [Option<&'static str>],
) {
    let n = toks.len();
    let Some(r) = (0..n).find(|&r| head[r].is_none()) else {
        return;
    };
    if !matches!(toks[r].upos.as_str(), "NOUN" | "PROPN")
        || (0..n).any(|c| {
            head[c] == Some(r)
                && (base(fixed_rel(toks, c, rel_fix)).starts_with("nsubj")
                    || base(fixed_rel(toks, c, rel_fix)) == "cop")
        })
    {
        return;
    }
    let Some(p) = (r + 1..n).find(|&p| {
        head[p] == Some(r)
            && toks[p].upos == "VERB"
            && toks[p].feats.contains("VerbForm=Part")
            && matches!(base(fixed_rel(toks, p, rel_fix)), "appos" | "acl")
            && toks[p - 1].form == ","
    }) else {
        return;
    };
    let Some(v) = (p + 1..n).find(|&v| {
        head[v] == Some(p)
            && toks[v].upos == "VERB"
            && toks[v].feats.contains("VerbForm=Fin")
            && matches!(base(fixed_rel(toks, v, rel_fix)), "parataxis" | "conj")
            && (p + 1..v).any(|c| toks[c].form == ",")
    }) else {
        return;
    };
    // (What hangs on the name after the verb is the verb's: the full stop.)
    for h in head.iter_mut().skip(v + 1) {
        if *h == Some(r) {
            *h = Some(v);
        }
    }
    head[v] = None;
    rel_fix[v] = Some("root");
    head[r] = Some(v);
    rel_fix[r] = Some("nsubj");
    rel_fix[p] = Some("acl");
}

/// "Reçu jeudi à Dakar par Abdoulaye Wade, Nicolas Sarkozy a affirmé…",
/// "Arriving in Kyiv on Monday, the Chancellor said…", with the name after
/// the comma hung inside the fronted clause and the main verb left without
/// a subject: the noun phrase that starts right after the comma and ends
/// right before the verb (its auxiliaries and clitics aside), inside an
/// adverbial clause of that verb, is the verb's subject.
fn repair_subjects_after_fronted_clauses(
    toks: &[Token],
    head: &mut [Option<usize>],
    rel_fix: &mut [Option<&'static str>],
) {
    let n = toks.len();
    for v in 1..n {
        let finite = finite_or_perfect(toks, head, v);
        if toks[v].upos != "VERB" || !finite {
            continue;
        }
        if (0..n).any(|c| {
            head[c] == Some(v)
                && (base(fixed_rel(toks, c, rel_fix)).starts_with("nsubj")
                    || base(fixed_rel(toks, c, rel_fix)) == "expl")
        }) {
            continue;
        }
        let mut end = v - 1;
        while end > 0
            && head[end] == Some(v)
            && matches!(toks[end].upos.as_str(), "AUX" | "PRON" | "PART")
        {
            end -= 1;
        }
        // The phrase's head: the word after the last comma before `end`
        // whose subtree runs to `end`.
        let Some(comma) = (1..end).rev().find(|&k| toks[k].form == ",") else {
            continue;
        };
        let start = comma + 1;
        let Some(np) = (start..=end).find(|&w| head[w].is_none_or(|h| h < start)) else {
            continue;
        };
        let whole = (start..=end).all(|w| dominates(head, np, w))
            && (start..=end).all(|w| !is_verbal(&toks[w]) && toks[w].form != ",");
        if !whole || !matches!(toks[np].upos.as_str(), "NOUN" | "PROPN") {
            continue;
        }
        // Inside a fronted adverbial clause of the verb.
        let fronted = (0..comma).any(|a| {
            head[a] == Some(v)
                && base(fixed_rel(toks, a, rel_fix)) == "advcl"
                && dominates(head, a, np)
        });
        if fronted {
            head[np] = Some(v);
            rel_fix[np] = Some("nsubj");
        }
    }
}

/// "…on Monday, and U.S. Secretary of State Antony Blinken condemned the
/// arrests", with "Secretary" joined to "Monday" and "condemned" left
/// without a subject: a noun phrase joined by ", and" right before a
/// finite verb that has no subject is that verb's subject, and the verb is
/// joined to the clause the phrase was wrongly joined into.
fn repair_lost_subjects(
    toks: &[Token],
    head: &mut [Option<usize>],
    rel_fix: &mut [Option<&'static str>],
) {
    let kids_of = |head: &[Option<usize>], x: usize| -> Vec<usize> {
        (0..toks.len()).filter(|&c| head[c] == Some(x)).collect()
    };
    for v in 1..toks.len() {
        // (A finite verb, or a participle with its auxiliary: "a accusé".)
        let finite = finite_or_perfect(toks, head, v);
        if toks[v].upos != "VERB"
            || !finite
            || !matches!(
                base(fixed_rel(toks, v, rel_fix)),
                "advcl" | "conj" | "parataxis" | "ccomp"
            )
        {
            continue;
        }
        let kids = kids_of(head, v);
        if kids.iter().any(|&c| {
            base(fixed_rel(toks, c, rel_fix)).starts_with("nsubj")
                || matches!(base(fixed_rel(toks, c, rel_fix)), "mark" | "expl")
        }) {
            continue;
        }
        // The phrase whose last word is right before the verb (or before
        // a participle set off by commas that hangs on the verb: "and
        // President Vladimir Putin, speaking in Sochi, called…").
        let mut end = v - 1;
        // (Its auxiliaries and clitics aside: "et le Premier ministre
        // slovaque Robert Fico a accusé…".)
        while end > 0
            && head[end] == Some(v)
            && matches!(toks[end].upos.as_str(), "AUX" | "PRON" | "PART")
        {
            end -= 1;
        }
        let mut apposition = None;
        if toks[end].form == "," {
            let interjected = (0..end).rev().find(|&k| {
                toks[k].form == ","
                    && k + 1 < end
                    && head[k + 1] == Some(v)
                    && base(fixed_rel(toks, k + 1, rel_fix)) == "advcl"
                    && (k + 1..end).all(|w| dominates(head, k + 1, w))
            });
            if let Some(k) = interjected {
                end = k.saturating_sub(1);
            } else if let Some(k) = (1..end).rev().find(|&k| toks[k].form == ",") {
                // Or before an apposition set off by commas: "and Qatar,
                // a key mediator, condemned…".
                let span = k + 1..end;
                let roots: Vec<usize> = span
                    .clone()
                    .filter(|&w| head[w].is_none_or(|h| !span.contains(&h)))
                    .collect();
                if span.len() >= 2
                    && span.len() <= 8
                    && span
                        .clone()
                        .all(|w| !is_verbal(&toks[w]) && toks[w].form != ",")
                    && roots.len() == 1
                    && toks[roots[0]].upos == "NOUN"
                    && matches!(toks[k - 1].upos.as_str(), "NOUN" | "PROPN")
                {
                    apposition = Some(roots[0]);
                    end = k - 1;
                } else {
                    // Or after a name set off by commas: "and Italy's
                    // foreign minister, Franco Frattini, denounced…".
                    end -= 1;
                }
            } else {
                end -= 1;
            }
        }
        let Some(n) = (0..v).rev().find(|&n| {
            matches!(toks[n].upos.as_str(), "NOUN" | "PROPN")
                && base(fixed_rel(toks, n, rel_fix)) == "conj"
                && head[n].is_some_and(|h| h < n)
                && dominates(head, n, end)
        }) else {
            continue;
        };
        // ("et la présidente de la Commission européenne, Ursula von der
        // Leyen, a dénoncé…", with the name a second conjunct: the name
        // is an apposition of the conjunct before it, which is the
        // subject.)
        let mut n = n;
        let mut named = None;
        if !kids_of(head, n)
            .iter()
            .any(|&c| base(fixed_rel(toks, c, rel_fix)) == "cc")
        {
            let before = (0..n)
                .rev()
                .find(|&m| head[m] == head[n] && base(fixed_rel(toks, m, rel_fix)) == "conj");
            if let Some(m) = before {
                let m_end = (m..n).filter(|&w| dominates(head, m, w)).max().unwrap_or(m);
                if m_end + 2 == n && toks[m_end + 1].form == "," {
                    named = Some(n);
                    n = m;
                }
            }
        }
        let n_kids = kids_of(head, n);
        let and = n_kids.iter().any(|&c| {
            base(fixed_rel(toks, c, rel_fix)) == "cc"
                && matches!(toks[c].lemma.to_lowercase().as_str(), "and" | "et")
        });
        let comma = n_kids.iter().any(|&c| c < n && toks[c].form == ",");
        if !and || !comma {
            continue;
        }
        // The verb governing the phrase it was joined to.
        let mut g = head[n];
        for _ in 0..6 {
            match g {
                Some(x) if !is_verbal(&toks[x]) => g = head[x],
                _ => break,
            }
        }
        let Some(mut g) = g.filter(|&g| g < n && g != v) else {
            continue;
        };
        // (Not an infinitive's: "refused to extradite Battisti, and
        // Italy's foreign minister … denounced" joins "refused".)
        while base(fixed_rel(toks, g, rel_fix)) == "xcomp" {
            match head[g] {
                Some(p) if is_verbal(&toks[p]) => g = p,
                _ => break,
            }
        }
        head[v] = Some(g);
        rel_fix[v] = Some("conj");
        head[n] = Some(v);
        rel_fix[n] = Some("nsubj");
        if let Some(a) = named {
            head[a] = Some(n);
            rel_fix[a] = Some("appos");
        }
        if let Some(a) = apposition {
            head[a] = Some(n);
            rel_fix[a] = Some("appos");
        }
        for c in n_kids {
            if c < n && matches!(base(fixed_rel(toks, c, rel_fix)), "cc" | "punct") {
                head[c] = Some(v);
            }
        }
    }
}

/// "Ethiopia ordered seven U.N. officials, including the heads of UNICEF
/// and the humanitarian office, to leave the country", with "to leave"
/// hung on the last noun of the aside: an infinitive after a comma, below
/// a verb that tells its object to act, is that verb's complement.
fn repair_control_infinitives(
    toks: &[Token],
    head: &mut [Option<usize>],
    rel_fix: &mut [Option<&'static str>],
) {
    const TELLING: &[&str] = &[
        "order", "tell", "ask", "urge", "force", "instruct", "direct", "call", "allow", "compel",
        "invite", "press", "pressure",
    ];
    for i in 2..toks.len() {
        if toks[i].upos != "VERB"
            || toks[i - 1].form.to_lowercase() != "to"
            || toks[i - 2].form != ","
            || head[i - 1] != Some(i)
            || !matches!(base(fixed_rel(toks, i, rel_fix)), "advcl" | "acl")
        {
            continue;
        }
        // Up through nouns only, to the telling verb whose object they are.
        let mut x = i;
        let mut found = None;
        for _ in 0..6 {
            let Some(h) = head[x] else { break };
            if matches!(toks[h].upos.as_str(), "NOUN" | "PROPN" | "PRON" | "NUM") {
                x = h;
                continue;
            }
            if toks[h].upos == "VERB"
                && x != i
                && TELLING.contains(&toks[h].lemma.to_lowercase().as_str())
                && matches!(base(fixed_rel(toks, x, rel_fix)), "obj" | "iobj")
                && !(0..toks.len())
                    .any(|c| head[c] == Some(h) && base(fixed_rel(toks, c, rel_fix)) == "xcomp")
            {
                found = Some(h);
            }
            break;
        }
        if let Some(v) = found {
            head[i] = Some(v);
            rel_fix[i] = Some("xcomp");
        }
    }
}

/// "Indonesia summoned China's charge d'affaires on Monday to protest",
/// with the French title read as a verb whose subject is "charge": the
/// title is one noun, "charge" its head, in the place the "verb" held,
/// and what hung on the "verb" hangs on the verb above.
fn repair_charge_d_affaires(
    toks: &[Token],
    head: &mut [Option<usize>],
    rel_fix: &mut [Option<&'static str>],
) {
    for i in 1..toks.len() {
        let title = matches!(
            toks[i].form.to_lowercase().as_str(),
            "d'affaires" | "d’affaires"
        ) && matches!(
            toks[i - 1].form.to_lowercase().as_str(),
            "charge" | "chargé" | "charges" | "chargés"
        );
        if !title || !is_verbal(&toks[i]) || head[i - 1] != Some(i) {
            continue;
        }
        let c = i - 1;
        let above = head[i];
        // (A tree with a cycle through the two is left as it is.)
        if above == Some(c) {
            continue;
        }
        let slot = match base(fixed_rel(toks, i, rel_fix)) {
            "ccomp" | "xcomp" => "obj",
            "root" => "root",
            _ => fixed_rel(toks, i, rel_fix),
        };
        let slot: &'static str = match slot {
            "obj" => "obj",
            "root" => "root",
            "nsubj" => "nsubj",
            "obl" => "obl",
            _ => "nmod",
        };
        for (w, h) in head.iter_mut().enumerate() {
            if *h == Some(i) && w != c {
                *h = if w < c { Some(c) } else { above.or(Some(c)) };
            }
        }
        head[c] = above;
        rel_fix[c] = Some(slot);
        head[i] = Some(c);
        rel_fix[i] = Some("flat");
    }
}

/// "a déclaré l'ambassadeur du Mexique « persona non grata », reprochant
/// à Mexico…", with the Latin words read as a verb hung on the object and
/// the participle hung on them: the phrase is a complement of the
/// declaring verb, and what hung on it hangs on that verb.
fn repair_persona_non_grata(
    toks: &[Token],
    head: &mut [Option<usize>],
    rel_fix: &mut [Option<&'static str>],
) {
    for i in 0..toks.len().saturating_sub(2) {
        let phrase = toks[i].form.eq_ignore_ascii_case("persona")
            && toks[i + 1].form.eq_ignore_ascii_case("non")
            && toks[i + 2].form.eq_ignore_ascii_case("grata");
        if !phrase {
            continue;
        }
        // The verb above: that of the noun the phrase hangs on.
        let mut v = head[i];
        for _ in 0..3 {
            match v {
                Some(x) if !is_verbal(&toks[x]) || x == i => v = head[x],
                _ => break,
            }
        }
        let Some(v) = v.filter(|&v| v < i && is_verbal(&toks[v])) else {
            continue;
        };
        // ("declared the Mexican ambassador persona non grata", with the
        // ambassador as a compound of "persona": he is the object.)
        let object = (0..i)
            .rev()
            .find(|&c| head[c] == Some(i) && base(fixed_rel(toks, c, rel_fix)) == "compound");
        if let Some(o) = object {
            for (c, h) in head.iter_mut().enumerate().take(i) {
                if *h == Some(i) && c != o {
                    *h = Some(o);
                }
            }
            head[o] = Some(v);
            rel_fix[o] = Some("obj");
        }
        head[i] = Some(v);
        rel_fix[i] = Some("xcomp");
        for h in head.iter_mut().skip(i + 3) {
            if *h == Some(i + 2) {
                *h = Some(i);
            }
            if *h == Some(i) {
                *h = Some(v);
            }
        }
        head[i + 1] = Some(i + 2);
        head[i + 2] = Some(i);
    }
}

/// "if the Iran-backed group violated the truce", with "backed" (written
/// "Iran-backed") read as the clause's verb and "violated" hung on it: a
/// participle joined by a hyphen to the word before describes the noun
/// after it; the verb it had taken the place of takes its place back.
fn repair_hyphen_participles(
    toks: &[Token],
    head: &mut [Option<usize>],
    rel_fix: &mut [Option<&'static str>],
) {
    for i in 2..toks.len().saturating_sub(1) {
        let joined = toks[i - 1].form == "-"
            && toks[i - 1].no_space_after
            && toks[i - 2].no_space_after
            && (toks[i].xpos == "VBN"
                || (toks[i].feats.contains("VerbForm=Part")
                    && toks[i].feats.contains("Tense=Past")));
        let n = i + 1;
        if !joined || toks[n].upos != "NOUN" || head[i] == Some(n) {
            continue;
        }
        // The verb the noun belongs to, if it hangs below the participle.
        let Some(v) = head[n].filter(|&v| v != i && is_verbal(&toks[v]) && head[v] == Some(i))
        else {
            continue;
        };
        let i_rel = clause_rel(fixed_rel(toks, i, rel_fix));
        let i_rel: &'static str = match base(fixed_rel(toks, i, rel_fix)) {
            "advcl" => "advcl",
            "ccomp" => "ccomp",
            "conj" => "conj",
            _ => i_rel,
        };
        head[v] = head[i];
        rel_fix[v] = Some(i_rel);
        for (c, h) in head.iter_mut().enumerate() {
            if *h == Some(i) && c != i - 2 && c != i - 1 && c != v {
                *h = Some(v);
            }
        }
        // ("the Iran-backed group": the article is the noun's.)
        let dets: Vec<usize> = (0..i - 2)
            .filter(|&c| head[c] == Some(i - 2) && base(fixed_rel(toks, c, rel_fix)) == "det")
            .collect();
        for c in dets {
            head[c] = Some(n);
        }
        head[i] = Some(n);
        rel_fix[i] = Some("amod");
        head[i - 2] = Some(i);
        rel_fix[i - 2] = Some("obl");
        head[i - 1] = Some(i);
        rel_fix[i - 1] = Some("punct");
    }
    // "U.S.-led forces", with "U.S." an oblique of "led": the leader is
    // part of the name of what it leads, as in "the Saudi-led coalition".
    for i in 2..toks.len() {
        if toks[i - 1].form == "-"
            && toks[i - 1].no_space_after
            && toks[i - 2].no_space_after
            && toks[i].lemma.eq_ignore_ascii_case("lead")
            && head[i - 2] == Some(i)
            && matches!(base(fixed_rel(toks, i - 2, rel_fix)), "obl" | "nmod")
            && head[i].is_some_and(|n| {
                n > i
                    && [
                        "coalition",
                        "alliance",
                        "force",
                        "forces",
                        "troops",
                        "warplanes",
                        "jets",
                        "aircraft",
                        "planes",
                        "bombers",
                        "operation",
                        "campaign",
                        "strikes",
                        "invasion",
                        "mission",
                        "bloc",
                        "army",
                        "navy",
                        "militia",
                        "militias",
                        "fleet",
                    ]
                    .contains(&toks[n].form.to_lowercase().as_str())
            })
        {
            rel_fix[i - 2] = Some("compound");
        }
    }
}

/// "Pakistani aircraft bombed targets in…", read as a noun phrase with
/// "bombed" as a modifier and "targets" as the object of "aircraft": a
/// noun has no object, so the verb between the noun and that "object" is
/// the clause's verb, the noun its subject.
fn repair_noun_objects(
    toks: &[Token],
    head: &mut [Option<usize>],
    rel_fix: &mut [Option<&'static str>],
) {
    for o in 0..toks.len() {
        if !matches!(base(fixed_rel(toks, o, rel_fix)), "obj" | "dobj") {
            continue;
        }
        let Some(n) = head[o] else { continue };
        if !matches!(toks[n].upos.as_str(), "NOUN" | "PROPN") || n > o {
            continue;
        }
        let Some(v) = (n + 1..o).rev().find(|&v| {
            toks[v].upos == "VERB"
                && !toks[v].feats.contains("VerbForm=Ger")
                && !toks[v].feats.contains("VerbForm=Inf")
                && matches!(head[v], Some(h) if h == n || h == o)
                && matches!(
                    base(fixed_rel(toks, v, rel_fix)),
                    "amod" | "acl" | "compound"
                )
        }) else {
            continue;
        };
        let n_rel = fixed_rel(toks, n, rel_fix);
        let v_rel: &'static str = match base(n_rel) {
            "conj" => "conj",
            _ => clause_rel(n_rel),
        };
        head[v] = head[n];
        rel_fix[v] = Some(v_rel);
        head[n] = Some(v);
        rel_fix[n] = Some("nsubj");
        head[o] = Some(v);
        rel_fix[o] = Some("obj");
        // Whatever else hung on the noun after the verb is the verb's.
        for h in head.iter_mut().skip(v + 1) {
            if *h == Some(n) {
                *h = Some(v);
            }
        }
    }
}

/// "Pékin a exigé que la Première ministre retire ses propos, et a
/// convoqué l'ambassadeur", with "a convoqué" joined to the subjunctive
/// of the reported clause: a verb joined by "et"/"and" with no subject of
/// its own, whose tense is not that of the clause verb it hangs on but is
/// that of the verb governing that clause, is joined to the governing
/// verb (and shares its subject).
fn repair_low_conjuncts(
    toks: &[Token],
    head: &mut [Option<usize>],
    rel_fix: &mut [Option<&'static str>],
) {
    // The auxiliary lemma (perfect tenses) or the tense and mood.
    let tense = |head: &[Option<usize>], rel_fix: &[Option<&'static str>], v: usize| {
        let aux = (0..toks.len()).find(|&c| {
            head[c] == Some(v) && matches!(fixed_rel(toks, c, rel_fix), "aux" | "aux:tense")
        });
        match aux {
            Some(a) => format!("aux {}", toks[a].lemma.to_lowercase()),
            None => {
                let f = &toks[v].feats;
                let pick = |k: &str| {
                    f.split('|')
                        .find(|x| x.starts_with(k))
                        .unwrap_or("")
                        .to_string()
                };
                format!("{} {} {}", pick("Tense="), pick("Mood="), pick("VerbForm="))
            }
        }
    };
    for x in 0..toks.len() {
        if base(fixed_rel(toks, x, rel_fix)) != "conj" || toks[x].upos != "VERB" {
            continue;
        }
        let Some(h) = head[x] else { continue };
        // "would withdraw all its workers from the zone it runs with South
        // Korea and suspend operations there", with the infinitive joined
        // to the relative clause's finite verb: an infinitive with no
        // subject joined to a relative clause goes with the infinitive
        // whose phrase that clause describes.
        let infinitive = |v: usize| toks[v].feats.contains("VerbForm=Inf");
        if infinitive(x)
            && h < x
            && fixed_rel(toks, h, rel_fix) == "acl:relcl"
            && toks[h].feats.contains("VerbForm=Fin")
            && !(0..toks.len()).any(|c| {
                head[c] == Some(x) && base(fixed_rel(toks, c, rel_fix)).starts_with("nsubj")
            })
        {
            let g = head[h].and_then(|n| head[n]);
            if let Some(g) = g.filter(|&g| g < h && toks[g].upos == "VERB" && infinitive(g)) {
                head[x] = Some(g);
                continue;
            }
        }
        if h >= x || !matches!(base(fixed_rel(toks, h, rel_fix)), "ccomp" | "advcl") {
            continue;
        }
        let Some(g) = head[h] else { continue };
        if toks[g].upos != "VERB" || g > h {
            continue;
        }
        let kid = |v: usize, rels: &[&str]| {
            (0..toks.len())
                .any(|c| head[c] == Some(v) && rels.contains(&base(fixed_rel(toks, c, rel_fix))))
        };
        if kid(x, &["nsubj", "mark"]) || !kid(x, &["cc"]) || !kid(h, &["mark"]) {
            continue;
        }
        let (tx, th, tg) = (
            tense(head, rel_fix, x),
            tense(head, rel_fix, h),
            tense(head, rel_fix, g),
        );
        // (Or a finite verb joined to a clause that has no verb of its
        // own, "said that Greenland was not for sale and rejected…".)
        // (The tagger may read the bare past as a participle.)
        let verbless = toks[h].upos != "VERB"
            && !tx.starts_with("aux")
            && tx.contains("Tense=Past")
            && tg.contains("Tense=Past")
            && tg.contains("Fin");
        if verbless || (tx == tg && tx != th && tx.starts_with("aux")) {
            head[x] = Some(g);
        }
    }
}

/// "…, a indiqué la marine américaine, qui a dénoncé une manœuvre", with
/// the relative clause hung on the verb whose subject (or object) ends
/// right before the comma: a relative clause opened by a subject pronoun
/// after a comma describes that noun.
fn repair_relatives_on_verbs(
    toks: &[Token],
    head: &mut [Option<usize>],
    rel_fix: &mut [Option<&'static str>],
) {
    for x in 0..toks.len() {
        // (Or joined to that verb, or set beside it: "qui" is no subject
        // of a conjunct.)
        if !matches!(
            base(fixed_rel(toks, x, rel_fix)),
            "acl" | "conj" | "parataxis"
        ) {
            continue;
        }
        let Some(h) = head[x].filter(|&h| toks[h].upos == "VERB" && h < x) else {
            continue;
        };
        let Some(p) = kids_of(head, x).find(|&c| {
            base(fixed_rel(toks, c, rel_fix)) == "nsubj"
                && matches!(
                    toks[c].lemma.to_lowercase().as_str(),
                    "qui" | "who" | "which"
                )
        }) else {
            continue;
        };
        if p < 2 || toks[p - 1].form != "," {
            continue;
        }
        // The noun the comma follows (or the one its adjective describes).
        let mut n = p - 2;
        if toks[n].upos == "ADJ" {
            match head[n] {
                Some(m) if m < n && toks[m].upos == "NOUN" => n = m,
                _ => continue,
            }
        }
        if matches!(toks[n].upos.as_str(), "NOUN" | "PROPN")
            && head[n] == Some(h)
            && matches!(base(fixed_rel(toks, n, rel_fix)), "nsubj" | "obj" | "obl")
        {
            head[x] = Some(n);
            rel_fix[x] = Some("acl:relcl");
        }
    }
}

/// "a suspendu les vols de la compagnie RwandAir vers son territoire et
/// convoqué l'ambassadeur", "toppling buildings and bridges and killing at
/// least 122 people", with the second verb joined to a noun of the first
/// one's phrase: a verb with its own object and "and" but no subject or
/// auxiliary, joined to a noun, is joined to the nearest verb above that
/// noun of the same form (a perfect or past tense, or a present
/// participle).
fn repair_conjuncts_on_objects(
    toks: &[Token],
    head: &mut [Option<usize>],
    rel_fix: &mut [Option<&'static str>],
) {
    for x in 0..toks.len() {
        if toks[x].upos != "VERB" || base(fixed_rel(toks, x, rel_fix)) != "conj" {
            continue;
        }
        let Some(h) = head[x] else { continue };
        if h >= x || !matches!(toks[h].upos.as_str(), "NOUN" | "PROPN") {
            continue;
        }
        let rels: Vec<&str> = kids_of(head, x)
            .map(|c| base(fixed_rel(toks, c, rel_fix)))
            .collect();
        if !rels.contains(&"cc")
            || !rels.contains(&"obj")
            || rels
                .iter()
                .any(|r| r.starts_with("nsubj") || r.starts_with("aux"))
        {
            continue;
        }
        let past = toks[x].feats.contains("VerbForm=Part") && toks[x].feats.contains("Tense=Past");
        let present = present_participle(&toks[x]);
        if !past && !present {
            continue;
        }
        // The nearest verb above the noun.
        let mut up = head[h];
        for _ in 0..8 {
            match up {
                Some(y) if toks[y].upos == "VERB" => break,
                Some(y) => up = head[y],
                None => break,
            }
        }
        let Some(g) = up.filter(|&g| toks[g].upos == "VERB" && g < h) else {
            continue;
        };
        let perfect = kids_of(head, g).any(|c| {
            matches!(fixed_rel(toks, c, rel_fix), "aux" | "aux:tense")
                && matches!(toks[c].lemma.as_str(), "have" | "avoir" | "être")
        });
        let past_finite =
            toks[g].feats.contains("VerbForm=Fin") && toks[g].feats.contains("Tense=Past");
        let same = if past {
            perfect || past_finite
        } else {
            present_participle(&toks[g])
        };
        if same {
            head[x] = Some(g);
        }
    }
}

/// "a expulsé l'ambassadrice du Mexique et deux diplomates espagnols, les
/// accusant de…", with the participle hung on the last noun as its
/// modifier: a present participle set off by a comma after the object is
/// said of the clause's subject, so it hangs on the clause's verb.
fn repair_comma_participles(
    toks: &[Token],
    head: &mut [Option<usize>],
    rel_fix: &mut [Option<&'static str>],
) {
    for c in 2..toks.len() {
        let t = &toks[c];
        let present = t.upos == "VERB" && present_participle(t);
        // (Or hung on an infinitive that modifies the object: "gave its
        // diplomats 24 hours to leave, accusing…".)
        let on_infinitive = fixed_rel(toks, c, rel_fix) == "advcl"
            && head[c].is_some_and(|h| {
                toks[h].feats.contains("VerbForm=Inf") && base(fixed_rel(toks, h, rel_fix)) == "acl"
            });
        // (Or hung on a participle that modifies a noun: "suspendait
        // l'accueil prévu de réfugiés se trouvant en Italie, dénonçant…".)
        // (Or on the gerund an accusation is about: "accused the United
        // States of breaching international law, using the speech to
        // denounce…".)
        let on_participle = fixed_rel(toks, c, rel_fix) == "advcl"
            && head[c].is_some_and(|h| {
                let r = base(fixed_rel(toks, h, rel_fix));
                (toks[h].feats.contains("VerbForm=Part") && r == "acl")
                    // ("revoked an accord allowing U.S. military personnel
                    // to operate on its soil, accusing…": on the
                    // infinitive under such a participle.)
                    || (toks[h].feats.contains("VerbForm=Inf")
                        && r == "xcomp"
                        && head[h].is_some_and(|p| {
                            (toks[p].feats.contains("VerbForm=Part")
                                || toks[p].feats.contains("VerbForm=Ger"))
                                && base(fixed_rel(toks, p, rel_fix)) == "acl"
                        }))
                    || (toks[h].feats.contains("VerbForm=Ger")
                        && matches!(r, "acl" | "advcl")
                        && (0..toks.len()).any(|m| {
                            head[m] == Some(h)
                                && base(fixed_rel(toks, m, rel_fix)) == "mark"
                                && matches!(toks[m].lemma.as_str(), "of" | "for")
                        }))
            });
        if !present || (fixed_rel(toks, c, rel_fix) != "acl" && !on_infinitive && !on_participle) {
            continue;
        }
        // The comma right before it, or before its clitic object.
        let clitic = toks[c - 1].upos == "PRON" && head[c - 1] == Some(c);
        let before = if clitic { c - 2 } else { c - 1 };
        if toks[before].form != "," {
            continue;
        }
        let Some(mut x) = head[c] else { continue };
        if on_participle {
            // Up to the finite verb whose argument the participle's noun
            // is (a few steps through nouns and participles).
            // (Or the root verb, a past tense tagged as a participle:
            // "Niger's ruling junta revoked … an accord allowing…".)
            let main = |y: usize| {
                toks[y].feats.contains("VerbForm=Fin")
                    || (head[y].is_none() && toks[y].upos == "VERB")
            };
            let mut up = Some(x);
            for _ in 0..6 {
                match up {
                    Some(y) if main(y) => break,
                    Some(y) => up = head[y],
                    None => break,
                }
            }
            if let Some(y) = up.filter(|&y| main(y) && y < c) {
                head[c] = Some(y);
                rel_fix[c] = Some("advcl");
            }
            continue;
        }
        if on_infinitive {
            match head[x] {
                Some(p) => x = p,
                None => continue,
            }
        }
        for _ in 0..toks.len() {
            match head[x] {
                Some(p)
                    if matches!(base(fixed_rel(toks, x, rel_fix)), "conj" | "nmod" | "appos") =>
                {
                    x = p
                }
                _ => break,
            }
        }
        let Some(mut v) = head[x] else { continue };
        // ("a exhorté Olaf Scholz à « abattre ce mur », reprochant à
        // Berlin…": not the infinitive's, whose subject is the one urged,
        // but the verb's that governs it.)
        let object = matches!(base(fixed_rel(toks, x, rel_fix)), "obj" | "obl" | "iobj");
        if object
            && toks[v].feats.contains("VerbForm=Inf")
            && base(fixed_rel(toks, v, rel_fix)) == "xcomp"
        {
            if let Some(g) = head[v].filter(|&g| toks[g].upos == "VERB") {
                v = g;
            }
        }
        if toks[v].upos == "VERB" && object && v < c {
            head[c] = Some(v);
            rel_fix[c] = Some("advcl");
        }
    }
}

/// True for a present participle or gerund ("accusing", "reprochant").
fn present_participle(t: &Token) -> bool {
    t.feats.contains("VerbForm=Ger")
        || (t.feats.contains("VerbForm=Part") && t.feats.contains("Tense=Pres"))
}

/// Word `i`'s relation, as a repair left it.
pub(crate) fn fixed_rel<'t>(
    toks: &'t [Token],
    i: usize,
    rel_fix: &[Option<&'static str>],
) -> &'t str {
    match rel_fix.get(i) {
        Some(Some(r)) => r,
        _ => &toks[i].deprel,
    }
}

/// The relation a verb takes when it replaces a word of relation `r` as
/// the head of a clause: the root stays the root, a reported clause or an
/// argument becomes a complement clause, anything else a parataxis.
/// The relation a verb takes when it replaces a word the parser made the
/// head of its clause: that word's, as a clause relation.
pub(crate) fn verb_rel(r: &str) -> &'static str {
    match r {
        "acl:relcl" | "advcl:cleft" => "acl:relcl",
        _ => match base(r) {
            "root" => "root",
            "acl" => "acl",
            "advcl" => "advcl",
            "ccomp" => "ccomp",
            "xcomp" => "xcomp",
            "conj" => "conj",
            "csubj" => "csubj",
            _ => "parataxis",
        },
    }
}

fn clause_rel(r: &str) -> &'static str {
    match base(r) {
        "root" => "root",
        "ccomp" | "nsubj" | "obj" => "ccomp",
        _ => "parataxis",
    }
}

/// Day words ("mardi", "on Monday" without its "on").
pub(crate) const DAY_WORDS: &[&str] = &[
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "hier",
    "aujourd'hui",
    "demain",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "yesterday",
    "today",
    "tomorrow",
];

/// A day word right after a verb that the parser made the verb's object
/// ("a exhorté lundi l'Iran à…", "a décidé mardi de fermer…"), with the
/// real object or complement hung on it: the day becomes a time
/// modifier, and its object, apposition or clause moves up to the verb.
fn repair_day_objects(
    toks: &[Token],
    head: &mut [Option<usize>],
    rel_fix: &mut [Option<&'static str>],
) {
    for d in 0..toks.len() {
        let Some(v) = head[d] else { continue };
        if !matches!(toks[v].upos.as_str(), "VERB" | "AUX")
            || !matches!(
                base(&toks[d].deprel),
                "obj" | "dobj" | "iobj" | "xcomp" | "obl"
            )
            || !DAY_WORDS
                .iter()
                .any(|w| toks[d].form.eq_ignore_ascii_case(w))
        {
            continue;
        }
        let mut moved = false;
        for c in 0..toks.len() {
            if head[c] != Some(d) {
                continue;
            }
            // ("a entamé lundi des manœuvres", with the partitive "des"
            // read as "de les" and the object hung on the day.)
            let partitive = || {
                let (mut de, mut les) = (false, false);
                for k in 0..toks.len() {
                    if head[k] == Some(c) && k < c {
                        de |= base(&toks[k].deprel) == "case" && toks[k].lemma == "de";
                        les |= base(&toks[k].deprel) == "det" && toks[k].lemma == "le";
                    }
                }
                de && les && toks[c].upos == "NOUN"
            };
            // ("a annoncé jeudi que la France suspendait…", the clause
            // read as a relative on the day: a reported clause, its "que"
            // the marker.)
            let that = (d + 1..c).find(|&k| {
                k == d + 1
                    && matches!(toks[k].lemma.as_str(), "que" | "that")
                    && matches!(head[k], Some(h) if h == c || h == d || h == v)
            });
            let fixed = match base(&toks[c].deprel) {
                "obj" | "dobj" | "appos" => "obj",
                "acl" if that.is_some() && is_verbal(&toks[c]) => {
                    if let Some(k) = that {
                        head[k] = Some(c);
                        rel_fix[k] = Some("mark");
                    }
                    "ccomp"
                }
                "acl" | "xcomp" => "xcomp",
                "nmod" if partitive() => "obj",
                // ("est arrivé jeudi à Moscou", with the place hung on the
                // day: where the act happens, the verb's oblique.)
                "nmod"
                    if c > d
                        && (0..c).any(|k| {
                            head[k] == Some(c)
                                && base(&toks[k].deprel) == "case"
                                && toks[k].upos == "ADP"
                        }) =>
                {
                    "obl"
                }
                // ("a condamné jeudi l'arrestation…", read as a small
                // clause with the object as the day's subject.)
                "nsubj" if base(&toks[d].deprel) == "xcomp" => "obj",
                _ => continue,
            };
            head[c] = Some(v);
            rel_fix[c] = Some(fixed);
            moved = true;
        }
        // A day is never the object ("a annoncé mardi avoir lancé…": no
        // control of the infinitive by "mardi").
        if moved || matches!(base(&toks[d].deprel), "obj" | "dobj" | "iobj") {
            rel_fix[d] = Some("obl:tmod");
        }
    }
}

/// True when verb `v` is finite, or a participle with a finite auxiliary
/// before it ("a accusé", "has said").
fn finite_or_perfect(toks: &[Token], head: &[Option<usize>], v: usize) -> bool {
    toks[v].feats.contains("VerbForm=Fin")
        || (toks[v].feats.contains("VerbForm=Part")
            && (0..v).any(|a| {
                head[a] == Some(v)
                    && toks[a].upos == "AUX"
                    && toks[a].feats.contains("VerbForm=Fin")
            }))
}

/// Whether word `a` is `w` or one of its ancestors (bounded, so a cycle
/// the input may still hold ends the walk).
pub(crate) fn dominates(head: &[Option<usize>], a: usize, w: usize) -> bool {
    let mut cur = Some(w);
    for _ in 0..=head.len() {
        match cur {
            Some(x) if x == a => return true,
            Some(x) => cur = head[x],
            None => return false,
        }
    }
    false
}

/// A word the parser made an auxiliary that is no auxiliary ("jugées
/// invalides par Ankara", with the rare adjective tagged as a verb and hung
/// on a later verb as its `aux:tense`): right after a participle, it is
/// that participle's predicative complement, and its "by" phrase is the
/// participle's agent.
fn repair_false_auxiliaries(
    toks: &[Token],
    head: &mut [Option<usize>],
    rel_fix: &mut [Option<&'static str>],
) {
    const AUXILIARIES: &[&str] = &[
        "avoir", "être", "aller", "venir", "pouvoir", "devoir", "faire", "be", "have", "do",
        "will", "would", "shall", "should", "can", "could", "may", "might", "must", "ought", "get",
        "need", "dare", "used",
    ];
    for a in 1..toks.len() {
        let t = &toks[a];
        let lemma = t.lemma.to_lowercase();
        if base(&t.deprel) != "aux" || AUXILIARIES.contains(&lemma.as_str()) {
            continue;
        }
        let p = a - 1;
        let participle = toks[p].upos == "VERB" && toks[p].feats.contains("VerbForm=Part");
        if !participle || head[a] == Some(p) || dominates(head, a, p) {
            continue;
        }
        head[a] = Some(p);
        rel_fix[a] = Some("xcomp");
        for c in 0..toks.len() {
            if head[c] == Some(a) && toks[c].deprel.ends_with(":agent") && !dominates(head, c, p) {
                head[c] = Some(p);
            }
        }
    }
}

/// Two participles in a row under one auxiliary ("ont aussitôt
/// critiquée", with the adverb tagged as a participle and the real one
/// hung on it as its complement): the second is the verb, the first its
/// adverb. The clause's words move to the second.
fn repair_adverb_participles(
    toks: &[Token],
    head: &mut [Option<usize>],
    rel_fix: &mut [Option<&'static str>],
) {
    let participle = |t: &Token| t.upos == "VERB" && t.feats.contains("VerbForm=Part");
    for x in 0..toks.len().saturating_sub(1) {
        let c = x + 1;
        let has_aux = (0..x).any(|a| {
            head[a] == Some(x)
                && base(&toks[a].deprel) == "aux"
                && matches!(toks[a].lemma.as_str(), "avoir" | "être")
        });
        if !participle(&toks[x])
            || !participle(&toks[c])
            || head[c] != Some(x)
            || !matches!(base(&toks[c].deprel), "xcomp" | "obj" | "ccomp")
            || !has_aux
        {
            continue;
        }
        for (k, h) in head.iter_mut().enumerate() {
            if k != c && *h == Some(x) {
                *h = Some(c);
            }
        }
        head[c] = head[x];
        rel_fix[c] = Some(verb_rel(fixed_rel(toks, x, rel_fix)));
        head[x] = Some(c);
        rel_fix[x] = Some("advmod");
    }
}

/// French adverbs the tagger has never seen and reads as nouns or verbs
/// ("un essai nucléaire, aussitôt condamné par l'Australie", with
/// "aussitôt" an apposition and "condamné" hung on it).
const UNSEEN_ADVERBS: &[&str] = &["aussitôt", "sitôt", "derechef", "illico"];

/// One of [`UNSEEN_ADVERBS`] not tagged as an adverb, with the verb right
/// after it hung on it: the verb takes its place, and it modifies the verb.
fn repair_unknown_adverbs(
    toks: &[Token],
    head: &mut [Option<usize>],
    rel_fix: &mut [Option<&'static str>],
) {
    for x in 0..toks.len().saturating_sub(1) {
        let c = x + 1;
        if toks[x].upos == "ADV"
            || !UNSEEN_ADVERBS.contains(&toks[x].form.to_lowercase().as_str())
            || !is_verbal(&toks[c])
        {
            continue;
        }
        if head[c] == Some(x) {
            for (k, h) in head.iter_mut().enumerate() {
                if k != c && *h == Some(x) {
                    *h = Some(c);
                }
            }
            head[c] = head[x];
            let r = fixed_rel(toks, x, rel_fix);
            rel_fix[c] = Some(match base(r) {
                "appos" | "nmod" | "amod" | "acl" => "acl",
                _ => verb_rel(r),
            });
            head[x] = Some(c);
        } else if head[x] != Some(c) {
            continue;
        }
        rel_fix[x] = Some("advmod");
    }
}

/// A clause the parser built on a noun with its verb as a modifier
/// ("Heavy fighting erupted between…", "Belarusian security forces
/// detained opposition activist…", read as a noun phrase with "erupted"
/// and "detained" as `acl`): where a clause needs a verb (the sentence's
/// root, a reported clause), a verb hung on the noun to its right with no
/// subject of its own is the clause's verb and the noun its subject. Its
/// "object" with a preposition is an oblique.
/// "Iran demanded that Britain release the tanker, calling the seizure
/// unlawful", "said Moscow would respond, adding that…", with the
/// participle of saying hung on the reported clause's verb: set off by a
/// comma after that clause, a participle of saying, calling or accusing
/// is the speaker's, and hangs on the verb of saying.
fn repair_speaker_participles(
    toks: &[Token],
    head: &mut [Option<usize>],
    rel_fix: &mut [Option<&'static str>],
) {
    for v in 1..toks.len() {
        let participle = toks[v].upos == "VERB"
            && (toks[v].feats.contains("VerbForm=Ger")
                || (toks[v].form.ends_with("ing") && toks[v].feats.contains("VerbForm=Part")))
            && toks[v - 1].form == ","
            && base(fixed_rel(toks, v, rel_fix)) == "advcl"
            && matches!(
                toks[v].lemma.as_str(),
                "say"
                    | "call"
                    | "add"
                    | "accuse"
                    | "describe"
                    | "insist"
                    | "warn"
                    | "claim"
                    | "argue"
                    | "brand"
                    | "term"
                    | "denounce"
                    | "condemn"
            );
        if !participle {
            continue;
        }
        let Some(h) = head[v].filter(|&h| h < v) else {
            continue;
        };
        if base(fixed_rel(toks, h, rel_fix)) != "ccomp" {
            continue;
        }
        let Some(g) = head[h].filter(|&g| g < h && is_verbal(&toks[g])) else {
            continue;
        };
        head[v] = Some(g);
    }
}

/// "began their first joint anti-terrorism exercises", "China began its
/// largest military exercises around Taiwan", with the plural noun tagged
/// as a present-tense verb heading a complement clause whose "subject" is
/// the word before it: after a verb that takes a thing and no clause
/// ("begin", "launch", "hold", "conduct"), or with a determiner or a
/// possessive of its own, that "verb" is the governing verb's object, and
/// the word it took for its subject modifies it.
/// "Russian and Chinese troops began joint exercises in Siberia", read
/// with "joint" as the complement of "began" and "exercises" as a verb
/// under it: a plural noun taken for a present verb right after an
/// adjective that complements "begin", "launch", "hold"… is that verb's
/// object, and the adjective its modifier.
fn repair_adjective_objects(
    toks: &[Token],
    head: &mut [Option<usize>],
    rel_fix: &mut [Option<&'static str>],
) {
    for v in 1..toks.len() {
        let a = v - 1;
        if toks[v].upos != "VERB"
            || !toks[v].feats.contains("Tense=Pres")
            || !toks[v].form.ends_with('s')
            || head[v] != Some(a)
            || toks[a].upos != "ADJ"
            || !matches!(
                base(fixed_rel(toks, v, rel_fix)),
                "advcl" | "xcomp" | "ccomp"
            )
            || !matches!(base(fixed_rel(toks, a, rel_fix)), "xcomp" | "ccomp" | "obj")
        {
            continue;
        }
        let Some(g) = head[a] else { continue };
        let takes_thing = matches!(
            toks[g].lemma.as_str(),
            "begin" | "start" | "launch" | "hold" | "conduct" | "stage" | "resume" | "end"
        );
        if !takes_thing || g > a {
            continue;
        }
        head[v] = Some(g);
        rel_fix[v] = Some("obj");
        head[a] = Some(v);
        rel_fix[a] = Some("amod");
    }
}

fn repair_determined_verbs(
    toks: &[Token],
    head: &mut [Option<usize>],
    rel_fix: &mut [Option<&'static str>],
) {
    for v in 0..toks.len() {
        if toks[v].upos != "VERB" || !matches!(base(fixed_rel(toks, v, rel_fix)), "ccomp" | "xcomp")
        {
            continue;
        }
        let Some(g) = head[v] else { continue };
        let kid_is = |c: usize, rels: &[&str]| {
            head[c] == Some(v) && rels.contains(&base(fixed_rel(toks, c, rel_fix)))
        };
        let determined = (0..v).any(|c| {
            kid_is(c, &["det", "nmod"])
                && (base(fixed_rel(toks, c, rel_fix)) == "det"
                    || fixed_rel(toks, c, rel_fix) == "nmod:poss")
                && matches!(toks[c].upos.as_str(), "DET" | "PRON")
        });
        let present = toks[v].feats.contains("Tense=Pres") && toks[v].form.ends_with('s');
        let takes_thing = matches!(
            toks[g].lemma.as_str(),
            "begin"
                | "start"
                | "launch"
                | "hold"
                | "conduct"
                | "stage"
                | "resume"
                | "end"
                | "complete"
        );
        if g > v
            || toks[g].upos != "VERB"
            || !(determined || (takes_thing && present))
            || (0..toks.len()).any(|c| kid_is(c, &["aux", "mark", "obj", "cop"]))
            || (0..toks.len()).any(|c| {
                head[c] == Some(g) && matches!(base(fixed_rel(toks, c, rel_fix)), "obj" | "dobj")
            })
        {
            continue;
        }
        let subjects: Vec<usize> = (g + 1..v).filter(|&c| kid_is(c, &["nsubj"])).collect();
        rel_fix[v] = Some("obj");
        for c in subjects {
            rel_fix[c] = Some("compound");
        }
    }
}

/// "U.S. and British forces launched…", read as the name "U.S." joined to
/// "forces": a proper name, "and"/"et", an adjective and the noun it
/// modifies, with the noun conjoined to the name, is a noun modified by
/// the name and the adjective together; the noun takes the name's place.
fn repair_name_and_adjective(
    toks: &[Token],
    head: &mut [Option<usize>],
    rel_fix: &mut [Option<&'static str>],
) {
    let n = toks.len();
    for x in 0..n.saturating_sub(3) {
        let (c, y, noun) = (x + 1, x + 2, x + 3);
        if toks[x].upos != "PROPN"
            || toks[c].upos != "CCONJ"
            || !matches!(toks[c].lemma.to_lowercase().as_str(), "and" | "et")
            || toks[y].upos != "ADJ"
            || toks[noun].upos != "NOUN"
            || head[noun] != Some(x)
            || base(fixed_rel(toks, noun, rel_fix)) != "conj"
            || head[y] != Some(noun)
            || (0..x).any(|k| head[k] == Some(x))
            // (Not a person's surname: "Benjamin Netanyahu and
            // Palestinian leader Yasser Arafat".)
            || base(fixed_rel(toks, x, rel_fix)) == "flat"
        {
            continue;
        }
        head[noun] = head[x];
        rel_fix[noun] = Some(match head[x] {
            None => "root",
            Some(_) => noun_rel(fixed_rel(toks, x, rel_fix)),
        });
        for (k, h) in head.iter_mut().enumerate() {
            if *h == Some(x) && k != c {
                *h = Some(noun);
            }
        }
        head[x] = Some(noun);
        rel_fix[x] = Some("amod");
        head[y] = Some(x);
        rel_fix[y] = Some("conj");
        head[c] = Some(y);
        rel_fix[c] = Some("cc");
    }
}

fn repair_noun_roots(
    toks: &[Token],
    head: &mut [Option<usize>],
    rel_fix: &mut [Option<&'static str>],
) {
    for r in 0..toks.len() {
        if !matches!(toks[r].upos.as_str(), "NOUN" | "PROPN")
            || !matches!(
                base(fixed_rel(toks, r, rel_fix)),
                "root" | "ccomp" | "parataxis"
            )
        {
            continue;
        }
        let has_verb_kid = |kid_rel: &str| {
            (0..toks.len())
                .any(|c| head[c] == Some(r) && base(fixed_rel(toks, c, rel_fix)) == kid_rel)
        };
        if has_verb_kid("cop") || has_verb_kid("nsubj") {
            continue;
        }
        // (Also hung on the noun of an "of" phrase of the root, when the
        // root is the sentence's: "Thousands of people protested in
        // Belgrade", read as "people protested" inside the phrase.)
        let sentence_root = base(fixed_rel(toks, r, rel_fix)) == "root";
        let on_root = |v: usize| {
            let Some(h) = head[v] else { return false };
            if h == r {
                return true;
            }
            // (Or on the root's last conjunct: "Indonesia's government and
            // Free Aceh Movement rebels signed…".)
            if head[h] == Some(r)
                && h < v
                && base(fixed_rel(toks, h, rel_fix)) == "conj"
                && matches!(toks[h].upos.as_str(), "NOUN" | "PROPN")
            {
                return true;
            }
            let mut n = h;
            for _ in 0..2 {
                if !sentence_root
                    || !matches!(toks[n].upos.as_str(), "NOUN" | "PROPN")
                    || base(fixed_rel(toks, n, rel_fix)) != "nmod"
                    || n > v
                    || !(0..toks.len()).any(|k| {
                        head[k] == Some(n)
                            && base(fixed_rel(toks, k, rel_fix)) == "case"
                            && matches!(toks[k].lemma.to_lowercase().as_str(), "of" | "de")
                    })
                {
                    return false;
                }
                match head[n] {
                    Some(p) if p == r => return true,
                    Some(p) => n = p,
                    None => return false,
                }
            }
            false
        };
        let past_below = |v: usize| {
            (v + 1..toks.len()).find(|&w| {
                head[w] == Some(v)
                    && toks[w].upos == "VERB"
                    && toks[w].feats.contains("Tense=Past")
                    && matches!(
                        base(fixed_rel(toks, w, rel_fix)),
                        "xcomp" | "conj" | "advcl" | "ccomp"
                    )
                    && !(0..toks.len()).any(|c| {
                        head[c] == Some(w) && base(fixed_rel(toks, c, rel_fix)).starts_with("nsubj")
                    })
            })
        };
        let Some(v) = (r + 1..toks.len()).find(|&v| {
            on_root(v)
                && base(fixed_rel(toks, v, rel_fix)) == "acl"
                && toks[v].upos == "VERB"
                && ((!toks[v].feats.contains("VerbForm=Ger")
                    && !toks[v].feats.contains("VerbForm=Inf"))
                    || (toks[v].feats.contains("VerbForm=Ger") && past_below(v).is_some()))
        }) else {
            continue;
        };
        let own_subject = (0..toks.len())
            .any(|c| head[c] == Some(v) && base(fixed_rel(toks, c, rel_fix)).starts_with("nsubj"));
        let marked = (0..toks.len()).any(|c| {
            head[c] == Some(v) && matches!(base(fixed_rel(toks, c, rel_fix)), "mark" | "aux")
        });
        if own_subject || marked {
            continue;
        }
        // ("The first U.S. military plane carrying relief supplies landed
        // in Yangon", with "landed" hung on the participle: the past verb
        // under a present participle on the noun is the clause's verb, and
        // the participle stays on the noun.)
        let present = present_participle(&toks[v]);
        let v = match past_below(v).filter(|_| present) {
            Some(w) => w,
            None => v,
        };
        let r_rel = clause_rel(fixed_rel(toks, r, rel_fix));
        head[v] = head[r];
        head[r] = Some(v);
        rel_fix[v] = Some(r_rel);
        rel_fix[r] = Some("nsubj");
        // A clause joined to the noun ("…, and riot police dispersed
        // them") is joined to the verb.
        for c in v + 1..toks.len() {
            if head[c] == Some(r)
                && base(fixed_rel(toks, c, rel_fix)) == "conj"
                && toks[c].upos == "VERB"
            {
                head[c] = Some(v);
            }
        }
        for c in 0..toks.len() {
            if head[c] == Some(v)
                && matches!(base(fixed_rel(toks, c, rel_fix)), "obj" | "dobj")
                && (0..toks.len()).any(|k| head[k] == Some(c) && base(&toks[k].deprel) == "case")
            {
                rel_fix[c] = Some("obl");
            }
        }
    }
}

/// "une décision que Nétanyahou a dénoncée comme une « récompense » et
/// que Washington a jugée « irresponsable »", with the second relative
/// hung on a word of the first: it is conjoined to the first relative's
/// verb.
fn repair_conjoined_relatives(
    toks: &[Token],
    head: &mut [Option<usize>],
    rel_fix: &[Option<&'static str>],
) {
    let rel = |i: usize| base(fixed_rel(toks, i, rel_fix));
    for c in 0..toks.len() {
        if rel(c) != "conj" || toks[c].upos != "VERB" {
            continue;
        }
        let kid = |r: &str| (0..c).any(|k| head[k] == Some(c) && rel(k) == r);
        let que = (0..c).any(|k| {
            head[k] == Some(c)
                && rel(k) == "mark"
                && matches!(toks[k].lemma.to_lowercase().as_str(), "que" | "qu'" | "qu’")
        });
        if !que || !kid("nsubj") {
            continue;
        }
        // The nearest relative clause above, not this one.
        let mut x = head[c];
        let mut relative = None;
        for _ in 0..8 {
            let Some(w) = x else { break };
            if rel(w) == "acl" && toks[w].upos == "VERB" && w < c {
                relative = Some(w);
                break;
            }
            x = head[w];
        }
        if let Some(r) = relative.filter(|&r| head[c] != Some(r) && !dominates(head, c, r)) {
            head[c] = Some(r);
        }
    }
}

/// "Reçu lundi au Kremlin par Vladimir Poutine, Emmanuel Macron a
/// plaidé…", "Arrivé jeudi à Beyrouth, Emmanuel Macron a promis…": a
/// participle clause opening the sentence that the parser made the
/// subject, with the real subject (the phrase just before the verb,
/// after a comma) hung inside it: the phrase becomes the subject and the
/// participle clause a modifier of the verb.
fn repair_fronted_participles(
    toks: &[Token],
    head: &mut [Option<usize>],
    rel_fix: &mut [Option<&'static str>],
) {
    let Some(p) = (0..toks.len()).find(|&i| toks[i].upos != "PUNCT") else {
        return;
    };
    let Some(v) = head[p] else { return };
    if toks[p].upos != "VERB"
        || !toks[p].feats.contains("VerbForm=Part")
        || toks[v].upos != "VERB"
        || !base(fixed_rel(toks, p, rel_fix)).starts_with("nsubj")
        || v <= p
    {
        return;
    }
    // The last word before the verb, its auxiliaries, clitics and
    // adverbs aside, and the phrase it ends.
    let mut k = v;
    while k > p + 1 {
        k -= 1;
        let w = &toks[k];
        let attached = head[k] == Some(v);
        if !(attached && matches!(w.upos.as_str(), "AUX" | "ADV" | "PRON" | "PART")) {
            break;
        }
    }
    let mut n = k;
    for _ in 0..toks.len() {
        match head[n] {
            Some(h)
                if h < n
                    && h > p
                    && matches!(
                        base(fixed_rel(toks, n, rel_fix)),
                        "flat" | "compound" | "amod" | "appos"
                    ) =>
            {
                n = h
            }
            _ => break,
        }
    }
    let comma = (p + 1..n).any(|c| toks[c].form == ",");
    if !matches!(toks[n].upos.as_str(), "NOUN" | "PROPN" | "PRON")
        || !comma
        || n == p
        || !dominates(head, p, n)
    {
        return;
    }
    head[n] = Some(v);
    rel_fix[n] = Some("nsubj");
    rel_fix[p] = Some("advcl");
}

/// "Received in Riyadh by King Salman, Donald Trump signed…", with the
/// opening participle read as the finite root and the main clause as its
/// complement: a past form opening the sentence with no subject of its
/// own, followed by a comma and a clause with its own subject hung on it,
/// is a participle clause on that clause's verb, which becomes the root.
fn repair_fronted_finite(
    toks: &[Token],
    head: &mut [Option<usize>],
    rel_fix: &mut [Option<&'static str>],
) {
    let n = toks.len();
    let Some(p) = (0..n).find(|&i| toks[i].upos != "PUNCT") else {
        return;
    };
    if head[p].is_some()
        || toks[p].upos != "VERB"
        || !toks[p].feats.contains("Tense=Past")
        || (0..n)
            .any(|a| head[a] == Some(p) && base(fixed_rel(toks, a, rel_fix)).starts_with("nsubj"))
    {
        return;
    }
    let Some(comma) = (p + 1..n).find(|&c| toks[c].form == ",") else {
        return;
    };
    let Some(w) = (comma + 1..n).find(|&w| {
        head[w] == Some(p)
            && toks[w].upos == "VERB"
            && matches!(
                base(fixed_rel(toks, w, rel_fix)),
                "ccomp" | "parataxis" | "conj"
            )
            && (comma + 1..w).any(|s| {
                head[s] == Some(w) && base(fixed_rel(toks, s, rel_fix)).starts_with("nsubj")
            })
    }) else {
        return;
    };
    for h in &mut head[w + 1..n] {
        if *h == Some(p) {
            *h = Some(w);
        }
    }
    head[w] = None;
    rel_fix[w] = Some("root");
    head[p] = Some(w);
    rel_fix[p] = Some("advcl");
}

/// "S'adressant jeudi aux députés du Bundestag, Volodymyr Zelensky a
/// exhorté…", with the opening participle read as the root, the main verb
/// as an aside on it and the subject as an apposition inside the
/// participle clause: the main verb is the root, the phrase just before
/// it its subject, and the participle clause a modifier.
fn repair_fronted_present_participles(
    toks: &[Token],
    head: &mut [Option<usize>],
    rel_fix: &mut [Option<&'static str>],
) {
    let n = toks.len();
    // The first word, a French reflexive clitic aside.
    let Some(mut p) = (0..n).find(|&i| toks[i].upos != "PUNCT") else {
        return;
    };
    if toks[p].upos == "PRON" && p + 1 < n && head[p] == Some(p + 1) {
        p += 1;
    }
    let present = present_participle(&toks[p]);
    if head[p].is_some()
        || toks[p].upos != "VERB"
        || !present
        || (0..n)
            .any(|a| head[a] == Some(p) && base(fixed_rel(toks, a, rel_fix)).starts_with("nsubj"))
    {
        return;
    }
    let Some(w) = (p + 1..n).find(|&w| {
        head[w] == Some(p)
            && toks[w].upos == "VERB"
            && (toks[w].feats.contains("VerbForm=Fin")
                || (toks[w].feats.contains("VerbForm=Part")
                    && (p + 1..w).any(|a| head[a] == Some(w) && toks[a].upos == "AUX")))
            && matches!(
                base(fixed_rel(toks, w, rel_fix)),
                "ccomp" | "parataxis" | "conj"
            )
            && !(p + 1..n).any(|s| {
                head[s] == Some(w) && base(fixed_rel(toks, s, rel_fix)).starts_with("nsubj")
            })
    }) else {
        return;
    };
    // The phrase right before the verb (its auxiliaries and clitics
    // aside), after a comma.
    let mut k = w;
    while k > p + 1 {
        k -= 1;
        if !(head[k] == Some(w) && matches!(toks[k].upos.as_str(), "AUX" | "ADV" | "PRON" | "PART"))
        {
            break;
        }
    }
    let mut s = k;
    for _ in 0..n {
        match head[s] {
            Some(h)
                if h < s
                    && h > p
                    && matches!(base(fixed_rel(toks, s, rel_fix)), "flat" | "compound") =>
            {
                s = h
            }
            _ => break,
        }
    }
    if !matches!(toks[s].upos.as_str(), "NOUN" | "PROPN")
        || s == 0
        || toks[s - 1].form != ","
        || !dominates(head, p, s)
        || dominates(head, w, s)
    {
        return;
    }
    for h in &mut head[w + 1..n] {
        if *h == Some(p) {
            *h = Some(w);
        }
    }
    head[s] = Some(w);
    rel_fix[s] = Some("nsubj");
    head[s - 1] = Some(p);
    rel_fix[s - 1] = Some("punct");
    head[w] = None;
    rel_fix[w] = Some("root");
    head[p] = Some(w);
    rel_fix[p] = Some("advcl");
}

/// "Reçu mardi à Astana par Noursoultan Nazarbaïev, Nicolas Sarkozy a
/// signé…", with the "par" phrase hung on the main verb: in a past
/// participle clause opening the sentence, the "par"/"by" phrase before
/// its closing comma is the participle's agent (also one hung on a noun
/// of the clause: "Welcomed at the airport by Narendra Modi, …").
fn repair_fronted_agents(
    toks: &[Token],
    head: &mut [Option<usize>],
    rel_fix: &mut [Option<&'static str>],
) {
    let Some(p) = (0..toks.len()).find(|&i| toks[i].upos != "PUNCT") else {
        return;
    };
    let Some(v) = head[p] else { return };
    // (Or a past form with no subject, read as finite: "Received in Riyadh
    // by King Salman, Donald Trump signed…".)
    let subjectless = toks[p].feats.contains("Tense=Past")
        && !(0..toks.len())
            .any(|a| head[a] == Some(p) && base(fixed_rel(toks, a, rel_fix)).starts_with("nsubj"));
    if toks[p].upos != "VERB"
        || !(toks[p].feats.contains("VerbForm=Part") || subjectless)
        || toks[p].feats.contains("Tense=Pres")
        || v <= p
    {
        return;
    }
    let Some(comma) = (p + 1..v).find(|&c| toks[c].form == ",") else {
        return;
    };
    if (0..toks.len()).any(|a| head[a] == Some(p) && fixed_rel(toks, a, rel_fix) == "obl:agent") {
        return;
    }
    let agent = (p + 1..comma).find(|&a| {
        head[a] != Some(p)
            && !dominates(head, a, p)
            && matches!(toks[a].upos.as_str(), "NOUN" | "PROPN" | "PRON")
            && (p + 1..a).any(|k| {
                head[k] == Some(a)
                    && base(fixed_rel(toks, k, rel_fix)) == "case"
                    && matches!(toks[k].lemma.to_lowercase().as_str(), "par" | "by")
            })
    });
    if let Some(a) = agent {
        head[a] = Some(p);
        rel_fix[a] = Some("obl:agent");
    }
}

/// "a lancé plus de 300 drones et missiles contre Israël", with the
/// quantity adverb as the verb's object and the rest of the clause hung
/// on it: the noun counted takes the adverb's place, the adverb modifies
/// it, and the adverb's other dependents go to the verb.
fn repair_quantity_heads(
    toks: &[Token],
    head: &mut [Option<usize>],
    rel_fix: &mut [Option<&'static str>],
) {
    for q in 0..toks.len() {
        let Some(v) = head[q] else { continue };
        let r = fixed_rel(toks, q, rel_fix);
        // (Also read as an oblique, with no preposition of its own, by a
        // verb with no object.)
        let bare_oblique = base(r) == "obl"
            && !(0..toks.len()).any(|k| {
                (head[k] == Some(q) && base(fixed_rel(toks, k, rel_fix)) == "case")
                    || (head[k] == Some(v)
                        && matches!(base(fixed_rel(toks, k, rel_fix)), "obj" | "dobj"))
            });
        let slot: &'static str = match base(r) {
            "obj" => "obj",
            "nsubj" => "nsubj",
            "obl" if bare_oblique => "obj",
            _ => continue,
        };
        if toks[q].upos != "ADV"
            || !matches!(
                toks[q].lemma.to_lowercase().as_str(),
                "plus" | "moins" | "près" | "beaucoup" | "peu" | "trop" | "autant" | "davantage"
            )
            || !is_verbal(&toks[v])
        {
            continue;
        }
        // The noun counted: the first dependent after the adverb that is
        // introduced by "de".
        let Some(n) = (q + 1..toks.len()).find(|&n| {
            head[n] == Some(q)
                && matches!(toks[n].upos.as_str(), "NOUN" | "PROPN")
                && (q + 1..n).any(|k| head[k] == Some(n) && toks[k].lemma == "de")
        }) else {
            continue;
        };
        for h in head.iter_mut().skip(n + 1) {
            if *h == Some(q) {
                *h = Some(v);
            }
        }
        head[n] = Some(v);
        rel_fix[n] = Some(slot);
        head[q] = Some(n);
        rel_fix[q] = Some("advmod");
    }
}

/// "…, une intervention que Washington a aussitôt critiquée, accusant
/// Moscou…", with the participle hung on the main verb: a participle right
/// after a relative clause with a subject of its own, set off by commas
/// from the main clause, is said of that clause's subject.
fn repair_participles_after_relatives(
    toks: &[Token],
    head: &mut [Option<usize>],
    rel_fix: &mut [Option<&'static str>],
) {
    for c in 2..toks.len() {
        let t = &toks[c];
        let present = t.upos == "VERB" && present_participle(t);
        if !present || toks[c - 1].form != "," || base(fixed_rel(toks, c, rel_fix)) != "advcl" {
            continue;
        }
        let Some(v) = head[c].filter(|&v| v < c) else {
            continue;
        };
        let relative = (v + 1..c - 1).rev().find(|&r| {
            fixed_rel(toks, r, rel_fix) == "acl:relcl"
                && is_verbal(&toks[r])
                && head[r].is_some_and(|n| n > v && (v + 1..n).any(|k| toks[k].form == ","))
                && (r..c - 1).all(|w| dominates(head, r, w) || toks[w].upos == "PUNCT")
                && (0..toks.len()).any(|k| {
                    head[k] == Some(r)
                        && base(fixed_rel(toks, k, rel_fix)) == "nsubj"
                        && toks[k].upos != "PRON"
                })
        });
        if let Some(r) = relative {
            head[c] = Some(r);
        }
    }
}

/// "a averti la Grèce que la Turquie pourrait…", "told Kyiv that it
/// would…": a clause introduced by the conjunction "que"/"that" (tagged
/// SCONJ, not the relative pronoun) and with a subject of its own, that
/// the parser hung on the verb's object as a relative clause, is the
/// verb's complement clause.
fn repair_completives(
    toks: &[Token],
    head: &mut [Option<usize>],
    rel_fix: &mut [Option<&'static str>],
) {
    for c in 0..toks.len() {
        let Some(n) = head[c] else { continue };
        let Some(v) = head[n] else { continue };
        if fixed_rel(toks, c, rel_fix) != "acl:relcl"
            || !matches!(toks[v].upos.as_str(), "VERB")
            || !matches!(base(fixed_rel(toks, n, rel_fix)), "obj" | "dobj" | "iobj")
        {
            continue;
        }
        let kid = |rel: &str| {
            (0..toks.len())
                .find(|&k| head[k] == Some(c) && base(fixed_rel(toks, k, rel_fix)) == rel)
        };
        let conjunction = kid("mark").is_some_and(|m| {
            m > n
                && toks[m].upos == "SCONJ"
                && matches!(
                    toks[m].lemma.to_lowercase().as_str(),
                    "que" | "qu'" | "qu’" | "that"
                )
        });
        let own_subject = kid("nsubj").is_some_and(|s| toks[s].upos != "PRON" || s > c);
        // (Not a noun set off by a comma that sums up the clause: "…, une
        // décision que Jakarta a regrettée".)
        let summing = v < n && (v + 1..n).any(|k| toks[k].form == ",");
        if conjunction && own_subject && !summing && kid("obj").is_none_or(|o| o > c) {
            head[c] = Some(v);
            rel_fix[c] = Some("ccomp");
        }
    }
}

/// "Israeli warplanes bombed targets in Gaza", "Brazilian police arrested
/// dozens of supporters", read as a noun phrase with the verb as an
/// adjective of the next noun ("bombed targets"): where the sentence has
/// no verb of its own, a verb tagged VERB that modifies the noun after it
/// and follows a noun is the clause's verb, the noun phrase before it the
/// subject and the noun after it the object.
fn repair_verb_adjectives(
    toks: &[Token],
    head: &mut [Option<usize>],
    rel_fix: &mut [Option<&'static str>],
) {
    let nominal = |i: usize| matches!(toks[i].upos.as_str(), "NOUN" | "PROPN");
    // With its own subject already ("The United States recognised
    // Moroccan sovereignty …, Trump announced", "recognised" an adjective
    // of "sovereignty" but with "States" as its subject): the verb takes
    // the noun's place in the sentence, as a clause, and the noun is its
    // object.
    for v in 1..toks.len() {
        let Some(t) = head[v] else { continue };
        let own_subject =
            (0..v).any(|c| head[c] == Some(v) && base(fixed_rel(toks, c, rel_fix)) == "nsubj");
        if toks[v].upos != "VERB"
            || base(fixed_rel(toks, v, rel_fix)) != "amod"
            || t <= v
            || !nominal(t)
            || !own_subject
        {
            continue;
        }
        let clause = clause_rel(fixed_rel(toks, t, rel_fix));
        head[v] = head[t];
        rel_fix[v] = Some(clause);
        head[t] = Some(v);
        rel_fix[t] = Some("obj");
    }
    for v in 1..toks.len() {
        let Some(t) = head[v] else { continue };
        if toks[v].upos != "VERB"
            || base(fixed_rel(toks, v, rel_fix)) != "amod"
            || t <= v
            || !nominal(t)
            || !nominal(v - 1)
            || toks[v].feats.contains("VerbForm=Ger")
        {
            continue;
        }
        // The noun phrase before the verb, up to its head.
        let mut r = v - 1;
        for _ in 0..8 {
            match head[r] {
                Some(p) if p < v && nominal(p) && base(fixed_rel(toks, r, rel_fix)) != "conj" => {
                    r = p
                }
                _ => break,
            }
        }
        if !matches!(
            base(fixed_rel(toks, r, rel_fix)),
            "root" | "ccomp" | "parataxis"
        ) || !nominal(r)
            || (0..toks.len()).any(|c| {
                head[c] == Some(r) && matches!(base(fixed_rel(toks, c, rel_fix)), "cop" | "nsubj")
            })
        {
            continue;
        }
        // The noun after it hangs under that phrase.
        let mut x = t;
        let mut under = false;
        for _ in 0..8 {
            match head[x] {
                Some(p) if p == r => {
                    under = true;
                    break;
                }
                Some(p) => x = p,
                None => break,
            }
        }
        if !under {
            continue;
        }
        let r_rel = clause_rel(fixed_rel(toks, r, rel_fix));
        head[v] = head[r];
        rel_fix[v] = Some(r_rel);
        head[r] = Some(v);
        rel_fix[r] = Some("nsubj");
        // The object phrase: the branch of the subject phrase that holds
        // the noun after the verb.
        let marked = (0..toks.len()).any(|k| head[k] == Some(x) && base(&toks[k].deprel) == "case");
        head[x] = Some(v);
        rel_fix[x] = Some(if marked { "obl" } else { "obj" });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Tokens from `(form, upos, feats, head, deprel)` rows (heads 1-based,
    /// 0 the root).
    fn tokens(rows: &[(&str, &str, &str, u32, &str)]) -> Vec<Token> {
        rows.iter()
            .map(|&(form, upos, feats, head, deprel)| Token {
                form: form.to_string(),
                lemma: form.to_lowercase(),
                upos: upos.to_string(),
                feats: feats.to_string(),
                head,
                deprel: deprel.to_string(),
                ..Token::default()
            })
            .collect()
    }

    /// The tokens' heads as the repairs take them (0-based, `None` the
    /// root).
    fn heads(toks: &[Token]) -> Vec<Option<usize>> {
        toks.iter()
            .map(|t| (t.head > 0).then(|| t.head as usize - 1))
            .collect()
    }

    #[test]
    fn a_verb_joined_to_a_noun_of_the_first_clause_joins_its_verb() {
        // "Kinshasa a suspendu les vols vers son territoire et convoqué
        // l'ambassadeur", parsed with "convoqué" joined to "territoire".
        let toks = tokens(&[
            ("Kinshasa", "PROPN", "_", 3, "nsubj"),
            ("a", "AUX", "_", 3, "aux:tense"),
            ("suspendu", "VERB", "Tense=Past|VerbForm=Part", 0, "root"),
            ("les", "DET", "_", 5, "det"),
            ("vols", "NOUN", "Number=Plur", 3, "obj"),
            ("vers", "ADP", "_", 8, "case"),
            ("son", "DET", "_", 8, "det"),
            ("territoire", "NOUN", "Number=Sing", 5, "nmod"),
            ("et", "CCONJ", "_", 10, "cc"),
            ("convoqué", "VERB", "Tense=Past|VerbForm=Part", 8, "conj"),
            ("l'", "DET", "_", 12, "det"),
            ("ambassadeur", "NOUN", "Number=Sing", 10, "obj"),
        ]);
        let mut toks = toks;
        toks[1].lemma = "avoir".into();
        let mut head = heads(&toks);
        let mut rel_fix = vec![None; toks.len()];
        repair_conjuncts_on_objects(&toks, &mut head, &mut rel_fix);
        assert_eq!(head[9], Some(2), "'convoqué' is joined to 'suspendu'");
        // A present participle is not joined to a perfect tense.
        let mut toks2 = toks.clone();
        toks2[9].feats = "Tense=Pres|VerbForm=Part".into();
        let mut head2 = heads(&toks2);
        repair_conjuncts_on_objects(&toks2, &mut head2, &mut rel_fix);
        assert_eq!(head2[9], Some(7), "'convoquant' stays where it was");
        // Nor is a participle with no object of its own.
        let mut head3 = heads(&toks[..10]);
        repair_conjuncts_on_objects(&toks[..10], &mut head3, &mut rel_fix);
        assert_eq!(head3[9], Some(7));
    }

    #[test]
    fn a_relative_after_a_comma_describes_the_noun_before_it() {
        // "…, a indiqué la marine, qui a dénoncé une manœuvre", parsed with
        // the relative clause set beside "indiqué".
        let toks = tokens(&[
            ("a", "AUX", "_", 2, "aux:tense"),
            ("indiqué", "VERB", "Tense=Past|VerbForm=Part", 0, "root"),
            ("la", "DET", "_", 4, "det"),
            ("marine", "NOUN", "Number=Sing", 2, "obj"),
            (",", "PUNCT", "_", 8, "punct"),
            ("qui", "PRON", "PronType=Rel", 8, "nsubj"),
            ("a", "AUX", "_", 8, "aux:tense"),
            (
                "dénoncé",
                "VERB",
                "Tense=Past|VerbForm=Part",
                2,
                "parataxis",
            ),
            ("une", "DET", "_", 10, "det"),
            ("manœuvre", "NOUN", "Number=Sing", 8, "obj"),
        ]);
        let mut head = heads(&toks);
        let mut rel_fix = vec![None; toks.len()];
        repair_relatives_on_verbs(&toks, &mut head, &mut rel_fix);
        assert_eq!((head[7], rel_fix[7]), (Some(3), Some("acl:relcl")));
        // Without the comma it is left alone.
        let mut toks2 = toks.clone();
        toks2[4].form = "-".into();
        let mut head2 = heads(&toks2);
        let mut rel_fix2 = vec![None; toks2.len()];
        repair_relatives_on_verbs(&toks2, &mut head2, &mut rel_fix2);
        assert_eq!(head2[7], Some(1));
    }

    #[test]
    fn a_verb_swallowed_by_names_becomes_the_root() {
        // "Lula da Silva met Tony Blair", parsed with "Lula" the root,
        // "met" a compound of "Blair" and "Blair" a conjunct of "Lula".
        let toks = tokens(&[
            ("Lula", "PROPN", "Number=Sing", 0, "root"),
            ("da", "DET", "_", 6, "det"),
            ("Silva", "PROPN", "Number=Sing", 4, "compound"),
            ("met", "VERB", "VerbForm=Inf", 6, "compound"),
            ("Tony", "PROPN", "Number=Sing", 6, "compound"),
            ("Blair", "PROPN", "Number=Sing", 1, "conj"),
        ]);
        let mut head = heads(&toks);
        let mut rel_fix = vec![None; toks.len()];
        repair_swallowed_verbs(&toks, &mut head, &mut rel_fix);
        assert_eq!((head[3], rel_fix[3]), (None, Some("root")));
        assert_eq!((head[0], rel_fix[0]), (Some(3), Some("nsubj")));
        assert_eq!((head[5], rel_fix[5]), (Some(3), Some("obj")));
        assert_eq!(head[2], Some(0), "'Silva' is part of the subject's name");
        assert_eq!(head[1], Some(0), "'da' too");
        // With a verb root, nothing changes.
        let mut toks2 = toks.clone();
        toks2[0].upos = "VERB".into();
        let mut head2 = heads(&toks2);
        let mut rel_fix2 = vec![None; toks2.len()];
        repair_swallowed_verbs(&toks2, &mut head2, &mut rel_fix2);
        assert_eq!(head2, heads(&toks2));
    }

    #[test]
    fn a_bare_after_clause_gets_its_subject_back() {
        // "China suspended contacts after a Japanese court extended the
        // detention", parsed with "court" as an oblique of "suspended"
        // ("after" its case) and "extended" with no subject.
        let toks = tokens(&[
            ("China", "PROPN", "Number=Sing", 2, "nsubj"),
            ("suspended", "VERB", "Tense=Past|VerbForm=Fin", 0, "root"),
            ("contacts", "NOUN", "Number=Plur", 2, "obj"),
            ("after", "ADP", "_", 7, "case"),
            ("a", "DET", "_", 7, "det"),
            ("Japanese", "ADJ", "_", 7, "amod"),
            ("court", "NOUN", "Number=Sing", 2, "obl"),
            ("extended", "VERB", "Tense=Past|VerbForm=Fin", 2, "advcl"),
            ("the", "DET", "_", 10, "det"),
            ("detention", "NOUN", "Number=Sing", 8, "obj"),
        ]);
        let mut head = heads(&toks);
        let mut rel_fix = vec![None; toks.len()];
        repair_time_after_clauses(&toks, &mut head, &mut rel_fix);
        assert_eq!((head[6], rel_fix[6]), (Some(7), Some("nsubj")));
        assert_eq!((head[3], rel_fix[3]), (Some(7), Some("mark")));
        assert_eq!((head[7], rel_fix[7]), (Some(1), Some("advcl")));
        // With a verb after a comma hung on the clause ("…since the war
        // began, threatened…"), it is left alone.
        let mut toks2 = toks.clone();
        toks2.push(Token {
            form: ",".into(),
            upos: "PUNCT".into(),
            head: 12,
            deprel: "punct".into(),
            ..Token::default()
        });
        toks2.push(Token {
            form: "threatened".into(),
            lemma: "threaten".into(),
            upos: "VERB".into(),
            feats: "Tense=Past|VerbForm=Fin".into(),
            head: 8,
            deprel: "xcomp".into(),
            ..Token::default()
        });
        let mut head2 = heads(&toks2);
        let mut rel_fix2 = vec![None; toks2.len()];
        repair_time_after_clauses(&toks2, &mut head2, &mut rel_fix2);
        assert_eq!(head2[6], Some(1), "'court' stays where it was");
    }

    #[test]
    fn a_verb_with_two_subjects_gives_the_first_its_own_clause() {
        // "A jet shot down a balloon, and Beijing voiced anger.", parsed
        // with "shot" as a participle on "jet" and two subjects on "voiced".
        let toks = tokens(&[
            ("A", "DET", "_", 2, "det"),
            ("jet", "NOUN", "Number=Sing", 10, "nsubj"),
            ("shot", "VERB", "Tense=Past|VerbForm=Part", 2, "acl"),
            ("down", "ADP", "_", 3, "compound:prt"),
            ("a", "DET", "_", 6, "det"),
            ("balloon", "NOUN", "Number=Sing", 3, "obl"),
            (",", "PUNCT", "_", 10, "punct"),
            ("and", "CCONJ", "_", 10, "cc"),
            ("Beijing", "PROPN", "Number=Sing", 10, "nsubj"),
            ("voiced", "VERB", "Tense=Past|VerbForm=Fin", 0, "root"),
            ("anger", "NOUN", "Number=Sing", 10, "obj"),
        ]);
        let mut head = heads(&toks);
        let mut rel_fix = vec![None; toks.len()];
        repair_double_subjects(&toks, &mut head, &mut rel_fix);
        assert_eq!(head[2], None, "'shot' is the root");
        assert_eq!(rel_fix[2], Some("root"));
        assert_eq!((head[1], rel_fix[1]), (Some(2), Some("nsubj")));
        assert_eq!((head[9], rel_fix[9]), (Some(2), Some("conj")));
        assert_eq!(rel_fix[5], Some("obj"), "the bare 'oblique' is the object");
        assert_eq!(head[8], Some(9), "'Beijing' stays the subject of 'voiced'");
        // A verb with one subject is left alone.
        let mut head2 = heads(&toks);
        head2[8] = Some(10);
        let mut rel_fix2 = vec![None; toks.len()];
        repair_double_subjects(&toks, &mut head2, &mut rel_fix2);
        assert_eq!(head2[2], Some(1));
    }

    #[test]
    fn a_comma_participle_on_the_gerund_of_an_accusation_goes_to_the_verb() {
        // "Rousseff accused States on Tuesday of breaching law, using
        // speech", with the gerund on "Tuesday" and "using" on the gerund.
        let toks = tokens(&[
            ("Rousseff", "PROPN", "Number=Sing", 2, "nsubj"),
            ("accused", "VERB", "Tense=Past|VerbForm=Fin", 0, "root"),
            ("States", "PROPN", "Number=Plur", 2, "obj"),
            ("on", "ADP", "_", 5, "case"),
            ("Tuesday", "PROPN", "Number=Sing", 2, "obl"),
            ("of", "SCONJ", "_", 7, "mark"),
            ("breaching", "VERB", "VerbForm=Ger", 5, "acl"),
            ("law", "NOUN", "Number=Sing", 7, "obj"),
            (",", "PUNCT", "_", 10, "punct"),
            ("using", "VERB", "VerbForm=Ger", 7, "advcl"),
            ("speech", "NOUN", "Number=Sing", 10, "obj"),
        ]);
        let mut head = heads(&toks);
        let mut rel_fix = vec![None; toks.len()];
        repair_comma_participles(&toks, &mut head, &mut rel_fix);
        assert_eq!((head[9], rel_fix[9]), (Some(1), Some("advcl")));
    }

    #[test]
    fn avoir_is_no_passive_auxiliary() {
        // "l'armée eut lancé des frappes", read as a passive.
        let mut toks = tokens(&[
            ("l'", "DET", "_", 2, "det"),
            ("armée", "NOUN", "Gender=Fem|Number=Sing", 4, "nsubj:pass"),
            ("eut", "AUX", "Tense=Past|VerbForm=Fin", 4, "aux:pass"),
            ("lancé", "VERB", "Tense=Past|VerbForm=Part", 0, "root"),
            ("de", "ADP", "_", 7, "case"),
            ("les", "DET", "_", 7, "det"),
            ("frappes", "NOUN", "Gender=Fem|Number=Plur", 4, "obl:arg"),
        ]);
        toks[2].lemma = "avoir".to_string();
        toks[5].lemma = "le".to_string();
        let mut head = heads(&toks);
        let mut rel_fix = vec![None; toks.len()];
        repair_avoir_passives(&toks, &mut head, &mut rel_fix);
        assert_eq!(rel_fix[2], Some("aux:tense"));
        assert_eq!(rel_fix[1], Some("nsubj"));
        assert_eq!(rel_fix[6], Some("obj"));
        // "être" stays a passive auxiliary.
        toks[2].lemma = "être".to_string();
        let mut rel_fix = vec![None; toks.len()];
        repair_avoir_passives(&toks, &mut head, &mut rel_fix);
        assert!(rel_fix.iter().all(Option::is_none));
    }

    #[test]
    fn the_noun_after_a_day_after_is_the_subject_of_the_next_verb() {
        // "Poland closed it on Sunday, a day after authorities arrested
        // Protasevich", with "authorities" on "day" and "arrested" on
        // "closed" without a subject.
        let toks = tokens(&[
            ("Poland", "PROPN", "Number=Sing", 2, "nsubj"),
            ("closed", "VERB", "Tense=Past|VerbForm=Fin", 0, "root"),
            ("it", "PRON", "_", 2, "obj"),
            ("on", "ADP", "_", 5, "case"),
            ("Sunday", "PROPN", "Number=Sing", 2, "obl"),
            (",", "PUNCT", "_", 8, "punct"),
            ("a", "DET", "_", 8, "det"),
            ("day", "NOUN", "Number=Sing", 5, "appos"),
            ("after", "SCONJ", "_", 10, "case"),
            ("authorities", "NOUN", "Number=Plur", 8, "nmod"),
            ("arrested", "VERB", "Tense=Past|VerbForm=Fin", 2, "advcl"),
            ("Protasevich", "PROPN", "Number=Sing", 11, "obj"),
        ]);
        let mut head = heads(&toks);
        let mut rel_fix = vec![None; toks.len()];
        repair_time_after_clauses(&toks, &mut head, &mut rel_fix);
        assert_eq!((head[9], rel_fix[9]), (Some(10), Some("nsubj")));
        assert_eq!((head[8], rel_fix[8]), (Some(10), Some("mark")));
        assert_eq!((head[10], rel_fix[10]), (Some(1), Some("advcl")));
        assert_eq!(head[7], Some(10));
    }
}

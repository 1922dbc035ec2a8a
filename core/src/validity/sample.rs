//! Simulated candidates: random answerers, and candidates with a known true profile (a role's,
//! halfway between two roles', or a blend of two) who answer the real questions with noise.
//!
//! Every population draws from its own seeded stream, one candidate after another, so the
//! first `n` candidates of a population are the same whatever its size: a small run is a
//! prefix of the full one, which is what lets the progressive run end on the full figures.

use crate::answers::{Answer, Answers, Likert, Picks};
use crate::ids::ChoiceId;
use crate::model::{Content, QuestionKind, Role};

/// splitmix64: small, fast, and enough for simulation.
#[derive(Clone, Debug)]
pub struct Rng(pub u64);

impl Rng {
    /// The stream of one population: the seed mixed with the population's tag and a part
    /// (a role's index, a pair's number).
    pub fn stream(seed: u64, tag: &str, part: usize) -> Rng {
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325 ^ seed;
        for byte in tag.bytes().chain((part as u64).to_le_bytes()) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
        Rng(hash)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// Standard normal, Box–Muller.
    pub fn normal(&mut self) -> f64 {
        let u = self.unit().max(1e-12);
        let v = self.unit();
        (-2.0 * u.ln()).sqrt() * (core::f64::consts::TAU * v).cos()
    }

    /// Gumbel noise, for choosing among options like a logit model.
    pub fn gumbel(&mut self) -> f64 {
        -(-(self.unit().max(1e-12)).ln()).ln()
    }
}

/// Answers uniformly at random.
pub fn random_answers(content: &Content, rng: &mut Rng) -> Answers {
    let mut answers = Answers::new();
    for q in content.questions() {
        let answer = match q.kind() {
            QuestionKind::Rating { .. } => Answer::Rating(likert(1 + rng.below(5) as u8)),
            QuestionKind::Choice { options } => {
                Answer::Choice(options[rng.below(options.len())].id().clone())
            }
            QuestionKind::Pick { count, options } => {
                let mut pool: Vec<&ChoiceId> = options.iter().map(|o| o.id()).collect();
                let mut picked = Picks::new();
                for _ in 0..*count {
                    picked.insert(pool.swap_remove(rng.below(pool.len())).clone());
                }
                Answer::Pick(picked)
            }
        };
        answers.insert(q.id().clone(), answer);
    }
    answers
}

/// A point of the 5-point scale, clamped into it.
pub(crate) fn likert(point: u8) -> Likert {
    Likert::new(point.clamp(1, 5)).unwrap_or(Likert::MIN)
}

/// How well a weighted item fits a profile: the weighted mean level on its dimensions.
fn fit(weights: &[i64], profile: &[f64]) -> f64 {
    let total: f64 = weights.iter().map(|w| w.abs() as f64).sum();
    if total == 0.0 {
        return 0.0;
    }
    weights
        .iter()
        .zip(profile)
        .map(|(w, p)| *w as f64 * (p - 0.5))
        .sum::<f64>()
        / total
}

/// Answers the real items as a candidate with `profile` would, with answer noise: half a
/// point on the scale, a logit choice among options.
pub fn answers_of(content: &Content, profile: &[f64], rng: &mut Rng) -> Answers {
    let mut answers = Answers::new();
    for q in content.questions() {
        let mut ranked: Vec<(f64, &ChoiceId)> = q
            .options()
            .iter()
            .map(|o| {
                (
                    fit(o.weights().as_slice(), profile) / 0.1 + rng.gumbel(),
                    o.id(),
                )
            })
            .collect();
        ranked.sort_by(|a, b| b.0.total_cmp(&a.0));
        let answer = match q.kind() {
            QuestionKind::Rating { weights } => {
                // fit is -0.5..0.5; the scale is 1..5 around 3; plus half a point of noise.
                let point = 3.0 + 4.0 * fit(weights.as_slice(), profile) + 0.5 * rng.normal();
                Answer::Rating(likert(point.round().clamp(1.0, 5.0) as u8))
            }
            QuestionKind::Choice { .. } => Answer::Choice(ranked[0].1.clone()),
            QuestionKind::Pick { count, .. } => Answer::Pick(
                ranked
                    .iter()
                    .take(*count)
                    .map(|(_, id)| (*id).clone())
                    .collect(),
            ),
        };
        answers.insert(q.id().clone(), answer);
    }
    answers
}

/// A true 0–1 profile: `share` of role `a`'s profile and the rest of `b`'s, plus noise.
fn mixed(content: &Content, a: Role, b: Role, share: f64, noise: f64, rng: &mut Rng) -> Vec<f64> {
    content
        .role(a)
        .profile()
        .iter()
        .zip(content.role(b).profile())
        .map(|(x, y)| (share * x + (1.0 - share) * y + noise * rng.normal()).clamp(0.0, 1.0))
        .collect()
}

/// `per_role` candidates of each role whose true profile is the role's plus `noise`.
pub fn simulated(
    content: &Content,
    seed: u64,
    noise: f64,
    per_role: usize,
) -> Vec<(Role, Answers)> {
    let mut out = Vec::with_capacity(per_role * content.roles().len());
    for role in content.all_roles() {
        let mut rng = Rng::stream(seed, &noise_tag("role", noise), role.index());
        for _ in 0..per_role {
            let profile = mixed(content, role, role, 1.0, noise, &mut rng);
            out.push((role, answers_of(content, &profile, &mut rng)));
        }
    }
    out
}

fn noise_tag(what: &str, noise: f64) -> String {
    let mut tag = String::from(what);
    tag.push_str(&((noise * 1000.0).round() as u64).to_string());
    tag
}

/// Every pair of the content's roles, in document order: (0, 1), (0, 2), …, (1, 2), …
pub fn pairs(content: &Content) -> Vec<(Role, Role)> {
    let roles: Vec<Role> = content.all_roles().collect();
    let mut out = Vec::new();
    for (i, &a) in roles.iter().enumerate() {
        for &b in &roles[i + 1..] {
            out.push((a, b));
        }
    }
    out
}

/// Generalists: a true profile halfway between two roles' (every pair), plus noise. Small
/// teams hire such people, and their results are the ones most likely to turn on a few
/// answers.
pub fn generalists(content: &Content, seed: u64, noise: f64, per_pair: usize) -> Vec<Answers> {
    let mut out = Vec::new();
    for (i, (a, b)) in pairs(content).into_iter().enumerate() {
        let mut rng = Rng::stream(seed, &noise_tag("generalist", noise), i);
        for _ in 0..per_pair {
            let profile = mixed(content, a, b, 0.5, noise, &mut rng);
            out.push(answers_of(content, &profile, &mut rng));
        }
    }
    out
}

/// Blends: a true profile between two roles' at a random point from a fifth to four fifths
/// of the way (every pair), plus noise.
pub fn blends(content: &Content, seed: u64, noise: f64, per_pair: usize) -> Vec<Answers> {
    let mut out = Vec::new();
    for (i, (a, b)) in pairs(content).into_iter().enumerate() {
        let mut rng = Rng::stream(seed, &noise_tag("blend", noise), i);
        for _ in 0..per_pair {
            let share = 0.2 + 0.6 * rng.unit();
            let profile = mixed(content, a, b, share, noise, &mut rng);
            out.push(answers_of(content, &profile, &mut rng));
        }
    }
    out
}

/// `n` random answerers.
pub fn random_population(content: &Content, seed: u64, n: usize) -> Vec<Answers> {
    let mut rng = Rng::stream(seed, "random", 0);
    (0..n).map(|_| random_answers(content, &mut rng)).collect()
}

/// The questions a candidate who would give `answers` is asked in the quick quiz: the
/// quick order, one answer at a time, until the answers so far are settled.
pub fn quick_answers(content: &Content, answers: &Answers) -> Answers {
    let mut asked = Answers::new();
    for &index in content.quick_order() {
        let question = &content.questions()[index];
        if let Some(answer) = answers.get(question.id()) {
            asked.insert(question.id().clone(), answer.clone());
        }
        if crate::quick::settled(content, &asked, crate::quick::Rule::Stop) {
            break;
        }
    }
    asked
}

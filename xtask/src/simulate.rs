//! Simulated candidates for `cargo xtask validate`: random answerers, and candidates with a
//! known true profile who answer the real questions with noise.

use rolefit_core::{Answer, Answers, ChoiceId, Content, Likert, Picks, QuestionKind, Role};
/// splitmix64: small, fast, and enough for simulation.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    pub fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
    /// Standard normal, Box–Muller.
    pub fn normal(&mut self) -> f64 {
        let u = self.unit().max(1e-12);
        let v = self.unit();
        (-2.0 * u.ln()).sqrt() * (std::f64::consts::TAU * v).cos()
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
            QuestionKind::Rating { .. } => {
                Answer::Rating(Likert::new(1 + rng.below(5) as u8).unwrap())
            }
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

/// A candidate's true 0–1 level on each dimension: a role's profile plus noise.
pub fn true_profile(content: &Content, role: Role, noise: f64, rng: &mut Rng) -> Vec<f64> {
    content
        .role(role)
        .profile()
        .iter()
        .map(|p| (p + noise * rng.normal()).clamp(0.0, 1.0))
        .collect()
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

/// Answers the real items as a candidate with `profile` would, with answer noise.
pub fn answers_of(content: &Content, profile: &[f64], rng: &mut Rng) -> Answers {
    let mut answers = Answers::new();
    for q in content.questions() {
        let answer = match q.kind() {
            QuestionKind::Rating { weights } => {
                // fit is -0.5..0.5; the scale is 1..5 around 3; plus half a point of noise.
                let point = 3.0 + 4.0 * fit(weights.as_slice(), profile) + 0.5 * rng.normal();
                Answer::Rating(Likert::new(point.round().clamp(1.0, 5.0) as u8).unwrap())
            }
            QuestionKind::Choice { options } => {
                let best = options
                    .iter()
                    .map(|o| {
                        (
                            fit(o.weights().as_slice(), profile) / 0.1 + rng.gumbel(),
                            o.id(),
                        )
                    })
                    .max_by(|a, b| a.0.total_cmp(&b.0))
                    .unwrap();
                Answer::Choice(best.1.clone())
            }
            QuestionKind::Pick { count, options } => {
                let mut ranked: Vec<(f64, &ChoiceId)> = options
                    .iter()
                    .map(|o| {
                        (
                            fit(o.weights().as_slice(), profile) / 0.1 + rng.gumbel(),
                            o.id(),
                        )
                    })
                    .collect();
                ranked.sort_by(|a, b| b.0.total_cmp(&a.0));
                Answer::Pick(
                    ranked
                        .iter()
                        .take(*count)
                        .map(|(_, id)| (*id).clone())
                        .collect(),
                )
            }
        };
        answers.insert(q.id().clone(), answer);
    }
    answers
}

/// Simulated candidates whose true role is known, for recovery and the other checks.
pub fn simulated(
    content: &Content,
    noise: f64,
    per_role: usize,
    rng: &mut Rng,
) -> Vec<(Role, Answers)> {
    let mut out = Vec::new();
    for role in content.all_roles() {
        for _ in 0..per_role {
            let profile = true_profile(content, role, noise, rng);
            out.push((role, answers_of(content, &profile, rng)));
        }
    }
    out
}

/// Generalists: candidates whose true profile sits halfway between two roles' profiles (every
/// pair, in document order), plus
/// noise, answering the real questions. Small teams hire such people (one person who runs the
/// accounts, writes the posts and looks after the community), and their results are the ones
/// most likely to turn on a few answers.
pub fn generalists(content: &Content, noise: f64, per_pair: usize, rng: &mut Rng) -> Vec<Answers> {
    let roles: Vec<Role> = content.all_roles().collect();
    let mut pairs = Vec::new();
    for (i, &a) in roles.iter().enumerate() {
        for &b in &roles[i + 1..] {
            pairs.push((a, b));
        }
    }
    let mut out = Vec::new();
    for (a, b) in pairs {
        for _ in 0..per_pair {
            let profile: Vec<f64> = content
                .role(a)
                .profile()
                .iter()
                .zip(content.role(b).profile())
                .map(|(x, y)| ((x + y) / 2.0 + noise * rng.normal()).clamp(0.0, 1.0))
                .collect();
            out.push(answers_of(content, &profile, rng));
        }
    }
    out
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
        if rolefit_core::quick::settled(content, &asked, rolefit_core::quick::Rule::Stop) {
            break;
        }
    }
    asked
}

//! What the candidate answered: choice ids and scale points only. Everything else
//! (progress, scores, ranking) is derived from these.

use super::model::{ChoiceId, Question, QuestionId, QuestionKind};

/// A point on the 5-point agreement scale, 1 (strongly disagree) to 5 (strongly agree).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Likert(u8);

impl Likert {
    pub const MIN: Likert = Likert(1);
    pub const NEUTRAL: Likert = Likert(3);
    pub const MAX: Likert = Likert(5);

    pub fn new(point: u8) -> Option<Likert> {
        (1..=5).contains(&point).then_some(Likert(point))
    }

    pub fn get(self) -> u8 {
        self.0
    }

    /// Distance from the neutral middle, -2 to 2.
    pub fn offset(self) -> i64 {
        i64::from(self.0) - 3
    }

    pub fn all() -> impl Iterator<Item = Likert> {
        (1..=5).map(Likert)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Answer {
    Rating(Likert),
    Choice(ChoiceId),
    Pick(Picks),
}

impl Answer {
    /// Whether this answer fully answers `question`: the right kind, known options,
    /// and for a pick exactly the number asked for.
    pub fn completes(&self, question: &Question) -> bool {
        match (&question.kind, self) {
            (QuestionKind::Rating { .. }, Answer::Rating(_)) => true,
            (QuestionKind::Choice { .. }, Answer::Choice(id)) => question.option(id).is_some(),
            (QuestionKind::Pick { count, .. }, Answer::Pick(ids)) => {
                ids.len() == *count && ids.iter().all(|id| question.option(id).is_some())
            }
            _ => false,
        }
    }
}

/// The candidate's answers, by question id. Kept in id order, so nothing that is
/// computed from them can depend on the order they were given in.
pub type Answers = SortedMap<QuestionId, Answer>;

/// The options of a pick, in id order.
pub type Picks = SortedSet<ChoiceId>;

/// A map kept as a vector sorted by key. The quiz holds a couple of dozen answers, where a
/// vector is as quick as a tree and much less code to download.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct SortedMap<K, V>(Vec<(K, V)>);

impl<K: Ord, V> SortedMap<K, V> {
    pub fn new() -> Self {
        SortedMap(Vec::new())
    }

    fn find(&self, key: &K) -> Result<usize, usize> {
        self.0.binary_search_by(|(k, _)| k.cmp(key))
    }

    pub fn get(&self, key: &K) -> Option<&V> {
        self.find(key).ok().map(|i| &self.0[i].1)
    }

    pub fn contains_key(&self, key: &K) -> bool {
        self.find(key).is_ok()
    }

    /// Sets the value for `key`, returning the one it replaces.
    pub fn insert(&mut self, key: K, value: V) -> Option<V> {
        match self.find(&key) {
            Ok(i) => Some(std::mem::replace(&mut self.0[i].1, value)),
            Err(i) => {
                self.0.insert(i, (key, value));
                None
            }
        }
    }

    pub fn remove(&mut self, key: &K) -> Option<V> {
        self.find(key).ok().map(|i| self.0.remove(i).1)
    }

    pub fn retain(&mut self, mut keep: impl FnMut(&K, &V) -> bool) {
        self.0.retain(|(k, v)| keep(k, v));
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Entries in key order.
    pub fn iter(&self) -> impl Iterator<Item = (&K, &V)> {
        self.0.iter().map(|(k, v)| (k, v))
    }

    pub fn keys(&self) -> impl Iterator<Item = &K> {
        self.0.iter().map(|(k, _)| k)
    }
}

impl<K: Ord, V> Default for SortedMap<K, V> {
    fn default() -> Self {
        SortedMap::new()
    }
}

impl<K: Ord, V> std::ops::Index<&K> for SortedMap<K, V> {
    type Output = V;

    fn index(&self, key: &K) -> &V {
        self.get(key).expect("no entry for this key")
    }
}

impl<K: Ord, V> FromIterator<(K, V)> for SortedMap<K, V> {
    fn from_iter<I: IntoIterator<Item = (K, V)>>(items: I) -> Self {
        let mut map = SortedMap::new();
        for (k, v) in items {
            map.insert(k, v);
        }
        map
    }
}

/// A set kept as a sorted vector, for the same reason as [`SortedMap`].
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct SortedSet<T>(Vec<T>);

impl<T: Ord> SortedSet<T> {
    pub fn new() -> Self {
        SortedSet(Vec::new())
    }

    pub fn contains(&self, item: &T) -> bool {
        self.0.binary_search(item).is_ok()
    }

    /// Adds `item`; false if it was already there.
    pub fn insert(&mut self, item: T) -> bool {
        match self.0.binary_search(&item) {
            Ok(_) => false,
            Err(i) => {
                self.0.insert(i, item);
                true
            }
        }
    }

    /// Removes `item`; false if it was not there.
    pub fn remove(&mut self, item: &T) -> bool {
        match self.0.binary_search(item) {
            Ok(i) => {
                self.0.remove(i);
                true
            }
            Err(_) => false,
        }
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Items in order.
    pub fn iter(&self) -> std::slice::Iter<'_, T> {
        self.0.iter()
    }
}

impl<T: Ord> Default for SortedSet<T> {
    fn default() -> Self {
        SortedSet::new()
    }
}

impl<T: Ord> FromIterator<T> for SortedSet<T> {
    fn from_iter<I: IntoIterator<Item = T>>(items: I) -> Self {
        let mut set = SortedSet::new();
        for item in items {
            set.insert(item);
        }
        set
    }
}

impl<'a, T> IntoIterator for &'a SortedSet<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

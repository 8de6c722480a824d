//! The hash table behind `dict` and `set`: CPython's compact layout.
//!
//! Entries live in insertion order in a dense vector (deleted ones become holes); a separate
//! power-of-two index array maps probe slots to entry numbers. Probing follows CPython's
//! perturbed scheme. Key comparison can run Python code (`__eq__`), which may mutate the
//! table, so lookups take the comparison as a callback and callers re-validate. See
//! docs/design/object-model.md.

use crate::value::Value;

const EMPTY: i32 = -1;
const DUMMY: i32 = -2;

/// One entry: cached hash, key, value (NULL for sets).
pub struct Entry {
    /// The key's hash.
    pub hash: i64,
    /// The key.
    pub key: Value,
    /// The value (NULL in sets).
    pub value: Value,
}

/// The compact table.
#[derive(Default)]
pub struct Table {
    indices: Vec<i32>,
    /// Entries in insertion order; `None` marks a deleted entry.
    pub entries: Vec<Option<Entry>>,
    len: usize,
    /// Bumped on every structural change (to detect mutation during iteration or lookup).
    pub version: u64,
}

/// Result of probing for a key.
pub enum Probe {
    /// Found at this entry index.
    Found(usize),
    /// Not present.
    Missing,
}

impl Table {
    /// An empty table.
    pub fn new() -> Table {
        Table::default()
    }

    /// Number of live entries.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether there are no entries.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    fn mask(&self) -> usize {
        self.indices.len().wrapping_sub(1)
    }

    /// Candidate entry indexes for `hash`, in probe order, ending at the first empty slot.
    /// The callback decides whether a candidate with an equal hash is the key.
    pub fn probe(&self, hash: i64, mut is_key: impl FnMut(&Entry) -> bool) -> Probe {
        if self.indices.is_empty() {
            return Probe::Missing;
        }
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let ix = self.indices[i];
            if ix == EMPTY {
                return Probe::Missing;
            }
            if ix >= 0 {
                if let Some(Some(e)) = self.entries.get(ix as usize) {
                    if e.hash == hash && is_key(e) {
                        return Probe::Found(ix as usize);
                    }
                }
            }
            perturb >>= 5;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
    }

    /// Entry indexes with this hash (for callers whose equality test must run Python code
    /// outside any borrow of the table).
    pub fn candidates(&self, hash: i64) -> Vec<usize> {
        let mut out = Vec::new();
        if self.indices.is_empty() {
            return out;
        }
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let ix = self.indices[i];
            if ix == EMPTY {
                return out;
            }
            if ix >= 0 {
                if let Some(Some(e)) = self.entries.get(ix as usize) {
                    if e.hash == hash {
                        out.push(ix as usize);
                    }
                }
            }
            perturb >>= 5;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
    }

    fn insert_index(&mut self, hash: i64, entry_ix: usize) {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            if self.indices[i] < 0 {
                self.indices[i] = entry_ix as i32;
                return;
            }
            perturb >>= 5;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
    }

    fn rebuild(&mut self, min_len: usize) {
        let mut size = 8;
        while size * 2 < min_len * 3 {
            size *= 2;
        }
        self.entries.retain(Option::is_some);
        self.indices = vec![EMPTY; size];
        for ix in 0..self.entries.len() {
            if let Some(e) = &self.entries[ix] {
                let h = e.hash;
                self.insert_index(h, ix);
            }
        }
    }

    /// Appends a new entry (the key must not be present). Returns nothing to drop.
    pub fn push(&mut self, hash: i64, key: Value, value: Value) {
        if (self.entries.len() + 1) * 3 >= self.indices.len() * 2 {
            self.rebuild(self.len * 2 + 1);
        }
        let ix = self.entries.len();
        self.entries.push(Some(Entry { hash, key, value }));
        self.insert_index(hash, ix);
        self.len += 1;
        self.version += 1;
    }

    /// Removes entry `ix`, returning it (drop it outside any borrow).
    pub fn remove_at(&mut self, ix: usize) -> Option<Entry> {
        let e = self.entries.get_mut(ix)?.take()?;
        let mask = self.mask();
        let mut perturb = e.hash as u64;
        let mut i = (e.hash as u64 as usize) & mask;
        loop {
            if self.indices[i] == ix as i32 {
                self.indices[i] = DUMMY;
                break;
            }
            if self.indices[i] == EMPTY {
                break;
            }
            perturb >>= 5;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
        self.len -= 1;
        self.version += 1;
        if self.len == 0 {
            self.entries.clear();
            self.indices.iter_mut().for_each(|x| *x = EMPTY);
        }
        Some(e)
    }

    /// Removes everything, returning the entries (drop them outside any borrow).
    pub fn take_all(&mut self) -> Vec<Option<Entry>> {
        self.indices.clear();
        self.len = 0;
        self.version += 1;
        std::mem::take(&mut self.entries)
    }

    /// Live entries in order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().flatten()
    }

    /// The `n`th slot of the entry vector (for iterators that walk positions).
    pub fn entry_at(&self, pos: usize) -> Option<&Entry> {
        self.entries.get(pos).and_then(Option::as_ref)
    }

    /// Size of the entry vector (positions, including holes).
    pub fn positions(&self) -> usize {
        self.entries.len()
    }

    /// A copy with cloned keys and values.
    pub fn clone_table(&self) -> Table {
        let mut t = Table::new();
        for e in self.iter() {
            t.push(e.hash, e.key.clone(), e.value.clone());
        }
        t
    }
}

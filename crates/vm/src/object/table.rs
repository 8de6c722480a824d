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
    /// Changes when the slot storage is replaced (resize, rebuild, clear): CPython restarts
    /// a lookup whose `__eq__` mutated the table only then, or when the compared entry
    /// itself changed (a mutation elsewhere does not restart it).
    pub layout: u64,
    /// Set layout (see `Table::new_set`): `entries` is the slot array itself.
    set_mode: bool,
    /// Set layout: active plus dummy slots.
    fill: usize,
    /// Set layout: where `pop_first` starts looking.
    finger: usize,
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
    #[allow(dead_code)]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    fn mask(&self) -> usize {
        self.indices.len().wrapping_sub(1)
    }

    /// Candidate entry indexes for `hash`, in probe order, ending at the first empty slot.
    /// The callback decides whether a candidate with an equal hash is the key.
    pub fn probe(&self, hash: i64, mut is_key: impl FnMut(&Entry) -> bool) -> Probe {
        if self.set_mode {
            let mut found = None;
            self.set_walk(hash, |slot, _, e| {
                if let Some(e) = e {
                    if e.hash == hash && is_key(e) {
                        found = Some(slot);
                        return true;
                    }
                }
                false
            });
            return found.map_or(Probe::Missing, Probe::Found);
        }
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
        if self.set_mode {
            self.set_walk(hash, |slot, _, e| {
                if e.is_some_and(|e| e.hash == hash) {
                    out.push(slot);
                }
                false
            });
            return out;
        }
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
        self.layout = next_version();
        for ix in 0..self.entries.len() {
            if let Some(e) = &self.entries[ix] {
                let h = e.hash;
                self.insert_index(h, ix);
            }
        }
    }

    /// Appends a new entry (the key must not be present). Returns nothing to drop.
    pub fn push(&mut self, hash: i64, key: Value, value: Value) {
        if self.set_mode {
            self.set_push(hash, key, value);
            return;
        }
        if (self.entries.len() + 1) * 3 >= self.indices.len() * 2 {
            self.rebuild(self.len * 2 + 1);
        }
        let ix = self.entries.len();
        self.entries.push(Some(Entry { hash, key, value }));
        self.insert_index(hash, ix);
        self.len += 1;
        self.version = next_version();
    }

    /// Removes entry `ix`, returning it (drop it outside any borrow).
    pub fn remove_at(&mut self, ix: usize) -> Option<Entry> {
        let e = self.entries.get_mut(ix)?.take()?;
        if self.set_mode {
            if let Some(st) = self.indices.get_mut(ix) {
                *st = DUMMY;
            }
            self.len -= 1;
            self.version = next_version();
            return Some(e);
        }
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
        self.version = next_version();
        if self.len == 0 {
            self.entries.clear();
            self.indices.iter_mut().for_each(|x| *x = EMPTY);
        }
        Some(e)
    }

    /// Removes everything, returning the entries (drop them outside any borrow).
    pub fn take_all(&mut self) -> Vec<Option<Entry>> {
        if self.set_mode {
            let version = self.version + 1;
            let old = std::mem::replace(self, Table::new_set());
            self.version = version;
            return old.entries;
        }
        self.indices.clear();
        self.len = 0;
        self.version = next_version();
        self.layout = next_version();
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
        if self.set_mode {
            let mut t = Table::new_set();
            t.merge_clean(self);
            return t;
        }
        let mut t = Table::new();
        for e in self.iter() {
            t.push(e.hash, e.key.clone(), e.value.clone());
        }
        t
    }

    // ----- Set layout -----
    //
    // Sets order their elements by slot, like CPython's open-addressing set table, so the
    // slot array is `entries` itself and `indices` holds each slot's state (0 = active,
    // EMPTY, DUMMY). Probing looks at a run of up to `SET_LINEAR_PROBES` following slots
    // before jumping with the perturbed recurrence; growth and shrink policies follow
    // CPython so that iteration order matches.

    /// Set layout: number of active plus dummy slots.
    pub fn set_fill(&self) -> usize {
        self.fill
    }

    /// A clone with the same layout (slots, dummies) and cloned keys and values.
    pub fn exact_clone(&self) -> Table {
        Table {
            indices: self.indices.clone(),
            entries: self
                .entries
                .iter()
                .map(|e| {
                    e.as_ref().map(|e| Entry {
                        hash: e.hash,
                        key: e.key.clone(),
                        value: e.value.clone(),
                    })
                })
                .collect(),
            len: self.len,
            version: self.version,
            layout: next_version(),
            set_mode: self.set_mode,
            fill: self.fill,
            finger: self.finger,
        }
    }

    /// Takes the whole table, leaving an empty one of the same layout behind.
    pub fn take_all_table(&mut self) -> Table {
        let fresh = if self.set_mode {
            Table::new_set()
        } else {
            Table::new()
        };
        let mut old = std::mem::replace(self, fresh);
        self.version = old.version + 1;
        self.layout = next_version();
        old.version = 0;
        old
    }

    /// An empty table with the set layout.
    pub fn new_set() -> Table {
        let mut t = Table {
            set_mode: true,
            ..Table::default()
        };
        t.set_alloc(SET_MINSIZE);
        t
    }

    /// Whether this table uses the set layout.
    #[allow(dead_code)]
    pub fn is_set_layout(&self) -> bool {
        self.set_mode
    }

    /// This table converted to the set layout (entries inserted in their current order).
    pub fn into_set_layout(mut self) -> Table {
        if self.set_mode {
            return self;
        }
        let mut t = Table::new_set();
        t.version = self.version;
        for e in self.entries.drain(..).flatten() {
            t.set_push(e.hash, e.key, e.value);
        }
        t
    }

    fn set_alloc(&mut self, size: usize) {
        self.layout = next_version();
        self.entries = Vec::with_capacity(size);
        self.entries.resize_with(size, || None);
        self.indices = vec![EMPTY; size];
        self.fill = 0;
        self.len = 0;
    }

    /// Walks the probe sequence of `hash` until `visit` returns true or an unused slot is
    /// reached (the unused slot is visited too, with `None`, and ends the walk).
    fn set_walk(&self, hash: i64, mut visit: impl FnMut(usize, i32, Option<&Entry>) -> bool) {
        let size = self.entries.len();
        if size == 0 {
            return;
        }
        let mask = size - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let probes = if i + SET_LINEAR_PROBES <= mask {
                SET_LINEAR_PROBES
            } else {
                0
            };
            for slot in i..=i + probes {
                let state = self.indices.get(slot).copied().unwrap_or(EMPTY);
                let e = self.entries.get(slot).and_then(Option::as_ref);
                if state == EMPTY {
                    visit(slot, state, None);
                    return;
                }
                if visit(slot, state, e) {
                    return;
                }
            }
            perturb >>= 5;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// Adds a key known to be absent, reusing the first dummy slot on its probe path.
    fn set_push(&mut self, hash: i64, key: Value, value: Value) {
        if self.entries.is_empty() {
            self.set_alloc(SET_MINSIZE);
        }
        let mut free = None;
        let mut unused = None;
        self.set_walk(hash, |slot, state, _| {
            if state == EMPTY {
                unused = Some(slot);
            } else if state == DUMMY && free.is_none() {
                free = Some(slot);
            }
            false
        });
        self.version = next_version();
        let (Some(slot), reused) = (free.or(unused), free.is_some()) else {
            return;
        };
        self.entries[slot] = Some(Entry { hash, key, value });
        self.indices[slot] = 0;
        self.len += 1;
        if reused {
            return;
        }
        self.fill += 1;
        let mask = self.entries.len() - 1;
        if self.fill * 5 >= mask * 3 {
            let used = self.len;
            self.set_resize(if used > 50_000 { used * 2 } else { used * 4 });
        }
    }

    /// Rebuilds the slot array with the smallest power of two above `min_used`.
    fn set_resize(&mut self, min_used: usize) {
        let mut size = SET_MINSIZE;
        while size <= min_used {
            size <<= 1;
        }
        let old = std::mem::take(&mut self.entries);
        self.set_alloc(size);
        for e in old.into_iter().flatten() {
            self.set_insert_clean(e);
        }
        self.version = next_version();
    }

    /// Places an entry in a table with no dummies and room to spare.
    fn set_insert_clean(&mut self, e: Entry) {
        let mut unused = None;
        self.set_walk(e.hash, |slot, state, _| {
            if state == EMPTY {
                unused = Some(slot);
            }
            false
        });
        if let Some(slot) = unused {
            self.entries[slot] = Some(e);
            self.indices[slot] = 0;
            self.len += 1;
            self.fill += 1;
        }
    }

    /// Grows the table ahead of merging `incoming` more keys (CPython's merge policy).
    pub fn set_reserve_for_merge(&mut self, incoming: usize) {
        let mask = self.entries.len().saturating_sub(1);
        if (self.fill + incoming) * 5 >= mask * 3 {
            self.set_resize((self.len + incoming) * 2);
        }
    }

    /// Merges all entries of `other` (a set-layout table) into this table, which must be
    /// empty (no live or dummy slots); keys are cloned.
    pub fn merge_clean(&mut self, other: &Table) {
        if other.len == 0 {
            return;
        }
        self.set_reserve_for_merge(other.len);
        if self.fill == 0
            && other.set_mode
            && self.entries.len() == other.entries.len()
            && other.fill == other.len
        {
            for (slot, e) in other.entries.iter().enumerate() {
                if let Some(e) = e {
                    self.entries[slot] = Some(Entry {
                        hash: e.hash,
                        key: e.key.clone(),
                        value: e.value.clone(),
                    });
                    self.indices[slot] = 0;
                }
            }
            self.len = other.len;
            self.fill = other.len;
            self.version = next_version();
            return;
        }
        for e in other.iter() {
            self.set_insert_clean(Entry {
                hash: e.hash,
                key: e.key.clone(),
                value: e.value.clone(),
            });
        }
        self.version = next_version();
    }

    /// After removals: shrinks the table when dummies dominate (CPython's
    /// difference-update policy).
    pub fn set_compact_after_removals(&mut self) {
        let mask = self.entries.len().saturating_sub(1);
        if self.fill - self.len <= mask / 4 {
            return;
        }
        let used = self.len;
        self.set_resize(if used > 50_000 { used * 2 } else { used * 4 });
    }

    /// Removes and returns the entry `set.pop()` takes (scanning from the finger).
    pub fn set_pop_first(&mut self) -> Option<Entry> {
        let size = self.entries.len();
        if self.len == 0 || size == 0 {
            return None;
        }
        let start = self.finger & (size - 1);
        let slot = (0..size)
            .map(|k| (start + k) & (size - 1))
            .find(|&s| self.entries[s].is_some())?;
        self.finger = slot + 1;
        self.remove_at(slot)
    }
}

const SET_MINSIZE: usize = 8;
const SET_LINEAR_PROBES: usize = 9;

thread_local! {
    static VERSION: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// A fresh, process-unique version number: every mutation of any table takes a new one, so
/// "same version" implies "same table in the same state" (what LOAD_GLOBAL's cache relies on).
#[inline]
pub fn next_version() -> u64 {
    VERSION.with(|v| {
        let n = v.get() + 1;
        v.set(n);
        n
    })
}

//! The iteration order of the map behind Spark's HDFS-backed state store: a JDK 17
//! `java.util.concurrent.ConcurrentHashMap` of `UnsafeRow` keys, copied into a new map
//! (`putAll`) for every version, i.e. every micro-batch. Complete mode, append-mode
//! evictions and a stream join's aged-out rows come out in this order.
//!
//! What the JDK does, and this reproduces: `spread(h) = (h ^ h >>> 16) & 0x7fffffff`; a
//! key goes to bin `spread & (n - 1)`, appended to its bin's list; the table (16 bins on
//! first use) doubles when the count reaches `sizeCtl` (3/4 of it), each bin splitting
//! into a low and a high list where the nodes before the last run of same-side nodes
//! are prepended (reversed) and that run is kept as it is; `putAll` first presizes a
//! fresh table to `2 * tableSizeFor(1.5 * size + 1)` bins (1 for an empty map, 2 for one
//! key); a bin reaching 9 nodes grows a table under 64 bins (`tryPresize(2n)`, which
//! ends at 8n) or becomes a tree bin, where later keys go to the front of its list.
//! Left out: whether removing from a tree bin turns it back into a list (it depends on
//! the red-black tree's shape); tree bins need 9 keys in one bin of a table of 64 or
//! more, which well-spread hashes practically never give.

const TREEIFY_THRESHOLD: usize = 8;
const UNTREEIFY_THRESHOLD: usize = 6;
const MIN_TREEIFY_CAPACITY: usize = 64;

/// (spread hash, key) in list order.
type Nodes<K> = Vec<(u32, K)>;

#[derive(Clone, Debug)]
struct Bin<K> {
    nodes: Nodes<K>,
    tree: bool,
}

impl<K> Default for Bin<K> {
    fn default() -> Self {
        Bin {
            nodes: Vec::new(),
            tree: false,
        }
    }
}

/// The keys of one state store map, in the order Java iterates them.
#[derive(Clone, Debug)]
pub struct ChmOrder<K> {
    bins: Vec<Bin<K>>,
    size_ctl: usize,
    count: usize,
}

impl<K> Default for ChmOrder<K> {
    fn default() -> Self {
        ChmOrder {
            bins: Vec::new(),
            size_ctl: 0,
            count: 0,
        }
    }
}

fn spread(h: u32) -> u32 {
    (h ^ (h >> 16)) & 0x7fff_ffff
}

fn table_size_for(c: usize) -> usize {
    c.max(1).next_power_of_two()
}

impl<K: PartialEq + Clone> ChmOrder<K> {
    /// An empty map, as a state store's first version has.
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.count
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// The keys in iteration order.
    pub fn iter(&self) -> impl Iterator<Item = &K> {
        self.bins
            .iter()
            .flat_map(|b| b.nodes.iter().map(|(_, k)| k))
    }

    /// `put` of a key with Java hash code `h` (an existing key keeps its place).
    pub fn put(&mut self, h: u32, key: K) {
        self.insert(spread(h), key);
    }

    fn insert(&mut self, hash: u32, key: K) {
        if self.bins.is_empty() {
            let n = if self.size_ctl > 0 { self.size_ctl } else { 16 };
            self.bins = vec![Bin::default(); n];
            self.size_ctl = n - (n >> 2);
        }
        let i = hash as usize & (self.bins.len() - 1);
        let bin = &mut self.bins[i];
        if bin.nodes.iter().any(|(hh, k)| *hh == hash && *k == key) {
            return;
        }
        let bin_count = bin.nodes.len();
        if bin.tree {
            bin.nodes.insert(0, (hash, key));
        } else {
            bin.nodes.push((hash, key));
            if bin_count >= TREEIFY_THRESHOLD {
                self.treeify_bin(i);
            }
        }
        self.count += 1;
        // `addCount`: grow while the count reaches the threshold.
        while self.count >= self.size_ctl {
            self.transfer();
        }
    }

    /// The keys in iteration order, to change what they carry besides their identity.
    pub fn iter_mut(&mut self) -> impl Iterator<Item = &mut K> {
        self.bins
            .iter_mut()
            .flat_map(|b| b.nodes.iter_mut().map(|(_, k)| k))
    }

    /// `remove` of a key with Java hash code `h`.
    pub fn remove<Q: ?Sized>(&mut self, h: u32, key: &Q)
    where
        K: PartialEq<Q>,
    {
        if self.bins.is_empty() {
            return;
        }
        let hash = spread(h);
        let i = hash as usize & (self.bins.len() - 1);
        let bin = &mut self.bins[i];
        if let Some(p) = bin
            .nodes
            .iter()
            .position(|(hh, k)| *hh == hash && *k == *key)
        {
            bin.nodes.remove(p);
            self.count -= 1;
        }
    }

    /// The next version's map: a new map, `putAll` of this one.
    pub fn next_version(&mut self) {
        let mut next = ChmOrder::new();
        next.try_presize(self.count);
        if next.bins.len() == self.bins.len() && !self.bins.iter().any(|b| b.tree) {
            // The same table filled in this map's order is this map again.
            next.bins = std::mem::take(&mut self.bins);
            next.count = self.count;
            *self = next;
            return;
        }
        let old = std::mem::take(self);
        *self = next;
        for bin in old.bins {
            for (hash, key) in bin.nodes {
                self.insert(hash, key);
            }
        }
    }

    fn try_presize(&mut self, size: usize) {
        let c = table_size_for(size + (size >> 1) + 1);
        loop {
            let sc = self.size_ctl;
            if self.bins.is_empty() {
                let n = sc.max(c);
                self.bins = vec![Bin::default(); n];
                self.size_ctl = n - (n >> 2);
            } else if c <= sc {
                break;
            } else {
                self.transfer();
            }
        }
    }

    fn treeify_bin(&mut self, i: usize) {
        let n = self.bins.len();
        if n < MIN_TREEIFY_CAPACITY {
            self.try_presize(n << 1);
        } else {
            self.bins[i].tree = true;
        }
    }

    /// Doubles the table, splitting each bin as `transfer` does.
    fn transfer(&mut self) {
        let n = self.bins.len();
        let mut next: Vec<Bin<K>> = vec![Bin::default(); n * 2];
        for (i, bin) in std::mem::take(&mut self.bins).into_iter().enumerate() {
            if bin.nodes.is_empty() {
                continue;
            }
            let high = |h: u32| h as usize & n != 0;
            let (lo, hi) = if bin.tree {
                let (lo, hi): (Vec<_>, Vec<_>) =
                    bin.nodes.into_iter().partition(|(h, _)| !high(*h));
                (lo, hi)
            } else {
                split_list(bin.nodes, high)
            };
            let tree_of = |len: usize| bin.tree && len > UNTREEIFY_THRESHOLD;
            next[i] = Bin {
                tree: tree_of(lo.len()),
                nodes: lo,
            };
            next[i + n] = Bin {
                tree: tree_of(hi.len()),
                nodes: hi,
            };
        }
        self.bins = next;
        self.size_ctl = (n << 1) - (n >> 1);
    }
}

/// A list bin's split: the last run of nodes going to the same side stays as it is; the
/// nodes before it are prepended to their side, one by one.
fn split_list<K>(nodes: Vec<(u32, K)>, high: impl Fn(u32) -> bool) -> (Nodes<K>, Nodes<K>) {
    let last_bit = high(nodes[nodes.len() - 1].0);
    let mut run_start = nodes.len() - 1;
    while run_start > 0 && high(nodes[run_start - 1].0) == last_bit {
        run_start -= 1;
    }
    let mut nodes = nodes;
    let run = nodes.split_off(run_start);
    let (mut lo, mut hi): (Vec<_>, Vec<_>) = nodes.into_iter().rev().partition(|(h, _)| !high(*h));
    if last_bit {
        hi.extend(run);
    } else {
        lo.extend(run);
    }
    (lo, hi)
}

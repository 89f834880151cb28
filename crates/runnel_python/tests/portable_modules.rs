//! Values of the standard modules travel to a worker's interpreter as pickle carries them:
//! a function revived in a worker that only loaded the program sees the same Counter,
//! defaultdict, OrderedDict, deque, namedtuple, compiled pattern, Random state and
//! timedelta as the driver did.

mod common;

use runnel_python::Args;

const PROGRAM: &str = r#"
import re
import random
from collections import Counter, defaultdict, OrderedDict, deque, namedtuple
from datetime import timedelta

P = namedtuple("P", "x y")
c = Counter("mississippi")
dd = defaultdict(int, {"a": 2})
od = OrderedDict([("z", 1), ("a", 2)])
q = deque([1, 2, 3], maxlen=3)
rec = P(1, "two")
pat = re.compile(r"(\w)(\d+)", re.I)
rng = random.Random(5)
rng.random()
td = timedelta(hours=25, microseconds=7)

def probe():
    dd["new"] += 1
    return (repr(c), c["zzz"], repr(dd), repr(od), repr(q), repr(rec), rec.y, rec == P(1, "two"),
            repr(pat), pat.findall("a1 B22"), rng.random(), rng.randint(1, 10**6), repr(td), str(td * 2))
"#;

#[test]
fn module_values_travel_to_a_worker_unchanged() {
    let (driver, _) = common::interp();
    driver.run_module(PROGRAM).expect("runs");
    let probe = driver.get_global("probe").expect("probe");
    let frozen = driver.freeze(&probe).expect("freezes");
    let here = driver.call(&probe, Args::default()).expect("calls").repr();
    let (worker, _) = common::interp();
    worker.load_program(PROGRAM).expect("loads");
    let f = worker.revive(&frozen).expect("revives");
    let there = worker.call(&f, Args::default()).expect("calls").repr();
    assert_eq!(here, there);
    assert!(
        here.contains("Counter({'i': 4, 's': 4, 'p': 2, 'm': 1})"),
        "{here}"
    );
    assert!(here.contains("deque([1, 2, 3], maxlen=3)"), "{here}");
}

/// A `uuid.UUID` and a `Fraction` travel by value (the UUID is the worker's own `UUID`
/// again: equal, same hash, still a dict key); a hash object cannot travel, as pickle
/// refuses it.
#[test]
fn a_uuid_and_a_fraction_travel_and_a_hash_object_does_not() {
    const SRC: &str = r#"
import uuid, hashlib, csv
from fractions import Fraction
u = uuid.uuid5(uuid.NAMESPACE_DNS, "spark")
table = {u: "found", Fraction(1, 2): "half"}
def probe():
    return (str(u), repr(u), u.version, hash(u) == hash(uuid.UUID(str(u))), table[uuid.UUID(str(u))],
            next(csv.reader(["a,b"])), hashlib.md5(b"x").hexdigest(), table[0.5], Fraction(1, 3) + 1)
h = hashlib.md5(b"x")
"#;
    let (driver, _) = common::interp();
    driver.run_module(SRC).expect("runs");
    let probe = driver.get_global("probe").expect("probe");
    let frozen = driver.freeze(&probe).expect("freezes");
    let here = driver.call(&probe, Args::default()).expect("calls").repr();
    let (worker, _) = common::interp();
    worker.load_program(SRC).expect("loads");
    let f = worker.revive(&frozen).expect("revives");
    let there = worker.call(&f, Args::default()).expect("calls").repr();
    assert_eq!(here, there);
    assert!(here.contains("UUID('"), "{here}");
    assert!(here.contains("Fraction(4, 3)"), "{here}");
    let h = driver.get_global("h").expect("h");
    assert!(driver.freeze(&h).is_err());
}

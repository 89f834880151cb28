//! Program classes and instances frozen in one interpreter and revived in another that
//! only loaded the program (a native host's worker threads), as pickle carries them.

mod common;

use runnel_core::value::{portable_hash, python_hash};
use runnel_core::Value;
use runnel_python::Args;

const PROGRAM: &str = r#"
class Key:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __eq__(self, other):
        return isinstance(other, Key) and (self.a, self.b) == (other.a, other.b)
    def __hash__(self):
        return hash((self.a, self.b))
    def __repr__(self):
        return f"Key({self.a!r}, {self.b!r})"
    @property
    def total(self):
        return self.a + self.b
    @staticmethod
    def zero():
        return Key(0, 0)

class Bad(ValueError):
    pass

class Worse(Bad):
    pass

def worse(x):
    try:
        raise Worse("w", x)
    except Bad as e:
        return (type(e).__name__, e.args)

from dataclasses import dataclass

@dataclass(frozen=True)
class Rec:
    word: str
    n: int = 1

def rec(w):
    return (Rec(w), Rec(w) == Rec(w, 1), hash(Rec(w)) == hash((w, 1)))

def total_of(k):
    return (k.total, Key.zero().a)

def to_key(x):
    return Key(x, x * 2)

def checked(x):
    try:
        if x < 0:
            raise Bad("negative", x)
        return x
    except Bad as e:
        return repr(e)

k = Key(1, 2)
"#;

fn driver_and_worker() -> (
    std::rc::Rc<runnel_python::Interpreter>,
    std::rc::Rc<runnel_python::Interpreter>,
) {
    let (driver, _) = common::interp();
    driver.run_module(PROGRAM).expect("runs");
    let (worker, _) = common::interp();
    worker.load_program(PROGRAM).expect("loads");
    (driver, worker)
}

#[test]
fn an_instance_travels_as_its_class_and_dict() {
    let (driver, worker) = driver_and_worker();
    let k = driver.get_global("k").expect("k");
    let revived = worker
        .revive(&driver.freeze(&k).expect("freezes"))
        .expect("revives");
    assert_eq!(revived.repr(), "Key(1, 2)");
    // Python's hash of the object is its __hash__: the same in both interpreters, and
    // PySpark's portable_hash of a key object is that hash.
    assert_eq!(python_hash(&revived).unwrap(), python_hash(&k).unwrap());
    assert_eq!(portable_hash(&revived).unwrap(), python_hash(&k).unwrap());
    // Its property and static method came with the class.
    let f = driver.get_global("total_of").expect("total_of");
    let f = worker
        .revive(&driver.freeze(&f).expect("freezes"))
        .expect("revives");
    let total = worker.call(&f, Args::new(vec![revived])).expect("calls");
    assert_eq!(total.repr(), "(3, 0)");
}

#[test]
fn functions_making_instances_run_on_the_worker_and_come_back_equal() {
    let (driver, worker) = driver_and_worker();
    let f = driver.get_global("to_key").expect("to_key");
    let f = worker
        .revive(&driver.freeze(&f).expect("freezes"))
        .expect("revives");
    let made = worker
        .call(&f, Args::new(vec![Value::Int(3)]))
        .expect("calls");
    assert_eq!(made.repr(), "Key(3, 6)");
    // Two records frozen separately revive as instances of one class, equal as keys.
    let frozen = worker
        .freeze_records(std::slice::from_ref(&made))
        .expect("freezes");
    let again = worker.freeze_records(&[made]).expect("freezes");
    let back = driver.revive_records(&frozen).expect("revives");
    let back2 = driver.revive_records(&again).expect("revives");
    assert!(back[0].py_eq(&back2[0]));
    let local = driver
        .call(
            &driver.get_global("to_key").expect("to_key"),
            Args::new(vec![Value::Int(3)]),
        )
        .expect("calls");
    assert!(
        back[0].py_eq(&local),
        "a revived instance equals a driver one"
    );
    let zero = driver
        .call(
            &driver.get_global("Key").expect("Key"),
            Args::new(vec![Value::Int(0), Value::Int(0)]),
        )
        .expect("calls");
    assert_eq!(zero.repr(), "Key(0, 0)");
}

#[test]
fn a_user_exception_is_raised_and_caught_on_the_worker() {
    let (driver, worker) = driver_and_worker();
    let f = driver.get_global("checked").expect("checked");
    let f = worker
        .revive(&driver.freeze(&f).expect("freezes"))
        .expect("revives");
    let r = worker
        .call(&f, Args::new(vec![Value::Int(-4)]))
        .expect("calls");
    assert_eq!(r.repr(), "\"Bad('negative', -4)\"");
}

#[test]
fn a_class_known_from_an_earlier_job_still_revives_what_refers_to_its_bases() {
    let (driver, worker) = driver_and_worker();
    let f = driver.get_global("worse").expect("worse");
    // Two jobs, frozen separately: the second finds the classes already made.
    for _ in 0..2 {
        let g = worker
            .revive(&driver.freeze(&f).expect("freezes"))
            .expect("revives");
        let r = worker
            .call(&g, Args::new(vec![Value::Int(1)]))
            .expect("calls");
        assert_eq!(r.repr(), "('Worse', ('w', 1))");
    }
}

#[test]
fn a_dataclass_travels_and_its_methods_are_made_again() {
    let (driver, worker) = driver_and_worker();
    let f = driver.get_global("rec").expect("rec");
    let f = worker
        .revive(&driver.freeze(&f).expect("freezes"))
        .expect("revives");
    let r = worker
        .call(&f, Args::new(vec![Value::str("a")]))
        .expect("calls");
    assert_eq!(r.repr(), "(Rec(word='a', n=1), True, True)");
    let back = driver.revive_records(&worker.freeze_records(&[r]).expect("freezes"));
    assert_eq!(
        back.expect("revives")[0].repr(),
        "(Rec(word='a', n=1), True, True)"
    );
}

const DATACLASSES: &str = r#"
from dataclasses import dataclass, field, fields, asdict, replace, InitVar

@dataclass(order=True, unsafe_hash=True)
class Ev:
    user: str
    n: int = 0
    note: str = field(default="", compare=False)
    scale: InitVar[int] = 1

    def __post_init__(self, scale):
        self.n *= scale

def work(e):
    return (e, hash(e) == hash((e.user, e.n)), e < Ev("zz"), replace(e, n=5, scale=2),
            [f.name for f in fields(e)], asdict(e), Ev("a", 1, "x") == Ev("a", 1, "y"))

e = Ev("ana", 3, "hi", 2)
"#;

#[test]
fn a_dataclass_with_options_keeps_them_on_a_worker() {
    let (driver, _) = common::interp();
    driver.run_module(DATACLASSES).expect("runs");
    let (worker, _) = common::interp();
    worker.load_program(DATACLASSES).expect("loads");
    let f = driver.get_global("work").expect("work");
    let e = driver.get_global("e").expect("e");
    let frozen = driver.freeze_records(&[f, e]).expect("freezes");
    let revived = worker.revive_records(&frozen).expect("revives");
    let r = worker
        .call(&revived[0], Args::new(vec![revived[1].clone()]))
        .expect("calls");
    let want = "(Ev(user='ana', n=6, note='hi'), True, True, Ev(user='ana', n=10, note='hi'), \
                ['user', 'n', 'note'], {'user': 'ana', 'n': 6, 'note': 'hi'}, True)";
    assert_eq!(r.repr(), want);
}

const ENUMS: &str = r#"
from enum import Enum, Flag, StrEnum, auto

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()

class Tone(str, Enum):
    DARK = "d"

Color = Enum("Color", "RED GREEN")

def work(p, t, c):
    return (p, p is Perm.R | Perm.X, Perm.R in p, t, t == "d", c, c is Color.GREEN, list(Color))

p = Perm.R | Perm.X
"#;

#[test]
fn flags_mixins_and_functional_enums_travel_as_members() {
    let (driver, _) = common::interp();
    driver.run_module(ENUMS).expect("runs");
    let (worker, _) = common::interp();
    worker.load_program(ENUMS).expect("loads");
    let g = |n: &str| driver.get_global(n).expect(n);
    let green = driver
        .call(&g("Color"), Args::new(vec![Value::Int(2)]))
        .expect("Color(2)");
    let tone = driver
        .call(&g("Tone"), Args::new(vec![Value::str("d")]))
        .expect("Tone('d')");
    let frozen = driver
        .freeze_records(&[g("work"), g("p"), tone, green])
        .expect("freezes");
    let r = worker.revive_records(&frozen).expect("revives");
    let out = worker
        .call(&r[0], Args::new(r[1..].to_vec()))
        .expect("calls");
    let want = "(<Perm.R|X: 5>, True, True, <Tone.DARK: 'd'>, True, <Color.GREEN: 2>, True, \
                [<Color.RED: 1>, <Color.GREEN: 2>])";
    assert_eq!(out.repr(), want);
}

const TYPE_MADE: &str = r#"
class Base:
    def __init__(self, a):
        self.a = a

Made = type("Made", (Base,), {"double": lambda self: self.a * 2,
                              "__repr__": lambda self: f"Made({self.a})", "tag": "m"})

def use(m):
    return (m.double(), m.tag, type(m).__name__, isinstance(m, Base), Made(m.a + 1))

m = Made(4)
"#;

#[test]
fn a_class_made_by_type_travels_as_a_class_statement_does() {
    let (driver, _) = common::interp();
    driver.run_module(TYPE_MADE).expect("runs");
    let (worker, _) = common::interp();
    worker.load_program(TYPE_MADE).expect("loads");
    let m = driver.get_global("m").expect("m");
    let f = driver.get_global("use").expect("use");
    let m = worker.revive(&driver.freeze(&m).expect("freezes"));
    let f = worker.revive(&driver.freeze(&f).expect("freezes"));
    let r = worker
        .call(&f.expect("revives"), Args::new(vec![m.expect("revives")]))
        .expect("calls");
    assert_eq!(r.repr(), "(8, 'm', 'Made', True, Made(5))");
    let back = driver.revive_records(&worker.freeze_records(&[r]).expect("freezes"));
    let made = back.expect("revives")[0].clone();
    assert_eq!(made.repr(), "(8, 'm', 'Made', True, Made(5))");
}

const JSON_ENCODER: &str = r#"
import json

class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)

def to_json(record):
    return json.dumps(record, cls=SetEncoder, sort_keys=True)

r = {"b": {3, 1}, "a": 1}
"#;

#[test]
fn a_json_encoder_subclass_runs_on_the_worker() {
    let (driver, _) = common::interp();
    driver.run_module(JSON_ENCODER).expect("runs");
    let (worker, _) = common::interp();
    worker.load_program(JSON_ENCODER).expect("loads");
    let travel = |name: &str| {
        let v = driver.get_global(name).expect("defined");
        worker
            .revive(&driver.freeze(&v).expect("freezes"))
            .expect("revives")
    };
    let (f, r) = (travel("to_json"), travel("r"));
    let out = worker.call(&f, Args::new(vec![r])).expect("calls");
    assert_eq!(out.repr(), "'{\"a\": 1, \"b\": [1, 3]}'");
}

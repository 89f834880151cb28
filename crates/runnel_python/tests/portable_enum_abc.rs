//! Enum members and classes derived from `abc.ABC` travel to a worker interpreter (a
//! PySpark function's closure) and behave there as on the driver.

mod common;

use runnel_core::Value;
use runnel_python::Args;

const PROGRAM: &str = r#"
from abc import ABC, abstractmethod
from enum import Enum, IntEnum

class Color(Enum):
    RED = 1
    GREEN = 2

class Level(IntEnum):
    LOW = 1
    HIGH = 5

class Shape(ABC):
    @abstractmethod
    def area(self):
        pass

class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s * self.s

def use(x):
    try:
        Shape()
    except TypeError as e:
        err = str(e)
    return (Color(x), Color(x) is Color.RED, list(Color), Level.HIGH + x, Square(x).area(), err)
"#;

#[test]
fn enum_members_and_abstract_classes_work_on_a_worker() {
    let (driver, _) = common::interp();
    driver.run_module(PROGRAM).expect("runs");
    let (worker, _) = common::interp();
    worker.load_program(PROGRAM).expect("loads");
    let f = driver.get_global("use").expect("use");
    let f = worker
        .revive(&driver.freeze(&f).expect("freezes"))
        .expect("revives");
    let got = worker
        .call(&f, Args::new(vec![Value::Int(1)]))
        .expect("calls");
    let want = "(<Color.RED: 1>, True, [<Color.RED: 1>, <Color.GREEN: 2>], 6, 1, \"Can't instantiate abstract class Shape with abstract method area\")";
    assert_eq!(got.repr(), want);
    // A member frozen on the driver revives as the worker's member.
    let red = driver
        .call(
            &driver.get_global("Color").expect("Color"),
            Args::new(vec![Value::Int(1)]),
        )
        .expect("calls");
    let back = worker
        .revive(&driver.freeze(&red).expect("freezes"))
        .expect("revives");
    assert_eq!(back.repr(), "<Color.RED: 1>");
}

//! The `decimal` module's basics, as CPython's: `Decimal` from str, int, float and
//! Decimal; `+ - * / // %` with Decimals and ints, unary `-`/`+`/`abs`, comparisons
//! (with ints, floats and Fractions too), a hash equal to an equal int's or float's,
//! `quantize` with any rounding mode, `normalize`, `str`/`repr`, `int()`/`float()`,
//! `format` with `f`; `getcontext()` with `prec` and `rounding` (per thread, as CPython's
//! context). Infinities, NaNs and the rest of the module are refused by name.

mod format;
mod num;

pub(crate) use format::format;

use crate::native::{NativeClass, NativeFunction, NativeInstance};
use crate::{Args, Interpreter};
use num::{invalid, Dec, ROUNDINGS};
use runnel_core::value::{BinOp, CmpOp, Object, PortableObject, Reviver};
use runnel_core::{Error, Result, Value};
use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

/// A Python `Decimal` value.
#[derive(Clone, Debug)]
pub(crate) struct Decimal(Dec);

/// The thread's context: precision and rounding mode.
#[derive(Clone)]
struct Ctx {
    prec: i64,
    rounding: &'static str,
}

thread_local! {
    static CONTEXT: RefCell<Ctx> = const { RefCell::new(Ctx { prec: 28, rounding: "ROUND_HALF_EVEN" }) };
}

fn ctx() -> Ctx {
    CONTEXT.with(|c| c.borrow().clone())
}

impl Decimal {
    fn value(d: Dec) -> Value {
        Value::object(Decimal(d))
    }
}

/// A Decimal or an int as a decimal (`None` for anything else).
fn operand(v: &Value) -> Option<Dec> {
    if let Some(d) = v.downcast::<Decimal>() {
        return Some(d.0.clone());
    }
    let plain = crate::runtime::builtin_base::plain(v);
    if matches!(plain, Value::Float(_)) {
        return None;
    }
    runnel_core::value::as_big(&plain).map(|i| Dec::from_int(&i))
}

fn arith(a: &Dec, op: BinOp, b: &Dec) -> Option<Result<Value>> {
    if let Err(e) = a.check().and_then(|_| b.check()) {
        return Some(Err(e));
    }
    let c = ctx();
    let (p, m) = (c.prec, c.rounding);
    Some(match op {
        BinOp::Add => Ok(Decimal::value(a.add(b, p, m))),
        BinOp::Sub => Ok(Decimal::value(a.add(&b.negate("ROUND_HALF_EVEN"), p, m))),
        BinOp::Mul => Ok(Decimal::value(a.mul(b, p, m))),
        BinOp::Div => a.div(b, p, m).map(Decimal::value),
        BinOp::FloorDiv => a.divmod(b, p, m).map(|(q, _)| Decimal::value(q)),
        // `x % 0` is an invalid operation, where `x // 0` divides by zero.
        BinOp::Mod if b.is_zero() && !a.is_zero() => Err(invalid("InvalidOperation")),
        BinOp::Mod => a.divmod(b, p, m).map(|(_, r)| Decimal::value(r)),
        _ => return None,
    })
}

impl Object for Decimal {
    fn type_name(&self) -> &str {
        "decimal.Decimal"
    }
    fn repr(&self) -> String {
        format!("Decimal('{}')", self.0.to_text())
    }
    fn to_str(&self) -> String {
        self.0.to_text()
    }
    fn hash(&self) -> Option<i64> {
        Some(self.0.py_hash())
    }
    fn eq(&self, other: &dyn Object) -> Option<bool> {
        let o = other.as_any().downcast_ref::<Decimal>()?;
        Some(self.0.cmp_value(&o.0).is_eq())
    }
    fn compare(&self, op: CmpOp, other: &Value) -> Option<Result<bool>> {
        if let Err(e) = self.0.check() {
            return Some(Err(e));
        }
        let o = match operand(other) {
            Some(o) => o,
            None => {
                // Floats and Fractions compare exactly, through the Fraction of each.
                let me = self.0.clone();
                let f = crate::modules::fractions::Fraction::new(
                    if me.neg {
                        -me.coeff.clone()
                    } else {
                        me.coeff.clone()
                    } * num_ten(me.exp.max(0)),
                    num_ten((-me.exp).max(0)),
                )
                .ok()?;
                return f.compare(op, other);
            }
        };
        if let Err(e) = o.check() {
            return Some(Err(e));
        }
        Some(Ok(op.test(self.0.cmp_value(&o))))
    }
    fn binop(&self, op: BinOp, other: &Value, reflected: bool) -> Option<Result<Value>> {
        let o = operand(other)?;
        if reflected {
            arith(&o, op, &self.0)
        } else {
            arith(&self.0, op, &o)
        }
    }
    fn unary(&self, symbol: &str) -> Option<Result<Value>> {
        let c = ctx();
        let d = match symbol {
            "-" => self.0.negate(c.rounding),
            "+" | "abs" => {
                let mut d = self.0.clone();
                if symbol == "abs" || (d.is_zero() && c.rounding != "ROUND_FLOOR") {
                    d.neg = false;
                }
                d
            }
            _ => return None,
        };
        Some(Ok(Decimal::value(d.fix(c.prec, c.rounding))))
    }
    fn truthy(&self) -> bool {
        !self.0.is_zero()
    }
    fn freeze(
        &self,
        _f: &mut runnel_core::value::Freezer,
    ) -> Option<Result<Box<dyn PortableObject>>> {
        Some(Ok(Box::new(self.clone())))
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// A Decimal travels to worker threads as itself.
impl PortableObject for Decimal {
    fn revive(&self, _r: &mut Reviver, _id: u32) -> Result<Value> {
        Ok(Decimal::value(self.0.clone()))
    }
}

fn num_ten(n: i64) -> num_bigint::BigInt {
    num_traits::Pow::pow(num_bigint::BigInt::from(10), n as u32)
}

impl Decimal {
    pub(crate) fn to_f64(&self) -> Result<f64> {
        self.0.check()?;
        runnel_core::value::to_float(&Value::str(&self.0.to_text()))
    }

    pub(crate) fn trunc(&self) -> Result<Value> {
        self.0.check()?;
        Ok(runnel_core::value::int_value(self.0.trunc()))
    }
}

fn rounding_arg(v: Option<Value>) -> Result<&'static str> {
    match v {
        None | Some(Value::None) => Ok(ctx().rounding),
        Some(Value::Str(s)) => ROUNDINGS
            .iter()
            .find(|r| **r == &*s)
            .copied()
            .ok_or_else(|| Error::type_error("valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]")),
        Some(_) => Err(Error::type_error("valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]")),
    }
}

fn decimal_arg(v: &Value) -> Result<Dec> {
    operand(v).ok_or_else(|| {
        Error::type_error(format!(
            "conversion from {} to Decimal is not supported",
            v.type_name()
        ))
    })
}

/// `d.name` of a Decimal.
pub(crate) fn attr(obj: &Value, d: &Decimal, name: &str) -> Result<Value> {
    let d = d.0.clone();
    Ok(match name {
        "quantize" => NativeFunction::new("quantize", move |_, mut a: Args| {
            let exp = decimal_arg(&a.require(0, "exp", "quantize")?)?;
            d.check()?;
            exp.check()?;
            let mode = rounding_arg(a.take(1, "rounding"))?;
            let _ = a.take(2, "context");
            crate::modules::args::done(&a, "quantize", 3)?;
            let q = d.rescale(exp.exp, mode);
            if q.coeff.to_string().len() as i64 > ctx().prec {
                return Err(num::invalid("InvalidOperation"));
            }
            Ok(Decimal::value(q))
        }),
        "normalize" => NativeFunction::new("normalize", move |_, _| {
            d.check()?;
            let c = ctx();
            Ok(Decimal::value(d.normalize(c.prec, c.rounding)))
        }),
        "is_zero" => NativeFunction::new("is_zero", move |_, _| Ok(Value::Bool(d.is_zero()))),
        "is_signed" => NativeFunction::new("is_signed", move |_, _| Ok(Value::Bool(d.neg))),
        "as_integer_ratio" => NativeFunction::new("as_integer_ratio", move |_, _| {
            d.check()?;
            let f = crate::modules::fractions::Fraction::new(
                if d.neg {
                    -d.coeff.clone()
                } else {
                    d.coeff.clone()
                } * num_ten(d.exp.max(0)),
                num_ten((-d.exp).max(0)),
            )?;
            Ok(Value::pair(
                runnel_core::value::int_value(f.num),
                runnel_core::value::int_value(f.den),
            ))
        }),
        _ => return Err(crate::methods::no_attr(obj, name)),
    })
}

/// `getcontext().prec = n` and `.rounding = mode` (`None` for other objects).
pub(crate) fn set_attr(obj: &Value, name: &str, v: &Value) -> Option<Result<()>> {
    let class = NativeInstance::class_of(obj)?;
    if class.name != "decimal.Context" {
        return None;
    }
    Some((|| {
        match name {
            "prec" => {
                let p = crate::modules::args::index(v)?;
                if !(1..=999_999_999_999_999_999).contains(&p) {
                    return Err(Error::value_error("valid range for prec is [1, MAX_PREC]"));
                }
                if p > num::MAX_SCALE {
                    return Err(num::too_large());
                }
                CONTEXT.with(|c| c.borrow_mut().prec = p);
            }
            "rounding" => {
                let r = rounding_arg(Some(v.clone()))?;
                CONTEXT.with(|c| c.borrow_mut().rounding = r);
            }
            _ => {
                return Err(Error::new(
                    "NotImplementedError",
                    format!("decimal context attribute '{name}' is not supported in Runnel"),
                ))
            }
        }
        Ok(())
    })())
}

/// `Decimal(value="0", context=None)`.
fn construct(_: &Interpreter, mut a: Args) -> Result<Value> {
    let v = a.take(0, "value");
    let _ = a.take(1, "context");
    crate::modules::args::done(&a, "Decimal", 2)?;
    let d = match v {
        None => Dec::from_int(&num_bigint::BigInt::from(0)),
        Some(v) => match crate::runtime::builtin_base::plain(&v) {
            Value::Str(s) => Dec::parse(&s).ok_or_else(|| {
                let t = s.trim().to_ascii_lowercase();
                if matches!(
                    t.trim_start_matches(['+', '-']),
                    "inf" | "infinity" | "nan" | "snan"
                ) {
                    Error::new(
                        "NotImplementedError",
                        "Decimal infinities and NaNs are not supported in Runnel",
                    )
                } else {
                    num::invalid("ConversionSyntax")
                }
            })?,
            Value::Float(x) => Dec::from_f64(x)?,
            Value::List(_) | Value::Tuple(_) => {
                return Err(if crate::modules::args::seq_len(&v)? == Some(3) {
                    Error::new(
                        "NotImplementedError",
                        "Decimal from a tuple is not supported in Runnel",
                    )
                } else {
                    Error::value_error("argument must be a sequence of length 3")
                })
            }
            _ => match operand(&v) {
                Some(d) => d,
                None => {
                    return Err(Error::type_error(format!(
                        "conversion from {} to Decimal is not supported",
                        v.type_name()
                    )))
                }
            },
        },
    };
    Ok(Decimal::value(d))
}

/// The thread's context object (`getcontext()`): `prec` and `rounding`, readable and
/// settable.
fn context_class() -> Rc<NativeClass> {
    let class = NativeClass::new("decimal.Context").getattr(|_, _, name| {
        let c = ctx();
        match name {
            "prec" => Ok(Value::Int(c.prec)),
            "rounding" => Ok(Value::str(c.rounding)),
            _ => Err(Error::new(
                "NotImplementedError",
                format!("decimal context attribute '{name}' is not supported in Runnel"),
            )),
        }
    });
    Rc::new(class)
}

pub(super) fn attrs() -> Vec<(&'static str, Value)> {
    // A new interpreter starts with the default context, as a new thread does.
    CONTEXT.with(|c| {
        *c.borrow_mut() = Ctx {
            prec: 28,
            rounding: "ROUND_HALF_EVEN",
        }
    });
    let context = context_class();
    let mut attrs = vec![
        (
            "Decimal",
            Value::Object(Rc::new(
                NativeClass::new("decimal.Decimal").constructor(construct),
            )),
        ),
        (
            "getcontext",
            NativeFunction::new("getcontext", move |_, a: Args| {
                a.check_count("getcontext", 0, 0)?;
                Ok(NativeInstance::new(context.clone(), Rc::new(())))
            }),
        ),
        (
            "InvalidOperation",
            Value::object(crate::exceptions::ExcClass {
                name: "decimal.InvalidOperation",
            }),
        ),
        (
            "DivisionByZero",
            Value::object(crate::exceptions::ExcClass {
                name: "decimal.DivisionByZero",
            }),
        ),
        (
            "DecimalException",
            Value::object(crate::exceptions::ExcClass {
                name: "decimal.DecimalException",
            }),
        ),
    ];
    for r in ROUNDINGS {
        attrs.push((r, Value::str(r)));
    }
    attrs
}

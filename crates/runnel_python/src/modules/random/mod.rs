//! The `random` module: `random.Random` instances and the module functions, bound to one
//! shared instance as in CPython. Every number is CPython's for the same seed (see [`mt`]).
//! `seed()` without an argument (and the module's first use without a seed) seeds from the
//! host's clock in milliseconds: Runnel has no entropy source, so unseeded programs are
//! random only in the sense that two runs started at different times differ.

mod bigrange;
mod dist;
pub mod mt;
mod seq;

pub(super) use super::args::done;
use super::args::{float, float_or, float_req, index};
use crate::native::{NativeClass, NativeFunction, NativeInstance};
use crate::{Args, Interpreter};
use mt::PyRandom;
use runnel_core::{Error, Result, Value};
use std::cell::RefCell;
use std::rc::Rc;

type Gen = RefCell<PyRandom>;
type Method = fn(&Interpreter, &Gen, Args) -> Result<Value>;

/// Every method of `random.Random`, which are also the module's functions.
const METHODS: &[(&str, Method)] = &[
    ("seed", seed),
    ("random", |_, g, a| {
        a.check_count("random", 0, 0)?;
        Ok(Value::Float(g.borrow_mut().random()))
    }),
    ("getrandbits", getrandbits),
    ("randbytes", randbytes),
    ("randrange", seq::randrange),
    ("randint", seq::randint),
    ("choice", seq::choice),
    ("choices", seq::choices),
    ("shuffle", seq::shuffle),
    ("sample", seq::sample),
    ("uniform", |_, g, mut a| {
        let x = float_req(&mut a, 0, "a", "uniform")?;
        let y = float_req(&mut a, 1, "b", "uniform")?;
        done(&a, "uniform", 2)?;
        Ok(Value::Float(g.borrow_mut().uniform(x, y)))
    }),
    ("triangular", |_, g, mut a| {
        let low = float_or(&mut a, 0, "low", 0.0)?;
        let high = float_or(&mut a, 1, "high", 1.0)?;
        let mode = match a.take(2, "mode") {
            None | Some(Value::None) => None,
            Some(v) => Some(float(&v, "mode")?),
        };
        done(&a, "triangular", 3)?;
        Ok(Value::Float(g.borrow_mut().triangular(low, high, mode)))
    }),
    ("gauss", |_, g, mut a| {
        let (mu, sigma) = mu_sigma(&mut a, "gauss")?;
        Ok(Value::Float(g.borrow_mut().gauss(mu, sigma)))
    }),
    ("normalvariate", |_, g, mut a| {
        let (mu, sigma) = mu_sigma(&mut a, "normalvariate")?;
        Ok(Value::Float(g.borrow_mut().normalvariate(mu, sigma)))
    }),
    ("lognormvariate", |_, g, mut a| {
        let (mu, sigma) = two(&mut a, "lognormvariate", "mu", "sigma")?;
        Ok(Value::Float(g.borrow_mut().lognormvariate(mu, sigma)))
    }),
    ("expovariate", |_, g, mut a| {
        let lambd = float_req(&mut a, 0, "lambd", "expovariate")?;
        done(&a, "expovariate", 1)?;
        if lambd == 0.0 {
            return Err(Error::new("ZeroDivisionError", "float division by zero"));
        }
        Ok(Value::Float(g.borrow_mut().expovariate(lambd)))
    }),
    ("vonmisesvariate", |_, g, mut a| {
        let (mu, kappa) = two(&mut a, "vonmisesvariate", "mu", "kappa")?;
        vonmises(&mut g.borrow_mut(), mu, kappa)
    }),
    ("gammavariate", |_, g, mut a| {
        let (alpha, beta) = two(&mut a, "gammavariate", "alpha", "beta")?;
        if alpha <= 0.0 || beta <= 0.0 {
            return Err(Error::value_error(
                "gammavariate: alpha and beta must be > 0.0",
            ));
        }
        Ok(Value::Float(g.borrow_mut().gammavariate(alpha, beta)))
    }),
    ("betavariate", |_, g, mut a| {
        let (alpha, beta) = two(&mut a, "betavariate", "alpha", "beta")?;
        if alpha <= 0.0 || beta <= 0.0 {
            return Err(Error::value_error(
                "gammavariate: alpha and beta must be > 0.0",
            ));
        }
        Ok(Value::Float(g.borrow_mut().betavariate(alpha, beta)))
    }),
    ("paretovariate", |_, g, mut a| {
        let alpha = float_req(&mut a, 0, "alpha", "paretovariate")?;
        done(&a, "paretovariate", 1)?;
        Ok(Value::Float(g.borrow_mut().paretovariate(alpha)))
    }),
    ("weibullvariate", |_, g, mut a| {
        let (alpha, beta) = two(&mut a, "weibullvariate", "alpha", "beta")?;
        Ok(Value::Float(g.borrow_mut().weibullvariate(alpha, beta)))
    }),
    ("getstate", getstate),
    ("setstate", setstate),
];

fn mu_sigma(a: &mut Args, func: &str) -> Result<(f64, f64)> {
    let mu = float_or(a, 0, "mu", 0.0)?;
    let sigma = float_or(a, 1, "sigma", 1.0)?;
    done(a, func, 2)?;
    Ok((mu, sigma))
}

fn two(a: &mut Args, func: &str, x: &str, y: &str) -> Result<(f64, f64)> {
    let p = float_req(a, 0, x, func)?;
    let q = float_req(a, 1, y, func)?;
    done(a, func, 2)?;
    Ok((p, q))
}

/// Seeds `g` from a Python value as `Random.seed(a)` does (version 2).
fn seed_from(interp: &Interpreter, g: &mut PyRandom, a: &Value) -> Result<()> {
    match a {
        Value::None => g.seed_int(interp.host.now_millis()),
        Value::Int(n) => g.seed_int(*n),
        Value::Bool(b) => g.seed_int(*b as i64),
        Value::Str(s) => g.seed_bytes(s.as_bytes()),
        // CPython seeds other hashable values with their hash taken as an unsigned word.
        Value::Float(_) => {
            let h = runnel_core::value::python_hash(a)? as u64;
            g.seed_words(&[h as u32, (h >> 32) as u32]);
        }
        other => match runnel_core::value::as_big(other) {
            // A big int: all its bits, as CPython's init_by_array of abs(n).
            Some(b) => g.seed_words(&b.magnitude().to_u32_digits()),
            // bytes and bytearray as a str's UTF-8 bytes (version 2 seeding).
            None if crate::runtime::bytes::bytes_of(other).is_some() => {
                g.seed_bytes(&crate::runtime::bytes::bytes_of(other).unwrap_or_default())
            }
            None => return Err(Error::type_error(
                "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.",
            )),
        },
    }
    g.gauss_next = None;
    Ok(())
}

fn seed(interp: &Interpreter, g: &Gen, mut a: Args) -> Result<Value> {
    let v = a.take(0, "a").unwrap_or(Value::None);
    if let Some(version) = a.take(1, "version") {
        if index(&version)? != 2 && matches!(v, Value::Str(_)) {
            return Err(Error::value_error(
                "random.seed(version=1) of a str is not supported in Runnel",
            ));
        }
    }
    done(&a, "seed", 2)?;
    seed_from(interp, &mut g.borrow_mut(), &v)?;
    Ok(Value::None)
}

fn getrandbits(_: &Interpreter, g: &Gen, a: Args) -> Result<Value> {
    a.check_count("getrandbits", 1, 1)?;
    a.finish("getrandbits")?;
    let k = index(&a.positional[0])?;
    if k < 0 {
        return Err(Error::value_error("number of bits must be non-negative"));
    }
    if k <= 32 {
        return Ok(Value::Int(g.borrow_mut().getrandbits(k as u32) as i64));
    }
    if k > 1 << 24 {
        return Err(crate::exceptions::memory_error());
    }
    Ok(runnel_core::value::int_value(bits_big(
        &mut g.borrow_mut(),
        k as u64,
    )))
}

/// `randbytes(n)`: `getrandbits(n * 8).to_bytes(n, 'little')`.
fn randbytes(_: &Interpreter, g: &Gen, a: Args) -> Result<Value> {
    a.check_count("randbytes", 1, 1)?;
    a.finish("randbytes")?;
    let n = index(&a.positional[0])?;
    if n < 0 {
        return Err(Error::value_error("number of bits must be non-negative"));
    }
    if n > 1 << 21 {
        return Err(crate::exceptions::memory_error());
    }
    let (_, mut out) = bits_big(&mut g.borrow_mut(), n as u64 * 8).to_bytes_le();
    out.resize(n as usize, 0);
    Ok(crate::runtime::bytes::bytes_value(out))
}

/// `getrandbits(k)` of any size: 32-bit words, least significant first, the last cut to
/// the bits still wanted.
pub(super) fn bits_big(g: &mut PyRandom, k: u64) -> runnel_core::value::BigIntValue {
    let mut words = Vec::with_capacity((k as usize).div_ceil(32));
    let mut left = k;
    while left > 0 {
        let take = left.min(32) as u32;
        words.push(g.getrandbits(take) as u32);
        left -= take as u64;
    }
    runnel_core::value::BigIntValue::from_slice(num_bigint_sign(), &words)
}

fn num_bigint_sign() -> num_bigint::Sign {
    num_bigint::Sign::Plus
}

/// `getstate()`: `(3, (624 words..., index), gauss_next)`, as CPython's.
fn getstate(_: &Interpreter, g: &Gen, a: Args) -> Result<Value> {
    a.check_count("getstate", 0, 0)?;
    let g = g.borrow();
    let (words, idx) = g.state();
    let mut items: Vec<Value> = words.into_iter().map(|w| Value::Int(w as i64)).collect();
    items.push(Value::Int(idx as i64));
    let gauss = g.gauss_next.map_or(Value::None, Value::Float);
    Ok(Value::tuple(vec![
        Value::Int(3),
        Value::tuple(items),
        gauss,
    ]))
}

fn setstate(_: &Interpreter, g: &Gen, a: Args) -> Result<Value> {
    a.check_count("setstate", 1, 1)?;
    let bad = || Error::value_error("state vector is the wrong size");
    let Value::Tuple(state) = &a.positional[0] else {
        return Err(Error::type_error("state vector must be a tuple"));
    };
    let [version, Value::Tuple(internal), gauss] = &state[..] else {
        return Err(bad());
    };
    if index(version)? != 3 {
        return Err(Error::value_error(format!(
            "state with version {} passed to Random.setstate() of version 3",
            version.repr()
        )));
    }
    let nums: Vec<i64> = internal.iter().map(index).collect::<Result<_>>()?;
    let (idx, words) = nums.split_last().ok_or_else(bad)?;
    let words: Vec<u32> = words.iter().map(|w| *w as u32).collect();
    let mut g = g.borrow_mut();
    g.set_state(&words, *idx as usize).ok_or_else(bad)?;
    g.gauss_next = match gauss {
        Value::None => None,
        v => Some(float(v, "gauss_next")?),
    };
    Ok(Value::None)
}

/// A `random.Random` on its way to a worker thread: its whole state, as pickle copies it.
#[derive(Debug)]
struct PortableRandom(PyRandom);

impl runnel_core::value::PortableObject for PortableRandom {
    fn revive(&self, r: &mut runnel_core::value::Reviver, id: u32) -> Result<Value> {
        let interp = crate::portable::target(r)?;
        let module = interp.find_module("random")?;
        let class = interp.module_attr(&module, "random", "Random")?;
        let class = match &class {
            Value::Object(o) => crate::runtime::iter::rc_any(o.clone())
                .downcast::<NativeClass>()
                .map_err(|_| Error::type_error("random.Random is not a class"))?,
            _ => return Err(Error::type_error("random.Random is not a class")),
        };
        let v = NativeInstance::new(class, Rc::new(RefCell::new(self.0.clone())));
        r.remember(id, v.clone());
        Ok(v)
    }
}

fn random_class() -> Value {
    let mut class = NativeClass::new("Random")
        .with_repr(|inst| format!("<random.Random object at {:#x}>", inst as *const _ as usize));
    for &(name, m) in METHODS {
        class = class.method(name, move |interp, this, args| {
            let g = NativeInstance::data_of::<Gen>(this)
                .ok_or_else(|| Error::type_error("descriptor needs a 'random.Random' object"))?;
            m(interp, &g, args)
        });
    }
    class.set_freeze(|inst, _| {
        let g = inst.data.clone().downcast::<Gen>().ok()?;
        let g = g.borrow().clone();
        Some(Ok(
            Box::new(PortableRandom(g)) as Box<dyn runnel_core::value::PortableObject>
        ))
    });
    // Instances point at the class, and the class's constructor makes instances.
    let rc = Rc::new_cyclic(|me: &std::rc::Weak<NativeClass>| {
        let me = me.clone();
        class.constructor(move |interp, mut args| {
            let v = args.take(0, "x").unwrap_or(Value::None);
            done(&args, "Random", 1)?;
            let mut g = PyRandom::from_int(0);
            seed_from(interp, &mut g, &v)?;
            let class = me
                .upgrade()
                .ok_or_else(|| Error::type_error("Random is gone"))?;
            Ok(NativeInstance::new(class, Rc::new(RefCell::new(g))))
        })
    });
    Value::Object(rc)
}

pub(super) fn attrs(interp: &Interpreter) -> Vec<(&'static str, Value)> {
    let shared = Rc::new(RefCell::new(PyRandom::from_int(interp.host.now_millis())));
    let mut out = vec![("Random", random_class())];
    for &(name, m) in METHODS {
        let g = shared.clone();
        out.push((
            name,
            NativeFunction::new(name, move |interp, args| m(interp, &g, args)),
        ));
    }
    out
}

fn vonmises(g: &mut PyRandom, mu: f64, kappa: f64) -> Result<Value> {
    Ok(Value::Float(g.vonmisesvariate(mu, kappa)))
}

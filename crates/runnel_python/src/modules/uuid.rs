//! The `uuid` module: `UUID` (from `hex`, `bytes`, `int`, with `version`; `str`, `repr`,
//! `hex`, `int`, `bytes`, `urn`, `version`, `variant`, ordering and hashing as CPython's),
//! `uuid3`/`uuid5` (deterministic, from MD5/SHA-1), `uuid4` and the `NAMESPACE_*`
//! constants. `uuid4` draws from a generator of its own, seeded from the host's clock
//! (Runnel has no entropy source), so it leaves `random`'s numbers as CPython's.

use super::random::mt::PyRandom;
use crate::native::{NativeClass, NativeFunction, NativeInstance};
use crate::runtime::bytes::{bytes_of, bytes_value};
use crate::{Args, Interpreter};
use runnel_core::value::{CmpOp, PortableObject, Reviver};
use runnel_core::{Error, Result, Value};
use sha2::Digest;
use std::cell::RefCell;
use std::rc::Rc;

/// The value of a UUID.
struct Uuid(u128);

fn get(v: &Value) -> Option<u128> {
    NativeInstance::data_of::<Uuid>(v).map(|u| u.0)
}

fn this(v: &Value) -> Result<u128> {
    get(v).ok_or_else(|| Error::type_error("descriptor requires a 'uuid.UUID' object"))
}

fn text(u: u128) -> String {
    let h = format!("{u:032x}");
    format!(
        "{}-{}-{}-{}-{}",
        &h[..8],
        &h[8..12],
        &h[12..16],
        &h[16..20],
        &h[20..]
    )
}

/// `u` with the RFC 4122 variant and `version` set (as `UUID(..., version=n)`).
fn with_version(u: u128, version: i64) -> Result<u128> {
    if !(1..=5).contains(&version) {
        return Err(Error::value_error("illegal version number"));
    }
    let u = u & !(0xc000 << 48) | 0x8000 << 48;
    Ok(u & !(0xf000 << 64) | (version as u128) << 76)
}

fn version(u: u128) -> Value {
    if (u >> 62) & 3 == 2 {
        Value::Int((u >> 76 & 0xf) as i64)
    } else {
        Value::None
    }
}

fn variant(u: u128) -> &'static str {
    match u >> 61 & 7 {
        0..=3 => "reserved for NCS compatibility",
        4 | 5 => "specified in RFC 4122",
        6 => "reserved for Microsoft compatibility",
        _ => "reserved for future definition",
    }
}

fn from_hex(s: &str) -> Result<u128> {
    let s = s.replace("urn:", "").replace("uuid:", "");
    let s = s.trim_matches(|c| c == '{' || c == '}').replace('-', "");
    if s.len() != 32 || !s.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(Error::value_error("badly formed hexadecimal UUID string"));
    }
    u128::from_str_radix(&s, 16)
        .map_err(|_| Error::value_error("badly formed hexadecimal UUID string"))
}

/// `UUID(hex=None, bytes=None, bytes_le=None, fields=None, int=None, version=None)`.
fn construct(class: &Rc<NativeClass>, mut a: Args) -> Result<Value> {
    let names = ["hex", "bytes", "bytes_le", "fields", "int", "version"];
    let mut given: Vec<Option<Value>> = names
        .iter()
        .enumerate()
        .map(|(i, n)| a.take(i, n))
        .collect();
    crate::modules::args::done(&a, "UUID", 6)?;
    let present: Vec<usize> = (0..5)
        .filter(|&i| given[i].as_ref().is_some_and(|v| !matches!(v, Value::None)))
        .collect();
    if present.len() != 1 {
        return Err(Error::type_error(
            "one of the hex, bytes, bytes_le, fields, or int arguments must be given",
        ));
    }
    let v = given[present[0]].take().unwrap_or(Value::None);
    let mut u = match present[0] {
        0 => from_hex(&crate::runtime::guard::to_str(&v)?)?,
        1 | 2 => {
            let b = bytes_of(&v).filter(|b| b.len() == 16).ok_or_else(|| {
                Error::value_error(if present[0] == 1 {
                    "bytes is not a 16-char string"
                } else {
                    "bytes_le is not a 16-char string"
                })
            })?;
            let mut b: [u8; 16] = b.try_into().unwrap_or([0; 16]);
            if present[0] == 2 {
                b[..4].reverse();
                b[4..6].reverse();
                b[6..8].reverse();
            }
            u128::from_be_bytes(b)
        }
        3 => {
            return Err(Error::new(
                "NotImplementedError",
                "UUID(fields=...) is not supported in Runnel",
            ))
        }
        _ => {
            let n = runnel_core::value::as_big(&v)
                .ok_or_else(|| Error::type_error("int must be an integer"))?;
            let (sign, digits) = n.to_bytes_be();
            if sign == num_bigint::Sign::Minus || digits.len() > 16 {
                return Err(Error::value_error(
                    "int is out of range (need a 128-bit value)",
                ));
            }
            digits.iter().fold(0u128, |acc, &d| acc << 8 | d as u128)
        }
    };
    if let Some(ver) = given[5].take().filter(|v| !matches!(v, Value::None)) {
        u = with_version(u, crate::modules::args::index(&ver)?)?;
    }
    Ok(NativeInstance::new(class.clone(), Rc::new(Uuid(u))))
}

/// A UUID travels to worker threads as its value, revived as that interpreter's `UUID`.
#[derive(Debug)]
struct PortableUuid(u128);

impl PortableObject for PortableUuid {
    fn revive(&self, r: &mut Reviver, _id: u32) -> Result<Value> {
        let interp = crate::portable::target(r)?;
        let class = interp
            .find_module("uuid")
            .and_then(|m| crate::methods::get_attr(interp, &m, "UUID"))?;
        let class = class_rc(&class)
            .ok_or_else(|| Error::new("PicklingError", "uuid.UUID is not a class here"))?;
        Ok(NativeInstance::new(class, Rc::new(Uuid(self.0))))
    }
}

fn class_rc(v: &Value) -> Option<Rc<NativeClass>> {
    let Value::Object(o) = v else { return None };
    crate::runtime::iter::rc_any(o.clone())
        .downcast::<NativeClass>()
        .ok()
}

fn uuid_class() -> Rc<NativeClass> {
    let mut class = NativeClass::new("uuid.UUID")
        .property("hex", |_, s| Ok(Value::str(&format!("{:032x}", this(s)?))))
        .property("int", |_, s| {
            Ok(runnel_core::value::int_value(num_bigint::BigInt::from(
                this(s)?,
            )))
        })
        .property("bytes", |_, s| {
            Ok(bytes_value(this(s)?.to_be_bytes().to_vec()))
        })
        .property("urn", |_, s| {
            Ok(Value::str(&format!("urn:uuid:{}", text(this(s)?))))
        })
        .property("version", |_, s| Ok(version(this(s)?)))
        .property("variant", |_, s| Ok(Value::str(variant(this(s)?))))
        .with_repr(|inst| {
            let u = inst.data.downcast_ref::<Uuid>().map_or(0, |u| u.0);
            format!("UUID('{}')", text(u))
        });
    class.slots.str = Some(Rc::new(|inst| {
        text(inst.data.downcast_ref::<Uuid>().map_or(0, |u| u.0))
    }));
    class.slots.eq = Some(Rc::new(|a, b| {
        a.data.downcast_ref::<Uuid>().map(|u| u.0) == b.data.downcast_ref::<Uuid>().map(|u| u.0)
    }));
    class.slots.hash = Some(Rc::new(|inst| {
        let u = inst.data.downcast_ref::<Uuid>()?.0;
        Some(
            runnel_core::value::python_hash(&runnel_core::value::int_value(
                num_bigint::BigInt::from(u),
            ))
            .unwrap_or(0),
        )
    }));
    class.slots.compare = Some(Rc::new(|inst, op: CmpOp, other: &Value| {
        let a = inst.data.downcast_ref::<Uuid>()?.0;
        let b = get(other)?;
        Some(Ok(op.test(a.cmp(&b))))
    }));
    class.set_freeze(|inst, _| {
        let u = inst.data.downcast_ref::<Uuid>()?.0;
        Some(Ok(Box::new(PortableUuid(u)) as Box<dyn PortableObject>))
    });
    class.with_self_constructor(|_, class, a| construct(class, a))
}

fn namespace(class: &Rc<NativeClass>, hex: &str) -> Value {
    NativeInstance::new(class.clone(), Rc::new(Uuid(from_hex(hex).unwrap_or(0))))
}

/// `uuid3`/`uuid5`: the hash of the namespace's bytes and the name's UTF-8.
fn named(class: &Rc<NativeClass>, a: Args, func: &str, version: i64) -> Result<Value> {
    a.check_count(func, 2, 2)?;
    a.finish(func)?;
    let ns = get(&a.positional[0]).ok_or_else(|| {
        Error::new(
            "AttributeError",
            format!(
                "'{}' object has no attribute 'bytes'",
                a.positional[0].type_name()
            ),
        )
    })?;
    let Value::Str(name) = &a.positional[1] else {
        return Err(Error::type_error("encoding without a string argument"));
    };
    let mut data = ns.to_be_bytes().to_vec();
    data.extend_from_slice(name.as_bytes());
    let digest = if version == 3 {
        md5::Md5::digest(&data).to_vec()
    } else {
        sha1::Sha1::digest(&data).to_vec()
    };
    let u = u128::from_be_bytes(digest[..16].try_into().unwrap_or([0; 16]));
    Ok(NativeInstance::new(
        class.clone(),
        Rc::new(Uuid(with_version(u, version)?)),
    ))
}

pub(super) fn attrs() -> Vec<(&'static str, Value)> {
    let class = uuid_class();
    let (c3, c4, c5) = (class.clone(), class.clone(), class.clone());
    let rng: Rc<RefCell<Option<PyRandom>>> = Rc::new(RefCell::new(None));
    vec![
        (
            "uuid3",
            NativeFunction::new("uuid3", move |_, a| named(&c3, a, "uuid3", 3)),
        ),
        (
            "uuid5",
            NativeFunction::new("uuid5", move |_, a| named(&c5, a, "uuid5", 5)),
        ),
        (
            "uuid4",
            NativeFunction::new("uuid4", move |interp: &Interpreter, a: Args| {
                a.check_count("uuid4", 0, 0)?;
                let mut g = rng.borrow_mut();
                let g = g.get_or_insert_with(|| PyRandom::from_int(interp.host.now_millis()));
                let u = (0..4).fold(0u128, |acc, _| acc << 32 | g.next_u32() as u128);
                Ok(NativeInstance::new(
                    c4.clone(),
                    Rc::new(Uuid(with_version(u, 4)?)),
                ))
            }),
        ),
        (
            "NAMESPACE_DNS",
            namespace(&class, "6ba7b810-9dad-11d1-80b4-00c04fd430c8"),
        ),
        (
            "NAMESPACE_URL",
            namespace(&class, "6ba7b811-9dad-11d1-80b4-00c04fd430c8"),
        ),
        (
            "NAMESPACE_OID",
            namespace(&class, "6ba7b812-9dad-11d1-80b4-00c04fd430c8"),
        ),
        (
            "NAMESPACE_X500",
            namespace(&class, "6ba7b814-9dad-11d1-80b4-00c04fd430c8"),
        ),
        ("RESERVED_NCS", Value::str("reserved for NCS compatibility")),
        ("RFC_4122", Value::str("specified in RFC 4122")),
        (
            "RESERVED_MICROSOFT",
            Value::str("reserved for Microsoft compatibility"),
        ),
        (
            "RESERVED_FUTURE",
            Value::str("reserved for future definition"),
        ),
        ("UUID", Value::Object(class)),
    ]
}

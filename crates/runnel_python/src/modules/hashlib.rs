//! The `hashlib` module: `md5`, `sha1`, `sha224`, `sha256`, `sha384`, `sha512` and `new`
//! (RustCrypto's hashes), objects with `update`, `digest`, `hexdigest`, `copy`, `name`,
//! `digest_size`, `block_size`, as CPython's. Other algorithms are refused by name.

use crate::native::{NativeClass, NativeFunction, NativeInstance};
use crate::runtime::bytes::{bytes_of, bytes_value};
use crate::{Args, Interpreter};
use runnel_core::{Error, Result, Value};
use sha2::Digest;
use std::cell::RefCell;
use std::rc::Rc;

/// A hash in progress.
#[derive(Clone)]
enum Hasher {
    Md5(md5::Md5),
    Sha1(sha1::Sha1),
    Sha224(sha2::Sha224),
    Sha256(sha2::Sha256),
    Sha384(sha2::Sha384),
    Sha512(sha2::Sha512),
}

/// The algorithms, as `hashlib.new` names them, with their block sizes.
const ALGORITHMS: [(&str, usize); 6] = [
    ("md5", 64),
    ("sha1", 64),
    ("sha224", 64),
    ("sha256", 64),
    ("sha384", 128),
    ("sha512", 128),
];

/// What CPython 3.11 offers beyond these (refused by name).
pub(super) const NOT_HERE: &[&str] = &[
    "sha3_224",
    "sha3_256",
    "sha3_384",
    "sha3_512",
    "shake_128",
    "shake_256",
    "blake2b",
    "blake2s",
    "pbkdf2_hmac",
    "scrypt",
    "file_digest",
];

impl Hasher {
    fn new(name: &str) -> Option<Hasher> {
        Some(match name {
            "md5" => Hasher::Md5(md5::Md5::new()),
            "sha1" => Hasher::Sha1(sha1::Sha1::new()),
            "sha224" => Hasher::Sha224(sha2::Sha224::new()),
            "sha256" => Hasher::Sha256(sha2::Sha256::new()),
            "sha384" => Hasher::Sha384(sha2::Sha384::new()),
            "sha512" => Hasher::Sha512(sha2::Sha512::new()),
            _ => return None,
        })
    }

    fn name(&self) -> &'static str {
        let i = match self {
            Hasher::Md5(_) => 0,
            Hasher::Sha1(_) => 1,
            Hasher::Sha224(_) => 2,
            Hasher::Sha256(_) => 3,
            Hasher::Sha384(_) => 4,
            Hasher::Sha512(_) => 5,
        };
        ALGORITHMS[i].0
    }

    fn update(&mut self, data: &[u8]) {
        match self {
            Hasher::Md5(h) => h.update(data),
            Hasher::Sha1(h) => h.update(data),
            Hasher::Sha224(h) => h.update(data),
            Hasher::Sha256(h) => h.update(data),
            Hasher::Sha384(h) => h.update(data),
            Hasher::Sha512(h) => h.update(data),
        }
    }

    /// The digest so far (the hash can go on being updated).
    fn digest(&self) -> Vec<u8> {
        match self.clone() {
            Hasher::Md5(h) => h.finalize().to_vec(),
            Hasher::Sha1(h) => h.finalize().to_vec(),
            Hasher::Sha224(h) => h.finalize().to_vec(),
            Hasher::Sha256(h) => h.finalize().to_vec(),
            Hasher::Sha384(h) => h.finalize().to_vec(),
            Hasher::Sha512(h) => h.finalize().to_vec(),
        }
    }
}

/// The bytes hashed from `v`: bytes or bytearray; a str must be encoded first.
fn data_arg(v: &Value) -> Result<Vec<u8>> {
    if let Some(b) = bytes_of(v) {
        return Ok(b);
    }
    Err(Error::type_error(match v {
        Value::Str(_) => "Strings must be encoded before hashing".to_string(),
        _ => "object supporting the buffer API required".to_string(),
    }))
}

fn this(v: &Value) -> Result<Rc<RefCell<Hasher>>> {
    NativeInstance::data_of::<RefCell<Hasher>>(v)
        .ok_or_else(|| Error::type_error("descriptor requires a '_hashlib.HASH' object"))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn hash_class() -> Rc<NativeClass> {
    let class = NativeClass::new("_hashlib.HASH")
        .method("update", |_, s, a: Args| {
            a.check_count("update", 1, 1)?;
            let data = data_arg(&a.positional[0])?;
            this(s)?.borrow_mut().update(&data);
            Ok(Value::None)
        })
        .method("digest", |_, s, a: Args| {
            a.check_count("digest", 0, 0)?;
            Ok(bytes_value(this(s)?.borrow().digest()))
        })
        .method("hexdigest", |_, s, a: Args| {
            a.check_count("hexdigest", 0, 0)?;
            Ok(Value::str(&hex(&this(s)?.borrow().digest())))
        })
        .method("copy", |_, s, a: Args| {
            a.check_count("copy", 0, 0)?;
            let h = this(s)?.borrow().clone();
            let class = NativeInstance::class_of(s).ok_or_else(|| Error::type_error("copy"))?;
            Ok(NativeInstance::new(class, Rc::new(RefCell::new(h))))
        })
        .property("name", |_, s| Ok(Value::str(this(s)?.borrow().name())))
        .property("digest_size", |_, s| {
            Ok(Value::Int(this(s)?.borrow().digest().len() as i64))
        })
        .property("block_size", |_, s| {
            let name = this(s)?.borrow().name();
            let size = ALGORITHMS
                .iter()
                .find(|(n, _)| *n == name)
                .map_or(64, |a| a.1);
            Ok(Value::Int(size as i64))
        })
        .with_repr(|inst| {
            let name = inst
                .data
                .downcast_ref::<RefCell<Hasher>>()
                .map_or("?", |h| h.borrow().name());
            format!(
                "<{name} _hashlib.HASH object @ {:#x}>",
                inst as *const _ as usize
            )
        });
    Rc::new(class)
}

/// A new hash of `name` over the optional initial data (`string=` or `data=`).
fn start(class: &Rc<NativeClass>, name: &str, data: Option<Value>) -> Result<Value> {
    let mut h = Hasher::new(name)
        .ok_or_else(|| Error::value_error(format!("unsupported hash type {name}")))?;
    if let Some(d) = data {
        h.update(&data_arg(&d)?);
    }
    Ok(NativeInstance::new(class.clone(), Rc::new(RefCell::new(h))))
}

/// The initial data of a constructor (positional, `string=` or `data=`), rejecting the rest.
fn initial(a: &mut Args, first: usize, func: &str) -> Result<Option<Value>> {
    let _ = a.take_keyword("usedforsecurity");
    let data = a.take(first, "string").or_else(|| a.take_keyword("data"));
    crate::modules::args::done(a, func, first + 1)?;
    Ok(data)
}

pub(super) fn attrs() -> Vec<(&'static str, Value)> {
    let class = hash_class();
    let mut attrs: Vec<(&'static str, Value)> = ALGORITHMS
        .iter()
        .map(|&(name, _)| {
            let class = class.clone();
            let f = NativeFunction::new(
                &format!("openssl_{name}"),
                move |_: &Interpreter, mut a: Args| {
                    let data = initial(&mut a, 0, &format!("openssl_{name}"))?;
                    start(&class, name, data)
                },
            );
            (name, f)
        })
        .collect();
    let names = || {
        let mut set = runnel_core::value::PySet::new();
        for (n, _) in ALGORITHMS {
            let _ = set.insert(Value::str(n));
        }
        Value::FrozenSet(runnel_core::value::Shared::new(set))
    };
    attrs.push((
        "new",
        NativeFunction::new("new", move |_, mut a: Args| {
            let name = a.require(0, "name", "new")?;
            let data = initial(&mut a, 1, "new")?;
            let Value::Str(name) = name else {
                return Err(Error::type_error(format!(
                    "new() argument 'name' must be str, not {}",
                    name.type_name()
                )));
            };
            start(&class, &name.to_lowercase(), data)
        }),
    ));
    attrs.push(("algorithms_guaranteed", names()));
    attrs.push(("algorithms_available", names()));
    attrs
}

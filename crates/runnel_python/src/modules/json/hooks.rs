//! `json.loads`' keyword arguments: the hooks that replace how objects, floats, ints and
//! the constants `NaN`/`Infinity` are made, and `strict` (control characters allowed in
//! strings when false), as CPython's `JSONDecoder` takes them.

use crate::{Args, Interpreter};
use runnel_core::{Error, Result, Value};

/// The hooks of one `loads` call (each `None` when not given or given as `None`).
#[derive(Default)]
pub(crate) struct Hooks {
    pub object_hook: Option<Value>,
    pub object_pairs_hook: Option<Value>,
    pub parse_float: Option<Value>,
    pub parse_int: Option<Value>,
    pub parse_constant: Option<Value>,
    pub strict: bool,
}

impl Hooks {
    /// Takes the keywords of `loads(s, **kw)`; any other is CPython's `TypeError`.
    pub fn from_args(args: &mut Args) -> Result<Hooks> {
        let mut take = |name: &str| {
            args.take_keyword(name)
                .filter(|v| !matches!(v, Value::None))
        };
        let hooks = Hooks {
            object_hook: take("object_hook"),
            object_pairs_hook: take("object_pairs_hook"),
            parse_float: take("parse_float"),
            parse_int: take("parse_int"),
            parse_constant: take("parse_constant"),
            strict: take("strict").is_none_or(|v| v.truthy()),
        };
        if let Some((name, _)) = args.keywords.first() {
            return Err(Error::type_error(format!(
                "JSONDecoder.__init__() got an unexpected keyword argument '{name}'"
            )));
        }
        Ok(hooks)
    }
}

/// `hook(arg)`, or `None` when there is no hook (`arg` is made only for a call).
pub(crate) fn call(
    interp: &Interpreter,
    hook: &Option<Value>,
    arg: impl FnOnce() -> Value,
) -> Option<Result<Value>> {
    let hook = hook.as_ref()?;
    Some(interp.call_value(hook, Args::new(vec![arg()])))
}

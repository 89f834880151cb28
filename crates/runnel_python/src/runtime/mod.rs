//! What compiled code runs on: frames, functions, iterators, operators.

pub(crate) mod adapters;
pub(crate) mod attr_hooks;
#[cfg(feature = "extra")]
pub(crate) mod builtin_base;
#[cfg(not(feature = "extra"))]
#[path = "builtin_base_lite.rs"]
pub(crate) mod builtin_base;
pub(crate) mod bytes;
pub(crate) mod bytes_str;
pub(crate) mod call;
pub(crate) mod class;
pub(crate) mod codecs;
pub(crate) mod codecs_wide;
pub(crate) mod compare;
pub(crate) mod construct;
pub(crate) mod dataclass;
pub(crate) mod dataclass_collect;
pub(crate) mod dataclass_conv;
pub(crate) mod dataclass_field;
pub(crate) mod dataclass_methods;
pub(crate) mod descriptor;
pub(crate) mod dunder;
pub(crate) mod exc_chain;
pub(crate) mod frame;
pub(crate) mod function;
pub(crate) mod function_attrs;
pub(crate) mod gen_close;
mod gen_code;
pub(crate) mod gen_methods;
pub(crate) mod gen_obj;
mod gen_step;
mod gen_unwind;
pub(crate) mod generator;
pub(crate) mod guard;
#[cfg(feature = "extra")]
pub(crate) mod instance_dict;
#[cfg(not(feature = "extra"))]
#[path = "instance_dict_lite.rs"]
pub(crate) mod instance_dict;
pub(crate) mod iter;
pub(crate) mod members;
pub(crate) mod module_class;
pub(crate) mod mro;
pub(crate) mod ops;
pub(crate) mod slice_obj;
pub(crate) mod subscript;
pub(crate) mod total_ordering;
pub(crate) mod truth;
pub(crate) mod type_new;

//! The `RDD` class: its methods gathered from the modules that implement them.

use crate::context::Sc;
use crate::glue::instance;
use crate::rdd::obj;
use runnel_python::NativeClass;

/// The class with its methods.
pub(crate) fn class() -> NativeClass {
    let mut class = NativeClass::new("RDD");
    let methods = crate::rdd::methods()
        .into_iter()
        .chain(crate::rdd_extra::methods())
        .chain(crate::rdd_stats::methods())
        .chain(crate::rdd_sample::methods());
    for (name, m) in methods {
        class = class.method(name, m);
    }
    class.property("context", |_, t| {
        let o = obj(t)?;
        Ok(instance(
            &o.env.classes()?.spark_context,
            Sc { env: o.env.clone() },
        ))
    })
}

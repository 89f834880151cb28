//! `sc._jvm`: programs reach into Spark's JVM mostly to quiet its logging
//! (`sc._jvm.org.apache.log4j.LogManager.getLogger("org").setLevel(...)`). Runnel has no
//! JVM and prints no logs, so every attribute and call of it is accepted and does nothing;
//! the first use says so once on stderr.

use crate::glue::{instance, this};
use crate::session::Env;
use runnel_core::{Result, Value};
use runnel_python::NativeClass;
use std::rc::Rc;

/// A stand-in for a py4j `JavaObject`/`JavaClass`: the path it was reached by.
pub(crate) struct JavaObject {
    env: Rc<Env>,
    path: String,
}

/// `sc._jvm`, saying once that there is no JVM.
pub(crate) fn jvm(env: &Rc<Env>) -> Result<Value> {
    if !env.jvm_warned.replace(true) {
        env.host.stderr(
            "warning: there is no JVM in Runnel: sc._jvm (log4j levels and the like) is accepted and does nothing\n",
        );
    }
    java_object(env, "sc._jvm".to_string())
}

fn java_object(env: &Rc<Env>, path: String) -> Result<Value> {
    Ok(instance(
        &env.classes()?.java_object,
        JavaObject {
            env: env.clone(),
            path,
        },
    ))
}

/// The class: any attribute is another stand-in, and calling one returns one.
pub(crate) fn class() -> NativeClass {
    let mut class = NativeClass::new("JavaObject")
        .getattr(|_, t, name| {
            let o = this::<JavaObject>(t, "JavaObject")?;
            java_object(&o.env, format!("{}.{name}", o.path))
        })
        .method("__call__", |_, t, _| {
            let o = this::<JavaObject>(t, "JavaObject")?;
            java_object(&o.env, format!("{}(...)", o.path))
        });
    class.repr = Some(Rc::new(|inst| {
        let path = inst
            .data
            .clone()
            .downcast::<JavaObject>()
            .map(|o| o.path.clone())
            .unwrap_or_default();
        format!("<no JVM: {path}>")
    }));
    class
}

//! The text Spark prints for a lineage: `RDD.toString` (`repr(rdd)`) and
//! `RDD.toDebugString` with its storage levels and cached partitions.

use super::{Lineage, Node};
use crate::session::Env;

impl Lineage {
    /// The JVM RDD's `toString` (`repr(rdd)` in PySpark): `PythonRDD[3] at RDD at
    /// PythonRDD.scala:53`, the name first if it has one.
    pub(crate) fn jvm_string(&self, env: &Env) -> String {
        let top = self.jvm(env);
        let name = top.name.borrow();
        let name = name.as_ref().map_or(String::new(), |s| format!("{s} "));
        format!("{name}{}[{}] at {}", top.class, top.id, top.call)
    }

    /// Spark's `RDD.toDebugString`, or why Runnel cannot tell it.
    pub(crate) fn debug_string(&self, env: &Env) -> Result<String, &'static str> {
        let top = self.jvm(env);
        // Spark shows the storage level of the RDD asked on every line.
        let level = top.level();
        let (first, prefix) = with_parts(&top, "", &level);
        let mut lines = vec![first];
        storage(&top, &format!("{prefix} "), &mut lines)?;
        children(&top, &prefix, &level, &mut lines)?;
        Ok(lines.join("\n"))
    }
}

/// `[name ]Class[id] at call [level]`, as Spark's `RDD.toString` and storage level.
fn describe(n: &Node, level: &str) -> String {
    let name = n.name.borrow();
    let name = name.as_ref().map_or(String::new(), |s| format!("{s} "));
    format!("{name}{}[{}] at {} [{level}]", n.class, n.id, n.call)
}

/// `(N) description` after `lead`, and the prefix of the lines under it.
fn with_parts(n: &Node, lead: &str, level: &str) -> (String, String) {
    let count = format!("({})", n.parts);
    let left = (count.len() - 1) / 2;
    let next = format!("{}|{}", " ".repeat(left), " ".repeat(count.len() - left));
    (format!("{lead}{count} {}", describe(n, level)), next)
}

/// The `CachedPartitions` line of a cached RDD, after `prefix`.
fn storage(n: &Node, prefix: &str, lines: &mut Vec<String>) -> Result<(), &'static str> {
    if let Some(c) = n.cached()? {
        let size = crate::rdd_cache::bytes_to_string;
        let (memory, disk) = (size(c.memory), size(c.disk));
        lines.push(format!(
            "{prefix}    CachedPartitions: {}; MemorySize: {memory}; DiskSize: {disk}",
            c.partitions
        ));
    }
    Ok(())
}

/// The lines of `n`'s parents under `prefix`, as Spark's `debugChildren`.
fn children(
    n: &Node,
    prefix: &str,
    level: &str,
    lines: &mut Vec<String>,
) -> Result<(), &'static str> {
    let deps = n.deps.borrow();
    let last = deps.len().saturating_sub(1);
    for (i, (parent, shuffle)) in deps.iter().enumerate() {
        if *shuffle {
            let this = prefix.trim_end().trim_end_matches('|');
            let (first, next) = with_parts(parent, &format!("{this}+-"), level);
            lines.push(first);
            let indent = if i == last { "  " } else { "| " };
            let next = format!("{this}{indent}{next}");
            storage(parent, &next, lines)?;
            children(parent, &next, level, lines)?;
        } else {
            lines.push(format!("{prefix}{}", describe(parent, level)));
            storage(parent, prefix, lines)?;
            children(parent, prefix, level, lines)?;
        }
    }
    Ok(())
}

//! `datetime.time` (a time of day, naive) and what joins it to dates: `dt.time()`,
//! `datetime.combine(d, t)`, and `isocalendar()` of dates and datetimes, as CPython 3.11
//! shows them (`datetime.time(14, 7)`, `14:07:00`, `IsoCalendarDate(...)`).

use crate::native::{NativeClass, NativeInstance};
use crate::{Args, Interpreter, NativeFunction};
use runnel_core::time::DateTime;
use runnel_core::value::{PortableObject, Reviver};
use runnel_core::{Error, Result, Value};
use std::rc::Rc;

/// A time of day.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Time {
    pub hour: u32,
    pub minute: u32,
    pub second: u32,
    pub microsecond: u32,
}

impl Time {
    fn of(dt: &DateTime) -> Time {
        Time {
            hour: dt.hour,
            minute: dt.minute,
            second: dt.second,
            microsecond: dt.microsecond,
        }
    }

    /// The time on 1900-01-01 (what `strftime` of a time formats).
    fn on_1900(&self) -> DateTime {
        DateTime {
            year: 1900,
            month: 1,
            day: 1,
            hour: self.hour,
            minute: self.minute,
            second: self.second,
            microsecond: self.microsecond,
            fold: 0,
        }
    }

    fn isoformat(&self, spec: &str) -> Result<String> {
        let (h, m, s, us) = (self.hour, self.minute, self.second, self.microsecond);
        Ok(match spec {
            "auto" if us == 0 => format!("{h:02}:{m:02}:{s:02}"),
            "auto" | "microseconds" => format!("{h:02}:{m:02}:{s:02}.{us:06}"),
            "hours" => format!("{h:02}"),
            "minutes" => format!("{h:02}:{m:02}"),
            "seconds" => format!("{h:02}:{m:02}:{s:02}"),
            "milliseconds" => format!("{h:02}:{m:02}:{s:02}.{:03}", us / 1000),
            _ => return Err(Error::value_error("Unknown timespec value")),
        })
    }

    fn repr(&self) -> String {
        let mut parts = vec![self.hour, self.minute];
        if self.second != 0 || self.microsecond != 0 {
            parts.push(self.second);
        }
        if self.microsecond != 0 {
            parts.push(self.microsecond);
        }
        let parts: Vec<String> = parts.iter().map(|p| p.to_string()).collect();
        format!("datetime.time({})", parts.join(", "))
    }
}

fn this(v: &Value) -> Result<Time> {
    NativeInstance::data_of::<Time>(v)
        .map(|t| *t)
        .ok_or_else(|| Error::type_error("descriptor requires a 'datetime.time' object"))
}

const FIELDS: [(&str, u32); 4] = [
    ("hour", 23),
    ("minute", 59),
    ("second", 59),
    ("microsecond", 999_999),
];

/// `time(hour=0, minute=0, second=0, microsecond=0, tzinfo=None)`.
fn construct(class: &Rc<NativeClass>, mut a: Args, base: Time) -> Result<Value> {
    let mut parts = [base.hour, base.minute, base.second, base.microsecond];
    for (i, (name, max)) in FIELDS.iter().enumerate() {
        if let Some(v) = a.take(i, name) {
            let n = crate::modules::args::index(&v)?;
            if !(0..=*max as i64).contains(&n) {
                return Err(Error::value_error(format!("{name} must be in 0..{max}")));
            }
            parts[i] = n as u32;
        }
    }
    match a.take(4, "tzinfo") {
        None | Some(Value::None) => {}
        Some(_) => {
            return Err(Error::new(
                "NotImplementedError",
                "Runnel's times have no tzinfo",
            ))
        }
    }
    a.take_keyword("fold");
    a.finish("time")?;
    if a.positional.len() > 5 {
        return Err(Error::type_error(format!(
            "time() takes at most 5 arguments ({} given)",
            a.positional.len()
        )));
    }
    let t = Time {
        hour: parts[0],
        minute: parts[1],
        second: parts[2],
        microsecond: parts[3],
    };
    Ok(NativeInstance::new(class.clone(), Rc::new(t)))
}

fn methods(class: NativeClass) -> NativeClass {
    let mut class = class;
    for (i, (name, _)) in FIELDS.iter().enumerate() {
        class = class.property(name, move |_, s| {
            let t = this(s)?;
            Ok(Value::Int(
                [t.hour, t.minute, t.second, t.microsecond][i] as i64,
            ))
        });
    }
    class
        .property("tzinfo", |_, _| Ok(Value::None))
        .property("fold", |_, _| Ok(Value::Int(0)))
        .method("isoformat", |_, s, mut a: Args| {
            let spec = match a.take(0, "timespec") {
                Some(Value::Str(s)) => s.to_string(),
                _ => "auto".into(),
            };
            a.finish("isoformat")?;
            Ok(Value::str(&this(s)?.isoformat(&spec)?))
        })
        .method("strftime", |_, s, a: Args| {
            a.check_count("strftime", 1, 1)?;
            let f = a.positional[0].to_str();
            Ok(Value::str(&super::datetime::strftime(
                &this(s)?.on_1900(),
                &f,
            )))
        })
        .method("replace", |_, s, a: Args| {
            let class = NativeInstance::class_of(s).ok_or_else(|| Error::type_error("time"))?;
            construct(&class, a, this(s)?)
        })
}

/// The `datetime.time` class.
pub(crate) fn class() -> Value {
    let mut class = NativeClass::new("datetime.time").with_repr(|i| {
        i.data
            .clone()
            .downcast::<Time>()
            .map(|t| t.repr())
            .unwrap_or_default()
    });
    class = methods(class);
    class.slots.str = Some(Rc::new(|i| {
        i.data
            .clone()
            .downcast::<Time>()
            .ok()
            .and_then(|t| t.isoformat("auto").ok())
            .unwrap_or_default()
    }));
    class.slots.eq = Some(Rc::new(|a, b| {
        let (x, y) = (
            a.data.clone().downcast::<Time>(),
            b.data.clone().downcast::<Time>(),
        );
        matches!((x, y), (Ok(x), Ok(y)) if x == y)
    }));
    class.slots.compare = Some(Rc::new(|a, op, other| {
        let x = a.data.clone().downcast::<Time>().ok()?;
        let y = NativeInstance::data_of::<Time>(other)?;
        Some(Ok(op.test(x.cmp(&y))))
    }));
    class.slots.hash = Some(Rc::new(|a| {
        let t = a.data.clone().downcast::<Time>().ok()?;
        let us = ((t.hour as i64 * 60 + t.minute as i64) * 60 + t.second as i64) * 1_000_000
            + t.microsecond as i64;
        runnel_core::value::python_hash(&Value::Int(us)).ok()
    }));
    class.set_freeze(|inst, _| {
        let t = *inst.data.clone().downcast::<Time>().ok()?;
        Some(Ok(Box::new(PortableTime(t)) as Box<dyn PortableObject>))
    });
    let rc = Rc::new_cyclic(|me: &std::rc::Weak<NativeClass>| {
        let me = me.clone();
        let zero = Time {
            hour: 0,
            minute: 0,
            second: 0,
            microsecond: 0,
        };
        class.constructor(move |_: &Interpreter, a: Args| {
            let class = me
                .upgrade()
                .ok_or_else(|| Error::type_error("time is gone"))?;
            construct(&class, a, zero)
        })
    });
    Value::Object(rc)
}

#[derive(Debug)]
struct PortableTime(Time);

impl std::fmt::Debug for Time {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.repr())
    }
}

impl PortableObject for PortableTime {
    fn revive(&self, r: &mut Reviver, id: u32) -> Result<Value> {
        let interp = crate::portable::target(r)?;
        let v = make(interp, self.0)?;
        r.remember(id, v.clone());
        Ok(v)
    }
}

/// A `datetime.time` value of this interpreter.
fn make(interp: &Interpreter, t: Time) -> Result<Value> {
    let m = interp.find_module("datetime")?;
    let class = interp.module_attr(&m, "datetime", "time")?;
    match &class {
        Value::Object(o) => {
            let c = crate::runtime::iter::rc_any(o.clone())
                .downcast::<NativeClass>()
                .map_err(|_| Error::type_error("datetime.time is not a class"))?;
            Ok(NativeInstance::new(c, Rc::new(t)))
        }
        _ => Err(Error::type_error("datetime.time is not a class")),
    }
}

/// `format(t, spec)` of a time: `strftime`.
pub(crate) fn format(v: &Value, spec: &str) -> Option<String> {
    let t = NativeInstance::data_of::<Time>(v)?;
    Some(super::datetime::strftime(&t.on_1900(), spec))
}

/// `dt.time()`.
pub(crate) fn time_of(dt: DateTime) -> Value {
    NativeFunction::new("time", move |interp, a: Args| {
        a.check_count("time", 0, 0)?;
        make(interp, Time::of(&dt))
    })
}

/// `datetime.combine(date, time)`.
pub(crate) fn combine() -> Value {
    NativeFunction::new("combine", |_, a: Args| {
        a.check_count("combine", 2, 2)?;
        let d = match a.positional[0].downcast::<super::date::Date>() {
            Some(d) => *d,
            None => match a.positional[0].downcast::<DateTime>() {
                Some(dt) => super::date::Date::of(dt),
                None => {
                    return Err(Error::type_error(format!(
                        "combine() argument 1 must be datetime.date, not {}",
                        a.positional[0].type_name()
                    )))
                }
            },
        };
        let t = NativeInstance::data_of::<Time>(&a.positional[1]).ok_or_else(|| {
            Error::type_error(format!(
                "combine() argument 2 must be datetime.time, not {}",
                a.positional[1].type_name()
            ))
        })?;
        let parts = [
            d.year,
            d.month as i64,
            d.day as i64,
            t.hour as i64,
            t.minute as i64,
            t.second as i64,
            t.microsecond as i64,
        ];
        super::datetime::construct(Args::new(parts.iter().map(|p| Value::Int(*p)).collect()))
    })
}

/// `isocalendar()` of a date or datetime: `datetime.IsoCalendarDate(year, week, weekday)`.
pub(crate) fn isocalendar(dt: DateTime) -> Value {
    NativeFunction::new("isocalendar", move |_, a: Args| {
        a.check_count("isocalendar", 0, 0)?;
        let (y, w) = super::strftime::iso_week(&dt);
        let items = vec![
            Value::Int(y),
            Value::Int(w),
            Value::Int(dt.weekday() as i64 + 1),
        ];
        crate::modules::collections::named_record(
            "datetime.IsoCalendarDate",
            &["year", "week", "weekday"],
            items,
        )
    })
}

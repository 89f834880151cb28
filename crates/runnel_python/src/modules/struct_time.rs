//! `time.struct_time`: what `timetuple()`, `time.localtime()` and `time.gmtime()` return.
//! Nine fields, plus `tm_gmtoff` and `tm_zone` when made by `localtime()`/`gmtime()`.

use crate::native::{NativeClass, NativeInstance};
use runnel_core::time::DateTime;
use runnel_core::{Error, Value};
use std::rc::Rc;

const FIELDS: [&str; 9] = [
    "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst",
];

struct StructTime {
    fields: [i64; 9],
    /// Seconds east of UTC, and the zone's name when known.
    gmtoff: Option<i64>,
    zone: Option<&'static str>,
}

fn data(this: &Value) -> runnel_core::Result<Rc<StructTime>> {
    NativeInstance::data_of::<StructTime>(this)
        .ok_or_else(|| Error::type_error("not a struct_time"))
}

fn struct_time_class() -> Rc<NativeClass> {
    let mut class = NativeClass::new("time.struct_time").with_repr(|inst| {
        let Ok(t) = inst.data.clone().downcast::<StructTime>() else {
            return String::new();
        };
        let body: Vec<String> = FIELDS
            .iter()
            .zip(t.fields)
            .map(|(f, v)| format!("{f}={v}"))
            .collect();
        format!("time.struct_time({})", body.join(", "))
    });
    for (i, f) in FIELDS.iter().enumerate() {
        class = class.property(f, move |_, this| Ok(Value::Int(data(this)?.fields[i])));
    }
    class = class.property("tm_gmtoff", |_, this| {
        Ok(data(this)?.gmtoff.map_or(Value::None, Value::Int))
    });
    class = class.property("tm_zone", |_, this| {
        Ok(data(this)?.zone.map_or(Value::None, Value::str))
    });
    let items = |inst: &NativeInstance| -> Vec<Value> {
        inst.data
            .clone()
            .downcast::<StructTime>()
            .map(|t| t.fields.iter().map(|v| Value::Int(*v)).collect())
            .unwrap_or_default()
    };
    let fields_of = |inst: &NativeInstance| {
        inst.data
            .clone()
            .downcast::<StructTime>()
            .ok()
            .map(|t| t.fields)
    };
    // Equal and hashed as the 9-tuple, as CPython's structseq.
    class.slots.eq = Some(Rc::new(move |a, b| {
        fields_of(a).is_some() && fields_of(a) == fields_of(b)
    }));
    class.slots.hash = Some(Rc::new(move |inst| {
        let t = fields_of(inst)?;
        runnel_core::value::python_hash(&Value::tuple(t.iter().map(|v| Value::Int(*v)).collect()))
            .ok()
    }));
    class.slots.len = Some(Rc::new(|_| 9));
    class.slots.iter = Some(Rc::new(move |inst| Ok(items(inst))));
    class.slots.getitem = Some(Rc::new(|this, key| {
        let t = data(this)?;
        let tuple = Value::tuple(t.fields.iter().map(|v| Value::Int(*v)).collect());
        crate::runtime::subscript::get_item(&tuple, key)
    }));
    Rc::new(class)
}

thread_local! {
    static STRUCT_TIME: Rc<NativeClass> = struct_time_class();
}

/// `dt.timetuple()` (`isdst` -1 for a naive datetime, as CPython's).
pub(crate) fn struct_time(dt: &DateTime, isdst: i64) -> Value {
    zoned(dt, isdst, None, None)
}

/// A `struct_time` of `localtime()`/`gmtime()`: with the offset east of UTC in seconds
/// and the zone's name, when known.
pub(crate) fn zoned(
    dt: &DateTime,
    isdst: i64,
    gmtoff: Option<i64>,
    zone: Option<&'static str>,
) -> Value {
    let wday = (dt.days() + 3).rem_euclid(7);
    let yday = dt.days()
        - DateTime {
            month: 1,
            day: 1,
            ..*dt
        }
        .days()
        + 1;
    let fields = [
        dt.year,
        dt.month as i64,
        dt.day as i64,
        dt.hour as i64,
        dt.minute as i64,
        dt.second as i64,
        wday,
        yday,
        isdst,
    ];
    let t = StructTime {
        fields,
        gmtoff,
        zone,
    };
    STRUCT_TIME.with(|c| NativeInstance::new(c.clone(), Rc::new(t)))
}

/// The fields of a `struct_time` that are not the date-time itself, as given (C's
/// `strftime` and `asctime` print the weekday they are handed).
pub(crate) struct Tm {
    pub wday: i64,
    pub yday: i64,
    pub isdst: i64,
    pub gmtoff: Option<i64>,
    pub zone: Option<&'static str>,
}

/// The date-time a `struct_time` (or a 9-tuple) holds, and its other fields.
pub(crate) fn parts(v: &Value) -> Option<(DateTime, Tm)> {
    let (f, gmtoff, zone): (Vec<i64>, _, _) = match NativeInstance::data_of::<StructTime>(v) {
        Some(t) => (t.fields.to_vec(), t.gmtoff, t.zone),
        None => match v {
            Value::Tuple(t) if t.len() == 9 => (
                t.iter()
                    .map(|x| crate::modules::args::index(x).ok())
                    .collect::<Option<_>>()?,
                None,
                None,
            ),
            _ => return None,
        },
    };
    let dt = DateTime {
        year: *f.first()?,
        month: *f.get(1)? as u32,
        day: *f.get(2)? as u32,
        hour: *f.get(3)? as u32,
        minute: *f.get(4)? as u32,
        second: *f.get(5)? as u32,
        microsecond: 0,
        fold: 0,
    };
    let tm = Tm {
        wday: *f.get(6)?,
        yday: *f.get(7)?,
        isdst: *f.get(8)?,
        gmtoff,
        zone,
    };
    Some((dt, tm))
}

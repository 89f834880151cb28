//! A miniature PySpark written against the extension API, running the course's QUEUERDD
//! example verbatim: an end-to-end check of the API and an example for the bindings.

mod common;

use runnel_core::time::DateTime;
use runnel_core::Value;
use runnel_python::{Args, Interpreter, NativeClass, NativeInstance};
use std::cell::RefCell;
use std::rc::Rc;

/// An RDD: partitions of records.
struct Rdd(Vec<Vec<Value>>);
/// A DStream: a queue of RDDs and the functions mapped over them.
struct DStream {
    queue: Vec<Rc<Rdd>>,
    maps: Vec<Value>,
}
/// The streaming context: registered output streams.
#[derive(Default)]
struct Ssc {
    outputs: RefCell<Vec<Rc<DStream>>>,
}

struct Classes {
    rdd: Rc<NativeClass>,
    dstream: Rc<NativeClass>,
}

fn rdd_value(classes: &Rc<Classes>, parts: Vec<Vec<Value>>) -> Value {
    NativeInstance::new(classes.rdd.clone(), Rc::new(Rdd(parts)))
}

fn install(interp: &Interpreter) {
    let rdd_class = NativeClass::new("RDD").method("union", |_, this, args| {
        let a = NativeInstance::data_of::<Rdd>(this).expect("rdd");
        let b = NativeInstance::data_of::<Rdd>(&args.positional[0]).expect("rdd");
        let mut parts = a.0.clone();
        parts.extend(b.0.iter().cloned());
        Ok(NativeInstance::new(
            NativeInstance::class_of(this).expect("class"),
            Rc::new(Rdd(parts)),
        ))
    });
    let dstream_class = NativeClass::new("DStream")
        .method("map", |_, this, args| {
            let d = NativeInstance::data_of::<DStream>(this).expect("dstream");
            let mut maps = d.maps.clone();
            maps.push(args.positional[0].clone());
            let class = NativeInstance::class_of(this).expect("class");
            Ok(NativeInstance::new(
                class,
                Rc::new(DStream {
                    queue: d.queue.clone(),
                    maps,
                }),
            ))
        })
        .method("pprint", |interp, this, _| {
            let ssc = interp.get_global("ssc").expect("ssc");
            let ssc = NativeInstance::data_of::<Ssc>(&ssc).expect("ssc data");
            ssc.outputs
                .borrow_mut()
                .push(NativeInstance::data_of::<DStream>(this).expect("dstream"));
            Ok(Value::None)
        });
    let classes = Rc::new(Classes {
        rdd: Rc::new(rdd_class),
        dstream: Rc::new(dstream_class),
    });

    let c = classes.clone();
    let spark_context = NativeClass::new("SparkContext")
        .method("parallelize", move |interp, _, args| {
            let items = interp.iterate(&args.positional[0])?;
            Ok(rdd_value(&c, vec![items]))
        })
        .method("setLogLevel", |_, _, _| Ok(Value::None));
    let c = classes.clone();
    let spark_context = spark_context.method("emptyRDD", move |_, _, _| Ok(rdd_value(&c, vec![])));
    let sc_class = Rc::new(spark_context);
    let sc_for_new = sc_class.clone();
    let (_, sc_value) = NativeClass::new("SparkContext")
        .constructor(move |_, _| Ok(NativeInstance::new(sc_for_new.clone(), Rc::new(()))))
        .into_value();

    let c = classes.clone();
    let ssc_class = NativeClass::new("StreamingContext")
        .property("sparkContext", move |_, _| Ok(NativeInstance::new(sc_class.clone(), Rc::new(()))))
        .method("queueStream", move |interp, _, args| {
            let queue = interp
                .iterate(&args.positional[0])?
                .iter()
                .map(|v| NativeInstance::data_of::<Rdd>(v).expect("rdd"))
                .collect();
            Ok(NativeInstance::new(c.dstream.clone(), Rc::new(DStream { queue, maps: vec![] })))
        })
        .method("start", |_, _, _| Ok(Value::None))
        .method("awaitTerminationOrTimeout", |interp, this, _| {
            // Runs every batch now, calling the Python functions back (re-entrancy).
            let ssc = NativeInstance::data_of::<Ssc>(this).expect("ssc");
            let outputs = ssc.outputs.borrow().clone();
            for d in outputs {
                for (t, rdd) in d.queue.iter().enumerate() {
                    let time = Value::object(DateTime::from_millis((t as i64 + 1) * 1000, 0));
                    let mut out = format!("-------------------------------------------\nTime: {}\n-------------------------------------------\n", time.to_str());
                    let was = interp.set_print_to_stderr(true);
                    for record in rdd.0.iter().flatten() {
                        let mut v = record.clone();
                        for f in &d.maps {
                            v = interp.call(f, Args::new(vec![v]))?;
                        }
                        out.push_str(&v.to_str());
                        out.push('\n');
                    }
                    interp.set_print_to_stderr(was);
                    interp.host().stdout(&(out + "\n"));
                }
            }
            Ok(Value::Bool(false))
        });
    let ssc_class = Rc::new(ssc_class);
    let (_, ssc_value) = NativeClass::new("StreamingContext")
        .constructor(move |_, _| {
            Ok(NativeInstance::new(
                ssc_class.clone(),
                Rc::new(Ssc::default()),
            ))
        })
        .into_value();
    interp.register_module("pyspark", vec![("SparkContext", sc_value)]);
    interp.register_module("pyspark.streaming", vec![("StreamingContext", ssc_value)]);
}

const PROGRAM: &str = r#"from pyspark import SparkContext
from pyspark.streaming import StreamingContext

def createQUEUERDD(data):
    rddQueue = []
    for datum in data:
        tmpRDD = ssc.sparkContext.emptyRDD()
        for partition in datum:
            partitionRDD = ssc.sparkContext.parallelize(partition, 1)
            tmpRDD = tmpRDD.union(partitionRDD)
        rddQueue += [tmpRDD]
    return rddQueue

sc = SparkContext(appName = "miPrograma")
ssc = StreamingContext(sc, 1)

data = [[["uno", "dos", "tres"], ["cuatro", "cinco"]],
        [["seis", "siete", "ocho"], ["nueve"]]
        ]

rddQueueData = createQUEUERDD(data)
inputStream = ssc.queueStream(rddQueueData)
nuevoDStream = inputStream.map(lambda record: len(record))
nuevoDStream.pprint()

ssc.start()
ssc.awaitTerminationOrTimeout(3)
"#;

#[test]
fn the_course_queue_example_runs_verbatim() {
    let (interp, host) = common::interp();
    install(&interp);
    interp.run_module(PROGRAM).unwrap_or_else(|d| panic!("{d}"));
    assert_eq!(
        host.out.borrow().as_str(),
        "-------------------------------------------\nTime: 1970-01-01 00:00:01\n-------------------------------------------\n3\n3\n4\n6\n5\n\n\
         -------------------------------------------\nTime: 1970-01-01 00:00:02\n-------------------------------------------\n4\n5\n4\n5\n\n"
    );
}

#[test]
fn udf_errors_surface_with_both_frames() {
    let (interp, _) = common::interp();
    install(&interp);
    let program = PROGRAM.replace("lambda record: len(record)", "lambda record: record / 2");
    let d = interp
        .run_module(&program)
        .expect_err("TypeError in the UDF");
    let text = d.to_string();
    assert!(
        text.ends_with("TypeError: unsupported operand type(s) for /: 'str' and 'int'"),
        "{text}"
    );
    assert!(
        text.contains("line 27, in <module>\n    ssc.awaitTerminationOrTimeout(3)"),
        "{text}"
    );
    assert!(
        text.contains(
            "line 23, in <lambda>\n    nuevoDStream = inputStream.map(lambda record: record / 2)"
        ),
        "{text}"
    );
}

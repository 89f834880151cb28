//! `ChmOrder` against the real JDK 17 `ConcurrentHashMap`: the fixtures in `tests/chm`
//! are random put/remove/next-version sequences replayed by `Oracle.java` (written by
//! `gen.py`), with the iteration order the JDK printed after each `o`.

use runnel_sql::chm::ChmOrder;
use std::fs;
use std::path::Path;

fn replay(name: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/chm/{name}.txt"));
    let text = fs::read_to_string(path).expect("fixture");
    let mut m: ChmOrder<u32> = ChmOrder::new();
    let mut checked = 0;
    for (n, line) in text.lines().enumerate() {
        let parts: Vec<&str> = line.split(' ').collect();
        let num = |i: usize| parts[i].parse::<i64>().expect("a number");
        match parts[0] {
            "v" => m.next_version(),
            "p" => m.put(num(2) as i32 as u32, num(1) as u32),
            "r" => m.remove(num(2) as i32 as u32, &(num(1) as u32)),
            "o" => {}
            "=" => {
                let want: Vec<u32> = parts[1..]
                    .iter()
                    .filter(|s| !s.is_empty())
                    .map(|s| s.parse().expect("an id"))
                    .collect();
                let got: Vec<u32> = m.iter().copied().collect();
                assert_eq!(got, want, "{name}: line {}", n + 1);
                checked += 1;
            }
            other => panic!("unknown op {other}"),
        }
    }
    assert!(checked > 2, "{name}: too few orders checked");
}

#[test]
fn growing_maps_iterate_as_java_does() {
    replay("grow");
}

#[test]
fn small_maps_presized_by_put_all_iterate_as_java_does() {
    replay("small");
}

#[test]
fn colliding_bins_split_with_the_last_run_rule() {
    replay("collide");
}

#[test]
fn crowded_bins_grow_the_table_then_become_trees() {
    replay("tree");
}

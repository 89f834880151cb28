//! `warnings.warn` on stderr as CPython 3.11 prints it (expected text recorded with
//! `python3 prog.py`, the directory CPython prefixes to the file name removed).

mod common;

const PROGRAM: &str = r#"
import warnings
warnings.warn("top level")
warnings.warn("top level")
for i in range(2):
    warnings.warn("loop", RuntimeWarning)
warnings.warn(UserWarning("an instance"))
class MyWarning(UserWarning):
    pass
warnings.warn("mine", MyWarning)
warnings.warn("deprecated", DeprecationWarning)
warnings.warn("pending", PendingDeprecationWarning)
warnings.simplefilter("ignore", RuntimeWarning)
warnings.warn("quiet", RuntimeWarning)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    warnings.warn("hidden")
warnings.warn("after the block")
warnings.resetwarnings()
warnings.warn("pending again", PendingDeprecationWarning)
warnings.filterwarnings("ignore", message="skip")
warnings.warn("Skip me")
warnings.warn("keep me")
warnings.filterwarnings("ignore")
warnings.warn("gone")
print("done")
"#;

const STDERR: &str = r#"prog.py:2: UserWarning: top level
  warnings.warn("top level")
prog.py:3: UserWarning: top level
  warnings.warn("top level")
prog.py:5: RuntimeWarning: loop
  warnings.warn("loop", RuntimeWarning)
prog.py:6: UserWarning: an instance
  warnings.warn(UserWarning("an instance"))
prog.py:9: MyWarning: mine
  warnings.warn("mine", MyWarning)
prog.py:10: DeprecationWarning: deprecated
  warnings.warn("deprecated", DeprecationWarning)
prog.py:17: UserWarning: after the block
  warnings.warn("after the block")
prog.py:19: PendingDeprecationWarning: pending again
  warnings.warn("pending again", PendingDeprecationWarning)
prog.py:22: UserWarning: keep me
  warnings.warn("keep me")
"#;

#[test]
fn warnings_print_as_cpython_and_follow_the_filters() {
    let (interp, host) = common::interp();
    interp.run_module(PROGRAM.trim_start()).expect("runs");
    assert_eq!(*host.out.borrow(), "done\n");
    assert_eq!(*host.err.borrow(), STDERR.trim_start_matches('\n'));
}

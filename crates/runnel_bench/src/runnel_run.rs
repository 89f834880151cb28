//! Runs one program on Runnel in this process (a child of the driver).

use std::process::ExitCode;

pub fn child(_args: &[String]) -> ExitCode {
    eprintln!("runnel-bench: the Runnel runner needs runnel_pyspark (not in the workspace yet)");
    ExitCode::FAILURE
}

//! The binding's tests in headless Chromium (chromedriver; see webdriver.json).
#![cfg(target_arch = "wasm32")]

mod common;

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

use wasm_bindgen_test::wasm_bindgen_test;

#[wasm_bindgen_test]
fn run_program_gives_the_cli_object() {
    common::run_program_gives_the_cli_object();
}

#[wasm_bindgen_test]
fn a_failing_program_reports_the_cli_message() {
    common::a_failing_program_reports_the_cli_message();
}

#[wasm_bindgen_test]
fn a_runaway_udf_ends_with_the_step_budget_error() {
    common::a_runaway_udf_ends_with_the_step_budget_error();
}

#[wasm_bindgen_test]
fn bad_options_are_errors_not_traps() {
    common::bad_options_are_errors_not_traps();
}

#[wasm_bindgen_test]
fn a_live_session_runs_batch_by_batch_with_pushed_lines() {
    common::a_live_session_runs_batch_by_batch_with_pushed_lines();
}

#[wasm_bindgen_test]
fn a_live_session_reports_errors_as_errors() {
    common::a_live_session_reports_errors_as_errors();
}

#[wasm_bindgen_test]
fn stop_after_await_with_timeout_is_deferred() {
    common::stop_after_await_with_timeout_is_deferred();
}

#[wasm_bindgen_test]
fn js_functions_are_globals_and_convert_values() {
    common::js_functions_are_globals_and_convert_values();
}

#[wasm_bindgen_test]
fn js_function_errors_are_python_errors_not_traps() {
    common::js_function_errors_are_python_errors_not_traps();
}

#[wasm_bindgen_test]
fn the_receiver_tracker_cuts_blocks_as_natively() {
    common::the_receiver_tracker_cuts_blocks_as_natively();
}

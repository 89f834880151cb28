// runProgram resolves to exactly the object `runnel run --json` prints (the same JSON
// text, key order included), for successes, task output and errors. Needs the native CLI:
// RUNNEL_CLI, or $CARGO_TARGET_DIR/release/runnel (scripts/test builds it).
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runProgram } from "runnel";

const targetDir = process.env.CARGO_TARGET_DIR ?? fileURLToPath(new URL("../target", import.meta.url));
const cli = process.env.RUNNEL_CLI ?? join(targetDir, "release", "runnel");
const skip = existsSync(cli) ? false : `no native CLI at ${cli} (cargo build --release -p runnel_cli, or set RUNNEL_CLI)`;

const PROGRAMS = {
  words: 'lines = ssc.queueStream([sc.parallelize(["a b a", "c"], 2), sc.parallelize([])])\nnuevoDStream = lines.flatMap(lambda l: l.split()).countByValue()\nnuevoDStream.pprint()\n',
  taskPrint: "def f(x):\n    print('seen', x)\n    return x\nnuevoDStream = ssc.queueStream([sc.parallelize([1, 2])]).map(f)\nnuevoDStream.pprint()\n",
  syntaxError: "x = (1,\n",
  zeroDivision: "print('before')\nnuevoDStream = ssc.queueStream([sc.parallelize([0])]).map(lambda x: 1 / x)\nnuevoDStream.pprint()\n",
  noDStream: "print(sorted({3, 1, 2}), 7 // 2, 'é'.upper())\n",
};

for (const [name, src] of Object.entries(PROGRAMS)) {
  test(`runProgram prints what the CLI's --json prints: ${name}`, { skip }, async () => {
    const dir = mkdtempSync(join(tmpdir(), "runnel-parity-"));
    try {
      writeFileSync(join(dir, "prog.py"), src);
      let native;
      try {
        native = execFileSync(cli, ["run", "prog.py", "--batches", "3", "--clock", "logical", "--json", "--record", "nuevoDStream"], { cwd: dir, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
      } catch (e) {
        native = e.stdout; // a failing program exits 1 after printing its JSON
      }
      let wasm;
      try {
        wasm = await runProgram(src, { batches: 3, clock: "logical", record: ["nuevoDStream"], filename: "prog.py" });
      } catch (e) {
        assert.ok(e.output, `${e.name}: ${e.message}`);
        assert.equal(e.message, e.output.error);
        wasm = e.output;
      }
      // The same object: serde_json writes a float 1 as 1.0 where JSON.stringify writes 1.
      assert.deepStrictEqual(JSON.parse(JSON.stringify(wasm)), JSON.parse(native));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

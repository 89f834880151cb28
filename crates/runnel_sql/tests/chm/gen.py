"""Writes ConcurrentHashMap order fixtures: random op sequences replayed on the real JDK
(Oracle.java), the orders it printed after each 'o'."""
import random, subprocess, sys
def seq(seed, n_ops, hashgen, p_remove, p_version):
    r = random.Random(seed); live = {}; ops = []; nid = 0
    for _ in range(n_ops):
        x = r.random()
        if x < p_version:
            ops.append("v"); ops.append("o")
        elif x < p_version + p_remove and live:
            k = r.choice(sorted(live)); ops.append(f"r {k} {live.pop(k)}")
        else:
            nid += 1; h = hashgen(r); live[nid] = h; ops.append(f"p {nid} {h}")
    ops.append("o"); ops.append("v"); ops.append("o")
    return ops
i32 = lambda r: r.randint(-2**31, 2**31 - 1)
cases = {
  "grow": seq(1, 600, i32, 0.1, 0.01),
  "small": seq(2, 1500, i32, 0.45, 0.15),
  "collide": seq(3, 800, lambda r: r.randint(0, 255), 0.2, 0.01),
  "tree": seq(4, 120, lambda r: r.randint(1, 400) * 4096, 0.0, 0.1),
}
for name, ops in cases.items():
    out = subprocess.run(["java", "-cp", ".", "Oracle"], input="\n".join(ops) + "\n",
                         capture_output=True, text=True, check=True).stdout.splitlines()
    it = iter(out); lines = []
    for op in ops:
        lines.append(op)
        if op == "o":
            lines.append("= " + next(it))
    open(sys.argv[1] + f"/{name}.txt", "w").write("\n".join(lines) + "\n")

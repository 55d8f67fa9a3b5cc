#!/usr/bin/env python3
"""Interleaved A/B of two builds on the same machine (load hits both alike).

  ab-compare.py e2e SIM LATENCY_MS ROUNDS NAME=CLI NAME=CLI ...
      viciprov-cli import of 1,000 phones (c=4) against one viciprov-sim SIM per run
  ab-compare.py import ROUNDS NAME=BENCH_CORE NAME=BENCH_CORE ...
      bench_core import of 100,000 rows

Prints each run and the medians. Uses run-bench.py's inputs and child settings
(its own XDG folders, never the user's)."""
import importlib.util
import os
import statistics
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("run_bench", os.path.join(HERE, "run-bench.py"))
rb = importlib.util.module_from_spec(spec)
spec.loader.exec_module(rb)


class Args:
    build_dir = HERE
    repeat = 1
    curl_repeat = 1
    quick = True


def main():
    if len(sys.argv) < 4 or sys.argv[1] not in ("e2e", "import"):
        sys.exit(__doc__)
    mode = sys.argv[1]
    if mode == "e2e":
        sim, latency, rounds, pairs = sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5:]
    else:
        sim, latency, rounds, pairs = None, 0, int(sys.argv[2]), sys.argv[3:]
    builds = [p.split("=", 1) for p in pairs]
    b = rb.Bench(Args())
    b.sim_exe = sim
    b.write_inputs()
    walls = {name: [] for name, _ in builds}
    cpus = {name: [] for name, _ in builds}
    for r in range(rounds):
        for name, exe in builds:
            if mode == "e2e":
                b.cli_exe = exe
                res = b.one_end_to_end("cli", 4, latency)
            else:
                res = b.run([exe, "import", b.import_csv])
            walls[name].append(res["wall_s"])
            cpus[name].append(res["cpu_s"])
            print(f"round {r + 1} {name}: {res['wall_s']:.3f} s, CPU {res['cpu_s']:.3f} s, "
                  f"load {os.getloadavg()[0]:.1f}", flush=True)
    for name, _ in builds:
        print(f"{name}: median {statistics.median(walls[name]):.3f} s, "
              f"CPU {statistics.median(cpus[name]):.3f} s")


if __name__ == "__main__":
    main()

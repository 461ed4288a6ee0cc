"""Runs the NumPy and PyTorch peers of optbench's throughput workloads.

``optbench bench --peers`` calls this once per thread count with the jobs its one-thread
worker wrote (``peer-jobs.json``: each workload at each size, with the paths of its initial
points or grid axes as raw float64 files). For every job and every peer implementation that
has the workload, it times one untimed warm-up of at most 10 steps, then ``--repetitions``
full launches, writes the final state of the last one next to the job's files, and lists
the seconds in ``--output`` (JSON). optbench compares the final states with its own.

The caller sets OMP_NUM_THREADS and glibc's MALLOC_* variables (suite/bench/peers.hpp);
``torch.set_num_threads`` is set here to the same thread count.
"""

import argparse
import json
import logging
import os
import sys
import time

import numpy as np

_log = logging.getLogger("optbench.peers")
_WARM_UP_STEPS = 10


def _implementations():
    import numpy_peers
    import torch_optim_peers
    import torch_vectorised_peers

    return {
        "numpy": numpy_peers,
        "torch-vectorised": torch_vectorised_peers,
        "torch-optim": torch_optim_peers,
    }


def _arrays(job):
    return {key: np.fromfile(job[key], dtype="<f8") for key in ("init", "x", "y") if key in job}


def _time(module, job, repetitions):
    inputs = module.prepare(job, _arrays(job))
    function = module.PEERS[job["peer"]]
    function(inputs, job, min(job["steps"], _WARM_UP_STEPS))
    seconds = []
    final = None
    for _ in range(repetitions):
        start = time.perf_counter()
        final = function(inputs, job, job["steps"])
        seconds.append(time.perf_counter() - start)
    return seconds, np.ascontiguousarray(final, dtype="<f8")


def run(jobs, threads, repetitions):
    """Time every peer of every job; return the records for optbench."""
    import torch

    torch.set_num_threads(threads)
    records = []
    for job in jobs:
        for name, module in _implementations().items():
            if job["peer"] not in module.PEERS:
                continue
            _log.info("%s threads: %s %s at K = %s", threads, name, job["benchmark"], job["size"])
            seconds, final = _time(module, job, repetitions)
            path = os.path.splitext(job["reference"])[0].replace(
                ".reference", f".{name}-{threads}") + ".f64"
            final.tofile(path)
            records.append({
                "benchmark": job["benchmark"], "implementation": name, "size": job["size"],
                "steps": job["steps"], "threads": threads,
                "units": float(job["runs"]) * float(job["steps"]), "seconds": seconds,
                "max_relative_difference": None, "final": path, "reference": job["reference"],
            })
    return records


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", required=True, help="peer-jobs.json from optbench bench")
    parser.add_argument("--threads", type=int, required=True)
    parser.add_argument("--repetitions", type=int, default=1)
    parser.add_argument("--output", required=True, help="JSON file for the timings")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="optbench: info: peers: %(message)s")
    with open(args.jobs, encoding="utf-8") as stream:
        jobs = json.load(stream)
    records = run(jobs, args.threads, max(args.repetitions, 1))
    with open(args.output, "w", encoding="utf-8") as stream:
        json.dump({"threads": args.threads, "records": records}, stream)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Exits 0 when every results file given has the same trajectory bits as the first.

Compared byte for byte in every study: params, cost, grad_norm, status, stop_step, and every
grid's values. Timings and provenance may differ. Used by ci/cross-check.sh to prove the
reproducibility promise across compilers, backends and thread counts.

Usage: /usr/bin/python3 ci/identical_results.py REFERENCE.h5 OTHER.h5...
"""

import sys

import h5py

DATASETS = ("params", "cost", "grad_norm", "status", "stop_step")


def trajectory_bits(path):
    """Maps each compared dataset path of a results file to (dtype, shape, bytes)."""
    bits = {}
    with h5py.File(path, "r") as f:
        for study in f["studies"]:
            for name in DATASETS:
                data = f[f"studies/{study}/{name}"][()]
                bits[f"/studies/{study}/{name}"] = (str(data.dtype), data.shape, data.tobytes())
        for grid in f.get("grids", {}):
            data = f[f"grids/{grid}/value"][()]
            bits[f"/grids/{grid}/value"] = (str(data.dtype), data.shape, data.tobytes())
    return bits


def main(paths):
    reference = trajectory_bits(paths[0])
    failures = 0
    for path in paths[1:]:
        other = trajectory_bits(path)
        differing = sorted(k for k in reference.keys() | other.keys()
                           if reference.get(k) != other.get(k))
        for key in differing:
            print(f"{path}: {key} differs from {paths[0]}", file=sys.stderr)
        print(f"{path}: {len(reference)} datasets, {len(differing)} differ from {paths[0]}")
        failures += bool(differing)
    return 1 if failures else 0


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1:]))

"""Two runs of the same scenario: only `created_utc` and the timings may differ."""

import h5py
import numpy as np


def everything_but_timings(path):
    """Every dataset's bytes and every attribute outside timing/ and created_utc."""
    items = {}
    with h5py.File(path, "r") as f:
        items["/attrs"] = {k: v for k, v in f.attrs.items() if k != "created_utc"}

        def visit(name, obj):
            if "timing" in name.split("/"):
                return
            if isinstance(obj, h5py.Dataset):
                data = obj[()]
                if isinstance(data, np.ndarray) and data.dtype != object:
                    data = data.tobytes()  # NaN-safe: compares bits
                elif isinstance(data, np.ndarray):
                    data = data.tolist()  # variable-length strings
                items[name] = data
            items[name + "@attrs"] = {k: str(v) for k, v in obj.attrs.items()}

        f.visititems(visit)
    return items


def timings(path):
    with h5py.File(path, "r") as f:
        return {name: f[f"studies/{name}/timing/seconds"][()].tobytes() for name in f["studies"]}


def test_reruns_differ_only_in_creation_time_and_timings(optbench, source_dir, tmp_path):
    scenario = source_dir / "scenarios" / "seed" / "optimizer-comparison.yaml"
    paths = [tmp_path / "first.h5", tmp_path / "second.h5"]
    for path in paths:
        done = optbench("run", scenario, "-o", path, "--quiet", "--set", "repetitions=3")
        assert done.returncode == 0, done.stderr
    first, second = (everything_but_timings(p) for p in paths)
    assert first.keys() == second.keys()
    assert [k for k in first if first[k] != second[k]] == []
    assert timings(paths[0]) != timings(paths[1])

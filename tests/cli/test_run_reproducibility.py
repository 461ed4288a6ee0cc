"""`optbench run`: the results file's layout, and identical bits whatever the backend or
thread count."""

import h5py
import numpy as np
import pytest

TRAJECTORY_DATASETS = ("params", "cost", "grad_norm", "status", "stop_step")


# Backend and --threads (0: not given) of each run, where the build has that backend.
RUNS = (("serial", 1), ("openmp", 1), ("openmp", 2), ("serial", 2), ("cuda", 0), ("hip", 0))


@pytest.fixture(scope="module")
def seed_results(optbench, compiled_backends, source_dir, tmp_path_factory):
    """The seed scenarios run on every backend of the build: serial and openmp with one and two
    threads, and the GPU on device builds."""
    scenarios = sorted((source_dir / "scenarios" / "seed").glob("*.yaml"))
    out = tmp_path_factory.mktemp("runs")
    files = {}
    for backend, threads in RUNS:
        if backend not in compiled_backends:
            continue
        path = out / f"{backend}-{threads}.h5"
        done = optbench("run", *scenarios, "-o", path, "--backend", backend,
                        *(("--threads", threads) if threads else ()), "--quiet")
        assert done.returncode == 0, done.stderr
        files[(backend, threads)] = path
    return files


def test_results_file_has_the_schema_datasets(seed_results):
    backend, threads = ("openmp", 2) if ("openmp", 2) in seed_results else ("serial", 1)
    with h5py.File(seed_results[(backend, threads)], "r") as f:
        assert f.attrs["schema"] == "optbench/1"
        for key in ("optbench_version", "git_commit", "created_utc", "kokkos_version", "backend",
                    "device", "threads", "compiler", "build_type", "scenario_sha256"):
            assert key in f.attrs, key
        assert f.attrs["backend"] == backend
        assert f.attrs["threads"] == threads
        assert isinstance(f["scenario/optimizer-comparison"][()].decode(), str)
        study = f["studies/rosenbrock"]
        K = study["status"].shape[0]
        R = study["step"].shape[0]
        assert study["params"].shape == (K, R, 2)
        assert study["cost"].shape == (K, R)
        assert study["grad_norm"].shape == (K, R)
        assert study["stop_step"].shape == (K,)
        assert study["status"].dtype == np.int8
        assert [s.decode() for s in study["runs/optimizer"][()]] == [
            "gd", "momentum", "rmsprop", "adam"]
        assert study["runs/init"].shape == (K, 2)
        assert study["timing"].attrs["seconds"] > 0


def test_backends_and_thread_counts_give_identical_bits(seed_results):
    reference = seed_results[("serial", 1)]
    with h5py.File(reference, "r") as ref:
        names = list(ref["studies"])
        assert names
        for other in seed_results.values():
            with h5py.File(other, "r") as f:
                assert list(f["studies"]) == names
                for name in names:
                    for dataset in TRAJECTORY_DATASETS:
                        a = ref[f"studies/{name}/{dataset}"][()]
                        b = f[f"studies/{name}/{dataset}"][()]
                        assert a.dtype == b.dtype
                        assert a.tobytes() == b.tobytes(), (other, name, dataset)


def test_learning_rate_curvature_shows_all_three_regimes(seed_results):
    with h5py.File(seed_results[("serial", 1)], "r") as f:
        for name in ("curvature-0.5", "curvature-1", "curvature-2", "curvature-4"):
            study = f[f"studies/{name}"]
            a = study["landscape"].attrs["curvature"][0]
            alpha = study["runs/learning_rate"][()]
            status = study["status"][()]
            # alpha a > 2 diverges; below, every run stays bounded.
            assert np.all((status == 2) == (alpha * a > 2)), name
            w = study["params"][:, :, 0]
            oscillating = np.any(np.sign(w[:, 1:]) * np.sign(w[:, :-1]) < 0, axis=1)
            assert np.all(oscillating == (alpha * a > 1)), name

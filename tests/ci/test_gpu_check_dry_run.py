"""`ci/gpu-check.sh --dry-run`: lists every step of the GPU check with its commands, runs and
writes nothing, and exits 0, also on a machine without a GPU."""

import os
import pathlib
import subprocess

import pytest

SOURCE_DIR = pathlib.Path(os.environ.get("OPTBENCH_SOURCE_DIR", pathlib.Path(__file__).parents[2]))


def dry_run(tmp_path, *args):
    out = tmp_path / "gpu-check"
    done = subprocess.run([SOURCE_DIR / "ci" / "gpu-check.sh", "--dry-run", "-o", out, *args],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert not out.exists(), "a dry run wrote its output folder"
    return done.stdout


def steps(text):
    return [line.split(": ", 1)[1] for line in text.splitlines() if line.startswith("step ")]


@pytest.mark.parametrize("gpu, backend, bootstrap", [
    ("nvidia:9.0", "cuda", "ci/bootstrap.sh --backend cuda"),
    ("amd:gfx90a", "hip", "ci/bootstrap.sh --backend hip --arch gfx90a"),
])
def test_lists_every_step_with_its_command(tmp_path, gpu, backend, bootstrap):
    text = dry_run(tmp_path, "--gpu", gpu)
    names = steps(text)
    expected = [f"build Kokkos for {backend}", f"configure optbench (preset {backend})",
                "build optbench and its tests", f"run the test suite on {backend}",
                f"run the nightly scenarios on {backend}", "compare with the serial baseline",
                "judge the comparisons", "does this build have optbench bench",
                "run optbench bench", "print the verdict"]
    position = 0
    for wanted in expected:
        found = [i for i, name in enumerate(names) if name.startswith(wanted)]
        assert found and found[0] >= position, (wanted, names)
        position = found[0]
    for command in (bootstrap, f"cmake --preset {backend}", f"ctest --test-dir build/{backend}",
                    f"build/{backend}/optbench run scenarios/nightly/",
                    f"build/{backend}/optbench compare scenarios/baselines/nightly-serial.h5",
                    f"build/{backend}/optbench bench"):
        assert command in text, (command, text)


def test_without_a_named_gpu_detects_one_or_shows_the_nvidia_steps(tmp_path):
    text = dry_run(tmp_path)
    assert steps(text)[0] == "detect the GPU"
    assert "nvidia-smi --query-gpu=name,compute_cap --format=csv,noheader" in text
    assert "run the test suite on" in text


def test_an_unsupported_gpu_is_refused(tmp_path):
    done = subprocess.run([SOURCE_DIR / "ci" / "gpu-check.sh", "--dry-run", "--gpu", "nvidia:7.0"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert "compute capability '7.0'" in done.stderr

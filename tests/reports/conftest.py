"""Fixtures for the reports tests: results files, and `python3 -m reports` as a command."""

import os
import pathlib
import subprocess
import sys

import pytest

SOURCE_DIR = pathlib.Path(os.environ.get("OPTBENCH_SOURCE_DIR",
                                         pathlib.Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(SOURCE_DIR))

from synthetic_results import write_results  # noqa: E402  (beside this file)


@pytest.fixture(scope="session")
def synthetic_file(tmp_path_factory):
    """The synthetic results file (see synthetic_results.py), written once per session."""
    return write_results(tmp_path_factory.mktemp("synthetic") / "synthetic.h5")


@pytest.fixture
def results(synthetic_file):
    """The synthetic file opened with reports.results.Results."""
    from reports.results import Results

    with Results(synthetic_file) as opened:
        yield opened


@pytest.fixture(scope="session")
def reports_command():
    """Runs ``python3 -m reports ARGS...`` from an unrelated folder; returns the process."""
    env = dict(os.environ, PYTHONPATH=str(SOURCE_DIR), PYTHONHASHSEED="random")

    def run(*args, cwd=None):
        return subprocess.run([sys.executable, "-m", "reports", *map(str, args)],
                              capture_output=True, text=True, env=env, timeout=300,
                              cwd=cwd or "/")

    return run


@pytest.fixture(scope="session")
def seed_file(tmp_path_factory):
    """scenarios/seed/*.yaml run by the optbench binary named by OPTBENCH_BINARY."""
    binary = os.environ.get("OPTBENCH_BINARY")
    if not binary:
        pytest.skip("OPTBENCH_BINARY is not set; run these tests through ctest")
    path = tmp_path_factory.mktemp("seed") / "seed.h5"
    scenarios = sorted((SOURCE_DIR / "scenarios" / "seed").glob("*.yaml"))
    done = subprocess.run([binary, "run", *map(str, scenarios), "-o", str(path), "--quiet"],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return path

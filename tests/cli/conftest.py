"""Fixtures for the command-line tests: the built binary and the source tree."""

import os
import pathlib
import subprocess

import pytest


@pytest.fixture(scope="session")
def optbench():
    """Runs the optbench binary under test; returns the CompletedProcess."""
    binary = os.environ.get("OPTBENCH_BINARY")
    if not binary:
        pytest.fail("OPTBENCH_BINARY is not set; run these tests through ctest")

    def run(*args, cwd=None):
        return subprocess.run([binary, *map(str, args)], capture_output=True, text=True,
                              cwd=cwd, timeout=300)

    return run


@pytest.fixture(scope="session")
def compiled_backends(optbench):
    """The backends compiled into the binary under test, as `optbench list backends` names them
    (serial and openmp on CPU builds; serial and cuda or hip on device builds)."""
    done = optbench("list", "backends")
    assert done.returncode == 0, done.stderr
    return done.stdout.split()


@pytest.fixture(scope="session")
def source_dir():
    return pathlib.Path(os.environ.get("OPTBENCH_SOURCE_DIR",
                                       pathlib.Path(__file__).parents[2]))

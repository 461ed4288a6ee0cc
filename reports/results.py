"""Reading an optbench results file (schema ``optbench/1``) for the figure modules.

`Results` opens the file, checks its schema and hands out datasets as numpy arrays, caching
each one and, while `Results.recording` is active, noting which datasets a figure read so
that the manifest can give their SHA-256. `Study` is a view of ``/studies/<name>`` with the
derived quantities every figure needs (known minimum, records up to each run's stop). Any
problem with the file raises `ResultsError`, whose message is one line naming the file and
the dataset path.
"""

import contextlib
import functools
import hashlib
import logging
import os

import h5py
import numpy as np

from reports import SCHEMA

_log = logging.getLogger(__name__)

STATUS_NAMES = {0: "converged", 1: "max steps", 2: "diverged"}
"""Meaning of the values of ``/studies/<s>/status``."""

DIVERGED = 2

RUN_COLUMNS = ("optimizer", "convention", "schedule", "learning_rate", "beta", "beta1",
               "beta2", "epsilon", "schedule_rate", "seed")
"""One-value-per-run columns of ``runs/`` that the figures and captions read."""


class ResultsError(Exception):
    """A results file that cannot be used: missing, foreign or incomplete.

    Parameters
    ----------
    file : str
        The results file as named on the command line.
    location : str
        The dataset, group or attribute path inside the file (``/`` for the file itself).
    problem : str
        What was found and what was expected.
    """

    def __init__(self, file, location, problem):
        super().__init__(f"{file}: {location}: {problem}")
        self.file = file
        self.location = location
        self.problem = problem


def dataset_digest(array):
    """SHA-256 of a dataset's raw bytes, dtype and shape.

    Parameters
    ----------
    array : numpy.ndarray
        The dataset as read; string datasets are object arrays of `str`.

    Returns
    -------
    str
        Hexadecimal digest of ``dtype|shape|`` followed by the bytes. Strings are hashed as
        their UTF-8 bytes, each preceded by its length as 8 little-endian bytes.
    """
    digest = hashlib.sha256()
    if array.dtype == object:
        digest.update(f"utf-8|{array.shape}|".encode())
        for text in array.reshape(-1):
            data = str(text).encode("utf-8")
            digest.update(len(data).to_bytes(8, "little") + data)
    else:
        digest.update(f"{array.dtype.str}|{array.shape}|".encode())
        digest.update(np.ascontiguousarray(array).tobytes())
    return digest.hexdigest()


def _plain(value):
    """An attribute value as a plain Python value (str, int, float or numpy array)."""
    if isinstance(value, bytes):
        return value.decode("utf-8")
    if isinstance(value, np.generic):
        return value.item()
    return value


def _open(path):
    """Open ``path`` read-only, or raise `ResultsError` saying why it is not HDF5."""
    if not os.path.isfile(path):
        raise ResultsError(path, "/", "no such file")
    if not h5py.is_hdf5(path):
        raise ResultsError(path, "/", "not an HDF5 file; expected an optbench results file")
    try:
        return h5py.File(path, "r")
    except OSError as err:
        raise ResultsError(path, "/", f"cannot open: {err}") from err


class Results:
    """An open optbench results file.

    Parameters
    ----------
    path : str or os.PathLike
        The results file; only used to open it and in error messages.

    Raises
    ------
    ResultsError
        If the file is missing, not HDF5, or its root attribute ``schema`` is not
        ``optbench/1``.
    """

    def __init__(self, path):
        self.path = os.fspath(path)
        self._file = _open(self.path)
        self._arrays = {}
        self._digests = {}
        self._reads = None
        self._studies = {}
        try:
            self._check_schema()
        except ResultsError:
            self.close()
            raise

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self):
        """Close the underlying HDF5 file."""
        self._file.close()

    def _check_schema(self):
        schema = _plain(self._file.attrs.get("schema"))
        if schema is None:
            raise ResultsError(self.path, "/", f"attribute 'schema' is missing; expected "
                               f"'{SCHEMA}' (not an optbench results file)")
        if schema != SCHEMA:
            raise ResultsError(self.path, "/", f"attribute 'schema' is {schema!r}; "
                               f"expected '{SCHEMA}'")

    def error(self, location, problem):
        """A `ResultsError` about this file; the caller raises it."""
        return ResultsError(self.path, location, problem)

    def has(self, path):
        """Whether ``path`` (a group or dataset) exists."""
        return path in self._file

    def shape(self, path):
        """The shape of dataset ``path`` without reading it."""
        return self._node(path, h5py.Dataset).shape

    def _node(self, path, kind):
        node = self._file.get(path)
        if node is None:
            what = "dataset" if kind is h5py.Dataset else "group"
            raise self.error(path, f"{what} not found; schema {SCHEMA} requires it")
        if not isinstance(node, kind):
            raise self.error(path, f"is a {type(node).__name__}, expected a {kind.__name__}")
        return node

    def attrs(self, path):
        """All attributes of ``path`` as a dict of plain values."""
        node = self._file if path == "/" else self._file.get(path)
        if node is None:
            raise self.error(path, f"not found; schema {SCHEMA} requires it")
        return {key: _plain(node.attrs[key]) for key in sorted(node.attrs)}

    def attr(self, path, key):
        """One attribute of ``path``; raises `ResultsError` if it is missing."""
        attrs = self.attrs(path)
        if key not in attrs:
            raise self.error(path, f"attribute '{key}' is missing; schema {SCHEMA} "
                             "requires it")
        return attrs[key]

    def dataset(self, path):
        """The whole dataset ``path`` as a numpy array (strings as an object array of str).

        Parameters
        ----------
        path : str
            Absolute dataset path, e.g. ``/studies/rosenbrock/cost``.

        Returns
        -------
        numpy.ndarray
            The cached array; treat it as read-only.

        Raises
        ------
        ResultsError
            If the dataset does not exist.
        """
        if path not in self._arrays:
            node = self._node(path, h5py.Dataset)
            reader = node.asstr() if h5py.check_string_dtype(node.dtype) else node
            self._arrays[path] = np.asarray(reader[()])
        if self._reads is not None:
            self._reads.add(path)
        return self._arrays[path]

    def digest(self, path):
        """SHA-256 of dataset ``path`` as `dataset_digest` defines it."""
        if path not in self._digests:
            self._digests[path] = dataset_digest(self.dataset(path))
        return self._digests[path]

    @contextlib.contextmanager
    def recording(self):
        """Collect the paths of the datasets read inside the ``with`` block.

        Yields
        ------
        set of str
            Filled with dataset paths as they are read.
        """
        outer, self._reads = self._reads, set()
        try:
            yield self._reads
        finally:
            if outer is not None:
                outer.update(self._reads)
            self._reads = outer

    def members(self, path):
        """Names of the members of group ``path``, sorted; empty when there is no such group."""
        node = self._file.get(path)
        return sorted(node) if isinstance(node, h5py.Group) else []

    def study_names(self):
        """Names of the studies under ``/studies``, sorted."""
        return sorted(self._node("/studies", h5py.Group))

    def studies(self):
        """Every study, sorted by name, as `Study` objects."""
        return [self.study(name) for name in self.study_names()]

    def study(self, name):
        """The `Study` called ``name``."""
        if name not in self._studies:
            self._node(f"/studies/{name}", h5py.Group)
            self._studies[name] = Study(self, name)
        return self._studies[name]

    def scenario_sha256(self, name):
        """SHA-256 of scenario ``name`` as stored in ``/scenario/<name>``."""
        return self.attr(f"/scenario/{name}", "sha256")

    def validate(self):
        """Check that every study has the core datasets with consistent shapes.

        Raises
        ------
        ResultsError
            Naming the first missing or misshapen dataset.
        """
        for study in self.studies():
            study.validate()


class Study:
    """One study, ``/studies/<name>``, read through its `Results`.

    Parameters
    ----------
    results : Results
        The open file.
    name : str
        The study's name.
    """

    def __init__(self, results, name):
        self.results = results
        self.name = name
        self.path = f"/studies/{name}"

    def __repr__(self):
        return f"Study({self.name!r})"

    @functools.cached_property
    def attrs(self):
        """The study group's attributes."""
        return self.results.attrs(self.path)

    def attr(self, key):
        """One study attribute; raises `ResultsError` if it is missing."""
        return self.results.attr(self.path, key)

    @property
    def landscape(self):
        """The landscape's name, or None for a study without one (a regression task)."""
        return self.attrs.get("landscape")

    @property
    def task(self):
        """The regression task's kind, or None for a landscape study."""
        return self.attrs.get("task")

    @property
    def dim(self):
        """Number of parameters per run."""
        return int(self.attr("dim"))

    @property
    def scenario(self):
        """Name of the scenario that defined this study."""
        return self.attr("scenario")

    @property
    def run_count(self):
        """Number of runs K."""
        return self.results.shape(f"{self.path}/status")[0]

    def data(self, member):
        """Dataset ``/studies/<name>/<member>`` as an array."""
        return self.results.dataset(f"{self.path}/{member}")

    def runs(self, column):
        """Column ``runs/<column>`` (one entry per run)."""
        return self.data(f"runs/{column}")

    def landscape_attrs(self):
        """Attributes of the ``landscape`` group (name, formula, source, parameters)."""
        return self.results.attrs(f"{self.path}/landscape")

    def minimum(self):
        """The known global minimum value J*, or None when the file lists no minimum.

        For a regression task, the cost at the least-squares optimum (``data`` attribute
        ``optimal_cost``).
        """
        if self.task is not None:
            value = float(self.results.attr(f"{self.path}/data", "optimal_cost"))
            return value if np.isfinite(value) else None
        if not self.results.has(f"{self.path}/landscape/minimum_value"):
            return None
        values = self.data("landscape/minimum_value")
        return float(np.min(values)) if values.size else None

    def record_counts(self):
        """Records per run up to and including the one that holds its final state.

        Returns
        -------
        numpy.ndarray of int
            For run k, the records ``[:n_k]`` are its trajectory: every record up to the
            first whose step is at least ``stop_step[k]`` (later records repeat it). A task
            study's records count epochs, and its runs stop at ``stop_epoch``.
        """
        step = self.data("step")
        counts = np.searchsorted(step, self.stop_records(), side="left") + 1
        return np.minimum(counts, step.size)

    def stop_records(self):
        """Where each run stopped, in the unit of ``step``: updates, or a task's epochs."""
        return self.data("stop_epoch" if self.task is not None else "stop_step")

    def run_steps(self, k, count):
        """Steps of run ``k``'s first ``count`` records, the last one cut to its stop."""
        steps = self.data("step")[:count].copy()
        steps[-1] = min(steps[-1], self.stop_records()[k])
        return steps

    def final_costs(self):
        """Each run's cost at its stop, shape [K]."""
        index = self.record_counts() - 1
        return self.data("cost")[np.arange(index.size), index]

    def grid(self):
        """The study's landscape grid as (x, y, value), or None when it has none.

        Raises
        ------
        ResultsError
            If the study names a grid that is missing or misshapen.
        """
        path = self.attrs.get("grid")
        if not path:
            return None
        x, y = self.results.dataset(f"{path}/x"), self.results.dataset(f"{path}/y")
        value = self.results.dataset(f"{path}/value")
        if value.shape != (y.size, x.size):
            raise self.results.error(f"{path}/value", f"shape {value.shape}, expected "
                                     f"[ny, nx] = ({y.size}, {x.size})")
        return x, y, value

    def expected_shapes(self):
        """Shape each dataset the figures read must have, by path relative to the study.

        ``None`` in a shape matches any length (the number of known minima).
        """
        count, records = self.results.shape(f"{self.path}/status")[0], \
            self.results.shape(f"{self.path}/step")[0]
        dim = self.dim
        shapes = {"cost": (count, records), "params": (count, records, dim),
                  "stop_step": (count,), "runs/init": (count, dim)}
        shapes.update({f"runs/{column}": (count,) for column in RUN_COLUMNS})
        if self.landscape is not None:
            shapes.update({"landscape/domain": (dim, 2), "landscape/minima": (None, dim),
                           "landscape/minimum_value": (None,)})
        if self.task is not None:
            shapes.update({"stop_epoch": (count,), "runs/batch_size": (count,),
                           "data/truth": (dim,), "data/optimum": (dim,)})
        return shapes

    def validate(self):
        """Check that the datasets the figures read exist with consistent shapes.

        Raises
        ------
        ResultsError
            Naming the first missing or misshapen dataset, with found and expected shape.
        """
        for member, shape in self.expected_shapes().items():
            found = self.results.shape(f"{self.path}/{member}")
            if len(found) != len(shape) or any(
                    want is not None and want != have for want, have in zip(shape, found)):
                wanted = "(" + ", ".join("M" if n is None else str(n) for n in shape) + ")"
                raise self.results.error(f"{self.path}/{member}", f"shape {found}, expected "
                                         f"{wanted} (K runs, R records, dim, M minima)")
        if self.attrs.get("grid"):
            self.grid()

"""Command line: ``python3 -m reports RESULTS.h5 [-o DIR | --check DIR] [-v] [-q]``.

Exit codes follow optbench's: 0 success (or, with ``--check``, identical), 1 ``--check``
found a difference, 2 bad input or usage (one line on stderr naming the file and dataset),
3 a failure while writing. stdout carries the summary only; stderr carries diagnostics and,
with ``-v``, what was drawn and what was skipped.
"""

import argparse
import logging
import os
import sys

from reports import ReportError
from reports.results import Results, ResultsError

_log = logging.getLogger(__name__)


def parse_args(argv):
    """Parse the command line; argparse exits 2 with its usage message on a bad one."""
    parser = argparse.ArgumentParser(
        prog="python3 -m reports",
        description="Figures, index.md and manifest.json rebuilt from an optbench results "
                    "file alone, byte for byte.")
    parser.add_argument("results", metavar="RESULTS.h5", help="results file (optbench/1)")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("-o", "--output", metavar="DIR",
                      help="folder for the report (default: RESULTS-report beside the file)")
    mode.add_argument("--check", metavar="DIR",
                      help="rebuild in a temporary folder and compare with the report in DIR")
    parser.add_argument("-v", "--verbose", action="count", default=0,
                        help="log drawn and skipped figures (-vv: debug)")
    parser.add_argument("-q", "--quiet", action="store_true", help="log errors only")
    return parser.parse_args(argv)


class _Formatter(logging.Formatter):
    """``reports: info: message``, like optbench's own diagnostics."""

    def format(self, record):
        return f"reports: {record.levelname.lower()}: {record.getMessage()}"


def configure_logging(verbose, quiet):
    """Send the package's log records to stderr at the level the flags ask for."""
    level = logging.ERROR if quiet else (logging.WARNING, logging.INFO, logging.DEBUG)[
        min(verbose, 2)]
    logger = logging.getLogger("reports")
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_Formatter())
    logger.handlers[:] = [handler]
    logger.setLevel(level)
    logger.propagate = False


def write(results, output):
    """Write the report and print its summary; returns the exit code."""
    from reports import render  # matplotlib loads only once the input has passed its checks

    manifest = render.write_report(results, output)
    figures = manifest["figures"]
    print(f"wrote {len(figures)} figures, {render.INDEX} and {render.MANIFEST} to {output}")
    for entry in figures:
        print(f"  {entry['name']:<40} {entry['kind']}")
    return 0


def check(results, folder):
    """Compare a fresh report with ``folder``, print what differs; returns the exit code."""
    from reports import render  # as in `write`

    problems, count = render.check_report(results, folder)
    for line in problems:
        print(f"differs: {line}")
    if problems:
        print(f"{folder}: {len(problems)} of {count} files differ from a fresh report of "
              f"{results.path}")
        return 1
    absent = render.absent_files(folder)
    kept = f"; {len(absent)} not kept, checked by their manifest digest" if absent else ""
    print(f"{folder}: identical to a fresh report of {results.path} ({count} files{kept})")
    return 0


def main(argv=None):
    """Run the command line.

    Parameters
    ----------
    argv : list of str, optional
        Arguments without the program name; ``sys.argv[1:]`` by default.

    Returns
    -------
    int
        The exit code.
    """
    args = parse_args(argv)
    configure_logging(args.verbose, args.quiet)
    try:
        with Results(args.results) as results:
            results.validate()
            if args.check is not None:
                return check(results, args.check)
            return write(results, args.output or default_output(args.results))
    except (ResultsError, ReportError) as err:
        print(err, file=sys.stderr)
        return 2
    except OSError as err:
        print(f"{args.results}: failed while making the report: {err}", file=sys.stderr)
        return 3


def default_output(results_path):
    """``<results without extension>-report``, beside the results file."""
    return os.path.splitext(results_path)[0] + "-report"

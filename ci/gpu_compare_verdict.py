"""Judges `optbench compare` reports of a device run against the CPU baselines.

Studies in portable math must match bit for bit: any difference in their runs or grids, and
any run or study that appeared or vanished, is a failure. Studies in native math use the
device's own math library, so their differences are listed, not judged; throughput on
another device is no regression either. The first line printed is the summary.

Usage: /usr/bin/python3 ci/gpu_compare_verdict.py CANDIDATE.h5 COMPARE.xml...
(the JUnit files of `optbench compare BASELINE CANDIDATE --junit COMPARE.xml`)
Exit 0 when nothing failed, 1 otherwise.
"""

import sys
import xml.etree.ElementTree as ElementTree

import h5py


def math_modes(candidate):
    """Maps each study, and each grid by its name, to its math mode."""
    modes = {}
    with h5py.File(candidate, "r") as f:
        for study in f["studies"]:
            modes[study] = f[f"studies/{study}"].attrs.get("math", "portable")
        for grid in f.get("grids", {}):
            modes[f"grid {grid}"] = modes.get(f["grids"][grid].attrs.get("study"), "portable")
    return modes


def judge(report, modes):
    """Returns (failures, notes, compared runs and grids) of one JUnit report."""
    failures, notes, compared = [], [], 0
    for suite in ElementTree.parse(report).getroot().iter("testsuite"):
        study = suite.get("name")
        differing, runs = [], 0
        for case in suite.iter("testcase"):
            name = case.get("name")
            key = f"grid {name}" if study == "grids" else study
            failure = case.find("failure")
            if name == "throughput":
                continue
            compared += 1
            runs += name != "(study)"
            if failure is None:
                continue
            message = f"{key}: {name}: {failure.get('message')}"
            if name == "(study)" or modes.get(key, "portable") != "native":
                failures.append(message)
            else:
                differing.append(name)
        if differing:
            notes.append(f"{study}: {len(differing)} of {runs} runs differ (native math, "
                         "not judged)")
    return failures, notes, compared


def main(argv):
    if len(argv) < 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    modes = math_modes(argv[1])
    native = sorted(s for s, m in modes.items() if m == "native" and not s.startswith("grid "))
    lines, failed = [], False
    for report in argv[2:]:
        failures, notes, compared = judge(report, modes)
        failed = failed or bool(failures)
        verdict = f"{len(failures)} differ" if failures else "all identical bit for bit"
        lines.append(f"{report}: {compared} runs and grids compared, portable math {verdict}")
        lines += [f"  FAIL {line}" for line in failures] + [f"  note {line}" for line in notes]
    summary = ("portable-math studies identical bit for bit to every CPU baseline"
               if not failed else "portable-math studies differ from a CPU baseline")
    if native:
        summary += f"; native math not judged ({', '.join(native)})"
    print(summary)
    print("\n".join(lines))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

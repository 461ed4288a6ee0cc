"""``index.md``: every figure with a caption generated from the data, and the file's provenance.

Reads only root attributes and ``/scenario/<name>`` attributes besides what the figure
modules' captions read; never the file's path, its creation time or the timings, so that
two runs of the same scenario give the same index.
"""

import logging

_log = logging.getLogger(__name__)

# Root attributes copied into the manifest and the index, in this order.
PROVENANCE_KEYS = ("schema", "optbench_version", "git_commit", "git_dirty", "compiler",
                   "build_type", "build_flags", "kokkos_version", "backend", "device",
                   "threads", "scenario_sha256")


def provenance(results):
    """Root attributes that describe how the results were made (no dates, no paths).

    Parameters
    ----------
    results : reports.results.Results

    Returns
    -------
    dict
        Attribute name to value for each of `PROVENANCE_KEYS` present, plus ``scenarios``:
        name to SHA-256 of each stored scenario.
    """
    attrs = results.attrs("/")
    info = {key: attrs[key] for key in PROVENANCE_KEYS if key in attrs}
    info["scenarios"] = {name: results.scenario_sha256(name)
                         for name in results.members("/scenario")}
    return info


def header(info):
    """The index's opening lines: title and provenance."""
    dirty = " (uncommitted changes)" if info.get("git_dirty") else ""
    lines = [
        "# optbench report", "",
        f"Results of schema {info.get('schema')} written by optbench "
        f"{info.get('optbench_version', '?')}, commit {info.get('git_commit', '?')}{dirty}; "
        f"{info.get('compiler', '?')} {info.get('build_type', '')} build "
        f"(`{info.get('build_flags', '')}`), Kokkos {info.get('kokkos_version', '?')}, "
        f"backend {info.get('backend', '?')} on {info.get('device', '?')} with "
        f"{info.get('threads', '?')} threads.", "",
        "Scenarios:", "",
    ]
    lines += [f"- {name}: sha256 `{sha}`" for name, sha in info["scenarios"].items()]
    return lines + [""]


def figure_section(number, entry, text):
    """The Markdown section of one figure."""
    links = ", ".join(f"[{name.rsplit('.', 1)[1].upper()}]({name})" for name in entry["files"])
    return [f"## {number}. {entry['title']}", "",
            f"![{entry['title']}]({entry['files'][0]})", "",
            text, "", f"Files: {links}. Kind: {entry['kind']}.", ""]


def markdown(results, entries, texts):
    """The whole ``index.md`` text.

    Parameters
    ----------
    results : reports.results.Results
    entries : list of dict
        Manifest entries of the figures, in order.
    texts : list of str
        Their captions.

    Returns
    -------
    str
    """
    lines = header(provenance(results))
    if not entries:
        lines += ["No figure applies to the studies in this file.", ""]
    for number, (entry, text) in enumerate(zip(entries, texts), start=1):
        lines += figure_section(number, entry, text)
    _log.info("index lists %d figures", len(entries))
    return "\n".join(lines).rstrip("\n") + "\n"

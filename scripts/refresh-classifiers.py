"""Writes src/dists/data/trove-classifiers.json from the trove-classifiers package.

PyPI refuses a Classifier that trove-classifiers does not list, and one it lists
as deprecated (warehouse/forklift/metadata.py reads `all_classifiers` and
`deprecated_classifiers`). The action ships that list as data so inspection
needs no Python; run this script when trove-classifiers publishes a release:

    python3 scripts/refresh-classifiers.py            # newest release
    python3 scripts/refresh-classifiers.py 2025.9.11  # a given one

It downloads the wheel with pip (through pip's configured index), imports it
from the wheel file itself (a pure-Python wheel is importable as a zip), and
writes the JSON sorted, so that a refresh diffs cleanly.
"""

import json
import pathlib
import subprocess
import sys
import tempfile

OUT = pathlib.Path(__file__).resolve().parent.parent / "src" / "dists" / "data" / "trove-classifiers.json"


def main() -> None:
    spec = "trove-classifiers" + (f"=={sys.argv[1]}" if len(sys.argv) > 1 else "")
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:", "-d", tmp, spec],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        (wheel,) = pathlib.Path(tmp).glob("trove_classifiers-*.whl")
        sys.path.insert(0, str(wheel))
        import trove_classifiers as trove

        version = wheel.name.split("-")[1]
        data = {
            "source": f"trove-classifiers {version}",
            "classifiers": sorted(trove.all_classifiers),
            "deprecated": {k: sorted(v) for k, v in sorted(trove.deprecated_classifiers.items())},
        }
    OUT.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(data['classifiers'])} classifiers, {len(data['deprecated'])} deprecated, from {data['source']}")


if __name__ == "__main__":
    main()

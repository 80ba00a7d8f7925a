"""Runs Debian's twine with a pkginfo that reads Metadata-Version 2.3 to 2.5.

Debian bookworm ships twine 4.0.2 with pkginfo 1.8.2, which knows Metadata-Version
up to 2.2 only and then reads no Name or Version ("Metadata is missing required
fields"). pkginfo 1.10 added 2.3 (no new fields) and 2.4 (License-Expression,
License-File); 2.5 adds Import-Name and Import-Namespace (PEP 794). Registering
them here is all twine needs: it sends the same form fields for every version.

Usage: python3 twine.py upload --repository-url URL --non-interactive FILE...
Credentials come from TWINE_USERNAME / TWINE_PASSWORD, never from argv.
"""

import os
import sys

# This file is itself named twine.py: drop its folder from the path, or
# `import twine` below would find this script instead of the package.
_here = os.path.dirname(os.path.abspath(__file__))
sys.path[:] = [p for p in sys.path if os.path.abspath(p or os.curdir) != _here]

import pkginfo.distribution as distribution  # noqa: E402

_HEADERS_2_3 = distribution.HEADER_ATTRS["2.2"]
_HEADERS_2_4 = _HEADERS_2_3 + (
    ("License-Expression", "license_expression", False),
    ("License-File", "license_file", True),
)
_HEADERS_2_5 = _HEADERS_2_4 + (
    ("Import-Name", "import_names", True),
    ("Import-Namespace", "import_namespaces", True),
)

for _version, _headers in (("2.3", _HEADERS_2_3), ("2.4", _HEADERS_2_4), ("2.5", _HEADERS_2_5)):
    distribution.HEADER_ATTRS.setdefault(_version, _headers)

# Defaults for the new attributes, as pkginfo declares them for the old ones.
for _attr, _default in (
    ("license_expression", None),
    ("license_file", ()),
    ("import_names", ()),
    ("import_namespaces", ()),
):
    if not hasattr(distribution.Distribution, _attr):
        setattr(distribution.Distribution, _attr, _default)

from twine.__main__ import main  # noqa: E402  (after the registration above)

if __name__ == "__main__":
    sys.exit(main())

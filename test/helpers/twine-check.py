"""`twine check --strict` on many files in one process, one verdict per file.

    /usr/bin/python3 twine-check.py FILE...   ->  JSON {file: {"flagged": bool, "messages": [...]}}

twine's own `check` stops at the first file it cannot read (an exception
ends the command), so this runs twine's per-file check (`_check_file`, the
function `twine check` calls) on each file, with --strict's rule: any warning
fails. A file twine cannot read at all is flagged with the exception's text.
twine.py is loaded first for its Metadata-Version 2.3-2.5 registration.
"""

import json
import os
import runpy
import sys

runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "twine.py"), run_name="twine_harness")

from twine.commands import check  # noqa: E402  (after the registration)

result = {}
for path in sys.argv[1:]:
    stream = check._WarningStream()
    try:
        warnings, ok = check._check_file(path, stream)
    except Exception as exc:  # twine refuses the file outright
        result[path] = {"flagged": True, "messages": [f"{type(exc).__name__}: {exc}"]}
        continue
    messages = list(warnings) + ([str(stream).strip()] if not ok else [])
    result[path] = {"flagged": (not ok) or bool(warnings), "messages": messages}
print(json.dumps(result))

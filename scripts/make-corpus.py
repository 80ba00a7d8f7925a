"""Writes a corpus of distributions with exact, controlled defects.

    python3 scripts/make-corpus.py OUT_DIR

Each case is a directory OUT_DIR/<id>/ holding one release's files, built here
from bytes (zipfile, tarfile: stdlib only, no build backend) so that each
broken case differs from a sound release by exactly one defect. The manifest
OUT_DIR/corpus.json lists the cases:

    {"id", "valid", "files": [relative paths], "expected": {"name", "version"},
     "maxFileSize"?: bytes, "defect"?: what is wrong,
     "pypi"?: what PyPI answers, "match"?: text pypi-promote's refusal must contain}

test/dists-corpus.test.ts generates it into a temp directory at test time and
checks every case with inspectDists (and twine check --strict, and the action).
"""

import base64
import hashlib
import io
import json
import os
import sys
import tarfile
import zipfile

CORE = "See https://packaging.python.org/specifications/core-metadata for more information."
MD = "# Demo\n\nA *demo* package.\n"
RST = "Demo\n====\n\nA *demo* package.\n\n.. code-block:: python\n\n   import demo_pkg\n"


def metadata(fields=None, body=MD, drop=()):
    """METADATA text: a sound Metadata 2.4 header, `fields` replacing or adding (a list value repeats the header)."""
    base = {
        "Metadata-Version": "2.4",
        "Name": "demo-pkg",
        "Version": "1.0.0",
        "Summary": "A demo package",
        "Description-Content-Type": "text/markdown",
    }
    base.update(fields or {})
    lines = []
    for key, value in base.items():
        if key in drop or value is None:
            continue
        for v in value if isinstance(value, list) else [value]:
            lines.append(f"{key}: {v}")
    text = "\n".join(lines) + "\n"
    return text + ("\n" + body if body is not None else "")


def prepend(data, stub):
    """A zip with `stub` before it and its offsets shifted to match, as `cat stub x.zip` then `zip -A` leaves it."""
    out = bytearray(stub + data)
    shift = len(stub)
    eocd = out.rfind(b"PK\x05\x06")
    count, size, offset = int.from_bytes(out[eocd + 10:eocd + 12], "little"), int.from_bytes(out[eocd + 12:eocd + 16], "little"), int.from_bytes(out[eocd + 16:eocd + 20], "little")
    offset += shift
    out[eocd + 16:eocd + 20] = offset.to_bytes(4, "little")
    at = offset
    for _ in range(count):
        local = int.from_bytes(out[at + 42:at + 46], "little") + shift
        out[at + 42:at + 46] = local.to_bytes(4, "little")
        at += 46 + sum(int.from_bytes(out[at + k:at + k + 2], "little") for k in (28, 30, 32))
    assert at - offset == size
    return bytes(out)


def damage_member(data, name):
    """Overwrites the deflated bytes of member `name` (found by its local header) with an invalid block type."""
    out = bytearray(data)
    at = out.find(b"PK\x03\x04")
    while at >= 0:
        name_length, extra_length = int.from_bytes(out[at + 26:at + 28], "little"), int.from_bytes(out[at + 28:at + 30], "little")
        if bytes(out[at + 30:at + 30 + name_length]) == name:
            start = at + 30 + name_length + extra_length
            out[start] = 0x07  # final block, reserved type 3: zlib refuses it
            return bytes(out)
        at = out.find(b"PK\x03\x04", at + 4)
    raise ValueError(name)


def md5_row(row):
    path, digest, size = row.split(",")
    if not digest:
        return row
    return f"{path},md5=x,{size}"


def record_line(path, data, algorithm="sha256"):
    digest = base64.urlsafe_b64encode(hashlib.new(algorithm, data).digest()).rstrip(b"=").decode()
    return f"{path},{algorithm}={digest},{len(data)}"


def wheel(dest, filename=None, name="demo_pkg", version="1.0.0", tags="py3-none-any", build=None, meta=None,
          files=None, omit=(), extra=(), compression=zipfile.ZIP_DEFLATED, dist_info=None,
          rows=None, tamper=None, patch=None, zip64=False, algorithm="sha256"):
    """A wheel as a PEP 517 backend writes it; `omit` drops .dist-info members, `extra` adds raw (path, bytes)
    that RECORD does not list. Defects after the fact: `rows` rewrites RECORD's rows (a function of the list),
    `tamper` replaces members' bytes once RECORD is written, `patch` rewrites the finished file's bytes."""
    filename = filename or "-".join([name, version] + ([build] if build else []) + [tags]) + ".whl"
    dist_info = dist_info or f"{name}-{version}.dist-info"
    members = dict(files if files is not None else {f"{name}/__init__.py": b"VALUE = 1\n"})
    members[f"{dist_info}/METADATA"] = (meta if meta is not None else metadata()).encode() if isinstance(meta, (str, type(None))) else meta
    wheel_text = "Wheel-Version: 1.0\nGenerator: make-corpus\nRoot-Is-Purelib: true\n"
    for tag in expand_tags(tags):
        wheel_text += f"Tag: {tag}\n"
    members[f"{dist_info}/WHEEL"] = wheel_text.encode()
    for path in omit:
        members.pop(f"{dist_info}/{path}", None)
    lines = [record_line(p, d, algorithm) for p, d in members.items()]
    if rows is not None:
        lines = rows(lines)
    if "RECORD" not in omit:
        lines.append(f"{dist_info}/RECORD,,")
        members[f"{dist_info}/RECORD"] = ("\n".join(lines) + "\n").encode()
    members.update(tamper or {})
    path = os.path.join(dest, filename)
    with zipfile.ZipFile(path, "w", compression) as z:
        for p, d in list(members.items()) + list(extra):
            info = zipfile.ZipInfo(p, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = compression
            with z.open(info, "w", force_zip64=zip64) as f:
                f.write(d)
    if patch is not None:
        with open(path, "rb") as f:
            data = f.read()
        with open(path, "wb") as f:
            f.write(patch(data))
    return filename


def expand_tags(tags):
    py, abi, plat = tags.split("-")
    return [f"{a}-{b}-{c}" for a in py.split(".") for b in abi.split(".") for c in plat.split(".")]


def sdist(dest, filename=None, name="demo_pkg", version="1.0.0", meta=None, files=None, top=None, omit=(),
          extra=(), links=()):
    """An sdist: one directory {name}-{version}/ with PKG-INFO and pyproject.toml; `extra` adds (path, bytes)."""
    filename = filename or f"{name}-{version}.tar.gz"
    top = top or f"{name}-{version}"
    members = {f"{top}/PKG-INFO": (meta if meta is not None else metadata()).encode(),
               f"{top}/pyproject.toml": b"[project]\nname = 'demo-pkg'\n",
               f"{top}/src/demo_pkg/__init__.py": b"VALUE = 1\n"}
    members.update(files or {})
    for path in omit:
        members.pop(f"{top}/{path}", None)
    path = os.path.join(dest, filename)
    with tarfile.open(path, "w:gz", format=tarfile.PAX_FORMAT) as t:
        for p, d in list(members.items()) + list(extra):
            info = tarfile.TarInfo(p)
            info.size, info.mtime, info.mode = len(d), 1704067200, 0o644
            t.addfile(info, io.BytesIO(d))
        for p, target in links:
            info = tarfile.TarInfo(p)
            info.type, info.linkname, info.mtime = tarfile.SYMTYPE, target, 1704067200
            t.addfile(info)
    return filename


CASES = []


def case(id, valid, build, expected=("demo-pkg", "1.0.0"), defect=None, pypi=None, match=None, **extra):
    CASES.append(dict(id=id, valid=valid, build=build, expected={"name": expected[0], "version": expected[1]},
                      defect=defect, pypi=pypi, match=match if match is not None else pypi, **extra))


def broken(id, defect, pypi, build, match=None, **kw):
    case(id, False, build, defect=defect, pypi=pypi, match=match, **kw)


def valid(id, build, expected=("demo-pkg", "1.0.0"), **kw):
    case(id, True, build, expected=expected, **kw)


def meta_wheel(fields=None, body=MD, drop=()):
    return lambda d: [wheel(d, meta=metadata(fields, body, drop))]


# ------------------------------------------------------------------ broken: metadata fields

broken("classifier-unknown", "a Classifier trove-classifiers does not list",
       "'Programming Language :: Python :: 9' is not a valid classifier.",
       meta_wheel({"Classifier": ["Programming Language :: Python :: 3", "Programming Language :: Python :: 9"]}))
broken("classifier-private", "the 'Private ::' classifier meant to block uploads",
       "'Private :: Do Not Upload' is not a valid classifier.", meta_wheel({"Classifier": "Private :: Do Not Upload"}))
broken("classifier-deprecated", "a deprecated classifier", "The classifier 'Natural Language :: Ukranian' has been deprecated",
       meta_wheel({"Classifier": "Natural Language :: Ukranian"}))
broken("requires-dist-syntax", "a Requires-Dist that is not PEP 508", "'requests (>=2.0' is invalid for 'requires-dist'",
       meta_wheel({"Requires-Dist": "requests (>=2.0"}))
broken("requires-dist-marker", "a marker comparing to an unquoted version",
       "'requests; python_version >= 3.8' is invalid for 'requires-dist'", meta_wheel({"Requires-Dist": "requests; python_version >= 3.8"}))
broken("requires-dist-url", "a direct reference in Requires-Dist",
       "Can't have direct dependency: dep @ https://example.com/dep-1.0-py3-none-any.whl",
       meta_wheel({"Requires-Dist": "dep @ https://example.com/dep-1.0-py3-none-any.whl"}))
broken("provides-dist-invalid", "a Provides-Dist that is not PEP 508", "'demo pkg' is invalid:",
       meta_wheel({"Provides-Dist": "demo pkg"}))
broken("requires-python-bare", "Requires-Python as a bare version", "'3.9' is invalid for 'requires-python'",
       meta_wheel({"Requires-Python": "3.9"}))
broken("requires-python-wildcard", "a '.*' with >=", "'>=3.*' is invalid for 'requires-python'",
       meta_wheel({"Requires-Python": ">=3.*"}))
broken("provides-extra-space", "an extra name with a space", "'dev tools' is invalid for 'provides-extra'",
       meta_wheel({"Provides-Extra": "dev tools"}))
broken("project-url-no-label", "a Project-URL without a label", "Must have a label",
       meta_wheel({"Project-URL": ", https://example.com"}))
broken("project-url-long-label", "a Project-URL label over 32 characters",
       "'Documentation for the latest release' must be 32 characters or less.",
       meta_wheel({"Project-URL": "Documentation for the latest release, https://example.com/docs"}))
broken("project-url-bad-url", "a Project-URL without a scheme", "'example.com/docs' is not a valid url",
       meta_wheel({"Project-URL": "Docs, example.com/docs"}))
broken("project-url-no-url", "a Project-URL without a URL", "Must have a URL", meta_wheel({"Project-URL": "Docs"}))
broken("home-page-invalid", "a Home-page without a scheme", "'www.example.com' is not a valid url.",
       meta_wheel({"Home-page": "www.example.com"}))
broken("download-url-ftp", "a Download-URL that is not http(s)", "'ftp://example.com/demo.tar.gz' is not a valid url.",
       meta_wheel({"Download-URL": "ftp://example.com/demo.tar.gz"}))
broken("content-type-html", "Description-Content-Type text/html",
       "'description-content-type' must be one of ['text/plain', 'text/x-rst', 'text/markdown'], not 'text/html'",
       meta_wheel({"Description-Content-Type": "text/html"}), match="must be one of")
broken("content-type-variant", "a Markdown variant PyPI does not render",
       "valid Markdown variants for 'description-content-type' are ['GFM', 'CommonMark'], not 'MyST'",
       meta_wheel({"Description-Content-Type": "text/markdown; variant=MyST"}), match="valid Markdown variants")
broken("content-type-charset", "a charset other than UTF-8", "'description-content-type' can only specify the UTF-8 charset",
       meta_wheel({"Description-Content-Type": "text/plain; charset=latin-1"}))
broken("license-expression-name", "a license name instead of an SPDX expression", "'MIT License' is invalid for 'license-expression'",
       meta_wheel({"License-Expression": "MIT License"}))
broken("license-expression-exception", "an unknown SPDX exception",
       "'GPL-2.0-or-later WITH Linking-exception' is invalid for 'license-expression'",
       meta_wheel({"License-Expression": "GPL-2.0-or-later WITH Linking-exception"}))
broken("license-expression-syntax", "an unbalanced parenthesis", "'(MIT OR Apache-2.0' is invalid for 'license-expression'",
       meta_wheel({"License-Expression": "(MIT OR Apache-2.0"}))
broken("license-and-expression", "License and License-Expression both",
       "License is deprecated when License-Expression is present. Only License-Expression should be present.",
       meta_wheel({"License-Expression": "MIT", "License": "MIT"}))
broken("license-file-missing-wheel", "a License-File the wheel lacks",
       "License-File LICENSE does not exist in distribution file demo_pkg-1.0.0-py3-none-any.whl at demo_pkg-1.0.0.dist-info/licenses/LICENSE",
       meta_wheel({"License-Expression": "MIT", "License-File": "LICENSE"}))
broken("license-file-missing-sdist", "a License-File the sdist lacks",
       "License-File COPYING does not exist in distribution file demo_pkg-1.0.0.tar.gz at demo_pkg-1.0.0/COPYING",
       lambda d: [sdist(d, meta=metadata({"License-Expression": "MIT", "License-File": "COPYING"}))])
broken("license-file-parent", "a License-File path with '..'",
       "'../LICENSE' is invalid for 'license-file', parent directory indicators are not allowed",
       meta_wheel({"License-Expression": "MIT", "License-File": "../LICENSE"}))
broken("dynamic-version", "Dynamic: Version", "'version' is not allowed as a dynamic field", meta_wheel({"Dynamic": "Version"}))
broken("dynamic-unknown", "Dynamic naming no field", "'colour' is not a valid dynamic field", meta_wheel({"Dynamic": "Colour"}))
broken("metadata-version-2-0", "Metadata-Version 2.0, never a standard", "'2.0' is not a valid metadata version",
       meta_wheel({"Metadata-Version": "2.0"}))
broken("metadata-version-missing", "no Metadata-Version", "'metadata-version' is a required field",
       meta_wheel(drop=("Metadata-Version",)))
broken("name-missing", "no Name", "'name' is a required field", meta_wheel(drop=("Name",)))
broken("version-invalid", "a Version that is not PEP 440", "'1.0.0-final-2' is invalid for 'version'",
       lambda d: [wheel(d, meta=metadata({"Version": "1.0.0-final-2"}))])
broken("version-local", "a local version", "The use of local versions in '1.0.0+g1234' is not allowed.",
       lambda d: [wheel(d, version="1.0.0+g1234", meta=metadata({"Version": "1.0.0+g1234"}))],
       expected=("demo-pkg", "1.0.0+g1234"))
broken("summary-multiline", "a Summary on two lines", "'summary' must be a single line",
       meta_wheel({"Summary": "A demo\n        package"}))
broken("summary-long", "a Summary over 512 characters", "'summary' field must be 512 characters or less.",
       meta_wheel({"Summary": "x" * 513}))
broken("field-too-new", "License-Expression under Metadata-Version 2.1", "license-expression introduced in metadata version 2.4, not 2.1",
       meta_wheel({"Metadata-Version": "2.1", "License-Expression": "MIT"}))
broken("rst-title-underline", "a reStructuredText description with a short title underline",
       "The description failed to render for 'text/x-rst'.",
       lambda d: [wheel(d, meta=metadata({"Description-Content-Type": "text/x-rst"}, body="Demo package\n====\n\nText.\n")),
                  sdist(d, meta=metadata({"Description-Content-Type": "text/x-rst"}, body="Demo package\n====\n\nText.\n"))],
       match="failed to render for 'text/x-rst'. Line 2 of the description: Title underline too short.")
broken("rst-default-unknown-role", "no Description-Content-Type and an rST description with an unknown role",
       "The description failed to render in the default format of reStructuredText.",
       meta_wheel({"Description-Content-Type": None}, body="Demo\n====\n\nSee :unknown-role:`x`.\n"),
       match="The description failed to render in the default format of reStructuredText. Line 4 of the description")
broken("author-email-no-period", "an author e-mail whose domain has no period",
       "'demo@localhost' is not a valid email address: The part after the @-sign is not valid. It should have a period.",
       meta_wheel({"Author-email": "Demo <demo@localhost>"}))
broken("maintainer-email-space", "a maintainer e-mail with a space",
       "'de mo@example.com' is not a valid email address: The email address contains invalid characters before the @-sign: SPACE.",
       meta_wheel({"Maintainer-email": "de mo@example.com"}))
broken("metadata-not-utf8", "a METADATA that is not UTF-8", "Invalid distribution file.",
       lambda d: [wheel(d, meta=metadata({"Author": "Zo\u00eb"}).encode("latin-1"))], match="is not valid UTF-8")

# ------------------------------------------------------------------ broken: wheel files

broken("wheel-no-record", "a wheel without RECORD",
       "Wheel 'demo_pkg-1.0.0-py3-none-any.whl' does not contain the required RECORD file: demo_pkg-1.0.0.dist-info/RECORD",
       lambda d: [wheel(d, omit=("RECORD",))])
broken("wheel-no-metadata", "a wheel without METADATA",
       "Wheel 'demo_pkg-1.0.0-py3-none-any.whl' does not contain the required METADATA file: demo_pkg-1.0.0.dist-info/METADATA",
       lambda d: [wheel(d, omit=("METADATA",))])
broken("wheel-no-wheel-file", "a wheel without WHEEL", "Invalid distribution file. WHEEL not found at demo_pkg-1.0.0.dist-info/WHEEL",
       lambda d: [wheel(d, omit=("WHEEL",))])
broken("wheel-linux-tag", "a linux_x86_64 wheel (not manylinux)",
       "Binary wheel 'demo_pkg-1.0.0-cp311-cp311-linux_x86_64.whl' has an unsupported platform tag 'linux_x86_64'.",
       lambda d: [wheel(d, tags="cp311-cp311-linux_x86_64")])
broken("wheel-macos-minor", "a macOS 11+ tag with a minor version",
       "has an unsupported platform tag 'macosx_11_3_arm64'.", lambda d: [wheel(d, tags="cp311-cp311-macosx_11_3_arm64")])
broken("wheel-name-not-normalized", "a wheel named with capitals",
       "Filename 'Demo_Pkg-1.0.0-py3-none-any.whl' should contain the normalized project name 'demo_pkg', not 'Demo_Pkg'.",
       lambda d: [wheel(d, name="Demo_Pkg", dist_info="Demo_Pkg-1.0.0.dist-info")])
broken("wheel-version-mismatch", "a wheel whose file name says 1.0.1 and METADATA 1.0.0",
       "Version in filename should be '1.0.0' not '1.0.1'.",
       lambda d: [wheel(d, version="1.0.1", dist_info="demo_pkg-1.0.1.dist-info")])
broken("wheel-other-project", "a wheel of another project in the release", "Start filename for 'demo-pkg' with 'demo_pkg'.",
       lambda d: [wheel(d, name="other_pkg", dist_info="other_pkg-1.0.0.dist-info")])
broken("wheel-bzip2", "a wheel compressed with bzip2", "Invalid distribution file. File does not use a supported compression type",
       lambda d: [wheel(d, compression=zipfile.ZIP_BZIP2)])
broken("wheel-duplicate-entry", "a wheel with a file twice in its central directory",
       "ZIP archive not accepted: Duplicate filename in central directory",
       lambda d: [wheel(d, extra=[("demo_pkg/__init__.py", b"VALUE = 2\n")])])
broken("wheel-parent-path", "a wheel member with '..'", "Invalid distribution file. Unsafe member '../evil.py'",
       lambda d: [wheel(d, extra=[("../evil.py", b"")])], match="Unsafe member '../evil.py'")
broken("wheel-bad-filename", "a wheel file name with too few parts", "Invalid wheel filename (wrong number of parts)",
       lambda d: [wheel(d, filename="demo_pkg-1.0.0-any.whl")])
broken("wheel-not-zip", "a .whl that is not a zip", "Invalid distribution file. File is not a zipfile",
       lambda d: [write(d, "demo_pkg-1.0.0-py3-none-any.whl", b"not a zip file\n")])

# Read front to back, as Warehouse walks a zip (utils/zipfiles.py): what a reader
# of the local headers would see differently from one of the central directory.
ZIP_REFUSED = "Invalid distribution file. ZIP archive not accepted: {}. See https://docs.pypi.org/archives for more information"
broken("wheel-trailing-data", "a wheel with bytes after its end of central directory (two zips concatenated)",
       ZIP_REFUSED.format("Trailing data"), lambda d: [wheel(d, patch=lambda b: b + b"PK\x03\x04 hidden")])
broken("wheel-prepended-data", "a wheel with a stub before its first local header, as self-extractors have",
       ZIP_REFUSED.format("Unknown record signature"),
       lambda d: [wheel(d, patch=lambda b: prepend(b, b"#!/bin/sh\nexit 0\n"))])
broken("wheel-local-name-differs", "a wheel whose local header names a member differently from the central directory",
       ZIP_REFUSED.format("Filename not in central directory"),
       lambda d: [wheel(d, patch=lambda b: b.replace(b"demo_pkg/__init__.py", b"demo_pkg/__evil__.py", 1))])

broken("wheel-corrupt-member", "a wheel member whose deflated bytes are damaged (pip: 'Error -3 while decompressing')", None,
       lambda d: [wheel(d, patch=lambda b: damage_member(b, b"demo_pkg/__init__.py"))],
       match="Member 'demo_pkg/__init__.py' is not valid deflate data")

EP_REFUSED = "Wheel 'demo_pkg-1.0.0-py3-none-any.whl' has invalid entry points defined in the entry_points.txt file"
broken("entry-points-no-equals", "an entry_points.txt line without '='", EP_REFUSED,
       lambda d: [wheel(d, files={"demo_pkg/__init__.py": b"VALUE = 1\n",
                                  "demo_pkg-1.0.0.dist-info/entry_points.txt": b"[console_scripts]\ndemo demo_pkg:main\n"})],
       match=EP_REFUSED + ": line 2: 'demo demo_pkg:main' is not 'name = module:attr'")
broken("entry-points-bad-reference", "an entry point whose object reference is not module:attr", EP_REFUSED,
       lambda d: [wheel(d, files={"demo_pkg/__init__.py": b"VALUE = 1\n",
                                  "demo_pkg-1.0.0.dist-info/entry_points.txt": b"[console_scripts]\ndemo = demo-pkg/cli.py\n"})],
       match="'demo-pkg/cli.py' is not an object reference 'module:attr'")

# RECORD (the binary distribution format): installers trust it; PyPI e-mails the owners of
# wheels whose RECORD does not match (it stores the file, so there is no refusal to quote).
RECORD_EMAIL = None
broken("record-hash-mismatch", "a wheel member edited after RECORD was written", RECORD_EMAIL,
       lambda d: [wheel(d, tamper={"demo_pkg/__init__.py": b"VALUE = 2\n"})],
       match="RECORD does not match the wheel: 'demo_pkg/__init__.py' does not match RECORD: its sha256 is")
broken("record-size-mismatch", "a RECORD row whose size is wrong", RECORD_EMAIL,
       lambda d: [wheel(d, rows=lambda rows: [r.rsplit(",", 1)[0] + ",99" if r.startswith("demo_pkg/__init__.py,") else r for r in rows])],
       match="'demo_pkg/__init__.py' is 10 bytes, RECORD says 99")
broken("record-file-unlisted", "a wheel member RECORD does not list", RECORD_EMAIL,
       lambda d: [wheel(d, extra=[("demo_pkg/extra.py", b"EXTRA = 1\n")])],
       match="'demo_pkg/extra.py' is in the wheel but not in RECORD")
broken("record-file-missing", "a RECORD row for a file the wheel does not have", RECORD_EMAIL,
       lambda d: [wheel(d, rows=lambda rows: rows + [record_line("demo_pkg/gone.py", b"GONE = 1\n")])],
       match="RECORD lists 'demo_pkg/gone.py', which is not in the wheel")
broken("record-md5", "RECORD hashed with md5, which wheels may not use", RECORD_EMAIL,
       lambda d: [wheel(d, rows=lambda rows: [md5_row(r) for r in rows])],
       match="with md5, which wheels may not use")

# ------------------------------------------------------------------ broken: sdists and the set

broken("sdist-two-tops", "an sdist with two top-level directories",
       "Invalid distribution file. Incorrect number of top-level directories in sdist",
       lambda d: [sdist(d, extra=[("other/file.txt", b"x")])])
broken("sdist-no-pkg-info", "an sdist without PKG-INFO", "Invalid distribution file. PKG-INFO not found at demo_pkg-1.0.0/PKG-INFO",
       lambda d: [sdist(d, omit=("PKG-INFO",))])
broken("sdist-pep625", "an sdist not named as PEP 625 says",
       "Filename 'Demo-Pkg-1.0.0.tar.gz' is invalid, should be 'demo_pkg-1.0.0.tar.gz'.",
       lambda d: [sdist(d, filename="Demo-Pkg-1.0.0.tar.gz")])
broken("sdist-zip", "a .zip sdist", "Filename 'demo_pkg-1.0.0.zip' is invalid, should be 'demo_pkg-1.0.0.tar.gz'.",
       lambda d: [write_zip_sdist(d)])
broken("sdist-not-tar", "a .tar.gz that is not a tar archive", "Invalid distribution file. File is not a tarfile",
       lambda d: [write(d, "demo_pkg-1.0.0.tar.gz", b"\x1f\x8b not really gzip")])
broken("sdist-symlink-out", "an sdist with a symlink out of the tree", "Invalid distribution file. Unsafe member",
       lambda d: [sdist(d, links=[("demo_pkg-1.0.0/escape", "../../etc/passwd")])])
broken("egg", "an egg, which PyPI no longer takes", "Invalid file extension: Use .tar.gz, .whl or .zip extension.",
       lambda d: [write(d, "demo_pkg-1.0.0-py3.11.egg", b"PK\x05\x06" + b"\x00" * 18)])
broken("two-sdists", "two sdists in one release", "Only one sdist may be uploaded per release.",
       lambda d: [sdist(d), sdist(d, filename="demo_pkg-1.0.0-copy.tar.gz")],
       match="Only one sdist may be uploaded per release.")
broken("file-too-large", "a file over the index's limit (max-file-size: 4 KiB)",
       "File too large. Limit for project 'demo-pkg' is 4096 bytes.",
       lambda d: [wheel(d, files={"demo_pkg/__init__.py": b"VALUE = 1\n", "demo_pkg/data.bin": os.urandom(8192)})],
       match="File too large. Limit for project 'demo-pkg'", maxFileSize=4096)
broken("version-not-released", "files of another version than the one released", None,
       lambda d: [wheel(d)], expected=("demo-pkg", "1.0.1"), match="is not the version being released, '1.0.1'")

# ------------------------------------------------------------------ valid but unusual

LICENSE = b"MIT License\n\nPermission is hereby granted...\n"
valid("pep639-license-files", lambda d: [
    wheel(d, meta=metadata({"License-Expression": "MIT AND (Apache-2.0 OR BSD-2-Clause)", "License-File": ["LICENSE", "LICENSES/APACHE.txt"]}),
          files={"demo_pkg/__init__.py": b"VALUE = 1\n", "demo_pkg-1.0.0.dist-info/licenses/LICENSE": LICENSE,
                 "demo_pkg-1.0.0.dist-info/licenses/LICENSES/APACHE.txt": b"Apache\n"}),
    sdist(d, meta=metadata({"License-Expression": "MIT AND (Apache-2.0 OR BSD-2-Clause)", "License-File": ["LICENSE", "LICENSES/APACHE.txt"]}),
          files={"demo_pkg-1.0.0/LICENSE": LICENSE, "demo_pkg-1.0.0/LICENSES/APACHE.txt": b"Apache\n"}),
])
valid("wheel-zip64", lambda d: [wheel(d, zip64=True)])
valid("entry-points", lambda d: [wheel(d, files={
    "demo_pkg/__init__.py": b"VALUE = 1\n",
    "demo_pkg-1.0.0.dist-info/entry_points.txt":
        b"# written by hand\n[console_scripts]\ndemo = demo_pkg:main\ndemo-extra = demo_pkg.cli:run.app [cli]\n\n"
        b"[demo.plugins]\n# a comment\nplain = demo_pkg\n\u00fcber = demo_pkg.\u00fcber:x\n".decode("unicode_escape").encode()})])
valid("record-sha512-blake2b", lambda d: [wheel(d, algorithm="sha512"), wheel(d, tags="py2-none-any", algorithm="blake2b")])
valid("licenseref-lowercase-spdx", meta_wheel({"License-Expression": "mit OR LicenseRef-Demo-Proprietary", "Metadata-Version": "2.5",
                                               "Import-Name": "demo_pkg"}))
valid("markdown-commonmark", meta_wheel({"Description-Content-Type": "text/markdown; charset=UTF-8; variant=CommonMark"},
                                        body="# Demo\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```python\nimport demo_pkg\n```\n"))
valid("rst-description", meta_wheel({"Description-Content-Type": "text/x-rst"}, body=RST + "\nSection\n-------\n\n* item\n* `link <https://example.com>`_\n"))
valid("rst-default-type", lambda d: [wheel(d, meta=metadata({"Description-Content-Type": None}, body=RST))])
valid("epoch-version", lambda d: [wheel(d, version="1!2.0", meta=metadata({"Version": "1!2.0"})),
                                  sdist(d, version="1!2.0", meta=metadata({"Version": "1!2.0"}))], expected=("demo-pkg", "1!2.0"))
valid("rc-version", lambda d: [wheel(d, version="2.0.0rc1", meta=metadata({"Version": "2.0.0rc1"})),
                               sdist(d, version="2.0.0rc1", meta=metadata({"Version": "2.0.0rc1"}))], expected=("demo-pkg", "2.0.0rc1"))
valid("post-dev-version", lambda d: [wheel(d, version="1.0.post2.dev3", meta=metadata({"Version": "1.0.post2.dev3"}))],
      expected=("demo-pkg", "1.0.post2.dev3"))
valid("unnormalized-version-in-metadata", lambda d: [wheel(d, version="1.0rc1", meta=metadata({"Version": "1.0-RC1"}))],
      expected=("demo-pkg", "1.0rc1"))
valid("name-needs-normalizing", lambda d: [
    wheel(d, name="foo_bar_baz", meta=metadata({"Name": "Foo.Bar_-baz"})),
    sdist(d, name="foo_bar_baz", meta=metadata({"Name": "Foo.Bar_-baz"}))], expected=("foo-bar-baz", "1.0.0"))
valid("several-wheels-and-sdist", lambda d: [
    sdist(d),
    wheel(d, tags="cp311-cp311-manylinux_2_17_x86_64.manylinux2014_x86_64"),
    wheel(d, tags="cp311-cp311-musllinux_1_2_aarch64"),
    wheel(d, tags="cp311-cp311-macosx_11_0_arm64"),
    wheel(d, tags="cp311-cp311-macosx_10_9_universal2"),
    wheel(d, tags="cp311-cp311-win_amd64"),
    wheel(d, tags="cp312-abi3-win_arm64"),
])
valid("build-tag", lambda d: [wheel(d, build="1"), wheel(d, build="2a", tags="py3-none-win32")])
valid("compressed-tag-set", lambda d: [wheel(d, tags="py2.py3-none-any"), wheel(d, tags="cp38.cp39.cp310-abi3-manylinux1_x86_64.manylinux_2_5_x86_64")])
valid("rich-metadata", meta_wheel({
    "Classifier": ["Development Status :: 5 - Production/Stable", "License :: OSI Approved :: MIT License",
                   "Programming Language :: Python :: 3 :: Only", "Framework :: Django :: 5.0"],
    "Requires-Python": ">=3.9, !=3.10.*, <4",
    "Requires-Dist": ['requests[socks,security] >=2.31, <3', 'tomli>=1.1; python_version < "3.11"',
                      'pytest ~= 8.0; extra == "test"', 'colorama; sys_platform == "win32" and (platform_machine == "AMD64" or platform_machine == "ARM64")'],
    "Provides-Extra": ["test", "Docs_Extra.x"],
    "Project-URL": ["Homepage, https://example.com", "Source Code, https://github.com/example/demo", "Issue tracker, http://example.com/issues"],
    "Home-page": "https://example.com", "Dynamic": "Requires-Dist", "Keywords": "demo,release",
    "Author-email": "Demo Author <demo@example.com>",
}))
valid("metadata-1-2", meta_wheel({"Metadata-Version": "1.2", "Description-Content-Type": None,
                                  "Description": "Demo\n        ====\n\n        Plain rST in the header."}, body=None))
valid("plain-text", meta_wheel({"Description-Content-Type": "text/plain"}, body="Anything *at all* ===\n  goes here\n"))


def write(dest, filename, data):
    with open(os.path.join(dest, filename), "wb") as f:
        f.write(data)
    return filename


def write_zip_sdist(dest):
    filename = "demo_pkg-1.0.0.zip"
    with zipfile.ZipFile(os.path.join(dest, filename), "w") as z:
        z.writestr("demo_pkg-1.0.0/PKG-INFO", metadata())
    return filename


def main():
    out = sys.argv[1]
    manifest = []
    for c in CASES:
        d = os.path.join(out, c["id"])
        os.makedirs(d, exist_ok=True)
        files = c.pop("build")(d)
        entry = {k: v for k, v in c.items() if v is not None}
        entry["files"] = [os.path.join(c["id"], f) for f in files]
        manifest.append(entry)
    with open(os.path.join(out, "corpus.json"), "w") as f:
        json.dump({"cases": manifest}, f, indent=1)
    print(f"{sum(not c['valid'] for c in manifest)} broken, {sum(c['valid'] for c in manifest)} valid cases in {out}")


if __name__ == "__main__":
    main()

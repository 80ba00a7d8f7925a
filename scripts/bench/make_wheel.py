"""Writes a valid, large wheel for `npm run bench`: a package with payload
files of random (incompressible) and of repetitive (compressible) bytes, a
METADATA, a WHEEL and a RECORD whose hashes and sizes are right, as a build
backend would write them (every member deflated).

Usage: python3 make_wheel.py OUT_DIR NAME VERSION TAG RANDOM_MIB TEXT_MIB
Prints the wheel's path. TAG is the wheel's python-abi-platform tag.
"""

import base64
import hashlib
import os
import sys
import zipfile

CHUNK = 8 * 1024 * 1024  # one payload file per 8 MiB, as a package of data files would have


def record_hash(data: bytes) -> str:
    digest = hashlib.sha256(data).digest()
    return "sha256=" + base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


def main() -> None:
    out_dir, name, version, tag, random_mib, text_mib = sys.argv[1:7]
    module = name.replace("-", "_")
    dist_info = f"{module}-{version}.dist-info"
    path = os.path.join(out_dir, f"{module}-{version}-{tag}.whl")
    records: list[str] = []

    # Random bytes deflate to stored blocks: level 1 writes them as fast as
    # level 9 would, without the search that cannot find anything.
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as wheel:

        def add(arcname: str, data: bytes, level: int = 6) -> None:
            wheel.writestr(arcname, data, compress_type=zipfile.ZIP_DEFLATED, compresslevel=level)
            records.append(f"{arcname},{record_hash(data)},{len(data)}")

        add(f"{module}/__init__.py", b'"""Bench payload."""\n')
        left = int(random_mib) * 1024 * 1024
        n = 0
        while left > 0:
            size = min(CHUNK, left)
            add(f"{module}/data/random-{n:04d}.bin", os.urandom(size), level=1)
            left -= size
            n += 1
        line = b"".join(b"%08d the quick brown fox jumps over the lazy dog, %s\n" % (i, name.encode()) for i in range(1000))
        left = int(text_mib) * 1024 * 1024
        n = 0
        while left > 0:
            size = min(CHUNK, left)
            add(f"{module}/data/text-{n:04d}.txt", (line * (size // len(line) + 1))[:size])
            left -= size
            n += 1
        add(
            f"{dist_info}/METADATA",
            (
                "Metadata-Version: 2.1\n"
                f"Name: {name}\n"
                f"Version: {version}\n"
                "Summary: A large wheel for npm run bench\n"
                "Description-Content-Type: text/markdown\n"
                "\n"
                f"# {name}\n\nPayload for the inspection and upload benchmarks.\n"
            ).encode(),
        )
        add(
            f"{dist_info}/WHEEL",
            f"Wheel-Version: 1.0\nGenerator: pypi-promote-bench\nRoot-Is-Purelib: true\nTag: {tag}\n".encode(),
        )
        add(f"{dist_info}/top_level.txt", f"{module}\n".encode())
        records.append(f"{dist_info}/RECORD,,")
        wheel.writestr(f"{dist_info}/RECORD", ("\n".join(records) + "\n").encode(), compress_type=zipfile.ZIP_DEFLATED)
    print(path)


if __name__ == "__main__":
    main()

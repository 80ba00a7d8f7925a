"""hello-pkg: the example package pypi-promote's demo releases."""

from importlib.metadata import version as _version


def greet(name: str = "world") -> str:
    """Return a greeting that names the installed version."""
    return f"Hello, {name}! (hello-pkg {_version('hello-pkg')})"


def main() -> None:
    print(greet())

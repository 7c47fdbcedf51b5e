"""The set-up promises in the README hold: CI runs the README's test command."""

import re

from conftest import REPO


def _readme_commands():
    return re.findall(r"```sh\n(.+?)\n```", (REPO / "README.md").read_text("utf-8"))


def test_readme_starts_with_two_commands_and_ci_runs_the_test_one():
    commands = _readme_commands()
    install_and_run, run_tests = commands[0], commands[1]
    assert "fixtures/" in install_and_run and "artextract" in install_and_run
    assert "pytest" in run_tests
    assert run_tests in (REPO / ".ci" / "run").read_text("utf-8")


def test_readme_example_fixture_exists():
    install_and_run = _readme_commands()[0]
    fixture = re.search(r"(fixtures/\S+)", install_and_run).group(1)
    assert (REPO / fixture).is_file()

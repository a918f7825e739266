"""What setuptools packs (the metadata is in pyproject.toml): the quizapp code, and the built-in
content, `content/` in a checkout, as `quizapp/content` in a wheel or an installed copy, where
quizapp.core.paths.content_dir() looks for it first."""

from pathlib import Path

from setuptools import find_packages, setup

CONTENT = Path(__file__).resolve().parent / "content"
# Every folder of the content is data; naming each (not only `quizapp.content`) keeps setuptools
# from warning that folders such as content/cards look importable but are not listed.
content_packages = ["quizapp.content"] + sorted(
    "quizapp.content." + ".".join(folder.relative_to(CONTENT).parts)
    for folder in CONTENT.rglob("*")
    if folder.is_dir() and "__pycache__" not in folder.parts
)

setup(
    packages=[*find_packages(include=["quizapp", "quizapp.*"]), "quizapp.gui.i18n", *content_packages],
    package_dir={"quizapp.content": "content"},
    package_data={
        "quizapp.gui.i18n": ["*.qm", "*.ts"],
        **{package: ["*"] for package in content_packages},
    },
)

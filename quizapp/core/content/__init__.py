"""The study content: curriculum and bilingual cards from content/*.yaml.

- `model`: the curriculum and card classes, each defined once; importing it loads nothing heavy,
  so a deck read back from a cache needs neither YAML nor pydantic.
- `loader`: `load_content()` reads the files into a `model.Deck`, every problem with its line
  (with YAML and pydantic, through `schema`).
- `stats`, `highlight`: `quizapp content stats`, and code blocks shown highlighted.
  (`quizapp content check` is quizapp.core.contentcheck: it uses the grader, which uses this package.)

This package imports none of them itself: importing `model` must not bring the loader along.
"""

"""The interface's translations: ``homestretch_LANG.ts`` sources (kept in the repository,
updated by scripts/update_translations) and the ``.qm`` files built from them when the
package is built (hatch_build.py, packaging/build, scripts/setup); never committed."""

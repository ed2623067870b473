"""A small JSON Schema validator for the tests, for the part of draft-07 that
``schemas/routine.schema.json`` uses.

The ``jsonschema`` package is not a dependency of Homestretch, so the tests
check the schema with this instead. It knows: type, enum, minimum, maximum,
exclusiveMinimum, minLength, maxLength, pattern, required, properties,
additionalProperties, minProperties, items, minItems, maxItems, allOf, anyOf,
oneOf, not, if/then/else, local ``$ref`` and boolean schemas. Any other
keyword is an error (:class:`UnknownKeywordError`), so that the generator cannot
start emitting something this validator would silently pass.
"""

from __future__ import annotations

import re
from typing import Any

ANNOTATIONS = frozenset({"$schema", "$id", "title", "description", "default", "definitions"})


class UnknownKeywordError(ValueError):
    """The schema uses a keyword this validator does not check."""


def _type_ok(value: object, kind: str) -> bool:
    if kind == "object":
        return isinstance(value, dict)
    if kind == "array":
        return isinstance(value, list)
    if kind == "string":
        return isinstance(value, str)
    if kind == "boolean":
        return isinstance(value, bool)
    if kind == "null":
        return value is None
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    if kind == "number":
        return True
    if kind == "integer":
        return value == int(value)
    raise UnknownKeywordError(f"type {kind}")


def errors(instance: object, schema: Any, root: Any = None, where: str = "") -> list[str]:
    """Every way ``instance`` breaks ``schema`` (empty when it is valid)."""
    root = schema if root is None else root
    here = where or "the file"
    if schema is True:
        return []
    if schema is False:
        return [f"{here}: not allowed"]
    found: list[str] = []
    for word, rule in schema.items():
        if word in ANNOTATIONS or word in ("then", "else"):
            continue
        if word == "$ref":
            if not rule.startswith("#/"):
                raise UnknownKeywordError(f"$ref {rule}")
            target = root
            for part in rule[2:].split("/"):
                target = target[part]
            found += errors(instance, target, root, where)
        elif word == "type":
            if not _type_ok(instance, rule):
                found.append(f"{here}: not of type {rule}")
        elif word == "enum":
            if not any(instance == v and type(instance) is type(v) for v in rule):
                found.append(f"{here}: not one of {rule}")
        elif word in ("minimum", "maximum", "exclusiveMinimum"):
            if isinstance(instance, int | float) and not isinstance(instance, bool):
                bad = {
                    "minimum": instance < rule,
                    "maximum": instance > rule,
                    "exclusiveMinimum": instance <= rule,
                }[word]
                if bad:
                    found.append(f"{here}: {word} {rule}, not {instance}")
        elif word in ("minLength", "maxLength"):
            if isinstance(instance, str):
                bad = len(instance) < rule if word == "minLength" else len(instance) > rule
                if bad:
                    found.append(f"{here}: {word} {rule}")
        elif word == "pattern":
            if isinstance(instance, str) and not re.search(rule, instance):
                found.append(f"{here}: does not match {rule}")
        elif word in ("required", "properties", "additionalProperties", "minProperties"):
            if isinstance(instance, dict):
                found += _object(instance, word, rule, schema, root, here)
        elif word in ("items", "minItems", "maxItems"):
            if isinstance(instance, list):
                if word == "items":
                    for index, item in enumerate(instance):
                        found += errors(item, rule, root, f"{here}[{index}]")
                elif word == "minItems" and len(instance) < rule:
                    found.append(f"{here}: fewer than {rule} items")
                elif word == "maxItems" and len(instance) > rule:
                    found.append(f"{here}: more than {rule} items")
        elif word == "allOf":
            for part in rule:
                found += errors(instance, part, root, where)
        elif word == "anyOf":
            if all(errors(instance, part, root, where) for part in rule):
                found.append(f"{here}: matches none of anyOf")
        elif word == "oneOf":
            matching = sum(not errors(instance, part, root, where) for part in rule)
            if matching != 1:
                found.append(f"{here}: matches {matching} of oneOf, not exactly one")
        elif word == "not":
            if not errors(instance, rule, root, where):
                found.append(f"{here}: matches what 'not' forbids")
        elif word == "if":
            branch = "else" if errors(instance, rule, root, where) else "then"
            if branch in schema:
                found += errors(instance, schema[branch], root, where)
        else:
            raise UnknownKeywordError(word)
    return found


def _object(
    instance: dict[str, Any], word: str, rule: Any, schema: Any, root: Any, here: str
) -> list[str]:
    found: list[str] = []
    if word == "required":
        found += [f"{here}: needs '{name}'" for name in rule if name not in instance]
    elif word == "minProperties":
        if len(instance) < rule:
            found.append(f"{here}: fewer than {rule} keys")
    elif word == "properties":
        for name, value in instance.items():
            if name in rule:
                found += errors(value, rule[name], root, f"{here}.{name}")
    else:  # additionalProperties
        known = schema.get("properties", {})
        for name, value in instance.items():
            if name not in known:
                found += errors(value, rule, root, f"{here}: key '{name}'")
    return found

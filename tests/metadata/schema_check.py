#!/usr/bin/env python3
"""Validates JSON documents against a JSON Schema, for the keywords the
irbpf schemas use: type, enum, required, properties,
additionalProperties (false), items, minimum, pattern.

    schema_check.py SCHEMA DOC.json...   exit 0 when all are valid
"""
import json
import re
import sys

TYPES = {"object": dict, "array": list, "string": str, "boolean": bool,
         "null": type(None)}


def type_ok(value, name):
    if name == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, TYPES[name])


def check(value, schema, path, errors):
    types = schema.get("type")
    if types is not None:
        types = types if isinstance(types, list) else [types]
        if not any(type_ok(value, t) for t in types):
            errors.append("%s: %r is not %s" % (path, value, "/".join(types)))
            return
    if "enum" in schema and value not in schema["enum"]:
        errors.append("%s: %r not in %r" % (path, value, schema["enum"]))
    if "minimum" in schema and isinstance(value, int) and value < schema["minimum"]:
        errors.append("%s: %r < %r" % (path, value, schema["minimum"]))
    if "pattern" in schema and isinstance(value, str) and not re.search(schema["pattern"], value):
        errors.append("%s: %r does not match %s" % (path, value, schema["pattern"]))
    if isinstance(value, dict):
        props = schema.get("properties", {})
        for key in schema.get("required", []):
            if key not in value:
                errors.append("%s: missing %r" % (path, key))
        for key, sub in value.items():
            if key in props:
                check(sub, props[key], "%s.%s" % (path, key), errors)
            elif schema.get("additionalProperties") is False:
                errors.append("%s: unexpected %r" % (path, key))
    if isinstance(value, list) and "items" in schema:
        for i, item in enumerate(value):
            check(item, schema["items"], "%s[%d]" % (path, i), errors)


def main():
    schema = json.load(open(sys.argv[1]))
    bad = 0
    for doc_path in sys.argv[2:]:
        errors = []
        check(json.load(open(doc_path)), schema, "$", errors)
        for e in errors:
            print("%s: %s" % (doc_path, e), file=sys.stderr)
        bad += bool(errors)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()

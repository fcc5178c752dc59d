#!/usr/bin/env python3
"""The core's groups depend downwards only, and reach each other through one interface header.

usage: check_layers.py CORE_SRC_DIR

core/src/<group>/ files may include their own group's headers, base/ headers, and the interface header of a
group below them (README "Layout"). Fails, naming the include, on anything else: a private header of another
group, methods.h outside api/, or an include that goes up (which is how a cycle starts)."""
import os, re, sys

ORDER = ["base", "plan", "smart", "progress", "export", "api"]  # each may use the ones before it
INTERFACE = {"plan": "plan.h", "smart": "smart.h", "progress": "progress.h", "export": "export.h"}
root = sys.argv[1]
problems = []
groups = sorted(d for d in os.listdir(root) if os.path.isdir(os.path.join(root, d)))
for group in groups:
    if group not in ORDER:
        problems.append("core/src/%s/ is not a known group; add it to tests/core/check_layers.py and the README" % group)
        continue
    for name in sorted(os.listdir(os.path.join(root, group))):
        path = os.path.join(root, group, name)
        for line, include in re.findall(r'^(#include "([^"]+)")', open(path, encoding="utf-8").read(), re.M):
            if "/" not in include:
                continue  # its own folder, or cJSON.h / goalpost.h
            target, header = include.split("/", 1)
            where = "core/src/%s/%s: %s" % (group, name, line)
            if target == group:
                problems.append(where + " (a header of its own folder is included without the folder)")
            elif target not in ORDER or ORDER.index(target) >= ORDER.index(group):
                problems.append(where + " (includes a group above or beside it)")
            elif target != "base" and header != INTERFACE.get(target):
                problems.append(where + " (a private header of %s/; include %s/%s)" % (target, target, INTERFACE[target]))
for p in problems:
    print(p)
print("%d groups checked, %d problems" % (len(groups), len(problems)))
sys.exit(1 if problems else 0)

#!/usr/bin/env python3
"""seed_corpus.py FIXTURES_DIR CORPUS_DIR - fuzzer seeds from the fixtures.

Every request of tests/fixtures/*.json becomes one seed in the input form
of fuzz_input.h: a selector byte (the method's index) and the request. Free
text the core parses itself (CSV files, plan files, goal statements) also
becomes a "wrapped" seed, so the fuzzer can mutate that text directly.
The method order is read from fuzz_input.h, the one list both use.
"""
import hashlib
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent


def methods():
    text = (HERE / "fuzz_input.h").read_text()
    block = re.search(r"gp_fuzz_methods\[\] = \{(.*?)\};", text, re.S).group(1)
    return re.findall(r'"([^"]+)"', block)


def write(corpus, data):
    name = hashlib.sha1(data).hexdigest()
    (corpus / name).write_bytes(data)


def main():
    fixtures, corpus = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    corpus.mkdir(parents=True, exist_ok=True)
    index = {name: i for i, name in enumerate(methods())}
    count = 0
    for path in sorted(fixtures.glob("*.json")):
        for case in json.loads(path.read_text()).get("cases", []):
            method = case.get("method")
            if method not in index:
                continue
            selector = index[method]
            if "request_text" in case:
                request = case["request_text"].encode()
            else:
                request = json.dumps(case.get("request", {}), ensure_ascii=False).encode()
            write(corpus, bytes([selector]) + request)
            count += 1
            body = case.get("request") or {}
            if isinstance(body, dict):
                # wrapper 0 is {"text": ...}; 2 is {"goal": {"statement": ...}}
                if isinstance(body.get("text"), str):
                    write(corpus, bytes([0x80 | selector]) + body["text"].encode())
                    count += 1
                goal = body.get("goal")
                if isinstance(goal, dict) and isinstance(goal.get("statement"), str):
                    write(corpus, bytes([0x80 | 0x20 | selector]) + goal["statement"].encode())
                    count += 1
    print(f"seed_corpus: {count} seeds from {fixtures} into {corpus}")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Writes Sources/MSSCore/Bundled/BundledFiles.swift: the bundled datasets and the seed article
as string literals, so a copied `mssdash` binary runs without seeds/ beside it; and
Sources/MSSCore/Bundled/BundledTrees.swift: each dataset already parsed, as the arrays of the
loader's DocumentTree, so the dashboard starts without running libyaml over the text.
Run after editing anything in seeds/; tests fail when either drifts from the files."""
import pathlib
import sys
import unicodedata

import yaml

ROOT = pathlib.Path(__file__).resolve().parent.parent
FILES = [
    ("seedArticle", "000_b47f0ab57ea92bef.txt"),
    ("seedDataset", "mss-seed.yaml"),
    ("historyDataset", "mss-history.yaml"),
]
DATASETS = [("seed", "mss-seed.yaml"), ("history", "mss-history.yaml")]
# libyaml itself (through PyYAML's C binding) when it is there: the marks are then libyaml's
# own, as YAMLComposer gets them. The pure-Python parser is a port of it with the same marks.
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# DocumentTree.Kind's raw values.
SCALAR, MAPPING, SEQUENCE = 0, 1, 2


def literal(text: str) -> str:
    hashes = "#"
    while f'"""{hashes}' in text or f'"{hashes}' in text:
        hashes += "#"
    return f'{hashes}"""\n{text}\n"""{hashes}'


def fail(file: str, mark, message: str):
    place = f"{file}:{mark.line + 1}:{mark.column + 1}" if mark else file
    sys.exit(f"embed-seeds: {place}: {message} (run mssdash validate on it)")


def tree(file: str, text: str):
    """The DocumentTree YAMLComposer builds from libyaml's events (see YAMLComposer.swift):
    nodes in the order their events come, each mapping's entries and each list's items
    contiguous, lines and columns 1-based as libyaml's marks give them. Texts are stored once
    each. Whatever the composer would refuse for a dataset (anchors, tags, duplicate keys,
    keys that are not text, not exactly one document) stops the script: the loader reports
    those itself."""
    nodes, strings, entries, items = [], [], [], []
    index_of = {}
    # Open collections: [node index, is mapping, children, waiting key (text, line, column)].
    open_ = []
    documents = 0

    def intern(text):
        if text not in index_of:
            index_of[text] = len(strings)
            strings.append(text)
        return index_of[text]

    def add(kind, event):
        if open_:
            top = open_[-1]
            if top[1] and top[3] is None:
                fail(file, event.start_mark, "a key that is not text")
            parent, slot = top[0], len(top[2])
        elif nodes:
            fail(file, event.start_mark, "more than one root value")
        else:
            parent, slot = -1, 0
        mark = event.start_mark
        nodes.append([kind, mark.line + 1, mark.column + 1, parent, slot, 0, 0])
        return len(nodes) - 1

    def attach(index):
        if open_:
            top = open_[-1]
            if top[1]:
                text, line, column = top[3]
                top[2].append([text, line, column, index])
                top[3] = None
            else:
                top[2].append(index)

    for event in yaml.parse(text, Loader=LOADER):
        if isinstance(event, (yaml.StreamStartEvent, yaml.DocumentEndEvent, yaml.StreamEndEvent)):
            continue
        if isinstance(event, yaml.DocumentStartEvent):
            documents += 1
            if documents > 1:
                fail(file, event.start_mark, "more than one document")
            continue
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None) is not None:
            fail(file, event.start_mark, "an anchor or alias")
        if getattr(event, "tag", None) is not None:
            fail(file, event.start_mark, "an explicit tag")
        if isinstance(event, yaml.ScalarEvent):
            top = open_[-1] if open_ else None
            if top and top[1] and top[3] is None:
                key = intern(event.value)
                if any(entry[0] == key for entry in top[2]):
                    fail(file, event.start_mark, f"the key '{event.value}' appears twice")
                top[3] = (key, event.start_mark.line + 1, event.start_mark.column + 1)
                continue
            index = add(SCALAR, event)
            nodes[index][5] = intern(event.value)
            attach(index)
        elif isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            is_mapping = isinstance(event, yaml.MappingStartEvent)
            index = add(MAPPING if is_mapping else SEQUENCE, event)
            open_.append([index, is_mapping, [], None])
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            index, is_mapping, children, _ = open_.pop()
            target = entries if is_mapping else items
            nodes[index][5] = len(target)
            nodes[index][6] = len(children)
            target.extend(children)
            attach(index)
    if documents != 1 or not nodes:
        fail(file, None, "not exactly one YAML document")
    return nodes, strings, entries, items


def swift_string(text: str) -> str:
    """A one-line Swift literal holding exactly `text`: controls, separators and other
    invisible characters are written as escapes."""
    out = []
    for char in text:
        if char in '\\"':
            out.append("\\" + char)
        elif char == " " or unicodedata.category(char)[0] not in "CZ":
            out.append(char)
        else:
            out.append(f"\\u{{{ord(char):X}}}")
    return '"' + "".join(out) + '"'


def numbers(rows, per_row: int, indent: str) -> str:
    flat = [str(value) for row in rows for value in (row if isinstance(row, list) else [row])]
    lines = []
    for start in range(0, len(flat), per_row):
        lines.append(indent + ", ".join(flat[start : start + per_row]) + ",")
    return "\n".join(lines)


def write(target: pathlib.Path, lines):
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {target.relative_to(ROOT)}")


out = [
    "// Generated by scripts/embed-seeds.py from seeds/; do not edit by hand.",
    "// swift-format-ignore-file",
    "",
    "enum BundledFiles {",
]
for name, file in FILES:
    text = (ROOT / "seeds" / file).read_text(encoding="utf-8")
    out.append(f"  /// seeds/{file}")
    out.append(f"  static let {name} = {literal(text)}")
    out.append("")
out[-1] = "}"
write(ROOT / "Sources/MSSCore/Bundled/BundledFiles.swift", out)

out = [
    "// Generated by scripts/embed-seeds.py from seeds/ (PyYAML's libyaml events); do not edit",
    "// by hand. Each dataset as the DocumentTree YAMLComposer builds from it: the dashboard's start",
    "// reads these instead of parsing the text. BundledTreeTests proves the datasets they load",
    "// equal the ones loaded from seeds/.",
    "// swift-format-ignore-file",
    "",
    "enum BundledTrees {",
]
for name, file in DATASETS:
    text = (ROOT / "seeds" / file).read_text(encoding="utf-8")
    nodes, strings, entries, items = tree(f"seeds/{file}", text)
    out.append(f"  /// seeds/{file}: {len(nodes)} nodes, {len(entries)} mapping entries.")
    out.append(f"  static let {name} = PackedTree(")
    out.append(f"    strings: {name}Strings, nodes: {name}Nodes, entries: {name}Entries,")
    out.append(f"    items: {name}Items)")
    out.append("")
    out.append(f"  private static let {name}Strings: [String] = [")
    out.extend(f"    {swift_string(text)}," for text in strings)
    out.append("  ]")
    out.append("  /// kind, line, column, parent, slot, first, count")
    out.append(f"  private static let {name}Nodes: [Int32] = [")
    out.append(numbers(nodes, 7, "    "))
    out.append("  ]")
    out.append("  /// key, key line, key column, value")
    out.append(f"  private static let {name}Entries: [Int32] = [")
    out.append(numbers(entries, 8, "    "))
    out.append("  ]")
    out.append(f"  private static let {name}Items: [Int32] = [")
    out.append(numbers(items, 16, "    "))
    out.append("  ]")
    out.append("")
out[-1] = "}"
write(ROOT / "Sources/MSSCore/Bundled/BundledTrees.swift", out)

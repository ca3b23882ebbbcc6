#!/usr/bin/env python3
"""Writes the built-in themes from Themes/*.yaml into MSSView:

- Sources/MSSView/Theme/BuiltinThemeFiles.swift: each file's text, for `mssdash themes --show`
  and so a copied `mssdash` binary has its themes without Themes/ beside it;
- Sources/MSSView/Theme/BuiltinThemeDocuments.swift: each file already parsed, as Swift values,
  so start-up reads no YAML for a built-in theme (parsing the default theme with Yams cost more
  instructions than drawing the first frame).

This reads the files the way ThemeParser does (docs/themes.md); a test checks that every
generated value equals ThemeParser's result for the file, so a difference in reading fails
there. Run after editing anything in Themes/; the tests fail when the copies drift.
Needs PyYAML (python3-yaml) with its libyaml binding, which reports the same line and column
as the Yams parser that mssdash uses."""
import pathlib
import re
import sys

try:
    import yaml
    from yaml import CSafeLoader as Loader
except ImportError:
    sys.exit("embed-themes.py needs PyYAML with libyaml: apt-get install python3-yaml")

ROOT = pathlib.Path(__file__).resolve().parent.parent
THEME_DIR = ROOT / "Sources/MSSView/Theme"

TOP_FIELDS = [
    "name", "base", "description", "appearance", "foreground", "background", "roles",
    "basic_colors",
]
STYLE_FIELDS = {"fg": "foreground", "bg": "background", "bold": "bold", "dim": "dim",
                "underline": "underline", "reverse": "reverse"}
ROLES = {
    "text": "text", "muted": "muted", "title": "title", "border": "border",
    "focus_border": "focusBorder", "accent": "accent", "header": "header",
    "pledged": "pledged", "deployed": "deployed", "planned": "planned", "warning": "warning",
    "conflict": "conflict", "selection": "selection", "banner": "banner",
    "highlight": "highlight", "mandate": "mandate", "deployment": "deployment",
    "violence": "violence", "diplomacy": "diplomacy", "humanitarian": "humanitarian",
    "funding": "funding",
}
ANSI_NAMES = [
    "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
    "bright-black", "bright-red", "bright-green", "bright-yellow",
    "bright-blue", "bright-magenta", "bright-cyan", "bright-white",
]


class ThemeError(Exception):
    pass


def fail(node, message):
    raise ThemeError(f"line {node.start_mark.line + 1}: {message}")


def scalar(node):
    if not isinstance(node, yaml.ScalarNode):
        fail(node, "expected plain text; run `mssdash themes --check` on the file")
    return node.value


def fields(node):
    if not isinstance(node, yaml.MappingNode):
        fail(node, "expected a mapping; run `mssdash themes --check` on the file")
    pairs = []
    for key, value in node.value:
        name = scalar(key)
        if name in [k for k, _, _ in pairs]:
            fail(key, f"field '{name}' appears twice")
        pairs.append((name, key, value))
    return pairs


def color(node):
    """ThemeColor.parse as Swift source (`.indexed(81)`)."""
    text = scalar(node)
    text = "" if text in ("~", "null", "Null", "NULL") else text
    trimmed = text.replace(" ", "").replace("\t", "")
    lowered = trimmed.lower()
    if lowered == "default":
        return ".terminalDefault"
    if lowered in ANSI_NAMES:
        return f".indexed({ANSI_NAMES.index(lowered)})"
    if re.fullmatch(r"[+-]?[0-9]+", trimmed) and 0 <= int(trimmed) <= 255:
        return f".indexed({int(trimmed)})"
    if re.fullmatch(r"#[0-9a-fA-F]{6}", trimmed):
        red, green, blue = (int(trimmed[i:i + 2], 16) for i in (1, 3, 5))
        return f".rgb(red: {red}, green: {green}, blue: {blue})"
    fail(node, f"'{text}' is not a colour mssdash reads")


def boolean(node):
    text = scalar(node).lower()
    if text in ("true", "yes", "on"):
        return "true"
    if text in ("false", "no", "off"):
        return "false"
    fail(node, f"'{text}' is not true or false")


def role_spec(node):
    if isinstance(node, yaml.ScalarNode):
        return f"RoleSpec(foreground: {color(node)})"
    arguments = []
    # RoleSpec's memberwise initializer takes its fields in declaration order.
    values = {}
    for key, key_node, value in fields(node):
        if key not in STYLE_FIELDS:
            fail(key_node, f"unknown style field '{key}'")
        values[STYLE_FIELDS[key]] = color(value) if key in ("fg", "bg") else boolean(value)
    for field in STYLE_FIELDS.values():
        if field in values:
            arguments.append(f"{field}: {values[field]}")
    return f"RoleSpec({', '.join(arguments)})"


def string(text):
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


def place(file, node, path):
    mark = node.start_mark
    return (f"Place(file: {string(file)}, line: {mark.line + 1}, column: {mark.column + 1}, "
            f"path: {string(path)})")


def optional(value):
    return "nil" if value is None else value


def document(name, text):
    """The ThemeDocument initializer for one file, as Swift source."""
    file = f"builtin:{name}"
    # ThemeParser refuses anchors and aliases; composing would hide them.
    if any(getattr(event, "anchor", None) for event in yaml.parse(text, Loader=Loader)):
        raise ThemeError("anchors and aliases are not allowed in themes")
    root = yaml.compose(text, Loader=Loader)
    if root is None:
        raise ThemeError("the file holds no YAML document")
    top = {key: value for key, _, value in fields(root)}
    for key, key_node, _ in fields(root):
        if key not in TOP_FIELDS:
            fail(key_node, f"unknown field '{key}'")
    if "name" not in top:
        raise ThemeError("missing required field 'name'")
    roles = {}
    if "roles" in top:
        for key, key_node, value in fields(top["roles"]):
            if key not in ROLES:
                fail(key_node, f"unknown role '{key}'")
            roles[ROLES[key]] = role_spec(value)
    if "base" not in top and set(roles) != set(ROLES.values()):
        raise ThemeError("a theme without 'base' must set every role")
    basic = []
    if "basic_colors" in top:
        for _, key_node, value in fields(top["basic_colors"]):
            index = color(value)
            if not re.fullmatch(r"\.indexed\(([0-9]|1[0-5])\)", index):
                fail(value, "not one of the 16 basic colours")
            basic.append(f"{color(key_node)}: {index}")
    appearance = None
    if "appearance" in top:
        appearance = scalar(top["appearance"])
        if appearance not in ("dark", "light"):
            fail(top["appearance"], f"unknown appearance '{appearance}'")
        appearance = "." + appearance
    role_lines = "".join(
        f"          .{role}: {roles[role]},\n" for role in ROLES.values() if role in roles)
    basic_lines = "".join(f"          {pair},\n" for pair in basic)
    return f"""      ThemeDocument(
        name: {string(scalar(top["name"]))},
        base: {optional(top.get("base") and string(scalar(top["base"])))},
        description: {optional(top.get("description") and string(scalar(top["description"])))},
        appearance: {optional(appearance)},
        foreground: {optional(top.get("foreground") and color(top["foreground"]))},
        background: {optional(top.get("background") and color(top["background"]))},
        roles: {"[:]" if not roles else "[" + chr(10) + role_lines + "        ]"},
        basicColors: {"[:]" if not basic else "[" + chr(10) + basic_lines + "        ]"},
        file: {string(file)},
        namePlace: {place(file, top["name"], "name")},
        basePlace: {optional("base" in top and place(file, top["base"], "base") or None)},
        rolesPlace: {place(file, top.get("roles", root), "roles" if "roles" in top else "")})"""


def literal(text: str) -> str:
    hashes = "#"
    while f'"""{hashes}' in text or f'"{hashes}' in text:
        hashes += "#"
    return f'{hashes}"""\n{text}\n"""{hashes}'


def write(name, lines):
    target = THEME_DIR / name
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {target.relative_to(ROOT)}")


paths = sorted((ROOT / "Themes").glob("*.yaml"))
header = [
    "// Generated by scripts/embed-themes.py from Themes/; do not edit by hand.",
    "// swift-format-ignore-file",
    "",
]

files = header + [
    "enum BuiltinThemeFiles {",
    "  /// (file name, text) for each file in Themes/, sorted by file name.",
    "  static let files: [(file: String, text: String)] = [",
]
for path in paths:
    files.append(f'    ("{path.name}", {literal(path.read_text(encoding="utf-8"))}),')
files += ["  ]", "}"]

documents = header + [
    "/// Each file in Themes/ as ThemeParser reads it, so a built-in theme costs no YAML at start.",
    "/// A test checks each value against parsing the file.",
    "enum BuiltinThemeDocuments {",
    "  typealias RoleSpec = ThemeDocument.RoleSpec",
    "  typealias Place = ThemeDocument.Place",
    "",
    "  /// The theme names, in file-name order.",
    "  static let names = [" + ", ".join(string(p.stem) for p in paths) + "]",
    "",
    "  /// The file called `name`, built only when asked for; nil when there is none.",
    "  static func document(named name: String) -> ThemeDocument? {",
    "    switch name {",
]
for path in paths:
    try:
        source = document(path.stem, path.read_text(encoding="utf-8"))
    except ThemeError as error:
        sys.exit(f"Themes/{path.name}: {error}; `mssdash themes --check {path}` says more")
    documents += [f"    case {string(path.stem)}:", "      return " + source.lstrip()]
documents += ["    default:", "      return nil", "    }", "  }", "}"]

write("BuiltinThemeFiles.swift", files)
write("BuiltinThemeDocuments.swift", documents)

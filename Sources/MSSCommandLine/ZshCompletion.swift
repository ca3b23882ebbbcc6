/// `_arguments` specs for zsh, one set per command; works from `fpath` (as `_NAME`) or sourced.
enum ZshCompletion {
  static func script(_ root: CommandSpec) -> String {
    let function = "_" + CompletionScripts.functionName(root.name)
    var lines = ["#compdef \(root.name)", "", "\(function)() {"]
    lines += ["    local context state state_descr line", "    typeset -A opt_args"]
    lines.append("    _arguments -C -s \\")
    lines += specs(root).map { "        \($0) \\" }
    if root.subcommands.isEmpty {
      lines.append("        && return 0")
      return (lines + ["}"] + footer(function, root.name)).joined(separator: "\n") + "\n"
    }
    lines += ["        '1: :->command' \\", "        '*:: :->arguments' \\", "        && return 0"]
    lines += [
      "    case $state in", "    (command)", "        local -a commands", "        commands=(",
    ]
    for sub in root.subcommands {
      lines.append("            " + CompletionScripts.singleQuoted(sub.name + ":" + sub.abstract))
    }
    lines.append(
      "            " + CompletionScripts.singleQuoted("help:Show help for a subcommand."))
    lines += ["        )", "        _describe -t commands 'command' commands", "        ;;"]
    lines += ["    (arguments)", "        case $words[1] in"]
    for sub in root.subcommands {
      lines.append("        (\(sub.name))")
      lines.append("            _arguments -s \\")
      lines += specs(sub).map { "                \($0) \\" }
      lines.append("                && return 0")
      lines.append("            ;;")
    }
    let names = root.subcommands.map(\.name).joined(separator: " ")
    lines += [
      "        (help)", "            _arguments '1: :(\(names))' && return 0", "            ;;",
      "        esac", "        ;;", "    esac", "}",
    ]
    return (lines + footer(function, root.name)).joined(separator: "\n") + "\n"
  }

  /// Loaded from `fpath` the file is the function's body; sourced, it registers the function.
  private static func footer(_ function: String, _ name: String) -> [String] {
    [
      "", "if [[ $zsh_eval_context[-1] == loadautofunc ]]; then", "    \(function) \"$@\"",
      "else", "    compdef \(function) \(name)", "fi",
    ]
  }

  /// `'--width=[Width in columns]:width:'` and the like, quoted for the shell.
  private static func specs(_ command: CommandSpec) -> [String] {
    var specs: [String] = []
    for option in CompletionScripts.offered(command) {
      let description = "[" + escaped(option.help) + "]"
      var action = ""
      if let kind = option.valueKind {
        let message = escaped(option.valueName)
        switch kind {
        case .choice(let words): action = ":\(message):(\(words.joined(separator: " ")))"
        case .path: action = ":\(message):_files"
        case .text, .integer, .number: action = ":\(message): "
        }
      }
      let repeated: String
      if case .values = option.kind { repeated = "*" } else { repeated = "" }
      for word in option.spellings {
        let suffix = option.takesValue && word.hasPrefix("--") ? "=" : ""
        let text = repeated + word + suffix + description + action
        specs.append(CompletionScripts.singleQuoted(text))
      }
    }
    for positional in command.positionals {
      let text = (positional.isRepeated ? "*" : "1") + ":" + escaped(positional.name) + ":_files"
      specs.append(CompletionScripts.singleQuoted(text))
    }
    return specs
  }

  /// Brackets, colons and backslashes mean something inside an `_arguments` spec.
  private static func escaped(_ text: String) -> String {
    var result = ""
    for character in text {
      if "[]:\\".contains(character) { result.append("\\") }
      result.append(character)
    }
    return result
  }
}

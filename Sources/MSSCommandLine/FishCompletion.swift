/// `complete -c` lines for fish: the program's options until a subcommand is named, then
/// that subcommand's.
enum FishCompletion {
  static func script(_ root: CommandSpec) -> String {
    let name = root.name
    var lines = ["# fish completion for \(name)", "complete -c \(name) -f"]
    let names = root.subcommands.map(\.name).joined(separator: " ")
    let atRoot = root.subcommands.isEmpty ? "" : "__fish_use_subcommand"
    for sub in root.subcommands {
      lines.append(
        "complete -c \(name) -n \(atRoot) -a \(sub.name) -d \(quoted(sub.abstract))")
    }
    if !root.subcommands.isEmpty {
      lines.append("complete -c \(name) -n \(atRoot) -a help -d 'Show help for a subcommand.'")
      lines.append("complete -c \(name) -n '__fish_seen_subcommand_from help' -a \(quoted(names))")
    }
    lines += options(root, program: name, condition: atRoot)
    for sub in root.subcommands {
      lines += options(
        sub, program: name, condition: quoted("__fish_seen_subcommand_from \(sub.name)"))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private static func options(_ command: CommandSpec, program: String, condition: String)
    -> [String]
  {
    let prefix = "complete -c \(program)" + (condition.isEmpty ? "" : " -n \(condition)")
    var lines: [String] = []
    for option in CompletionScripts.offered(command) {
      var value = ""
      switch option.valueKind {
      case .none: value = ""
      case .choice(let words): value = " -x -a \(quoted(words.joined(separator: " ")))"
      case .path: value = " -r -F"
      case .text, .integer, .number: value = " -x"
      }
      let short = option.short.map { " -s \($0)" } ?? ""
      lines.append(
        "\(prefix)\(short) -l \(option.name)\(value) -d \(quoted(option.help))")
      if option.kind == .invertibleFlag {
        lines.append("\(prefix) -l no-\(option.name) -d \(quoted(option.help))")
      }
    }
    if !command.positionals.isEmpty { lines.append("\(prefix) -F") }
    return lines
  }

  /// Single quotes, in which fish reads only `\\` and `\'`.
  private static func quoted(_ text: String) -> String {
    var result = "'"
    for character in text {
      if character == "'" || character == "\\" { result.append("\\") }
      result.append(character)
    }
    return result + "'"
  }
}

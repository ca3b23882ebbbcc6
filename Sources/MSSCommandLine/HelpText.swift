/// `--help` for a command, laid out as swift-argument-parser laid it out before (OVERVIEW,
/// USAGE, ARGUMENTS, titled option groups, OPTIONS, SUBCOMMANDS), wrapped to `width`.
public enum HelpText {
  /// Where descriptions start: labels longer than this put theirs on the next line.
  static let labelColumn = 26

  /// Lines stay short of `columns`: text in the last column makes some terminals wrap early.
  public static func render(_ path: CommandPath, columns: Int) -> String {
    let width = columns - 1
    let command = path.command
    var sections: [[String]] = []
    var overview = TextWrapping.lines("OVERVIEW: " + command.abstract, width: width)
    if !command.discussion.isEmpty {
      overview += [""] + TextWrapping.paragraphs(command.discussion, width: width)
    }
    sections.append(overview)
    sections.append(usageLines(path, prefix: "USAGE: ", columns: columns))
    if !command.positionals.isEmpty {
      let rows = command.positionals.map { row(label: "<\($0.name)>", $0.help, width: width) }
      sections.append(["ARGUMENTS:"] + rows.flatMap { $0 })
    }
    for group in command.groups where group.title != nil {
      sections.append(optionSection(group.title?.uppercased() ?? "", group.options, width: width))
    }
    let untitled = command.groups.filter { $0.title == nil }.flatMap(\.options)
    if !untitled.isEmpty { sections.append(optionSection("OPTIONS", untitled, width: width)) }
    if !command.subcommands.isEmpty {
      let rows = command.subcommands.map { row(label: $0.name, $0.abstract, width: width) }
      sections.append(["SUBCOMMANDS:"] + rows.flatMap { $0 })
      sections.append(["  See '\(path.invocation) help <subcommand>' for detailed help."])
    }
    return sections.map { $0.joined(separator: "\n") }.joined(separator: "\n\n") + "\n"
  }

  /// `mssdash snapshot [--data <file|url>] …`; a command with subcommands shows
  /// `[<options>] [<subcommand>]` rather than every option of the program.
  public static func usage(_ path: CommandPath) -> [String] {
    let command = path.command
    if !command.subcommands.isEmpty { return [path.invocation, "[<options>]", "[<subcommand>]"] }
    var words = [path.invocation]
    for option in command.options where !isBuiltin(option) {
      switch option.kind {
      case .flag: words.append("[\(option.longForm)]")
      case .invertibleFlag: words.append("[\(option.longForm)|--no-\(option.name)]")
      case .value: words.append("[\(option.longForm) <\(option.valueName)>]")
      case .values: words.append("[\(option.longForm) <\(option.valueName)> ...]")
      }
    }
    for positional in command.positionals {
      words.append(positional.isRepeated ? "[<\(positional.name)> ...]" : "[<\(positional.name)>]")
    }
    return words
  }

  static func usageLines(_ path: CommandPath, prefix: String, columns: Int) -> [String] {
    var words = usage(path)
    words[0] = prefix + words[0]
    return TextWrapping.lines(words: words, width: columns - 1, indent: prefix.count)
  }

  /// The options help lists: all but the hidden ones.
  static func isListed(_ option: OptionSpec) -> Bool { !option.isHidden }

  static func isBuiltin(_ option: OptionSpec) -> Bool {
    option.isHidden || option.name == BuiltinOptions.help.name
      || option.name == BuiltinOptions.version.name
  }

  /// `-q, --quiet`, `--kiosk/--no-kiosk`, `--rotate <seconds>`, `--check <file> ...`.
  public static func label(_ option: OptionSpec) -> String {
    var label = option.short.map { "-\($0), " } ?? ""
    label += option.longForm
    switch option.kind {
    case .flag: break
    case .invertibleFlag: label += "/--no-\(option.name)"
    case .value: label += " <\(option.valueName)>"
    case .values: label += " <\(option.valueName)> ..."
    }
    return label
  }

  /// The help text with the accepted words and the default, as `(values: a, b; default: a)`.
  public static func description(_ option: OptionSpec) -> String {
    var notes: [String] = []
    if !option.choices.isEmpty { notes.append("values: " + option.choices.joined(separator: ", ")) }
    if let defaultText = option.defaultText { notes.append("default: " + defaultText) }
    return notes.isEmpty ? option.help : option.help + " (" + notes.joined(separator: "; ") + ")"
  }

  private static func optionSection(_ title: String, _ options: [OptionSpec], width: Int)
    -> [String]
  {
    let rows = options.filter(isListed).map { row(label: label($0), description($0), width: width) }
    return [title + ":"] + rows.flatMap { $0 }
  }

  /// `  label                   description`, the description wrapped in its column.
  private static func row(label: String, _ description: String, width: Int) -> [String] {
    let pad = String(repeating: " ", count: labelColumn)
    let wrapped = TextWrapping.lines(description, width: width - labelColumn).map { pad + $0 }
    let head = "  " + label
    if head.count + 2 > labelColumn { return [head] + wrapped }
    let first = head + String(repeating: " ", count: labelColumn - head.count)
    return [first + (wrapped.first ?? "").dropFirst(labelColumn)] + wrapped.dropFirst()
  }
}

/// A command (the program itself or one of its subcommands), declared as a value.
public struct CommandSpec: Sendable {
  public let name: String
  /// One line: the OVERVIEW in help and the command's line under SUBCOMMANDS.
  public let abstract: String
  /// Paragraphs after the overview, separated by blank lines.
  public let discussion: String
  public let groups: [OptionGroup]
  public let positionals: [PositionalSpec]
  public let subcommands: [CommandSpec]

  public init(
    name: String, abstract: String, discussion: String = "", groups: [OptionGroup] = [],
    positionals: [PositionalSpec] = [], subcommands: [CommandSpec] = []
  ) {
    self.name = name
    self.abstract = abstract
    self.discussion = discussion
    self.groups = groups
    self.positionals = positionals
    self.subcommands = subcommands
  }

  /// Every option in declaration order, hidden ones included.
  public var options: [OptionSpec] { groups.flatMap(\.options) }

  public func option(named name: String) -> OptionSpec? {
    for group in groups {
      for option in group.options where option.name == name { return option }
    }
    return nil
  }

  public func option(short: Character) -> OptionSpec? {
    for group in groups {
      for option in group.options where option.short == short { return option }
    }
    return nil
  }

  /// Every word a user may type to this program: each command's name and the spellings of
  /// its listed options (what completion scripts and the man page must all name).
  public var everyWord: [String] {
    var words = [name]
    for option in options where !option.isHidden { words += option.spellings }
    return words + subcommands.flatMap(\.everyWord)
  }

  public func subcommand(named name: String) -> CommandSpec? {
    subcommands.first { $0.name == name }
  }
}

/// A command as it was reached: `["mssdash", "snapshot"]` with the spec of the last.
public struct CommandPath: Sendable {
  public let names: [String]
  public let command: CommandSpec

  public init(names: [String], command: CommandSpec) {
    self.names = names
    self.command = command
  }

  /// `mssdash snapshot`.
  public var invocation: String { names.joined(separator: " ") }

  /// True for the program itself.
  public var isRoot: Bool { names.count == 1 }
}

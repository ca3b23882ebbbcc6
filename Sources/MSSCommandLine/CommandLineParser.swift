/// What a command line asks for.
public enum ParseOutcome: Sendable {
  case run(Invocation)
  /// `-h`, `--help`, `help [SUBCOMMAND]`.
  case help(CommandPath)
  case version
}

/// Reads the words of a command line against a tree of command specs, left to right, once.
///
/// `--name value`, `--name=value`, `-q`, `-qv` (short flags together), `-n value`, `--` to end
/// the options, `--no-name` for an invertible flag. A subcommand's name may follow the
/// program's own options; those the subcommand shares carry over to it.
public struct CommandLineParser {
  private let words: [String]
  private var index = 0
  private var path: CommandPath
  private var parsed = ParsedArguments()
  private var optionsEnded = false

  private init(words: [String], root: CommandSpec) {
    self.words = words
    path = CommandPath(names: [root.name], command: root)
  }

  public static func parse(_ words: [String], root: CommandSpec) -> Result<
    ParseOutcome, CommandLineError
  > {
    var parser = CommandLineParser(words: words, root: root)
    do {
      return .success(try parser.parseAll())
    } catch {
      return .failure(error)
    }
  }

  /// The command the words name, without parsing their options: for help that was asked for
  /// on a line that also has a mistake (`mssdash snapshot --bogus --help`).
  public static func helpRequest(_ words: [String], root: CommandSpec) -> CommandPath? {
    var path = CommandPath(names: [root.name], command: root)
    var asked = false
    for word in words {
      if word == "--" { break }
      if word == "-h" || word == "--help" { asked = true }
      if path.isRoot, let sub = root.subcommand(named: word) {
        path = CommandPath(names: path.names + [sub.name], command: sub)
      }
    }
    return asked ? path : nil
  }

  private mutating func parseAll() throws(CommandLineError) -> ParseOutcome {
    while index < words.count {
      let word = words[index]
      index += 1
      if !optionsEnded, word == "--" {
        optionsEnded = true
      } else if !optionsEnded, Self.looksLikeOption(word) {
        if let outcome = try option(word) { return outcome }
      } else if let outcome = try positional(word) {
        return outcome
      }
    }
    return .run(Invocation(path: path, arguments: parsed))
  }

  // MARK: Options

  private mutating func option(_ word: String) throws(CommandLineError) -> ParseOutcome? {
    if word.hasPrefix("--") { return try longOption(word) }
    var rest = Substring(word.dropFirst())
    while let letter = rest.first {
      rest = rest.dropFirst()
      guard let option = path.command.option(short: letter) else {
        throw failure(.unknownOption("-\(letter)"))
      }
      if option.takesValue {
        // `-nVALUE` or `-n VALUE`.
        let inline = rest.first == "=" ? rest.dropFirst() : rest
        try take(option, inline: inline.isEmpty ? nil : String(inline))
        return nil
      }
      if rest.first == "=" {
        throw failure(.flagTakesNoValue("-\(letter)", String(rest.dropFirst())))
      }
      if let outcome = builtin(option) { return outcome }
      parsed.flags[option.name] = true
    }
    return nil
  }

  private mutating func longOption(_ word: String) throws(CommandLineError) -> ParseOutcome? {
    let body = word.dropFirst(2)
    let name: Substring
    var inline: String?
    if let equals = body.firstIndex(of: "=") {
      name = body[..<equals]
      inline = String(body[body.index(after: equals)...])
    } else {
      name = body
    }
    let command = path.command
    if let option = command.option(named: String(name)) {
      if option.takesValue {
        try take(option, inline: inline)
        return nil
      }
      if let inline { throw failure(.flagTakesNoValue("--\(name)", inline)) }
      if let outcome = builtin(option) { return outcome }
      parsed.flags[option.name] = true
      return nil
    }
    if name.hasPrefix("no-"), let option = command.option(named: String(name.dropFirst(3))),
      option.kind == .invertibleFlag
    {
      if let inline { throw failure(.flagTakesNoValue("--\(name)", inline)) }
      parsed.flags[option.name] = false
      return nil
    }
    throw failure(.unknownOption("--\(name)"))
  }

  /// `--help` and `--version` end the parsing wherever they stand (`--help=x` is an error, as
  /// for any flag).
  private func builtin(_ option: OptionSpec) -> ParseOutcome? {
    switch option.name {
    case BuiltinOptions.help.name: return .help(path)
    case BuiltinOptions.version.name: return .version
    default: return nil
    }
  }

  /// The value (or, for `.values`, every value up to the next option) after an option.
  private mutating func take(_ option: OptionSpec, inline: String?) throws(CommandLineError) {
    var taken: [String] = []
    if let inline { taken.append(inline) }
    let isList: Bool
    if case .values = option.kind { isList = true } else { isList = false }
    while isList || taken.isEmpty, index < words.count, isValue(words[index]) {
      taken.append(words[index])
      index += 1
    }
    guard !taken.isEmpty else { throw failure(.missingValue(option)) }
    for value in taken where !Self.fits(value, option) {
      throw failure(.invalidValue(option, value))
    }
    parsed.values[option.name, default: []].append(contentsOf: taken)
  }

  /// A word that does not start with a dash; or a negative number (`-1`, `-.5`) where no short
  /// option of that digit is declared, so that `--rotate -1` is told it wants 0 or more and
  /// `--as-of -1` that it is not a day, rather than that their value is missing.
  private func isValue(_ word: String) -> Bool {
    if optionsEnded || !Self.looksLikeOption(word) { return true }
    guard let second = word.dropFirst().first, second.isASCII,
      second.isNumber || second == "."
    else { return false }
    return path.command.option(short: second) == nil
  }

  /// An empty value (`--data=`) fits no option: it names no file, theme or date, and would
  /// otherwise reach the command as a file called ''.
  private static func fits(_ value: String, _ option: OptionSpec) -> Bool {
    guard !value.isEmpty else { return false }
    switch option.valueKind {
    case .none, .text, .path: return true
    case .integer: return Int(value) != nil
    case .number: return Double(value) != nil
    case .choice(let words): return words.contains(value)
    }
  }

  // MARK: Positional words

  private mutating func positional(_ word: String) throws(CommandLineError) -> ParseOutcome? {
    let command = path.command
    if !optionsEnded, path.isRoot, command.positionals.isEmpty, !command.subcommands.isEmpty {
      if let sub = command.subcommand(named: word) {
        try enter(sub)
        return nil
      }
      if word == "help" { return try helpSubcommand() }
      throw failure(.unknownSubcommand(word))
    }
    let specs = command.positionals
    let room = specs.contains { $0.isRepeated } || parsed.positionals.count < specs.count
    guard room else { throw failure(.unexpectedArgument(word)) }
    parsed.positionals.append(word)
    return nil
  }

  /// Goes on in `sub`. Options given before its name carry over when `sub` has them too
  /// (`mssdash --ascii snapshot`); one it lacks is an error rather than quietly dropped
  /// (`mssdash --kiosk snapshot` is no kiosk).
  private mutating func enter(_ sub: CommandSpec) throws(CommandLineError) {
    let given = path.command.options
    path = CommandPath(names: path.names + [sub.name], command: sub)
    for option in given where sub.option(named: option.name) == nil {
      if let flag = parsed.flags[option.name] {
        throw failure(.notAnOptionOfSubcommand(flag ? option.longForm : "--no-" + option.name))
      }
      if parsed.values[option.name] != nil {
        throw failure(.notAnOptionOfSubcommand(option.longForm))
      }
    }
  }

  /// `mssdash help` and `mssdash help SUBCOMMAND`.
  private mutating func helpSubcommand() throws(CommandLineError) -> ParseOutcome {
    guard index < words.count else { return .help(path) }
    let name = words[index]
    guard let sub = path.command.subcommand(named: name) else {
      throw failure(.unknownSubcommand(name))
    }
    return .help(CommandPath(names: path.names + [sub.name], command: sub))
  }

  private func failure(_ reason: CommandLineError.Reason) -> CommandLineError {
    CommandLineError(reason, path: path)
  }

  /// `-x`, `--xyz`; a lone `-` is a value (standard input, by convention).
  static func looksLikeOption(_ word: String) -> Bool {
    word.utf8.first == UInt8(ascii: "-") && word.utf8.count > 1
  }
}

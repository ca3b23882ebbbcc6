/// A program's command line: its command tree with the built-in options added, and the way
/// each outcome ends: help and version on standard output, errors on standard error with the
/// usage line, the completion scripts and the man page.
public struct CommandLineProgram: Sendable {
  public let root: CommandSpec
  /// What `--version` prints; nil: no `--version`.
  public let version: String?

  public init(root: CommandSpec, version: String?) {
    self.root = BuiltinOptions.added(to: root, isRoot: true, hasVersion: version != nil)
    self.version = version
  }

  /// What the process writes and its exit status, once the command line has been dealt with.
  public struct Ending: Sendable, Equatable {
    public var code: Int32
    public var standardOutput = ""
    public var standardError = ""

    public init(code: Int32, standardOutput: String = "", standardError: String = "") {
      self.code = code
      self.standardOutput = standardOutput
      self.standardError = standardError
    }
  }

  /// A command to run, or the ending of a line that needs none (help, version, an error).
  public enum Resolution: Sendable {
    case run(Invocation)
    case end(Ending)
  }

  /// What `words` (the arguments after the program's name) ask for.
  public func resolve(_ words: [String], columns: Int) -> Resolution {
    switch CommandLineParser.parse(words, root: root) {
    case .success(.run(let invocation)):
      if let ending = generated(invocation) { return .end(ending) }
      return .run(invocation)
    case .success(.help(let path)):
      return .end(Ending(code: 0, standardOutput: HelpText.render(path, columns: columns)))
    case .success(.version):
      return .end(Ending(code: 0, standardOutput: (version ?? "") + "\n"))
    case .failure(let error):
      if let path = CommandLineParser.helpRequest(words, root: root) {
        return .end(Ending(code: 0, standardOutput: HelpText.render(path, columns: columns)))
      }
      return .end(usageFailure(error, columns: columns))
    }
  }

  /// Runs the command `words` name with `body`, or ends as the line asks. `body` reports a
  /// failure by throwing `ExitStatus` (having printed why) or `UsageError`.
  public func run(
    _ words: [String], columns: Int, _ body: (Invocation) throws -> Void
  ) -> Ending {
    let invocation: Invocation
    switch resolve(words, columns: columns) {
    case .run(let resolved): invocation = resolved
    case .end(let ending): return ending
    }
    do {
      try body(invocation)
      return Ending(code: 0)
    } catch let status as ExitStatus {
      return Ending(code: status.code)
    } catch let usage as UsageError {
      let error = CommandLineError(.invalid(usage.message), path: invocation.path)
      return usageFailure(error, columns: columns)
    } catch {
      // Not expected from a command: say what it was, as an internal error (EX_SOFTWARE).
      return Ending(code: 70, standardError: "Error: \(error)\n")
    }
  }

  /// `Error: …`, the option's help where it is about one, the usage line and where to look.
  public func usageFailure(_ error: CommandLineError, columns: Int) -> Ending {
    var lines = ["Error: " + error.message]
    if let help = error.helpLine { lines.append(help) }
    lines += HelpText.usageLines(error.path, prefix: "Usage: ", columns: columns)
    lines.append("  See '\(error.path.invocation) --help' for more information.")
    return Ending(code: ExitStatus.usage.code, standardError: lines.joined(separator: "\n") + "\n")
  }

  /// The hidden generators: `--generate-completion-script SHELL` and `--generate-manual`.
  private func generated(_ invocation: Invocation) -> Ending? {
    guard invocation.path.isRoot else { return nil }
    let arguments = invocation.arguments
    if let shell = arguments.text(BuiltinOptions.completionScript) {
      return Ending(code: 0, standardOutput: CompletionScripts.script(for: shell, root: root))
    }
    if arguments.isSet(BuiltinOptions.manual) {
      return Ending(code: 0, standardOutput: ManualPage.render(root))
    }
    return nil
  }
}

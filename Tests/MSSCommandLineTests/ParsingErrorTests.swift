import MSSCommandLine
import Testing

/// Each way a command line can be wrong, its message, and the command it is reported for.
@Suite struct ParsingErrorTests {
  @Test(arguments: [
    ("--bogus", "Unknown option '--bogus'"),
    ("--bogus=1", "Unknown option '--bogus'"),
    ("-z", "Unknown option '-z'"),
    ("--secrets", "Unknown option '--secrets'"),
    ("--name", "Missing value for '--name <who>'"),
    ("--name --verbose", "Missing value for '--name <who>'"),
    ("--tag", "Missing value for '--tag <tag>'"),
    ("--count two", "The value 'two' is invalid for '--count <count>'"),
    ("--count 2.5", "The value '2.5' is invalid for '--count <count>'"),
    ("--ratio x", "The value 'x' is invalid for '--ratio <ratio>'"),
    (
      "--mode quiet",
      "The value 'quiet' is invalid for '--mode <mode>'. Please provide one of 'plain', "
        + "'fancy' or 'loud'."
    ),
    ("--verbose=yes", "The option '--verbose' does not take any value, but 'yes' was specified."),
    ("--no-fast=1", "The option '--no-fast' does not take any value, but '1' was specified."),
    ("--count=", "The value '' is invalid for '--count <count>'"),
    ("--help=me", "The option '--help' does not take any value, but 'me' was specified."),
    ("--version=2", "The option '--version' does not take any value, but '2' was specified."),
    ("-h=1", "The option '-h' does not take any value, but '1' was specified."),
    ("extra", "Unknown subcommand 'extra' (the subcommands are 'run' and 'list')"),
    ("help nothing", "Unknown subcommand 'nothing' (the subcommands are 'run' and 'list')"),
    ("-- extra", "Unexpected argument 'extra'"),
  ])
  func rootErrors(words: String, message: String) throws {
    let result = Sample.parse(words)
    guard case .failure(let error) = result else {
      Issue.record("\(words): parsed")
      return
    }
    #expect(error.message == message)
    #expect(error.path.isRoot)
  }

  @Test func errorsInASubcommandNameIt() throws {
    guard case .failure(let error) = Sample.parse("list --mode odd") else {
      Issue.record("parsed")
      return
    }
    #expect(error.path.names == ["tool", "list"])
    guard case .failure(let unexpected) = Sample.parse("list stray") else {
      Issue.record("parsed")
      return
    }
    #expect(unexpected.message == "Unexpected argument 'stray'")
  }

  /// An option of the program's given before the name of a subcommand that lacks it is an
  /// error in the subcommand: quietly dropped, `mssdash --kiosk snapshot` was no kiosk.
  @Test(arguments: [
    ("--count 2 run", "--count"), ("--fast list", "--fast"), ("--no-fast run", "--no-fast"),
    ("--name x list", "--name"),
  ])
  func optionsBeforeASubcommandThatLacksThem(words: String, option: String) throws {
    guard case .failure(let error) = Sample.parse(words) else {
      Issue.record("\(words): parsed")
      return
    }
    let subcommand = try #require(words.split(separator: " ").last)
    #expect(error.message == "The option '\(option)' does not apply to 'tool \(subcommand)'")
    #expect(error.path.names == ["tool", String(subcommand)])
  }

  @Test func anErrorEndsWithTheUsageLineAndExit64() {
    let ending = Sample.program.run(Sample.split("list --mode odd"), columns: 80) { _ in
      Issue.record("ran")
    }
    #expect(ending.code == 64)
    #expect(ending.standardOutput.isEmpty)
    #expect(
      ending.standardError == """
        Error: The value 'odd' is invalid for '--mode <mode>'. Please provide one of 'plain', 'fancy' or 'loud'.
        Help:  --mode <mode>  How to say it.
        Usage: tool list [--mode <mode>] [--tag <tag> ...]
          See 'tool list --help' for more information.

        """)
  }

  @Test func theRootUsageLineNamesOptionsAndSubcommands() {
    let ending = Sample.program.run(["--bogus"], columns: 80) { _ in Issue.record("ran") }
    #expect(
      ending.standardError == """
        Error: Unknown option '--bogus'
        Usage: tool [<options>] [<subcommand>]
          See 'tool --help' for more information.

        """)
  }

  @Test func aCommandsOwnUsageErrorIsReportedTheSameWay() {
    let ending = Sample.program.run(["run", "x"], columns: 80) { invocation in
      #expect(invocation.arguments.positionals == ["x"])
      throw UsageError("x is not a good file")
    }
    #expect(ending.code == 64)
    #expect(ending.standardError.hasPrefix("Error: x is not a good file\nUsage: tool run "))
    #expect(ending.standardError.hasSuffix("  See 'tool run --help' for more information.\n"))
  }

  @Test func anExitStatusEndsQuietlyWithItsCode() {
    let ending = Sample.program.run([], columns: 80) { _ in throw ExitStatus(65) }
    #expect(ending == CommandLineProgram.Ending(code: 65))
    let success = Sample.program.run([], columns: 80) { _ in throw ExitStatus.success }
    #expect(success == CommandLineProgram.Ending(code: 0))
  }

  @Test func anyOtherErrorIsAnInternalError() {
    struct Broken: Error, CustomStringConvertible { var description: String { "it broke" } }
    let ending = Sample.program.run([], columns: 80) { _ in throw Broken() }
    #expect(ending == CommandLineProgram.Ending(code: 70, standardError: "Error: it broke\n"))
  }

  @Test func aCommandThatSucceedsEndsWithZeroAndNothingWritten() {
    var ran = false
    let ending = Sample.program.run(["run", "a"], columns: 80) { _ in ran = true }
    #expect(ran)
    #expect(ending == CommandLineProgram.Ending(code: 0))
  }

  @Test func versionAndHelpEndWithZeroOnStandardOutput() {
    let version = Sample.program.run(["--version"], columns: 80) { _ in Issue.record("ran") }
    #expect(version == CommandLineProgram.Ending(code: 0, standardOutput: "1.2.3\n"))
    let help = Sample.program.run(["run", "-h"], columns: 80) { _ in Issue.record("ran") }
    #expect(help.code == 0)
    #expect(help.standardOutput.hasPrefix("OVERVIEW: Run the files."))
    #expect(help.standardError.isEmpty)
  }

  @Test func aProgramWithoutAVersionHasNoVersionOption() {
    let program = CommandLineProgram(root: Sample.list, version: nil)
    let ending = program.run(["--version"], columns: 80) { _ in Issue.record("ran") }
    #expect(ending.code == 64)
    #expect(ending.standardError.hasPrefix("Error: Unknown option '--version'"))
    #expect(
      !HelpText.render(CommandPath(names: ["list"], command: program.root), columns: 80)
        .contains("--version"))
  }
}

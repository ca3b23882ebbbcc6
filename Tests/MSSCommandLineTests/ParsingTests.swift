import MSSCommandLine
import Testing

/// Every form of option the parser reads, and what a command gets from it.
@Suite struct ParsingTests {
  @Test func noArgumentsRunsTheProgramWithNothingSet() throws {
    let invocation = try #require(Sample.invocation(""))
    #expect(invocation.path.names == ["tool"])
    #expect(invocation.path.isRoot)
    let arguments = invocation.arguments
    #expect(arguments.text(Sample.name) == nil)
    #expect(!arguments.isSet(Sample.verbose))
    #expect(arguments.flag(Sample.fast) == nil)
    #expect(arguments.integer(Sample.count) == nil)
    #expect(arguments.positionals.isEmpty)
  }

  @Test func valuesWithASpaceOrAnEqualsSign() throws {
    let spaced = try #require(Sample.invocation("--name Ada --count 3 --ratio 2.5"))
    #expect(spaced.arguments.text(Sample.name) == "Ada")
    #expect(spaced.arguments.integer(Sample.count) == 3)
    #expect(spaced.arguments.number(Sample.ratio) == 2.5)
    let joined = try #require(Sample.invocation("--name=Ada --count=3 --name=a=b"))
    #expect(joined.arguments.text(Sample.name) == "a=b", "the last one counts; = in a value")
    #expect(joined.arguments.texts(Sample.name) == ["Ada", "a=b"])
    #expect(joined.arguments.integer(Sample.count) == 3)
    // An empty value names nothing: it is refused rather than passed on as a file called ''.
    #expect(Sample.errorMessage("--name=") == "The value '' is invalid for '--name <who>'")
  }

  @Test func choicesReadAsTheirEnum() throws {
    enum Mode: String { case plain, fancy, loud }
    let invocation = try #require(Sample.invocation("--mode loud"))
    #expect(invocation.arguments.choice(Sample.mode, as: Mode.self) == .loud)
  }

  @Test func flagsAndTheirInversion() throws {
    #expect(Sample.invocation("--verbose")?.arguments.isSet(Sample.verbose) == true)
    #expect(Sample.invocation("--fast")?.arguments.flag(Sample.fast) == true)
    #expect(Sample.invocation("--no-fast")?.arguments.flag(Sample.fast) == false)
    #expect(Sample.invocation("--no-fast --fast")?.arguments.flag(Sample.fast) == true)
    #expect(Sample.invocation("--fast --no-fast")?.arguments.flag(Sample.fast) == false)
    // A flag whose own name starts with no- is itself, not an inversion.
    #expect(Sample.invocation("--no-config")?.arguments.isSet(Sample.noConfig) == true)
    #expect(Sample.errorMessage("--no-verbose") == "Unknown option '--no-verbose'")
  }

  @Test func valuesUpToTheNextOption() throws {
    let invocation = try #require(Sample.invocation("--tag a b c --verbose --tag d --tag=e f"))
    #expect(invocation.arguments.texts(Sample.tag) == ["a", "b", "c", "d", "e", "f"])
    #expect(invocation.arguments.isSet(Sample.verbose))
  }

  @Test func shortOptions() throws {
    let run = try #require(Sample.invocation("run -q -o out.txt"))
    #expect(run.arguments.isSet(Sample.quiet))
    #expect(run.arguments.text(Sample.output) == "out.txt")
    #expect(Sample.invocation("run -qq")?.arguments.isSet(Sample.quiet) == true)
    #expect(Sample.invocation("run -qoout.txt")?.arguments.text(Sample.output) == "out.txt")
    #expect(Sample.invocation("run -o=out.txt")?.arguments.text(Sample.output) == "out.txt")
    #expect(Sample.errorMessage("run -x") == "Unknown option '-x'")
    #expect(
      Sample.errorMessage("run -q=1")
        == "The option '-q' does not take any value, but '1' was specified.")
  }

  @Test func positionalArgumentsAmongOptionsAndAfterTheDoubleDash() throws {
    let run = try #require(Sample.invocation("run a --verbose b -- --c -q"))
    #expect(run.arguments.positionals == ["a", "b", "--c", "-q"])
    #expect(run.arguments.isSet(Sample.verbose))
    #expect(!run.arguments.isSet(Sample.quiet), "-q after -- is a file name")
    // A lone dash is a value (standard input), not an option.
    #expect(Sample.invocation("run -")?.arguments.positionals == ["-"])
  }

  @Test func subcommandsTakeTheOptionsTheyShareFromBeforeTheirName() throws {
    let run = try #require(Sample.invocation("--name Ada --no-config run --verbose x"))
    #expect(run.path.names == ["tool", "run"])
    #expect(run.path.invocation == "tool run")
    #expect(run.command.name == "run")
    #expect(run.arguments.text(Sample.name) == "Ada", "shared: carried over")
    #expect(run.arguments.isSet(Sample.noConfig))
    #expect(run.arguments.positionals == ["x"])
    let later = try #require(Sample.invocation("--name Ada run --name Bo"))
    #expect(later.arguments.text(Sample.name) == "Bo", "the subcommand's own comes last")
    // After --, or inside a subcommand, a subcommand's name is only a word.
    #expect(Sample.errorMessage("-- run") == "Unexpected argument 'run'")
    #expect(Sample.invocation("run list")?.arguments.positionals == ["list"])
  }

  /// A negative number names no option, so it is a value: the command says what is wrong with
  /// it (`--as-of -1` is not a day) rather than the parser that the value is missing.
  @Test func negativeNumbersAreValues() throws {
    #expect(Sample.invocation("--count -3")?.arguments.integer(Sample.count) == -3)
    #expect(Sample.invocation("--ratio -.5")?.arguments.number(Sample.ratio) == -0.5)
    #expect(Sample.invocation("--name -3")?.arguments.text(Sample.name) == "-3")
    #expect(Sample.errorMessage("--name --verbose") == "Missing value for '--name <who>'")
  }

  @Test func helpAndVersion() throws {
    for words in ["--help", "-h", "help", "--verbose --help", "--help --bogus", "--count x -h"] {
      guard case .help(let path) = Sample.program.resolveForTests(words) else {
        Issue.record("\(words): expected help")
        continue
      }
      #expect(path.names == ["tool"], "\(words)")
    }
    for words in ["run --help", "help run", "run -q --nonsense --help", "--name x run -h"] {
      guard case .help(let path) = Sample.program.resolveForTests(words) else {
        Issue.record("\(words): expected help")
        continue
      }
      #expect(path.names == ["tool", "run"], "\(words)")
    }
    guard case .version = try Sample.parse("run --version").get() else {
      Issue.record("--version in a subcommand")
      return
    }
    // After --, --help is a file name.
    #expect(Sample.invocation("run -- --help")?.arguments.positionals == ["--help"])
  }
}

extension CommandLineProgram {
  /// What the parser makes of `words`, with help asked for on a faulty line found as the
  /// program finds it.
  func resolveForTests(_ words: String) -> ParseOutcome? {
    let split = Sample.split(words)
    switch CommandLineParser.parse(split, root: root) {
    case .success(let outcome): return outcome
    case .failure:
      return CommandLineParser.helpRequest(split, root: root).map { .help($0) }
    }
  }
}

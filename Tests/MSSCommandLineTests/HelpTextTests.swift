import MSSCommandLine
import Testing

/// `--help` as users read it: sections, groups, values and defaults, wrapped to the width.
@Suite struct HelpTextTests {
  static let rootPath = CommandPath(names: ["tool"], command: Sample.program.root)

  static func path(_ name: String) throws -> CommandPath {
    let command = try #require(Sample.program.root.subcommand(named: name))
    return CommandPath(names: ["tool", name], command: command)
  }

  @Test func theProgramsHelp() {
    #expect(
      HelpText.render(Self.rootPath, columns: 80) == """
        OVERVIEW: A tool for the tests.

        The first paragraph of the discussion.

        The second, which is long enough to be wrapped onto more than one line at forty
        columns.

        USAGE: tool [<options>] [<subcommand>]

        SPEED:
          --fast/--no-fast        Go fast.

        SETTINGS:
          --config <file>         A config file.
          --no-config             Read no config file.

        OPTIONS:
          --name <who>            Who to greet.
          --verbose               Say more.
          --count <count>         How many times. (default: 1)
          --mode <mode>           How to say it. (values: plain, fancy, loud; default:
                                  plain)
          --ratio <ratio>         A ratio.
          --tag <tag> ...         Tags to add.
          --a-rather-long-option-name <value>
                                  Its description starts on the next line.
          --version               Show the version.
          -h, --help              Show help information.

        SUBCOMMANDS:
          run                     Run the files.
          list                    List what there is.

          See 'tool help <subcommand>' for detailed help.

        """)
  }

  @Test func aSubcommandsHelpHasItsArgumentsAndUsage() throws {
    #expect(
      HelpText.render(try Self.path("run"), columns: 80) == """
        OVERVIEW: Run the files.

        Runs each file in turn.

        Stops at the first that fails.

        USAGE: tool run [--name <who>] [--verbose] [--quiet] [--output <file>]
               [--config <file>] [--no-config] [<files> ...]

        ARGUMENTS:
          <files>                 Files to run.

        SETTINGS:
          --config <file>         A config file.
          --no-config             Read no config file.

        OPTIONS:
          --name <who>            Who to greet.
          --verbose               Say more.
          -q, --quiet             Say less.
          -o, --output <file>     Where to write.
          --version               Show the version.
          -h, --help              Show help information.

        """)
  }

  @Test func narrowTerminalsWrapEveryLineShortOfTheirWidth() {
    let text = HelpText.render(Self.rootPath, columns: 50)
    let lines = text.split(separator: "\n")
    // One word longer than the column may stand alone; nothing else goes past 49.
    for line in lines where line.count >= 50 {
      #expect(line.hasPrefix("  --a-rather-long-option-name"), "too long: \(line)")
    }
    #expect(text.contains("  --mode <mode>           How to say it. (values:\n"))
  }

  @Test func hiddenOptionsAreNotListed() {
    let text = HelpText.render(Self.rootPath, columns: 80)
    #expect(!text.contains("--secret"))
    #expect(!text.contains("--generate-completion-script"))
    #expect(!text.contains("--generate-manual"))
  }

  @Test func labelsAndDescriptions() {
    #expect(HelpText.label(Sample.fast) == "--fast/--no-fast")
    #expect(HelpText.label(Sample.output) == "-o, --output <file>")
    #expect(HelpText.label(Sample.tag) == "--tag <tag> ...")
    #expect(HelpText.description(Sample.count) == "How many times. (default: 1)")
    #expect(HelpText.description(Sample.verbose) == "Say more.")
  }
}

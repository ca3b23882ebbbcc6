/// The options every command has, and the program's hidden ones for packagers.
public enum BuiltinOptions {
  public static let version = OptionSpec("version", help: "Show the version.")
  public static let help = OptionSpec("help", short: "h", help: "Show help information.")

  public static let shells = ["bash", "zsh", "fish"]
  public static let completionScript = OptionSpec(
    "generate-completion-script", kind: .value(.choice(shells)), valueName: "shell",
    help: "Print a completion script for this shell.", isHidden: true)
  public static let manual = OptionSpec(
    "generate-manual", help: "Print the man page (mdoc).", isHidden: true)

  /// `command` and its subcommands with `--version` (for a program that has one) and `--help`
  /// added to their options, and the hidden generators on the program itself.
  static func added(to command: CommandSpec, isRoot: Bool, hasVersion: Bool) -> CommandSpec {
    var groups = command.groups
    var extra = hasVersion ? [version, help] : [help]
    if isRoot { extra += [completionScript, manual] }
    if let last = groups.lastIndex(where: { $0.title == nil }) {
      groups[last] = OptionGroup(groups[last].options + extra)
    } else {
      groups.append(OptionGroup(extra))
    }
    return CommandSpec(
      name: command.name, abstract: command.abstract, discussion: command.discussion,
      groups: groups, positionals: command.positionals,
      subcommands: command.subcommands.map { added(to: $0, isRoot: false, hasVersion: hasVersion) })
  }
}

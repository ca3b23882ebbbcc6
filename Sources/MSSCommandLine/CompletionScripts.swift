/// Shell completion scripts made from the same command specs as the parser and the help.
public enum CompletionScripts {
  /// The script for `shell` (one of `BuiltinOptions.shells`).
  public static func script(for shell: String, root: CommandSpec) -> String {
    switch shell {
    case "zsh": return ZshCompletion.script(root)
    case "fish": return FishCompletion.script(root)
    default: return BashCompletion.script(root)
    }
  }

  /// The options a script offers: every one but the hidden.
  static func offered(_ command: CommandSpec) -> [OptionSpec] {
    command.options.filter { !$0.isHidden }
  }

  /// A name fit for a shell function: `mssdash-bench` → `mssdash_bench`.
  static func functionName(_ name: String) -> String {
    String(name.map { $0.isLetter || $0.isNumber ? $0 : "_" })
  }

  /// `text` in single quotes for sh, bash and zsh.
  static func singleQuoted(_ text: String) -> String {
    "'" + text.split(separator: "'", omittingEmptySubsequences: false).joined(separator: #"'\''"#)
      + "'"
  }
}

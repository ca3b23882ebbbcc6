/// `complete -F` for bash: the subcommand is the first word that names one (or `help`); the
/// word before the cursor picks the values (choices or file names), otherwise options and
/// subcommands. bash splits `--color=al` into `--color`, `=` and `al` (`=` is in
/// COMP_WORDBREAKS), so a value after `=` is completed as one after a space.
enum BashCompletion {
  static func script(_ root: CommandSpec) -> String {
    let function = "_" + CompletionScripts.functionName(root.name)
    let subcommandNames = root.subcommands.map(\.name)
    var lines = [
      "# bash completion for \(root.name): source this file, or put it in",
      "# /usr/share/bash-completion/completions/\(root.name).",
      "\(function)() {",
      "    local cur=\"${COMP_WORDS[COMP_CWORD]}\"",
      "    local prev=\"\"",
      "    (( COMP_CWORD > 0 )) && prev=\"${COMP_WORDS[COMP_CWORD-1]}\"",
      "    local afterEquals=false",
      "    if [[ \"$cur\" == \"=\" ]]; then",
      "        cur=\"\" afterEquals=true",
      "    elif [[ \"$prev\" == \"=\" ]] && (( COMP_CWORD > 1 )); then",
      "        prev=\"${COMP_WORDS[COMP_CWORD-2]}\" afterEquals=true",
      "    fi",
      "    local command=\"\" i",
      "    for (( i = 1; i < COMP_CWORD; i++ )); do",
      "        case \"${COMP_WORDS[i]}\" in",
    ]
    if !subcommandNames.isEmpty {
      let names = (subcommandNames + ["help"]).joined(separator: "|")
      lines.append("            \(names)) command=\"${COMP_WORDS[i]}\"; break ;;")
    }
    lines += [
      "        esac",
      "    done",
      "    local words=\"\" files=false",
      "    case \"$command\" in",
    ]
    for sub in root.subcommands {
      lines.append("    \(sub.name))")
      lines += commandCase(sub, extraWords: [])
      lines.append("        ;;")
    }
    if !subcommandNames.isEmpty {
      let names = CompletionScripts.singleQuoted(subcommandNames.joined(separator: " "))
      lines += ["    help)", "        words=\(names)", "        ;;"]
    }
    lines.append("    *)")
    lines += commandCase(
      root, extraWords: subcommandNames + (subcommandNames.isEmpty ? [] : ["help"]))
    lines += [
      "        ;;",
      "    esac",
      "    # After `=` only a value may stand, and this option takes none.",
      "    if $afterEquals; then",
      "        COMPREPLY=()",
      "    elif [[ \"$cur\" != -* ]] && $files; then",
      "        COMPREPLY=( $(compgen -f -- \"$cur\") )",
      "    else",
      "        COMPREPLY=( $(compgen -W \"$words\" -- \"$cur\") )",
      "    fi",
      "}",
      "complete -o filenames -F \(function) \(root.name)",
    ]
    return lines.joined(separator: "\n") + "\n"
  }

  /// One command's branch: what follows an option that takes a value, then the words offered.
  private static func commandCase(_ command: CommandSpec, extraWords: [String]) -> [String] {
    var lines = ["        case \"$prev\" in"]
    for option in CompletionScripts.offered(command) {
      guard let kind = option.valueKind else { continue }
      let pattern = option.spellings.joined(separator: "|")
      switch kind {
      case .choice(let words):
        let list = CompletionScripts.singleQuoted(words.joined(separator: " "))
        lines.append(
          "            \(pattern)) COMPREPLY=( $(compgen -W \(list) -- \"$cur\") ); return ;;")
      case .path:
        lines.append("            \(pattern)) COMPREPLY=( $(compgen -f -- \"$cur\") ); return ;;")
      case .text, .integer, .number:
        lines.append("            \(pattern)) COMPREPLY=(); return ;;")
      }
    }
    lines.append("        esac")
    let words = CompletionScripts.offered(command).flatMap { $0.spellings } + extraWords
    lines.append("        words=\(CompletionScripts.singleQuoted(words.joined(separator: " ")))")
    if !command.positionals.isEmpty { lines.append("        files=true") }
    return lines
  }
}

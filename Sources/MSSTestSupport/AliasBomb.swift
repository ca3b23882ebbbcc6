/// "Billion laughs" in YAML: `lol: &a [lol × 9]`, then each of `lb` … `li` a list of nine
/// aliases of the one before — nine levels of nine, a billion values if expanded.
public enum AliasBomb {
  public static let lines: [String] = {
    var lines = ["lol: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    let names = Array("abcdefghi")
    for (previous, name) in zip(names, names.dropFirst()) {
      let aliases = Array(repeating: "*\(previous)", count: 9).joined(separator: ", ")
      lines.append("l\(name): &\(name) [\(aliases)]")
    }
    return lines
  }()
}

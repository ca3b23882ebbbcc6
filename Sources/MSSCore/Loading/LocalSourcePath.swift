#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where a source's local `file:` may be: beside the dataset or below it. A dataset is handed
/// to a kiosk by anyone; `file: /etc/passwd` or `file: ../../home/me/.ssh/id_rsa` would show
/// that file on the wall screen as the source's "article".
enum LocalSourcePath {
  /// The largest article read: a long one is a few hundred kilobytes of text.
  static let limit = 256 * 1024

  /// Relative, without a `..` step or a `~`: the shape of a path inside the directory.
  static func isInside(_ path: String) -> Bool {
    guard !path.hasPrefix("/"), !path.hasPrefix("~") else { return false }
    return !path.split(separator: "/").contains("..")
  }

  /// The directory of the dataset file at `path`: "." for a bare name.
  static func directory(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    let directory = String(path[..<slash])
    return directory.isEmpty ? "/" : directory
  }

  /// The text of `relative` in `directory`, if it is a path inside it even after symbolic
  /// links are followed; nil otherwise or when it cannot be read.
  static func read(_ relative: String, in directory: String) -> String? {
    guard isInside(relative) else { return nil }
    let full = "\(directory)/\(relative)"
    guard let base = realPath(directory), let target = realPath(full),
      target.hasPrefix(base == "/" ? "/" : base + "/")
    else { return nil }
    return try? FileReader.readText(path: target, limit: limit).get()
  }

  private static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }
}

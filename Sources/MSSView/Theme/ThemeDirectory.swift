#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The user's theme directory and the files in it.
enum ThemeDirectory {
  /// `$XDG_CONFIG_HOME/mssdash/themes`, or `~/.config/mssdash/themes`. The XDG spec says a
  /// relative `XDG_CONFIG_HOME` is to be ignored.
  static func userThemes(environment: [String: String]) -> String? {
    if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
      return "\(config.trimmingTrailingSlashes)/mssdash/themes"
    }
    guard let home = environment["HOME"], home.hasPrefix("/") else { return nil }
    return "\(home.trimmingTrailingSlashes)/.config/mssdash/themes"
  }

  /// The `.yaml` and `.yml` files in `directory` (not hidden ones), sorted; none when it is
  /// missing or unreadable.
  static func themeFiles(in directory: String) -> [String] {
    guard let handle = opendir(directory) else { return [] }
    defer { closedir(handle) }
    var names: [String] = []
    while let entry = readdir(handle) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      let isTheme = name.hasSuffix(".yaml") || name.hasSuffix(".yml")
      if isTheme, !name.hasPrefix("."), isRegularFile("\(directory)/\(name)") { names.append(name) }
    }
    return names.sorted()
  }

  /// `~/.config/mssdash/themes/nord.yaml` → `nord`.
  static func themeName(ofFile path: String) -> String {
    let file = path.split(separator: "/").last.map(String.init) ?? path
    for suffix in [".yaml", ".yml"] where file.hasSuffix(suffix) {
      return String(file.dropLast(suffix.count))
    }
    return file
  }

  /// True for a regular file or a link to one (not a directory, FIFO or device).
  static func isRegularFile(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
  }
}

extension String {
  fileprivate var trimmingTrailingSlashes: String {
    var text = self
    while text.count > 1, text.hasSuffix("/") { text.removeLast() }
    return text
  }
}

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The process's environment as a dictionary, read from `environ` directly: Foundation's
/// `ProcessInfo` was the only reason this module imported Foundation, whose thousands of
/// protocol conformances every dynamic cast at start-up has to search.
enum ProcessEnvironment {
  /// Each `NAME=value` entry split at its first `=`; a name given twice keeps its last value,
  /// as `ProcessInfo.environment` does.
  static var current: [String: String] {
    var result: [String: String] = [:]
    #if canImport(Darwin)
      // Darwin has no `environ` declaration in Swift; `_NSGetEnviron` gives the same array.
      let start = _NSGetEnviron()?.pointee
    #else
      // Imported as non-optional, but NULL after clearenv(): read it as an optional.
      let start: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = environ
    #endif
    guard var entry = start else { return result }
    while let pointer = entry.pointee {
      let text = String(cString: pointer)
      if let equals = text.utf8.firstIndex(of: UInt8(ascii: "=")) {
        result[String(text[..<equals])] = String(text[text.index(after: equals)...])
      }
      entry += 1
    }
    return result
  }
}

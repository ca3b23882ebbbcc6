/// A problem found in a dataset or theme file, pointing at the file, line, column and field.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
  public enum Severity: String, Sendable {
    case error
    case warning
  }

  public let severity: Severity
  public let file: String
  /// 1-based; 0 when the problem concerns the whole file.
  public let line: Int
  public let column: Int
  /// The field path, e.g. `contributors[0].pledged[1].value`; empty for the whole file.
  public let path: String
  public let message: String

  public init(
    _ severity: Severity, file: String, line: Int = 0, column: Int = 0, path: String = "",
    message: String
  ) {
    self.severity = severity
    self.file = file
    self.line = line
    self.column = column
    self.path = path
    self.message = message
  }

  public init(
    _ severity: Severity, at location: SourceLocation?, file: String, path: String, message: String
  ) {
    self.init(
      severity, file: location?.file ?? file, line: location?.line ?? 0,
      column: location?.column ?? 0, path: path, message: message)
  }

  /// `seeds/x.yaml:12:5: error: contributors[0].name: expected a string`, compiler style.
  public var description: String {
    var place = file
    if line > 0 { place += ":\(line):\(column)" }
    let field = path.isEmpty ? "" : "\(path): "
    return "\(place): \(severity.rawValue): \(field)\(message)"
  }
}

import MSSCore

/// Everything wrong with a theme file: one diagnostic per problem, in file order.
public struct ThemeFailure: Error, Hashable, Sendable, CustomStringConvertible {
  public let diagnostics: [Diagnostic]

  public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

  public init(_ diagnostic: Diagnostic) { self.diagnostics = [diagnostic] }

  /// One compiler-style line per problem.
  public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

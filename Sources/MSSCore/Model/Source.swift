/// Where a dataset entry stands in its file, for messages that point at it.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
  public let file: String
  public let line: Int
  public let column: Int

  public init(file: String, line: Int, column: Int) {
    self.file = file
    self.line = line
    self.column = column
  }

  public var description: String { "\(file):\(line):\(column)" }
}

/// A publication that figures and events cite.
public struct Source: Hashable, Sendable, Identifiable {
  public let id: String
  public let publisher: String
  public let title: String
  /// The day it was published; figures it reports are known from then.
  public let date: Day?
  public let url: String?
  /// A local copy, relative to the dataset file (for example the seed article).
  public let file: String?
  /// The local copy's text, when `file` could be read; quotes are checked against it.
  public let text: String?
  public let location: SourceLocation?

  public init(
    id: String, publisher: String, title: String, date: Day? = nil, url: String? = nil,
    file: String? = nil, text: String? = nil, location: SourceLocation? = nil
  ) {
    self.id = id
    self.publisher = publisher
    self.title = title
    self.date = date
    self.url = url
    self.file = file
    self.text = text
    self.location = location
  }

  public var isLocal: Bool { file != nil }
}

/// A verbatim quote from a source that backs one figure or event.
public struct Citation: Hashable, Sendable {
  public let sourceID: String
  /// The source's own words; when `isVerbatim` is false, the dataset author's summary of what
  /// the source reports (no verbatim sentence on file), to be shown as such, never in quotes.
  public let quote: String
  public let isVerbatim: Bool
  public let location: SourceLocation?

  public init(
    sourceID: String, quote: String, location: SourceLocation? = nil, isVerbatim: Bool = true
  ) {
    self.sourceID = sourceID
    self.quote = quote
    self.isVerbatim = isVerbatim
    self.location = location
  }
}

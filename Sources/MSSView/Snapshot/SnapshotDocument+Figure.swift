// Synthesized Codable leaves out nil properties. Tools reading the document are simpler when
// every key of a figure is always there, so types with optional fields write them as explicit
// nulls. Decoding stays synthesized (it reads a null as nil). Each encoder sits in the file of
// its type because the synthesized CodingKeys are private to that file.

extension SnapshotDocument {
  /// A reported value: what, for which period, known since when, and who said it.
  public struct Figure: Codable, Equatable, Sendable {
    public var value: Double
    /// A `Qualifier` raw value: exact, about, at_least, over, nearly, under, at_most.
    public var qualifier: String
    /// count, share (a fraction: 0.5 is 50%) or usd.
    public var unit: String
    /// As the dashboard shows it: `≥115`.
    public var text: String
    /// The period in the dataset's canonical form: `2024-10-11`, `2024-Q3`, `~2024-10`, …
    public var period: String
    /// The period as the dashboard shows it: `11 Oct 2024`.
    public var periodText: String
    /// The publication day the dataset gives, if it differs from its source's date.
    public var published: String?
    /// The day the figure became public, from which the resolution counts it.
    public var known: String
    /// The source's own words for the date ("last week").
    public var relative: String?
    public var note: String?
    public var sources: [CitedSource]
    /// Other sources' differing values for an overlapping period; never merged.
    public var conflicts: [Figure]
    /// Other sources giving the same number for an overlapping period.
    public var corroborations: [Figure]

    public func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(value, forKey: .value)
      try container.encode(qualifier, forKey: .qualifier)
      try container.encode(unit, forKey: .unit)
      try container.encode(text, forKey: .text)
      try container.encode(period, forKey: .period)
      try container.encode(periodText, forKey: .periodText)
      try container.encode(published, forKey: .published)
      try container.encode(known, forKey: .known)
      try container.encode(relative, forKey: .relative)
      try container.encode(note, forKey: .note)
      try container.encode(sources, forKey: .sources)
      try container.encode(conflicts, forKey: .conflicts)
      try container.encode(corroborations, forKey: .corroborations)
    }
  }

  /// One citation: the source and the sentence quoted from it.
  public struct CitedSource: Codable, Equatable, Sendable {
    public var id: String
    public var publisher: String
    public var url: String?
    public var quote: String

    public func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(id, forKey: .id)
      try container.encode(publisher, forKey: .publisher)
      try container.encode(url, forKey: .url)
      try container.encode(quote, forKey: .quote)
    }
  }

  /// A figure computed from reported ones; exact only when every input is.
  public struct DerivedValue: Codable, Equatable, Sendable {
    public var value: Double
    public var qualifier: String
    /// count, or share for ratios (a fraction).
    public var unit: String
  }
}

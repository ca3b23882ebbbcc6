/// One reported value of a figure: what it is, the period it refers to, when it was published,
/// and the sentence it came from.
public struct Observation: Hashable, Sendable {
  public let value: Quantity
  /// The period the figure counts or describes.
  public let period: DateSpec
  /// The day from which the figure counts as known, if it differs from the source's date: the
  /// last day of `publication`.
  public let published: Day?
  /// When the figure was made public, at the precision known (`2024-10` when only the month
  /// is); nil when the source's own date says it.
  public let publication: DateSpec?
  public let citations: [Citation]
  /// The words the source used for the date ("last week"), when it gave a relative one.
  public let relative: String?
  public let note: String?
  public let location: SourceLocation?

  public init(
    value: Quantity, period: DateSpec, published: Day? = nil, publication: DateSpec? = nil,
    citations: [Citation], relative: String? = nil, note: String? = nil,
    location: SourceLocation? = nil
  ) {
    self.value = value
    self.period = period
    self.published = published ?? publication?.end
    self.publication = publication ?? published.map(DateSpec.day)
    self.citations = citations
    self.relative = relative
    self.note = note
    self.location = location
  }

  public var primarySourceID: String? { citations.first?.sourceID }
}

/// A time series of observations of one figure.
public typealias Series = [Observation]

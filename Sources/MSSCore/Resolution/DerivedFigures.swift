/// Figures computed from reported ones. Their qualifier is exact only when every input is.
public struct DerivedFigures: Hashable, Sendable {
  /// Deployed over pledged, 0…1 (may exceed 1 when sources disagree).
  public let deploymentRatio: Derived?
  /// Pledged minus deployed.
  public let shortfall: Derived?
  /// The lead nation's share of those deployed.
  public let leadShare: Derived?
  /// Deployed plus announced reinforcements.
  public let projected: Derived?
  /// Projected over pledged.
  public let projectedRatio: Derived?

  public struct Derived: Hashable, Sendable {
    public let value: Double
    public let qualifier: Qualifier

    public var quantity: Quantity { Quantity(value, qualifier, unit: .count) }
  }

  public init(pledged: Quantity?, deployed: Quantity?, leadDeployed: Quantity?, planned: [Quantity])
  {
    func combine(_ inputs: [Quantity]) -> Qualifier {
      inputs.allSatisfy { $0.qualifier == .exact } ? .exact : .about
    }
    if let pledged, let deployed, pledged.value > 0 {
      deploymentRatio = Derived(
        value: deployed.value / pledged.value, qualifier: combine([pledged, deployed]))
      shortfall = Derived(
        value: max(0, pledged.value - deployed.value), qualifier: combine([pledged, deployed]))
    } else {
      deploymentRatio = nil
      shortfall = nil
    }
    if let deployed, let leadDeployed, deployed.value > 0 {
      leadShare = Derived(
        value: min(1, leadDeployed.value / deployed.value),
        qualifier: combine([deployed, leadDeployed]))
    } else {
      leadShare = nil
    }
    if let deployed, !planned.isEmpty {
      let total = deployed.value + planned.reduce(0) { $0 + $1.value }
      let qualifier = combine([deployed] + planned)
      projected = Derived(value: total, qualifier: qualifier)
      if let pledged, pledged.value > 0 {
        projectedRatio = Derived(
          value: total / pledged.value, qualifier: combine([deployed, pledged] + planned))
      } else {
        projectedRatio = nil
      }
    } else {
      projected = nil
      projectedRatio = nil
    }
  }
}

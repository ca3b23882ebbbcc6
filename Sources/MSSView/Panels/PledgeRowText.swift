import MSSCore

/// The words and numbers of one pledges row, formatted once per frame.
struct PledgeRowText {
  var name: String
  var isLead = false
  var deployed: String
  var pledged: String
  var planned: String
  var ratio: String
  var conflicted: Bool
  /// Bar inputs.
  var deployedValue: Double?
  var pledgedValue: Double?
  var plannedValue: Double

  init(_ status: ContributorStatus, glyphs: Glyphs) {
    name = status.name
    isLead = status.isLead
    deployed = PledgeRowText.figure(status.deployed.value, glyphs)
    pledged = PledgeRowText.figure(status.pledged.value, glyphs)
    planned = status.plannedTotal > 0 ? "+" + NumberFormat.grouped(Int(status.plannedTotal)) : ""
    ratio = PledgeRowText.ratio(
      status.ratio,
      approximate: status.deployed.value?.qualifier.isApproximate == true
        || status.pledged.value?.qualifier.isApproximate == true, glyphs)
    conflicted = status.isConflicted
    deployedValue = status.deployed.value?.value
    pledgedValue = status.pledged.value?.value
    plannedValue = status.plannedTotal
  }

  /// The mission-wide row.
  init(mission state: MissionState, glyphs: Glyphs) {
    name = "Mission"
    deployed = PledgeRowText.figure(state.deployed.figure.value, glyphs)
    pledged = PledgeRowText.figure(state.pledged.figure.value, glyphs)
    let plannedTotal = state.contributors.reduce(0) { $0 + $1.plannedTotal }
    planned = plannedTotal > 0 ? "+" + NumberFormat.grouped(Int(plannedTotal)) : ""
    let derived = state.derived.deploymentRatio
    ratio = PledgeRowText.ratio(
      derived?.value, approximate: derived?.qualifier.isApproximate == true, glyphs)
    conflicted = state.pledged.figure.isConflicted || state.deployed.figure.isConflicted
    deployedValue = state.deployed.figure.value?.value
    pledgedValue = state.pledged.figure.value?.value
    plannedValue = plannedTotal
  }

  static func figure(_ quantity: Quantity?, _ glyphs: Glyphs) -> String {
    quantity?.formatted(ascii: glyphs.ascii) ?? glyphs.dash
  }

  static func ratio(_ value: Double?, approximate: Bool, _ glyphs: Glyphs) -> String {
    guard let value else { return glyphs.dash }
    return (approximate ? "~" : "") + NumberFormat.percent(value)
  }
}

/// Column widths of the pledges table for a panel width; optional columns drop out, planned
/// first, when the bars would get too short.
struct PledgeColumns {
  var name: Int
  var deployed: Int
  var pledged: Int
  var flag: Int
  var planned: Int
  var ratio: Int
  var bar: Int

  static let minimumBar = 5

  init(rows: [PledgeRowText], width: Int, sort: PledgeSort, glyphs: Glyphs) {
    func widest(_ texts: [String], atLeast: Int = 0) -> Int {
      texts.reduce(atLeast) { max($0, TextWidth.of($1)) }
    }
    // At least as wide as the header labels, "dep", "pledged", "plan", "%", and the sort arrow.
    let arrow = { (key: PledgeSort) in sort == key ? TextWidth.of(PledgeTable.sortMark(glyphs)) : 0
    }
    let deployed = widest(rows.map(\.deployed), atLeast: 3 + arrow(.deployed))
    let pledged = widest(rows.map(\.pledged), atLeast: 7 + arrow(.pledged))
    let flag = rows.contains { $0.conflicted } ? 2 : 0
    var planned =
      rows.contains { !$0.planned.isEmpty } ? widest(rows.map(\.planned), atLeast: 4) + 1 : 0
    var ratio = widest(rows.map(\.ratio), atLeast: 1 + arrow(.ratio)) + 1
    let nameWanted = widest(rows.map { $0.name + ($0.isLead ? " *" : "") }, atLeast: 8)
    let minimumName = min(nameWanted, 8)
    // Marker, name, a gap, "deployed / pledged", flag, planned, ratio, a gap, then the bar.
    let numbers = 1 + 1 + deployed + 3 + pledged + flag
    if width - numbers - planned - ratio - 1 - minimumName < PledgeColumns.minimumBar {
      planned = 0
    }
    if width - numbers - planned - ratio - 1 - minimumName < PledgeColumns.minimumBar { ratio = 0 }
    let free = width - numbers - planned - ratio - 1
    self.deployed = deployed
    self.pledged = pledged
    self.flag = flag
    self.planned = planned
    self.ratio = ratio
    name = max(minimumName, min(nameWanted, free - PledgeColumns.minimumBar))
    bar = max(0, free - name)
    if bar < 3 {
      name += bar
      bar = 0
    }
  }
}

import MSSCore

extension MarkdownSnapshot {
  mutating func writePledges() {
    heading(PanelID.pledges.title)
    var rows: [[String]] = []
    for status in state.contributors {
      let name = MarkdownText.escape(status.name) + (status.isLead ? " (lead)" : "")
      let planned = status.planned.map { value($0.value) + " (" + period($0.period) + ")" }
      let ratio = status.ratio.map { ratio in
        let approximate = [status.pledged.value, status.deployed.value].contains {
          $0?.qualifier != .exact
        }
        return percent(ratio, approximate ? .about : .exact)
      }
      let citations =
        [status.pledged.current, status.deployed.current].compactMap { $0 }
        .flatMap(\.citations) + status.planned.flatMap(\.citations)
      rows.append([
        name, value(status.pledged), value(status.deployed), planned.joined(separator: "; "),
        ratio ?? "", sources.references(citations),
      ])
    }
    if rows.isEmpty {
      lines.append("No contributor has a reported pledge or deployment yet.")
    } else {
      lines += table(
        ["Contributor", "Pledged", "Deployed", "Planned", "Deployed / pledged", "Sources"], rows)
    }
    writeTotals()
    writeDerived()
  }

  mutating func writeTotals() {
    lines += ["", "### Mission totals", ""]
    let summed = " (sum of contributors' reports)"
    let totals: [(String, ResolvedFigure, Bool)] = [
      ("Pledged", state.pledged.figure, state.pledged.summedFromContributors),
      ("Deployed", state.deployed.figure, state.deployed.summedFromContributors),
      ("Contributing countries", state.countries, false),
    ]
    let rows = totals.map { label, figure, isSum in
      [
        label, value(figure) + (isSum && figure.current != nil ? summed : ""),
        figure.current.map { period($0.period) } ?? "",
        sources.references(figure.current?.citations ?? []),
      ]
    }
    lines += table(["Figure", "Value", "Period", "Sources"], rows)
  }

  mutating func writeDerived() {
    let derived = state.derived
    let lead = state.lead.map { MarkdownText.escape($0.name) + "'s" } ?? "The lead nation's"
    var rows: [[String]] = []
    if let ratio = derived.deploymentRatio {
      rows.append([
        "Deployed / pledged", percent(ratio.value, ratio.qualifier),
        "deployed \(typography.divide) pledged",
      ])
    }
    if let shortfall = derived.shortfall {
      rows.append(["Shortfall", value(shortfall.quantity), "pledged \(typography.minus) deployed"])
    }
    if let share = derived.leadShare {
      rows.append([
        lead + " share of deployed", percent(share.value, share.qualifier),
        "lead deployed \(typography.divide) deployed",
      ])
    }
    if let projected = derived.projected {
      rows.append([
        "Projected with planned reinforcements", value(projected.quantity), "deployed + planned",
      ])
    }
    if let ratio = derived.projectedRatio {
      rows.append([
        "Projected / pledged", percent(ratio.value, ratio.qualifier),
        "projected \(typography.divide) pledged",
      ])
    }
    guard !rows.isEmpty else { return }
    lines += ["", "### Derived figures", ""]
    lines += table(["Figure", "Value", "Computed as"], rows)
  }
}

/// How the screen is divided at a size. The thresholds:
/// - below 34×10 nothing legible fits (a 5-line panel between header, tabs and footer), so
///   the screen only says it is too small;
/// - from 76×20 two columns of two panels each: the pledge table needs ~38 columns with its
///   bars and every panel at least 7 lines;
/// - from 128×28 three columns (each ~40 wide): pledges over figures, the timeline, the detail;
/// - anything smaller shows one panel at a time with tabs.
public enum LayoutMode: Hashable, Sendable {
  case tooSmall
  case tabs
  case twoColumns
  case threeColumns

  public static let minimum = (width: 34, height: 10)
  static let twoColumnsFrom = (width: 76, height: 20)
  static let threeColumnsFrom = (width: 128, height: 28)

  public static func of(width: Int, height: Int) -> LayoutMode {
    if width < minimum.width || height < minimum.height { return .tooSmall }
    if width >= threeColumnsFrom.width, height >= threeColumnsFrom.height { return .threeColumns }
    if width >= twoColumnsFrom.width, height >= twoColumnsFrom.height { return .twoColumns }
    return .tabs
  }
}

/// The rectangles of one frame: computed from the model and the size alone, so the renderer
/// and the mouse hit-testing agree.
struct ScreenLayout {
  let mode: LayoutMode
  let header: Rect
  /// The tab strip, in the tabs layout.
  let tabs: Rect?
  let body: Rect
  let banner: Rect?
  /// Key hints; none in kiosk mode.
  let footer: Rect?
  /// The panels shown, and where.
  let panels: [PanelID: Rect]
  private let focus: PanelID

  init(model: AppModel, width: Int, height: Int) {
    let screen = Rect(x: 0, y: 0, width: width, height: height)
    focus = model.focus
    mode = LayoutMode.of(width: width, height: height)
    guard mode != .tooSmall else {
      header = Rect(x: 0, y: 0, width: 0, height: 0)
      tabs = nil
      body = screen
      banner = nil
      footer = nil
      panels = [:]
      return
    }
    var bottom = height
    footer = model.kiosk ? nil : Rect(x: 0, y: bottom - 1, width: width, height: 1)
    if footer != nil { bottom -= 1 }
    banner = model.banner == nil ? nil : Rect(x: 0, y: bottom - 1, width: width, height: 1)
    if banner != nil { bottom -= 1 }
    header = Rect(x: 0, y: 0, width: width, height: 1)
    let showsTabs = mode == .tabs
    tabs = showsTabs ? Rect(x: 0, y: 1, width: width, height: 1) : nil
    let top = showsTabs ? 2 : 1
    body = Rect(x: 0, y: top, width: width, height: bottom - top)
    if showsTabs || model.zoomed {
      panels = [model.focus: body]
    } else {
      panels = ScreenLayout.columns(mode, body: body, model: model)
    }
  }

  private static func columns(_ mode: LayoutMode, body: Rect, model: AppModel) -> [PanelID: Rect] {
    if mode == .threeColumns {
      let widths = Split.widths(body.width, percents: [38, 33])
      let first = Rect(x: body.x, y: body.y, width: widths[0], height: body.height)
      let second = Rect(x: first.maxX, y: body.y, width: widths[1], height: body.height)
      let third = Rect(x: second.maxX, y: body.y, width: widths[2], height: body.height)
      var panels = stack(.pledges, over: .humanitarian, in: first, model: model)
      panels[.timeline] = second
      panels[.detail] = third
      return panels
    }
    let widths = Split.widths(body.width, percents: [53])
    let left = Rect(x: body.x, y: body.y, width: widths[0], height: body.height)
    let right = Rect(x: left.maxX, y: body.y, width: widths[1], height: body.height)
    return stack(.pledges, over: .humanitarian, in: left, model: model)
      .merging(stack(.timeline, over: .detail, in: right, model: model)) { first, _ in first }
  }

  /// Two panels one above the other, each as tall as its content asks, within reason.
  private static func stack(
    _ upper: PanelID, over lower: PanelID, in column: Rect, model: AppModel
  ) -> [PanelID: Rect] {
    let heights = Split.heights(
      column.height,
      wants: Panels.wantedHeight(upper, model: model, width: column.width),
      Panels.wantedHeight(lower, model: model, width: column.width),
      minimum: 7)
    return [
      upper: Rect(x: column.x, y: column.y, width: column.width, height: heights.upper),
      lower: Rect(
        x: column.x, y: column.y + heights.upper, width: column.width, height: heights.lower),
    ]
  }

  func panel(atX x: Int, y: Int) -> PanelID? {
    panels.first { $0.value.contains(x: x, y: y) }?.key
  }

  func tab(atX x: Int, y: Int) -> PanelID? {
    guard let tabs, tabs.contains(x: x, y: y) else { return nil }
    return TabBar.tab(atX: x - tabs.x, width: tabs.width, focus: focus)
  }
}
